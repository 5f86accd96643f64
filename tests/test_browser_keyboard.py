"""Keyboard: what a reader without a mouse must be able to reach and operate.

Extension points for features:
- KEYBOARD_REACHABLE: add `(name, page path, CSS selector)` for a control that Tab must reach from
  the top of the page (¶ links, the cite button, the annotation toggle…).
- `tab_to`, `focused_element` and `assert_dialog_keeps_focus` in tests/browser.py. The last one
  checks that a dialog opened from the keyboard traps focus, closes on Escape and gives focus back
  to its opener; the two tests at the end of this file run it on a minimal dialog.
"""

from __future__ import annotations

import re

import pytest
from browser import SiteServer, assert_dialog_keeps_focus, focused_element, screenshot, tab_to
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
    page.evaluate("document.querySelector('article').dataset.untouched = 'yes'")
    page.keyboard.press("Tab")
    skip = page.locator("a.md-skip")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    screenshot(page, "keyboard-skip-link")
    page.keyboard.press("Enter")
    expect(page.locator("article h1")).to_be_focused()
    page.wait_for_timeout(300)  # long enough for an instant-navigation reload to have replaced the page
    expect(page.locator("article h1")).to_be_focused()
    assert page.evaluate("document.querySelector('article').dataset.untouched") == "yes", "the page was reloaded"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('article') !== null"), focused_element(page)


def test_search_from_the_keyboard(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, "")
    page.keyboard.press("/")
    expect(page.locator("input.md-search__input")).to_be_focused()
    page.keyboard.type("remittances")
    expect(page.locator(".md-search-result__link").first).to_have_attribute("href", re.compile(r"\?h=remittances$"))
    page.keyboard.press("ArrowDown")
    expect(page.locator(".md-search-result__link").first).to_be_focused()
    screenshot(page, "keyboard-search")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/{OPPORTUNITIES}?h=remittances")


def test_tab_after_the_search_field_lands_on_something_visible(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, OPPORTUNITIES)
    for query in ("", "remittances"):  # before a query, and with results listed
        tab_to(page, "input.md-search__input")
        page.keyboard.type(query)
        if query:
            expect(page.locator(".md-search-result__link").first).to_be_visible()
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
