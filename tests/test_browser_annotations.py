"""In a real browser (tests/browser.py): annotations beside their passages: shown without JavaScript, their icons
and dates kept with their words, each motivation's colours, on paper, to a screen reader, unlike a search hit."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import pytest
from browser import SiteServer, screenshot, set_viewport
from browser_accessibility_helpers import chromium_name_and_description, contrast_ratios, painted_backgrounds
from playwright.sync_api import Page, expect
from quality_tools import ROOT, html_pages, page_url_path
from reader_helpers import OPPORTUNITIES

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SCHEMA = ROOT / "annotations" / "schema" / "annotation.schema.json"
MOTIVATIONS = json.loads(SCHEMA.read_text(encoding="utf-8"))["properties"]["motivation"]["enum"]
# One block of every motivation of the schema, made from the page's first block (the site need not use them all).
ADD_EVERY_MOTIVATION = """(motivations) => {
  const model = document.querySelector("details.annotation");
  for (const motivation of motivations) {
    const block = model.cloneNode(true);
    block.className = `annotation annotation--${motivation}`;
    block.id = `every-motivation-${motivation}`;
    block.dataset.motivation = motivation;
    block.querySelector(".annotation__motivation").textContent = motivation;
    model.before(block);
  }
}"""


def annotated_pages(served_site: SiteServer) -> list[str]:
    """The site paths of the built pages that show annotation blocks."""
    return [
        page_url_path(built)
        for built in html_pages(served_site.root)
        if '<details class="annotation' in (served_site.root / built).read_text(encoding="utf-8")
    ]


def test_without_javascript_every_annotation_is_visible(new_page: Callable[..., Page], served_site: SiteServer) -> None:
    page = new_page(java_script_enabled=False)
    page.goto(served_site.url(OPPORTUNITIES))
    blocks = page.locator("details.annotation")
    expect(blocks).to_have_count(3)
    for index in range(3):
        expect(blocks.nth(index)).to_be_visible()
    expect(page.locator(".annotation-toggle")).to_have_count(0)


def test_on_a_touch_screen_a_footnote_number_beside_an_annotation_icon_is_a_target_apart(
    new_page: Callable[..., Page], served_site: SiteServer
) -> None:
    page = served_site.open(
        new_page(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True), OPPORTUNITIES
    )
    width, gap = page.evaluate(
        """() => {
          const number = document.querySelector("#p3 a.footnote-ref"), sup = number.closest("sup");
          const icon = sup.previousElementSibling;
          if (!icon.matches("a.annotation-ref")) return [null, null];
          return [number.getBoundingClientRect().width, sup.getBoundingClientRect().left - icon.getBoundingClientRect().right];
        }"""
    )
    assert width is not None, "¶ 3's note 4 follows an annotation's icon (the case this test is about)"
    assert width >= 10 and gap >= 3, f"note number {width:.0f} px wide, {gap:.0f} px from the annotation's icon"


# Annotation icons that begin a line below the end of the quote they follow (their mark's last box).
DETACHED_ICONS = """() => [...document.querySelectorAll('a.annotation-ref')].filter(ref => {
  const boxes = ref.previousElementSibling.getClientRects();
  return ref.getBoundingClientRect().top >= boxes[boxes.length - 1].bottom - 1;
}).map(ref => ref.hash)"""


@pytest.mark.parametrize("path", [OPPORTUNITIES, "migration-and-transnationalism/challenges/"])
def test_an_annotation_icon_never_wraps_away_from_its_quote(page: Page, served_site: SiteServer, path: str) -> None:
    """As an inline-block the icon could start the next line alone (on the opportunities page at 320, 397 and 474 px)."""
    served_site.open(page, path)
    assert page.locator("a.annotation-ref").count() >= 2
    detached = {}
    for width in range(320, 1400, 7):
        set_viewport(page, width, 900)  # at 720 px citation-margin.js moves ¶ and Cite, and the lines with them
        if icons := page.evaluate(DETACHED_ICONS):
            detached[width] = icons
    assert not detached, f"icons on a line of their own, by viewport width: {detached}"


# Each date ("21 November 2026") in an annotation's first line, or an index entry's, whose words stand on more than one line.
BROKEN_DATES = r"""() => {
  const found = [];
  const date = /\d{1,2}\s+[A-Z][a-z]+\s+\d{4}/g;  // \s: a no-break space too
  for (const line of document.querySelectorAll("details.annotation > summary, .annotation-entry > p")) {
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      for (const match of node.data.matchAll(date)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((box) => box.width).map((box) => Math.round(box.top)));
        if (tops.size > 1) found.push(match[0]);
      }
    }
  }
  return found;
}"""


@pytest.mark.parametrize("path", [OPPORTUNITIES, "migration-and-transnationalism/challenges/", "annotations/"])
def test_on_a_phone_an_annotation_s_date_stays_on_one_line(
    new_page: Callable[..., Page], served_site: SiteServer, path: str
) -> None:
    """At 360×740 an annotation's first line ended "· 21" and the next began "November 2026"."""
    page = served_site.open(new_page(viewport={"width": 360, "height": 740}), path)
    assert page.locator("details.annotation time, .annotation-entry").count() >= 3
    broken = {}
    for width in range(320, 401, 2):
        set_viewport(page, width, 740)
        if dates := page.evaluate(BROKEN_DATES):
            broken[width] = dates
    assert not broken, f"dates broken across lines, by viewport width: {broken}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_motivation_s_label_and_edge_stand_out_in_both_palettes(
    new_page: Callable[..., Page], served_site: SiteServer, scheme: str
) -> None:
    """Labels are 14 px bold words on a tint of their colour (WCAG AA: 4.5:1); the block's edge is
    what tells the blocks from the text (1.4.11: 3:1). axe cannot check them: the tint is a
    `color-mix()`, which it files as incomplete."""
    page = new_page(color_scheme=scheme)
    labels: dict[str, float] = {}
    edges: dict[str, float] = {}
    paths = annotated_pages(served_site)
    assert len(paths) >= 3, paths
    for path in paths:
        served_site.open(page, path)
        if path == OPPORTUNITIES:
            page.evaluate(ADD_EVERY_MOTIVATION, MOTIVATIONS)
            page.locator(f"#every-motivation-{MOTIVATIONS[0]}").scroll_into_view_if_needed()
            screenshot(page, f"annotations-every-motivation-{scheme}")
        labels |= {f"{path}{where}": ratio for where, ratio in contrast_ratios(page, ".annotation__motivation")}
        edges |= {
            f"{path}{where}": ratio for where, ratio in contrast_ratios(page, "details.annotation", "borderLeftColor")
        }
    assert all(f"#every-motivation-{motivation}" in " ".join(labels) for motivation in MOTIVATIONS)
    low_labels = {where: round(ratio, 2) for where, ratio in labels.items() if ratio < 4.5}
    low_edges = {where: round(ratio, 2) for where, ratio in edges.items() if ratio < 3}
    assert not low_labels, f"labels below 4.5:1 ({scheme}): {low_labels}"
    assert not low_edges, f"block edges below 3:1 ({scheme}): {low_edges}"


MATERIAL_BUNDLE = re.compile(r"/assets/javascripts/bundle\.[0-9a-f]+\.min\.js$")


@pytest.mark.parametrize("material", [True, False], ids=["with Material's bundle", "without it"])
def test_a_collapsed_annotation_is_printed_open_and_collapsed_again_after(
    page: Page, served_site: SiteServer, material: bool
) -> None:
    """Paper shows every annotation: one the reader collapsed printed only its summary line.

    Material's details component happens to open every `details` for print too; the edition's own
    handler does not rely on it (without the bundle, only annotations-print.js is there to do it)."""
    if material:
        served_site.open(page, OPPORTUNITIES)
    else:
        page.route(MATERIAL_BUNDLE, lambda route: route.abort())
        page.goto(served_site.url(OPPORTUNITIES), wait_until="load")
        assert page.evaluate("typeof window.document$") == "undefined"
    blocks = page.locator("details.annotation")
    blocks.first.locator("summary").click()
    assert page.evaluate("document.querySelector('details.annotation').open") is False
    page.emulate_media(media="print")
    page.evaluate("window.dispatchEvent(new Event('beforeprint'))")  # emulate_media fires neither event
    assert page.evaluate("[...document.querySelectorAll('details.annotation')].every(block => block.open)")
    expect(blocks.first.locator(".annotation__quote")).to_be_visible()
    screenshot(page, "annotations-print-collapsed-one-opened")
    page.evaluate("window.dispatchEvent(new Event('afterprint'))")
    page.emulate_media(media="screen")
    assert page.evaluate("[...document.querySelectorAll('details.annotation')].map(block => block.open)") == [
        False,
        *[True] * (blocks.count() - 1),
    ], "the reader's choice is back after printing"


SEARCH_HITS = "article mark[data-md-highlight]:not(mark.annotation-quote *, :has(mark.annotation-quote))"
UNDERLINED = "sel => [...document.querySelectorAll(sel)].map(el => getComputedStyle(el).textDecorationLine)"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_annotated_words_look_unlike_search_hits(
    new_page: Callable[..., Page], served_site: SiteServer, scheme: str
) -> None:
    """After following a search result (`?h=…`) Material marks the hits in its highlight colour,
    which the annotated words had too. They take a tint of their annotation's colour and an
    underline in it now, and stay readable."""
    page = served_site.open(new_page(color_scheme=scheme), OPPORTUNITIES + "?h=ideas")
    hits = page.locator(SEARCH_HITS)
    expect(hits.first).to_be_visible()
    page.evaluate("document.querySelector('mark.annotation-quote').scrollIntoView({block: 'center'})")
    screenshot(page, f"annotations-quotes-and-search-hits-{scheme}")
    hit = painted_backgrounds(page, SEARCH_HITS)[0]
    quotes = painted_backgrounds(page, "mark.annotation-quote")
    alike = [quote for quote in quotes if max(abs(a - b) for a, b in zip(quote, hit, strict=True)) < 24]
    assert not alike, f"annotated words painted like the search hit {hit}: {alike}"
    assert set(page.evaluate(UNDERLINED, "mark.annotation-quote")) == {"underline"}
    assert set(page.evaluate(UNDERLINED, SEARCH_HITS)) == {"none"}
    low = {where: round(ratio, 2) for where, ratio in contrast_ratios(page, "mark.annotation-quote") if ratio < 4.5}
    assert not low, f"annotated words below 4.5:1 ({scheme}): {low}"
    motivations = page.evaluate(
        "[...document.querySelectorAll('mark.annotation-quote')].map(m => m.dataset.motivation)"
    )
    blocks = page.evaluate(
        "[...document.querySelectorAll('mark.annotation-quote')].map(m => document.getElementById(m.dataset.annotation).dataset.motivation)"
    )
    assert motivations == blocks, "each highlight in its annotation's colour"


SHOWN_IN_PRINT = """([selector, pseudo]) => [...document.querySelectorAll(selector)]
  .filter(el => el.checkVisibility({ visibilityProperty: true }))
  .filter(el => { const style = getComputedStyle(el, pseudo); return style.display !== "none" && style.content !== "none" && style.visibility !== "hidden"; })
  .map(el => (el.id || el.className || el.localName) + (pseudo || ""))"""


def test_paper_shows_annotations_without_the_screen_s_controls(page: Page, served_site: SiteServer) -> None:
    """Printed, /annotations/ showed its dropdowns and "N of 14 shown", and every annotation block
    its collapse arrow and a "Permalink" that means nothing on paper. A filtered list says on paper
    which of the annotations it holds, in words: without it, the page's "The edition has 14
    annotations" stood above the two printed."""
    served_site.open(page, "annotations/")
    page.emulate_media(media="print")
    assert page.evaluate(SHOWN_IN_PRINT, [".annotation-filter, .annotation-filter__status", None]) == []
    served_site.open(page, "annotations/?motivation=questioning")
    page.emulate_media(media="print")
    assert page.evaluate(SHOWN_IN_PRINT, [".annotation-filter select, .annotation-filter__reset", None]) == []
    status = page.locator(".annotation-filter__status")
    expect(status).to_be_visible()
    shown = page.locator(".annotation-filter").inner_text()
    assert re.fullmatch(r"\d+ of \d+ annotations shown \(Questions\)", shown.strip()), shown
    screenshot(page, "annotations-index-print")
    served_site.open(page, OPPORTUNITIES)
    page.emulate_media(media="print")
    assert page.evaluate(SHOWN_IN_PRINT, ["details.annotation > summary", "::after"]) == [], "the collapse arrow"
    assert page.evaluate(SHOWN_IN_PRINT, [".annotation__permalink", None]) == []
    assert page.evaluate(SHOWN_IN_PRINT, [".annotation__footer:not(:has(.annotation__tag))", None]) == [], (
        "an empty gap"
    )
    assert page.evaluate(SHOWN_IN_PRINT, [".annotation__footer:has(.annotation__tag)", None]), "the areas stay"
    assert len(page.evaluate(SHOWN_IN_PRINT, ["details.annotation > summary", "::before"])) == 3, (
        "each kind's icon stays"
    )
    assert set(page.evaluate(UNDERLINED, "mark.annotation-quote")) == {"underline"}, "the annotated words"
    assert page.evaluate(SHOWN_IN_PRINT, [".annotation-toggle-option", None]) == []
    page.evaluate("document.querySelector('details.annotation').scrollIntoView()")
    screenshot(page, "annotations-print")


def test_a_screen_reader_hears_each_annotation_link_once(page: Page, served_site: SiteServer) -> None:
    """The link after annotated words was named by its tooltip's words, "Description by Edition editors", and
    described by them too (its title; while focused, Material's tooltip, which takes the title's place): a screen
    reader said them twice. Its name says what it is and where it leads, the tooltip who wrote it and why."""
    served_site.open(page, OPPORTUNITIES)
    links = page.locator("#p3 a.annotation-ref")
    notes = ("transfer-of-ideas", "missing-note-4")
    expect(links).to_have_count(2)
    heard = [
        ("Annotation 1 on paragraph 3", "Description by Edition editors"),
        ("Annotation 2 on paragraph 3", "Editorial note by Edition editors"),
    ]
    assert [chromium_name_and_description(page, f"#p3 a.annotation-ref[href$='#{note}']") for note in notes] == heard
    expect(page.get_by_role("link", name="Annotation 2 on paragraph 3", exact=True)).to_have_attribute(
        "href", re.compile("#missing-note-4$")
    )
    links.first.focus()
    expect(links.first).to_have_attribute("aria-describedby", re.compile("."))  # Material's tooltip is up
    expect(page.locator(".md-tooltip2--active")).to_have_text("Description by Edition editors")
    assert chromium_name_and_description(page, "#p3 a.annotation-ref[href$='#transfer-of-ideas']") == heard[0]
