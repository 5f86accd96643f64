"""Show each source's bibliographic record on its landing page, from its front matter.

Where the record stands is the Markdown extension's to find (`hooks/mdx/bibliographic_record.py`):
a marker line that a fenced code block shows is the block's words, and only Python-Markdown knows
which lines those are. This hook hands it the record of a page whose text holds the marker.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from hooks.adapters import state
from hooks.core.bibliography import CITING_PAGE, citing_link, landing_source, mentions_record_marker, render_record
from hooks.core.bibliography_checks import check_bibliography, check_unknown, placement_problem
from hooks.core.front_matter import said_with_comments
from hooks.core.problems import Problem
from hooks.mdx.bibliographic_record import BibliographicRecordExtension, RecordMaker

CURRENT: dict[str, RecordMaker | None] = {"maker": None}  # the record of the page rendering now, made on demand


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Forget the previous build's page (mkdocs serve keeps this module); add the record's extension."""
    CURRENT["maker"] = None
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
    if readable and ("bibliography" in page.meta or "unknown" in page.meta):  # on the wrong page, asked for or not
        state.report(_misplaced(page, marker=False))
    return markdown


def _record(page: Page, config: MkDocsConfig, files: Files) -> str | None:
    """The page's record as Markdown, once a marker line of its own is found; None, and its problems reported."""
    path = f"docs/{page.file.src_uri}"
    if misplaced := _misplaced(page, marker=True):  # not the record the citations read: none is shown (said once)
        state.report(misplaced)
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


def _misplaced(page: Page, *, marker: bool) -> list[Problem]:
    """The line for a record asked for or written on a page that is no source's landing page (its own `source`)."""
    landing = landing_source(page.file.src_uri, page.meta.get("source")) is not None
    problem = placement_problem(f"docs/{page.file.src_uri}", page.meta, landing=landing, marker=marker)
    return [problem] if problem else []
