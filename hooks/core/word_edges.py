"""A passage offered as a quote, trimmed to start and end on a word: the closest passage's (`quotes.py`)."""

from __future__ import annotations

import unicodedata

# Opening marks and the marks that close them: kept at a passage's edges only together.
PAIRS = {"“": "”", "‘": "’", "«": "»", "(": ")", "[": "]", '"': '"', "'": "'"}
CLOSING = {closer: opener for opener, closer in PAIRS.items()}
APOSTROPHES = "’'"  # each closes a quotation or ends a word: `‘the migrants’`, `the migrants’`, `don’t`
STOPS = ".!?…"  # a sentence's end, kept after a passage's last word
PER_CENT = "%‰‱"  # punctuation by Unicode's reckoning, but the number's own: `10%` is not `10`


def word_edges(run: str) -> str:
    """A run of words trimmed to start and end on a word: no `,`, `;`, `:`, dash or lone mark at either edge.

    What is kept beyond the words is what a reader would quote with them: a sentence's final stop
    (`transnationalism.`), and a quotation mark or bracket whose partner the passage holds
    (`“south-south”`, `(of sorts)`); an unpaired one would leave the highlight half a quotation. An apostrophe
    right after the last word closes no quotation the passage opened: it is the word's (`the migrants’`); so is
    one right before the first word that no mark of the passage closes, an elision's (`’90s`, `'til`).
    A contributor copies the offer into `quote:` as it stands, so a comma, a semicolon or a dash, no part
    of what is quoted, is left off rather than kept. Only characters at the edges are dropped: what is left
    is still the paragraph's text verbatim (`closest_passage` offers it only if it occurs there once). A word
    ends with what it is written with (`in_word`): an accent, a per cent, a currency's sign.
    """
    letters = [index for index, char in enumerate(run) if in_word(char)]
    if not letters:
        return ""
    lead, core, tail = run[: letters[0]], run[letters[0] : letters[-1] + 1], run[letters[-1] + 1 :]
    kept_tail = ""
    for char in tail:  # `.”` after `“…`, `)` after `(…`; a comma, a semicolon or a space ends it
        if char in STOPS or (char in CLOSING and _open(lead + core + kept_tail, char)) or _ends_word(kept_tail, char):
            kept_tail += char
        else:
            break
    kept_lead = ""
    for char in reversed(lead):  # `“` before `…”`, `(` before `…)`, `’` of `’90s`
        if (char in PAIRS and _closes(core + kept_tail, char)) or _starts_word(kept_lead, char, core):
            kept_lead = char + kept_lead
        else:
            break
    return kept_lead + core + kept_tail


def in_word(char: str) -> bool:
    """Whether a character is part of the word or number it stands in, not punctuation around it.

    A letter or digit, a combining mark (a decomposed `café`'s accent, a Devanagari vowel sign: the word
    without it is another), a symbol (`$5`, `+44`, `°C`) or a per cent.
    """
    return char.isalnum() or char in PER_CENT or unicodedata.category(char)[0] in "MS"


def is_letter(char: str) -> bool:
    """Whether a character is inside a word: a letter or digit, or a combining mark, which belongs to its letter."""
    return char.isalnum() or unicodedata.category(char)[0] == "M"


def _ends_word(kept_tail: str, char: str) -> bool:
    """Whether `char` is an apostrophe written right after the passage's last word: a possessive's, if no closer."""
    return not kept_tail and char in APOSTROPHES


def _starts_word(kept_lead: str, char: str, core: str) -> bool:
    """Whether `char` is an apostrophe written right before the passage's first letter: an elision's (`’tis`).

    One a mark of the passage closes is a quotation's, kept by its pair; an opening `‘` is never an apostrophe.
    """
    return not kept_lead and char in APOSTROPHES and is_letter(core[0])


def _open(text: str, closer: str) -> bool:
    """Whether `text` leaves open the mark `closer` closes (a straight `"` or `'` opens and closes alike)."""
    opener = CLOSING[closer]
    if opener == closer:
        return _marks(text, opener) % 2 == 1
    return _marks(text, opener) > _marks(text, closer)


def _closes(text: str, opener: str) -> bool:
    """Whether `text` closes the mark `opener` opens before it: a closing mark it does not open itself."""
    closer = PAIRS[opener]
    if opener == closer:
        return _marks(text, closer) % 2 == 1
    return _marks(text, closer) > _marks(text, opener)


def _marks(text: str, mark: str) -> int:
    """How many times `mark` stands in `text` as a quotation's mark: an apostrophe inside a word (`don’t`) is none."""
    if mark not in APOSTROPHES:
        return text.count(mark)
    inside = sum(
        1
        for index, char in enumerate(text[1:-1], 1)
        if char == mark and is_letter(text[index - 1]) and is_letter(text[index + 1])
    )
    return text.count(mark) - inside
