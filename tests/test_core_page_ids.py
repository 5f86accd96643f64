"""A page's paragraph and heading ids: each missing, repeated or retired one named with the id to write."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable

import pytest

from hooks.core.anchor_redirects import published_ids
from hooks.core.heading_ids import builders_form, check_heading_ids, check_repeated_ids, refused_ids
from hooks.core.paragraphs import PageInventory, Paragraph, check_paragraph_ids, normalise_space
from hooks.core.source_page_checks import check_source_paragraphs
from hooks.core.unrecorded import format_unrecorded


def source_page_lines(
    inventory: PageInventory, published: Iterable[str] = (), retired: Iterable[str] = (), *, lock_read: bool = True
) -> list[str]:
    """What the build and make check say of the paragraph and heading ids of `docs/x.md`, a source page."""
    ids = (list(published), list(retired))
    metas, inventories = {"docs/x.md": {"source": "s"}}, {"x.md": inventory}
    return [str(p) for p in check_source_paragraphs(metas, inventories, lambda _: ids, lock_read=lock_read)]


def test_a_paragraph_without_an_id_is_offered_the_published_id_its_page_lost() -> None:
    inventory = PageInventory(paragraphs=(Paragraph("p1", "a"), Paragraph("p3", "c")), unnumbered=("Lost…",))
    assert [str(p) for p in check_paragraph_ids("docs/x.md", inventory, ["x", "p1", "p2", "p3"])] == [
        "docs/x.md: paragraph: 'Lost…' has no id (end it with '{ #p2 }' if it is the paragraph published as p2,"
        " or '{ #p4 }' if it is new)"
    ]
    assert [str(p) for p in check_paragraph_ids("docs/x.md", inventory, ["p1", "p2", "p3", "p10", "p5"])] == [
        "docs/x.md: paragraph: 'Lost…' has no id (end it with its published id if it had one (p2, p5, p10 are gone),"
        " or '{ #p11 }' if it is new)"
    ]


def test_paragraph_id_problems_name_the_paragraph_and_the_next_free_id() -> None:
    inventory = PageInventory(
        paragraphs=(Paragraph("p1", "a"), Paragraph("p2", "b"), Paragraph("p2", "c")),
        unnumbered=("A stray paragraph…",),
        misnamed=("intro",),
        duplicates=("p2",),
        unnamed_headings=("Policy options: what next?",),
    )
    assert source_page_lines(inventory) == [
        "docs/x.md: paragraph: 'A stray paragraph…' has no id (end the paragraph with '{ #p3 }' on its own line;"
        " if it was split off a paragraph, the first part keeps that paragraph's id and the new part takes p3)",
        "docs/x.md: paragraph: id 'intro' is not of the form pN (paragraph ids are p1, p2, … per page)",
        "docs/x.md: paragraph: id 'p2' is used twice (renumber one p3)",
        "docs/x.md: heading: 'Policy options: what next?' has no id (end the heading with '{ #policy-options-what-next }')",
    ]


def test_new_paragraphs_are_each_offered_their_own_next_id() -> None:
    """A new page's paragraphs were each offered p1 (and told to split off a paragraph the page lacks)."""
    new_page = PageInventory(unnumbered=("First…", "Second…"))
    assert [str(p) for p in check_paragraph_ids("docs/x.md", new_page)] == [
        "docs/x.md: paragraph: 'First…' has no id (end the paragraph with '{ #p1 }' on its own line)",
        "docs/x.md: paragraph: 'Second…' has no id (end the paragraph with '{ #p2 }' on its own line)",
    ]
    added = PageInventory(paragraphs=(Paragraph("p1", "a"), Paragraph("p2", "b")), unnumbered=("New…", "Newer…"))
    assert [str(p) for p in check_paragraph_ids("docs/x.md", added, ["p1", "p2", "p3"])] == [
        f"docs/x.md: paragraph: '{snippet}' has no id (end it with '{{ #p3 }}' if it is the paragraph published"
        f" as p3, or '{{ #{pid} }}' if it is new)"
        for snippet, pid in (("New…", "p4"), ("Newer…", "p5"))
    ]
    several_gone = PageInventory(paragraphs=(Paragraph("p1", "a"),), unnumbered=("New…", "Newer…"))
    assert [str(p) for p in check_paragraph_ids("docs/x.md", several_gone, ["p1", "p2", "p3"])] == [
        f"docs/x.md: paragraph: '{snippet}' has no id (end it with its published id if it had one (p2, p3 are"
        f" gone), or '{{ #{pid} }}' if it is new)"
        for snippet, pid in (("New…", "p4"), ("Newer…", "p5"))
    ]
    split = PageInventory(paragraphs=(Paragraph("p1", "a"),), unnumbered=("Split…", "Added…"))
    assert [str(p) for p in check_paragraph_ids("docs/x.md", split)] == [
        f"docs/x.md: paragraph: '{snippet}' has no id (end the paragraph with '{{ #{pid} }}' on its own line;"
        f" if it was split off a paragraph, the first part keeps that paragraph's id and the new part takes {pid})"
        for snippet, pid in (("Split…", "p2"), ("Added…", "p3"))
    ]


@pytest.mark.parametrize(
    ("published", "hint"),
    [
        ((), "renumber one p3"),
        (("p1",), "renumber one p3"),
        (  # two branches each added a p2, and one was published first: its links must keep its words
            ("p1", "p2"),
            "p2 is published: it stays with the paragraph the published site shows as p2 (the words"
            " anchors.words.json records for it), and the other takes p3",
        ),
        (  # p3 gone and p2 twice: most likely p3 was overwritten by mistake
            ("p1", "p2", "p3"),
            "p2 is published: it stays with the paragraph the published site shows as p2 (the words"
            " anchors.words.json records for it), and the other takes p3 if it is the paragraph published as p3,"
            " or p4 if it is new",
        ),
    ],
)
def test_an_id_used_twice_says_which_paragraph_keeps_it_when_it_is_published(
    published: tuple[str, ...], hint: str
) -> None:
    inventory = PageInventory(
        paragraphs=(Paragraph("p1", "a"), Paragraph("p2", "b"), Paragraph("p2", "c")), duplicates=("p2",)
    )
    assert [str(p) for p in check_paragraph_ids("docs/x.md", inventory, published)] == [
        f"docs/x.md: paragraph: id 'p2' is used twice ({hint})"
    ]


def test_a_heading_without_an_id_is_offered_one_no_element_has_had() -> None:
    """The slug alone was offered though the page or the lock had it: a second error, or a retired id reused."""
    inventory = PageInventory(headings=("searching",), ids=("searching",), unnamed_headings=("Searching",))
    assert [str(p) for p in check_heading_ids("docs/x.md", inventory)] == [
        "docs/x.md: heading: 'Searching' has no id (end the heading with '{ #searching-2 }')"
    ]
    gone = PageInventory(headings=("searching-2",), ids=("searching-2",), unnamed_headings=("Searching",))
    assert [str(p) for p in check_heading_ids("docs/x.md", gone, ["p1", "searching", "searching-2"])] == [
        "docs/x.md: heading: 'Searching' has no id (end it with '{ #searching }' if it is the heading published"
        " as searching, or '{ #searching-3 }' if new)"
    ]


def test_while_the_lock_does_not_load_an_offered_id_waits_on_it() -> None:
    """Unread, the lock holds no id: `p3` or `searching` offered may be one published once and retired."""
    inventory = PageInventory(
        paragraphs=(Paragraph("p1", "a"), Paragraph("p2", "b"), Paragraph("p2", "c")),
        unnumbered=("New…",),
        duplicates=("p2",),
        unnamed_headings=("Searching",),
    )
    wait = "; anchors.lock.json does not load: check the id once it does)"
    lines = source_page_lines(inventory, lock_read=False)
    assert len(lines) == 3 and all(line.endswith(wait) for line in lines), lines
    assert str(check_heading_ids("docs/x.md", inventory, lock_read=False)[0]).endswith(wait)
    assert not any(wait in line for line in source_page_lines(inventory))


@pytest.mark.parametrize(
    ("numbers", "expected"),
    [
        ((), "no numbered paragraphs"),
        ((1, 2, 3), "p1–p3"),
        ((1, 2, 3, 5), "p1–p3, p5"),
        ((2, 4, 5, 7), "p2, p4–p5, p7"),
    ],
)
def test_the_id_range_shows_where_a_deleted_paragraph_left_a_gap(numbers: tuple, expected: str) -> None:
    """'It has p1–p5' when p4 is gone would send a contributor to a paragraph that is not there."""
    inventory = PageInventory(paragraphs=tuple(Paragraph(f"p{n}", "text") for n in numbers))
    assert inventory.id_range() == expected


def test_an_id_a_redirect_retired_is_offered_to_no_new_element() -> None:
    """`searching` moved elsewhere by a redirect: taken again, the build refuses the redirect as useless."""
    headings = PageInventory(unnamed_headings=("Searching", "Searching"))
    assert [str(p) for p in check_heading_ids("docs/x.md", headings, [], ["searching"])] == [
        "docs/x.md: heading: 'Searching' has no id (end the heading with '{ #searching-2 }')",
        "docs/x.md: heading: 'Searching' has no id (end the heading with '{ #searching-3 }')",  # not the same twice
    ]
    paragraphs = PageInventory(paragraphs=(Paragraph("p1", "a"),), unnumbered=("New…",))
    assert "'{ #p7 }'" in str(check_paragraph_ids("docs/x.md", paragraphs, ["p1"], ["p6"])[0])


def test_the_ids_of_a_page_moved_onto_another_are_offered_to_no_new_element_there() -> None:
    """conclusion.md moved onto the source's index: a new p1 there would take /conclusion/#p1's links."""
    index, conclusion = "/migration-and-transnationalism/", "/migration-and-transnationalism/conclusion/"
    lock = {index: ["migration-and-transnationalism", "contents"], conclusion: ["conclusion", "p1"]}
    moves = {conclusion: index}
    published, retired = published_ids(lock, {f"{conclusion}#p1": f"{index}#contents"}, index, moves)
    paragraphs = PageInventory(unnumbered=("The editors' summary…",))
    assert "'{ #p2 }' on its own line" in str(check_paragraph_ids("docs/x.md", paragraphs, published, retired)[0])
    assert published_ids(lock, {}, index, {}) == (lock[index], [])  # no move: the page's own ids alone


def test_normalise_space_collapses_exactly_what_the_whitespace_regex_did() -> None:
    every_space = "".join(chr(code) for code in range(sys.maxunicode + 1) if re.fullmatch(r"\s", chr(code)))
    text = f"{every_space}one{every_space}two \n\t three\u00a0four{every_space}"
    assert normalise_space(text) == re.sub(r"\s+", " ", text).strip() == "one two three four"
    assert normalise_space("") == ""


@pytest.mark.parametrize(
    ("anchor_id", "taken"), [("fn:4", True), ("fnref:12", True), ("__search", True), ("fn-4", False), ("a__b", False)]
)
def test_the_footnotes_and_the_themes_forms_of_id_are_named(anchor_id: str, taken: bool) -> None:
    assert (builders_form(anchor_id) is not None) == taken


def test_a_heading_without_its_id_is_offered_the_published_id_its_page_lost() -> None:
    inventory = PageInventory(
        paragraphs=(Paragraph("p1", "a"),), unnamed_headings=("What the editors did",), ids=("x", "p1")
    )
    assert source_page_lines(inventory, ["x", "p1", "what-we-did"]) == [
        "docs/x.md: heading: 'What the editors did' has no id (end it with '{ #what-we-did }' if it is the heading"
        " published as what-we-did, or '{ #what-the-editors-did }' if new)"
    ]


def test_an_id_on_two_elements_is_named_once_by_whoever_is_to_act() -> None:
    """Two paragraphs have their renumbering line, an annotation its file's: the page's line is for the rest."""
    paragraphs = (Paragraph("p1", "a"), Paragraph("p1", "b"), Paragraph("p2", "c"))
    inventory = PageInventory(
        paragraphs=paragraphs,
        headings=("h", "fn:1"),
        ids=("h", "p1", "p1", "p2", "note", "raw", "raw", "raw", "h", "p2", "note", "fn:1", "fn:1"),
        annotation_ids=("note",),
        duplicates=("p1",),
    )
    assert [str(p) for p in check_repeated_ids("docs/x.md", inventory)] == [
        "docs/x.md: heading: id 'h' is also the id of another element of the page"
        " (give the heading an id of its own: ids are links, and a link leads to one place)",
        "docs/x.md: id: id 'p2' is on 2 elements of the page"
        " (give each element an id of its own: ids are links, and a link leads to the first element only)",
        "docs/x.md: id: id 'raw' is on 3 elements of the page"
        " (give each element an id of its own: ids are links, and a link leads to the first element only)",
    ]


def test_an_id_a_line_refuses_is_not_also_asked_to_be_recorded() -> None:
    """`fn:4` on a heading had its line and "1 published id(s) not recorded: fn:4", which asked to record it."""
    inventory = PageInventory(headings=("fn:4", "__drawer", "searching"), misnamed=("intro",), ids=("fn:4", "intro"))
    lines = check_heading_ids("docs/x.md", inventory) + check_paragraph_ids("docs/x.md", inventory)
    assert refused_ids("docs/x.md", inventory, lines) == {"fn:4", "__drawer", "intro"}
    assert refused_ids("docs/x.md", inventory, lines[:1]) == {"fn:4"}  # only where its line is said
    unrecorded = {"/x/": ["fn:4", "intro", "p7"], "/y/": ["fn:4"]}
    refused = {"/x/": refused_ids("docs/x.md", inventory, lines), "/y/": {"fn:4"}}
    assert [str(line) for line in format_unrecorded(unrecorded, refused=refused)] == [
        "anchors.lock.json: /x/: 1 published id(s) not recorded: p7 (run 'make anchors')"
    ]


@pytest.mark.parametrize(
    ("published", "hint"),
    [
        (["p1", "searching", "fn:4"], "give it '{ #searching }' if it is the heading published as searching"),
        (["p1", "searching", "texts"], "give it its published id if it had one (searching, texts are gone)"),
        ([], None),  # nothing gone (or the lock unread): the heading needs an id of its own
    ],
)
def test_a_heading_renamed_to_a_refused_form_is_offered_the_id_it_published(published: list[str], hint: str) -> None:
    """`{ #searching }` renamed `{ #fn:4 }`: the refused-id line, and "searching is gone" summed up, for one mistake.

    The line names the published id to give back, so the summary says nothing more (`lost_ids_named`).
    """
    inventory = PageInventory(paragraphs=(Paragraph("p1", "a"),), headings=("fn:4",), ids=("fn:4", "p1"))
    expected = f"{hint}, or an id of its own if new: " if hint else "give the heading an id of its own: "
    lines = check_heading_ids("docs/x.md", inventory, published)
    assert [str(p) for p in lines] == [
        "docs/x.md: heading: id 'fn:4' has the form of a footnote's ids (fn:N, fnref:N), which the page's notes and"
        f" their links take ({expected}ids are links, and a link leads to one place)"
    ]
    assert source_page_lines(inventory, published) == [str(p) for p in lines]  # the lock asked for it
    assert refused_ids("docs/x.md", inventory, lines) == {"fn:4"}


@pytest.mark.parametrize(
    ("published", "hint"),
    [
        (["p1", "searching", "texts"], "give the heading that took it '{ #searching }' if it is the heading published as"
         " searching, or an id of its own if new: "),
        (["p1", "searching", "guide", "texts"], "give the heading that took it its published id if it had one (searching,"
         " guide are gone), or an id of its own if new: "),
        ([], "give the heading an id of its own: "),  # nothing gone (or the lock unread)
    ],
)  # fmt: skip
def test_a_heading_renamed_to_an_id_of_the_page_is_offered_the_id_it_published(published: list[str], hint: str) -> None:
    """`{ #searching }` renamed `{ #texts }`: the repeated id's line, and "searching is gone" summed up, for one slip."""
    inventory = PageInventory(
        paragraphs=(Paragraph("p1", "a"),), headings=("texts", "texts"), ids=("texts", "p1", "texts")
    )
    lines = check_heading_ids("docs/x.md", inventory, published)
    assert [str(p) for p in lines] == [
        "docs/x.md: heading: id 'texts' is also the id of another element of the page"
        f" ({hint}ids are links, and a link leads to one place)"
    ]
    assert source_page_lines(inventory, published) == [str(p) for p in lines]  # the lock asked for it


def test_only_the_pages_asked_are_checked_their_sources_told_from_every_page() -> None:
    """`mkdocs serve` checks a draft's ids as once it is published (`only`): a draft without `source` in a folder
    another page names as its source is a source's page, its paragraphs checked; the published pages are not named."""
    stray = PageInventory(unnumbered=("Stray…",), unnamed_headings=("Draft",))
    metas = {"docs/s/index.md": {"source": "s"}, "docs/s/draft.md": {}, "docs/other.md": {}}
    inventories = {"s/index.md": stray, "s/draft.md": stray, "other.md": stray}
    lines = check_source_paragraphs(metas, inventories, lambda _: ([], []), only={"docs/s/draft.md", "docs/other.md"})
    assert [str(p) for p in lines] == [
        "docs/s/draft.md: paragraph: 'Stray…' has no id (end the paragraph with '{ #p1 }' on its own line)",
        "docs/s/draft.md: heading: 'Draft' has no id (end the heading with '{ #draft }')",
        "docs/other.md: heading: 'Draft' has no id (end the heading with '{ #draft }')",
    ]
