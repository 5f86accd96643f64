"""A draft page's own front matter and tags: under `mkdocs serve`, the lines the build prints once it is published.

`mkdocs serve` renders the pages `draft_docs` names so that their writer sees them; the build and make check
leave them out. Under serve a draft's misspelt field or unknown policy area got no line at all: the writer saw
the draft rendered and no word that the build would refuse it once published. The server's real log:
test_serve.py.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from broken_project_helpers import edition_lines
from conftest import run_build, run_check
from draft_helpers import DRAFT, SOURCE_DRAFT, SOURCE_DRAFT_TEXT, add_draft, add_source_draft, publish, serve

AREA = "unknown policy area 'remitances' (did you mean 'remittances'?)"
SOURCE_DRAFT_LINES = [
    f"docs/{SOURCE_DRAFT}: #p1 data-policy-areas: {AREA}",
    f"docs/{SOURCE_DRAFT}: ordr: is not a field: did you mean `order`? (rename it to `order`)",
    f"docs/{SOURCE_DRAFT}: tags: {AREA}",
    f"docs/{SOURCE_DRAFT}: title: 'Draft <b>notes</b>' has '<' or '>' (write plain text: the site's navigation would"
    " read markup here as HTML)",
]
OTHER_DRAFT_LINES = [
    f"docs/{DRAFT}: tags: must be a list of policy-area ids (write it as `tags: [remittances]`)",
]


def add_other_draft(project: Path) -> None:
    """A draft of no source (docs/drafts/notes.md) whose tags are not a list: named on every page."""
    add_draft(project)
    page = project / "docs" / DRAFT
    page.write_text("---\ntags: remittances\n---\n\n" + page.read_text(encoding="utf-8"), encoding="utf-8")


@pytest.mark.parametrize(
    ("add", "page", "expected"),
    [(add_source_draft, SOURCE_DRAFT, SOURCE_DRAFT_LINES), (add_other_draft, DRAFT, OTHER_DRAFT_LINES)],
    ids=["source-page", "other-page"],
)
def test_under_serve_a_drafts_front_matter_and_tags_are_the_lines_the_build_prints_once_it_is_published(
    broken_project: Path, caplog: pytest.LogCaptureFixture, add: object, page: str, expected: list[str]
) -> None:
    """Only the title's line was printed (it is read as the page renders); the fields and tags were checked after
    every page had rendered, on the published pages alone. Each line once, in the build's words: no "(draft)"."""
    add(broken_project)
    serve(broken_project, broken_project / "site")
    served = [line.removeprefix("edition: ") for line in caplog.messages if line.startswith(f"edition: docs/{page}")]
    assert sorted(served) == expected
    publish(broken_project)
    built = run_build(broken_project, broken_project / "site")
    assert "Traceback" not in built.stderr, built.stderr
    assert sorted(line for line in edition_lines(built.stderr) if line.startswith(f"docs/{page}")) == expected


def test_the_build_and_make_check_leave_a_broken_draft_out_as_before(broken_project: Path) -> None:
    """The draft is no page of the built site: neither the strict build nor make check names its mistakes."""
    add_source_draft(broken_project)
    built = run_build(broken_project, broken_project / "site")
    assert built.returncode == 0, built.stderr
    assert edition_lines(built.stderr) == []
    assert not (broken_project / "site" / SOURCE_DRAFT.removesuffix(".md")).exists()
    check = run_check(broken_project)
    assert check.returncode == 0 and check.stdout.startswith("OK: "), check.stdout


def test_a_draft_fixed_under_serve_has_no_line(broken_project: Path, caplog: pytest.LogCaptureFixture) -> None:
    """The lines are the mistakes', not the draft's: a draft written right is served without a warning."""
    fixed = (
        SOURCE_DRAFT_TEXT.replace("<b>notes</b>", "notes").replace("ordr", "order").replace("remitances", "remittances")
    )
    add_source_draft(broken_project, fixed)
    serve(broken_project, broken_project / "site")
    assert [record.getMessage() for record in caplog.records if record.levelno >= logging.WARNING] == []
