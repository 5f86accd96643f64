"""The glossary (`annotations/glossary.yml`): terms that point at the passages defining them.

The definitions' words stay in the pages. This module loads and checks the file, then resolves
each definition's anchor against the paragraphs of the page it names (whose words must name the
term: `check_named`), all problems at once.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from hooks.core.datafiles import load_yaml
from hooks.core.links import page_hint
from hooks.core.paragraphs import PageInventory, Paragraph, normalise_space
from hooks.core.problems import Problem
from hooks.core.schemas import Schema, field_name, validate
from hooks.core.term_matcher import TermMatcher, form_key, names_one_of
from hooks.core.text import ELLIPSIS, shorten

GLOSSARY_FILE = "annotations/glossary.yml"
HEADING_ID = "glossary"  # the glossary page's own heading: no term may take its id
GLOSSARY_SCHEMA = "annotations/schema/glossary.schema.json"
EXAMPLE_ANCHOR = "migration-and-transnationalism/annex.md#p1"
RE_SENTENCE_END = re.compile(r"(?:(?<=[.?!])|(?<=[.?!][”’\"')\]]))\s+(?=[“‘\"'(\[]*[A-Z])")


@dataclass(frozen=True)
class Definition:
    """A passage that defines a term: page, paragraph id, attribution, and (once resolved) its words."""

    page: str
    paragraph: str
    attribution: str
    sentences: tuple[int, ...] = ()
    text: str = ""

    @property
    def anchor(self) -> str:
        """The anchor as written in the YAML: `migration-and-transnationalism/annex.md#p1`."""
        return f"{self.page}#{self.paragraph}"


@dataclass(frozen=True)
class GlossaryTerm:
    """One entry of the glossary."""

    id: str
    term: str
    aliases: tuple[str, ...] = ()
    definitions: tuple[Definition, ...] = ()
    see_also: tuple[str, ...] = ()

    @property
    def forms(self) -> tuple[str, ...]:
        """Every written form that is linked to this entry: the term, then its aliases."""
        return (self.term, *self.aliases)


@dataclass(frozen=True)
class Glossary:
    """Every term, in file order."""

    terms: tuple[GlossaryTerm, ...] = ()

    def get(self, term_id: str) -> GlossaryTerm | None:
        """Find a term by id."""
        return next((term for term in self.terms if term.id == term_id), None)

    def pages(self) -> dict[str, set[str]]:
        """The pages that hold definitions and their defining paragraphs: the only text needed up front."""
        pages: dict[str, set[str]] = {}
        for d in sorted((d for term in self.terms for d in term.definitions), key=lambda d: d.page):
            pages.setdefault(d.page, set()).add(d.paragraph)
        return pages

    def defined_in(self) -> dict[tuple[str, str], tuple[str, ...]]:
        """(page, paragraph) → ids of the terms that paragraph defines."""
        passages: dict[tuple[str, str], tuple[str, ...]] = {}
        for term in self.terms:
            for d in term.definitions:
                passages[(d.page, d.paragraph)] = (*passages.get((d.page, d.paragraph), ()), term.id)
        return passages

    def matcher(self) -> TermMatcher:
        """One compiled matcher for every term and alias."""
        return TermMatcher({form: term.id for term in self.terms for form in term.forms})


def load_glossary(root: Path) -> tuple[Glossary, list[Problem]]:
    """Load and check the file: YAML, schema, ids, aliases and see-also links (anchors come later)."""
    data, problems = load_yaml(root / GLOSSARY_FILE, GLOSSARY_FILE)
    if problems:
        return Glossary(), problems
    problems = validate_terms(data, Schema.read(root / GLOSSARY_SCHEMA))
    if problems:
        return Glossary(), problems
    terms = [parse_term(item) for item in data]
    problems = check_ids(terms) + check_aliases(terms) + check_see_also(terms) + check_anchors(terms)
    terms = [once_each(term) for term in terms]  # a repeated definition is reported, not shown twice
    firsts = {term.id: term for term in reversed(terms)}  # nor a term whose id is taken
    return Glossary(tuple(term for term in terms if firsts[term.id] is term)), problems


def term_label(data: Any, index: int) -> str:
    """How a problem names term number `index`: by its id when it has a usable one."""
    item = data[index] if isinstance(data, list) and index < len(data) else None
    term_id = item.get("id") if isinstance(item, dict) else None
    return term_id if isinstance(term_id, str) and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", term_id) else f"[{index}]"


def validate_terms(data: Any, schema: Schema) -> list[Problem]:
    """Schema errors, one Problem each, fields named after the term (`diaspora.aliases[0]`)."""

    def name(place: list[Any]) -> str:
        """A place in the file, by the term's id where the place is inside a term."""
        if place and isinstance(place[0], int):
            return field_name(place[1:], term_label(data, place[0]))
        return field_name(place)

    return validate(data, schema, GLOSSARY_FILE, name=name)


def parse_term(item: dict[str, Any]) -> GlossaryTerm:
    """Turn one schema-valid item into a record.

    Its text is one line each: a line break, even a blank line (a YAML `|` block), is a space, as in
    a `>-` block. The page quotes an attribution inside a block quote, which a blank line would end.
    """
    definitions = []
    for entry in item["definitions"]:
        page, _, paragraph = entry["anchor"].partition("#")
        sentences = tuple(sorted(entry.get("sentences", ())))
        definitions.append(Definition(page, paragraph, normalise_space(entry["attribution"]), sentences))
    aliases = tuple(dict.fromkeys(normalise_space(alias) for alias in item.get("aliases", ())))
    term, see_also = normalise_space(item["term"]), tuple(item.get("see_also", ()))
    return GlossaryTerm(item["id"], term, aliases, tuple(definitions), see_also)


def check_ids(terms: list[GlossaryTerm]) -> list[Problem]:
    """Every term needs its own id: it is the entry's anchor, on a page whose heading has one too."""
    first: dict[str, int] = {}
    problems = []
    for index, term in enumerate(terms):
        if term.id == HEADING_ID:  # two elements with one id: every link to the term would lead to the heading
            message = f"'{term.id}' is the id of the glossary page's heading"
            problems.append(Problem(GLOSSARY_FILE, f"[{index}].id", message, "choose another id"))
        elif term.id in first:
            message = f"'{term.id}' is already the id of term [{first[term.id]}]"
            problems.append(Problem(GLOSSARY_FILE, f"[{index}].id", message, "give each term its own id"))
        first.setdefault(term.id, index)
    return problems


def check_aliases(terms: list[GlossaryTerm]) -> list[Problem]:
    """A written form may lead to one term only, or the link would be ambiguous; headwords claim first."""
    owner: dict[str, str] = {}
    problems = []
    claims = [(term, f"{term.id}.term", term.term) for term in terms]
    claims += [(term, f"{term.id}.aliases[{n}]", alias) for term in terms for n, alias in enumerate(term.aliases)]
    for term, field, form in claims:
        key = form_key(form)
        if key not in owner:
            owner[key] = term.id
        elif owner[key] != term.id:
            message = f"'{form}' is also claimed by term '{owner[key]}'"
            problems.append(Problem(GLOSSARY_FILE, field, message, "a term or alias belongs to one term only"))
        else:  # the headword again, or an alias twice (forms are compared folded): it adds nothing
            message = f"'{form}' repeats the term or one of its aliases"
            hint = "remove it: forms match whatever their case or apostrophe"
            problems.append(Problem(GLOSSARY_FILE, field, message, hint))
    return problems


def check_anchors(terms: list[GlossaryTerm]) -> list[Problem]:
    """A term points at each passage once: the glossary would show the same definition twice."""
    problems = []
    for term in terms:
        first: dict[str, int] = {}
        for index, definition in enumerate(term.definitions):
            if (earlier := first.setdefault(definition.anchor, index)) != index:
                field = f"{term.id}.definitions[{index}].anchor"
                message = f"'{definition.anchor}' is already definition [{earlier}] of this term"
                hint = "list each passage once; one 'sentences:' can name all its sentences"
                problems.append(Problem(GLOSSARY_FILE, field, message, hint))
    return problems


def once_each(term: GlossaryTerm) -> GlossaryTerm:
    """The term with each passage's first definition only (`check_anchors` names the others)."""
    firsts = {definition.anchor: definition for definition in reversed(term.definitions)}
    return replace(term, definitions=tuple(d for d in term.definitions if firsts[d.anchor] is d))


def check_see_also(terms: list[GlossaryTerm]) -> list[Problem]:
    """See-also entries must name other terms of the file."""
    ids = {term.id for term in terms}
    problems = []
    for term in terms:
        for position, other in enumerate(term.see_also):
            field = f"{term.id}.see_also[{position}]"
            if other == term.id:
                problems.append(Problem(GLOSSARY_FILE, field, "a term cannot refer to itself", "remove it"))
            elif other not in ids:
                hint = f"use the id of a term in {GLOSSARY_FILE}"
                problems.append(Problem(GLOSSARY_FILE, field, f"unknown term '{other}'", hint))
    return problems


def split_sentences(text: str) -> list[str]:
    """Split a paragraph's text into sentences: after . ? ! (and a closing quote) before a capital."""
    return [sentence for sentence in RE_SENTENCE_END.split(text.strip()) if sentence]


def select_sentences(text: str, numbers: tuple[int, ...]) -> str:
    """The chosen sentences, with an ellipsis wherever the quotation leaves text out."""
    if not numbers:
        return text
    sentences = split_sentences(text)
    parts = [ELLIPSIS] if numbers[0] > 1 else []
    for previous, number in zip((0, *numbers), numbers, strict=False):
        if previous and number > previous + 1:
            parts.append(ELLIPSIS)
        parts.append(sentences[number - 1])
    if numbers[-1] < len(sentences):
        parts.append(ELLIPSIS)
    return " ".join(parts)


def resolve_definitions(
    glossary: Glossary, pages: Mapping[str, PageInventory], site_pages: Collection[str] = ()
) -> tuple[Glossary, list[Problem]]:
    """Give every definition the words of the paragraph it points at; report anchors that miss.

    `site_pages` (every page below docs/) lets an anchor to a page the site lacks name the closest one.
    """
    problems: list[Problem] = []
    terms = []
    for term in glossary.terms:
        definitions = []
        for index, definition in enumerate(term.definitions):
            field = f"{term.id}.definitions[{index}]"
            found, problem = resolve_definition(definition, pages.get(definition.page), field, site_pages, term)
            if problem is not None:
                problems.append(problem)
            else:
                definitions.append(found)
        terms.append(replace(term, definitions=tuple(definitions)))
    return Glossary(tuple(terms)), problems


def resolve_definition(
    definition: Definition,
    inventory: PageInventory | None,
    field: str,
    site_pages: Collection[str] = (),
    term: GlossaryTerm | None = None,
) -> tuple[Definition, Problem | None]:
    """Check one anchor against the page's inventory and read the definition's words (which must name `term`)."""
    page, pid = definition.page, definition.paragraph
    if inventory is None:  # as for an annotation's page: the closest page, else how paths are written
        hint = page_hint(page, site_pages, f"write the path below docs/, e.g. {EXAMPLE_ANCHOR}")
        return definition, Problem(GLOSSARY_FILE, f"{field}.anchor", f"no page '{page}'", hint)
    paragraph = inventory.paragraph(pid)
    if paragraph is None and not inventory.paragraphs:  # a page of no text, such as about/citing.md
        message = f"'{pid}' on {page} is not a paragraph" if pid in inventory.ids else f"no paragraph '{pid}' on {page}"
        hint = f"{page} has no numbered paragraphs: point at the paragraph of the texts that holds the definition"
        return definition, Problem(GLOSSARY_FILE, f"{field}.anchor", message, hint)
    if paragraph is None and pid in inventory.ids:
        hint = f"point at the paragraph that holds the definition: {inventory.id_range()}"
        return definition, Problem(GLOSSARY_FILE, f"{field}.anchor", f"'{pid}' on {page} is not a paragraph", hint)
    if paragraph is None:
        message = f"no paragraph '{pid}' on {page} (it has {inventory.id_range()})"
        return definition, Problem(GLOSSARY_FILE, f"{field}.anchor", message, "fix the paragraph id")
    count = len(split_sentences(paragraph.text))
    if definition.sentences and definition.sentences[-1] > count:
        message = f"sentence {definition.sentences[-1]} is beyond the {count} sentences of {definition.anchor}"
        return definition, Problem(GLOSSARY_FILE, f"{field}.sentences", message, "number its sentences from 1")
    if term is not None and (problem := check_named(term, definition, paragraph, field)):
        return definition, problem
    return replace(definition, text=select_sentences(paragraph.text, definition.sentences)), None


def naming_sentences(term: GlossaryTerm, sentences: Iterable[str]) -> list[int]:
    """The numbers (from 1) of the sentences that name the term or an alias, found as term links find them."""
    keys = {form_key(form) for form in term.forms}  # its own forms: a longer term does not hide it
    return [number for number, sentence in enumerate(sentences, 1) if names_one_of(keys, sentence)]


def check_named(term: GlossaryTerm, definition: Definition, paragraph: Paragraph, field: str) -> Problem | None:
    """A definition must name its term, or it has slipped off its words without a word from the build.

    Sentences are counted: a full stop added or removed before them (`changed: today` made
    `changed. Today`) shifts the quotation onto other sentences. So a quotation names the term and
    starts at sentence 1 (which no change of punctuation moves) or at a sentence that names it. A
    whole paragraph cannot shift: it, or the heading of its section, names the term (the annex quotes
    definitions of transnationalism that never repeat the word, under a heading that has it).
    """
    named = f"'{term.term}'" + (" (or an alias)" if term.aliases else "")
    naming, chosen = naming_sentences(term, split_sentences(paragraph.text)), definition.sentences
    if not naming and (chosen or not naming_sentences(term, [paragraph.section or ""])):
        beside = "" if chosen else ", nor does the heading of its section"
        hint = f"point at the paragraph that defines '{term.term}', or add the form it writes to 'aliases'"
        return Problem(GLOSSARY_FILE, f"{field}.anchor", f"{definition.anchor} does not name {named}{beside}", hint)
    if not chosen or (not set(chosen).isdisjoint(naming) and (chosen[0] == 1 or chosen[0] in naming)):
        return None
    if set(chosen).isdisjoint(naming):
        message = f"sentences {list(chosen)} of {definition.anchor} do not name {named}"
    else:
        message = f"sentence {chosen[0]} of {definition.anchor}, where the quotation starts, does not name {named}"
    which = f"sentence {naming[0]} names it" if len(naming) == 1 else f"sentences {naming} name it"
    hint = f"{which}: start at sentence 1 or at one that names it; a change of punctuation renumbers the sentences"
    return Problem(GLOSSARY_FILE, f"{field}.sentences", message, hint)


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
TOOLTIP_ATTRIBUTION = 70


def tooltip(term: GlossaryTerm) -> str:
    """The hover text of a term link: its first definition, shortened, and who gives it."""
    if not term.definitions:
        return term.term
    first = term.definitions[0]
    return f"{shorten(first.text, TOOLTIP_DEFINITION)} — {shorten(first.attribution, TOOLTIP_ATTRIBUTION)}"
