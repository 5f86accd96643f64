"""Hand on the links of a page as MkDocs validates them: every `a[href]` and `img[src]` of the rendered tree.

MkDocs' `relpath` treeprocessor (priority 0, registered after every extension) reads these and warns of
one leading to no file. `make check` renders pages without MkDocs: this one, registered last at the same
priority, sees the same elements, those other extensions added included (`hooks.core.page_links` checks them).
"""

from __future__ import annotations

from collections.abc import Callable
from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AMP_SUBSTITUTE

LINKED = {"a": "href", "img": "src"}


def page_links(root: etree.Element) -> list[str]:
    """The page's link addresses in order, as MkDocs reads them (an obfuscated `<me@example.org>` is none)."""
    urls = (element.get(LINKED[element.tag]) for element in root.iter() if element.tag in LINKED)
    return [url for url in urls if url is not None and AMP_SUBSTITUTE not in url]


class PageLinksTreeprocessor(Treeprocessor):
    """Hand the page's links to whoever asked for them."""

    def __init__(self, md: Markdown, sink: Callable[[list[str]], None]) -> None:
        """Keep the receiver of the links."""
        super().__init__(md)
        self.sink = sink

    def run(self, root: etree.Element) -> None:
        """Report, never change, the tree."""
        self.sink(page_links(root))


class PageLinksExtension(Extension):
    """A page's links, for a check run without MkDocs."""

    def __init__(self, sink: Callable[[list[str]], None] | None = None, **kwargs: object) -> None:
        """Take the receiver of the links; without one the extension does nothing."""
        self.sink = sink
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown API)
        """Register `edition-page-links` at priority 0, where MkDocs' `relpath` reads them (added last, as it is)."""
        if self.sink is not None:
            md.treeprocessors.register(PageLinksTreeprocessor(md, self.sink), "edition-page-links", 0)


def makeExtension(**kwargs: object) -> PageLinksExtension:  # noqa: N802 (Python-Markdown API)
    """Entry point for `markdown_extensions: [hooks.mdx.page_links]`."""
    return PageLinksExtension(**kwargs)
