"""An annotation's quote highlighted in its paragraph, on any Python-Markdown element tree.

The quote is found in the paragraph's text as the reader sees it, even where it crosses inline
elements (the restored hyphen's `<ins>`, a footnote reference): each text piece inside the quote
is wrapped in `<mark>`, and an empty link after the last one leads to the annotation. Used by
`hooks/mdx/annotations.py`, which places the annotations themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice
from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.util import STX, AtomicString

from hooks.core.annotations import MOTIVATION_LABELS, Annotation
from hooks.core.paragraphs import normalise_space
from hooks.core.quotes import find_quote
from hooks.mdx.paragraphs import shown_spans

RE_WORD = re.compile(r"\S+")
Slot = tuple[etree.Element, str, etree.Element]  # (element, "text" | "tail", parent)


def iter_text_slots(element: etree.Element, parent: etree.Element) -> Iterator[Slot]:
    """Every text piece of an element in reading order: its text, its children's, their tails."""
    yield element, "text", parent
    for child in element:
        yield from iter_text_slots(child, element)
        yield child, "tail", element


def raw_position(raw: str, normalised: str, index: int) -> int:
    """Where the character at `index` of `normalised` (`normalise_space(raw)`, not a space) is in `raw`.

    Only the quote's first and last characters are looked up: counting the words before them is
    cheaper than mapping every character of the paragraph.
    """
    word = normalised.count(" ", 0, index)
    offset = index - normalised.rfind(" ", 0, index) - 1
    return next(islice(RE_WORD.finditer(raw), word, None)).start() + offset


def wrap_slot(slot: Slot, start: int, end: int, annotation_id: str) -> etree.Element:
    """Wrap characters start:end of one text piece in a `<mark>` and return the mark."""
    element, kind, parent = slot
    text = getattr(element, kind)
    kind_of = AtomicString if isinstance(text, AtomicString) else str
    mark = etree.Element("mark", {"class": "annotation-quote", "data-annotation": annotation_id})
    mark.text, mark.tail = kind_of(text[start:end]), kind_of(text[end:])
    setattr(element, kind, kind_of(text[:start]))
    if kind == "text":
        element.insert(0, mark)
    else:
        parent.insert(list(parent).index(element) + 1, mark)
    return mark


def quote_span(raw: str, quote: str, md: Markdown | None) -> tuple[int, int] | None:
    """Where in `raw` (a paragraph's text pieces joined) the quote stands, if it occurs exactly once.

    None too where its highlight would cross a raw HTML tag: the check then names the quote as
    found but not highlighted.
    """
    if md is not None and STX in raw:
        shown, spans, tags = shown_spans(raw, md)
        words = list(RE_WORD.finditer(shown))
        text = " ".join(word.group() for word in words)  # normalise_space(shown), each character placed
        starts = find_quote(text, quote)
        if len(starts) != 1:
            return None
        places = [word.start() + i for word in words for i in range(len(word.group()) + 1)]
        start, end = starts[0], starts[0] + len(normalise_space(quote)) - 1
        first, last = spans[places[start]][0], spans[places[end]][1]
        return None if any(first <= tag_start < last for tag_start, _ in tags) else (first, last)
    text = normalise_space(raw)
    starts = find_quote(text, quote)
    if len(starts) != 1:
        return None
    first = raw_position(raw, text, starts[0])
    return first, raw_position(raw, text, starts[0] + len(normalise_space(quote)) - 1) + 1


def mark_quote(
    paragraph: etree.Element, quote: str, annotation_id: str, md: Markdown | None = None
) -> list[etree.Element]:
    """Highlight the quote if it occurs exactly once in the paragraph; returns the marks made.

    `md`: the converter, whose stash holds what the paragraph's stand-ins show (an entity).
    """
    slots = list(iter_text_slots(paragraph, paragraph))
    texts = [getattr(element, kind) or "" for element, kind, _ in slots]
    if (span := quote_span("".join(texts), quote, md)) is None:
        return []
    first, last = span
    marks, offset = [], 0
    pieces = []
    for slot, piece in zip(slots, texts, strict=True):
        low, high = max(first, offset) - offset, min(last, offset + len(piece)) - offset
        if low < high and piece[low:high].strip():
            pieces.append((slot, low, high))
        offset += len(piece)
    for slot, low, high in reversed(pieces):
        marks.insert(0, wrap_slot(slot, low, high, annotation_id))
    return marks


def top_level_child(paragraph: etree.Element, element: etree.Element) -> etree.Element:
    """The child of the paragraph that contains `element` (links must not nest)."""
    for child in paragraph:
        if child is element or any(node is element for node in child.iter()):
            return child
    return element


def add_reference(paragraph: etree.Element, marks: list[etree.Element], annotation: Annotation) -> None:
    """An empty link after the quote to its annotation (no text: the paragraph's words stay as they are)."""
    anchor = etree.Element("a", {"class": "annotation-ref", "href": f"#{annotation.id}"})
    label = f"{MOTIVATION_LABELS[annotation.motivation]} by {annotation.author}"
    anchor.set("aria-label", label)
    anchor.set("title", label)
    after = top_level_child(paragraph, marks[-1])
    anchor.tail, after.tail = after.tail, None
    paragraph.insert(list(paragraph).index(after) + 1, anchor)


def in_reading_order(paragraph: etree.Element, annotations: list[Annotation]) -> list[Annotation]:
    """The paragraph's annotations in the order of their highlights (a tie, or none found: by date, as given).

    The blocks under a paragraph then come in the order a reader meets the highlights above them.
    """
    first: dict[str, int] = {}
    for position, element in enumerate(paragraph.iter("mark")):
        first.setdefault(element.get("data-annotation", ""), position)
    return sorted(annotations, key=lambda annotation: first.get(annotation.id, len(first)))

