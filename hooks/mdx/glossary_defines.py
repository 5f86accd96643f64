"""The line under a passage that defines glossary terms, linking the entries it defines ("Defines: …").

The treeprocessor `hooks/mdx/glossary.py` registers (`edition-glossary-defines`), after the
annotations, so that the line sits right under its paragraph; its links are `term_link`'s, as the terms'.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.treeprocessors import Treeprocessor

from hooks.core.glossary import DEFINES_CLASS
from hooks.core.text import ITEM_SEPARATOR
from hooks.mdx.glossary_term_links import term_link

if TYPE_CHECKING:  # the extension hands itself to the treeprocessor: a name for the signatures only
    from hooks.mdx.glossary import GlossaryExtension


class GlossaryDefinesTreeprocessor(Treeprocessor):
    """After each defining paragraph, a line linking to the entries it defines."""

    def __init__(self, md: Markdown, extension: GlossaryExtension) -> None:
        """Take the prepared glossary data from the extension."""
        super().__init__(md)
        self.ext = extension

    def run(self, root: etree.Element) -> None:
        """Mark the current page's defining paragraphs (a page the extension is not told about is left alone)."""
        page = self.ext.page()
        defined = self.ext.defined_on.get(page, {}) if page is not None else {}
        if not defined:
            return
        parents = {child: parent for parent in root.iter() for child in parent}
        for paragraph in [p for p in root.iter("p") if p.get("id") in defined and p in parents]:
            line = etree.Element("div", {"class": DEFINES_CLASS})
            label = etree.SubElement(line, "span")
            label.text = "Defines: "
            for position, term_id in enumerate(defined[paragraph.get("id")]):
                link = term_link(self.ext, term_id, page, self.ext.glossary.get(term_id).term, "glossary-entry")
                link.set("title", "Glossary entry")
                link.tail = ITEM_SEPARATOR if position < len(defined[paragraph.get("id")]) - 1 else None
                line.append(link)
            parent = parents[paragraph]
            parent.insert(list(parent).index(paragraph) + 1, line)
            line.tail, paragraph.tail = paragraph.tail, "\n"
