"""Material's plugins named as Material's (`material/search`) under another theme: one line, not a traceback.

Material's search reads its language from its theme's `partials/language.html` in its `on_config`: under MkDocs'
own themes (`mkdocs`, `readthedocs`) the build stopped on `TemplateNotFound`, a traceback, and make check said OK.
Its blog reads it too. Material's other plugins build under another theme (`material/tags`, which make check
offers for `tags` there). The same line in make check and the build (`markdown_pipeline.py`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from hooks.core.problems import Problem
from hooks.core.theme_setting import theme_parts
from hooks.core.yaml_lines import in_backticks

MATERIAL = "material"
# Material's plugins that read its theme's `partials/language.html` (their `_translate`), checked on Material 9.8
READS_THEME = ("search", "blog")
NEEDS_THEME = "is Material for MkDocs' plugin, which needs its theme"


def material_plugin_problems(
    path: str, theme: object, plugins: Iterable[str], installed: Collection[str], name: object = None
) -> list[Problem]:
    """One line per plugin written `material/<name>` that reads Material's theme (`READS_THEME`) under another.

    `theme`: `theme:` as written, its `INHERIT`ed parents merged in, which shapes the hint; `name`: the theme's name
    as MkDocs read it, which decides (`config.theme.name`; else `theme`'s). The build read mkdocs.yml's `theme:`
    alone: a parent's `name: material` was no theme, and Material's search was left out. `installed`: the plugins'
    names MkDocs loads (`search`, `material/search`); one MkDocs' theme loads by the same name is offered (`write
    search`), unless listed already (MkDocs refuses a plugin listed twice), else it is to be removed.
    """
    listed, read = list(plugins), name if name is not None else theme_parts(theme)[0]
    problems = []
    for plugin in material_plugins_needing_theme(listed, installed, read):
        own = plugin.rpartition("/")[2]
        instead = f"write {in_backticks(own)}" if own in installed and own not in listed else "remove it"
        problems.append(Problem(path, f"plugins: {plugin}", NEEDS_THEME, f"{instead}, or {material_switch(theme)}"))
    return problems


def material_plugins_needing_theme(plugins: Iterable[str], installed: Collection[str], name: object) -> list[str]:
    """The plugins written `material/<name>` that read Material's theme under the theme `name`: the build disables them.

    Their lines' plugins (`material_plugin_problems`), for the build to leave out by name, not read from a line.
    """
    if name == MATERIAL:
        return []
    return [
        plugin
        for plugin in plugins  # not Material's, builds under any theme, or not installed (`plugin_problem`'s line)
        if plugin.rpartition("/")[0] == MATERIAL and plugin.rpartition("/")[2] in READS_THEME and plugin in installed
    ]


def material_switch(theme: object) -> str:
    """The fix using Material's theme as this mkdocs.yml writes it: `theme: material`, or `name: material` below."""
    if isinstance(theme, dict):
        return f"use Material's theme, `name: {MATERIAL}` under `theme:`"
    return f"use Material's theme, {in_backticks(f'theme: {MATERIAL}')}"
