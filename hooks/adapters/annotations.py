"""Annotations: load and validate them, place them on their pages, list them, export them (W3C).

`on_config` loads every file (schema, ids, dates, names, tags) and hands the valid ones to the
`edition-annotations` extension; `on_env`, when every page has rendered, reports the pages,
paragraphs and quotes not found in the pages' paragraph inventories and fills `/annotations.jsonld`;
`/annotations/` is generated Markdown. Both read one check of the targets (`after_pages.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from xml.etree import ElementTree as etree

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_build_datetime

from hooks.adapters import lock_state, state
from hooks.adapters.after_pages import after_pages, site_inventories
from hooks.core.annotation_checks import latest_today, page_refused
from hooks.core.annotation_folder import load_annotations, refused_tags, refused_targets
from hooks.core.annotation_index import (
    INDEX_PAGE,
    INDEX_SOURCE,
    PageTitle,
    area_page,
    draft_group_ids,
    index_elements,
    index_intro,
    index_titles,
    listed,
)
from hooks.core.annotation_outputs import check_all_bodies, dump_collection, export_bodies, rendered_pages
from hooks.core.annotations import Annotation
from hooks.core.config_addresses import usable_site_url
from hooks.core.lone_ids import restated_targets
from hooks.core.page_moves import file_moves
from hooks.core.policy_addresses import published_or_unknown
from hooks.core.policy_areas import known_area_ids, load_policy_areas, titles_by_id
from hooks.core.problems import Problem
from hooks.core.site_addresses import page_address
from hooks.core.w3c import EXPORT_FILE, build_collection, export_time
from hooks.mdx.annotation_index import AnnotationIndexExtension
from hooks.mdx.annotations import AnnotationsExtension


class _Build:
    """What this adapter keeps during one build."""

    def __init__(self) -> None:
        """Start empty (also on every `mkdocs serve` rebuild)."""
        self.annotations: tuple[Annotation, ...] = ()
        self.problems: list[Problem] = []
        self.area_titles: dict[str, str] = {}
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
    BUILD.area_titles = titles_by_id(areas)
    lock = lock_state.build_lock(root)  # as `make anchors` merges it; its problems are the anchors adapter's (next)
    published = published_or_unknown(lock.lock, lock.problems)  # not known while the lock does not load
    known_tags = known_area_ids(areas, taxonomy_problems, published)  # a lost area: its one line
    BUILD.load = load = partial(load_annotations, root, known_tags, latest_today())
    BUILD.annotations, BUILD.problems = load()
    state.STATE.annotations = BUILD.annotations  # the policy-area pages list them too
    extension = AnnotationsExtension(
        annotations=BUILD.annotations,
        current_page=lambda: state.STATE.current_page,
        sink=state.STATE.highlighted.__setitem__,
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
    The targets of the notes refused for other fields are read, to be checked with the others (`after_pages`),
    and their tags, which use their areas (the policy-areas adapter's index).
    """
    BUILD.files = files
    if BUILD.load is not None and page_refused(BUILD.problems):
        # Now that the pages are known, one written as its address is named (the files' checks are cached).
        _, BUILD.problems = BUILD.load({file.src_uri for file in files.documentation_pages()})
    root = Path(config.config_file_path).parent
    state.STATE.refused_targets = refused_targets(root, BUILD.problems, BUILD.annotations)
    state.STATE.refused_tags = refused_tags(root, BUILD.problems, BUILD.annotations)  # their areas are used
    files.append(state.generated_page(config, INDEX_PAGE, INDEX_SOURCE))
    files.append(File.generated(config, EXPORT_FILE, content="{}"))
    return files


def on_nav(nav: Navigation, **_: object) -> Navigation:
    """Keep the navigation: `/annotations/` lists pages in reading order."""
    BUILD.nav = nav
    return nav


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files, **_: object) -> str:
    """Fill `/annotations/`; it renders after the edition's pages, so their titles are known.

    It lists the notes that stand (`after_pages`). The introduction is Markdown; the entries are appended
    to the page's tree by `_index_entries`.
    """
    if page.file.src_uri != INDEX_PAGE:
        return markdown
    settled = after_pages(files, config)
    BUILD.titles = _page_titles(files, settled.drafts)
    BUILD.index_entries = listed(settled.standing or (), BUILD.titles)
    state.STATE.draft_ids[INDEX_PAGE] = draft_group_ids(BUILD.index_entries, settled.drafts)
    return markdown + "\n" + index_intro(len(BUILD.index_entries))


def on_env(env: object, config: MkDocsConfig, files: Files) -> object:
    """Every page has rendered: report all problems (the targets' checked once, `after_pages`), write the export."""
    pages, settled = site_inventories(files), after_pages(files, config)
    moves, drafts = file_moves(state.redirect_maps(config)), _rendered()[1]  # a link to a draft left out is named so
    site_url, site_problems = usable_site_url(config.site_url)  # one MkDocs takes (`host:abc`) is none
    root = Path(config.config_file_path).parent  # a refused note's body is read there, named beside its other lines
    gone = lock_state.gone_pages(root, files)  # a link to a page published and gone: its move asked for
    body_problems = check_all_bodies(root, BUILD.annotations, BUILD.problems, pages, site_url, moves, drafts, gone)
    exported = settled.standing or ()
    export = files.get_file_from_path(EXPORT_FILE)
    built = export_time(get_build_datetime())
    page_url = _page_urls(files, config)
    rendered = rendered_pages(BUILD.annotations, page_url, state.STATE.inventories)
    collection, export_problems = build_collection(
        exported, config.site_url or "", rendered, export_bodies(exported, page_url), built
    )
    if export is not None:
        export.content_string = dump_collection(collection)
    notes = (*BUILD.annotations, *state.STATE.refused_targets)
    folded = restated_targets(state.STATE.reported_lines, notes, pages)  # a page's line says them
    lines = site_problems + BUILD.problems + list(settled.target_problems) + body_problems + export_problems
    state.report([line for line in lines if line not in folded])
    state.fold(folded)
    return env


def _index_entries() -> list[etree.Element] | None:
    """The entries of `/annotations/` as elements, while that page is rendered (None on any other page)."""
    if state.STATE.current_page != INDEX_PAGE:
        return None
    return index_elements(BUILD.index_entries, BUILD.titles, BUILD.area_titles, _area_page)


def _rendered() -> tuple[frozenset[str], frozenset[str]]:
    """The pages this run renders, drafts too under `mkdocs serve` (`state.site_pages`), and the drafts it leaves out.

    Read once the hooks have added their pages (none before `on_files` has run: every page is taken to be there).
    """
    return state.site_pages(BUILD.files) if BUILD.files is not None else (frozenset(), frozenset())


def _page_exists(path: str) -> bool:
    """Whether this run renders the page at this docs path (a body's link to one it does not becomes plain words).

    MkDocs keeps the files `exclude_docs` and `draft_docs` leave out among its files: such a page is not
    published, but a draft is rendered by `mkdocs serve`, where a link to it leads to it (`_rendered`).
    """
    return BUILD.files is None or path in _rendered()[0]


def _area_page(area: str) -> str | None:
    """The docs path of a policy area's page, when the site has one (it may not be merged yet)."""
    if BUILD.files is None:
        return None
    if area not in BUILD.area_pages:
        BUILD.area_pages[area] = area_page(area, _page_exists)
    return BUILD.area_pages[area]


def _page_titles(files: Files, drafts: dict[str, str]) -> dict[str, PageTitle]:
    """Every page's title and its source's title, in reading (navigation) order; the drafts (`mkdocs serve`) last.

    A note on a draft stands under `mkdocs serve` (`after_pages`), so it is listed there, like any other.
    """
    in_nav = [page for page in BUILD.nav.pages if isinstance(page, Page)] if BUILD.nav else []
    listed = {id(page) for page in in_nav}  # not `page in in_nav`: it compares pages field by field, n² in all
    others = [file.page for file in files.documentation_pages() if file.page and id(file.page) not in listed]
    return index_titles([*((page.file.src_uri, page.title) for page in in_nav + others), *drafts.items()], drafts)


def _page_urls(files: Files, config: MkDocsConfig) -> Callable[[str], str | None]:
    """`source/page.md` as the page's public URL, None for a page the site lacks (each page looked up once)."""
    urls: dict[str, str | None] = {}

    def page_url(path: str) -> str | None:
        """The URL of one docs path."""
        if path not in urls:
            file = files.get_file_from_path(path)
            urls[path] = page_address(config.site_url, file.url) if file else None
        return urls[path]

    return page_url
