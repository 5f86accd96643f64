"""A passage offered as a quote, trimmed to start and end on a word: the closest passage's (`quotes.py`)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile

# Opening marks and the marks that close them: kept at a passage's edges only together.
PAIRS = {"“": "”", "‘": "’", "«": "»", "(": ")", "[": "]", '"': '"', "'": "'"}
CLOSING = {closer: opener for opener, closer in PAIRS.items()}
SINGLE = "‘’'"  # marks an apostrophe is written with too: read with the paragraph around the run (`read_singles`)
APOSTROPHES = "’'"  # each closes a quotation or is a word's: `‘the migrants’`, `the migrants’`, `don’t`, `’90s`
STOPS = ".!?…"  # a sentence's end, kept after a passage's last word
PER_CENT = "%‰‱"  # punctuation by Unicode's reckoning, but the number's own: `10%` is not `10`
# Words written with a straight `'` for letters left out at their start (`'til`, `'s-Hertogenbosch`): the `'` is the
# word's, where before any other word it opens a quotation (`read_singles`).
ELISIONS = frozenset(
    "til tis twas twere twill twould twixt em cause cos bout round neath gainst mongst midst nuff n s t".split()
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
    the first word is an elision's (`’90s`), and so is a straight one before a digit or one of the `ELISIONS`
    (`'90s`, `'til`); before another word a straight `'` opens a quotation, left off unless the passage closes
    it (`read_singles`).
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
        if char in APOSTROPHES:
            kept = _opens_until(singles, index, end + len(kept_tail)) or _starts_word(singles, index, kept_lead, core)
        elif char in SINGLE:  # `‘`
            kept = _opens_until(singles, index, end + len(kept_tail))
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

    A straight `'` after a space is ambiguous: `'til`, or a quotation's opening mark, whose closing mark
    may be left out (a quotation running on to the next paragraph). It is an elision's, the word's, before a
    digit (`'90s`, `'05`) or one of the `ELISIONS` (`'til`, `'Tis`, `'em`), and never opens a quotation
    there (so it takes no closing mark from the quotation around it, `'the '90s were hard'`); before
    any other word it opens one, and where no later mark closes it, it is left off a passage's edge
    (`'migration is …` is offered as `migration is …`, not half a quotation). So an offer never drops an
    elision's `'` from a word the list names (`til` would misquote the source), nor keeps a quotation's
    opening mark alone; the price, rare in prose: an elision outside the list loses its `'` at a passage's
    edge (`'gator` → `gator`), and a quotation opening on a listed word (`'round the clock'`) is read as
    opening on an elision.
    """
    partners: dict[int, int] = {}
    apostrophes: set[int] = set()
    open_at: dict[str, list[int]] = {"‘": [], "'": []}
    index = 0
    while index < len(text):
        char, count = text[index], 1
        previous, following = text[index - 1 : index] or " ", text[index + 1 : index + 2] or " "
        if char not in SINGLE:
            pass
        elif is_letter(following) and (is_letter(previous) or char == "’") and not _numbers_note(previous, following):
            apostrophes.add(index)
        elif char == "'" and (previous.isspace() or previous in PAIRS) and _elides(text, index):  # `'90s`, `'til`
            apostrophes.add(index)
        elif char == "‘" or (char == "'" and (previous.isspace() or previous in PAIRS) and not following.isspace()):
            open_at[char].append(index)
        elif not (previous.isspace() or previous in PAIRS):  # after a word or a stop: a possessive, or closing
            while text[index + count : index + count + 1] == char:
                count += 1
            opened = open_at[CLOSING[char]]
            closers = range(index + (is_letter(previous) and count > len(opened)), index + count)
            apostrophes.update(set(range(index, index + count)) - set(closers))
            for closer in closers[: len(opened)]:
                opener = opened.pop()
                partners[opener], partners[closer] = closer, opener
        index += count
    return Singles(partners, frozenset(apostrophes))


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

    One `read_singles` pairs is a quotation's (`'the great migration'`), kept only with its partner, and so is a
    straight one it reads as opening a quotation left open (`'migration is …`); a `‘` is never an apostrophe.
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
    """Whether the `'` at `index` stands for what a word leaves out: before a digit (`'90s`) or an `ELISIONS` word."""
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
