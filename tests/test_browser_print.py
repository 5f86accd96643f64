"""In a real browser (tests/browser.py): what paper prints of a page: the text, its annotations and citations,
not what only a screen can do."""

from __future__ import annotations

import functools

import pytest
from browser import SiteServer, screenshot
from edition_pages import RE_SCREEN_ONLY
from playwright.sync_api import Page, expect
from reader_helpers import OPPORTUNITIES

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.mark.parametrize(("path", "printed"), [("", "article"), (OPPORTUNITIES, "article .edition-cite-page")])
def test_paper_leaves_out_what_only_a_screen_can_do(
    page: Page, served_site: SiteServer, path: str, printed: str
) -> None:
    """The home page printed "point at one (or tap it)" and named the header's button; a source page's
    "Cite this page" the Cite action, which paper does not show (`.on-screen`, edition.css)."""
    served_site.open(page, path)
    assert RE_SCREEN_ONLY.findall(page.locator(printed).inner_text()), "the screen still says how"
    page.emulate_media(media="print")
    found = RE_SCREEN_ONLY.findall(page.locator(printed).inner_text())
    assert found == [], found
    screenshot(page, f"print-screen-only-{path.strip('/').replace('/', '-') or 'home'}", full_page=True)


# Each matching element's computed `display`, and the lines its text is decorated with: what paper shows of it.
DISPLAYS = (
    "(selector) => [...new Set([...document.querySelectorAll(selector)].map((el) => getComputedStyle(el).display))]"
)
DECORATIONS = """(selector) => [...new Set([...document.querySelectorAll(selector)]
  .map((el) => getComputedStyle(el).textDecorationLine))]"""


@pytest.mark.parametrize("media", ["screen", "print"])
def test_paper_prints_the_text_its_annotations_and_citations_not_the_screen_s_controls(
    page: Page, served_site: SiteServer, media: str
) -> None:
    """Printed, a source page showed the speech bubble after each annotated passage (a link to its annotation, which
    paper prints below the paragraph, begun with those words), a term's dotted underline (its tooltip's trigger, on
    paper an editorial intervention's mark), "Download the record" (nothing to download from paper) and the ↩
    after each note, a link back to its number in the text."""
    served_site.open(page, OPPORTUNITIES)
    page.emulate_media(media=media)
    screen = media == "screen"
    displayed = functools.partial(page.evaluate, DISPLAYS)
    decorated = functools.partial(page.evaluate, DECORATIONS)
    assert displayed("article a.annotation-ref") == ["inline" if screen else "none"], "the speech bubble"
    assert displayed("article a.footnote-backref") == ["inline-block" if screen else "none"], "a note's way back (↩)"
    assert decorated("article a.glossary-term") == ["underline" if screen else "none"], "a term's tooltip"
    download = page.locator("article .edition-cite-page p", has_text="Download the record")
    expect(download).to_be_visible() if screen else expect(download).to_be_hidden()
    # The content stays: annotations and their quotes, the marked words, the editor's interventions, the
    # entries a passage defines, the ¶ numbers and the citations.
    for content in (
        "article details.annotation",
        ".annotation__quote",
        ".annotation__body",
        "article a.paragraph-link",
    ):
        assert displayed(content) and "none" not in displayed(content), content
    assert decorated("article mark.annotation-quote") == decorated("article ins.editorial") == ["underline"]
    expect(page.locator("article .glossary-defines")).to_be_visible()
    expect(page.locator("article .edition-citations")).to_be_visible()
    expect(page.locator("article .edition-cite-page a").first).to_be_visible()  # the permanent link
    if not screen:
        page.locator("article a.glossary-term").first.scroll_into_view_if_needed()
        screenshot(page, "print-source-page-text-not-controls")
