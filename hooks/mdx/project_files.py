"""What an extension listed by dotted path loads from the project's files: read, and its problems logged, once.

Zensical makes a new Markdown, and so new extensions, for every page it renders. An extension that
loaded the annotations or the glossary in its own instance would read every file again for each
page, and repeat each invalid file's line once a page. So the data is kept here per extension and
folder, with what it was read from (each file's modification time and size, and the day where a
date is checked against it), and each problem is logged as one line when the files are read: once
per process while they stay as they are, and again after one changes, so a server rebuilding on save
names the edited file's problems. The data of a project is only ever found under its own folder's
key: a test's project in a folder of its own never meets the lines another test's project logged.
A wrong option (`root: /nope`) is checked by every new extension, so a page; its line too is said
once while the option keeps its value and stays wrong in folders as they are (`say_wrong_options`).
Under MkDocs the adapters load the data and report its problems: nothing is kept here.
The pages of docs_dir such an engine builds are those the site keeps (`site_pages`), picked as MkDocs
and make check pick them, for the annotations' links and the glossary's anchors alike.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
from collections.abc import Callable, Hashable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from hooks.core.config_file import CONFIG, ConfigError, config_and_problems
from hooks.core.page_files import draft_pages, site_files
from hooks.core.problems import Problem, ordered_lines

Data = TypeVar("Data")
Stamp = tuple[tuple[str, int, int], ...]

# Per extension and folder: what the data was read from, and the data.
LOADED: dict[Hashable, tuple[Hashable, Any]] = {}
# Per extension and option found wrong: its value, the line said, and the state of the folders it was found in.
SAID: dict[tuple[str, str], tuple[str, tuple[str, ...], Stamp]] = {}


def files_stamp(*paths: Path) -> Stamp:
    """Each file and folder at or below `paths`, with its modification time and size (what a change moves)."""
    found = [path for top in paths if top.exists() for path in [top, *(sorted(top.rglob("*")) if top.is_dir() else [])]]
    return tuple((path.as_posix(), (stat := path.lstat()).st_mtime_ns, stat.st_size) for path in found)


def load_once(
    key: Hashable, read_from: Hashable, load: Callable[[], tuple[Data, list[Problem]]], log: logging.Logger
) -> Data:
    """The data `load` returns, loaded again only when what it is read from changed; each problem one line then.

    `key` names the extension and its folders; `read_from` is what the data depends on (`files_stamp`…).
    """
    kept = LOADED.get(key)
    if kept is not None and kept[0] == read_from:
        return kept[1]
    data, problems = load()
    for line in ordered_lines(problems):  # as make check prints them
        log.warning("%s", line)
    LOADED[key] = (read_from, data)
    return data


def folders_stamp(*paths: Path) -> Stamp:
    """Each of `paths` that is there, with its modification time and size: what a file added or removed in it moves.

    Not what the folder holds below it: a wrong option is checked a page, and a project's tree is large.
    """
    return tuple((path.as_posix(), (stat := path.stat()).st_mtime_ns, stat.st_size) for path in paths if path.exists())


def say_wrong_options(
    extension: str, options: Mapping[str, object], problems: Iterable[Problem], folders: Stamp, log: logging.Logger
) -> None:
    """Each wrong option's line, said once while its value stays wrong in `folders` as they are (`folders_stamp`).

    `options`, the options checked by their values; `problems`, the wrong ones' lines (their field the option;
    one whose field is no option here is said every time rather than never).
    Kept per extension and option, with the value: an option right meanwhile (with any value), given another
    value, or whose folders changed, is said again, as a file's problem is once the file changed. A process's
    runs share what was said (two tests'): `SAID.clear()` forgets it.
    """
    wrong: dict[str, tuple[str, ...]] = {}
    for problem in problems:  # an option may be wrong twice over: each line is said
        wrong[problem.field] = (*wrong.get(problem.field, ()), str(problem))
    for field in wrong.keys() - options.keys():  # a line of no option checked here: said each time, never dropped
        for line in wrong[field]:
            log.warning("%s", line)
    for option, value in options.items():
        key = (extension, option)
        if option not in wrong:
            SAID.pop(key, None)
        elif SAID.get(key) != (said := (repr(value), wrong[option], folders)):
            for line in wrong[option]:
                log.warning("%s", line)
            SAID[key] = said


def listed_option_problems(names: Iterable[object], configs: Mapping[str, Mapping[str, Any]]) -> list[Problem]:
    """The wrong options of the edition's extensions a configuration lists by dotted path (`hooks.mdx.glossary`).

    Each its `option_problems`, the lines it says itself as it renders: the build's adapter reports them,
    so that `--strict` counts them (the extension's own logger is no MkDocs logger, and the build passed
    with its line printed), and make check names them, which said OK. An extension that does not load
    is left to the engine's and make check's own line.
    """
    problems: list[Problem] = []
    for name in names:
        if not isinstance(name, str) or not name.startswith(f"{__package__}."):
            continue
        try:
            extension = importlib.import_module(name).makeExtension(**configs.get(name, {}))
        except Exception:  # noqa: BLE001, S112 (its loading's line is the engine's and make check's)
            continue
        problems += getattr(extension, "option_problems", list)()
    return problems


def site_pages(root: Path, docs: Path) -> frozenset[str]:
    """The pages of `docs` the site keeps, as MkDocs and make check pick them (`site_files`) with root's mkdocs.yml.

    Its `exclude_docs` and `draft_docs` leave pages out, as make check reads them: an annotation's link
    to one leads to no page, and a glossary anchor's hint does not offer it. No mkdocs.yml (a zensical.toml
    alone), or one that does not read, leaves out only what MkDocs always does (hidden files, `templates/`):
    such a file's lines are the engine's, which reads it first, and make check's, not an extension's. A
    caller's load-once stamp holds mkdocs.yml, so the pages are picked again once it changed.
    """
    return frozenset(site_files(docs, site_config(root))[1])


def site_drafts(root: Path, docs: Path) -> frozenset[str]:
    """The pages of `docs` that `draft_docs` names: left out as make check leaves them, and named as drafts."""
    return frozenset(draft_pages(docs, site_config(root)))


def site_config(root: Path) -> Mapping[str, object]:
    """The settings of root's mkdocs.yml as make check reads them; none if missing or unread (the engine's line)."""
    config: dict[str, object] = {}
    with contextlib.suppress(ConfigError, OSError):  # unread: the engine stops on it first, and make check names it
        config = config_and_problems(root)[0] if (root / CONFIG).is_file() else {}
    return config
