"""Hand on the links of a page as MkDocs validates them, and the ids it validates their `#id` against.

MkDocs' `relpath` treeprocessor (priority 0, registered after every extension) reads every `a[href]` and
`img[src]`, and warns of one leading to no file. This one, registered last at the same priority, sees the
same elements, those other extensions added included (`hooks.core.page_links` checks them). The ids are
MkDocs' `present_anchor_ids`: those of the tree at priority 5, after `toc` (its own treeprocessor, registered
after every extension), and those of the Markdown's raw HTML, read at priority 21, before `html_block`
stashes it (`hooks.core.link_anchors` checks the links' `#id` against them). `make check` renders pages
without MkDocs; the build hands on only the links, its pages' ids being MkDocs' own.

A link whose address `urlsplit` refuses (`//[a`) is handed on and left as its words: `relpath`, which runs
after this one (both at 0, MkDocs' registered once the extensions are loaded), raised a traceback on it.

The links written in the page's raw HTML, which Python-Markdown stashes and `relpath` never reads (MkDocs
neither checks nor rewrites them), are handed on apart, read with an HTML parser once for them and the
inventory's ids (`hooks.mdx.raw_html`; `hooks.core.raw_links` checks them): only on a page whose raw HTML
names an address.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.htmlparser import htmlparser
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from hooks.core.raw_links import RawLink
from hooks.core.site_addresses import readable
from hooks.mdx.paragraphs import is_annotation_block
from hooks.mdx.raw_html import read_raw_html

LINKED = {"a": "href", "img": "src"}  # what `relpath` reads in the tree (raw HTML's: `raw_html.RAW_LINKED`)


def link_elements(root: etree.Element) -> Iterator[etree.Element]:
    """The tree's `a` and `img` elements in the order written, as `relpath` meets them.

    ElementTree's own `iter("a")` finds them on a page with no image (most pages: the walk in C); only a page
    with one walks every element in Python, for their order. This runs on every page of every build.
    """
    if next(root.iter("img"), None) is None:
        return root.iter("a")
    return (element for element in root.iter() if element.tag in LINKED)


def take_links(root: etree.Element) -> list[str]:
    """The page's link addresses in order, as MkDocs' `relpath` reads them, `<me@x.org>`'s too: `read_link` passes it.

    Not an annotation's: its body's links are checked on its file (`body_links.py`), where they are written;
    its few blocks are found by their tag first, not element by element in Python. Each link or image, a
    note's too, whose address `urlsplit` refuses is left as its words (`readable`), in the same one pass over
    the links: this runs on every page of every build.
    """
    inside = {id(element) for block in root.iter("details") if is_annotation_block(block) for element in block.iter()}
    urls = []
    for element in link_elements(root):  # `unlink` changes the tag and attributes of the one met, not the tree
        url = element.get(LINKED[element.tag])
        if url is None:
            continue
        if id(element) not in inside:
            urls.append(url)
        if not readable(url):
            unlink(element)
    return urls


def unlink(element: etree.Element) -> None:
    """A link, or an image (its `alt`), left as its words in a `span`, as a note's body leaves one (`body_elements`)."""
    del element.attrib[LINKED[element.tag]]
    if element.tag == "img":
        element.text = element.attrib.pop("alt", None)
    element.tag = "span"


def tree_ids(root: etree.Element) -> set[str]:
    """Every `id` of the tree, and `name` on an `a`, as MkDocs' `_ExtractAnchorsTreeprocessor` gathers them."""
    ids = {anchor for element in root.iter() if (anchor := element.get("id"))}
    return ids | {anchor for element in root.iter("a") if (anchor := element.get("name"))}


class _RawIds(htmlparser.HTMLParser):
    """The ids of the page's HTML written in its Markdown: MkDocs' `_HTMLHandler`, with its parser."""

    def __init__(self) -> None:
        """Start with none found."""
        super().__init__()
        self.found: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Keep the element's `id` (an `a`'s `name` too)."""
        self.found |= {value for name, value in attrs if value and (name == "id" or (name == "name" and tag == "a"))}


class RawIdsPreprocessor(Preprocessor):
    """Gather the raw HTML's ids from the whole Markdown, as MkDocs does, right before `html_block`."""

    def __init__(self, md: Markdown, found: set[str]) -> None:
        """Keep the set the tree's ids join."""
        super().__init__(md)
        self.found = found

    def run(self, lines: list[str]) -> list[str]:
        """Read, never change, the lines."""
        parser = _RawIds()
        parser.feed("\n".join(lines))
        parser.close()
        self.found.clear()  # this page's alone
        self.found |= parser.found
        return lines


class PageIdsTreeprocessor(Treeprocessor):
    """Hand the page's ids, the raw HTML's with the tree's, to whoever asked for them."""

    def __init__(self, md: Markdown, found: set[str], sink: Callable[[set[str]], None]) -> None:
        """Keep the raw HTML's ids and the receiver."""
        super().__init__(md)
        self.found, self.sink = found, sink

    def run(self, root: etree.Element) -> None:
        """Report, never change, the tree."""
        self.sink(self.found | tree_ids(root))


class PageLinksTreeprocessor(Treeprocessor):
    """Hand the page's links to whoever asked for them, and leave as words one that is no address.

    And, to whoever asked for them, its raw HTML's, on a page that has any.
    """

    def __init__(
        self,
        md: Markdown,
        sink: Callable[[list[str]], None] | None,
        raw_sink: Callable[[list[RawLink]], None] | None = None,
    ) -> None:
        """Keep the receivers of the links: the tree's, the raw HTML's (None: not asked)."""
        super().__init__(md)
        self.sink, self.raw_sink = sink, raw_sink

    def run(self, root: etree.Element) -> None:
        """Report the links; change only those MkDocs would stop on (`unreadable_link` names them)."""
        if self.sink is not None:
            self.sink(take_links(root))
        if self.raw_sink is not None and self.md.htmlStash.html_counter and (found := read_raw_html(self.md).links):
            self.raw_sink(list(found))


class PageLinksExtension(Extension):
    """A page's links, and the ids MkDocs checks their `#id` against."""

    def __init__(
        self,
        sink: Callable[[list[str]], None] | None = None,
        ids_sink: Callable[[set[str]], None] | None = None,
        raw_sink: Callable[[list[RawLink]], None] | None = None,
        **kwargs: object,
    ) -> None:
        """Take the receivers of the links, the ids and the raw HTML's links; without one, that part does nothing."""
        self.sink, self.ids_sink, self.raw_sink = sink, ids_sink, raw_sink
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown API)
        """Register `edition-page-links` at priority 0, where MkDocs' `relpath` reads them (added last, as it is).

        Registered before MkDocs' own (`Page.render`), it runs before it at the same priority (a stable sort).

        And `edition-raw-ids` (a preprocessor, 21) and `edition-page-ids` (5), where MkDocs reads the ids.
        """
        if self.sink is not None or self.raw_sink is not None:
            links = PageLinksTreeprocessor(md, self.sink, self.raw_sink)
            md.treeprocessors.register(links, "edition-page-links", 0)
        if self.ids_sink is not None:
            raw: set[str] = set()
            md.preprocessors.register(RawIdsPreprocessor(md, raw), "edition-raw-ids", 21)
            md.treeprocessors.register(PageIdsTreeprocessor(md, raw, self.ids_sink), "edition-page-ids", 5)


def makeExtension(**kwargs: object) -> PageLinksExtension:  # noqa: N802 (Python-Markdown API)
    """Entry point for `markdown_extensions: [hooks.mdx.page_links]`."""
    return PageLinksExtension(**kwargs)
