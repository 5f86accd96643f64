"""The ids built that the lock does not hold yet, and the line naming them: what `make anchors` would add.

Apart from the lock's reading and writing: the build and `make check` both write this line, in one
order (`natural_order`, which the other lines naming ids follow too), with one hint.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping

from hooks.core.anchor_lock import LOCK_FILE, OTHER_LINES_FIRST
from hooks.core.problems import Problem


def unrecorded_ids(lock: Mapping[str, list[str]], built: Mapping[str, Iterable[str]]) -> dict[str, list[str]]:
    """Each page's built ids (page key → ids) that the lock does not hold yet: what `make anchors` would add."""
    unrecorded = {}
    for page, ids in built.items():
        locked = set(lock.get(page, ()))
        if new := [anchor_id for anchor_id in dict.fromkeys(ids) if anchor_id not in locked]:
            unrecorded[page] = new
    return unrecorded


RECORD_HINT = "run 'make anchors'"  # what records new ids
# `make anchors` refuses while the build fails (`recording_refused`), and `make check` sorts this line first
BLOCKED_HINT = f"{OTHER_LINES_FIRST}, then run 'make anchors': it records nothing while the build fails"


def unrecorded_hint(blocked: bool) -> str:
    """What records the new ids: `make anchors`, once no other line stands (`blocked`) to make it refuse."""
    return BLOCKED_HINT if blocked else RECORD_HINT


def format_unrecorded(
    unrecorded: Mapping[str, list[str]], blocked: bool = False, refused: Mapping[str, Collection[str]] | None = None
) -> list[Problem]:
    """Ids built but not in the lock: one line per page, so CI names what `make anchors` would add.

    The ids are sorted (`p9` before `p10`): the build meets them in the page's order, which `make
    check` cannot know without placing every highlight, and both must write the same line.
    `blocked`: other problems fail the build, so the hint says to fix them first. `refused`: each page's
    ids another line refuses (`heading_ids.refused_ids`), left out: they are to rename, not to record.
    """
    hint, refused = unrecorded_hint(blocked), refused or {}
    kept = {page: [i for i in ids if i not in refused.get(page, ())] for page, ids in unrecorded.items()}
    return [
        Problem(LOCK_FILE, page, f"{len(ids)} published id(s) not recorded: {', '.join(natural_order(ids))}", hint)
        for page, ids in sorted(kept.items())
        if ids
    ]


RE_DIGITS = re.compile(r"(\d+)")


def natural_order(ids: Iterable[str]) -> list[str]:
    """Ids in alphabetical order, numbers by value: `p2, p9, p10`.

    A number compared by its length, then its digits, not by `int()`, which refuses thousands of digits.
    """
    return sorted(ids, key=lambda name: [number_key(run) if run.isdigit() else run for run in RE_DIGITS.split(name)])


def number_key(digits: str) -> tuple[int, str]:
    """A run of digits ordered by value: its length without leading zeros, then the digits."""
    significant = digits.lstrip("0")
    return len(significant), significant
