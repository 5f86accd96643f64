"""Material's search `fields` in mkdocs.yml: the shapes its plugin reads, and one line for each it cannot."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from material.plugins.search.config import SearchFieldConfig
from mkdocs.config.base import ValidationError
from mkdocs.config.config_options import SubConfig

from hooks.core.config_file import merged_settings
from hooks.core.config_inherit import parent_texts
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
    ("text", "parent", "names"),
    [
        ("plugins:\n  - material/search:\n      lang: en\n  - redirects\n", None, ["material/search", "redirects"]),
        ("plugins: {search: {}}\n", None, ["search"]),
        ("plugins: [search\n", None, []),  # no YAML: MkDocs' own line
        ("- a list\n", None, []),
        # a parent's list: MkDocs merges it in; mkdocs.yml's own replaces it, as MkDocs' merge replaces a list
        ("INHERIT: base.yml\n", "plugins: [material/search]\n", ["material/search"]),
        ("INHERIT: base.yml\nplugins: [search]\n", "plugins: [material/search]\n", ["search"]),
        ("INHERIT: base.yml\nplugins: [search]\n", None, []),  # no parent: its own line, make check's and MkDocs'
        ("INHERIT: base.yml\nplugins: [search]\n", "plugins: [x\n", []),  # a parent no YAML: its own line too
        ("INHERIT: base.yml\nplugins: [search]\n", b"plugins: [\xff]\n", []),  # not UTF-8: its own line too
    ],
    ids=["namespaced", "mapping", "no-yaml", "a-list", "parent", "own-over-parent", "no-parent", "parent-no-yaml",
         "parent-not-utf8"],
)  # fmt: skip
def test_the_plugins_are_read_as_mkdocs_yml_and_its_parent_write_them(
    text: str, parent: str | bytes | None, names: list[str], tmp_path: Path
) -> None:
    """A parent listing `material/search`: the build's line about its fields named `plugins.search`."""
    if isinstance(parent, bytes):
        (tmp_path / "base.yml").write_bytes(parent)
    elif parent is not None:
        (tmp_path / "base.yml").write_text(parent, encoding="utf-8")
    assert written_plugin_names(merged_settings(tmp_path, text)) == names


def test_an_unreadable_parent_names_no_plugin_and_raises_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A parent that cannot be opened (no permission) is `INHERIT`'s own line in make check: no plugin, no traceback.

    The build stops before any hook on it, on MkDocs' own traceback: its loader opens the parent first.
    """
    (tmp_path / "base.yml").write_text("plugins: [material/search]\n", encoding="utf-8")
    read_text = Path.read_text

    def refuse_parent(path: Path, *args: object, **kwargs: object) -> str:
        if path.name == "base.yml":
            raise PermissionError(13, "Permission denied")
        return read_text(path, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", refuse_parent)
    assert written_plugin_names(merged_settings(tmp_path, "INHERIT: base.yml\n")) == []
    _, problem = parent_texts(tmp_path, {"INHERIT": "base.yml"}, "mkdocs.yml", yaml.safe_load)
    assert str(problem) == (
        "mkdocs.yml: INHERIT: 'base.yml' cannot be read (Permission denied) (make it readable, or remove `INHERIT`)"
    )
