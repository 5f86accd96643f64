"""In a real browser (tests/browser.py): the annotation toggle, with mouse, keyboard and touch, remembered from
the first paint; and an annotation a link or a search result leads to, shown while the others are hidden."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from browser import SiteServer, instant_navigation, screenshot, wait_for_material
from browser_accessibility_helpers import tab_to
from playwright.sync_api import Page, Route, expect
from reader_helpers import OPPORTUNITIES

pytestmark = [pytest.mark.browser, pytest.mark.slow]

NEXT_IN_NAV = ".md-sidebar--primary a.md-nav__link[href$='/challenges/']"
TOGGLE = "button.annotation-toggle:visible"  # one button per state, the current one shown


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
