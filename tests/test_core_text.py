"""Shortened text: tooltips, excerpts and quotes in lists."""

from __future__ import annotations

import pytest

from hooks.core.text import quoted, shorten


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain words", "“plain words”"),
        ("so-called “social remittances.”", "“so-called ‘social remittances.’”"),
        ('"Being neither here nor there": ties', "“‘Being neither here nor there’: ties”"),
        ('the ("x") and —"y"', "“the (‘x’) and —‘y’”"),
        ("the migrants’ ties", "“the migrants’ ties”"),
        ('a 5" screen', '“a 5" screen”'),  # an inch mark, not a quotation
        ('…"word" and 12"', "“…‘word’ and 12\"”"),
        ('one " alone', '“one " alone”'),  # unpaired: which is which cannot be told
    ],
)
def test_a_quotation_inside_a_quotation_takes_single_marks(text: str, expected: str) -> None:
    assert quoted(text) == expected
