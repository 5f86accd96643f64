"""Where a line may end inside a run of words with no space (a code span in a table, an address): one rule.

A browser breaks `transnationalism/opportunities/` where the box's edge falls (`oppo|rtunities/`), or not at all
and pushes it past a phone's edge. The rule here puts the break points where the words part: after a run of `.`,
`/`, `-`, `_`, `:` between two words (`target.|page`, `127.|0.|0.|1:|8000/`), and before a `<` after a word
(`/cite/|<source>.json`). Not after a run that starts a word (`--strict`, `.md`), nor inside one.

A table's code span is parted by it in the page's tree (`hooks/mdx/code_spans.py`); the "Cite this page" block's
permanent link and the addresses in its references, written as HTML (`hooks/core/cite_page.py`), by `parted_html`
and `part_addresses`. The Cite dialog, made in the browser, parts its own by the same rule: `parted` and
`partAddresses` in `docs/assets/citation-addresses.js` hold the same two patterns and find addresses as
`RE_ADDRESS` does, so the dialog and the block break one address at the same points
(`tests/test_browser_line_breaks.py` compares them in Chromium). A `<wbr>` holds no character: what is copied is
the text as written.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

# A run of `.`, `/`, `-`, `_`, `:` between two words, a line may end after; and a `<` after a word (`BREAK_AFTER`
# and `BREAK_BEFORE` in citation-addresses.js).
RE_BREAK_AFTER = re.compile(r"[^\s./\-_:][./\-_:]+(?=[^\s./\-_:])")
RE_BREAK_BEFORE = re.compile(r"(?<=\S)(?=<)")
# An address in a formatted reference (the page's, a DOI's), from its scheme to the next space (`ADDRESS` there).
RE_ADDRESS = re.compile(r"[a-z][a-z0-9+.-]*://\S+", re.IGNORECASE)
WBR = "<wbr />"  # as Python-Markdown writes one (a table's code span), which an HTML 4 parser (lxml's) reads as void


def break_points(text: str) -> list[int]:
    """Where a line may end inside the text's words, by position in the text as shown."""
    after = {match.end() for match in RE_BREAK_AFTER.finditer(text)}
    return sorted(after | {match.start() for match in RE_BREAK_BEFORE.finditer(text)})


def word_pieces(text: str) -> list[str]:
    """The text cut at its break points: the pieces a line never breaks inside (unless one cannot fit it)."""
    points = break_points(text)
    return [text[start:end] for start, end in zip([0, *points], [*points, len(text)], strict=True)]


def parted_html(text: str) -> str:
    """The text as HTML, escaped, with a `<wbr>` at each break point (what `parted` gives the dialog)."""
    return WBR.join(html.escape(piece, quote=False) for piece in word_pieces(text))


def parted_addresses(text: str) -> str:
    """Plain text as HTML, escaped, each address in it parted (`partAddresses` does so to a text node)."""
    written, start = [], 0
    for match in RE_ADDRESS.finditer(text):
        written += [html.escape(text[start : match.start()], quote=False), parted_html(match.group())]
        start = match.end()
    return "".join([*written, html.escape(text[start:], quote=False)])


class _AddressParter(HTMLParser):
    """Write an HTML fragment back with its text's addresses parted, its tags as written."""

    def __init__(self) -> None:
        """Collect the fragment as it is written back; text comes decoded, as a browser's text node holds it."""
        super().__init__(convert_charrefs=True)
        self.written: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Keep the tag, its attributes untouched: an address there is no text a line breaks in."""
        self.written.append(self.get_starttag_text() or "")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Keep a self-closed tag as written."""
        self.written.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        """Keep the end tag."""
        self.written.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        """Part the addresses in the text."""
        self.written.append(parted_addresses(data))


def part_addresses(fragment: str) -> str:
    """An HTML fragment (a reference citeproc formatted) with each address in its text parted at its break points.

    Read by Python's HTML parser, each text between two tags whole, as `partAddresses` reads each text node.
    """
    parter = _AddressParter()
    parter.feed(fragment)
    parter.close()
    return "".join(parter.written)
