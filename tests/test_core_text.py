"""Shortened text: tooltips, excerpts and quotes in lists."""

from __future__ import annotations

import pytest

from hooks.core.text import escape_markdown_but_emphasis, quoted, shorten


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("reprinted in *International Dialogue on Migration No. 17*?", "reprinted in *International Dialogue on Migration No. 17*?"),
        ("*A* and *B_c*", "*A* and *B\\_c*"),  # each span its own; what is inside it is text
        ("the <b>author</b> *<i>x</i>*", "the &lt;b\\>author&lt;/b\\> *&lt;i\\>x&lt;/i\\>*"),  # markup stays text
        ("**bold**", "\\*\\*bold\\*\\*"),  # not emphasis the edition writes: shown as written
        ("5 * 3 * 2", "5 \\* 3 \\* 2"),  # an asterisk beside a space opens or closes nothing
        ("a*b*c", "a\\*b\\*c"),  # inside a word: no emphasis (Python-Markdown's own rule for `*` is looser)
        ("[link](https://x.invalid) `code` _u_", "\\[link\\](https://x.invalid) \\`code\\` \\_u\\_"),
    ],
)
def test_only_emphasis_is_read_as_markdown(text: str, expected: str) -> None:
    assert escape_markdown_but_emphasis(text) == expected
