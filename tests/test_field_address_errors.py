"""An address field that `urlsplit` reads and no browser does: one line each, the build's and make check's alike.

A note's `author.url` and `references[].url`, a record's `URL` and `site_url` took `https://a:99999/`,
`https://a|b.org/`, `http://1.2.3.4.5/` in silence, and the site published them as dead links (the note's
block, the record, every page's permanent link and citation). Each is now named by the rule a body's link is
(`reads_no_address`), in its words (`unread_address`), after the schema's pattern and in its stead.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from broken_project_helpers import MT, assert_build_and_check_say, assert_pages_say, edition_lines
from conftest import edit, run_build, run_check

from hooks.cli.site_files import theme_files
from hooks.core.config_file import read_config

NOTE = "annotations/notes/transfer-of-ideas.md"
RECORD = f"docs/{MT}/index.md"
HOST_FIX = "copy the whole address from the browser's address bar"


def test_an_address_field_no_browser_reads_is_one_line_in_the_build_and_make_check(broken_project: Path) -> None:
    """Each field its one line, naming the file, the field, why and the fix; no schema line beside it."""
    edit(broken_project, NOTE, "  type: organization\n", "  type: organization\n  url: https://orcid.org:99999/x\n")
    edit(broken_project, NOTE, "926–948.'\n", "926–948.'\n    url: https://a%20b.org/x\n")
    edit(broken_project, RECORD, "  language: en\n", "  language: en\n  URL: http://1.2.3.4.5/report.pdf\n")
    expected = [
        f"{NOTE}: author.url: 'https://orcid.org:99999/x' is no address: its port, '99999', is no number from 0"
        " to 65535 (write https://orcid.org/x, or the port's number)",
        f"{NOTE}: references[0].url: 'https://a%20b.org/x' is no address: its host, 'a%20b.org', holds a space (written '%20') ({HOST_FIX})",
        f"{RECORD}: bibliography.URL: 'http://1.2.3.4.5/report.pdf' is no address: its host, '1.2.3.4.5', cannot be"
        " read (copy the address from the browser's address bar, e.g."
        " https://publications.iom.int/books/migration-and-transnationalism; see docs/about/source-records.md#url)",
        "mkdocs.yml: site_url: 'https://owner|github.io/repo/' is no address: its host, 'owner|github.io', holds '|'"
        f" ({HOST_FIX})",
    ]
    prefixes = (f"{NOTE}: ", f"{RECORD}: bibliography", "mkdocs.yml: ")
    assert_pages_say(broken_project, prefixes, expected, env={"SITE_URL": "https://owner|github.io/repo/"})


NO_HOST = "is no address: it names no host after '//'"


def test_one_slip_is_one_why_as_site_url_a_field_and_a_page_s_link(broken_project: Path) -> None:
    """`https://@/` read "has no host", "is not a web address" and "names no host after '//'": now the last, each.

    `repo_url`'s line, in the same words (`test_core_address_wording.py`), is make check's alone: it names mkdocs.yml's
    settings before any page, and stops there.
    """
    edit(broken_project, NOTE, "  type: organization\n", "  type: organization\n  url: https://@/x\n")
    edit(
        broken_project,
        "docs/about/citing.md",
        "# Citing the edition { #citing }\n",
        "# Citing the edition { #citing }\n\n[x](https://@/)\n",
    )
    expected = [
        f"{NOTE}: author.url: 'https://@/x' {NO_HOST} (copy the address from the browser's address bar, e.g."
        " https://orcid.org/0000-0002-1825-0097)",
        f"mkdocs.yml: site_url: 'https://@/repo/' {NO_HOST} (write SITE_URL=https://host/path/)",
        f"docs/about/citing.md: link: 'https://@/' {NO_HOST} (the strict build fails) (write a whole address (https://…)"
        " or the path from this page to a file of docs/)",
    ]
    prefixes = (f"{NOTE}: ", "mkdocs.yml: ", "docs/about/citing.md: ")
    assert_pages_say(broken_project, prefixes, expected, env={"SITE_URL": "https://@/repo/"})


def test_a_site_url_whose_host_holds_a_backslash_is_one_line_in_the_build_and_make_check(broken_project: Path) -> None:
    """A browser reads `\\` as `/`: the host `owner.github.io`, so every canonical link and citation named `/repo/…` wrong."""
    site_url = "https://owner.github.io\\repo/"
    expected = [
        f"mkdocs.yml: site_url: '{site_url}' is no address: its host, 'owner.github.io\\repo', holds '\\' ({HOST_FIX})"
    ]
    assert_pages_say(broken_project, "mkdocs.yml: ", expected, env={"SITE_URL": site_url})


REPOSITORY_HINT = "copy the repository's address from the browser's address bar, e.g. https://github.com/owner/repo"
FILE_HINT = "copy the file's whole address from the browser's address bar, or write the path of a file in docs/"


def test_a_stylesheet_script_or_repository_no_browser_reads_is_one_line_in_the_build_and_make_check(
    broken_project: Path,
) -> None:
    """MkDocs took each: every page loaded a dead stylesheet and script, and linked the repository at the host `git`.

    `http://[x/y.js` and `5` stopped the build on MkDocs' traceback, after the lines: left out, the build goes on.
    """
    scripts = (
        "extra_javascript:\n  - https://a b.org/x.js\n  - path: http://[x/y.js\n    defer: true\n  - type: module\n"
    )
    edit(broken_project, "mkdocs.yml", "extra_javascript:\n", scripts)
    edit(broken_project, "mkdocs.yml", "extra_css:\n", "extra_css:\n  - https://cdn.example.org:99999/x.css\n  - 5\n")
    repo = "https://git\\hub.com/example/annotated-edition"
    edit(broken_project, "mkdocs.yml", "repo_url: https://github.com/example/annotated-edition", f"repo_url: {repo}")
    expected = [
        "mkdocs.yml: extra_css[0]: 'https://cdn.example.org:99999/x.css' is no address: its port, '99999', is no number"
        " from 0 to 65535 (write https://cdn.example.org/x.css, or the port's number)",
        "mkdocs.yml: extra_css[1]: 5 names no file (write the path of a file in docs/, e.g. `- assets/x.css`, or a whole"
        " address)",
        f"mkdocs.yml: extra_javascript[0]: 'https://a b.org/x.js' is no address: its host, 'a b.org', holds a space ({HOST_FIX})",
        f"mkdocs.yml: extra_javascript[1].path: 'http://[x/y.js' is no address: its host, after '//', cannot be read ({FILE_HINT})",
        "mkdocs.yml: extra_javascript[2]: has no `path:`, or an empty one, so it names no file (write the path of a"
        " file in docs/, e.g."
        " `path: assets/x.js`, or a whole address)",
        f"mkdocs.yml: repo_url: '{repo}' is no address: its host, 'git\\hub.com', holds '\\' ({REPOSITORY_HINT})",
    ]
    assert_build_and_check_say(broken_project, expected)


def test_a_stylesheet_or_script_naming_no_file_of_the_site_is_one_line_in_the_build_and_make_check(
    broken_project: Path,
) -> None:
    """Every page linked a stylesheet and a script that 404 (MkDocs checks no such path), and both said nothing.

    A file of `overrides/` (`custom_dir`) and one of Material's own are copied into the site: they are files of it.
    `custom_dir: ./overrides/` is named `overrides/` by both (make check said `./overrides/`); a script with its
    options is named at its `path:` and offered one, as its other lines are.
    """
    edit(broken_project, "mkdocs.yml", "  custom_dir: overrides\n", "  custom_dir: ./overrides/\n")
    (broken_project / "overrides" / "extra.css").write_text("p { margin: 0; }\n", encoding="utf-8")
    material = theme_files(broken_project)
    main_css = next(name for name in sorted(material) if name.startswith("assets/stylesheets/main."))
    styles = f"extra_css:\n  - assets/editon.css?v=2\n  - extra.css\n  - {main_css}\n"
    edit(broken_project, "mkdocs.yml", "extra_css:\n", styles)
    edit(
        broken_project,
        "mkdocs.yml",
        "extra_javascript:\n",
        "extra_javascript:\n  - path: assets/missing.js\n    defer: true\n",
    )
    expected = [
        "mkdocs.yml: extra_css[0]: 'assets/editon.css?v=2' names no file in docs/ or overrides/, so every page links a"
        " stylesheet that is not there (write assets/edition.css?v=2)",
        "mkdocs.yml: extra_javascript[0].path: 'assets/missing.js' names no file in docs/ or overrides/, so every page"
        " links a script that is not there (write the path of a file in docs/, e.g. `path: assets/x.js`, or a whole"
        " address)",
    ]
    assert_build_and_check_say(broken_project, expected)


def test_a_script_whose_host_holds_a_backslash_is_one_line_in_the_build_and_make_check(broken_project: Path) -> None:
    """make check said OK; the build failed on MkDocs' "OS-specific separator" line, whose `/` leads to the host `git`."""
    edit(broken_project, "mkdocs.yml", "extra_javascript:\n", "extra_javascript:\n  - https://git\\hub.com/x.js\n")
    line = f"mkdocs.yml: extra_javascript[0]: 'https://git\\hub.com/x.js' is no address: its host, 'git\\hub.com', holds '\\' ({FILE_HINT})"
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert edition_lines(result.stderr) == [line] and "OS-specific" not in result.stderr, result.stderr
    check = run_check(broken_project)
    assert check.returncode == 1 and check.stdout.splitlines() == [line], check.stdout + check.stderr


def test_a_local_path_holding_a_backslash_is_make_check_s_line_as_mkdocs_warns_of_it(broken_project: Path) -> None:
    """The strict build fails on MkDocs' own warning (its line, none of ours); make check said OK, and now says why."""
    edit(broken_project, "mkdocs.yml", "  - assets/edition.css\n", "  - assets\\edition.css\n")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert "uses OS-specific separator" in result.stderr and edition_lines(result.stderr) == [], result.stderr
    check = run_check(broken_project)
    assert check.stdout.splitlines() == [
        "mkdocs.yml: extra_css[1]: 'assets\\edition.css' holds '\\', which MkDocs reads as '/' and warns of"
        " (the strict build fails) (write assets/edition.css)"
    ], check.stdout + check.stderr


def test_a_stylesheet_or_script_of_only_spaces_is_one_line_in_the_build_and_make_check(broken_project: Path) -> None:
    """`href=" "` linked the page itself as a stylesheet, in silence, as `''` did: each is named, and left out."""
    edit(broken_project, "mkdocs.yml", "extra_css:\n", "extra_css:\n  - ' '\n")
    edit(broken_project, "mkdocs.yml", "extra_javascript:\n", "extra_javascript:\n  - path: '  '\n    defer: true\n")
    assert_build_and_check_say(
        broken_project,
        [
            "mkdocs.yml: extra_css[0]: ' ' names no file (write the path of a file in docs/, e.g. `- assets/x.css`, or a"
            " whole address)",
            "mkdocs.yml: extra_javascript[0].path: '  ' names no file (write the path of a file in docs/, e.g."
            " `path: assets/x.js`, or a whole address)",
        ],
    )


@pytest.mark.parametrize(
    ("script", "mkdocs_says", "line"),
    [
        # `path: null` stopped the build on MkDocs' own line; make check said OK
        (
            "  - path: null\n    defer: true\n",
            "Sub-option 'path': Required configuration not provided",
            "mkdocs.yml: extra_javascript[0].path: is empty (write the path of a file in docs/, e.g."
            " `path: assets/x.js`, or a whole address)",
        ),
        # `defer: maybe` alike
        (
            "  - path: assets/edition.js\n    defer: maybe\n",
            "Sub-option 'defer': Expected type",
            "mkdocs.yml: extra_javascript[0].defer: must be true or false, not 'maybe' (write `defer: true` or"
            " `defer: false`)",
        ),
    ],
    ids=["path-null", "defer-maybe"],
)
def test_a_script_mkdocs_config_refuses_is_make_check_s_line_as_the_build_stops_on_mkdocs_own(
    script: str, mkdocs_says: str, line: str, broken_project: Path
) -> None:
    """The build stops on MkDocs' own line, no traceback; make check, which said OK, names the field and the fix."""
    edit(broken_project, "mkdocs.yml", "extra_javascript:\n", "extra_javascript:\n" + script)
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert mkdocs_says in result.stderr, result.stderr
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr, check.stderr
    assert check.stdout.splitlines() == [line], check.stdout


def test_a_stylesheet_from_the_host_s_root_is_one_line_when_the_site_is_published_below_it(
    broken_project: Path,
) -> None:
    """Published at `/repo/` (GitHub Pages), every page linked `https://owner.github.io/assets/edition.css`, a 404.

    `SITE_URL` without its last `/` is read as MkDocs reads it (`…/repo/`; make check said `…/repo`), and a path from
    `/repo/` names a file of the site (make check and the build said "no file"), still one line: it breaks once the
    site moves.
    """
    edit(broken_project, "mkdocs.yml", "  - assets/edition.css\n", "  - /assets/edition.css\n")
    edit(broken_project, "mkdocs.yml", "  - assets/policy-areas.css\n", "  - /repo/assets/policy-areas.css\n")
    expected = [
        "mkdocs.yml: extra_css[1]: '/assets/edition.css' is read from the host's root, so on the site at"
        " https://owner.github.io/repo/ every page links https://owner.github.io/assets/edition.css, no file of the"
        " site (write assets/edition.css)",
        "mkdocs.yml: extra_css[2]: '/repo/assets/policy-areas.css' is read from the host's root, so on a site published"
        " at another path than /repo/ every page links a stylesheet that is not there (write assets/policy-areas.css)",
    ]
    assert_pages_say(broken_project, "mkdocs.yml: ", expected, env={"SITE_URL": "https://owner.github.io/repo"})


def test_a_stylesheet_or_script_the_site_leaves_out_is_named_so_in_the_build_and_make_check(
    broken_project: Path,
) -> None:
    """A file of docs/ `exclude_docs` or `draft_docs` names was said to be no file of docs/, where it is."""
    edit(
        broken_project,
        "mkdocs.yml",
        "extra_css:\n",
        "exclude_docs: |\n  assets/policy-areas.css\ndraft_docs: |\n  assets/glossary.js\nextra_css:\n",
    )
    expected = [
        "mkdocs.yml: extra_css[2]: 'assets/policy-areas.css' names a file of docs/ that `exclude_docs` leaves out of the"
        " site, so every page links a stylesheet that is not there (take it out of `exclude_docs` in mkdocs.yml, or write"
        " the path of a file the site keeps)",
        "mkdocs.yml: extra_javascript[{}]: 'assets/glossary.js' names a draft (`draft_docs`), which 'mkdocs serve' shows"
        " and the built site leaves out, so every page links a script that is not there (take it out of `draft_docs` in"
        " mkdocs.yml to publish it)",
    ]
    scripts = read_config(broken_project)["extra_javascript"]
    expected[1] = expected[1].format(scripts.index("assets/glossary.js"))
    assert_pages_say(broken_project, "mkdocs.yml: ", expected)


def test_a_relative_tag_and_a_missing_file_are_their_lines_in_the_build_and_make_check(broken_project: Path) -> None:
    """`- !relative` was `null` to make check, which then stopped: the missing file beside it was the build's alone."""
    edit(broken_project, "mkdocs.yml", "extra_css:\n", "extra_css:\n  - !relative\n  - assets/missing.css\n")
    assert_build_and_check_say(
        broken_project,
        [
            "mkdocs.yml: extra_css[0]: !relative names no file (write the path of a file in docs/, e.g."
            " `- assets/x.css`, or a whole address)",
            "mkdocs.yml: extra_css[1]: 'assets/missing.css' names no file in docs/ or overrides/, so every page links a"
            " stylesheet that is not there (write the path of a file in docs/, e.g. `- assets/x.css`, or a whole"
            " address)",
        ],
    )
