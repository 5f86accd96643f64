"""The line or value a message asks a contributor to copy into a YAML file: front matter, anchors.redirects.yml.

Written by PyYAML, so a key or value is quoted exactly when YAML needs it (`'/a/#fn:': /b/#fn:` but
`/a/#p5: /a/#p4`), and shown between backticks, as the docs show it: prose quotes around it were
copied with it, and YAML read the whole line as one quoted text.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable

import yaml

LINE_BREAKS = "\x85\u2028\u2029"  # besides the newline: what YAML also reads as the end of a line


def yaml_scalar(text: str) -> str:
    r"""`text` as PyYAML writes it, on one line: plain where YAML reads it back unchanged, quoted where not.

    Dumped alone, not as a mapping's key: PyYAML writes a key of 128 characters or more as an explicit
    `? key` on a line of its own, and an id's address can be that long. Alone or as a key, the same
    characters decide whether it is quoted; a lone plain scalar ends with the document end `...`. A
    line break would fold a quoted text onto the next line: double quotes write it as an escape (`\n`).
    """
    dumped = yaml.safe_dump(text, allow_unicode=True, width=math.inf).removesuffix("\n").removesuffix("\n...")
    if "\n" in dumped or any(char in dumped for char in LINE_BREAKS):
        dumped = yaml.safe_dump(text, allow_unicode=True, width=math.inf, default_style='"').removesuffix("\n")
    return dumped


def yaml_line(key: str, value: str) -> str:
    """The mapping `{key: value}` as one line of YAML that reads back as that mapping."""
    return f"{yaml_scalar(key)}: {yaml_scalar(value)}"


def in_backticks(text: str) -> str:
    """`text` set off in backticks, as the docs show code: two, as Markdown does, when it holds one itself."""
    return f"`` {text} ``" if "`" in text else f"`{text}`"


def joined(items: Iterable[str]) -> str:
    """Items as a sentence lists them: `a`, `a and b`, `a, b and c` (the same words in every line naming several)."""
    *first, last = items
    return f"{', '.join(first)} and {last}" if first else last


def keys_path(*keys: str) -> str:
    """A place in a YAML file as its keys, each set off as the docs show code: `redirects` → `redirect_maps`.

    Not prose quotes around `redirects: redirect_maps:`, which read as one line of YAML to copy.
    """
    return " → ".join(in_backticks(key) for key in keys)


FIELD_LINES = f"write {in_backticks('field: value')} lines"  # the fix for front matter that is not a mapping


def line_to_write(key: str, value: str) -> str:
    """The YAML line to copy, set off in backticks: `term: 'Goal #3'`."""
    return in_backticks(yaml_line(key, value))


def value_to_write(value: str) -> str:
    """A value to copy alone (a list's item, a path), set off in backticks: `'Goal #3'`, `source/page.md`."""
    return in_backticks(yaml_scalar(value))


def item_to_write(value: str) -> str:
    """A list's item to copy as its own line (a nav entry), set off in backticks: `- about/notes.md`."""
    return in_backticks(f"- {yaml_scalar(value)}")


def day_to_write(key: str, day: dt.date) -> str:
    """The line giving `key` a day, as YAML writes a date (`created: 2026-12-05`), set off in backticks."""
    written = yaml.safe_dump(day).removesuffix("\n").removesuffix("\n...")  # a lone scalar ends the document
    return in_backticks(f"{yaml_scalar(key)}: {written}")


def flow_yaml(value: object) -> str:
    """A mapping or list as YAML's flow style writes it on one line: `{date-parts: [[2010]]}`, `[a, 'yes']`."""
    return yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=math.inf).removesuffix("\n")


def flow_line_to_write(key: str, value: object) -> str:
    """The line giving `key` a mapping or list on that line, in YAML's flow style: `issued: {date-parts: [[2010]]}`."""
    return in_backticks(f"{yaml_scalar(key)}: {flow_yaml(value)}")


def flow_to_write(value: object) -> str:
    """A mapping or list to copy alone in YAML's flow style (a list in a list), in backticks: `[a, 'yes']`."""
    return in_backticks(flow_yaml(value))
