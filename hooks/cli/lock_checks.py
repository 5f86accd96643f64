"""`make check`'s checks of the anchor lock that need no build: recorded words, unrecorded ids, redirects, history.

Whether a published id is gone needs the whole site, and is left to the build, as are the ids
redirects lead to on the pages the hooks generate and no rendering here gives (a policy area's).
Whether the lock lost an id a commit recorded needs git, and is checked here only, never in the build.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from hooks.cli.site_config import configured_moves, published_pages
from hooks.core.anchor_check import check_redirects, check_unpublished_origins
from hooks.core.anchor_lock import LOCK_FILE, format_unrecorded, load_lock, page_key, unrecorded_ids
from hooks.core.anchor_redirects import REDIRECTS_FILE, load_redirects
from hooks.core.lock_history import lost_ids, parse_versions
from hooks.core.paragraph_words import WORDS_FILE, check_words, format_unrecorded_words, load_words
from hooks.core.paragraphs import PageInventory
from hooks.core.policy_pages import OVERVIEW_PATH
from hooks.core.problems import Problem
from hooks.git_history import committed_versions

AREA_PAGES = page_key(OVERVIEW_PATH)  # the hooks generate the area pages: the build knows which there are


def check_paragraph_words(
    root: Path, inventories: Mapping[str, PageInventory], lock: Mapping[str, list[str]]
) -> list[Problem]:
    """Each recorded paragraph's opening and closing words must still be its own, as the build checks them."""
    words, problems = load_words(root / WORDS_FILE)
    if problems:
        return problems
    texts = {
        page_key(page): {p.id: p.reading_text for p in inventory.paragraphs}
        for page, inventory in inventories.items()
        if inventory.paragraphs
    }
    sources = {page_key(page): page for page in inventories}
    changed, unrecorded = check_words(words, texts, configured_moves(root), sources, lock)
    return changed + format_unrecorded_words(unrecorded)


def check_recorded(
    root: Path, published: Mapping[str, Iterable[str]], generated: Iterable[str] = ()
) -> list[Problem]:
    """Every id the build would publish must be in the lock before CI's strict build passes: say so now, in its words.

    `published`: each page's ids by its file in docs/: the pages' own (headings, paragraphs,
    annotations, notes: the rendering here gives the build's), the glossary's and `/annotations/`'s;
    the area pages are left to the build. The lock and the redirects file are read as the build
    reads them, so a broken one is its line here too, and so is a redirect that cannot hold: into a
    page the site lacks (`generated`: the files of the pages the hooks make, rendered here or not),
    to an id not there, from one still there, or from a page never published; the ids of a page not
    rendered here are the build's.
    """
    lock, problems = load_lock(root / LOCK_FILE)
    redirects, redirect_problems = load_redirects(root / REDIRECTS_FILE)
    if problems:
        return problems + redirect_problems
    built = {page_key(page): list(ids) for page, ids in published.items()}
    moves = configured_moves(root)
    built_sets, pages = {page: set(ids) for page, ids in built.items()}, {*built, *map(page_key, generated)}
    redirect_problems += check_redirects(redirects, built_sets, moves, built, pages)
    known = {old: new for old, new in redirects.items() if not old.startswith(AREA_PAGES)}
    redirect_problems += check_unpublished_origins(known, built, moves, lock)
    return redirect_problems + format_unrecorded(unrecorded_ids(lock, built))


def check_lock_history(root: Path) -> tuple[list[Problem], list[str]]:
    """Every id a committed version of the lock holds must still be in it (the lock only grows); and notes.

    The notes say what was not compared: no git checkout, a shallow clone, a version that does not
    parse (committed with its conflict markers). A lock that does not load is `check_recorded`'s line.
    """
    lock, problems = load_lock(root / LOCK_FILE)
    texts, notes = committed_versions(root, LOCK_FILE)
    if problems or not texts:
        return [], notes
    versions, skipped = parse_versions(texts)
    pages = {page_key(page) for page in published_pages(root)}
    return lost_ids(lock, versions, configured_moves(root), pages), notes + skipped
