"""In a real browser (tests/browser.py): a reader's search, the page each result opens and where, the words it
marks, and the pages a policy area's title finds first."""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlparse

import frontmatter
import pytest
import yaml
from browser import (
    SiteServer,
    instant_navigation,
    next_frame,
    screenshot,
    search_results,
    set_viewport,
    wait_for_navigation_closes,
)
from edition_pages import DOCS, ROOT, built_path
from playwright.sync_api import Page, expect
from reader_helpers import OPPORTUNITIES

pytestmark = [pytest.mark.browser, pytest.mark.slow]

AREAS = ROOT / "annotations" / "policy-areas.yml"


def search_for(page: Page, words: str) -> None:
    """Type `words` into the search field, emptied first, once Material has closed the search after each address
    followed (opened before, it is closed under the test); the results are Material's to show."""
    wait_for_navigation_closes(page)
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").fill("")
    page.keyboard.type(words)


def test_search_finds_a_word_and_lands_on_it_highlighted(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, "")
    search_for(page, "tourism")  # a word of Opportunities alone: a glossary term's word lists its entry first
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
    search_for(page, "tourism")
    page.locator(f".md-search-result__item a[href$='{OPPORTUNITIES}?h=tourism']").first.click()
    page.wait_for_url(f"**/{OPPORTUNITIES}?h=tourism")
    first_highlight_in_view(page)
    screenshot(page, "reader-search-lands-on-the-word")


def test_on_a_phone_a_result_s_page_shown_before_the_search_unlocks_it_opens_at_the_word(
    page: Page, served_site: SiteServer
) -> None:
    # On a phone Material locks the page under the open search (400 ms after it opens) and unlocks it 100 ms after
    # it closes: a page shown sooner (a fast connection; in CI, the unlock run late) was not scrolled to the word.
    page.add_init_script(f"({LATE_TIMERS})(400, -399)")  # locked at once, as when a reader takes a while to type
    page.add_init_script(f"({LATE_TIMERS})(100, {LATE_MS})")
    test_on_a_phone_a_search_result_opens_its_page_at_the_word_found(page, served_site)


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
    search_for(page, "homeland")  # in three glossary entries, not in the glossary's opening lines
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


# Material's timers of `due` ms run `late` ms late, as on a loaded machine: of 125 ms, its closing of the search
# and the drawer after each address it follows (bundle.ts: `merge(location$, target$).pipe(delay(125))`); of
# 100 ms, its unlocking of the page under the search on a phone once the search is closed (patches/scrolllock).
LATE_TIMERS = """(due, late) => {
  for (const name of ["setTimeout", "setInterval"]) {
    const original = window[name];
    window[name] = function (handler, delay, ...rest) {
      return original.call(this, handler, delay === due ? delay + late : delay, ...rest);
    };
  }
}"""
LATE_MS = 1500


def test_a_search_opened_on_a_page_instant_navigation_brought_stays_open(page: Page, served_site: SiteServer) -> None:
    # In CI the search a test opened on the page instant navigation had just shown closed under it, its results
    # hidden ("not visible"): Material's close, due 125 ms after the address changed, came after the test had
    # opened it. The helpers now open it only once Material has closed it after each address followed.
    page.add_init_script(f"({LATE_TIMERS})(125, {LATE_MS})")
    served_site.open(page, "")
    with instant_navigation(page):
        page.locator(f".md-sidebar--primary a.md-nav__link[href$='/{OPPORTUNITIES}']").first.click()
    search_for(page, "tourism")
    result = page.locator(f".md-search-result__item a[href$='{OPPORTUNITIES}?h=tourism']").first
    expect(result).to_be_visible()
    page.wait_for_timeout(LATE_MS + 500)  # nothing to wait for: the search must stay open
    expect(page.locator("#__search")).to_be_checked()
    expect(result).to_be_visible()


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
        search_for(page, word)
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
    page.evaluate("window.__sameDocument = true")
    search_for(page, "homeland")
    page.locator(".md-search-result__item a[href$='glossary/?h=homeland#diaspora']").click()
    expect(page).to_have_url(served_site.url("glossary/?h=homeland#diaspora"))
    page.wait_for_function("() => document.querySelector(':target')?.id === 'diaspora'")
    wait_for_navigation_closes(page)  # Material closes the search after the address and the fragment: twice here
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
    search_for(page, query)
    # Material searches on each key's release: wait for the whole word's results, not the first letter's.
    expect(page.locator(f".md-search-result__item a[href*='?h={query}']").first).to_be_visible()
    hrefs = page.locator(".md-search-result__item a").evaluate_all("(links) => links.map((a) => a.href)")
    assert any(href.startswith(served_site.url(found)) for href in hrefs), hrefs


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
