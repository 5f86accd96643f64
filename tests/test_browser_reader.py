"""What a reader does with the edition in a real browser (Debian's Chromium via Playwright).

One test per reader action; each leaves a screenshot in `test-artifacts/screenshots/`. Features add
their own `tests/test_browser_<feature>.py` with the fixtures of `tests/browser.py`: a reader's search is
`test_browser_search.py`, paper `test_browser_print.py`, where lines break `test_browser_line_breaks.py`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from browser import SiteServer, instant_navigation, read_clipboard, screenshot, wait_until_still
from browser_accessibility_helpers import chromium_name_and_description, contrast_ratios
from playwright.sync_api import Page, expect
from reader_helpers import OPPORTUNITIES

pytestmark = [pytest.mark.browser, pytest.mark.slow]

INTRODUCTION = "migration-and-transnationalism/introduction/"
NEXT_IN_NAV = ".md-sidebar--primary a.md-nav__link[href$='/challenges/']"


def test_reader_opens_a_source_page_with_numbered_paragraphs(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, OPPORTUNITIES)
    expect(page.locator("article h1")).to_have_text(re.compile("^Opportunities"))
    expect(page.locator("article p#p1")).to_be_visible()
    assert page.title().startswith("Opportunities")
    screenshot(page, "reader-source-page")


def test_text_is_set_in_roboto_served_by_the_site_itself(page: Page, served_site: SiteServer) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    served_site.open(page, INTRODUCTION)
    faces = page.evaluate(
        """async () => {
            await document.fonts.ready;
            return [...document.fonts].filter((face) => face.status !== "unloaded")
                .map((face) => [face.family.replaceAll('"', ''), face.weight, face.style, face.status]);
        }"""
    )
    assert ["Roboto", "400", "normal", "loaded"] in faces, faces
    assert not [face for face in faces if face[3] == "error"], "a font file failed to load"
    family = page.locator("#p1").evaluate("(el) => getComputedStyle(el).fontFamily")
    assert family.startswith("Roboto"), family
    assert [url for url in requested if not url.startswith(served_site.base_url)] == [], "a request left the site"
    assert any(url.endswith(".woff2") for url in requested)


# The page has scrolled down from `before`, or stands at its end.
SCROLLED = "(before) => scrollY > before || scrollY + innerHeight >= document.documentElement.scrollHeight - 1"


def test_the_address_keeps_the_paragraph_id_that_was_followed(page: Page, served_site: SiteServer) -> None:
    """Material's `navigation.tracking` rewrote the address to the heading in view as the reader
    scrolled (`#cite-this-page`), and to ids of the page left (`#transnationalism`) when a glossary
    link was followed: copying or bookmarking the address lost the paragraph."""
    served_site.open(page, "migration-and-transnationalism/policy-considerations/#p2")
    for distance in (300, 5000):
        scrolled = page.evaluate("scrollY")
        page.mouse.wheel(0, distance)
        page.wait_for_function(SCROLLED, arg=scrolled)  # scrolled: a rewrite may follow
        page.wait_for_timeout(400)  # nothing to wait for: the address must stay as it is (a rewrite is debounced)
    assert page.url == served_site.url("migration-and-transnationalism/policy-considerations/#p2")
    served_site.open(page, "glossary/")
    with instant_navigation(page):
        page.locator("#transnationalism ~ ul a[href*='/opportunities/#p']").first.click()
    page.wait_for_url(re.compile(r"/opportunities/#p\d+$"))
    page.wait_for_timeout(400)  # as above: the address must stay
    assert re.search(r"/opportunities/#p\d+$", page.url), page.url
    with instant_navigation(page):
        page.go_back()
    page.wait_for_timeout(400)  # as above
    assert "#cite-this-page" not in page.url, page.url


def test_restored_hyphen_is_marked_and_explained(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, OPPORTUNITIES)
    mark = page.locator("#p1 ins.editorial")
    expect(mark).to_have_text("-")
    expect(mark).to_have_attribute("title", re.compile("restored"))
    style = mark.evaluate("(el) => getComputedStyle(el).textDecorationStyle")
    assert style == "dotted", "the restored hyphen is underlined, not silent"


def test_footnote_reference_shows_its_note_in_a_tooltip(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, INTRODUCTION)
    page.locator("a.footnote-ref").first.hover()
    tooltip = page.locator(".md-tooltip2--active")
    expect(tooltip).to_contain_text("missing from the source")
    screenshot(page, "reader-footnote-tooltip")


@pytest.mark.parametrize("paragraph", ["p2", "p5"])
def test_paragraph_url_lands_on_the_paragraph(page: Page, served_site: SiteServer, paragraph: str) -> None:
    served_site.open(page, f"{OPPORTUNITIES}#{paragraph}")
    assert page.evaluate("document.querySelector(':target')?.id") == paragraph
    box = page.locator(f"#{paragraph}").bounding_box()
    header = page.locator(".md-header").bounding_box()
    assert box and header
    assert header["y"] + header["height"] <= box["y"] < page.viewport_size["height"], "visible, not under the header"
    screenshot(page, f"reader-landing-{paragraph}")


def test_dark_mode_switch_survives_a_page_change(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, OPPORTUNITIES)
    page.locator("label[title='Switch to dark mode']").click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    screenshot(page, "reader-dark-mode")
    with instant_navigation(page):  # the body stays: only the new page's own article shows it survived
        page.locator(NEXT_IN_NAV).click()
    page.wait_for_url("**/migration-and-transnationalism/challenges/")
    expect(page.locator("article h1")).to_have_text(re.compile("^Challenges"))
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")


def test_system_dark_preference_starts_in_dark_mode(new_page: Callable[..., Page], served_site: SiteServer) -> None:
    page = served_site.open(new_page(color_scheme="dark"), OPPORTUNITIES)
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")


def test_instant_navigation_swaps_the_page_without_reloading(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, OPPORTUNITIES)
    page.evaluate("window.__sameDocument = true")
    with instant_navigation(page):
        page.locator(NEXT_IN_NAV).click()
    page.wait_for_url("**/migration-and-transnationalism/challenges/")
    expect(page.locator("article h1")).to_have_text(re.compile("^Challenges"))
    assert page.evaluate("window.__sameDocument === true"), "Material's navigation.instant did not handle the link"
    with instant_navigation(page):
        page.go_back()
    page.wait_for_url(f"**/{OPPORTUNITIES}")
    expect(page.locator("article h1")).to_have_text(re.compile("^Opportunities"))


def test_pages_may_use_the_clipboard(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, OPPORTUNITIES)
    page.evaluate("navigator.clipboard.writeText(location.href + '#p3')")
    assert read_clipboard(page) == served_site.url(OPPORTUNITIES) + "#p3"


def test_link_to_a_paragraph_on_another_page_lands_on_it(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, INTRODUCTION)
    page.evaluate("window.__sameDocument = true")
    page.evaluate(
        """(href) => {
          const link = Object.assign(document.createElement("a"), {href, id: "to-p5", textContent: "¶ 5"});
          document.querySelector(".md-content article").prepend(link);
        }""",
        served_site.url(f"{OPPORTUNITIES}#p5"),
    )
    with instant_navigation(page):  # the Introduction has a #p5 too
        page.locator("#to-p5").click()
    page.wait_for_url(f"**/{OPPORTUNITIES}#p5")
    paragraph = page.locator("#p5")
    expect(paragraph).to_be_in_viewport()
    assert page.evaluate("window.__sameDocument === true"), "instant navigation should have handled the link"
    header = page.locator(".md-header").bounding_box()
    box = paragraph.bounding_box()
    assert header and box and box["y"] >= header["y"] + header["height"], "the paragraph is hidden under the header"
    screenshot(page, "reader-link-to-paragraph")


# The colour of each link of the primary navigation named `text`: Material colours the current page's entry.
NAV_COLOURS = """(text) => [...document.querySelectorAll(".md-sidebar--primary a.md-nav__link")]
  .filter((link) => link.textContent.trim() === text).map((link) => getComputedStyle(link).color)"""


@pytest.mark.parametrize("width", [1280, 390], ids=["desktop", "phone"])
def test_an_area_page_marks_the_policy_areas_overview_in_the_navigation(
    new_page: Callable[..., Page], served_site: SiteServer, width: int
) -> None:
    """An area page is left out of the navigation (14 entries would bury the texts), and so the navigation
    marked nothing there: the overview, the area pages' parent (as Material's blog makes its index a post's), is."""
    page = new_page(viewport={"width": width, "height": 900})
    served_site.open(page, "policy-areas/")
    [current] = page.evaluate(NAV_COLOURS, "Policy areas")
    [other] = page.evaluate(NAV_COLOURS, "Glossary")
    assert current != other, "the overview's own entry is marked"
    served_site.open(page, "policy-areas/remittances/")
    assert page.evaluate(NAV_COLOURS, "Policy areas") == [current], "the overview's entry is not marked"
    assert page.evaluate(NAV_COLOURS, "Glossary") == [other]
    screenshot(page, f"reader-area-page-navigation-{width}")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_a_heading_s_permanent_link_is_readable_when_pointed_at(
    new_page: Callable[..., Page], served_site: SiteServer, scheme: str
) -> None:
    """Material greys a heading's ¶ to 2.2:1 (2.5:1 dark); axe misses it, transparent until hovered."""
    page = new_page(color_scheme=scheme)
    served_site.open(page, "about/citing/")
    heading = page.locator("article h2").first
    heading.hover()
    expect(heading.locator(".headerlink")).to_have_css("opacity", "1")
    low = {where: round(ratio, 2) for where, ratio in contrast_ratios(page, "article .headerlink") if ratio < 4.5}
    assert not low, f"heading ¶ links below WCAG AA's 4.5:1 in the {scheme} palette: {low}"
    screenshot(page, f"heading-permalink-{scheme}")


# Where ¶ N stands against its paragraph's box: left of it (the margin) or below its first line (after the last).
NUMBER_PLACE = """(id) => {
  const paragraph = document.getElementById(id).getBoundingClientRect();
  const number = document.querySelector(`#${id} a.paragraph-link`).getBoundingClientRect();
  return number.right <= paragraph.left ? "margin" : number.top > paragraph.top ? "after" : "elsewhere";
}"""


def test_on_a_phone_the_guides_say_where_a_paragraph_s_number_stands(
    new_page: Callable[..., Page], served_site: SiteServer
) -> None:
    """On a phone the number follows the paragraph's last line, always shown, but the home page and the
    reading guide told a reader it was in the margin, "shown when you point at the paragraph"."""
    page = new_page(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    served_site.open(page, OPPORTUNITIES)
    assert page.evaluate(NUMBER_PLACE, "p1") == "after"
    expect(page.locator("#p1 a.paragraph-link")).to_be_visible()
    served_site.open(page, "")
    expect(page.locator("article li").filter(has_text="Read a text section by section")).to_contain_text(
        "on a phone after its last line"
    )
    served_site.open(page, "about/reading-guide/")
    expect(page.locator("article p").filter(has_text="Every paragraph of a source text has a number")).to_contain_text(
        "on a phone after its last line"
    )
    screenshot(page, "reader-guide-paragraph-numbers-on-a-phone")


# The words of the text shown under the box of `selector`, line by line (a word whose box meets it, in the
# article; not one said only to a screen reader): what a reader cannot read while it is there.
WORDS_UNDER = """(selector) => {
  const cover = document.querySelector(selector).getBoundingClientRect();
  const lines = new Map();
  const walker = document.createTreeWalker(document.querySelector(".md-content article"), NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node; (node = walker.nextNode()); ) {
    if (node.parentElement.closest(".visually-hidden") || !node.parentElement.checkVisibility()) continue;
    for (const match of node.data.matchAll(/\\S+/g)) {
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      for (const box of range.getClientRects()) {
        if (box.width && box.left < cover.right && cover.left < box.right && box.top < cover.bottom && cover.top < box.bottom)
          lines.set(Math.round(box.top), [...(lines.get(Math.round(box.top)) || []), match[0]]);
      }
    }
  }
  return [...lines.values()].map((words) => words.join(" "));
}"""


@pytest.mark.parametrize("width", [320, 360, 390])
def test_on_a_phone_back_to_top_hides_little_of_the_text(
    new_page: Callable[..., Page], served_site: SiteServer, width: int
) -> None:
    """Material shows "Back to top" when the reader scrolls up, until they scroll down again: a pill 130 px
    wide over the middle of the window's first lines, which are the lines scrolling up brings in, the text a
    reader went back for. It hid 7 words there on average, up to 14. On a phone it is its arrow alone at the
    lines' ragged end, a finger's width; still named "Back to top" to a screen reader."""
    page = new_page(viewport={"width": width, "height": 740}, has_touch=True, is_mobile=True)
    served_site.open(page, OPPORTUNITIES)
    page.mouse.wheel(0, 4000)
    page.wait_for_function("() => scrollY >= 3000")  # down first, then up: one scroll event is not the other
    button = page.locator(".md-top")
    hidden = {}
    for step in range(8):
        scrolled = page.evaluate("scrollY")
        page.mouse.wheel(0, -350)  # Material shows the button when the reader scrolls up
        page.wait_for_function("(before) => scrollY < before", arg=scrolled)
        wait_until_still(button)
        if step == 2:
            screenshot(page, f"reader-back-to-top-{width}")
        lines = page.evaluate(WORDS_UNDER, ".md-top")
        if max((len(line.split()) for line in lines), default=0) > 2:
            hidden[page.evaluate("Math.round(scrollY)")] = lines
    assert not hidden, f"more than two words of a line under the button, by scroll offset: {hidden}"

    box = button.bounding_box()
    assert box and box["width"] >= 40 and box["height"] >= 40, f"a finger's target at least: {box}"
    assert chromium_name_and_description(page, ".md-top")[0].strip() == "Back to top"
