"""Find glossary terms in running text with one compiled pattern for all of them.

Like Python-Markdown's `abbr`: one pattern, the longest form wins, escaped, case-insensitive, on
word boundaries. Unlike `abbr`'s flat alternation (`form1|form2|…`, which Python's `re` tries one
alternative after another at every word start, so its cost grows with the number of forms), the
alternation is factored into a character trie (`a(?:lpha|rc)`): it is tried character by character,
so matching stays nearly as cheap with 400 forms as with 4 (bench/term_matching.py: 13× faster for
200 terms), and finds exactly the same matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

Trie = dict[str, "Trie"]
RE_WORD_CHAR = re.compile(r"\w")
END = ""  # marks a node where a form ends (no form contains the empty string as a character)


@dataclass(frozen=True)
class TermMatch:
    """One occurrence: where it is in the text, which term it names and the words as written."""

    start: int
    end: int
    term_id: str
    text: str


def form_key(form: str) -> str:
    """How forms are compared: case and runs of whitespace do not matter."""
    return " ".join(form.split()).casefold()


def form_pattern(form: str) -> str:
    """One form as a regex, its words separated by any whitespace (the flat alternation's unit; tests)."""
    return r"\s+".join(re.escape(word) for word in form.split())


def trie_of(keys: Iterable[str]) -> Trie:
    """The forms' keys (single spaces, case-folded) as a character trie."""
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

        With only ASCII forms, a second, case-sensitive form of the pattern without the leading
        look-behind serves ASCII text (`ascii_spans`).
        """
        self.terms = {form_key(form): term_id for form, term_id in forms.items() if form.split()}
        trie = trie_regex(trie_of(self.terms))
        self.pattern = re.compile(rf"(?<!\w)(?:{trie})(?!\w)", re.IGNORECASE) if self.terms else None
        ascii_only = self.terms and all(key.isascii() for key in self.terms)
        self.ascii_pattern = re.compile(rf"(?:{trie})(?!\w)") if ascii_only else None

    def finditer(self, text: str) -> Iterator[TermMatch]:
        """Every non-overlapping occurrence in `text`, left to right."""
        if self.pattern is None:
            return
        if self.ascii_pattern is not None and text.isascii():
            spans = self.ascii_spans(text)
        else:
            spans = (match.span() for match in self.pattern.finditer(text))
        for start, end in spans:
            written = text[start:end]
            yield TermMatch(start, end, self.term_of(written), written)

    def term_of(self, written: str) -> str:
        """The term a match names: by its key, else by the form whose own pattern matches it.

        `re` ignores case more loosely than `casefold` (`KISMET` matches the form `kısmet`).
        """
        term_id = self.terms.get(form_key(written))
        if term_id is not None:
            return term_id
        return next(
            term_id
            for key, term_id in sorted(self.terms.items())
            if re.fullmatch(form_pattern(key), written, re.IGNORECASE)
        )

    def ascii_spans(self, text: str) -> Iterator[tuple[int, int]]:
        """`pattern`'s matches in ASCII text, found about twice as fast, for the same spans.

        `re` can skip ahead to the characters that start a form only when the pattern begins with
        case-sensitive literals: not with `IGNORECASE` or a leading look-behind. So the lowered
        text is searched (for ASCII, the same as ignoring case) and a hit that starts inside a
        word is dropped and the search resumed one character later: the leftmost hit that starts
        a word is the match `pattern` finds there.
        """
        if self.ascii_pattern is None:
            return
        lowered, position, search = text.lower(), 0, self.ascii_pattern.search
        while match := search(lowered, position):
            start = match.start()
            if start and RE_WORD_CHAR.match(lowered, start - 1):
                position = start + 1
                continue
            yield start, match.end()
            position = match.end()

    def __bool__(self) -> bool:
        """A matcher without terms finds nothing (and callers can skip the walk)."""
        return self.pattern is not None
