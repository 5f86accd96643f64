"""A source page's citation: its "Cite this page" section, head metadata, Cite dialog data and exports.

Data in, strings and dicts out: the citation adapter reads the page, the site and the source's
record from MkDocs and hands them here, so that another engine can give the same page the same
citation (`hooks/adapters/citation.py`).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from hooks.core.citation_formats import to_bibtex, to_csl_json, to_ris
from hooks.core.citation_meta import MetaTags, WorkMetadata, dublin_core_tags, highwire_tags, open_graph_tags
from hooks.core.citation_styles import (
    StyleCitations,
    citeproc_item,
    paragraph_citations,
    paragraph_sections,
    style_item,
)
from hooks.core.heading_ids import CITE_ID
from hooks.core.paragraphs import Paragraph
from hooks.core.short_code import code_span
from hooks.core.text import ITEM_SEPARATOR
from hooks.core.word_breaks import part_addresses, parted_html

EXPORTS = (("json", "CSL-JSON", to_csl_json), ("bib", "BibTeX", to_bibtex), ("ris", "RIS", to_ris))
CITE_HEADING = f"## Cite this page {{ #{CITE_ID} data-search-exclude }}\n"
# Keeps the Cite actions' target, so the bibliography's problem stays the only line.
NOT_CITABLE = (
    f"## Cite this page {{ #{CITE_ID} }}\n\n"
    '!!! warning "Not citable yet"\n\n    The bibliography of this source is incomplete.\n'
)

Downloads = list[tuple[str, str]]  # (label, URL relative to the page)


def with_cite_heading(markdown: str, citable: bool = True) -> str:
    """The page's Markdown ending with the "Cite this page" heading (its block is put in by `CiteBlockExtension`)."""
    return markdown.rstrip() + "\n\n" + (CITE_HEADING if citable else NOT_CITABLE)


def page_section(title: str, is_work: bool) -> str | None:
    """The section a page's citation names: none for the work's own landing page."""
    return None if is_work else f"{title} section"


def cited_title(work_title: str, section: str | None, page_title: str) -> str:
    """The title a source page's head tags and description give: the work's own on its landing page.

    The landing page (no section) stands for the work, so reference managers file it under the title
    its bibliography gives; any other page is a section, named by its own title.
    """
    return work_title if section is None else page_title


def cite_block(url: str, citations: list[StyleCitations], downloads: Downloads) -> str:
    """The build-time "Cite this page" block under its heading: permalink, each style's citation, the downloads.

    The permanent link's words and each reference's address break only where their words part, at the `<wbr>`s
    `hooks/core/word_breaks.py` puts there, as the Cite dialog's do: at 320 px a long address broke inside a word.
    The dialog's data keeps the reference unparted (its script parts it), and the head's tags the address as it is.
    """
    rows = "".join(
        f'<dt>{html.escape(c.name)}</dt><dd><p class="reference">{part_addresses(c.reference_html)}</p>'
        f"<p>In the text: {html.escape(c.in_text)}</p></dd>"  # as the dialog shows it: no quotation marks
        for c in citations
    )
    return (
        f'<div class="edition-cite-page" data-search-exclude>\n'
        f'<p>Permanent link: <a href="{html.escape(url)}">{parted_html(url)}</a>. To cite one paragraph, '
        f"use its paragraph number (the margin's ¶ N): add <em>para. N</em> to the citation and {code_span('#pN')} to "
        'the link<span class="on-screen"> (with JavaScript, the <em>Cite</em> action beside each paragraph number '
        "does this for you)</span>.</p>\n"  # on paper no Cite (citation-margin.css), nor its mention (edition.css)
        f'<dl class="edition-citations">{rows}</dl>\n'
        f'<p class="on-screen">Download the record for a reference manager: {download_links(downloads)}.</p>\n'
        "</div>\n"
    )


def download_targets(source: str, relative: Callable[[str], str]) -> Downloads:
    """The source's exports as (label, URL relative to the page, so they work under any site URL)."""
    return [(label, relative(f"cite/{source}.{extension}")) for extension, label, _ in EXPORTS]


def download_links(downloads: Downloads) -> str:
    """Links to the source's exports, for the Cite block."""
    return ITEM_SEPARATOR.join(f'<a href="{html.escape(href)}" download>{label}</a>' for label, href in downloads)


def export_files(source: str, item: Mapping[str, Any]) -> list[tuple[str, str]]:
    """`<source>.json`, `.bib` and `.ris` with their text, for the site's `cite/` folder."""
    return [(f"{source}.{extension}", export(item)) for extension, _, export in EXPORTS]


def site_meta(title: str | None, url: str, site_name: str) -> MetaTags:
    """The Open Graph tags of a page that cites no source (the home page, the guides); untitled, the site's name."""
    return [("og:type", "website"), ("og:title", title or site_name), ("og:url", url), ("og:site_name", site_name)]


def source_page_meta(item: Mapping[str, Any], work: WorkMetadata, url: str, title: str, site_name: str) -> MetaTags:
    """A source page's head tags: Highwire for Zotero, Dublin Core, Open Graph."""
    return highwire_tags(work, url) + dublin_core_tags(item, url, title) + open_graph_tags(item, url, title, site_name)


def dialog_data(
    title: str,
    url: str,
    item: Mapping[str, Any],
    citations: list[StyleCitations],
    paragraphs: Iterable[Paragraph],
    section: str | None,
    downloads: Downloads,
) -> dict[str, Any]:
    """What the Cite dialog shows for each paragraph, formatted now by the CSL styles."""
    sections = paragraph_sections(paragraphs, section)
    cited = citeproc_item(item, url)
    return {
        "title": title,
        "url": url,
        "styles": [
            {
                "style": c.style,
                "name": c.name,
                "reference_html": c.reference_html,
                "reference_text": c.reference_text,
                "in_text": {
                    str(n): text
                    for section, numbers in sections.items()
                    for n, text in paragraph_citations(c.style, style_item(c.style, cited), numbers, section).items()
                },
            }
            for c in citations
        ],
        "downloads": [{"label": label, "href": href} for label, href in downloads],
    }
