"""The data of the *Used in* lists, apart from how they are written: every term's uses, and what the page shows.

The uses are gathered from the terms each page reported (`PageTerms`), pages in reading
order, each page named as the glossary names it (`Source › Section`). The glossary page
(`glossary_page.py`) shows the first of them (`first_uses`) and `/glossary.json` (`glossary_export.py`) all of them:
both are written from these records, so the page and the export cannot count a term's uses apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from hooks.core.glossary_uses import PageTerms
from hooks.core.text import PLACE_SEPARATOR


@dataclass(frozen=True, slots=True)
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


def collect_uses(pages: Iterable[PageTerms], page_order: list[str]) -> dict[str, tuple[PageUse, ...]]:
    """Map term id → its uses, pages in `page_order` (reading order), paragraphs by number; definitions are no uses."""
    rank = {page: index for index, page in enumerate(page_order)}
    uses: dict[str, list[PageUse]] = {}
    for found in sorted(pages, key=lambda found: (rank.get(found.page, len(rank)), found.page)):
        for term_id, paragraphs in found.uses.items():
            uses.setdefault(term_id, []).append(PageUse(found.page, paragraphs))
    return {term_id: tuple(found) for term_id, found in uses.items()}


def reading_order(nav_order: Iterable[str], pages: Iterable[str]) -> list[str]:
    """The pages in the navigation's order; a page left out of it comes after, in the order given."""
    listed = list(nav_order)
    known = set(listed)
    return listed + [page for page in pages if page not in known]


def titles_by_page(pages: Iterable[tuple[str, str | None, object]]) -> dict[str, str]:
    """How the glossary names each (page, title, its `source`): `Source › Section`, the source's title from its index.

    A page without a title is left out; a source's own landing page is named by its title alone. The `›` is
    shown, not read: the glossary page's links read it as a pause (`hooks.core.text.spoken_places`).
    """
    pages = list(pages)
    by_path = {path: title for path, title, _ in pages}
    titles = {}
    for path, title, source in pages:
        if title is None:
            continue
        index = f"{source}/index.md"
        parent = by_path.get(index) if source and index != path else None
        titles[path] = f"{parent}{PLACE_SEPARATOR}{title}" if parent else str(title)
    return titles
