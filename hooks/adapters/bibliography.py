"""Show each source's bibliographic record on its landing page, from its front matter."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from hooks.adapters import state
from hooks.core.bibliography import CITING_PAGE, citing_link, has_record_marker, place_record, render_record
from hooks.core.bibliography_checks import bibliography_schema, check_bibliography, check_unknown


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files, **_: object) -> str:
    """Replace the record marker with the rendered record; a page without one is left alone.

    So is a misread page (a merge conflict, front matter MkDocs misreads): its fields are not the ones
    written, and its own line is the one to fix, not one more saying `bibliography:` is missing.
    """
    if not has_record_marker(markdown) or page.file.src_uri in state.STATE.unreadable:
        return markdown
    path = f"docs/{page.file.src_uri}"
    bibliography, unknown = page.meta.get("bibliography"), page.meta.get("unknown", [])
    schema = bibliography_schema(Path(config.config_file_path).parent)
    if problems := check_bibliography(path, bibliography, schema) + check_unknown(path, unknown):
        state.report(problems)
        return markdown
    citing = citing_link(page.file.src_uri, files.get_file_from_path(CITING_PAGE) is not None)  # not on a fixture
    return place_record(markdown, render_record(bibliography, unknown, citing=citing))
