"""The pages as the build reads and renders them, without MkDocs: for `make check` and `make annotate`.

Each page is read once (as MkDocs decodes it, its front matter corrected as the build corrects
it) and rendered with Python-Markdown, the extensions of `mkdocs.yml` and the edition's own
per-page extensions (no theme, no generated pages), so the checks see the build's paragraph text
and ids.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import markdown
from markdown.extensions import Extension

from hooks.cli.config_values import Extensions
from hooks.core.annotations import Annotation
from hooks.core.config_file import DOCS
from hooks.core.glossary import Glossary
from hooks.core.page_fields import corrected_front_matter
from hooks.core.page_front_matter import read_page_text, split_page
from hooks.core.paragraphs import PageInventory
from hooks.core.problems import Problem
from hooks.core.raw_links import RawLink
from hooks.core.record_marker import mentions_record_marker
from hooks.core.relative_tags import placed
from hooks.mdx.annotations import AnnotationsExtension
from hooks.mdx.bibliographic_record import BibliographicRecordExtension
from hooks.mdx.cite_block import CITE_ID
from hooks.mdx.glossary import GlossaryExtension
from hooks.mdx.page_links import PageLinksExtension
from hooks.mdx.paragraphs import ParagraphsExtension
from hooks.mdx.policy_tags import PolicyTagsExtension
from hooks.mdx.source_footnotes import SourceFootnotesExtension


def edition_extensions(
    annotations: tuple[Annotation, ...],
    page: str,
    sinks: dict[str, Callable],
    site_pages: Collection[str] | None = None,
) -> list[Extension]:
    """The extensions the adapters append in `on_config` that `make check` needs, in the same order.

    The record's finds the marker lines the build would replace (`sinks["record"]`: None on a page
    whose text never holds the marker), and notes them instead: the record's fields are checked apart.
    The page's links are read last, where MkDocs reads them to validate them (`sinks["links"]`), its raw HTML's, which
    MkDocs never reads, there too (`sinks["raw_links"]`), and its ids where MkDocs reads those their `#id` is checked
    against (`sinks["anchors"]`). `site_pages`:
    the pages the build renders, as its adapter tells the annotations' extension (a body's link to another is
    plain words, which MkDocs never sees: the body's own line names it); None, every page is assumed.
    The glossary's stands in for the one its adapter appends: under the same names, it replaces the tree
    processors of a `hooks.mdx.glossary` mkdocs.yml lists, as in the build, and links no term (a term links to
    the glossary page, always there). Else that one's links, relative to no page (its text identifies none
    once the Cite heading is added), were lines the build never says.
    """
    exists = {"page_exists": site_pages.__contains__} if site_pages is not None else {}
    return [
        GlossaryExtension(glossary=Glossary(), current_page=lambda: None),
        SourceFootnotesExtension(),
        ParagraphsExtension(sink=sinks["inventory"]),
        BibliographicRecordExtension(provider=lambda: sinks["record"]),
        PolicyTagsExtension(sink=sinks["strays"]),
        AnnotationsExtension(annotations=annotations, page=page, sink=sinks["highlighted"], **exists),
        PageLinksExtension(sink=sinks["links"], ids_sink=sinks["anchors"], raw_sink=sinks["raw_links"]),
    ]


@dataclass
class Rendered:
    """What rendering the pages found: each page's inventory and misplaced tags, each annotation's highlights.

    And the pages asking for their record: a marker line the build replaces (none a code block shows); and
    each page's links, as MkDocs validates them, and its ids, as MkDocs checks a link's `#id` against them; and the
    links its raw HTML writes, on a page that has any, which MkDocs neither checks nor rewrites.
    """

    inventories: dict[str, PageInventory] = field(default_factory=dict)
    strays: dict[str, list[str]] = field(default_factory=dict)
    highlighted: dict[str, int] = field(default_factory=dict)
    records: set[str] = field(default_factory=set)
    links: dict[str, list[str]] = field(default_factory=dict)
    raw_links: dict[str, list[RawLink]] = field(default_factory=dict)
    anchors: dict[str, set[str]] = field(default_factory=dict)


def render_pages(
    extensions: Extensions,
    annotations: tuple[Annotation, ...],
    pages: set[str],
    texts: Mapping[str, str],
    site_pages: Collection[str] | None = None,
    *,
    root: Path,
) -> Rendered:
    """Render the pages (`texts`: as `read_pages` read them) with the build's extensions (`configured_extensions`).

    `site_pages`: the pages the build renders, the hooks' too (`edition_extensions`). An option's `!relative` names
    the folder MkDocs names while the page renders (`placed`): the page's own, `root`'s (`$config_dir`), docs/'s.
    """
    names, configs = extensions
    found = Rendered()
    for page in sorted(pages):
        sinks = {
            "inventory": lambda inventory, page=page: found.inventories.__setitem__(page, inventory),
            "strays": lambda places, page=page: found.strays.setdefault(page, []).extend(places),
            "highlighted": found.highlighted.__setitem__,
            "links": lambda urls, page=page: found.links.__setitem__(page, urls),
            "raw_links": lambda links, page=page: found.raw_links.__setitem__(page, links),
            "anchors": lambda ids, page=page: found.anchors.__setitem__(page, ids),
            "record": partial(note_record, found.records, page) if mentions_record_marker(texts[page]) else None,
        }
        md = markdown.Markdown(
            extensions=[*names, *edition_extensions(annotations, page, sinks, site_pages)],
            extension_configs=placed(configs, str(root), str(root / DOCS), page),
        )
        found.anchors[page] = set()  # a blank page runs no extension: MkDocs finds no id on it either
        md.convert(markdown_of(texts[page]))
    return found


def note_record(records: set[str], page: str) -> None:
    """Note that the page asks for its record; place none (the record's maker in the build, for make check)."""
    records.add(page)


def markdown_of(text: str) -> str:
    """A page's Markdown as the build renders it: without its front matter, a source page with its Cite heading."""
    body, meta = split_page(text)
    return body.rstrip() + f"\n\n## Cite this page {{ #{CITE_ID} }}\n" if "source" in meta else body


def read_pages(root: Path, pages: set[str]) -> tuple[dict[str, str], set[str], list[Problem]]:
    """Every page's text, read once as the build reads it: one that is not UTF-8 is read anyway, and named.

    So are, as in the build, a merge conflict left in a page and front matter MkDocs would misread:
    those pages (the set returned) are left out of the checks of their fields, whose lines would be noise.
    """
    texts, unreadable, problems = {}, set(), []
    for page in sorted(pages):
        read = read_page_text((root / DOCS / page).read_bytes(), f"{DOCS}/{page}")
        texts[page] = read.text
        if read.misread:
            unreadable.add(page)
        problems += read.problems
    return texts, unreadable, problems


def front_matters(texts: Mapping[str, str]) -> tuple[dict[str, dict[str, Any]], list[Problem]]:
    """Each page's front matter, read once for every check and corrected as the build corrects it."""
    metas, problems = {}, []
    for page, text in sorted(texts.items()):
        meta, folder = split_page(text)[1], page.partition("/")[0]
        metas[page], found = corrected_front_matter(f"{DOCS}/{page}", meta, folder, partial(str, text))
        problems += found
    return metas, problems
