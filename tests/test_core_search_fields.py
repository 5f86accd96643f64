"""Material's search `fields` in mkdocs.yml: the shapes its plugin reads, and one line for each it cannot."""

from __future__ import annotations

import pytest
from material.plugins.search.config import SearchFieldConfig
from mkdocs.config.base import ValidationError
from mkdocs.config.config_options import SubConfig

from hooks.core.search_fields import plugin_as_written, search_field_problems, written_plugin_names

DEFAULT = "or remove it for Material's default"
FIELDS = [
    ({"tags": {"boost": 1000}}, []),
    ({"tags": {"boost": 2.5}, "title": {}, "text": {"boost": None}}, []),
    ({"tags": {"boost": "many"}},
     [f"mkdocs.yml: plugins.search.fields.tags.boost: must be a number, not 'many' (a number, e.g. 2, {DEFAULT})"]),
    ({"tags": {"boost": [1]}},
     [f"mkdocs.yml: plugins.search.fields.tags.boost: must be a number, not [1] (a number, e.g. 2, {DEFAULT})"]),
    ({"tags": 5},
     ["mkdocs.yml: plugins.search.fields.tags: must be settings, not 5"
      f" (write them as `tags: {{boost: 2}}`, {DEFAULT})"]),
    ({"tags": None},
     ["mkdocs.yml: plugins.search.fields.tags: must be settings, not null"
      f" (write them as `tags: {{boost: 2}}`, {DEFAULT})"]),
    # Material takes both in silence and drops the key: the field's weight was its default
    ({"tags": {"bost": 1000}},
     ["mkdocs.yml: plugins.search.fields.tags.bost: is no search field setting (did you mean `boost`?)"]),
    ({"tags": {"boost": 2, "colour": "red"}},
     ["mkdocs.yml: plugins.search.fields.tags.colour: is no search field setting (a field's one setting: `boost`)"]),
    ({None: {"boost": "x"}},
     [f"mkdocs.yml: plugins.search.fields.null.boost: must be a number, not 'x' (a number, e.g. 2, {DEFAULT})"]),
    ("not a mapping", []),  # MkDocs' own check of the plugin's options says it, before this one
]  # fmt: skip


@pytest.mark.parametrize(("fields", "lines"), FIELDS)
def test_each_search_field_material_cannot_read_is_one_line(fields: object, lines: list[str]) -> None:
    """A boost that is no number passed make check, and the build stopped on Material's traceback."""
    assert [str(problem) for problem in search_field_problems("search", fields)[1]] == lines


def test_the_fields_material_cannot_read_are_left_out_and_the_others_kept() -> None:
    """The build goes on without them (Material's defaults), so that every line is said together."""
    fields = {"tags": {"boost": "many"}, "title": 3, "text": {"boost": 2, "bost": 1}}
    assert search_field_problems("search", fields)[0] == {"text": {"boost": 2, "bost": 1}}


VALUES = [5, None, "x", [], {}, {"boost": "many"}, {"boost": True}, {"boost": None}, {"boost": -3},
          {"boost": 1.5}, {"boost": [1]}, {"boost": {"a": 1}}, {"bost": 2}]  # fmt: skip


@pytest.mark.parametrize("value", VALUES)
def test_a_field_is_refused_exactly_when_materials_own_check_refuses_it(value: object) -> None:
    """The shapes are Material's (`SearchFieldConfig`), not a guess: a field it reads is kept, one it refuses is not."""
    try:
        SubConfig(SearchFieldConfig).run_validation(value)
    except ValidationError:
        refused = True
    else:
        refused = False
    assert ("tags" not in search_field_problems("search", {"tags": value})[0]) == refused


@pytest.mark.parametrize(
    ("loaded", "written", "named"),
    [
        ("material/search", ["search", "redirects"], "search"),  # MkDocs adds the theme's namespace
        ("material/search", ["material/search"], "material/search"),
        ("search", ["/search"], "/search"),  # MkDocs' own, its namespace skipped
        ("search", ["search"], "search"),
        ("material/search", [], "material/search"),  # mkdocs.yml unread: as MkDocs names it
    ],
)
def test_a_plugin_is_named_as_mkdocs_yml_names_it(loaded: str, written: list[str], named: str) -> None:
    """The build knows the plugin by the name MkDocs loaded: its line said `plugins.search` of `material/search`."""
    assert plugin_as_written(loaded, written) == named


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("plugins:\n  - material/search:\n      lang: en\n  - redirects\n", ["material/search", "redirects"]),
        ("plugins: {search: {}}\n", ["search"]),
        ("plugins: [search\n", []),  # no YAML: MkDocs' own line
        ("- a list\n", []),
    ],
)
def test_the_plugins_are_read_as_mkdocs_yml_writes_them(text: str, names: list[str]) -> None:
    assert written_plugin_names(text) == names
