"""A page's links to an `#id` no element of their page has, as MkDocs' `validation: anchors:` warns of them."""

from __future__ import annotations

import pytest

from hooks.core.link_anchors import check_link_anchors
from hooks.core.page_links import link_levels

PAGE = "about/reading-guide.md"
CITING, STABLE = "about/citing.md", "about/stable-links.md"
PRESENT = {
    PAGE: {"reading-guide", "texts", "marks"},
    CITING: {"citing", "formats", "zotero"},
    STABLE: {"stable-links", "id-gone"},
    "glossary.md": {"glossary", "diaspora"},
    "policy-areas/remittances.md": None,  # a page the hooks generate whose ids are not known without the build
}
REDIRECTS = {
    "/about/citing/#id-gone": "/about/stable-links/#id-gone",
    "/about/reading-guide/#old": "/about/reading-guide/#marks",
}
WARN = link_levels({"anchors": "warn"})
FAILS = "(MkDocs warns, the strict build fails)"


def lines(*urls: str, levels: dict[str, str] = WARN) -> list[str]:
    return [str(problem) for problem in check_link_anchors(PAGE, urls, PRESENT, REDIRECTS, levels)]


@pytest.mark.parametrize(
    "url",
    [
        "#texts",
        "citing.md#zotero",
        "./citing.md?x=1#formats",
        "../glossary.md#diaspora",
        "citing.md",
        "../policy-areas/remittances.md#anything",  # its ids are the build's to check
        "../missing.md#nope",  # no file: the page-link line's
        "../assets/logo.png#x",  # no page
        "https://example.org/a.md#nope",
        "/about/citing.md#nope",  # an absolute link: MkDocs warns of it as such, and checks no id
        "//#nope",  # `//` and no host: an absolute link too, not the page itself (`path_to_url` asks that first)
        "//[a#nope",  # no address at all: the page-link line's (`unreadable_link`)
        "http://[::1/#nope",
    ],
)
def test_links_the_build_accepts_are_no_line(url: str) -> None:
    assert lines(url) == []


def test_an_id_on_another_page_is_named_with_the_closest_id() -> None:
    assert lines("citing.md#formts") == [
        f"docs/{PAGE}: link: 'citing.md#formts' leads to about/citing.md, which has no id 'formts' {FAILS}"
        " (did you mean 'citing.md#formats'?)"
    ]


def test_an_id_of_the_page_itself() -> None:
    assert lines("#text") == [
        f"docs/{PAGE}: link: '#text' leads to about/reading-guide.md, which has no id 'text' {FAILS}"
        " (did you mean '#texts'?)"
    ]


def test_a_redirected_id_is_offered_its_new_place_which_mkdocs_does_not_follow() -> None:
    assert lines("citing.md#id-gone", "#old") == [
        f"docs/{PAGE}: link: 'citing.md#id-gone' leads to about/citing.md, which has no id 'id-gone' {FAILS}"
        " (anchors.redirects.yml sends that id to /about/stable-links/#id-gone, which MkDocs does not follow:"
        " write 'stable-links.md#id-gone')",
        f"docs/{PAGE}: link: '#old' leads to about/reading-guide.md, which has no id 'old' {FAILS}"
        " (anchors.redirects.yml sends that id to /about/reading-guide/#marks, which MkDocs does not follow:"
        " write '#marks')",
    ]


def test_no_close_id() -> None:
    assert lines("../glossary.md#zzzzzz") == [
        f"docs/{PAGE}: link: '../glossary.md#zzzzzz' leads to glossary.md, which has no id 'zzzzzz' {FAILS}"
        " (link an id the page has, or leave out '#zzzzzz')"
    ]


def test_one_line_per_id_of_a_page_as_mkdocs_warns_once() -> None:
    """MkDocs keeps the first link to each `#id` of a page (`links_to_anchors`), and warns once."""
    assert len(lines("citing.md#nope", "./citing.md#nope", "citing.md#nope")) == 1


def test_the_id_is_compared_as_written() -> None:
    """MkDocs compares the fragment as the link writes it, %-codes and all."""
    assert len(lines("#t%65xts")) == 1


def test_only_at_level_warn() -> None:
    assert lines("citing.md#nope", levels=link_levels(None)) == []
    assert link_levels(None)["anchors"] == "info"


def test_absolute_links_relative_to_docs_are_checked() -> None:
    levels = link_levels({"anchors": "warn", "absolute_links": "relative_to_docs"})
    assert len(lines("/about/citing.md#nope", levels=levels)) == 1


def test_a_line_escapes_a_character_that_hides_in_the_link_and_the_id() -> None:
    """A zero-width space printed as is made the line look as if it offered the link itself."""
    (line,) = lines("citing.md#form\u200bats")
    assert line.startswith(
        f"docs/{PAGE}: link: 'citing.md#form\\u200bats' leads to about/citing.md, which has no id 'form\\u200bats'"
    ), line
