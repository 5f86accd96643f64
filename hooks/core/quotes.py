"""Anchor an annotation in a page: the page, the paragraph, and its quote occurring exactly once."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass
from html.parser import HTMLParser

from hooks.core.annotations import Annotation
from hooks.core.paragraphs import PageInventory, normalise_space
from hooks.core.problems import Problem

CONTEXT_START = 32
CONTEXT_STEP = 32
SKIPPED_HTML = {"script", "style", "template"}


@dataclass(frozen=True)
class QuoteSelector:
    """A W3C TextQuoteSelector: the exact words and enough context to find them once."""

    exact: str
    prefix: str
    suffix: str


def find_quote(text: str, quote: str) -> list[int]:
    """Where the quote starts in the text, both whitespace normalised (overlaps count)."""
    text, quote = normalise_space(text), normalise_space(quote)
    starts, index = [], text.find(quote) if quote else -1
    while index != -1:
        starts.append(index)
        index = text.find(quote, index + 1)
    return starts


def closest_passage(text: str, quote: str) -> str:
    """The run of words in `text` most like the quote, for the contributor to copy."""
    words, wanted = normalise_space(text).split(" "), normalise_space(quote)
    size = max(1, len(wanted.split(" ")))
    best, best_ratio = "", -1.0
    for width in {max(1, size - 1), size, size + 1}:
        for start in range(max(1, len(words) - width + 1)):
            candidate = " ".join(words[start : start + width])
            ratio = difflib.SequenceMatcher(None, wanted, candidate, autojunk=False).ratio()
            if ratio > best_ratio:
                best, best_ratio = candidate, ratio
    return best


def short(text: str, limit: int = 60) -> str:
    """Quote text in a message without flooding the line."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def check_page(annotation: Annotation, pages: Mapping[str, PageInventory | None]) -> list[Problem]:
    """The page must be a page of the site."""
    if annotation.page in pages:
        return []
    close = difflib.get_close_matches(annotation.page, list(pages), n=1)
    example = "write the path inside docs/, e.g. migration-and-transnationalism/opportunities.md"
    hint = f"did you mean {close[0]}?" if close else example
    return [Problem(annotation.path, "target.page", f"no page '{annotation.page}'", hint)]


def check_target(
    annotation: Annotation, pages: Mapping[str, PageInventory | None], highlighted: Mapping[str, int] | None = None
) -> list[Problem]:
    """Page exists, paragraph exists on it, quote occurs there exactly once (and was highlighted)."""
    if problems := check_page(annotation, pages):
        return problems
    inventory = pages[annotation.page] or PageInventory()
    paragraph = inventory.paragraph(annotation.paragraph)
    path, pid = annotation.path, annotation.paragraph
    if paragraph is None:
        message = f"no paragraph '{pid}' on {annotation.page}"
        return [Problem(path, "target.paragraph", message, f"it has {inventory.id_range()}")]
    if inventory.ids.count(annotation.id) > 1:
        hint = "choose an id no heading, paragraph or note of the page uses"
        return [Problem(path, "id", f"'{annotation.id}' is also the id of another element on {annotation.page}", hint)]
    found = len(find_quote(paragraph.text, annotation.quote))
    quote = short(normalise_space(annotation.quote))
    if found == 0:
        hint = f"closest passage: '{closest_passage(paragraph.text, annotation.quote)}'"
        return [Problem(path, "target.quote", f"'{quote}' is not in {pid}", hint)]
    if found > 1:
        hint = "quote more words, so that it occurs once"
        return [Problem(path, "target.quote", f"'{quote}' occurs {found} times in {pid}", hint)]
    if highlighted is not None and highlighted.get(annotation.id) != 1:
        hint = "please report this to the editors"
        return [Problem(path, "target.quote", f"'{quote}' was found in {pid} but could not be highlighted", hint)]
    return []


def check_targets(
    annotations: tuple[Annotation, ...],
    pages: Mapping[str, PageInventory | None],
    highlighted: Mapping[str, int] | None = None,
) -> list[Problem]:
    """Every annotation's target, all problems together."""
    return [problem for annotation in annotations for problem in check_target(annotation, pages, highlighted)]


def select_quote(page_text: str, paragraph_text: str, quote: str) -> QuoteSelector | None:
    """Exact words plus the shortest context (from the paragraph) that makes them unique on the page."""
    paragraph, page = normalise_space(paragraph_text), normalise_space(page_text)
    starts = find_quote(paragraph, quote)
    if len(starts) != 1:
        return None
    start, end = starts[0], starts[0] + len(normalise_space(quote))
    exact, width = paragraph[start:end], CONTEXT_START
    while True:
        prefix, suffix = paragraph[max(0, start - width) : start], paragraph[end : end + width]
        if len(find_quote(page, prefix + exact + suffix)) == 1:
            return QuoteSelector(exact, prefix, suffix)
        if width >= len(paragraph):
            return None
        width += CONTEXT_STEP


class _TextCollector(HTMLParser):
    """Concatenate the text nodes of an HTML fragment, as a browser's textContent would."""

    def __init__(self) -> None:
        """Start with no text."""
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Enter a script or style, whose text is not prose."""
        self.skipping += tag in SKIPPED_HTML

    def handle_endtag(self, tag: str) -> None:
        """Leave a script or style."""
        self.skipping -= tag in SKIPPED_HTML and self.skipping > 0

    def handle_data(self, data: str) -> None:
        """Keep text outside scripts and styles."""
        if not self.skipping:
            self.parts.append(data)


def text_of_html(html: str) -> str:
    """The text of rendered page content, for checking that a quote selector is unique."""
    collector = _TextCollector()
    collector.feed(html)
    collector.close()
    return "".join(collector.parts)
