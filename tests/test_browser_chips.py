"""In a real browser (tests/browser.py): the policy areas' chips, pointed at or reached by Tab, in both palettes.

A chip is an area's link on a grey tint: under a tagged page's title, in an annotation's footer, on /annotations/.
Hovered or focused, the first turned white on the accent colour (4.26:1, where a button's had been made darker for
the same reason: accessibility.css) and the others the accent's words on the tint (3.64:1; 2.74:1 in the dark
palette). axe checks neither state: it reads the page at rest.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from browser import SiteServer, screenshot, wait_for_transitions
from browser_accessibility_helpers import contrast_ratios, painted_backgrounds, tab_to
from playwright.sync_api import Page
from reader_helpers import OPPORTUNITIES

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHIPS = [
    (OPPORTUNITIES, "article a.policy-area-tag"),
    (OPPORTUNITIES, "article a.annotation__tag"),
    ("annotations/", "article .annotation-entry__area > a"),
]


def chip_state(page: Page, selector: str) -> tuple[float, tuple[int, int, int]]:
    """The first such chip's words' contrast on what is painted behind them, and that colour."""
    return contrast_ratios(page, selector)[0][1], painted_backgrounds(page, selector)[0]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize(("path", "selector"), CHIPS)
def test_a_policy_area_chip_stays_readable_hovered_and_focused(
    new_page: Callable[..., Page], served_site: SiteServer, scheme: str, path: str, selector: str
) -> None:
    page = served_site.open(new_page(color_scheme=scheme), path)
    page.locator(selector).first.scroll_into_view_if_needed()
    wait_for_transitions(page)
    rest = chip_state(page, selector)
    page.locator(selector).first.hover()
    wait_for_transitions(page)
    hovered = chip_state(page, f"{selector}:hover")
    page.mouse.move(0, 0)
    tab_to(page, selector)
    wait_for_transitions(page)
    focused = chip_state(page, f"{selector}:focus-visible")
    screenshot(page, f"chip-focused-{scheme}-{selector.split('.')[-1].split()[0]}")
    assert rest[0] >= 4.5, f"at rest: {rest[0]:.2f}:1"
    for state, (ratio, behind) in (("hovered", hovered), ("focused", focused)):
        assert ratio >= 4.5, f"{state}: {ratio:.2f}:1 on {behind} ({scheme} palette)"
        assert (ratio, behind) != rest, f"{state}: the chip shows no change"
