"""What every page of docs/ having rendered settles, worked out once a build (not a hook itself).

The drafts `mkdocs serve` renders, by title, and every note's target lines: `/annotations/` and the
policy-area pages ask for them while they render (generated pages, rendered after every page of docs/),
the annotations' check at `on_env`. Each ran them again, `check_targets` three times a build. The first
to ask works them out and keeps them in the build's state, which `on_config` replaces (`state.reset`):
a `mkdocs serve` rebuild works them out afresh.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

from hooks.adapters import lock_state, state
from hooks.core.anchor_lock import locked_by_page
from hooks.core.annotation_outputs import anchored
from hooks.core.annotations import Annotation
from hooks.core.page_moves import file_moves
from hooks.core.paragraphs import PageInventory
from hooks.core.problems import Problem
from hooks.core.quotes import check_targets


@dataclass(frozen=True)
class AfterPages:
    """The drafts rendered (`state.rendered_drafts`), the notes' target lines and the notes that stand.

    `standing` is None when the annotations adapter is not listed: nothing was loaded, none is checked.
    """

    drafts: dict[str, str]
    target_problems: tuple[Problem, ...] = ()
    standing: tuple[Annotation, ...] | None = None


def after_pages(files: Files, config: MkDocsConfig) -> AfterPages:
    """The build's `AfterPages`, worked out when first asked: once every page of docs/ has rendered."""
    if state.STATE.after_pages is None:
        state.STATE.after_pages = settle(files, config)
    return state.STATE.after_pages


def settle(files: Files, config: MkDocsConfig) -> AfterPages:
    """Check every target once, with the lock, the page moves and the drafts left out, as the build reports them.

    Those change a line's words, never whether a note has one, so the notes that stand are the ones without
    (`tests/test_annotation_targets_once.py`). The generated pages, not rendered yet, have no numbered
    paragraph a note could stand on: a note on one is refused as after they render, in the same words.
    """
    drafts = state.rendered_drafts(files)
    notes = state.STATE.annotations
    if notes is None:
        return AfterPages(drafts)
    pages = site_inventories(files)
    root = Path(config.config_file_path).parent
    lock = lock_state.build_lock(root).lock  # the anchors adapter's: its line if broken
    published, moves = locked_by_page(lock, pages), file_moves(state.redirect_maps(config))
    gone = lock_state.gone_pages(root, files)  # a note on a page published there and gone is asked for its move
    left_out = state.site_pages(files)[1]  # what points at a draft the run leaves out is named as pointing at one
    refused = state.STATE.refused_targets  # a note refused for another field: its target's lines beside that one's
    problems = tuple(check_targets(notes, pages, state.STATE.highlighted, published, moves, left_out, refused, gone))
    return AfterPages(drafts, problems, anchored(notes, problems))


def site_inventories(files: Files) -> dict[str, PageInventory | None]:
    """Every page this run renders (`state.site_pages`), with its inventory once it has rendered."""
    return {page: state.STATE.inventories.get(page) for page in sorted(state.site_pages(files)[0])}
