"""A page's text and front matter as MkDocs reads them, and what makes a page misread, named.

Decoding (`decode_page`), the split MkDocs makes (`split_page`), why a `---` block did not parse
(`diagnose_front_matter`), control characters in the Markdown, and texts YAML cut short at ' #':
what the build and `make check` both read before any field is checked (`read_page_text`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from hooks.core.conflicts import merge_conflict
from hooks.core.csl_fields import DATE_FIELDS, NAME_PARTS, NAME_VARIABLES, WORD_FIELDS
from hooks.core.datafiles import parse_yaml, refuse_unreadable_scalars
from hooks.core.problems import Problem, unclosed_front_matter
from hooks.core.record_guide import guided
from hooks.core.schema_messages import control_characters
from hooks.core.text import RE_CONTROL
from hooks.core.typed_dates import csl_day_hint
from hooks.core.yaml_as_written import read_otherwise, written_as_text, written_scalar
from hooks.core.yaml_comments import NOT_EMPTY, cut_problems, emptied_problems, without_restated
from hooks.core.yaml_errors import NO_DAY, describe_yaml_error
from hooks.core.yaml_lines import FIELD_LINES
from hooks.core.yaml_nodes import EACH, child

# MkDocs' MultiMarkdown metadata (mkdocs.utils.meta.META_RE): what it reads from a page without `---`.
RE_MULTIMARKDOWN_FIELD = re.compile(r"[ ]{0,3}[A-Za-z0-9_-]+:")
# MkDocs' own delimiters (mkdocs.utils.meta.YAML_RE): `---` opens; `---` or `...` closes.
RE_FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)


class PageLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """MkDocs' reading of a page's front matter (a field written twice keeps its last value), in YAML errors only.

    MkDocs passes over any error (`2024-02-30`, `!!int "x"`) and keeps the block as text: so does `split_page`.
    """


refuse_unreadable_scalars(PageLoader)


def split_page(text: str) -> tuple[str, dict[str, Any]]:
    """A page's Markdown and front matter, split where MkDocs splits them (for what runs without it).

    A block that is not YAML, or not a mapping of fields, stays part of the text, as in MkDocs
    (`diagnose_front_matter` names it); a field written twice keeps its last value, as in MkDocs
    (named there too).
    """
    if not (match := RE_FRONT_MATTER.match(text)):
        return text, {}
    try:
        data = yaml.load(match.group(1), Loader=PageLoader)  # noqa: S506 (a SafeLoader)
    except yaml.YAMLError:
        return text, {}
    if not isinstance(data, dict):
        return text, {}
    return text[match.end() :].lstrip("\n"), data


def decode_page(data: bytes, display: str) -> tuple[str, Problem | None]:
    r"""A page's text as MkDocs reads it; one in another encoding is read anyway, and named.

    As MkDocs' text-mode read: UTF-8, a BOM dropped, Windows' and old Macs' line ends made `\n`
    (its front matter must start with `---\n`). MkDocs itself stops on a page that is not UTF-8
    with a traceback.
    """
    try:
        text, problem = data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        problem = Problem(display, "", f"is not UTF-8 (byte {error.start})", "save the file as UTF-8")
        text = data.decode("utf-8-sig", errors="replace")
    return (text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text), problem


def field_as_written(text: str, key: str) -> str | None:
    """A page's top-level field as its front matter writes it (`yes`), from its composed node; None if not one."""
    match = RE_FRONT_MATTER.match(text)
    return written_scalar(match.group(1), key) if match else None


def diagnose_front_matter(path: str, text: str) -> Problem | None:
    """Explain why a page's `---` block did not parse, which MkDocs itself passes over silently.

    Also a field written twice, which MkDocs' YAML reads without a word (the last one wins); and
    fields written without the `---` lines, which MkDocs reads as MultiMarkdown metadata: every
    value text (`order: '3'`), and a first line such as `Note: …` taken from the page.
    """
    if not text.startswith("---"):
        if RE_MULTIMARKDOWN_FIELD.match(text):
            first = text.split("\n", 1)[0].strip()
            message = f"the page starts with '{first[:60]}', which MkDocs takes for a field, not for text"
            hint = "put fields between two lines '---'; start the text with a heading or a blank line"
            return Problem(path, "front matter", message, hint)
        return None
    lines = text.split("\n")
    try:
        end = next(i for i, line in enumerate(lines[1:], start=1) if line.rstrip() in ("---", "..."))
    except StopIteration:
        return unclosed_front_matter(path)
    try:
        data = parse_yaml("\n".join(lines[1:end]))
    except yaml.YAMLError as error:
        message, hint = describe_yaml_error(error, first_line=2)
        if NO_DAY in message and (record_date := record_date_at("\n".join(lines[1:end]), error)):
            field, written, raw = record_date  # CSL's date-parts, not the YYYY-MM-DD of a page's own field
            hint = csl_day_hint(field, written, raw=raw)
        return Problem(path, "front matter", message, hint or "fix the YAML between the '---' lines")
    if not isinstance(data, dict):
        return Problem(path, "front matter", "is not a mapping of fields", FIELD_LINES)
    if not RE_FRONT_MATTER.match(text):  # `---` not alone on its line, or no line break after the last one
        message = "is not read by MkDocs: it must open with a line '---' and close with '---' and a line break"
        return Problem(path, "front matter", message, "write '---' alone on the first and the closing line")
    return None


def record_date_at(text: str, error: yaml.YAMLError) -> tuple[str, str, bool] | None:
    """The bibliography's date field whose value YAML stopped on (`issued`, its text, whether its `raw`); None if none.

    The front matter composes (the calendar stopped it later, building the value): its nodes say where.
    """
    if (mark := getattr(error, "problem_mark", None)) is None:
        return None
    try:
        record = child(yaml.compose(text, Loader=yaml.SafeLoader), "bibliography")
    except yaml.YAMLError:
        return None
    for field in DATE_FIELDS:
        for node, raw in ((value := child(record, field), False), (child(value, "raw"), True)):
            if isinstance(node, yaml.ScalarNode) and node.start_mark.pointer == mark.pointer:
                return field, node.value, raw
    return None


def control_lines(path: str, text: str) -> list[Problem]:
    """One line per line of a page's Markdown that holds a control character, by its line number in the file.

    Its words are published: an escape code no reader sees, or a direction override that makes
    them read in another order than written, would be published too. (Its front matter's fields
    are checked as fields, and a block YAML cannot read is `diagnose_front_matter`'s line.)
    """
    start = match.end() if (match := RE_FRONT_MATTER.match(text)) else 0
    if not RE_CONTROL.search(text, start):  # every page, every build: one scan, lines counted only for a find
        return []
    first, body = text[:start].count("\n") + 1, text[start:]  # the body's first line in the file
    return [
        Problem(path, f"line {number}", *control_characters(line, line_break="a new line"))
        for number, line in enumerate(body.split("\n"), start=first)  # not splitlines: \x0b and \x1c end no line
        if RE_CONTROL.search(line)
    ]


# A page's words an editor types (`yaml_comments`' rule): its title and description, its source's record
# (`csl_fields.WORD_FIELDS`, every name's parts, a date written as words) and what the record does not know
# (`unknown`). Not `source`, `order` or `tags`: ids and numbers.
PAGE_TEXT_FIELDS = (
    ("title",),
    ("description",),
    ("unknown", EACH),
    *(("bibliography", field) for field in WORD_FIELDS),
    *(("bibliography", field, EACH, part) for field in NAME_VARIABLES for part in NAME_PARTS),
    *(("bibliography", field, "literal") for field in DATE_FIELDS),
    ("bibliography", "categories", EACH),
)


def texts_cut_by_comment(path: str, text: str, problems: list[Problem] | None = None) -> list[Problem]:
    """A title, description or record's text that YAML cut at ' #' (`title: Goal #3` read as 'Goal'), one line each.

    Every menu would show half the title, every citation half the record, without a word. Read on
    every page: one search of its front matter decides nearly all of them without a second parse.
    """
    end = text.find("\n---", 3)  # the closing line or one below it: the front matter is above it
    end = len(text) if end < 0 else end
    if not text.startswith("---") or (text.find(" #", 0, end) < 0 and text.find("\t#", 0, end) < 0):
        return []  # nearly every page: a few finds, no pattern (the Markdown's `{ #p3 }` is below the block)
    if not (match := RE_FRONT_MATTER.match(text)):
        return []
    cuts = cut_problems(path, match.group(1), PAGE_TEXT_FIELDS)
    return guided(cuts + emptied_problems(path, match.group(1), [*(problems or []), *cuts]))  # `ISBN: #13`


def said_with_comments(path: str, text: str, problems: list[Problem]) -> list[Problem]:
    """`problems` with a field a comment emptied (`number: #13`) said as such, in one line, not the schema's.

    The schema's "not empty" says only that a value is wanted. So is a text YAML read as true, false
    or a number (`publisher: yes`): offered as written (`written_as_text`). The page's text is searched
    again only when such a line is among the problems.
    """
    if any(problem.path == path and read_otherwise(problem) for problem in problems):
        match = RE_FRONT_MATTER.match(text)
        problems = written_as_text(path, match.group(1), problems) if match else problems
    if not any(problem.message.endswith(NOT_EMPTY) for problem in problems):
        return problems
    return without_restated(problems + texts_cut_by_comment(path, text, problems))


def unreadable_page(path: str, text: str) -> Problem | None:
    """What makes a page's other checks noise: a merge conflict left in it, or front matter MkDocs misreads."""
    return merge_conflict(path, text) or diagnose_front_matter(path, text)


@dataclass(frozen=True)
class PageText:
    """A page's text as MkDocs reads it, the lines about it, and whether its other checks must wait (`misread`)."""

    text: str
    problems: tuple[Problem, ...]
    misread: bool


def read_page_text(data: bytes, path: str) -> PageText:
    """Read a page's file as the build and make check both do: its text, its lines, and whether it is misread.

    A page that is not UTF-8 is misread too, as one with a merge conflict or front matter MkDocs
    misreads: decoded with replacement characters, its fields and words are not the ones written,
    so their lines would be noise beside the encoding's. Its control characters are named anyway;
    so is, on a page read right, a front matter's text that YAML cut short at ' #'.
    """
    text, undecoded = decode_page(data, path)
    unreadable = unreadable_page(path, text)
    problems = [found for found in (undecoded, unreadable) if found] + control_lines(path, text)
    if not undecoded and not unreadable:  # a misread page's fields are not the ones written: its own line first
        problems += texts_cut_by_comment(path, text)
    return PageText(text, tuple(problems), misread=bool(undecoded or unreadable))
