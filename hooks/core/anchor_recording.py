"""What `make anchors` records: the lock with the ids built since, the paragraphs' words, and its lines.

Data in, data out: the anchors adapter hands in what it read and what the pages built
(`hooks/adapters/anchors.py`), writes the two files this returns and logs the lines.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from hooks.core.anchor_lock import LOCK_FILE, Anchors, record
from hooks.core.lock_history import holds_conflict, merge_sides
from hooks.core.paragraph_words import (
    WORDS_FILE,
    Words,
    added_words,
    changed_words,
    merge_word_sides,
    published_words,
    record_words,
    unlocked_ids,
)
from hooks.core.problems import Problem

SHOWN = 5  # paragraphs a line names before it counts the rest


@dataclass(frozen=True)
class Recording:
    """The lock and the words file as `make anchors` writes them, and what it says about each."""

    lock: Anchors
    words: Words
    lines: tuple[str, ...]


@dataclass(frozen=True)
class AnchorFilesRead:
    """The lock and the words file as a build goes on with them, and the lines to report about them."""

    lock: Anchors
    words: Words
    lock_read: bool  # the lock could be read (or merged): ids may be recorded into it
    merged: bool  # a conflicted lock merged from git's two sides, which `make anchors` says it did
    words_read: bool
    problems: list[Problem]


@dataclass(frozen=True)
class BuildLock:
    """The lock as a build goes on with it, the lines about it, and whether `make anchors` merged it."""

    lock: Anchors
    problems: list[Problem]
    merged: bool  # a conflicted lock merged from git's two sides, which `make anchors` says it did


def lock_for_build(
    lock: tuple[Anchors, list[Problem]], sides: Callable[[str], tuple[str, str] | None], *, recording: bool
) -> BuildLock:
    """The lock as loaded, or, for `make anchors` (`recording`), merged from git's two sides when left in conflict.

    `make anchors` reads a lock left in a git merge conflict from the two sides git keeps (`sides`,
    asked only then), every id of both; a build without it refuses that lock, and never writes it.
    Every adapter that reads the lock must read this one: the annotations adapter checks tags against
    the published areas before the anchors adapter reads it (mkdocs.yml's order), and a note checked
    against the unmerged lock, which does not load, would go unchecked into the lock `make anchors` writes.
    """
    anchors, problems = lock
    merged = recording and holds_conflict(problems)
    if merged:
        anchors, problems = merge_sides(sides(LOCK_FILE))
    return BuildLock(anchors, problems, merged and not problems)


def read_for_build(
    lock: BuildLock,
    words: tuple[Words, list[Problem]],
    sides: Callable[[str], tuple[str, str] | None],
    *,
    recording: bool,
) -> AnchorFilesRead:
    """The lock as `lock_for_build` gave it, and the words file as loaded, or, for `make anchors`, merged.

    A words file that does not read is merged from git's two sides (`sides`, asked only then) as the
    lock is, its words of paragraphs no page builds being there only; and not reported then:
    `make anchors` writes a broken one anew.
    """
    recorded, unread = words
    if recording and unread:
        recorded = merge_word_sides(sides(WORDS_FILE))
    reported = lock.problems + ([] if recording else unread)
    return AnchorFilesRead(lock.lock, recorded, not lock.problems, lock.merged, not unread, reported)


def record_anchors(
    lock: Mapping[str, list[str]],
    built: Mapping[str, list[str]],
    words: Mapping[str, Mapping[str, str]],
    texts: Mapping[str, Mapping[str, str]],
    moves: Mapping[str, str],
    *,
    merged: bool,
    words_read: bool,
) -> Recording:
    """Add the built ids to the lock and record the words of its paragraphs; one line per thing done.

    Words of a page or id the lock does not hold are left out (`unlocked_words`), so the two files agree.
    """
    new_lock = record(lock, built)
    added = sum(len(ids) for ids in new_lock.values()) - sum(len(ids) for ids in lock.values())
    if merged:
        what = f"merged both sides of its git merge conflict, every id of both, and recorded {added} new id(s)"
        lines = [f"{LOCK_FILE}: {what} (git add {LOCK_FILE} marks it resolved)"]
    else:
        lines = [f"{LOCK_FILE}: recorded {added} new id(s)"]
    # Against the lock as read: words of an id it did not hold were never recorded with it; one built now is new.
    kept = published_words(words, lock)
    new_words = record_words(kept, texts, moves)
    if dropped := sorted(set(words) - set(lock)):
        lines.append(f"{WORDS_FILE}: left out the words of page(s) never published: {first_few(dropped)}")
    if unheld := [problem.field for problem in unlocked_ids(words, lock)]:
        what = f"left out the words of {len(unheld)} id(s) the lock does not hold"
        lines.append(f"{WORDS_FILE}: {what}: {first_few(unheld)}")
    if not words_read and not words:  # unreadable, and no two sides of a conflict to merge
        lines.append(f"{WORDS_FILE}: written anew from the pages (it could not be read)")
    elif new := added_words(kept, new_words):
        lines.append(f"{WORDS_FILE}: recorded the words of {len(new)} new paragraph(s): {first_few(new)}")
    if changed := changed_words(kept, new_words):
        shown = first_few(changed)
        lines.append(f"{WORDS_FILE}: recorded new words for {shown}: check in its diff that each link still fits")
    return Recording(new_lock, new_words, tuple(lines))


def first_few(items: Sequence[str]) -> str:
    """The first paragraphs of a `make anchors` line, and how many more."""
    return ", ".join(items[:SHOWN]) + (f" and {len(items) - SHOWN} more" if len(items) > SHOWN else "")
