"""Show each source's bibliographic record on its landing page, from its front matter.

Where the record stands is the Markdown extension's to find (`hooks/mdx/bibliographic_record.py`):
a marker line that a fenced code block shows is the block's words, and only Python-Markdown knows
which lines those are. This hook hands it the record of a page whose text holds the marker. A record
(or its `unknown:`) out of place is named after every page is read (`on_env`): a folder's `index.md`
whose `source` has its own line, which other pages decide, is told that line only.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from hooks.adapters import lock_state, state
from hooks.core.anchor_redirects import REDIRECTS_FILE, load_redirects
from hooks.core.bibliography import CITING_PAGE, citing_link, render_record
from hooks.core.bibliography_checks import check_bibliography, check_unknown
from hooks.core.landing_pages import landing_source
from hooks.core.page_front_matter import said_with_comments
from hooks.core.record_marker import mentions_record_marker
from hooks.core.record_placement import describe_page, placement_problem
from hooks.core.source_page_checks import source_page_folders
from hooks.mdx.bibliographic_record import BibliographicRecordExtension, RecordMaker

CURRENT: dict[str, RecordMaker | None] = {"maker": None}  # the record of the page rendering now, made on demand
MISPLACED: dict[str, bool] = {}  # pages with a record out of place (by `src_uri`): whether the marker asks for it


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Forget the previous build's pages (mkdocs serve keeps this module); add the record's extension."""
    CURRENT["maker"] = None
    MISPLACED.clear()
    config.markdown_extensions.append(BibliographicRecordExtension(provider=lambda: CURRENT["maker"]))
    return config


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files, **_: object) -> str:
    """Give the extension the page's record to make, if its text holds the marker at all (one `in`, every page).

    Not a misread page's (a merge conflict, front matter MkDocs misreads): its fields are not the ones
    written, and its own line is the one to fix, not one more saying `bibliography:` is missing.
    """
    readable = page.file.src_uri not in state.STATE.unreadable
    asks = mentions_record_marker(markdown) and readable
    CURRENT["maker"] = partial(_record, page, config, files) if asks else None
    if readable and ("bibliography" in page.meta or "unknown" in page.meta) and not _landing(page):
        MISPLACED.setdefault(page.file.src_uri, False)  # written on the wrong page, asked for there or not
    return markdown


def on_env(env: object, config: MkDocsConfig, files: Files, **_: object) -> object:
    """After every page is read: the line on each record out of place, unless its page's `source` line says it.

    The lock says whether a folder's `index.md` was its source's landing page (`published_landing`): the
    lock the build goes on with (`lock_state.build_lock`), as `make anchors` merges one left in conflict, and
    the redirects, which may retire its Cite heading (a broken file is the anchors adapter's line).
    """
    sources = source_page_folders(state.page_metas(files))
    root = Path(config.config_file_path).parent
    lock, redirects = (
        (lock_state.build_lock(root).lock, load_redirects(root / REDIRECTS_FILE)[0]) if MISPLACED else ({}, {})
    )
    for page, marker in sorted(MISPLACED.items()):
        meta = files.src_uris[page].page.meta  # a page of this build: it was rendered
        known = describe_page(page, meta, marker=marker, sources=sources, lock=lock, redirects=redirects)
        if problem := placement_problem(known):
            state.report([problem])
    return env


def _record(page: Page, config: MkDocsConfig, files: Files) -> str | None:
    """The page's record as Markdown, once a marker line of its own is found; None, and its problems reported."""
    path = f"docs/{page.file.src_uri}"
    if not _landing(page):  # not the record the citations read: none is shown (its line said in `on_env`)
        MISPLACED[page.file.src_uri] = True
        return None
    bibliography, unknown = page.meta.get("bibliography"), page.meta.get("unknown", [])
    schema, problems = state.bibliography_schema(Path(config.config_file_path).parent)  # once a build
    if schema is None:  # the schema's line, said once (`state.report`): no record is made unchecked
        state.report(problems)
        return None
    if problems := check_bibliography(path, bibliography, schema) + check_unknown(path, unknown):
        text = page.file.content_string  # read again only for a faulty record
        state.report(said_with_comments(path, text, problems))
        return None
    citing = citing_link(page.file.src_uri, files.get_file_from_path(CITING_PAGE) is not None)  # not on a fixture
    return render_record(bibliography, unknown, citing=citing)


def _landing(page: Page) -> bool:
    """Whether the page is its source's landing page (its own `source`, as `corrected_front_matter` left it)."""
    return landing_source(page.file.src_uri, page.meta.get("source")) is not None
