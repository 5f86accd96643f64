"""A source's bibliography (CSL-JSON fields in its index.md front matter), shown as a record."""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from citeproc import types as csl_types

from hooks.core.datafiles import Schema, validate
from hooks.core.problems import Problem
from hooks.core.text import escape_markdown

RECORD_MARKER = "<!-- edition:bibliography -->"
BIBLIOGRAPHY_SCHEMA = "annotations/schema/bibliography.schema.json"
DATE_HINT = "write a CSL date, e.g. '{date-parts: [[2010, 3, 9]]}' (a range: two dates in the outer list)"
NAMES_HINT = "write a list of names, each '- family: Levitt' with 'given: Peggy', or '- literal: Organisation'"
DATE_FIELDS = ("accessed", "available-date", "event-date", "issued", "original-date", "submitted")
NAME_FIELDS = ("author", "container-author", "editor", "translator", "collection-editor", "original-author")
# The fix for a name or date field written as plain text, in CSL's words rather than JSON Schema's.
FIELD_HINTS = {f"bibliography.{field}": DATE_HINT for field in DATE_FIELDS} | {
    f"bibliography.{field}": NAMES_HINT for field in NAME_FIELDS
}
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


def bibliography_schema(root: Path) -> Schema:
    """The schema of a source's bibliography, as its file reads now."""
    return Schema.read(root / BIBLIOGRAPHY_SCHEMA)


def bibliography_missing(path: str) -> Problem:
    """The line for a landing page without a bibliography (or with one that is no mapping of fields)."""
    return Problem(path, "bibliography", "is missing or not a mapping", "add CSL-JSON fields under 'bibliography:'")


def check_bibliography(path: str, csl: object, schema: Schema) -> list[Problem]:
    """A bibliography must be a CSL-JSON item (its schema) whose type citeproc-py knows.

    Each field is read by the citations, the record and the exports as CSL defines it: `issued:
    2010` or `author: IOM` would stop the build with a traceback, a misspelt field would be left out
    of every citation in silence.
    """
    if not isinstance(csl, Mapping):
        return [bibliography_missing(path)]
    problems = [
        dataclasses.replace(problem, hint=FIELD_HINTS.get(problem.field, problem.hint))
        for problem in validate(dict(csl), schema, path, prefix="bibliography", missing_in_place=True)
    ]
    kind = csl.get("type")
    if isinstance(kind, str) and kind.strip() and kind not in CSL_TYPES:
        close = difflib.get_close_matches(str(kind), sorted(CSL_TYPES), n=1)
        hint = f"did you mean '{close[0]}'?" if close else "use a CSL item type, e.g. report, chapter or book"
        problems.append(Problem(path, "bibliography.type", f"{kind!r} is not a CSL item type", hint))
    return problems


def check_unknown(path: str, unknown: object) -> list[Problem]:
    """What the record says is not known: a list of texts (a single text would be listed letter by letter)."""
    if isinstance(unknown, list) and all(isinstance(item, str) for item in unknown):
        return []
    return [Problem(path, "unknown", "must be a list of texts", "write each on a line starting with '- '")]


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
