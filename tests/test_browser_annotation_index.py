"""In a real browser (tests/browser.py): the index of annotations, `/annotations/`: its filter by motivation and
area, kept in the address, its options in the overview's order, a way back from nothing, and on paper.

What a reader does with the page once its scripts run. How the filter arrives (the list kept where it was
painted while the scripts come, a filtered address painting only its entries, the page without
JavaScript or without annotations.js) is tests/test_browser_index_filter.py's, with its held scripts and
layout-shift observer.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from browser import SiteServer, instant_navigation, screenshot, wait_for_material
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_index_filter_by_motivation_and_area(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, "annotations/")
    entries = page.locator(".annotation-entry")
    total = entries.count()
    status = page.locator(".annotation-filter__status")
    expect(status).to_have_text(f"{total} of {total} annotations shown")
    page.select_option("select[name=motivation]", "editing")
    expect(status).to_have_text(f"6 of {total} annotations shown")
    screenshot(page, "annotations-index-filtered")
    page.select_option("select[name=motivation]", "")
    page.select_option("select[name=area]", "integration")
    shown = [entries.nth(i) for i in range(total) if entries.nth(i).is_visible()]
    assert shown and all("integration" in (entry.get_attribute("data-areas") or "").split() for entry in shown)
    ids = "hs => hs.map(h => h.id)"
    pages = page.locator("article h3:visible").evaluate_all(ids)
    sources = page.locator("article h2:visible").evaluate_all(ids)
    contents = page.locator(".md-sidebar--secondary .md-nav--secondary a.md-nav__link:visible")
    listed = set(contents.evaluate_all("links => links.map(a => new URL(a.href).hash.slice(1))"))
    assert pages and set(pages) <= listed, "every page still listed has its contents entry"
    assert listed <= set(pages) | set(sources), "the table of contents lists no page the filter emptied"


def test_index_filter_is_kept_in_the_address_to_bookmark_send_and_reload(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, "annotations/?motivation=questioning")
    entries = page.locator(".annotation-entry")
    total = entries.count()
    questions = page.locator(".annotation-entry[data-motivation=questioning]").count()
    assert 0 < questions < total
    status = page.locator(".annotation-filter__status")
    expect(page.locator("select[name=motivation]")).to_have_value("questioning")
    expect(status).to_have_text(f"{questions} of {total} annotations shown")

    page.select_option("select[name=area]", "integration")
    page.wait_for_url(re.compile(r"/annotations/\?motivation=questioning&area=integration$"))
    shown = page.locator(".annotation-entry:visible")
    expect(shown).not_to_have_count(0)
    count = shown.count()
    page.reload()
    wait_for_material(page)
    expect(page.locator("select[name=area]")).to_have_value("integration")
    expect(status).to_have_text(f"{count} of {total} annotations shown")
    with instant_navigation(page):  # to the annotated paragraph, and back
        shown.first.locator("a").first.click()
    page.wait_for_url(re.compile(r"#p\d+$"))
    with instant_navigation(page):
        page.go_back()
    page.wait_for_url(re.compile(r"/annotations/\?motivation=questioning&area=integration$"))
    expect(status).to_have_text(f"{count} of {total} annotations shown")

    page.select_option("select[name=motivation]", "")
    page.select_option("select[name=area]", "")
    page.wait_for_url(re.compile(r"/annotations/$"))  # "all" leaves no parameter behind

    served_site.open(page, "annotations/?motivation=nonsense&area=integration")
    expect(page.locator("select[name=motivation]")).to_have_value("")  # unknown: all, not an empty list
    expect(page.locator("select[name=area]")).to_have_value("integration")


def test_index_filter_lists_areas_as_the_overview_does_and_its_fields_are_a_readable_size(
    new_page: Callable[..., Page], served_site: SiteServer
) -> None:
    """The area options came in the order of their ids ("Integration…, Bilateral…, Cities…"), then by
    name while /policy-areas/ lists the areas in the taxonomy's order; the selects were 19 px high
    with 13.3 px words (iOS zooms into a field under 16 px)."""
    overview = (
        served_site.open(new_page(), "policy-areas/").locator("article h2[id]").evaluate_all("hs => hs.map(h => h.id)")
    )
    for viewport in [{"width": 1280, "height": 900}, {"width": 390, "height": 844}]:
        page = served_site.open(new_page(viewport=viewport), "annotations/")
        labels = page.locator("select[name=motivation] option").all_text_contents()
        expected = page.evaluate(
            "labels => [...labels].sort(new Intl.Collator(document.documentElement.lang).compare)", labels[1:]
        )
        assert labels[0] == "all" and labels[1:] == expected, "motivations by their names"
        areas = page.locator("select[name=area] option").evaluate_all("options => options.map(o => o.value)")
        assert areas[0] == "" and len(areas) > 5, areas
        assert areas[1:] == [area for area in overview if area in areas], "areas where the overview has them"
        for name in ["motivation", "area"]:
            select = page.locator(f"select[name={name}]")
            height, size, family = select.evaluate(
                "el => [el.getBoundingClientRect().height, parseFloat(getComputedStyle(el).fontSize), getComputedStyle(el).fontFamily]"
            )
            assert height >= 24 and size >= 16 and family.startswith("Roboto"), (viewport, name, height, size, family)
        screenshot(page, f"annotations-index-filter-{viewport['width']}")


def test_index_filter_that_matches_nothing_offers_a_way_back(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, "annotations/?motivation=editing&area=integration")  # editorial notes carry no area
    total = page.locator(".annotation-entry").count()
    status = page.locator(".annotation-filter__status")
    expect(status).to_have_text(f"0 of {total} annotations shown")
    reset = page.get_by_role("button", name="Show all")
    expect(reset).to_be_visible()
    screenshot(page, "annotations-index-filter-nothing-matches")
    page.locator("select[name=area]").focus()
    page.keyboard.press("Tab")
    expect(reset).to_be_focused()
    page.keyboard.press("Enter")
    expect(status).to_have_text(f"{total} of {total} annotations shown")
    expect(page.locator("select[name=motivation]")).to_have_value("")
    expect(page.locator("select[name=area]")).to_have_value("")
    page.wait_for_url(re.compile(r"/annotations/$"))
    expect(reset).to_be_hidden()  # nothing left to reset
    expect(page.locator("select[name=motivation]")).to_be_focused()  # the keyboard stays in the filter
    page.select_option("select[name=motivation]", "questioning")
    expect(reset).to_be_visible()  # any filter can be undone at once


def test_the_printed_index_leaves_out_the_links_to_read_an_annotation(page: Page, served_site: SiteServer) -> None:
    """Printed, each entry of /annotations/ ended "· read the annotation", a link that leads nowhere on paper
    (as a block's "Permalink", which paper leaves out); where it stood, the page and ¶ number say where to read."""
    served_site.open(page, "annotations/")
    read = page.locator(".annotation-entry a", has_text="read the annotation")
    assert read.count() >= 10 and read.first.is_visible()
    page.emulate_media(media="print")
    lines = page.locator(".annotation-entry > p").evaluate_all("(lines) => lines.map((line) => line.innerText)")
    assert not [line for line in lines if "read the annotation" in line or re.search(r"·\s*·|·\s*$", line)], lines
    entry = page.locator(".annotation-entry", has=page.locator(".annotation-entry__area")).first.inner_text()
    assert re.search(r"¶\s1: “.+”\n.+, \d+\s\w+\s\d{4}\s·\s\S", entry), entry  # ¶, quote, author, date, areas
    screenshot(page, "annotations-index-print-entries", full_page=True)
