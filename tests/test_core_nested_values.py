"""A value read from YAML walked once (hooks/core/nested_values.py), for the four readers of `!relative` tags.

Four walks of dicts, lists and leaves had each their own copy: one walker, so that a fifth cannot differ.
"""

from __future__ import annotations

import pytest

from hooks.core.nested_values import field_leaves, mapped_leaves

NESTED = {"a": [1, {"b": 2, "path": [3]}], "c": (4, 5), "d": {}, "e": []}


def test_every_leaf_is_mapped_and_the_shape_kept() -> None:
    """Dicts and lists are walked; a tuple, like any other value, is a leaf."""
    assert mapped_leaves(NESTED, repr) == {"a": ["1", {"b": "2", "path": ["3"]}], "c": "(4, 5)", "d": {}, "e": []}


def test_only_the_keys_named_are_walked() -> None:
    """A dict's other values are kept as they are, unmapped: the extra files' setting maps only `path`."""
    found = mapped_leaves(NESTED, repr, lambda key: key == "path")
    assert found == {"a": [1, {"b": 2, "path": [3]}], "c": (4, 5), "d": {}, "e": []}
    assert mapped_leaves([{"path": {"path": 1, "x": 2}}], repr, lambda key: key == "path") == [
        {"path": {"path": "1", "x": 2}}
    ]


@pytest.mark.parametrize(
    ("value", "field", "found"),
    [
        (NESTED, "", [("a[0]", 1), ("a[1].b", 2), ("a[1].path[0]", 3), ("c", (4, 5))]),
        ([7, [8]], "base_path", [("base_path[0]", 7), ("base_path[1][0]", 8)]),
        ({1: "x"}, "extra", [("extra.1", "x")]),
        ("x", "site_name", [("site_name", "x")]),
        ({}, "", []),
    ],
)
def test_each_leaf_is_named_by_its_place(value: object, field: str, found: list[tuple[str, object]]) -> None:
    """`extra.probe`, `base_path[1]`: the field a line names."""
    assert list(field_leaves(value, field)) == found
