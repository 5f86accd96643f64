"""A source's bibliography (CSL-JSON fields in its index.md front matter), shown as a record."""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from citeproc import types as csl_types

from hooks.core.csl_dates import SEASONS, format_csl_date, numeric_season
from hooks.core.languages import language_name, language_problem
from hooks.core.problems import Problem
from hooks.core.schemas import MISSING, Schema, validate
from hooks.core.text import escape_markdown

RECORD_MARKER = "<!-- edition:bibliography -->"
CITING_PAGE = "about/citing.md"  # in docs/: how the record is written and what is made from it
# The record's first line: on the chapter's page it follows the publisher's details, whose fields it repeats.
RECORD_INTRO = "The edition's normalised record of the work, from which its citations and downloads are made"
BIBLIOGRAPHY_SCHEMA = "annotations/schema/bibliography.schema.json"
DATE_HINT = "write a CSL date, e.g. '{date-parts: [[2010, 3, 9]]}'"
NAMES_HINT = "write a list of names, each '- family: Levitt' with 'given: Peggy', or '- literal: Organisation'"
DATE_FIELDS = ("accessed", "available-date", "event-date", "issued", "original-date", "submitted")
NAME_FIELDS = ("author", "container-author", "editor", "translator", "collection-editor", "original-author")
# CSL-JSON's `raw` date is text some processors parse; the record and citeproc-py read date-parts only.
RAW_DATE_HINT = "write the date as date-parts, e.g. 'date-parts: [[2010, 3, 9]]': a 'raw' date is not read"
# The fix for a name or date field written as plain text (or a date as `raw`), in CSL's words, not JSON Schema's.
FIELD_HINTS = (
    {f"bibliography.{field}": DATE_HINT for field in DATE_FIELDS}
    | {f"bibliography.{field}.raw": RAW_DATE_HINT for field in DATE_FIELDS}
    | {f"bibliography.{field}.circa": "write 'circa: true', without quotes, or leave it out" for field in DATE_FIELDS}
    | {f"bibliography.{field}": NAMES_HINT for field in NAME_FIELDS}
)
# The CSL item types citeproc-py renders (its own list): another type would be formatted as a guess.
CSL_TYPES = frozenset(value for name, value in vars(csl_types).items() if name.isupper() and isinstance(value, str))
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
    found = validate(dict(csl), schema, path, prefix="bibliography", missing_in_place=True)
    # A `raw` date's line says to write date-parts: no second line saying they are missing.
    said = {problem.field.removesuffix(".raw") + ".date-parts" for problem in found if problem.field.endswith(".raw")}
    problems = [
        dataclasses.replace(problem, hint=FIELD_HINTS.get(problem.field, problem.hint))
        for problem in found
        if not (problem.field in said and problem.message == MISSING)
    ]
    problems += check_dates(path, csl) + check_numbers(path, csl) + check_language(path, csl)
    kind = csl.get("type")
    if isinstance(kind, str) and kind.strip() and kind not in CSL_TYPES:
        close = difflib.get_close_matches(str(kind), sorted(CSL_TYPES), n=1)
        hint = f"did you mean '{close[0]}'?" if close else "use a CSL item type, e.g. report, chapter or book"
        problems.append(Problem(path, "bibliography.type", f"{kind!r} is not a CSL item type", hint))
    return problems


def check_dates(path: str, csl: Mapping[str, Any]) -> list[Problem]:
    """Each date a day of the calendar; `issued` one date, not a range (the schema checks the form).

    citeproc-py formats an `issued` range without its year ("(Levitt)"), in every style.
    """
    problems = []
    for field in DATE_FIELDS:
        value = csl.get(field)
        parts = value.get("date-parts") if isinstance(value, Mapping) else None
        if not isinstance(parts, list):
            continue
        dates = [date for date in parts if is_date(date)]  # the schema names any other shape
        for date in dates:
            if message := impossible_date(date):
                problems.append(Problem(path, f"bibliography.{field}", message, DATE_HINT))
        if field != "issued" and len(dates) == 2 and (message := reversed_range(dates[0], dates[1])):
            problems.append(Problem(path, f"bibliography.{field}", message, "write the earlier date first"))
        if field == "issued" and len(parts) > 1:
            hint = "give the first day alone; say what the range is in 'note'"
            problems.append(Problem(path, "bibliography.issued", "is a range: the citations would show no year", hint))
        if found := season_problem(value):
            problems.append(Problem(path, f"bibliography.{field}.season", *found))
    return problems


def is_date(date: object) -> bool:
    """`[year]`, `[year, month]` or `[year, month, day]` in whole numbers."""
    whole = isinstance(date, list) and all(isinstance(n, int) and not isinstance(n, bool) for n in date)
    return whole and 1 <= len(date) <= 3


def reversed_range(start: list[int], end: list[int]) -> str | None:
    """Why a range ends before it starts (`10–9 March 2011`), compared as far as both are known; None if it does not."""
    known = min(len(start), len(end))
    return f"ends ({end}) before it starts ({start})" if end[:known] < start[:known] else None


def season_problem(value: Mapping[str, Any]) -> tuple[str, str] | None:
    """A date's `season` numbered other than CSL's 1–4 (the record showed `7 2010`), and its fix; None if fine."""
    season = value.get("season")
    if (number := numeric_season(season)) is not None and number not in SEASONS:
        return f"{season!r} is no season", "write 1 to 4, spring to winter, or the season's name"
    return None


def check_numbers(path: str, csl: Mapping[str, Any]) -> list[Problem]:
    """A text field YAML read as a fraction (`version: 1.10` is 1.1 to YAML): refused, since its digits are lost.

    A whole number (`volume: 32`) is text as written and stays allowed, as CSL-JSON allows it.
    """
    return [
        Problem(path, f"bibliography.{field}", f"{value} is a number to YAML, not the text written", "put it in quotes")
        for field, value in csl.items()
        if isinstance(value, float)
    ]


def check_language(path: str, csl: Mapping[str, Any]) -> list[Problem]:
    """A BCP 47 tag, named where CLDR can (`en`: English); the meta tags and exports keep the tag itself.

    A well-formed tag of a language CLDR knows, or for private use, is shown as written where CLDR
    cannot name all of it (`x-klingon`, a private-use region `en-QM`); what `language_problem`
    refuses is refused here.
    """
    language = csl.get("language")
    if not isinstance(language, str | int) or isinstance(language, bool):
        return []  # the schema names a value that is no text
    if problem := language_problem(str(language)):
        return [Problem(path, "bibliography.language", *problem)]
    return []


def impossible_date(date: list[int]) -> str | None:
    """Why `[year, month, day]` (as many as known) is no day of the calendar; None when it is one."""
    year, month, day = [*date, 1, 1][:3]
    if year == 0:
        return "there is no year 0: CSL writes 1 BC as -1"
    try:
        dt.date(year if 1 <= year <= 9999 else 2000, month, day)  # CSL's years run before 1 (BCE): a leap year
    except (ValueError, OverflowError):
        return f"{date} is no date of the calendar (the month is 1–12, then the day)"
    return None


def check_unknown(path: str, unknown: object) -> list[Problem]:
    """What the record says is not known: a list of texts (a single text would be listed letter by letter)."""
    if isinstance(unknown, list) and all(isinstance(item, str) for item in unknown):
        return []
    return [Problem(path, "unknown", "must be a list of texts", "write each on a line starting with '- '")]


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
        lines += [field_label(field, csl[field]), f":   {escape_markdown(value)}", ""]
    if unknown:
        items = "\n    ".join(f"- {' '.join(item.split())}" for item in unknown)  # one line each, in the list
        lines += ["Not known to the edition", f":   {items}", ""]
    return "\n".join([*lines, "</div>"])
