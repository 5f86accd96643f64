"""An unexpected field, named with the field it stands for: misspelt at its place, or written one level off it.

One mistake, one line: a misspelling of a missing field is named with it, not also as missing (`schemas.validate`).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from jsonschema.exceptions import ValidationError

from hooks.core.field_names import closest_field
from hooks.core.problems import Problem
from hooks.core.schema_messages import NOT_A_FIELD, stand_ins
from hooks.core.schema_places import Elsewhere, Name, Placer, moved, unexpected_names
from hooks.core.yaml_lines import keys_path

Misspelt = dict[tuple[tuple[Any, ...], str], str]  # (place in the data, field as written) -> the field it stands for


def unexpected_problem(
    display: str, name: Name, error: ValidationError, key: str, misspelt: Misspelt, elsewhere: Placer
) -> Problem:
    """One unexpected field, with the field it stands for when it looks like one (missing, or optional and absent).

    A field written too is looked for last (`sentences_` beside `sentences`): offered only among the
    absent ones, it left the misspelling with no word, and renaming it would write the field twice.
    A field of the level above or below (`sentences` on a term, not in its definition) is sent there
    (`schema_places.py`): as written, before a field of its own level it resembles; misspelt, after.
    Written there already (`page:` beside `target:`, and `target.page`), the line says which value stays.
    """
    field = name([*error.absolute_path, key])
    right, there = field_meant(error, key, misspelt, elsewhere)
    if there is not None:
        return Problem(display, field, *moved(there, key))
    if right is None:
        return Problem(display, field, NOT_A_FIELD, "remove it or check its spelling")
    meant = keys_path(right)  # a key, in backticks: prose quotes around it were copied with it
    hint = f"rename it to {meant}" if right not in error.instance else f"{meant} is written too: keep one of the two"
    return Problem(display, field, f"{NOT_A_FIELD}: did you mean {meant}?", hint)


def field_meant(
    error: ValidationError, key: str, misspelt: Misspelt, elsewhere: Placer
) -> tuple[str | None, Elsewhere | None]:
    """The field an unexpected key stands for at its own place, or where next to it it belongs; (None, None): neither.

    One reading for its line and for the "missing" line it stands in for (`moved_fields`), so that they agree.
    """
    place, fields = tuple(error.absolute_path), error.schema.get("properties", {})
    absent = [field for field in fields if field not in error.instance]
    present = [field for field in fields if field in error.instance]
    close = (closest_field(key, group, cutoff=0.6) for group in (absent, present))
    right = misspelt.get((place, key))
    there = None if right else elsewhere(place, key, exact=True)
    right = right or (None if there else next(filter(None, close), None))
    return right, there or (None if right else elsewhere(place, key, exact=False))


def moved_fields(errors: Iterable[ValidationError], misspelt: Misspelt, elsewhere: Placer) -> set[Any]:
    """Each (place, field) an unexpected field is sent to, as written or misspelt: a "missing" line there says it again.

    A field `misspelt` names as a misspelling of one missing at its own place (`misspelt_fields`) stays.
    """
    sent = (
        field_meant(error, key, misspelt, elsewhere)[1]
        for error in errors
        if error.validator == "additionalProperties"
        for key in unexpected_names(error)
    )
    return {(there.place, there.field) for there in sent if there is not None and there.place is not None}


def missing_name(error: ValidationError) -> str:
    """The field a `required` error says is missing."""
    return error.message.split("'")[1]


def misspelt_fields(errors: list[ValidationError]) -> Misspelt:
    """Unexpected fields that look like a missing one (`titel` where `title` is required), by place and name.

    One mistake, one line: the misspelling is named with the field it stands for, instead of a
    "missing" line and an "unexpected" line.
    """
    missing: dict[tuple[Any, ...], list[str]] = {}
    for error in errors:
        if error.validator == "required":
            missing.setdefault(tuple(error.absolute_path), []).append(missing_name(error))
    found = {}
    for error in errors:
        place = tuple(error.absolute_path)
        if error.validator != "additionalProperties" or place not in missing:
            continue
        taken = stand_ins(unexpected_names(error), missing[place], cutoff=0.6)
        found |= {(place, name): field for name, field in taken.items()}
        missing[place] = [field for field in missing[place] if field not in taken.values()]
    return found
