"""Until Roboto has arrived (`font-display: swap`), a page is set in local faces sized to Roboto's
measures ("Roboto Fallback" and "Roboto Mono Fallback" in docs/assets/fonts.css), so that the lines
break nearly where Roboto breaks them and little moves when it replaces them.

Material's own list (Arial, then `monospace`: on Debian Liberation Sans and DejaVu Sans Mono) set
bold words 6 % wider than Roboto's, italic 3 %, light 2 %, and every face 2 to 13 % shorter above or
below the baseline.
What is left is chance: a line that Roboto fills to its last pixel may break one word earlier in
any other typeface (the Contributing page's first paragraph at 390 px), which no size-adjust removes.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from browser import SiteServer, next_frame
from playwright.sync_api import Page, Route

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CONTRIBUTING = "about/contributing/"  # long paragraphs and lists, code spans, bold and italic words
PHONE = {"viewport": {"width": 390, "height": 844}}

# Each weight and style the theme sets text in (the light headings, the bold and italic words, the code),
# with an element that is set in it.
FACES = [
    ("normal 300", "article h1"),
    ("normal 400", "article p"),
    ("normal 700", "article strong"),
    ("italic 400", "article em"),
    ("italic 700", "article strong"),
    ("normal 400", "article code"),
]
# The families an element's text is set in before Roboto has come: its font-family without the first.
WITHOUT_ROBOTO = "(element) => getComputedStyle(element).fontFamily.split(',').slice(1).join(',').trim()"
# The width of `text` and the font's height above and below the baseline, at 1000 px (Chromium rounds the
# heights to whole pixels), in `families` (the faces loaded first: a canvas draws with what is there). A
# canvas applies a face's size-adjust and ascent and descent overrides as a page does.
MEASURE = """async ([font, families, text]) => {
  await document.fonts.load(`${font} 1000px ${families}`, text);
  const context = document.createElement("canvas").getContext("2d");
  context.font = `${font} 1000px ${families}`;
  const measured = context.measureText(text);
  return { width: measured.width, ascent: measured.fontBoundingBoxAscent, descent: measured.fontBoundingBoxDescent };
}"""
# Words of a different width break lines elsewhere; 0.5 % is a line's width of 2 or 3 px on a phone. The
# faces keep within about 0.15 % of Roboto on the edition's text (Roboto kerns a little more).
WIDTH = 0.005


@pytest.mark.parametrize(("font", "selector"), FACES)
def test_until_roboto_comes_the_words_take_its_measures(
    page: Page, served_site: SiteServer, font: str, selector: str
) -> None:
    served_site.open(page, CONTRIBUTING)
    page.wait_for_function("() => document.fonts.status === 'loaded'")
    families = page.locator(selector).first.evaluate(WITHOUT_ROBOTO)
    roboto = page.locator(selector).first.evaluate("(element) => getComputedStyle(element).fontFamily.split(',')[0]")
    text = page.evaluate("document.querySelector('.md-content article').innerText.replace(/\\s+/g, ' ')")
    real = page.evaluate(MEASURE, [font, roboto, text])
    fallback = page.evaluate(MEASURE, [font, families, text])
    wider = fallback["width"] / real["width"] - 1
    assert abs(wider) < WIDTH, f"{font} {families}: the page's words {wider:+.2%} wider than in {roboto}"
    assert (fallback["ascent"], fallback["descent"]) == pytest.approx((real["ascent"], real["descent"]), abs=1), (
        f"{font} {families}: {fallback} against {roboto}'s {real}"
    )


def test_a_page_waiting_for_roboto_is_set_in_the_fallback_faces(
    new_page: Callable[..., Page], served_site: SiteServer
) -> None:
    """The local faces do stand in: Chromium finds Liberation Sans and Liberation Mono by their names
    (Debian's chromium-common depends on fonts-liberation), while the font files are held back."""
    page = new_page(**PHONE)
    held: list[Route] = []
    page.route("**/*.woff2", lambda route: held.append(route))
    page.goto(served_site.url(CONTRIBUTING), wait_until="domcontentloaded")  # the load event waits for the fonts
    page.wait_for_function("() => [...document.fonts].some((face) => face.status === 'loading')")
    next_frame(page)
    used = page.evaluate(
        """() => [...document.fonts].filter((face) => face.family.includes("Fallback") && face.status === "loaded")
              .map((face) => `${face.family.replaceAll('"', '')} ${face.style} ${face.weight}`).sort()"""
    )
    for route in held:
        route.abort()
    assert used == [
        "Roboto Fallback italic 400",
        "Roboto Fallback normal 300",
        "Roboto Fallback normal 400",
        "Roboto Fallback normal 700",
        "Roboto Mono Fallback normal 400",
    ], used


REGULAR = "assets/fonts/roboto-latin-400-normal.woff2"  # the face of the text, on every page


@pytest.mark.parametrize("path", ["", CONTRIBUTING, "glossary/", "404.html"], ids=["home", "guide", "hook", "404"])
def test_the_text_s_face_is_asked_for_with_the_page_and_fetched_once(
    page: Page, served_site: SiteServer, path: str
) -> None:
    """The regular face is asked for from the head (`<link rel="preload">`), not only once the styles
    have been read and the text laid out: it comes sooner, so the fallback is swapped out less often.
    Fetched once: a preload whose request differs from the font's (no `crossorigin`) is fetched twice."""
    page.goto(served_site.url(path), wait_until="load")
    preload = page.evaluate(
        "() => [...document.querySelectorAll('head link[rel=preload][as=font]')].map((link) => link.href)"
    )
    assert preload == [served_site.url(REGULAR)], preload
    page.wait_for_function("() => document.fonts.status === 'loaded'")
    fetched = page.evaluate(
        f"() => performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('{REGULAR}')).length"
    )
    assert fetched == 1, f"{REGULAR} fetched {fetched} times"
