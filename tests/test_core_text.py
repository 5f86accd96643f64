"""Shortened text: tooltips, excerpts and quotes in lists."""

from __future__ import annotations

import pytest

from hooks.core.text import shorten


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("Nine char", 9, "Nine char"),
        ("one two three four", 9, "one two…"),
        ("one two, three", 9, "one two…"),  # the word ends just before the limit: kept, its comma not
        ("one – two three", 9, "one…"),  # no dash (or space) left dangling before the ellipsis
        ("the process whereby people establish", 21, "the process whereby…"),
        ("Transnationalism", 9, "Transnat…"),  # one long word: cut inside it, still within the limit
    ],
)
def test_shorten_cuts_at_a_word_and_fits_the_limit(text: str, limit: int, expected: str) -> None:
    assert shorten(text, limit) == expected
    assert len(shorten(text, limit)) <= limit
