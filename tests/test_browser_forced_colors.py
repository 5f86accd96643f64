"""In forced colours (Windows contrast themes): icons stay visible, and what floats over the text has an edge.

The browser paints backgrounds in the theme's Canvas colour there, and every icon drawn as a CSS
mask over a background colour (Material's and the edition's) paints nothing unless the style
exempts it; shadows are not drawn either, so what a shadow edged needs a frame. Each check hides
the icon (or the frame) and compares screenshots: one that paints nothing leaves the picture
unchanged.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import pytest
from browser import SiteServer, screenshot, wait_until_still
from browser_accessibility_helpers import tab_to
from playwright.sync_api import Locator, Page, expect
from quality_tools import html_pages, page_url_path

pytestmark = [pytest.mark.browser, pytest.mark.slow]

OPPORTUNITIES = "migration-and-transnationalism/opportunities/"
NARROW = {"width": 800, "height": 900}  # below Material's 1220px, the navigation is a drawer

# Icons laid out on the page (drawn as a mask on a pseudo-element) that forced colours would adjust.
UNADJUSTED_MASK_ICONS = """() => {
  const found = new Set();
  for (const element of document.querySelectorAll("body *")) {
    if (element.closest("[hidden]") || element.getBoundingClientRect().width === 0) continue;
    for (const pseudo of ["::before", "::after"]) {
      const style = getComputedStyle(element, pseudo);
      if (style.content === "none" || style.display === "none" || style.maskImage === "none") continue;
      if (style.forcedColorAdjust !== "none") found.add(`${element.localName}.${[...element.classList].join(".")}${pseudo}`);
    }
  }
  return [...found];
}"""


def differs_without(page: Page, shoot: Callable[[], bytes], css: str) -> bool:
    """Whether a picture changes when `css` is added to the page (it is removed again after)."""
    before = shoot()
    style = page.add_style_tag(content=css)
    after = shoot()
    style.evaluate("style => style.remove()")
    return before != after


def paints(page: Page, element: Locator, pseudo_selector: str) -> bool:
    """Whether the icon drawn by `pseudo_selector` (e.g. `summary::before`) changes how `element` looks."""
    element.scroll_into_view_if_needed()
    shoot = partial(element.screenshot, animations="disabled")
    return differs_without(page, shoot, f"{pseudo_selector} {{ visibility: hidden !important; }}")


def framed(page: Page, element: Locator, selector: str) -> bool:
    """Whether the outline of `selector` (matching `element`) draws an edge around it."""
    box = element.bounding_box()
    assert box is not None
    around = {"x": box["x"] - 4, "y": box["y"] - 4, "width": box["width"] + 8, "height": box["height"] + 8}
    shoot = partial(page.screenshot, clip=around, animations="disabled")
    return differs_without(page, shoot, f"{selector} {{ outline: none !important; }}")


@pytest.fixture(params=["none", "active"], ids=["normal colours", "forced colours"])
def forced_colors(request: pytest.FixtureRequest) -> str:
    """Each check runs in normal colours too, so it is known to see the icon where it is drawn."""
    return request.param


def test_annotation_icons_and_block_icons_are_visible(
    new_page: Callable[..., Page], served_site: SiteServer, forced_colors: str
) -> None:
    page = new_page(forced_colors=forced_colors)
    served_site.open(page, OPPORTUNITIES)
    assert paints(page, page.locator("a.annotation-ref").first, ".md-typeset a.annotation-ref::after")
    summary = page.locator("details.annotation > summary").first
    assert paints(page, summary, ".md-typeset details.annotation > summary::before"), "the kind's icon"
    assert paints(page, summary, ".md-typeset details.annotation > summary::after"), "the open/close arrow"
    screenshot(page, f"forced-colors-{forced_colors}-annotations")


def test_annotated_words_are_marked_unlike_search_hits(
    new_page: Callable[..., Page], served_site: SiteServer, forced_colors: str
) -> None:
    """Forced colours paint every mark in the theme's Mark colour, a search hit (`?h=…`) and an
    annotated word alike: the annotated words' underline tells them apart there."""
    page = new_page(forced_colors=forced_colors)
    served_site.open(page, OPPORTUNITIES + "?h=ideas")
    expect(page.locator("article mark[data-md-highlight]").first).to_be_visible()
    quote = page.locator("mark.annotation-quote").first
    quote.scroll_into_view_if_needed()
    shoot = partial(quote.screenshot, animations="disabled")
    assert differs_without(page, shoot, ".md-typeset mark.annotation-quote { text-decoration: none !important; }")
    assert (
        page.locator("article mark[data-md-highlight]").first.evaluate("m => getComputedStyle(m).textDecorationLine")
        == "none"
    )
    screenshot(page, f"forced-colors-{forced_colors}-annotated-words-and-search-hits")


def test_the_way_back_from_a_footnote_is_visible(
    new_page: Callable[..., Page], served_site: SiteServer, forced_colors: str
) -> None:
    page = new_page(forced_colors=forced_colors)
    served_site.open(page, OPPORTUNITIES + "#fn:4")  # Material shows the way back on the note in view
    back = page.locator("li[id='fn:4'] a.footnote-backref")
    expect(back).to_have_css("opacity", "1")
    assert paints(page, back, ".md-typeset .footnote-backref::before")


def test_the_navigation_drawers_arrows_are_visible(
    new_page: Callable[..., Page], served_site: SiteServer, forced_colors: str
) -> None:
    page = new_page(forced_colors=forced_colors, viewport=NARROW)
    served_site.open(page, OPPORTUNITIES)
    page.get_by_role("button", name="Navigation", exact=True).click()
    arrow = page.locator(".md-nav--primary label.md-nav__link[for^='__nav_'] .md-nav__icon").first
    expect(arrow).to_be_visible()
    assert paints(page, arrow, ".md-nav__icon::after")
    screenshot(page, f"forced-colors-{forced_colors}-drawer")


def test_the_open_drawer_has_a_visible_edge(new_page: Callable[..., Page], served_site: SiteServer) -> None:
    """Open, the drawer lies over the text, which Material dims and edges with a shadow; a contrast theme draws
    neither, and its links ran on into the lines beside them ("Migration and … migration and")."""
    page = new_page(forced_colors="active", viewport={"width": 390, "height": 800})
    served_site.open(page, "")
    page.get_by_role("button", name="Navigation", exact=True).click()
    drawer = page.locator(".md-sidebar--primary")
    wait_until_still(drawer)  # it slides in: measured before, the pictures could miss its edge
    box = drawer.bounding_box()
    assert box is not None
    edge = {"x": box["x"] + box["width"] - 4, "y": box["y"] + 100, "width": 8, "height": box["height"] - 200}
    shoot = partial(page.screenshot, clip=edge, animations="disabled")
    screenshot(page, "forced-colors-active-drawer-edge")
    css = ".md-sidebar--primary { outline: none !important; border: none !important; }"
    assert differs_without(page, shoot, css), "nothing marks the drawer's edge"


# What sets a link apart other than its colour: its weight or a frame (not an underline: the title's box,
# which cuts a long one short with "…", clips a line under its text, so a computed underline may not show).
NOT_COLOUR = """(link) => { const s = getComputedStyle(link);
  return [s.fontWeight, s.borderLeftStyle, s.outlineStyle].join(" "); }"""


@pytest.mark.parametrize("width", [390, 1280], ids=["drawer", "sidebar"])
def test_the_navigation_marks_the_page_shown_in_more_than_colour(
    new_page: Callable[..., Page], served_site: SiteServer, width: int
) -> None:
    """Material marks the page shown in the navigation by its colour alone, which a contrast theme replaces
    with the one colour of every link: in the drawer and the sidebar the page shown looked like the others."""
    page = new_page(forced_colors="active", viewport={"width": width, "height": 800})
    served_site.open(page, "migration-and-transnationalism/opportunities/")
    if width < 1220:
        page.get_by_role("button", name="Navigation", exact=True).click()
    links = page.locator(".md-nav--primary .md-nav__item--active > .md-nav__link--active:visible")
    expect(links.first).to_be_visible()
    active = links.first.evaluate(NOT_COLOUR)
    others = page.locator(".md-nav--primary .md-nav__item:not(.md-nav__item--active) > a.md-nav__link").evaluate_all(
        f"(links) => links.filter((link) => link.offsetParent).map({NOT_COLOUR})"
    )
    screenshot(page, f"forced-colors-active-page-shown-{width}")
    assert others and active not in others, f"the page shown ({active}) looks like the others ({set(others)})"


@pytest.mark.parametrize("name", ["Navigation", "Search"])
def test_the_header_s_menu_and_search_buttons_and_their_focus_ring_are_visible(
    new_page: Callable[..., Page], served_site: SiteServer, forced_colors: str, name: str
) -> None:
    """The buttons accessibility.js puts in place of Material's labels: their icon and, from Tab, their ring."""
    page = new_page(forced_colors=forced_colors, viewport={"width": 390, "height": 844})
    served_site.open(page, OPPORTUNITIES)
    button = page.get_by_role("button", name=name, exact=True)
    box = button.bounding_box()
    assert box is not None
    around = {"x": box["x"] - 4, "y": box["y"] - 4, "width": box["width"] + 8, "height": box["height"] + 8}
    shoot = partial(page.screenshot, clip=around, animations="disabled")
    assert differs_without(page, shoot, ".md-header button svg { visibility: hidden !important; }"), "no icon"
    tab_to(page, f".md-header button[aria-label='{name}']")
    assert differs_without(page, shoot, ".md-header button { outline: none !important; }"), "no focus ring"
    screenshot(page, f"forced-colors-{forced_colors}-{name.lower()}-button-focused")


def test_the_cite_dialog_has_a_visible_edge(new_page: Callable[..., Page], served_site: SiteServer) -> None:
    """Its shadow is its edge in normal colours; contrast themes draw no shadow, so it has a frame there."""
    page = new_page(forced_colors="active")
    served_site.open(page, OPPORTUNITIES)
    page.locator("#p3").hover()
    page.locator("#p3 a.paragraph-cite").click()
    dialog = page.locator("dialog.edition-cite-dialog")
    expect(dialog).to_be_visible()
    screenshot(page, "forced-colors-active-cite-dialog")
    assert framed(page, dialog, "dialog.edition-cite-dialog"), "nothing marks the dialog's edge"


@pytest.mark.parametrize("trigger", ["a.glossary-term", "a.footnote-ref"], ids=["term's definition", "footnote"])
def test_tooltips_have_a_visible_edge(new_page: Callable[..., Page], served_site: SiteServer, trigger: str) -> None:
    """Material edges its tooltips with a shadow only; over the text beneath they need a frame there."""
    page = new_page(forced_colors="active")
    served_site.open(page, OPPORTUNITIES)
    page.locator(trigger).first.hover()
    tooltip = page.locator(".md-tooltip2--active .md-tooltip2__inner")
    wait_until_still(tooltip)  # placed over the next frames: measured before, the pictures could miss its edge
    assert framed(page, tooltip, ".md-tooltip2__inner"), "nothing marks the tooltip's edge"


@pytest.mark.parametrize("viewport", [{"width": 1280, "height": 900}, NARROW], ids=["wide", "drawer"])
def test_no_page_shows_a_mask_icon_that_forced_colours_would_blank(
    new_page: Callable[..., Page], served_site: SiteServer, viewport: dict[str, int]
) -> None:
    """The checks above, for every page: a new icon without a forced-colours rule fails here."""
    page = new_page(forced_colors="active", viewport=viewport)
    blank: dict[str, str] = {}
    for built in html_pages(served_site.root):
        served_site.open(page, page_url_path(built))
        for icon in page.evaluate(UNADJUSTED_MASK_ICONS):
            blank.setdefault(icon, page_url_path(built) or "/")
    assert not blank, f"icons that vanish in forced colours (first page showing each): {blank}"


def test_search_results_and_back_to_top_have_a_visible_edge(
    new_page: Callable[..., Page], served_site: SiteServer
) -> None:
    """Both float over the text; Material edges them with a shadow only."""
    page = new_page(forced_colors="active")
    served_site.open(page, OPPORTUNITIES)
    page.mouse.wheel(0, 1500)
    page.wait_for_function("() => scrollY >= 1000")  # down first, then up: one scroll event is not the other
    page.mouse.wheel(0, -300)  # Material shows "Back to top" when the reader scrolls up
    top = page.locator(".md-top")
    wait_until_still(top)  # it slides in: measured before, the pictures could miss its edge
    assert framed(page, top, ".md-top"), "nothing marks the button's edge"
    page.locator("input.md-search__input").click()
    page.keyboard.type("remittances")
    results = page.locator(".md-search__output")
    expect(page.locator(".md-search-result__item a[href*='?h=remittances']").first).to_be_visible()  # not "r"'s
    assert framed(page, results, ".md-search__output"), "nothing marks the edge of the search results"
    screenshot(page, "forced-colors-active-search")
