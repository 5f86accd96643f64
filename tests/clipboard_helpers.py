"""What the browser tests of copying share: a selection made as a reader makes it, and Ctrl+C.

What is checked is the system clipboard after Ctrl+C (`navigator.clipboard.readText()`):
`Selection.toString()` is not what Chromium copies (it reads "CITE", the button's CSS capitals,
where the clipboard has "Cite"), and a `copy` listener sees no data before Chromium's default runs."""

from __future__ import annotations

from browser import TIMEOUT_MS, read_clipboard
from playwright.sync_api import Page

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
