"""Add the generated lists of a policy-area page to its element tree.

An area page lists every tagged page, paragraph and annotation: hundreds of items whose text
needs no Markdown. Written as Markdown, each item would go through Python-Markdown's block
parser and every inline pattern; built as elements, they cost almost nothing. They are added
after the inline patterns ran (so their text stays literal) and before anything that reads ids
or links (`toc`, MkDocs' anchor check and link rewriting, the edition's inventory), so the
headings get their permalinks and TOC entries, and MkDocs validates and rewrites the links.
"""

from __future__ import annotations

from collections.abc import Callable
from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor


class PolicyListsTreeprocessor(Treeprocessor):
    """Append the elements the provider has for the page being converted."""

    def __init__(self, md: Markdown, provider: Callable[[], list[etree.Element]]) -> None:
        """Keep the source of the elements."""
        super().__init__(md)
        self.provider = provider

    def run(self, root: etree.Element) -> None:
        """Append the current page's lists (none for most pages)."""
        root.extend(self.provider())


class PolicyListsExtension(Extension):
    """Generated lists of the policy-area pages."""

    def __init__(self, provider: Callable[[], list[etree.Element]] | None = None, **kwargs: object) -> None:
        """Take the provider of the current page's elements; without one the extension does nothing."""
        self.provider = provider
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown API)
        """Register `edition-policy-lists` at priority 14.

        After `inline` (20), so the text is never read as Markdown; before `prettify` (10), which
        lays out the new blocks like the rest of the page, the glossary (7.4) and the inventory
        (6), which see them as they saw the same lists written in Markdown, and `toc` (5) and
        MkDocs' anchors (5) and links (0).
        """
        if self.provider is not None:
            md.treeprocessors.register(PolicyListsTreeprocessor(md, self.provider), "edition-policy-lists", 14)


def makeExtension(**kwargs: object) -> PolicyListsExtension:  # noqa: N802 (Python-Markdown API)
    """Entry point for `markdown_extensions: [hooks.mdx.policy_lists]`."""
    return PolicyListsExtension(**kwargs)
