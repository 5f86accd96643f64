"""mkdocs.yml's addresses (hooks/core/config_addresses.py): `site_url`, `repo_url`, `edit_uri`, `extra_css`, `extra_javascript`.

MkDocs takes `https://github.com:99999/owner/repo`, which `urlsplit` reads: Material linked it from every page and the
Contributing page's form opened its pull request there, a dead link, and neither the build nor make check said so.
"""

from __future__ import annotations

import pytest

from hooks.core.config_addresses import (
    address_setting_problems,
    check_site_url,
    missing_extra_files,
    read_entries,
    usable_site_url,
)

REPO = "https://github.com/example/annotated-edition"
HINT = "copy the repository's address from the browser's address bar, e.g. https://github.com/owner/repo"


@pytest.mark.parametrize(
    ("settings", "lines"),
    [
        ({"repo_url": REPO, "edit_uri": "edit/main/docs/"}, []),
        ({}, []),
        ({"repo_url": None, "edit_uri": ""}, []),  # none: Material shows no repository link
        ({"repo_url": "https://github.com/owner/repo", "edit_uri": "https://github.com/owner/repo/edit/main/docs/"}, []),
        ({"repo_url": "https://github.com:99999/owner/repo"}, ["mkdocs.yml: repo_url: 'https://github.com:99999/owner/repo' is no address: its port, '99999', is no number from 0 to 65535 (write https://github.com/owner/repo, or the port's number)"]),
        ({"repo_url": "https://git hub.com/owner/repo"}, ["mkdocs.yml: repo_url: 'https://git hub.com/owner/repo' is no address: its host, 'git hub.com', holds a space (copy the whole address from the browser's address bar)"]),
        ({"repo_url": "https://1.2.3.4.5/owner/repo"}, [f"mkdocs.yml: repo_url: 'https://1.2.3.4.5/owner/repo' is no address: its host, '1.2.3.4.5', cannot be read ({HINT})"]),
        # MkDocs stops on a traceback (urlsplit's ValueError) before any hook runs: make check names it
        ({"repo_url": "http://[x"}, [f"mkdocs.yml: repo_url: 'http://[x' is no address: its host, after '//', cannot be read ({HINT})"]),
        ({"repo_url": REPO, "edit_uri": "https://a|b.org/edit/"}, ["mkdocs.yml: edit_uri: 'https://a|b.org/edit/' is no address: its host, 'a|b.org', holds '|' (copy the whole address from the browser's address bar)"]),
        # a browser reads a backslash as a slash (`site_url`'s rule): the host `git`, and the link leads elsewhere
        ({"repo_url": "https://git\\hub.com/owner/repo"}, [f"mkdocs.yml: repo_url: 'https://git\\hub.com/owner/repo' is no address: its host, 'git\\hub.com', holds '\\' ({HINT})"]),
        ({"repo_url": REPO, "edit_uri": "https://git\\hub.com/owner/repo/edit/main/docs/"}, [f"mkdocs.yml: edit_uri: 'https://git\\hub.com/owner/repo/edit/main/docs/' is no address: its host, 'git\\hub.com', holds '\\' ({HINT})"]),
        ({"repo_url": REPO, "edit_uri": "edit\\main/docs/"}, []),  # read from repo_url: no host of its own
        (["not", "settings"], []),  # the shapes' own lines
    ],
)  # fmt: skip
def test_a_repository_address_no_browser_reads_is_one_line(settings: object, lines: list[str]) -> None:
    assert [str(problem) for problem in address_setting_problems("mkdocs.yml", settings)] == lines


FILE_HINT = "copy the file's whole address from the browser's address bar, or write the path of a file in docs/"


@pytest.mark.parametrize(
    ("settings", "lines"),
    [
        ({"extra_css": ["assets/x.css", "https://cdn.example.org/x.css", "//cdn.example.org/x.css"],
          "extra_javascript": ["assets/x.js", "x.mjs", {"path": "https://cdn.example.org/x.js", "defer": True}]}, []),
        ({"extra_css": ["assets/x.css", "https://cdn.example.org:99999/x.css"]}, ["mkdocs.yml: extra_css[1]: 'https://cdn.example.org:99999/x.css' is no address: its port, '99999', is no number from 0 to 65535 (write https://cdn.example.org/x.css, or the port's number)"]),
        ({"extra_javascript": ["assets/x.js", "https://a b.org/x.js"]}, ["mkdocs.yml: extra_javascript[1]: 'https://a b.org/x.js' is no address: its host, 'a b.org', holds a space (copy the whole address from the browser's address bar)"]),
        # a script written with its options: its `path:` is the address
        ({"extra_javascript": [{"path": "//a:99999/x.js", "defer": True}]}, ["mkdocs.yml: extra_javascript[0]: '//a:99999/x.js' is no address: its port, '99999', is no number from 0 to 65535 (write https://a/x.js, or the port's number)"]),
        # urlsplit refuses it: the build stopped on MkDocs' traceback
        ({"extra_javascript": ["http://[x/y.js"]}, [f"mkdocs.yml: extra_javascript[0]: 'http://[x/y.js' is no address: its host, after '//', cannot be read ({FILE_HINT})"]),
        ({"extra_css": ["http://1.2.3.4.5/x.css"]}, [f"mkdocs.yml: extra_css[0]: 'http://1.2.3.4.5/x.css' is no address: its host, '1.2.3.4.5', cannot be read ({FILE_HINT})"]),
        # MkDocs' own lines: a backslash (its "OS-specific separator" warning), a shape its check refuses
        ({"extra_css": ["https://cdn\\example.org/x.css"]}, []),
        ({"extra_javascript": [5, None, {"path": 5}, ["x.js"]], "extra_css": "https://a:99999/x.css"}, []),
        ({"extra_javascript": {"path": "https://a:99999/x.js"}}, []),
        # an entry naming no file: MkDocs stopped on a traceback (`5`, a mapping), or linked the page itself (`.`)
        ({"extra_css": [5, {"path": "https://a:99999/x.css"}, None, ""]}, [
            "mkdocs.yml: extra_css[0]: 5 names no file (write the path of a file in docs/, e.g. `- assets/x.css`, or a whole address)",
            "mkdocs.yml: extra_css[1]: {path: 'https://a:99999/x.css'} names no file (write the path of a file in docs/, e.g. `- assets/x.css`, or a whole address)",
            "mkdocs.yml: extra_css[2]: null names no file (write the path of a file in docs/, e.g. `- assets/x.css`, or a whole address)",
            "mkdocs.yml: extra_css[3]: '' names no file (write the path of a file in docs/, e.g. `- assets/x.css`, or a whole address)"]),
        ({"extra_javascript": ["", {"type": "module"}, {"path": "", "defer": True}]}, [
            "mkdocs.yml: extra_javascript[0]: '' names no file (write the path of a file in docs/, e.g. `- assets/x.js`, or a whole address)",
            "mkdocs.yml: extra_javascript[1]: has no `path:`, so it names no file (write the path of a file in docs/, e.g. `- assets/x.js`, or a whole address)",
            "mkdocs.yml: extra_javascript[2]: has no `path:`, so it names no file (write the path of a file in docs/, e.g. `- assets/x.js`, or a whole address)"]),
    ],
)  # fmt: skip
def test_a_stylesheet_or_script_address_no_browser_reads_is_one_line(settings: object, lines: list[str]) -> None:
    """MkDocs took them, which `urlsplit` reads: every page loaded a dead stylesheet or script, said by no line."""
    assert [str(problem) for problem in address_setting_problems("mkdocs.yml", settings)] == lines


@pytest.mark.parametrize(
    ("entries", "kept"),
    [
        (["assets/x.js", "https://a b.org/x.js", {"path": "http://[x/y.js"}, {"path": "https://a.org/y.js"}],
         ["assets/x.js", {"path": "https://a.org/y.js"}]),
        ([5, {"path": 5}, {"type": "module"}, "x.js"], [5, {"path": 5}, "x.js"]),  # the first two MkDocs' own to say
    ],
)  # fmt: skip
def test_the_build_goes_on_without_the_scripts_no_browser_reads(entries: list[object], kept: list[object]) -> None:
    """`http://[x/y.js` stopped the build on MkDocs' traceback, after the line: left out, the build says every line."""
    assert read_entries(entries, "extra_javascript") == kept


def test_the_build_goes_on_without_the_stylesheets_naming_no_file() -> None:
    """`extra_css: [5]` stopped the build on MkDocs' traceback (a number is no path): left out, after its line."""
    assert read_entries(["a.css", 5, {"path": "b.css"}, "https://a b.org/x.css", ""], "extra_css") == ["a.css"]


# the built site's files: docs/'s, a file of overrides/ (`custom_dir`), Material's own, a hook's export
SITE = {"assets/edition.css", "assets/edition.js", "assets/glossary.js", "assets/my file.css", "x.css",
        "assets/stylesheets/main.min.css", "index.html", "glossary.json"}  # fmt: skip
FOLDERS = ("docs", "overrides")
NO_CSS = "names no file in docs/ or overrides/, so every page links a stylesheet that is not there"
NO_JS = "names no file in docs/ or overrides/, so every page links a script that is not there"
CSS_HINT = "write the path of a file in docs/, e.g. `- assets/x.css`, or a whole address"


@pytest.mark.parametrize(
    ("settings", "lines"),
    [
        ({"extra_css": ["assets/edition.css", "x.css", "assets/stylesheets/main.min.css", "https://cdn.example.org/x.css",
                        "//cdn.example.org/x.css", "assets/edition.css?v=2", "./assets/edition.css#x",
                        "assets/../assets/edition.css", "/assets/edition.css", "assets/my%20file.css", "assets/my file.css"],
          "extra_javascript": ["assets/edition.js", {"path": "assets/glossary.js", "defer": True}, "data:text/javascript,1"]}, []),
        ({"extra_css": ["assets/missing.css"]}, [f"mkdocs.yml: extra_css[0]: 'assets/missing.css' {NO_CSS} ({CSS_HINT})"]),
        # a misspelling, a folder left out, a letter's case (the server's files are case-sensitive): the file meant
        ({"extra_css": ["assets/edition.css", "assets/editon.css?v=2"]}, [f"mkdocs.yml: extra_css[1]: 'assets/editon.css?v=2' {NO_CSS} (write assets/edition.css?v=2)"]),
        ({"extra_css": ["edition.css", "/assets/Edition.css"]}, [
            f"mkdocs.yml: extra_css[0]: 'edition.css' {NO_CSS} (write assets/edition.css)",
            f"mkdocs.yml: extra_css[1]: '/assets/Edition.css' {NO_CSS} (write /assets/edition.css)"]),
        ({"extra_javascript": ["assets/edition.js", {"path": "assets/glosary.js", "defer": True}, "assets/x.mjs"]}, [
            f"mkdocs.yml: extra_javascript[1]: 'assets/glosary.js' {NO_JS} (write assets/glossary.js)",
            f"mkdocs.yml: extra_javascript[2]: 'assets/x.mjs' {NO_JS} (write the path of a file in docs/, e.g. `- assets/x.js`, or a whole address)"]),
        # outside the site, the page itself: no file of it
        ({"extra_css": ["../x.css", "?v=2", "assets"]}, [
            f"mkdocs.yml: extra_css[0]: '../x.css' {NO_CSS} (write x.css)",
            f"mkdocs.yml: extra_css[1]: '?v=2' {NO_CSS} ({CSS_HINT})",
            f"mkdocs.yml: extra_css[2]: 'assets' {NO_CSS} ({CSS_HINT})"]),
        # the other lines' entries (`extra_file_problems`), MkDocs' own, and shapes: not named twice
        ({"extra_css": [5, "https://a b.org/x.css", "", "http://[x/y.css"], "extra_javascript": [{"type": "module"}, None]}, []),
        ({"extra_css": "assets/missing.css", "extra_javascript": {"path": "assets/missing.js"}}, []),
    ],
)  # fmt: skip
def test_a_stylesheet_or_script_naming_no_file_of_the_site_is_one_line(settings: object, lines: list[str]) -> None:
    """`extra_css: [assets/missing.css]` passed the strict build and make check: every page linked a file that 404s."""
    assert [str(problem) for problem in missing_extra_files("mkdocs.yml", settings, SITE, FOLDERS)] == lines


def test_the_folders_named_are_those_mkdocs_copies_from() -> None:
    """No `custom_dir`: docs/ alone; the settings not a mapping: the shapes' own line."""
    line = (
        "mkdocs.yml: extra_css[0]: 'a.css' names no file in docs/, so every page links a stylesheet that is not there"
    )
    assert [
        str(problem) for problem in missing_extra_files("mkdocs.yml", {"extra_css": ["a.css"]}, SITE, ("docs",))
    ] == [f"{line} ({CSS_HINT})"]
    assert missing_extra_files("mkdocs.yml", ["extra_css"], SITE, FOLDERS) == []


@pytest.mark.parametrize(
    ("site_url", "line"),
    [
        ("https://owner.github.io/repo/", None),
        ("http://127.0.0.1:8000/", None),
        ("", None),  # none: SITE_URL set to nothing, which the build takes
        (None, None),
        ("owner.github.io/repo", "mkdocs.yml: site_url: 'owner.github.io/repo' has no scheme (write SITE_URL=https://owner.github.io/repo)"),
        ("//owner.github.io/repo/", "mkdocs.yml: site_url: '//owner.github.io/repo/' has no scheme (write SITE_URL=https://owner.github.io/repo/)"),
        ("localhost:8000/", "mkdocs.yml: site_url: 'localhost:8000/' has no scheme (write SITE_URL=https://localhost:8000/)"),
        ("https:///repo/", "mkdocs.yml: site_url: 'https:///repo/' is no address: it names no host after '//' (write SITE_URL=https://host/path/)"),
        # in repo_url's words (`NO_ADDRESS`), the one line of an address `urlsplit` refuses
        ("http://[x/", "mkdocs.yml: site_url: 'http://[x/' is no address: its host, after '//', cannot be read (write SITE_URL=https://host/path/)"),
        (123, "mkdocs.yml: site_url: 123 is no address (write SITE_URL=https://host/path/)"),  # SITE_URL=123, read by YAML
        # the hint pasted a scheme before the one there; a quote doubled; a port that is none passed, checking nothing
        ("https:/owner.github.io/repo/", "mkdocs.yml: site_url: 'https:/owner.github.io/repo/' is no address: it names no host after '//' (write SITE_URL=https://owner.github.io/repo/)"),
        ("https:owner.github.io/repo/", "mkdocs.yml: site_url: 'https:owner.github.io/repo/' is no address: it names no host after '//' (write SITE_URL=https://owner.github.io/repo/)"),
        ("https://@/", "mkdocs.yml: site_url: 'https://@/' is no address: it names no host after '//' (write SITE_URL=https://host/path/)"),
        # a browser reads a backslash as a slash: the host `a`, and every permanent link's path under `/b/`
        ("https://a\\b/repo/", "mkdocs.yml: site_url: 'https://a\\b/repo/' is no address: its host, 'a\\b', holds '\\' (copy the whole address from the browser's address bar)"),
        ("https://owner.github.io\\repo/", "mkdocs.yml: site_url: 'https://owner.github.io\\repo/' is no address: its host, 'owner.github.io\\repo', holds '\\' (copy the whole address from the browser's address bar)"),
        ("https://:80/repo/", "mkdocs.yml: site_url: 'https://:80/repo/' is no address: it names no host after '//' (write SITE_URL=https://host/path/)"),
        ("mailto:a@b", "mkdocs.yml: site_url: 'mailto:a@b' is not a web address (its scheme is 'mailto', not http or https) (write SITE_URL=https://host/path/)"),
        ("ftp://owner.github.io/repo/", "mkdocs.yml: site_url: 'ftp://owner.github.io/repo/' is not a web address (its scheme is 'ftp', not http or https) (write SITE_URL=https://owner.github.io/repo/)"),
        ("owner.github.io:8000/repo/", "mkdocs.yml: site_url: 'owner.github.io:8000/repo/' has no scheme (write SITE_URL=https://owner.github.io:8000/repo/)"),
        ("'https://owner.github.io/repo/'", """mkdocs.yml: site_url: "'https://owner.github.io/repo/'" has quotes or spaces around it (write SITE_URL=https://owner.github.io/repo/)"""),
        ("https://owner.github.io/repo/ ", "mkdocs.yml: site_url: 'https://owner.github.io/repo/ ' has quotes or spaces around it (write SITE_URL=https://owner.github.io/repo/)"),
        # urlsplit reads them, no browser does: every page's permanent link and citation a dead address (`unread_address`'s words)
        ("https://owner.github.io:abc/repo/", "mkdocs.yml: site_url: 'https://owner.github.io:abc/repo/' is no address: its port, 'abc', is no number from 0 to 65535 (write SITE_URL=https://owner.github.io/repo/, or the port's number)"),
        ("http://[::1]:99999/", "mkdocs.yml: site_url: 'http://[::1]:99999/' is no address: its port, '99999', is no number from 0 to 65535 (write SITE_URL=http://[::1]/, or the port's number)"),
        ("https://owner|github.io/repo/", "mkdocs.yml: site_url: 'https://owner|github.io/repo/' is no address: its host, 'owner|github.io', holds '|' (copy the whole address from the browser's address bar)"),
        ("https://owner%20github.io/repo/", "mkdocs.yml: site_url: 'https://owner%20github.io/repo/' is no address: its host, 'owner%20github.io', holds a space (written '%20') (copy the whole address from the browser's address bar)"),
        ("https://1.2.3.4.5/repo/", "mkdocs.yml: site_url: 'https://1.2.3.4.5/repo/' is no address: its host, '1.2.3.4.5', cannot be read (write SITE_URL=https://host/path/)"),
        ("http://127.0.0.1:8000/repo/", None),
    ],
)  # fmt: skip
def test_a_site_url_the_build_refuses_is_one_line(site_url: object, line: str | None) -> None:
    """`make check` printed OK with one, checking no published address; the build stops on it."""
    assert [str(problem) for problem in check_site_url(site_url)] == ([line] if line else [])


@pytest.mark.parametrize(("site_url", "usable"), [("https://e.org/repo/", "https://e.org/repo/"), (None, ""), ("", ""),
                                                  ("https://e.org:abc/", ""), ("https://e|x.org/", ""), (123, "")])  # fmt: skip
def test_a_refused_site_url_is_none_to_check_addresses_against_and_its_one_line(site_url: object, usable: str) -> None:
    assert usable_site_url(site_url, "conf.yml") == (usable, check_site_url(site_url, "conf.yml"))
