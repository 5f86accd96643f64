"""Keyboard: no Tab stop on a control Material hides, where the reader sees nothing take the focus.

- Below 60em (a phone, a desktop zoomed to 200 %) the search is reached by its header button alone. Material's
  search field, hidden behind the button (accessibility.js), was still the next Tab stop: focusing it opened the
  search over the page (Material opens it on the field's focus, WCAG 3.2.1), and the next Tab closed it again, so
  that each pass through the header flashed the search and said "Search" twice. The button, its Enter and
  Escape: tests/test_browser_keyboard.py.
- "Back to top", hidden until the reader scrolls up, on a page that fits the window.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from browser import SiteServer, screenshot, set_viewport
from browser_accessibility_helpers import focused_element, tab_to
from playwright.sync_api import Page, expect
from reader_helpers import OPPORTUNITIES

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SEARCH_BUTTON = ".md-header button[aria-label='Search']"
FIELD = "input.md-search__input"
SEARCH_OPEN = "document.getElementById('__search').checked"


@pytest.mark.parametrize("width", [390, 720])
def test_tab_passes_from_the_search_button_to_the_page_without_opening_the_search(
    new_page: Callable[..., Page], served_site: SiteServer, width: int
) -> None:
    page = served_site.open(new_page(viewport={"width": width, "height": 844}), OPPORTUNITIES)
    for _ in range(2):  # before the search was ever opened, and after it was opened and closed
        tab_to(page, SEARCH_BUTTON)
        page.keyboard.press("Tab")
        screenshot(page, f"tab-after-search-button-{width}")
        assert not page.evaluate(SEARCH_OPEN), f"Tab opened the search: focus on {focused_element(page)}"
        expect(page.locator("article :focus")).to_have_count(1)
        page.keyboard.press("Shift+Tab")
        expect(page.locator(SEARCH_BUTTON)).to_be_focused()
        assert not page.evaluate(SEARCH_OPEN), "Shift+Tab opened the search"
        page.keyboard.press("Enter")  # the button still puts the cursor in the field
        expect(page.locator(FIELD)).to_be_focused()
        page.keyboard.press("Escape")
        expect(page.locator(SEARCH_BUTTON)).to_be_focused()


def test_a_wide_window_s_search_field_stays_a_tab_stop(page: Page, served_site: SiteServer) -> None:
    """From 60em the field is shown in the header, with no button: it is where Tab finds the search."""
    served_site.open(page, OPPORTUNITIES)
    tab_to(page, FIELD)
    set_viewport(page, 390, 844)  # narrowed, then widened again: the field is a Tab stop again
    set_viewport(page, 1280, 900)
    page.locator("a.md-skip").focus()
    tab_to(page, FIELD)


def test_back_to_top_hidden_on_a_page_that_fits_the_window_is_no_tab_stop(
    new_page: Callable[..., Page], served_site: SiteServer
) -> None:
    """Material hides "Back to top" (`hidden`, transparent) until the reader scrolls up, and takes it out of the Tab
    order only once the page has scrolled twice: on a page that fits the window, Tab stopped on it, unseen, after
    the text (it says "Back to top" where there is no way up)."""
    page = served_site.open(new_page(viewport={"width": 1280, "height": 1400}), "about/")
    assert page.evaluate("document.scrollingElement.scrollHeight <= innerHeight"), (
        "the page scrolls: make the window taller"
    )
    first = None
    for _ in range(100):
        page.keyboard.press("Tab")
        focused = focused_element(page)
        assert not page.evaluate("document.activeElement.matches('.md-top[hidden]')"), (
            "Tab stopped on the hidden Back to top"
        )
        if focused == first:
            break
        first = first or focused
    else:
        raise AssertionError("Tab never came round to the first stop again")


def test_back_to_top_shown_is_a_tab_stop_again(page: Page, served_site: SiteServer) -> None:
    """Shown when the reader scrolls up, the button is Material's again: in the Tab order."""
    served_site.open(page, "about/citing/")
    page.mouse.wheel(0, 2000)
    page.wait_for_function("scrollY > 1500")
    page.mouse.wheel(0, -300)
    page.wait_for_function("!document.querySelector('.md-top').hidden")  # Material shows it (opacity: 1)
    assert page.evaluate("document.querySelector('.md-top').tabIndex") == 0
