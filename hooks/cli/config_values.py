"""What mkdocs.yml names that the checks without a build need: page moves, `extra.glossary`, `site_url`, extensions.

Each read as the build reads it, so make check and make annotate see the site the build makes.
"""

from __future__ import annotations

import difflib
import importlib
import importlib.util
import pkgutil
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import markdown
from markdown.extensions import Extension

from hooks.core.config_addresses import usable_site_url
from hooks.core.config_file import CONFIG, DOCS, ConfigError, named_entries, read_config
from hooks.core.glossary_settings import settings_problems
from hooks.core.page_moves import file_moves, lock_moves
from hooks.core.problems import Problem
from hooks.core.relative_tags import placed
from hooks.core.yaml_lines import keys_path


def configured_moves(root: Path) -> dict[str, str]:
    """The page moves of mkdocs-redirects' `redirect_maps` in mkdocs.yml, as moves between lock keys."""
    return lock_moves(configured_redirect_maps(root))


def configured_glossary_problems(root: Path) -> list[Problem]:
    """The lines of `extra.glossary` in mkdocs.yml, the build's: the same function gives both."""
    return settings_problems(read_config(root).get("extra") or {})


def configured_file_moves(root: Path) -> dict[str, str]:
    """The page moves of `redirect_maps` between files in docs/, each followed to its end, as the build reads them."""
    return file_moves(configured_redirect_maps(root))


def configured_redirect_maps(root: Path) -> dict[str, str]:
    """mkdocs-redirects' `redirect_maps` in mkdocs.yml (`old.md: new.md`), none if the plugin is not listed."""
    redirects = dict(named_entries(read_config(root).get("plugins"), "plugins", "plugin")).get("redirects")
    return (redirects or {}).get("redirect_maps") or {}


def configured_site_url(root: Path) -> tuple[str, list[Problem]]:
    """mkdocs.yml's `site_url`, `SITE_URL` read as the build does ("" if none); "" and its line if MkDocs refuses it."""
    return usable_site_url(read_config(root).get("site_url"), CONFIG)


Extensions = tuple[list[str | Extension], dict[str, dict[str, Any]]]  # Markdown's `extensions`, `extension_configs`
# The edition's extensions renamed, by their old dotted paths: a project listing one is told its new name (no
# spelling is close enough to find it; the old name is not kept working).
RENAMED_EXTENSIONS = {"hooks.mdx.spoken_pilcrows": "hooks.mdx.spoken_symbols"}


def configured_extensions(root: Path) -> Extensions:
    """The `markdown_extensions` of mkdocs.yml, as Python-Markdown takes them; ConfigError for each it cannot load.

    make check has them from `check_plugins_hooks_and_extensions`, which loads each once: it loaded
    them three times, there and again for the pages and for the glossary.
    """
    entries = named_entries(read_config(root).get("markdown_extensions"), "markdown_extensions", "extension")
    if problems := extension_problems(entries, root):
        raise ConfigError(*problems)
    return extension_settings(entries)


def extension_settings(entries: list[tuple[str, Any]]) -> Extensions:
    """The extensions listed, as Python-Markdown takes them: their names, and the options of those that have some."""
    return [name for name, _ in entries], {name: options for name, options in entries if options}


def extension_problems(entries: list[tuple[str, Any]], root: Path) -> list[Problem]:
    """A line for every extension listed that Python-Markdown cannot load: fixing one showed the next.

    Each loaded as MkDocs checks it, with no page: an option's `!relative` alone names docs/ (`placed`).
    """
    md = markdown.Markdown()
    problems = []
    for name, options in entries:
        try:
            md.build_extension(name, placed(options or {}, str(root), str(root / DOCS)))
        except Exception as error:  # an extension's own code may raise anything: MkDocs catches all too
            problems.append(extension_problem(name, options or {}, error))
    return problems


def extension_problem(name: str, options: dict[str, Any], error: Exception) -> Problem:
    """Why Python-Markdown cannot load an extension: a name not installed (the closest installed one) or an option."""
    if isinstance(error, ModuleNotFoundError) and error.name and f"{name}.".startswith(f"{error.name}."):
        close = difflib.get_close_matches(name, installed_extensions(), n=1, cutoff=0.75)
        hint = f"did you mean '{close[0]}'?" if close else "check its spelling, and that requirements.txt installs it"
        if name in RENAMED_EXTENSIONS:
            hint = f"it was renamed '{RENAMED_EXTENSIONS[name]}': write that name"
        return Problem(CONFIG, "markdown_extensions", f"'{name}' is no installed Markdown extension", hint)
    if isinstance(error, KeyError) and error.args and error.args[0] in options:
        known = list(markdown.Markdown().build_extension(name, {}).getConfigs())
        close = difflib.get_close_matches(str(error.args[0]), known, n=1, cutoff=0.8)
        hint = f"did you mean {keys_path(close[0])}?" if close else f"its options: {', '.join(known) or 'none'}"
        return Problem(CONFIG, f"markdown_extensions: {name}", f"has no option {keys_path(str(error.args[0]))}", hint)
    message = f"cannot be loaded: {type(error).__name__}: {error}"
    hint = "check its name and options against its documentation"
    return Problem(CONFIG, f"markdown_extensions: {name}", message, hint)


def installed_extensions() -> list[str]:
    """The Markdown extensions installed, by the names mkdocs.yml gives them: Python-Markdown's, PyMdown's, ours.

    The edition's own are `hooks.mdx.…`, listed by dotted path as Zensical would (a slip was told to check that
    requirements.txt installs it). Only on the way to an error: the packages' modules are imported to leave out
    their helpers (`util`).
    """
    names = [entry.name for entry in entry_points(group="markdown.extensions")]
    return names + package_extensions("pymdownx") + package_extensions("hooks.mdx")


def package_extensions(package: str) -> list[str]:
    """The modules of `package` that are Markdown extensions (they define `makeExtension`), by their dotted paths."""
    if (spec := importlib.util.find_spec(package)) is None or not spec.submodule_search_locations:
        return []
    names = []
    for module in pkgutil.iter_modules(spec.submodule_search_locations):
        if module.name.startswith("_"):
            continue
        try:
            if hasattr(importlib.import_module(f"{package}.{module.name}"), "makeExtension"):
                names.append(f"{package}.{module.name}")
        except ImportError:
            continue
    return names
