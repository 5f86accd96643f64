"""The filter of `/annotations/` as the build writes it (hooks/core/annotation_filter.py).

Written whole, it has its height before annotations.js wires it, so the list does not move when it
appears (tests/test_browser_index_filter.py); hidden, it offers nothing without the script.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from xml.etree import ElementTree as etree

import pytest

from hooks.core.annotation_filter import GROUP_NAME, area_options, index_filter, motivation_options
from hooks.core.annotations import Annotation

AREAS = {"integration": "Integration and social cohesion", "remittances": "Remittances", "return": "Return"}
NOTE = Annotation(
    id="x",
    page="a/b.md",
    paragraph="p1",
    quote="words",
    motivation="commenting",
    tags=(),
    author="A",
    author_url=None,
    created="2026-11-22",
    body="",
    path="annotations/notes/x.md",
)


def note(motivation: str = "commenting", *tags: str) -> Annotation:
    """An annotation with this motivation and these policy areas."""
    return dataclasses.replace(NOTE, motivation=motivation, tags=tags)


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        ([], []),
        (
            [note("questioning"), note("commenting"), note("questioning")],
            [("commenting", "Comments"), ("questioning", "Questions")],
        ),
        (
            [note(motivation) for motivation in ["linking", "editing", "classifying", "describing"]],
            [
                ("classifying", "Classifications"),
                ("describing", "Descriptions"),
                ("editing", "Editorial notes"),
                ("linking", "Links"),
            ],
        ),
    ],
)
def test_motivations_are_offered_by_name_once_each(notes: list[Annotation], expected: list[tuple[str, str]]) -> None:
    assert motivation_options(notes) == expected


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        ([note()], []),
        (
            [note("commenting", "return", "integration")],
            [("integration", "Integration and social cohesion"), ("return", "Return")],
        ),
        (
            [note("commenting", "zeta", "remittances", "alpha")],
            [("remittances", "Remittances"), ("alpha", "alpha"), ("zeta", "zeta")],
        ),
    ],
    ids=["none", "the taxonomy's order, not the names'", "unknown tags last, by id"],
)
def test_areas_are_offered_in_the_taxonomy_s_order(notes: list[Annotation], expected: list[tuple[str, str]]) -> None:
    assert area_options(notes, AREAS) == expected


def test_the_filter_is_written_whole_and_hidden_with_its_unfiltered_count() -> None:
    """Its controls and count as the script shows them first, `hidden` until the script wires it; "Show all" hidden
    until a filter is set."""
    notes = [note("questioning", "remittances"), note("commenting", "integration <b>", "remittances"), note()]
    block = index_filter(notes, {**AREAS, "integration <b>": "A & B <i>"})
    assert block.get("class") == "annotation-filter" and block.get("hidden") == "hidden"
    # One group, named for screen readers: the fieldset's first child is its legend, visually hidden.
    assert (block.tag, block[0].tag, block[0].text) == ("fieldset", "legend", GROUP_NAME)
    assert block[0].get("class") == "visually-hidden"
    assert [(field.tag, field.text, field.get("class")) for field in block.iter("label")] == [
        ("label", "Motivation ", "annotation-filter__field"),
        ("label", "Policy area ", "annotation-filter__field"),
    ]
    options = {
        select.get("name"): [(option.get("value"), option.text) for option in select] for select in block.iter("select")
    }
    assert options == {
        "motivation": [("", "all"), ("commenting", "Comments"), ("questioning", "Questions")],
        "area": [("", "all"), ("remittances", "Remittances"), ("integration <b>", "A & B <i>")],
    }
    status, reset = block.find("span"), block.find("button")
    assert (status.get("class"), status.get("role"), "".join(status.itertext())) == (
        "annotation-filter__status",
        "status",
        "3 of 3 annotations shown",
    )
    assert [span.get("class") for span in block.iter("span")] == [
        "annotation-filter__status",
        "annotation-filter__shown",
        "annotation-filter__chosen",
    ]
    assert reset.attrib == {"type": "button", "class": "md-button annotation-filter__reset", "hidden": "hidden"}
    assert reset.text == "Show all"
    assert "A &amp; B &lt;i&gt;" in etree.tostring(block, encoding="unicode"), "titles are text, never markup"


def test_the_count_s_words_are_the_build_s_alone() -> None:
    """annotations.js rewrites only the number shown (its own element) after each choice: the words are written
    once, here, where they were kept in step by hand with a copy in the script."""
    status = index_filter([note(), note()], AREAS).find("span")
    shown = status.find("span")
    assert (shown.get("class"), shown.text, status.text, shown.tail) == (
        "annotation-filter__shown",
        "2",
        None,
        " of 2 annotations shown",
    )
    script = (Path(__file__).resolve().parent.parent / "docs/assets/annotations.js").read_text(encoding="utf-8")
    assert "annotations shown" not in script
