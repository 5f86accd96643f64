"""Put a source's bibliographic record where its page has the marker line: a real one, not one a code block shows.

The line `<!-- edition:bibliography -->` asks for the record (`hooks/core/record_marker.py`). The
Citing page shows editors what to write, in a fenced code block too (in a list item, an
admonition): those are the block's words. So the lines are read after the fenced-code
preprocessor (`fenced_code_block`, 25, Python-Markdown's or pymdownx.superfences') has put every
fence in the stash, a placeholder in its place: no fence is looked for here. And before
`html_block` (20) takes the marker for an HTML comment, so the record's own block (`md_in_html`)
is read as if the page had it written there.
"""

from __future__ import annotations

from collections.abc import Callable

from markdown import Markdown
from markdown.extensions import Extension
from markdown.preprocessors import NormalizeWhitespace, Preprocessor

from hooks.core.record_marker import has_record_marker, place_record

# Makes the page's record (Markdown) once a real marker line is found; None leaves the line as it is
# (the record's problems were reported, or make check only notes that the page asks for it).
RecordMaker = Callable[[], str | None]


class BibliographicRecordPreprocessor(Preprocessor):
    """Replace each marker line left outside fenced code with the record its page's maker gives."""

    def __init__(self, md: Markdown, provider: Callable[[], RecordMaker | None]) -> None:
        """Keep the provider of the current page's maker (None: the page's text never holds the marker)."""
        super().__init__(md)
        self.provider = provider

    def run(self, lines: list[str]) -> list[str]:
        """Nothing to read on a page without a maker: nearly every page, which its provider tells with one `in`."""
        if (make := self.provider()) is None or not has_record_marker(lines) or (record := make()) is None:
            return lines
        # As `normalize_whitespace` (30) did the page's own text: tabs expanded, no STX/ETX to pass for a placeholder.
        return place_record(lines, NormalizeWhitespace(self.md).run(record.split("\n")))


class BibliographicRecordExtension(Extension):
    """The record of the page being rendered, where its marker line stands."""

    def __init__(self, provider: Callable[[], RecordMaker | None] | None = None, **kwargs: object) -> None:
        """Take the maker's provider; without one the extension does nothing."""
        self.provider = provider
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown API)
        """Register the preprocessor `edition-bibliographic-record` at priority 22.

        After `fenced_code_block` (25) stashed the fences, before `html_block` (20) reads HTML blocks.
        """
        if self.provider is not None:
            preprocessor = BibliographicRecordPreprocessor(md, self.provider)
            md.preprocessors.register(preprocessor, "edition-bibliographic-record", 22)


def makeExtension(**kwargs: object) -> BibliographicRecordExtension:  # noqa: N802 (Python-Markdown API)
    """Entry point for `markdown_extensions: [hooks.mdx.bibliographic_record]` (inert without a provider)."""
    return BibliographicRecordExtension(**kwargs)
