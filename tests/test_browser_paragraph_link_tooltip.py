"""In a real browser (tests/browser.py): where the ¶ link's tooltip ("Link to paragraph N") stands, pointed at or
focused: in the window, clear of its paragraph's Cite, of the article's words and of the navigation's; below 720 px,
where ¶ N stands in the text, with a mouse beside ¶ N and Cite or in the gap under their line, and not drawn where
neither is clear of words; on a touch screen (no hover), not drawn at all."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from browser import SiteServer, screenshot, set_viewport, wait_until_still
from playwright.sync_api import Page, expect
from reader_helpers import ANNEX, OPPORTUNITIES, ORIGIN

pytestmark = [pytest.mark.browser, pytest.mark.slow]


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
@pytest.mark.parametrize("width", [1440, 1280, 1220, 1219, 1100, 960, 720])
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
    leaves the margin room for it, it ends where ¶ N ends and covers none of the article's words. From 720
    to 1,219 px the margin is 3.2rem, too narrow for its one line: ending where ¶ N ends, 0.8rem from the
    window's edge, it still covered the first letters of its paragraph's third line (under Cite) or of the
    next paragraph's first (under ¶ N, Cite lifted); there it wraps to the margin's width."""
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
    covered = page.evaluate(TEXT_UNDER_TOOLTIP)
    assert not covered, f"the tooltip {tip} covers the article's words: {covered}"


# Watches whether Material makes the ¶ link's tooltip (`described`: it names it in the link's aria-describedby) and, frame
# by frame, the largest area the active tooltip is drawn over (`drawn`; none where it is not rendered or is hidden): a tap
# shows it for a few frames only, then drops it as the copy of the link's address takes the focus away.
WATCH_TOOLTIP = """(link) => {
  window.tooltipWatch = { described: false, drawn: 0 };
  new MutationObserver(() => {
    if (link.hasAttribute("aria-describedby")) tooltipWatch.described = true;
  }).observe(link, { attributes: true, attributeFilter: ["aria-describedby"] });
  const look = () => {
    const tip = document.querySelector(".md-tooltip2--active .md-tooltip2__inner");
    if (tip && tip.checkVisibility({ visibilityProperty: true })) {
      const { width, height } = tip.getBoundingClientRect();
      tooltipWatch.drawn = Math.max(tooltipWatch.drawn, width * height);
    }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}"""

# Two frames more of the watch above, then what it saw.
TOOLTIP_SEEN = """() => new Promise((done) =>
  requestAnimationFrame(() => requestAnimationFrame(() => done(window.tooltipWatch))))"""


# Whether the page's media queries see a pointer that hovers, as a mouse does (a touch screen's does not).
HOVERS = "matchMedia('(hover: hover) and (pointer: fine)').matches"


# Where no place in or under ¶ N's line is clear of words, below 720 px with a mouse: under the annex's p5, its full last
# line at 390 px, the quotation's "Defines:" line is full too, 10 px below.
CROWDED = {(ANNEX, "p5", 390)}


def console_errors(page: Page) -> list[str]:
    """The errors the page logs to its console from now on (an uncaught one fails every browser test already)."""
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    return errors


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("how", ["hover", "focus"])
@pytest.mark.parametrize("width", [719, 600, 480, 390, 375])
@pytest.mark.parametrize(
    ("path", "paragraph"),
    [(OPPORTUNITIES, "p2"), (ANNEX, "p2"), (ANNEX, "p5")],
    ids=["text-next", "quote-next", "defines-next"],  # the annex's p5: its "Defines:" line 10 px under its last line
)
def test_in_a_narrow_window_a_mouse_shows_the_tooltip_clear_of_the_words(
    new_page: Callable[..., Page],
    served_site: SiteServer,
    path: str,
    paragraph: str,
    width: int,
    how: str,
    place: str,
) -> None:
    """Below 720 px ¶ N and Cite follow the paragraph's last line, in the text: Material's tooltip under ¶ N covered
    the next paragraph's first words (opportunities: "Transnationalism also ma…"; the annex: "border" of the next
    quotation), so it was hidden there, and a mouse in a narrow desktop window saw none. Where the pointer hovers it
    is one short line beside ¶ N and Cite where their line has room, else in the gap under the line: in the window,
    clear of Cite and of every word of the article, no word broken. Under the annex's p5 at 390 px the gap met the
    full "Defines:" line 10 px below ("transnational community"): where no place is clear, it is not drawn at all.
    Either way the link keeps its name and its description."""
    page = served_site.open(new_page(viewport={"width": width, "height": 900}), path)
    errors = console_errors(page)
    assert page.evaluate(HOVERS), "the desktop page does not see a pointer that hovers"
    page.locator(f"#{paragraph}").evaluate(PLACES[place])
    link = page.locator(f"#{paragraph} .paragraph-link")
    link.evaluate(WATCH_TOOLTIP)
    getattr(link, how)()
    number = paragraph[1:]
    tooltip = page.locator(".md-tooltip2--active .md-tooltip2__inner")
    expect(tooltip).to_have_text(f"Link to paragraph {number}")
    name = f"paragraph-link-tooltip-{path.strip('/').replace('/', '-')}-{paragraph}-{width}-{how}-{place}"
    if (path, paragraph, width) in CROWDED:
        page.wait_for_function("() => window.tooltipWatch.described")
        screenshot(page, name)
        seen = page.evaluate(TOOLTIP_SEEN)
        assert not seen["drawn"], f"the tooltip was drawn over {seen['drawn']:.0f} px², where no place is clear"
    else:
        expect(tooltip).to_be_visible()
        wait_until_still(tooltip)
        screenshot(page, name)
        boxes = page.evaluate(TOOLTIP_AND_CITE, paragraph)
        tip, cite, window = boxes["tooltip"], boxes["cite"], boxes["window"]
        assert tip["right"] - tip["left"] > 0 and tip["bottom"] - tip["top"] > 0, f"the tooltip {tip} is not drawn"
        assert window["left"] <= tip["left"] and tip["right"] <= window["right"], f"the tooltip {tip} leaves the window"
        assert not (
            min(tip["right"], cite["right"]) > max(tip["left"], cite["left"])
            and min(tip["bottom"], cite["bottom"]) > max(tip["top"], cite["top"])
        ), f"the tooltip {tip} covers Cite {cite}"
        covered = page.evaluate(TEXT_UNDER_TOOLTIP)
        assert not covered, f"the tooltip {tip} covers the article's words: {covered}"
        broken = [word for word, lines in page.evaluate(TOOLTIP_WORD_LINES) if lines != 1]
        assert not broken, f"the tooltip breaks {broken} across lines"
    expect(link).to_have_accessible_name(f"Paragraph {number}")
    expect(link).to_have_accessible_description(f"Link to paragraph {number}")
    assert not errors, f"the page logged errors: {errors}"


@pytest.mark.parametrize(("before", "after"), [(600, 390), (390, 600), (719, 1100), (1100, 719)])
def test_a_shown_tooltip_is_placed_again_as_the_window_changes(
    new_page: Callable[..., Page], served_site: SiteServer, before: int, after: int
) -> None:
    """Material keeps the tooltip of a focused ¶ N shown as the window is resized or turned, and moves it with ¶ N;
    where it stands was worked out for the width it was shown at: at 390 px, under the annex's p5, the gap's place of
    600 px covered the "Defines:" line. It is placed again for the new width: clear of Cite and of the words, in the
    margin from 720 px, or not drawn where no place is clear."""
    page = served_site.open(new_page(viewport={"width": before, "height": 900}), ANNEX)
    errors = console_errors(page)
    page.locator("#p5").evaluate(PLACES["middle"])
    link = page.locator("#p5 .paragraph-link")
    link.focus()
    tooltip = page.locator(".md-tooltip2--active .md-tooltip2__inner")
    expect(tooltip).to_have_text("Link to paragraph 5")
    set_viewport(page, after, 900)
    page.locator("#p5").evaluate(PLACES["middle"])
    expect(link).to_be_focused()
    screenshot(page, f"paragraph-link-tooltip-resized-p5-{before}-{after}")
    if (ANNEX, "p5", after) in CROWDED:
        expect(tooltip).to_be_hidden()
    else:
        expect(tooltip).to_be_visible()
        wait_until_still(tooltip)
        boxes = page.evaluate(TOOLTIP_AND_CITE, "p5")
        tip, cite = boxes["tooltip"], boxes["cite"]
        assert not (
            min(tip["right"], cite["right"]) > max(tip["left"], cite["left"])
            and min(tip["bottom"], cite["bottom"]) > max(tip["top"], cite["top"])
        ), f"the tooltip {tip} covers Cite {cite}"
        covered = page.evaluate(TEXT_UNDER_TOOLTIP)
        assert not covered, f"the tooltip {tip} covers the article's words: {covered}"
    expect(link).to_have_accessible_description("Link to paragraph 5")
    assert not errors, f"the page logged errors: {errors}"


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("how", ["tap", "focus"])
@pytest.mark.parametrize("width", [1024, 820, 768, 720, 719, 390])
@pytest.mark.parametrize(("path", "paragraph"), [(OPPORTUNITIES, "p2"), (ANNEX, "p2")], ids=["text-next", "quote-next"])
def test_on_a_touch_screen_the_paragraph_link_shows_no_tooltip(
    new_page: Callable[..., Page],
    served_site: SiteServer,
    path: str,
    paragraph: str,
    width: int,
    how: str,
    place: str,
) -> None:
    """A touch screen cannot hover: a tap showed the tooltip, on a phone for a few frames over the text, and on a
    tablet in portrait (720 px and wider, ¶ N in the margin) it could stay after the tap over the words. Where
    nothing hovers it is never drawn: ¶ N says what it links to, and a tap copies its address (Material's "Copied
    to clipboard"). Material still makes it and names it as the link's description; the link's name stays
    "Paragraph N"."""
    page = served_site.open(new_page(viewport={"width": width, "height": 900}, has_touch=True, is_mobile=True), path)
    assert page.evaluate("matchMedia('(hover: none)').matches"), "the emulated touch screen still hovers"
    page.locator(f"#{paragraph}").evaluate(PLACES[place])
    link = page.locator(f"#{paragraph} .paragraph-link")
    link.evaluate(WATCH_TOOLTIP)
    getattr(link, how)()
    page.wait_for_function("() => window.tooltipWatch.described")
    number = paragraph[1:]
    if how == "focus":
        expect(link).to_have_accessible_description(f"Link to paragraph {number}")
    screenshot(page, f"paragraph-link-tooltip-touch-{path.strip('/').replace('/', '-')}-{width}-{how}-{place}")
    seen = page.evaluate(TOOLTIP_SEEN)
    assert not seen["drawn"], f"the tooltip was drawn over {seen['drawn']:.0f} px², over the text"
    expect(link).to_have_accessible_name(f"Paragraph {number}")


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


# Each word of the shown tooltip with the number of line boxes it is drawn on: more than one is a word broken mid-word.
TOOLTIP_WORD_LINES = """() => {
  const tip = document.querySelector(".md-tooltip2--active .md-tooltip2__inner");
  const words = [];
  const walker = document.createTreeWalker(tip, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of node.data.matchAll(/\\S+/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      words.push([match[0], range.getClientRects().length]);
    }
  }
  return words;
}"""

# What a reader's settings do to the tooltip's text: WCAG 1.4.12's text spacing (a bookmarklet's or an extension's
# stylesheet), a 12 px minimum font size (the browser's setting lifts the tooltip's 10 px to 12 px) and the face shown
# where Roboto is not loaded (Arial, or the metric-compatible face the system maps it to).
READER_STYLES = {
    "as-served": "",
    "text-spacing": "* { letter-spacing: 0.12em !important; word-spacing: 0.16em !important }",
    "minimum-font-12px": ".md-tooltip2__inner { font-size: 12px !important }",
    "arial": ".md-tooltip2__inner { font-family: Arial, sans-serif !important }",
}


@pytest.mark.parametrize("style", READER_STYLES)
@pytest.mark.parametrize("width", [1219, 960, 720])
@pytest.mark.parametrize(
    ("path", "paragraph"), [(OPPORTUNITIES, "p2"), (ANNEX, "p2")], ids=["cite-below", "cite-lifted"]
)
def test_the_paragraph_link_s_tooltip_breaks_no_word(
    new_page: Callable[..., Page], served_site: SiteServer, path: str, paragraph: str, width: int, style: str
) -> None:
    """From 720 to 1,219 px the tooltip wraps to the margin's width, "Link to | paragraph | N": 2.8rem at most and
    broken anywhere, with WCAG 1.4.12's text spacing, a 12 px minimum font or Arial, "paragraph" no longer fitted and
    broke into "paragr | aph". Each word stays whole on one line, and in the window; as served it still covers none of
    the article's words (with a reader's wider text it may, for as long as ¶ N is pointed at: no word is lost)."""
    page = served_site.open(new_page(viewport={"width": width, "height": 900}), path)
    if READER_STYLES[style]:
        page.add_style_tag(content=READER_STYLES[style])
    page.locator(f"#{paragraph}").evaluate(PLACES["middle"])
    page.locator(f"#{paragraph} .paragraph-link").hover()
    tooltip = page.locator(".md-tooltip2--active .md-tooltip2__inner")
    expect(tooltip).to_have_text(f"Link to paragraph {paragraph[1:]}")
    wait_until_still(tooltip)
    screenshot(page, f"paragraph-link-tooltip-words-{path.strip('/').replace('/', '-')}-{width}-{style}")
    broken = [word for word, lines in page.evaluate(TOOLTIP_WORD_LINES) if lines != 1]
    assert not broken, f"the tooltip breaks {broken} across lines"
    boxes = page.evaluate(TOOLTIP_AND_CITE, paragraph)
    tip, window = boxes["tooltip"], boxes["window"]
    assert window["left"] <= tip["left"] and tip["right"] <= window["right"], f"the tooltip {tip} leaves the window"
    if not READER_STYLES[style]:
        assert not page.evaluate(TEXT_UNDER_TOOLTIP), f"the tooltip {tip} covers the article's words"
