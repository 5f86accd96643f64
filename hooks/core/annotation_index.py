"""The `/annotations/` page: every annotation grouped by source and page, as Markdown."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from html import escape

from hooks.core.annotations import MOTIVATION_LABELS, Annotation, format_day
from hooks.core.bodies import relative_to_page

INDEX_PAGE = "annotations/index.md"
FILTER_PLACEHOLDER = '<div class="annotation-filter" hidden></div>'
RE_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~^])")


@dataclass(frozen=True)
class PageTitle:
    """A page as the index names it: its own title and its source's title."""

    title: str
    source: str
    source_title: str


def escape_markdown(text: str) -> str:
    """Literal text inside Markdown: quotes and names must not turn into formatting or HTML."""
    return RE_MARKDOWN_SPECIAL.sub(r"\\\1", text)


def entry(annotation: Annotation, area_titles: Mapping[str, str], tag_link: Callable[[str], str | None]) -> str:
    """One annotation as a filterable block: paragraph link, motivation, quote, author, date, areas."""
    here = INDEX_PAGE
    paragraph = relative_to_page(f"{annotation.page}#{annotation.paragraph}", here)
    permalink = relative_to_page(f"{annotation.page}#{annotation.id}", here)
    areas = []
    for tag in annotation.tags:
        title = escape_markdown(area_titles.get(tag, tag))
        target = tag_link(tag)
        link = f"[{title}]({relative_to_page(target, here)})" if target else title
        areas.append(f'<span class="annotation-entry__area" data-area="{escape(tag)}">{link}</span>')
    lines = [
        f'<div class="annotation-entry" data-motivation="{annotation.motivation}"'
        f' data-areas="{escape(" ".join(annotation.tags))}" markdown>',
        "",
        f"**{MOTIVATION_LABELS[annotation.motivation]}** on [¶ {annotation.paragraph[1:]}]({paragraph}):"
        f" “{escape_markdown(annotation.quote.strip())}”  ",
        f"{escape_markdown(annotation.author)}, {format_day(annotation.created)} ·"
        f" [read the annotation]({permalink})" + (" · " + " ".join(areas) if areas else ""),
        "",
        "</div>",
        "",
    ]
    return "\n".join(lines)


def render_index(
    annotations: tuple[Annotation, ...],
    pages: Mapping[str, PageTitle],
    area_titles: Mapping[str, str],
    tag_link: Callable[[str], str | None],
) -> str:
    """The page body: a filter placeholder, then sources, pages and their annotations in reading order."""
    order = {page: index for index, page in enumerate(pages)}
    ordered = sorted(
        (a for a in annotations if a.page in pages),
        key=lambda a: (order[a.page], int(a.paragraph[1:]), a.sort_key),
    )
    count = len(ordered)
    lines = [
        f"The edition has {count} annotation{'s' if count != 1 else ''}, listed here by page in reading order."
        " Each links to the paragraph it annotates. They are also available as W3C Web Annotations:"
        " [annotations.jsonld](../annotations.jsonld).",
        "",
        FILTER_PLACEHOLDER,
        "",
    ]
    source = page = None
    for annotation in ordered:
        info = pages[annotation.page]
        if info.source != source:
            source = info.source
            lines += [f"## {escape_markdown(info.source_title)} {{ #{source} }}", ""]
        if annotation.page != page:
            page = annotation.page
            anchor = page.removesuffix(".md").replace("/", "-")
            lines += [f"### [{escape_markdown(info.title)}]({relative_to_page(page, INDEX_PAGE)}) {{ #{anchor} }}", ""]
        lines.append(entry(annotation, area_titles, tag_link))
    return "\n".join(lines)
