"""Keyboard: what a reader without a mouse must be able to reach and operate.

Extension points for features:
- KEYBOARD_REACHABLE: add `(name, page path, CSS selector)` for a control that Tab must reach from
  the top of the page (¶ links, the cite button, the annotation toggle…).
- `tab_to`, `focused_element` and `assert_dialog_keeps_focus` in tests/browser_accessibility_helpers.py. The last one
  checks that a dialog opened from the keyboard traps focus, closes on Escape and gives focus back
  to its opener; the two tests at the end of this file run it on a minimal dialog.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from browser import SiteServer, instant_navigation, screenshot, set_viewport, wait_for_material
from browser_accessibility_helpers import assert_dialog_keeps_focus, focused_element, tab_to
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.slow]

OPPORTUNITIES = "migration-and-transnationalism/opportunities/"

# (what, page, selector): Tab from the top of the page must reach it.
KEYBOARD_REACHABLE = [
    ("skip link", OPPORTUNITIES, "a.md-skip"),
    ("palette toggle", OPPORTUNITIES, "form[data-md-component=palette] input.md-option"),
    ("search box", OPPORTUNITIES, "input.md-search__input"),
    ("first link in the text", "", "article a[href]:not(.headerlink)"),
    ("annotation toggle", OPPORTUNITIES, "button.annotation-toggle"),
    ("annotation filter reset", "annotations/?motivation=editing", "button.annotation-filter__reset"),
    ("paragraph link", OPPORTUNITIES, "#p1 a.paragraph-link"),
    ("cite button", OPPORTUNITIES, "#p1 a.paragraph-cite"),
    ("glossary term", OPPORTUNITIES, "article a.glossary-term"),
]


@pytest.mark.parametrize(("what", "path", "selector"), KEYBOARD_REACHABLE, ids=[row[0] for row in KEYBOARD_REACHABLE])
def test_control_is_reachable_with_tab(
    page: Page, served_site: SiteServer, what: str, path: str, selector: str
) -> None:
    served_site.open(page, path)
    presses = tab_to(page, selector)
    assert presses >= 1, what


def test_skip_link_moves_focus_to_the_content(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, OPPORTUNITIES)
    page.evaluate("document.querySelector('.md-content article').dataset.untouched = 'yes'")
    page.keyboard.press("Tab")
    skip = page.locator("a.md-skip")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    screenshot(page, "keyboard-skip-link")
    page.keyboard.press("Enter")
    expect(page.locator("article h1")).to_be_focused()
    page.wait_for_timeout(300)  # long enough for an instant-navigation reload to have replaced the page
    expect(page.locator("article h1")).to_be_focused()
    assert page.evaluate("document.querySelector('.md-content article').dataset.untouched") == "yes", (
        "the page was reloaded"
    )
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('article') !== null"), focused_element(page)


def test_search_from_the_keyboard(page: Page, served_site: SiteServer) -> None:
    """A page's title, whose page comes first (*remittances* lists the glossary's *social remittances* first)."""
    served_site.open(page, "")
    page.keyboard.press("/")
    expect(page.locator("input.md-search__input")).to_be_focused()
    page.keyboard.type("opportunities")
    expect(page.locator(".md-search-result__link").first).to_have_attribute("href", re.compile(r"\?h=opportunities$"))
    page.keyboard.press("ArrowDown")
    expect(page.locator(".md-search-result__link").first).to_be_focused()
    screenshot(page, "keyboard-search")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/{OPPORTUNITIES}?h=opportunities")


def test_tab_after_the_search_field_lands_on_something_visible(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, OPPORTUNITIES)
    for query in ("", "remittances"):  # before a query, and with results listed
        tab_to(page, "input.md-search__input")
        page.keyboard.type(query)
        if query:  # the whole word's results, not the first letters' (Material searches on each key's release)
            expect(page.locator(f".md-search-result__link[href*='?h={query}']").first).to_be_visible()
        page.keyboard.press("Tab")
        height = page.evaluate("document.activeElement.getBoundingClientRect().height")
        assert height > 0, f"an invisible Tab stop after the search field: {focused_element(page)}"


def test_escape_hides_a_definition_shown_on_focus(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, OPPORTUNITIES)
    tab_to(page, "article a.glossary-term")
    tooltip = page.locator(".md-tooltip2--active")
    expect(tooltip).to_be_visible()
    page.keyboard.press("Escape")
    expect(tooltip).to_have_count(0)  # WCAG 1.4.13: dismissible without moving focus
    expect(page.locator("article a.glossary-term").first).to_be_focused()


def test_palette_toggle_with_the_keyboard(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, OPPORTUNITIES)
    tab_to(page, "form[data-md-component=palette] input.md-option")
    page.keyboard.press("Enter")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    screenshot(page, "keyboard-dark-mode")
    page.keyboard.press("Enter")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "default")


PALETTE_INPUT = "form[data-md-component=palette] input.md-option"
DARK_PALETTE = {"index": 1, "color": {"media": "(prefers-color-scheme: dark)", "scheme": "slate"}}


def switch_to_dark_and_reload(page: Page) -> None:
    """Switch to dark with the toggle, as a reader does, then load the page again."""
    page.locator("form[data-md-component=palette] label:not([hidden])").click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    page.reload()
    wait_for_material(page)


def store_dark_palette_and_reload(page: Page) -> None:
    """Store the dark palette with Material's own function, as a visit some days ago left it, and reload."""
    page.evaluate("(palette) => __md_set('__palette', palette)", DARK_PALETTE)
    page.reload()
    wait_for_material(page)


# (system colour scheme, what happens after the first load, Shift+Tab?, the toggle's name, the scheme Enter sets)
PALETTE_STATES = [
    ("light", switch_to_dark_and_reload, False, "Switch to light mode", "default"),
    ("light", store_dark_palette_and_reload, False, "Switch to light mode", "default"),
    ("dark", None, False, "Switch to light mode", "default"),
    ("light", None, True, "Switch to dark mode", "slate"),
]


@pytest.mark.parametrize(
    ("system", "prepare", "backwards", "name", "switched"),
    PALETTE_STATES,
    ids=["dark-switched-reloaded", "dark-stored", "dark-system", "light-shift-tab"],
)
def test_tab_lands_on_the_palette_toggle_that_is_shown(
    new_page: Callable[..., Page],
    served_site: SiteServer,
    system: str,
    prepare: Callable[[Page], None] | None,
    backwards: bool,
    name: str,
    switched: str,
) -> None:
    """Material never marked the current palette's radio checked, so Tab took the first of the two.

    In dark mode that was "Switch to dark mode", whose icon is hidden: no focus ring, and a wrong name.
    The light palette reached from behind (Shift+Tab) is checked too: it must stay as it was.
    """
    page = served_site.open(new_page(color_scheme=system), OPPORTUNITIES)
    if prepare:
        prepare(page)
    if backwards:
        tab_to(page, "input.md-search__input")
    tab_to(page, PALETTE_INPUT, backwards=backwards)
    expect(page.locator(f"{PALETTE_INPUT}:focus")).to_have_attribute("aria-label", name)
    icon = page.locator(f"{PALETTE_INPUT}:focus + label")
    expect(icon).to_be_visible()
    assert icon.evaluate("(label) => getComputedStyle(label).outlineStyle") != "none", "no focus ring on the toggle"
    screenshot(page, f"keyboard-palette-{system}-{prepare.__name__ if prepare else 'first-load'}")
    page.keyboard.press("Enter")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", switched)


# Below Material's 76.25em (1220 px) the primary sidebar is a drawer opened by the header's menu button;
# below 60em (960 px) a search button stands for the search field. Material writes both as a <label>
# for a hidden checkbox, which no screen reader announces as a button; accessibility.js puts a button
# in each one's place.
MENU_BUTTON = ".md-header button[aria-label='Navigation']"
SEARCH_BUTTON = ".md-header button[aria-label='Search']"
DRAWER = ".md-sidebar--primary"
DRAWER_LINK = ".md-sidebar--primary a.md-nav__link"
# Whether the focused element is inside the window and painted.
FOCUS_ON_SCREEN = """() => {
  const element = document.activeElement, box = element.getBoundingClientRect();
  const inside = box.right > 0 && box.left < innerWidth && box.bottom > 0 && box.top < innerHeight;
  return inside && getComputedStyle(element).visibility === "visible";
}"""
FOCUS_IN_DRAWER = f"document.activeElement.closest({DRAWER!r}) !== null"
# (the button's name, a window width at which it is shown)
HEADER_BUTTONS = [("Navigation", 390), ("Navigation", 1024), ("Search", 390), ("Search", 720)]


def open_narrow(new_page: Callable[..., Page], served_site: SiteServer, width: int) -> Page:
    """The Opportunities page in a window `width` pixels wide, as tall as a phone."""
    return served_site.open(new_page(viewport={"width": width, "height": 844}), OPPORTUNITIES)


@pytest.mark.parametrize("width", [1024, 390])
def test_tab_never_goes_into_the_closed_drawer(
    new_page: Callable[..., Page], served_site: SiteServer, width: int
) -> None:
    """Material parks the closed drawer off-screen, its links still Tab stops: focus vanished for ~22 presses."""
    page = open_narrow(new_page, served_site, width)
    stops: list[str] = []
    menu_reached = False
    while not page.evaluate("document.activeElement.closest('article') !== null"):
        page.keyboard.press("Tab")
        stops.append(focused_element(page))
        assert page.evaluate(FOCUS_ON_SCREEN), f"Tab stop {len(stops)} is out of sight: {stops[-1]}"
        assert len(stops) < 40, f"the text was not reached: {stops}"
        menu_reached = menu_reached or page.evaluate("(s) => document.activeElement.matches(s)", MENU_BUTTON)
    assert menu_reached, f"the menu button that opens the navigation is not a Tab stop: {stops}"


@pytest.mark.parametrize(("name", "width"), HEADER_BUTTONS, ids=[f"{name}-{width}" for name, width in HEADER_BUTTONS])
def test_the_header_s_menu_and_search_are_buttons_that_tell_whether_they_are_open(
    new_page: Callable[..., Page], served_site: SiteServer, name: str, width: int
) -> None:
    """A screen reader announced Material's <label>s as text: no button, no open or closed (WCAG 4.1.2).

    Each is closed here as a mouse closes it, not with the button: aria-expanded follows the drawer
    and the search however they close.
    """
    page = open_narrow(new_page, served_site, width)
    button = page.get_by_role("button", name=name, exact=True)
    expect(button).to_be_visible()
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(page.locator(f"[id='{button.get_attribute('aria-controls')}']")).to_have_count(1)
    button.click()
    expect(page.get_by_role("button", name=name, exact=True, expanded=True)).to_be_visible()
    if name == "Search":
        expect(page.locator("input.md-search__input")).to_be_focused()
        page.locator(".md-search__icon[for='__search']").click()  # the arrow back, Material's own label
    else:
        page.locator("label.md-overlay").click(position={"x": width - 20, "y": 400})  # beside the drawer
    expect(button).to_have_attribute("aria-expanded", "false")
    if name == "Navigation":  # Material closes the drawer when a link in it loads another page
        button.click()
        with instant_navigation(page):
            page.locator(DRAWER_LINK).filter(has_text="Conclusion").click()
        page.wait_for_url("**/conclusion/")
        expect(button).to_have_attribute("aria-expanded", "false")
        expect(page.locator("[inert]"), "the new page is inert").to_have_count(0)


@pytest.mark.parametrize(("width", "how"), [(1024, "Enter"), (390, "Space"), (390, "click")])
def test_the_drawer_opens_and_closes_from_the_keyboard(
    new_page: Callable[..., Page], served_site: SiteServer, width: int, how: str
) -> None:
    """Open, the drawer covered the menu button and Escape did nothing: the keyboard had no way out."""
    page = open_narrow(new_page, served_site, width)
    menu = page.locator(MENU_BUTTON)
    if how == "click":
        menu.click()
    else:
        expect(menu).to_have_accessible_name("Navigation")
        tab_to(page, MENU_BUTTON)
        outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert outline != "none", "no focus ring on the menu button"
        expect(page.get_by_role("tooltip", name="Navigation")).to_have_css("opacity", "1")  # Material's, on focus
        page.keyboard.press(how)
    expect(page.locator(DRAWER)).to_be_in_viewport(ratio=0.9)
    assert page.evaluate(FOCUS_IN_DRAWER), f"focus stayed behind the open drawer: {focused_element(page)}"
    tab_to(page, DRAWER_LINK)
    assert page.evaluate(FOCUS_ON_SCREEN), f"focus out of sight in the open drawer: {focused_element(page)}"
    screenshot(page, f"keyboard-drawer-{width}-{how}")
    if how == "click":
        page.locator("label.md-overlay").click(position={"x": width - 20, "y": 400})  # beside the drawer
    else:
        page.keyboard.press("Escape")
        expect(menu).to_be_focused()
        assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none", "no focus ring"
    expect(page.locator(DRAWER_LINK).first).to_be_hidden()
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(page.locator("[inert]"), "the page stayed inert").to_have_count(0)


@pytest.mark.parametrize("width", [1024, 390])
def test_tab_stays_in_the_open_drawer(new_page: Callable[..., Page], served_site: SiteServer, width: int) -> None:
    """Tab went on from the drawer's last link into the text behind it, out of sight (WCAG 2.4.11).

    Now it goes round the drawer's stops, leaving the page in between for the browser's own controls
    (no element of the page has the focus then: `body`), as from a modal dialog.
    """
    page = open_narrow(new_page, served_site, width)
    tab_to(page, MENU_BUTTON)
    page.keyboard.press("Enter")
    expect(page.locator(DRAWER)).to_be_in_viewport(ratio=0.9)
    assert page.evaluate(FOCUS_IN_DRAWER), f"focus stayed behind the open drawer: {focused_element(page)}"
    page.keyboard.press("Tab")
    first = focused_element(page)
    for key in ("Tab", "Shift+Tab"):
        stops: list[str] = []
        while not stops or focused_element(page) != first:
            page.keyboard.press(key)
            stops.append(focused_element(page))
            in_drawer = page.evaluate(FOCUS_IN_DRAWER)
            assert in_drawer or stops[-1] == "body", f"{key} {len(stops)} left the open drawer: {stops[-1]}"
            assert not in_drawer or page.evaluate(FOCUS_ON_SCREEN), f"out of sight in the drawer: {stops[-1]}"
            assert len(stops) < 100, f"{key} never came back to {first}: {stops}"
        assert len(stops) > 5, f"too few stops in the drawer: {stops}"


@pytest.mark.parametrize(("width", "how"), [(390, "Enter"), (720, "Space")])
def test_the_search_button_of_a_narrow_window_opens_the_search_and_escape_returns_to_it(
    new_page: Callable[..., Page], served_site: SiteServer, width: int, how: str
) -> None:
    """Below 60em (a phone, a desktop zoomed to 200 %) search is a header button Tab never reached.

    Escape closes the search (Material) and left the focus on the page itself, back at its start.
    """
    page = open_narrow(new_page, served_site, width)
    search = page.locator(SEARCH_BUTTON)
    expect(search).to_have_accessible_name("Search")
    tab_to(page, SEARCH_BUTTON)
    assert page.evaluate(FOCUS_ON_SCREEN), focused_element(page)
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none", "no focus ring"
    page.keyboard.press(how)
    expect(page.locator("input.md-search__input")).to_be_focused()
    expect(search).to_have_attribute("aria-expanded", "true")
    page.keyboard.type("diaspora")
    expect(page.locator(".md-search-result__item a[href*='?h=diaspora']").first).to_be_visible()  # not "d"'s
    screenshot(page, f"keyboard-search-{width}")
    page.keyboard.press("Escape")
    expect(page.locator(".md-search-result__item").first).to_be_hidden()
    expect(search).to_be_focused()
    expect(search).to_have_attribute("aria-expanded", "false")


def test_the_sidebar_of_a_wide_screen_stays_in_the_tab_order(
    new_page: Callable[..., Page], served_site: SiteServer
) -> None:
    """At 1440 px the sidebar is always shown: its links stay Tab stops, and there is no menu button."""
    page = served_site.open(new_page(viewport={"width": 1440, "height": 900}), OPPORTUNITIES)
    tab_to(page, DRAWER_LINK)
    assert page.evaluate(FOCUS_ON_SCREEN), focused_element(page)
    expect(page.locator(MENU_BUTTON)).to_be_hidden()
    expect(page.locator(SEARCH_BUTTON)).to_be_hidden()
    page.locator("#__drawer").evaluate("toggle => toggle.click()")  # left checked by a narrower window
    tab_to(page, "article a[href]:not(.headerlink)")
    expect(page.locator("[inert]")).to_have_count(0)


def test_focus_is_visible_on_links(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, "")
    tab_to(page, "article a[href]:not(.headerlink)")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none", f"no focus outline on {focused_element(page)}"


TRAP_DEMO = """<!DOCTYPE html><html lang="en"><body>
<button id="open">Cite</button>
<div id="dialog" role="dialog" aria-modal="true" aria-label="Cite" hidden>
  <button id="first">Copy</button><a href="#x" id="last">Close</a>
</div>
<script>
const opener = document.getElementById("open"), dialog = document.getElementById("dialog");
const items = () => [...dialog.querySelectorAll("button, a")];
opener.addEventListener("click", () => { dialog.hidden = false; items()[0].focus(); });
dialog.addEventListener("keydown", (event) => {
  const list = items(), index = list.indexOf(document.activeElement);
  if (event.key === "Escape") { dialog.hidden = true; opener.focus(); }
  if (event.key === "Tab") {
    event.preventDefault();
    list[(index + (event.shiftKey ? -1 : 1) + list.length) % list.length].focus();
  }
});
</script></body></html>"""


def test_dialog_focus_helper_accepts_a_correct_dialog(page: Page) -> None:
    page.set_content(TRAP_DEMO)
    assert_dialog_keeps_focus(page, "#open", "#dialog")


def test_dialog_focus_helper_rejects_a_dialog_that_leaks_focus(page: Page) -> None:
    page.set_content(TRAP_DEMO.replace("event.preventDefault();", "return;"))
    with pytest.raises(AssertionError, match="Tab left the dialog"):
        assert_dialog_keeps_focus(page, "#open", "#dialog")


# Every Tab stop inside a paragraph, in Tab order, from the first one reached in it to the last.
PARAGRAPH_TAB_STOPS = """(id) => {
  const p = document.getElementById(id);
  const stops = [...p.querySelectorAll("a[href], button, [tabindex]:not([tabindex='-1'])")];
  return stops.filter((e) => e.getClientRects().length).map((e) => e.matches(".paragraph-link, .paragraph-cite")
    ? e.className : "text");
}"""


@pytest.mark.parametrize(
    ("width", "margin_first"), [(1280, True), (960, True), (390, False)], ids=["sidebar", "no-sidebar", "phone"]
)
def test_tab_reaches_a_paragraph_s_number_and_cite_where_they_stand(
    new_page: Callable[..., Page], served_site: SiteServer, width: int, margin_first: bool
) -> None:
    """WCAG 2.4.3: from 720 px the ¶ and Cite stand in the margin left of the text, so Tab reaches them
    before the paragraph's term and annotation links (it reached them last); on a phone they follow the
    paragraph's last line, and come last."""
    page = served_site.open(new_page(viewport={"width": width, "height": 900}), OPPORTUNITIES)
    stops = page.evaluate(PARAGRAPH_TAB_STOPS, "p1")
    assert "text" in stops, stops  # #p1 has term links: the test means something
    tab_to(page, "#p1 :is(a[href], button)")
    seen = [page.evaluate("document.activeElement.matches('.paragraph-link, .paragraph-cite')")]
    for _ in range(len(stops) - 1):
        page.keyboard.press("Tab")
        seen.append(page.evaluate("document.activeElement.matches('.paragraph-link, .paragraph-cite')"))
    controls = [True, True]
    expected = controls + [False] * (len(stops) - 2) if margin_first else [False] * (len(stops) - 2) + controls
    assert seen == expected, f"{width}px, Tab stops in #p1 (True: ¶ or Cite): {seen}"
    screenshot(page, f"keyboard-paragraph-order-{width}")


@pytest.mark.parametrize("narrowed", [False, True], ids=["wide", "narrowed-after-navigating"])
def test_after_instant_navigation_tab_reaches_the_margin_where_it_stands(
    new_page: Callable[..., Page], served_site: SiteServer, narrowed: bool
) -> None:
    """Instant navigation swaps the article, not the document: citation-margin.js places the new page's ¶ and
    Cite (first from 720 px), and its listener for the phone's width still moves them last."""
    page = served_site.open(new_page(viewport={"width": 1280, "height": 900}), OPPORTUNITIES)
    page.evaluate("window.__sameDocument = true")
    with instant_navigation(page):
        page.evaluate("document.querySelector(\".md-sidebar--primary a.md-nav__link[href$='/challenges/']\").click()")
    page.wait_for_url("**/migration-and-transnationalism/challenges/")
    assert page.evaluate("window.__sameDocument === true"), "the link was followed by instant navigation"
    # the URL changes before the article is swapped: wait for this page's #p4 (the last page's has no links)
    expect(page.locator(".md-content h1")).to_have_text(re.compile("^Challenges"))
    expect(page.locator("#p4 a.annotation-ref")).to_have_count(2)
    expect(page.locator("#p4 a.paragraph-cite")).to_have_count(1)
    if narrowed:  # citation-margin.js moves ¶ and Cite last from its media-query listener, in the next frame
        set_viewport(page, 390, 900)
    stops = page.evaluate(PARAGRAPH_TAB_STOPS, "p4")
    assert "text" in stops, stops  # #p4 has annotation and note links
    controls = ["paragraph-link", "paragraph-cite"]
    margin = stops[-2:] if narrowed else stops[:2]
    assert [name.split()[0] for name in margin] == controls, stops
    tab_to(page, "#p4 a.paragraph-link")
    page.keyboard.press("Tab")
    expect(page.locator("#p4 a.paragraph-cite")).to_be_focused()
