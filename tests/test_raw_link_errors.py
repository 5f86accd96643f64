"""A page's links written in raw HTML: the strict build and make check name each dead one in the same line.

MkDocs checks and rewrites the Markdown's links alone: `<a href="../nowhere/">` was published in silence.
The lines' own rules are test_core_raw_links.py's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from broken_project_helpers import BLOCKED, assert_build_and_check_say
from conftest import edit, run_build, run_check
from draft_helpers import add_draft, serve

from hooks.core.page_files import MKDOCS_LEAVES_OUT

GUIDE = Path("docs/about/reading-guide.md")
PAGE = "docs/about/reading-guide.md: link:"
FAILS = "(the strict build fails)"
# an address of the site, an id there, a file beside the pages, the home page, an id of the page itself
GOOD = (
    '<a href="../citing/#formats">a</a> <a href="../../glossary/#diaspora">b</a>'
    ' <a href="../../assets/edition.css">c</a> <a href="../../">d</a> <a href="#texts">e</a>'
)


def append(project: Path, text: str) -> None:
    """Add a paragraph at the end of the reading guide."""
    path = project / GUIDE
    path.write_text(path.read_text(encoding="utf-8").rstrip() + f"\n\n{text}\n", encoding="utf-8")


def test_each_dead_raw_link_is_one_line_in_the_build_and_make_check(broken_project: Path) -> None:
    """As its Markdown twin's, and the new heading's "not recorded" line holds `make anchors` back, as for a Markdown link."""
    append(
        broken_project,
        f'See <a href="http://a:99999/">x</a>, <a href="../nowhere/">y</a> and <a href="citing.md">w</a>. {GOOD}\n\n'
        '<p><a href="../citing/#formts">z</a> <img alt="" src="../../assets/edition.cs"></p>\n\n'
        "## A new part { #new-part }",
    )
    assert_build_and_check_say(
        broken_project,
        [
            f"{PAGE} 'http://a:99999/' is no address: its port, '99999', is no number from 0 to 65535 {FAILS}"
            " (write http://a/, or the port's number)",
            f"{PAGE} '../nowhere/' leads to /about/nowhere/, which is not among the site's files {FAILS}"
            " (fix the link to lead to an address of the site, or remove it)",
            f"{PAGE} 'citing.md' leads to /about/reading-guide/citing.md, which is not among the site's files {FAILS}"
            " (MkDocs rewrites no .md link in raw HTML: write the page's address, '../citing/')",
            f"{PAGE} '../citing/#formts' leads to about/citing.md, which has no id 'formts' {FAILS}"
            " (did you mean '../citing/#formats'?)",
            f"{PAGE} '../../assets/edition.cs' leads to /assets/edition.cs, which is not among the site's files {FAILS}"
            " (fix the link to lead to an address of the site, or remove it)",
            f"anchors.lock.json: /about/reading-guide/: 1 published id(s) not recorded: new-part ({BLOCKED})",
        ],
    )


def test_encoded_dot_segments_srcset_candidates_a_link_s_href_and_a_hidden_file_in_the_build_and_make_check(
    broken_project: Path,
) -> None:
    """`%2e%2e` is `..` to a browser; each `srcset` candidate and a `<link href>` are fetched as `src`; a hidden file
    is never copied, which `exclude_docs` does not say.
    """
    (broken_project / "docs/.hidden").mkdir()
    (broken_project / "docs/.hidden/notes.txt").write_text("notes\n", encoding="utf-8")
    append(
        broken_project,
        '<a href="%2e%2e/%2E%2E/%2e%2e/nowhere/">a</a> <a href="%2e%2e/citing/#formats">b</a>'
        ' <a href="../../.hidden/notes.txt">c</a>\n\n'
        '<img alt="" src="../../assets/edition.css" srcset="../../assets/edition.css 1x, ../../assets/wide.png 2x">\n\n'
        '<link rel="stylesheet" href="../../styles/missing-print.css">',
    )
    assert_build_and_check_say(
        broken_project,
        [
            f"{PAGE} '%2e%2e/%2E%2E/%2e%2e/nowhere/' leads to /nowhere/, which is not among the site's files {FAILS}"
            " (fix the link to lead to an address of the site, or remove it)",
            f"{PAGE} '../../.hidden/notes.txt' leads to .hidden/notes.txt, which {MKDOCS_LEAVES_OUT} {FAILS}"
            " (rename '.hidden' without its leading dot, and link its new address)",
            "docs/about/reading-guide.md: srcset: '../../assets/wide.png' leads to /assets/wide.png, which is not among"
            f" the site's files {FAILS} (fix the link to lead to an address of the site, or remove it)",
            f"{PAGE} '../../styles/missing-print.css' leads to /styles/missing-print.css, which is not among the site's files {FAILS}"
            " (fix the link to lead to an address of the site, or remove it)",
        ],
    )


def test_good_raw_links_are_no_line(broken_project: Path) -> None:
    append(broken_project, f"{GOOD}\n\n<p>{GOOD}</p>")
    check = run_check(broken_project)
    assert check.returncode == 0, check.stdout
    build = run_build(broken_project, broken_project / "site")
    assert build.returncode == 0, build.stderr


def test_a_raw_link_to_a_draft_or_an_excluded_page_is_named_so_in_the_build_and_make_check(
    broken_project: Path,
) -> None:
    """Both passed it: the file is among docs/'s, yet the built site leaves it out."""
    add_draft(broken_project)
    (broken_project / "docs/private.md").write_text("# Private { #private }\n", encoding="utf-8")
    edit(broken_project, "mkdocs.yml", "\nnav:\n", "\nexclude_docs: |\n  private.md\n\nnav:\n")
    append(broken_project, '<a href="../../drafts/notes/#p1">x</a> <a href="../../private/">y</a>')
    assert_build_and_check_say(
        broken_project,
        [
            f"{PAGE} '../../drafts/notes/#p1' leads to a draft, which 'mkdocs serve' shows and the built site leaves"
            f" out {FAILS} (link to a page the site publishes, or publish the page: take it out of mkdocs.yml's"
            " draft_docs)",
            f"{PAGE} '../../private/' leads to private.md, which mkdocs.yml's exclude_docs leaves out of the site"
            f" {FAILS} (link to an address the site publishes, or take the file out of exclude_docs)",
        ],
    )


def test_under_mkdocs_serve_a_raw_link_to_a_draft_is_no_line_but_to_an_excluded_page_still_is(
    broken_project: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """`mkdocs serve` shows the draft: the link leads there, as a note's link to one does."""
    add_draft(broken_project)
    (broken_project / "docs/private.md").write_text("# Private { #private }\n", encoding="utf-8")
    edit(broken_project, "mkdocs.yml", "\nnav:\n", "\nexclude_docs: |\n  private.md\n\nnav:\n")
    append(broken_project, '<a href="../../drafts/notes/#p1">x</a> <a href="../../private/">y</a>')
    serve(broken_project, broken_project / "site")
    assert [line.removeprefix("edition: ") for line in caplog.messages if "link:" in line] == [
        f"{PAGE} '../../private/' leads to private.md, which mkdocs.yml's exclude_docs leaves out of the site"
        f" {FAILS} (link to an address the site publishes, or take the file out of exclude_docs)",
    ]
