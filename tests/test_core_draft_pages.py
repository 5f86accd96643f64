"""Which pages a run renders: `mkdocs serve` renders the pages `draft_docs` names, `mkdocs build` leaves them out.

And what reads other pages follows: a glossary definition, an annotation's target and its body's links.
"""

from __future__ import annotations

import dataclasses

import pytest
from annotation_helpers import GOOD, PATH, SCHEMA, TODAY
from policy_helpers import REMITTANCES, html_of

from hooks.core.annotation_checks import parse_annotation
from hooks.core.annotation_index import draft_group_ids, index_elements, index_titles
from hooks.core.annotation_refs import refs_from
from hooks.core.bodies import render_body
from hooks.core.body_links import check_body_links
from hooks.core.draft_pages import draft_hint, draft_message, rendered_pages, renders_drafts, without_draft_ids
from hooks.core.paragraphs import PageInventory, Paragraph
from hooks.core.policy_index import index_areas
from hooks.core.policy_pages import SiteFacts, area_sections
from hooks.core.policy_site import draft_group_ids as area_draft_ids
from hooks.core.policy_site import with_drafts
from hooks.core.quotes import check_targets


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


NOTE = parse_annotation(PATH, GOOD, SCHEMA, {"remittances"}, TODAY)[0]
ON_DRAFT = dataclasses.replace(NOTE, page="drafts/notes.md", paragraph="p1", quote="a draft's word")
DRAFT = PageInventory(paragraphs=(Paragraph("p1", "a draft's word"),), ids=("p1",))
SERVED = {"s/a.md": PageInventory(), "drafts/notes.md": DRAFT}
BUILT = {"s/a.md": PageInventory()}
LEFT_OUT = "which 'mkdocs serve' shows and the built site leaves out"
PUBLISH = "or publish the page: take it out of mkdocs.yml's draft_docs"


def test_an_annotation_on_a_draft_is_anchored_where_drafts_render_and_named_a_draft_where_they_do_not() -> None:
    """Under `mkdocs serve` the annotation showed beside its paragraph, and its line said there was no such page."""
    assert check_targets((ON_DRAFT,), SERVED) == []
    assert [str(problem) for problem in check_targets((ON_DRAFT,), BUILT, drafts={"drafts/notes.md"})] == [
        f"{PATH}: target.page: 'drafts/notes.md' is a draft, {LEFT_OUT} (annotate a page the site publishes, {PUBLISH})"
    ]


def test_a_body_link_to_a_draft_leads_to_it_where_drafts_render_and_is_named_a_draft_where_they_do_not() -> None:
    """A link the writer followed under `mkdocs serve` was said to lead to no page."""
    body = render_body("See [the notes](drafts/notes.md#p1).")
    assert check_body_links(NOTE, body, SERVED) == []
    assert [str(problem) for problem in check_body_links(NOTE, body, BUILT, drafts={"drafts/notes.md"})] == [
        f"{PATH}: body: the link 'drafts/notes.md#p1' leads to a draft, {LEFT_OUT} (link to a page the site"
        f" publishes, {PUBLISH})"
    ]


def test_the_glossary_and_the_annotations_say_a_draft_in_one_wording() -> None:
    """One sentence for the three lines, so a change to it changes them all."""
    assert draft_message("drafts/notes.md") == f"'drafts/notes.md' is a draft, {LEFT_OUT}"
    assert draft_hint("point at") == f"point at a page the site publishes, {PUBLISH}"


MARKER = (
    '<span class="mkdocs-draft-marker" title="On a draft, which \'mkdocs serve\' shows and the built site leaves out">'
    "DRAFT</span> "
)


@pytest.mark.parametrize("drafts", [{"drafts/notes.md": "Notes"}, {}], ids=["serve", "build"])
def test_a_note_on_a_draft_is_listed_by_its_page_s_title_and_marked_as_the_draft_marks_itself(
    drafts: dict[str, str],
) -> None:
    """Under `mkdocs serve` /annotations/ left the note out, and its area page named its page `drafts/notes.md`.

    The build hands in no draft (its notes are refused, listed nowhere), and marks nothing.
    """
    pages = [(NOTE.page, "Opportunities"), *drafts.items()]
    titles = index_titles(pages, drafts)
    index = html_of(index_elements([NOTE, ON_DRAFT] if drafts else [NOTE], titles, {}, lambda _: None))
    assert index.count("mkdocs-draft-marker") == len(drafts)
    notes = index.split('<div class="annotation-entry"')
    assert MARKER not in notes[1] and (not drafts or MARKER in notes[2])
    site = with_drafts(SiteFacts(anchors={ON_DRAFT.page: frozenset({ON_DRAFT.id}), NOTE.page: frozenset()}), drafts)
    (entry,) = index_areas([REMITTANCES], [], [], refs_from((NOTE, ON_DRAFT)))
    area = html_of(area_sections(entry, site)).split("<li>")
    assert [item.startswith(MARKER) for item in area[1:]] == [False, bool(drafts)]
    assert ('<span aria-hidden="true">Notes, ¶\u00a01: </span>' in area[2]) == bool(drafts)


def test_the_ids_only_a_draft_gives_the_index_and_an_area_page_are_left_out_of_what_the_lock_is_judged_on() -> None:
    """Under `mkdocs serve` the lock check asked to record `drafts`, `drafts-notes` and `annotations-drafts`, which
    `make anchors`, a build leaving drafts out, never records. A draft in a published source adds its page's group
    only: the source's group is published by its other notes."""
    in_source = dataclasses.replace(ON_DRAFT, id="in-source", page=NOTE.page.replace("opportunities", "draft"))
    drafts = {ON_DRAFT.page: "Notes", in_source.page: "Draft"}
    notes = (NOTE, ON_DRAFT, in_source)
    assert draft_group_ids(notes, drafts) == {"drafts", "drafts-notes", "migration-and-transnationalism-draft"}
    assert draft_group_ids((NOTE,), {}) == set()
    (entry,) = index_areas([REMITTANCES], [], [], refs_from(notes))
    assert area_draft_ids(REMITTANCES, [entry], with_drafts(SiteFacts(), drafts)) == {"annotations-drafts"}
    assert area_draft_ids(REMITTANCES, [entry], SiteFacts()) == set()  # the build renders no draft
    assert area_draft_ids(None, [entry], with_drafts(SiteFacts(), drafts)) == set()  # the overview has no groups
    built = {"/annotations/": ["annotations", "drafts", "drafts-notes"], "/s/a/": ["p1"]}
    assert without_draft_ids(built, {"/annotations/": {"drafts", "drafts-notes"}}) == {
        "/annotations/": ["annotations"],
        "/s/a/": ["p1"],
    }
