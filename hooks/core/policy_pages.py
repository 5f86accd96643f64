"""What the policy-area pages and the area links shown under a tagged page's title hold.

The overview and each area page's header are generated as Markdown; an area page's long lists
and the tag links under a tagged page's title are built as elements that a treeprocessor adds
to the page (`hooks/mdx/policy_lists.py`). Either way the links are relative to the page's source file, so
MkDocs validates and rewrites them, and the headings keep explicit, stable ids. The elements are
added after Python-Markdown's `prettify` ran, so they come laid out as it lays out blocks: a
newline after each block and at the start of a list. Where the pages are is `policy_addresses.py`'s; the ids
they have, their sections' and groups', `policy_page_ids.py`'s.
"""

from __future__ import annotations

import html
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar
from xml.etree import ElementTree as etree

from hooks.core.annotation_refs import AnnotationRef
from hooks.core.annotations import MOTIVATION_LABELS, credit
from hooks.core.draft_pages import draft_marker
from hooks.core.links import relative_link
from hooks.core.policy_addresses import OVERVIEW_PATH, area_path
from hooks.core.policy_areas import OVERVIEW_ID, PolicyArea
from hooks.core.policy_index import AreaEntry, TaggedParagraph
from hooks.core.policy_page_ids import SECTIONS, area_groups, group_id
from hooks.core.text import (
    ITEM_SEPARATOR,
    attribute_markdown,
    escape_markdown,
    paragraph_label,
    plural,
    quoted,
    separator,
    shorten,
)

OVERVIEW_TITLE = "Policy areas"
GUIDE_PATH = "about/policy-areas-guide.md"  # the readers' guide: what the areas are
TAGGING_PATH = "about/tagging.md"  # the editors' page: how the areas are defined and applied
EXCERPT_LENGTH = 160
T = TypeVar("T")


@dataclass(frozen=True)
class SiteFacts:
    """What the area pages need to know about the rest of the site, keyed by source path."""

    source_titles: Mapping[str, str] = field(default_factory=dict)
    page_titles: Mapping[str, str] = field(default_factory=dict)
    anchors: Mapping[str, frozenset[str]] = field(default_factory=dict)
    drafts: frozenset[str] = frozenset()  # the drafts `mkdocs serve` renders: their notes are listed marked


def front_matter(title: str, searchable: bool) -> str:
    """A generated page's front matter; an area page is left out of the search index.

    Its lists repeat passages quoted from the source pages, which the search finds there (and
    Material's search plugin would parse them on every build); the overview, which names and
    describes every area, stays searchable, so an area is still found by its title.
    """
    search = "" if searchable else "search:\n  exclude: true\n"
    return f"---\ntitle: {json.dumps(title)}\n{search}---\n"


def page_tags(meta: Mapping[str, Any]) -> list[str] | None:
    """A page's `tags` as text, None when it has no list of them (a wrong type is `tag_problems`'s line)."""
    tags = meta.get("tags")
    return [str(tag) for tag in tags] if isinstance(tags, list) else None


TAGS_NAV_CLASS = "policy-area-tags"  # the links under a tagged page's title to its areas


def tag_nav(page_path: str, tags: Sequence[str], areas: Mapping[str, PolicyArea]) -> etree.Element | None:
    """The links to a page's areas, shown under its title; None when none of its tags is known."""
    links = [
        _link(areas[tag].title, relative_link(page_path, area_path(tag)), "policy-area-tag")
        for tag in tags
        if tag in areas
    ]
    if not links:
        return None
    # Out of Material's search text: every result for the page would begin "Policy areas …" before
    # the source's words; the areas are found through the page's `tags` and the overview.
    nav = etree.Element("nav", {"class": TAGS_NAV_CLASS, "aria-label": "Policy areas", "data-search-exclude": ""})
    nav.text = "\n"
    nav.append(_link("Policy areas", relative_link(page_path, OVERVIEW_PATH), "policy-area-tags__label"))
    for link in links:
        nav[-1].tail = " "
        nav.append(link)
    nav[-1].tail = nav.tail = "\n"
    return nav


def area_titles(tags: Sequence[str], areas: Mapping[str, PolicyArea]) -> list[str]:
    """A page's tags as readers know them: each known area's title (unknown ids stay, to be reported).

    Escaped: Material's search writes each under a result with `innerHTML`, and `mkdocs serve` previews
    a title or an unknown tag with markup that the strict build refuses.
    """
    return [html.escape(areas[tag].title if tag in areas else tag, quote=False) for tag in tags]


def render_overview(entries: Sequence[AreaEntry]) -> str:
    """The `/policy-areas/` page: every area with its description and counts."""
    guide, tagging = relative_link(OVERVIEW_PATH, GUIDE_PATH), relative_link(OVERVIEW_PATH, TAGGING_PATH)
    lines = [
        f"# {OVERVIEW_TITLE} {{ #{OVERVIEW_ID} }}",
        "",
        f"The edition's pages, paragraphs and annotations are tagged with {plural(len(entries), 'policy area')}, "
        f"so that a reader can follow one policy question across both texts: each area's page lists them, "
        f"source by source. The [policy areas guide]({guide}) says what the areas are, and "
        f"[Tagging with policy areas]({tagging}) how editors define and apply them.",
    ]
    for entry in entries:
        counts = ITEM_SEPARATOR.join(
            (
                plural(len(entry.pages), "page"),
                plural(len(entry.paragraphs), "paragraph"),
                plural(len(entry.annotations), "annotation"),
            )
        )
        attributes = (
            f'.policy-area-counts data-pages="{len(entry.pages)}" data-paragraphs="{len(entry.paragraphs)}" '
            f'data-annotations="{len(entry.annotations)}"'
        )
        page = relative_link(OVERVIEW_PATH, area_path(entry.area.id))
        # Named with its area: two areas' "2 pages · 2 paragraphs · 1 annotation" were one name in a links list.
        name = f"{counts.replace(ITEM_SEPARATOR, ', ')} tagged with {entry.area.title}"
        attributes += f' aria-label="{attribute_markdown(name)}"'
        lines += [
            "",
            f"## [{escape_markdown(entry.area.title)}]({page}) {{ #{entry.area.id} }}",  # the area's page, as a heading
            "",
            escape_markdown(entry.area.description),
            "",
            f"[{counts}]({page}){{ {attributes} }}",
        ]
    return "\n".join(lines) + "\n"


def render_area_header(entry: AreaEntry) -> str:
    """The Markdown at the top of an area's page: its title, description and the way back."""
    here = area_path(entry.area.id)
    lines = [
        f"# {escape_markdown(entry.area.title)} {{ #{entry.area.id} }}",
        "",
        escape_markdown(entry.area.description),
        "",
        f"[All policy areas]({relative_link(here, OVERVIEW_PATH)})",
    ]
    return "\n".join(lines) + "\n"


def area_sections(entry: AreaEntry, site: SiteFacts) -> list[etree.Element]:
    """The lists of an area's page: tagged pages, paragraphs as excerpts and annotations, by source.

    They are built as elements, not Markdown: hundreds of items whose text needs no Markdown
    would otherwise go through Python-Markdown's inline patterns one by one. The links are
    relative to the page's source file, so MkDocs still validates and rewrites them.
    """
    renderers: tuple[Callable[[Any], etree.Element], ...] = (
        lambda page: _list_item([_link(page.title, _link_from_areas(page.path))]),
        _paragraph_item,
        lambda note: _annotation_item(note, site),
    )
    sections = zip(SECTIONS, area_groups(entry), renderers, strict=True)
    return [element for args in sections for element in _section(*args[:2], site.source_titles, args[2])]


def _section(
    labels: tuple[str, str, str],
    groups: list[tuple[str, list[T]]],
    source_titles: Mapping[str, str],
    render_item: Callable[[T], etree.Element],
) -> list[etree.Element]:
    """An `h2` section (title, id, empty-state line) with one `h3` and list per source."""
    title, section_id, empty = labels
    elements = [_element("h2", title, id=section_id)]
    if not groups:
        elements.append(_element("p", empty))
    for source, items in groups:
        heading = source_titles.get(source, source) or "Other pages"
        elements.append(_element("h3", heading, id=group_id(section_id, source)))
        listing = _element("ul", "\n")
        listing.extend(render_item(item) for item in items)
        elements.append(listing)
    for element in elements:
        element.tail = "\n"
    return elements


def _link_from_areas(path: str) -> str:
    """A link from an area page to a docs file: the same from every page of the folder, so worked out once."""
    return relative_link(OVERVIEW_PATH, path)


def _paragraph_item(item: TaggedParagraph) -> etree.Element:
    """`Challenges, ¶ 1: “At the individual…”`: the excerpt links to the paragraph."""
    link = f"{_link_from_areas(item.page.path)}#{item.paragraph.id}"
    excerpt = quoted(shorten(item.paragraph.reading_text, EXCERPT_LENGTH))
    return _list_item(_placed_link(item.page.title, item.paragraph.id, _link(excerpt, link, "policy-area-excerpt")))


def _placed_link(title: str, pid: str, link: etree.Element, annotation: bool = False) -> list[str | etree.Element]:
    """The place (`Challenges, ¶ 1: `) hidden from screen readers, then the link, named `Challenges, paragraph 1: …`.

    A screen reader read the place's ¶ as "pilcrow"; said in the link's name, it also tells a links list, read out of
    the item, where the excerpt is. The name holds the link's words (WCAG 2.5.3); the place shown stays. An
    annotation's link says it leads to one, `Challenges, annotation on paragraph 1: …`, as the highlight's link
    (`Annotation 1 on paragraph 1`) does; not its kind, which the words after the link say.
    """
    numbered = pid[1:].isdigit()
    shown = f"{title}, {paragraph_label(pid)}: " if numbered else f"{title}: "
    spoken = f"paragraph {pid[1:]}" if numbered else ""
    if annotation:
        spoken = f"annotation on {spoken}" if spoken else "annotation"
    link.set("aria-label", (f"{title}, {spoken}: " if spoken else shown) + (link.text or ""))
    return [_element("span", shown, **{"aria-hidden": "true"}), link]


def _annotation_item(note: AnnotationRef, site: SiteFacts) -> etree.Element:
    """`Challenges, ¶ 3: “quote…” — Comment · A. Name, 22 November 2026`, the quote linked to the annotation.

    Its kind as its block beside the paragraph labels it, its author and dates (a revision's too) as
    `/annotations/` credits them, after a dash: in brackets, a revision's `(revised …)` stood in brackets
    within brackets. A note whose annotation id the page lacks links to its paragraph;
    one whose target does not exist at all (the annotations check reports it) is listed without a link. One on a
    draft, which `mkdocs serve` alone lists, starts with the draft's mark (`DRAFT`).
    """
    quote = quoted(shorten(note.quote, EXCERPT_LENGTH)) if note.quote else note.id
    ids = site.anchors.get(note.page, frozenset())
    fragment = note.id if note.id in ids else note.paragraph if note.paragraph in ids else ""
    title = site.page_titles.get(note.page, note.page)
    label = MOTIVATION_LABELS.get(note.motivation, note.motivation)
    about = [f"\u00a0— {label}", separator(), credit(note.author, note.created, note.modified)]
    marked = [draft_marker()] if note.page in site.drafts else []  # listed under `mkdocs serve` only
    if fragment:
        link = _link(quote, f"{_link_from_areas(note.page)}#{fragment}", "policy-area-annotation")
        return _list_item([*marked, *_placed_link(title, note.paragraph, link, annotation=True), *about])
    where = f"{title}, {paragraph_label(note.paragraph)}" if note.paragraph[1:].isdigit() else title
    return _list_item([*marked, f"{where}: {quote}", *about])


def _element(tag: str, text: str, **attributes: str) -> etree.Element:
    """An element holding text."""
    element = etree.Element(tag, attributes)
    element.text = text
    return element


def _link(text: str, href: str, css_class: str = "") -> etree.Element:
    """A link, with a class when given."""
    return _element("a", text, href=href, **({"class": css_class} if css_class else {}))


def _list_item(parts: Sequence[str | etree.Element]) -> etree.Element:
    """An `li` of text and inline elements, in order (text after an element becomes its tail)."""
    item = etree.Element("li")
    item.tail = "\n"
    for part in parts:
        if not isinstance(part, str):
            item.append(part)
        elif len(item):
            item[-1].tail = (item[-1].tail or "") + part
        else:
            item.text = (item.text or "") + part
    return item
