"""A short code span (a date, an id, a key, a file's name) reads as one word: on a phone it stays whole.

At 360 px the Source records guide ended a line on `2026-` with `12-05` on the next, and the
Contributing guide split `YYYY-MM-DD` and `target.paragraph`: the browser may break a line after a
hyphen or a slash, in code as in prose. A no-break space or hyphen written in the source would be
copied into a contributor's YAML, so the layout keeps them whole; a long span (an address, a
command, an error line) still wraps, as the page may not grow wider than the phone. Checked in the
guides and in an annotation's body, shown beside its paragraph.

The Cite dialog's permanent link, a long address made in the browser, parts there too: at 320 px it showed
`http://127.0.0.1:80|00/` and `transnationalism/op|portunities/`.

In a table, which sizes its columns around what cannot wrap, no span is kept whole; but a narrow column split
`target.pa|ge` and `/cite/<sour|ce>.json`: there a span ends a line only where its words part (after `.`, `/`,
`-`, `_`, `:`, before `<`), when it has such a point, and one word (`motivation`) stays whole unless it is too long
for a phone's narrowest column (`transnationalism/`, marked by the build). A word of letters is never split: the
Editorial principles' table quotes the source's `costeffective`, which showed as `costeffecti|ve` at 320 px; the table
has the room for it from 320 px.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from browser import SiteServer, read_clipboard, screenshot, serve_build, set_viewport
from conftest import copy_project, edit, parse
from playwright.sync_api import Page

from hooks.core.short_code import is_short_text

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# 340: the Editorial principles' table scrolled sideways up to 356 px; 375: at Material's spacing it did with `costeffective` whole.
WIDTHS = (320, 340, 360, 375, 390, 414)
OPPORTUNITIES = "migration-and-transnationalism/opportunities/"
CREATED, MODIFIED = "2026-11-21", "2026-11-30"  # the revised note's dates (site_with_code_in_a_body)
CODE_IN_A_BODY = """
Levitt's article is dated `issued: 1998-12` in a record, `1998-12-01` to the day; this note is
`transfer-of-ideas`, on `p-3`, kept in `annotations/notes/transfer-of-ideas.md` and shown at
`…/migration-and-transnationalism/opportunities/#transfer-of-ideas`. A title in Japanese,
`移民と送金の関係を調べる研究`, is 14 characters but 28 columns wide: too long to keep whole.
"""

# Each code span of the article (not a code block, not in a table), its spaces as shown, with the number of lines
# it is shown on: one box per line (none when hidden). Which are short is the build's rule, a wide character two.
CODE_SPANS = """() => [...document.querySelectorAll(".md-content article code")]
  .filter((code) => !code.closest("pre, table"))
  .map((code) => [code.textContent.replace(/\\s+/g, " ").trim(), code.getClientRects().length])"""
SIDEWAYS = "() => document.documentElement.scrollWidth - innerWidth"
# Each table wider than its box (Material's, which scrolls sideways), and each one whose cells reach past its edge
# (Material's table hides what overflows it), by its first header.
SCROLLING_TABLES = """() => [...document.querySelectorAll(".md-content article .md-typeset__scrollwrap")]
  .filter((box) => box.scrollWidth > box.clientWidth).map((box) => box.querySelector("th").textContent)"""
CUT_TABLES = """() => [...document.querySelectorAll(".md-content article table")]
  .filter((table) => table.scrollWidth > table.clientWidth).map((table) => table.querySelector("th").textContent)"""
# Each code span the selector finds (a table's), as shown, with the positions of its characters that start a line but
# its first (found by each character's box, a line lower than the last character's; a space's box is left out, it may
# hang), and whether the build let it break anywhere.
SPAN_LINES = """(selector) => [...document.querySelectorAll(selector)].map((code) => {
  const characters = [];
  const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let at = 0; at < node.data.length; at++) {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      characters.push([node.data[at], range.getClientRects()[0]?.top]);
    }
  }
  const starts = [];
  let lastTop;
  characters.forEach(([character, top], at) => {
    if (/\\s/.test(character) || top === undefined) return;
    if (lastTop !== undefined && top > lastTop + 2) starts.push(at);
    lastTop = top;
  });
  return [characters.map(([character]) => character).join(""), starts, code.classList.contains("breaks-anywhere")];
})"""


def is_natural_break(text: str, at: int) -> bool:
    """Whether a line may start at this character of a span: after a space or one of `./-_:`, or at a `<` or a space."""
    return text[at - 1] in "./-_:" or text[at - 1].isspace() or text[at] == "<" or text[at].isspace()


def table_spans_broken_inside_a_word(page: Page, where: str) -> tuple[int, list[str]]:
    """How many spans the page's tables hold, and each one broken inside a word.

    Inside a word: elsewhere than at a natural point when the span has one; anywhere when it has none and is not
    marked as too long to keep whole.
    """
    spans = page.evaluate(SPAN_LINES, ".md-content article table code")
    problems = []
    for text, starts, breaks_anywhere in spans:
        if any(is_natural_break(text, at) for at in range(1, len(text))):
            problems += [
                f"{where}: `{text[:at]}|{text[at:]}` breaks inside a word"
                for at in starts
                if not is_natural_break(text, at)
            ]
        elif starts and not breaks_anywhere:
            problems.append(f"{where}: `{text}` breaks at {starts}, though short enough to keep whole")
    return len(spans), problems


def broken_spans(page: Page, where: str) -> tuple[int, list[str]]:
    """How many short code spans the page shows, and each one shown on more than one line, or a page wider than the window."""
    spans = [(text, lines) for text, lines in page.evaluate(CODE_SPANS) if is_short_text(text)]
    problems = [f"{where}: `{text}` on {lines} lines" for text, lines in spans if lines > 1]
    if (overflow := page.evaluate(SIDEWAYS)) > 0:
        problems.append(f"{where}: the page is {overflow} px wider than the window")
    return len(spans), problems


def scrolling_tables(page: Page, where: str) -> list[str]:
    """A table made to scroll sideways, or one made to fit by hiding what its cells hold.

    A table sizes its columns around what cannot wrap, so the spans it holds wrap as before (kept whole, the Citing
    guide's `/cite/<source>.json` made its table scroll on a 390 px phone).
    """
    return [f"{where}: the table under '{header}' scrolls sideways" for header in page.evaluate(SCROLLING_TABLES)] + [
        f"{where}: the table under '{header}' hides part of its cells" for header in page.evaluate(CUT_TABLES)
    ]


@pytest.fixture(scope="module")
def site_with_code_in_a_body(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    """The site with code spans, short and long, in an annotation's body (the edition's bodies hold none yet).

    Revised so, the note says when with `modified:`, which no published note has yet either.
    """
    root = tmp_path_factory.mktemp("code-spans")
    project = copy_project(root / "project")
    note = project / "annotations/notes/transfer-of-ideas.md"
    note.write_text(note.read_text(encoding="utf-8") + CODE_IN_A_BODY, encoding="utf-8")
    edit(project, note.relative_to(project), f"created: {CREATED}\n", f"created: {CREATED}\nmodified: {MODIFIED}\n")
    with serve_build(project, root / "site") as site:
        yield site


def test_on_a_phone_a_short_code_span_in_a_guide_stays_on_one_line(
    new_page: Callable[..., Page], site_with_code_in_a_body: SiteServer
) -> None:
    site = site_with_code_in_a_body
    page = new_page(viewport={"width": WIDTHS[0], "height": 740})
    guides = sorted(f"about/{folder.name}/" for folder in (site.root / "about").iterdir() if folder.is_dir())
    assert len(guides) > 5, guides
    checked, in_tables, problems = 0, 0, []
    for path in guides:
        site.open(page, path)
        for width in WIDTHS:
            set_viewport(page, width, 740)
            where = f"/{path} at {width}px"
            count, found = broken_spans(page, where)
            table_count, table_found = table_spans_broken_inside_a_word(page, where)
            checked, in_tables = checked + count, in_tables + table_count
            problems += found + table_found + scrolling_tables(page, where)
    site.open(page, "about/source-records/")
    screenshot(page, "code-spans-source-records-414")
    site.open(page, "about/contributing/")
    page.locator("td code", has_text="target.paragraph").scroll_into_view_if_needed()
    screenshot(page, "code-spans-contributing-table-414")
    assert checked > 1000, checked  # every width of every guide: hundreds of dates, keys and names
    assert in_tables > 50, in_tables  # the Contributing guide's fields, the Citing guide's addresses, at each width
    assert not problems, "\n".join(problems)


def test_on_a_phone_a_short_code_span_in_an_annotation_stays_on_one_line(
    new_page: Callable[..., Page], site_with_code_in_a_body: SiteServer
) -> None:
    site = site_with_code_in_a_body
    page = site.open(new_page(viewport={"width": WIDTHS[0], "height": 740}), f"{OPPORTUNITIES}#transfer-of-ideas")
    body = page.locator("#transfer-of-ideas code")
    assert body.count() == 7
    problems = []
    for width in (*WIDTHS, 768, 1280):
        set_viewport(page, width, 740)
        count, found = broken_spans(page, f"/{OPPORTUNITIES} at {width}px")
        assert count >= 5, count  # the body's spans but the long address and the title
        problems += found
    set_viewport(page, 320, 740)
    body.last.scroll_into_view_if_needed()
    screenshot(page, "code-spans-annotation-320")
    # The long address wraps inside the block rather than push the page wider (checked above) or out of it.
    block, address = page.locator("#transfer-of-ideas").bounding_box(), body.last.bounding_box()
    assert block and address and address["x"] + address["width"] <= block["x"] + block["width"], (block, address)
    assert not problems, "\n".join(problems)


def test_a_revised_note_is_listed_as_revised_where_its_block_says_so(site_with_code_in_a_body: SiteServer) -> None:
    """Its block said "(revised …)" while `/annotations/` and the area pages gave its first date alone.

    Read in the built HTML, no browser needed: the fixture's note is the one revised.
    """
    root = site_with_code_in_a_body.root
    block = parse(root / OPPORTUNITIES / "index.html").select_one("details.annotation#transfer-of-ideas")
    time = block.select_one("summary time")
    assert time["datetime"] == CREATED
    dated = f"{time.get_text()}{time.next_sibling}"
    assert dated == "21\u00a0November\u00a02026 (revised 30\u00a0November\u00a02026)"
    credit = f"{block.select_one('.annotation__author').get_text()}, {dated}"
    index = parse(root / "annotations/index.html").find("a", href=re.compile("#transfer-of-ideas$"))
    assert f"\n{credit}\u00a0· read the annotation" in index.find_parent("p").get_text()
    label = block.select_one(".annotation__motivation").get_text()
    for area in block["data-areas"].split():
        links = parse(root / "policy-areas" / area / "index.html").select("a.policy-area-annotation")
        (link,) = [link for link in links if link["href"].endswith("#transfer-of-ideas")]
        assert link.find_parent("li").get_text().endswith(f"\u00a0— {label}\u00a0· {credit}"), area


def test_on_a_phone_the_cite_dialog_s_link_breaks_only_where_its_words_part(
    new_page: Callable[..., Page], site_with_code_in_a_body: SiteServer
) -> None:
    """The dialog's link, a long span (no `short-code`) made by citation-dialog.js, is parted as a table's span is: a line
    ends after `/`, `.`, `-`, `:` or before a `<`, never inside `8000` or `opportunities`; it copies as written."""
    site = site_with_code_in_a_body
    page = site.open(new_page(viewport={"width": WIDTHS[0], "height": 740}, has_touch=True), OPPORTUNITIES)
    page.locator("#p3 a.paragraph-cite").click()
    link = page.locator("dialog.edition-cite-dialog code")
    assert link.text_content() == site.url(f"{OPPORTUNITIES}#p3")
    problems, lines = [], 0
    for width in WIDTHS:
        set_viewport(page, width, 740)
        ((text, starts, _),) = page.evaluate(SPAN_LINES, "dialog.edition-cite-dialog code")
        lines += len(starts)
        problems += [
            f"{width}px: `{text[:at]}|{text[at:]}` breaks inside a word"
            for at in starts
            if not is_natural_break(text, at)
        ]
        dialog, code = page.locator("dialog.edition-cite-dialog").bounding_box(), link.bounding_box()
        assert dialog and code and code["x"] + code["width"] <= dialog["x"] + dialog["width"], (width, dialog, code)
    set_viewport(page, 320, 740)
    screenshot(page, "code-spans-cite-dialog-320")
    assert lines > len(WIDTHS), lines  # it wraps at every phone width
    assert not problems, "\n".join(problems)
    page.get_by_role("button", name="Copy the permanent link").click()
    assert read_clipboard(page) == site.url(f"{OPPORTUNITIES}#p3")


def test_on_a_phone_a_word_the_editorial_principles_quote_from_the_source_is_shown_whole(
    new_page: Callable[..., Page], site_with_code_in_a_body: SiteServer
) -> None:
    """`costeffective` is the source's spelling, the evidence of its row: split, `costeffecti|ve`, it misquotes the
    source. Its table holds it whole at every phone width, and neither scrolls sideways nor hides part of a cell."""
    site = site_with_code_in_a_body
    page = site.open(new_page(viewport={"width": WIDTHS[0], "height": 740}), "about/editorial-principles/")
    word = page.locator("td code", has_text="costeffective")
    word.scroll_into_view_if_needed()
    problems = []
    for width in WIDTHS:
        set_viewport(page, width, 740)
        if (lines := word.evaluate("(code) => code.getClientRects().length")) != 1:
            problems.append(f"{width}px: `costeffective` on {lines} lines")
        problems += scrolling_tables(page, f"{width}px")
    set_viewport(page, WIDTHS[0], 740)
    word.scroll_into_view_if_needed()
    screenshot(page, "code-spans-editorial-principles-table-320")
    assert not problems, "\n".join(problems)


def test_on_a_phone_the_cite_dialog_s_references_break_their_address_only_where_its_words_part(
    new_page: Callable[..., Page], site_with_code_in_a_body: SiteServer
) -> None:
    """Each style's reference ends with the page's address, which broke inside its words as the link did (at 320 px
    `transnationalism/oppo|rtunities/`, at 375 px `migratio|n-and`): it is parted at the same points, by the same
    helper, and a line of the reference starts only after a space or where the address's words part. Copied, the
    reference is the text shown, the build's plain text (the `<wbr>`s add no character)."""
    site = site_with_code_in_a_body
    page = site.open(new_page(viewport={"width": WIDTHS[0], "height": 740}, has_touch=True), OPPORTUNITIES)
    page.locator("#p3 a.paragraph-cite").click()
    references = page.locator("dialog.edition-cite-dialog p.reference")
    assert references.count() == 2  # APA, Chicago
    problems, address_lines = [], 0
    for width in WIDTHS:
        set_viewport(page, width, 740)
        for text, starts, _ in page.evaluate(SPAN_LINES, "dialog.edition-cite-dialog p.reference"):
            address = text.index("http://")
            address_lines += sum(at > address for at in starts)
            problems += [
                f"{width}px: `…{text[max(0, at - 30) : at]}|{text[at : at + 20]}…` breaks inside a word"
                for at in starts
                if not is_natural_break(text, at)
            ]
    set_viewport(page, 320, 740)
    references.first.scroll_into_view_if_needed()
    screenshot(page, "code-spans-cite-dialog-reference-320")
    assert address_lines >= len(WIDTHS), address_lines  # the address wraps at every phone width
    assert not problems, "\n".join(problems)
    apa = (
        "International Organization for Migration. (2010). Migration and transnationalism: Opportunities and"
        f" challenges [Background paper]. {site.url(OPPORTUNITIES)}"
    )
    assert references.first.text_content() == apa
    page.get_by_role("button", name="Copy the APA 7th edition reference").click()
    assert read_clipboard(page) == apa
