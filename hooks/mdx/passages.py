"""Read the paragraphs of a few pages before the site renders them.

Tooltips need a definition's words on every page, including pages rendered before the page that
holds the definition. So the pages holding definitions (three, today) are rendered once up
front with the site's own Markdown extensions, and their inventories kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as etree

import frontmatter
import markdown
from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from hooks.core.paragraphs import PageInventory
from hooks.mdx.paragraphs import take_inventory

DEFAULT_EXTENSIONS = ("abbr", "admonition", "attr_list", "def_list", "footnotes", "md_in_html", "tables", "toc")
FOOTNOTE_REF_PREFIX = "fnref"


class _InventoryTreeprocessor(Treeprocessor):
    """Take the inventory without footnote reference numbers, which are not the author's words."""

    def __init__(self, md: Markdown, found: list[PageInventory]) -> None:
        """Keep the list the inventory goes into."""
        super().__init__(md)
        self.found = found

    def run(self, root: etree.Element) -> None:
        """Drop footnote references from this throwaway tree, then take the inventory."""
        for parent in list(root.iter()):
            for index, child in reversed(list(enumerate(parent))):
                if child.get("id", "").startswith(FOOTNOTE_REF_PREFIX):
                    parent.remove(child)
                    keep_tail(parent, parent[index - 1] if index else None, child.tail or "")
        self.found.append(take_inventory(root))


def keep_tail(parent: etree.Element, previous: etree.Element | None, text: str) -> None:
    """Keep the text that followed a removed element (its tail)."""
    if previous is not None:
        previous.tail = (previous.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


class _InventoryExtension(Extension):
    """Collect the inventory of the page being converted."""

    def __init__(self, found: list[PageInventory]) -> None:
        """Keep the list the inventory goes into."""
        self.found = found
        super().__init__()

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown API)
        """Register `edition-passages` at 6, where the site's own inventory is taken."""
        md.treeprocessors.register(_InventoryTreeprocessor(md, self.found), "edition-passages", 6)


def read_passages(
    docs_dir: Path,
    pages: Iterable[str],
    extensions: Iterable[str] = DEFAULT_EXTENSIONS,
    configs: Mapping[str, Any] | None = None,
) -> dict[str, PageInventory]:
    """Inventories of `pages` (paths below `docs_dir`); a page that does not exist is left out."""
    inventories = {}
    for page in pages:
        path = docs_dir / page
        if not path.is_file():
            continue
        found: list[PageInventory] = []
        md = markdown.Markdown(
            extensions=[*extensions, _InventoryExtension(found)], extension_configs=dict(configs or {})
        )
        md.convert(body_of(path.read_text(encoding="utf-8-sig")))
        inventories[page] = found[0] if found else PageInventory()
    return inventories


def body_of(text: str) -> str:
    """The Markdown without its front matter (a page whose front matter is broken is read whole)."""
    try:
        return frontmatter.loads(text).content
    except Exception:  # noqa: BLE001 (the front-matter check reports it; here the text is enough)
        return text
