"""Show each source's bibliographic record on its landing page, from its front matter."""

from __future__ import annotations

from mkdocs.structure.pages import Page

from hooks.adapters import state
from hooks.core.bibliography import RECORD_MARKER, check_bibliography, render_record


def on_page_markdown(markdown: str, page: Page, **_: object) -> str:
    """Replace the record marker with the rendered record; a page without one is left alone."""
    if RECORD_MARKER not in markdown:
        return markdown
    path = f"docs/{page.file.src_uri}"
    if problems := check_bibliography(path, page.meta.get("bibliography")):
        state.report(problems)
        return markdown
    record = render_record(page.meta["bibliography"], page.meta.get("unknown", []))
    return markdown.replace(RECORD_MARKER, record)
