"""Which pages of docs/ a run renders: `mkdocs serve` renders the pages `draft_docs` names, a build leaves them out.

A writer previewing a draft under `mkdocs serve` sees it as a page: what reads other pages (the glossary's
definitions, an annotation's target and its body's links) reads it too, and the published build and make check,
which leave it out, name what points at it as pointing at a draft, in the words below, not as at no page.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from xml.etree import ElementTree as etree

SERVE = "serve"  # MkDocs' `on_startup` command for `mkdocs serve`; `mkdocs serve --clean` starts up as "build"
LEFT_OUT = "which 'mkdocs serve' shows and the built site leaves out"
MARKER_CLASS, MARKER_TEXT = "mkdocs-draft-marker", "DRAFT"  # what MkDocs puts atop a draft `mkdocs serve` shows


def renders_drafts(command: str) -> bool:
    """Whether the run MkDocs started with this command renders drafts: `mkdocs serve` only (not `--clean`)."""
    return command == SERVE


def rendered_pages(
    published: Iterable[str], drafts: Iterable[str], drafts_rendered: bool
) -> tuple[frozenset[str], frozenset[str]]:
    """The pages the run renders, and the drafts it leaves out (to be named as drafts, not as pages missing)."""
    published, drafts = frozenset(published), frozenset(drafts)
    return (published | drafts, frozenset()) if drafts_rendered else (published, drafts)


def without_draft_ids(built: Mapping[str, list[str]], draft_ids: Mapping[str, Collection[str]]) -> dict[str, list[str]]:
    """Each page's ids less those only the drafts `mkdocs serve` renders give it (`draft_ids`, by page).

    The anchor lock is judged on what a build publishes: asked to record a draft's group on /annotations/,
    the writer would run `make anchors`, a build, which leaves drafts out and never could.
    """
    return {page: [i for i in ids if i not in draft_ids.get(page, ())] for page, ids in built.items()}


def draft_message(page: str) -> str:
    """What a line says of a draft pointed at: one the writer saw under `mkdocs serve`, which "no page" would deny."""
    return f"'{page}' is a draft, {LEFT_OUT}"


def draft_link_message(href: str) -> str:
    """What a line says of a link to a draft (an annotation's body's), in the same words."""
    return f"the link '{href}' leads to a draft, {LEFT_OUT}"


def draft_hint(action: str) -> str:
    """The fix, for what the line is about (`point at`, `annotate`, `link to`): another page, or the draft published."""
    return f"{action} a page the site publishes, or publish the page: take it out of mkdocs.yml's draft_docs"


def draft_marker() -> etree.Element:
    """The draft's own mark (MkDocs' `DRAFT`) on a note listed from it, which only `mkdocs serve` lists."""
    marker = etree.Element("span", {"class": MARKER_CLASS, "title": f"On a draft, {LEFT_OUT}"})
    marker.text, marker.tail = MARKER_TEXT, " "
    return marker
