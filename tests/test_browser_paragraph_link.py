"""In a real browser (tests/browser.py): the ¶ link beside each paragraph, with and without JavaScript: the
highlighted target paragraph, the absolute address it copies, the names a screen reader and speech input are
given for it and for Cite, and its place in the Tab order."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from browser import SiteServer, read_clipboard, screenshot
from browser_accessibility_helpers import chromium_name_and_description, tab_to
from playwright.sync_api import Page, expect
from reader_helpers import OPPORTUNITIES

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_paragraph_url_highlights_the_paragraph(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, f"{OPPORTUNITIES}#p3")
    paragraph = page.locator("#p3")
    expect(paragraph).to_be_in_viewport()
    assert page.evaluate("document.querySelector(':target')?.id") == "p3"
    expect(paragraph).not_to_have_css("background-color", "rgba(0, 0, 0, 0)")
    expect(page.locator("#p2")).to_have_css("background-color", "rgba(0, 0, 0, 0)")
    expect(paragraph.locator(".paragraph-actions")).to_have_css("opacity", "1")  # the target shows ¶ and Cite
    screenshot(page, "citation-target-paragraph")


@pytest.mark.parametrize("fragment", ["%E0%A4%A", "constructor", "toString"])
def test_an_address_whose_fragment_is_no_id_leaves_the_cite_actions_in_place(
    page: Page, served_site: SiteServer, fragment: str
) -> None:
    """A malformed escape threw in decodeURIComponent; `#constructor` found what every object inherits: no Cite at all."""
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    served_site.open(page, f"{OPPORTUNITIES}#{fragment}")
    expect(page.locator("#p3 a.paragraph-cite")).to_have_count(1)
    assert page.url.endswith(f"#{fragment}") and errors == []


def test_paragraph_link_copies_the_absolute_url(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, OPPORTUNITIES)
    page.locator("#p3").hover()
    link = page.locator("#p3 a.paragraph-link")
    expect(link).to_have_accessible_name("Paragraph 3")
    expect(link).to_have_accessible_description("Link to paragraph 3")
    link.click()
    expect(page.locator(".md-dialog--active")).to_contain_text("Copied to clipboard")
    assert read_clipboard(page) == served_site.url(OPPORTUNITIES) + "#p3"
    screenshot(page, "citation-paragraph-link-copied")


def test_a_screen_reader_hears_which_paragraph_each_margin_action_is_for(page: Page, served_site: SiteServer) -> None:
    """The margin's actions come before the paragraph's words now (Tab order): the Cite button was named
    "CITE" (its CSS capitals, which a screen reader may spell out), and only its title said which paragraph."""
    served_site.open(page, OPPORTUNITIES)
    page.locator("#p3 a.paragraph-cite").focus()
    assert chromium_name_and_description(page, "#p3 a.paragraph-link") == ("Paragraph 3", "Link to paragraph 3")
    assert chromium_name_and_description(page, "#p3 a.paragraph-cite") == ("Cite paragraph 3", "")


@pytest.mark.parametrize("javascript", [True, False], ids=["with-javascript", "without-javascript"])
def test_the_paragraph_link_is_named_paragraph_n_with_the_number_shown(
    new_page: Callable[..., Page], served_site: SiteServer, javascript: bool
) -> None:
    """Named by its text, "¶ 7", the link was read "pilcrow 7". Its name says the symbol's meaning and keeps the
    number shown, so a speech-input user who says "click 7" or "click paragraph 7" reaches it (WCAG 2.5.3 sets
    symbols such as ¶ aside as non-text; axe's experimental `label-content-name-mismatch` finds "¶ 3" no words to
    check, inapplicable)."""
    page = new_page(java_script_enabled=javascript)
    page.goto(served_site.url(OPPORTUNITIES), wait_until="load")
    link = page.get_by_role("link", name="Paragraph 3", exact=True)
    expect(link).to_have_count(1)
    expect(link).to_have_text("¶\u00a03")
    shown = page.locator("a.paragraph-link").all_text_contents()
    assert shown == [f"¶\u00a0{n}" for n in range(1, 6)], shown
    for number in range(1, 6):  # every one, by the number it shows
        expect(page.get_by_role("link", name=f"Paragraph {number}", exact=True)).to_have_attribute(
            "href", re.compile(f"#p{number}$")
        )


def test_paragraph_link_and_cite_are_reached_with_tab(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, OPPORTUNITIES)
    tab_to(page, "#p1 a.paragraph-link")
    expect(page.locator("#p1 > .paragraph-actions")).to_have_css("opacity", "1")  # shown on keyboard focus
    screenshot(page, "citation-paragraph-link-focused")
    page.keyboard.press("Tab")
    expect(page.locator("#p1 a.paragraph-cite")).to_be_focused()
    expect(page.locator("#p1 > .paragraph-actions")).to_have_css("opacity", "1")


def test_without_javascript_the_paragraph_link_and_cite_this_page_remain(
    new_page: Callable[..., Page], served_site: SiteServer
) -> None:
    page = new_page(java_script_enabled=False)
    page.goto(served_site.url(f"{OPPORTUNITIES}#p3"), wait_until="load")
    expect(page.locator("#p3 > a.paragraph-link")).to_have_css("opacity", "1")  # the target shows its ¶
    expect(page.locator(".paragraph-cite")).to_have_count(0)
    expect(page.locator(".edition-cite-page")).to_contain_text(
        "(International Organization for Migration, 2010, Opportunities section)"
    )
    screenshot(page, "citation-no-javascript-target-paragraph")


def test_without_javascript_a_narrow_window_shows_the_paragraph_number_it_makes_room_for(
    new_page: Callable[..., Page], served_site: SiteServer
) -> None:
    """Below 720 px the ¶ link stands before the paragraph's first word without JavaScript; with a mouse it
    was faded out until hovered, and every paragraph seemed to start with an indent of blank space."""
    page = new_page(java_script_enabled=False, viewport={"width": 600, "height": 900})
    page.goto(served_site.url(OPPORTUNITIES), wait_until="load")
    page.mouse.move(0, 0)
    link = page.locator("#p2 > a.paragraph-link")
    expect(link).to_be_visible()
    expect(link).to_have_css("opacity", "1")
    box, paragraph = link.bounding_box(), page.locator("#p2").bounding_box()
    assert box and paragraph and abs(box["x"] - paragraph["x"]) < 1, (box, paragraph)  # before the first word
    screenshot(page, "citation-no-javascript-narrow-window")
