"""A deleted note's id offered the paragraph it annotated (`hooks/core/deleted_notes.py`), its history given as data."""

from __future__ import annotations

import pytest

from hooks.core.anchor_check import check_anchors
from hooks.core.deleted_notes import note_places, notes_to_ask
from hooks.core.problems import Problem

PAGE, MOVED = "/s/x/", "/s/old-x/"
LOCK = {PAGE: ["x", "p1", "p2", "a-note"]}
BUILT = {PAGE: ["x", "p1", "p2"]}


def note(page: str = "s/x.md", paragraph: object = "p2") -> str:
    """A note's text as git holds it: its front matter as the annotation loader reads it, and a body."""
    return f"---\nid: a-note\ntarget:\n  page: {page}\n  paragraph: {paragraph}\n  quote: words\n---\n\nA body.\n"


def offered(problem: Problem) -> str:
    """The place a gone id's line offers: what follows `: ` in the line between backticks that ends its hint."""
    return str(problem).rsplit("`", 2)[-2].split(": ", 1)[1]


def test_a_deleted_note_is_offered_the_paragraph_its_committed_file_names() -> None:
    """Its line offered `/s/x/#new-id`, a placeholder: git still holds the file, which says the paragraph, p2."""
    notes = note_places({"annotations/notes/a-note.md": note()}, BUILT, {})
    assert notes == {"a-note": f"{PAGE}#p2"}
    [line] = check_anchors(LOCK, BUILT, {}, {}, notes=notes).problems
    assert offered(line) == f"{PAGE}#p2"
    [without] = check_anchors(LOCK, BUILT, {}, {}).problems
    assert offered(without) == f"{PAGE}#new-id"  # git absent, or the file never committed: the line as it was


def test_a_deleted_note_on_a_page_moved_since_is_offered_its_paragraph_where_the_page_is() -> None:
    """Its file names the page as it was (`s/old-x.md`): the page's move (`redirect_maps`) says where it is now."""
    assert note_places({"annotations/notes/a-note.md": note("s/old-x.md")}, BUILT, {MOVED: PAGE}) == {
        "a-note": f"{PAGE}#p2"
    }


@pytest.mark.parametrize(
    ("text", "redirects"),
    [
        (note(paragraph="p9"), {}),  # a paragraph the page has no more
        (note(), {f"{PAGE}#p2": f"{PAGE}#p1"}),  # one redirected away: no place to send links to
        (note(page="s/y.md"), {}),  # another page than the one that published the id
        (note(paragraph=2), {}),  # no paragraph id
        (note(paragraph="[p2"), {}),  # front matter that does not load
        ("no front matter\n", {}),
    ],
    ids=["paragraph-gone", "paragraph-redirected", "other-page", "not-an-id", "broken-yaml", "no-front-matter"],
)
def test_a_deleted_note_whose_paragraph_cannot_be_offered_keeps_the_placeholder(
    text: str, redirects: dict[str, str]
) -> None:
    """Only a paragraph its page still publishes, and not redirected away, is offered; else the line as it was."""
    notes = note_places({"annotations/notes/a-note.md": text}, BUILT, {})
    lines = [p for p in check_anchors(LOCK, BUILT, redirects, {}, notes=notes).problems if p.field.endswith("a-note")]
    assert [offered(line) for line in lines] == [f"{PAGE}#new-id"]


def test_only_the_notes_a_gone_line_names_and_no_file_holds_are_asked_of_git() -> None:
    """A build without a gone id asks git nothing; a paragraph's `p1` is no note's id, a heading's `x` may be one."""
    lock = {PAGE: ["x", "p1", "p2", "a-note", "kept-note"], "/s/": ["s"]}
    problems = check_anchors(lock, {PAGE: ["p2"], "/s/": ["s"]}, {}, {}).problems
    assert notes_to_ask(problems, present={"kept-note"}) == ["annotations/notes/a-note.md", "annotations/notes/x.md"]
    assert notes_to_ask(check_anchors(LOCK, {PAGE: LOCK[PAGE]}, {}, {}).problems, present=()) == []
