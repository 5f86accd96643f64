"""What a value of mkdocs.yml is, in a contributor's words: one function for every line of the file's values.

`config_shapes.py` and `extra_files.py` each had a `kind`: `extra: !!binary eA==` was `!!binary "eA=="` and
`extra_css: !!binary eA==` was "binary data (!!binary)", two words in one file's lines for one value.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from types import MappingProxyType

import pytest

from hooks.core.config_shapes import listed_entries, shape_problems
from hooks.core.relative_tags import RelativeTag
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


def test_binary_data_is_named_alike_by_every_setting() -> None:
    """The shapes' lines name bytes as the extra files' lines do."""
    problems = shape_problems({"extra": b"x", "use_directory_urls": b"x"}) + listed_entries(b"x", "plugins", "x")[1]
    assert [problem.message for problem in problems] == [
        "must be true or false, not binary data (!!binary)",
        "must be settings, not binary data (!!binary)",
        "must be a list, not binary data (!!binary)",
    ]
