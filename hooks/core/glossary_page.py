"""The generated `/glossary/` page (its introduction as Markdown) and `/glossary.json`, from the terms and their uses.

The page lists the first uses of each term (at most `used_in` paragraphs, in reading order), so
its size grows with the number of terms, not with the corpus; `/glossary.json` holds every use,
and the page's *Show all* control (`docs/assets/glossary.js`) reads them from there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from hooks.core.glossary import Glossary, GlossaryTerm, Occurrence

GLOSSARY_PAGE = "glossary.md"
EXPORT_FILE = "glossary.json"
USED_IN = 12  # paragraphs listed per term: every use of every term in the real edition (12 at most, today)
MORE_CLASS = "glossary-more"
INTRODUCTION = (
    "The concepts the texts define, each quoted from the passages that define it, in the sources' own "
    "words. Terms in the text link here; point at one to read its definition. Under *Used in*, the first "
    "{used_in} paragraphs where a term occurs, in reading order; where there are more, *Show all* lists "
    f"every one. The same data for machines, with every use: [{EXPORT_FILE}]({EXPORT_FILE}) at the site's root."
)


@dataclass(frozen=True)
class PageUse:
    """The paragraphs of one page where a term occurs (an empty tuple: outside numbered paragraphs only)."""

    page: str
    paragraphs: tuple[str, ...]

    @property
    def count(self) -> int:
        """How many uses this is: one per paragraph, or one for a page where it occurs outside them."""
        return len(self.paragraphs) or 1


@dataclass(frozen=True)
class UsedIn:
    """What the glossary page shows of a term's uses: the first ones, and how many uses and pages it leaves out."""

    shown: tuple[PageUse, ...]
    more_uses: int = 0
    more_pages: int = 0


def first_uses(uses: tuple[PageUse, ...], limit: int) -> UsedIn:
    """The first `limit` uses in reading order (the last page shown may be cut short), and the rest counted."""
    shown: list[PageUse] = []
    left = limit
    for use in uses:
        if left <= 0:
            break
        shown.append(use if use.count <= left else PageUse(use.page, use.paragraphs[:left]))
        left -= shown[-1].count
    cut_short = bool(shown) and shown[-1] != uses[len(shown) - 1]
    more_uses = sum(use.count for use in uses) - sum(use.count for use in shown)
    return UsedIn(tuple(shown), more_uses, len(uses) - len(shown) + cut_short)


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


def sorted_terms(glossary: Glossary) -> list[GlossaryTerm]:
    """Alphabetical order, ignoring case."""
    return sorted(glossary.terms, key=lambda term: (term.term.casefold(), term.id))


def render_glossary_page(glossary: Glossary, used_in: int = USED_IN) -> str:
    """The glossary page's title and introduction as Markdown; its entries are elements (`glossary_entries.py`)."""
    lines = ["# Glossary { #glossary }", "", INTRODUCTION.format(used_in=used_in), ""]
    if not glossary.terms:
        lines += ["The glossary has no terms yet.", ""]
    return "\n".join(lines)


def plural(count: int, noun: str) -> str:
    """`1 page`, `1,204 pages`."""
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def glossary_data(
    glossary: Glossary,
    uses: Mapping[str, tuple[PageUse, ...]],
    url_of: Callable[[str], str],
    titles: Mapping[str, str] | None = None,
) -> dict[str, object]:
    """`/glossary.json`: every term with its definitions and every use, as absolute URLs (`url_of(src path)`)."""
    titles = titles or {}
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
        used = [use_data(use, url_of(use.page), titles.get(use.page, use.page)) for use in uses.get(term.id, ())]
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


def use_data(use: PageUse, url: str, title: str) -> dict[str, object]:
    """One page's uses in `/glossary.json`: the page (source path, title, URL) and its paragraphs."""
    paragraphs = [{"id": pid, "url": f"{url}#{pid}"} for pid in use.paragraphs]
    return {"page": use.page, "title": title, "url": url, "paragraphs": paragraphs}
