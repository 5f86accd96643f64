"""The ids a page's links are checked against, gathered where MkDocs gathers its `present_anchor_ids`."""

from __future__ import annotations

from xml.etree import ElementTree as etree

import markdown

from hooks.mdx.page_links import PageLinksExtension
from hooks.mdx.paragraphs import BLOCK_CLASS

PAGE = """\
# Guide { #guide }

## No id written

<div id="raw-one" markdown>inside</div>

<a name="old-anchor"></a>

A `<b id="in-code-span">` span[^x].

```html
<i id="in-fence"></i>
```

[^x]: A note.
"""


def ids_of(text: str) -> set[str]:
    found: list[set[str]] = []
    extensions = ["attr_list", "footnotes", "md_in_html", "toc", "pymdownx.superfences"]
    markdown.Markdown(extensions=[*extensions, PageLinksExtension(ids_sink=found.append)]).convert(text)
    return found[0]


def test_the_ids_are_mkdocs_own_the_toc_s_and_the_raw_html_s_too() -> None:
    """As MkDocs 1.6 counts them (checked against a build's): a code span's HTML too, never a fenced block's."""
    assert ids_of(PAGE) == {"guide", "no-id-written", "raw-one", "old-anchor", "in-code-span", "fn:x", "fnref:x"}


def test_each_page_its_own_raw_ids() -> None:
    """One Markdown renders one page in make check; a second conversion keeps no id of the first."""
    found: list[set[str]] = []
    md = markdown.Markdown(extensions=[PageLinksExtension(ids_sink=found.append)])
    md.convert('<a id="one"></a>\n')
    md.reset()
    md.convert('<a id="two"></a>\n')
    assert found == [{"one"}, {"two"}]


def test_an_annotation_s_links_are_its_own_line_s() -> None:
    """A note's body is checked on its file (`body_links.py`): its links are not the page's to name."""
    found: list[list[str]] = []
    md = markdown.Markdown(extensions=[PageLinksExtension(sink=found.append)])
    root = etree.fromstring(
        f'<div><p><a href="a.md#x">a</a></p><details class="{BLOCK_CLASS}"><p><a href="b.md#y">b</a></p></details></div>'
    )
    md.treeprocessors["edition-page-links"].run(root)
    assert found == [["a.md#x"]]
