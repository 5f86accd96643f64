"""What the citation core's tests share: the edition's two sources, a page's address, its lock, a styled page."""

from __future__ import annotations

import frontmatter
from conftest import ROOT

from hooks.core.citation_formats import export_item
from hooks.core.citation_styles import citeproc_item, paragraph_citations, style_item

REPORT = "migration-and-transnationalism"
CHAPTER = "origin-governments-and-migrant-associations"
OPP = "/migration-and-transnationalism/opportunities/"


def styled_paragraphs(style: str, source: dict, url: str, numbers: list[int], section: str | None) -> dict[int, str]:
    """Paragraph cites as the citation adapter's Cite dialog asks for them."""
    return paragraph_citations(style, style_item(style, citeproc_item(source, url)), numbers, section)


def item(source: str) -> dict:
    csl = frontmatter.load(ROOT / "docs" / source / "index.md")["bibliography"]
    return export_item(csl, source, f"https://example.org/{source}/")


LOCK = {OPP: ["opportunities", "p1", "p2"]}
