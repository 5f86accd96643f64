"""Naming a page the site lacks: where its declared move took it, or the site's page closest to it."""

from __future__ import annotations

import difflib
import posixpath
from collections.abc import Container, Iterable, Mapping

from hooks.core.page_moves import landing_file
from hooks.core.page_names import name_to_write, rename_hint
from hooks.core.problems import named_value
from hooks.core.text import in_series

CLOSE_PAGE = 0.7  # how alike a path and a page must be to be hinted (difflib's ratio)
CLOSE_NAME = 0.6  # and their own names, shorter (difflib's default: `bb` is close to `b`, `foo` not to `annex`)
# A page the anchor lock published, gone with no move declared: renamed or deleted, never a typo.
MOVE_HINT = (
    "if the page was renamed, declare its move in mkdocs.yml's redirect_maps"
    " (docs/about/stable-links.md#page-moves), then write its new path"
)


def page_hint(
    page: str,
    pages: Iterable[str],
    example: str,
    moves: Mapping[str, str] | None = None,
    *,
    example_page: str | None = None,
    published: Container[str] = (),
) -> str:
    r"""How to name a page the site lacks: where its declared move took it, the site's page closest to it, else how.

    `example` is the caller's line on how to write a page, offered when no page is close, and
    `example_page` the page it shows (None: none): that page missing, its example would offer it back,
    so the line says how to declare its move instead. The caller names it; its words are not read.

    `moves` are mkdocs.yml's `redirect_maps` between files, followed to their ends (`file_moves`): a
    page moved into a folder under a new name is spelt unlike its old path, and spelling named another
    (`s/chances.md`, moved to `s/sections/opportunities.md`, was taken for `s/challenges.md`). A page
    moved onto its folder's `index.md` was deleted (retired, as stable-links.md shows): its words are gone.
    Case and Windows' backslashes do not count: `Source\Page.md` is close to `source/page.md`.

    `published`: the files of docs/ the anchor lock published (`locked_docs_pages`; none for a caller that cannot read
    it). One of them gone with no move was renamed or deleted, not mistyped: whatever the caller's example
    (a note's, the glossary's, a link's), the line asks for its move, naming the page closest to it that was
    never published, likely its new name: a published one is another page, with ids of its own.
    """
    if moves and page in moves:
        new = moves[page]
        if new == landing_file(page):  # retired onto its source's landing page
            return f"mkdocs.yml's redirect_maps retired the page onto {new}: point at the words elsewhere, or delete it"
        return f"mkdocs.yml's redirect_maps moved the page to {new}: write that path"
    pages = list(pages)
    if renamed := next((path for path in pages if path != page and name_to_write(path) == page), None):
        return rename_hint(renamed)  # the name its own line asks for: right once the file is renamed
    if page in published:
        new = [path for path in pages if path not in published]  # a published page close to it is another
        return moved_hint(closest_page(page, new))
    close = pages_named(page, pages) or [found for found in [closest_page(page, pages)] if found]
    if close:  # a misnamed page by the name its own line asks for: that line renames it
        return f"did you mean {either([named_value(name_to_write(found)) for found in close])}?"  # quoted, as values
    if page == example_page:  # the example page itself, renamed: no fix
        return MOVE_HINT
    return example


def moved_hint(new: str | None = None) -> str:
    """The fix for a published page gone with no move declared, naming its likely new path as the caller writes it."""
    return f"{MOVE_HINT}: did you mean {named_value(new)}?" if new else MOVE_HINT


def either(choices: list[str]) -> str:
    """Choices offered as one: `a`, `a or b`, `a, b or c`."""
    return in_series(choices, "or")


def pages_named(page: str, pages: Iterable[str]) -> list[str]:
    """Every page whose file has the name written alone (`challenges.md`, or `chalenges.md`, its folder left out).

    Asked before spelling, which takes `annex.md` for the home page's `index.md` and finds no page whose
    path is much longer than the name. A name two folders' pages have (`annex.md`) names both, sorted:
    one of them, or the name alone, would be a fix that is none.
    """
    if "/" in page:
        return []
    named: dict[str, list[str]] = {}
    for path in pages:
        named.setdefault(posixpath.basename(path).casefold(), []).append(path)
    close = difflib.get_close_matches(page.casefold(), list(named), n=1, cutoff=CLOSE_PAGE)
    return sorted(named[close[0]]) if close else []


def closest_page(page: str, pages: Iterable[str]) -> str | None:
    """The site's page a mistyped path (`s/introductio.md`) most likely meant, case and backslashes aside; else None.

    Closer than difflib's default (0.6), which took `search.md` for `glossary.md` (0.6); a letter or two
    mistyped scores 0.9 or more, a page under a stray folder (`gone/s/a.md` for `s/a.md`) 0.71.
    """
    written = {path.casefold(): path for path in pages}
    wanted = page.replace("\\", "/").casefold()
    alike = [path for path in written if alike_names(address_name(wanted), address_name(path))]
    close = difflib.get_close_matches(wanted, alike, n=1, cutoff=CLOSE_PAGE)
    return written[close[0]] if close else None


def address_name(path: str) -> str:
    """The last word of a page's address: `s/a.md` → `a`, a folder's page `s/index.md` → `s`, the home page `index`."""
    parts = path.removesuffix(".md").split("/")
    return parts[-2] if len(parts) > 1 and parts[-1].casefold() in ("index", "readme") else parts[-1]


def alike_names(written: str, name: str) -> bool:
    """Whether a page's own name is close to the one written, not only its path.

    Paths alone were alike by the folder they share, which took a deleted `s/agents-and-subjects.md`, or
    any `s/foo.md`, for `s/annex.md`.
    """
    return difflib.SequenceMatcher(None, written, name).ratio() >= CLOSE_NAME
