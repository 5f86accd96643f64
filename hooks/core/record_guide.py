"""Where the editors' page on a source's record explains each line's fix: its lines end with that section.

`docs/about/source-records.md` gives every rule the checks apply to a record, one heading each
(`{ #dates }`, `{ #url }`…). A line on a date, a name or an address ends by naming its section,
so the editor reads the rule, with its examples, where it is written. A line whose fix the page
does not explain (a value the schema refuses in words of its own) is left as it is.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from hooks.core.csl_fields import DATE_FIELDS, NAME_VARIABLES
from hooks.core.problems import Problem
from hooks.core.schema_messages import BLANK, CONTROL, NOT_A_FIELD, TOO_LONG
from hooks.core.schemas import MISSING
from hooks.core.yaml_as_written import NOT_TEXT, NUMBER_READ
from hooks.core.yaml_comments import CUT_SHORT, EMPTIED

GUIDE = "docs/about/source-records.md"  # the editors' page, from the repository's root: its headings' ids below
# A record's field by its first name (`bibliography.issued.raw`: `issued`), for the sections on one kind of value.
FIELD_SECTIONS = (
    {"URL": "url", "DOI": "doi", "language": "language", "type": "required"}
    | dict.fromkeys(DATE_FIELDS, "dates")
    | dict.fromkeys(NAME_VARIABLES, "csl-json")  # "Names as lists"
)
RE_FIRST_NAME = re.compile(r"bibliography\.([^.\[]+)")
RE_RECORD_FIELD = re.compile(r"(?:bibliography|unknown)(?:$|[.\[])")  # `bibliography.issued`, `unknown[2]`
# Sections that name the field they explain in their own words, whatever the field's kind.
OWN_SECTIONS = ("url", "doi", "language")


def see_guide(hint: str, section: str) -> str:
    """`hint` ending with the section of the editors' page that explains it: `…; see docs/…#dates`."""
    see = f"see {GUIDE}#{section}"
    if not hint:
        return see
    return f"{hint} {see}" if hint.endswith("?") else f"{hint}; {see}"  # `did you mean 'report'? see …`


def section_of(problem: Problem) -> str | None:
    """The section of the editors' page that explains how to fix `problem`; None for a line it does not explain.

    A value cut at ' #' is explained under `#text-fields` in every field, `unknown:` lines too; a
    value's text (blank, too long, a control character, read by YAML as a number) in every field but
    the address, the DOI and the language, whose sections give their own form; a field's kind
    otherwise (a date, a name), or what is missing. Only a record's fields: a page's `title` is not one.
    """
    field, message = problem.field, problem.message
    if not RE_RECORD_FIELD.match(field):
        return None
    if CUT_SHORT in message or message.startswith(EMPTIED):
        return "text-fields"
    if field.startswith("unknown"):
        return "unknown"
    if field == "bibliography":  # missing, or no mapping of fields
        return "required"
    first = match.group(1) if (match := RE_FIRST_NAME.match(field)) else ""
    if (section := FIELD_SECTIONS.get(first)) in OWN_SECTIONS:
        return section
    if message.startswith((CONTROL, BLANK)) or message.endswith(TOO_LONG) or message in NOT_TEXT:
        return "text-fields"
    if message.endswith(NUMBER_READ):  # `version: 1.10`
        return "text-fields"
    if message.startswith(NOT_A_FIELD) and section is None:  # "no misspelt field"; `issued.raw`: a date's
        return "csl-json"
    if first == "title" and message == MISSING:
        return "required"
    return section


def guided(problems: Iterable[Problem]) -> list[Problem]:
    """`problems` each ending its hint with the section of the editors' page that explains it, where one does."""
    return [
        dataclasses.replace(problem, hint=see_guide(problem.hint, section))
        if (section := section_of(problem)) and GUIDE not in problem.hint
        else problem
        for problem in problems
    ]
