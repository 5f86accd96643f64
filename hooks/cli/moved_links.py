"""A paragraph link whose id moved, followed as the reader's browser follows it: for `make annotate`.

The site's form follows such a link through `/anchors.json`'s `moved_to`, which the build works out
with `sent_through` (`anchor_export.leads_to`); here the same function follows it over the repository:
`anchors.redirects.yml`, mkdocs.yml's page moves, and the pages on the way, each rendered as the build
renders it the first time one of its ids is asked for. The redirects the generated pages imply
(`with_implied`: groups on /annotations/) are left out: they move no paragraph.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from hooks.cli.config_values import configured_extensions, configured_file_moves
from hooks.cli.pages import read_pages, render_pages
from hooks.core.anchor_export import sent_through
from hooks.core.anchor_lock import page_key
from hooks.core.anchor_redirects import REDIRECTS_FILE, load_redirects, split_anchor
from hooks.core.page_moves import page_source
from hooks.core.paragraphs import RE_PARAGRAPH_ID, PageInventory, id_range
from hooks.core.problems import Problem

FIX_MOVES = f"run make check: it names the line of {REDIRECTS_FILE} or of mkdocs.yml's redirect_maps to fix"


@dataclass(frozen=True)
class Moves:
    """What sends an old address on, as the build reads it: the pages there are, page moves, redirects (lock keys)."""

    files: dict[str, str]  # each published page's lock key: its file in docs/
    moves: dict[str, str]
    redirects: dict[str, str]

    def gone_pages(self) -> set[str]:
        """The files of pages no longer built that a move or a redirect sends on: an old link may name one."""
        olds = [*self.moves, *(anchor[0] for old in self.redirects if (anchor := split_anchor(old)))]
        return {page_source(key) for key in olds if key not in self.files}


@dataclass(frozen=True)
class Moved:
    """Where a moved paragraph is now: its page's file in docs/ and its id, and its address (`/page/#p3`)."""

    page: str
    paragraph: str
    place: str


def read_moves(root: Path, pages: set[str]) -> Moves:
    """The moves the repository declares; `pages`: the published pages (`published_pages`).

    The page moves onto a page there is, as the build keeps them; a redirects file that does not load
    declares none here (it is make check's line).
    """
    moves = {page_key(old): page_key(new) for old, new in configured_file_moves(root).items() if new in pages}
    redirects, _ = load_redirects(root / REDIRECTS_FILE)
    return Moves({page_key(page): page for page in pages}, moves, redirects)


class RenderedIds:
    """The `(page, id)`s the pages have, a page rendered when one of its ids is first asked for (`sent_through`).

    A chain of moves passes through a page or two of the site: the rest are never rendered.
    """

    def __init__(self, root: Path, files: Mapping[str, str]) -> None:
        """`files`: each published page's file in docs/, by its lock key (`Moves.files`)."""
        self.root, self.files = root, files
        self.inventories: dict[str, PageInventory | None] = {}

    def __contains__(self, anchor: object) -> bool:
        """Whether the page has the id (`anchor`: its lock key and the id)."""
        page, anchor_id = anchor if isinstance(anchor, tuple) else ("", "")
        inventory = self.inventory(page)
        return inventory is not None and anchor_id in inventory.ids

    def inventory(self, page: str) -> PageInventory | None:
        """The page's inventory (`page`: its lock key), as the build renders it; None for no page of docs/."""
        if page not in self.inventories:
            file = self.files.get(page)
            texts = read_pages(self.root, {file})[0] if file else {}
            rendered = (
                render_pages(configured_extensions(self.root), (), {file}, texts, root=self.root)
                if file in texts
                else None
            )
            self.inventories[page] = rendered.inventories.get(file) if rendered and file else None
        return self.inventories[page]


def follow_link(
    url: str, page: str, paragraph: str, moves: Moves, current: RenderedIds
) -> tuple[Moved | None, list[Problem]]:
    """Where the paragraph of a link that moved is now; None for a link that did not move (the page's own id).

    A link that moved onto no paragraph, into a circle or onto an id no page has is one line on `URL`;
    one only page moves carried to a page without its id names that page, as the site's form does.
    """
    places = sent_through((page_key(page), paragraph), current, moves.files, moves.redirects, moves.moves)
    if len(places) == 1:
        return None, []
    (new_page, new_id), addresses = places[-1], [f"{key}#{anchor_id}" for key, anchor_id in places]
    if places[-1] in places[:-1]:
        return None, [Problem("URL", "", f"'{url}' moves in a circle ({' → '.join(addresses)})", FIX_MOVES)]
    redirected = any(f"{key}#{anchor_id}" in moves.redirects for key, anchor_id in places[:-1])
    if not redirected and (inventory := current.inventory(new_page)) and inventory.paragraph(new_id) is None:
        return None, [page_moved_problem(url, new_page, new_id, inventory)]
    if RE_PARAGRAPH_ID.match(new_id) and places[-1] not in current:
        return None, [Problem("URL", "", f"'{url}' moved to {addresses[-1]}, which no page has", FIX_MOVES)]
    if (inventory := current.inventory(new_page)) is None or inventory.paragraph(new_id) is None:
        message = f"'{url}' moved to {addresses[-1]}, which is not a paragraph"
        return None, [Problem("URL", "", message, "copy the link of a paragraph's ¶ number there")]
    return Moved(moves.files[new_page], new_id, addresses[-1]), []


def page_moved_problem(url: str, page: str, paragraph: str, inventory: PageInventory) -> Problem:
    """The line for a link whose page moved whole to one without its paragraph, in the form's words.

    The contributor's id, which only page moves carried, is the mistake (a number mistyped, a
    paragraph the page never had), not a line of the moves: make check has nothing to fix.
    """
    message = f"'{url}': that page moved to {page}, which has no paragraph '{paragraph}'"
    return Problem("URL", "", message, f"it has {inventory.id_range()}: copy the link of a paragraph's ¶ number there")


def gone_page_ends(
    page: str, moves: Moves, current: RenderedIds, published: Iterable[str]
) -> list[tuple[str, tuple[str, str]]]:
    """Each paragraph id of a page no longer built that /anchors.json lists as moved, and the place it lands.

    `published`: the page's ids in the lock. As `moved_entries` lists them, so that make annotate reads
    what the form reads: the ids the page published or that were redirected one by one, followed through
    redirects and page moves; one that lands on no id a page has is none of them.
    """
    key = page_key(page)
    redirected = [anchor[1] for old in moves.redirects if (anchor := split_anchor(old)) and anchor[0] == key]
    olds = [old for old in dict.fromkeys([*published, *redirected]) if RE_PARAGRAPH_ID.match(old)]
    ends = [(old, sent_through((key, old), current, moves.files, moves.redirects, moves.moves)[-1]) for old in olds]
    return [(old, end) for old, end in ends if end in current]


def gone_page_line(url: str, paragraph: str, ends: list[tuple[str, tuple[str, str]]], current: RenderedIds) -> Problem:
    """The line for an id a gone page never sent on (`ends`: `gone_page_ends`), read as the form reads it.

    /anchors.json cannot tell a page move from ids redirected one by one keeping their numbers: where its
    paragraphs that kept their numbers are all on one page, the form (annotate-checks.js: pageMovedTo) names that
    page as the one it moved to, and so does this, or the two would give one link two lines.
    """
    carried = {new_page for old, (new_page, new_id) in ends if new_id == old}
    if len(carried) == 1 and (inventory := current.inventory(new_page := carried.pop())) is not None:
        return page_moved_problem(url, new_page, paragraph, inventory)
    landed = [(old, end[0] if RE_PARAGRAPH_ID.match(end[1]) else None) for old, end in ends]
    return gone_page_problem(url, paragraph, landed)


def gone_page_problem(url: str, paragraph: str, ends: list[tuple[str, str | None]]) -> Problem:
    """The line for a link to an id a gone page never sent on, in the form's words (annotate-checks.js: goneProblem).

    `ends`: each moved id and the page of the paragraph it is now, None off a paragraph. Its page is no more,
    which the contributor may not know: the one page all its paragraphs went to is where to copy the link
    from; spread over pages, or onto no paragraph, none is named.
    """
    olds = id_range(int(old[1:]) for old, _ in ends)
    message = f"'{url}': that page is gone, and '{paragraph}' is none of its paragraphs that moved ({olds})"
    if len(pages := {page for _, page in ends}) == 1 and (page := pages.pop()) is not None:
        return Problem("URL", "", f"{message}: they went to {page}", "copy the link of a paragraph's ¶ number there")
    return Problem("URL", "", message, "open the page a paragraph is on now and copy the link of its ¶ number")


def moved_line(moved: Moved) -> str:
    """The line saying where the paragraph is now, as the form's status line says it."""
    return f"That paragraph moved to {moved.place}."
