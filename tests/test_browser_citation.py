"""In a real browser (tests/browser.py): the ¶ link and its copy text, the highlighted target
paragraph, the Cite dialog (with the keyboard too), head tags after instant navigation
(DESIGN.md "Known trap") and the redirect of a moved `#id`."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator

import pytest
from browser import (
    SiteServer,
    instant_navigation,
    read_clipboard,
    screenshot,
    serve_build,
    set_viewport,
    wait_for_material,
    wait_until_still,
)
from browser_accessibility_helpers import (
    assert_dialog_keeps_focus,
    chromium_name_and_description,
    chromium_spoken_symbols,
    tab_to,
)
from conftest import copy_project
from playwright.sync_api import Locator, Page, expect

from hooks.core.anchor_lock import dump_lock
from hooks.core.text import quoted

pytestmark = [pytest.mark.browser, pytest.mark.slow]

OPPORTUNITIES = "migration-and-transnationalism/opportunities/"
ORIGIN = "origin-governments-and-migrant-associations/"
DIALOG = "dialog.edition-cite-dialog"
APA_IN_TEXT = "(International Organization for Migration, 2010, Opportunities section, para. 3)"
ANNEX = "migration-and-transnationalism/annex/"

# Where the margin actions stand: their leftmost edge, the navigation's right edge (0 without the
# sidebar), and for quoted paragraphs their right edge against the quote's bar.
MARGIN_LAYOUT = """() => {
  const sidebar = document.querySelector(".md-sidebar--primary");
  const shown = getComputedStyle(sidebar).visibility !== "hidden" && sidebar.getBoundingClientRect().left >= 0;
  const navRight = shown
    ? Math.max(0, ...[...sidebar.querySelectorAll(".md-nav__link .md-ellipsis")].map((e) => e.getBoundingClientRect().right))
    : 0;
  const actions = [...document.querySelectorAll("article p[id^='p'] > .paragraph-actions")];
  const quoted = [...document.querySelectorAll("article blockquote > p[id^='p'] > .paragraph-actions")].map((e) => [
    e.getBoundingClientRect().right,
    e.closest("blockquote").getBoundingClientRect().left,
  ]);
  return { left: Math.min(...actions.map((e) => e.getBoundingClientRect().left)), navRight, quoted, count: actions.length };
}"""


@pytest.fixture(scope="module")
def moved_id_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    """A copy of the site whose anchors.redirects.yml moves `/about/#old-about` to `/about/citing/#anchors`."""
    root = tmp_path_factory.mktemp("moved-id")
    project = copy_project(root / "project")
    redirects = project / "anchors.redirects.yml"  # the edition's own redirects stay: their ids are gone too
    redirects.write_text(
        f"{redirects.read_text(encoding='utf-8')}'/about/#old-about': '/about/citing/#anchors'\n", "utf-8"
    )
    lock = json.loads((project / "anchors.lock.json").read_text(encoding="utf-8"))
    lock["/about/"].append("old-about")  # published once: a redirect from an id never published is refused
    (project / "anchors.lock.json").write_text(dump_lock(lock), encoding="utf-8")
    with serve_build(project, root / "site") as site:
        yield site


def open_cite_dialog(page: Page, paragraph: str) -> Locator:
    """Point at a paragraph and press its Cite action, as a reader with a mouse does; the dialog, shown."""
    page.locator(paragraph).hover()
    page.locator(f"{paragraph} a.paragraph-cite").click()
    dialog = page.locator(DIALOG)
    expect(dialog).to_be_visible()
    return dialog


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


def test_paragraph_link_and_cite_are_reached_with_tab(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, OPPORTUNITIES)
    tab_to(page, "#p1 a.paragraph-link")
    expect(page.locator("#p1 > .paragraph-actions")).to_have_css("opacity", "1")  # shown on keyboard focus
    screenshot(page, "citation-paragraph-link-focused")
    page.keyboard.press("Tab")
    expect(page.locator("#p1 a.paragraph-cite")).to_be_focused()
    expect(page.locator("#p1 > .paragraph-actions")).to_have_css("opacity", "1")


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


def test_head_tags_follow_instant_navigation(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, OPPORTUNITIES)
    expect(page.locator("article span.Z3988")).to_have_attribute("title", re.compile(r"rft\.genre=report"))
    page.evaluate("window.__sameDocument = true")
    with instant_navigation(page):
        page.locator(f".md-sidebar--primary a.md-nav__link[href$='/{ORIGIN}']").click()
    page.wait_for_url(f"**/{ORIGIN}")
    assert page.evaluate("window.__sameDocument === true"), "the link was followed by instant navigation"

    def meta(name: str) -> list[str]:
        """The contents of the head's <meta name=...> tags."""
        return page.eval_on_selector_all(f"head meta[name='{name}']", "(tags) => tags.map((t) => t.content)")

    expect(page.locator("head meta[name='citation_title']")).to_have_attribute(
        "content", "Perspectives from governments of countries of origin and migrant associations"
    )
    assert meta("citation_title") == ["Perspectives from governments of countries of origin and migrant associations"]
    assert meta("citation_inbook_title") == ["Migration and development: Perspectives from the South"]
    assert meta("citation_technical_report_institution") == []
    expect(page.locator("link[rel=canonical]")).to_have_attribute("href", served_site.url(ORIGIN))
    # The report's COinS span went with its page (the chapter, without an author, has none: Zotero reads the tags).
    expect(page.locator("article span.Z3988")).to_have_count(0)


def test_moved_id_is_sent_to_its_new_place(page: Page, moved_id_site: SiteServer) -> None:
    moved_id_site.open(page, "about/#old-about")
    page.wait_for_url("**/about/citing/#anchors")
    wait_for_material(page)
    expect(page.locator("#anchors")).to_be_in_viewport()
    screenshot(page, "citation-moved-id")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("about/citing/#page-moves", "about/stable-links/#page-moves"),
        ("about/glossary-guide/#adding-a-term", "about/glossary-terms/#adding-a-term"),
        ("about/policy-areas-guide/#tag-a-paragraph", "about/tagging/#tag-a-paragraph"),
    ],
)
def test_an_old_link_to_an_editors_part_of_a_guide_lands_where_it_moved(
    page: Page, served_site: SiteServer, old: str, new: str
) -> None:
    """Editors' parts of the Citing page and the readers' guides moved to pages of their own (anchors.redirects.yml)."""
    served_site.open(page, old)
    page.wait_for_url(f"**/{new}")
    wait_for_material(page)
    expect(page.locator(new[new.index("#") :])).to_be_in_viewport()


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
# each colour resolved by painting it on a 1×1 canvas as tests/browser.py's CONTRAST does.
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


@pytest.mark.parametrize("path", [OPPORTUNITIES, ANNEX])
def test_printed_page_shows_every_paragraph_number_in_the_margin(
    page: Page, served_site: SiteServer, path: str
) -> None:
    served_site.open(page, path)
    page.emulate_media(media="print")
    numbers = page.locator("article p[id^='p'] .paragraph-link")
    assert numbers.count() >= 5
    for index in range(numbers.count()):
        number = numbers.nth(index)
        paragraph = number.locator("xpath=ancestor::p[1]")
        bar = paragraph.locator("xpath=ancestor::blockquote[1]")
        edge = (bar if bar.count() else paragraph).bounding_box()
        box = number.bounding_box()
        assert number.evaluate("(el) => getComputedStyle(el.closest('.paragraph-actions') || el).opacity") == "1"
        assert box and edge and 0 <= box["x"] and box["x"] + box["width"] <= edge["x"], (number.inner_text(), box, edge)
    expect(page.locator("article .paragraph-cite").first).to_be_hidden()
    screenshot(page, f"print-{path.strip('/').replace('/', '-')}", full_page=True)


@pytest.mark.parametrize("path", [OPPORTUNITIES, ANNEX])
def test_margin_actions_are_on_screen_clear_of_the_navigation_and_the_quote_bar(
    page: Page, served_site: SiteServer, path: str
) -> None:
    """From 720px (below it they follow the paragraph) to wide screens; without Material's left sidebar
    (below 1220px) they were cut off by the window's edge, and a quoted paragraph's sat on its bar."""
    served_site.open(page, path)
    problems = []
    for width in [720, 800, 960, 1100, 1219, 1220, 1280, 1440, 1920]:
        set_viewport(page, width, 900)  # Material's sidebar follows the window's resize events
        layout = page.evaluate(MARGIN_LAYOUT)
        assert layout["count"] > 0
        if layout["left"] < 0:
            problems.append(f"{width}px: actions start at x={layout['left']:.0f}, off screen")
        if 0 < layout["left"] < layout["navRight"]:
            problems.append(
                f"{width}px: actions (x={layout['left']:.0f}) under the navigation (to x={layout['navRight']:.0f})"
            )
        problems += [
            f"{width}px: a quoted paragraph's actions reach x={right:.0f}, the bar is at {bar:.0f}"
            for right, bar in layout["quoted"]
            if right > bar
        ]
    assert not problems, "\n".join(problems)


# Where the margin actions stand against the navigation column: the left sidebar's scrolling column (its
# links and their scrollbar) right edge, the actions' leftmost edge, and where the text starts against
# the sidebar's box (Material's 1.2rem), all in px; null without the sidebar.
SIDEBAR_GAP = """() => {
  const sidebar = document.querySelector(".md-sidebar--primary");
  const box = sidebar.getBoundingClientRect();
  if (getComputedStyle(sidebar).visibility === "hidden" || box.left < 0) return null;
  const column = sidebar.querySelector(".md-sidebar__scrollwrap").getBoundingClientRect();
  const actions = [...document.querySelectorAll("article p[id^='p'] > .paragraph-actions")];
  const article = document.querySelector(".md-content article");
  const text = article.getBoundingClientRect().left + parseFloat(getComputedStyle(article).paddingLeft);
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return {
    column: column.right,
    actions: Math.min(...actions.map((e) => e.getBoundingClientRect().left)),
    textIndent: (text - box.right) / rem,
  };
}"""


@pytest.mark.parametrize("path", [OPPORTUNITIES, ANNEX])
def test_margin_actions_stand_clear_of_the_navigation_column(page: Page, served_site: SiteServer, path: str) -> None:
    """At 1,280 px the actions stood less than a pixel from the navigation's links, and under the column
    its scrollbar is drawn in: 8 px at least between them, and the text where Material puts it."""
    served_site.open(page, path)
    problems = []
    for width in [1220, 1280, 1440, 1920]:
        set_viewport(page, width, 900)  # Material's sidebar follows the window's resize events
        layout = page.evaluate(SIDEBAR_GAP)
        assert layout, f"{width}px: the sidebar should be shown"
        if layout["actions"] - layout["column"] < 8:
            problems.append(
                f"{width}px: actions at x={layout['actions']:.1f}, the navigation to x={layout['column']:.1f}"
            )
        if abs(layout["textIndent"] - 1.2) > 0.01:
            problems.append(f"{width}px: the text starts {layout['textIndent']:.2f}rem after the sidebar, not 1.2rem")
    assert not problems, "\n".join(problems)
    screenshot(page, f"citation-margin-beside-navigation-{path.strip('/').replace('/', '-')}")


# The boxes of the shown ¶ link's tooltip, its paragraph's Cite and the window's free part (below the header).
TOOLTIP_AND_CITE = """(id) => {
  const box = (element) => {
    const { left, top, right, bottom } = element.getBoundingClientRect();
    return { left, top, right, bottom };
  };
  return {
    tooltip: box(document.querySelector(".md-tooltip2--active .md-tooltip2__inner")),
    cite: box(document.querySelector(`#${id} .paragraph-cite`)),
    window: { left: 0, top: document.querySelector(".md-header").getBoundingClientRect().bottom,
              right: innerWidth, bottom: innerHeight },
  };
}"""


# Each character of the article's words under the shown tooltip (the margin's ¶ N and Cite of other paragraphs, unseen
# until pointed at, left out), with the words around it: at 1,280 px the tooltip under Cite hid "ente" of the
# paragraph's third line, and one under a lifted Cite's ¶ N the next paragraph's first letter.
TEXT_UNDER_TOOLTIP = """() => {
  const tip = document.querySelector(".md-tooltip2--active .md-tooltip2__inner").getBoundingClientRect();
  const covered = [];
  const walker = document.createTreeWalker(document.querySelector(".md-content article"), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.closest(".paragraph-actions, .paragraph-link")) continue;
    for (let at = 0; at < node.data.length; at++) {
      if (/\\s/.test(node.data[at])) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const { left, top, right, bottom } = range.getBoundingClientRect();
      if (Math.min(right, tip.right) - Math.max(left, tip.left) > 0.5
          && Math.min(bottom, tip.bottom) - Math.max(top, tip.top) > 0.5) {
        covered.push(`${node.data[at]} in "${node.data.slice(Math.max(0, at - 12), at + 12)}"`);
      }
    }
  }
  return covered;
}"""

# Each character of the navigation's words shown under the shown tooltip, with the words around it: from 1,220 px
# the tooltip above ¶ 1 of the origin-governments page covered "of" of "Agents and subjects of transnationalism".
NAVIGATION_UNDER_TOOLTIP = """() => {
  const tip = document.querySelector(".md-tooltip2--active .md-tooltip2__inner").getBoundingClientRect();
  const column = document.querySelector(".md-sidebar--primary .md-sidebar__scrollwrap");
  const shown = column.getBoundingClientRect();
  const covered = [];
  const walker = document.createTreeWalker(column, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let at = 0; at < node.data.length; at++) {
      if (/\\s/.test(node.data[at])) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const { left, top, right, bottom, width } = range.getBoundingClientRect();
      if (width && bottom > shown.top && top < shown.bottom
          && Math.min(right, tip.right) - Math.max(left, tip.left) > 0.5
          && Math.min(bottom, tip.bottom) - Math.max(top, tip.top) > 0.5) {
        covered.push(`${node.data[at]} in "${node.data.trim().slice(0, 40)}"`);
      }
    }
  }
  return covered;
}"""

# A paragraph in the middle of the window, or scrolled up to 10 px under the header: no room above ¶ N there.
PLACES = {
    "middle": "(p) => p.scrollIntoView({ block: 'center' })",
    "under-header": """(p) => window.scrollBy(0, p.getBoundingClientRect().top
      - document.querySelector('.md-header').getBoundingClientRect().bottom - 10)""",
}


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("how", ["hover", "focus"])
@pytest.mark.parametrize("width", [1440, 1280, 1220, 720])
@pytest.mark.parametrize(
    ("path", "paragraph"),
    [(OPPORTUNITIES, "p2"), (ANNEX, "p2")],  # Cite under ¶ N; the annex's p2 has its Cite lifted above it
    ids=["cite-below", "cite-lifted"],
)
def test_the_paragraph_link_s_tooltip_leaves_cite_in_sight(
    new_page: Callable[..., Page],
    served_site: SiteServer,
    path: str,
    paragraph: str,
    width: int,
    how: str,
    place: str,
) -> None:
    """Material shows "Link to paragraph N" under the ¶ link, where Cite stands: while it showed, the
    reader could not see Cite. It stands on the side of ¶ N away from Cite, in the window; under the
    header, with no room above ¶ N, it stands under Cite.

    Centred on ¶ N, it reached some 30 px into the text: from 1,220 px, where the navigation's column
    leaves the margin room for it, it ends where ¶ N ends and covers none of the article's words. Below,
    the margin is 3rem: Material keeps it 0.8rem from the window's edge, over the text's first letters."""
    page = served_site.open(new_page(viewport={"width": width, "height": 900}), path)
    page.locator(f"#{paragraph}").evaluate(PLACES[place])
    link = page.locator(f"#{paragraph} .paragraph-link")
    if how == "hover":
        link.hover()
    else:
        link.focus()
    tooltip = page.locator(".md-tooltip2--active .md-tooltip2__inner")
    expect(tooltip).to_have_text(f"Link to paragraph {paragraph[1:]}")
    wait_until_still(tooltip)
    screenshot(page, f"paragraph-link-tooltip-{path.strip('/').replace('/', '-')}-{width}-{how}-{place}")
    boxes = page.evaluate(TOOLTIP_AND_CITE, paragraph)
    tip, cite, window = boxes["tooltip"], boxes["cite"], boxes["window"]
    overlap = min(tip["right"], cite["right"]) > max(tip["left"], cite["left"]) and min(
        tip["bottom"], cite["bottom"]
    ) > max(tip["top"], cite["top"])
    assert not overlap, f"the tooltip {tip} covers Cite {cite}"
    assert (
        window["left"] <= tip["left"]
        and tip["right"] <= window["right"]
        and window["top"] <= tip["top"]
        and tip["bottom"] <= window["bottom"]
    ), f"the tooltip {tip} is not in the window {window}"
    if width >= 1220:
        covered = page.evaluate(TEXT_UNDER_TOOLTIP)
        assert not covered, f"the tooltip {tip} covers the article's words: {covered}"


@pytest.mark.parametrize("how", ["hover", "focus"])
@pytest.mark.parametrize("width", [1440, 1280, 1220])
def test_the_paragraph_link_s_tooltip_leaves_the_navigation_s_words_in_sight(
    new_page: Callable[..., Page], served_site: SiteServer, width: int, how: str
) -> None:
    """From 1,220 px the tooltip ends where ¶ N ends, over the navigation's column: the navigation's text ends 56 px
    left of the article's, and the tooltip is some 100 px wide, so no place beside ¶ N is clear of both. Above ¶ 1 of
    the origin-governments page, in the middle of the window, it covered "of" of a long page's name: where the place
    under Cite covers none of the navigation's words, it stands there, still clear of Cite and of the article's."""
    page = served_site.open(new_page(viewport={"width": width, "height": 900}), ORIGIN)
    page.locator("#p1").evaluate(PLACES["middle"])
    link = page.locator("#p1 .paragraph-link")
    if how == "hover":
        link.hover()
    else:
        link.focus()
    tooltip = page.locator(".md-tooltip2--active .md-tooltip2__inner")
    expect(tooltip).to_have_text("Link to paragraph 1")
    wait_until_still(tooltip)
    screenshot(page, f"paragraph-link-tooltip-origin-{width}-{how}")
    covered = page.evaluate(NAVIGATION_UNDER_TOOLTIP)
    assert not covered, f"the tooltip covers the navigation's words: {covered}"
    assert not page.evaluate(TEXT_UNDER_TOOLTIP), "the tooltip covers the article's words"
    boxes = page.evaluate(TOOLTIP_AND_CITE, "p1")
    tip, cite = boxes["tooltip"], boxes["cite"]
    assert tip["top"] >= cite["bottom"] or tip["bottom"] <= cite["top"], f"the tooltip {tip} covers Cite {cite}"
    assert boxes["window"]["top"] <= tip["top"] and tip["bottom"] <= boxes["window"]["bottom"], tip
