"""Give every numbered paragraph a margin permalink (¶ 7) and a Cite action.

```html
<p id="p7">…<span class="paragraph-actions" data-search-exclude>
  <a class="paragraph-link" href="#p7" title="Link to paragraph 7">¶ 7</a>
  <a class="paragraph-cite" href="#cite-this-page" data-paragraph="p7" role="button">Cite</a>
</span></p>
```

No id is added: the link points at the paragraph's own id. The Cite link leads to the page's
"Cite this page" block without JavaScript; `citation.js` turns it into a dialog. The actions are
appended after the text so copying or reading the paragraph gives its words first.
"""

from __future__ import annotations

from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from hooks.core.paragraphs import RE_PARAGRAPH_ID
from hooks.mdx.paragraphs import iter_text_blocks

ACTIONS_CLASS = "paragraph-actions"
LINK_CLASS = "paragraph-link"
CITE_CLASS = "paragraph-cite"
CITE_TARGET = "#cite-this-page"


def build_actions(paragraph_id: str, cite: bool) -> etree.Element:
    """The margin furniture of one paragraph: its permalink and, on cited pages, its Cite action."""
    number = paragraph_id[1:]
    actions = etree.Element("span", {"class": ACTIONS_CLASS, "data-search-exclude": ""})
    link = etree.SubElement(
        actions, "a", {"class": LINK_CLASS, "href": f"#{paragraph_id}", "title": f"Link to paragraph {number}"}
    )
    link.text = AtomicString(f"¶\u00a0{number}")
    if cite:
        attributes = {
            "class": CITE_CLASS,
            "href": CITE_TARGET,
            "role": "button",
            "data-paragraph": paragraph_id,
            "title": f"Cite paragraph {number}",
        }
        button = etree.SubElement(actions, "a", attributes)
        button.text = AtomicString("Cite")
    return actions


class PermalinksTreeprocessor(Treeprocessor):
    """Append the actions to each paragraph of the text that has a `pN` id."""

    def __init__(self, md: Markdown, cite: bool) -> None:
        """Remember whether to add the Cite action."""
        super().__init__(md)
        self.cite = cite

    def run(self, root: etree.Element) -> None:
        """Add the actions once per numbered paragraph (a second run adds nothing)."""
        for paragraph in iter_text_blocks(root):
            paragraph_id = paragraph.get("id", "")
            if not RE_PARAGRAPH_ID.match(paragraph_id):
                continue
            if any(child.get("class") == ACTIONS_CLASS for child in paragraph):
                continue
            if len(paragraph):
                last = paragraph[-1]
                last.tail = (last.tail or "").rstrip()
            else:
                paragraph.text = (paragraph.text or "").rstrip()
            paragraph.append(build_actions(paragraph_id, self.cite))


class PermalinksExtension(Extension):
    """Paragraph permalinks (¶ N) with a Cite action."""

    def __init__(self, **kwargs: object) -> None:
        """Declare the options: `cite` adds the Cite action beside each permalink."""
        self.config = {"cite": [True, "Add a 'Cite' action that opens the citation dialog - Default: True"]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown API)
        """Register `edition-permalinks` at priority 4.

        After the inventory (6), so paragraph texts stay free of the margin furniture, and after
        `toc` and MkDocs' anchor collection (5): it adds links, never ids. MkDocs' link rewriting
        (0) still sees the `#cite-this-page` link and checks it.
        """
        processor = PermalinksTreeprocessor(md, bool(self.getConfig("cite")))
        md.treeprocessors.register(processor, "edition-permalinks", 4)


def makeExtension(**kwargs: object) -> PermalinksExtension:  # noqa: N802 (Python-Markdown API)
    """Entry point for `markdown_extensions: [hooks.mdx.permalinks]`."""
    return PermalinksExtension(**kwargs)
