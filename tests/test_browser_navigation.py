"""The navigation shows this edition's long titles whole, in the phone's drawer and in the desktop's sidebar.

The site's name ("Migration and Transnationalism — an annotated edition") and a chapter's ("Perspectives
from governments of countries of origin and migrant associations") are longer than Material plans for:
the drawer cut every panel's title to one line ending in "…", so a reader could not tell which section
was open, and from 1220 px the sidebar's title, sticky and three lines tall, had the links scroll under it
and show half-faded beneath its last line, read as one with it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from browser import SiteServer, screenshot, wait_for_transitions
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ORIGIN = "origin-governments-and-migrant-associations/"  # its panel is the chapter's long title
QUALITY = "about/quality/"  # the last section's page: the sidebar opens scrolled down to it

# Each title and label the primary navigation lays out (every panel of the drawer, shown or waiting beside
# it), whose words overflow its box: cut off, with or without "…".
CUT_TITLES = """() => [...document.querySelectorAll(".md-nav--primary :is(.md-nav__title, .md-ellipsis)")]
  .filter((element) => element.getClientRects().length > 0)
  .filter((element) => element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)
  .map((element) => `${element.className} "${element.textContent.trim()}": ${element.scrollWidth}×${element.scrollHeight} `
    + `px of words in ${element.clientWidth}×${element.clientHeight} (text-overflow: ${getComputedStyle(element).textOverflow})`)"""

# The sidebar scrolled from its top to its end by `step` px: at each place, the links shown in its scrolling
# area (any part of them) whose box meets the box of the navigation's title, itself in that area.
LINKS_UNDER_TITLE = """(step) => {
  const area = document.querySelector(".md-sidebar--primary .md-sidebar__scrollwrap");
  const title = document.querySelector(".md-nav--primary > .md-nav__title");
  const meets = (a, b) => a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right;
  const found = [];
  for (let top = 0; top <= area.scrollHeight - area.clientHeight + step; top += step) {
    area.scrollTop = top;
    const shown = area.getBoundingClientRect(), heading = title.getBoundingClientRect();
    if (!meets(heading, shown)) continue;
    for (const link of area.querySelectorAll(".md-nav__link")) {
      const box = link.getBoundingClientRect();
      if (box.height > 0 && meets(box, shown) && meets(box, heading))
        found.push(`at ${area.scrollTop} px: "${link.textContent.trim()}" (${box.top}–${box.bottom}) under the title (${heading.top}–${heading.bottom})`);
    }
  }
  return found;
}"""


def open_navigation(new_page: Callable[..., Page], served_site: SiteServer, width: int, path: str) -> Page:
    """`path` in a window `width` px wide, its navigation open: the drawer below Material's 1220 px."""
    page = served_site.open(new_page(viewport={"width": width, "height": 800}), path)
    if width < 1220:
        page.get_by_role("button", name="Navigation", exact=True).click()
        expect(page.locator(".md-sidebar--primary")).to_be_in_viewport(ratio=0.9)
        wait_for_transitions(page)
    return page


@pytest.mark.parametrize("width", [320, 1024, 1280])
def test_no_navigation_title_is_cut_short(new_page: Callable[..., Page], served_site: SiteServer, width: int) -> None:
    """A drawer's panel is titled with its section's name; cut to "Perspectives from govern…", no reader
    could tell it from another. Every title and label is whole, however many lines it takes."""
    page = open_navigation(new_page, served_site, width, ORIGIN)
    screenshot(page, f"navigation-titles-{width}")
    cut = page.evaluate(CUT_TITLES)
    assert not cut, "titles cut short:\n" + "\n".join(cut)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_sidebar_s_links_never_pass_under_its_title(
    new_page: Callable[..., Page], served_site: SiteServer, scheme: str
) -> None:
    """Sticky, the site's name stood three lines tall over the sidebar, and a link scrolled under it showed
    half-faded beneath its last line ("…an annotated edition transnationalism"). It scrolls with them."""
    page = served_site.open(new_page(color_scheme=scheme), QUALITY)
    under = page.evaluate(LINKS_UNDER_TITLE, 10)
    assert not under, f"{len(under)} times a link lay under the title, first:\n" + "\n".join(under[:5])
    page.locator(".md-sidebar--primary .md-sidebar__scrollwrap").evaluate("(area) => { area.scrollTop = 150; }")
    screenshot(page, f"navigation-sidebar-scrolled-{scheme}")


# What the reader sees at the middle of the open drawer: the panel there (its title) and how many entries it lists.
PANEL_SHOWN = """() => {
  const box = document.querySelector(".md-sidebar--primary").getBoundingClientRect();
  const panel = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)?.closest(".md-nav");
  if (!panel) return ["no panel", -1];
  const title = panel.querySelector(":scope > .md-nav__title")?.textContent.trim() ?? "";
  return [title, panel.querySelectorAll(":scope > .md-nav__list > .md-nav__item").length];
}"""


@pytest.mark.parametrize("path", [ORIGIN, "annotations/", "policy-areas/", "policy-areas/remittances/"])
@pytest.mark.parametrize("width", [390, 1024])
def test_the_drawer_opens_on_a_panel_with_links(
    new_page: Callable[..., Page], served_site: SiteServer, width: int, path: str
) -> None:
    """A section that is only its index page (the chapter, Annotations, Policy areas and its area pages) has an empty panel, and
    Material opened the drawer on it there: a title, a way back and nothing else. It opens on the panel that
    lists the page, beside its neighbours."""
    page = open_navigation(new_page, served_site, width, path)
    screenshot(page, f"navigation-drawer-{width}-{path.strip('/')}")
    title, entries = page.evaluate(PANEL_SHOWN)
    assert entries > 0, f"the drawer opened on {title!r}, a panel with {entries} entries"
