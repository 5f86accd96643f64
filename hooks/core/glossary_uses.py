"""The glossary as the texts use it: the terms met on each page, aliases met nowhere, a term link's hover text."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from hooks.core.glossary import GLOSSARY_FILE, Glossary, GlossaryTerm
from hooks.core.problems import Problem
from hooks.core.term_matcher import form_key
from hooks.core.text import shorten


def check_aliases_used(glossary: Glossary, seen: set[str]) -> list[Problem]:
    """An alias found in no page is probably misspelt; `seen` holds the form keys met in the texts."""
    problems = []
    for term in glossary.terms:
        for position, alias in enumerate(term.aliases):
            if form_key(alias) not in seen:
                field = f"{term.id}.aliases[{position}]"
                message = f"alias '{alias}' occurs nowhere in the texts"
                problems.append(Problem(GLOSSARY_FILE, field, message, "check its spelling or remove it"))
    return problems


@dataclass(frozen=True, slots=True)
class PageTerms:
    """The glossary terms met in one page's text, one record per page rather than one per occurrence.

    `uses`: term id → the numbered paragraphs using it, in number order (empty: it occurs only
    outside them); a passage that defines a term is not a use of it. `written`: every form met as
    written, definitions included, for the unused-alias check.
    """

    page: str
    uses: Mapping[str, tuple[str, ...]]
    written: frozenset[str] = frozenset()


def page_terms(page: str, uses: Mapping[str, Iterable[str]], written: Iterable[str]) -> PageTerms:
    """A page's record from the paragraphs found for each term, in any order."""
    ordered = {term_id: tuple(sorted(pids, key=lambda pid: int(pid[1:]))) for term_id, pids in uses.items()}
    return PageTerms(page, ordered, frozenset(written))


TOOLTIP_DEFINITION = 220
TOOLTIP_ATTRIBUTION = 100  # a book title whole ("…in the Evolving Global Economy, page 500.")


def tooltip(term: GlossaryTerm) -> str:
    """The hover text of a term link: its first definition, shortened, and who gives it."""
    if not term.definitions:
        return term.term
    first = term.definitions[0]
    return f"{shorten(first.text, TOOLTIP_DEFINITION)} — {shorten(first.attribution, TOOLTIP_ATTRIBUTION)}"
