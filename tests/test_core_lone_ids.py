"""A paragraph id left below a blank line (hooks/core/lone_ids.py): the page's line, not the notes' on it too."""

from __future__ import annotations

from dataclasses import replace

import pytest
from annotation_helpers import BASE, PAGE

from hooks.core.lone_ids import restated_targets, written_ids
from hooks.core.paragraphs import PageInventory, Paragraph, lone_attribute_problem
from hooks.core.quotes import check_targets

ALONE = PageInventory(paragraphs=(Paragraph("p2", "b"),), lone_attributes=(("{ #p1 .x }", "A paragraph…"),))
PAGE_LINE = lone_attribute_problem(f"docs/{PAGE}", "{ #p1 .x }", "A paragraph…")


@pytest.mark.parametrize(
    ("written", "ids"),
    [("{ #p1 }", {"p1"}), ('{: #p7 data-policy-areas="a b" }', {"p7"}), ("{ .note }", set()), ("p1", set())],
)
def test_the_ids_of_an_attribute_list_are_read_as_attr_list_reads_them(written: str, ids: set[str]) -> None:
    assert written_ids(written) == ids


def test_a_note_on_the_paragraph_whose_id_stands_alone_is_folded_into_the_pages_line() -> None:
    """It said "no paragraph 'p1'": the same mistake as the page's line, gone when the blank line is."""
    other = replace(BASE, id="a2", path="annotations/notes/a2.md", paragraph="p9")
    lines = check_targets((BASE, other), {PAGE: ALONE})
    assert [str(line) for line in lines] == [
        f"annotations/notes/a1.md: target.paragraph: no paragraph 'p1' on {PAGE} (it has p2)",
        f"annotations/notes/a2.md: target.paragraph: no paragraph 'p9' on {PAGE} (it has p2)",
    ]
    assert restated_targets([*lines, PAGE_LINE], (BASE, other), {PAGE: ALONE}) == {lines[0]}


def test_a_notes_line_stays_where_the_page_has_no_line_for_its_lone_id() -> None:
    """Only a source page's ids are checked: elsewhere the note's line is the one that says it."""
    lines = check_targets((BASE,), {PAGE: ALONE})
    assert restated_targets(lines, (BASE,), {PAGE: ALONE}) == set()
    assert restated_targets([*lines, PAGE_LINE], (BASE,), {PAGE: PageInventory(paragraphs=ALONE.paragraphs)}) == set()
