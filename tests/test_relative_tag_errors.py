"""mkdocs.yml's `!relative`, broken: the strict build and make check refuse it alike, on one copy of the project."""

from __future__ import annotations

from pathlib import Path

import pytest
from broken_project_helpers import assert_build_and_check_say
from conftest import edit, run_build, run_check


@pytest.mark.parametrize("written", ["$config_dir/docs/assets/fonts.css", "$docs_dir/assets/fonts.css"])
def test_an_extra_file_s_relative_tag_is_named_with_its_value_by_both(written: str, broken_project: Path) -> None:
    """Both said `extra_css[0]: !relative names no file`, dropping the path written after the tag.

    A path through docs/ is offered as the text it names there: the general example sent the reader to look for
    `assets/x.css`, and both refuse the tag from `$docs_dir` as well.
    """
    edit(broken_project, "mkdocs.yml", "  - assets/fonts.css\n", f"  - !relative {written}\n")
    line = (
        f"mkdocs.yml: extra_css[0]: !relative {written} names no file"
        " (write the path of docs/ it names as text, without `!relative`: `- assets/fonts.css`)"
    )
    assert_build_and_check_say(broken_project, [line])


@pytest.mark.parametrize(
    ("old", "new", "build_says", "check_says"),
    [
        ("extra:\n", "extra:\n  probe: !relative nope\n", "'!relative' tag does not expect any value; received 'nope'",
         "mkdocs.yml: extra.probe: `!relative nope`: MkDocs' `!relative` takes a value only after"),
        ("extra:\n", "extra:\n  probe: !relative $nope/x\n", "Unknown prefix '$nope' in !relative '$nope/x'",
         "mkdocs.yml: extra.probe: `!relative $nope/x`: '$nope' is no folder MkDocs knows, and the build stops on it"),
        ("repo_url: https://github.com/example/annotated-edition\n", "repo_url: !relative $config_dir/x\n",
         "Config value 'repo_url': Expected a string",
         "mkdocs.yml: repo_url: `!relative $config_dir/x` is a path, where MkDocs wants text, and the build stops on it"),
        ("copyright: Source", "copyright: !relative\nnotice: Source", "Config value 'copyright': Expected type: <class 'str'>",
         "mkdocs.yml: copyright: `!relative` is a path, where MkDocs wants text, and the build stops on it"),
    ],
    ids=["no-prefix", "unknown-prefix", "repo_url", "copyright"],
)  # fmt: skip
def test_a_relative_tag_mkdocs_stops_on_stops_make_check_too(
    broken_project: Path, old: str, new: str, build_says: str, check_says: str
) -> None:
    """The build stopped on each, on MkDocs' own line; make check said OK to all four."""
    edit(broken_project, "mkdocs.yml", old, new)
    build = run_build(broken_project, broken_project / "site")
    assert build.returncode != 0 and "Traceback" not in build.stderr and build_says in build.stderr, build.stderr
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr, check.stderr
    assert any(line.startswith(check_says) for line in check.stdout.splitlines()), check.stdout


def test_an_extension_s_relative_option_reads_a_definition_s_page_from_its_folder(broken_project: Path) -> None:
    """The build stopped on MkDocs' "The current file is not set for the '!relative' tag": the glossary read its
    definitions' pages ahead with MkDocs' raw options, and make check read the snippet from docs/, missing it.

    A definition's paragraph included from a file beside its page (`pymdownx.snippets`' `base_path: !relative`)
    is read from the page's folder by both, as MkDocs renders it.
    """
    words = (
        "Transnational identity / transnationalism: the process whereby people establish and maintain socio-cultural"
        " connections across geopolitical borders."
    )
    edit(broken_project, "mkdocs.yml", "  - pymdownx.superfences\n", "  - pymdownx.superfences\n"
         "  - pymdownx.snippets:\n      base_path: !relative\n")  # fmt: skip
    paragraph = f"{words}\n{{ #p1 }}\n"  # its id with it: snippets ends an included block with a blank line
    edit(broken_project, "docs/migration-and-transnationalism/annex.md", paragraph, '--8<-- "annex-p1.txt"\n')
    (broken_project / "docs/migration-and-transnationalism/annex-p1.txt").write_text(paragraph, encoding="utf-8")
    site = broken_project / "site"
    build = run_build(broken_project, site)
    assert build.returncode == 0, build.stderr
    glossary = (site / "glossary/index.html").read_text(encoding="utf-8")
    assert "the process whereby people establish and maintain socio-cultural connections" in glossary
    check = run_check(broken_project)
    assert check.returncode == 0 and check.stdout.startswith("OK:"), check.stdout + check.stderr
