"""Words and glossary terms for the synthetic corpus, drawn from the real sources and a seeded RNG.

Body words come from the edition's own source texts (so word lengths and frequencies are those of
real policy prose); glossary terms are invented pseudo-words, so they occur exactly where the
generator puts them and nowhere by accident.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from random import Random

RE_WORD = re.compile(r"[a-z]{2,}")
ONSETS = tuple("bdfgklmnprstvz") + ("br", "dr", "gl", "kr", "pl", "st", "tr")
VOWELS = ("a", "e", "i", "o", "u", "ai", "ou")
NOUN_ENDINGS = ("ism", "ance", "ity", "ation", "ship", "ment")
ADJECTIVE_ENDINGS = ("ian", "al", "ic")
HEAD_NOUNS = (
    "community",
    "network",
    "remittance",
    "identity",
    "association",
    "diaspora",
    "corridor",
    "household",
    "practice",
    "linkage",
    "mobility",
    "partnership",
)


@dataclass(frozen=True)
class Term:
    """A synthetic glossary term: its id, written form and variants (plurals, adjectives)."""

    id: str
    term: str
    aliases: tuple[str, ...]

    @property
    def forms(self) -> tuple[str, ...]:
        """Every way the term is written in the text."""
        return (self.term, *self.aliases)


def load_vocabulary(sources: Path) -> tuple[list[str], list[int]]:
    """Words of the real source texts with their frequencies, for unigram sampling."""
    counts: Counter[str] = Counter()
    for path in sorted(sources.glob("*.txt")):
        counts.update(RE_WORD.findall(path.read_text(encoding="utf-8").lower()))
    words = sorted(counts)
    return words, [counts[word] for word in words]


def pluralise(word: str) -> str:
    """English plural of a regular noun (`community` → `communities`)."""
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "sh", "ch", "x", "z")):
        return word + "es"
    return word + "s"


def pseudo_stem(rng: Random, used: set[str]) -> str:
    """A pronounceable stem no English text contains (`bralou`, `storiz`)."""
    while True:
        stem = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(rng.choice((2, 2, 3))))
        stem += rng.choice(("r", "n", "l", "v", "z"))
        if stem not in used:
            used.add(stem)
            return stem


def make_terms(rng: Random, count: int) -> list[Term]:
    """`count` distinct terms: 60% single nouns, 40% two-word phrases.

    A quarter of the phrases start with an existing single term (`bralouance` and `bralouance
    network`), which exercises the longest-match rule.
    """
    used: set[str] = set()
    forms: set[str] = set()
    terms: list[Term] = []
    while len(terms) < count:
        stem = pseudo_stem(rng, used)
        singles = [t.term for t in terms if " " not in t.term]
        if rng.random() < 0.6:
            term = stem + rng.choice(NOUN_ENDINGS)
            aliases = (pluralise(term),) if not term.endswith("ism") else (stem + "ist", stem + "ists")
        else:
            first = rng.choice(singles) if singles and rng.random() < 0.25 else stem + rng.choice(ADJECTIVE_ENDINGS)
            noun = rng.choice(HEAD_NOUNS)
            term, aliases = f"{first} {noun}", (f"{first} {pluralise(noun)}",)
        if forms.isdisjoint((term, *aliases)):
            forms.update((term, *aliases))
            terms.append(Term(term.replace(" ", "-"), term, aliases))
    return terms


def sentence(rng: Random, words: list[str], weights: list[int], length: int) -> list[str]:
    """A sentence's words (no punctuation), sampled from the real vocabulary by frequency."""
    return rng.choices(words, weights=weights, k=length)
