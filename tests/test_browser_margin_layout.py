"""In a real browser (tests/browser.py): where the margin's actions (¶ N and Cite) stand: on screen at every
width, clear of the navigation's column and of a quotation's bar, and, printed, every ¶ number in the margin."""

from __future__ import annotations

import pytest
from browser import SiteServer, screenshot, set_viewport
from playwright.sync_api import Page, expect
from reader_helpers import ANNEX, OPPORTUNITIES

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# Where the margin actions stand: their leftmost edge, the navigation's right edge (0 without the
# sidebar), and for quoted paragraphs their right edge against the quote's bar.
MARGIN_LAYOUT = """() => {
  const sidebar = document.querySelector(".md-sidebar--primary");
  const shown = getComputedStyle(sidebar).visibility !== "hidden" && sidebar.getBoundingClientRect().left >= 0;
  const navRight = shown
    ? Math.max(0, ...[...sidebar.querySelectorAll(".md-nav__link .md-ellipsis")].map((e) => e.getBoundingClientRect().right))
    : 0;
  const actions = [...document.querySelectorAll("article p[id^='p'] > .paragraph-actions")];
  const quoted = [...document.querySelectorAll("article blockquote > p[id^='p'] > .paragraph-actions")].map((e) => [
    e.getBoundingClientRect().right,
    e.closest("blockquote").getBoundingClientRect().left,
  ]);
  return { left: Math.min(...actions.map((e) => e.getBoundingClientRect().left)), navRight, quoted, count: actions.length };
}"""


@pytest.mark.parametrize("path", [OPPORTUNITIES, ANNEX])
def test_printed_page_shows_every_paragraph_number_in_the_margin(
    page: Page, served_site: SiteServer, path: str
) -> None:
    served_site.open(page, path)
    page.emulate_media(media="print")
    numbers = page.locator("article p[id^='p'] .paragraph-link")
    assert numbers.count() >= 5
    for index in range(numbers.count()):
        number = numbers.nth(index)
        paragraph = number.locator("xpath=ancestor::p[1]")
        bar = paragraph.locator("xpath=ancestor::blockquote[1]")
        edge = (bar if bar.count() else paragraph).bounding_box()
        box = number.bounding_box()
        assert number.evaluate("(el) => getComputedStyle(el.closest('.paragraph-actions') || el).opacity") == "1"
        assert box and edge and 0 <= box["x"] and box["x"] + box["width"] <= edge["x"], (number.inner_text(), box, edge)
    expect(page.locator("article .paragraph-cite").first).to_be_hidden()
    screenshot(page, f"print-{path.strip('/').replace('/', '-')}", full_page=True)


@pytest.mark.parametrize("path", [OPPORTUNITIES, ANNEX])
def test_margin_actions_are_on_screen_clear_of_the_navigation_and_the_quote_bar(
    page: Page, served_site: SiteServer, path: str
) -> None:
    """From 720px (below it they follow the paragraph) to wide screens; without Material's left sidebar
    (below 1220px) they were cut off by the window's edge, and a quoted paragraph's sat on its bar."""
    served_site.open(page, path)
    problems = []
    for width in [720, 800, 960, 1100, 1219, 1220, 1280, 1440, 1920]:
        set_viewport(page, width, 900)  # Material's sidebar follows the window's resize events
        layout = page.evaluate(MARGIN_LAYOUT)
        assert layout["count"] > 0
        if layout["left"] < 0:
            problems.append(f"{width}px: actions start at x={layout['left']:.0f}, off screen")
        if 0 < layout["left"] < layout["navRight"]:
            problems.append(
                f"{width}px: actions (x={layout['left']:.0f}) under the navigation (to x={layout['navRight']:.0f})"
            )
        problems += [
            f"{width}px: a quoted paragraph's actions reach x={right:.0f}, the bar is at {bar:.0f}"
            for right, bar in layout["quoted"]
            if right > bar
        ]
    assert not problems, "\n".join(problems)


# Where the margin actions stand against the navigation column: the left sidebar's scrolling column (its
# links and their scrollbar) right edge, the actions' leftmost edge, and where the text starts against
# the sidebar's box (Material's 1.2rem), all in px; null without the sidebar.
SIDEBAR_GAP = """() => {
  const sidebar = document.querySelector(".md-sidebar--primary");
  const box = sidebar.getBoundingClientRect();
  if (getComputedStyle(sidebar).visibility === "hidden" || box.left < 0) return null;
  const column = sidebar.querySelector(".md-sidebar__scrollwrap").getBoundingClientRect();
  const actions = [...document.querySelectorAll("article p[id^='p'] > .paragraph-actions")];
  const article = document.querySelector(".md-content article");
  const text = article.getBoundingClientRect().left + parseFloat(getComputedStyle(article).paddingLeft);
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return {
    column: column.right,
    actions: Math.min(...actions.map((e) => e.getBoundingClientRect().left)),
    textIndent: (text - box.right) / rem,
  };
}"""


@pytest.mark.parametrize("path", [OPPORTUNITIES, ANNEX])
def test_margin_actions_stand_clear_of_the_navigation_column(page: Page, served_site: SiteServer, path: str) -> None:
    """At 1,280 px the actions stood less than a pixel from the navigation's links, and under the column
    its scrollbar is drawn in: 8 px at least between them, and the text where Material puts it."""
    served_site.open(page, path)
    problems = []
    for width in [1220, 1280, 1440, 1920]:
        set_viewport(page, width, 900)  # Material's sidebar follows the window's resize events
        layout = page.evaluate(SIDEBAR_GAP)
        assert layout, f"{width}px: the sidebar should be shown"
        if layout["actions"] - layout["column"] < 8:
            problems.append(
                f"{width}px: actions at x={layout['actions']:.1f}, the navigation to x={layout['column']:.1f}"
            )
        if abs(layout["textIndent"] - 1.2) > 0.01:
            problems.append(f"{width}px: the text starts {layout['textIndent']:.2f}rem after the sidebar, not 1.2rem")
    assert not problems, "\n".join(problems)
    screenshot(page, f"citation-margin-beside-navigation-{path.strip('/').replace('/', '-')}")
