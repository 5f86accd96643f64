"""Which field a misspelt name stands for (hooks/core/field_names.py): one slip away counts for a short name too."""

from __future__ import annotations

import pytest

from hooks.core.field_names import closest_field

AUTHOR = ["name", "url", "type"]
NOTE = ["id", "target", "motivation", "tags", "author", "created", "modified", "language", "references"]
PAGE = ["title", "source", "order", "tags"]


@pytest.mark.parametrize(
    ("written", "fields", "cutoff", "meant"),
    [
        # difflib's ratio is low for a short name one slip off: `ulr` 0.67 under a 0.75 cutoff, `tgas` 0.75 under 0.8
        ("ulr", AUTHOR, 0.75, "url"),  # two letters swapped
        ("uri", AUTHOR, 0.75, "url"),  # one changed
        ("ur", AUTHOR, 0.75, "url"),  # one dropped
        ("tgas", PAGE, 0.8, "tags"),
        ("di", NOTE, 0.6, "id"),  # a two-letter field: its letters swapped
        # no guess for a word no field is a slip of
        ("xyz", AUTHOR, 0.6, None),
        ("lru", AUTHOR, 0.75, None),  # two slips
        ("ix", NOTE, 0.6, None),  # a two-letter field with a letter changed is any two-letter word
        ("note", ["quote", "page", "paragraph"], 0.75, None),
        ("web", AUTHOR, 0.6, None),
        # a long name is difflib's: as before
        ("motivaton", NOTE, 0.6, "motivation"),
        ("titel", PAGE, 0.8, "title"),
    ],
)
def test_a_short_field_one_slip_away_is_offered_and_an_unrelated_word_is_not(
    written: str, fields: list[str], cutoff: float, meant: str | None
) -> None:
    """`ulr:` got "remove it or check its spelling" where `url` was meant."""
    assert closest_field(written, fields, cutoff) == meant
