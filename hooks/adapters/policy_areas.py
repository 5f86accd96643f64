"""Policy areas: links under a tagged page's title, the generated `/policy-areas/` pages, tag checks.

The area pages are generated files; MkDocs renders them after every page of the docs folder, so
when their turn comes every tagged page and paragraph has been seen. Their header is Markdown;
their long lists are elements that the `edition-policy-lists` treeprocessor adds to the page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from hooks.adapters import lock_state, state
from hooks.adapters.after_pages import after_pages
from hooks.core.annotation_folder import NOTES_DIR
from hooks.core.annotation_refs import AnnotationRef, read_annotation_refs, refs_from
from hooks.core.annotations import Annotation
from hooks.core.generated_pages import area_pages
from hooks.core.policy_areas import PolicyArea, load_policy_areas
from hooks.core.policy_index import AreaEntry, listed_notes
from hooks.core.policy_pages import SiteFacts, area_titles, page_tags, tag_nav
from hooks.core.policy_site import (
    PageTagSources,
    draft_group_ids,
    generated_clash,
    generated_content,
    generated_stub,
    index_site,
    tag_problems,
    with_drafts,
)
from hooks.mdx.policy_lists import PageElements, PolicyListsExtension
from hooks.mdx.policy_tags import PolicyTagsExtension


@dataclass
class _Build:
    """The taxonomy of the current build and, once every page has rendered, its index."""

    root: Path = Path()
    areas: tuple[PolicyArea, ...] = ()
    by_id: dict[str, PolicyArea] = field(default_factory=dict)
    generated: dict[str, PolicyArea | None] = field(default_factory=dict)
    entries: tuple[AreaEntry, ...] | None = None
    listed: tuple[AreaEntry, ...] | None = None  # the entries as the area pages list them (`_listed`)
    site: SiteFacts = field(default_factory=SiteFacts)
    strays: dict[str, list[str]] = field(default_factory=dict)
    elements: dict[str, PageElements] = field(default_factory=dict)
    lent: dict[str, list[object]] = field(default_factory=dict)

    def current_elements(self) -> PageElements:
        """Hand the page being converted its area links or lists, once (most pages have none)."""
        page = state.STATE.current_page
        return self.elements.pop(page, PageElements()) if page is not None else PageElements()

    def record_strays(self, places: list[str]) -> None:
        """Receive the misplaced tags of the page being rendered."""
        if places and state.STATE.current_page is not None:
            self.strays.setdefault(state.STATE.current_page, []).extend(places)


_BUILD = _Build()


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Load the taxonomy (reporting its problems) and register the area lists and tag links."""
    global _BUILD
    root = Path(config.config_file_path).parent
    areas, problems = load_policy_areas(root)
    state.report(problems)
    generated = area_pages(areas)
    _BUILD = _Build(root=root, areas=areas, by_id={area.id: area for area in areas}, generated=generated)
    config.markdown_extensions.append(PolicyTagsExtension(sink=_BUILD.record_strays))
    config.markdown_extensions.append(PolicyListsExtension(provider=_BUILD.current_elements))
    state.watch(config, root / NOTES_DIR)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the overview (in the nav) and one page per area; their Markdown is written when they render."""
    for path, area in _BUILD.generated.items():
        if files.get_file_from_path(path) is not None:
            state.report([generated_clash(path)])
            continue
        files.append(state.generated_page(config, path, generated_stub(area)))
    return files


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    """Give each area page the overview as its parent, so the navigation marks the overview's entry there.

    The area pages are left out of the navigation; MkDocs marks a page's parents active while it renders
    (`Page.active`), and Material's blog plugin gives its posts, also left out, its index as parent so.
    An area page an editor lists in `nav:` keeps the parent its place there gives it.
    """
    overview = next((files.get_file_from_path(path) for path, area in _BUILD.generated.items() if area is None), None)
    if overview is None or overview.page is None or overview.page not in nav.pages:
        return nav
    for path, area in _BUILD.generated.items():
        file = files.get_file_from_path(path) if area is not None else None
        if file is not None and file.page is not None and file.page not in nav.pages:
            file.page.parent = overview.page
    return nav


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files, **_: Any) -> str:
    """Write a generated page's Markdown and hand over its lists, or a tagged page's area links."""
    path = page.file.src_uri
    if path in _BUILD.generated:
        entries = _listed(_index(files, config), after_pages(files, config).standing)  # `_index` fills `_BUILD.site`
        content, lists = generated_content(_BUILD.generated[path], entries, _BUILD.site)
        state.STATE.draft_ids[path] = draft_group_ids(_BUILD.generated[path], entries, _BUILD.site)
        if lists:
            _BUILD.elements[path] = PageElements(at_end=lists)
        return content
    tags = page_tags(page.meta)
    if tags is not None and (nav := tag_nav(path, tags, _BUILD.by_id)) is not None:
        _BUILD.elements[path] = PageElements(after_title=(nav,))
    return markdown


@event_priority(100)
def _lend_titles(context: Any, page: Page, **_: Any) -> Any:
    """Material's search shows a page's `tags` as chips under its results: show the area titles.

    The ids are the data (checks and area pages read them), so the page has them back once every
    other plugin has read the page, below.
    """
    tags = page_tags(page.meta)
    if tags is not None and _BUILD.by_id:
        _BUILD.lent[page.file.src_uri] = page.meta["tags"]
        page.meta["tags"] = area_titles(tags, _BUILD.by_id)
    return context


@event_priority(-100)
def _restore_ids(context: Any, page: Page, **_: Any) -> Any:
    """The page's own tags again, after the search index has read the titles."""
    if (tags := _BUILD.lent.pop(page.file.src_uri, None)) is not None:
        page.meta["tags"] = tags
    return context


on_page_context = CombinedEvent(_lend_titles, _restore_ids)


def on_env(env: Any, config: MkDocsConfig, files: Files, **_: Any) -> Any:
    """After every page rendered: the tag problems `make check` reports too (one core rule, `tag_problems`).

    A draft `mkdocs serve` renders has its tags checked as once it is published; the index (which areas are used)
    leaves drafts out, as the build's and make check's do.
    """
    pages = [
        PageTagSources(
            f"docs/{page.file.src_uri}",
            page.meta,
            inventory.paragraphs if (inventory := state.STATE.inventories.get(page.file.src_uri)) else (),
            _BUILD.strays.get(page.file.src_uri, ()),
            misread=page.file.src_uri in state.STATE.unreadable,
        )
        for page in _tagged_candidates(files, drafts=True)
    ]
    lock = lock_state.build_lock(_BUILD.root)  # the anchors adapter's: its line if it does not load
    state.report(tag_problems(_BUILD.areas, pages, _index(files, config), lock.lock, lock_read=not lock.problems))
    return env


def _index(files: Files, config: MkDocsConfig) -> tuple[AreaEntry, ...]:
    """Index what is tagged with each area, once per build, after the docs pages rendered."""
    if _BUILD.entries is not None:
        return _BUILD.entries
    rendered = [(page.file.src_uri, page.meta, page.title) for page in _tagged_candidates(files)]
    refused = state.STATE.refused_tags  # a note refused for a field uses its areas, as in make check
    _BUILD.entries, site = index_site(_BUILD.areas, rendered, state.STATE.inventories, _annotation_refs(), refused)
    _BUILD.site = with_drafts(site, after_pages(files, config).drafts)  # a note on one stands under `mkdocs serve`
    return _BUILD.entries


def _listed(entries: tuple[AreaEntry, ...], standing: tuple[Annotation, ...] | None) -> tuple[AreaEntry, ...]:
    """The index as the area pages list it: without the notes refused, as /annotations/ (`listed_notes`).

    `standing` is None when the annotations adapter is not listed: read from the files, none is checked, all listed.
    """
    if standing is None:
        return entries
    if _BUILD.listed is None:
        _BUILD.listed = listed_notes(entries, {note.id for note in standing})
    return _BUILD.listed


def _annotation_refs() -> tuple[AnnotationRef, ...]:
    """The annotations the annotations adapter loaded for this build, or read here when it is not listed."""
    loaded = state.STATE.annotations
    return refs_from(loaded) if loaded is not None else read_annotation_refs(_BUILD.root)


def _tagged_candidates(files: Files, *, drafts: bool = False) -> list[Page]:
    """The published pages that can carry tags, every docs page but the generated ones; the drafts rendered too."""
    return [
        file.page
        for file in (state.rendered_files(files) if drafts else files.documentation_pages())
        if file.page is not None and file.src_uri not in _BUILD.generated
    ]
