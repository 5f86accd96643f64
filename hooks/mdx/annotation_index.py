"""Append the `/annotations/` page's entries, built as elements, to that page's element tree.

The entries are data, not Markdown: appending them after the inline pass and `attr_list` keeps
their quotes and names literal, and Python-Markdown does not parse them. MkDocs' own
treeprocessors run afterwards, so their links are validated and rewritten and `toc` lists and
anchors their headings as it would for generated Markdown.
"""

from __future__ import annotations

from collections.abc import Callable
from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

Entries = Callable[[], "list[etree.Element] | None"]


class AnnotationIndexTreeprocessor(Treeprocessor):
    """Append the entries the extension is given for the page being rendered, if any."""

    def __init__(self, md: Markdown, entries: Entries) -> None:
        """Keep the provider of entries."""
        super().__init__(md)
        self.entries = entries

    def run(self, root: etree.Element) -> None:
        """Add the entries at the end of the page (nothing on other pages)."""
        if elements := self.entries():
            root.extend(elements)


class AnnotationIndexExtension(Extension):
    """The `/annotations/` page's entries."""

    def __init__(self, entries: Entries | None = None, **kwargs: object) -> None:
        """Take the provider of entries: a callable returning the elements for the current page, or None."""
        self.entries = entries
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown API)
        """Register `edition-annotation-index` at priority 7.45.

        After the inline pass (20) and `attr_list` (8), which would read the entries' text as
        Markdown; before the glossary (7.4), `toc` and MkDocs' anchor and link processing (5, 0).
        """
        if self.entries is not None:
            md.treeprocessors.register(AnnotationIndexTreeprocessor(md, self.entries), "edition-annotation-index", 7.45)


def makeExtension(**kwargs: object) -> AnnotationIndexExtension:  # noqa: N802 (Python-Markdown API)
    """Entry point for `markdown_extensions: [hooks.mdx.annotation_index]` (without entries it does nothing)."""
    return AnnotationIndexExtension(**kwargs)
