"""Put a page's "Cite this page" block under its heading, already rendered, without parsing it again.

The block (the page's permanent link, each style's citation, the downloads) is HTML made at build
time from the citation data (`hooks/adapters/citation.py`). Written into the Markdown as raw
HTML, Python-Markdown's HTML parser would read it on every page; here it goes into the HTML stash
directly, as Python-Markdown does with the raw HTML it finds, and comes back when the page is
serialised. Its heading stays Markdown (`## Cite this page { #cite-this-page }`), so the table of
contents, the anchor inventory and MkDocs' link checks see the `#cite-this-page` id as before.
"""

from __future__ import annotations

from collections.abc import Callable
from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

CITE_ID = "cite-this-page"


class CiteBlockTreeprocessor(Treeprocessor):
    """Insert the block the provider gives after the top-level heading with the `cite-this-page` id."""

    def __init__(self, md: Markdown, provider: Callable[[], str | None]) -> None:
        """Keep the provider of the current page's block."""
        super().__init__(md)
        self.provider = provider

    def run(self, root: etree.Element) -> None:
        """Add the block once, as a stashed HTML block right after its heading."""
        block = self.provider()
        if not block:
            return
        for index, child in enumerate(root):
            if child.get("id") == CITE_ID and child.tag.startswith("h"):
                holder = etree.Element("p")
                holder.text = self.md.htmlStash.store(block)
                holder.tail = "\n"
                root.insert(index + 1, holder)
                return


class CiteBlockExtension(Extension):
    """The "Cite this page" block of the page being rendered."""

    def __init__(self, provider: Callable[[], str | None] | None = None, **kwargs: object) -> None:
        """Take the block provider; without one the extension does nothing."""
        self.provider = provider
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown API)
        """Register `edition-cite-block` at priority 7.

        After `attr_list` (8) wrote the heading's id; before the inventory (6), which skips the
        stashed block as raw HTML, as it did when the block was written in the Markdown.
        """
        if self.provider is not None:
            md.treeprocessors.register(CiteBlockTreeprocessor(md, self.provider), "edition-cite-block", 7)


def makeExtension(**kwargs: object) -> CiteBlockExtension:  # noqa: N802 (Python-Markdown API)
    """Entry point for `markdown_extensions: [hooks.mdx.cite_block]` (inert without a provider)."""
    return CiteBlockExtension(**kwargs)
