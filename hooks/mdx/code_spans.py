"""Mark each short code span (a date, an id, a key, a file's name) to be kept on one line.

```html
<code class="short-code">2024-05-01</code>
```

A browser may end a line after a hyphen or a slash, in code as in prose: on a phone the Source
records guide showed `2026-` at a line's end and `12-05` on the next. A no-break space or hyphen
written in the page would be copied into a contributor's YAML, and CSS cannot tell a short span
from a long one: `white-space: nowrap` on every span would push a long address or error line past
the phone's edge (no `overflow-wrap` breaks a span that may not wrap), and an inline-block, which
wraps only when it must, lets a line break between the span and the comma or bracket after it.
So the build marks each span of at most `SHORT_CODE_LENGTH` columns as shown (a wide character two: the rule is
`hooks/core/short_code.py`'s, which the Cite block's HTML follows too), and `docs/assets/edition.css` keeps the
marked ones whole; a longer span wraps as before.

A table sizes its columns around what cannot wrap, so there no span is kept whole (the Citing guide's
`/cite/<source>.json` made its table scroll sideways on a phone). Material lets a span break anywhere, and a narrow
column split `target.pa|ge` and `motivatio|n`; so a span in a table gets a `<wbr>` where its words part (after a
`.`, `/`, `-`, `_` or `:` inside it, and before a `<`: `hooks/core/word_breaks.py`, which the Cite block's addresses
follow too), and the stylesheet breaks it only there. A piece too long
for a phone's narrowest column (`costeffective`, `transnationalism/`) would make its table scroll sideways, so such
a span is marked `breaks-anywhere`, and breaks inside a piece when the column cannot hold it. Not a word of letters,
such as the source's spelling `costeffective` the Editorial principles quote: split, `costeffecti|ve`, it read as two
words and misquoted the source, so it is kept whole (its table has the room from 320 px; one that has not scrolls
sideways, as Material's tables do). A `<wbr>` holds no character: the span copies, and is indexed for search, as
written.

```html
<td><code>/cite/<wbr>&lt;source&gt;.<wbr>json</code></td>
```
"""

from __future__ import annotations

import html
from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString, code_escape

from hooks.core.short_code import SHORT_CODE_CLASS, is_short_text, shown_width
from hooks.core.word_breaks import word_pieces

BREAKS_ANYWHERE_CLASS = "breaks-anywhere"
# Columns of the code font a table's column holds at 320 px whatever else its table holds: a third of the 288 px,
# less its room, fits `identities.` (11) and the Contributing guide's `motivation`, not `costeffective` (13), which
# kept whole made the Editorial principles' table scroll sideways. `tests/test_browser_code_spans.py` checks it.
TABLE_PIECE_LENGTH = 11


def shown_text(code: etree.Element) -> str:
    """The span's words as the reader sees them: references decoded, each run of spaces or line breaks one space.

    Python-Markdown keeps a code span's `<` and `&` as `&lt;` and `&amp;` in the tree, as an
    annotation's body keeps its `&`.
    """
    return " ".join(html.unescape("".join(code.itertext())).split())


def is_short(code: etree.Element) -> bool:
    """Whether the span is short enough for any column of the page to hold it on one line."""
    return is_short_text(shown_text(code))


def add_class(code: etree.Element, name: str) -> None:
    """Add the class, after any the span has (`attr_list`'s)."""
    written = code.get("class")
    code.set("class", f"{written} {name}" if written else name)


def part_in_a_table(code: etree.Element) -> None:
    """Put a `<wbr>` at each of the span's break points, and mark it when a piece is too long to keep whole.

    The break points are `hooks/core/word_breaks.py`'s, which the Cite block's addresses follow too. A word of
    letters is never marked: split inside, it reads as another word (ideographs part anyway).

    A span holding elements (none of the site's) is left as it is. The tree holds the span's `<` and `&` escaped,
    as `shown_text` says: the points are found in the text as shown, and each piece escaped again as
    Python-Markdown escapes a span.
    """
    if len(code):
        return
    text = html.unescape(code.text or "")
    pieces = word_pieces(text)
    if max(shown_width(piece) for piece in pieces) > TABLE_PIECE_LENGTH and not text.isalpha():
        add_class(code, BREAKS_ANYWHERE_CLASS)
    if len(pieces) == 1:
        return
    code.text = AtomicString(code_escape(pieces[0]))
    for piece in pieces[1:]:
        etree.SubElement(code, "wbr").tail = AtomicString(code_escape(piece))


class CodeSpansTreeprocessor(Treeprocessor):
    """Mark the page's short code spans and part a table's where its words do; a code block's is left as it is."""

    def run(self, root: etree.Element) -> None:
        """One walk over the page's `code` elements, those of blocks (`pre > code`) set aside first."""
        in_blocks = {id(child) for pre in root.iter("pre") for child in pre}
        in_tables = {id(code) for table in root.iter("table") for code in table.iter("code")}
        for code in root.iter("code"):
            if id(code) in in_blocks:
                continue
            if is_short(code):
                add_class(code, SHORT_CODE_CLASS)
            if id(code) in in_tables:
                part_in_a_table(code)


class CodeSpansExtension(Extension):
    """Short code spans marked to stay on one line; a table's parted where its words are."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown API)
        """Register `edition-code-spans` at priority 2.

        After the edition's treeprocessors that add elements holding code (an annotation's body at
        7.5, the annotation index at 7.45, the glossary's and policy areas' lists), so theirs are
        marked too.
        """
        md.treeprocessors.register(CodeSpansTreeprocessor(md), "edition-code-spans", 2)


def makeExtension(**kwargs: object) -> CodeSpansExtension:  # noqa: N802 (Python-Markdown API)
    """Entry point for `markdown_extensions: [hooks.mdx.code_spans]`."""
    return CodeSpansExtension(**kwargs)
