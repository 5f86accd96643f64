"""Link glossary terms in source pages: load the glossary once, tell the extension which page renders.

The glossary is loaded and its anchors resolved in `on_config`, reading the few pages that hold
definitions ahead of time; the Markdown extension then links terms while each source page
renders and reports the terms met on each page into `glossary_state`.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import get_files
from mkdocs.structure.pages import Page

from hooks.adapters import glossary_state, state
from hooks.core.glossary import load_glossary
from hooks.core.glossary_settings import link_mode, settings_problems
from hooks.core.page_moves import file_moves
from hooks.core.paragraph_words import WORDS_FILE, load_words
from hooks.mdx.glossary import GlossaryExtension
from hooks.mdx.passages import resolve_glossary


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Load the glossary, read its definitions from their pages, and add the term-linking extension."""
    build = glossary_state.reset()
    docs = Path(config.docs_dir)
    pages = _published_pages(config)  # the definitions' pages are read only from these
    glossary, problems = load_glossary(Path(config.config_file_path).parent, lambda: pages)
    extensions = [name for name in config.markdown_extensions if isinstance(name, str)]
    moves = file_moves(state.redirect_maps(config))
    words_file = Path(config.config_file_path).parent / WORDS_FILE  # a broken one is the anchors hook's line
    build.glossary, more = resolve_glossary(
        glossary, docs, pages, extensions, config.mdx_configs, moves, lambda: load_words(words_file)[0]
    )
    mode, _ = link_mode(config.extra)
    state.report(problems + more + settings_problems(config.extra))  # every setting's, as make check reports them
    config.markdown_extensions.append(
        GlossaryExtension(glossary=build.glossary, current_page=build.page, sink=build.record, link=mode)
    )
    return config


def _published_pages(config: MkDocsConfig) -> frozenset[str]:
    """The pages the build publishes, as MkDocs chooses them (no draft, nothing `exclude_docs` names).

    The definitions' pages are read only from these, as make check reads its published pages
    (`published_pages`): a definition on a left-out page would link to no page. The hints of anchors
    name these too, so that neither offers a draft's page of the same name. MkDocs reads the files
    again after `on_config` and warns of a README.md beside an index.md then: said here too, it was said twice.
    """
    with _unsaid(logging.getLogger(get_files.__module__)):
        files = get_files(config)
    return frozenset(file.src_uri for file in files if file.is_documentation_page() and file.inclusion.is_included())


@contextlib.contextmanager
def _unsaid(logger: logging.Logger) -> Iterator[None]:
    """Drop what `logger` logs meanwhile (a filter returning False drops the record)."""
    logger.addFilter(_drop_all)
    try:
        yield
    finally:
        logger.removeFilter(_drop_all)


def _drop_all(_: logging.LogRecord) -> bool:
    """Let no record through."""
    return False


@event_priority(-100)
def on_page_markdown(markdown: str, page: Page, **_: object) -> str:
    """Tell the extension whether a source page renders next (last, after other hooks rendered notes)."""
    glossary_state.BUILD.current = page.file.src_uri if "source" in page.meta else None
    return markdown


@event_priority(100)
def on_page_content(html: str, **_: object) -> str:
    """The page has rendered: Markdown converted from now on (e.g. notes) is not a source page's text."""
    glossary_state.BUILD.current = None
    return html
