"""A page's raw HTML read once for what the edition needs of it: the ids written there, and the addresses linked.

Python-Markdown stashes raw HTML (`md.htmlStash`), where neither the tree nor MkDocs' `relpath` sees it. The
inventory (`paragraphs.py`, priority 6) keeps its ids, for links reach them; the link check (`page_links.py`,
priority 0) its links, which MkDocs neither checks nor rewrites. Both read the same pieces: each piece is parsed
once a conversion, for both, on the first asking, and only one whose text may write an id or an address.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from markdown import Markdown

from hooks.core.raw_links import RawLink
from hooks.core.srcset import srcset_urls

# what a browser asks for from the page's address: `relpath`'s `a[href]`, `img[src]`, and a `link`'s stylesheet,
# which Python-Markdown passes through in a page's text, a video's poster, an object's data; a `srcset` is a list of
# them (`srcset_urls`)
RAW_LINKED = {
    "a": ("href",),
    "img": ("src", "srcset"),
    "area": ("href",),
    "source": ("src", "srcset"),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "iframe": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "link": ("href",),
}
RE_ID_ATTRIBUTE = re.compile(r"\b(?:id|name)\s*=", re.IGNORECASE)  # any case, spaces around `=`
# a stashed piece worth parsing (most are code blocks): `srcset=`, `poster=` or `data=` alone too, which `src\s*=`
# does not match (a `data-x=` does not match `data\s*=`)
RE_ADDRESS_ATTRIBUTE = re.compile(r"(?i)\b(?:href|src|srcset|poster|data)\s*=")
CACHE = "_edition_raw_html"  # the stash's attribute holding its last reading


@dataclass(frozen=True)
class RawHtml:
    """What the page's raw HTML writes, in the order stashed: its ids (MkDocs' kind), the addresses it links."""

    ids: tuple[str, ...]
    links: tuple[RawLink, ...]


class _RawReader(HTMLParser):
    """The ids and the linked addresses of one stashed piece, each kept only where the piece's text may write one."""

    def __init__(self, ids: list[str], links: list[RawLink]) -> None:
        """Add to the page's lists."""
        super().__init__(convert_charrefs=True)  # `&amp;` read as a browser reads it
        self.ids, self.links = ids, links
        self.wants_ids = self.wants_links = False

    def read(self, raw: str) -> None:
        """Read one piece on its own: an unclosed `<script>` in one would swallow the next."""
        self.reset()
        self.wants_ids, self.wants_links = bool(RE_ID_ATTRIBUTE.search(raw)), bool(RE_ADDRESS_ATTRIBUTE.search(raw))
        if self.wants_ids or self.wants_links:
            self.feed(raw)
            self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Keep the element's id (an `a`'s `name` too; not a numbered `__codelineno-1-7`), and its linked address."""
        if self.wants_ids:
            for name, value in attrs:
                if value and (name == "id" or (name == "name" and tag == "a")) and not value.startswith("__"):
                    self.ids.append(value)
        if self.wants_links and (linked := RAW_LINKED.get(tag)) is not None:
            for key, value in attrs:
                if key in linked and value is not None:
                    urls = srcset_urls(value) if key == "srcset" else (value,)
                    self.links += [RawLink(url, key) for url in urls]


def read_raw_html(md: Markdown) -> RawHtml:
    """The page's raw HTML's ids and links, read once a conversion however many ask (a piece stashed since: again).

    In the order stashed: the blocks', then those inside paragraphs; an `md_in_html` block's own Markdown is the
    tree's. A page with neither raw HTML nor a code block (most) is passed over by its callers on the stash's
    counter; a code block's highlighted piece here by the searches. Kept on the stash with its list of pieces,
    which `reset` replaces for the next page, and their count.
    """
    stash = md.htmlStash
    pieces, count = stash.rawHtmlBlocks, len(stash.rawHtmlBlocks)
    kept = getattr(stash, CACHE, None)
    if kept is not None and kept[0] is pieces and kept[1] == count:
        return kept[2]
    ids: list[str] = []
    links: list[RawLink] = []
    reader = _RawReader(ids, links)
    for raw in pieces:
        if isinstance(raw, str):
            reader.read(raw)
    found = RawHtml(tuple(ids), tuple(links))
    setattr(stash, CACHE, (pieces, count, found))
    return found
