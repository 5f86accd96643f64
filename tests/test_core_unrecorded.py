"""The ids a build publishes that the lock lacks (hooks/core/unrecorded.py): found, ordered, named in one line."""

from __future__ import annotations

from hooks.core.unrecorded import format_unrecorded, natural_order, unrecorded_ids


def test_unrecorded_ids_are_listed_by_page_in_the_built_order_once() -> None:
    lock = {"/a/b/": ["p1", "known"], "/a/": []}
    built = {"/a/b/": ["p1", "known", "new-2", "new", "new-2"], "/a/": ["first"], "/c/": ["p1"], "/d/": []}
    assert unrecorded_ids(lock, built) == {"/a/b/": ["new-2", "new"], "/a/": ["first"], "/c/": ["p1"]}


def test_unrecorded_ids_are_named_in_one_order_whoever_met_them() -> None:
    """The build meets ids in the page's order, make check in the files'; both must write the same line."""
    (line,) = format_unrecorded({"/o/": ["p10", "quote-twice", "p9", "only-a-rule"]})
    assert line.message == "4 published id(s) not recorded: only-a-rule, p9, p10, quote-twice"


def test_ids_are_ordered_as_counted_even_with_thousands_of_digits() -> None:
    """Compared by `int()`, an id of 5,000 digits (a lock edited by hand) raised ValueError: a traceback."""
    huge = "x" + "9" * 5000
    assert natural_order(["p10", huge, "p9", "p010", "x2"]) == ["p9", "p10", "p010", "x2", huge]
