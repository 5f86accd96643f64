"""The lock only grows: a conflicted lock is merged from both sides, and no id a commit recorded leaves it.

The build refuses to lose an id the lock holds, but only the lock's versions can tell that the lock
itself lost one: a merge that kept one side (an id the other side retired with a redirect is built
by no page, so `make anchors` cannot record it again), or a hand edit. Git reads the versions
(`hooks/core/git_history.py`); these functions take their texts and the lock's mappings.

The build compares nothing with the lock's history: a build must not depend on git (a copy of
the files or an archive has none, a shallow clone part of it), and must give the same result from
the same files. `make check` and the tests compare it, in a checkout.
"""

from __future__ import annotations

from collections.abc import Collection, Container, Iterable, Mapping
from dataclasses import replace

from hooks.core.anchor_check import gone_id_place, offerable_ids
from hooks.core.anchor_lock import GONE, LOCK_CONFLICT, LOCK_FILE, Anchors, parse_lock, record
from hooks.core.anchor_redirects import REDIRECTS_FILE
from hooks.core.annotation_index import index_group_places
from hooks.core.page_moves import resolve_page
from hooks.core.paragraph_words import WORDS_FILE
from hooks.core.paragraphs import RE_PARAGRAPH_ID
from hooks.core.problems import Problem
from hooks.core.yaml_lines import in_backticks, keys_path, line_to_write

BY_HAND = "keep every id of both sides, delete the lines '<<<<<<<', '=======' and '>>>>>>>', then run 'make anchors'"
UNMERGED = f"while the merge is on, 'git checkout -m anchors.lock.json' brings both sides back; otherwise {BY_HAND}"


def holds_conflict(problems: Iterable[Problem]) -> bool:
    """Whether the lock was left unread for a merge conflict, which `make anchors` merges from git's two sides."""
    return any(problem.hint == LOCK_CONFLICT for problem in problems)


def merge_sides(sides: tuple[str, str] | None) -> tuple[Anchors, list[Problem]]:
    """Every id of both sides of a conflicted lock (ours, theirs): what `make anchors` starts from.

    Without the two sides (the merge is over, or the markers were committed), or with a side that
    does not parse, nothing is merged: the line says how to bring them back, or to merge by hand.
    """
    if sides is None:
        message = "holds a git merge conflict, and git keeps no two sides of it to merge"
        return {}, [Problem(LOCK_FILE, "", message, UNMERGED)]
    ours, problems = parse_lock(sides[0], f":2:{LOCK_FILE}")
    theirs, more = parse_lock(sides[1], f":3:{LOCK_FILE}")
    if problems or more:
        return {}, [replace(problem, hint=BY_HAND) for problem in problems + more]
    return record(ours, theirs), []


def parse_versions(versions: Iterable[tuple[str, str]]) -> tuple[list[tuple[str, Anchors]], list[str]]:
    """Each committed lock text that parses, by commit; a note for each that does not (committed with its markers)."""
    parsed, notes = [], []
    for commit, text in versions:
        lock, problems = parse_lock(text)
        if problems:
            notes.append(f"{LOCK_FILE}: the version of commit {commit[:10]} is skipped: {problems[0].message}")
        else:
            parsed.append((commit, lock))
    return parsed, notes


def lost_ids(
    lock: Mapping[str, list[str]],
    versions: Iterable[tuple[str, Mapping[str, list[str]]]],
    moves: Mapping[str, str],
    pages: Collection[str],
    redirects: Mapping[str, str] | None = None,
    present: Mapping[str, Collection[str]] | None = None,
) -> list[Problem]:
    """Every id a committed lock holds that the lock no longer does, naming the newest commit that held it.

    An id under a page that moved (`moves`, from `redirect_maps`) is kept where the lock holds it under
    the page's new address: the page is resolved as the build resolves it (`pages`: the lock keys of
    the pages there are). A redirect in anchors.redirects.yml does not excuse it: the lock is what
    makes the build ask for that redirect. `versions` come newest first, as `git log` lists them.
    Its line offers the place the anchor check would (`gone_id_place`), each page's ids read from the lock:
    without a build, what the lock holds is what was published, less what `redirects` (anchors.redirects.yml)
    moved away and, on a page `make check` renders (`present`: the ids it found there), what is gone from it.
    """
    kept: dict[str, set[str]] = {}
    lost: dict[tuple[str, str], str] = {}
    for commit, old in versions:
        for page, ids in old.items():
            if page not in kept:
                kept[page] = set(lock.get(page, ())) | set(lock.get(resolve_page(page, pages, moves), ()))
            for anchor_id in ids:
                if anchor_id not in kept[page]:
                    lost.setdefault((page, anchor_id), commit)
    if not lost:
        return []
    published = offerable_ids({page: lock.get(page, ()) for page in pages}, redirects or {}, present)
    group_places = index_group_places({*lock, *kept}, published, moves)
    problems = []
    for (page, anchor_id), commit in lost.items():
        anchor = f"{page}#{anchor_id}"
        place = gone_id_place(anchor, resolve_page(page, pages, moves), published, group_places)
        message = f"recorded in commit {commit[:10]}, missing from the lock now"
        problems.append(Problem(LOCK_FILE, anchor, message, put_back_hint(anchor, place, redirects or {})))
    return problems


def put_back_hint(anchor: str, place: str, redirects: Mapping[str, str]) -> str:
    """Put a lost id back in the lock; and, where anchors.redirects.yml does not send it on yet, a line that would.

    Already redirected, only the lock lost it (a merge that kept one side): a fresh line to `place` would be a
    second line for one id, which anchors.redirects.yml cannot hold.
    """
    back = f"put it back under {keys_path(anchor.partition('#')[0])}: the lock keeps every id it once held"
    if anchor in redirects:
        return f"{back}, and {REDIRECTS_FILE} sends it to {in_backticks(redirects[anchor])} already"
    line = line_to_write(anchor, place)
    return f"{back}; if its element is gone, declare its new place in {REDIRECTS_FILE} with the line {line}"


def committed_ids(
    versions: Iterable[tuple[str, Mapping[str, list[str]]]], moves: Mapping[str, str], pages: Container[str]
) -> set[tuple[str, str]]:
    """Every (page, id) any committed lock holds, its page where it lives now: one moved with its page is still that id.

    By page: every page numbers its paragraphs from p1, so an id alone would hold nearly every new paragraph's.
    """
    return {
        (resolve_page(page, pages, moves), anchor_id)
        for _, lock in versions
        for page, ids in lock.items()
        for anchor_id in ids
    }


def offer_uncommitted(
    problem: Problem, committed: Container[tuple[str, str]], moves: Mapping[str, str], pages: Container[str]
) -> Problem:
    """A gone id's line with the lock's own remedy first, where no commit of the lock holds the id (`committed_ids`).

    Recorded by a `make anchors` on this copy and renamed before any commit (a note's id, a heading's),
    it was never published: taken out of the lock, it asks for no redirect that would stay for ever. Not
    known for certain (another branch may have published it): the build's remedies stay beside it.
    """
    page, _, anchor_id = problem.field.partition("#")
    if problem.path != LOCK_FILE or not problem.message.startswith(GONE):
        return problem
    if (resolve_page(page, pages, moves), anchor_id) in committed:
        return problem
    words = f" and its words from {WORDS_FILE}" if RE_PARAGRAPH_ID.match(anchor_id) else ""
    first = (
        f"no commit of {LOCK_FILE} holds it: if only a `make anchors` on this copy recorded it, take it out of the"
        f" lock under {keys_path(page)}{words}; if it was published, "
    )
    return replace(problem, hint=first + problem.hint)
