"""mkdocs.yml's plugins, hooks and Markdown extensions: each installed, there and loading, as the build needs."""

from __future__ import annotations

import difflib
import posixpath
from importlib.metadata import entry_points
from pathlib import Path, PurePosixPath

from hooks.cli.config_file import CONFIG, ConfigError, kind, named_entries, read_config
from hooks.cli.config_values import extension_problems
from hooks.core.problems import Problem, named_value
from hooks.core.yaml_lines import item_to_write


def check_plugins_hooks_and_extensions(root: Path) -> None:
    """ConfigError for every plugin not installed, hook file missing and extension not loading: the build stops on any.

    make check said OK to both, and to `- redirect:` read no page moves of `redirect_maps`; the
    extensions were checked later, so a plugin's typo hid an extension's until the next run.
    """
    if problems := plugin_and_hook_problems(root) + extension_problems(root):
        raise ConfigError(*problems)


def plugin_and_hook_problems(root: Path) -> list[Problem]:
    """One line per plugin not installed and per hook's file missing, all in one run: fixing one showed the next."""
    config = read_config(root)
    installed = [entry.name for entry in entry_points(group="mkdocs.plugins")]
    theme = config.get("theme")
    namespace = theme.get("name") if isinstance(theme, dict) else theme  # `search` is Material's `material/search`
    problems = [
        plugin_problem(name, installed, namespace)
        for name, _ in named_entries(config.get("plugins"), "plugins", "plugin")
        if name.removeprefix("/") not in installed and f"{namespace}/{name}" not in installed
    ]
    hooks = config.get("hooks")
    if hooks is not None and not isinstance(hooks, list):
        hint = f"write one {item_to_write('path')} line per hook"
        return [*problems, Problem(CONFIG, "hooks", f"must be a list, not {kind(hooks)}", hint)]
    there = [hook for hook in hooks or [] if isinstance(hook, str) and (root / hook).is_file()]
    return problems + [hook_problem(root, hook, there) for hook in hooks or [] if hook not in there]


def plugin_problem(name: str, installed: list[str], namespace: object) -> Problem:
    """The line for a plugin MkDocs does not find installed: the closest installed one, as mkdocs.yml would name it."""
    names = [plugin.removeprefix(f"{namespace}/") for plugin in installed]
    close = difflib.get_close_matches(name.rpartition("/")[2], names, n=1, cutoff=0.75)  # `material/redirects`
    hint = f"did you mean '{close[0]}'?" if close else "check its spelling, and that requirements.txt installs it"
    return Problem(CONFIG, "plugins", f"'{name}' is no installed MkDocs plugin", hint)


def hook_problem(root: Path, hook: object, hooks: list[str]) -> Problem:
    """The line for a hook entry that is no file, said as what it is: no path, a folder, or a file not there.

    `hooks` are the entries whose files are there: the hooks a folder's name may be close to, and the
    example of a path. A folder was offered the closest file in it, a helper module that is no hook.
    """
    if not isinstance(hook, str):
        example = f"e.g. {item_to_write(hooks[0])}" if hooks else f"from the folder of {CONFIG}"
        hint = f"write the hook's file path as a string, {example}"
        return Problem(CONFIG, "hooks", f"{named_value(hook)} is not a path", hint)
    if (root / hook).is_dir():
        return folder_hook_problem(hook, hooks)
    return missing_hook_problem(root, hook)


def folder_hook_problem(hook: str, hooks: list[str]) -> Problem:
    """The line for a hook entry naming a folder: a hook is one .py file, the one of `hooks` named like it if any."""
    stems = {PurePosixPath(written).stem: written for written in hooks}
    close = difflib.get_close_matches(PurePosixPath(hook).name, list(stems), n=1, cutoff=0.75)
    hint = f"write the path of the hook's .py file, one {item_to_write('path')} line per hook"
    if close:
        hint = f"did you mean '{stems[close[0]]}'?"
    return Problem(CONFIG, "hooks", f"{named_value(hook)} is a folder, not a hook's .py file", hint)


def missing_hook_problem(root: Path, hook: str) -> Problem:
    """The line for a hook whose file is not there: the closest file of its folder, if the folder is there.

    Named as the hook is written (`./hooks/…`, or an absolute path, which MkDocs takes as it is).
    """
    written = posixpath.dirname(hook)
    folder = root / written
    files = [posixpath.join(written, path.name) for path in folder.glob("*.py")] if folder.is_dir() else []
    close = difflib.get_close_matches(hook, files, n=1, cutoff=0.75)
    hint = f"did you mean '{close[0]}'?" if close else f"write its path from the folder of {CONFIG}"
    return Problem(CONFIG, "hooks", f"{named_value(hook)} is no file", hint)
