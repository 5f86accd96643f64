"""mkdocs.yml's `INHERIT` read as MkDocs' loader reads it (`mkdocs.utils.yaml.yaml_load`): the parent merged in.

MkDocs reads the file `INHERIT` names, from the folder of the file naming it, itself inheriting in turn, and merges
the child over it (`mergedeep.merge(parent, child)`). make check skipped the key: a parent holding `site_name` was
named missing, a parent the build stopped on (none there, `INHERIT: 5`, a `features:` MkDocs warns of) said OK.
A line of a setting the parent holds names mkdocs.yml: the merged settings keep no file of their own.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any

import mergedeep
import yaml

from hooks.core.problems import Problem, named_value
from hooks.core.yaml_errors import describe_yaml_error
from hooks.core.yaml_lines import in_backticks

KEY = "INHERIT"
HINT = (
    f"write the parent file's path from mkdocs.yml's folder ({in_backticks('INHERIT: base.yml')}),"
    f" or remove {in_backticks(KEY)}"
)


def folder_hint(written: str) -> str:
    """The fix of an `INHERIT` naming a folder: a parent file in it offered (`INHERIT: overrides/base.yml`)."""
    example = in_backticks(f"{KEY}: {PurePosixPath(written) / 'base.yml'}")
    return f"name the parent YAML file, not its folder ({example}), or remove {in_backticks(KEY)}"


Parents = tuple[tuple[str, str], ...]  # each parent file's path as named, and its text, nearest first


def parent_texts(
    root: Path, config: object, named_in: str, parse: Callable[[str], Any]
) -> tuple[Parents, Problem | None]:
    """The parent files `config` (mkdocs.yml's, read) inherits, nearest first; else the one line the build stops on.

    `parse` reads a file's text as mkdocs.yml's is read. Every parent is read in turn, as MkDocs does; one
    already read (a loop MkDocs recurses in without end) is that line too.
    """
    parents: list[tuple[str, str]] = []
    folder, seen = root, set()
    while isinstance(config, dict) and KEY in config:
        written = config[KEY]
        if not isinstance(written, str):
            return (), Problem(named_in, KEY, f"must be text, not {named_value(written)}", HINT)
        if not written:  # MkDocs opens the naming file's folder: its IsADirectoryError traceback
            return (), Problem(named_in, KEY, f"{named_value(written)} names no file", HINT)
        path = (folder / written).resolve()
        if path.is_dir():  # MkDocs' `os.path.exists` is true: not its "does not exist", its IsADirectoryError
            return (), Problem(named_in, KEY, f"{named_value(written)} is a folder, not a file", folder_hint(written))
        if not path.is_file():
            return (), Problem(named_in, KEY, f"{named_value(written)} is no file", HINT)
        if path in seen:
            return (), Problem(named_in, KEY, f"{named_value(written)} inherits, in turn, the file naming it", HINT)
        seen.add(path)
        try:
            text = path.read_text(encoding="utf-8")
            config = parse(text)
        except UnicodeDecodeError as error:
            return (), Problem(str(written), "", f"is not UTF-8 (byte {error.start})", "save the file as UTF-8")
        except yaml.YAMLError as error:
            message, hint = describe_yaml_error(error)
            return (), Problem(str(written), "", message, hint or "fix the YAML syntax")
        # No permission: make check's traceback, now this line. The build never gets here: MkDocs' loader
        # (`yaml_load`) opens the parent itself, before any hook runs, and stops on its own traceback.
        except OSError as error:
            message = f"{named_value(written)} cannot be read ({error.strerror or error})"
            return (), Problem(named_in, KEY, message, f"make it readable, or remove {in_backticks(KEY)}")
        if config is not None and not isinstance(config, dict):
            return (), Problem(named_in, KEY, f"{named_value(written)} holds no settings", HINT)
        parents.append((str(path), text))
        folder, named_in = path.parent, str(written)
    return tuple(parents), None


def merged(config: dict[str, Any], parents: list[Any]) -> dict[str, Any]:
    """`config` over its parents' settings (read, nearest first), as MkDocs merges them; `INHERIT` taken out."""
    result: dict[str, Any] = {}
    for settings in [*reversed(parents), config]:
        child = copy.deepcopy(settings or {})
        child.pop(KEY, None)
        result = mergedeep.merge(result, child)
    return result
