"""Page moves: mkdocs-redirects' `redirect_maps` (`old.md: new.md`), which keep a renamed page's address and ids.

The moves are lock keys (`/old/` → `/new/`): the build's adapter translates them from MkDocs'
files, checks without MkDocs with `lock_moves`. Here too: where a page lives now, each chain of
moves followed to its end, and the moves that would hide a page or pour one page's ids into
another's.
"""

from __future__ import annotations

import posixpath
from collections.abc import Container, Mapping
from urllib.parse import unquote

from hooks.core.anchor_lock import page_key
from hooks.core.problems import Problem
from hooks.core.project_folders import CONFIG
from hooks.core.unrecorded import natural_order
from hooks.core.yaml_lines import keys_path, line_to_write

# Where mkdocs.yml declares page moves (mkdocs-redirects' option), for the lines that ask for one.
REDIRECT_MAPS = f"in mkdocs.yml under {keys_path('redirects', 'redirect_maps')}"


def move_targets(redirect_maps: Mapping[str, str]) -> dict[str, str]:
    """`redirect_maps` as moves between pages' files: a target's fragment dropped (`new.md#part` is `new.md`).

    mkdocs-redirects sends a visitor of the old page to the part, but the page moved whole: its ids
    are looked for on the target page, whose file is the part before `#`.
    """
    return {str(old): str(new).partition("#")[0] for old, new in redirect_maps.items()}


def lock_moves(redirect_maps: Mapping[str, str]) -> dict[str, str]:
    """`redirect_maps` (`old.md: new.md`) as moves between lock keys, for checks without MkDocs."""
    return {page_key(old): page_key(new) for old, new in move_targets(redirect_maps).items()}


def file_moves(redirect_maps: Mapping[str, str]) -> dict[str, str]:
    """`redirect_maps` between files in docs/ (`old.md: new.md`), each chain followed to its end: where a page is now.

    For the lines on a target still written with a moved page's file; the chain's own line is `follow_moves`'.
    """
    followed, _ = follow_moves(move_targets(redirect_maps))
    return followed


def resolve_page(page: str, built: Container[str], moves: Mapping[str, str]) -> str:
    """Where a page lives now: itself, or where mkdocs-redirects sends it (`built`: the pages there are)."""
    seen = {page}
    while page not in built and page in moves and moves[page] not in seen:
        page = moves[page]
        seen.add(page)
    return page


def page_source(url: str) -> str:
    """The file in docs/ that `redirect_maps` names for a page URL: `/a/b/` → `a/b.md`, `/` → `index.md`."""
    stem = unquote(url.strip("/").removesuffix(".html"))  # `/a%20b/` is `a b.md`, as `page_key` quotes it
    return f"{stem or 'index'}.md"


def landing_file(file: str) -> str:
    """Where a page deleted for good moves (stable-links.md#page-retired): its folder's `index.md`, its landing page."""
    return posixpath.join(posixpath.dirname(file), "index.md")


def landing_page(url: str) -> str:
    """The lock key of a page's landing page (`landing_file`): `/source/page/` → `/source/`, a top page's `/`."""
    return page_key(landing_file(page_source(url)))


def follow_moves(maps: Mapping[str, str]) -> tuple[dict[str, str], list[Problem]]:
    """`redirect_maps` with each chain followed to its end, and one line per move that points at a moved page.

    mkdocs-redirects does not follow `a.md: b.md, b.md: c.md`: its stub for `a` would lead to the
    stub for `b`, and it names only `b.md` as a target that does not exist. Followed here, the ids
    of `a` are checked on `c`, and the line says which target to write instead.
    """
    followed, problems = {}, []
    for old, new in maps.items():
        seen, end = [old], new
        while end in maps and end not in seen:
            seen.append(end)
            end = maps[end]
        if end in seen:  # a circle: no page at its end
            message = f"moves in a circle ({' → '.join([*seen, end])})"
            problems.append(Problem(CONFIG, f"redirect_maps: {old}", message, "remove a move"))
            followed[old] = new
            continue
        followed[old] = end
        if end != new:
            hint = f"write the line {line_to_write(old, end)}: mkdocs-redirects does not follow one move to the next"
            problems.append(Problem(CONFIG, f"redirect_maps: {old}", f"points at {new}, which moved on", hint))
    return followed, problems


def check_page_moves(
    built: Mapping[str, list[str]],
    moves: Mapping[str, str],
    sources: Mapping[str, str],
    words: Mapping[str, Mapping[str, str]],
) -> list[Problem]:
    """A page move must neither hide a page nor pour one page's ids into another's.

    A move from a page that is still built would put mkdocs-redirects' stub in the page's place.
    A move onto a page published with paragraphs of its own (a merge) would satisfy the moved page's
    `p1` with the other page's `p1`: told apart by their recorded words, which differ. A renamed
    page, once recorded under its new address, has the words of the old one.
    """
    problems = []
    for old, new in moves.items():
        field = f"redirect_maps: {sources.get(old, page_source(old))}"
        target = sources.get(new, page_source(new))
        if old in built:
            hint = f"remove the move from mkdocs.yml, or the page {sources.get(old, page_source(old))}"
            message = "the page is still built: the move's stub would replace it"
            problems.append(Problem(CONFIG, field, message, hint))
            continue
        mine, theirs = words.get(old, {}), words.get(new, {})
        shared = natural_order(pid for pid in mine if pid in theirs and mine[pid] != theirs[pid])
        if shared:
            ids = ", ".join(shared[:5]) + (", …" if len(shared) > 5 else "")
            message = (
                f"moves the page onto {target}, published with its own {ids}:"
                f" links to {old}#{shared[0]} would land on that page's {shared[0]}"
            )
            hint = f"keep {sources.get(old, page_source(old))} as its own page, or move it to a new file"
            problems.append(Problem(CONFIG, field, message, hint))
    return problems
