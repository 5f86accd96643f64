"""Read the contributed YAML data files: a file that cannot be read is one Problem, not a traceback.

The loaders name, with its line, what PyYAML would pass over in silence (a field written twice),
stop on with a traceback (a day the calendar lacks) or pay for dearly (a list or mapping repeated
by an alias). `hooks.core.schemas` then checks what was read against the file's JSON Schema.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from hooks.core.conflicts import merge_conflict
from hooks.core.problems import Problem
from hooks.core.typed_dates import missing_day
from hooks.core.yaml_comments import RE_HASH_AFTER_WORDS
from hooks.core.yaml_indentation import indentation_slip
from hooks.core.yaml_lines import in_backticks, line_to_write

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
                    twice = f"{in_backticks(key.value)} {TWICE}"  # a key, named as keys are: `tags`
                    raise yaml.constructor.ConstructorError(None, None, twice, key.start_mark)
                seen.add(key.value)
        return super().construct_mapping(node, deep)  # type: ignore[misc]


class SafeLoader(UniqueKeys, yaml.SafeLoader):
    """PyYAML's safe loader, refusing repeated fields; its error messages are the ones reported."""


class FastSafeLoader(UniqueKeys, getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The same on libyaml's parser: same data, several times faster."""


NO_DAY = "is no day of the calendar"
NOT_OF_TAG = "cannot be read as"
# The scalar tags whose PyYAML constructors let Python's own error through (`!!int "x"`, `!!bool "x"`, `!!float ""`).
SCALAR_TAGS = ("bool", "int", "float", "timestamp")


def construct_timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    """A date YAML reads (`2024-02-30` is one to YAML), refused with its line when the calendar has no such day.

    PyYAML lets Python's `ValueError` through, which no YAML error handler catches: a traceback. Its words
    (`day is out of range for month`) give way to the day the calendar lacks, named. No language is
    needed: YAML reads a date only from ASCII digits (`2024-02-30`; `!!timestamp 30 février 2024` is
    `tagged_value_error`'s line), and a date in words is text, whose checks read it in the file's `language`.
    """
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError as error:
        message = f"'{node.value}' {NO_DAY} ({missing_day(node.value) or error})"  # `February 2024 has 29 days`
        raise yaml.constructor.ConstructorError(None, None, message, node.start_mark) from None
    except AttributeError:  # `!!timestamp x`: the tag on words that are no date at all
        raise tagged_value_error(node, "timestamp") from None


def tagged_value_error(node: yaml.ScalarNode, name: str) -> yaml.constructor.ConstructorError:
    """A value whose explicit tag (`!!int "x"`) PyYAML's constructor fails on: a YAML error with its line."""
    return yaml.constructor.ConstructorError(None, None, f"'{node.value}' {NOT_OF_TAG} !!{name}", node.start_mark)


def checked_constructor(name: str) -> Any:
    """SafeLoader's `!!<name>` constructor, its Python errors (past every YAML handler: a traceback) made YAML ones."""
    construct = getattr(yaml.SafeLoader, f"construct_yaml_{name}")

    def construct_checked(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
        try:
            return construct(loader, node)
        except (ValueError, IndexError, KeyError):  # int("x"), "" indexed, the bool table's missing key
            raise tagged_value_error(node, name) from None

    return construct_checked


HALF_CHARACTER = "holds half a character"
RE_SURROGATE = re.compile("[\ud800-\udfff]")


def construct_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> Any:
    r"""A text, refused with its line when a `\ud800` escape left half a character in it (a lone surrogate).

    YAML reads the escape; no UTF-8 file can hold the result: the build and make check stopped with
    a traceback where they wrote it (a page, anchors.json, a line of their own).
    """
    text = yaml.SafeLoader.construct_yaml_str(loader, node)
    if RE_SURROGATE.search(text):
        halves = ", ".join(dict.fromkeys(f"\\u{ord(char):04x}" for char in RE_SURROGATE.findall(text)))
        raise yaml.constructor.ConstructorError(None, None, f"a text {HALF_CHARACTER} ({halves})", node.start_mark)
    return text


def refuse_unreadable_scalars(loader: type[yaml.SafeLoader]) -> None:
    """Make every scalar PyYAML's safe constructors cannot build, or no file can hold, a YAML error in `loader`."""
    for name in SCALAR_TAGS:
        construct = construct_timestamp if name == "timestamp" else checked_constructor(name)
        loader.add_constructor(f"tag:yaml.org,2002:{name}", construct)
    loader.add_constructor("tag:yaml.org,2002:str", construct_text)


for _loader in (SafeLoader, FastSafeLoader):
    refuse_unreadable_scalars(_loader)


class SettingsLoader(UniqueKeys, yaml.SafeLoader):
    """mkdocs.yml's YAML: a setting written twice, or a value its `!!` tag cannot read, refused with its line.

    MkDocs' own tags (`!ENV`, `!relative`, `!!python/name:`) are read as nothing: a reader that
    needs one's value (`site_url` from `!ENV`) adds its constructor to a subclass.
    """


class FastSettingsLoader(UniqueKeys, getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The same on libyaml's parser, for the build's one question (a setting written twice): its other words differ.

    The build reads mkdocs.yml once more for it, every build: 5 ms in Python, under 1 ms so.
    """


for _loader in (SettingsLoader, FastSettingsLoader):
    refuse_unreadable_scalars(_loader)
    _loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    _loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def repeated_setting(text: str, display: str) -> Problem | None:
    """A setting mkdocs.yml writes twice (two `extra:` blocks): MkDocs' YAML keeps the last in silence.

    For the build, which has read the file already: what else its YAML cannot read, MkDocs names itself.
    """
    try:
        yaml.load(text, Loader=FastSettingsLoader)  # noqa: S506 (a SafeLoader)
    except yaml.YAMLError as error:
        message, hint = describe_yaml_error(error)
        return Problem(display, "", message, hint) if TWICE in message else None
    return None


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
    except OSError as error:  # a folder of that name, a file it may not read: not a traceback
        hint = "restore it from git, or fix the path"
        return None, [Problem(display, "", f"cannot be read ({error.strerror})", hint)]
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


# mkdocs.yml's tags MkDocs' loader has no constructor for, or whose name imports nothing: its build stops on them.
NO_SUCH_TAG = "is no tag MkDocs reads"
NO_PYTHON_NAME = "names nothing Python can import"
TAG_HINTS = {
    NO_SUCH_TAG: "remove the tag: of the '!' tags MkDocs reads only !ENV and !relative, and a plain value as what"
    " it is written as",
    NO_PYTHON_NAME: "check the module's and the name's spelling, and that the package is installed",
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
    if HALF_CHARACTER in reason:
        return f"{reason}{where}", "write the character itself; an emoji's two halves as one escape, \\U0001F600"
    if NOT_OF_TAG in reason:
        return f"{reason}{where}", "remove the '!!' tag: YAML reads a plain value as what it is written as"
    if hint := next((hint for words, hint in TAG_HINTS.items() if reason.endswith(words)), None):
        return f"{reason}{where}", hint
    hint = indentation_slip(error) or YAML_HINTS.get(reason) or comment_in_brackets(error, first_line)
    hint = hint or quote_closed_early(error)
    return f"invalid YAML{where}: {reason}", hint


# A key and its value in quotes, then at most a comment: `  term: 'women's rights'  # why`.
RE_QUOTED_VALUE = re.compile(
    r"""[ \t]*(?:- +)?(?P<key>[\w-]+):[ \t]+(?P<mark>['"])(?P<value>.*)(?P=mark)(?:[ \t]+#.*)?[ \t]*"""
)


def quote_closed_early(error: yaml.YAMLError) -> str | None:
    """The line to write for a quoted value its own mark closed early (`term: 'women's rights'`).

    YAML reads `'women'`, then words it cannot place. Only for the line YAML stopped on, a key and a value
    in quotes holding its own mark; the line offered is PyYAML's, which quotes the words only where they
    need it (`term: 'Goal''s #3'`).
    """
    mark = getattr(error, "problem_mark", None)
    if not str(getattr(error, "problem", "")).startswith("expected <block end>") or not mark or not mark.buffer:
        return None
    line = mark.buffer[mark.pointer - mark.column :].split("\n", 1)[0].rstrip("\0")
    if not (match := RE_QUOTED_VALUE.fullmatch(line)) or match["mark"] not in match["value"]:
        return None
    line = line_to_write(match["key"], match["value"])
    return f"the value's own {match['mark']} ends its quotes early: write the line {line}"


UNCLOSED = ("expected ',' or ']'", "expected ',' or '}'")


def comment_in_brackets(error: yaml.YAMLError, first_line: int = 1) -> str | None:
    """The fix for a list in brackets left open by a ' #' in it: `[goals, Goal #3]` hides its ']' in a comment.

    Only a comment between the bracket and where YAML stopped hid it: not a ' #' in a quoted value
    (`['Goal #3', b`) nor one in a comment further on, where a ']' simply is missing: then the
    bracket's line is named, as YAML names only the line after it, where it stopped.
    """
    start, end = getattr(error, "context_mark", None), getattr(error, "problem_mark", None)
    if not str(getattr(error, "problem", "")).startswith(UNCLOSED) or not start or not end or not start.buffer:
        return None
    text = start.buffer[: end.pointer]
    words = [(token.start_mark.pointer, token.end_mark.pointer) for token in scalar_tokens(text)]
    hashes = (match.end() - 1 for match in RE_HASH_AFTER_WORDS.finditer(text, start.pointer))
    comment = next((at for at in hashes if not any(first <= at < last for first, last in words)), None)
    if comment is None and end.line > start.line:
        pair = "{}" if str(error.problem).startswith(UNCLOSED[1]) else "[]"
        opened, stopped = start.line + first_line, end.line + first_line
        return f"the '{pair[0]}' on line {opened} is not closed before line {stopped}: add its '{pair[1]}'"
    if comment is None:
        return None
    line = text.count("\n", 0, comment) + first_line
    example = "{name: 'Working Group #2'}" if str(error.problem).startswith(UNCLOSED[1]) else "[goals, 'Goal #3']"
    hint = f"write the value holding it in quotes, e.g. {example}"
    return f"the ' #' on line {line} starts a comment, which hides the rest of its line: {hint}"


def scalar_tokens(text: str) -> list[yaml.ScalarToken]:
    """The values PyYAML's scanner finds in `text`, up to where it stops: a '#' inside one is its words."""
    tokens = []
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if isinstance(token, yaml.ScalarToken):
                tokens.append(token)
    except yaml.YAMLError:
        pass  # the scanner's own error: the values before it are all there is
    return tokens
