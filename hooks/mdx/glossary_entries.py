"""Append the `/glossary/` page's entries, built as elements, to that page's element tree.

The entries are data, not Markdown (`hooks/core/glossary_entries.py`): appending them after the
inline pass and `attr_list` keeps their definitions and titles literal, and Python-Markdown does
not parse them. `toc` and MkDocs' own treeprocessors run afterwards, so the headings get their
permalinks and TOC entries and the links are validated and rewritten as Markdown links are.
"""

from __future__ import annotations

from collections.abc import Callable
from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

Entries = Callable[[], "list[etree.Element] | None"]


class GlossaryEntriesTreeprocessor(Treeprocessor):
    """Append the entries the extension is given for the page being rendered, if any."""

    def __init__(self, md: Markdown, entries: Entries) -> None:
        """Keep the provider of entries."""
        super().__init__(md)
        self.entries = entries

    def run(self, root: etree.Element) -> None:
        """Add the entries at the end of the page (nothing on other pages)."""
        if elements := self.entries():
            root.extend(elements)


class GlossaryEntriesExtension(Extension):
    """The `/glossary/` page's entries."""

    def __init__(self, entries: Entries | None = None, **kwargs: object) -> None:
        """Take the provider of entries: a callable returning the elements for the current page, or None."""
        self.entries = entries
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown API)
        """Register `edition-glossary-entries` at priority 7.5.

        After the inline pass (20), `prettify` (10) and `attr_list` (8), which would read the
        entries' text as Markdown (the entries are laid out as `prettify` would); before `abbr`
        (7), the glossary's term links (7.4, which leave this page alone), `toc` and MkDocs'
        anchor and link processing (5, 0).
        """
        if self.entries is not None:
            md.treeprocessors.register(GlossaryEntriesTreeprocessor(md, self.entries), "edition-glossary-entries", 7.5)


def makeExtension(**kwargs: object) -> GlossaryEntriesExtension:  # noqa: N802 (Python-Markdown API)
    """Entry point for `markdown_extensions: [hooks.mdx.glossary_entries]` (without entries it does nothing)."""
    return GlossaryEntriesExtension(**kwargs)
