"""A single mark at a closest passage's edge (hooks/core/word_edges.py): an elision's apostrophe or a quotation's mark.

The curly marks' rules are pinned in test_core_annotation_quotes.py; these are the cases a straight `'` makes, and
a mark before a note's number.
"""

from __future__ import annotations

import pytest

from hooks.core.paragraphs import Paragraph
from hooks.core.quotes import closest_passage
from hooks.core.word_edges import read_singles, word_edges

OPEN = "She wrote: 'migration is a process …, and left."  # a quotation running on: its closing mark is omitted
NINETIES = "She said 'the '90s were hard'"


@pytest.mark.parametrize(
    ("paragraph", "quote", "passage"),
    [
        # an opening mark no later mark closes, before a word no elision is written with: left off, as a `‘` is
        (OPEN, "migration is a process", "migration is a process"),
        ("She wrote: ‘migration is a process …, and left.", "migration is a process", "migration is a process"),
        ("'Migration is a process, and left.", "migration is a proces", "Migration is a process"),
        # a `'` right before a digit is an elision's, never an opening mark: the quotation is the `'` before `the`
        (NINETIES, "90s were hard", "'90s were hard"),
        (NINETIES, "the 90s were", "the '90s were"),
        (NINETIES, "the 90s were hard", "'the '90s were hard'"),
        # an elision English writes with a straight `'`, closed by no later mark: the word's, kept
        ("Times were hard 'til then they fell.", "til then they fel", "'til then they fell."),
        ("'Tis the season, they said.", "tis the seasn", "'Tis the season"),
    ],
)
def test_the_closest_passage_reads_a_straight_apostrophe_before_a_word(
    paragraph: str, quote: str, passage: str
) -> None:
    """`'migration is a process` was offered, half a quotation; `'90s were hard'` and `'the '90s were`, two halves."""
    assert closest_passage(Paragraph("p1", paragraph), quote)[0] == passage


@pytest.mark.parametrize(
    ("before", "run", "after", "trimmed"),
    [
        ("She wrote: ", "'migration is a process", " …, and left.", "migration is a process"),
        ("", "'migration is a process", "", "migration is a process"),
        ("She said ", "'the '90s were", " hard'", "the '90s were"),
        ("She said 'the ", "'90s were hard'", "", "'90s were hard"),
        ("In the ", "'90s,", " remittances grew.", "'90s"),
        ("", "('05)", "", "('05)"),  # kept, and the bracket around it with its partner
        ("", "'em all", "", "'em all"),
        ("", "'cause they left", "", "'cause they left"),
        ("", "'s-Hertogenbosch", "", "'s-Hertogenbosch"),
        # an elision takes no closing mark from the quotation around it: `'til then.'` is not a quotation
        ("'Times were hard ", "'til then.'", " She left.", "'til then."),
        ("", "'Times were hard 'til then.'", " She left.", "'Times were hard 'til then.'"),
        ("", "rock 'n' roll", "", "rock 'n' roll"),
    ],
)
def test_word_edges_keep_a_straight_apostrophe_only_where_it_is_a_word_s(
    before: str, run: str, after: str, trimmed: str
) -> None:
    """A straight `'` no mark closes was kept before any word, an opening mark left open among them."""
    assert word_edges(run, before, after) == trimmed


@pytest.mark.parametrize(
    ("text", "partners", "apostrophes"),
    [
        (NINETIES, {9: 28, 28: 9}, {14}),
        ("'Times were hard 'til then.' She left.", {0: 27, 27: 0}, {17}),
        ("She wrote: 'migration is", {}, set()),  # an opening mark left open: neither paired nor a word's
    ],
)
def test_a_straight_mark_before_a_digit_or_an_elision_opens_no_quotation(
    text: str, partners: dict[int, int], apostrophes: set[int]
) -> None:
    """Read as an opening mark, the `'` of `'90s` took the closing mark of the quotation `'the …'`."""
    singles = read_singles(text)
    assert (singles.partners, singles.apostrophes) == (partners, apostrophes)


@pytest.mark.parametrize(
    ("text", "quote", "passage"),
    [
        (
            "So-called ‘social remittances.’4 Migrants act.",
            "so called social remitances",
            "So-called ‘social remittances.’",
        ),
        ("So-called ‘social remittances.’4 Migrants act.", "social remitances", "‘social remittances.’"),
        ("So-called ‘social remittances’4 and more.", "social remitances", "‘social remittances’"),
        ("So-called 'social remittances'4 and more.", "social remitances", "'social remittances'"),
        ("Fees of ‘10’000 francs’ rose.", "fees of 10’000 franc", "Fees of ‘10’000 francs’"),  # a digit's `’`: inside
    ],
)
def test_a_mark_before_a_note_s_number_closes_the_quotation(text: str, quote: str, passage: str) -> None:
    """Read as a word's apostrophe (`don’t`), the `’` of `‘social remittances’4` left its quotation half."""
    paragraph = Paragraph("p1", text, words=text.replace("4 ", " "))
    assert closest_passage(paragraph, quote)[0] == passage
