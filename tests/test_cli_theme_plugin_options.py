"""Material's plugin, or an option of one, written under MkDocs' own theme is said to be Material's, not unknown."""

from __future__ import annotations

from typing import Any

import pytest

from hooks.cli.theme_plugin_options import material_option_hint, material_plugin_hint

FIELDS = "`fields` is an option of Material for MkDocs' search: remove it, or use Material's theme,"
HINTS = [
    ({"theme": "mkdocs"}, "search", "fields", f"{FIELDS} `theme: material`"),
    ({"theme": {"name": "readthedocs"}}, "search", "fields", f"{FIELDS} `name: material` under `theme:`"),
    ({}, "search", "fields", f"{FIELDS} `theme: material`"),  # MkDocs' default theme is `mkdocs`
    ({"theme": "material"}, "search", "fields", None),  # Material's own plugin: its line is another
    ({"theme": "mkdocs"}, "search", "feilds", None),  # no option of Material's either: MkDocs' options listed
    ({"theme": "mkdocs"}, "redirects", "fields", None),  # no plugin of Material's
    ({"theme": "mkdocs"}, "/search", "fields", None),  # MkDocs' plugin named as such
]  # fmt: skip


@pytest.mark.parametrize(("config", "plugin", "option", "hint"), HINTS)
def test_an_option_of_material_s_plugin_under_another_theme_is_said_to_be_material_s(
    config: dict[str, Any], plugin: str, option: str, hint: str | None
) -> None:
    """make check listed MkDocs' search options for `fields`, as if it were a slip of one of them."""
    assert material_option_hint(config, plugin, option) == hint


TAGS = "`tags` is Material for MkDocs' plugin, loaded by that name under Material's theme only: use Material's theme,"
PLUGINS = [
    ({"theme": "mkdocs"}, "tags", f"{TAGS} `theme: material`, or write it `material/tags`"),
    ({"theme": {"name": "readthedocs"}}, "tags", f"{TAGS} `name: material` under `theme:`, or write it `material/tags`"),
    ({}, "blog", "`blog` is Material for MkDocs' plugin, loaded by that name under Material's theme only: use"
                 " Material's theme, `theme: material`"),  # `material/blog` reads Material's theme: not offered
    ({"theme": "material"}, "tags", None),  # installed under Material's theme: no line at all
    ({"theme": "mkdocs"}, "redirects", None),  # no plugin of Material's
    ({"theme": "mkdocs"}, "material/tag", None),  # a namespaced slip: the closest plugin is offered
    ({"theme": "mkdocs"}, "tag", None),  # no plugin of Material's either
]  # fmt: skip


@pytest.mark.parametrize(("config", "plugin", "hint"), PLUGINS)
def test_a_plugin_only_material_provides_under_another_theme_is_said_to_be_material_s(
    config: dict[str, Any], plugin: str, hint: str | None
) -> None:
    """`tags` under `theme: mkdocs` was "no installed MkDocs plugin (check its spelling…)": it is, as Material's."""
    assert material_plugin_hint(config, plugin) == hint
