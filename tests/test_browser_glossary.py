"""In a real browser (tests/browser.py): glossary term links show their definition and lead to the entry."""

from __future__ import annotations

import pytest
from browser import SiteServer, screenshot, wait_for_material
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.slow]

OPPORTUNITIES = "migration-and-transnationalism/opportunities/"
TERM = "article a.glossary-term[href$='glossary/#transnationalism']"


def test_term_link_shows_its_definition_and_leads_to_the_entry(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, OPPORTUNITIES)
    term = page.locator(TERM).first
    term.hover()
    tooltip = page.locator(".md-tooltip2--active")
    expect(tooltip).to_contain_text("Transnational identity / transnationalism: the process whereby people")
    screenshot(page, "glossary-term-tooltip")
    page.evaluate("window.__sameDocument = true")
    term.click()
    page.wait_for_url("**/glossary/#transnationalism")
    wait_for_material(page)
    assert page.evaluate("window.__sameDocument === true"), "instant navigation should have followed the term"
    entry = page.locator("article h2#transnationalism")
    expect(entry).to_be_in_viewport()
    header = page.locator(".md-header").bounding_box()
    box = entry.bounding_box()
    assert header and box and box["y"] >= header["y"] + header["height"], "the entry is hidden under the header"
    screenshot(page, "glossary-entry-from-term")


def test_search_for_a_term_lands_on_its_glossary_entry(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, "")
    page.locator("input.md-search__input").click()
    page.keyboard.type("transnationalism")
    result = page.locator(".md-search-result__item a[href$='glossary/?h=transnationalism#transnationalism']")
    expect(result).to_be_visible()
    expect(result).to_contain_text("Transnational identity / transnationalism")
    screenshot(page, "glossary-search-results")
    result.click()
    page.wait_for_url("**/glossary/?h=transnationalism#transnationalism")
    expect(page.locator("article h2#transnationalism")).to_be_in_viewport()
    expect(page.locator("article h2#transnationalism mark[data-md-highlight]")).to_have_text(
        "transnationalism", ignore_case=True
    )
    screenshot(page, "glossary-entry-from-search")
