"""/anchors.json's entries and page moves (hooks/core/anchor_export.py, page_moves.py): each id to where it is now."""

from __future__ import annotations

import pytest
from citation_helpers import OPP

from hooks.core.anchor_export import anchor_entries, entry_title, moved_entries, sent_through
from hooks.core.anchor_redirects import page_redirects
from hooks.core.annotation_index import index_redirects
from hooks.core.annotations import Annotation
from hooks.core.page_moves import follow_moves, move_targets
from hooks.core.paragraphs import PageInventory, Paragraph


def test_anchor_entries_name_each_id_by_its_kind() -> None:
    text = "A paragraph long enough to be cut at sixty characters, so its label ends with an ellipsis."
    inventory = PageInventory(
        paragraphs=(Paragraph("p12", text), Paragraph("p3", "Short.")),
        headings=("intro",),
        ids=("intro", "p12", "p3", "transfer-of-ideas", "fn:1", "social-remittances", "p3"),
    )
    annotation = Annotation(
        id="transfer-of-ideas",
        path="annotations/notes/transfer-of-ideas.md",
        page="m/opportunities.md",
        paragraph="p3",
        quote="the transfer of ideas",
        motivation="describing",
        tags=(),
        author="Editors",
        author_url=None,
        created="2026-11-20",
        body="",
    )
    entries = anchor_entries(
        OPP,
        f"https://example.org{OPP}",
        "Opportunities",
        inventory,
        {"intro": "Introduction"},
        {annotation.id: annotation},
    )
    assert [(e["id"], e["kind"], e["label"]) for e in entries] == [
        ("intro", "heading", "Introduction"),
        ("p12", "paragraph", "Opportunities, ¶\u00a012: A paragraph long enough to be cut at sixty characters, so…"),
        ("p3", "paragraph", "Opportunities, ¶\u00a03: Short."),
        (
            "transfer-of-ideas",
            "annotation",
            "Opportunities, ¶\u00a03, annotation (description): “the transfer of ideas”",
        ),
        ("fn:1", "note", "Opportunities, #fn:1"),
        ("social-remittances", "element", "Opportunities, #social-remittances"),
    ]
    assert entries[1]["url"] == f"https://example.org{OPP}#p12" and entries[1]["page"] == OPP


@pytest.mark.parametrize(("meta", "page_title", "title"), [
    ({"title": "Opportunities"}, "Short label", "Opportunities"),  # the front matter's, not `nav:`'s label
    ({}, "Short label", "Short label"),
    ({}, None, OPP),  # no title at all: named by its address, not 'None'
    ({"title": ""}, "Short label", OPP),
])  # fmt: skip
def test_an_anchor_entrys_page_is_named_by_its_own_title_or_its_address(meta: dict, page_title, title: str) -> None:
    assert entry_title(meta, page_title, OPP) == title


def now(page: str, anchor_id: str) -> dict[str, str]:
    """An `/anchors.json` entry of an id the pages have, labelled by its address, for `moved_entries`."""
    return {"url": f"https://example.org{page}#{anchor_id}", "page": page, "id": anchor_id, "kind": "heading",
            "label": f"{page}#{anchor_id}"}  # fmt: skip


HAVE_NOW = {"/a/": ["p1", "p2"], "/new/": ["p1", "p3", "h"], "/stays/": ["p1"]}  # the ids the pages have
NOW = [now(page, anchor_id) for page, ids in HAVE_NOW.items() for anchor_id in ids]


@pytest.mark.parametrize(("lock", "redirects", "moves", "moved"), [
    ({"/a/": ["p1", "p9"]}, {"/a/#p9": "/new/#h"}, {}, {"/a/#p9": "/new/#h"}),  # a redirect
    ({"/old/": ["p1", "p3"]}, {}, {"/old/": "/new/"}, {"/old/#p1": "/new/#p1", "/old/#p3": "/new/#p3"}),  # a page move
    ({"/old/": ["p1"]}, {}, {"/old/": "/mid/", "/mid/": "/new/"}, {"/old/#p1": "/new/#p1"}),  # a chain of moves
    ({"/old/": ["p1", "p2"]}, {"/old/#p2": "/new/#h"}, {"/old/": "/new/"},  # the redirect wins over the page move
     {"/old/#p1": "/new/#p1", "/old/#p2": "/new/#h"}),
    ({"/a/": ["p9"]}, {"/a/#p9": "/mid/#p3"}, {"/mid/": "/new/"}, {"/a/#p9": "/new/#p3"}),  # into a moved page
    ({"/a/": ["p8", "p9"]}, {"/a/#p8": "/a/#p9", "/a/#p9": "/a/#p2"}, {}, {"/a/#p8": "/a/#p2", "/a/#p9": "/a/#p2"}),  # a chain of redirects
    ({"/old/": ["p1", "p2"]}, {}, {"/old/": "/new/"}, {"/old/#p1": "/new/#p1"}),  # p2 is lost: the build names it
    ({"/a/": ["p1"]}, {"/a/#p1": "/new/#h"}, {}, {}),  # still there: the redirect is never used (the build says so)
    ({"/a/": ["p8", "p9"]}, {"/a/#p8": "/a/#p9", "/a/#p9": "/a/#p8"}, {}, {}),  # a circle leads nowhere
    ({"/old/": ["p1"]}, {}, {"/old/": "/mid/", "/mid/": "/old/"}, {}),  # so do pages moved in a circle
    ({}, {"/x/#gone": "/stays/#p1"}, {}, {"/x/#gone": "/stays/#p1"}),  # a redirect the lock lacks (the build says so)
    (HAVE_NOW, {}, {}, {}),  # nothing moved
])  # fmt: skip
def test_moved_entries_lead_each_moved_id_to_where_it_is_now(lock: dict, redirects: dict, moves, moved) -> None:
    """A tool holding an old link runs no forwarding script: the old address is listed with its new one."""
    entries = moved_entries(NOW, lock, redirects, moves, "https://example.org/")
    site = "https://example.org"
    assert {e["url"]: e["moved_to"] for e in entries} == {f"{site}{old}": f"{site}{new}" for old, new in moved.items()}


@pytest.mark.parametrize(("anchor", "redirects", "moves", "places"), [
    (("/a/", "p1"), {}, {}, ["/a/#p1"]),  # still there
    (("/a/", "p9"), {}, {}, ["/a/#p9"]),  # gone, nothing sends it on
    (("/a/", "p9"), {"/a/#p9": "/mid/#p3"}, {"/mid/": "/new/"}, ["/a/#p9", "/mid/#p3", "/new/#p3"]),  # the redirect first
    (("/old/", "p2"), {"/old/#p2": "/new/#h"}, {"/old/": "/new/"}, ["/old/#p2", "/new/#h"]),
    (("/a/", "p8"), {"/a/#p8": "/a/#p9", "/a/#p9": "/a/#p8"}, {}, ["/a/#p8", "/a/#p9", "/a/#p8"]),  # a circle
    (("/old/", "p2"), {}, {"/old/": "/new/"}, ["/old/#p2", "/new/#p2"]),  # moved onto no id
])  # fmt: skip
def test_sent_through_names_each_place_an_old_address_passes(anchor, redirects: dict, moves, places: list) -> None:
    """make annotate names where a link went, and a circle, which `leads_to` (None for both) does not tell apart."""
    current = {(page, anchor_id) for page, ids in HAVE_NOW.items() for anchor_id in ids}
    passed = sent_through(anchor, current, set(HAVE_NOW), redirects, moves)
    assert [f"{page}#{anchor_id}" for page, anchor_id in passed] == places


def test_a_moved_entry_names_its_old_address_and_its_new_place() -> None:
    """Old URL, page and id; kind `moved`; the label of the place it leads to, the entry `moved_to` names."""
    (entry,) = moved_entries(NOW, {"/about/citing/": ["id-gone"]}, {"/about/citing/#id-gone": "/new/#h"}, {}, None)
    assert entry == {
        "url": "/about/citing/#id-gone",  # no site_url: rooted at the site, as the other entries are
        "page": "/about/citing/",
        "id": "id-gone",
        "kind": "moved",
        "label": "/new/#h",
        "moved_to": "https://example.org/new/#h",
    }


def test_a_page_move_redirects_its_group_on_the_annotations_page() -> None:
    """The group's id is made from the page's file; the move alone says where it went, when both ends hold."""
    lock = {"/annotations/": ["a-old", "a-gone"]}
    built = {"/annotations/": ["a-new", "a-gone-too"]}
    moves = {"a/old.md": "a/new.md", "a/gone.md": "a/gone-too.md", "a/never.md": "a/new.md", "a/old-2.md": "a/none.md"}
    assert index_redirects(moves, lock, built) == {
        "/annotations/#a-old": "/annotations/#a-new",
        "/annotations/#a-gone": "/annotations/#a-gone-too",
    }
    assert index_redirects(moves, lock, {"/annotations/": ["a-old", "a-new"]}) == {}  # the old group is still there


def test_page_redirects_follow_moved_pages() -> None:
    redirects = {"/old/#p2": "/new/#p1", f"{OPP}#p9": f"{OPP}#p1"}
    assert page_redirects("/new/", redirects, {"/old/": "/new/"}) == {"p2": "/new/#p1"}
    assert page_redirects(OPP, redirects, {}) == {"p9": f"{OPP}#p1"}


def test_a_chain_of_page_moves_is_followed_and_the_move_to_rewrite_named() -> None:
    """mkdocs-redirects names only the missing middle page: the line says which target to write."""
    maps = {"a/opportunities.md": "a/chances.md", "a/chances.md": "a/gains.md", "a/old.md": "a/new.md"}
    followed, problems = follow_moves(maps)
    assert followed == {"a/opportunities.md": "a/gains.md", "a/chances.md": "a/gains.md", "a/old.md": "a/new.md"}
    assert [str(problem) for problem in problems] == [
        "mkdocs.yml: redirect_maps: a/opportunities.md: points at a/chances.md, which moved on"
        " (write the line `a/opportunities.md: a/gains.md`: mkdocs-redirects does not follow one move to the next)"
    ]
    followed, problems = follow_moves({"a.md": "b.md", "b.md": "a.md"})
    assert followed == {"a.md": "b.md", "b.md": "a.md"}
    assert str(problems[0]) == "mkdocs.yml: redirect_maps: a.md: moves in a circle (a.md → b.md → a.md) (remove a move)"


def test_a_page_move_to_a_part_of_a_page_moves_the_page_to_that_page() -> None:
    """`new.md#part` sends visitors to the part; the moved ids are looked for on `new.md`, and a chain goes on there."""
    maps = {"a.md": "b.md#top", "b.md": "c.md", "x.md": "y.md"}
    assert move_targets(maps) == {"a.md": "b.md", "b.md": "c.md", "x.md": "y.md"}
    assert follow_moves(move_targets(maps))[0] == {"a.md": "c.md", "b.md": "c.md", "x.md": "y.md"}
