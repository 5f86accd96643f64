"""In a real browser (tests/browser.py): an annotation icon's tooltip ("Editorial note by Edition editors") is on
screen, hovered or reached by Tab, wherever the icon stands in the window.

Material sets a title's tooltip below its trigger, always: the icon on the window's last line had it cut off
below the window (at 1440×700, at y 697–721). It flips above there, as a glossary term's definition does
(`window.edition.anchorTooltips`, edition.js).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from browser import SiteServer, screenshot, wait_until_still
from playwright.sync_api import Page, expect
from reader_helpers import OPPORTUNITIES

pytestmark = [pytest.mark.browser, pytest.mark.slow]

WIDTH, HEIGHT = 1440, 700
ICON = "article a.annotation-ref[href$='#missing-note-4']"  # after "so-called “social remittances.”"
LABEL = "Editorial note by Edition editors"
GAP = 8  # CSS px between the icon and the window's edge (or the header's)

# Scroll the window so that the element stands on its last line (`bottom`) or its first under the header (`top`).
PLACE = """(element, [where, gap]) => {
  const box = element.getBoundingClientRect();
  const header = document.querySelector(".md-header").getBoundingClientRect().bottom;
  window.scrollBy(0, where === "bottom" ? box.bottom - window.innerHeight + gap : box.top - header - gap);
}"""


def placed_icon(page: Page, where: str) -> dict[str, float]:
    """The icon's box once it stands on the window's last line or first line."""
    icon = page.locator(ICON)
    icon.evaluate(PLACE, [where, GAP])
    box = icon.bounding_box()
    header = page.locator(".md-header").bounding_box()
    assert box and header
    if where == "bottom":
        assert HEIGHT - (box["y"] + box["height"]) <= GAP + 1, f"the icon is not on the last line: {box}"
    else:
        assert box["y"] - (header["y"] + header["height"]) <= GAP + 1, f"the icon is not on the first line: {box}"
    return box


def show_tooltip(page: Page, how: str, box: dict[str, float]) -> None:
    """Point at the icon, or reach it with the keyboard, without scrolling the page (hover() would scroll)."""
    icon = page.locator(ICON)
    if how == "hover":
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    else:
        icon.evaluate("(element) => element.focus({ preventScroll: true })")
        page.keyboard.press("Shift+Tab")  # to what comes before it (on screen: no scroll), and back by Tab
        page.keyboard.press("Tab")
        expect(icon).to_be_focused()
    assert icon.bounding_box() == box, "showing the tooltip scrolled the page"


@pytest.mark.parametrize("how", ["hover", "focus"])
@pytest.mark.parametrize("where", ["bottom", "top"])
def test_an_annotation_icon_s_tooltip_is_inside_the_window(
    new_page: Callable[..., Page], served_site: SiteServer, where: str, how: str
) -> None:
    page = served_site.open(new_page(viewport={"width": WIDTH, "height": HEIGHT}), OPPORTUNITIES)
    box = placed_icon(page, where)
    show_tooltip(page, how, box)
    icon = page.locator(ICON)
    expect(icon).to_have_attribute("aria-describedby", re.compile(r"\S"))
    tooltip = page.locator(f"#{icon.get_attribute('aria-describedby')}")
    expect(tooltip).to_have_class(re.compile(r"\bmd-tooltip2--active\b"))
    inner = tooltip.locator(".md-tooltip2__inner")
    expect(inner).to_have_text(LABEL)
    wait_until_still(inner)  # Material places the tooltip on the next frames
    shown = inner.bounding_box()
    header = page.locator(".md-header").bounding_box()
    screenshot(page, f"annotation-tooltip-{where}-{how}")
    assert shown and header
    assert shown["y"] >= header["y"] + header["height"], f"the tooltip is under the header: {shown}"
    assert shown["y"] + shown["height"] <= HEIGHT, f"the tooltip is cut off below the window: {shown}"
    assert 0 <= shown["x"] and shown["x"] + shown["width"] <= WIDTH, f"the tooltip is cut off at a side: {shown}"
    below, above = shown["y"] >= box["y"] + box["height"], shown["y"] + shown["height"] <= box["y"]
    assert below or above, f"the tooltip covers its icon: {shown} over {box}"
