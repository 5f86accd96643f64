"""A field indented unlike the line above it, named with the indentation to give it.

PyYAML words both slips without a word of indentation: a field indented further than a `key: value`
above it is read as more words of that value, and stops on its colon ("mapping values are not
allowed here", whose usual fix, quotes, made it worse); one indented between two levels is "expected
<block end>". A newcomer makes the first by uncommenting the template's `# url:` or `# language: fr`
with the '#' deleted alone.
"""

from __future__ import annotations

import re

import yaml

from hooks.core.yaml_lines import in_backticks

FURTHER = "mapping values are not allowed here"
BETWEEN = "expected <block end>, but found '<block mapping start>'"
# A field's line (`   url: https://…`): its indentation and key, the place PyYAML names being one or the other.
RE_FIELD = re.compile(r"(?P<indent> *)(?P<key>[\w.-]+):(?:[ \t]|$)")
# What stands before a line's key: its indentation and any list item's dash (`  - title:` has its key at 4).
RE_LEAD = re.compile(r" *(?:- +)*")
QUOTES = "or, if the words go on, put them in quotes"
UNTOLD = "so YAML cannot tell which field it belongs under"


def indentation_slip(error: yaml.YAMLError) -> str | None:
    """The fix for a field indented unlike the line above it, in the error PyYAML raised for it; None otherwise."""
    mark, problem = getattr(error, "problem_mark", None), str(getattr(error, "problem", ""))
    if problem not in (FURTHER, BETWEEN) or not mark or not mark.buffer:
        return None
    start = mark.pointer - mark.column
    field = RE_FIELD.match(mark.buffer[start:].split("\n", 1)[0])
    if not field or mark.column not in (len(field["indent"]), field.end("key")):
        return None  # `quote: ideas: transferred`: a value with ': ' in it, which quotes fix
    above = line_above(mark.buffer[:start])
    indent, own = (RE_LEAD.match(above).end() if above else 0), len(field["indent"])
    if above is None or own == indent or (problem == FURTHER and own < indent):
        return None
    named = RE_FIELD.match(above[indent:])  # the field above, by its key (after a list item's dash)
    that = in_backticks(f"{named['key']}:") if named else "that line"
    above_it = f"{that} above it" if named else "the line above it"
    where = f"indent it by {indent} space{'s' * (indent != 1)}" if indent else "start it at the line's start"
    key = in_backticks(f"{field['key']}:")
    if problem == FURTHER:
        reading = "so YAML reads it as more words of that line's value"
        return f"{key} is indented further than {above_it}, {reading}: {where}, as {that}; {QUOTES}"
    others = "as the other fields of its block" if indent else "indent it as the other fields of its block"
    return f"{key} is indented unlike {above_it}, {UNTOLD}: {where}, as {that}, or {others}"


def line_above(text: str) -> str | None:
    """The last line of `text` that holds more than a comment: the one whose indentation a field should share."""
    return next((line for line in reversed(text.split("\n")) if line.strip()[:1] not in ("", "#")), None)
