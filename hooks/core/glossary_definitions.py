"""A glossary definition's words, read from the paragraph its anchor points at.

Each anchor must name a paragraph of its page, its `sentences` must exist there, and the words
quoted must name the term (`check_named`): all problems at once, one line each.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Container, Iterable, Mapping
from dataclasses import replace
from enum import Enum

from hooks.core.anchor_lock import page_key
from hooks.core.draft_pages import draft_hint, draft_message
from hooks.core.glossary import GLOSSARY_FILE, Definition, Glossary, GlossaryTerm
from hooks.core.page_hints import page_hint
from hooks.core.paragraph_words import WORDS_FILE, closing_words, words_of
from hooks.core.paragraphs import PageInventory, Paragraph
from hooks.core.problems import Problem
from hooks.core.term_matcher import form_key, names_one_of
from hooks.core.text import ELLIPSIS
from hooks.core.yaml_lines import in_backticks, keys_path

EXAMPLE_PAGE = "migration-and-transnationalism/annex.md"  # the page an anchor's line shows
EXAMPLE_ANCHOR = f"{EXAMPLE_PAGE}#p1"
LEFT_OUT_HINT = (
    "the site leaves the page out, as mkdocs.yml's exclude_docs or draft_docs do: point at a page it publishes"
)


class LeftOut(Enum):
    """Why a definition's page, a file below docs/, is not read: a member, not a text, so that a typo fails."""

    DRAFT = "draft"  # `draft_docs`: `mkdocs serve` shows it, so the line says that the build leaves it out
    EXCLUDED = "left out"  # `exclude_docs`: the hint says so when no page is close


RE_SENTENCE_END = re.compile(r"(?:(?<=[.?!])|(?<=[.?!][”’\"')\]]))\s+(?=[“‘\"'(\[]*[A-Z])")


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
    glossary: Glossary,
    pages: Mapping[str, PageInventory],
    site_pages: Collection[str] = (),
    moves: Mapping[str, str] | None = None,
    recorded: Callable[[], Mapping[str, Mapping[str, str]]] | None = None,
    whole: Callable[[str], PageInventory] | None = None,
    left_out: Collection[str] = (),
    drafts: Collection[str] = (),
    published_pages: Container[str] = (),
) -> tuple[Glossary, list[Problem]]:
    """Give every definition the words of the paragraph it points at; report anchors that miss.

    `site_pages` (the pages the site keeps, below docs/) lets an anchor to a page the site lacks name the closest
    one, and `moves` (`file_moves`) the one a declared page move took it to; `left_out` (files below docs/ the
    site leaves out: `exclude_docs`, `draft_docs`) lets it say why, when neither names one, and `drafts` (those of
    `draft_docs`, which `mkdocs serve` shows) that it is a draft; `recorded` gives
    the paragraphs' words in anchors.words.json, which tell a paragraph that changed under its definition
    (read only then), and `whole` a page's inventory with every paragraph's words, to find where its end
    went (`pages` may hold the defining paragraphs' words alone). `published_pages`: the files the anchor lock
    published (`locked_docs_pages`), an anchor to one gone asked for its move (`page_hint`).
    """
    problems: list[Problem] = []
    terms = []
    for term in glossary.terms:
        definitions = []
        for index, definition in enumerate(term.definitions):
            field = f"{term.id}.definitions[{index}]"
            inventory = pages.get(definition.page)
            why = unread_because(definition.page, drafts, left_out)
            found, problem = resolve_definition(
                definition, inventory, field, site_pages, term, moves, recorded, whole, why, published_pages
            )
            if problem is not None:
                problems.append(problem)
            else:
                definitions.append(found)
        terms.append(replace(term, definitions=tuple(definitions)))
    return Glossary(tuple(terms)), problems


def unread_because(page: str, drafts: Collection[str], left_out: Collection[str]) -> LeftOut | None:
    """Why `page` is not read (a draft first: `draft_docs` pages are left out too), or None for a page read."""
    if page in drafts:
        return LeftOut.DRAFT
    return LeftOut.EXCLUDED if page in left_out else None


def resolve_definition(
    definition: Definition,
    inventory: PageInventory | None,
    field: str,
    site_pages: Collection[str] = (),
    term: GlossaryTerm | None = None,
    moves: Mapping[str, str] | None = None,
    recorded: Callable[[], Mapping[str, Mapping[str, str]]] | None = None,
    whole: Callable[[str], PageInventory] | None = None,
    left_out: LeftOut | None = None,
    published_pages: Container[str] = (),
) -> tuple[Definition, Problem | None]:
    """Check one anchor against the page's inventory and read the definition's words (which must name `term`).

    `left_out`: why the page, a file below docs/, is not read (`LeftOut`), if it is not; `published_pages`: the
    files the anchor lock published (`missing_page`).
    """
    page, pid = definition.page, definition.paragraph
    if inventory is None:  # as for an annotation's page: the closest page, else why it is none or how to write one
        return definition, missing_page(definition, field, site_pages, moves, left_out, published_pages)
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
        words = recorded().get(page_key(page), {}) if recorded else {}  # read only now: most builds never need it

        def paragraphs() -> tuple[Paragraph, ...]:  # the page's every paragraph, read only if the paragraph changed
            return (whole(page) if whole else inventory).paragraphs

        return definition, beyond(definition, paragraph, count, field, words, paragraphs)
    if term is not None and (problem := check_named(term, definition, paragraph, field)):
        return definition, problem
    text = select_sentences(paragraph.text, definition.sentences)
    return replace(definition, text=text, quoted=paragraph.quoted), None


def missing_page(
    definition: Definition,
    field: str,
    site_pages: Collection[str],
    moves: Mapping[str, str] | None,
    left_out: LeftOut | None,
    published_pages: Container[str] = (),
) -> Problem:
    """An anchor to a page the site lacks: the closest page, else how to write one; a draft is said to be one.

    A writer saw the draft's definition under `mkdocs serve`: "no page" would deny what they saw. A page the
    anchor lock published (`published_pages`) and is gone is asked for its move, as a note's target is.
    """
    page = definition.page
    if left_out is LeftOut.DRAFT:
        hint = page_hint(page, site_pages, draft_hint("point at"), moves)
        return Problem(GLOSSARY_FILE, f"{field}.anchor", draft_message(page), hint)
    if left_out is LeftOut.EXCLUDED:
        hint = page_hint(page, site_pages, LEFT_OUT_HINT, moves)
    else:
        example = f"write the path below docs/, e.g. {EXAMPLE_ANCHOR}"
        hint = page_hint(page, site_pages, example, moves, example_page=EXAMPLE_PAGE, published=published_pages)
    return Problem(GLOSSARY_FILE, f"{field}.anchor", f"no page '{page}'", hint)


def beyond(
    definition: Definition,
    paragraph: Paragraph,
    count: int,
    field: str,
    recorded: Mapping[str, str],
    paragraphs: Callable[[], Iterable[Paragraph]] = tuple,
) -> Problem:
    """A sentence past the paragraph's last: numbered wrong, or the paragraph changed under the definition.

    A paragraph split in two keeps its id on the first part: the sentences quoted from the second
    are in another paragraph now. Its recorded words (`recorded`: the page's, anchors.words.json)
    tell that apart from a number written wrong, which "number its sentences from 1" answers. The
    page's paragraph (`paragraphs`, read only then) that ends with its recorded closing words holds its old end,
    where a sentence past the first part's is, unless the split left a paragraph between: named as likely.
    """
    has = f"{count} sentence{'' if count == 1 else 's'}"
    message = f"sentence {definition.sentences[-1]} is beyond the {has} of {definition.anchor}"
    was = recorded.get(paragraph.id)
    if was is None or was == words_of(paragraph.reading_text):
        return Problem(GLOSSARY_FILE, f"{field}.sentences", message, "number its sentences from 1")
    missing = [number for number in definition.sentences if number > count]
    kept = [number for number in definition.sentences if number <= count]
    which = f"sentence {missing[0]}" if len(missing) == 1 else f"sentences {', '.join(map(str, missing))}"
    end = closing_words(was)
    holders = [p.id for p in paragraphs() if p.id != paragraph.id and closing_words(words_of(p.reading_text)) == end]
    if holders:
        message += f": the paragraph changed since {WORDS_FILE} recorded its words (split: its closing words end"
        message += f" {' and '.join(holders)} now)"
        likely = " or ".join(f"{definition.page}#{pid}" for pid in holders)
        hint = f"point the definition at the paragraph that holds {which} now, likely {likely}, numbering its"
        hint += " sentences from 1 there"
    else:
        message += f": the paragraph changed since {WORDS_FILE} recorded its words (split or shortened)"
        hint = f"point the definition at the paragraph that holds {which} now, numbering its sentences from 1 there"
    hint += f", or drop {'it' if len(missing) == 1 else 'them'}: {in_backticks(f'sentences: {kept}')}" if kept else ""
    return Problem(GLOSSARY_FILE, f"{field}.sentences", message, hint)


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
        hint = f"point at the paragraph that defines '{term.term}', or add the form it writes to {keys_path('aliases')}"
        return Problem(GLOSSARY_FILE, f"{field}.anchor", f"{definition.anchor} does not name {named}{beside}", hint)
    if not chosen or (not set(chosen).isdisjoint(naming) and (chosen[0] == 1 or chosen[0] in naming)):
        return None
    which = f"sentence {naming[0]} names it" if len(naming) == 1 else f"sentences {naming} name it"
    if set(chosen).isdisjoint(naming):  # starting at sentence 1 is no fix here: one naming it must be quoted
        one = len(chosen) == 1
        quoted = f"sentence {chosen[0]}" if one else f"sentences {list(chosen)}"
        message = f"{quoted} of {definition.anchor} {'does' if one else 'do'} not name {named}"
        which += f": quote {'it' if len(naming) == 1 else 'one of them'} too, starting"
    else:
        message = f"sentence {chosen[0]} of {definition.anchor}, where the quotation starts, does not name {named}"
        which += ": start"
    hint = f"{which} at sentence 1 or at one that names it; a change of punctuation renumbers the sentences"
    return Problem(GLOSSARY_FILE, f"{field}.sentences", message, hint)
