"""Read the contributed YAML data files and validate them with their JSON Schemas."""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from jsonschema.validators import extend

from hooks.core.conflicts import merge_conflict
from hooks.core.problems import Problem
from hooks.core.text import (
    DIRECTION_HINT,
    NO_CONTROL_PATTERN,
    NO_REFERENCE_PATTERN,
    RE_CONTROL,
    RE_DIRECTION_CONTROL,
    URL_PATTERN,
    VISIBLE_PATTERN,
)

Misspelt = dict[tuple[tuple[Any, ...], str], str]  # (place in the data, field as written) -> the field it stands for
TWICE = "is written twice"
REPEATED = "repeats a list or mapping with an alias (*name)"


class UniqueKeys:
    """A mapping that names a field twice is an error: YAML itself keeps the last value without a word."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        """Refuse a repeated field (a scalar key written twice at one level), then build the mapping as usual."""
        seen: set[str] = set()
        for key, _ in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value != "<<":
                if key.value in seen:
                    raise yaml.constructor.ConstructorError(None, None, f"'{key.value}' {TWICE}", key.start_mark)
                seen.add(key.value)
        return super().construct_mapping(node, deep)  # type: ignore[misc]


class SafeLoader(UniqueKeys, yaml.SafeLoader):
    """PyYAML's safe loader, refusing repeated fields; its error messages are the ones reported."""


class FastSafeLoader(UniqueKeys, getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The same on libyaml's parser: same data, several times faster."""


NO_DAY = "is no day of the calendar"


def construct_timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    """A date YAML reads (`2024-02-30` is one to YAML), refused with its line when the calendar has no such day.

    PyYAML lets Python's `ValueError` through, which no YAML error handler catches: a traceback.
    """
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError as error:
        message = f"'{node.value}' {NO_DAY} ({error})"
        raise yaml.constructor.ConstructorError(None, None, message, node.start_mark) from None


for _loader in (SafeLoader, FastSafeLoader):
    _loader.add_constructor("tag:yaml.org,2002:timestamp", construct_timestamp)


def load_yaml(path: Path, display: str) -> tuple[Any, list[Problem]]:
    """Parse a YAML file; a syntax error or a non-UTF-8 file becomes one Problem, not a traceback."""
    try:
        text = path.read_text(encoding="utf-8")
        if conflict := merge_conflict(display, text):
            return None, [conflict]
        return parse_yaml(text), []
    except FileNotFoundError:
        return None, [Problem(display, "", "file not found", "create it or fix the path")]
    except UnicodeDecodeError as error:
        return None, [Problem(display, "", f"is not UTF-8 (byte {error.start})", "save the file as UTF-8")]
    except yaml.YAMLError as error:
        message, hint = describe_yaml_error(error)
        return None, [Problem(display, "", message, hint or "fix the YAML syntax")]


def refuse_repeated_collections(text: str) -> None:
    """Refuse a list or mapping repeated by an alias (`*name`): ten nested ones are a billion values.

    Aliases share what they repeat, so the data stays small, but every check that prints or walks
    it (a schema error's message, say) meets each copy: a file of 700 bytes took gigabytes. A
    repeated text (`attribution: *vertovec-2005`) cannot nest, and stays allowed. Read from libyaml's
    events, and only in a text that has both an anchor's `&` and an alias's `*`: most have neither.
    """
    if "&" not in text or "*" not in text:
        return
    collections, repeated = set(), None
    try:
        for event in yaml.parse(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            if isinstance(event, yaml.CollectionStartEvent) and event.anchor:
                collections.add(event.anchor)
            elif isinstance(event, yaml.AliasEvent) and event.anchor in collections:
                repeated = event
                break
    except yaml.YAMLError:
        return  # invalid YAML: the loader names it, with PyYAML's message
    if repeated is not None:
        raise yaml.constructor.ConstructorError(None, None, REPEATED, repeated.start_mark)


def parse_yaml(text: str) -> Any:
    """YAML refusing a field written twice; libyaml parses, PyYAML's parser re-reads invalid YAML for its messages."""
    refuse_repeated_collections(text)
    try:
        return yaml.load(text, Loader=FastSafeLoader)  # noqa: S506 (a SafeLoader)
    except yaml.YAMLError:
        return yaml.load(text, Loader=SafeLoader)  # noqa: S506 (a SafeLoader)


# What the usual YAML slips look like in PyYAML's words, and what fixes them.
YAML_HINTS = {
    "mapping values are not allowed here": "write a value with ': ' in it in quotes, e.g. \"Policy: what next\"",
    "found character '\\t' that cannot start any token": "indent with spaces, not tabs",
}


def describe_yaml_error(error: yaml.YAMLError, first_line: int = 1) -> tuple[str, str | None]:
    """The line of a YAML error (`first_line`: the file's line number of the text's first line) and a fix, if known."""
    mark = getattr(error, "problem_mark", None)
    where = f" at line {mark.line + first_line}" if mark else ""
    reason = getattr(error, "problem", None) or str(error).splitlines()[0]
    if reason.endswith(TWICE):
        return f"{reason}{where}", "keep one of the two: YAML would silently keep the last"
    if reason == REPEATED:
        return f"{reason}{where}", "write the values out: only a text may be repeated with an alias"
    if NO_DAY in reason:
        return f"{reason}{where}", "write a real day as YYYY-MM-DD, month first, or put the text in quotes"
    return f"invalid YAML{where}: {reason}", YAML_HINTS.get(reason)


@dataclass(frozen=True)
class Schema:
    """A JSON Schema as its file reads now, equal to another by its text.

    `mkdocs serve` keeps what the hooks cached from one rebuild to the next and rebuilds when a
    schema is saved: results cached on a Schema (`annotations.check_file`) follow the edit, as
    results cached on the file's name would not.
    """

    text: str

    @classmethod
    def read(cls, path: Path) -> Schema:
        """The schema in `path` as it is now."""
        return cls(path.read_text(encoding="utf-8"))

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


def field_name(path: list[str | int], prefix: str = "") -> str:
    """A JSON path as the dotted field name contributors know (`target.quote`, `[3].title`)."""
    name = prefix
    for part in path:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name or "(top level)"


PLAIN_TEXT = "^[^<>]*$"  # a title shown in every page's navigation as written: a policy area's, a page's
# What each pattern of the schemas refuses and asks for, in words: no contributor should read a regex.
ID_HINT = "use lowercase letters, digits and '-'"
PATTERNS = {
    "^[a-z0-9]+(-[a-z0-9]+)*$": ("{value} is not a valid id", ID_HINT),
    "^(?!p[0-9]+$)[a-z0-9]+(-[a-z0-9]+)*$": (
        "{value} is not a valid id",
        f"{ID_HINT}, and not the form of a paragraph id (p7)",
    ),
    PLAIN_TEXT: (
        "{value} has '<' or '>'",
        "write plain text: markup in a title would reach every page's navigation as it is",
    ),
    "\\w": ("{value} has no letter or digit", "write at least one letter or digit"),
    NO_CONTROL_PATTERN: ("holds control characters no one can see", "delete them"),  # named by `describe`
    VISIBLE_PATTERN: ("is blank", "write some text: spaces and invisible characters alone show nothing"),
    "^[\\w-][\\w.-]*(/[\\w-][\\w.-]*)*\\.md#[A-Za-z][\\w-]*$": (  # a path below docs/: no '..' and no leading '/'
        "{value} is not a page path with an id",
        "write the page's path below docs/ and the paragraph's id, e.g. migration-and-transnationalism/annex.md#p1",
    ),
    "^[a-z0-9-]+(/[a-z0-9-]+)*\\.md$": (
        "{value} is not a page path",
        "write the path inside docs/, e.g. migration-and-transnationalism/opportunities.md",
    ),
    "^p[1-9][0-9]*$": ("{value} is not a paragraph id", "write it as shown in the URL: p3"),
    URL_PATTERN: (
        "{value} is not a web address",
        'start it with https://, with no space, control character or any of "<>\\^`{|} in it',
    ),
    NO_REFERENCE_PATTERN: (
        "{value} writes a character as an HTML reference (&…;)",
        "write the character itself, & for &amp;: the page would show the character the reference stands for",
    ),
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}$": ("{value} is not a date", "write it as YYYY-MM-DD, e.g. 2026-11-22"),
    "^[a-z]{2,3}(-[A-Z][a-z]{3})?(-(?:[A-Z]{2}|[0-9]{3}))?$": (
        "{value} is not a language tag",
        "write the BCP 47 tag, e.g. fr, es, pt-BR or zh-Hant (language in lowercase, region in capitals)",
    ),
}
# Schema and YAML types in the words of someone writing YAML, not of JSON Schema or Python.
SCHEMA_TYPE_WORDS = {
    "array": "a list", "object": "a mapping of fields", "string": "text", "integer": "a whole number",
    "number": "a number", "boolean": "true or false",
}  # fmt: skip
VALUE_TYPE_WORDS = {
    "NoneType": "empty", "str": "text", "int": "a number", "float": "a number", "bool": "true or false",
    "list": "a list", "dict": "a mapping of fields", "date": "a date", "datetime": "a date and time",
}  # fmt: skip
TYPE_HINTS = {
    "array": "write it as '[a, b]' or as lines starting with '- '",
    "object": "write 'field: value' lines, indented under it",
    "string": "put the text in quotes",
}
LIMIT_HINTS = {
    "minimum": "use {} or more",
    "minItems": "list at least {}",
    "maxItems": "list at most {}",
    "minLength": "write some text",
    "uniqueItems": "list each one once",
}


def describe(error: ValidationError) -> tuple[str, str]:
    """Turn a schema error into (message, hint) a contributor can act on."""
    if error.validator == "required":
        missing = error.message.split("'")[1]
        return f"'{missing}' is missing", f"add '{missing}:'"
    if error.validator == "additionalProperties":
        return error.message, "remove it or check its spelling"
    if error.validator == "enum":
        allowed = "use one of: " + ", ".join(map(str, error.validator_value))
        if isinstance(error.instance, bool):  # `motivation: no`: YAML 1.1 reads yes/no/on/off as true/false
            return f"{str(error.instance).lower()} (YAML's reading of yes, no, on or off) is not allowed", allowed
        return f"{error.instance!r} is not allowed", allowed
    if error.validator == "pattern" and error.validator_value == NO_CONTROL_PATTERN:
        return control_characters(str(error.instance))
    if error.validator == "pattern":
        if error.validator_value not in PATTERNS:  # a pattern added to a schema without its words
            return f"{error.instance!r} does not match {error.validator_value}", ""
        problem, hint = PATTERNS[error.validator_value]
        return problem.format(value=repr(error.instance)), hint
    if error.validator == "type":
        types = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        wanted = " or ".join(SCHEMA_TYPE_WORDS.get(str(kind), str(kind)) for kind in types)
        found = VALUE_TYPE_WORDS.get(type(error.instance).__name__, type(error.instance).__name__)
        if "integer" in types and isinstance(error.instance, float) and error.instance.is_integer():
            whole = int(error.instance)
            return f"must be a whole number, not {error.instance!r}", f"write it without a decimal point: {whole}"
        return f"must be {wanted}, not {found}", TYPE_HINTS.get(str(types[0]), "")
    if error.validator == "anyOf" and all(list(option) == ["required"] for option in error.validator_value):
        fields = [f"'{option['required'][0]}:'" for option in error.validator_value]  # one of these fields
        return f"needs {' or '.join(fields)}", f"add {' or '.join(fields)}"
    if error.validator in LIMIT_HINTS:
        return error.message, LIMIT_HINTS[error.validator].format(error.validator_value)
    return error.message, ""


def control_characters(text: str) -> tuple[str, str]:
    """The control characters a text field holds, named as a body's are: no one sees them on the page."""
    codes = ", ".join(dict.fromkeys(f"U+{ord(char):04X}" for char in RE_CONTROL.findall(text)))
    hint = f"delete them: {DIRECTION_HINT}" if RE_DIRECTION_CONTROL.search(text) else "delete them"
    return f"holds control characters no one can see: {codes}", hint


def validate(
    data: Any,
    schema: Schema,
    display: str,
    prefix: str = "",
    name: Callable[[list[Any]], str] | None = None,
    missing_in_place: bool = False,
) -> list[Problem]:
    """Validate `data` against the schema; one Problem per error, named by field (`name` names a place otherwise).

    With `missing_in_place`, a missing field is named itself (`target.quote: is missing (add 'quote:'
    under 'target:')`), for files of named fields; in a list, its entry is the place to name.
    """
    if name is None:
        name = partial(field_name, prefix=prefix)
    errors = sorted(schema.validator.iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    misspelt = misspelt_fields(errors)
    meant = {(place, right) for (place, _), right in misspelt.items()}
    problems, valued = [], set()
    for error in errors:
        place = tuple(error.absolute_path)
        if error.validator == "required" and (place, missing_name(error)) in meant:
            continue  # said by the misspelling's own line
        if error.validator == "required" and missing_in_place:
            problems.append(missing_problem(display, name, error))
            continue
        if error.validator == "additionalProperties":
            problems += [unexpected_problem(display, name, error, key, misspelt) for key in unexpected_names(error)]
            continue
        if error.validator != "required":
            if place in valued:
                continue  # one line per value: '' is not both "non-empty" and "blank"
            valued.add(place)
        message, hint = describe(error)
        problems.append(Problem(display, name(list(place)), message, hint))
    return problems


def missing_problem(display: str, name: Callable[[list[Any]], str], error: ValidationError) -> Problem:
    """A missing field named where it belongs, with the field to add it under."""
    place, missing = list(error.absolute_path), missing_name(error)
    parent = name(place)
    hint = f"add '{missing}:'" + ("" if parent == "(top level)" else f" under '{parent}:'")
    return Problem(display, name([*place, missing]), "is missing", hint)


def unexpected_problem(
    display: str, name: Callable[[list[Any]], str], error: ValidationError, key: str, misspelt: Misspelt
) -> Problem:
    """One unexpected field, with the field it stands for when it looks like one (missing, or optional and absent)."""
    place = tuple(error.absolute_path)
    right = misspelt.get((place, key))
    if right is None:
        absent = [field for field in error.schema.get("properties", {}) if field not in error.instance]
        right = next(iter(difflib.get_close_matches(key, absent, n=1, cutoff=0.6)), None)
    field = name([*place, key])
    if right is not None:
        return Problem(display, field, f"is not a field: did you mean '{right}'?", f"rename it to '{right}'")
    return Problem(display, field, "is not a field", "remove it or check its spelling")


def missing_name(error: ValidationError) -> str:
    """The field a `required` error says is missing."""
    return error.message.split("'")[1]


def unexpected_names(error: ValidationError) -> list[str]:
    """The fields an `additionalProperties` error found that the schema does not list."""
    known = set(error.schema.get("properties", {}))
    return [str(name) for name in error.instance if name not in known] if isinstance(error.instance, dict) else []


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
        for name in unexpected_names(error):
            if close := difflib.get_close_matches(name, missing[place], n=1, cutoff=0.6):
                found[(place, name)] = close[0]
                missing[place].remove(close[0])
    return found
