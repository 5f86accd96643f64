"""The text of a page the glossary links terms in: the body's text slots, each with its paragraph's id.

Only the body text is searched (paragraphs, block quotes, lists and tables at the top level), never
headings, links, code, footnotes, admonitions, attributions, annotations or a defining passage's
"Defines" line: which element is skipped is decided here, once, for the term links (`glossary_term_links.py`).
"""

from __future__ import annotations

from collections.abc import Iterator
from xml.etree import ElementTree as etree

from markdown.util import AtomicString

from hooks.core.glossary import DEFINES_CLASS
from hooks.core.paragraphs import RE_PARAGRAPH_ID

BODY_BLOCKS = {"p", "blockquote", "ul", "ol", "table"}
SKIPPED_TAGS = {"a", "code", "pre", "kbd", "samp", "abbr", "sup", "script", "style", "h1", "h2", "h3", "h4", "h5", "h6"}
SKIPPED_CLASSES = {"attribution", "footnote", "admonition", DEFINES_CLASS, "annotation"}
Slot = tuple[etree.Element, etree.Element | None, str | None]


def is_skipped(element: etree.Element) -> bool:
    """Elements whose text is never linked: code, links, headings, notes, annotations and editorial furniture."""
    if element.tag in SKIPPED_TAGS:
        return True
    return not SKIPPED_CLASSES.isdisjoint(element.get("class", "").split())


def iter_slots(element: etree.Element, paragraph: str | None = None) -> Iterator[Slot]:
    """Yield the text slots under `element` in reading order: (owner, parent, paragraph id).

    A slot with no parent is the owner's `text`; otherwise it is the owner's `tail` inside parent.
    """
    if element.tag == "p" and RE_PARAGRAPH_ID.match(element.get("id", "")):
        paragraph = element.get("id")
    if element.text and not isinstance(element.text, AtomicString):
        yield element, None, paragraph
    for child in element:
        if not is_skipped(child):
            yield from iter_slots(child, paragraph)
        if child.tail and not isinstance(child.tail, AtomicString):
            yield child, element, paragraph


def body_slots(root: etree.Element) -> list[Slot]:
    """The text slots of the page's body text: top-level paragraphs, quotes, lists and tables."""
    return [slot for block in root if block.tag in BODY_BLOCKS and not is_skipped(block) for slot in iter_slots(block)]
