"""A note body's links (hooks/core/body_links.py): each names a docs page and an id that page has."""

from __future__ import annotations

import dataclasses

import pytest
from annotation_helpers import GOOD, PATH, SCHEMA, TODAY

from hooks.core.annotation_checks import parse_annotation
from hooks.core.bodies import render_body
from hooks.core.body_links import check_body_links
from hooks.core.paragraphs import PageInventory, Paragraph


def test_body_links_name_a_page_and_an_id_it_has() -> None:
    annotation = parse_annotation(PATH, GOOD, SCHEMA, {"remittances"}, TODAY)[0]
    inventory = PageInventory(
        paragraphs=(Paragraph("p1", "One."), Paragraph("p2", "Two.")), ids=("a", "cite-this-page", "p1", "p2")
    )
    pages = {"s/a.md": inventory, "s/b.md": None}
    html = (
        '<p><a href="s/a.md#p2">fine</a> <a href="s/a.md#a">a heading</a> <a href="s/b.md#x">not rendered</a> '
        '<a href="https://example.org/s/a.md#p9">external</a> <a href="s/a.md#p9">no id</a> <a href="s/c.md">no page</a>'
        ' <a href="s/a.md#cite-this-pgae">misspelt</a> <a href="s/a.md#p12">no paragraph</a></p>'
    )
    assert [str(p) for p in check_body_links(annotation, html, pages)] == [
        f"{PATH}: body: the link 's/a.md#p9' names no id of s/a.md (link to one of its paragraphs, p1–p2, or another id"
        " the page has)",
        # s/a.md and s/b.md are as alike to it, by their folder alone: neither is offered
        f"{PATH}: body: the link 's/c.md' leads to no page (write the path inside docs/, e.g. source/page.md#p3)",
        # the page's closest id, as a page's link to it is offered (not p1 for p12: a paragraph is named by its range)
        f"{PATH}: body: the link 's/a.md#cite-this-pgae' names no id of s/a.md (did you mean 's/a.md#cite-this-page'?)",
        f"{PATH}: body: the link 's/a.md#p12' names no id of s/a.md (link to one of its paragraphs, p1–p2, or another"
        " id the page has)",
    ]


def test_body_links_copied_from_the_site_or_written_from_the_page_name_the_docs_path_to_write() -> None:
    annotation = dataclasses.replace(parse_annotation(PATH, GOOD, SCHEMA, {"remittances"}, TODAY)[0], page="s/b.md")
    here = PageInventory(paragraphs=(Paragraph("p1", "One."), Paragraph("p2", "Two.")), ids=("p1", "p2"))
    citing = PageInventory(ids=("anchors",))
    pages = {"index.md": None, "s/index.md": None, "s/a.md": None, "s/b.md": here, "about/citing.md": citing,
             "annotations/index.md": None}  # fmt: skip
    links = {
        "../a/#p3": "'../a/#p3' is a site address (it breaks in annotations.jsonld) (write the page's path inside docs/: 's/a.md#p3')",
        "/s/": "'/s/' is a site address (it breaks in annotations.jsonld) (write the page's path inside docs/: 's/index.md')",
        "http://127.0.0.1:8000/s/a/#p2": "'http://127.0.0.1:8000/s/a/#p2' is a local preview's address (write the page's"
        " path inside docs/: 's/a.md#p2')",
        "http://LOCALHOST:8000/s/a/#p2": "'http://LOCALHOST:8000/s/a/#p2' is a local preview's address (write the"
        " page's path inside docs/: 's/a.md#p2')",  # a host's case does not count, as for the published site's
        "http://[::1]:8000/s/a/": "'http://[::1]:8000/s/a/' is a local preview's address (write the page's path"
        " inside docs/: 's/a.md')",
        # a view of a page: the docs path keeps its query, which its links keep (see test_core_page_addresses)
        "http://127.0.0.1:8000/annotations/?motivation=questioning": "'http://127.0.0.1:8000/annotations/?motivation="
        "questioning' is a local preview's address (write the page's path inside docs/:"
        " 'annotations/index.md?motivation=questioning')",
        "../gone/": "'../gone/' is a site address (it breaks in annotations.jsonld) (write the path inside docs/, e.g."
        " source/page.md#p3)",
        "a.md#p3": "'a.md#p3' leads to no page (write it from docs/: 's/a.md#p3')",
        "#p9": "'#p9' names no id of s/b.md (link to one of its paragraphs, p1–p2, or another id the page has)",
        # a view of the annotated page: its id went unchecked
        "?x=1#p9": "'?x=1#p9' names no id of s/b.md (link to one of its paragraphs, p1–p2, or another id the page has)",
        # a page without numbered paragraphs: the hint says so in words, not pasted into a sentence
        "about/citing.md#nonexistent": "'about/citing.md#nonexistent' names no id of about/citing.md"
        " (about/citing.md has no numbered paragraphs: link to another id the page has)",
        "": "'' has no address (write the address between the parentheses: [words](source/page.md#p3))",
        "S\\A.md#p1": "'S\\A.md#p1' leads to no page (did you mean 's/a.md'?)",  # Windows' case and backslash
    }
    for href, expected in links.items():
        assert [str(p) for p in check_body_links(annotation, render_body(f"[x]({href})"), pages)] == [
            f"{PATH}: body: the link {expected}"
        ], href
    for fine in (
        "#p1",
        "?x=1#p2",
        "?x=1",
        "s/a.md#p1",
        "https://example.org/s/a/",
        "mailto:a@example.org",
        "annotations/index.md?area=x",
        "//[a",  # no address, which urlsplit refuses: the body's markup check names it, kept or dropped (body_markup)
    ):
        assert check_body_links(annotation, render_body(f"[x]({fine})"), pages) == [], fine


def test_a_body_link_to_a_moved_page_names_where_redirect_maps_took_it() -> None:
    """Spelling named another page (`s/chances.md`, moved into a folder, was taken for `s/challenges.md`)."""
    annotation = parse_annotation(PATH, GOOD, SCHEMA, {"remittances"}, TODAY)[0]
    pages = {"s/challenges.md": PageInventory(), "s/sections/opportunities.md": None}
    moves = {"s/chances.md": "s/sections/opportunities.md"}
    body = render_body("[x](s/chances.md#p2)")
    assert [str(p) for p in check_body_links(annotation, body, pages, "", moves)] == [
        f"{PATH}: body: the link 's/chances.md#p2' leads to no page (mkdocs.yml's redirect_maps moved the page to"
        " s/sections/opportunities.md: write that path)"
    ]
    assert [str(p) for p in check_body_links(annotation, body, pages)] == [
        f"{PATH}: body: the link 's/chances.md#p2' leads to no page (did you mean 's/challenges.md'?)"
    ]


PUBLISHED = "the published site's address (it goes unchecked, and breaks if the page moves)"


@pytest.mark.parametrize(
    ("href", "line"),
    [
        (
            "https://owner.github.io/repo/s/a/#p2",
            f"'https://owner.github.io/repo/s/a/#p2' is {PUBLISHED} (write the page's path inside docs/: 's/a.md#p2')",
        ),
        (
            "http://OWNER.github.io/repo/s/#p1",
            f"'http://OWNER.github.io/repo/s/#p1' is {PUBLISHED} (write the page's path inside docs/: 's/index.md#p1')",
        ),
        (
            "https://owner.github.io/repo/",
            f"'https://owner.github.io/repo/' is {PUBLISHED} (write the page's path inside docs/: 'index.md')",
        ),
        (
            "https://owner.github.io/repo/s/a/index.html",
            f"'https://owner.github.io/repo/s/a/index.html' is {PUBLISHED} (write the page's path inside docs/: 's/a.md')",
        ),
        (
            "https://owner.github.io:443/repo/s/a/",
            f"'https://owner.github.io:443/repo/s/a/' is {PUBLISHED} (write the page's path inside docs/: 's/a.md')",
        ),
        (
            "https://owner.github.io/repo//s/a/",
            f"'https://owner.github.io/repo//s/a/' is {PUBLISHED} (write the page's path inside docs/: 's/a.md')",
        ),
        # a view of a page, as the README invites readers to send: skipped, though its docs path keeps the query
        (
            "https://owner.github.io/repo/annotations/?motivation=questioning",
            f"'https://owner.github.io/repo/annotations/?motivation=questioning' is {PUBLISHED} (write the page's path inside docs/: 'annotations/index.md?motivation=questioning')",
        ),
        (
            "https://owner.github.io/repo/annotations/?motivation=questioning&area=remittances#list",
            f"'https://owner.github.io/repo/annotations/?motivation=questioning&area=remittances#list' is {PUBLISHED} (write the page's path inside docs/: 'annotations/index.md?motivation=questioning&area=remittances#list')",
        ),
        # a page of the published site docs/ lacks (a typo): it passed, leading nowhere
        (
            "https://owner.github.io/repo/s/bb/#p3",
            "'https://owner.github.io/repo/s/bb/#p3' leads to no page (write the page's path inside docs/: did you mean 's/b.md#p3'?)",
        ),
        (
            "https://owner.github.io/repo/annotation/index.html?motivation=x",
            "'https://owner.github.io/repo/annotation/index.html?motivation=x' leads to no page (write the page's path inside docs/: did you mean 'annotations/index.md?motivation=x'?)",
        ),
        # not a typo of a page: no guess (difflib's default took the search's address for the glossary's)
        (
            "https://owner.github.io/repo/search/?q=x",
            "'https://owner.github.io/repo/search/?q=x' leads to no page (write the path inside docs/, e.g. source/page.md#p3)",
        ),
        (
            "https://owner.github.io/repo/withdrawn-chapter/",
            "'https://owner.github.io/repo/withdrawn-chapter/' leads to no page (write the path inside docs/, e.g. source/page.md#p3)",
        ),
        # the base path is stripped: `s/a/` is only the tail of a page the site lacks, hinted as the closest
        (
            "https://owner.github.io/repo/gone/s/a/",
            "'https://owner.github.io/repo/gone/s/a/' leads to no page (write the page's path inside docs/: did you mean 's/a.md'?)",
        ),
        # not a page of the published site: an external link, as before
        ("https://owner.github.io/repo/annotations.jsonld", None),
        ("https://owner.github.io/repo/cite/x.bib?v=2", None),
        ("https://owner.github.io/repository/s/a/", None),
        ("https://owner.github.io/s/a/", None),
        ("https://example.org/repo/s/a/", None),
    ],
)
def test_body_links_to_the_published_site_name_the_docs_path_to_write(href: str, line: str | None) -> None:
    annotation = dataclasses.replace(parse_annotation(PATH, GOOD, SCHEMA, {"remittances"}, TODAY)[0], page="s/b.md")
    pages = dict.fromkeys(("index.md", "s/index.md", "s/a.md", "s/b.md", "annotations/index.md", "glossary.md"))
    body = render_body(f"[x]({href})")
    expected = [f"{PATH}: body: the link {line}"] if line else []
    assert [str(p) for p in check_body_links(annotation, body, pages, "https://owner.github.io/repo/")] == expected
    assert check_body_links(annotation, body, pages) == [], "no site_url: no site but the local preview's is known"


def test_body_links_to_the_local_preview_are_named_once_when_it_is_the_site_url() -> None:
    annotation = dataclasses.replace(parse_annotation(PATH, GOOD, SCHEMA, {"remittances"}, TODAY)[0], page="s/b.md")
    body = render_body("[x](http://127.0.0.1:8000/s/a/#p2)")
    assert [str(p) for p in check_body_links(annotation, body, {"s/a.md": None}, "http://127.0.0.1:8000/")] == [
        f"{PATH}: body: the link 'http://127.0.0.1:8000/s/a/#p2' is a local preview's address"
        " (write the page's path inside docs/: 's/a.md#p2')"
    ]
