"""A source's landing page's Contents list against the source's pages (`check_contents`), the lines word for word."""

from __future__ import annotations

import dataclasses

import markdown
import pytest
from bs4 import BeautifulSoup
from conftest import ROOT

from hooks.cli.config_values import configured_extensions
from hooks.core.heading_ids import refused_ids
from hooks.core.page_fields import corrected_front_matter
from hooks.core.paragraphs import PageInventory, Paragraph
from hooks.core.source_contents import check_contents, contents_line, contents_target
from hooks.core.source_page_checks import check_source_paragraphs

LANDING = "docs/s/index.md"
FIELD = f"{LANDING}: ## Contents: "


def page(title: str, order: object) -> dict[str, object]:
    """A source page's front matter."""
    return {"title": title, "source": "s", "order": order, "tags": []}


PAGES = {
    LANDING: page("Source", 0),
    "docs/s/one.md": page("One", 1),
    "docs/s/two.md": page("Two", 2),
    "docs/s/three.md": page("Three", 3),
}


def lines(metas: dict[str, dict[str, object]], contents: tuple[str, ...] | None) -> list[str]:
    """The check's lines for `metas`, the landing page's Contents list holding `contents`."""
    return [str(problem) for problem in check_contents(metas, {"s/index.md": PageInventory(contents=contents)})]


@pytest.mark.parametrize(
    ("contents", "expected"),
    [
        (("one.md", "two.md", "three.md"), []),
        # written otherwise, each still leads to its page: a link to an id, `./`, the folder's path, the landing page
        (("./one.md#p2", "../s/two.md", "/s/three.md", "index.md", "https://example.org/x.md", "#bibliography"), []),
        (
            ("one.md", "three.md"),
            [
                f"{FIELD}does not link to two.md, a page of this source (add `2. [Two](two.md)` to {LANDING}'s ## Contents)"
            ],
        ),
        (
            ("two.md",),
            [
                f"{FIELD}does not link to one.md, a page of this source (add `1. [One](one.md)` to {LANDING}'s ## Contents)",
                f"{FIELD}does not link to three.md, a page of this source"
                f" (add `3. [Three](three.md)` to {LANDING}'s ## Contents)",
            ],
        ),
        (  # a link to a page of the folder but not the page: not the page's
            ("one.md", "two/", "three.md"),
            [
                f"{FIELD}does not link to two.md, a page of this source (add `2. [Two](two.md)` to {LANDING}'s ## Contents)"
            ],
        ),
        (
            None,
            [
                f"{FIELD}is missing, and readers find one.md, two.md and three.md only through the navigation (add the"
                " heading `## Contents { #contents }` and below it the list `1. [One](one.md)`, `2. [Two](two.md)`,"
                " `3. [Three](three.md)`)"
            ],
        ),
        (
            ("one.md", "three.md", "two.md"),
            [
                f"{FIELD}links to three.md before two.md, though their `order` is 3 and 2 (list two.md first, as their"
                " `order:` says, or change their `order:`)"
            ],
        ),
        (  # one line: the first link out of place
            ("three.md", "two.md", "one.md"),
            [
                f"{FIELD}links to three.md before two.md, though their `order` is 3 and 2 (list two.md first, as their"
                " `order:` says, or change their `order:`)"
            ],
        ),
        (("one.md", "two.md", "one.md", "three.md"), []),  # a page linked twice: its first link is its place
    ],
)
def test_the_contents_list_links_each_page_of_the_source_in_its_order(
    contents: tuple[str, ...] | None, expected: list[str]
) -> None:
    assert lines(PAGES, contents) == expected


def test_a_source_of_one_page_needs_no_contents() -> None:
    """The landing page alone (a chapter published whole): nothing to list, with or without the section."""
    metas = {LANDING: page("Chapter", 0), "docs/about/index.md": {"title": "About"}}
    assert lines(metas, None) == []
    assert lines(metas, ()) == []


def test_a_page_without_a_landing_page_or_with_an_unread_one_is_left_to_their_lines() -> None:
    """No landing page (`missing_bibliography`'s line) or a misread one (its own line): no Contents to read."""
    metas = {path: meta for path, meta in PAGES.items() if path != LANDING}
    assert check_contents(metas, {}) == []


def test_a_page_without_a_valid_order_is_asked_for_last_and_never_said_out_of_order() -> None:
    """Its `order` is its own line (`check_source_page`): the Contents line offers it after the ordered pages."""
    metas = {**PAGES, "docs/s/extra.md": page("Extra", "four"), "docs/s/sub/deep.md": page("Deep [draft]", True)}
    assert lines(metas, ("extra.md", "one.md", "two.md", "three.md")) == [
        f"{FIELD}does not link to sub/deep.md, a page of this source"
        rf" (add `5. [Deep \[draft\]](sub/deep.md)` to {LANDING}'s ## Contents)"
    ]


def test_two_pages_in_one_position_are_not_said_out_of_order() -> None:
    """`check_orders` names them: whichever comes first in the list is right for this check."""
    metas = {**PAGES, "docs/s/three.md": page("Three", 2)}
    assert lines(metas, ("one.md", "three.md", "two.md")) == []


@pytest.mark.parametrize(
    ("number", "title", "link", "line"),
    [
        (8, "Title", "page.md", "8. [Title](page.md)"),
        (2, "A [bracketed] *word*", "a.md", r"2. [A \[bracketed\] \*word\*](a.md)"),
        (3, "Back\\slash `code`", "sub/b.md", r"3. [Back\\slash \`code\`](sub/b.md)"),
        (4, "Draft _notes_", "c.md", r"4. [Draft \_notes\_](c.md)"),  # the menus show the underscores too
        (5, "Ages < 18", "d.md", "5. [Ages &lt; 18](d.md)"),  # Markdown has no `\<`: a `<` can start a tag
        (6, "a^b^ and x^2", "e.md", r"6. [a\^b\^ and x\^2](e.md)"),  # pymdownx.caret: `a^b^` showed a superscript
        (7, "a~b, a=b", "f.md", "7. [a~b, a=b](f.md)"),  # no extension of the site's marks text up with them
    ],
)
def test_the_line_offered_is_markdown_that_links_the_page_under_its_title(
    number: int, title: str, link: str, line: str
) -> None:
    assert contents_line(number, title, link) == line


@pytest.mark.parametrize(
    "title",
    [
        *("Ages < 18", "Ages <1@example.org> & up", "Ages > 18", "R&D [draft] *notes*", "Back\\slash `x`"),
        *("a^b^", "a^^b^^", "a\\^b^", "a*b*", "a_b_", "a`b`", "[a]", "a\\b", "a~b"),
        *("a~b~", "a~~b~~", "a==b==", "\"a\" 'b'", "a :b: c", "a | b", "a {: .b }"),  # marked up once enabled
    ],
)
def test_the_line_offered_shows_the_title_once_pasted_into_contents(title: str) -> None:
    """Pasted into the landing page, the line links the page under the title's words, read by the site's Markdown.

    `<1@example.org>` was an address Markdown linked inside the link, and `a^b^` showed `b` raised
    (`pymdownx.caret`). The titles of the last row mark nothing up with the extensions mkdocs.yml enables
    today (`~`, `==`, a straight quote, `:b:`): one that does fails here until `contents_line` escapes it.
    """
    names, configs = configured_extensions(ROOT)
    html = markdown.Markdown(extensions=names, extension_configs=configs).convert(contents_line(5, title, "d.md"))
    links = BeautifulSoup(html, "html.parser").find_all("a")
    assert [(link["href"], link.get_text()) for link in links] == [("d.md", title)]


@pytest.mark.parametrize(
    ("title", "offered"),
    [
        ("Draft <b>notes</b>", "`2. [Draft notes](two.md)`"),  # was `2. [Draft bnotes/b](two.md)`
        ("<em>Draft</em> &amp; notes", "`2. [Draft & notes](two.md)`"),
        ("<br>", "`2. [two](two.md)`"),  # no words: the page's file, as for a page without a title
        ("Ages < 18", "`2. [Ages &lt; 18](two.md)`"),  # was `2. [Ages 18](two.md)`
    ],
)
def test_a_page_whose_title_has_markup_is_offered_under_the_words_it_shows(title: str, offered: str) -> None:
    """The line reads the title as the build corrected it (`corrected_front_matter`), as `make check` does."""
    two, _ = corrected_front_matter("docs/s/two.md", page(title, 2), "s")
    assert lines({**PAGES, "docs/s/two.md": two}, ("one.md", "three.md")) == [
        f"{FIELD}does not link to two.md, a page of this source (add {offered} to {LANDING}'s ## Contents)"
    ]


@pytest.mark.parametrize(
    ("href", "target"),
    [
        ("one.md", "docs/s/one.md"),
        ("one.md#p3", "docs/s/one.md"),
        ("./sub/two.md?x=1", "docs/s/sub/two.md"),
        ("../t/x.md", "docs/t/x.md"),
        ("/s/one.md", "docs/s/one.md"),
        ("my%20page.md", "docs/s/my page.md"),
        ("https://example.org/one.md", None),
        ("mailto:a@example.org", None),
        ("#contents", None),
        ("", None),
    ],
)
def test_a_contents_link_leads_to_a_page_below_docs(href: str, target: str | None) -> None:
    assert contents_target("s", href) == target


@pytest.mark.parametrize("published", [[], ["s", "contents"]], ids=["new-source", "contents-published"])
def test_a_contents_heading_without_its_id_is_one_line_offering_contents(published: list[str]) -> None:
    """`## Contents` written without `{ #contents }`: the heading's line and "## Contents: is missing", one mistake.

    The heading's line stands (it names the lost `contents`, `lost_ids_named`), offering `{ #contents }` alone:
    `contents-2` offered "if new" would leave the list unread.
    """
    inventories = {"s/index.md": PageInventory(unnamed_headings=("Contents",), headings=("s",), ids=("s",))}
    said = check_source_paragraphs(PAGES, inventories, lambda _: (published, [])) + check_contents(PAGES, inventories)
    assert [str(line) for line in said] == [
        f"{LANDING}: heading: 'Contents' has no id"
        " (end it with '{ #contents }', the id the build reads a source's Contents list by)"
    ]


def test_a_contents_heading_on_another_page_or_beside_a_contents_id_is_any_heading() -> None:
    """Off a landing page, or where another element has `contents`, the heading is offered an id as any other."""
    inventory = PageInventory(unnamed_headings=("Contents",))
    metas = {**PAGES, "docs/s/one.md": page("One", 1)}
    said = check_source_paragraphs(metas, {"s/one.md": inventory}, lambda _: ([], []))
    assert [str(line) for line in said] == [
        "docs/s/one.md: heading: 'Contents' has no id (end the heading with '{ #contents }')"
    ]
    taken = PageInventory(unnamed_headings=("Contents",), headings=("contents",), ids=("contents",), contents=())
    said = check_source_paragraphs(PAGES, {"s/index.md": taken}, lambda _: ([], []))
    assert [str(line) for line in said] == [
        f"{LANDING}: heading: 'Contents' has no id (end the heading with '{{ #contents-2 }}')"
    ]


def test_a_contents_heading_with_another_id_is_one_line_saying_to_write_contents() -> None:
    """`## Contents { #content }`: "## Contents: is missing" named no heading, and `content` was asked to be recorded
    (`refused_ids`); the heading's line says the fix. Beside an element with the id `contents`, it is any heading."""
    line = (
        f"{LANDING}: heading: 'Contents' has the id 'content', not 'contents', the id the build reads a source's"
        " Contents list by (write '{ #contents }' in place of '{ #content }')"
    )
    inventory = PageInventory(
        headings=("s", "content"), ids=("s", "content"), contents_named=(("content", "Contents"),)
    )
    said = check_source_paragraphs(PAGES, {"s/index.md": inventory}, lambda _: (["s", "contents"], []))
    said += check_contents(PAGES, {"s/index.md": inventory})
    assert [str(problem) for problem in said] == [line]
    assert refused_ids(LANDING, inventory, said) == {"content"}
    beside = dataclasses.replace(inventory, ids=("s", "content", "contents"), contents=())
    assert check_source_paragraphs(PAGES, {"s/index.md": beside}, lambda _: ([], [])) == []
    other = {**PAGES, "docs/s/one.md": page("One", 1)}
    assert check_source_paragraphs(other, {"s/one.md": inventory}, lambda _: ([], [])) == []  # not a landing page


@pytest.mark.parametrize("heading_id", ["fn:1", "__drawer"])
def test_a_contents_heading_with_a_refused_form_of_id_is_one_line_saying_to_write_contents(heading_id: str) -> None:
    """`## Contents { #fn:1 }`: the refused form's line (give it an id of its own) beside the Contents one, for one slip.

    The Contents heading's id is `contents` whatever form its other one has: the one line says to write it.
    """
    inventory = PageInventory(
        headings=("s", heading_id), ids=("s", heading_id), contents_named=((heading_id, "Contents"),)
    )
    said = check_source_paragraphs(PAGES, {"s/index.md": inventory}, lambda _: (["s", "contents"], []))
    said += check_contents(PAGES, {"s/index.md": inventory})
    assert [str(problem) for problem in said] == [
        f"{LANDING}: heading: 'Contents' has the id '{heading_id}', not 'contents', the id the build reads a source's"
        f" Contents list by (write '{{ #contents }}' in place of '{{ #{heading_id} }}')"
    ]
    assert refused_ids(LANDING, inventory, said) == {heading_id}


BIBLIOGRAPHY = ("s", "bibliography", "bibliography")


@pytest.mark.parametrize(
    ("other_id", "inventory"),
    [
        ("p1", PageInventory(paragraphs=(Paragraph("p1", "One."),), headings=("s", "p1"), ids=("s", "p1", "p1"))),
        ("bibliography", PageInventory(headings=BIBLIOGRAPHY, ids=BIBLIOGRAPHY)),
    ],
)
def test_a_contents_heading_with_the_id_of_another_element_is_one_line_saying_to_write_contents(
    other_id: str, inventory: PageInventory
) -> None:
    """`## Contents { #p1 }` beside a paragraph `p1`: "'p1' is also the id of another element" was said beside it.

    Written `{ #contents }`, as the Contents line says, the heading leaves `p1` to the other element: one slip, one line.
    """
    inventory = dataclasses.replace(inventory, contents_named=((other_id, "Contents"),))
    said = check_source_paragraphs(PAGES, {"s/index.md": inventory}, lambda _: (["s", "contents"], []))
    said += check_contents(PAGES, {"s/index.md": inventory})
    assert [str(problem) for problem in said] == [
        f"{LANDING}: heading: 'Contents' has the id '{other_id}', not 'contents', the id the build reads a source's"
        f" Contents list by (write '{{ #contents }}' in place of '{{ #{other_id} }}')"
    ]
