"""Link glossary terms in source pages: load the glossary once, tell the extension which page renders.

The glossary is loaded and its anchors resolved in `on_files`, from the pages of the files MkDocs
has just read from docs/ and will render (the few that hold definitions are read ahead of their turn:
drafts too under `mkdocs serve`, which renders them: `state.run_pages`); the term-linking
extension is appended then, as MkDocs reads `markdown_extensions` only when each page renders. It links
terms while each source page renders and reports the terms met on each page into `glossary_state`.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.utils.yaml import RelativeDirPlaceholder

from hooks.adapters import glossary_state, lock_state, state
from hooks.core.glossary import load_glossary
from hooks.core.glossary_settings import link_mode, settings_problems
from hooks.core.nested_values import mapped_leaves
from hooks.core.page_moves import file_moves
from hooks.core.paragraph_words import WORDS_FILE, load_words
from hooks.core.relative_tags import RelativeTag, placed
from hooks.mdx.glossary import GlossaryExtension
from hooks.mdx.passages import resolve_glossary


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Start the build's glossary state (`mkdocs serve` keeps this module from one rebuild to the next)."""
    glossary_state.reset()
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Load the glossary, read its definitions from their pages, and add the term-linking extension.

    Nothing reads the glossary before the pages render, so the hooks' order in `on_files` does not
    matter: the pages a hook generates (the glossary page, the policy areas) are left out (`docs_pages`).
    """
    build = glossary_state.BUILD
    root = Path(config.config_file_path).parent
    pages, drafts = state.run_pages(docs_pages(files), files)  # read from these; drafts named as drafts
    glossary, problems = load_glossary(root, lambda: pages)
    extensions = [name for name in config.markdown_extensions if isinstance(name, str)]
    moves = file_moves(state.redirect_maps(config))
    words_file = root / WORDS_FILE  # a broken one is the anchors hook's line
    build.glossary, more = resolve_glossary(
        glossary,
        Path(config.docs_dir),
        pages,
        extensions,
        partial(placed, relative_as_tags(config.mdx_configs), str(root), config.docs_dir),  # a page's options
        moves,
        lambda: load_words(words_file)[0],
        drafts,
        lock_state.gone_pages(root, files),  # an anchor to a page published and gone: its move asked for
    )
    mode, _ = link_mode(config.extra)
    state.report(problems + more + settings_problems(config.extra))  # every setting's, as make check reports them
    config.markdown_extensions.append(
        GlossaryExtension(glossary=build.glossary, current_page=build.page, sink=build.record, link=mode)
    )
    return files


def relative_as_tags(value: Any) -> Any:
    """Extension options with MkDocs' `!relative` alone as the core's tag, which `placed` works out for a page.

    MkDocs' placeholder names the folder of the page rendering: read ahead of any page, it stopped the build
    ("The current file is not set for the '!relative' tag"). `$config_dir` and `$docs_dir` need no page.
    """
    return mapped_leaves(value, lambda leaf: RelativeTag("") if isinstance(leaf, RelativeDirPlaceholder) else leaf)


def docs_pages(files: Files) -> frozenset[str]:
    """The pages of docs/ the build publishes, as MkDocs chose them (no draft, nothing `exclude_docs` names).

    The definitions' pages are read only from these, as make check reads its published pages
    (`published_pages`): a definition on a left-out page would link to no page. The hints of anchors
    name these too, so that neither offers a draft's page of the same name. A page a hook generates
    has no text in docs/ to quote.
    """
    return frozenset(file.src_uri for file in files.documentation_pages() if file.generated_by is None)


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
