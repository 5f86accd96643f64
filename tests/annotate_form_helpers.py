"""What the browser tests of the annotation form share: the page it is opened from, its status line, and
opening it as a paragraph's link does."""

from __future__ import annotations

from urllib.parse import urlencode

from browser import SiteServer
from playwright.sync_api import Page, expect

OPPORTUNITIES = "migration-and-transnationalism/opportunities/"
STATUS = ".annotate-form__status"


def open_form(page: Page, site: SiteServer, paragraph: str, quote: str) -> None:
    """The Contributing page as a link from a paragraph would open it: the form filled in with both."""
    query = urlencode({"paragraph": paragraph, "quote": quote})
    site.open(page, f"about/contributing/?{query}#in-the-browser")
    expect(page.locator("#annotate-paragraph")).to_have_value(paragraph)
