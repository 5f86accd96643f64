"""An annotation's quote highlighted in its paragraph, on any Python-Markdown element tree.

The quote is found in the paragraph's text as the reader sees it, even where it crosses inline
elements (the restored hyphen's `<ins>`, a footnote reference): each text piece inside the quote
is wrapped in `<mark>`, and an empty link after the last one leads to the annotation. Several
quotes on one paragraph are marked, linked and shown in one order, `in_reading_order`. Used by
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
from hooks.mdx.tree_text import shown_spans

RE_WORD = re.compile(r"\S+")
Slot = tuple[etree.Element, str, etree.Element]  # (element, "text" | "tail", parent)
Span = tuple[int, int]  # where a highlight begins and ends in a paragraph's text pieces joined


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


def quote_span(raw: str, quote: str, md: Markdown | None) -> Span | None:
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


def joined_text(paragraph: etree.Element) -> str:
    """The paragraph's text pieces joined: marks and reference links leave it unchanged, so spans stay valid."""
    return "".join(getattr(element, kind) or "" for element, kind, _ in iter_text_slots(paragraph, paragraph))


def mark_span(paragraph: etree.Element, span: Span, annotation_id: str) -> list[etree.Element]:
    """Highlight a quote found by `quote_span`: each text piece inside the span in a `<mark>`; returns the marks."""
    first, last = span
    marks, offset = [], 0
    pieces = []
    for slot in iter_text_slots(paragraph, paragraph):
        piece = getattr(slot[0], slot[1]) or ""
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


def add_reference(
    paragraph: etree.Element,
    marks: list[etree.Element],
    annotation: Annotation,
    previous: etree.Element | None = None,
    number: int = 1,
) -> etree.Element:
    """An empty link after the quote to its annotation (no text: the paragraph's words stay as they are).

    It also follows `previous`, the link of the annotation before it in `in_reading_order`: links
    on the same words then come in that order, and a highlight inside another (whose mark nests in
    the outer one's) has its link after the outer one's, so the n-th link leads to the n-th block.
    Returns the link, to be the next one's `previous`.

    Its name says what it is and where it leads, "Annotation 2 on paragraph 3" (`number`: its block's
    place under the paragraph); its title, Material's tooltip and so its description, who wrote it and
    why. One text as both was said twice by a screen reader.
    """
    where = paragraph.get("id", "").removeprefix("p")
    anchor = etree.Element("a", {"class": "annotation-ref", "href": f"#{annotation.id}"})
    anchor.set("aria-label", f"Annotation {number} on paragraph {where}")
    anchor.set("title", f"{MOTIVATION_LABELS[annotation.motivation]} by {annotation.author}")
    after = top_level_child(paragraph, marks[-1])
    children = list(paragraph)
    if previous is not None and children.index(previous) > children.index(after):
        after = previous
    anchor.tail, after.tail = after.tail, None
    paragraph.insert(children.index(after) + 1, anchor)
    return anchor


def in_reading_order(
    paragraph: etree.Element, annotations: list[Annotation], md: Markdown | None = None
) -> list[tuple[Annotation, Span | None]]:
    """The paragraph's annotations in the order a reader meets their highlights, each with its span.

    By where the highlight begins; from the same place, the longer first, as it encloses the
    other (marked first, it stays one highlight with the shorter nested inside); then by date and
    id (`sort_key`). Quotes not highlighted (span None) come last, by date. Marks, reference links
    and blocks all follow this order, so a paragraph's links and the blocks below it agree.
    """
    text = joined_text(paragraph)
    placed = [(annotation, quote_span(text, annotation.quote, md)) for annotation in annotations]
    return sorted(placed, key=reading_place)


def reading_place(placed: tuple[Annotation, Span | None]) -> tuple[bool, int, int, str, str]:
    """The sort key of `in_reading_order`: highlighted first, then start, longer first, date, id."""
    annotation, span = placed
    first, last = span or (0, 0)
    return (span is None, first, -last, *annotation.sort_key)
