"""Show each source's bibliographic record on its landing page, from its front matter."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page

from hooks.adapters import state
from hooks.core.bibliography import RECORD_MARKER, bibliography_schema, check_bibliography, check_unknown, render_record


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, **_: object) -> str:
    """Replace the record marker with the rendered record; a page without one is left alone."""
    if RECORD_MARKER not in markdown:
        return markdown
    path = f"docs/{page.file.src_uri}"
    bibliography, unknown = page.meta.get("bibliography"), page.meta.get("unknown", [])
    schema = bibliography_schema(Path(config.config_file_path).parent)
    if problems := check_bibliography(path, bibliography, schema) + check_unknown(path, unknown):
        state.report(problems)
        return markdown
    return markdown.replace(RECORD_MARKER, render_record(bibliography, unknown))
