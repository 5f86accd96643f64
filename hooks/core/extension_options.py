"""The folders an extension listed by dotted path reads its data from: `root` and `docs_dir`, checked.

Listed by dotted path (as Zensical runs them), the glossary and annotation extensions load their
files from `root` and know a page by its text among those of `docs_dir`. A wrong folder would show
as a flood (a line per glossary definition whose page is "not found") or as nothing (every
annotation left out unsaid), so each wrong option is one line naming it, its value and the fix.
Under MkDocs the adapters hand the data over and name the page: the extensions check nothing here.
"""

from __future__ import annotations

import os
from pathlib import Path

from hooks.core.problems import Problem, named_value
from hooks.core.yaml_lines import line_to_write

DEFAULT_DOCS = "docs"


def docs_folder(root: str | os.PathLike[str], docs_dir: str | os.PathLike[str]) -> Path:
    """The pages' folder: `docs_dir` as given when absolute, else below `root`."""
    return Path(root) / docs_dir  # an absolute docs_dir replaces root


def as_path(value: object) -> Path | None:
    """An option's value as a path; None for a value that is no path (`root: 5`, `docs_dir: [a]`)."""
    return Path(value) if isinstance(value, str | os.PathLike) else None


def shown(value: object) -> str:
    """An option's value as a line names it: a path (`Path("docs")`, from Python) as its text."""
    return named_value(os.fspath(value) if isinstance(value, os.PathLike) else value)


def written(value: object) -> str:
    """A root as a line names it: as written, and, when relative, with the folder it was read from."""
    path = as_path(value)
    return f"{shown(value)} in {Path.cwd()}" if path is not None and not path.is_absolute() else shown(value)


def root_problem(extension: str, root: object, holds: str | None) -> Problem | None:
    """`root` must be a folder, holding `holds` (a path below it, `annotations/notes/`) when one is needed."""
    hint = f"give the project's folder, which holds {holds}" if holds else "give the project's folder"
    if (path := as_path(root)) is None or not path.is_dir():
        return Problem(extension, "root", f"{written(root)} is not a folder", hint)
    if holds and not ((path / holds).is_dir() if holds.endswith("/") else (path / holds).is_file()):
        return Problem(extension, "root", f"{written(root)} holds no {holds}", hint)
    return None


def docs_dir_problem(extension: str, root: object, docs_dir: object) -> Problem | None:
    """`docs_dir` must be a folder, relative to `root` (a folder, checked first) or absolute."""
    path, base = as_path(docs_dir), as_path(root)
    absolute = path is not None and path.is_absolute()
    if path is not None and (path if absolute or base is None else base / path).is_dir():
        return None
    hint = "give the folder of the pages, relative to root or absolute"
    if base is not None and (base / DEFAULT_DOCS).is_dir():
        hint += f": {line_to_write('docs_dir', DEFAULT_DOCS)}"
    under = f" under root {written(root)}" if path is not None and not absolute else ""
    return Problem(extension, "docs_dir", f"{shown(docs_dir)} is not a folder{under}", hint)


def named_folders(root: object, docs_dir: object | None) -> tuple[Path, ...]:
    """The folders the options name, those that are paths: the state a wrong one was found in is theirs."""
    base, docs = as_path(root), as_path(docs_dir)
    named = [base] if base is not None else []
    if docs is not None:
        named.append(docs if docs.is_absolute() or base is None else base / docs)
    return tuple(named)


def folder_problems(extension: str, root: object, holds: str | None, docs_dir: object | None) -> list[Problem]:
    """The wrong folders among an extension's options, one line each.

    `holds`: what the extension reads below `root` (None: no file of root's); `docs_dir`: None when the
    extension is told its pages and needs none. A relative `docs_dir` under a wrong `root` is no second
    mistake: root's line alone.
    """
    relative_docs = (path := as_path(docs_dir)) is not None and not path.is_absolute()
    wrong_root = root_problem(extension, root, holds) if holds or relative_docs else None
    below_wrong_root = wrong_root is not None and relative_docs
    wrong_docs = docs_dir_problem(extension, root, docs_dir) if docs_dir is not None and not below_wrong_root else None
    return [problem for problem in (wrong_root, wrong_docs) if problem]
