"""A Markdown link to a file the built site leaves out: the strict build and make check name it as its raw twin.

MkDocs only notes such a link (INFO: "…which is excluded from the built site") and the strict build published it
dead. The lines' own rules are test_core_page_links.py's; the raw twin's are test_raw_link_errors.py's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from broken_project_helpers import assert_build_and_check_say
from conftest import edit
from draft_helpers import add_draft, serve

from hooks.core.page_files import MKDOCS_LEAVES_OUT

GUIDE = Path("docs/about/reading-guide.md")
PAGE = "docs/about/reading-guide.md: link:"
FAILS = "(the strict build fails)"
EXCLUDED = (
    f"{PAGE} '../private.md' leads to private.md, which mkdocs.yml's exclude_docs leaves out of the site {FAILS}"
    " (link to an address the site publishes, or take the file out of exclude_docs)"
)


def leave_files_out(project: Path) -> None:
    """A draft, a page exclude_docs names, a hidden file and a file of templates/, each in docs/."""
    add_draft(project)
    (project / "docs/private.md").write_text("# Private { #private }\n", encoding="utf-8")
    edit(project, "mkdocs.yml", "\nnav:\n", "\nexclude_docs: |\n  private.md\n\nnav:\n")
    (project / "docs/.hidden").mkdir()
    (project / "docs/.hidden/notes.txt").write_text("notes\n", encoding="utf-8")
    (project / "docs/templates").mkdir()
    (project / "docs/templates/a.html").write_text("<p>a</p>\n", encoding="utf-8")


def append(project: Path, text: str) -> None:
    """Add a paragraph at the end of the reading guide."""
    path = project / GUIDE
    path.write_text(path.read_text(encoding="utf-8").rstrip() + f"\n\n{text}\n", encoding="utf-8")


def test_a_markdown_link_to_a_left_out_file_is_its_raw_twin_s_line_in_the_build_and_make_check(
    broken_project: Path,
) -> None:
    """Each link once, however often written; a link to a file of the site, or an image, checked alike."""
    leave_files_out(broken_project)
    append(
        broken_project,
        "See [a](../.hidden/notes.txt), [b](../templates/a.html), [c](../private.md), [c again](../private.md),"
        " [d](../drafts/notes.md#p1), ![e](../templates/a.html) and [fine](citing.md#formats).",
    )
    assert_build_and_check_say(
        broken_project,
        [
            f"{PAGE} '../.hidden/notes.txt' leads to .hidden/notes.txt, which {MKDOCS_LEAVES_OUT} {FAILS}"
            " (rename '.hidden' without its leading dot, and link its new address)",
            f"{PAGE} '../templates/a.html' leads to templates/a.html, which {MKDOCS_LEAVES_OUT} {FAILS}"
            " (move it out of templates/, and link its new address)",
            EXCLUDED,
            f"{PAGE} '../drafts/notes.md#p1' leads to a draft, which 'mkdocs serve' shows and the built site leaves"
            f" out {FAILS} (link to a page the site publishes, or publish the page: take it out of mkdocs.yml's"
            " draft_docs)",
        ],
    )


def test_under_mkdocs_serve_a_link_to_a_draft_is_no_line_nor_one_mkdocs_warns_of_the_edition_s(
    broken_project: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """`mkdocs serve` shows the draft; a link to no file is MkDocs' own warning, said once, not the edition's too."""
    leave_files_out(broken_project)
    append(broken_project, "See [d](../drafts/notes.md#p1), [c](../private.md) and [n](../nowhere.md).")
    serve(broken_project, broken_project / "site")
    assert [line.removeprefix("edition: ") for line in caplog.messages if "link:" in line] == [EXCLUDED]
    assert len([line for line in caplog.messages if "'../nowhere.md'" in line]) == 1, caplog.messages
