"""A passage offered as a quote, trimmed to start and end on a word: the closest passage's (`quotes.py`)."""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile

# Opening marks and the marks that close them: kept at a passage's edges only together.
PAIRS = {"“": "”", "‘": "’", "«": "»", "(": ")", "[": "]", '"': '"', "'": "'"}
CLOSING = {closer: opener for opener, closer in PAIRS.items()}
SINGLE = "‘’'"  # marks an apostrophe is written with too: read with the paragraph around the run (`read_singles`)
STOPS = ".!?…"  # a sentence's end, kept after a passage's last word
PER_CENT = "%‰‱"  # punctuation by Unicode's reckoning, but the number's own: `10%` is not `10`
# Words written with a `'` for letters left out at their start (`'til`, `'s-Hertogenbosch`). Any word may be
# (`'gator`): the list only ranks two marks either of which may open the quotation a later mark closes, an elision's
# the less likely to (`'the '90s were hard'`, `'Times were hard 'til then.'`); see `read_singles`.
ELISIONS = frozenset(
    "til tis twas twere twill twould twixt em cause cos cuz bout round neath gainst mongst midst nuff fraid gator"
    " kay n s t".split()
)


@dataclass(frozen=True)
class Singles:
    """A text's single quotation marks as a reader pairs them (by index), and the apostrophes among them."""

    partners: dict[int, int]  # each opening mark's index to its closing one's, and back
    apostrophes: frozenset[int]  # a word's own: `don’t`, `’90s`, `the migrants’`


def word_edges(run: str, before: str = "", after: str = "") -> str:
    """A run of words trimmed to start and end on a word: no `,`, `;`, `:`, dash or lone mark at either edge.

    What is kept beyond the words is what a reader would quote with them: a sentence's final stop
    (`transnationalism.`), and a quotation mark or bracket whose partner the passage holds
    (`“south-south”`, `(of sorts)`); an unpaired one would leave the highlight half a quotation. A `’` (or a
    straight `'`) is paired as a reader pairs it, with the paragraph's text `before` and `after` the run
    (`read_singles`): after a word it closes the last quotation open before it, in the run or before the run
    (`great migration’` of `‘the great migration’` is offered as `great migration`), and it is the word's, a
    possessive, only where none is open (`the migrants’`) or where one more such mark follows the word than
    quotations are open (`‘the migrants’’`: the word's, then the one closing the quotation). One right before
    the first word is an elision's (`’90s`), and so is a straight one, or a `‘` before a digit (`'til`,
    `'gator`, `‘90s`), unless a later mark closes it: then it opens a quotation, kept only with its closing
    mark (`'round the clock'` whole, or `round the`; `read_singles`).
    A contributor copies the offer into `quote:` as it stands, so a comma, a semicolon or a dash, no part
    of what is quoted, is left off rather than kept. Only characters at the edges are dropped: what is left
    is still the paragraph's text verbatim (`closest_passage` offers it only if it occurs there once). A word
    ends with what it is written with (`in_word`): an accent, a per cent, a currency's sign.
    """
    letters = [index for index, char in enumerate(run) if in_word(char)]
    if not letters:
        return ""
    lead, core, tail = run[: letters[0]], run[letters[0] : letters[-1] + 1], run[letters[-1] + 1 :]
    singles, first = read_singles(before + run + after), len(before)  # `first`: the run's index in the text
    end = first + len(lead) + len(core)
    kept_tail = ""
    for index, char in enumerate(tail, end):  # `.”` after `“…`, `)` after `(…`; a comma, a semicolon or a space ends it
        if char in SINGLE:
            kept = _closes_from(singles, index, first) or (not kept_tail and index in singles.apostrophes)
        else:
            kept = char in STOPS or (char in CLOSING and _open(lead + core + kept_tail, char))
        if not kept:
            break
        kept_tail += char
    kept_lead = ""
    for index in reversed(range(first, first + len(lead))):  # `“` before `…”`, `(` before `…)`, `’` of `’90s`
        char = lead[index - first]
        if char in SINGLE:
            kept = _opens_until(singles, index, end + len(kept_tail)) or _starts_word(singles, index, kept_lead, core)
        else:
            kept = char in PAIRS and _closes(kept_lead + core + kept_tail, char)
        if not kept:
            break
        kept_lead = char + kept_lead
    return kept_lead + core + kept_tail


@lru_cache(maxsize=8)  # `closest_passage` reads one paragraph for each of its runs
def read_singles(text: str) -> Singles:
    """Which `‘`, `’` and `'` of `text` pair up as a reader pairs them, left to right, and which are a word's.

    A `‘` opens a quotation, and so does a `'` after a space or an opening mark; a `’` or `'` written after
    a word or a stop closes the last one open. Of several after a word, one more than the quotations open
    is the word's (`the migrants’`, `‘the migrants’’`); so is one inside a word (`don’t`, `10’000`) or a `’`
    right before one (`’90s`), but not one before a note's number (`remittances’4`, `remittances.’4`), which
    is after the word. A mark after a space, before none (`a ’ b`), is neither.

    A `'` right before a word's first letter or digit, or a `‘` before a digit (`‘90s`, as smart quotes set
    `'90s`), may start an elision (`'til`, `'90s`) or a quotation. It opens a quotation where a later mark
    closes it (`'round the clock'`, `rock 'n' roll`, `the '90s' boom`: kept whole or left off, never half),
    and is the word's where none does (`'Tis the season`, `'gator`): no list need name the word, whose `'`
    an offer would drop (`til`, `gator`: words the source does not have). Where the marks left close fewer
    quotations than are open, the closing mark goes to the likelier one: a mark before a digit or a word
    `ELISIONS` names is the less likely (`'the '90s were hard'`: `'90s` is the word's), and of two alike,
    the later (`'Tis 'round the clock'`). The price, rare in prose: a quotation whose closing mark is left
    out (running on to the next paragraph) keeps its straight opening mark at a passage's edge, as the
    source writes it (`'migration is …`; a `‘` before a letter only opens one, left off), and an elision
    before a possessive's mark is read as a quotation's (`'tis the migrants' homes`).
    """
    reads = {index: _reads(text, index) for index, char in enumerate(text) if char in SINGLE}
    closing = {
        char: [index for index, read in reads.items() if read == "closes" and text[index] == char] for char in "’'"
    }
    partners: dict[int, int] = {}
    apostrophes = {index for index, read in reads.items() if read == "word"}
    open_at: dict[str, list[tuple[int, int]]] = {"‘": [], "'": []}  # each mark open, and how likely an elision's
    index = 0
    while index < len(text):
        read, count = reads.get(index, ""), 1
        if read == "opens":
            open_at[text[index]].append((index, 0))
        elif read == "elides":
            open_at[text[index]].append((index, 2 if _elides(text, index) else 1))
        elif read == "closes":
            char, previous = text[index], text[index - 1]
            while text[index + count : index + count + 1] == char:
                count += 1
            opened = open_at[CLOSING[char]]
            later = len(closing[char]) - bisect_right(closing[char], index + count - 1) + count - 1
            while opened and opened[-1][1] and later < sum(rank < opened[-1][1] for _, rank in opened):
                apostrophes.add(opened.pop()[0])  # an elision's: the marks left close the likelier quotations
            closers = range(index + (is_letter(previous) and count > len(opened)), index + count)
            apostrophes.update(set(range(index, index + count)) - set(closers))
            for closer in closers[: len(opened)]:
                opener = opened.pop()[0]
                partners[opener], partners[closer] = closer, opener
        index += count
    apostrophes.update(index for opened in open_at.values() for index, rank in opened if rank)
    return Singles(partners, frozenset(apostrophes))


def _reads(text: str, index: int) -> str:
    """What the single mark at `index` is by the characters beside it: a word's, an elision's, opening or closing.

    An elision's (`'til`, `‘90s`) is settled by `read_singles`, with the marks after it; `""`: none of these.
    """
    char = text[index]
    previous, following = text[index - 1 : index] or " ", text[index + 1 : index + 2] or " "
    starts = previous.isspace() or previous in PAIRS
    if is_letter(following) and (is_letter(previous) or char == "’") and not _numbers_note(previous, following):
        return "word"
    if starts and (following.isdigit() if char == "‘" else char == "'" and is_letter(following)):
        return "elides"
    if char == "‘" or (char == "'" and starts and not following.isspace()):
        return "opens"
    return "" if starts else "closes"


def in_word(char: str) -> bool:
    """Whether a character is part of the word or number it stands in, not punctuation around it.

    A letter or digit, a combining mark (a decomposed `café`'s accent, a Devanagari vowel sign: the word
    without it is another), a symbol (`$5`, `+44`, `°C`) or a per cent.
    """
    return char.isalnum() or char in PER_CENT or unicodedata.category(char)[0] in "MS"


def is_letter(char: str) -> bool:
    """Whether a character is inside a word: a letter or digit, or a combining mark, which belongs to its letter."""
    return char.isalnum() or unicodedata.category(char)[0] == "M"


def _closes_from(singles: Singles, index: int, first: int) -> bool:
    """Whether the mark at `index` closes a quotation opened in the run, which starts at `first` (not before it)."""
    opener = singles.partners.get(index, index)
    return first <= opener < index


def _opens_until(singles: Singles, index: int, end: int) -> bool:
    """Whether the mark at `index` opens a quotation the passage closes, before its `end`."""
    return index < singles.partners.get(index, -1) < end


def _starts_word(singles: Singles, index: int, kept_lead: str, core: str) -> bool:
    """Whether the mark at `index` is an apostrophe right before the passage's first letter: an elision's (`’tis`).

    One `read_singles` pairs is a quotation's (`'round the clock'`), kept only with its partner, and so is a `‘`
    before a letter, which opens a quotation (`‘migration is …`); before a digit, one no mark closes is an
    elision's too (`‘90s`).
    """
    return not kept_lead and index in singles.apostrophes and is_letter(core[0])


def _numbers_note(previous: str, following: str) -> bool:
    """Whether a digit after a mark is a note's number glued to it (`remittances’4`, `remittances.’4`), not a word's.

    After a word's letter, a stop or a closing mark: after a digit, it is the number's own (`10’000`).
    """
    return following.isdigit() and (
        previous in STOPS or previous in "”»)]" or (is_letter(previous) and not previous.isdigit())
    )


def _elides(text: str, index: int) -> bool:
    """Whether the mark at `index` is likelier an elision's than a quotation's: before a digit or an `ELISIONS` word."""
    following = text[index + 1 : index + 2]
    return following.isdigit() or "".join(takewhile(is_letter, text[index + 1 :])).casefold() in ELISIONS


def _open(text: str, closer: str) -> bool:
    """Whether `text` leaves open the mark `closer` closes (a straight `"` opens and closes alike)."""
    opener = CLOSING[closer]
    if opener == closer:
        return text.count(opener) % 2 == 1
    return text.count(opener) > text.count(closer)


def _closes(text: str, opener: str) -> bool:
    """Whether `text` closes the mark `opener` opens before it: a closing mark it does not open itself."""
    closer = PAIRS[opener]
    if opener == closer:
        return text.count(closer) % 2 == 1
    return text.count(closer) > text.count(opener)
