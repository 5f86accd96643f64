"""A source's bibliography (CSL-JSON fields in its index.md front matter), shown as a record.

What the record shows and how: its fields' labels and order, names, dates and types in words.
Checking the fields is `bibliography_checks.py`'s; which fields are dates, names and words,
`csl_fields.py`'s; the marker line asking for the record, `record_marker.py`'s; which page is a
source's landing page, `landing_pages.py`'s.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from hooks.core.csl_dates import format_csl_date
from hooks.core.csl_fields import DATE_FIELDS, NAME_FIELDS
from hooks.core.languages import language_name
from hooks.core.text import DOI_PATTERN, URL_PATTERN, escape_text

RE_WEB_ADDRESS = re.compile(URL_PATTERN)  # the schema's pattern for `URL`: an http(s) address, linked
RE_DOI = re.compile(DOI_PATTERN)  # the schema's pattern for `DOI`: linked at the DOI resolver
DOI_RESOLVER = "https://doi.org/"
# What a DOI keeps as written in its address; every other character is percent-encoded, as the DOI Handbook asks
# (a `#` or `?` of the DOI would end the path, `<` and `%` are no address's), and the resolver decodes them.
DOI_SAFE = "/:;()"
CITING_PAGE = "about/citing.md"  # in docs/: what readers get from the record (how it is written: source-records.md)
# The record's first line: on the chapter's page it follows the publisher's details, whose fields it repeats.
RECORD_INTRO = "The edition's normalised record of the work, from which its citations and downloads are made"
LABELS = {
    "type": "Type",
    "genre": "Genre",
    "title": "Title",
    "author": "Author",
    "editor": "Editor",
    "container-title": "In",
    "collection-title": "Series",
    "event-title": "Event",
    "event-place": "Event place",
    "event-date": "Event date",
    "publisher": "Publisher",
    "publisher-place": "Place",
    "issued": "Issued",
    "original-date": "Original date",
    "submitted": "Submitted",
    "available-date": "Available",
    "volume": "Volume",
    "issue": "Issue",
    "page": "Pages",
    "ISBN": "ISBN",
    "ISSN": "ISSN",
    "DOI": "DOI",
    "accessed": "Accessed",
    "keyword": "Keywords",
    "language": "Language",
}
# Every other field is shown after those, under the name here or else its CSL name as words
# (`number-of-volumes`: *Number of volumes*).
OTHER_LABELS = {
    "container-author": "Author of the whole work",
    "collection-editor": "Series editor",
    "collection-number": "Number in the series",
    "editor-translator": "Editor and translator",
    "annote": "Note on the work",
    "archive_location": "Place in the archive",
    "archive-place": "Place of the archive",
    "original-publisher-place": "Place of original publication",
    "reviewed-author": "Author of the reviewed work",
    "reviewed-genre": "Genre of the reviewed work",
    "reviewed-title": "Title of the reviewed work",
    "part-title": "Title of the part",
    "organizer": "Organiser",
}
# Line breaks and the spaces around them; not a thin or no-break space (`30 March\u2009–\u20092 April`).
RE_LINE_BREAK = re.compile(r"[ \t]*[\r\n]+[ \t]*")
# How a line starts a block of its own in Python-Markdown, which an item of `unknown:` would open inside
# its list item: a list (`- x`, `+ x`, `* x`, `2010. x`), a heading (`#x`), a quote (`> x`); and with the
# site's extensions, a definition the page takes out of the text (a link's `[x]: y`, a footnote's
# `[^1]: y`, an abbreviation's `*[ILO]: y`, which marks every ILO of the page), an admonition (`!!! x`)
# or a details block (`??? x`).
RE_BLOCK_START = re.compile(r"[-+*](?=\s|$)|#|>|[0-9]+(?=\.(?:\s|$))|\*?\[[^\]]*\]:|!!!|\?\?\?")
# CSL's bookkeeping and its processors' working fields, not the work's description: left out.
UNSHOWN_FIELDS = frozenset(
    ("id", "citation-key", "citation-label", "citation-number", "custom", "first-reference-note-number", "locator")
    + ("year-suffix",)
)
# A short or older form, left out beside the field the record gives whole (`event`: `event-title`'s old name).
SHORT_FORMS = {
    "title-short": "title",
    "container-title-short": "container-title",
    "volume-title-short": "volume-title",
    "page-first": "page",
    "event": "event-title",
}
TYPE_NAMES = {
    "report": "Report",
    "chapter": "Book chapter",
    "book": "Book",
    "article-journal": "Journal article",
    "article-magazine": "Magazine article",
    "article-newspaper": "Newspaper article",
    "paper-conference": "Conference paper",
    "thesis": "Thesis",
    "webpage": "Web page",
}


def format_names(names: list[Mapping[str, str]]) -> str:
    """CSL name objects as `Jan van der Berg Jr.` (particles and suffix kept) or the literal name."""
    return "; ".join(name.get("literal") or display_name(name) for name in names)


def display_name(name: Mapping[str, str]) -> str:
    """A personal name in reading order, every part CSL gives it (`Jean d'Alembert`: a particle's apostrophe joins)."""
    first = " ".join(name[part] for part in ("given", "dropping-particle") if name.get(part))
    return " ".join(part for part in (first, family_part(name), name.get("suffix")) if part)


def family_part(name: Mapping[str, str]) -> str:
    """The family name with its non-dropping particle: `van der Berg`; `d'Alembert`, `al-Sayed` joined."""
    particle, family = name.get("non-dropping-particle") or "", name.get("family") or ""
    joiner = "" if particle.endswith(("'", "’", "-")) or not (particle and family) else " "
    return f"{particle}{joiner}{family}"


def format_value(field: str, value: Any) -> str:
    """One CSL field as reader-facing text."""
    if field in NAME_FIELDS or is_name_list(value):
        return format_names(value)
    if field in DATE_FIELDS:
        return format_csl_date(value)
    if field == "type":
        return TYPE_NAMES.get(value, value)
    if field == "page":
        return str(value).replace("-", "–")
    if field == "language":
        return language_name(str(value)) or str(value)
    if isinstance(value, list):  # `categories`: one text each
        return "; ".join(str(item) for item in value)
    return str(value)


def is_name_list(value: Any) -> bool:
    """A CSL name variable's value (a list of name objects): `chair`, `compiler` and the others the labels lack."""
    return isinstance(value, list) and bool(value) and all(isinstance(item, Mapping) for item in value)


def field_label(field: str, value: Any) -> str:
    """The record's name for a field, plural for several names (*Editors*, *Authors of the whole work*)."""
    label = LABELS.get(field) or OTHER_LABELS.get(field) or field.replace("_", " ").replace("-", " ")
    label = label if label.isupper() else label[:1].upper() + label[1:]
    if is_name_list(value) and len(value) > 1:  # each noun before any "of": *Editors and translators*
        head, of, rest = label.partition(" of ")
        return " and ".join(f"{noun}s" for noun in head.split(" and ")) + of + rest
    return label


def shown_fields(csl: Mapping[str, Any]) -> list[str]:
    """The fields the record shows: the labelled ones in the record's order, then the rest as written."""
    labelled = [field for field in LABELS if field in csl]
    hidden = UNSHOWN_FIELDS | {short for short, whole in SHORT_FORMS.items() if whole in csl}
    return labelled + [field for field in csl if field not in LABELS and field not in hidden]


def citing_link(page: str, site_has_it: bool) -> str | None:
    """The Citing page's section on the record, relative to `page` (a docs path); None on a site without it."""
    if not site_has_it:
        return None
    return posixpath.relpath(CITING_PAGE, posixpath.dirname(page) or ".") + "#formats"


def unknown_item(text: str) -> str:
    """An item of `unknown:` as one line of the record's list that starts no block of its own.

    `- page numbers` would be a list in the item, `2010. reprint` a numbered one without its year,
    `# of pages` a heading, `[Vol]: unknown` a link's definition the page takes out of the text: the
    mark that would start it is escaped, and shown as written; the editors' other Markdown (`*Title*`) stays.
    """
    line = " ".join(text.split())
    if not (start := RE_BLOCK_START.match(line)):
        return line
    if start.group()[0].isdigit():  # the full stop after the number is what numbers the list
        return f"{start.group()}\\{line[start.end() :]}"
    if line.startswith("?"):  # Markdown has no escape for '?': its character reference shows it as written
        return f"&#63;{line[1:]}"
    return f"\\{line}"


def as_references(text: str) -> str:
    """Text that no Markdown reads (`_`, `*`, `[1](2)`, `&lt`) and HTML shows as written, in an attribute too.

    Every character but an ASCII letter or digit is a character reference: Markdown's patterns find
    nothing to read, the browser reads each reference as the character written.
    """
    return "".join(char if char.isascii() and char.isalnum() else f"&#{ord(char)};" for char in text)


def web_link(url: str) -> str:
    """A source's address as a link a reader follows, which no Markdown in it changes, in its text or `href`.

    Only an http(s) address is given (the schema's pattern; `render_record` checks it again).
    """
    return f'<a href="{as_references(url)}">{as_references(url)}</a>'


def doi_link(doi: str) -> str:
    """A DOI as a link to https://doi.org/ and the DOI, percent-encoded; its text the DOI as written.

    Only a DOI is given (the schema's pattern; `render_record` checks it again): `doi:10.…` or an
    address would lead nowhere from the resolver.
    """
    return f'<a href="{as_references(DOI_RESOLVER + quote(doi, safe=DOI_SAFE))}">{as_references(doi)}</a>'


def shown_value(field: str, text: str) -> str:
    """A field's text as the record shows it: `URL` and `DOI` as links when they are one, any other as written."""
    if field == "URL" and RE_WEB_ADDRESS.match(text):
        return web_link(text)
    if field == "DOI" and RE_DOI.match(text):
        return doi_link(text)
    return escape_text(text)


def render_record(csl: Mapping[str, Any], unknown: list[str], *, citing: str | None) -> str:
    """The record as Markdown: a line saying what it is, a definition list of known fields, then what is unknown.

    A field is CSL-JSON, plain text, and shown as written; what is unknown is the editors' prose,
    Markdown as the page around it (a title in italics: `*Title*`). `citing` links the Citing page,
    relative to the page (None: no link). The block (`md_in_html`) gives the style sheet its class
    and keeps the line out of the text's numbered paragraphs.
    """
    intro = f"{RECORD_INTRO} ([Citing the edition]({citing}))." if citing else f"{RECORD_INTRO}."
    lines = ['<div class="bibliographic-record" markdown>', "", intro, ""]
    for field in shown_fields(csl):
        value = RE_LINE_BREAK.sub(" ", format_value(field, csl[field]))  # a blank line in a `note` would end the field
        lines += [field_label(field, csl[field]), f":   {shown_value(field, value)}", ""]
    if unknown:
        items = "\n    ".join(f"- {unknown_item(item)}" for item in unknown)
        lines += ["Not known to the edition", f":   {items}", ""]
    return "\n".join([*lines, "</div>"])
