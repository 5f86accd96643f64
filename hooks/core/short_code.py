"""Which code spans are kept on one line: the rule for a span written in Markdown and for one written as HTML.

A span of at most `SHORT_CODE_LENGTH` columns as shown (a wide character two) is one word to the reader (a date,
an id, a key, a file's name) and is marked `short-code`, which `docs/assets/edition.css` keeps whole. The spans of
a page's Markdown are marked by `hooks/mdx/code_spans.py`; HTML the build writes itself and puts in the page after
that, the Cite block's (`hooks/core/cite_page.py`), writes its spans with `code_span`, so they follow the same rule.
A template's (`overrides/404.html`) are marked by hand: `tests/test_site.py` checks every span of the built site.
"""

from __future__ import annotations

import html
import unicodedata

SHORT_CODE_CLASS = "short-code"
# Columns (characters, spaces included, a wide one two): 24 in the code font fill 200 px, which the narrowest
# column the pages put code in leaves at 320 px (a list in a list, an annotation's body);
# `tests/test_browser_code_spans.py` checks every guide and an annotation at phone widths.
SHORT_CODE_LENGTH = 24


def shown_width(text: str) -> int:
    """How many columns of the code font the text takes: a wide or fullwidth character (`移`, `２`) two.

    Counted as one, 24 of them (a body may hold any) were kept whole at twice the column's width.
    """
    return sum(2 if unicodedata.east_asian_width(character) in "WF" else 1 for character in text)


def is_short_text(shown: str) -> bool:
    """Whether a span showing these words (each run of spaces one space) fits any column of the page on one line."""
    return 0 < shown_width(shown) <= SHORT_CODE_LENGTH


def code_span(text: str) -> str:
    """The HTML of a code span holding the text, marked when it is short, for HTML written outside the Markdown."""
    marked = f' class="{SHORT_CODE_CLASS}"' if is_short_text(" ".join(text.split())) else ""
    return f"<code{marked}>{html.escape(text, quote=False)}</code>"
