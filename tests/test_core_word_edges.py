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


@pytest.mark.parametrize(
    ("paragraph", "quote", "passage"),
    [
        # a straight `'` right before a word, no later mark closing it: the word's, as an elision's is (`'gator`),
        # kept as the source writes it; a `‘` before a letter opens a quotation, left off unclosed
        (OPEN, "migration is a process", "'migration is a process"),
        ("She wrote: ‘migration is a process …, and left.", "migration is a process", "migration is a process"),
        ("'Migration is a process, and left.", "migration is a proces", "'Migration is a process"),
        # a `'` right before a digit is an elision's, never an opening mark: the quotation is the `'` before `the`
        (NINETIES, "90s were hard", "'90s were hard"),
        (NINETIES, "the 90s were", "the '90s were"),
        (NINETIES, "the 90s were hard", "'the '90s were hard'"),
        # an elision English writes with a straight `'`, closed by no later mark: the word's, kept
        ("Times were hard 'til then they fell.", "til then they fel", "'til then they fell."),
        ("'Tis the season, they said.", "tis the seasn", "'Tis the season"),
        ("The 'gator season opened.", "gator season", "'gator season"),  # one no list names too
        ("In the ‘90s remittances grew.", "90s remittances grew", "‘90s remittances grew."),
        # a mark an elision could start, a later mark closes: a quotation, offered whole or left off
        ("He worked 'round the clock' for years.", "round the", "round the"),
        ("He worked 'round the clock' for years.", "round the clok", "'round the clock'"),
    ],
)
def test_the_closest_passage_reads_a_straight_apostrophe_before_a_word(
    paragraph: str, quote: str, passage: str
) -> None:
    """`'90s were hard'` and `'the '90s were` were offered, two halves of a quotation; `gator` for `'gator`."""
    assert closest_passage(Paragraph("p1", paragraph), quote)[0] == passage


@pytest.mark.parametrize(
    ("before", "run", "after", "trimmed"),
    [
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
    ],
)
def test_word_edges_keep_a_straight_apostrophe_only_where_it_is_a_word_s(
    before: str, run: str, after: str, trimmed: str
) -> None:
    """A straight `'` before a word is the word's where no later mark closes it, a quotation's where one does."""
    assert word_edges(run, before, after) == trimmed


@pytest.mark.parametrize(
    ("text", "partners", "apostrophes"),
    [
        (NINETIES, {9: 28, 28: 9}, {14}),
        ("'Times were hard 'til then.' She left.", {0: 27, 27: 0}, {17}),
        ("She wrote: 'migration is", {}, {11}),  # no later mark closes it: the word's (`'gator`)
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


@pytest.mark.parametrize(
    ("before", "run", "after", "trimmed"),
    [
        # a `‘` before a digit is the elided century's (smart quotes set `'90s` so), as `’` and `'` are there
        ("", "‘90s,", "", "‘90s"),
        ("After the ", "‘08 crash", " remittances fell.", "‘08 crash"),
        ("", "(‘05)", "", "(‘05)"),
        ("Times were hard in ‘the ", "‘90s", " for all’.", "‘90s"),  # the `’` closes the quotation, not the ‘90s
        # a `‘` before a digit a later `’` closes opens a quotation: kept only with it
        ("Fees of ", "‘10 francs", " a day’ rose.", "10 francs"),
        ("Fees of ", "‘10’000 francs’,", " rose.", "‘10’000 francs’"),
        ("", "‘the migrants", "", "the migrants"),  # before a letter a `‘` opens a quotation, as before
    ],
)
def test_word_edges_read_a_curly_mark_before_a_digit_as_an_elision_s(
    before: str, run: str, after: str, trimmed: str
) -> None:
    """`‘90s` was offered as `90s`: a `‘` opened a quotation there, left off unclosed, where `'90s` kept its `'`."""
    assert word_edges(run, before, after) == trimmed


@pytest.mark.parametrize(
    ("text", "partners", "apostrophes"),
    [
        # a mark an elision could start, a later mark closes: a quotation's pair
        ("'round the clock'", {0: 16, 16: 0}, set()),
        ("He worked 'round the clock', they said.", {10: 26, 26: 10}, set()),
        ("rock 'n' roll", {5: 7, 7: 5}, set()),
        ("the '90s' boom", {4: 8, 8: 4}, set()),
        ("the ‘90s’ boom", {4: 8, 8: 4}, set()),
        ("'rock 'n' roll' she said", {0: 14, 14: 0, 6: 8, 8: 6}, set()),
        # none closes it: the word's
        ("'Tis the season, they said.", {}, {0}),
        ("Tell 'em all.", {}, {5}),
        ("'Tis 'round the clock'", {5: 21, 21: 5}, {0}),  # the later mark closes the nearer one
        ("In the ‘90s, ‘the migrants’ homes", {13: 26, 26: 13}, {7}),
        # the later mark closes a quotation opened before it: the elision opens none (`'the '90s were hard'`)
        ("She said 'the '90s were hard'", {9: 28, 28: 9}, {14}),
        ("'Times were hard 'til then.' She left.", {0: 27, 27: 0}, {17}),
    ],
)
def test_a_mark_an_elision_could_start_is_a_quotation_s_where_a_later_mark_closes_it(
    text: str, partners: dict[int, int], apostrophes: set[int]
) -> None:
    """`'round the clock'` was read as an elision (`'round`, listed) and a possessive (`clock'`), no quotation."""
    singles = read_singles(text)
    assert (singles.partners, singles.apostrophes) == (partners, apostrophes)


@pytest.mark.parametrize(
    ("before", "run", "after", "trimmed"),
    [
        ("He worked ", "'round the", " clock', they said.", "round the"),  # half a quotation left off
        ("He worked ", "'round the clock',", " they said.", "'round the clock'"),
        ("He worked 'round ", "the clock',", " they said.", "the clock"),
        ("rock ", "'n' roll", "", "'n' roll"),
        ("", "rock 'n'", " roll", "rock 'n'"),
        ("the ", "'90s' boom", "", "'90s' boom"),
        ("", "the '90s'", " boom", "the '90s'"),
        ("", "'Tis the season", ", they said.", "'Tis the season"),
        ("Tell ", "'em all.", "", "'em all."),
    ],
)
def test_word_edges_keep_a_quotation_an_elision_could_start_whole_or_not_at_all(
    before: str, run: str, after: str, trimmed: str
) -> None:
    """`'round the` was offered for `'round the clock'`: half a quotation, its `'` read as `'round`'s."""
    assert word_edges(run, before, after) == trimmed


@pytest.mark.parametrize(
    ("before", "run", "after", "trimmed"),
    [
        # no list names them: a `'` right before a word's first letter, no later mark closing it, is the word's
        ("", "'gator season", "", "'gator season"),
        ("I'm ", "'fraid so,", " she said.", "'fraid so"),
        ("", "('specially then)", "", "('specially then)"),
        ("It was ", "'cuz they left", ".", "'cuz they left"),
        ("", "'Twas the night", " before.", "'Twas the night"),
        ("", "o'clock,", "", "o'clock"),  # inside a word, as `don't`
        # nor a mark apart from its word, nor a `‘` before a letter
        ("", "' gator season", "", "gator season"),
        ("", "‘gator season", "", "gator season"),
    ],
)
def test_word_edges_keep_an_elision_s_straight_apostrophe_no_list_names(
    before: str, run: str, after: str, trimmed: str
) -> None:
    """`'gator` was offered as `gator`: a `'` before a word `ELISIONS` did not list opened a quotation."""
    assert word_edges(run, before, after) == trimmed
