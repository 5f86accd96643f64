"""Formatted citations (APA 7, Chicago author-date) made by citeproc-py with the official CSL styles.

Nothing here formats a citation by hand: the styles in `hooks/core/csl/` decide every comma. A
paragraph is cited with the CSL locator `paragraph` (the styles print `para. 7`) and its section
as the cite's suffix; the reference-list entry names the work and the page's address.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, Locator, formatter
from citeproc.source.json import CiteProcJSON

CSL_DIR = Path(__file__).parent / "csl"
STYLES = (("apa", "APA 7th edition"), ("chicago-author-date", "Chicago author-date (18th edition)"))
# The workshop the paper was written for is part of its record, but citeproc-py 0.11 renders CSL
# event date ranges wrongly ("9,–10, March 2010") and does not know `event-title`: leave them out.
CITEPROC_OMIT = ("event-title", "event-place", "event-date")
RE_TAG = re.compile(r"<[^>]+>")
PLACEHOLDER = 987654321


@dataclass(frozen=True)
class StyleCitations:
    """One style's citations of a page: its reference entry, the page's in-text cite, each paragraph's."""

    style: str
    name: str
    reference_html: str
    reference_text: str
    in_text: str
    paragraphs: dict[int, str] = field(default_factory=dict)


@cache
def load_style(style: str) -> CitationStylesStyle:
    """Parse a vendored CSL style once per process (parsing is the slow part)."""
    return CitationStylesStyle(str(CSL_DIR / f"{style}.csl"), validate=False)


def citeproc_item(item: Mapping[str, Any], url: str) -> dict[str, Any]:
    """The CSL item citeproc-py reads: a lower-case id (it requires that) and the cited URL."""
    data = {key: value for key, value in item.items() if key not in CITEPROC_OMIT}
    return {**data, "id": str(item.get("id", "item")).lower(), "URL": url}


def cite(style: str, item: Mapping[str, Any], paragraph: int | None = None, section: str | None = None) -> str:
    """The in-text citation, with `para. N` and the section when given."""
    options: dict[str, Any] = {}
    if paragraph is not None:
        options["locator"] = Locator("paragraph", str(paragraph))
    if section:
        options["suffix"] = f", {section}"
    bibliography = CitationStylesBibliography(load_style(style), CiteProcJSON([item]), formatter.plain)
    citation = Citation([CitationItem(item["id"], **options)])
    bibliography.register(citation)
    return str(bibliography.cite(citation, lambda _item: None))


def reference(style: str, item: Mapping[str, Any]) -> str:
    """The reference-list entry as HTML (citeproc escapes the text; titles come in `<i>`)."""
    bibliography = CitationStylesBibliography(load_style(style), CiteProcJSON([item]), formatter.html)
    bibliography.register(Citation([CitationItem(item["id"])]))
    return str(bibliography.bibliography()[0])


def html_to_text(markup: str) -> str:
    """Plain text of citeproc's HTML, for copying into a word processor that drops formatting."""
    return html.unescape(RE_TAG.sub("", markup))


def paragraph_citations(
    style: str, item: Mapping[str, Any], numbers: Iterable[int], section: str | None
) -> dict[int, str]:
    """The in-text citation of each paragraph, running the style once per page.

    The style is run with a numeric placeholder as the locator, so it takes the same branches as for
    a real paragraph number (`is-numeric`), and the number then takes the placeholder's place. A
    style that changed the placeholder (none of ours does) is run once per paragraph instead.
    """
    numbers = list(numbers)
    template = cite(style, item, PLACEHOLDER, section)
    if template.count(str(PLACEHOLDER)) != 1:
        return {number: cite(style, item, number, section) for number in numbers}
    return {number: template.replace(str(PLACEHOLDER), str(number)) for number in numbers}


def page_citations(
    item: Mapping[str, Any], url: str, section: str | None, paragraphs: Iterable[int] = ()
) -> list[StyleCitations]:
    """Every style's citations of the page at `url` (`section` is its title, None for the work itself)."""
    data = citeproc_item(item, url)
    numbers = list(paragraphs)
    results = []
    for style, name in STYLES:
        entry = reference(style, data)
        in_text = cite(style, data, section=section)
        by_paragraph = paragraph_citations(style, data, numbers, section)
        results.append(StyleCitations(style, name, entry, html_to_text(entry), in_text, by_paragraph))
    return results
