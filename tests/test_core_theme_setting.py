"""mkdocs.yml's `theme:` unpacked once (hooks/core/theme_setting.py), for each reader of its name and `custom_dir`."""

from __future__ import annotations

import pytest

from hooks.core.relative_tags import RelativeTag
from hooks.core.theme_setting import theme_folder, theme_parts
from hooks.core.theme_shapes import theme_shape_problems


@pytest.mark.parametrize(
    ("theme", "parts"),
    [
        ("material", ("material", None)),
        ({"name": "material", "custom_dir": "overrides"}, ("material", "overrides")),
        ({"custom_dir": "overrides"}, (None, "overrides")),
        ({"name": 5}, (5, None)),
        (None, (None, None)),
        (["material"], (["material"], None)),
    ],
)
def test_the_theme_name_and_folder_are_read_as_written(theme: object, parts: tuple[object, object]) -> None:
    """Unchecked: each reader decides what a name that is no text means (`theme_problems` says the line)."""
    assert theme_parts(theme) == parts


@pytest.mark.parametrize(
    ("custom_dir", "folder"),
    [
        ("overrides", "/site/overrides"),
        (RelativeTag("$config_dir/overrides"), "/site/overrides"),  # make check read `/site/$config_dir/overrides`
        (RelativeTag("$docs_dir/../overrides"), "/site/docs/../overrides"),
        (RelativeTag(""), "/site/docs/"),  # alone: the page MkDocs' check sets is none, docs/ itself
        (None, None),
        (5, None),
    ],
)
def test_the_theme_folder_is_the_one_the_build_reads(custom_dir: object, folder: str | None) -> None:
    """`custom_dir` from mkdocs.yml's folder, a `!relative` worked out as MkDocs' check of `theme:` works it out."""
    assert theme_folder({"name": "material", "custom_dir": custom_dir}, "/site", "/site/docs") == folder


@pytest.mark.parametrize(
    ("theme", "fields"),
    [
        ({"name": "material", "custom_dir": "overrides", "static_templates": ["404.html"]}, []),
        ("material", []),
        (None, []),
        (5, []),  # MkDocs' own line ("Invalid type …"), no traceback
        ({"name": "material", "custom_dir": RelativeTag("$config_dir/overrides")}, []),  # a path to MkDocs
        ({"name": None, "custom_dir": None}, ["theme.custom_dir"]),
        ({"name": {"a": 1}, "static_templates": "404.html"}, ["theme.name", "theme.static_templates"]),
        ({"name": "material", "static_templates": [5]}, ["theme.static_templates"]),  # Jinja's traceback at build
    ],
)
def test_a_theme_value_mkdocs_meets_with_a_type_error_is_named_by_its_field(theme: object, fields: list[str]) -> None:
    """MkDocs' check stopped on a TypeError at each: every field named, in one run; MkDocs' own refusals left to it."""
    assert [problem.field for problem in theme_shape_problems(theme)] == fields
