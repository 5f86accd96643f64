"""Validate data read from a contributed file against its JSON Schema: one Problem per error, named by field."""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urljoin

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError, ValidationError
from jsonschema.validators import extend
from referencing import Registry, Resource
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT202012

from hooks.core.conflicts import merge_conflict
from hooks.core.problems import Problem
from hooks.core.schema_messages import describe
from hooks.core.schema_places import Name, field_elsewhere, unexpected_names
from hooks.core.schema_unexpected import missing_name, misspelt_fields, moved_fields, unexpected_problem
from hooks.core.yaml_lines import keys_path

MISSING_VALUES = 8  # the most values a missing field's line lists
MISSING = "is missing"  # the message of a missing field (`missing_in_place`), which callers may recognise
# The schemas' form of an entry's id (a glossary term's, a policy area's), by which a problem names its entry;
# unlike an annotation's (`annotations.RE_ID`) it may be `p7`'s.
RE_ENTRY_ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


@dataclass(frozen=True)
class Schema:
    """A JSON Schema as its file reads now, equal to another by its text.

    `mkdocs serve` keeps what the hooks cached from one rebuild to the next and rebuilds when a
    schema is saved: results cached on a Schema (`annotation_checks.check_file`) follow the edit, as
    results cached on the file's name would not.
    """

    text: str

    @property
    def validator(self) -> Draft202012Validator:
        """The compiled schema, compiled once per text."""
        return compile_schema(self.text)


def is_whole_number(checker: object, instance: object) -> bool:
    """JSON Schema's "integer", as written: `5.0` is a fraction to YAML and Python, and indexes no list.

    JSON Schema counts 5.0 as an integer; the code reading the value would stop on it with a
    traceback (a sentence number) or print it as written (a year, "2008.0").
    """
    return isinstance(instance, int) and not isinstance(instance, bool)


# Draft 2020-12, its "integer" refusing a number written with a decimal point.
Validator = extend(
    Draft202012Validator,
    type_checker=Draft202012Validator.TYPE_CHECKER.redefine("integer", is_whole_number),
)


@cache
def compile_schema(text: str) -> Draft202012Validator:
    """Compile a JSON Schema's text (`Schema.validator`)."""
    return Validator(json.loads(text))


SCHEMA_MESSAGE = 160  # the most characters of jsonschema's words on a faulty schema: they quote the value whole


def load_schema(path: Path, display: str) -> tuple[Schema | None, list[Problem]]:
    """The JSON Schema in `path`; None and its one line when it cannot check anything.

    A schema missing, left with merge-conflict markers, cut short, no JSON Schema at all or with a `$ref`
    leading nowhere stopped the build and make check with a traceback; every file it checks is unchecked
    then, which its line says once (the caller's files are not each named).
    """
    restore = f"git checkout -- {display}"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, [Problem(display, "", "file not found", f"restore it from git: {restore}")]
    except UnicodeDecodeError as error:
        return None, [Problem(display, "", f"is not UTF-8 (byte {error.start})", "save the file as UTF-8")]
    except OSError as error:  # a folder of that name, a file it may not read
        return None, [Problem(display, "", f"cannot be read ({error.strerror})", f"restore it from git: {restore}")]
    if conflict := merge_conflict(display, text):
        return None, [conflict]
    if problem := schema_problem(text, display):
        return None, [problem]
    return Schema(text), []


@cache
def schema_problem(text: str, display: str) -> Problem | None:
    """Why a schema's text checks nothing: not JSON, or not a JSON Schema; None for a schema. Once per text."""
    restore = f"git checkout -- {display}"
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        where = f"line {error.lineno}, column {error.colno}"
        if error.pos >= len(text.rstrip()):  # a save cut short, in JSON's words about what the next character is not
            return Problem(display, "", f"ends before its JSON does (at {where})", f"restore it: {restore}")
        return Problem(display, "", f"is not valid JSON at {where}: {error.msg}", f"fix it, or restore it: {restore}")
    try:
        Validator.check_schema(data)
    except SchemaError as error:
        message = error.message if len(error.message) <= SCHEMA_MESSAGE else error.message[:SCHEMA_MESSAGE] + "…"
        hint = f"write it as JSON Schema 2020-12 does, or restore it: {restore}"
        return Problem(display, field_name(list(error.path)), f"is not valid JSON Schema: {message}", hint)
    if dangling := dangling_ref(data):
        place, ref = dangling
        if elsewhere := other_schema_ref(data, ref):
            hint = f"copy the definition into this schema's $defs, and refer to it as '{elsewhere}'"
            message = f"'{ref}' leads to another schema, and each schema is read alone"
            return Problem(display, field_name(place), message, hint)
        defined = [f"#/$defs/{name}" for name in data.get("$defs", {})] if isinstance(data, dict) else []
        meant = difflib.get_close_matches(ref, defined, n=1, cutoff=0.6)
        hint = f"did you mean '{meant[0]}'?" if meant else f"name a part of the schema, or restore it: {restore}"
        return Problem(display, field_name(place), f"'{ref}' leads to nothing in the schema", hint)
    return None


def dangling_ref(data: Any) -> tuple[list[Any], str] | None:
    """The first `$ref` of a schema that leads nowhere, with its place; None when each leads somewhere.

    `check_schema` lets it through: jsonschema stops on it with a traceback, and only once a file's
    value reaches it (the one source that has an `abstract`).
    """
    base = data.get("$id", "") if isinstance(data, dict) else ""
    resource = Resource.from_contents(data, default_specification=DRAFT202012)
    resolver = Registry().with_resource(base, resource).resolver(base_uri=base)
    for place, ref in references(data, []):
        try:
            resolver.lookup(ref)
        except Unresolvable:
            return place, ref
    return None


def other_schema_ref(data: Any, ref: str) -> str | None:
    """The local form (`#/$defs/line`) of a `$ref` naming another schema's `$id`; None for one within this schema.

    The build and make check read each schema alone, in no registry of the others: such a ref leads
    nowhere in both, and its line says so, with the ref to write once the definition is copied over.
    """
    base = data.get("$id", "") if isinstance(data, dict) else ""
    document, fragment = urldefrag(urljoin(base if isinstance(base, str) else "", ref))
    own, _ = urldefrag(base) if isinstance(base, str) else ("", "")
    return f"#{fragment}" if document and document != own and fragment.startswith("/") else None


def references(node: Any, place: list[Any]) -> Iterator[tuple[list[Any], str]]:
    """Each `$ref` of a schema, with its place (`properties.abstract.$ref`)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield [*place, key], value
            else:
                yield from references(value, [*place, key])
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from references(value, [*place, index])


def field_name(path: list[str | int], prefix: str = "") -> str:
    """A JSON path as the dotted field name contributors know (`target.quote`, `[3].title`)."""
    name = prefix
    for part in path:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name or "(top level)"


def entry_label(data: Any, index: int) -> str:
    """How a problem names entry `index` of a list of entries: by its id where it has a usable one, else `[index]`.

    Usable: of the schemas' id form and no other entry's (`diaspora`, not `[15]`, which no one counts to);
    an id two entries share would name either.
    """
    entries = data if isinstance(data, list) else []
    entry_id = entries[index].get("id") if index < len(entries) and isinstance(entries[index], dict) else None
    if not isinstance(entry_id, str) or not RE_ENTRY_ID.fullmatch(entry_id):
        return f"[{index}]"
    same = sum(1 for entry in entries if isinstance(entry, dict) and entry.get("id") == entry_id)
    return entry_id if same == 1 else f"[{index}]"


def entry_field(data: Any, place: list[Any]) -> str:
    """A place in a list of entries, by the entry's id where the place is inside one (`diaspora.aliases[0]`)."""
    if place and isinstance(place[0], int):
        return field_name(place[1:], entry_label(data, place[0]))
    return field_name(place)


def validate(
    data: Any,
    schema: Schema,
    display: str,
    prefix: str = "",
    name: Callable[[list[Any]], str] | None = None,
    missing_in_place: bool = False,
) -> list[Problem]:
    """Validate `data` against the schema; one Problem per error, named by field (`name` names a place otherwise).

    With `missing_in_place`, a missing field is named itself (target.quote: is missing (add `quote`
    under `target`)), for files of named fields; in a list, its entry is the place to name.
    """
    if name is None:
        name = partial(field_name, prefix=prefix)
    errors = sorted(schema.validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    misspelt, elsewhere = misspelt_fields(errors), partial(field_elsewhere, schema.validator.schema, data, name=name)
    meant = {(place, right) for (place, _), right in misspelt.items()} | moved_fields(errors, misspelt, elsewhere)
    problems, valued = [], set()
    for error in errors:
        place = tuple(error.absolute_path)
        if error.validator == "required" and (place, missing_name(error)) in meant:
            continue  # said by the misspelling's own line, or the line of the field written one level off
        if error.validator == "required" and missing_in_place:
            problems.append(missing_problem(display, name, error))
            continue
        if error.validator == "additionalProperties":
            problems += [
                unexpected_problem(display, name, error, key, misspelt, elsewhere) for key in unexpected_names(error)
            ]
            continue
        if error.validator != "required":
            if place in valued:
                continue  # one line per value: '' is not both "non-empty" and "blank"
            valued.add(place)
        message, hint = describe(error)
        problems.append(Problem(display, name(list(place)), message, hint))
    return problems


def missing_problem(display: str, name: Name, error: ValidationError) -> Problem:
    """A missing field named where it belongs, with the field to add it under."""
    place, missing = list(error.absolute_path), missing_name(error)
    parent = name(place)
    hint = f"add {keys_path(missing)}" + what_to_write(error.schema.get("properties", {}).get(missing, {}))
    hint += "" if parent == "(top level)" else f" under {keys_path(parent)}"
    return Problem(display, name([*place, missing]), MISSING, hint)


def what_to_write(field: Any) -> str:
    """A missing field's few allowed values, or the fields it holds: a newcomer cannot guess them from its name.

    A long list (a source's CSL `type`) is left to the line the field's wrong value gets.
    """
    if not isinstance(field, dict):
        return ""
    if (allowed := field.get("enum")) and len(allowed) <= MISSING_VALUES:
        return " with one of: " + ", ".join(map(str, allowed))
    if field.get("type") == "object" and (inner := field.get("required")):
        return " with " + ", ".join(keys_path(name) for name in inner) + " under it"
    return ""
