"""Keep the anchor guarantee: no published id disappears without a declared redirect.

After every page rendered (`on_env`), the ids of all pages are compared with `anchors.lock.json`.
A locked id that is gone fails the build unless `anchors.redirects.yml` (or a page move in
mkdocs-redirects' `redirect_maps`) says where it went. Ids built but not in the lock fail the strict
build too, unless `EDITION_ANCHORS=record` (what `make anchors` sets) asks to add them to the lock.
A lock that holds a git merge conflict fails the build; `make anchors` merges it from the two sides
git keeps, so that no id of either side is lost.

Whether the lock itself lost an id that a commit recorded is `make check`'s to say, not the build's:
a build must not depend on git (`hooks/core/lock_history.py` says why).
"""

from __future__ import annotations

import logging
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import AnchorLink
from mkdocs.utils import CountHandler

from hooks.adapters import lock_state, state
from hooks.core.anchor_check import anchor_problems, with_implied
from hooks.core.anchor_export import anchor_entries, annotations_by_page, dump_anchors, entry_title, moved_entries
from hooks.core.anchor_lock import (
    LOCK_FILE,
    directory_urls_problem,
    dump_lock,
    moved_url_key,
    recording_refused,
    url_claims,
    url_key,
)
from hooks.core.anchor_recording import read_for_build, record_anchors
from hooks.core.anchor_redirects import REDIRECTS_FILE, load_redirects, page_redirects
from hooks.core.annotation_folder import refused_note_pages
from hooks.core.built_pages import BuiltPage, blank_page, built_ids, page_sources
from hooks.core.draft_pages import without_draft_ids
from hooks.core.git_history import conflict_sides
from hooks.core.heading_ids import refused_ids
from hooks.core.link_anchors import check_link_anchors
from hooks.core.link_kinds import RELATIVE_TO_DOCS
from hooks.core.lost_ids import lost_ids_named
from hooks.core.page_links import DEFAULT_LEVELS, check_page_links, left_out_links
from hooks.core.page_moves import follow_moves, move_targets
from hooks.core.page_names import page_name_problem
from hooks.core.paragraph_words import WORDS_FILE, dump_words, load_words
from hooks.core.problems import Problem
from hooks.core.raw_links import RawLinkSite, check_raw_links
from hooks.core.site_addresses import page_address

BUILD: dict[str, Any] = {}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Forget the previous build; read the lock and the declared redirects, and have `mkdocs serve` watch them.

    `make anchors` merges a lock or words file left in conflict from git's two sides (`lock_state.build_lock`, and
    `read_for_build`).
    """
    BUILD.clear()
    root = Path(config.config_file_path).parent
    read = read_for_build(
        lock_state.build_lock(root),  # the lock the annotations adapter checked the notes' tags against
        load_words(root / WORDS_FILE),
        partial(conflict_sides, root),
        recording=lock_state.recording(),
    )
    redirects, more = load_redirects(root / REDIRECTS_FILE)
    moved = directory_urls_problem(config.use_directory_urls)  # then not a line for each page's lost ids
    state.report(read.problems + more + ([moved] if moved else []))
    state.watch(config, root / LOCK_FILE, root / REDIRECTS_FILE, root / WORDS_FILE)  # `make anchors` while serving
    BUILD.update(
        root=root,
        lock=read.lock,
        lock_read=read.lock_read,
        merged=read.merged,
        redirects=redirects,
        words=read.words,
        words_read=read.words_read,
        texts={},
        file_moves={},
        moved_from={},
        moves={},
        built={},
        pages={},
    )
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Two pages must not claim one URL, nor one a name its URL writes in %-codes; page moves are noted as URL moves."""
    pages = files.documentation_pages()
    problems = url_claims((file.url, f"docs/{file.src_uri}") for file in pages)
    written = [file.src_uri for file in pages if file.generated_by is None]
    directory_urls = config.use_directory_urls
    problems += [problem for name in written if (problem := page_name_problem(name, directory_urls=directory_urls))]
    state.report(problems)
    BUILD["file_moves"] = _file_moves(files, config)
    moved_from = {moved_url_key(old, config.use_directory_urls): old for old in BUILD["file_moves"]}
    BUILD["moved_from"] = moved_from  # URL: file as written
    BUILD["moves"] = {url: url_key(BUILD["file_moves"][old].url) for url, old in BUILD["moved_from"].items()}
    return files


def on_env(env: object, config: MkDocsConfig, files: Files) -> object:
    """After every page rendered (this hook is listed last): check the lock, and note what is not recorded yet."""
    raw = _link_lines(files, config)  # before the redirects the generated pages imply: make check offers none
    built = {file.src_uri: file.page for file in files.documentation_pages() if file.page is not None}
    pages = [BuiltPage(url_key(page.file.url), src, blank_page(page.markdown)) for src, page in built.items()]
    found = built_ids(pages, state.STATE.inventories, state.STATE.unreadable)
    drafts_only = {page.url: ids for page in pages if (ids := state.STATE.draft_ids.get(page.source))}
    BUILD.update(built=without_draft_ids(found.ids, drafts_only), texts=found.texts)  # as `make anchors` builds
    BUILD["pages"] = {url: (built[source], state.STATE.inventories[source]) for url, source in found.sources.items()}
    file_moves = {old: target.src_uri for old, target in BUILD["file_moves"].items()}
    BUILD["redirects"] = with_implied(BUILD["redirects"], file_moves, BUILD["lock"], BUILD["built"])
    sources = page_sources(BUILD["moved_from"], {url: page.file.src_uri for url, (page, _) in BUILD["pages"].items()})
    if not config.use_directory_urls:  # every page moved: on_config said so in one line
        return env
    problems = anchor_problems(
        BUILD["lock"],
        BUILD["built"],
        BUILD["redirects"],
        BUILD["moves"],
        sources,
        BUILD["words"],
        BUILD["texts"],
        errors_stand=bool(state.STATE.reported),  # the build fails already: lost ids are one line, not listed
        named=_named(files),  # a line names them
        refused=_refused(),  # a line refuses them: to rename, not to record
        recording=lock_state.recording(),
        lock_read=BUILD["lock_read"],
        words_read=BUILD["words_read"],
        # a link named (raw HTML's, one left out), MkDocs warned (nav) or warns of a link: as make check's, no other
        build_fails=lambda: bool(raw) or _warned() or _links_fail(files, config),
    )
    state.report(problems + raw)
    return env


def on_page_context(context: dict[str, Any], page: Page, **_: object) -> dict[str, Any]:
    """Give the page's script the old ids that moved away from it."""
    context["edition_anchor_redirects"] = page_redirects(url_key(page.file.url), BUILD["redirects"], BUILD["moves"])
    return context


def on_post_build(config: MkDocsConfig) -> None:
    """Write `/anchors.json` (the moved ids' old addresses too); with `EDITION_ANCHORS=record`, record the new ids.

    Recording is refused while the build fails.
    """
    entries = []
    by_page = annotations_by_page(state.STATE.annotations or ())
    for url, (page, inventory) in sorted(BUILD["pages"].items()):
        title = entry_title(page.meta, page.title, url)
        annotations = by_page.get(page.file.src_uri, {})
        address = page_address(config.site_url, url)
        entries += anchor_entries(url, address, title, inventory, _heading_titles(page.toc), annotations)
    entries += moved_entries(entries, BUILD["lock"], BUILD["redirects"], BUILD["moves"], config.site_url)
    output = Path(config.site_dir) / "anchors.json"
    output.write_text(dump_anchors(entries), encoding="utf-8")
    if not lock_state.recording():
        return
    if refused := recording_refused(BUILD["lock_read"], bool(state.STATE.reported) or _warned()):
        state.report([refused])
        return
    done = record_anchors(
        BUILD["lock"],
        BUILD["built"],
        BUILD["words"],
        BUILD["texts"],
        BUILD["moves"],
        merged=BUILD["merged"],
        words_read=BUILD["words_read"],
    )
    (BUILD["root"] / LOCK_FILE).write_text(dump_lock(done.lock), encoding="utf-8")
    (BUILD["root"] / WORDS_FILE).write_text(dump_words(done.words), encoding="utf-8")
    for line in done.lines:
        state.log.info(line)


def _named(files: Files) -> set[str]:
    """The lost ids a reported line names (`lost_ids_named`): a refused note's on the page its file names, if any.

    Under `mkdocs serve` neither a draft's line nor a draft misread names one (`state.published_lines`): the lines
    said of the published pages are the build's, the draft's warnings apart.
    """
    lines = state.published_lines()  # a draft's line is no cause: the build leaves out all its ids
    pages = {file.src_uri for file in files.documentation_pages()} if lines else set()
    notes = refused_note_pages(BUILD["root"], lines, pages)
    misread = state.published_misread()
    return lost_ids_named(lines, BUILD["lock"], BUILD["redirects"], misread, note_pages=notes, moves=BUILD["moves"])


def _refused() -> dict[str, set[str]]:
    """Each page's ids a reported line refuses (`refused_ids`: a heading's `fn:4`), by its URL."""
    lines = state.published_lines()
    pages = BUILD["pages"].items() if lines else ()
    return {url: refused_ids(f"docs/{page.file.src_uri}", inventory, lines) for url, (page, inventory) in pages}


def _links_fail(files: Files, config: MkDocsConfig) -> bool:
    """Whether MkDocs warns of a page's link: to a file the site lacks, or to an `#id` its page lacks.

    `make anchors` refuses then (`_warned` in `on_post_build`), as on MkDocs' warnings before `on_env` (`nav:`).

    Found as `make check` finds them, from the links the pages rendered (`state.STATE.links`), for MkDocs
    checks the `#id`s only after this hook, and its ids; no line is said (MkDocs' warning is the line).
    """
    site = _link_site(files, config)
    return any(
        check_page_links(page, urls, site.files, site.moves, site.levels)
        or check_link_anchors(page, urls, site.present, {}, site.levels)
        for page, urls in state.STATE.links.items()
    )


def _link_lines(files: Files, config: MkDocsConfig) -> list[Problem]:
    """The edition's lines for the pages' links MkDocs lets through: make check's words.

    A Markdown link to a file the run leaves out, which MkDocs only notes (`left_out_links`); every raw HTML link
    leading nowhere, which it does not check, against the site's files and MkDocs' own ids, as its Markdown twin
    (the lock's pages gone asked for their move).
    """
    left_out = {file.src_uri: why for file, why in state.left_out(files).items()}
    if not state.STATE.raw_links and not left_out:  # most sites: neither a raw HTML link nor a file left out
        return []
    site = _link_site(files, config)
    problems = [
        problem
        for page, urls in state.STATE.links.items()
        for problem in left_out_links(page, urls, left_out, site.levels)
    ]
    if not state.STATE.raw_links:
        return problems
    gone = lock_state.gone_pages(BUILD["root"], files)
    site = replace(site, redirects=BUILD["redirects"], published=gone, left_out=left_out)
    return problems + [
        problem for page, raw in state.STATE.raw_links.items() for problem in check_raw_links(page, raw, site)
    ]


def _link_site(files: Files, config: MkDocsConfig) -> RawLinkSite:
    """What a page's links are checked against: the site's files, `redirect_maps`' moves, the levels, MkDocs' ids."""
    links = config.validation.links
    levels = {name: _level(getattr(links, name)) for name in DEFAULT_LEVELS}
    moves = {old: target.src_uri for old, target in BUILD["file_moves"].items()}
    present = {
        file.src_uri: file.page.present_anchor_ids
        for file in files.documentation_pages()
        if file.page is not None and file.page.present_anchor_ids is not None
    }
    return RawLinkSite(set(files.src_uris), moves, levels, present, {})


def _level(value: int) -> str:
    """MkDocs' level of a link check as mkdocs.yml writes it: only `warn` fails the strict build."""
    if getattr(value, "name", None) == "RELATIVE_TO_DOCS":
        return RELATIVE_TO_DOCS
    return "warn" if value >= logging.WARNING else "info"


def _warned() -> bool:
    """Whether MkDocs counted a warning so far: `--strict` fails the build on it (a broken link, say)."""
    handlers = logging.getLogger("mkdocs").handlers
    return any(isinstance(handler, CountHandler) and handler.get_counts() for handler in handlers)


def _file_moves(files: Files, config: MkDocsConfig) -> dict[str, File]:
    """mkdocs-redirects' `redirect_maps` (`old.md: new.md`): each old file and the built page it moved to."""
    maps = state.redirect_maps(config)
    followed, problems = follow_moves(move_targets(maps))
    state.report(problems)
    moves = {}
    for old, new in followed.items():
        if (target := files.get_file_from_path(new)) is not None:
            moves[old] = target
    return moves


def _heading_titles(toc: Any) -> dict[str, str]:
    """Heading ids and their titles, from the page's table of contents."""
    titles: dict[str, str] = {}
    stack: list[AnchorLink] = list(toc)
    while stack:
        link = stack.pop()
        titles[link.id] = link.title
        stack += link.children
    return titles
