"""What a source page tells reference managers in its markup: Highwire Press, Dublin Core, Open Graph, COinS.

Zotero's "Embedded Metadata" translator reads the `citation_*` tags: the institution tag makes a
report, the in-book title a book section, `citation_editor` editors, first/last page the pages.
Zotero prefers its COinS translator where a page has a COinS span (a corporate author is one
name there, `rft.aucorp`, not split into first and last names); but COinS has no editors (Zotero
would save a chapter without its book's editors), and from a span without an author Zotero looks
the item up by its ISBN instead (saving the book, not the chapter): a work without an author or
with editors has no span, and Zotero reads the tags.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from hooks.core.bibliography import TYPE_NAMES
from hooks.core.citation_formats import date_parts, keywords, name_text, page_range
from hooks.core.text import quoted

MetaTags = list[tuple[str, str]]
JOURNAL_TYPES = {"article-journal", "article-magazine", "article-newspaper"}
# A language with a region only (`en-GB`, not `zh-Hant-TW`): Open Graph's locales are `en_GB`.
RE_LANGUAGE_AND_REGION = re.compile(r"([A-Za-z]{2,3})[-_]([A-Za-z]{2})")
# The vocabularies the `DC.` and `DCTERMS.` prefixes name, declared by `<link rel="schema.DC">` (DCMI, DC-HTML).
DC_SCHEMAS = {"DC": "http://purl.org/dc/elements/1.1/", "DCTERMS": "http://purl.org/dc/terms/"}


@dataclass(frozen=True)
class WorkMetadata:
    """What every page of a source tells reference managers alike, made once per source instead of per page."""

    highwire: tuple[tuple[str, str], ...]  # the `citation_*` tags but the page's URL
    coins: str  # the COinS ContextObject, URL-encoded, but the page's `rft_id`; "" for no span


def work_metadata(item: Mapping[str, Any]) -> WorkMetadata:
    """The source's shared tags and COinS fields, from its CSL-JSON item."""
    return WorkMetadata(tuple(work_highwire_tags(item)), urlencode(work_coins_fields(item)))


def publication_date(item: Mapping[str, Any]) -> str:
    """The issue date as Highwire wants it: `2010` or `2010/03/09`."""
    return "/".join([str(part) if i == 0 else f"{part:02d}" for i, part in enumerate(date_parts(item))])


def highwire_tags(work: WorkMetadata, page_url: str) -> MetaTags:
    """The `citation_*` tags of a source page: its source's, then its own URL."""
    return [*work.highwire, ("citation_public_url", page_url)]


def work_highwire_tags(item: Mapping[str, Any]) -> MetaTags:
    """The `citation_*` tags that every page of a source carries."""
    kind = item.get("type")
    tags: MetaTags = [("citation_title", item["title"])]
    tags += [("citation_author", name_text(name)) for name in item.get("author", [])]
    tags += [("citation_editor", name_text(name)) for name in item.get("editor", [])]
    if publication_date(item):
        tags.append(("citation_publication_date", publication_date(item)))
    if kind == "report" and item.get("publisher"):
        tags.append(("citation_technical_report_institution", item["publisher"]))
    if kind == "report" and item.get("number"):
        tags.append(("citation_technical_report_number", str(item["number"])))
    if kind == "chapter" and item.get("container-title"):
        tags.append(("citation_inbook_title", item["container-title"]))
    if kind in JOURNAL_TYPES and item.get("container-title"):
        tags.append(("citation_journal_title", item["container-title"]))
    optional = (
        ("publisher", "citation_publisher"),
        ("collection-title", "citation_series_title"),
        ("volume", "citation_volume"),
        ("issue", "citation_issue"),
        ("ISBN", "citation_isbn"),
        ("ISSN", "citation_issn"),
        ("DOI", "citation_doi"),
        ("language", "citation_language"),
    )
    tags += [(name, str(item[field])) for field, name in optional if item.get(field)]
    if item.get("page"):
        first, last = page_range(item)
        tags += [("citation_firstpage", first), ("citation_lastpage", last)]
    tags += [("citation_keywords", word) for word in keywords(item)]
    return tags


def dublin_core_tags(item: Mapping[str, Any], page_url: str, page_title: str) -> MetaTags:
    """Dublin Core (`DC.*`) tags: the work, with the page as its identifier."""
    tags: MetaTags = [("DC.title", item["title"])]
    tags += [("DC.creator", name_text(name)) for name in item.get("author", [])]
    tags += [("DC.contributor", name_text(name)) for name in item.get("editor", [])]
    if item.get("publisher"):
        tags.append(("DC.publisher", item["publisher"]))
    if date_parts(item):
        tags.append(("DC.date", "-".join(f"{part:02d}" if i else str(part) for i, part in enumerate(date_parts(item)))))
    if item.get("container-title"):
        tags.append(("DCTERMS.isPartOf", item["container-title"]))
    if page_title != item["title"]:
        tags.append(("DC.description", f"{page_title}, a section of {quoted(item['title'])}"))
    tags += [("DC.type", "Text"), ("DC.format", "text/html"), ("DC.identifier", page_url)]
    if item.get("language"):
        tags.append(("DC.language", str(item["language"])))
    return tags


def open_graph_tags(item: Mapping[str, Any], page_url: str, page_title: str, site_name: str) -> MetaTags:
    """Open Graph (`og:*`) properties, for link previews."""
    title = item["title"] if page_title == item["title"] else f"{page_title} — {item['title']}"
    tags: MetaTags = [("og:type", "article"), ("og:title", title), ("og:url", page_url), ("og:site_name", site_name)]
    tags.append(("og:description", f"{describe_work(item)}, in an annotated edition with citable paragraphs."))
    if locale := RE_LANGUAGE_AND_REGION.fullmatch(str(item.get("language", ""))):
        tags.append(("og:locale", f"{locale[1].lower()}_{locale[2].upper()}"))  # `en_GB`; a bare `en` is left out
    return tags


def schema_links(tags: MetaTags) -> list[tuple[str, str]]:
    """The `<link rel="schema.DC" href="…">` declarations the page's Dublin Core tags need, as (rel, href)."""
    return [
        (f"schema.{prefix}", href)
        for prefix, href in DC_SCHEMAS.items()
        if any(name.startswith(f"{prefix}.") for name, _ in tags)
    ]


def page_description(item: Mapping[str, Any], page_title: str) -> str:
    """The page's `<meta name="description">`, the snippet search results show: which text, which section."""
    work = f"{quoted(item['title'])} ({describe_work(item)})"
    lead = work if page_title == item["title"] else f"{page_title}, a section of {work}"
    return f"{lead}, in an annotated edition with citable paragraphs."


def describe_work(item: Mapping[str, Any]) -> str:
    """A one-line description of the work for previews: `Report, International Organization for Migration, 2010`."""
    where = ("container-title", "publisher") if item.get("type") in JOURNAL_TYPES else ("publisher", "container-title")
    parts = [TYPE_NAMES.get(item.get("type", ""), "Text"), next((item[key] for key in where if item.get(key)), "")]
    parts.append(str(date_parts(item)[0]) if date_parts(item) else "")
    return ", ".join(part for part in parts if part)


def coins_title(work: WorkMetadata, page_url: str) -> str:
    """The OpenURL ContextObject of a COinS span (`<span class="Z3988" title="…">`), read from the body; "" for none."""
    return f"{work.coins}&{urlencode([('rft_id', page_url)])}" if work.coins else ""


def work_coins_fields(item: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The ContextObject's fields of a source, but the page's URL (`rft_id`, the last field).

    Empty (no span) for a work without an author or with editors (see the module's docstring). A
    journal article in OpenURL's journal format, anything else in its book format.
    """
    if not item.get("author") or item.get("editor"):
        return []
    kind = item.get("type")
    journal = kind in JOURNAL_TYPES
    fields: list[tuple[str, str]] = [("ctx_ver", "Z39.88-2004")]
    fields.append(("rft_val_fmt", f"info:ofi/fmt:kev:mtx:{'journal' if journal else 'book'}"))
    genre = "article" if journal else {"report": "report", "chapter": "bookitem"}.get(kind or "", "book")
    fields.append(("rft.genre", genre))
    if journal:
        fields += [("rft.atitle", item["title"])]
        fields += [("rft.jtitle", item["container-title"])] if item.get("container-title") else []
    elif kind == "chapter":
        fields += [("rft.atitle", item["title"]), ("rft.btitle", item.get("container-title", ""))]
    else:
        fields.append(("rft.btitle", item["title"]))
    for name in item.get("author", []):
        fields.append(("rft.aucorp", name["literal"]) if name.get("literal") else ("rft.au", name_text(name)))
    optional = (
        ("publisher", "rft.pub"),
        ("publisher-place", "rft.place"),
        ("volume", "rft.volume"),
        ("issue", "rft.issue"),
        ("ISBN", "rft.isbn"),
        ("ISSN", "rft.issn"),
    )
    fields += [(key, str(item[field])) for field, key in optional if item.get(field)]
    if date_parts(item):
        fields.append(("rft.date", str(date_parts(item)[0])))
    if item.get("page"):
        first, last = page_range(item)
        fields += [("rft.spage", first), ("rft.epage", last)]
    return fields
