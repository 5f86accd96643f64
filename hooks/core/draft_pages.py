"""Which pages of docs/ a run renders: `mkdocs serve` renders the pages `draft_docs` names, a build leaves them out.

A writer previewing a draft under `mkdocs serve` sees it as a page: what reads other pages (the glossary's
definitions) reads it too, and the published build, which leaves it out, names what it left out as a draft.
"""

from __future__ import annotations

from collections.abc import Iterable

SERVE = "serve"  # MkDocs' `on_startup` command for `mkdocs serve`; `mkdocs serve --clean` starts up as "build"


def renders_drafts(command: str) -> bool:
    """Whether the run MkDocs started with this command renders drafts: `mkdocs serve` only (not `--clean`)."""
    return command == SERVE


def rendered_pages(
    published: Iterable[str], drafts: Iterable[str], drafts_rendered: bool
) -> tuple[frozenset[str], frozenset[str]]:
    """The pages the run renders, and the drafts it leaves out (to be named as drafts, not as pages missing)."""
    published, drafts = frozenset(published), frozenset(drafts)
    return (published | drafts, frozenset()) if drafts_rendered else (published, drafts)
