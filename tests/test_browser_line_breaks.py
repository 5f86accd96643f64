"""In a real browser (tests/browser.py): where lines break, at phone to desktop widths: a heading's ¶ stays
with its last word, a paragraph sign with its number, a date on one line."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from browser import SiteServer, screenshot, serve_build, set_viewport
from conftest import ROOT
from playwright.sync_api import Page

pytestmark = [pytest.mark.browser, pytest.mark.slow]

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
            set_viewport(page, width, 900)  # citation-margin.js moves ¶ and Cite when the phone's width is crossed
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


# Each line break of the "Cite this page" block's permanent link and references inside a piece of text (between two
# `<wbr>`s, or tags) but after a space or a hyphen, and each character past the window's right edge; and how many
# lines the link takes.
CITE_BLOCK_BREAKS = r"""() => {
  const block = document.querySelector(".edition-cite-page");
  const found = [];
  let lines = 0;
  for (const element of [block.querySelector("p > a:not([download])"), ...block.querySelectorAll(".reference")]) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let previous = null, tops = new Set();
    while (walker.nextNode()) {
      const node = walker.currentNode;
      for (let index = 0; index < node.data.length; index += 1) {
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        const box = range.getBoundingClientRect(), character = node.data[index];
        const shown = box.width > 0;  // a space that ends a line takes none
        if (shown && element.tagName === "A") tops.add(Math.round(box.top));
        if (shown && box.right > document.documentElement.clientWidth + 0.5) found.push(`${character} past the edge`);
        if (shown && previous?.shown && previous.node === node && box.top > previous.box.bottom - 2
            && !/[\s-]/.test(previous.character))
          found.push(`…${node.data.slice(Math.max(0, index - 12), index)}|${character}…`);
        previous = {box, character, shown, node};
      }
    }
    if (element.tagName === "A") lines = tops.size;
  }
  return {found, lines};
}"""

# The permanent link's pieces as the build parts them, and as the Cite dialog's `parted` (citation-addresses.js) does.
PIECES = """() => {
  const link = document.querySelector(".edition-cite-page p > a:not([download])");
  const texts = (node) => [...node.childNodes].filter((child) => child.nodeType === 3).map((child) => child.data);
  return [texts(link), texts(window.edition.partedCode(link.textContent))];
}"""


# A site published below a long path of words with no hyphen, such as a project's site (`owner.github.io/repo/`):
# its pages' addresses hold runs a browser finds no place to break inside but the `<wbr>`s.
LONG_ADDRESS_PATH = "transnationalism/opportunities/development/"
OPPORTUNITIES = "migration-and-transnationalism/opportunities/"


@pytest.fixture(scope="module")
def long_address_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    """The real site built for and served at http://127.0.0.1:<port>/transnationalism/opportunities/development/."""
    with serve_build(ROOT, tmp_path_factory.mktemp("long-address"), under=LONG_ADDRESS_PATH) as site:
        yield site


@pytest.mark.parametrize("path", [OPPORTUNITIES, "origin-governments-and-migrant-associations/"])
def test_the_cite_block_s_addresses_break_between_words_on_a_phone(
    new_page: Callable[..., Page], long_address_site: SiteServer, path: str
) -> None:
    """At 320 px the block's permanent link and its references' addresses broke inside a word
    (`…/transnati|onalism/`), as the Cite dialog's did before it parted them."""
    page = long_address_site.open(new_page(viewport={"width": 320, "height": 900}), path)
    built, dialog = page.evaluate(PIECES)
    assert built == dialog and len(built) > 5, "the build parts the address where the dialog's script does"
    assert "".join(built) == long_address_site.url(path)
    problems = []
    for width in (320, 360, 390, 414):
        set_viewport(page, width, 900)
        measured = page.evaluate(CITE_BLOCK_BREAKS)
        if width == 320:
            assert measured["lines"] >= 2, "the link is long enough to wrap at 320 px"
        problems += [f"/{path} at {width}px: {where}" for where in measured["found"]]
    page.locator("#cite-this-page").scroll_into_view_if_needed()
    set_viewport(page, 320, 900)
    screenshot(page, f"cite-block-{path.strip('/').replace('/', '-')}-320")
    assert not problems, "\n".join(problems)
