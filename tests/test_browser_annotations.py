"""In a real browser (tests/browser.py): the annotation toggle, with mouse and keyboard, and the index filter."""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import pytest
from browser import (
    SiteServer,
    chromium_name_and_description,
    contrast_ratios,
    instant_navigation,
    painted_backgrounds,
    screenshot,
    set_viewport,
    tab_to,
    wait_for_material,
)
from playwright.sync_api import Page, Route, expect
from quality_tools import ROOT, html_pages, page_url_path

pytestmark = [pytest.mark.browser, pytest.mark.slow]

OPPORTUNITIES = "migration-and-transnationalism/opportunities/"
NEXT_IN_NAV = ".md-sidebar--primary a.md-nav__link[href$='/challenges/']"
TOGGLE = "button.annotation-toggle:visible"  # one button per state, the current one shown
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


def test_toggle_hides_all_and_is_remembered_across_instant_navigation(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, OPPORTUNITIES)
    toggle = page.locator(TOGGLE)
    expect(toggle).to_have_accessible_name("Hide annotations")
    expect(page.locator("details.annotation").first).to_be_visible()
    screenshot(page, "annotations-shown")
    toggle.click()
    expect(toggle).to_have_accessible_name("Show annotations")
    expect(page.locator("details.annotation").first).to_be_hidden()
    expect(page.locator("a.annotation-ref").first).to_be_hidden()
    # the text itself stays, after the margin's ¶ and Cite (first, as they stand left of it)
    expect(page.locator("#p1")).to_have_text(re.compile(r"^¶\s1\s*Cite\s*Transformations"))
    screenshot(page, "annotations-hidden")
    page.evaluate("window.__sameDocument = true")
    with instant_navigation(page):  # the page left has its annotations hidden too
        page.locator(NEXT_IN_NAV).click()
    page.wait_for_url("**/challenges/")
    assert page.evaluate("window.__sameDocument === true"), "instant navigation kept the document"
    expect(page.locator("button.annotation-toggle")).to_have_count(2)  # not added again
    expect(page.locator(TOGGLE)).to_have_accessible_name("Show annotations")
    expect(page.locator("details.annotation").first).to_be_hidden()
    served_site.open(page, OPPORTUNITIES)  # a full load reads the remembered choice
    expect(page.locator("details.annotation").first).to_be_hidden()
    page.locator(TOGGLE).click()
    expect(page.locator("details.annotation").first).to_be_visible()


def test_a_link_to_an_annotation_shows_it_while_annotations_are_hidden(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, "annotations/")
    page.locator(TOGGLE).click()  # hidden, and remembered
    with instant_navigation(page):
        page.locator("a[href$='/introduction/#transnational-lens']").click()
    page.wait_for_url("**/introduction/#transnational-lens")
    expect(page.locator("details#transnational-lens")).to_be_visible()
    expect(page.locator("details#transnational-lens")).to_be_in_viewport()
    expect(page.locator("details#missing-note-2")).to_be_hidden()  # the others stay hidden
    expect(page.locator(TOGGLE)).to_have_accessible_name("Show annotations")
    screenshot(page, "annotations-hidden-linked-one-shown")
    served_site.open(page, OPPORTUNITIES + "#transfer-of-ideas")  # a permalink opened afresh
    expect(page.locator("details#transfer-of-ideas")).to_be_visible()
    expect(page.locator("details#transfer-of-ideas")).to_be_in_viewport()
    expect(page.locator("details.annotation:not(#transfer-of-ideas)").first).to_be_hidden()


def test_a_search_result_in_an_annotation_shows_it_while_annotations_are_hidden(
    page: Page, served_site: SiteServer
) -> None:
    # "costeffective" is only in the editorial note on p1's "cost-effective": the result named the note
    # ("Opportunities | Editorial note · …"), and the page it opened showed neither the note nor a highlight.
    served_site.open(page, OPPORTUNITIES)
    page.locator(TOGGLE).click()  # hidden, and remembered
    page.locator("input.md-search__input").click()
    page.keyboard.type("costeffective")
    page.locator(f".md-search-result__item a[href$='{OPPORTUNITIES}?h=costeffective']").first.click()
    page.wait_for_url(f"**/{OPPORTUNITIES}?h=costeffective")
    expect(page.locator("details#restored-hyphen-cost-effective")).to_be_visible()
    expect(page.locator("details.annotation:not(#restored-hyphen-cost-effective)").first).to_be_hidden()
    expect(page.locator(TOGGLE)).to_have_accessible_name("Show annotations")
    served_site.open(page, f"{OPPORTUNITIES}?h=costeffective")  # the address opened afresh: highlighted too
    expect(page.locator("details#restored-hyphen-cost-effective mark[data-md-highlight]")).to_have_text("costeffective")
    served_site.open(page, f"{OPPORTUNITIES}?h=effective")  # in the text too: the reader's choice stands
    expect(page.locator(".md-content article p mark[data-md-highlight]").first).to_be_visible()
    expect(page.locator("details#restored-hyphen-cost-effective")).to_be_hidden()


def test_a_search_result_in_an_annotation_is_highlighted_after_instant_navigation(
    page: Page, served_site: SiteServer
) -> None:
    # Material marks the words as it mounts the new page, at once when the search index has loaded,
    # before the edition's scripts hear of the page: the note they showed then held no marked word.
    served_site.open(page, "about/")
    page.locator(TOGGLE).click()  # hidden, and remembered
    page.evaluate("window.__sameDocument = true")
    page.locator("input.md-search__input").click()
    page.keyboard.type("costeffective")
    with instant_navigation(page):
        page.locator(f".md-search-result__item a[href$='{OPPORTUNITIES}?h=costeffective']").first.click()
    assert page.evaluate("window.__sameDocument === true"), "instant navigation should have opened the result"
    note = page.locator("details#restored-hyphen-cost-effective")
    expect(note).to_be_visible()
    expect(note.locator("mark[data-md-highlight]")).to_have_text("costeffective")
    expect(page.locator("details.annotation:not(#restored-hyphen-cost-effective)").first).to_be_hidden()
    expect(page.locator("mark[data-md-highlight]")).to_have_count(1)  # the other notes' words stay unmarked
    screenshot(page, "annotations-hidden-search-hit-shown-after-instant-navigation")


def test_a_search_result_in_an_annotation_is_highlighted_when_the_index_comes_first(
    page: Page, served_site: SiteServer
) -> None:
    # On a page loaded afresh Material marks the words when the page is ready (DOMContentLoaded) or the
    # search index has come, whichever is later, and the edition's scripts hear of the page just after:
    # an index come sooner (the last script slow to load) found the note still hidden.
    served_site.open(page, OPPORTUNITIES)
    page.locator(TOGGLE).click()  # hidden, and remembered
    held: list[Route] = []
    page.route("**/assets/accessibility.js", lambda route: held.append(route))  # the last script: kept loading
    page.goto(served_site.url(f"{OPPORTUNITIES}?h=costeffective"), wait_until="commit")
    # The search's worker is ready once it has the index: Material's list says so.
    expect(page.locator(".md-search-result__meta")).to_have_text("Type to start searching")
    assert page.evaluate("document.readyState") == "loading"
    held[0].continue_()
    wait_for_material(page)
    note = page.locator("details#restored-hyphen-cost-effective")
    expect(note).to_be_visible()
    expect(note.locator("mark[data-md-highlight]")).to_have_text("costeffective")


def test_a_search_result_for_the_page_shown_shows_and_marks_a_hit_in_a_hidden_annotation(
    page: Page, served_site: SiteServer
) -> None:
    # Once instant navigation has brought a page, Material's location$ knows its path: a search result for
    # it fetched nothing, so no document$ followed (the note stayed hidden, its word unmarked, the page where
    # it was), and Material took the click for a repeated one and went back in history, dropping `?h=`.
    served_site.open(page, "about/")
    page.locator(TOGGLE).click()  # hidden, and remembered
    with instant_navigation(page):
        page.locator(f".md-sidebar--primary a.md-nav__link[href$='/{OPPORTUNITIES}']").first.click()
    page.evaluate("window.__sameDocument = true; window.scrollTo(0, document.body.scrollHeight)")
    page.locator("input.md-search__input").click()
    page.keyboard.type("costeffective")
    page.locator(f".md-search-result__item a[href$='{OPPORTUNITIES}?h=costeffective']").first.click()
    note = page.locator("details#restored-hyphen-cost-effective")
    expect(note.locator("mark[data-md-highlight]")).to_have_text("costeffective")
    expect(note.locator("mark[data-md-highlight]")).to_be_in_viewport(ratio=1)
    expect(page.locator("details.annotation:not(#restored-hyphen-cost-effective)").first).to_be_hidden()
    expect(page).to_have_url(served_site.url(f"{OPPORTUNITIES}?h=costeffective"))
    assert page.evaluate("window.__sameDocument === true"), "the page shown should have stayed"
    page.go_back()  # the page as it was: the note hidden again
    expect(page).to_have_url(served_site.url(OPPORTUNITIES))
    expect(note).to_be_hidden()
    screenshot(page, "annotations-hidden-search-hit-on-the-same-page")


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


def test_toggle_is_operable_with_the_keyboard(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, OPPORTUNITIES)
    tab_to(page, "button.annotation-toggle")  # (a CSS selector: the hidden one is no Tab stop)
    screenshot(page, "annotations-toggle-focused")
    page.keyboard.press("Enter")
    expect(page.locator(TOGGLE)).to_have_accessible_name("Show annotations")
    expect(page.locator("details.annotation").first).to_be_hidden()
    expect(page.locator(TOGGLE)).to_be_focused()  # the button of the new state: the keyboard stays on the toggle
    page.keyboard.press("Space")
    expect(page.locator(TOGGLE)).to_have_accessible_name("Hide annotations")
    expect(page.locator("details.annotation").first).to_be_visible()
    expect(page.locator(TOGGLE)).to_be_focused()


def test_a_click_that_does_not_focus_the_toggle_still_leaves_focus_on_it(page: Page, served_site: SiteServer) -> None:
    """Safari's clicks and a screen reader's browse mode activate a button without focusing it: the
    button clicked then vanished with nothing focused, and the next Tab started from the top."""
    served_site.open(page, OPPORTUNITIES)
    page.evaluate("document.activeElement.blur(); document.querySelector('button.annotation-toggle').click()")
    expect(page.locator(TOGGLE)).to_have_accessible_name("Show annotations")
    expect(page.locator(TOGGLE)).to_be_focused()


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
        set_viewport(page, width, 900)  # at 720 px citation.js moves ¶ and Cite, and the lines with them
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
    handler does not rely on it (without the bundle, only annotations.js is there to do it)."""
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


def test_the_toggle_s_tooltip_and_name_say_what_the_next_click_does(page: Page, served_site: SiteServer) -> None:
    """Material's tooltips take a control's title when they mount the header (on load, on every page
    change, after an in-page jump) and put that title back later: a title changed in between went
    stale ("Hide annotations" on the button that shows them)."""

    def check_a_few_clicks(when: str) -> None:
        for action in ["Hide annotations", "Show annotations", "Hide annotations"]:
            page.mouse.move(640, 700)  # away from the header, then onto the button shown now
            toggle = page.locator(f"{TOGGLE}:visible")
            expect(toggle).to_have_count(1)
            toggle.hover()
            tooltip = page.locator(".md-header .md-tooltip--active")
            expect(tooltip, f"{when}: the tooltip").to_have_text(action)
            expect(toggle, f"{when}: the accessible name").to_have_accessible_name(action)
            screenshot(page, f"annotations-toggle-tooltip-{when}-{action}")
            toggle.click()
        page.locator(f"{TOGGLE}:visible").click()  # as it was: shown

    served_site.open(page, OPPORTUNITIES)
    check_a_few_clicks("on-load")
    page.locator("#p2 a.paragraph-link").click()  # an in-page jump
    page.wait_for_url("**#p2")
    check_a_few_clicks("after-a-jump")
    with instant_navigation(page):  # Material mounts the header's tooltips again for the new page
        page.locator(NEXT_IN_NAV).click()
    page.wait_for_url("**/challenges/")
    check_a_few_clicks("after-a-page-change")


def test_on_a_touch_screen_a_tap_on_the_toggle_leaves_no_tooltip_over_the_text(
    new_page: Callable[..., Page], served_site: SiteServer
) -> None:
    """A tap leaves the focus on the toggle (its other button: the keyboard stays on the toggle), and
    Material shows a focused control's tooltip: on a phone "Show annotations" stayed over the first
    line of the text, through scrolling, until the next tap elsewhere. The keyboard's focus shows it."""
    page = served_site.open(
        new_page(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True), OPPORTUNITIES
    )
    page.locator(TOGGLE).tap()
    expect(page.locator(TOGGLE)).to_have_accessible_name("Show annotations")
    expect(page.locator(TOGGLE)).to_be_focused()
    tooltip = page.locator(".annotation-toggle-option:not([hidden]) > .md-tooltip--active")
    expect(tooltip).to_have_count(1)  # Material has shown the focused toggle's tooltip
    expect(tooltip).to_be_hidden()
    screenshot(page, "annotations-toggle-tapped-on-a-phone")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")  # back onto the toggle, from the keyboard
    expect(page.locator(TOGGLE)).to_be_focused()
    expect(tooltip).to_be_visible()
    expect(tooltip).to_have_text("Show annotations")


STORE_HIDDEN = "localStorage.setItem('edition.annotations.hidden', '1')"
# The scripts a page loads at the end of its body (Material's bundle, then the edition's).
SCRIPTS = re.compile(r"/assets/(javascripts/bundle\.[0-9a-f]+\.min|[a-z-]+)\.js$")
DISPLAYED = "sel => [...document.querySelectorAll(sel)].filter(el => getComputedStyle(el).display !== 'none').map(el => el.id || el.hash)"


@pytest.mark.parametrize("fragment", ["", "#transfer-of-ideas"], ids=["page", "one annotation's permalink"])
def test_hidden_annotations_are_hidden_from_the_first_paint(page: Page, served_site: SiteServer, fragment: str) -> None:
    """With "hide" remembered, a slow load showed every annotation until the scripts at the end of the
    body ran, and then the text jumped up: the choice is read in the head now. A permalink still
    shows its annotation, and only it (once the page is parsed: only then does the browser match
    `:target`, and scroll to it)."""
    page.add_init_script(STORE_HIDDEN)
    stalled = []
    page.route(
        SCRIPTS, lambda route: stalled.append(route)
    )  # held: the page is parsed and painted up to Material's bundle
    page.goto(served_site.url(OPPORTUNITIES + fragment), wait_until="commit")
    page.wait_for_selector("footer", state="attached")
    assert stalled and page.evaluate("typeof window.document$ === 'undefined' && !window.edition")
    expect(page.locator("#p1")).to_be_visible()  # painted
    screenshot(page, f"annotations-hidden-before-scripts{fragment.replace('#', '-')}")
    assert page.evaluate(DISPLAYED, "details.annotation") == [], "annotations painted before the scripts ran"
    assert page.evaluate(DISPLAYED, "a.annotation-ref") == [], "annotation icons painted before the scripts ran"
    for route in stalled:
        route.continue_()
    page.unroute(SCRIPTS)
    page.wait_for_load_state("load")
    wait_for_material(page)
    assert page.evaluate(DISPLAYED, "details.annotation") == ([fragment[1:]] if fragment else [])
    if fragment:
        expect(page.locator(fragment)).to_be_in_viewport()
    expect(page.locator(TOGGLE)).to_have_accessible_name("Show annotations")


def test_hidden_annotations_come_back_when_the_script_with_their_button_fails(
    page: Page, served_site: SiteServer
) -> None:
    """Hidden from the first paint by the head's script, they had no way back if annotations.js did not load."""
    page.add_init_script(STORE_HIDDEN)
    page.route(re.compile(r"/assets/annotations\.js$"), lambda route: route.abort())
    served_site.open(page, OPPORTUNITIES)
    page.wait_for_load_state("load")
    expect(page.locator("button.annotation-toggle")).to_have_count(0)
    expect(page.locator("details.annotation").first).to_be_visible()


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
