"""mkdocs.yml's plugins, hooks and Markdown extensions: each installed, there and loading, as the build needs."""

from __future__ import annotations

import ast
import difflib
import importlib.util
import os
import posixpath
import sys
from importlib.metadata import entry_points
from pathlib import Path, PurePosixPath
from typing import Any

from hooks.cli.config_values import Extensions, extension_problems, extension_settings
from hooks.cli.mkdocs_settings import config_setting_names, text_settings
from hooks.cli.theme_plugin_options import material_option_hint
from hooks.cli.theme_settings import theme_problems
from hooks.core.config_file import CONFIG, ConfigError, config_and_problems, listed_entries
from hooks.core.problems import Problem, named_value
from hooks.core.relative_tags import RelativeTag, path_setting_problem
from hooks.core.search_fields import search_field_problems
from hooks.core.setting_names import CLOSE_NAME, unknown_setting_problems
from hooks.core.theme_setting import theme_parts
from hooks.core.yaml_lines import item_to_write, keys_path


def check_plugins_hooks_and_extensions(root: Path) -> Extensions:
    """ConfigError for every value of mkdocs.yml the build refuses; else its Markdown extensions, loaded once here.

    Every value in a shape the build refuses, plugin not installed, hook file missing and extension
    not loading, together: make check said OK to the plugins and hooks, the extensions were checked
    later, and the shapes stopped alone, so each fix showed the next. The extensions returned
    are the ones the pages are rendered with: loading each is its check, made once a run.
    """
    config, problems = config_and_problems(root)
    listed, _ = listed_entries(config.get("markdown_extensions"), "markdown_extensions", "extension")
    extensions = [(name, options) for name, options in listed if options is None or isinstance(options, dict)]
    if problems := problems + plugin_and_hook_problems(root, config, problems) + extension_problems(extensions, root):
        raise ConfigError(*problems)
    return extension_settings(extensions)


def check_plugins_and_hooks(root: Path) -> None:
    """ConfigError for every value of mkdocs.yml in a shape the build refuses, plugin not installed, hook file missing.

    make annotate's check before it writes: it wrote a note past them, against a site that cannot
    build. The lines are make check's; its extensions are loaded as the page is rendered.
    """
    config, problems = config_and_problems(root)
    if problems := problems + plugin_and_hook_problems(root, config, problems):
        raise ConfigError(*problems)


def plugin_and_hook_problems(root: Path, config: dict[str, Any], shapes: list[Problem]) -> list[Problem]:
    """One line per setting MkDocs does not know, plugin not installed, option refused and hook's file missing.

    make check's and make annotate's. A setting's name is checked against MkDocs' own schema (`extra_csss`:
    MkDocs warns, the strict build stops before any hook). `shapes`, the lines of the values `config_file`
    refused: an option one names (`redirect_maps`) is not named twice.
    """
    names = unknown_setting_problems(CONFIG, config, config_setting_names(root, config))
    plugins, _ = listed_entries(config.get("plugins"), "plugins", "plugin")  # its entries' lines are the shapes'
    said = {problem.field.partition(": ")[0] for problem in shapes}  # `redirect_maps: a.md`, `config_file`'s
    names += [  # `repo_url: !relative …`: MkDocs stops on "Expected a string"; `site_name`'s, `docs_dir`'s are said
        path_setting_problem(CONFIG, setting, value)
        for setting, value in config.items()
        if isinstance(value, RelativeTag) and setting in text_settings() and setting not in said
    ]
    theme = [] if "theme" in said else theme_problems(root, config.get("theme"))  # `!relative nope`: said
    # A plugin's options are read as the theme's (`search` is Material's): none against a theme MkDocs refuses
    refused = theme or "theme" in said
    options = [] if refused else plugin_option_problems(root, config, plugins, said)
    return theme + names + plugin_problems(config, plugins) + options + hook_problems(root, config.get("hooks"))


def plugin_problems(config: dict[str, Any], plugins: list[tuple[str, Any]]) -> list[Problem]:
    """One line per plugin not installed, all in one run: fixing one showed the next."""
    installed = [entry.name for entry in entry_points(group="mkdocs.plugins")]
    namespace = theme_parts(config.get("theme"))[0]  # `search` is Material's `material/search`
    return [
        plugin_problem(name, installed, namespace)
        for name, _ in plugins
        if name.removeprefix("/") not in installed and f"{namespace}/{name}" not in installed
    ]


def plugin_option_problems(
    root: Path, config: dict[str, Any], plugins: list[tuple[str, Any]], said: set[str]
) -> list[Problem]:
    """One line per option MkDocs refuses of an installed plugin, read with the plugin's own `load_config`.

    The build stops on each (an error, or a warning `--strict` counts) before any hook runs, in MkDocs'
    words; make check said OK. MkDocs' check itself, not a copy of it: a plugin's options are its own.
    Only a plugin given options: its defaults pass. An option `said` has its line already (`redirect_maps`).
    """
    problems = []
    for name, options in plugins:
        if not options or not isinstance(options, dict) or not (entry := installed_plugin(config, name)):
            continue  # no options: its defaults pass; options of another shape: `config_file`'s line
        plugin = entry.load()()
        checked = {option: value for option, value in options.items() if option not in said}
        errors, warnings = plugin.load_config(checked, str(root / CONFIG))
        known = [key for key, _ in plugin.config_scheme]
        problems += [
            plugin_option_problem(name, key, str(error), known, material_option_hint(config, name, key))
            for key, error in [*errors, *warnings]
        ]
        if "fields" not in dict(errors):  # as Material's `on_config` reads them, all lines together
            problems += search_fields_read(plugin, name)
    return problems


def search_fields_read(plugin: Any, name: str) -> list[Problem]:
    """The lines of Material's search `fields` it cannot read (a `boost: many`): it stops the build on a traceback.

    Read as the build's pipeline hook reads them, before Material does, with the same function.
    """
    from material.plugins.search.plugin import SearchPlugin  # here, not on top: make check starts without MkDocs

    if not isinstance(plugin, SearchPlugin) or not plugin.config.enabled:  # disabled: Material reads none
        return []
    return search_field_problems(name, plugin.config.fields)[1]  # as mkdocs.yml names it


def installed_plugin(config: dict[str, Any], name: str) -> Any:
    """The entry point MkDocs loads for a plugin as mkdocs.yml names it (`search`: the theme's `material/search`)."""
    namespace = theme_parts(config.get("theme"))[0]
    installed = {entry.name: entry for entry in entry_points(group="mkdocs.plugins")}
    return installed.get(f"{namespace}/{name}") or installed.get(name.removeprefix("/"))


def plugin_option_problem(
    plugin: str, option: str, message: str, known: list[str], material_hint: str | None = None
) -> Problem:
    """The line for an option MkDocs refuses: one it does not know (Material's, the closest it knows), or its words."""
    if message == f"Unrecognised configuration name: {option}":
        close = difflib.get_close_matches(option, known, n=1, cutoff=CLOSE_NAME)  # `lnag`: `lang`
        hint = f"did you mean {keys_path(close[0])}?" if close else f"its options: {', '.join(known) or 'none'}"
        hint = material_hint or hint  # `fields` under `theme: mkdocs`: Material's search option
        return Problem(CONFIG, f"plugins: {plugin}", f"has no option {keys_path(option)}", hint)
    hint = "write it as the plugin's documentation says, or remove it for its default"
    return Problem(CONFIG, f"plugins: {plugin}: {option}", message, hint)


def hook_problems(root: Path, hooks: object) -> list[Problem]:
    """One line per hook's file missing; `hooks` that is no list is `config_file`'s line, a shape as `plugins: 5` is."""
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


def plugin_problem(name: str, installed: list[str], namespace: object) -> Problem:
    """The line for a plugin MkDocs does not find installed: the closest installed one, as mkdocs.yml would name it."""
    names = [plugin.removeprefix(f"{namespace}/") for plugin in installed]
    close = difflib.get_close_matches(name.rpartition("/")[2], names, n=1, cutoff=0.75)  # `material/redirects`
    hint = f"did you mean '{close[0]}'?" if close else "check its spelling, and that requirements.txt installs it"
    return Problem(CONFIG, "plugins", f"'{name}' is no installed MkDocs plugin", hint)


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
