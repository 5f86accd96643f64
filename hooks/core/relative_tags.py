"""MkDocs' `!relative` tag read without MkDocs: its rule, the folders it names, and the lines of one MkDocs refuses.

MkDocs' loader (`mkdocs.utils.yaml`, `_construct_dir_placeholder`) reads `!relative` alone as the folder of the page
rendering, `!relative $config_dir/x` and `!relative $docs_dir/x` from mkdocs.yml's folder and docs/, and stops the
build on any other value. Copied, not imported (the core never imports MkDocs): `tests/test_core_relative_tags.py`
holds the copy to MkDocs' own.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from hooks.core.nested_values import field_leaves, mapped_leaves
from hooks.core.problems import Problem
from hooks.core.yaml_lines import in_backticks

FOLDERS = ("$config_dir", "$docs_dir")  # the prefixes MkDocs reads
TAG_STOPS = "and the build stops on it"


class RelativeTag(os.PathLike):
    """MkDocs' `!relative` as read here: a path the build works out as it renders (MkDocs' `_DirPlaceholder`), no text.

    Read as nothing, `- !relative` in `extra_css` was `null` to make check and `!relative` to the build: both now
    read a path-like value, which `written_entry` names in one line, with what follows the tag.
    """

    def __init__(self, written: str) -> None:
        """Keep what follows the tag (`$config_dir/x`), as MkDocs keeps its suffix."""
        self.written = written

    def __fspath__(self) -> str:
        """The path as written after the tag: the folder it starts from is `placed`'s to work out."""
        return self.written

    def __str__(self) -> str:
        """The tag as written, for a line naming a value that is no text."""
        return f"!relative {self.written}".rstrip()


@dataclass(frozen=True)
class PlacedPath(os.PathLike):
    """A `!relative` worked out, as MkDocs hands it to a Markdown extension: a path-like value, its `str` the path.

    Equal, and of one hash, for one path: two pages of one folder share their extensions' options (`read_passages`).
    """

    path: str

    def __fspath__(self) -> str:
        """The folder the tag names, with what follows it."""
        return self.path

    def __str__(self) -> str:
        """The path, as MkDocs' placeholder converts to one."""
        return self.path


def tag_fault(written: str) -> str | None:
    """Why MkDocs refuses `!relative written`, or None: a value without a folder's prefix, or an unknown prefix."""
    prefix, _, _ = written.partition("/")
    if prefix.startswith("$"):
        return None if prefix in FOLDERS else "prefix"
    return "value" if written else None


def placed(value: Any, config_dir: str, docs_dir: str, page: str = "") -> Any:
    """`value` with each `!relative` in it worked out as MkDocs works it out while `page` (in docs/) renders.

    make check handed an extension's option the path as written (`$config_dir/x`, or nothing). MkDocs checks the
    extensions with no page (`""`: docs/ itself).
    """
    return mapped_leaves(value, lambda leaf: placed_leaf(leaf, config_dir, docs_dir, page))


def placed_leaf(value: object, config_dir: str, docs_dir: str, page: str) -> object:
    """A `!relative` as the folder MkDocs' placeholder names, so an extension make check loads reads MkDocs' path.

    Any other value as it is: only the tag differs between make check's reading and the build's.
    """
    if not isinstance(value, RelativeTag):
        return value
    prefix, _, suffix = value.written.partition("/")
    if prefix in FOLDERS:
        return PlacedPath(os.path.join(config_dir if prefix == "$config_dir" else docs_dir, suffix))
    return PlacedPath(os.path.join(os.path.dirname(os.path.join(docs_dir, page)), value.written))


def refused_tag_problems(path: str, config: object) -> list[Problem]:
    """A line for each `!relative` in mkdocs.yml that MkDocs refuses, naming its setting: the build stops on it."""
    return [
        tag_problem(path, field, tag, fault) for field, tag in tags_in(config, "") if (fault := tag_fault(tag.written))
    ]


def tags_in(value: object, field: str) -> Iterator[tuple[str, RelativeTag]]:
    """Each `!relative` in a value read from YAML, with its place (`extra.probe`, `base_path[1]`)."""
    return ((place, leaf) for place, leaf in field_leaves(value, field) if isinstance(leaf, RelativeTag))


def tag_problem(path: str, field: str, tag: RelativeTag, fault: str) -> Problem:
    """The line of a `!relative` MkDocs refuses (`fault`, `tag_fault`'s), offering the value from a folder it knows."""
    if fault == "value":
        message = f"{in_backticks(str(tag))}: MkDocs' `!relative` takes a value only after `$config_dir` or `$docs_dir`"
        return Problem(path, field, f"{message}, {TAG_STOPS}", folders_hint(tag.written))
    prefix, _, suffix = tag.written.partition("/")
    message = f"{in_backticks(str(tag))}: '{prefix}' is no folder MkDocs knows, {TAG_STOPS}"
    if close := difflib.get_close_matches(prefix, FOLDERS, n=1, cutoff=0.8):
        return Problem(path, field, message, f"did you mean {in_backticks(f'!relative {close[0]}/{suffix}')}?")
    return Problem(path, field, message, folders_hint(suffix))


def folders_hint(rest: str) -> str:
    """The fix of a refused `!relative`: the value written from each folder MkDocs knows."""
    config, docs = (in_backticks(f"!relative {folder}/{rest}") for folder in FOLDERS)
    return f"write {config} for a path from mkdocs.yml's folder, {docs} from docs/"


def path_setting_problem(path: str, setting: str, tag: RelativeTag) -> Problem:
    """The line of a `!relative` on a setting MkDocs wants text for (`repo_url`): it stops on "Expected a string"."""
    message = f"{in_backticks(str(tag))} is a path, where MkDocs wants text, {TAG_STOPS}"
    return Problem(path, setting, message, "write the text itself, without `!relative`")
