"""Material's search `fields` in mkdocs.yml: the shapes its plugin reads, and one line for each it cannot.

MkDocs checks only that `fields` is a mapping; Material's plugin checks each field in its own
`on_config` (its `SearchFieldConfig`: settings, `boost` an int or a float), after every option check,
and a field it refuses stops the build on a traceback. A key other than `boost` it drops in silence,
so a misspelt `bost` left the field weighed as Material's default. make check and the build (the
pipeline hook, before Material's `on_config`) both read the fields here.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any

from hooks.core.config_shapes import listed_entries
from hooks.core.problems import Problem, named_value, yaml_shown
from hooks.core.project_folders import CONFIG
from hooks.core.yaml_lines import in_backticks

FIELD_SETTINGS = ("boost",)  # Material's `SearchFieldConfig`
DEFAULT = "or remove it for Material's default"


def search_field_problems(plugin: str, fields: object) -> tuple[dict[Any, Any], list[Problem]]:
    """The fields Material's search plugin can read, and a line for each it cannot and each key it drops.

    `plugin` is the plugin as mkdocs.yml names it (`search`, `material/search`: `plugin_as_written`). Fields
    that are no mapping are MkDocs' own line (its check of the plugin's options): none here.
    """
    if not isinstance(fields, dict):
        return {}, []
    usable: dict[Any, Any] = {}
    problems: list[Problem] = []
    for name, settings in fields.items():
        field = f"plugins.{plugin}.fields.{name if isinstance(name, str) else yaml_shown(name)}"  # `~:` is `null`
        refused = field_problems(field, name, settings)
        problems += refused + unknown_settings(field, settings)
        if not refused:
            usable[name] = settings
    return usable, problems


def field_problems(field: str, name: object, settings: object) -> list[Problem]:
    """The line for a field's settings Material refuses: not a mapping, or a `boost` that is no number."""
    if not isinstance(settings, dict):
        hint = f"write them as {in_backticks(f'{name}: {{boost: 2}}')}, {DEFAULT}"
        return [Problem(CONFIG, field, f"must be settings, not {named_value(settings)}", hint)]
    boost = settings.get("boost")
    if boost is None or isinstance(boost, int | float):  # None: Material's default; a bool is an int to it too
        return []
    message = f"must be a number, not {named_value(boost)}"
    return [Problem(CONFIG, f"{field}.boost", message, f"a number, e.g. 2, {DEFAULT}")]


def unknown_settings(field: str, settings: object) -> list[Problem]:
    """A line for each key of a field's settings other than `boost`, which Material drops without a word."""
    if not isinstance(settings, dict):
        return []
    problems = []
    for key in settings:
        if key in FIELD_SETTINGS:
            continue
        written = key if isinstance(key, str) else yaml_shown(key)
        close = difflib.get_close_matches(written, FIELD_SETTINGS, n=1, cutoff=0.6)
        hint = f"did you mean {in_backticks(close[0])}?" if close else f"a field's one setting: {in_backticks('boost')}"
        problems.append(Problem(CONFIG, f"{field}.{written}", "is no search field setting", hint))
    return problems


def written_plugin_names(settings: dict[str, Any]) -> list[str]:
    """The plugins as mkdocs.yml and the files it inherits name them (`search`, `material/search`).

    `settings`, theirs merged as make check reads them (`merged_settings`, read once a build): mkdocs.yml's own
    text missed a parent's `search`, and the line named `plugins.material/search`. None where they cannot be
    read (empty settings): their own line, MkDocs' or make check's.
    """
    return [name for name, _ in listed_entries(settings.get("plugins"), "plugins", "plugin")[0]]


def plugin_as_written(loaded: str, written: Iterable[str]) -> str:
    """A plugin MkDocs loaded (`material/search`, the theme's namespace added) by the name mkdocs.yml gives it.

    A line naming `plugins.search` of a file writing `material/search` sent the contributor to look for what is
    not there. `/search` is MkDocs' own, loaded as `search`.
    """
    return next((name for name in written if name.removeprefix("/") == loaded or loaded.endswith(f"/{name}")), loaded)
