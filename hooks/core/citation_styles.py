"""Formatted citations (APA 7, Chicago author-date) made by citeproc-py with the official CSL styles.

Nothing here formats a citation by hand: the styles in `hooks/core/csl/` decide every comma. A
paragraph is cited with the CSL locator `paragraph` (the styles print `para. 7`) and its section
as the cite's suffix, which APA 7 wants before the paragraph (`section_first` moves it there); the
reference-list entry names the work and the page's address.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, Locator, formatter
from citeproc.source.json import CiteProcJSON
from lxml import etree as lxml_etree

from hooks.core import citeproc_cache, citeproc_fixes
from hooks.core.paragraphs import Paragraph

CSL_DIR = Path(__file__).parent / "csl"
STYLES = (("apa", "APA 7th edition"), ("chicago-author-date", "Chicago author-date (18th edition)"))
# The workshop the paper was written for is part of its record, but citeproc-py 0.11 renders CSL
# event date ranges wrongly ("9,–10, March 2010") and does not know `event-title`: leave them out.
CITEPROC_OMIT = ("event-title", "event-place", "event-date")
PLACEHOLDER = 987654321
# Stand-ins for what differs between the pages of one source: the style runs once per source with
# these, and each page's URL and section replace them (see `templates`).
URL_PLACEHOLDER = "https://placeholder.invalid/urlqzxqzx/"
SECTION_PLACEHOLDER = "Sectionqzxqzx"
# Styles whose paragraph cite names the section before the paragraph, which CSL cannot say (`section_first`).
SECTION_BEFORE_PARAGRAPH = {"apa"}
# Styles that leave out a publisher who is the author (APA 7 § 9.24), which CSL cannot compare.
PUBLISHER_NOT_REPEATED = {"apa"}
Templates = tuple[str, str, str]
# (style, source id) -> the item they were made from (without its URL) and its templates (None: not usable)
TEMPLATES: dict[tuple[str, str], tuple[dict[str, Any], Templates | None]] = {}


@dataclass(frozen=True)
class StyleCitations:
    """One style's citations of a page: its reference entry and the page's in-text cite."""

    style: str
    name: str
    reference_html: str
    reference_text: str
    in_text: str


@cache
def load_style(style: str) -> CitationStylesStyle:
    """Parse a vendored CSL style once per process; citeproc-py then looks things up in it once (`citeproc_cache`)."""
    parsed = CitationStylesStyle(str(CSL_DIR / f"{style}.csl"), validate=False)
    citeproc_cache.index_macros(parsed.root)
    citeproc_cache.install()
    citeproc_fixes.install()
    return parsed  # kept alive by the cache, so its root's id is not reused


def citeproc_item(item: Mapping[str, Any], url: str) -> dict[str, Any]:
    """The CSL item citeproc-py reads: a lower-case id (it requires that) and the cited URL."""
    data = {key: value for key, value in item.items() if key not in CITEPROC_OMIT}
    return {**data, "id": str(item.get("id", "item")).lower(), "URL": url}


def cite(style: str, item: Mapping[str, Any], paragraph: int | None = None, section: str | None = None) -> str:
    """The in-text citation, with `para. N` and the section when given (in APA's order for APA)."""
    if paragraph is None or not section or style not in SECTION_BEFORE_PARAGRAPH:
        return run_cite(style, item, paragraph, section)
    marked = section_first(run_cite(style, item, PLACEHOLDER, SECTION_PLACEHOLDER))
    if marked is None:
        return run_cite(style, item, paragraph, section)
    return marked.replace(str(PLACEHOLDER), str(paragraph)).replace(SECTION_PLACEHOLDER, section)


def section_first(text: str) -> str | None:
    """A cite made with the stand-ins, its section moved before the paragraph's label; None if it cannot be.

    CSL 1.0 has one locator per cite and prints a cite's suffix after it, so the styles can only
    write `para. 7, Opportunities section`; APA 7 names the section first (§ 8.28: "Discussion
    section, para. 1"). The label is the text after the last ", " before the number (`para. `).
    """
    suffix, number = f", {SECTION_PLACEHOLDER}", str(PLACEHOLDER)
    if text.count(suffix) != 1 or text.count(number) != 1:
        return None
    without = text.replace(suffix, "")
    label = without.rfind(", ", 0, without.index(number))
    if label == -1:
        return None
    return f"{without[: label + 2]}{SECTION_PLACEHOLDER}, {without[label + 2 :]}"


def run_cite(style: str, item: Mapping[str, Any], paragraph: int | None, section: str | None) -> str:
    """The in-text citation as the style makes it: `para. N` from the locator, then the section as the suffix."""
    options: dict[str, Any] = {}
    if paragraph is not None:
        options["locator"] = Locator("paragraph", str(paragraph))
    if section:
        options["suffix"] = f", {section}"
    parsed = load_style(style)
    bibliography = CitationStylesBibliography(parsed, CiteProcJSON([item]), formatter.plain)
    citation = Citation([CitationItem(item["id"], **options)])
    bibliography.register(citation)
    return citeproc_fixes.punctuation_in_quote(parsed, str(bibliography.cite(citation, lambda _item: None)))


def reference(style: str, item: Mapping[str, Any]) -> str:
    """The reference-list entry as HTML: titles come in `<i>`, the text escaped here (citeproc-py does not)."""
    parsed = load_style(style)
    bibliography = CitationStylesBibliography(parsed, CiteProcJSON([escaped(item)]), formatter.html)
    bibliography.register(Citation([CitationItem(item["id"])]))
    return citeproc_fixes.punctuation_in_quote(parsed, str(bibliography.bibliography()[0]))


def escaped(value: Any) -> Any:
    """A CSL item with every text in it escaped for HTML (`&`, `<`, `>`; quotes stay as written)."""
    if isinstance(value, str):
        return html.escape(value, quote=False)
    if isinstance(value, Mapping):
        return {key: escaped(item) for key, item in value.items()}
    if isinstance(value, list):
        return [escaped(item) for item in value]
    return value


@lru_cache(maxsize=1024)
def html_to_text(markup: str) -> str:
    """Plain text of citeproc's HTML, for copying into a word processor that drops formatting."""
    root = lxml_etree.HTML(f"<p>{markup}</p>") if markup else None  # lxml's libxml2 parser: citeproc loaded it
    return "".join(root.itertext()) if root is not None else ""


def clear_templates() -> None:
    """Forget the formatted templates (once per build: `mkdocs serve` keeps this module)."""
    TEMPLATES.clear()


def templates(style: str, item: Mapping[str, Any]) -> Templates | None:
    """A source's reference (HTML), in-text cite and paragraph cite, with stand-ins; run once per build.

    Every page of a source differs only in its URL and section, so the style runs once per
    (style, source) with stand-ins, and `fill` puts each page's values in. citeproc-py appends a
    cite's suffix as given, so the cite without a section is the same text without `, <section>`.
    They are kept by source id with the item they were made from, so a page asks with a dict
    comparison, not a serialisation of the item. None when a style changed or repeated a stand-in
    (then the caller runs the style itself).
    """
    work = {key: value for key, value in item.items() if key != "URL"}
    key = (style, str(item.get("id")))
    known = TEMPLATES.get(key)
    if known is None or known[0] != work:
        known = TEMPLATES[key] = (work, make_templates(style, item))
    return known[1]


def make_templates(style: str, item: Mapping[str, Any]) -> Templates | None:
    """Run the style on a source with the stand-ins; None when it changed or repeated one of them."""
    data = {**item, "URL": URL_PLACEHOLDER}
    entry = reference(style, data)
    in_text = cite(style, data, None, SECTION_PLACEHOLDER)
    paragraph = cite(style, data, PLACEHOLDER, SECTION_PLACEHOLDER)
    if (
        entry.count(URL_PLACEHOLDER) != 1
        or SECTION_PLACEHOLDER in entry
        or any(URL_PLACEHOLDER in text or text.count(SECTION_PLACEHOLDER) != 1 for text in (in_text, paragraph))
        or any(text.count(f", {SECTION_PLACEHOLDER}") != 1 for text in (in_text, paragraph))
        or paragraph.count(str(PLACEHOLDER)) != 1
    ):
        return None
    return entry, in_text, paragraph


def fill(template: str, section: str | None, url: str | None = None) -> str:
    """A template with the page's section and URL put in as given (a reference's URL escaped, as `reference` does)."""
    text = template.replace(f", {SECTION_PLACEHOLDER}", f", {section}" if section else "")
    return text if url is None else text.replace(URL_PLACEHOLDER, url)


def paragraph_citations(
    style: str, item: Mapping[str, Any], numbers: Iterable[int], section: str | None
) -> dict[int, str]:
    """The in-text citation of each paragraph, from the source's template (the style runs once per build).

    The style is run with a numeric placeholder as the locator, so it takes the same branches as for
    a real paragraph number (`is-numeric`), and the number then takes the placeholder's place. A
    style that changed a placeholder (none of ours does) is run once per paragraph instead.
    """
    numbers = list(numbers)
    found = templates(style, item) if numbers else None
    if found is None:
        return {number: cite(style, item, number, section) for number in numbers}
    # The section goes into each side of the number once: the stand-in is letters, never across digits.
    before, after = (fill(part, section) for part in found[2].split(str(PLACEHOLDER)))
    return {number: f"{before}{number}{after}" for number in numbers}


def style_citations(style: str, name: str, data: Mapping[str, Any], section: str | None) -> StyleCitations:
    """One style's reference and page cite for the page whose URL `data` carries."""
    found = templates(style, data)
    if found is None:
        entry, in_text = reference(style, data), cite(style, data, section=section)
        return StyleCitations(style, name, entry, html_to_text(entry), in_text)
    entry, in_text = fill(found[0], None, html.escape(data["URL"], quote=False)), fill(found[1], section)
    text = fill(html_to_text(found[0]), None, data["URL"])  # the template's text, parsed once per source
    return StyleCitations(style, name, entry, text, in_text)


def page_citations(item: Mapping[str, Any], url: str, section: str | None) -> list[StyleCitations]:
    """Every style's citations of the page at `url` (`section` is its title, None for the work itself)."""
    data = citeproc_item(item, url)
    return [style_citations(style, name, style_item(style, data), section) for style, name in STYLES]


def style_item(style: str, item: Mapping[str, Any]) -> Mapping[str, Any]:
    """The item as a style should see it: without its publisher where the style names an author-publisher once.

    APA 7 leaves out a publisher who is also the author ("International Organization for Migration.
    (2010). … [Background paper]. https://…", not "… [Background paper]. International Organization
    for Migration. https://…"); a CSL style cannot compare two variables, so the item goes without.
    """
    publisher = item.get("publisher")
    authors = {author.get("literal") for author in item.get("author") or () if isinstance(author, Mapping)}
    if style not in PUBLISHER_NOT_REPEATED or not publisher or publisher not in authors:
        return item
    return {key: value for key, value in item.items() if key not in ("publisher", "publisher-place")}


def paragraph_sections(paragraphs: Iterable[Paragraph], page_section: str | None) -> dict[str | None, list[int]]:
    """The paragraphs' numbers by the section their citation names.

    A section's page names itself; a work's own page (the chapter's abstract) names the heading
    above each paragraph, so that its ¶ 1 is not taken for the first paragraph of the work.
    """
    sections: dict[str | None, list[int]] = {}
    for paragraph in paragraphs:
        section = page_section or (f"{paragraph.section} section" if paragraph.section else None)
        sections.setdefault(section, []).append(paragraph.number)
    return sections
