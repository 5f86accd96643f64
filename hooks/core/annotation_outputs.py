"""What the build makes of the annotations once every page has rendered: which stand, their checks, the export.

Data in, data out: the annotations adapter hands in the pages' inventories and a function giving
a docs path's public URL (`hooks/adapters/annotations.py`); the W3C collection itself is
`hooks/core/w3c.py`'s. The bodies' checks are the extension's too when it is listed by dotted path
(`hooks/mdx/annotations.py`), which knows the pages but not their ids; only a refused note's body is
read from its file (`check_all_bodies`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Container, Iterable, Mapping
from functools import partial
from pathlib import Path
from typing import Any

from hooks.core.annotation_folder import refused_bodies
from hooks.core.annotations import Annotation, RefusedBody
from hooks.core.bodies import render_body
from hooks.core.body_links import check_body_links
from hooks.core.body_markup import check_body_markup
from hooks.core.body_tree import rewrite_links
from hooks.core.links import absolute_link
from hooks.core.paragraphs import PageInventory
from hooks.core.problems import Problem
from hooks.core.w3c import RenderedPage

PageUrl = Callable[[str], "str | None"]  # a docs path's public URL, None for a page the site lacks


def anchored(annotations: Iterable[Annotation], target_problems: Iterable[Problem]) -> tuple[Annotation, ...]:
    """The annotations whose page, paragraph and quote were found: exported, and listed by /annotations/ and area pages.

    A refused one (on a draft the site leaves out, its quote not found) would link to nothing there.
    """
    broken = {problem.path for problem in target_problems}
    return tuple(annotation for annotation in annotations if annotation.path not in broken)


def check_bodies(
    annotations: Iterable[Annotation],
    pages: Mapping[str, PageInventory | None] | None,
    site_url: str,
    moves: Mapping[str, str],
    drafts: Collection[str] = (),
    published_pages: Container[str] = (),
) -> list[Problem]:
    """Every body's links (to pages, paragraphs, the site's own address; a draft left out named one) and markup."""
    return [
        problem
        for a in annotations
        for problem in check_body_links(a, render_body(a.body), pages, site_url, moves, drafts, published_pages)
        + check_body_markup(a)
    ]


def check_refused_bodies(
    refused: Iterable[RefusedBody],
    pages: Mapping[str, PageInventory | None] | None,
    site_url: str,
    moves: Mapping[str, str],
    drafts: Collection[str] = (),
    published_pages: Container[str] = (),
) -> list[Problem]:
    """The links of the bodies of refused notes (`refused_bodies`), named with the notes' other lines in one run.

    Their markup is named with those lines already (`annotation_checks.check_file`).
    """
    return [
        problem
        for note in refused
        for problem in check_body_links(note, render_body(note.body), pages, site_url, moves, drafts, published_pages)
    ]


def check_all_bodies(
    root: Path,
    built: Collection[Annotation],
    lines: Collection[Problem],
    pages: Mapping[str, PageInventory | None] | None,
    site_url: str = "",
    moves: Mapping[str, str] | None = None,
    drafts: Collection[str] = (),
    published_pages: Container[str] = (),
) -> list[Problem]:
    """Every body's lines, as the build names them: the `built` annotations' and those of the notes `lines` refused.

    One function for the build's adapter and the extension listed by dotted path, so their lines cannot drift
    apart; a page whose inventory is None is known to be there, its ids are not checked. `pages` None: no
    page is known (`check_body_links`), and the rest of each body is checked still. `drafts`: the drafts
    the run leaves out, a link to one named as a draft, and `published_pages` the files the anchor lock
    published, a link to one gone asked for its move (`check_body_links`; the extension reads no lock).
    """
    moves = moves or {}
    refused = refused_bodies(root, lines, built)
    bodies = check_bodies(built, pages, site_url, moves, drafts, published_pages)
    return bodies + check_refused_bodies(refused, pages, site_url, moves, drafts, published_pages)


def rendered_pages(
    annotations: Iterable[Annotation], page_url: PageUrl, inventories: Mapping[str, PageInventory]
) -> dict[str, RenderedPage]:
    """Absolute URL and paragraph texts (from the page's inventory) of each annotated page the site built."""
    result = {}
    for path in sorted({annotation.page for annotation in annotations}):
        url, inventory = page_url(path), inventories.get(path)
        if url is not None and inventory is not None:
            result[path] = RenderedPage(url, inventory.texts())
    return result


def export_bodies(annotations: Iterable[Annotation], page_url: PageUrl) -> dict[str, str]:
    """Each body as sanitised HTML whose edition links are absolute URLs."""
    absolute = partial(absolute_link, page_url=page_url)  # `source/page.md?q#p3`: query and fragment kept
    return {
        annotation.id: rewrite_links(render_body(annotation.body), absolute, here=annotation.page)
        for annotation in annotations
    }


def dump_collection(collection: Mapping[str, Any]) -> str:
    """`/annotations.jsonld`'s text: compact, as json's C encoder writes it (`indent` runs the pure-Python one)."""
    return json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n"
