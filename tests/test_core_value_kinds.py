"""What a value of mkdocs.yml is, in a contributor's words: one function for every line of the file's values.

`config_shapes.py` and `extra_files.py` each had a `kind`: `extra: !!binary eA==` was `!!binary "eA=="` and
`extra_css: !!binary eA==` was "binary data (!!binary)", two words in one file's lines for one value.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from types import MappingProxyType

import pytest
import yaml

from hooks.core.config_inherit import parent_texts
from hooks.core.config_shapes import listed_entries, redirect_problems, shape_problems
from hooks.core.glossary_settings import used_in_setting
from hooks.core.relative_tags import RelativeTag
from hooks.core.site_nav import nav_shape_problem
from hooks.core.theme_shapes import theme_shape_problems
from hooks.core.value_kinds import kind


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ({}, "a mapping"),
        (MappingProxyType({"a": 1}), "a mapping"),  # settings MkDocs hands the build's adapters
        ([], "a list"),
        (b"x", "binary data (!!binary)"),  # not its base64 (`!!binary "eA=="`), which says nothing
        (bytearray(b"x"), "binary data (!!binary)"),
        (RelativeTag("$config_dir/x"), "!relative $config_dir/x"),
        (RelativeTag(""), "!relative"),
        (PurePosixPath("x"), "!relative"),  # a path-like value, as MkDocs' placeholder is
        (None, "null"),
        (5, "5"),
        ("x", "'x'"),
    ],
)
def test_kind(value: object, words: str) -> None:
    """Each value as the lines name it."""
    assert kind(value) == words


def test_binary_data_is_named_alike_by_every_setting(tmp_path: Path) -> None:
    """Every setting's line names bytes as the extra files' lines do, not by their base64 (`!!binary "eA=="`).

    A redirect, the glossary's `used_in`, a nav entry, the theme's values and `INHERIT` named `!!binary "eA=="`.
    """
    problems = shape_problems({"extra": b"x", "use_directory_urls": b"x"}) + listed_entries(b"x", "plugins", "x")[1]
    problems += redirect_problems({"plugins": [{"redirects": {"redirect_maps": {"a.md": b"x"}}}]})
    problems += used_in_setting({"glossary": {"used_in": b"x"}})[1]
    problems += [nav_shape_problem(b"x"), nav_shape_problem([b"x"])]
    problems += theme_shape_problems({"name": b"x", "custom_dir": b"x", "static_templates": b"x"})
    problems.append(parent_texts(tmp_path, {"INHERIT": b"x"}, "mkdocs.yml", yaml.safe_load)[1])
    assert [problem.message for problem in problems if problem] == [
        "must be true or false, not binary data (!!binary)",
        "must be settings, not binary data (!!binary)",
        "must be a list, not binary data (!!binary)",
        "moves the page to binary data (!!binary), no page",
        "must be a whole number ≥ 1, not binary data (!!binary)",
        "a section or the nav is binary data (!!binary), not a list of entries",
        "an entry is binary data (!!binary), not a page or a section",
        "must be a theme's name, not binary data (!!binary)",
        "must be a folder's path, not binary data (!!binary)",
        "must be a list of templates' names, not binary data (!!binary)",
        "must be text, not binary data (!!binary)",
    ]
