"""Read the contributed YAML data files: a file that cannot be read is one Problem, not a traceback.

The loaders name, with its line, what PyYAML would pass over in silence (a field written twice),
stop on with a traceback (a day the calendar lacks) or pay for dearly (a list or mapping repeated
by an alias); `hooks.core.yaml_errors` words each error with its fix. `hooks.core.schemas` then
checks what was read against the file's JSON Schema.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from hooks.core.conflicts import merge_conflict
from hooks.core.problems import Problem
from hooks.core.typed_dates import missing_day
from hooks.core.yaml_errors import HALF_CHARACTER, NO_DAY, NOT_OF_TAG, REPEATED, TWICE, describe_yaml_error
from hooks.core.yaml_lines import in_backticks


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
