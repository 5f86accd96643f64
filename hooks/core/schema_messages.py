"""A JSON Schema error in the words of someone writing YAML: what is wrong and how to fix it, never a regex.

`hooks.core.schemas` words every schema error with `describe`; the pages' front matter, checked
without a schema, words its patterns with the same `PATTERNS`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from jsonschema.exceptions import ValidationError

from hooks.core.field_names import closest_field
from hooks.core.problems import named_value
from hooks.core.text import (
    DOI_PATTERN,
    LANGUAGE_PATTERN,
    NO_CONTROL_PATTERN,
    NO_REFERENCE_PATTERN,
    RE_CONTROL,
    URL_PATTERN,
    VISIBLE_PATTERN,
    control_hint,
)
from hooks.core.typed_dates import NOT_A_DATE, WRITE_ISO, date_hint, not_a_date
from hooks.core.yaml_lines import FIELD_LINES, flow_line_to_write, in_backticks, keys_path, line_to_write

PARAGRAPH_ID = "^p[1-9][0-9]*$"  # an annotation's target.paragraph
DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"  # an annotation's created and modified
# Text shown as written where Material reads it as markup: a title in every page's navigation (a
# policy area's, a page's), and in tooltips a glossary term, its definitions' attributions, an author's name.
PLAIN_TEXT = "^[^<>]*$"
# Where markup in each plain-text field would be read as HTML, for its hint (`plain_text_hint`): an author's
# name is in no navigation, a page's title in no tooltip of the edition's own.
PLAIN_TEXT_PLACES = {
    "title": "the site's navigation",  # a page's or a policy area's, on every page (and the header's tooltip)
    "name": "the tooltip of the passage it annotates",  # an annotation's author, on its highlight
    "term": "the glossary's contents and every link's tooltip",
    "aliases": "the glossary's contents",  # beside the term, in its entry's heading
    "attribution": "the tooltip of every link to the term",
}
# The openings and end of lines a caller recognises (`record_guide`): a value's text, in any field.
CONTROL, BLANK, TOO_LONG = "holds control characters no one can see", "is blank", "it may have"
# What each pattern of the schemas refuses and asks for, in words: no contributor should read a regex.
ID_HINT = "use lowercase letters, digits and '-'"
# How a language is written, for a record and an annotation alike (both schemas' LANGUAGE_PATTERN takes more:
# extensions and private use, which no one writes by mistake).
LANGUAGE_HINT = (
    "write a language's tag, with a script, region or variants after it if need be: fr, es-419, pt-BR, zh-Hant,"
    " ca-ES-valencia"
)
ID_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$"  # an area's and a term's id, an annotation's tags
NOTE_ID_PATTERN = "^(?!p[0-9]+$)[a-z0-9]+(-[a-z0-9]+)*$"  # a note's id: not a paragraph's (p7)
NOT_AN_ID = "{value} is not a valid id"
NOT_A_FIELD = "is not a field"  # the opening of an unexpected field's message (`schema_unexpected.unexpected_problem`)
NOT_ALLOWED = "is not allowed"  # a value outside its field's list (`enum`): a caller may offer the one meant
PATTERNS = {
    ID_PATTERN: (NOT_AN_ID, ID_HINT),
    NOTE_ID_PATTERN: (NOT_AN_ID, f"{ID_HINT}, and not the form of a paragraph id (p7)"),
    PLAIN_TEXT: ("{value} has '<' or '>'", "write plain text: markup here would be read as HTML"),  # `plain_text_hint`
    "\\w": ("{value} has no letter or digit", "write at least one letter or digit"),
    NO_CONTROL_PATTERN: (CONTROL, "delete them"),  # named by `describe`
    VISIBLE_PATTERN: (BLANK, "write some text: spaces and invisible characters alone show nothing"),
    "^[\\w-][\\w.-]*(/[\\w-][\\w.-]*)*\\.md#[A-Za-z][\\w-]*$": (  # a path below docs/: no '..' and no leading '/'
        "{value} is not a page path with an id",
        "write the page's path below docs/ and the paragraph's id, e.g. migration-and-transnationalism/annex.md#p1",
    ),
    "^[a-z0-9-]+(/[a-z0-9-]+)*\\.md$": (
        "{value} is not a page path",
        "write the path inside docs/, e.g. migration-and-transnationalism/opportunities.md",
    ),
    PARAGRAPH_ID: ("{value} is not a paragraph id", "write it as shown in the URL: p3"),
    DOI_PATTERN: (
        "{value} is not a DOI",
        "write the DOI alone, as '10.' and the rest, e.g. 10.1007/978-3-319-76861-8_3 (not its address or 'doi:')",
    ),
    URL_PATTERN: (
        "{value} is not a web address",
        'start it with https://, with no space, control character or any of "<>\\^`{|} in it',
    ),
    NO_REFERENCE_PATTERN: (
        "{value} writes a character as an HTML reference (&…;)",
        "write the character itself, & for &amp;: the page would show the character the reference stands for",
    ),
    DATE_PATTERN: (f"{{value}} {NOT_A_DATE}", WRITE_ISO),  # `annotation_checks` adds its day as the example
    LANGUAGE_PATTERN: ("{value} is not a BCP 47 language tag", LANGUAGE_HINT),  # `languages.language_problems`
}
# The id patterns, whose value in another case (`Remittances`) is offered in lowercase (`lowercase_id`): every
# pattern worded as an id's, so that a pattern added or changed in `PATTERNS` is one of them without a second copy.
ID_PATTERNS = frozenset(pattern for pattern, (message, _) in PATTERNS.items() if message == NOT_AN_ID)
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
    "array": f"write it as {in_backticks('[a, b]')} or as lines starting with '- '",
    "object": f"{FIELD_LINES}, indented under it",
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
        return f"{keys_path(missing)} is missing", f"add {keys_path(missing)}"
    if error.validator == "additionalProperties":
        return error.message, "remove it or check its spelling"
    if error.validator == "enum":
        allowed = "use one of: " + ", ".join(map(str, error.validator_value))
        if isinstance(error.instance, bool):  # `motivation: no`: YAML 1.1 reads yes/no/on/off as true/false
            return f"{str(error.instance).lower()} (YAML's reading of yes, no, on or off) {NOT_ALLOWED}", allowed
        return f"{named_value(error.instance)} {NOT_ALLOWED}", case_hint(error) or allowed
    if error.validator == "pattern" and error.validator_value == NO_CONTROL_PATTERN:
        return control_characters(str(error.instance))
    if error.validator == "pattern" and error.validator_value == PLAIN_TEXT:
        fields = [part for part in error.absolute_path if isinstance(part, str)]  # `aliases[2]`: its list's name
        return f"{named_value(error.instance)} has '<' or '>'", plain_text_hint(fields[-1] if fields else "")
    if error.validator == "pattern":
        if error.validator_value not in PATTERNS:  # a pattern added to a schema without its words
            return f"{named_value(error.instance)} does not match {error.validator_value}", ""
        problem, hint = PATTERNS[error.validator_value]
        if error.validator_value in ID_PATTERNS and (lower := lowercase_id(error)):
            return problem.format(value=named_value(error.instance)), f"write it in lowercase: {named_value(lower)}"
        if error.validator_value == DATE_PATTERN:  # the calendar's check words it too (`annotation_checks`)
            fields = [part for part in error.absolute_path if isinstance(part, str)]
            return not_a_date(error.instance), date_hint(str(error.instance), fields) or hint
        address = error.validator_value == URL_PATTERN  # a typographic space or a joiner in a URL is never meant
        return problem.format(value=named_value(error.instance, address=address)), hint
    if error.validator == "type":
        types = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        wanted = " or ".join(SCHEMA_TYPE_WORDS.get(str(kind), str(kind)) for kind in types)
        found = VALUE_TYPE_WORDS.get(type(error.instance).__name__, type(error.instance).__name__)
        if "integer" in types and isinstance(error.instance, float) and error.instance.is_integer():
            whole = int(error.instance)
            hint = f"write it without a decimal point: {whole}"
            return f"must be a whole number, not {named_value(error.instance)}", hint
        if error.instance is None and str(types[0]) not in ("array", "object"):  # `DOI:` alone: no quotes help
            return f"must be {wanted}, not empty", "write its value"
        hint = number_hint(error) or list_hint(error) or TYPE_HINTS.get(str(types[0]), "")
        return f"must be {wanted}, not {found}", hint
    if error.validator == "anyOf" and all(list(option) == ["required"] for option in error.validator_value):
        fields = [keys_path(option["required"][0]) for option in error.validator_value]  # one of these fields
        return f"needs {' or '.join(fields)}", f"add {' or '.join(fields)}"
    if error.validator == "maxLength" and isinstance(error.instance, str):
        return too_long(error.instance, error.validator_value)
    if error.validator == "uniqueItems" and (repeated := listed_twice(error)):
        return repeated
    if error.validator in LIMIT_HINTS:
        return error.message, LIMIT_HINTS[error.validator].format(error.validator_value)
    return error.message, ""


def listed_twice(error: ValidationError) -> tuple[str, str] | None:
    """A list's item written more than once, named as YAML writes it, and the list to write with each once.

    Not jsonschema's words, which show the list as Python does (`['remittances', 'remittances']`).
    """
    items = error.instance
    try:
        once = list(dict.fromkeys(items))
    except TypeError:  # an item that is a list or a mapping: jsonschema's words
        return None
    repeated = [item for index, item in enumerate(items) if item in items[:index]]
    if not repeated:  # jsonschema's equality is not Python's (`1` and `true` are two items to it)
        return None
    item = repeated[0]
    count = sum(1 for other in items if other == item)  # in the words of a page's tags (`policy_index`)
    key = field_of(error)
    hint = f"list each one once: {flow_line_to_write(key, once)}" if key else LIMIT_HINTS["uniqueItems"]
    return f"{named_value(item)} is listed {count} times", hint


def lowercase_id(error: ValidationError) -> str | None:
    """An id written in another case (`Remittances`) in lowercase, when its pattern takes that; else None.

    The one fix the pattern knows: a tag's line offers it while the taxonomy, which names the area meant, is unread.
    """
    if not isinstance(error.instance, str) or (lower := error.instance.lower()) == error.instance:
        return None
    return lower if re.search(error.validator_value, lower) else None


def field_of(error: ValidationError) -> str | None:
    """The key a value is written under (`type` of `author.type`); None for a list's item or the top level."""
    path = list(error.absolute_path)
    return path[-1] if path and isinstance(path[-1], str) else None


def case_hint(error: ValidationError) -> str | None:
    """The line to write for an allowed value typed in another case (`motivation: Commenting`); None otherwise."""
    if not isinstance(error.instance, str) or (key := field_of(error)) is None:
        return None
    same = [value for value in error.validator_value if str(value).casefold() == error.instance.casefold()]
    return f"write it as {line_to_write(key, str(same[0]))}: the values are case-sensitive" if same else None


def list_hint(error: ValidationError) -> str | None:
    """The line to write for a text where a list of texts is wanted: `tags: remittances` is `tags: [remittances]`.

    A comma in the text separated its items (`tags: remittances, integration`).
    """
    items = error.schema.get("items")
    if error.validator_value != "array" or not isinstance(error.instance, str) or (key := field_of(error)) is None:
        return None
    if not isinstance(items, dict) or items.get("type") != "string":
        return None
    written = written_items(error.instance)
    return f"write it as {flow_line_to_write(key, written)}" if written else None


def written_items(text: str) -> list[str]:
    """The items a text written for a list holds, a comma between them (`remittances, integration`)."""
    return [item.strip() for item in text.split(",") if item.strip()]


def stand_ins(names: Iterable[str], missing: list[str], cutoff: float) -> dict[str, str]:
    """Each name that stands for a missing one (`titel` for `title`), each missing one taken once."""
    found: dict[str, str] = {}
    left = list(missing)
    for name in names:
        if close := closest_field(name, left, cutoff):
            found[name] = close
            left.remove(close)
    return found


def number_hint(error: ValidationError) -> str | None:
    """The id a number stands for where a paragraph id is wanted: `paragraph: 3` means p3, and '3' would fail next."""
    value = error.instance
    if error.schema.get("pattern") != PARAGRAPH_ID or type(value) not in (int, float):
        return None
    if math.isfinite(value) and value == int(value) and value > 0:  # 3, and 3.0 as YAML reads `3.0` (not `.inf`)
        return f"write p{int(value)}"
    return "write the paragraph's id as its ¶ link ends: p1, p2, …"  # 0, -3, 2.5: no paragraph has such a number


def plain_text_hint(field: str) -> str:
    """How to fix markup in a plain-text field, saying where it would be read as HTML (a title's navigation)."""
    if field not in PLAIN_TEXT_PLACES:
        return PATTERNS[PLAIN_TEXT][1]
    return f"write plain text: {PLAIN_TEXT_PLACES[field]} would read markup here as HTML"


def too_long(text: str, limit: int) -> tuple[str, str]:
    """A text longer than its field takes, its length told, not quoted: a paste gone wrong can be a whole page."""
    hint = f"shorten it to {limit:,} characters or fewer"
    return f"is {len(text):,} characters long, more than the {limit:,} {TOO_LONG}", hint


def control_characters(text: str, line_break: str = "a space") -> tuple[str, str]:
    """The control characters a text field holds, named as a body's are: no one sees them on the page.

    `line_break`: what to write for a line or paragraph separator (a new line in a page's text).
    """
    codes = ", ".join(dict.fromkeys(f"U+{ord(char):04X}" for char in RE_CONTROL.findall(text)))
    return f"{CONTROL}: {codes}", control_hint(text, line_break)
