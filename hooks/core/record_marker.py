"""The line a source's landing page asks for its record with, found and replaced by the record's lines.

`<!-- edition:bibliography -->` on a line of its own, an HTML block to Markdown, asks for the record:
the build and `make check` both look for it here (`hooks/mdx/bibliographic_record.py` reads the page's
lines once its fenced code is stashed). The record put in its place is `bibliography.py`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

RECORD_MARKER = "<!-- edition:bibliography -->"
# Up to three spaces before it, as Markdown takes an HTML block (four make it an indented code block's words).
RE_RECORD_MARKER = re.compile(rf" {{0,3}}{re.escape(RECORD_MARKER)}[ \t]*")


def mentions_record_marker(markdown: str) -> bool:
    """Whether a page's text holds the marker anywhere: the cheap test every page meets, before any line is read."""
    return RECORD_MARKER in markdown


def has_record_marker(lines: Sequence[str]) -> bool:
    """Whether a page asks for its record: the marker on a line of its own, as an HTML block (indented up to 3 spaces).

    `lines` are the page's once its fenced code blocks are in Python-Markdown's stash
    (`hooks/mdx/bibliographic_record.py`): a code block showing the marker, like a sentence quoting
    it in a code span, holds its words.
    """
    return any(RE_RECORD_MARKER.fullmatch(line) for line in lines)


def place_record(lines: Sequence[str], record: Sequence[str]) -> list[str]:
    """The page's lines with the record's in place of each marker line (`has_record_marker`)."""
    return [part for line in lines for part in (record if RE_RECORD_MARKER.fullmatch(line) else (line,))]
