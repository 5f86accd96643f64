"""Find glossary terms in running text with one compiled pattern for all of them.

Like Python-Markdown's `abbr`: one alternation, longest form first, escaped, case-insensitive,
on word boundaries. Matching is linear in the text, whatever the number of terms.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass


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
    """The regex for one form; its words may be separated by any whitespace (line breaks too)."""
    return r"\s+".join(re.escape(word) for word in form.split())


class TermMatcher:
    """All terms and aliases compiled into a single pattern, built once per build."""

    def __init__(self, forms: Mapping[str, str]) -> None:
        """Compile `forms` (written form → term id); longest first, so the longest term wins."""
        self.terms = {form_key(form): term_id for form, term_id in forms.items() if form.split()}
        ordered = sorted(self.terms, key=lambda key: (-len(key), key))
        alternation = "|".join(form_pattern(key) for key in ordered)
        self.pattern = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE) if ordered else None

    def finditer(self, text: str) -> Iterator[TermMatch]:
        """Every non-overlapping occurrence in `text`, left to right."""
        if self.pattern is None:
            return
        for match in self.pattern.finditer(text):
            written = match.group(0)
            yield TermMatch(match.start(), match.end(), self.terms[form_key(written)], written)

    def __bool__(self) -> bool:
        """A matcher without terms finds nothing (and callers can skip the walk)."""
        return self.pattern is not None
