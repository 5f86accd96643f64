"""In a real browser (tests/browser.py): links pointed at or reached by Tab stay readable, in both palettes.

Material turns every link it styles to its accent colour when pointed at or focused (`.md-typeset a:hover`), and
glossary.css turns a glossary term to it: 4.26:1 on the light palette's white, 3.8:1 on the dark palette's grey
(WCAG 1.4.3 asks 4.5:1). axe checks neither state: it reads the page at rest. "Back to top" turns white words on
that colour. The edition's accent (accessibility.css) passes in both.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from browser import SiteServer, screenshot, wait_for_transitions, wait_until_still
from browser_accessibility_helpers import contrast_ratios, painted_backgrounds, tab_to
from playwright.sync_api import Page
from reader_helpers import OPPORTUNITIES

pytestmark = [pytest.mark.browser, pytest.mark.slow]

LINKS = {  # what a reader points at: where, and which (the first of them)
    "glossary-term": (OPPORTUNITIES, "article a.glossary-term"),
    "annotation-permalink": (OPPORTUNITIES, "article a.annotation__permalink"),
    "area-page-link": ("policy-areas/", "article h2 > a:not(.headerlink)"),  # the overview's, to an area's page
    "area-counts-link": ("policy-areas/", "article a.policy-area-counts"),
}
# What shows a link's state: its colour and its underline.
LOOK = """(element) => { const style = getComputedStyle(element);
  return [style.color, style.textDecorationLine, style.textDecorationThickness, style.textDecorationColor]; }"""


def link_state(page: Page, selector: str) -> tuple[float, tuple[int, int, int], list[str]]:
    """The first such link's contrast on what is painted behind it, that colour, and the link's look."""
    return (
        contrast_ratios(page, selector)[0][1],
        painted_backgrounds(page, selector)[0],
        page.eval_on_selector(selector, LOOK),
    )


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("link", LINKS)
def test_a_link_stays_readable_and_visibly_changes_pointed_at_and_focused(
    new_page: Callable[..., Page], served_site: SiteServer, scheme: str, link: str
) -> None:
    path, selector = LINKS[link]
    page = served_site.open(new_page(color_scheme=scheme), path)
    page.locator(selector).first.scroll_into_view_if_needed()
    wait_for_transitions(page)
    rest = link_state(page, selector)
    page.locator(selector).first.hover()
    wait_for_transitions(page)
    hovered = link_state(page, f"{selector}:hover")
    screenshot(page, f"link-hovered-{scheme}-{link}")
    page.mouse.move(0, 0)
    tab_to(page, selector)
    wait_for_transitions(page)
    focused = link_state(page, f"{selector}:focus")
    assert rest[0] >= 4.5, f"at rest: {rest[0]:.2f}:1"
    for state, (ratio, behind, _) in (("hovered", hovered), ("focused", focused)):
        assert ratio >= 4.5, f"{state}: {ratio:.2f}:1 on {behind} ({scheme} palette)"
    assert hovered[2] != rest[2], f"hovered, the link looks as at rest: {rest[2]}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_back_to_top_stays_readable_pointed_at(
    new_page: Callable[..., Page], served_site: SiteServer, scheme: str
) -> None:
    """Material's button turns white words on the accent colour, which the edition's accent must not make worse."""
    page = served_site.open(new_page(color_scheme=scheme), OPPORTUNITIES)
    page.mouse.wheel(0, 1500)
    page.wait_for_function("() => scrollY >= 1000")  # down first, then up: one scroll event is not the other
    page.mouse.wheel(0, -300)  # Material shows "Back to top" when the reader scrolls up
    top = page.locator(".md-top")
    wait_until_still(top)
    top.hover()
    wait_for_transitions(page)
    ratio, behind, _ = link_state(page, ".md-top:hover")
    assert ratio >= 4.5, f"hovered: {ratio:.2f}:1 on {behind} ({scheme} palette)"
