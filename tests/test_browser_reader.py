"""What a reader does with the edition in a real browser (Debian's Chromium via Playwright).

One test per reader action; each leaves a screenshot in `test-artifacts/screenshots/`. Features add
their own `tests/test_browser_<feature>.py` with the fixtures of `tests/browser.py`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from urllib.parse import urlparse

import frontmatter
import pytest
import yaml
from browser import (
    SiteServer,
    chromium_name_and_description,
    contrast_ratios,
    instant_navigation,
    next_frame,
    read_clipboard,
    screenshot,
    search_results,
    set_viewport,
    wait_until_still,
)
from edition_pages import DOCS, RE_SCREEN_ONLY, ROOT, built_path
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.slow]

OPPORTUNITIES = "migration-and-transnationalism/opportunities/"
INTRODUCTION = "migration-and-transnationalism/introduction/"
NEXT_IN_NAV = ".md-sidebar--primary a.md-nav__link[href$='/challenges/']"
AREAS = ROOT / "annotations" / "policy-areas.yml"


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


def test_search_finds_a_word_and_lands_on_it_highlighted(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, "")
    page.locator("input.md-search__input").click()
    page.keyboard.type("tourism")  # a word of Opportunities alone: a glossary term's word lists its entry first
    first = page.locator(".md-search-result__item a").first
    expect(first).to_have_attribute("href", f"{served_site.url(OPPORTUNITIES)}?h=tourism")
    screenshot(page, "reader-search-results")
    first.click()
    page.wait_for_url(f"**/{OPPORTUNITIES}?h=tourism")
    expect(page.locator("article mark[data-md-highlight]").first).to_have_text("tourism", ignore_case=True)


def first_highlight_in_view(page: Page) -> None:
    """The first word the search highlighted is on screen, clear of the sticky header."""
    mark = page.locator(".md-content article mark[data-md-highlight]").first
    expect(mark).to_have_text("tourism", ignore_case=True)
    expect(mark).to_be_in_viewport(ratio=1)
    header = page.locator(".md-header").bounding_box()
    box = mark.bounding_box()
    assert header and box and box["y"] >= header["y"] + header["height"], "not under the header"


def test_on_a_phone_a_search_result_opens_its_page_at_the_word_found(page: Page, served_site: SiteServer) -> None:
    # Opportunities has no sections: its result leads to the page, whose "tourism" is in ¶ 2, a screen
    # and a half down on a phone; the reader landed at the top and had to look for the highlight.
    set_viewport(page, 360, 740)
    served_site.open(page, "")
    page.locator("button[aria-controls='__search_panel']").click()
    page.locator("input.md-search__input").click()
    page.keyboard.type("tourism")
    page.locator(f".md-search-result__item a[href$='{OPPORTUNITIES}?h=tourism']").first.click()
    page.wait_for_url(f"**/{OPPORTUNITIES}?h=tourism")
    first_highlight_in_view(page)
    screenshot(page, "reader-search-lands-on-the-word")


# Whether the first word the search marked that a reader sees (not one in a box shown only when pointed at,
# nor in one hidden) is on screen, clear of the sticky header.
FIRST_SHOWN_MARK_IN_VIEW = """() => {
  const marks = [...document.querySelectorAll(".md-content article mark[data-md-highlight]")];
  const mark = marks.find((m) => m.checkVisibility({ opacityProperty: true, visibilityProperty: true }));
  if (!mark) return false;
  const box = mark.getBoundingClientRect();
  return box.top >= document.querySelector(".md-header").getBoundingClientRect().bottom && box.bottom <= innerHeight;
}"""


def test_a_search_result_opens_its_page_at_the_first_word_found_that_is_shown(
    page: Page, served_site: SiteServer
) -> None:
    # `cite` (Opportunities' "Cite this page") was also each paragraph's Cite button, marked by Material but
    # shown only while its paragraph is pointed at: the page stayed at its top, by the first one, unseen.
    # The buttons' word is no longer marked (tests/test_browser_citation.py); the page opens at the heading.
    served_site.open(page, f"{OPPORTUNITIES}?h=cite")
    expect(page.locator("#cite-this-page mark[data-md-highlight]")).to_have_text("Cite")
    page.wait_for_function(FIRST_SHOWN_MARK_IN_VIEW)
    expect(page.locator("#cite-this-page mark[data-md-highlight]")).to_be_in_viewport()
    screenshot(page, "reader-search-lands-on-the-word-shown")


def test_a_search_result_opens_at_the_first_word_shown_in_a_browser_without_check_visibility(
    page: Page, served_site: SiteServer
) -> None:
    # Element.checkVisibility came to Safari in 17.4 (2024): before it, a page opened from a result threw
    # a TypeError, and stayed at its top.
    page.add_init_script(
        "window.__checkVisibility = Element.prototype.checkVisibility; delete Element.prototype.checkVisibility"
    )
    served_site.open(page, f"{OPPORTUNITIES}?h=cite")
    expect(page.locator(".md-content article mark[data-md-highlight]").first).to_have_text("Cite")
    page.wait_for_function(FIRST_SHOWN_MARK_IN_VIEW.replace("m.checkVisibility(", "window.__checkVisibility.call(m, "))


def test_a_page_title_over_its_sections_results_opens_the_page_at_its_top(page: Page, served_site: SiteServer) -> None:
    """As the reading guide says (Opening a result): Material heads a page's section results with the
    page's title even when only the sections hold the words, and leads it to `?h=` with no word
    (material/.../integrations/search/_/index.ts adds that page with `terms: {}`). When this fails,
    Material has changed: say what its title now does there in docs/about/reading-guide.md."""
    served_site.open(page, "")
    page.locator("input.md-search__input").click()
    page.keyboard.type("homeland")  # in three glossary entries, not in the glossary's opening lines
    expect(page.locator(".md-search-result__item a[href$='glossary/?h=homeland#diaspora']")).to_be_visible()
    title = page.locator(".md-search-result__item a[href$='glossary/?h=']")
    expect(title.locator("h1")).to_have_text("Glossary")
    with instant_navigation(page):
        title.click()
    assert page.url.endswith("/glossary/?h="), page.url
    expect(page.locator(".md-content article h1")).to_be_in_viewport()
    assert page.evaluate("window.scrollY") == 0
    expect(page.locator("mark[data-md-highlight]")).to_have_count(0)


def glossary_by_instant_navigation(page: Page, served_site: SiteServer) -> None:
    """The glossary, brought by instant navigation: Material's location$ knows its path, and fetches it no more."""
    served_site.open(page, "")
    with instant_navigation(page):
        page.locator(".md-sidebar--primary a.md-nav__link[href$='/glossary/']").first.click()


def search_for(page: Page, words: str) -> None:
    """Type `words` into the search field, emptied first; the results are Material's to show."""
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").fill("")
    page.keyboard.type(words)


def test_a_page_title_result_for_the_page_shown_opens_it_at_its_top(page: Page, served_site: SiteServer) -> None:
    # Material fetches no page for a result whose path its instant navigation has already brought, and
    # scrolls to the top only for the first address after a page (its scroll restoration hears of a
    # fragment that changed): the title's result (`?h=`) then left the reader where they were.
    glossary_by_instant_navigation(page, served_site)
    page.evaluate("window.__sameDocument = true")
    for _ in range(2):
        page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
        search_for(page, "homeland")
        expect(page.locator(".md-search-result__item a[href$='glossary/?h=homeland#diaspora']")).to_be_visible()
        page.locator(".md-search-result__item a[href$='glossary/?h=']").click()
        expect(page).to_have_url(served_site.url("glossary/?h="))
        page.wait_for_function("() => window.scrollY === 0")
        expect(page.locator(".md-content article h1")).to_be_in_viewport()
        expect(page.locator("#__search")).not_to_be_checked()  # closed (Material waits 125 ms) before the next
    assert page.evaluate("window.__sameDocument === true"), "the page shown should have stayed"


# The article's elements and text nodes, without attributes (instant navigation makes links absolute,
# a fresh load's permalinks keep `?h=`): where words are marked, and whether their text is one node.
ARTICLE_NODES = """() => {
  const tree = (node) => node.nodeType === Node.TEXT_NODE ? JSON.stringify(node.data)
    : node.nodeType === Node.ELEMENT_NODE ? `<${node.localName}>${[...node.childNodes].map(tree).join("")}</>` : "";
  return tree(document.querySelector(".md-content article"));
}"""


def test_a_search_result_for_the_page_shown_leaves_it_as_a_fresh_load_of_its_address(
    page: Page, new_page: Callable[..., Page], served_site: SiteServer
) -> None:
    # Material marks a result's words on the page shown but never unmarks those of an earlier search: they
    # stayed beside the new ones, and the same words searched again were marked inside their old marks.
    served_site.open(page, "")
    with instant_navigation(page):
        page.locator(f".md-sidebar--primary a.md-nav__link[href$='/{OPPORTUNITIES}']").first.click()
    page.evaluate("window.__sameDocument = true")
    for word in ("tourism", "tourism", "remittances"):
        page.locator("input.md-search__input").click()
        page.locator("input.md-search__input").fill("")
        page.keyboard.type(word)
        page.locator(f".md-search-result__item a[href$='{OPPORTUNITIES}?h={word}']").first.click()
        expect(page).to_have_url(served_site.url(f"{OPPORTUNITIES}?h={word}"))
        expect(page.locator("#__search")).not_to_be_checked()
        expect(page.locator(".md-content article mark[data-md-highlight]").first).to_have_text(
            re.compile(word, re.IGNORECASE)
        )
    assert page.evaluate("window.__sameDocument === true"), "the page shown should have stayed"
    expect(page.locator("mark[data-md-highlight] mark[data-md-highlight]")).to_have_count(0)
    expect(page.locator(".md-content article mark[data-md-highlight]", has_text="tourism")).to_have_count(0)
    fresh = served_site.open(new_page(), f"{OPPORTUNITIES}?h=remittances")
    expect(fresh.locator(".md-content article mark[data-md-highlight]").first).to_be_attached()
    assert page.evaluate(ARTICLE_NODES) == fresh.evaluate(ARTICLE_NODES)


def test_the_link_to_the_page_shown_still_opens_it_at_its_top(page: Page, served_site: SiteServer) -> None:
    # Material takes a click on the link to the address shown for a repeated one: it scrolls to the top and
    # goes back in history, to the entry the reader left. Placing the page where that entry was left (as a
    # result for the page shown did on Back) undid the scroll: the reader stayed where they were.
    glossary_by_instant_navigation(page, served_site)
    page.evaluate("window.__sameDocument = true; window.scrollTo(0, 1500)")
    page.wait_for_function("() => history.state?.y === 1500")  # Material keeps the offset, 100 ms after a scroll
    page.evaluate("window.__wentBack = 0; addEventListener('popstate', () => { window.__wentBack += 1; })")
    page.locator(".md-sidebar--primary a.md-nav__link[href$='/glossary/']").first.click()
    page.wait_for_function("() => window.__wentBack === 1")
    next_frame(page)
    assert page.evaluate("window.scrollY") == 0
    expect(page).to_have_url(served_site.url("glossary/"))
    assert page.evaluate("window.__sameDocument === true"), "the page shown should have stayed"


def test_a_result_for_the_address_shown_adds_no_step_to_go_back(page: Page, served_site: SiteServer) -> None:
    # Each click on the result for the address shown pushed it again: Back then led to the same address.
    glossary_by_instant_navigation(page, served_site)
    page.evaluate("window.__sameDocument = true")
    for _ in range(2):
        search_for(page, "homeland")
        page.locator(".md-search-result__item a[href$='glossary/?h=']").click()
        expect(page).to_have_url(served_site.url("glossary/?h="))
        expect(page.locator("#__search")).not_to_be_checked()
    page.go_back()
    expect(page).to_have_url(served_site.url("glossary/"))
    assert page.evaluate("window.__sameDocument === true"), "the page shown should have stayed"


def test_a_result_for_the_section_shown_marks_its_words_there(page: Page, served_site: SiteServer) -> None:
    # Material took a click on a result for the path and section shown (another search's words) for a
    # repeated one and went back in history: the address lost the new `?h=`, and the section stayed unshown.
    glossary_by_instant_navigation(page, served_site)
    # Material closes the search 125 ms after each address and each fragment followed (target$): twice here.
    page.evaluate(
        "window.__sameDocument = true; window.target$.subscribe(() => { window.__targetAt = performance.now(); })"
    )
    page.locator("input.md-search__input").click()
    page.keyboard.type("homeland")
    page.locator(".md-search-result__item a[href$='glossary/?h=homeland#diaspora']").click()
    expect(page).to_have_url(served_site.url("glossary/?h=homeland#diaspora"))
    page.wait_for_function("() => document.querySelector(':target')?.id === 'diaspora'")
    page.wait_for_function("() => performance.now() - window.__targetAt > 250")
    expect(page.locator("#__search")).not_to_be_checked()
    page.evaluate("window.scrollTo(0, 0)")
    search_for(page, "diaspora")
    page.locator(".md-search-result__item a[href$='glossary/?h=diaspora#diaspora']").click()
    expect(page).to_have_url(served_site.url("glossary/?h=diaspora#diaspora"))
    expect(page.locator("#diaspora mark[data-md-highlight]").first).to_have_text(re.compile("diaspora", re.IGNORECASE))
    page.wait_for_function(
        """() => document.querySelector("#diaspora").getBoundingClientRect().top
             >= document.querySelector(".md-header").getBoundingClientRect().bottom
             && document.querySelector("#diaspora").getBoundingClientRect().top < innerHeight / 2"""
    )  # scrolled to, clear of the header
    expect(page.locator("#__search")).not_to_be_checked()
    page.go_back()
    expect(page).to_have_url(served_site.url("glossary/?h=homeland#diaspora"))
    assert page.evaluate("window.__sameDocument === true"), "the page shown should have stayed"


def test_a_search_s_words_leave_a_paragraph_link_where_it_leads(page: Page, served_site: SiteServer) -> None:
    set_viewport(page, 360, 740)
    served_site.open(page, f"{OPPORTUNITIES}?h=tourism#p4")
    expect(page.locator(".md-content article mark[data-md-highlight]").first).to_be_attached()
    expect(page.locator("#p4")).to_be_in_viewport()
    assert page.evaluate("document.querySelector(':target')?.id") == "p4"


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("thinking", "migration-and-transnationalism/policy-considerations/"),  # Beyond “thinking”
        ("homeland", "origin-governments-and-migrant-associations/"),  # the “homeland”
    ],
)
def test_search_finds_a_word_in_quotation_marks(page: Page, served_site: SiteServer, query: str, found: str) -> None:
    served_site.open(page, "")
    page.locator("input.md-search__input").click()
    page.keyboard.type(query)
    # Material searches on each key's release: wait for the whole word's results, not the first letter's.
    expect(page.locator(f".md-search-result__item a[href*='?h={query}']").first).to_be_visible()
    hrefs = page.locator(".md-search-result__item a").evaluate_all("(links) => links.map((a) => a.href)")
    assert any(href.startswith(served_site.url(found)) for href in hrefs), hrefs


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


# The headings whose permalink (¶) starts a line below their last word's: the ¶'s top at or under
# the bottom of the word's last character.
PERMALINK_ALONE = """() => [...document.querySelectorAll("article :is(h1, h2, h3, h4, h5, h6) > a.headerlink")].filter((link) => {
  const walker = document.createTreeWalker(link.parentElement, NodeFilter.SHOW_TEXT);
  let last = null;
  while (walker.nextNode()) if (!link.contains(walker.currentNode) && walker.currentNode.data.trim()) last = walker.currentNode;
  const end = last.data.trimEnd().length, range = document.createRange();
  range.setStart(last, end - 1);
  range.setEnd(last, end);
  return link.getBoundingClientRect().top >= range.getBoundingClientRect().bottom - 1;
}).map((link) => link.parentElement.id)"""


@pytest.mark.parametrize(("path", "width"), [("", 766), ("policy-areas/", 390), ("policy-areas/remittances/", 722)])
def test_a_heading_s_permalink_stays_on_the_line_of_its_last_word(
    new_page: Callable[..., Page], served_site: SiteServer, path: str, width: int
) -> None:
    """At these widths a heading filled its line and its ¶ (an inline-block) went alone onto the next."""
    page = served_site.open(new_page(viewport={"width": width, "height": 900}), path)
    assert page.locator("article h1 > a.headerlink").count() == 1
    assert page.evaluate(PERMALINK_ALONE) == []
    page.locator("article h1").hover()
    screenshot(page, f"heading-permalink-{path.strip('/').replace('/', '-') or 'home'}-{width}")


# Each "¶" of the article's text whose number (or "N") stands on a later line than the sign itself.
PILCROW_ALONE = """() => {
  const found = [];
  const walker = document.createTreeWalker(document.querySelector(".md-content article"), NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    for (const match of node.data.matchAll(/¶\\s+(?=[0-9N])/g)) {
      const sign = document.createRange(), number = document.createRange();
      sign.setStart(node, match.index);
      sign.setEnd(node, match.index + 1);
      number.setStart(node, match.index + match[0].length);
      number.setEnd(node, match.index + match[0].length + 1);
      if (number.getBoundingClientRect().top > sign.getBoundingClientRect().bottom - 2)
        found.push(node.data.slice(Math.max(0, match.index - 30), match.index + match[0].length + 2).trim());
    }
  }
  return found;
}"""


def test_a_paragraph_sign_never_ends_a_line_without_its_number(
    new_page: Callable[..., Page], served_site: SiteServer
) -> None:
    """The reading guide at 768 px read "a page may read ¶" and, on the next line, "4, ¶ 6": the space
    between a ¶ and its number in the guides' prose was one a line may break at."""
    page = new_page()
    problems = []
    guides = sorted(f"about/{folder.name}/" for folder in (served_site.root / "about").iterdir() if folder.is_dir())
    assert len(guides) > 5, guides
    for path in ["", "about/", *guides]:
        served_site.open(page, path)
        for width in (320, 360, 390, 768, 1024, 1280):
            set_viewport(page, width, 900)  # citation.js moves ¶ and Cite when the phone's width is crossed
            problems += [f"/{path} at {width}px: {where}" for where in page.evaluate(PILCROW_ALONE)]
    assert not problems, "\n".join(problems)


# Each date of the article's prose (not code, which a contributor copies as it is) whose last character stands
# on a later line than its first: `9 March 2010`, `9–10 March 2010`, `March 2010`, `Autumn 2010`, `March 9, 2010`
# and APA's `2010, March 9`, their spaces plain or no-break.
DATE_BROKEN = r"""() => {
  const month = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
  const dates = new RegExp(String.raw`(?:\d{1,2}(?:–\u2060?\d{1,2})?\s+)?(?:${month}|Spring|Summer|Autumn|Winter)(?:\s+\d{1,2},)?\s+\d{4}`
    + String.raw`|\d{4},\s+${month}\s+\d{1,2}`, "g");
  const found = [];
  const walker = document.createTreeWalker(document.querySelector(".md-content article"), NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (node.parentElement.closest("code")) continue;
    for (const match of node.data.matchAll(dates)) {
      const first = document.createRange(), last = document.createRange(), end = match.index + match[0].length;
      first.setStart(node, match.index);
      first.setEnd(node, match.index + 1);
      last.setStart(node, end - 1);
      last.setEnd(node, end);
      const box = first.getBoundingClientRect();
      if (box.height && last.getBoundingClientRect().top > box.bottom - 2) found.push(match[0].replace(/\s+/g, " ").replace("\u2060", ""));
    }
  }
  return found;
}"""


def test_a_date_stays_on_one_line_on_a_phone(new_page: Callable[..., Page], served_site: SiteServer) -> None:
    """On a phone the Citing guide's *9 March 2010* ended a line on "9 March", and a source's "About this text"
    (held in Geneva on "9–10 March" and, on the next line, "2010") did too: a date is read as one word."""
    page = new_page()
    paths = sorted(str(index.parent.relative_to(served_site.root)) for index in served_site.root.rglob("index.html"))
    assert len(paths) > 30, paths
    problems = []
    for path in (f"{path}/".removeprefix("./") for path in paths):
        served_site.open(page, path)
        for width in (320, 360, 390, 414):
            set_viewport(page, width, 900)
            problems += [f"/{path} at {width}px: {date}" for date in page.evaluate(DATE_BROKEN)]
    assert not problems, "\n".join(problems)


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


def test_a_search_for_an_area_s_title_lists_the_pages_tagged_with_it_first(page: Page, served_site: SiteServer) -> None:
    """docs/about/policy-areas-guide.md promises it: a policy officer searching "Remittances and economic
    exchange" meets the pages on remittances before the overview, the glossary or a page that only uses a word."""
    titles = {area["id"]: area["title"] for area in yaml.safe_load(AREAS.read_text(encoding="utf-8"))}
    tagged: dict[str, set[str]] = {area_id: set() for area_id in titles}
    for path in sorted(DOCS.rglob("*.md")):
        for area_id in frontmatter.load(path).get("tags") or []:
            folder = built_path(served_site.root, path).parent.relative_to(served_site.root).as_posix()
            tagged[area_id].add(urlparse(served_site.url(f"{folder}/")).path)
    wrong = {}
    for area_id, title in titles.items():
        first = [links[0] for links in search_results(page, served_site, title)[: len(tagged[area_id])]]
        if set(first) != tagged[area_id]:
            wrong[title] = first
    assert not wrong, f"a search for these areas' titles lists other results before the tagged pages: {wrong}"


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
