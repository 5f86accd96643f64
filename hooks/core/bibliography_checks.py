"""A source's bibliography checked: a CSL-JSON item citeproc-py can cite, all problems at once.

Its fields against the schema, then what the schema cannot tell: days of the calendar, text YAML
read as a number, the language tag, the CSL item type. The record made from it is `bibliography.py`'s.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import re
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

from citeproc import types as csl_types

from hooks.core.csl_dates import SEASONS, numeric_season
from hooks.core.csl_fields import DATE_FIELDS, NAME_FIELDS
from hooks.core.languages import language_problems
from hooks.core.links import source_folder
from hooks.core.problems import Problem, named_value
from hooks.core.record_guide import guided, see_guide
from hooks.core.schema_messages import control_characters
from hooks.core.schemas import MISSING, Schema, load_schema, validate
from hooks.core.site_addresses import field_address_problems
from hooks.core.text import RE_CONTROL, URL_PATTERN, VISIBLE_PATTERN
from hooks.core.typed_dates import RAW_NOT_READ, missing_day, missing_in, offered_days
from hooks.core.yaml_as_written import NOT_BOOLEAN, NOT_NUMBER, NUMBER_READ, QUOTE_TEXT
from hooks.core.yaml_lines import flow_line_to_write, in_backticks, keys_path, line_to_write

BIBLIOGRAPHY_SCHEMA = "annotations/schema/bibliography.schema.json"
CSL_FIELDS = f"CSL-JSON fields under {keys_path('bibliography')}"  # what a landing page without its record lacks
ADD_FIELDS = f"add {CSL_FIELDS}"  # a landing page's missing record, its fix
DATE_HINT = f"write a CSL date, e.g. {in_backticks('{date-parts: [[2010, 3, 9]]}')}"
NAMES_HINT = (
    f"write a list of names, each {in_backticks('- family: Levitt')} with {line_to_write('given', 'Peggy')},"
    f" or {in_backticks('- literal: Organisation')}"
)
# CSL-JSON's `raw` date is text some processors parse; the record and citeproc-py read date-parts only.
DATE_PARTS = in_backticks("date-parts: [[2010, 3, 9]]")
RAW_DATE_HINT = f"write the date as date-parts, e.g. {DATE_PARTS}: {RAW_NOT_READ}"
# The fix for a name or date field written as plain text (or a date as `raw`), in CSL's words, not JSON Schema's.
FIELD_HINTS = (
    {f"bibliography.{field}": DATE_HINT for field in DATE_FIELDS}
    | {f"bibliography.{field}.raw": RAW_DATE_HINT for field in DATE_FIELDS}
    | {f"bibliography.{field}.circa": f"write {in_backticks('circa: true')} or leave it out" for field in DATE_FIELDS}
    | {f"bibliography.{field}": NAMES_HINT for field in NAME_FIELDS}
)
# The CSL item types citeproc-py renders (its own list): another type would be formatted as a guess.
RE_WEB_ADDRESS = re.compile(URL_PATTERN)  # the schema's pattern for `URL`: what it refuses is its line
URL_HINT = "copy the address from the browser's address bar, e.g. https://publications.iom.int/books/migration-and-transnationalism"
CSL_TYPES = frozenset(value for name, value in vars(csl_types).items() if name.isupper() and isinstance(value, str))


def bibliography_schema(root: Path) -> tuple[Schema | None, list[Problem]]:
    """The schema of a source's bibliography, as its file reads now; None and its line when it checks nothing."""
    return load_schema(root / BIBLIOGRAPHY_SCHEMA, BIBLIOGRAPHY_SCHEMA)


def bibliography_missing(path: str) -> Problem:
    """The line for a landing page without a bibliography (or with one that is no mapping of fields)."""
    hint = see_guide(ADD_FIELDS, "required")
    return Problem(path, "bibliography", "is missing or not a mapping", hint)


def missing_landing_page(source: str) -> Problem:
    """The line for a source that pages name but that has no landing page to hold its bibliography."""
    hint = f"create it, with the source's CSL-JSON fields under {keys_path('bibliography')} in its front matter"
    hint = see_guide(hint, "required")
    return Problem(f"docs/{source}/index.md", "", f"is missing, but pages name '{source}' as their source", hint)


def missing_bibliography(source: str, landing_meta: Mapping[str, Any] | None, *, asked_by: str) -> list[Problem]:
    """The one line for a source without a bibliography, named on its landing page.

    `landing_meta` is the landing page's front matter, None when the source has no landing page.
    Every page of the source asks, and the line is the same each time, so it is printed once (the
    same line the record on the landing page gives). A bibliography that is there but incomplete
    was reported when it was read. `asked_by`: the page (in docs/) naming the source; outside its
    folder it asks for nothing: its `source` line (`check_source_page`) is the fix, which names no
    such source (`source: elsewhere` on a landing page was told to create docs/elsewhere/index.md too).
    """
    if source_folder(asked_by) != source:
        return []
    if landing_meta is None:
        return [missing_landing_page(source)]
    if "bibliography" not in landing_meta:
        return [bibliography_missing(f"docs/{source}/index.md")]
    return []


def check_bibliography(path: str, csl: object, schema: Schema) -> list[Problem]:
    """A bibliography must be a CSL-JSON item (its schema) whose type citeproc-py knows.

    Each field is read by the citations, the record and the exports as CSL defines it: `issued:
    2010` or `author: IOM` would stop the build with a traceback, a misspelt field would be left out
    of every citation in silence. Each line names the section of the editors' page with its rule.
    `path` is a source's landing page: on another, `record_placement.placement_problem` is the line.
    """
    if not isinstance(csl, Mapping):
        return [bibliography_missing(path)]
    found = validate(dict(csl), schema, path, prefix="bibliography", missing_in_place=True)
    found = language_problems(path, "bibliography.language", csl.get("language"), found)  # in CLDR's words
    # A `raw` date's line says to write date-parts: no second line saying they are missing.
    said = {problem.field.removesuffix(".raw") + ".date-parts" for problem in found if problem.field.endswith(".raw")}
    problems = [
        dataclasses.replace(
            problem, hint=typed_date_hint(csl, problem.field) or FIELD_HINTS.get(problem.field, problem.hint)
        )
        for problem in found
        if not (problem.field in said and problem.message == MISSING)
    ]
    named = {problem.field for problem in problems}  # one line per value: `DOI: 10.1007` is no text to the schema
    problems += check_dates(path, csl) + [line for line in check_numbers(path, csl) if line.field not in named]
    problems += check_url(path, csl, named)
    kind = csl.get("type")
    if isinstance(kind, str) and kind.strip() and kind not in CSL_TYPES:
        problems.append(type_problem(path, kind))
    return guided(problems)


def type_problem(path: str, kind: str) -> Problem:
    """The line for a type citeproc-py does not know: the closest one (`guided` adds the page: no line lists CSL's)."""
    close = difflib.get_close_matches(kind, sorted(CSL_TYPES), n=1)
    offer = f"did you mean '{close[0]}'?" if close else "use a CSL item type, e.g. report, chapter or book"
    return Problem(path, "bibliography.type", f"{named_value(kind)} is not a CSL item type", offer)


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
            if found := impossible_date(date):
                problems.append(Problem(path, f"bibliography.{field}", *found))
        if field != "issued" and len(dates) == 2 and (message := reversed_range(dates[0], dates[1])):
            problems.append(Problem(path, f"bibliography.{field}", message, "write the earlier date first"))
        if field == "issued" and len(parts) > 1:
            hint = f"give the first day alone; say what the range is in {keys_path('note')}"
            problems.append(Problem(path, "bibliography.issued", "is a range: the citations would show no year", hint))
        if found := season_problem(value):
            problems.append(Problem(path, f"bibliography.{field}.season", *found))
    return problems


def typed_date_hint(csl: Mapping[str, Any], field: str) -> str | None:
    """The date-parts to write for a date typed as text (`issued: 2026/12/05`, `raw: Dec 5, 2026`, YAML's own date).

    A date the calendar lacks is named (`February 2026 has 28 days`); None when the value is no date. A month's
    name is read in the record's `language` first (`5 listopada 2026`: October in Croatian, November in Polish).
    """
    language = csl.get("language")
    languages = [language] if isinstance(language, str) else []
    name, raw = field.removeprefix("bibliography.").removesuffix(".raw"), field.endswith(".raw")
    value = csl.get(name)
    value = value.get("raw") if raw and isinstance(value, Mapping) else value
    if name not in DATE_FIELDS or not isinstance(value, str | dt.date):
        return None
    written = value.isoformat() if isinstance(value, dt.date) else value

    def line(day: dt.date) -> str:
        parts = [[day.year, day.month, day.day]]
        return flow_line_to_write("date-parts", parts) if raw else flow_line_to_write(name, {"date-parts": parts})

    lead, tail = ("write the date as date-parts", f": {RAW_NOT_READ}") if raw else ("write it as CSL date-parts", "")
    if offer := offered_days(written, line, languages):  # `5/12/2026`: both days, the writer knows which
        return f"{lead}: {offer}{tail}"
    if reason := missing_day(written, languages):
        return f"no such day: {reason}; {RAW_DATE_HINT if raw else DATE_HINT}"
    return None


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
        return f"{named_value(season)} is no season", "write 1 to 4, spring to winter, or the season's name"
    return None


def check_numbers(path: str, csl: Mapping[str, Any]) -> list[Problem]:
    """A text field YAML read as a fraction (`version: 1.10` is 1.1 to YAML): refused, since its digits are lost.

    A whole number (`volume: 32`) is text as written and stays allowed, as CSL-JSON allows it.
    """
    return [
        Problem(path, f"bibliography.{field}", f"{value}{NUMBER_READ}", QUOTE_TEXT)
        for field, value in csl.items()
        if isinstance(value, float)
    ]


def check_url(path: str, csl: Mapping[str, Any], refused: Collection[str] = ()) -> list[Problem]:
    """The source's address, which the schema's pattern and length took, is one a reader follows.

    `https:///x` and `http://[x` name no host; no browser reads `https://a:99999/` (`field_address_problems`).
    """
    url, field = csl.get("URL"), "bibliography.URL"
    if isinstance(url, str) and RE_WEB_ADDRESS.match(url) and field not in refused:
        return field_address_problems(path, field, url, URL_HINT)
    return []


def impossible_date(date: list[int]) -> tuple[str, str] | None:
    """Why `[year, month, day]` (as many as known) is no day of the calendar, and its fix; None when it is one."""
    year, month, day = [*date, 1, 1][:3]
    if year == 0:
        return "there is no year 0: CSL writes 1 BC as -1", DATE_HINT
    # CSL's years run before 1 (BCE): `missing_in` takes them as a leap year
    return (
        (f"{date} is no day of the calendar", f"{reason}: write a real day")
        if (reason := missing_in(year, month, day))
        else None
    )


def check_unknown(path: str, unknown: object) -> list[Problem]:
    """What the record says is not known: a list of texts (a single text would be listed letter by letter).

    Each shows something and holds no control character: a blank item (`- ""`, a no-break space)
    is an empty `- ` in the record's Markdown, which makes the item above it a heading. And each has
    a letter or digit: `- '-'` or `- …` says nothing, shown as a dash in a list of dashes. An item
    YAML read as true, false or a number (`- yes`, `- 2010`) gets the line a text field gets from the
    schema (`NOT_TEXT`), which the callers offer as written, in quotes (`said_with_comments`). Each
    line names the editors' page's section on `unknown:` (`record_guide`).
    """
    if not (isinstance(unknown, list) and all(isinstance(item, str | bool | int | float) for item in unknown)):
        return guided([Problem(path, "unknown", "must be a list of texts", "write each on a line starting with '- '")])
    problems, where = [], "unknown[{}]"
    for number, item in enumerate(unknown):
        if not isinstance(item, str):  # the words YAML read otherwise: the line to copy keeps them
            message = NOT_BOOLEAN if isinstance(item, bool) else NOT_NUMBER
            problems.append(Problem(path, where.format(number), message, QUOTE_TEXT))
        elif not re.search(VISIBLE_PATTERN, item):
            problems.append(Problem(path, where.format(number), "is blank", "say what is not known, or remove it"))
        elif not re.search(r"\w", item):
            message, hint = f"{named_value(item)} has no letter or digit", "say what is not known, or remove it"
            problems.append(Problem(path, where.format(number), message, hint))
        elif RE_CONTROL.search(item):
            problems.append(Problem(path, where.format(number), *control_characters(item)))
    return guided(problems)
