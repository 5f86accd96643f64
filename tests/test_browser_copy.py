"""In a real browser (tests/browser.py): a reader who copies paragraphs to quote them gets the source's
words only, not the margin's ¶ N and Cite, a "Defines:" box or an annotation between the paragraphs;
what the edition itself offers for copying (an annotation, the Cite dialog's references) still copies; and
a word said to a screen reader but not shown (a ¶'s "paragraph") is not copied either.

What is checked is the system clipboard after Ctrl+C (`navigator.clipboard.readText()`):
`Selection.toString()` is not what Chromium copies (it reads "CITE", the button's CSS capitals,
where the clipboard has "Cite"), and a `copy` listener sees no data before Chromium's default runs."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

import pytest
from browser import TIMEOUT_MS, SiteServer, read_clipboard, screenshot
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.slow]

OPPORTUNITIES = "migration-and-transnationalism/opportunities/"
FURNITURE = ["¶", "Cite", "CITE", "Defines:", "Permalink", "Editorial note", "Description ·"]

# Selects (selectors or element handles) from before the first element to after the last one, as a triple click or Ctrl+A over them would.
SELECT_ELEMENTS = """([first, last]) => {
  const element = (e) => (typeof e === "string" ? document.querySelector(e) : e);
  const range = document.createRange();
  range.setStartBefore(element(first));
  range.setEndAfter(element(last));
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}"""


# What the clipboard holds from `before` on: the text that replaced `before`, or "" if none did within `timeout` ms.
COPIED = """async ([before, timeout]) => {
  const started = performance.now();
  for (;;) {
    const text = await navigator.clipboard.readText();
    if (text !== before) return text;
    if (performance.now() - started > timeout) return "";
    await new Promise((done) => requestAnimationFrame(done));
  }
}"""
NOTHING_COPIED = "(nothing copied yet)"


def copy_selection(page: Page) -> str:
    """Press Ctrl+C as a reader does; return what reached the clipboard.

    Chromium writes the copy to the clipboard after the key's events, on its way to the browser process: read
    at once, the clipboard could still hold what it held before, so it is read until that has changed."""
    page.evaluate("(text) => navigator.clipboard.writeText(text)", NOTHING_COPIED)
    assert read_clipboard(page) == NOTHING_COPIED
    page.keyboard.press("Control+c")
    return page.evaluate(COPIED, [NOTHING_COPIED, TIMEOUT_MS])


def drag_over(page: Page, first: str, last: str) -> str:
    """Select with the mouse from the start of `first`'s text to the end of `last`'s; copy; return the clipboard."""
    drag_select(page, first, last)
    return copy_selection(page)


def drag_select(page: Page, first: str, last: str) -> None:
    """Select with the mouse from the start of `first`'s text to the end of `last`'s."""
    page.locator(first).scroll_into_view_if_needed()
    start = page.evaluate(
        "(s) => { const r = document.createRange(); const p = document.querySelector(s);"
        " const t = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, { acceptNode: (n) =>"
        " n.parentElement.closest('.paragraph-actions, .paragraph-link') ? 2 : 1 }).nextNode();"
        " r.setStart(t, 0); r.setEnd(t, 1); const b = r.getBoundingClientRect(); return [b.left + 1, b.top + b.height / 2]; }",
        first,
    )
    end = page.locator(last).bounding_box()
    assert end is not None
    page.mouse.move(*start)
    page.mouse.down()
    page.mouse.move(end["x"] + end["width"] - 2, end["y"] + end["height"] - 4, steps=12)
    page.mouse.up()


def words(page: Page, paragraph: str) -> str:
    """A paragraph's own words: its text without the margin's ¶ N and Cite."""
    return page.evaluate(
        "(s) => { const p = document.querySelector(s).cloneNode(true);"
        " p.querySelectorAll('.paragraph-actions, .paragraph-link').forEach((e) => e.remove());"
        " return p.textContent.trim(); }",
        paragraph,
    )


def assert_only_the_source(copied: str, *paragraphs: str) -> None:
    """The copied text is the paragraphs' words one after the other, with nothing of the edition's."""
    found = [word for word in FURNITURE if word in copied]
    assert not found, f"the copy holds {found}: {copied!r}"
    assert copied.strip().startswith(paragraphs[0][:40]), copied
    assert copied.strip().endswith(paragraphs[-1][-40:]), copied
    assert [line for line in copied.split("\n") if line.strip()] == list(paragraphs), copied


@pytest.mark.parametrize("javascript", [True, False], ids=["with-javascript", "without-javascript"])
def test_a_copied_paragraph_is_the_source_s_words_only(
    new_page: Callable[..., Page], served_site: SiteServer, javascript: bool
) -> None:
    """¶ N and Cite stand first in the paragraph (for Tab order): they were copied before its first word."""
    page = new_page(java_script_enabled=javascript)
    if javascript:
        served_site.open(page, OPPORTUNITIES)
        expect(page.locator("#p1 .paragraph-cite")).to_have_count(1)
    else:
        page.goto(served_site.url(OPPORTUNITIES), wait_until="load")
    page.evaluate(SELECT_ELEMENTS, ["#p2", "#p2"])
    assert_only_the_source(copy_selection(page), words(page, "#p2"))
    # a glossary term's link and a footnote's number are the source's words
    page.evaluate(SELECT_ELEMENTS, ["#p3", "#p3"])
    copied = copy_selection(page)
    assert_only_the_source(copied, words(page, "#p3"))
    assert "so-called “social remittances.”4 Migrants" in copied


def test_two_paragraphs_dragged_over_copy_without_the_annotations_between(
    new_page: Callable[..., Page], served_site: SiteServer
) -> None:
    """Between ¶ 1 and ¶ 2 stands an annotation; between ¶ 3 and ¶ 4 a "Defines:" box and two annotations
    (a window tall enough for the drag to end on ¶ 4 without scrolling)."""
    page = new_page(viewport={"width": 1280, "height": 2400})
    served_site.open(page, OPPORTUNITIES)
    expect(page.locator("#p1 .paragraph-cite")).to_have_count(1)
    assert_only_the_source(drag_over(page, "#p1", "#p2"), words(page, "#p1"), words(page, "#p2"))
    screenshot(page, "copy-two-paragraphs-selected")
    assert_only_the_source(drag_over(page, "#p3", "#p4"), words(page, "#p3"), words(page, "#p4"))


def test_an_annotation_and_the_cite_dialog_s_references_still_copy(page: Page, served_site: SiteServer) -> None:
    """An annotation copies when the selection starts in it, also after one that passed over it from the text."""
    served_site.open(page, OPPORTUNITIES)
    body = "#restored-hyphen-cost-effective .annotation__body"
    assert "The source reads" not in drag_over(page, "#p1", "#p2")
    page.locator("article h1").click()  # ends that selection: a press inside it would drag its text instead
    copied = drag_over(page, f"{body} > p", f"{body} > p")
    assert copied.startswith("The source reads “costeffective”: the hyphen was lost"), copied
    page.locator("#p3 .paragraph-cite").click()
    dialog = page.locator("dialog.edition-cite-dialog")
    expect(dialog).to_be_visible()
    link = dialog.locator(".edition-cite-row > :first-child").first
    page.evaluate(SELECT_ELEMENTS, [link.element_handle()] * 2)
    assert copy_selection(page).strip() == link.inner_text().strip() == served_site.url(f"{OPPORTUNITIES}#p3")
    # the reference's address is parted by `<wbr>`s (citation-addresses.js), which add nothing to what is copied
    reference = dialog.locator("p.reference").first
    assert reference.locator("wbr").count() > 3
    page.evaluate(SELECT_ELEMENTS, [reference.element_handle()] * 2)
    assert copy_selection(page).strip() == (
        "International Organization for Migration. (2010). Migration and transnationalism: Opportunities and"
        f" challenges [Background paper]. {served_site.url(OPPORTUNITIES)}"
    )


@pytest.mark.parametrize("javascript", [True, False], ids=["with-javascript", "without-javascript"])
def test_the_cite_block_s_parted_addresses_copy_as_written(
    new_page: Callable[..., Page], served_site: SiteServer, javascript: bool
) -> None:
    """The block's permanent link and references are parted by `<wbr>`s (hooks/core/word_breaks.py), which add nothing
    to a copy: Chromium's own, or the one a selection in the page's text is copied by (annotations-quoting.js)."""
    page = new_page(viewport={"width": 320, "height": 900}, java_script_enabled=javascript)
    if javascript:
        served_site.open(page, OPPORTUNITIES)
    else:
        page.goto(served_site.url(OPPORTUNITIES), wait_until="load")
    block = page.locator(".edition-cite-page")
    link, reference = block.locator("p > a:not([download])"), block.locator("p.reference").last
    assert link.locator("wbr").count() > 5 and reference.locator("wbr").count() > 5
    expect(link).to_have_accessible_name(served_site.url(OPPORTUNITIES))  # read as one address, not its pieces
    page.evaluate(SELECT_ELEMENTS, [link.element_handle()] * 2)
    assert copy_selection(page) == served_site.url(OPPORTUNITIES)
    page.evaluate(SELECT_ELEMENTS, [reference.element_handle()] * 2)
    assert copy_selection(page).strip() == (
        "International Organization for Migration. 2010. Migration and Transnationalism: Opportunities and Challenges."
        f" Background paper. International Organization for Migration. {served_site.url(OPPORTUNITIES)}."
    )


def press_inside(page: Page, paragraph: str, button: Literal["left", "right"], *, drag: bool = False) -> None:
    """Press inside `paragraph`'s words and let go (after moving, with `drag`: a drag of the selection, dropped where
    nothing takes it), as a reader does who opens the context menu there or picks the selection up."""
    box = page.locator(paragraph).bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + 12)
    page.mouse.down(button=button)
    if drag:
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] + 120, steps=6)
    page.mouse.up(button=button)


@pytest.mark.parametrize("press", ["right-button", "picked-up", "annotations-hidden-and-shown"])
def test_a_quotation_pressed_inside_still_copies_the_source_s_words_only(
    new_page: Callable[..., Page], served_site: SiteServer, press: str
) -> None:
    """A press inside the selection (a right click for the context menu's Copy, or one that picks the selection up
    and drops it nowhere), or on a button (Hide annotations, then Show), keeps the selection: every press ended the
    quotation, and the copy held the annotation between the paragraphs, which the selection showed again."""
    page = new_page(viewport={"width": 1280, "height": 2400})
    served_site.open(page, OPPORTUNITIES)
    expect(page.locator("#p1 .paragraph-cite")).to_have_count(1)
    drag_select(page, "#p1", "#p2")
    if press == "annotations-hidden-and-shown":
        page.get_by_role("button", name="Hide annotations").click()
        page.get_by_role("button", name="Show annotations").click()
        expect(page.locator("details.annotation").first).to_be_visible()
    else:
        press_inside(page, "#p1", "right" if press == "right-button" else "left", drag=press == "picked-up")
    assert page.evaluate("() => getSelection().toString()").startswith(words(page, "#p1")[:40])
    assert_only_the_source(copy_selection(page), words(page, "#p1"), words(page, "#p2"))
    expect(page.locator("details.annotation").first).to_have_css("user-select", "none")  # not shown selected


def test_a_quotation_extended_from_the_keyboard_after_a_right_click_passes_over_the_annotations(
    new_page: Callable[..., Page], served_site: SiteServer
) -> None:
    """Shift+Down extends a selection line by line: after a right click it went into the annotation below ¶ 1."""
    page = new_page(viewport={"width": 1280, "height": 2400})
    served_site.open(page, OPPORTUNITIES)
    expect(page.locator("#p1 .paragraph-cite")).to_have_count(1)
    drag_select(page, "#p1", "#p1")
    press_inside(page, "#p1", "right")
    for _ in range(20):
        if page.evaluate("() => Boolean(getSelection().focusNode.parentElement.closest('#p2'))"):
            break
        page.keyboard.press("Shift+ArrowDown")
    copied = copy_selection(page)
    assert copied.startswith(words(page, "#p1") + "\n\n"), copied
    found = [word for word in [*FURNITURE, "The source reads", "On “cost-effective”"] if word in copied]
    assert not found, f"the copy holds {found}: {copied!r}"


def test_select_all_copies_the_page_with_its_annotations(page: Page, served_site: SiteServer) -> None:
    """Select all (Ctrl+A) starts in no text: it left the annotations out as a quotation does, also with the
    focus in one, and so did one after a quotation had been selected."""
    served_site.open(page, OPPORTUNITIES)
    expect(page.locator("#p1 .paragraph-cite")).to_have_count(1)
    page.keyboard.press("Control+a")
    assert "The source reads “costeffective”" in copy_selection(page)
    page.evaluate(SELECT_ELEMENTS, ["#p2", "#p2"])
    assert "The source reads" not in drag_over(page, "#p1", "#p2")
    page.keyboard.press("Control+a")
    copied = copy_selection(page)
    assert "The source reads “costeffective”" in copied
    assert "¶\u00a01" not in copied and "CITE" not in copied, copied  # the margin stays out


def test_paragraphs_copied_across_what_is_left_out_are_one_blank_line_apart(
    new_page: Callable[..., Page], served_site: SiteServer
) -> None:
    """Chromium skipped the words of what a quotation leaves out, not its blocks' line breaks: ¶ 3 to ¶ 5, across
    a "Defines:" box and two annotations, copied with six blank lines after ¶ 3 (¶ 1 to ¶ 2, across one
    annotation, with three). Copied, they are what plain paragraphs give: one blank line between each two,
    none before or after; and the annotations are shown again after the copy."""
    page = new_page(viewport={"width": 1280, "height": 2400})
    served_site.open(page, OPPORTUNITIES)
    expect(page.locator("#p1 .paragraph-cite")).to_have_count(1)
    copied = drag_over(page, "#p3", "#p5")
    assert copied == "\n\n".join(words(page, f"#p{n}") for n in (3, 4, 5)), copied
    page.locator("article h1").click()
    copied = drag_over(page, "#p1", "#p2")
    assert copied == f"{words(page, '#p1')}\n\n{words(page, '#p2')}", copied
    expect(page.locator("details.annotation").first).to_be_visible()
    expect(page.locator(".glossary-defines")).to_be_visible()


# Every scroll position the window takes from now on, and each paint's (a frame painted while the annotations
# are out of the layout would show the text jump).
WATCH_SCROLL = """() => {
  window.__scrolled = [];
  addEventListener("scroll", () => window.__scrolled.push(scrollY));
}"""


@pytest.mark.parametrize("where", ["middle", "bottom"])
def test_copying_a_quotation_leaves_the_page_where_it_was(
    new_page: Callable[..., Page], served_site: SiteServer, where: str
) -> None:
    """The annotations above the window leave the layout while a quotation is copied: the text the reader sees must
    not move, neither while the window stands in the middle of the page nor at its end (where a shorter page
    would pull the window up, and leave it there)."""
    page = new_page(viewport={"width": 1280, "height": 700})
    served_site.open(page, OPPORTUNITIES)
    expect(page.locator("#p1 .paragraph-cite")).to_have_count(1)
    last = page.locator("article > p[id^='p']").last.get_attribute("id")
    first, final = ("#p4", "#p5") if where == "middle" else (f"#p{int(last[1:]) - 1}", f"#{last}")
    if where == "bottom":
        page.evaluate("() => scrollTo(0, document.documentElement.scrollHeight)")
    drag_select(page, first, final)
    before = page.evaluate("(s) => [scrollY, document.querySelector(s).getBoundingClientRect().top]", first)
    page.evaluate(WATCH_SCROLL)
    assert copy_selection(page)
    page.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")
    after = page.evaluate("(s) => [scrollY, document.querySelector(s).getBoundingClientRect().top]", first)
    assert after == before, f"the page moved while a quotation was copied: {before} -> {after}"
    assert set(page.evaluate("window.__scrolled")) <= {before[0]}, page.evaluate("window.__scrolled")
    expect(page.locator("details.annotation").first).to_be_attached()


GLOSSARY = "glossary/"
DIASPORA = "#diaspora + blockquote.glossary-definition"
# A definition's passage link as shown, its ¶ and number joined by a no-break space (or a space, as Chromium's
# own copy writes one): the word "paragraph" read to a screen reader before the ¶ is not shown, so not copied.
PASSAGE_LINK = re.compile(r"Migration and Transnationalism › Annex, ¶\s5")


def test_a_definition_s_passage_link_copies_as_shown(new_page: Callable[..., Page], served_site: SiteServer) -> None:
    """A passage link reads its ¶ as the word "paragraph", a visually hidden word (hooks.mdx.spoken_symbols): copied over,
    it gave "Annex, paragraph¶ 5" by Select all (Chromium's own copy) and "Annex, \nparagraph\n¶ 5" by a quotation
    dragged from the definition (annotations-quoting.js's, read by innerText)."""
    page = new_page(viewport={"width": 1280, "height": 2400})
    served_site.open(page, GLOSSARY)
    copied = drag_over(page, f"{DIASPORA} > p:first-child", f"{DIASPORA} > p.attribution")
    assert copied.startswith("… When such exchanges do not take place"), copied
    assert PASSAGE_LINK.search(copied) and copied.endswith("5"), copied
    page.locator("article h1").click()
    page.keyboard.press("Control+a")
    copied = copy_selection(page)
    assert PASSAGE_LINK.search(copied), copied
    assert "paragraph¶" not in copied, copied


def test_the_cite_dialog_s_heading_copies_as_shown(page: Page, served_site: SiteServer) -> None:
    """The heading shows "Cite ¶ 3 of “…”" and reads its ¶ as the word "paragraph", hidden: copied, it gave
    "Cite ¶paragraph 3 of …"."""
    served_site.open(page, OPPORTUNITIES)
    page.locator("#p3 .paragraph-cite").click()
    heading = page.locator("dialog.edition-cite-dialog h2")
    expect(heading).to_be_visible()
    page.evaluate(SELECT_ELEMENTS, [heading.element_handle()] * 2)
    assert copy_selection(page).strip() == "Cite ¶ 3 of “Opportunities”"
