"""mkdocs.yml's `hooks:`: each a hook's file that is there and loads, as MkDocs imports it before any page.

A hook's file missing is offered the hook meant: one not listed yet of the folder meant, read with `ast`, never run.
Split from `config_plugins.py`, which names the plugins' lines and calls `hook_problems` beside them.
"""

from __future__ import annotations

import ast
import difflib
import importlib.util
import os
import posixpath
import sys
from pathlib import Path, PurePosixPath

from hooks.core.config_file import CONFIG
from hooks.core.problems import Problem, named_value
from hooks.core.yaml_lines import item_to_write


def hook_problems(root: Path, hooks: object) -> list[Problem]:
    """One line per hook's file missing; `hooks` that is no list is a shape `config_shapes` names (`plugins: 5` too)."""
    if not isinstance(hooks, list):
        return []
    # As MkDocs tests the path, as written: `Path` drops a '/' after a file's name, which MkDocs refuses
    there = [hook for hook in hooks or [] if isinstance(hook, str) and os.path.isfile(os.path.join(root, hook))]
    unloaded = [problem for hook in there if (problem := hook_load_problem(root, hook))]
    return [hook_problem(root, hook, there) for hook in hooks or [] if hook not in there] + unloaded


def hook_load_problem(root: Path, hook: str) -> Problem | None:
    """The line for a hook's file that does not load: MkDocs imports each before any runs, and stops on it.

    Loaded as MkDocs' `Hooks` option loads it (its folder first on `sys.path`, the module named by its
    path as written), so what fails there fails here: the project's own code, as `!!python/name` is.
    """
    path = os.path.join(root, hook)
    spec = importlib.util.spec_from_file_location(hook, path)
    if spec is None or spec.loader is None:
        return Problem(CONFIG, "hooks", f"{named_value(hook)} cannot be imported as a Python module", HOOK_FIX)
    module = importlib.util.module_from_spec(spec)
    sys.modules[hook] = module
    old_path = sys.path.copy()
    sys.path.insert(0, os.path.dirname(path))
    try:
        spec.loader.exec_module(module)
    except Exception as error:  # noqa: BLE001 (the hook's own code ran: its error, whatever it is, is this line)
        sys.modules.pop(hook, None)
        return Problem(CONFIG, "hooks", f"{named_value(hook)} does not load: {type(error).__name__}: {error}", HOOK_FIX)
    finally:
        sys.path[:] = old_path
    return None


HOOK_FIX = "fix the hook's code: the build stops on it before any page"


def hook_problem(root: Path, hook: object, hooks: list[str]) -> Problem:
    """The line for a hook entry that is no file, said as what it is: no path, a folder, or a file not there.

    `hooks` are the entries whose files are there: the example of a path, and the hooks never offered
    again (a folder was offered the hook listed beside it, a missing file the one listed above it).
    """
    if not isinstance(hook, str):
        example = f"e.g. {item_to_write(hooks[0])}" if hooks else f"from the folder of {CONFIG}"
        hint = f"write the hook's file path as a string, {example}"
        return Problem(CONFIG, "hooks", f"{named_value(hook)} is not a path", hint)
    listed = {(root / written).resolve() for written in hooks}
    if (root / hook).is_dir():
        return folder_hook_problem(root, hook, listed)
    return missing_hook_problem(root, hook, listed)


def folder_hook_problem(root: Path, hook: str, listed: set[Path]) -> Problem:
    """The line for a hook entry naming a folder: a hook is one .py file, an unlisted one named like it or its only one.

    Offered: the hook beside the folder with a name close to the folder's (`citatio/`), else the one
    hook in the folder, if it holds one.
    """
    beside = unlisted_hooks(root, posixpath.dirname(hook.rstrip("/")), listed)
    close = closest_file(PurePosixPath(hook).name, {PurePosixPath(path).stem: path for path in beside})
    inside = unlisted_hooks(root, hook, listed)
    hint = f"write the path of the hook's .py file, one {item_to_write('path')} line per hook"
    if offered := close or (inside[0] if len(inside) == 1 else None):
        hint = f"did you mean '{offered}'?"
    return Problem(CONFIG, "hooks", f"{named_value(hook)} is a folder, not a hook's .py file", hint)


def missing_hook_problem(root: Path, hook: str, listed: set[Path]) -> Problem:
    """The line for a hook whose file is not there: the hook not listed of its folder with the closest name, if any.

    Named as the hook is written (`./hooks/…`, or an absolute path, which MkDocs takes as it is); the
    names compared, not the paths, whose folder, the same for all, made any two names close.
    """
    written = hook.rstrip("/")  # `late.py/`: a file's name, the '/' the slip
    folder = posixpath.dirname(written)
    meant = folder if (root / folder).is_dir() else closest_folder(root, folder)
    hooks = unlisted_hooks(root, meant, listed) if meant is not None else []
    close = closest_file(posixpath.basename(written), {posixpath.basename(path): path for path in hooks})
    hint = f"did you mean '{close}'?" if close else f"write its path from the folder of {CONFIG}"
    return Problem(CONFIG, "hooks", f"{named_value(hook)} is no file", hint)


def closest_folder(root: Path, written: str) -> str | None:
    """The folder a misspelt one (`hook/adapters`) is taken for: each missing part, the closest folder beside it.

    None once a part has none close enough: a slip of the keys in a folder's name is as likely as in
    the file's, so the hooks compared are those of the folder meant.
    """
    found = PurePosixPath()
    for part in PurePosixPath(written).parts:
        if not (root / found / part).is_dir():
            try:
                folders = [path.name for path in (root / found).iterdir() if path.is_dir()]
            except OSError:
                return None
            close = difflib.get_close_matches(part, folders, n=1, cutoff=0.75)
            if not close:
                return None
            part = close[0]
        found /= part
    return found.as_posix()


def closest_file(name: str, files: dict[str, str]) -> str | None:
    """The file whose name (the key) is closest to `name`, if one is close enough to be a slip of the keys."""
    close = difflib.get_close_matches(name, list(files), n=1, cutoff=0.75)
    return files[close[0]] if close else None


def unlisted_hooks(root: Path, written: str, listed: set[Path]) -> list[str]:
    """The hooks of a folder mkdocs.yml does not list, named as the folder is written; none if it is no folder."""
    folder = root / written
    if not folder.is_dir():
        return []
    paths = sorted(path for path in folder.glob("*.py") if path.resolve() not in listed and is_hook(path))
    return [posixpath.join(written, path.name) for path in paths]


def is_hook(path: Path) -> bool:
    """Whether a module is a hook, read with `ast`, not run: it binds at its top level the name of an MkDocs event.

    As MkDocs takes it: its PluginCollection registers a hook module's every `on_<event>` callable,
    one of `mkdocs.plugins.EVENTS` (`on_config`, `on_page_markdown`…); a module binding none (a
    helper the hooks import, `state.py`) does nothing listed. The module is not imported: its code
    would run, and a check names it from what it says. The list mkdocs.yml ships with is no test:
    a new hook is not in it, and the slip being named replaced the entry it would have matched.
    A file Python cannot parse is no hook to offer.
    """
    from mkdocs.plugins import EVENTS  # only on the way to an error: make check runs without MkDocs

    try:
        tree = ast.parse(path.read_bytes(), filename=str(path))
    except (OSError, SyntaxError, ValueError):  # unreadable, not Python, a NUL byte
        return False
    return any(name.removeprefix("on_") in EVENTS for name in top_level_names(tree) if name.startswith("on_"))


def top_level_names(tree: ast.Module) -> list[str]:
    """The names a module binds at its top level: functions, imports and plain assignments (`on_config = …`)."""
    names: list[str] = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.append(node.name)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names += [alias.asname or alias.name.partition(".")[0] for alias in node.names]
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names += [target.id for target in targets if isinstance(target, ast.Name)]
    return names
