"""One contributor mistake, as one line a contributor can act on."""

from __future__ import annotations

import base64
import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

import yaml

# C0 and C1 controls, DEL, the line and paragraph separators (a new line to some viewers) and the
# direction controls, each shown as its escape (`\x1b`, `\u2028`, `\u202e`); a tab and the line ends
# as YAML's double quotes write them (`\t`, `\n`, `\r`), as a contributor typed them.
ESCAPED = (
    {code: f"\\x{code:02x}" for code in (*range(0x20), *range(0x7F, 0xA0))}
    | {code: f"\\u{code:04x}" for code in (0x2028, 0x2029, *range(0x202A, 0x202F), *range(0x2066, 0x206A))}
    | {ord("\t"): "\\t", ord("\n"): "\\n", ord("\r"): "\\r"}
)
BINARY = "binary data (!!binary)"  # bytes, `!!binary eA==`, as every setting's line names them
# What joins two shown characters into one (Persian's ZWNJ, an emoji's or an Indic conjunct's ZWJ), and the tag
# characters that spell a flag after its black flag (U+E0020–U+E007F; U+E0001 is deprecated): kept in words.
JOINERS = frozenset("\u200c\u200d")
TAGS = frozenset(map(chr, range(0xE0020, 0xE0080)))


@dataclass(frozen=True)
class Problem:
    """A mistake in a file: where it is, which field, what is wrong and how to fix it."""

    path: str
    field: str
    message: str
    hint: str = ""
    # Where its element stands among those its check names on the page (a paragraph without an id): the
    # lines are shown in the page's order, not their words' (`ordered_lines`). Not part of the line.
    place: int | None = field(default=None, compare=False, repr=False)
    # Which of its page's lost ids the line is about, set by the check that makes it (`lost_ids.kind_of_lost_ids`):
    # a paragraph's pN, a heading's ids, or `#contents` alone. Data, not words: a reworded line names the same.
    offers: str | None = field(default=None, compare=False, repr=False)

    def __str__(self) -> str:
        r"""Render as `path: field: message (hint)`, the one line the build prints, its control characters escaped.

        Names and values come from pull requests: a field named `\x1b[2K\rOK: …` would erase the
        line in a reviewer's terminal and print a false "OK", and a newline would make two lines.
        """
        where = f"{self.path}: {self.field}: " if self.field else f"{self.path}: "
        return (f"{where}{self.message}" + (f" ({self.hint})" if self.hint else "")).translate(ESCAPED)


class _OneLineDumper(yaml.SafeDumper):
    """YAML's safe dumper writing text with a line break, and `!!binary` bytes, in double quotes, on one line.

    Its default folds a line break in a flow collection into a blank line and an indent, and writes bytes
    as a block literal, so the value would span lines or read as two line breaks once escaped.
    """

    def represent_str(self, data: str) -> yaml.ScalarNode:
        if "\n" in data or "\r" in data:
            return self.represent_scalar("tag:yaml.org,2002:str", data, style='"')
        return super().represent_str(data)

    def represent_binary(self, data: bytes) -> yaml.ScalarNode:
        return self.represent_scalar("tag:yaml.org,2002:binary", base64.b64encode(data).decode("ascii"), style='"')


_OneLineDumper.add_representer(str, _OneLineDumper.represent_str)
_OneLineDumper.add_representer(bytes, _OneLineDumper.represent_binary)


def unclosed_front_matter(path: str) -> Problem:
    """The line for a `---` block never closed: a page's and an annotation's front matter say the same fix."""
    return Problem(path, "front matter", "the opening '---' is never closed", "end the block with a line '---'")


def named_value(value: object, *, address: bool = False) -> str:
    r"""A contributor's value as a line names it: bytes by their kind, anything else as YAML writes it (`yaml_shown`).

    `used_in: !!binary eA==` was "not !!binary "eA=="", and `extra_css:` "not binary data (!!binary)": a base64
    says nothing the contributor meant, and every setting's line names bytes alike.
    """
    if isinstance(value, bytes | bytearray):
        return BINARY
    return yaml_shown(value, address=address)


def yaml_shown(value: object, *, address: bool = False) -> str:
    r"""A value as YAML writes it, bytes too (`!!binary "eA=="`): text in '…' as written, the rest in YAML's flow.

    For a line setting YAML's reading beside the words written (`'!!binary eA==' is not text: YAML reads it
    as !!binary "eA=="`), or a key that is a field's name. Not Python's repr, which puts text holding a quote
    in double quotes or escapes it (`"women's rights"`, `'it\'s'`) and writes `None`, `True` and `['a']`
    where YAML wrote `null`, `true` and `[a]`. A character that hides in the line is written as its escape
    (`visible`; `address`: the value is a URL).
    """
    if isinstance(value, str):  # a quote at an end would read as YAML's doubled quote: `''x''`
        shown = visible(value, address=address)  # alone: a joiner at its start joins nothing, not the quote
        return f'"{shown}"' if value.startswith("'") or value.endswith("'") else f"'{shown}'"
    try:  # a lone scalar ends the document: `5\n...`
        shown = yaml.dump(value, Dumper=_OneLineDumper, default_flow_style=True, allow_unicode=True, width=math.inf)
    except yaml.YAMLError:  # no YAML value (never read from a file): its own words
        return visible(str(value), address=address)
    return visible(shown.removesuffix("\n").removesuffix("\n..."), address=address)


def named_address(value: object) -> str:
    r"""An address (a link, a URL field or setting) as a line names it: every space but U+0020 escaped (`visible`)."""
    return named_value(value, address=True)


def visible(text: str, *, address: bool = False) -> str:
    r"""Text with each character that hides or misleads in a line written as its escape: `\u200b`, `\t`.

    In words (a title, a term, an area) only what no one means to show: a control character, a line separator,
    a direction override, embedding or isolate (Unicode's categories Cc, Zl, Zp, and Cf with an explicit bidi
    class), a format character of no script (Cf of bidi class BN: a zero-width space, a soft hyphen, U+FEFF), a
    private-use, unassigned or surrogate code point (Co, Cn, Cs). What text needs stays as written: a typographic
    space (Zs: `日本\u3000語`, French's U+202F), a direction mark or sign beside shown words (Cf of a strong or
    number class: a right-to-left mark), and, after a shown character, a joiner between two (Persian's ZWNJ, an
    emoji's or an Indic conjunct's ZWJ), a tag character (a flag's) or a mark (Mn, Me: a variation selector);
    at the start, or after a space, a joiner or a mark joins nothing and would mark the quote before it.
    An `address` means none of these: every character Python counts unprintable (all of Cc, Cf, Cs, Co, Cn, and
    every space but U+0020) is escaped, as `'https://a\u200eb.org/'` looked like `'https://ab.org/'`.
    The escapes are those the line gives its control characters (`ESCAPED`).
    """
    if address:
        return text if text.isprintable() else "".join(c if c.isprintable() else _escape(ord(c)) for c in text)
    written, joined = [], False  # joined: the last character written shows, or joins one that does
    for at, char in enumerate(text):
        kept = _kept(char, joined, text[at + 1 : at + 2])
        written.append(char if kept else _escape(ord(char)))
        joined = kept and not char.isspace()
    return "".join(written)


def _kept(char: str, joined: bool, after: str) -> bool:
    """Whether words show a character as their writer meant it, after one shown (`joined`) and before `after`."""
    kind, bidi = unicodedata.category(char), unicodedata.bidirectional(char)
    if kind in ("Mn", "Me"):  # a mark at the start would mark the quote before it
        return joined
    if char.isprintable() or kind == "Zs":
        return True
    if kind != "Cf":
        return False
    shown_after = bool(after) and after.isprintable() and not after.isspace()
    if bidi in ("L", "R", "AL", "AN"):  # a direction mark, or a sign shown over the digits after it
        return joined or shown_after
    if char in JOINERS:
        return joined and shown_after
    return char in TAGS and joined


def _escape(code: int) -> str:
    r"""A character's escape, as `ESCAPED` writes one, else by its code: `\xa0`, `\u200b`, `\U000e0001`."""
    if code in ESCAPED:
        return ESCAPED[code]
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


RE_CHUNK = re.compile(r"([0-9]+)|.", re.DOTALL)


def line_order(line: str) -> tuple[tuple[tuple[int, int, str], ...], str]:
    """A line's sort key: as text, but each run of digits as the number readers count (`p2` before `p10`).

    A run sorts where its first digit would among the other characters (`x.md` before `x2.md`, as text
    sorts them), by its length without leading zeros, then its digits: no `int()`, which refuses a number
    of thousands of digits a contributor's value may hold. The line itself settles a tie (`p02`, `p2`).
    """
    key = []
    for match in RE_CHUNK.finditer(line):
        digits = (match[1] or "").lstrip("0") or "0"
        key.append((ord("0"), len(digits), digits) if match[1] else (ord(match[0]), 0, ""))
    return tuple(key), line


def ordered_lines(problems: Iterable[Problem]) -> list[str]:
    """Each problem's line once, in a stable order: by `line_order`, the placed lines of a page's field in its order.

    A page's paragraphs without an id sorted by their words came `p9`, `p10`, `p6`: their lines take the
    places their words give them, filled in the page's order, so the ids they offer follow one another.
    """
    placed: dict[tuple[str, str], dict[str, int]] = {}
    lines = set()
    for problem in problems:
        line = str(problem)
        lines.add(line)
        if problem.place is not None:
            placed.setdefault((problem.path, problem.field), {}).setdefault(line, problem.place)
    ordered = sorted(lines, key=line_order)
    for group in placed.values():
        slots = [n for n, line in enumerate(ordered) if line in group]
        for slot, line in zip(slots, sorted(group, key=group.__getitem__), strict=True):
            ordered[slot] = line
    return ordered


def format_problems(problems: list[Problem]) -> str:
    """Join problems into the block shown to the user, ordered so output is stable (`ordered_lines`)."""
    return "\n".join(ordered_lines(problems))
