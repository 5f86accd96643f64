"""Find policy-area tags written where they count for nothing.

`attr_list` lets a contributor put `data-policy-areas="…"` on any element, but only a numbered
paragraph of the text (`{ #p3 data-policy-areas="…" }`) is a tagged paragraph. A tag on a
heading, a list item or a paragraph without a `pN` id would be silently ignored; this extension
reports where such tags are, so the build can say so.
"""

from __future__ import annotations

from collections.abc import Callable
from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from hooks.core.paragraphs import PARAGRAPH_TAGS_ATTRIBUTE, RE_PARAGRAPH_ID
from hooks.mdx.paragraphs import iter_text_blocks


def describe_element(element: etree.Element) -> str:
    """`h2#details`, `li`: how the element is named in a message."""
    return f"{element.tag}#{element.get('id')}" if element.get("id") else element.tag


def find_stray_tags(root: etree.Element) -> list[str]:
    """The elements that carry policy-area tags but are not numbered paragraphs of the text."""
    tagged = [element for element in root.iter() if element.get(PARAGRAPH_TAGS_ATTRIBUTE) is not None]
    if not tagged:
        return []
    blocks = set(iter_text_blocks(root))
    return [
        describe_element(element)
        for element in tagged
        if element not in blocks or not RE_PARAGRAPH_ID.match(element.get("id") or "")
    ]


class PolicyTagsTreeprocessor(Treeprocessor):
    """Hand the page's misplaced tags to whoever asked for them."""

    def __init__(self, md: Markdown, sink: Callable[[list[str]], None]) -> None:
        """Keep the receiver of the findings."""
        super().__init__(md)
        self.sink = sink

    def run(self, root: etree.Element) -> None:
        """Report, never change, the tree."""
        self.sink(find_stray_tags(root))


class PolicyTagsExtension(Extension):
    """Misplaced `data-policy-areas` attributes."""

    def __init__(self, sink: Callable[[list[str]], None] | None = None, **kwargs: object) -> None:
        """Take the receiver of findings; without one the extension does nothing."""
        self.sink = sink
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown API)
        """Register `edition-policy-tags` at priority 7, after `attr_list` (8) wrote the attributes."""
        if self.sink is not None:
            md.treeprocessors.register(PolicyTagsTreeprocessor(md, self.sink), "edition-policy-tags", 7)


def makeExtension(**kwargs: object) -> PolicyTagsExtension:  # noqa: N802 (Python-Markdown API)
    """Entry point for `markdown_extensions: [hooks.mdx.policy_tags]`."""
    return PolicyTagsExtension(**kwargs)
