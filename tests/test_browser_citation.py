"""In a real browser (tests/browser.py): the Cite action beside each paragraph (citation.js makes it) and its
dialog: the APA citation it copies and the export links, its heading and quotations as a screen reader hears them,
the keyboard's focus, a phone's small window, instant navigation, a search's words left unmarked in Cite, and the
dark palette."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from browser import SiteServer, instant_navigation, read_clipboard, screenshot
from browser_accessibility_helpers import (
    assert_dialog_keeps_focus,
    chromium_name_and_description,
    chromium_spoken_symbols,
)
from playwright.sync_api import Locator, Page, expect
from reader_helpers import OPPORTUNITIES

from hooks.core.text import quoted

pytestmark = [pytest.mark.browser, pytest.mark.slow]

DIALOG = "dialog.edition-cite-dialog"
APA_IN_TEXT = "(International Organization for Migration, 2010, Opportunities section, para. 3)"


def open_cite_dialog(page: Page, paragraph: str) -> Locator:
    """Point at a paragraph and press its Cite action, as a reader with a mouse does; the dialog, shown."""
    page.locator(paragraph).hover()
    page.locator(f"{paragraph} a.paragraph-cite").click()
    dialog = page.locator(DIALOG)
    expect(dialog).to_be_visible()
    return dialog


def test_cite_dialog_shows_the_apa_citation(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, OPPORTUNITIES)
    dialog = open_cite_dialog(page, "#p3")
    expect(dialog).to_have_accessible_name("Cite paragraph 3")
    assert page.url == served_site.url(OPPORTUNITIES), "the Cite link's #cite-this-page fallback was followed"
    expect(dialog.locator("h3", has_text="APA")).to_be_visible()
    expect(dialog).to_contain_text(APA_IN_TEXT)
    expect(dialog).to_contain_text(
        "International Organization for Migration. (2010). Migration and transnationalism: Opportunities and challenges"
    )
    expect(dialog).to_contain_text(served_site.url(OPPORTUNITIES) + "#p3")
    for export in ("CSL-JSON", "BibTeX", "RIS"):
        expect(dialog.get_by_role("link", name=export)).to_be_visible()
    downloads = dialog.get_by_role("link", name="RIS").locator("xpath=..")
    assert downloads.text_content() == "CSL-JSON\u00a0· BibTeX\u00a0· RIS", "no line starts with the dot"
    screenshot(page, "citation-cite-dialog")
    dialog.get_by_role("button", name="Copy the APA 7th edition in-text citation").click()
    expect(dialog.get_by_role("status")).to_have_text("Copied to clipboard")  # said once the text is written
    assert read_clipboard(page) == APA_IN_TEXT


def test_the_dialog_says_paragraph_where_it_shows_the_pilcrow(page: Page, served_site: SiteServer) -> None:
    """Its heading, "Cite ¶ 3 of …", and its link, "annotate ¶ 3", were read "pilcrow 3"; the ¶ stays shown."""
    served_site.open(page, OPPORTUNITIES)
    dialog = open_cite_dialog(page, "#p3")
    heading = dialog.get_by_role("heading", level=2, name="Cite paragraph 3 of “Opportunities”", exact=True)
    expect(heading).to_have_count(1)
    expect(heading.locator("[aria-hidden=true]")).to_have_text("¶")
    hidden = heading.get_by_text("paragraph", exact=True)  # said, not shown: clipped to nothing
    assert hidden.evaluate("(e) => getComputedStyle(e).clipPath") == "inset(50%)"
    assert chromium_name_and_description(page, f"{DIALOG} h2")[0] == "Cite paragraph 3 of “Opportunities”"
    link = dialog.get_by_role("link", name="Annotate paragraph 3", exact=True)
    expect(link).to_have_text("annotate ¶ 3")  # as shown
    assert chromium_name_and_description(page, f"{DIALOG} a.edition-cite-annotate") == ("Annotate paragraph 3", "")
    assert chromium_spoken_symbols(page, DIALOG) == []


@pytest.mark.parametrize(
    "text",
    [
        "encouraging their investment in the “homeland”",
        'a 5" screen',
        '…"word" and 12"',
        'one " alone',
        "the migrants’ ties",
    ],
)
def test_the_dialog_quotes_as_the_build_does(page: Page, served_site: SiteServer, text: str) -> None:
    """The dialog's heading and its "Comment on …" line quote in the browser; a quotation in them was double."""
    served_site.open(page, OPPORTUNITIES)
    assert page.evaluate("(text) => window.edition.quoted(text)", text) == quoted(text)


def test_on_a_phone_the_dialog_s_close_button_and_copy_message_stay_in_view(
    new_page: Callable[..., Page], served_site: SiteServer
) -> None:
    page = served_site.open(new_page(viewport={"width": 390, "height": 844}, has_touch=True), OPPORTUNITIES)
    page.locator("#p3 a.paragraph-cite").click()
    dialog = page.locator(DIALOG)
    expect(dialog).to_be_visible()
    assert dialog.evaluate("d => d.scrollHeight > d.clientHeight"), "the dialog is taller than the phone: it scrolls"
    dialog.get_by_role("button", name="Copy the APA 7th edition in-text citation").click()
    expect(dialog.get_by_role("status")).to_have_text("Copied to clipboard")
    expect(dialog.get_by_role("status")).to_be_in_viewport()
    for where in ("d.scrollHeight / 2", "0", "d.scrollHeight"):
        dialog.evaluate(f"d => {{ d.scrollTop = {where}; }}")
        expect(dialog.get_by_role("button", name="Close")).to_be_in_viewport(ratio=1)
    screenshot(page, "citation-cite-dialog-phone-scrolled")
    dialog.get_by_role("button", name="Close").click()
    expect(dialog).to_be_hidden()


def test_a_search_s_words_are_not_marked_in_the_cite_buttons(
    new_page: Callable[..., Page], served_site: SiteServer
) -> None:
    # Material marks a search's words (`?h=`) in every text that takes room, the Cite buttons' too: on a
    # touch screen, where they are always shown, "CITE" was highlighted beside each paragraph as a word
    # found (`cit`), and the page stayed at its top, the first paragraph's button taken for the first word.
    phone = new_page(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    page = served_site.open(phone, f"{OPPORTUNITIES}?h=cit")
    words = page.locator("#cite-this-page mark[data-md-highlight]")
    expect(words).to_have_text("Cit")
    expect(words).to_be_in_viewport()
    expect(page.locator("#p1 a.paragraph-cite")).to_have_text("Cite")
    expect(page.locator("#p1 a.paragraph-cite")).to_be_visible()
    expect(page.locator(".paragraph-cite mark")).to_have_count(0)
    assert chromium_name_and_description(page, "#p1 a.paragraph-cite") == ("Cite paragraph 1", "")
    screenshot(page, "citation-search-words-not-marked-in-cite")


def test_cite_dialog_traps_and_returns_focus(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, OPPORTUNITIES)
    assert_dialog_keeps_focus(page, "#p3 a.paragraph-cite", DIALOG)
    page.keyboard.press("Space")  # a role=button link opens with Space too
    expect(page.locator(DIALOG)).to_be_visible()
    expect(page.locator(f"{DIALOG} button").first).to_be_focused()


def test_cite_action_works_after_instant_navigation(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, OPPORTUNITIES)
    # citation.js runs from Material's document$, once the bundle (instant navigation included) is set up.
    expect(page.locator("#p1 a.paragraph-cite")).to_have_count(1)
    page.evaluate("window.__sameDocument = true")
    with instant_navigation(page):  # the page left has a #p2 with its Cite too
        page.locator(".md-sidebar--primary a.md-nav__link[href$='/challenges/']").click()
    page.wait_for_url("**/migration-and-transnationalism/challenges/")
    assert page.evaluate("window.__sameDocument === true"), "the link was followed by instant navigation"
    expect(page.locator("#p2 a.paragraph-cite")).to_have_count(1)  # made once for the new article
    dialog = open_cite_dialog(page, "#p2")
    expect(dialog).to_contain_text("(International Organization for Migration, 2010, Challenges section, para. 2)")
    expect(dialog).to_contain_text(served_site.url("migration-and-transnationalism/challenges/") + "#p2")


def test_dark_mode_shows_the_paragraph_furniture_and_the_dialog(
    new_page: Callable[..., Page], served_site: SiteServer
) -> None:
    page = served_site.open(new_page(color_scheme="light"), f"{OPPORTUNITIES}#p3")
    page.locator("label[title='Switch to dark mode']").click()
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    expect(page.locator("#p3 > .paragraph-actions")).to_have_css("opacity", "1")
    screenshot(page, "citation-dark-target-paragraph")
    page.locator("#p3 a.paragraph-cite").click()
    dialog = page.locator(DIALOG)
    expect(dialog).to_contain_text(APA_IN_TEXT)
    background = dialog.evaluate("(el) => getComputedStyle(el).backgroundColor")
    assert background != "rgb(255, 255, 255)", "the dialog follows the dark palette"
    screenshot(page, "citation-dark-cite-dialog")


# The open dialog's edge (its border, or an outline, at least 1px wide) against the page behind it (the page's
# background dimmed by the dialog's ::backdrop) and against the dialog's own background: WCAG contrast ratios,
# each colour resolved by painting it on a 1×1 canvas as tests/browser_accessibility_helpers.py's CONTRAST does.
DIALOG_EDGE = """(selector) => {
  const canvas = Object.assign(document.createElement("canvas"), { width: 1, height: 1 });
  const context = canvas.getContext("2d", { willReadFrequently: true });
  const paint = (...colours) => {
    context.clearRect(0, 0, 1, 1);
    for (const css of ["#fff", ...colours]) { context.fillStyle = "#000"; context.fillStyle = css; context.fillRect(0, 0, 1, 1); }
    return Array.from(context.getImageData(0, 0, 1, 1).data.slice(0, 3));
  };
  const luminance = (rgb) => {
    const [r, g, b] = rgb.map((v) => (v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((m, n) => n - m); return (x + 0.05) / (y + 0.05); };
  const dialog = document.querySelector(selector), style = getComputedStyle(dialog);
  const page = [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.body).backgroundColor,
                getComputedStyle(dialog, "::backdrop").backgroundColor];
  const edges = [];
  if (parseFloat(style.borderTopWidth) >= 1 && style.borderTopStyle !== "none")
    edges.push(paint(...page, style.backgroundColor, style.borderTopColor));
  if (parseFloat(style.outlineWidth) >= 1 && style.outlineStyle !== "none")
    edges.push(paint(...page, style.outlineColor));
  const behind = paint(...page), inside = paint(...page, style.backgroundColor);
  return edges.map((edge) => [ratio(edge, behind), ratio(edge, inside)]).sort((a, b) => Math.min(...b) - Math.min(...a))[0] || [1, 1];
}"""


def test_in_dark_mode_the_cite_dialog_has_an_edge_that_stands_out_from_the_page(
    new_page: Callable[..., Page], served_site: SiteServer
) -> None:
    """In the slate palette the dialog, the page's colour on the page dimmed, showed only a faint edge (its shadow is
    black on near-black): WCAG 1.4.11 asks a component's boundary for 3:1 against what is beside it."""
    page = served_site.open(new_page(color_scheme="dark"), f"{OPPORTUNITIES}#p3")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    page.locator("#p3 a.paragraph-cite").click()
    expect(page.locator(DIALOG)).to_be_visible()
    against_page, against_dialog = page.evaluate(DIALOG_EDGE, DIALOG)
    assert against_page >= 3 and against_dialog >= 3, (against_page, against_dialog)
    screenshot(page, "citation-dark-cite-dialog-edge")
