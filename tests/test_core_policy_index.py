"""The policy-area index (hooks/core/policy_index.py): tags on pages and paragraphs checked, items gathered per area."""

from __future__ import annotations

import pytest
from policy_helpers import BY, INTEGRATION, KNOWN, MT, REMITTANCES, page

from hooks.core.annotation_refs import AnnotationRef
from hooks.core.annotations import RefusedTags
from hooks.core.paragraphs import Paragraph
from hooks.core.policy_addresses import published_areas
from hooks.core.policy_index import (
    TaggedParagraph,
    check_page_tags,
    check_paragraph_tags,
    check_removed,
    check_stray_tags,
    check_unused,
    group_by_source,
    index_areas,
    listed_notes,
)
from hooks.core.policy_site import PageTagSources, tag_problems

PAGE = "docs/migration-and-transnationalism/challenges.md"


@pytest.mark.parametrize(
    ("tags", "messages"),
    [
        (["remittances", "integration"], []),
        ([], []),
        (
            ["remitances"],
            [f"{PAGE}: tags: unknown policy area 'remitances' (did you mean 'remittances'?)"],
        ),
        (["remittances", "remittances"], [f"{PAGE}: tags: 'remittances' is listed 2 times (list each area once)"]),
        ("remittances", []),  # not a list: the page's front-matter check reports it
    ],
    ids=["known", "empty", "unknown", "repeated", "not a list"],
)
def test_page_tags(tags: object, messages: list[str]) -> None:
    assert [str(problem) for problem in check_page_tags(PAGE, tags, KNOWN)] == messages


def test_paragraph_tags_name_the_paragraph_and_the_attribute() -> None:
    paragraphs = [
        Paragraph("p1", "One.", ("remittances",)),
        Paragraph("p2", "Two.", ("pensions", "integration")),
        Paragraph("p3", "Three."),
        Paragraph("p4", "Four.", ("integration", "integration")),
    ]
    assert [str(problem) for problem in check_paragraph_tags(PAGE, paragraphs, KNOWN)] == [
        f"{PAGE}: #p2 data-policy-areas: unknown policy area 'pensions' (use an id from annotations/policy-areas.yml)",
        f"{PAGE}: #p4 data-policy-areas: 'integration' is listed 2 times (list each area once)",
    ]


def test_misplaced_tags_name_the_element() -> None:
    assert [str(problem) for problem in check_stray_tags(PAGE, ["h2#details", "li"])] == [
        f"{PAGE}: data-policy-areas: on 'h2#details', which is not a numbered paragraph"
        " (write the tags on a paragraph's '{ #pN … }' line)",
        f"{PAGE}: data-policy-areas: on 'li', which is not a numbered paragraph"
        " (write the tags on a paragraph's '{ #pN … }' line)",
    ]


def test_index_collects_pages_paragraphs_and_annotations_per_area() -> None:
    challenges = page("challenges", "integration")
    chapter = page("index", "remittances", source="origin")
    paragraphs = [
        TaggedParagraph(challenges, Paragraph("p2", "Pensions.", ("remittances",))),
        TaggedParagraph(challenges, Paragraph("p4", "Integrate.", ("integration", "unknown"))),
    ]
    notes = [AnnotationRef("n1", f"{MT}/challenges.md", "p2", "Pensions", "commenting", *BY, ("remittances", "nope"))]
    remittances, integration = index_areas([REMITTANCES, INTEGRATION], [challenges, chapter], paragraphs, notes)
    assert remittances.pages == (chapter,)
    assert [item.paragraph.id for item in remittances.paragraphs] == ["p2"]
    assert remittances.annotations == tuple(notes)
    assert integration.pages == (challenges,)
    assert [item.paragraph.id for item in integration.paragraphs] == ["p4"]
    assert integration.annotations == ()


def test_index_lists_an_item_once_per_area_in_the_order_given() -> None:
    first, second, third = page("a", "integration", "remittances", "integration"), page("b"), page("c", "integration")
    twice = TaggedParagraph(first, Paragraph("p1", "One.", ("remittances", "remittances")))
    remittances, integration = index_areas([REMITTANCES, INTEGRATION], [first, second, third], [twice], [])
    assert remittances.pages == (first,)
    assert remittances.paragraphs == (twice,)
    assert integration.pages == (first, third)
    assert integration.paragraphs == ()


def test_unused_areas_are_named() -> None:
    entries = index_areas([REMITTANCES, INTEGRATION], [page("challenges", "integration")], [], [])
    assert [str(problem) for problem in check_unused(entries)] == [
        "annotations/policy-areas.yml: id: 'remittances' is used by no page, paragraph or annotation"
        " (tag a page, paragraph or annotation with it, or remove the area)"
    ]


def test_a_published_area_is_not_offered_for_removal() -> None:
    """No page move can point a generated page elsewhere: removing a published area would leave its address a 404."""
    entries = index_areas([REMITTANCES, INTEGRATION], [page("challenges", "integration")], [], [])
    published = published_areas({"/policy-areas/remittances/": ["remittances"], "/policy-areas/": ["remittances"]})
    assert published == {"remittances"}
    assert [str(problem) for problem in check_unused(entries, published)] == [
        "annotations/policy-areas.yml: id: 'remittances' is used by no page, paragraph or annotation"
        " (tag a page, paragraph or annotation with it: its page is published, so the area stays)"
    ]


def test_while_the_lock_does_not_load_an_unused_area_is_not_offered_for_removal() -> None:
    """Which areas were published is the lock's to say: the area may be published, and then it stays."""
    entries = index_areas([REMITTANCES, INTEGRATION], [page("challenges", "integration")], [], [])
    assert [str(problem) for problem in check_unused(entries, None)] == [
        "annotations/policy-areas.yml: id: 'remittances' is used by no page, paragraph or annotation"
        " (tag a page, paragraph or annotation with it; whether the area may be removed is known once"
        " anchors.lock.json loads: a published area stays)"
    ]
    pages = [PageTagSources("docs/challenges.md", {"tags": ["integration"]})]
    assert [str(p) for p in tag_problems([REMITTANCES, INTEGRATION], pages, entries, {}, lock_read=False)] == [
        str(problem) for problem in check_unused(entries, None)
    ]


def test_a_published_area_taken_out_of_the_taxonomy_is_one_line_naming_the_file() -> None:
    """Not the anchor lock's lines, one per id of its page, asking for a page move no generated page can have."""
    entries = index_areas([INTEGRATION], [page("challenges", "integration")], [], [])
    published = published_areas({"/policy-areas/remittances/": ["remittances"], "/policy-areas/integration/": []})
    assert [str(problem) for problem in check_removed(entries, published)] == [
        "annotations/policy-areas.yml: id: 'remittances' is published (/policy-areas/remittances/) and no longer in"
        " the file: its address would answer 404 (put the area back, and tag a page, paragraph or annotation with"
        " it: a published area is never removed, see docs/about/tagging.md#the-list)"
    ]
    assert check_removed(entries, {"integration"}) == []


def test_grouping_keeps_first_appearance_order() -> None:
    items = [("b", 1), ("a", 2), ("b", 3), ("c", 4), ("a", 5)]
    assert group_by_source(items, lambda item: item[0]) == [
        ("b", [("b", 1), ("b", 3)]),
        ("a", [("a", 2), ("a", 5)]),
        ("c", [("c", 4)]),
    ]


def test_the_area_pages_list_only_the_notes_shown_beside_their_paragraphs_yet_count_all_as_uses() -> None:
    """A note refused for its draft page was listed on its tag's page, a group linking nowhere; /annotations/ had not."""
    notes = [
        AnnotationRef(i, f"{MT}/challenges.md", "p2", "Pensions", "commenting", *BY, ("remittances",)) for i in "ab"
    ]
    (entry,) = index_areas([REMITTANCES], [], [], notes)
    (listed,) = listed_notes([entry], {"a"})
    assert [note.id for note in listed.annotations] == ["a"]
    (alone,) = listed_notes(index_areas([REMITTANCES], [], [], notes[1:]), {"a"})
    assert not alone.used and entry.used  # the index `check_unused` reads keeps it: its own line is the one to fix


def test_a_refused_notes_areas_are_used_though_no_area_page_lists_it() -> None:
    """A new area tagged only by a note refused for its date was named unused, "or remove the area", until the fix.

    A tag no area has (`Integration`) is the note's own line, and uses no area.
    """
    refused = RefusedTags("annotations/notes/late.md", ("remittances", "Integration", "remittances"))
    entries = index_areas([REMITTANCES, INTEGRATION], [], [], [], [refused])
    assert [str(problem) for problem in check_unused(entries)] == [
        "annotations/policy-areas.yml: id: 'integration' is used by no page, paragraph or annotation"
        " (tag a page, paragraph or annotation with it, or remove the area)"
    ]
    remittances, integration = listed_notes(entries, set())
    assert remittances.refused == (refused,) and remittances.annotations == () and integration.refused == ()
