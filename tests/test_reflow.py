"""Reflow gate (WCAG 2.2, 1.4.10): at 320 CSS pixels wide, what a browser zoomed to 400 % on a
1280-pixel screen shows, no page is wider than the window. (Material hides the page's sideways
overflow, so anything wider would be cut off, not scrolled to.) Code blocks and tables may scroll
inside their own box, as the criterion allows. Checked on every page as it loads, and in the
states JavaScript adds: an open Cite dialog and the annotation form with its file."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlencode

import pytest
from browser import SiteServer, screenshot
from playwright.sync_api import Page, expect
from quality_tools import html_pages, page_url_path

pytestmark = [pytest.mark.browser, pytest.mark.slow]

NARROW = {"viewport": {"width": 320, "height": 640}}
OVERFLOW = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"


def sideways(page: Page) -> int:
    """How many pixels wider than the window the page is (0: none)."""
    return int(page.evaluate(OVERFLOW))


def test_no_page_is_wider_than_a_320_pixel_window(new_page: Callable[..., Page], served_site: SiteServer) -> None:
    page = new_page(**NARROW)
    pages = html_pages(served_site.root)
    wide = []
    for built in pages:
        served_site.open(page, page_url_path(built))
        if overflow := sideways(page):
            wide.append(f"/{page_url_path(built)}: {overflow} px")
            screenshot(page, f"reflow-{page_url_path(built).strip('/').replace('/', '-') or 'home'}", full_page=True)
    assert len(pages) > 10, pages
    assert not wide, "pages wider than a 320 px window (cut off at the right):\n" + "\n".join(wide)


def test_the_cite_dialog_and_the_annotation_form_fit_at_320_pixels(
    new_page: Callable[..., Page], served_site: SiteServer
) -> None:
    page = new_page(**NARROW)
    served_site.open(page, "migration-and-transnationalism/opportunities/#p3")
    page.locator("#p3 .paragraph-cite").click()
    expect(page.locator("dialog[open]")).to_be_visible()
    assert sideways(page) == 0, "the Cite dialog"
    box = page.locator("dialog[open]").bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= 320, box
    screenshot(page, "reflow-cite-dialog")

    paragraph = served_site.url("migration-and-transnationalism/opportunities/#p3")
    query = urlencode({"paragraph": paragraph, "quote": "the transfer of ideas"})
    served_site.open(page, f"about/contributing/?{query}#in-the-browser")
    page.fill("#annotate-author", "Ana Peña")
    page.get_by_role("button", name="Check and prepare the file").click()
    expect(page.locator(".annotate-form__file")).to_be_visible()
    assert sideways(page) == 0, "the annotation form with its file"
    screenshot(page, "reflow-annotate-form", full_page=True)


def test_the_check_sees_a_page_wider_than_the_window(new_page: Callable[..., Page], served_site: SiteServer) -> None:
    page = new_page(**NARROW)
    served_site.open(page, "")
    assert sideways(page) == 0
    page.evaluate(
        "document.querySelector('.md-content article').append(Object.assign(document.createElement('div'), {style: 'width: 600px; height: 1em'}))"
    )
    assert sideways(page) > 0
