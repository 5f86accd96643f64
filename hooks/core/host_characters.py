"""The character a browser refuses in a link's host, named in a line (`site_addresses.unread_address`)."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote

from hooks.core.problems import named_value

# The controls and Python's `\s`, spelt out: the site's form (annotate-addresses.js) copies the patterns, and
# JavaScript's `\s` is another set (U+FEFF is one to it, U+0085 is not).
SPACES = r"\x00-\x20\x7f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# What a host may not hold that `urlsplit` leaves in one (the WHATWG URL standard's forbidden domain code points).
RE_HOST_CHARACTER = re.compile(rf"[{SPACES}%<>^|\\]")
RE_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")  # a host's `%20`, which a browser reads as the character it writes
RE_ESCAPED_CHARACTER = re.compile(rf"[{SPACES}%<>^|\\#/:?@\[\]]")  # those, and what ends a host (`%2F`)


def host_character(host: str) -> str | None:
    """The first character a browser refuses in a host, named, and as written when it is escaped (`%20`, a space).

    A browser reads a host's escapes before it looks (`%61.org` is `a.org`), so `%` alone is named only when it
    escapes nothing (`%zz`) or itself (`%25`).
    """
    if typed := RE_HOST_CHARACTER.search(RE_ESCAPES.sub("", host).replace("%", "")):
        return _character(typed.group())
    for escape in RE_ESCAPES.finditer(host):
        if found := RE_ESCAPED_CHARACTER.search(unquote(escape.group())):
            return f"{_character(found.group())} (written {named_value(escape.group())})"
    return named_value("%") if "%" in RE_ESCAPES.sub("", host) else None


def _character(character: str) -> str:
    """A character named in a line: a space, one shown as itself, or an invisible one by its code and name."""
    if character == " ":
        return "a space"
    if character.isprintable():
        return named_value(character)
    return f"U+{ord(character):04X} ({unicodedata.name(character, 'a control character').lower()})"
