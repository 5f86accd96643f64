"""Annotations: load and validate them, place them on their pages, list them, export them (W3C).

`on_config` loads every file (schema, ids, dates, names, tags) and hands the valid ones to the
`edition-annotations` extension; `on_env`, when every page has rendered, checks pages,
paragraphs and quotes against the pages' paragraph inventories and fills `/annotations.jsonld`;
`/annotations/` is generated Markdown.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from pathlib import Path
from xml.etree import ElementTree as etree

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_build_datetime

from hooks.adapters import state
from hooks.core.anchor_lock import LOCK_FILE, load_lock, locked_by_page
from hooks.core.annotation_checks import latest_today
from hooks.core.annotation_folder import load_annotations
from hooks.core.annotation_index import (
    INDEX_HEADING_ID,
    INDEX_PAGE,
    PageTitle,
    group_of,
    index_elements,
    index_intro,
    listed,
)
from hooks.core.annotations import Annotation
from hooks.core.bodies import render_body
from hooks.core.body_links import check_body_links
from hooks.core.body_markup import check_body_markup
from hooks.core.body_tree import rewrite_links
from hooks.core.links import absolute_link, check_site_url, page_address
from hooks.core.page_moves import file_moves
from hooks.core.paragraphs import PageInventory
from hooks.core.policy_areas import load_policy_areas
from hooks.core.problems import Problem
from hooks.core.quotes import check_targets
from hooks.core.w3c import EXPORT_FILE, RenderedPage, build_collection
from hooks.mdx.annotation_index import AnnotationIndexExtension
from hooks.mdx.annotations import AnnotationsExtension

INDEX_TITLE = "Annotations"
AREA_PAGES = ("policy-areas/{}.md", "policy-areas/{}/index.md")
# Out of the search index: every entry repeats a passage and a note the search finds on its own page.
INDEX_SOURCE = (
    f"---\ntitle: {INDEX_TITLE}\nsearch:\n  exclude: true\n---\n\n# {INDEX_TITLE} {{ #{INDEX_HEADING_ID} }}\n"
)


class _Build:
    """What this adapter keeps during one build."""

    def __init__(self) -> None:
        """Start empty (also on every `mkdocs serve` rebuild)."""
        self.annotations: tuple[Annotation, ...] = ()
        self.problems: list[Problem] = []
        self.area_titles: dict[str, str] = {}
        self.highlighted: dict[str, int] = {}
        self.area_pages: dict[str, str | None] = {}
        self.index_entries: list[Annotation] = []
        self.titles: dict[str, PageTitle] = {}
        self.files: Files | None = None
        self.nav: Navigation | None = None
        # `load_annotations` with this build's root, tags and day (`on_config`), to call again with the pages.
        self.load: Callable[..., tuple[tuple[Annotation, ...], list[Problem]]] | None = None


BUILD = _Build()


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Load and validate every annotation file; give the valid ones to the Markdown extension."""
    global BUILD
    BUILD = _Build()
    root = Path(config.config_file_path).parent
    areas, taxonomy_problems = load_policy_areas(root)  # its problems are reported by its owner
    BUILD.area_titles = {area.id: area.title for area in areas}
    # A taxonomy that did not load says nothing about which tags exist: its own error is the one line.
    known_tags = None if taxonomy_problems and not areas else set(BUILD.area_titles)
    BUILD.load = load = partial(load_annotations, root, known_tags, latest_today())
    BUILD.annotations, BUILD.problems = load()
    state.STATE.annotations = BUILD.annotations  # the policy-area pages list them too
    extension = AnnotationsExtension(
        annotations=BUILD.annotations,
        current_page=lambda: state.STATE.current_page,
        sink=BUILD.highlighted.__setitem__,
        tag_link=_area_page,
        page_exists=_page_exists,
        area_titles=BUILD.area_titles,
    )
    config.markdown_extensions.append(extension)
    config.markdown_extensions.append(AnnotationIndexExtension(entries=_index_entries))
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the `/annotations/` page (filled in later) and the export (filled at the barrier).

    A `target.page` refused as written is checked again with the site's pages, to name the one it means.
    """
    BUILD.files = files
    if BUILD.load is not None and any(problem.field == "target.page" for problem in BUILD.problems):
        # Now that the pages are known, one written as its address is named (the files' checks are cached).
        _, BUILD.problems = BUILD.load({file.src_uri for file in files.documentation_pages()})
    files.append(File.generated(config, INDEX_PAGE, content=INDEX_SOURCE))
    files.append(File.generated(config, EXPORT_FILE, content="{}"))
    return files


def on_nav(nav: Navigation, **_: object) -> Navigation:
    """Keep the navigation: `/annotations/` lists pages in reading order."""
    BUILD.nav = nav
    return nav


def on_page_markdown(markdown: str, page: Page, files: Files, **_: object) -> str:
    """Fill `/annotations/`; it renders after the edition's pages, so their titles are known.

    The introduction is Markdown; the entries are appended to the page's tree by `_index_entries`.
    """
    if page.file.src_uri != INDEX_PAGE:
        return markdown
    BUILD.titles = _page_titles(files)
    BUILD.index_entries = listed(_anchored(files), BUILD.titles)
    return markdown + "\n" + index_intro(len(BUILD.index_entries), BUILD.area_titles)


def on_env(env: object, config: MkDocsConfig, files: Files) -> object:
    """Every page has rendered: check every target, report all problems, write the export."""
    pages = _inventories(files)
    lock = state.STATE.lock
    if lock is None:  # the anchors adapter is not listed; a broken lock is its line, not this one's
        lock, _ = load_lock(Path(config.config_file_path).parent / LOCK_FILE)
    published, moves = locked_by_page(lock, pages), file_moves(state.redirect_maps(config))
    target_problems = check_targets(BUILD.annotations, pages, BUILD.highlighted, published, moves)
    site_problems = check_site_url(config.site_url)  # one MkDocs takes (`host:abc`) that no address can be read by
    site_url = "" if site_problems else config.site_url or ""
    body_problems = [
        problem
        for a in BUILD.annotations
        for problem in check_body_links(a, render_body(a.body), pages, site_url, moves) + check_body_markup(a)
    ]
    broken = {problem.path for problem in target_problems}
    anchored = tuple(annotation for annotation in BUILD.annotations if annotation.path not in broken)
    export = files.get_file_from_path(EXPORT_FILE)
    built = get_build_datetime().strftime("%Y-%m-%dT%H:%M:%SZ")  # SOURCE_DATE_EPOCH's, as the sitemap's dates
    collection, export_problems = build_collection(
        anchored, config.site_url or "", _rendered_pages(files, config), _export_bodies(anchored, files, config), built
    )
    if export is not None:
        # Compact: json's C encoder; `indent` would run its pure-Python one (three times slower).
        export.content_string = json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n"
    state.report(site_problems + BUILD.problems + target_problems + body_problems + export_problems)
    return env


def _index_entries() -> list[etree.Element] | None:
    """The entries of `/annotations/` as elements, while that page is rendered (None on any other page)."""
    if state.STATE.current_page != INDEX_PAGE:
        return None
    return index_elements(BUILD.index_entries, BUILD.titles, BUILD.area_titles, _area_page)


def _inventories(files: Files) -> dict[str, PageInventory | None]:
    """Every page of the site, with its inventory once it has rendered."""
    return {file.src_uri: state.STATE.inventories.get(file.src_uri) for file in files.documentation_pages()}


def _anchored(files: Files) -> tuple[Annotation, ...]:
    """The annotations whose page, paragraph and quote were found (the others are reported)."""
    broken = {problem.path for problem in check_targets(BUILD.annotations, _inventories(files), BUILD.highlighted)}
    return tuple(annotation for annotation in BUILD.annotations if annotation.path not in broken)


def _page_exists(path: str) -> bool:
    """Whether the site has the page at this docs path (a body's link to one it lacks becomes plain words)."""
    return BUILD.files is None or BUILD.files.get_file_from_path(path) is not None


def _area_page(area: str) -> str | None:
    """The docs path of a policy area's page, when the site has one (it may not be merged yet)."""
    if BUILD.files is None:
        return None
    if area not in BUILD.area_pages:
        pages = (path.format(area) for path in AREA_PAGES)
        BUILD.area_pages[area] = next((path for path in pages if BUILD.files.get_file_from_path(path)), None)
    return BUILD.area_pages[area]


def _page_titles(files: Files) -> dict[str, PageTitle]:
    """Every page's title and its source's title, in reading (navigation) order."""
    in_nav = [page for page in BUILD.nav.pages if isinstance(page, Page)] if BUILD.nav else []
    listed = {id(page) for page in in_nav}  # not `page in in_nav`: it compares pages field by field, n² in all
    others = [file.page for file in files.documentation_pages() if file.page and id(file.page) not in listed]
    pages = in_nav + others
    titles = {page.file.src_uri: page.title or page.file.src_uri for page in pages}
    result = {}
    for page in pages:
        source = group_of(page.file.src_uri)
        source_title = titles.get(f"{source}/index.md", source)
        result[page.file.src_uri] = PageTitle(page.title or page.file.src_uri, source, source_title)
    return result


def _rendered_pages(files: Files, config: MkDocsConfig) -> dict[str, RenderedPage]:
    """Absolute URL and paragraph texts (from the page's inventory) of each annotated page."""
    result = {}
    for src_uri in sorted({annotation.page for annotation in BUILD.annotations}):
        file = files.get_file_from_path(src_uri)
        inventory = state.STATE.inventories.get(src_uri)
        if file is None or inventory is None:
            continue
        result[src_uri] = RenderedPage(page_address(config.site_url, file.url), inventory.texts())
    return result


def _export_bodies(annotations: tuple[Annotation, ...], files: Files, config: MkDocsConfig) -> dict[str, str]:
    """Each body as sanitised HTML whose edition links are absolute URLs."""
    urls: dict[str, str | None] = {}

    def page_url(path: str) -> str | None:
        """`source/page.md` as the page's public URL (each page looked up once)."""
        if path not in urls:
            file = files.get_file_from_path(path)
            urls[path] = page_address(config.site_url, file.url) if file else None
        return urls[path]

    absolute = partial(absolute_link, page_url=page_url)  # `source/page.md?q#p3`: query and fragment kept
    return {
        annotation.id: rewrite_links(render_body(annotation.body), absolute, here=annotation.page)
        for annotation in annotations
    }
