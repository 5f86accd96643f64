"""One contributor mistake, as one line a contributor can act on."""

from __future__ import annotations

import base64
import math
from dataclasses import dataclass

import yaml

# C0 and C1 controls, DEL, the line and paragraph separators (a new line to some viewers) and the
# direction controls, each shown as its escape (`\x1b`, `\u2028`, `\u202e`); a tab and the line ends
# as YAML's double quotes write them (`\t`, `\n`, `\r`), as a contributor typed them.
ESCAPED = (
    {code: f"\\x{code:02x}" for code in (*range(0x20), *range(0x7F, 0xA0))}
    | {code: f"\\u{code:04x}" for code in (0x2028, 0x2029, *range(0x202A, 0x202F), *range(0x2066, 0x206A))}
    | {ord("\t"): "\\t", ord("\n"): "\\n", ord("\r"): "\\r"}
)


@dataclass(frozen=True)
class Problem:
    """A mistake in a file: where it is, which field, what is wrong and how to fix it."""

    path: str
    field: str
    message: str
    hint: str = ""

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


def named_value(value: object) -> str:
    r"""A contributor's value as a line names it: text in '…' as written, anything else as YAML shows it.

    Not Python's repr, which puts text holding a quote in double quotes or escapes it (`"women's
    rights"`, `'it\'s'`) and writes `None`, `True` and `['a']` where YAML wrote `null`, `true` and `[a]`.
    """
    if isinstance(value, str):  # a quote at an end would read as YAML's doubled quote: `''x''`
        return f'"{value}"' if value.startswith("'") or value.endswith("'") else f"'{value}'"
    try:  # a lone scalar ends the document: `5\n...`
        shown = yaml.dump(value, Dumper=_OneLineDumper, default_flow_style=True, allow_unicode=True, width=math.inf)
    except yaml.YAMLError:  # no YAML value (never read from a file): its own words
        return str(value)
    return shown.removesuffix("\n").removesuffix("\n...")


def format_problems(problems: list[Problem]) -> str:
    """Join problems into the block shown to the user, sorted so output is stable."""
    return "\n".join(sorted({str(problem) for problem in problems}))
