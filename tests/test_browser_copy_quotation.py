"""In a real browser (tests/browser.py): a reader who copies paragraphs to quote them gets the source's
words only, not the margin's ¶ N and Cite, a "Defines:" box or an annotation between the paragraphs, with and
without JavaScript; a press inside the quotation or Shift+arrow keeps it one; the paragraphs come one blank line
apart, and the page does not move; Select all copies the annotations too (clipboard_helpers.py copies)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

import pytest
from browser import SiteServer, screenshot
from clipboard_helpers import SELECT_ELEMENTS, copy_selection, drag_over, drag_select
from playwright.sync_api import Page, expect
from reader_helpers import OPPORTUNITIES

pytestmark = [pytest.mark.browser, pytest.mark.slow]

FURNITURE = ["¶", "Cite", "CITE", "Defines:", "Permalink", "Editorial note", "Description ·"]


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
