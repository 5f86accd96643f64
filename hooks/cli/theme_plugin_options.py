"""A plugin option written for Material's namesake plugin while another theme is used: `search: fields:`.

MkDocs loads `search` as the theme's own (`material/search` under Material). Under MkDocs' own themes (`mkdocs`,
`readthedocs`) it is MkDocs' search plugin, which has no `fields` and warns of it: make check listed that plugin's
options, and the option written was Material's all along. The build stops on MkDocs' line before any hook runs.
"""

from __future__ import annotations

from importlib.metadata import entry_points
from typing import Any

from hooks.core.theme_setting import theme_parts
from hooks.core.yaml_lines import in_backticks

MATERIAL = "material"


def material_option_hint(config: dict[str, Any], plugin: str, option: str) -> str | None:
    """The fix for an option Material's namesake plugin has, unknown to the plugin the other theme loads; else None."""
    theme = config.get("theme")
    namespace, _ = theme_parts(theme)
    if namespace == MATERIAL or "/" in plugin:  # `material/search` is Material's plugin whatever the theme
        return None
    installed = {entry.name: entry for entry in entry_points(group="mkdocs.plugins")}
    if (entry := installed.get(f"{MATERIAL}/{plugin}")) is None:
        return None
    if option not in [key for key, _ in entry.load()().config_scheme]:
        return None
    switch = in_backticks(f"theme: {MATERIAL}") if not isinstance(theme, dict) else f"`name: {MATERIAL}` under `theme:`"
    return (
        f"{in_backticks(option)} is an option of Material for MkDocs' {plugin}: remove it, or use Material's theme,"
        f" {switch}"
    )
