"""A single mark at a closest passage's edge (hooks/core/word_edges.py): an elision's apostrophe or a quotation's mark.

The curly marks' rules are pinned in test_core_annotation_quotes.py; these are the cases a straight `'` makes, a
`‘` before a digit, and a mark before a note's number.
"""

from __future__ import annotations

import pytest

from hooks.core.paragraphs import Paragraph
from hooks.core.quotes import closest_passage
from hooks.core.word_edges import read_singles, word_edges

OPEN = "She wrote: 'migration is a process …, and left."  # a quotation running on: its closing mark is omitted
NINETIES = "She said 'the '90s were hard'"


# The closest passage to a quote, in a paragraph and, where it has notes, its words without their numbers.
PASSAGES = [
    # a straight `'` right before a word, no later mark closing it: the word's, as an elision's is (`'gator`),
    # kept as the source writes it; a `‘` before a letter opens a quotation, left off unclosed
    (OPEN, None, "migration is a process", "'migration is a process"),
    ("She wrote: ‘migration is a process …, and left.", None, "migration is a process", "migration is a process"),
    ("'Migration is a process, and left.", None, "migration is a proces", "'Migration is a process"),
    # a `'` right before a digit is an elision's, never an opening mark: the quotation is the `'` before `the`
    # (`'90s were hard'` and `'the '90s were` were offered, two halves of a quotation)
    (NINETIES, None, "90s were hard", "'90s were hard"),
    (NINETIES, None, "the 90s were", "the '90s were"),
    (NINETIES, None, "the 90s were hard", "'the '90s were hard'"),
    # an elision English writes with a straight `'`, closed by no later mark: the word's, kept (`gator` was offered)
    ("Times were hard 'til then they fell.", None, "til then they fel", "'til then they fell."),
    ("'Tis the season, they said.", None, "tis the seasn", "'Tis the season"),
    ("The 'gator season opened.", None, "gator season", "'gator season"),  # one no list names too
    ("In the ‘90s remittances grew.", None, "90s remittances grew", "‘90s remittances grew."),
    # a mark an elision could start, a later mark closes: a quotation, offered whole or left off
    ("He worked 'round the clock' for years.", None, "round the", "round the"),
    ("He worked 'round the clock' for years.", None, "round the clok", "'round the clock'"),
    # a mark before a note's number closes the quotation: read as a word's apostrophe (`don’t`), the `’` of
    # `‘social remittances’4` left its quotation half
    (
        "So-called ‘social remittances.’4 Migrants act.",
        "So-called ‘social remittances.’ Migrants act.",
        "so called social remitances",
        "So-called ‘social remittances.’",
    ),
    (
        "So-called ‘social remittances.’4 Migrants act.",
        "So-called ‘social remittances.’ Migrants act.",
        "social remitances",
        "‘social remittances.’",
    ),
    (
        "So-called ‘social remittances’4 and more.",
        "So-called ‘social remittances’ and more.",
        "social remitances",
        "‘social remittances’",
    ),
    (
        "So-called 'social remittances'4 and more.",
        "So-called 'social remittances' and more.",
        "social remitances",
        "'social remittances'",
    ),
    (  # a digit's `’`: inside
        "Fees of ‘10’000 francs’ rose.",
        "Fees of ‘10’000 francs’ rose.",
        "fees of 10’000 franc",
        "Fees of ‘10’000 francs’",
    ),
]


@pytest.mark.parametrize(("text", "words", "quote", "passage"), PASSAGES)
def test_the_closest_passage_keeps_a_single_mark_where_it_is_a_word_s_or_closes_a_quotation(
    text: str, words: str | None, quote: str, passage: str
) -> None:
    """`'90s were hard'`, `gator` for `'gator`, `social remittances’` for `‘social remittances’4`: marks misread."""
    assert closest_passage(Paragraph("p1", text, words=words), quote)[0] == passage


# A run's edges trimmed, read with the paragraph's text before and after it.
EDGES = [
    # a straight `'` before a word is the word's where no later mark closes it, a quotation's where one does
    ("She wrote: ", "'migration is a process", " …, and left.", "'migration is a process"),
    ("", "'migration is a process", "", "'migration is a process"),
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
    # a `‘` before a digit is the elided century's (smart quotes set `'90s` so), as `’` and `'` are there: `‘90s`
    # was offered as `90s`, a `‘` opening a quotation there, left off unclosed, where `'90s` kept its `'`
    ("", "‘90s,", "", "‘90s"),
    ("After the ", "‘08 crash", " remittances fell.", "‘08 crash"),
    ("", "(‘05)", "", "(‘05)"),
    ("Times were hard in ‘the ", "‘90s", " for all’.", "‘90s"),  # the `’` closes the quotation, not the ‘90s
    # a `‘` before a digit a later `’` closes opens a quotation: kept only with it
    ("Fees of ", "‘10 francs", " a day’ rose.", "10 francs"),
    ("Fees of ", "‘10’000 francs’,", " rose.", "‘10’000 francs’"),
    ("", "‘the migrants", "", "the migrants"),  # before a letter a `‘` opens a quotation, as before
    # a quotation an elision could start is kept whole or not at all: `'round the` was offered for
    # `'round the clock'`, half a quotation, its `'` read as `'round`'s
    ("He worked ", "'round the", " clock', they said.", "round the"),  # half a quotation left off
    ("He worked ", "'round the clock',", " they said.", "'round the clock'"),
    ("He worked 'round ", "the clock',", " they said.", "the clock"),
    ("rock ", "'n' roll", "", "'n' roll"),
    ("", "rock 'n'", " roll", "rock 'n'"),
    ("the ", "'90s' boom", "", "'90s' boom"),
    ("", "the '90s'", " boom", "the '90s'"),
    ("", "'Tis the season", ", they said.", "'Tis the season"),
    ("Tell ", "'em all.", "", "'em all."),
    # no list names them: a `'` right before a word's first letter, no later mark closing it, is the word's
    # (`'gator` was offered as `gator`: a `'` before a word `ELISIONS` did not list opened a quotation)
    ("", "'gator season", "", "'gator season"),
    ("I'm ", "'fraid so,", " she said.", "'fraid so"),
    ("", "('specially then)", "", "('specially then)"),
    ("It was ", "'cuz they left", ".", "'cuz they left"),
    ("", "'Twas the night", " before.", "'Twas the night"),
    ("", "o'clock,", "", "o'clock"),  # inside a word, as `don't`
    # nor a mark apart from its word, nor a `‘` before a letter
    ("", "' gator season", "", "gator season"),
    ("", "‘gator season", "", "gator season"),
]


@pytest.mark.parametrize(("before", "run", "after", "trimmed"), EDGES)
def test_word_edges_keep_a_single_mark_that_may_start_an_elision_where_it_is_the_word_s(
    before: str, run: str, after: str, trimmed: str
) -> None:
    """A `'` before a word, a `‘` before a digit: the word's where no later mark closes it, a quotation's where one does."""
    assert word_edges(run, before, after) == trimmed


# The marks of a text read as quotations' pairs (`partners`, each way) and as words' apostrophes.
SINGLES = [
    # a mark an elision could start, a later mark closes: a quotation's pair (`'round the clock'` was read as an
    # elision, `'round`, listed, and a possessive, `clock'`: no quotation)
    ("'round the clock'", {0: 16, 16: 0}, set()),
    ("He worked 'round the clock', they said.", {10: 26, 26: 10}, set()),
    ("rock 'n' roll", {5: 7, 7: 5}, set()),
    ("the '90s' boom", {4: 8, 8: 4}, set()),
    ("the ‘90s’ boom", {4: 8, 8: 4}, set()),
    ("'rock 'n' roll' she said", {0: 14, 14: 0, 6: 8, 8: 6}, set()),
    # none closes it: the word's
    ("'Tis the season, they said.", {}, {0}),
    ("Tell 'em all.", {}, {5}),
    ("She wrote: 'migration is", {}, {11}),  # as `'gator`
    ("'Tis 'round the clock'", {5: 21, 21: 5}, {0}),  # the later mark closes the nearer one
    ("In the ‘90s, ‘the migrants’ homes", {13: 26, 26: 13}, {7}),
    # the later mark closes a quotation opened before it: a mark before a digit or an elision opens none (read as
    # an opening mark, the `'` of `'90s` took the closing mark of the quotation `'the …'`)
    (NINETIES, {9: 28, 28: 9}, {14}),
    ("'Times were hard 'til then.' She left.", {0: 27, 27: 0}, {17}),
]


@pytest.mark.parametrize(("text", "partners", "apostrophes"), SINGLES)
def test_a_mark_an_elision_could_start_is_a_quotation_s_only_where_a_later_mark_closes_it(
    text: str, partners: dict[int, int], apostrophes: set[int]
) -> None:
    """`'90s` took the closing mark of `'the …'`; `'round the clock'` was no quotation."""
    singles = read_singles(text)
    assert (singles.partners, singles.apostrophes) == (partners, apostrophes)
