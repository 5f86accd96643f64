"""Give every numbered paragraph a margin permalink (¶ 7), one element per paragraph.

```html
<p id="p7"><a aria-label="Paragraph 7" class="paragraph-link" data-search-exclude="" href="#p7"
   title="Link to paragraph 7">¶ 7</a>…</p>
```

No id is added: the link points at the paragraph's own id, and works without JavaScript. The
link comes first, as it stands in the margin left of the text: keyboard focus reaches it before
the paragraph's own links (WCAG 2.4.3). `data-search-exclude` keeps its number out of Material's
search index, so a paragraph's search text still starts with its words. The paragraph's Cite
action works only with JavaScript, so `citation.js` creates it beside the link from the data the
page carries (progressive enhancement): the build emits, links, serialises and indexes one
element per paragraph, not four.
"""

from __future__ import annotations

from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from hooks.core.paragraphs import RE_PARAGRAPH_ID
from hooks.mdx.paragraphs import iter_text_blocks

LINK_CLASS = "paragraph-link"
SEARCH_EXCLUDE = "data-search-exclude"


def build_link(paragraph_id: str) -> etree.Element:
    """The margin permalink of one paragraph: `¶ N`, pointing at the paragraph's own id.

    Named "Paragraph N" (a screen reader read "¶ N" as "pilcrow N"): the symbol's meaning, then the
    number shown, which speech input needs in the name (WCAG 2.5.3 sets symbols aside as non-text).
    """
    number = paragraph_id[1:]
    name = f"Paragraph {number}"
    title = f"Link to paragraph {number}"
    link = etree.Element(
        "a", {"aria-label": name, "class": LINK_CLASS, SEARCH_EXCLUDE: "", "href": f"#{paragraph_id}", "title": title}
    )
    link.text = AtomicString(f"¶\u00a0{number}")
    return link


class PermalinksTreeprocessor(Treeprocessor):
    """Put the permalink first in each paragraph of the text that has a `pN` id."""

    def run(self, root: etree.Element) -> None:
        """Add the link once per numbered paragraph (a second run adds nothing)."""
        for paragraph in iter_text_blocks(root):
            paragraph_id = paragraph.get("id", "")
            if not RE_PARAGRAPH_ID.match(paragraph_id):
                continue
            if len(paragraph) and paragraph[0].get("class") == LINK_CLASS and not (paragraph.text or "").strip():
                continue
            link = build_link(paragraph_id)
            link.tail = (paragraph.text or "").lstrip()
            paragraph.text = None
            paragraph.insert(0, link)


class PermalinksExtension(Extension):
    """Paragraph permalinks (¶ N)."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown API)
        """Register `edition-permalinks` at priority 4.

        After the inventory (6), so paragraph texts stay free of the margin furniture, and after
        `toc` and MkDocs' anchor collection (5): it adds links, never ids. MkDocs' link checking
        (0) still sees each `#pN` link.
        """
        md.treeprocessors.register(PermalinksTreeprocessor(md), "edition-permalinks", 4)


def makeExtension(**kwargs: object) -> PermalinksExtension:  # noqa: N802 (Python-Markdown API)
    """Entry point for `markdown_extensions: [hooks.mdx.permalinks]`."""
    return PermalinksExtension(**kwargs)
