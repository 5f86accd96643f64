"""`make check`'s checks of what the pages say: front matter, bibliographies, ids, tags, glossary definitions, links.

Each runs the core function the build runs, on the pages as `pages.py` read and rendered them, so
its lines are the build's.
"""

from __future__ import annotations

from collections.abc import Collection, Container, Mapping
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from hooks.cli.config_values import Extensions, configured_file_moves, configured_moves
from hooks.cli.lock_checks import AnchorFiles
from hooks.cli.pages import Rendered
from hooks.cli.site_files import site_files, theme_files
from hooks.core.anchor_lock import page_key
from hooks.core.anchor_redirects import published_ids
from hooks.core.annotation_refs import AnnotationRef
from hooks.core.annotations import RefusedTags
from hooks.core.bibliography_checks import (
    bibliography_schema,
    check_bibliography,
    check_unknown,
    missing_bibliography,
)
from hooks.core.config_file import DOCS, read_config
from hooks.core.generated_pages import hook_files, locked_docs_pages
from hooks.core.glossary import Glossary, load_glossary
from hooks.core.link_anchors import check_link_anchors
from hooks.core.page_files import left_out_files
from hooks.core.page_front_matter import said_with_comments
from hooks.core.page_links import check_page_links, link_levels
from hooks.core.policy_areas import PolicyArea
from hooks.core.policy_index import AreaEntry
from hooks.core.policy_site import PageTagSources, index_site, tag_problems
from hooks.core.problems import Problem
from hooks.core.raw_links import RawLinkSite, check_raw_links
from hooks.core.record_placement import describe_page, placement_problem
from hooks.core.relative_tags import placed
from hooks.core.source_contents import check_contents
from hooks.core.source_page_checks import check_source_paragraphs, source_page_folders
from hooks.mdx.passages import resolve_glossary


def check_rendered_pages(
    root: Path, readable: Mapping[str, Mapping[str, Any]], found: Rendered, anchors: AnchorFiles
) -> list[Problem]:
    """Each source page's paragraph and heading ids, and each source's Contents list, as the build checks them."""
    lock, redirects = anchors.lock, anchors.redirects  # files that do not load are `check_published`'s lines
    moves = configured_moves(root)

    def published(page: str) -> tuple[list[str], list[str]]:
        return published_ids(lock, redirects, page_key(page), moves)

    paragraphs = check_source_paragraphs(readable, found.inventories, published, lock_read=not anchors.lock_problems)
    return paragraphs + check_contents(readable, found.inventories)


def area_index(
    areas: tuple[PolicyArea, ...],
    metas: Mapping[str, Mapping[str, Any]],
    found: Rendered,
    notes: tuple[AnnotationRef, ...],
    refused: tuple[RefusedTags, ...] = (),
) -> tuple[AreaEntry, ...]:
    """What is tagged with each area: the build's own index (`index_site`), titles aside, which no check reads.

    An index of make check's own could count an area as used, or unused, where the build does not, or give an
    area's page other groups, and so other ids, than the build's. The tags of the notes refused for a field
    (`refused`, `refused_tags`) use their areas there too.
    """
    rendered = [(page, meta, None) for page, meta in metas.items()]
    return index_site(areas, rendered, found.inventories, notes, refused)[0]


def check_tags(
    areas: tuple[PolicyArea, ...],
    metas: Mapping[str, Mapping[str, Any]],
    found: Rendered,
    entries: tuple[AreaEntry, ...],
    lock: Mapping[str, list[str]],
    unreadable: set[str],
    lock_read: bool = True,
) -> list[Problem]:
    """Every page's and paragraph's tags and every area's use, by the build's own rule (`tag_problems`).

    `entries`: what uses each area, the build's own index (`area_index`).
    """
    pages = [
        PageTagSources(
            f"{DOCS}/{page}",
            meta,
            inventory.paragraphs if (inventory := found.inventories.get(page)) else (),
            found.strays.get(page, ()),
            misread=page in unreadable,
        )
        for page, meta in metas.items()
    ]
    return tag_problems(areas, pages, entries, lock, lock_read=lock_read)


def check_bibliographies(
    root: Path,
    metas: Mapping[str, Mapping[str, Any]],
    found: Rendered,
    unreadable: set[str],
    texts: Mapping[str, str],
    anchors: AnchorFiles,
) -> list[Problem]:
    """Each source's bibliography (its landing page's `bibliography:` and `unknown:`), as the build reads it.

    So is the record of any page asking for one (`found.records`: a marker line the build's extension
    would replace, none a code block shows), which the build checks where it would place it: a marker
    on another page, or on a landing page without `bibliography:`, failed the build while make check
    said OK. A record asked for or written on a page that is no landing page is the one line the
    build's says (`placement_problem`), with no schema needed, unless its `source` has its line
    (`placed_by_source`), from what is known of the page as the build gathers it (`describe_page`); a
    misread page's own line is the one to fix. A field a comment emptied (`ISBN: #13`) is said as such,
    as the build says it (`said_with_comments`), from the page's text. `anchors`: the lock and its
    redirects, which show a folder's `index.md` that was its source's landing page (`published_landing`).
    """
    schema, problems = bibliography_schema(root)
    sources = source_page_folders({f"{DOCS}/{page}": meta for page, meta in metas.items() if page not in unreadable})
    for page, meta in metas.items():
        readable = page not in unreadable
        asks = readable and page in found.records
        known = describe_page(page, meta, marker=asks, sources=sources, lock=anchors.lock, redirects=anchors.redirects)
        if readable and (misplaced := placement_problem(known)):
            problems.append(misplaced)
        elif schema is not None and known.landing and (asks or "bibliography" in meta):
            found_here = check_bibliography(known.path, meta.get("bibliography"), schema)
            found_here += check_unknown(known.path, meta.get("unknown", []))
            problems += said_with_comments(known.path, texts[page], found_here)
    return problems + [problem for problem in missing_bibliographies(metas, unreadable) if problem not in problems]


def missing_bibliographies(metas: Mapping[str, Mapping[str, Any]], unreadable: set[str]) -> list[Problem]:
    """The line for each source its pages name from its folder with no record to cite, as the build's.

    Once a source (`missing_bibliography`, the build's rule: a page naming another folder's source has its
    `source` line), on its landing page's front matter as the build hands it in: missing, the line asking
    for the page; without `bibliography:`, the line asking for the record, which make check said only where
    the marker line stood (without it, it said nothing and passed while the build failed). A misread landing
    page's own line is the one to fix, as the build's `_landing_meta` passes it as holding its record.
    """
    missing = [
        problem
        for page, meta in metas.items()
        if page not in unreadable and isinstance(source := meta.get("source"), str)
        for problem in missing_bibliography(source, landing_meta(metas, unreadable, source), asked_by=page)
    ]
    return list(dict.fromkeys(missing))


def landing_meta(metas: Mapping[str, Mapping[str, Any]], unreadable: set[str], source: str) -> Mapping[str, Any] | None:
    """A source's landing page's front matter for `missing_bibliography`: None without the page, any if misread."""
    landing = f"{source}/index.md"
    if landing not in metas:
        return None
    return {"bibliography": None} if landing in unreadable else metas[landing]


def check_glossary(
    root: Path, anchors: AnchorFiles, pages: Collection[str], drafts: Collection[str], extensions: Extensions
) -> tuple[Glossary, list[Problem]]:
    """The glossary's own checks and its anchors, read from the defining pages as the build reads them.

    `pages`: the site's, below docs/ (`published_pages`): the only pages definitions are read from, and
    those a refused anchor's hint names, as in the build. `drafts`: the pages `draft_pages` names, left out as the build
    leaves them out, so an anchor at one is named a draft.
    `extensions`: mkdocs.yml's, as `check_plugins_hooks_and_extensions` loaded them.
    """
    glossary, problems = load_glossary(root, lambda: pages)
    names, configs = extensions
    named = [name for name in names if isinstance(name, str)]
    moves = configured_file_moves(root)  # words that do not load are `check_paragraph_words`' line
    published = locked_docs_pages(anchors.lock, site_files(root)[0])  # an anchor to one gone: its move asked for
    options = partial(placed, configs, str(root), str(root / DOCS))  # a page's: `!relative` alone, its folder
    _, more = resolve_glossary(
        glossary, root / DOCS, pages, named, options, moves, lambda: anchors.words, drafts, published
    )
    return glossary, problems + more


def check_links(
    root: Path,
    found: Rendered,
    areas: tuple[PolicyArea, ...],
    present: Mapping[str, Collection[str] | None],
    redirects: Mapping[str, str],
    published: Container[str] = (),
) -> list[Problem]:
    """Each page's links to a file the site lacks, or to an `#id` its page lacks, as MkDocs warns of them.

    The site's files are docs/'s as MkDocs reads it (excluded ones too: it only notes a link to one), the
    hooks' (`hook_files`) and the theme's (`theme_files`, read only once a link leads to none of those); a page
    move leaves the old file out, so a link to it fails (its hint names the new), and a page the lock `published`
    (`locked_docs_pages`) gone with no move is asked for its move.
    `present`: each page's ids, by its file (None: the build's to know, `check_link_anchors`); `redirects`:
    anchors.redirects.yml's, which MkDocs does not follow, offered for an old id.
    A link to a file the built site leaves out (a draft, one `exclude_docs` names, a hidden file), which MkDocs only
    notes, is the build's own line. And the links of the pages' raw HTML, which MkDocs does not check: the build's
    own lines (`check_raw_links`).
    """
    docs, config = site_files(root)[0], read_config(root)
    files = docs | set(hook_files(areas))
    levels, moves = link_levels(config.get("validation")), configured_file_moves(root)
    site = RawLinkSite(files, moves, levels, present, redirects, published, left_out_files(docs, config))
    problems = _file_problems(found, site)
    if problems:  # one may name a file MkDocs copies from the theme: those are read only then
        problems = _file_problems(found, replace(site, files=files | theme_files(root, config)))
    for page, urls in found.links.items():
        problems += check_link_anchors(page, urls, present, redirects, levels)
    return problems


def _file_problems(found: Rendered, site: RawLinkSite) -> list[Problem]:
    """Each page's links to a file not among the site's, as `check_page_links` names them; and its raw HTML's lines."""
    problems = [
        problem
        for page, urls in found.links.items()
        for problem in check_page_links(page, urls, site.files, site.moves, site.levels, site.published, site.left_out)
    ]
    raw = found.raw_links.items()
    return problems + [problem for page, links in raw for problem in check_raw_links(page, links, site)]
