"""The `/annotations/` page: every annotation grouped by source and page, and the redirects its groups need.

The page is generated Markdown (title, introduction) followed by the filter and the entries, built
as elements and appended to the page's element tree by the `edition-annotation-index`
extension before MkDocs' treeprocessors run: MkDocs still validates and rewrites their `.md` links
and `toc` still lists and anchors their headings, but Python-Markdown does not have to parse a
generated Markdown text of several hundred kilobytes (most of the page's cost) to get them.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Container, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from xml.etree import ElementTree as etree

from hooks.core.anchor_lock import page_key
from hooks.core.annotation_filter import index_filter
from hooks.core.annotations import MOTIVATION_LABELS, Annotation, credit
from hooks.core.draft_pages import draft_marker
from hooks.core.links import relative_to_page, source_folder
from hooks.core.page_moves import page_source, resolve_page
from hooks.core.text import (
    VISUALLY_HIDDEN_CLASS,
    paragraph_label,
    paragraph_name,
    quoted,
    separator,
    shorten,
)

INDEX_PAGE = "annotations/index.md"
INDEX_HEADING_ID = "annotations"
INDEX_TITLE = "Annotations"
QUOTE_IN_NAME = 60  # characters of its quote a "read the annotation" link's name holds: enough to tell two apart
AREA_PAGES = ("policy-areas/{}.md", "policy-areas/{}/index.md")  # where a policy area's page may be
# Out of the search index: every entry repeats a passage and a note the search finds on its own page.
INDEX_SOURCE = (
    f"---\ntitle: {INDEX_TITLE}\nsearch:\n  exclude: true\n---\n\n# {INDEX_TITLE} {{ #{INDEX_HEADING_ID} }}\n"
)


@dataclass(frozen=True)
class PageTitle:
    """A page as the index names it: its own title and its source's title."""

    title: str
    source: str
    source_title: str
    draft: bool = False  # a draft `mkdocs serve` renders: its notes are marked as the draft marks itself


def link(parent: etree.Element, href: str, text: str, tail: str | None = None) -> etree.Element:
    """An `a` whose docs-relative `.md` address MkDocs validates and rewrites like a Markdown link's."""
    anchor = etree.SubElement(parent, "a", {"href": href})
    anchor.text, anchor.tail = text, tail
    return anchor


def entry(
    annotation: Annotation,
    area_titles: Mapping[str, str],
    tag_link: Callable[[str], str | None],
    page_title: str,
    draft: bool = False,
) -> etree.Element:
    """One annotation as a filterable block: paragraph link, motivation, quote, author, date, areas.

    The `¶ 3` link is named "Paragraph 3 of <page_title>": a screen reader said "pilcrow 3", and in a links
    list, out of the heading's context, the page is what tells one such link from another. So is "read the
    annotation", 14 times in a links list: its name goes on with the annotation's kind, place and quote.
    A note on a `draft` (which only `mkdocs serve` lists) starts with the draft's mark, `DRAFT`.
    """
    block = etree.Element("div", {"class": "annotation-entry", "data-motivation": annotation.motivation})
    block.set("data-areas", " ".join(annotation.tags))
    block.text = block.tail = "\n"
    line = etree.SubElement(block, "p")
    line.tail = "\n"
    if draft:
        line.append(draft_marker())
    label = etree.SubElement(line, "strong")
    label.text, label.tail = MOTIVATION_LABELS[annotation.motivation], " on "
    paragraph = f"{_page_link(annotation.page)}#{annotation.paragraph}"
    where = link(line, paragraph, paragraph_label(annotation.paragraph), f": {quoted(annotation.quote.strip())}")
    where.set("aria-label", paragraph_name(annotation.paragraph, page_title))
    etree.SubElement(line, "br").tail = f"\n{credit(annotation.author, annotation.created, annotation.modified)}"
    # The link with its separator, which paper leaves out (annotations.css): it leads nowhere there.
    last = etree.SubElement(line, "span", {"class": "annotation-entry__read"})
    last.append(separator())
    read = link(last, f"{_page_link(annotation.page)}#{annotation.id}", "read the annotation")
    etree.SubElement(read, "span", {"class": VISUALLY_HIDDEN_CLASS}).text = read_more(annotation, page_title)
    for index, tag in enumerate(annotation.tags):
        if index == 0:
            line.append(separator())
        else:
            last.tail = " "
        last = etree.SubElement(line, "span", {"class": "annotation-entry__area", "data-area": tag})
        title, target = area_titles.get(tag, tag), tag_link(tag)
        if target:
            link(last, _page_link(target), title)
        else:
            last.text = title
    return block


def read_more(annotation: Annotation, page_title: str) -> str:
    """What "read the annotation" goes on with for a screen reader: `: Question on paragraph 4 of Challenges, “…”`.

    Words in the link's text, hidden, rather than an `aria-label`: its name starts with the words shown (WCAG 2.5.3).
    """
    where = paragraph_name(annotation.paragraph, page_title)
    quote = quoted(shorten(annotation.quote.strip(), QUOTE_IN_NAME))
    return f": {MOTIVATION_LABELS[annotation.motivation]} on {where[0].lower()}{where[1:]}, {quote}"


@lru_cache(maxsize=4096)
def _page_link(page: str) -> str:
    """The link from the index to a page (the same pages recur, each with many annotations)."""
    return relative_to_page(page, INDEX_PAGE)


def heading(tag: str, anchor: str, text: str, href: str | None = None) -> etree.Element:
    """A section heading with its fixed id (a source, or a page linked to itself)."""
    element = etree.Element(tag, {"id": anchor})
    element.tail = "\n"
    if href:
        link(element, href, text)
    else:
        element.text = text
    return element


def index_intro(count: int) -> str:
    """The Markdown above the filter and the entries: how many there are, and the export."""
    return (
        f"The edition has {count} annotation{'s' if count != 1 else ''}, listed here by page in reading order."
        " Each links to the paragraph it annotates. They are also available as W3C Web Annotations:"
        " [annotations.jsonld](../annotations.jsonld).\n"
    )


def group_of(page: str) -> str:
    """The id of the group on `/annotations/` that holds a page's: its source's, the top folder.

    A page at the top of docs/ (a foreword) belongs to no source: it is its own group, with the
    page's id, and not one named `foreword.md`.
    """
    return source_folder(page) or page_anchor(page)


def index_page_ids(annotations: Iterable[Annotation]) -> tuple[str, ...]:
    """The ids `/annotations/` will have, as `index_elements` writes them: its heading's, each group's."""
    ids = [INDEX_HEADING_ID]
    for annotation in annotations:
        ids += [group_of(annotation.page), page_anchor(annotation.page)]
    return tuple(dict.fromkeys(ids))


def draft_group_ids(annotations: Iterable[Annotation], drafts: Container[str]) -> set[str]:
    """The ids `/annotations/` has only for its notes on `drafts` (`mkdocs serve` lists them): no build has them."""
    annotations = tuple(annotations)
    return set(index_page_ids(annotations)) - set(index_page_ids(a for a in annotations if a.page not in drafts))


def page_anchor(page: str) -> str:
    """The id of a page's group on `/annotations/`, made from its file: `a/b.md` → `a-b` (a moved page changes it)."""
    return page.removesuffix(".md").replace("/", "-")


def index_redirects(
    file_moves: Mapping[str, str], lock: Mapping[str, list[str]], built: Mapping[str, list[str]]
) -> dict[str, str]:
    """The redirects a page move implies on `/annotations/`, whose group of the page has an id made from its file.

    The move in `redirect_maps` (`old.md: new.md`) keeps the page's own ids; its group's id on the
    generated index (`#old`) becomes `#new`, redirected here so that no one has to declare it.
    """
    index = page_key(INDEX_PAGE)
    locked, present = set(lock.get(index, ())), set(built.get(index, ()))
    redirects = {}
    for old, new in file_moves.items():
        old_id, new_id = page_anchor(old), page_anchor(new)
        if old_id in locked and old_id not in present and new_id in present:
            redirects[f"{index}#{old_id}"] = f"{index}#{new_id}"
    return redirects


def gone_page_groups(lock: Mapping[str, list[str]], built: Container[str], moves: Mapping[str, str]) -> dict[str, str]:
    """Each page gone with no move (`resolve_page` finds no built page), by its group's address on `/annotations/`.

    The group's id is gone with the page; the move `index_redirects` reads carries it, so its line
    must point to the move, never to a redirect of its own. A folder's `index.md` is either file.
    """
    groups = {}
    for page in lock:
        if resolve_page(page, built, moves) not in built:
            groups.update(dict.fromkeys(group_addresses(page), page_source(page)))
    return groups


def index_group_places(
    locked: Iterable[str], built: Mapping[str, Collection[str]], moves: Mapping[str, str]
) -> dict[str, str]:
    """Where the links to each group on `/annotations/` of a page there still is land, by the group's address.

    A page still built whose notes were deleted or moved, or one retired onto its landing page (`redirect_maps`
    to its folder's `index.md`, stable-links.md#page-retired), keeps no group of its own: its links go to its
    source's group, the one the index writes for the page it is now (`group_of`), where the index still has it;
    else, its source's last notes gone too, to the index's heading (`INDEX_HEADING_ID`). So does a source's own
    group (its landing page's). A page gone is left out: its move carries its group (`gone_page_groups`).
    `locked`: the pages the lock names; `built`: the ids each page there is has, less those redirected away.
    """
    index = page_key(INDEX_PAGE)
    index_ids = built.get(index, ())
    groups = {}
    for page in locked:
        target = resolve_page(page, built, moves)
        if target not in built:
            continue
        source_group = group_of(page_source(target))
        place = next((group for group in (source_group, INDEX_HEADING_ID) if group in index_ids), None)
        if place is not None:
            groups.update(dict.fromkeys(group_addresses(page), f"{index}#{place}"))
    return groups


def group_addresses(page: str) -> tuple[str, ...]:
    """The addresses a page's group on `/annotations/` may have had: a folder's `index.md` is either file."""
    index, source = page_key(INDEX_PAGE), page_source(page)
    return tuple(f"{index}#{page_anchor(file)}" for file in (source, f"{source.removesuffix('.md')}/index.md"))


def index_titles(pages: Iterable[tuple[str, str | None]], drafts: Container[str] = ()) -> dict[str, PageTitle]:
    """Every (page, title) as the index names it, in the order given (reading order): with its source's title.

    A page without a title is named by its path; a source without a landing page by its id. `drafts`: those
    among them `mkdocs serve` renders, whose notes it lists marked.
    """
    pages = [(path, title or path) for path, title in pages]
    titles = dict(pages)
    result = {}
    for path, title in pages:
        source = group_of(path)
        result[path] = PageTitle(title, source, titles.get(f"{source}/index.md", source), path in drafts)
    return result


def area_page(area: str, exists: Callable[[str], bool]) -> str | None:
    """The docs path of a policy area's page, when the site has one (it may not be merged yet)."""
    return next((path for path in (pattern.format(area) for pattern in AREA_PAGES) if exists(path)), None)


def listed(annotations: tuple[Annotation, ...], pages: Mapping[str, PageTitle]) -> list[Annotation]:
    """The annotations of known pages in reading order: page order, paragraph, date, id."""
    order = {page: index for index, page in enumerate(pages)}
    return sorted(
        (a for a in annotations if a.page in pages),
        key=lambda a: (order[a.page], a.place_key),
    )


def index_elements(
    annotations: list[Annotation],
    pages: Mapping[str, PageTitle],
    area_titles: Mapping[str, str],
    tag_link: Callable[[str], str | None],
) -> list[etree.Element]:
    """The filter, then the entries under one heading per source and per page, in the order `listed` gives."""
    elements = [index_filter(annotations, area_titles)]
    source = page = None
    for annotation in annotations:
        info = pages[annotation.page]
        own_group = info.source == page_anchor(annotation.page)  # a page at the top of docs/
        if info.source != source:
            source = info.source
            title, href = (info.title, _page_link(annotation.page)) if own_group else (info.source_title, None)
            elements.append(heading("h2", source, title, href))
        if annotation.page != page:
            page = annotation.page
            if not own_group:
                elements.append(heading("h3", page_anchor(page), info.title, _page_link(page)))
        elements.append(entry(annotation, area_titles, tag_link, info.title, info.draft))
    return elements
