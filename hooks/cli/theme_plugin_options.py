"""Material's plugins written as under Material's theme while another is used: `tags`, or `search: fields:`.

MkDocs loads a plugin named alone as the theme's own first (`tags` is `material/tags` under Material). Under MkDocs'
own themes (`mkdocs`, `readthedocs`) `tags` is no plugin MkDocs finds ("The "tags" plugin is not installed"), and
make check said to check its spelling; `search` is MkDocs' search plugin, which has no `fields` and warns of it, and
make check listed that plugin's options: the plugin, or the option, was Material's all along. The build stops on
MkDocs' line before any hook runs.
"""

from __future__ import annotations

import functools
from importlib.metadata import EntryPoint, entry_points
from typing import Any

from hooks.core.material_plugins import MATERIAL, READS_THEME, material_switch
from hooks.core.theme_setting import theme_parts
from hooks.core.yaml_lines import in_backticks


def material_option_hint(config: dict[str, Any], plugin: str, option: str) -> str | None:
    """The fix for an option Material's namesake plugin has, unknown to the plugin the other theme loads; else None."""
    if (entry := material_plugin(config, plugin)) is None:
        return None
    if option not in plugin_options(entry.name):
        return None
    return (
        f"{in_backticks(option)} is an option of Material for MkDocs' {plugin}: remove it,"
        f" or {material_switch(config.get('theme'))}"
    )


def material_plugin_hint(config: dict[str, Any], plugin: str) -> str | None:
    """The fix for a plugin only Material provides (`tags`), named as its theme names it under another; else None.

    None for one the other theme loads under that name too (`search`): that plugin's options are checked instead.
    """
    if material_plugin(config, plugin) is None or plugin in installed_plugins():
        return None
    switch = material_switch(config.get("theme"))
    # `material/blog` reads Material's theme, and has a line of its own under another: not offered
    namespaced = "" if plugin in READS_THEME else f", or write it {in_backticks(f'{MATERIAL}/{plugin}')}"
    loaded = "is Material for MkDocs' plugin, loaded by that name under Material's theme only"
    return f"{in_backticks(plugin)} {loaded}: {switch}{namespaced}"


def material_plugin(config: dict[str, Any], plugin: str) -> EntryPoint | None:
    """Material's plugin mkdocs.yml names without its namespace while another theme is used; else None."""
    namespace, _ = theme_parts(config.get("theme"))
    if namespace == MATERIAL or "/" in plugin:  # `material/search` is Material's plugin whatever the theme
        return None
    return installed_plugins().get(f"{MATERIAL}/{plugin}")


@functools.cache
def plugin_options(name: str) -> frozenset[str]:
    """The options of the plugin MkDocs loads by `name` (`material/search`): made once a run, not once an option."""
    return frozenset(key for key, _ in installed_plugins()[name].load()().config_scheme)


@functools.cache
def installed_plugins() -> dict[str, EntryPoint]:
    """The MkDocs plugins installed, by the name MkDocs loads each by (`material/tags`, `search`): read once a run.

    Every plugin's line and option asks: the entry points were scanned for each.
    """
    return {entry.name: entry for entry in entry_points(group="mkdocs.plugins")}
