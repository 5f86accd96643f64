"""In a real browser (tests/browser.py): the filter of `/annotations/` takes its place without moving the list.

The filter was built by annotations.js into an empty placeholder, after the list had been painted: with
Material's bundle slow to come (0.6 s), the list jumped down by the filter's height (84 px at 1280 px),
a cumulative layout shift of 0.022 at 1280 px and 0.093 at 390 px (Google's "good" is under 0.1, for the
whole page's life). The build writes the filter now, kept out of sight until the script wires it.
A filtered address (a bookmark) painted the whole list, then most of it vanished as the script filtered
it: the list now waits unseen for the filter (`html.edition-filtered`, set in the head).

How the filter arrives, then, with and without its scripts; what it does once there (filtering, the
address, its options, Show all) and the page on paper are tests/test_browser_annotation_index.py's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from browser import SiteServer, instant_navigation, next_frame, screenshot, wait_for_material
from playwright.sync_api import Page, Route, expect

pytestmark = [pytest.mark.browser, pytest.mark.slow]

INDEX = "annotations/"
# Material's bundle and the edition's scripts, all at the end of the body: held, the page is painted without them.
SCRIPTS = re.compile(r"/assets/(javascripts/bundle\.[0-9a-f]+\.min|[a-z-]+)\.js$")
FIRST_ENTRY = ".md-content .annotation-entry"
STATUS = ".annotation-filter__status"
# Every layout shift of the page's life (buffered: from its first frame on), with the elements that moved.
OBSERVE_SHIFTS = """
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    window.__shifts.push({
      value: entry.value,
      moved: entry.sources.map((source) => source.node instanceof Element ? source.node : source.node?.parentElement),
    });
  }
}).observe({ type: "layout-shift", buffered: true });
"""
# The shifts since the `since`-th that moved something of the page's content (not Material's header or sidebars).
CONTENT_SHIFT = """(since) => window.__shifts.slice(since)
  .filter((shift) => shift.moved.some((node) => node && node.closest(".md-content")))
  .reduce((total, shift) => total + shift.value, 0)"""
TOP = "el => el.getBoundingClientRect().top + window.scrollY"
VIEWPORTS = [{"width": 390, "height": 844}, {"width": 1280, "height": 900}, {"width": 320, "height": 640}]


def painted(page: Page) -> None:
    """Wait until the page's fonts have come and two frames have been drawn since (a font's swap is no filter's)."""
    page.evaluate("() => document.fonts.ready.then(() => undefined)")
    next_frame(page)
    next_frame(page)


@pytest.mark.parametrize("viewport", VIEWPORTS, ids=lambda viewport: f"{viewport['width']}px")
def test_the_list_stays_where_it_was_painted_when_the_filter_comes(
    new_page: Callable[..., Page], served_site: SiteServer, viewport: dict[str, int]
) -> None:
    """Painted before the scripts ran (held here, as a slow network holds them), the list must not move
    when they come: neither its first entry's place nor any layout shift within the content (a shift of
    0.001 is a 1 px move of a screenful; the empty placeholder gave 0.02 to 0.09)."""
    page = new_page(viewport=viewport)
    page.add_init_script(OBSERVE_SHIFTS)
    held: list[Route] = []
    page.route(SCRIPTS, lambda route: held.append(route))
    page.goto(served_site.url(INDEX), wait_until="commit")
    page.wait_for_selector("footer", state="attached")
    expect(page.locator(FIRST_ENTRY).first).to_be_visible()
    painted(page)
    assert held and page.evaluate("typeof window.document$ === 'undefined' && !window.edition")
    before = page.locator(FIRST_ENTRY).first.evaluate(TOP)
    shifts_before = page.evaluate("window.__shifts.length")
    screenshot(page, f"annotations-index-before-scripts-{viewport['width']}")
    for route in held:
        route.continue_()
    page.unroute(SCRIPTS)
    page.wait_for_load_state("load")
    wait_for_material(page)
    total = page.locator(FIRST_ENTRY).count()
    expect(page.locator(STATUS)).to_have_text(f"{total} of {total} annotations shown")
    expect(page.locator("select[name=area]")).to_be_visible()
    painted(page)
    screenshot(page, f"annotations-index-after-scripts-{viewport['width']}")
    after = page.locator(FIRST_ENTRY).first.evaluate(TOP)
    assert after == pytest.approx(before, abs=1), f"the list moved by {after - before:.0f} px"
    assert page.evaluate(CONTENT_SHIFT, shifts_before) < 0.001


def test_the_list_stays_where_it_was_painted_after_instant_navigation(page: Page, served_site: SiteServer) -> None:
    """Instant navigation puts the page in place without a load: the filter is there as the list is."""
    page.add_init_script(OBSERVE_SHIFTS)
    served_site.open(page, "about/")
    painted(page)
    shifts_before = page.evaluate("window.__shifts.length")
    with instant_navigation(page):
        page.locator(".md-sidebar--primary a.md-nav__link[href$='/annotations/']").first.click()
    expect(page.locator(STATUS)).to_be_visible()
    painted(page)
    assert page.evaluate(CONTENT_SHIFT, shifts_before) < 0.001


def test_without_javascript_the_filter_leaves_no_gap_and_no_dead_controls(
    new_page: Callable[..., Page], served_site: SiteServer
) -> None:
    """Without a script no choice could be made: nothing of the filter is shown, nor its place kept."""
    page = new_page(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page.goto(served_site.url(INDEX))
    expect(page.locator(".annotation-filter")).to_be_hidden()
    for control in ["select", "button", STATUS]:
        expect(page.locator(f".md-content {control}:visible")).to_have_count(0)
    assert page.locator(".annotation-filter").evaluate("el => el.getBoundingClientRect().height") == 0
    screenshot(page, "annotations-index-without-javascript")


def test_when_the_filter_s_script_fails_its_place_is_given_back(page: Page, served_site: SiteServer) -> None:
    """With JavaScript on but annotations.js lost, the place kept for the filter would stay an empty gap."""
    page.route(re.compile(r"/assets/annotations\.js$"), lambda route: route.abort())
    served_site.open(page, INDEX)
    page.wait_for_load_state("load")
    expect(page.locator(".annotation-filter")).to_be_hidden()
    assert page.locator(".annotation-filter").evaluate("el => el.getBoundingClientRect().height") == 0
    expect(page.locator(".md-content select:visible")).to_have_count(0)


# A filtered address, as a bookmark or a colleague's link opens it: two of the list's questions.
FILTERED = "annotations/?motivation=questioning"
# In every frame, before it is painted (an animation frame's callbacks run just before), the entries
# laid out (a height) that the address's motivation leaves out: painted, then hidden, the list jumped.
WATCH_WRONG_ENTRIES = """
window.__wrongPainted = [];
(function watch() {
  const wanted = new URLSearchParams(location.search).get("motivation");
  for (const entry of document.querySelectorAll(".md-content .annotation-entry")) {
    if (wanted && entry.dataset.motivation !== wanted && entry.getBoundingClientRect().height > 0) {
      window.__wrongPainted.push(entry.dataset.motivation);
    }
  }
  requestAnimationFrame(watch);
})();
"""
RENDERED_ENTRIES = """() => [...document.querySelectorAll(".md-content .annotation-entry")]
  .filter((entry) => entry.getBoundingClientRect().height > 0).map((entry) => entry.dataset.motivation)"""
# The table of contents' links shown (a sidebar's, at 1280 px): the filter hides those of headings left empty.
SHOWN_CONTENTS = """() => [...document.querySelectorAll(".md-sidebar--secondary a.md-nav__link")]
  .filter((link) => link.checkVisibility({ visibilityProperty: true })).map((link) => link.hash)"""


def assert_filtered_list_shown(page: Page, motivation: str) -> None:
    """Once annotations.js has run: only the address's entries, counted right, and nothing else ever painted."""
    entries = page.locator(".md-content .annotation-entry")
    total, matching = entries.count(), page.locator(f".md-content .annotation-entry[data-motivation={motivation}]")
    assert 0 < matching.count() < total, f"the list should have some {motivation} entries, not all"
    expect(page.locator(STATUS)).to_have_text(f"{matching.count()} of {total} annotations shown")
    expect(page.locator("select[name=motivation]")).to_have_value(motivation)
    painted(page)
    assert page.evaluate(RENDERED_ENTRIES) == [motivation] * matching.count()
    assert page.evaluate("window.__wrongPainted") == [], "entries the filter hides were painted first"


@pytest.mark.parametrize("viewport", VIEWPORTS[:2], ids=lambda viewport: f"{viewport['width']}px")
def test_a_filtered_address_never_paints_the_entries_it_leaves_out(
    new_page: Callable[..., Page], served_site: SiteServer, viewport: dict[str, int]
) -> None:
    """A bookmarked filter painted the whole list while the scripts came (held here), then most of it
    vanished as annotations.js filtered it, the rest jumping up: what is painted first is what stays."""
    page = new_page(viewport=viewport)
    page.add_init_script(OBSERVE_SHIFTS)
    page.add_init_script(WATCH_WRONG_ENTRIES)
    held: list[Route] = []
    page.route(SCRIPTS, lambda route: held.append(route))
    page.goto(served_site.url(FILTERED), wait_until="commit")
    page.wait_for_selector("footer", state="attached")
    painted(page)
    assert held and page.evaluate("typeof window.document$ === 'undefined' && !window.edition")
    before = page.evaluate(RENDERED_ENTRIES)
    screenshot(page, f"annotations-index-filtered-before-scripts-{viewport['width']}")
    assert set(before) <= {"questioning"}, f"painted before the filter ran: {before}"
    contents_before = page.evaluate(SHOWN_CONTENTS)
    for route in held:
        route.continue_()
    page.unroute(SCRIPTS)
    page.wait_for_load_state("load")
    wait_for_material(page)
    assert_filtered_list_shown(page, "questioning")
    screenshot(page, f"annotations-index-filtered-after-scripts-{viewport['width']}")
    assert page.evaluate(CONTENT_SHIFT, 0) < 0.001
    contents_after = page.evaluate(SHOWN_CONTENTS)
    assert set(contents_before) <= set(contents_after), "the table of contents listed headings the filter hides"
    if viewport["width"] >= 1220:  # Material's sidebar of contents, shown from 1220 px
        assert contents_after


def test_instant_navigation_to_a_filtered_address_paints_only_its_entries(page: Page, served_site: SiteServer) -> None:
    """A link to a filtered list (an annotation's body may hold one), followed without a load."""
    page.add_init_script(OBSERVE_SHIFTS)
    page.add_init_script(WATCH_WRONG_ENTRIES)
    served_site.open(page, "about/")
    painted(page)
    shifts_before = page.evaluate("window.__shifts.length")
    page.locator(".md-content article").evaluate(
        "(article, href) => { const link = document.createElement('a'); link.href = href;"
        " link.id = 'filtered-link'; link.textContent = 'questions'; article.append(link); }",
        served_site.url(FILTERED),
    )
    page.evaluate("window.__sameDocument = true")
    with instant_navigation(page):
        page.locator("#filtered-link").click()
    assert page.evaluate("window.__sameDocument === true"), "the link was loaded, not followed by instant navigation"
    assert_filtered_list_shown(page, "questioning")
    assert page.evaluate(CONTENT_SHIFT, shifts_before) < 0.001


def test_when_the_filter_s_script_fails_a_filtered_address_shows_the_whole_list(
    page: Page, served_site: SiteServer
) -> None:
    """The entries kept out of sight for the filter come back when annotations.js is lost: it cannot filter."""
    page.route(re.compile(r"/assets/annotations\.js$"), lambda route: route.abort())
    served_site.open(page, FILTERED)
    page.wait_for_load_state("load")
    entries = page.locator(".md-content .annotation-entry")
    assert entries.count() > 2
    expect(page.locator(".md-content .annotation-entry:visible")).to_have_count(entries.count())
    expect(page.locator(".annotation-filter")).to_be_hidden()


def test_without_javascript_a_filtered_address_shows_the_whole_list(
    new_page: Callable[..., Page], served_site: SiteServer
) -> None:
    """No script can filter the list: every entry shows, whatever the address asks."""
    page = new_page(java_script_enabled=False)
    page.goto(served_site.url(FILTERED))
    entries = page.locator(".md-content .annotation-entry")
    assert entries.count() > 2
    expect(page.locator(".md-content .annotation-entry:visible")).to_have_count(entries.count())
