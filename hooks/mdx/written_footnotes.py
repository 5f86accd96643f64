"""A body's footnote definition (`[^1]: note`) shown as written, never read as a link's definition.

Bodies are rendered without the footnotes extension (a body's notes would take the page's own
numbers and ids; `body_markup.footnotes` names them). Without it, Python-Markdown's `reference`
processor read `[^1]: note`, whose note is one word, as the definition of a link labelled `^1`: `[^1]`
became a link to `note`, which the link checks then named as a site address. A block holding a
footnote definition, as the footnotes extension itself finds one (`FootnoteBlockProcessor.RE`), is
a paragraph of the text written instead.
"""

from __future__ import annotations

from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.blockprocessors import BlockProcessor
from markdown.extensions import Extension
from markdown.extensions.footnotes import FootnoteBlockProcessor


class WrittenFootnotesBlockProcessor(BlockProcessor):
    """Keep a block with a footnote definition as a paragraph of its text."""

    def test(self, parent: etree.Element, block: str) -> bool:
        """A block the footnotes extension would read a definition in."""
        return FootnoteBlockProcessor.RE.search(block) is not None

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        """The block as a paragraph, its `[^1]` and `[^1]: …` left as text (no reference defines them)."""
        paragraph = etree.SubElement(parent, "p")
        paragraph.text = blocks.pop(0).strip()


class WrittenFootnotesExtension(Extension):
    """Footnote definitions shown as written, where footnotes are not rendered."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown API)
        """Register `edition-written-footnotes` at 17, the footnotes extension's: before `reference` (15)."""
        md.parser.blockprocessors.register(WrittenFootnotesBlockProcessor(md.parser), "edition-written-footnotes", 17)


def makeExtension(**kwargs: object) -> WrittenFootnotesExtension:  # noqa: N802 (Python-Markdown API)
    """Entry point for `markdown.Markdown(extensions=["hooks.mdx.written_footnotes"])`."""
    return WrittenFootnotesExtension(**kwargs)
