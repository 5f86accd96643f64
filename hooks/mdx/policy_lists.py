"""Add policy-area elements to a page's tree: an area page's lists, a tagged page's area links.

An area page lists every tagged page, paragraph and annotation: hundreds of items whose text
needs no Markdown. Written as Markdown, each item would go through Python-Markdown's block
parser and every inline pattern; built as elements, they cost almost nothing. They are added
after the inline patterns and `attr_list` ran (so their text stays literal), already laid out
as `prettify` would (which need not walk them), and before anything that reads ids or links
(`toc`, MkDocs' anchor check and link rewriting, the edition's inventory), so the headings get
their permalinks and TOC entries, and MkDocs validates and rewrites the links.
The links to a tagged page's areas, under its title, are added the same way: a few elements
instead of an HTML block with Markdown inside for `md_in_html` to parse on every page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple
from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor


class PageElements(NamedTuple):
    """What to add to one page: elements right after its `h1` (or first), and at its end."""

    after_title: tuple[etree.Element, ...] = ()
    at_end: tuple[etree.Element, ...] = ()


class PolicyListsTreeprocessor(Treeprocessor):
    """Add the elements the provider has for the page being converted."""

    def __init__(self, md: Markdown, provider: Callable[[], PageElements]) -> None:
        """Keep the source of the elements."""
        super().__init__(md)
        self.provider = provider

    def run(self, root: etree.Element) -> None:
        """Insert the current page's elements (none for most pages)."""
        additions = self.provider()
        if additions.after_title:
            title = next((index for index, child in enumerate(root) if child.tag == "h1"), -1)
            root[title + 1 : title + 1] = additions.after_title
        root.extend(additions.at_end)


class PolicyListsExtension(Extension):
    """Generated lists of the policy-area pages."""

    def __init__(self, provider: Callable[[], PageElements] | None = None, **kwargs: object) -> None:
        """Take the provider of the current page's elements; without one the extension does nothing."""
        self.provider = provider
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown API)
        """Register `edition-policy-lists` at priority 7.9.

        After `inline` (20) and `attr_list` (8), so the text is never read as Markdown or as
        attributes, and after `prettify` (10) and the footnote numbers (12): none of them need
        walk hundreds of items that hold nothing for them (the elements come laid out). Before
        the annotations (7.5), the glossary (7.4), `abbr` (7) and the inventory (6), which see
        them as they saw the same lists written in Markdown, and `toc` (5) and MkDocs' anchors
        (5) and links (0).
        """
        if self.provider is not None:
            md.treeprocessors.register(PolicyListsTreeprocessor(md, self.provider), "edition-policy-lists", 7.9)


def makeExtension(**kwargs: object) -> PolicyListsExtension:  # noqa: N802 (Python-Markdown API)
    """Entry point for `markdown_extensions: [hooks.mdx.policy_lists]`."""
    return PolicyListsExtension(**kwargs)
