"""A source's bibliography (CSL-JSON fields in its index.md front matter), shown as a record."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import Any

from citeproc import types as csl_types

from hooks.core.problems import Problem
from hooks.core.text import escape_markdown

RECORD_MARKER = "<!-- edition:bibliography -->"
REQUIRED = ("type", "title")
# The CSL item types citeproc-py renders (its own list): another type would be formatted as a guess.
CSL_TYPES = frozenset(value for name, value in vars(csl_types).items() if name.isupper() and isinstance(value, str))
LABELS = {
    "type": "Type",
    "genre": "Genre",
    "title": "Title",
    "author": "Author",
    "editor": "Editors",
    "container-title": "In",
    "collection-title": "Series",
    "event-title": "Event",
    "event-place": "Event place",
    "event-date": "Event date",
    "publisher": "Publisher",
    "publisher-place": "Place",
    "issued": "Issued",
    "page": "Pages",
    "ISBN": "ISBN",
    "keyword": "Keywords",
    "language": "Language",
}
TYPE_NAMES = {"report": "Report", "chapter": "Book chapter", "book": "Book", "article-journal": "Journal article"}


def check_bibliography(path: str, csl: object) -> list[Problem]:
    """A bibliography must be a mapping with at least a title and a type citeproc-py knows."""
    if not isinstance(csl, Mapping):
        hint = "add CSL-JSON fields under 'bibliography:'"
        return [Problem(path, "bibliography", "is missing or not a mapping", hint)]
    problems = [
        Problem(path, f"bibliography.{field}", "is missing", f"add '{field}:' under 'bibliography:'")
        for field in REQUIRED
        if not csl.get(field)
    ]
    kind = csl.get("type")
    if kind and kind not in CSL_TYPES:
        close = difflib.get_close_matches(str(kind), sorted(CSL_TYPES), n=1)
        hint = f"did you mean '{close[0]}'?" if close else "use a CSL item type, e.g. report, chapter or book"
        problems.append(Problem(path, "bibliography.type", f"{kind!r} is not a CSL item type", hint))
    return problems


def format_names(names: list[Mapping[str, str]]) -> str:
    """CSL name objects as `Given Family` or the literal name."""
    return "; ".join(n.get("literal") or " ".join(filter(None, (n.get("given"), n.get("family")))) for n in names)


def format_date(date: Mapping[str, Any]) -> str:
    """CSL `date-parts` as ISO dates; a range as `start – end`."""
    parts = ["-".join(f"{n:02d}" if i else str(n) for i, n in enumerate(p)) for p in date.get("date-parts", [])]
    return " – ".join(parts)


def format_value(field: str, value: Any) -> str:
    """One CSL field as reader-facing text."""
    if field in ("author", "editor"):
        return format_names(value)
    if field in ("issued", "event-date"):
        return format_date(value)
    if field == "type":
        return TYPE_NAMES.get(value, value)
    if field == "page":
        return str(value).replace("-", "–")
    return str(value)


def render_record(csl: Mapping[str, Any], unknown: list[str]) -> str:
    """The record as Markdown: a definition list of known fields, then what is unknown."""
    lines = []
    for field, label in LABELS.items():
        if field in csl:
            lines += [label, f":   {escape_markdown(format_value(field, csl[field]))}", ""]
    if unknown:
        items = "\n    ".join(f"- {escape_markdown(item)}" for item in unknown)
        lines += ["Not known to the edition", f":   {items}", ""]
    return "\n".join(lines)
