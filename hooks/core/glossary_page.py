"""The generated `/glossary/` page (as Markdown) and `/glossary.json`, from the terms and their uses."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from hooks.core.glossary import Glossary, GlossaryTerm, Occurrence

GLOSSARY_PAGE = "glossary.md"
RE_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]])")
INTRODUCTION = (
    "The concepts the texts define, each quoted from the passages that define it, in the sources' own "
    "words. Terms in the text link here; point at one to read its definition. Under *Used in*, every "
    "paragraph where a term occurs. The same data for machines: `glossary.json` at the site's root."
)


@dataclass(frozen=True)
class PageUse:
    """The paragraphs of one page where a term occurs (an empty tuple: outside numbered paragraphs only)."""

    page: str
    paragraphs: tuple[str, ...]


def collect_uses(occurrences: Iterable[Occurrence], page_order: list[str]) -> dict[str, tuple[PageUse, ...]]:
    """Map term id → its uses, pages in site order and paragraphs in number order; definitions are not uses."""
    found: dict[str, dict[str, set[str]]] = {}
    for occurrence in occurrences:
        if occurrence.defining:
            continue
        paragraphs = found.setdefault(occurrence.term_id, {}).setdefault(occurrence.page, set())
        if occurrence.paragraph:
            paragraphs.add(occurrence.paragraph)
    rank = {page: index for index, page in enumerate(page_order)}
    uses = {}
    for term_id, pages in found.items():
        ordered = sorted(pages, key=lambda page: (rank.get(page, len(rank)), page))
        uses[term_id] = tuple(PageUse(page, tuple(sorted(pages[page], key=lambda p: int(p[1:])))) for page in ordered)
    return uses


def escape(text: str) -> str:
    """Quote text literally in Markdown: no emphasis, links or HTML from the source's characters."""
    return RE_MARKDOWN_SPECIAL.sub(r"\\\1", text).replace("<", "&lt;")


def sorted_terms(glossary: Glossary) -> list[GlossaryTerm]:
    """Alphabetical order, ignoring case."""
    return sorted(glossary.terms, key=lambda term: (term.term.casefold(), term.id))


def render_glossary_page(glossary: Glossary, uses: Mapping[str, tuple[PageUse, ...]], titles: Mapping[str, str]) -> str:
    """The glossary page as Markdown: links are between source files, so MkDocs checks them."""
    lines = ["# Glossary { #glossary }", "", INTRODUCTION, ""]
    if not glossary.terms:
        lines += ["The glossary has no terms yet.", ""]
    for term in sorted_terms(glossary):
        lines += render_entry(term, glossary, uses.get(term.id, ()), titles)
    return "\n".join(lines)


def render_entry(
    term: GlossaryTerm, glossary: Glossary, uses: tuple[PageUse, ...], titles: Mapping[str, str]
) -> list[str]:
    """One entry: heading with its stable anchor, quoted definitions, aliases, see also, used in."""
    lines = [f"## {escape(term.term)} {{ #{term.id} }}", ""]
    for definition in term.definitions:
        where = f"{titles.get(definition.page, definition.page)}, ¶ {definition.paragraph[1:]}"
        lines += [
            f"> {escape(definition.text)}",
            ">",
            f"> {escape(definition.attribution)} · [{escape(where)}]({definition.anchor})",
            "> { .attribution }",
            "",
        ]
    if term.aliases:
        lines += ["**Also written:** " + ", ".join(escape(alias) for alias in term.aliases), ""]
    related = [glossary.get(other) for other in term.see_also]
    if links := [f"[{escape(other.term)}](#{other.id})" for other in related if other is not None]:
        lines += ["**See also:** " + ", ".join(links), ""]
    lines += ["**Used in:**" if uses else "**Used in:** no other passage of the texts.", ""]
    for use in uses:
        page_link = f"[{escape(titles.get(use.page, use.page))}]({use.page})"
        paragraph_links = [f"[¶ {pid[1:]}]({use.page}#{pid})" for pid in use.paragraphs]
        lines.append(f"- {page_link}" + (": " + ", ".join(paragraph_links) if paragraph_links else ""))
    return [*lines, ""] if uses else lines


def glossary_data(
    glossary: Glossary, uses: Mapping[str, tuple[PageUse, ...]], url_of: Callable[[str], str]
) -> dict[str, object]:
    """`/glossary.json`: every term with its definitions and uses, as absolute URLs (`url_of(src path)`)."""
    terms = []
    for term in sorted_terms(glossary):
        definitions = [
            {
                "anchor": d.anchor,
                "url": f"{url_of(d.page)}#{d.paragraph}",
                "text": d.text,
                "attribution": d.attribution,
            }
            for d in term.definitions
        ]
        used = [
            {
                "page": use.page,
                "url": url_of(use.page),
                "paragraphs": [{"id": pid, "url": f"{url_of(use.page)}#{pid}"} for pid in use.paragraphs],
            }
            for use in uses.get(term.id, ())
        ]
        terms.append(
            {
                "id": term.id,
                "term": term.term,
                "url": f"{url_of(GLOSSARY_PAGE)}#{term.id}",
                "aliases": list(term.aliases),
                "definitions": definitions,
                "see_also": list(term.see_also),
                "uses": used,
            }
        )
    return {"terms": terms}
