"""Record each page's numbered paragraphs and headings from the element tree.

The inventory is what the site-level work needs (quote checks, used-in lists, the anchor lock),
gathered in the same pass that renders the page instead of parsing the page a second time.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Callable, Container, Iterator
from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.extensions.toc import remove_fnrefs, render_inner_html, slugify, strip_tags
from markdown.treeprocessors import Treeprocessor
from markdown.util import HTML_PLACEHOLDER_RE

from hooks.core.anchor_check import CONTENTS_ID
from hooks.core.annotations import BLOCK_CLASS
from hooks.core.glossary import DEFINES_CLASS
from hooks.core.paragraphs import PARAGRAPH_TAGS_ATTRIBUTE, RE_PARAGRAPH_ID, PageInventory, Paragraph
from hooks.core.policy_pages import TAGS_NAV_CLASS
from hooks.core.text import RE_TAG_OPEN, shorten
from hooks.mdx.raw_html import read_raw_html
from hooks.mdx.tree_text import footnote_refs, text_of, text_without

HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
SNIPPET_LENGTH = 40  # an unnumbered paragraph is named by its start, ellipsis included
# What the edition puts into a page from its data files, whose words are not the page's: the line naming the
# glossary entries a passage defines and the links to a tagged page's policy areas.
INSERTED_CLASSES = {DEFINES_CLASS, TAGS_NAV_CLASS}
WRITTEN_ATTRIBUTES = {"id", "class", PARAGRAPH_TAGS_ATTRIBUTE}  # what a paragraph's `{ #pN … }` line may set
# An attribute list left as text (`{ #p6 }` after a list item, where attr_list does not read it).
RE_ATTRIBUTE_LIST = re.compile(r"\{:?[ \t]*[#.][^{}\n]*\}")


def iter_text_blocks(root: etree.Element) -> Iterator[etree.Element]:
    """Yield the paragraphs that belong to the text: top level and inside block quotes.

    Paragraphs inside footnotes, admonitions and other containers are editorial furniture.
    """
    for _, child, _ in iter_sections(root):
        yield child


def iter_sections(
    root: etree.Element, heading: etree.Element | None = None
) -> Iterator[tuple[etree.Element, etree.Element, etree.Element | None]]:
    """The text's paragraphs, each with its parent and the heading above it (a top-level `h2`–`h6`; None before any)."""
    for child in root:
        if child.tag == "p":
            yield root, child, heading
        elif child.tag == "blockquote":
            yield from iter_sections(child, heading)
        elif child.tag in HEADINGS and child.tag != "h1":
            heading = child


def is_raw_html(element: etree.Element) -> bool:
    """A raw HTML block (a comment, a `<div>`) waits in the tree as a placeholder paragraph: not text."""
    return not len(element) and bool(HTML_PLACEHOLDER_RE.fullmatch((element.text or "").strip()))


def take_inventory(root: etree.Element, md: Markdown | None = None) -> PageInventory:
    """Build the page's inventory from its element tree (`md`: the converter, whose stash holds its entities)."""
    paragraphs, misnamed, unknown, lone = [], [], [], []
    notes = footnote_refs(root)
    sections: dict[etree.Element, str] = {}
    top = set(root)  # a paragraph below them stands in a block quote
    unnumbered: dict[etree.Element, str] = {}  # each paragraph without an id: its start
    for parent, element, heading in iter_sections(root):
        pid = element.get("id")
        text = text_of(element, md)
        if pid is None:
            if is_raw_html(element):
                continue
            if not len(element) and RE_ATTRIBUTE_LIST.fullmatch(text):  # not `{ #p6 }` in a code span
                above = unnumbered_above(parent, element, unnumbered)  # named in the same line, not in its own
                lone.append((text, None if above is None else unnumbered.pop(above)))
            elif text:
                unnumbered[element] = shorten(text, SNIPPET_LENGTH)
        elif RE_PARAGRAPH_ID.match(pid):
            words = text_without(element, notes, md) if notes else None
            tags = tuple(element.get(PARAGRAPH_TAGS_ATTRIBUTE, "").split())
            if heading is not None and heading not in sections:
                sections[heading] = text_without(heading, notes, md) if notes else text_of(heading, md)
            section = sections[heading] if heading is not None else None
            quoted = element not in top
            paragraphs.append(Paragraph(pid, text, tags, None if words == text else words, section, quoted))
            unknown += [(pid, name) for name in element.keys() if name not in WRITTEN_ATTRIBUTES]
        else:
            misnamed.append(pid)
    ids, headings, annotations = ids_and_headings(root)
    heading_elements = [element for element in root.iter() if element.tag in HEADINGS]
    if md is not None and md.htmlStash.html_counter:  # raw HTML on the page: its ids are published too
        ids += read_raw_html(md).ids
    literal = literal_attributes(root)
    counts = Counter(p.id for p in paragraphs)
    return PageInventory(
        paragraphs=tuple(paragraphs),
        headings=headings,
        unnamed_headings=tuple(text_of(h, md) for h in heading_elements if not h.get("id")),
        markup_headings=tuple(text for h in heading_elements if RE_TAG_OPEN.search(text := shown_heading(h, md))),
        labelled_headings=labelled_headings(heading_elements, md),
        unnumbered=tuple(unnumbered.values()),
        misnamed=tuple(misnamed),
        duplicates=tuple(pid for pid, n in counts.items() if n > 1),
        unknown_attributes=tuple(unknown),
        literal_attributes=literal,
        lone_attributes=tuple(lone),
        ids=ids,
        annotation_ids=annotations,
        contents=contents_links(root),
        contents_named=contents_named(heading_elements, md),
    )


def contents_named(headings: list[etree.Element], md: Markdown | None) -> tuple[tuple[str, str], ...]:
    """(id, text) of each heading worded as a Contents heading with another id (`## Contents { #content }`)."""
    named = ((hid, h) for h in headings if (hid := h.get("id")) and hid != CONTENTS_ID)
    return tuple((hid, text) for hid, h in named if slugify(text := text_of(h, md), "-") == CONTENTS_ID)


def contents_links(root: etree.Element) -> tuple[str, ...] | None:
    """The links of the lists below the `#contents` heading, up to the next heading, as written (None: no such heading).

    A source's landing page lists its pages there (`source_contents.py` checks it), read here from the tree the
    build renders anyway: no second reading of the page. Before MkDocs rewrites links (priority 0): `page.md`.
    """
    children = iter(root)
    if next((child for child in children if child.tag in HEADINGS and child.get("id") == CONTENTS_ID), None) is None:
        return None
    links: list[str] = []
    for child in children:
        if child.tag in HEADINGS:
            break
        if child.tag in ("ol", "ul"):
            links += [link.get("href", "") for link in child.iter("a")]
    return tuple(links)


def unnumbered_above(
    parent: etree.Element, element: etree.Element, unnumbered: Container[etree.Element]
) -> etree.Element | None:
    """The paragraph without an id right above an attribute list written as a paragraph of its own, if any.

    attr_list reads `{ #p6 }` only on the paragraph's last line: a blank line above it leaves the
    paragraph above without its id. The caller names both in one line: one mistake, one line.
    """
    siblings = list(parent)
    index = siblings.index(element)
    above = siblings[index - 1] if index else None
    return above if above is not None and above in unnumbered else None


def shown_heading(heading: etree.Element, md: Markdown | None) -> str:
    """A heading's text as the contents show it: a code span's `<` too, which the tree holds escaped (`&lt;`)."""
    text = text_of(heading, md)
    return html.unescape(text) if "&" in text else text


def labelled_headings(headings: list[etree.Element], md: Markdown | None) -> tuple[tuple[str, str], ...]:
    """Headings the contents name by a label (`data-toc-label`), with their whole title as the contents would give it.

    `/anchors.json` names a heading by its contents' title: these by the heading's (`diaspora (also diasporas)`).
    """
    labelled = [h for h in headings if h.get("id") and h.get("data-toc-label") is not None]
    return tuple((h.get("id", ""), contents_title(h, md)) for h in labelled)


def contents_title(heading: etree.Element, md: Markdown | None) -> str:
    """A heading's title as the toc extension makes it when the heading has no label: its HTML, tags stripped."""
    return strip_tags(render_inner_html(remove_fnrefs(heading), md)) if md is not None else text_of(heading, md)


def literal_attributes(root: etree.Element) -> tuple[str, ...]:
    """Attribute lists left as text where readers see them (`{ #p6 }` after a list item), code left out.

    An annotation's body is left out too: its words are its contributor's, in its own file (a body
    takes no attribute lists, so its `{ #p3 }` is its text), not the page's to fix; so is what the
    edition inserts from its data (`INSERTED_CLASSES`): a glossary term or an area's title is shown
    as written, `{ #z }` and all, and not the page's to fix either.
    Looked for in the page's whole text first (one pass in C): a page almost never has one.
    """
    if not RE_ATTRIBUTE_LIST.search("".join(root.itertext())):
        return ()
    found, todo = [], [root]
    while todo:  # a walk, not recursion: a page may nest deeper than Python's stack
        element = todo.pop()
        left_out = is_annotation_block(element) or is_inserted(element)
        texts = (element.tail,) if left_out or element.tag in ("code", "pre") else (element.text, element.tail)
        found += [match.group(0) for text in texts if text for match in RE_ATTRIBUTE_LIST.finditer(text)]
        if not left_out:
            todo += reversed(element)
    return tuple(found)


def is_inserted(element: etree.Element) -> bool:
    """Whether the edition put the element into the page from its data (a glossary term, an area's title)."""
    return not INSERTED_CLASSES.isdisjoint(element.get("class", "").split())


def is_annotation_block(element: etree.Element) -> bool:
    """Whether the element is an annotation the edition inserted beside its paragraph."""
    return element.tag == "details" and BLOCK_CLASS in element.get("class", "").split()


def ids_and_headings(root: etree.Element) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Every id of the page in document order, those of headings and of annotation blocks: one walk for all."""
    ids, headings, annotations = [], [], []
    for element in root.iter():
        if element_id := element.get("id"):
            ids.append(element_id)
            if element.tag in HEADINGS:
                headings.append(element_id)
            elif is_annotation_block(element):
                annotations.append(element_id)
    return tuple(ids), tuple(headings), tuple(annotations)


class ParagraphsTreeprocessor(Treeprocessor):
    """Hand the page's inventory to whoever asked for it."""

    def __init__(self, md: Markdown, sink: Callable[[PageInventory], None]) -> None:
        """Keep the receiver of inventories."""
        super().__init__(md)
        self.sink = sink

    def run(self, root: etree.Element) -> None:
        """Record, never change, the tree."""
        self.sink(take_inventory(root, self.md))


class ParagraphsExtension(Extension):
    """Inventory of numbered paragraphs and headings."""

    def __init__(self, sink: Callable[[PageInventory], None] | None = None, **kwargs: object) -> None:
        """Take the inventory receiver; without one the extension does nothing."""
        self.sink = sink
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown API)
        """Register `edition-paragraphs` at priority 6.

        After `attr_list` (8) wrote the ids and after any extension that adds elements with ids
        (7–19), before `toc` (5): every id the inventory records is one MkDocs validates links to.
        """
        if self.sink is not None:
            md.treeprocessors.register(ParagraphsTreeprocessor(md, self.sink), "edition-paragraphs", 6)


def makeExtension(**kwargs: object) -> ParagraphsExtension:  # noqa: N802 (Python-Markdown API)
    """Entry point for `markdown_extensions: [hooks.mdx.paragraphs]`."""
    return ParagraphsExtension(**kwargs)
