"""Find glossary terms in running text with one compiled pattern for all of them.

Like Python-Markdown's `abbr`: one pattern, the longest form wins, escaped, case-insensitive, on
word boundaries. Unlike `abbr`'s flat alternation (`form1|form2|…`, which Python's `re` tries one
alternative after another at every word start, so its cost grows with the number of forms), the
alternation is factored into a character trie (`a(?:lpha|rc)`): it is tried character by character,
so matching stays nearly as cheap with 400 forms as with 4 (bench/term_matching.py: 13× faster for
200 terms), and finds exactly the same matches.

Text and forms are folded the same way before they are compared (`fold`): case, accents typed as
combining marks and apostrophes do not matter, so the form `Straße` is found in `STRASSE`,
`finance` in `ﬁnance`, `naïve` in a `naïve` typed with a combining diaeresis, and `migrant's` in
`migrant’s`. (Text that is not NFC is composed a letter and its marks at a time: decomposed
Hangul syllables, whose parts are no combining marks, are not composed; such text takes a slower
path, a character at a time.)
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache

Trie = dict[str, "Trie"]
RE_WORD_CHAR = re.compile(r"\w")
END = ""  # marks a node where a form ends (no form contains the empty string as a character)
APOSTROPHE, TYPEWRITER_APOSTROPHE = "\u2019", "'"


@dataclass(frozen=True)
class TermMatch:
    """One occurrence: where it is in the text, which term it names and the words as written."""

    start: int
    end: int
    term_id: str
    text: str


def form_key(form: str) -> str:
    """How forms are compared: folded (`fold`), and runs of whitespace do not matter."""
    return fold(" ".join(form.split()))[0]


def fold(text: str) -> tuple[str, list[int] | None]:
    """`text` as matching sees it: NFC, case-folded, typographic apostrophes made typewriter ones.

    Full case folding (`str.casefold`), which `re`'s IGNORECASE lacks: `ß` is `ss`, `ﬁ` is `fi`.
    Where that changes the length, also the offset in `text` that each folded character comes from
    (then `len(text)`), so a match maps back to the words as written; None when the offsets are the
    same, as for almost every text (found out in C, without a loop per character).
    """
    if text.isascii():
        return text.lower(), None
    if unicodedata.is_normalized("NFC", text):
        folded = text.casefold().replace(APOSTROPHE, TYPEWRITER_APOSTROPHE)
        return folded, (None if len(folded) == len(text) else expanded_offsets(text))
    pieces: list[str] = []
    offsets: list[int] = []
    for start, sequence in combining_sequences(text):
        piece = unicodedata.normalize("NFC", sequence).casefold().replace(APOSTROPHE, TYPEWRITER_APOSTROPHE)
        pieces.append(piece)
        offsets += [start] * len(piece)
    return "".join(pieces), [*offsets, len(text)]


def expanded_offsets(text: str) -> list[int]:
    """The offsets `fold` gives an NFC text whose folding is longer: runs between the characters that expand.

    Case folding maps each character on its own, so only those few (`ß`, `ﬁ`, `İ`) need a look:
    German or Turkish text took the per-character path, about six times the cost of the slot.
    """
    offsets: list[int] = []
    at = 0
    for match in expanding_characters().finditer(text):
        offsets += range(at, match.start())
        offsets += [match.start()] * len(match.group().casefold())
        at = match.end()
    offsets += range(at, len(text) + 1)
    return offsets


@cache
def expanding_characters() -> re.Pattern[str]:
    """The characters whose case folding is longer than one, found once (about 0.15 s) when a text first has one."""
    found = "".join(char for char in map(chr, range(0x80, sys.maxunicode + 1)) if len(char.casefold()) > 1)
    return re.compile(f"[{re.escape(found)}]")


def combining_sequences(text: str) -> Iterator[tuple[int, str]]:
    """A character with the combining marks after it, and its offset: the unit normalisation never splits."""
    start = 0
    for index in range(1, len(text)):
        if not unicodedata.combining(text[index]):
            yield start, text[start:index]
            start = index
    if text:
        yield start, text[start:]


def names_one_of(keys: Collection[str], text: str) -> bool:
    """Whether one of these forms' keys (`form_key`) occurs in `text` as whole words, as `finditer` finds forms.

    For a question about one term in a few sentences (does a definition name its term?): the same
    folding and word boundaries, without compiling a pattern per term, which cost more than the
    question, once per definition and build.
    """
    folded = " ".join(fold(text)[0].split())
    for key in keys:
        start = folded.find(key) if key else -1
        while start != -1:
            end = start + len(key)
            if not (start and RE_WORD_CHAR.match(folded, start - 1)) and not RE_WORD_CHAR.match(folded, end):
                return True
            start = folded.find(key, start + 1)
    return False


def form_pattern(form: str) -> str:
    """One form as a regex, its words separated by any whitespace (the flat alternation's unit; tests)."""
    return r"\s+".join(re.escape(word) for word in form.split())


def trie_of(keys: Iterable[str]) -> Trie:
    """The forms' keys (single spaces, folded) as a character trie."""
    root: Trie = {}
    for key in keys:
        node = root
        for char in key:
            node = node.setdefault(char, {})
        node[END] = {}
    return root


def trie_regex(node: Trie) -> str:
    """A trie as a regex (a space stands for any whitespace).

    Where a form ends inside a longer one, the rest is a greedy optional group: the longer form is
    tried first and, with the closing word-boundary check, the longest form that fits wins, as in a
    longest-first alternation.
    """
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + trie_regex(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if END in node else body


class TermMatcher:
    """All terms and aliases compiled into a single pattern, built once per build."""

    def __init__(self, forms: Mapping[str, str]) -> None:
        """Compile `forms` (written form → term id) into one trie-shaped pattern; the longest form wins.

        The pattern is case-sensitive and has no leading look-behind: it is searched in the folded
        text, and `re` can then skip ahead to the characters that start a form (`finditer`).
        """
        self.terms = {form_key(form): term_id for form, term_id in forms.items() if form.split()}
        self.pattern = re.compile(rf"(?:{trie_regex(trie_of(self.terms))})(?!\w)") if self.terms else None

    def finditer(self, text: str) -> Iterator[TermMatch]:
        r"""Every non-overlapping occurrence in `text`, left to right, with its offsets in `text`.

        A hit in the folded text that starts inside a word is dropped and the search resumed one
        character later: the leftmost hit that starts a word is the match a leading `(?<!\w)`
        would find there (and twice as fast). So is one that starts or ends inside a character
        that folds to several (`ß`): it is not the form.
        """
        if self.pattern is None:
            return
        folded, offsets = fold(text)
        position, search = 0, self.pattern.search
        while match := search(folded, position):
            start, end = match.span()
            if (start and RE_WORD_CHAR.match(folded, start - 1)) or (
                offsets is not None and not (inside(offsets, start) and inside(offsets, end))
            ):
                position = start + 1
                continue
            position = end
            term_id = self.terms[" ".join(match.group().split())]
            if offsets is not None:
                start, end = offsets[start], offsets[end]
            yield TermMatch(start, end, term_id, text[start:end])

    def __bool__(self) -> bool:
        """A matcher without terms finds nothing (and callers can skip the walk)."""
        return self.pattern is not None


def inside(offsets: list[int], position: int) -> bool:
    """Whether a position of the folded text is a boundary between characters of the text it came from."""
    return position == 0 or offsets[position] != offsets[position - 1]
