"""What the tests of the annotation form share: the page it is opened from, its status line, opening it as a
paragraph's link does, and its scripts' text."""

from __future__ import annotations

from urllib.parse import urlencode

from browser import SiteServer
from conftest import ROOT
from playwright.sync_api import Page, expect

OPPORTUNITIES = "migration-and-transnationalism/opportunities/"
STATUS = ".annotate-form__status"
# The form's scripts: annotate.js and those it reads (annotate-languages.js, annotate-checks.js, annotate-file.js).
FORM_SCRIPTS = "docs/assets/annotate*.js"


def open_form(page: Page, site: SiteServer, paragraph: str, quote: str) -> None:
    """The Contributing page as a link from a paragraph would open it: the form filled in with both."""
    query = urlencode({"paragraph": paragraph, "quote": quote})
    site.open(page, f"about/contributing/?{query}#in-the-browser")
    expect(page.locator("#annotate-paragraph")).to_have_value(paragraph)


def form_script() -> str:
    """The form's scripts read as one text: a copy of make check's pattern or words is in whichever holds it."""
    return "\n".join(path.read_text(encoding="utf-8") for path in sorted(ROOT.glob(FORM_SCRIPTS)))
