"""The glossary as the texts use it: the terms met on each page, aliases met nowhere, a term link's hover text."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from hooks.core.glossary import GLOSSARY_FILE, Definition, Glossary, GlossaryTerm
from hooks.core.links import source_folder
from hooks.core.paragraphs import paragraph_number
from hooks.core.problems import Problem
from hooks.core.term_matcher import form_key
from hooks.core.text import ELLIPSIS, shorten


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


def forms_met(pages: Iterable[PageTerms]) -> set[str]:
    """The keys of every form met on any page: an alias whose key is not among them occurs nowhere.

    Keys (`form_key`), not the forms as written: an alias is found as the term matcher finds forms,
    case-folded and whatever the spacing. No page met at all: every alias is reported.
    """
    return {form_key(text) for text in frozenset().union(*(found.written for found in pages))}


def page_terms(page: str, uses: Mapping[str, Iterable[str]], written: Iterable[str]) -> PageTerms:
    """A page's record from the paragraphs found for each term, in any order."""
    ordered = {term_id: tuple(sorted(pids, key=paragraph_number)) for term_id, pids in uses.items()}
    return PageTerms(page, ordered, frozenset(written))


TOOLTIP_DEFINITION = 220
TOOLTIP_ATTRIBUTION = 100  # a book title whole ("…in the Evolving Global Economy, page 500.")


def shown_definition(term: GlossaryTerm, source: str) -> Definition | None:
    """The definition a term link on a page of `source` shows: the source's own, else one it quotes, else the first.

    A source's own definition stands in its text; one it quotes from another work stands in a block
    quote (the annex's "Transnational identity / transnationalism: …" from IOM 2008).
    """
    if not term.definitions:
        return None
    same = [definition for definition in term.definitions if source_folder(definition.page) == source]
    return next((definition for definition in same if not definition.quoted), same[0] if same else term.definitions[0])


def tooltip(term: GlossaryTerm, source: str = "") -> str:
    """A term link's hover text on a page of `source`: the definition shown, shortened, who gives it, how many."""
    shown = shown_definition(term, source)
    if shown is None:
        return term.term
    text = f"{shortened_definition(shown.text)} — {shorten(shown.attribution, TOOLTIP_ATTRIBUTION)}"
    count = len(term.definitions)
    return f"{text} (one of {count} definitions: see the glossary)" if count > 1 else text


def shortened_definition(text: str) -> str:
    """A definition cut to fit a tooltip; one that fits but for its closing " …" (sentences left out) keeps it.

    Cut there, it read "…for activities and identities.…", the ellipsis glued to the full stop.
    """
    closing = f" {ELLIPSIS}"
    if text.endswith(closing) and len(text) - len(closing) <= TOOLTIP_DEFINITION:
        return text
    return shorten(text, TOOLTIP_DEFINITION)


@dataclass(frozen=True)
class Tooltips:
    """Every term link's hover text, computed once per build: each term's, and where a source shows another, that one.

    `default`: term id → its tooltip on a page of a source that gives none of its definitions.
    `by_source`: source → term id → its tooltip there, only where it differs from the default.
    """

    default: Mapping[str, str]
    by_source: Mapping[str, Mapping[str, str]]

    def for_source(self, source: str) -> Mapping[str, str]:
        """The tooltips that differ on a page of `source` (looked up once per page, then per link)."""
        return self.by_source.get(source, {})


def build_tooltips(glossary: Glossary) -> Tooltips:
    """One tooltip per (term, source that gives one of its definitions), and one per term for every other source."""
    default = {term.id: tooltip(term) for term in glossary.terms}
    by_source: dict[str, dict[str, str]] = {}
    for term in glossary.terms:
        for source in dict.fromkeys(source_folder(definition.page) for definition in term.definitions):
            if (text := tooltip(term, source)) != default[term.id]:
                by_source.setdefault(source, {})[term.id] = text
    return Tooltips(default, by_source)
