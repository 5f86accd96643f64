"""mkdocs.yml's plugins, hooks and Markdown extensions: each installed, there and loading, as the build needs."""

from __future__ import annotations

import difflib
from dataclasses import replace
from pathlib import Path
from typing import Any

from hooks.cli.config_hooks import hook_problems
from hooks.cli.config_values import Extensions, extension_problems, extension_settings
from hooks.cli.mkdocs_settings import config_setting_names, retired_options, text_settings
from hooks.cli.theme_plugin_options import installed_plugins, material_option_hint, material_plugin_hint
from hooks.cli.theme_settings import theme_problems
from hooks.core.config_file import CONFIG, ConfigError, config_and_problems
from hooks.core.config_shapes import listed_entries
from hooks.core.material_plugins import material_plugin_problems
from hooks.core.problems import Problem
from hooks.core.relative_tags import RelativeTag, path_setting_problem
from hooks.core.search_fields import search_field_problems
from hooks.core.setting_names import (
    CLOSE_NAME,
    WARNED,
    Retired,
    retired_fix,
    retired_slip_hint,
    unknown_setting_problems,
)
from hooks.core.theme_setting import theme_parts
from hooks.core.yaml_lines import in_backticks, keys_path


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
    MkDocs warns, the strict build stops before any hook). `shapes`, the lines of the values `config_shapes`
    refused: an option one names (`redirect_maps`) is not named twice.
    """
    names = unknown_setting_problems(CONFIG, config, config_setting_names(root, config))
    plugins, _ = listed_entries(config.get("plugins"), "plugins", "plugin")  # its entries' lines are the shapes'
    said = {problem.field.partition(": ")[0] for problem in shapes}  # `redirect_maps: a.md`, `config_shapes`'
    names += [  # `repo_url: !relative …`: MkDocs stops on "Expected a string"; `site_name`'s, `docs_dir`'s are said
        path_setting_problem(CONFIG, setting, value)
        for setting, value in config.items()
        if isinstance(value, RelativeTag) and setting in text_settings() and setting not in said
    ]
    theme = [] if "theme" in said else theme_problems(root, config.get("theme"))  # `!relative nope`: said
    # A plugin's options are read as the theme's (`search` is Material's): none against a theme MkDocs refuses
    refused = theme or "theme" in said
    options = (
        []
        if refused
        else material_theme_problems(config, plugins)
        + repeated_plugin_problems(config, plugins)
        + plugin_option_problems(root, config, plugins, said)
    )
    return theme + names + plugin_problems(config, plugins) + options + hook_problems(root, config.get("hooks"))


def plugin_problems(config: dict[str, Any], plugins: list[tuple[str, Any]]) -> list[Problem]:
    """One line per plugin not installed, all in one run: fixing one showed the next."""
    installed = list(installed_plugins())
    namespace = theme_parts(config.get("theme"))[0]  # `search` is Material's `material/search`
    return [
        plugin_problem(name, installed, namespace, material_plugin_hint(config, name))  # `tags` under `theme: mkdocs`
        for name, _ in plugins
        if installed_plugin(config, name) is None
    ]


def material_theme_problems(config: dict[str, Any], plugins: list[tuple[str, Any]]) -> list[Problem]:
    """The line for `material/search` under MkDocs' own theme: make check said OK, the build stopped on a traceback."""
    return material_plugin_problems(CONFIG, config.get("theme"), [name for name, _ in plugins], installed_plugins())


def repeated_plugin_problems(config: dict[str, Any], plugins: list[tuple[str, Any]]) -> list[Problem]:
    """One line per plugin MkDocs loads a second time (`search` after `material/search` under Material's theme).

    MkDocs warns ("specified multiple times") unless the plugin supports it, and the strict build stops: make
    check said OK, and offering `search` beside `material/search` under another theme listed it twice.
    """
    first: dict[str, str] = {}
    problems = []
    for name, _ in plugins:
        entry = installed_plugin(config, name)
        if entry is None:  # not installed: `plugin_problem`'s line
            continue
        if entry.name in first and not getattr(entry.load(), "supports_multiple_instances", False):
            message = f"loads {in_backticks(entry.name)} again, after {in_backticks(first[entry.name])}, {WARNED}"
            problems.append(Problem(CONFIG, f"plugins: {name}", message, "remove one of them"))
        first.setdefault(entry.name, name)
    return problems


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
            continue  # no options: its defaults pass; options of another shape: `config_shapes`' line
        plugin = entry.load()()
        checked = {option: value for option, value in options.items() if option not in said}
        errors, warnings = plugin.load_config(checked, str(root / CONFIG))
        known = [key for key, _ in plugin.config_scheme]
        retired = retired_options(plugin.config_scheme, name)  # `prebuild_index`: said with its guidance, a slip's too
        for key, error in [*errors, *warnings]:  # Material's option of its namesake plugin: only an unknown one's
            material_hint = material_option_hint(config, name, key) if str(error) == unrecognised(key) else None
            problems.append(plugin_option_problem(name, key, str(error), known, retired, material_hint))
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
    installed = installed_plugins()
    return installed.get(f"{namespace}/{name}") or installed.get(name.removeprefix("/"))


def plugin_option_problem(
    plugin: str,
    option: str,
    message: str,
    known: list[str],
    retired: dict[str, Retired] | None = None,
    material_hint: str | None = None,
) -> Problem:
    """The line for an option MkDocs refuses: one it does not know (Material's, the closest it knows), or its words.

    A retired option (`Deprecated`), and a slip of one, is said with what to do instead, as a retired setting is:
    offered plainly, it was a name MkDocs warns of in turn. The plugin's own words for it (`instead`) are said after
    "remove it" for a slip only: for the option itself, MkDocs' line is those words, said once.
    """
    retired = retired or {}
    if message == unrecognised(option):
        close = difflib.get_close_matches(option, known, n=1, cutoff=CLOSE_NAME)  # `lnag`: `lang`
        offered = ", ".join(key for key in known if key not in retired) or "none"
        hint = f"did you mean {keys_path(close[0])}?" if close else f"its options: {offered}"
        if close and (meant := retired.get(close[0])) is not None:
            hint = retired_slip_hint(close[0], meant, "the plugin")
        hint = material_hint or hint  # `fields` under `theme: mkdocs`: Material's search option
        return Problem(CONFIG, f"plugins: {plugin}", f"has no option {keys_path(option)}", hint)
    hint = "write it as the plugin's documentation says, or remove it for its default"
    if (gone := retired.get(option)) is not None:  # `message` is the plugin's own words, where it has any
        hint = retired_fix(replace(gone, instead=None))
    return Problem(CONFIG, f"plugins: {plugin}: {option}", message, hint)


def unrecognised(option: str) -> str:
    """MkDocs' words for an option a plugin does not know, as its `Config.validate` warns of it."""
    return f"Unrecognised configuration name: {option}"


def plugin_problem(name: str, installed: list[str], namespace: object, material_hint: str | None = None) -> Problem:
    """The line for a plugin MkDocs does not find installed: the closest installed one, as mkdocs.yml would name it.

    MkDocs' words ("is not installed") for one Material provides under another theme too, with Material's fix.
    """
    names = sorted((plugin.removeprefix(f"{namespace}/") for plugin in installed), key=lambda plugin: "/" in plugin)
    # by its own name (`tags`: `material/tags` under `theme: mkdocs`), MkDocs' own before a namesake
    by_own: dict[str, str] = {}
    for plugin in names:
        by_own.setdefault(plugin.rpartition("/")[2], plugin)
    close = difflib.get_close_matches(name.rpartition("/")[2], by_own, n=1, cutoff=0.75)  # `material/redirects`
    hint = (
        f"did you mean '{by_own[close[0]]}'?" if close else "check its spelling, and that requirements.txt installs it"
    )
    hint = material_hint or hint
    return Problem(CONFIG, "plugins", f"'{name}' is no installed MkDocs plugin", hint)
