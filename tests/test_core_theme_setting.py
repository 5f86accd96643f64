"""mkdocs.yml's `theme:` unpacked once (hooks/core/theme_setting.py), for each reader of its name and `custom_dir`."""

from __future__ import annotations

import pytest

from hooks.core.theme_setting import theme_parts


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
