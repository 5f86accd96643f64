"""Which pages a run renders: `mkdocs serve` renders the pages `draft_docs` names, `mkdocs build` leaves them out."""

from __future__ import annotations

import pytest

from hooks.core.draft_pages import rendered_pages, renders_drafts


@pytest.mark.parametrize(
    ("command", "rendered"),
    [("serve", True), ("build", False), ("gh-deploy", False)],  # `mkdocs serve --clean` starts up as "build"
)
def test_only_serve_renders_drafts(command: str, rendered: bool) -> None:
    assert renders_drafts(command) is rendered


@pytest.mark.parametrize(
    ("drafts_rendered", "pages", "left_out"),
    [
        (True, {"s/a.md", "drafts/notes.md"}, set()),
        (False, {"s/a.md"}, {"drafts/notes.md"}),
    ],
)
def test_drafts_are_read_where_they_render_and_named_where_they_are_left_out(
    drafts_rendered: bool, pages: set[str], left_out: set[str]
) -> None:
    """Under serve a definition on a draft showed as an error on the page the server showed."""
    assert rendered_pages({"s/a.md"}, {"drafts/notes.md"}, drafts_rendered) == (pages, left_out)
