"""The anchor lock as this build reads it and goes on with it, kept in the build's state (not a hook itself).

Every hook that needs the lock asks here, so that all read the one lock a build (`state.STATE`, which each build,
a `mkdocs serve` rebuild too, starts empty).
"""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from hooks.adapters import state
from hooks.core.anchor_lock import LOCK_FILE, RECORD_ENV, load_lock
from hooks.core.anchor_recording import BuildLock, lock_for_build
from hooks.core.generated_pages import locked_docs_pages
from hooks.core.git_history import conflict_sides
from hooks.core.problems import Problem

if TYPE_CHECKING:
    from mkdocs.structure.files import Files


def read_lock(root: Path) -> tuple[dict[str, list[str]], list[Problem]]:
    """The anchor lock as `load_lock` reads it, read once a build (its callers do not change it).

    The annotations, anchors and source-page hooks each ask for it; at 1,000 pages it is a large file to parse.
    """
    if state.STATE.lock_file is None:
        state.STATE.lock_file = load_lock(root / LOCK_FILE)
    return state.STATE.lock_file


def build_lock(root: Path) -> BuildLock:
    """The lock as this build goes on with it: for `make anchors`, one left in conflict merged from git's two sides.

    The annotations adapter reads it before the anchors adapter (mkdocs.yml's order); both ask here, so
    that a note's tags are checked against the areas of the lock `make anchors` will write.
    """
    if state.STATE.build_lock is None:
        state.STATE.build_lock = lock_for_build(read_lock(root), partial(conflict_sides, root), recording=recording())
    return state.STATE.build_lock


def gone_pages(root: Path, files: Files) -> frozenset[str]:
    """The files of the pages the lock published that docs/ holds no more (`locked_docs_pages`): renamed or deleted.

    A line at one asks for its move. One `exclude_docs` or `draft_docs` leaves out is still among `files`:
    its line says the site leaves it out, as make check's does (`site_files`).
    """
    return locked_docs_pages(build_lock(root).lock, [file.src_uri for file in files])


def recording() -> bool:
    """Whether this build is `make anchors`, which may write the lock (`EDITION_ANCHORS=record`)."""
    return os.environ.get(RECORD_ENV) == "record"
