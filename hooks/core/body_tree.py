"""A sanitised annotation body as elements: parsed once, its links made right for where it is shown.

External links get `rel`; links to the edition's pages (`source/page.md#p3`) are rewritten for the
page or the export that shows the body. Also what the checks read from a body (its words, its
links), the list of works an annotation relies on, and `render_bodies`, which renders and parses
every body before the first page that shows one asks.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache
from html import escape
from html.parser import HTMLParser
from xml.etree import ElementTree as etree

from hooks.core.bodies import render_body, unsanitised_body
from hooks.core.site_addresses import split_url
from hooks.core.text import INVISIBLE

VOID_TAGS = {"br", "hr"}  # elements without content or end tag, as the sanitiser writes them
EXTERNAL_REL = "nofollow noopener"


def render_bodies(texts: Iterable[str]) -> None:
    """Render and parse every body before the pages that show them ask, converting them all first (all cached).

    The same work spread between the pages costs about twice as much, and taking each body through
    every stage in turn about a tenth more: the Markdown converter, the sanitiser and the parser
    each start cold.
    """
    texts = list(texts)
    for text in texts:
        unsanitised_body(text)
    for text in texts:
        _parsed(render_body(text))


def is_external(href: str) -> bool:
    """A link that leaves the site."""
    parts = split_url(href)
    return parts is not None and bool(parts.scheme or parts.netloc)


def is_docs_link(href: str) -> bool:
    """A link to a page of the edition written as in DESIGN.md: `source/page.md#p3`."""
    parts = split_url(href)
    if parts is None or parts.scheme or parts.netloc:
        return False
    return parts.path.endswith(".md") and not parts.path.startswith("/")


def is_site_address(href: str) -> bool:
    """A link to the site written as its address (`../introduction/#p3`, `/source/page/`), not as a docs path.

    It would lead elsewhere from each place the body is shown; `body_links` names it to its author.
    """
    parts = split_url(href)
    return parts is not None and not (parts.scheme or parts.netloc) and bool(parts.path) and not is_docs_link(href)


class _FragmentBuilder(HTMLParser):
    """Build an element tree from sanitised HTML (well formed by construction, allowlisted tags)."""

    def __init__(self, root: etree.Element) -> None:
        """Append everything to `root`."""
        super().__init__(convert_charrefs=True)
        self.stack = [root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open an element (void elements close at once)."""
        element = etree.SubElement(self.stack[-1], tag, {name: value or "" for name, value in attrs})
        if tag not in VOID_TAGS:
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        """Close the innermost element of that name."""
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        """Attach text where etree keeps it: the open element's text or its last child's tail."""
        parent = self.stack[-1]
        if len(parent):
            parent[-1].tail = (parent[-1].tail or "") + data
        else:
            parent.text = (parent.text or "") + data


@lru_cache(maxsize=16384)
def _parsed(html: str) -> etree.Element:
    """The sanitised body as elements, parsed once per distinct body; `body_elements` hands out copies."""
    root = etree.Element("div", {"class": "annotation__body"})
    builder = _FragmentBuilder(root)
    builder.feed(html)
    builder.close()
    return root


def shows_words(html: str) -> bool:
    """Whether a sanitised body shows any words: not only a rule, a comment's remains or invisible characters."""
    return bool("".join(_parsed(html).itertext()).translate(INVISIBLE).strip())


def wordless_links(html: str) -> list[str]:
    """The addresses of a sanitised body's links that show no words (`[](https://…)`): no one could see them.

    An `a` whose address the sanitiser removed (`javascript:`) is shown as words, no link: the
    check of what it removed names it.
    """
    return [
        href
        for anchor in _parsed(html).iter("a")
        if (href := anchor.get("href")) is not None and not "".join(anchor.itertext()).translate(INVISIBLE).strip()
    ]


def body_hrefs(html: str) -> Iterator[str]:
    """The addresses of a sanitised body's links, in order (read from the cached parse, not a copy)."""
    for anchor in _parsed(html).iter("a"):
        if (href := anchor.get("href")) is not None:
            yield href


def body_elements(html: str, link: Callable[[str], str | None] | None = None, here: str | None = None) -> etree.Element:
    """The sanitised body as a `div`; external links get `rel`, edition links are rewritten by `link`.

    With `here` (the annotated page's docs path), a link to an id or a view of that page (`#p1`,
    `?x=1#p1`) is an edition link too: shown elsewhere than beside its paragraph, the body needs
    the page's address.

    A link whose address the sanitiser removed (`javascript:`, `data:`) or that is no address
    (`//[a`) keeps its words as a `span`: an `a` without `href` is no link, and MkDocs' link
    rewriting cannot take one. So does an edition link for which `link` gives None (a page that
    does not exist: the annotation's own check names it), and, where `link` is given, a site
    address (MkDocs would warn about the page, not the annotation).
    """
    root = copy.deepcopy(_parsed(html))  # the page's copy is changed further by MkDocs and the glossary
    for anchor in list(root.iter("a")):
        href = anchor.get("href")
        if href is not None and split_url(href) is None:
            href = None  # plain words: MkDocs' link rewriting would stop on it (the check's line says why)
        if href is not None and is_external(href):
            anchor.set("rel", EXTERNAL_REL)
            continue
        if href is not None and here is not None and href.startswith(("#", "?")):  # `?x=1#p5`: a view of it
            href = f"{here}{href}"
        if href is not None and link is not None and is_docs_link(href):
            href = link(href)
        elif href is not None and link is not None and is_site_address(href):
            href = None  # plain words until its author writes the docs path (the check's line says which)
        if href is None:
            anchor.tag = "span"
            anchor.attrib.pop("rel", None)
            anchor.attrib.pop("href", None)
        else:
            anchor.set("href", href)
    return root


def for_markdown_tree(root: etree.Element, html: str) -> etree.Element:
    """The body's elements made ready for a Python-Markdown tree, whose serializer keeps `&…;` as written.

    It takes `&#x202e;` in a text for a character reference: a body whose words are `&#x202e;`
    (typed `&amp;#x202e;`) would reach the page as the direction control itself. Each `&` is written
    `&amp;`, which the serializer keeps, so the words show as the contributor wrote them.
    """
    if "&" not in html:  # the sanitiser writes every `&` of the words as `&amp;`: most bodies have none
        return root
    for element in root.iter():
        element.text = element.text and element.text.replace("&", "&amp;")
        element.tail = element.tail and element.tail.replace("&", "&amp;")
        for name, value in element.attrib.items():
            element.set(name, value.replace("&", "&amp;"))
    return root


def reference_list(references: Sequence[tuple[str, str | None]]) -> etree.Element | None:
    """The works an annotation relies on, as the `ul` the page shows and the export carries (None: there are none)."""
    if not references:
        return None
    listing = etree.Element("ul", {"class": "annotation__references"})
    for title, url in references:
        item = etree.SubElement(listing, "li")
        if url:
            etree.SubElement(item, "a", {"href": url, "rel": EXTERNAL_REL}).text = title
        else:
            item.text = title
    return listing


def rewrite_links(html: str, link: Callable[[str], str], here: str | None = None) -> str:
    """The sanitised body with edition links rewritten by `link` (e.g. to absolute URLs for the export)."""
    root = body_elements(html, link, here)
    text = escape(root.text or "", quote=False)  # words the sanitiser left outside any element, still escaped
    return text + "".join(etree.tostring(child, encoding="unicode", method="html") for child in root)
