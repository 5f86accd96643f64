"""Make every source page citable: ¶ permalinks, a "Cite this page" block, head metadata, exports.

The bibliography of each source is read once, from its `index.md` front matter, in `on_files`;
everything else (formatted citations, meta tags, `/cite/<source>.json|.bib|.ris`) derives from it.
"""

from __future__ import annotations

import html
from functools import partial
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url
from mkdocs.utils.meta import get_data

from hooks.adapters import state
from hooks.core.bibliography_checks import check_bibliography, missing_bibliography
from hooks.core.citation_formats import export_item
from hooks.core.citation_meta import WorkMetadata, coins_title, page_description, schema_links, work_metadata
from hooks.core.citation_styles import clear_templates, page_citations
from hooks.core.cite_page import (
    cite_block,
    cited_title,
    dialog_data,
    download_targets,
    export_files,
    page_section,
    site_meta,
    source_page_meta,
    with_cite_heading,
)
from hooks.core.landing_pages import index_folder, landing_source
from hooks.core.page_fields import source_as_read
from hooks.core.page_front_matter import decode_page, said_with_comments, unreadable_page
from hooks.core.site_addresses import page_address
from hooks.mdx.cite_block import CiteBlockExtension
from hooks.mdx.permalinks import PermalinksExtension

SOURCES: dict[str, dict[str, Any]] = {}
WORKS: dict[str, WorkMetadata] = {}  # what every page of a source carries alike, made once
PAGES: dict[str, dict[str, Any]] = {}
CURRENT: dict[str, str | None] = {"block": None}  # the "Cite this page" block of the page rendering now


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Forget the previous build (mkdocs serve keeps this module); add the ¶ permalinks and the Cite block."""
    SOURCES.clear()
    WORKS.clear()
    PAGES.clear()
    CURRENT["block"] = None
    clear_templates()
    config.markdown_extensions.extend([PermalinksExtension(), CiteBlockExtension(provider=current_block)])
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Read each source's bibliography from its landing page, as MkDocs reads front matter.

    Its `source` as the other hooks read it (`source_as_read`): one that is not text is its own line,
    and the record the page shows is still the one its pages cite.
    """
    schema, problems = state.bibliography_schema(Path(config.config_file_path).parent)
    if schema is None:  # no bibliography can be checked: the schema's line, and no source is cited
        state.report(problems)
        return files
    for file in files.documentation_pages():
        if (folder := index_folder(file.src_uri)) is None:  # no other page is read here
            continue
        text = _text_of(file)
        _, meta = get_data(text)
        if landing_source(file.src_uri, source_as_read(meta, folder)) is None or "bibliography" not in meta:
            continue  # a folder's index naming no source has its line from the record's hook
        path = f"docs/{file.src_uri}"
        problems = said_with_comments(path, text, check_bibliography(path, meta["bibliography"], schema))
        state.report(problems)  # once per build: the record's hook, finding the same lines, adds none
        if not problems:
            SOURCES[folder] = export_item(meta["bibliography"], folder, page_address(config.site_url, file.url))
            WORKS[folder] = work_metadata(SOURCES[folder])
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """End each source page with a "Cite this page" heading; its block is rendered now (no JavaScript needed)."""
    CURRENT["block"] = None
    source = page.meta.get("source")
    if not isinstance(source, str):
        return markdown
    if source not in SOURCES:
        state.report(missing_bibliography(source, _landing_meta(files, source), asked_by=page.file.src_uri))
        return with_cite_heading(markdown, citable=False)
    section = page_section(page.meta.get("title", page.title), is_work=page.file.src_uri == f"{source}/index.md")
    url = page_address(config.site_url, page.file.url)
    citations = page_citations(SOURCES[source], url, section)
    downloads = download_targets(source, partial(get_relative_url, other=page.file.url))
    PAGES[page.file.src_uri] = {
        "source": source,
        "section": section,
        "url": url,
        "citations": citations,
        "downloads": downloads,
    }
    CURRENT["block"] = cite_block(url, citations, downloads)
    return with_cite_heading(markdown)


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, **_: object) -> dict[str, Any]:
    """Hand the template the page's meta tags, COinS and the data the Cite dialog shows."""
    data = PAGES.get(page.file.src_uri)
    url = page_address(config.site_url, page.file.url)
    if data is None:
        context["edition_citation"] = {"meta": site_meta(page.title, url, config.site_name)}
        return context
    item, work = SOURCES[data["source"]], WORKS[data["source"]]
    title = cited_title(item["title"], data["section"], page.meta.get("title", page.title))
    # Material writes it into an attribute as it is (front matter wins): escaped, a title's '"' cannot end it.
    page.meta.setdefault("description", html.escape(page_description(item, title)))
    meta = source_page_meta(item, work, url, title, config.site_name)
    inventory = state.STATE.inventories.get(page.file.src_uri)
    context["edition_citation"] = {
        "meta": meta,
        "schemas": schema_links(meta),
        "coins": coins_title(work, url),
        "dialog": dialog_data(
            page.meta.get("title", page.title),
            data["url"],
            item,
            data["citations"],
            inventory.paragraphs if inventory else (),
            data["section"],
            data["downloads"],
        ),
    }
    return context


def on_post_build(config: MkDocsConfig) -> None:
    """Write `/cite/<source-id>.json`, `.bib` and `.ris` for every source."""
    folder = Path(config.site_dir) / "cite"
    folder.mkdir(parents=True, exist_ok=True)
    for source, item in SOURCES.items():
        for name, text in export_files(source, item):
            (folder / name).write_text(text, encoding="utf-8")


def current_block() -> str | None:
    """The "Cite this page" block of the page being rendered, for `CiteBlockExtension`."""
    return CURRENT["block"]


def _landing_meta(files: Files, source: str) -> dict[str, Any] | None:
    """The front matter of a source's landing page, None when it has none (for the missing-bibliography line).

    A landing page whose front matter MkDocs misreads (`issued: 2026-02-31`, no day) has its own line
    to fix: its bibliography is not "missing" too, so it is passed as there.
    """
    file = files.get_file_from_path(f"{source}/index.md")
    if file is None:
        return None
    text = _text_of(file)
    return {"bibliography": None} if unreadable_page(f"docs/{file.src_uri}", text) else get_data(text)[1]


def _text_of(file: File) -> str:
    """A page's text as the build reads it (one that is not UTF-8 is named by the source-page checks)."""
    if file.abs_src_path is None:
        return file.content_string
    return decode_page(Path(file.abs_src_path).read_bytes(), f"docs/{file.src_uri}")[0]
