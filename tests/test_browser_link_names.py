"""In a real browser (tests/browser.py): what a screen reader calls the site's symbol links, `¶` and `¶ N`.

Named by their text, a heading's permalink was "pilcrow" and a listed paragraph "pilcrow 3"; the names
Chromium computes (its own accessibility tree, by CDP) are read here, in a links list's words.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from browser import SiteServer
from browser_accessibility_helpers import (
    chromium_link_names,
    chromium_name_and_description,
    chromium_spoken_symbols,
    heard,
)
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.slow]

OPPORTUNITIES = "migration-and-transnationalism/opportunities/"


@pytest.mark.parametrize(
    ("path", "heading", "name"),
    [
        (OPPORTUNITIES, "opportunities", "Link to this section: Opportunities"),
        # Generated pages too; a glossary entry by its term, as the table of contents names it.
        ("glossary/", "diaspora", "Link to this section: diaspora"),
        ("annotations/", "migration-and-transnationalism-introduction", "Link to this section: Introduction"),
    ],
    ids=["text-page", "glossary", "annotations-index"],
)
def test_a_heading_permalink_is_named_by_its_section(
    page: Page, served_site: SiteServer, path: str, heading: str, name: str
) -> None:
    """The `¶` toc writes after each heading, by its name, still described by its title (Material's tooltip)."""
    served_site.open(page, path)
    link = page.get_by_role("link", name=name, exact=True)
    expect(link).to_have_count(1)
    expect(link).to_have_attribute("href", re.compile(f"#{heading}$"))  # made absolute by Material
    expect(link).to_have_text("¶")
    assert chromium_name_and_description(page, f"#{heading} > a.headerlink") == (name, "Permanent link")


MT = "Migration and Transnationalism"


@pytest.mark.parametrize(
    ("path", "scope", "name", "shown"),
    [
        # A term's Used in list: "Introduction: ¶ 2, ¶ 3", each named with its page, as a links list reads it.
        ("glossary/", "article h2#transnationalism ~ ul", heard(f"Paragraph 2 of {MT}, Introduction"), "¶\u00a02"),
        # Under a definition, its passage: the ¶ read as a word (hidden), shown as ¶ (read by no one).
        # The `›` shown, a pause said: a hidden comma before it (test_browser_names.py).
        ("glossary/", "article", heard(f"{MT}, Annex, paragraph 5"), f"{MT}, › Annex, paragraph ¶\u00a05"),
        # The annotations index: "Editorial note on ¶ 1", under the page's heading.
        ("annotations/", "article", "Paragraph 1 of Introduction", "¶\u00a01"),
    ],
    ids=["glossary-used-in", "glossary-definition", "annotations-index"],
)
def test_a_listed_paragraph_link_is_named_in_words_with_its_page(
    page: Page, served_site: SiteServer, path: str, scope: str, name: str, shown: str
) -> None:
    """Named by its text, `¶ 2` was "pilcrow 2", of no page; its text stays as shown."""
    served_site.open(page, path)
    link = page.locator(scope).first.get_by_role("link", name=name, exact=True).first
    expect(link).to_have_text(shown)
    unnamed = page.locator("article a:not([aria-label]):not(:has(.visually-hidden))", has_text="¶")
    assert unnamed.count() == 0, "every ¶ link named in words"


@pytest.mark.parametrize(
    ("name", "css_class", "shown"),
    [
        ("Opportunities, paragraph 2: “Transnational connections", "policy-area-excerpt", "Opportunities, ¶\u00a02: "),
        # An annotation's: said to lead to one, as the highlight's link is ("Annotation 1 on paragraph 3").
        (
            "Opportunities, annotation on paragraph 3: “the transfer of ideas”",
            "policy-area-annotation",
            "Opportunities, ¶\u00a03: ",
        ),
    ],
    ids=["paragraph", "annotation"],
)
def test_a_policy_area_item_says_its_paragraph_in_words(
    page: Page, served_site: SiteServer, name: str, css_class: str, shown: str
) -> None:
    """`Opportunities, ¶ 2:` before an excerpt was read "pilcrow 2": its link's name says the place in words."""
    served_site.open(page, "policy-areas/remittances/")
    link = page.get_by_role("link", name=re.compile(f"^{re.escape(name)}"))
    expect(link).to_have_count(1)
    expect(link).to_have_class(css_class)
    item = page.locator("article li", has=link)
    expect(item).to_have_text(re.compile(f"^{re.escape(shown)}“"))  # as shown before
    # Chromium's own name: the place in words, then the words shown (WCAG 2.5.3).
    spoken, _ = chromium_name_and_description(page, f'article a[href="{link.get_attribute("href")}"]')
    assert spoken == name.split("“")[0] + link.inner_text()
    assert chromium_spoken_symbols(page, "article") == []


# A definition's passage link: its hidden *paragraph*, a positioned box (not the inline comma of a page's name).
PASSAGE_LINK = "article a:has(> .visually-hidden:not(.visually-hidden--inline))"


def test_a_definition_s_passage_link_is_named_with_single_spaces(page: Page, served_site: SiteServer) -> None:
    """Chromium named it "…, paragraph \u00a05": the space it puts after the hidden word's box (positioned, a box of its
    own), then the no-break space shown between ¶ and 5, which it does not fold into the first. Shown, the ¶ keeps its
    no-break space (hidden with it) and its number."""
    served_site.open(page, "glossary/")
    passages = page.locator(PASSAGE_LINK)
    expect(passages.first).to_be_attached()
    for index in range(passages.count()):
        href = passages.nth(index).get_attribute("href") or ""
        spoken, _ = chromium_name_and_description(page, f'{PASSAGE_LINK}[href="{href}"]')
        number = href.rpartition("#p")[2]
        assert re.fullmatch(rf"(?:\S+ )+paragraph {number}", spoken), f"{href}: {spoken!r}"
        expect(passages.nth(index)).to_have_text(re.compile(f"¶\u00a0{number}$"))
    spoken, _ = chromium_name_and_description(page, f'{PASSAGE_LINK}[href$="/annex/#p5"]')
    assert spoken == f"{MT}, Annex, paragraph 5"


def test_a_search_word_marked_in_words_said_to_a_screen_reader_alone_leaves_the_link_its_name(
    page: Page, served_site: SiteServer
) -> None:
    """Material marks a search's words (`?h=paragraph`) in a passage link's hidden "paragraph" too (1 px
    takes room): the link keeps its name, and the mark is where a screen reader reads the word, as on a
    shown word; clipped, it is seen by no one (nor copied: edition.css)."""
    served_site.open(page, "glossary/?h=paragraph")
    link = page.get_by_role("link", name=heard(f"{MT}, Annex, paragraph 5")).first
    expect(link.locator(".visually-hidden > mark[data-md-highlight]")).to_have_text("paragraph")
    expect(link).to_have_text(f"{MT}, › Annex, paragraph ¶\u00a05")


# The generated pages a reader moves through by links: each entry's links, its tags, the headings' permalinks.
GENERATED = ["glossary/", "annotations/", "policy-areas/", "policy-areas/remittances/"]


@pytest.mark.parametrize("path", GENERATED)
def test_in_a_links_list_no_name_leads_to_two_places(page: Page, served_site: SiteServer, path: str) -> None:
    """NVDA's links list reads each link by its name alone: "read the annotation" 14 times, each to another note,
    or "1 page · 2 paragraphs · 1 annotation" for two areas, told the reader nothing. Two links may share a name
    only where they lead to the same place (a page's title in its heading and in the navigation)."""
    served_site.open(page, path)
    places: defaultdict[str, set[str]] = defaultdict(set)
    for name, href in chromium_link_names(page, "article"):
        places[name].add(href)
    shared = {name: sorted(hrefs) for name, hrefs in places.items() if len(hrefs) > 1}
    assert not shared, f"names leading to more than one place on /{path}: {shared}"


@pytest.mark.parametrize("path", GENERATED)
def test_the_dot_between_items_is_not_read(page: Page, served_site: SiteServer, path: str) -> None:
    """`Edition editors, 20 November 2026 · read the annotation`, `3 pages · 4 paragraphs`: the dot only parts items
    on screen; a screen reader that says symbols read it "middle dot" (Chromium gives it as the text's or the name's)."""
    served_site.open(page, path)
    assert chromium_spoken_symbols(page, "article", "·") == []
