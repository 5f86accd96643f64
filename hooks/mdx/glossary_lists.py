"""Put the glossary page's Used in lists, built as elements, in place of their stand-in items.

Thousands of links written as Markdown would each go through the block parser and every inline
pattern; built as elements they cost almost nothing. The page's Markdown keeps one stand-in item
per list (`hooks.core.glossary_page.USED_IN_STAND_IN` + the term's id), so the list stays where
the entry has it; after the inline patterns ran (the text stays literal) and before anything that
lays out, reads or rewrites links (`prettify`, `toc`, MkDocs' anchor check and link rewriting),
its items replace the stand-in.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

Lists = Mapping[str, list[etree.Element]]


class GlossaryListsTreeprocessor(Treeprocessor):
    """Replace each stand-in list item by the items the provider built for it."""

    def __init__(self, md: Markdown, provider: Callable[[], Lists]) -> None:
        """Keep the source of the lists."""
        super().__init__(md)
        self.provider = provider

    def run(self, root: etree.Element) -> None:
        """Fill the lists of the page being converted (the provider has none for other pages)."""
        lists = self.provider()
        if not lists:
            return
        for element in root:
            if element.tag == "ul" and len(element) == 1 and not len(element[0]):
                items = lists.get(element[0].text or "")
                if items is not None:
                    element[:] = items


class GlossaryListsExtension(Extension):
    """The glossary page's Used in lists as elements."""

    def __init__(self, provider: Callable[[], Lists] | None = None, **kwargs: object) -> None:
        """Take the provider of the current page's lists; without one the extension does nothing."""
        self.provider = provider
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown API)
        """Register `edition-glossary-lists` at priority 14: after `inline` (20), before `prettify` (10)."""
        if self.provider is not None:
            md.treeprocessors.register(GlossaryListsTreeprocessor(md, self.provider), "edition-glossary-lists", 14)


def makeExtension(**kwargs: object) -> GlossaryListsExtension:  # noqa: N802 (Python-Markdown API)
    """Entry point for `markdown_extensions: [hooks.mdx.glossary_lists]`."""
    return GlossaryListsExtension(**kwargs)
