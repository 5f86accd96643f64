"""Put a page's "Cite this page" block under its heading, already rendered, without parsing it again.

The block (the page's permanent link, each style's citation, the downloads) is HTML made at build
time from the citation data (`hooks/core/cite_page.py`). Written into the Markdown as raw
HTML, Python-Markdown's HTML parser would read it on every page. Here a marker paragraph holds its
place in the tree and a postprocessor puts the block in, as Python-Markdown's HTML stash does with
the raw HTML it finds, but with one string replacement: the stash's postprocessor scans the whole
page with a regular expression as soon as the stash holds anything, and on a source page the block
is usually all it would hold. Its heading stays Markdown (`## Cite this page { #cite-this-page }`),
so the table of contents, the anchor inventory and MkDocs' link checks see the `#cite-this-page`
id as before. The page's footnotes stay above that heading, with the text they belong to.
"""

from __future__ import annotations

from collections.abc import Callable
from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.postprocessors import Postprocessor
from markdown.treeprocessors import Treeprocessor

from hooks.core.heading_ids import CITE_ID

NOTES_CLASS = "footnote"  # the `div` Python-Markdown's footnotes extension appends to the page
# Python-Markdown removes STX and ETX from the Markdown it reads, so no page can hold this marker.
MARKER = "\x02edition-cite-block\x03"
HOLDER = f"<p>{MARKER}</p>"


class CiteBlockTreeprocessor(Treeprocessor):
    """Hold the place of the block the provider gives after the top-level heading with the `cite-this-page` id."""

    def __init__(self, md: Markdown, provider: Callable[[], str | None]) -> None:
        """Keep the provider of the current page's block."""
        super().__init__(md)
        self.provider = provider

    def run(self, root: etree.Element) -> None:
        """Keep the page's notes above the heading, then add the marker paragraph once, right after it."""
        for index, child in enumerate(root):
            if child.get("id") == CITE_ID and child.tag.startswith("h"):
                index = keep_notes_above(root, index)
                if self.provider():
                    holder = etree.Element("p")
                    holder.text = MARKER
                    holder.tail = "\n"
                    root.insert(index + 1, holder)
                return


def keep_notes_above(root: etree.Element, heading: int) -> int:
    """Move the footnotes, which `footnotes` appends to the page, above the "Cite this page" heading.

    The notes belong to the text: under the heading they would read as part of the citation, and
    Material's search, which leaves out the heading's section (`data-search-exclude`), would not
    index them. Returns the heading's new position.
    """
    after = root[heading + 1 :]
    notes = [child for child in after if child.tag == "div" and NOTES_CLASS in child.get("class", "").split()]
    for note in notes:
        root.remove(note)
        root.insert(heading, note)
        heading += 1
    return heading


class CiteBlockPostprocessor(Postprocessor):
    """Put the block (a block-level element, e.g. a `div`) in place of its marker paragraph."""

    def __init__(self, md: Markdown, provider: Callable[[], str | None]) -> None:
        """Keep the provider of the current page's block."""
        super().__init__(md)
        self.provider = provider

    def run(self, text: str) -> str:
        """Replace the marker paragraph, as the stash replaces a placeholder paragraph with block-level HTML."""
        block = self.provider()
        return text.replace(HOLDER, block, 1) if block else text


class CiteBlockExtension(Extension):
    """The "Cite this page" block of the page being rendered."""

    def __init__(self, provider: Callable[[], str | None] | None = None, **kwargs: object) -> None:
        """Take the block provider; without one the extension does nothing."""
        self.provider = provider
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown API)
        """Register the treeprocessor `edition-cite-block` at priority 3 and the postprocessor at 31.

        The notes move up after `footnotes` (50) appended them; the marker goes in after
        `attr_list` (8) wrote the heading's id and after the inventory (6), which would take it
        for a paragraph of the text. The block comes back before `raw_html` (30), so the
        postprocessors after it see it as they saw it when it came from the stash.
        """
        if self.provider is not None:
            md.treeprocessors.register(CiteBlockTreeprocessor(md, self.provider), "edition-cite-block", 3)
            md.postprocessors.register(CiteBlockPostprocessor(md, self.provider), "edition-cite-block", 31)


def makeExtension(**kwargs: object) -> CiteBlockExtension:  # noqa: N802 (Python-Markdown API)
    """Entry point for `markdown_extensions: [hooks.mdx.cite_block]` (inert without a provider)."""
    return CiteBlockExtension(**kwargs)
