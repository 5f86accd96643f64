"""The glossary (`annotations/glossary.yml`): terms that point at the passages defining them.

The definitions' words stay in the pages. This module holds the records and loads and checks the
file, all problems at once (`hooks.core.glossary_hints` names what an entry the schema refused
stands for); `hooks.core.glossary_definitions` then resolves each definition's anchor against the
paragraphs of the page it names, and `hooks.core.glossary_uses` records the terms the texts use.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

import yaml

from hooks.core.datafiles import load_yaml
from hooks.core.glossary_hints import name_anchors, name_see_also, term_hint
from hooks.core.paragraphs import normalise_space
from hooks.core.problems import Problem, named_value
from hooks.core.schemas import Schema, entry_field, load_schema, validate
from hooks.core.term_matcher import TermMatcher, form_key
from hooks.core.yaml_as_written import written_as_text
from hooks.core.yaml_comments import cut_problems, emptied_problems, without_restated
from hooks.core.yaml_nodes import EACH, node_at

GLOSSARY_FILE = "annotations/glossary.yml"
HEADING_ID = "glossary"  # the glossary page's own heading: no term may take its id
GLOSSARY_SCHEMA = "annotations/schema/glossary.schema.json"
# The class of the line under a defining passage that links the entries it defines (`mdx/glossary_defines.py`).
DEFINES_CLASS = "glossary-defines"


@dataclass(frozen=True)
class Definition:
    """A passage that defines a term: page, paragraph id, attribution, and (once resolved) its words.

    `quoted` (once resolved): the passage stands in a block quote, words its page quotes from
    another work (the annex's definitions), not the source's own.
    """

    page: str
    paragraph: str
    attribution: str
    sentences: tuple[int, ...] = ()
    text: str = ""
    quoted: bool = False

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


def load_glossary(
    root: Path, site_pages: Callable[[], Collection[str]] | None = None
) -> tuple[Glossary, list[Problem]]:
    """Load and check the file: YAML, schema, ids, aliases and see-also links (anchors come later).

    `site_pages` gives the site's pages by their paths below docs/, asked once and only for the hints
    of anchors the schema refused: the caller has them (make check's published pages, the build's, the
    extension's `site_pages`), picked as MkDocs picks them; without it no page is offered.
    """
    data, problems = load_yaml(root / GLOSSARY_FILE, GLOSSARY_FILE)
    schema, schema_problems = load_schema(root / GLOSSARY_SCHEMA, GLOSSARY_SCHEMA)
    if problems or schema is None:
        return Glossary(), problems + schema_problems
    text = (root / GLOSSARY_FILE).read_text(encoding="utf-8")  # read already, so readable: composed again only here
    problems = validate_terms(data, schema)
    problems = without_restated(problems + cut_texts(text, data, problems))  # `term: #3`: the comment's line alone
    problems = written_as_text(GLOSSARY_FILE, text, problems, name=partial(entry_field, data))  # `term: 'on'`
    if problems:
        pages = site_pages() if site_pages is not None else ()
        return Glossary(), name_see_also(name_anchors(problems, data, pages), data)
    terms = [parse_term(item) for item in data]
    positions = {term.id: index for index, term in reversed(list(enumerate(terms)))}  # the entry holding each id first
    line = partial(entry_line, text, positions)
    problems = check_ids(terms, line)
    firsts = {term.id: term for term in reversed(terms)}  # a term whose id is taken is left out, checked no further:
    terms = [term for term in terms if firsts[term.id] is term]  # a copy pasted twice repeated its own forms
    problems += check_aliases(terms) + check_see_also(terms) + check_anchors(terms, line)
    return Glossary(tuple(once_each(term) for term in terms)), problems  # a repeated definition: reported, shown once


# The line of a value in an entry, by the entry's id and the place inside it: `line("diaspora", "id")`.
LineOf = Callable[..., int | None]


def entry_line(text: str, positions: dict[str, int], term_id: str, *place: str | int) -> int | None:
    """The line of a value in the entry holding `term_id` first, as an editor finds it (`[4]` is counted from 0).

    Composed only for a line that names one: a file that loaded composes.
    """
    try:
        node = node_at(yaml.compose(text, Loader=yaml.SafeLoader), (positions[term_id], *place))
    except yaml.YAMLError:
        return None
    return node.start_mark.line + 1 if node is not None else None


def validate_terms(data: Any, schema: Schema) -> list[Problem]:
    """Schema errors, one Problem each, fields named after the term (`diaspora.aliases[0]`)."""
    return validate(data, schema, GLOSSARY_FILE, name=partial(entry_field, data))


TEXT_FIELDS = ((EACH, "term"), (EACH, "aliases", EACH), (EACH, "definitions", EACH, "attribution"))


def cut_texts(text: str, data: Any, problems: list[Problem] | None = None) -> list[Problem]:
    """A term, alias or attribution that YAML cut at ' #' (`term: Goal #3` read as 'Goal'), one Problem each.

    Left alone, the term would link other words than the texts' and the attribution credit half a
    source. These three are the words an editor copies from a source (`Working Paper #13`), where a
    '#' is as likely words as a comment. The other fields hold ids, paths and numbers (`id`,
    `see_also`, `anchor`, `sentences`), in which the schema allows no space: a ' #' after one can
    only be a comment, as the guide's example writes them. Any field of `problems` the schema called
    empty that a comment emptied (`anchor: #p3`) is said as such too.
    """
    name = partial(entry_field, data)
    cuts = cut_problems(GLOSSARY_FILE, text, TEXT_FIELDS, name=name)
    return cuts + emptied_problems(GLOSSARY_FILE, text, [*(problems or []), *cuts], name=name)


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


def check_ids(terms: list[GlossaryTerm], line: LineOf) -> list[Problem]:
    """Every term needs its own id: it is the entry's anchor, on a page whose heading has one too.

    The entry holding it first is named by its term and line, which an editor finds it by.
    """
    first: dict[str, int] = {}
    problems = []
    for index, term in enumerate(terms):
        if term.id == HEADING_ID:  # two elements with one id: every link to the term would lead to the heading
            message = f"'{term.id}' is the id of the glossary page's heading"
            problems.append(Problem(GLOSSARY_FILE, f"[{index}].id", message, "choose another id"))
        elif term.id in first:
            taken = terms[first[term.id]]
            message = f"'{term.id}' is already the id of the term {named_value(taken.term)}"
            message += on_line(line(term.id, "id"))
            problems.append(Problem(GLOSSARY_FILE, f"[{index}].id", message, "give each term its own id"))
        first.setdefault(term.id, index)
    return problems


def check_aliases(terms: list[GlossaryTerm]) -> list[Problem]:
    """A written form may lead to one term only, or the link would be ambiguous; headwords claim first."""
    owner: dict[str, tuple[str, bool]] = {}  # each form's term, and whether it is that term's headword
    problems = []
    claims = [(term, f"{term.id}.term", term.term) for term in terms]
    claims += [(term, f"{term.id}.aliases[{n}]", alias) for term in terms for n, alias in enumerate(term.aliases)]
    for term, field, form in claims:
        key = form_key(form)
        if key not in owner:
            owner[key] = (term.id, field.endswith(".term"))
        elif (other := owner[key][0]) != term.id:
            message = f"'{form}' is also claimed by term '{other}'"
            problems.append(Problem(GLOSSARY_FILE, field, message, claimed_hint(field, other, owner[key][1])))
        else:  # the headword again, or an alias twice (forms are compared folded): it adds nothing
            message = f"'{form}' repeats the term or one of its aliases"
            hint = "remove it: forms match whatever their case or apostrophe"
            problems.append(Problem(GLOSSARY_FILE, field, message, hint))
    return problems


def claimed_hint(field: str, other: str, headword: bool) -> str:
    """Which of the two claims to change: the rule alone left the editor to guess."""
    rule = "a term or alias belongs to one term only"
    if field.endswith(".term"):  # headwords claim first: the other is a headword too
        return f"merge the two entries into one: {rule}"
    if headword:
        return f"remove it: it is that term's headword, and {rule}"
    return f"remove it here or from the aliases of '{other}': {rule}"


def on_line(number: int | None) -> str:
    """Where a line names the value an entry holds: ` on line 7`, or nothing where it is not found."""
    return f" on line {number}" if number else ""


def check_anchors(terms: list[GlossaryTerm], line: LineOf) -> list[Problem]:
    """A term points at each passage once: the glossary would show the same definition twice."""
    problems = []
    for term in terms:
        first: dict[str, int] = {}
        for index, definition in enumerate(term.definitions):
            if (earlier := first.setdefault(definition.anchor, index)) != index:
                field = f"{term.id}.definitions[{index}].anchor"
                where = on_line(line(term.id, "definitions", earlier, "anchor"))
                message = f"'{definition.anchor}' is already this term's definition{where}"
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
                hint = term_hint(other, sorted(ids), term.id) or f"use the id of a term in {GLOSSARY_FILE}"
                problems.append(Problem(GLOSSARY_FILE, field, f"unknown term '{other}'", hint))
    return problems
