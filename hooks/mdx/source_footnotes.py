"""Show footnotes with the source's own numbers.

Python-Markdown numbers footnotes 1, 2, … per page; the source's notes are numbered across the
whole paper (2 on the Introduction, 6 on Policy Considerations). An edition keeps the source's
numbering, so numeric labels (`[^6]`) are shown as written.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

RE_NUMERIC_TARGET = re.compile(r"#fn:([0-9]+)\Z")
RE_NUMERIC_ID = re.compile(r"fn:([0-9]+)\Z")


class SourceFootnotesTreeprocessor(Treeprocessor):
    """Relabel footnote references and list items with their written numbers."""

    def run(self, root: etree.Element) -> None:
        """Rewrite numeric footnote labels in place."""
        for element in root.iter():
            if element.tag == "a" and "footnote-ref" in element.get("class", ""):
                if match := RE_NUMERIC_TARGET.match(element.get("href", "")):
                    element.text = match.group(1)
            elif element.tag == "li" and (match := RE_NUMERIC_ID.match(element.get("id", ""))):
                element.set("value", match.group(1))
                for backref in element.iter("a"):
                    if "footnote-backref" in backref.get("class", ""):
                        backref.set("title", f"Jump back to note {match.group(1)} in the text")


class SourceFootnotesExtension(Extension):
    """Keep the source's footnote numbers."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown API)
        """Register `edition-source-footnotes` at 12: after `footnote` (50) and its renumbering (19, 15)."""
        md.treeprocessors.register(SourceFootnotesTreeprocessor(md), "edition-source-footnotes", 12)


def makeExtension(**kwargs: object) -> SourceFootnotesExtension:  # noqa: N802 (Python-Markdown API)
    """Entry point for `markdown_extensions: [hooks.mdx.source_footnotes]`."""
    return SourceFootnotesExtension(**kwargs)
