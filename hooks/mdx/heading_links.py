"""Name each heading's permalink by its section: `toc`'s `¶` was read "pilcrow" by a screen reader.

```html
<h2 id="opportunities">Opportunities<a aria-label="Link to this section: Opportunities" class="headerlink"
   href="#opportunities" title="Permanent link">¶</a></h2>
```

Python-Markdown's `toc` (`permalink: true` in mkdocs.yml) writes the link with its text `¶` and its
title, and has no option for a name (`permalink_title` sets the title, the link's description and
Material's tooltip, which stays). One attribute, `aria-label`, says what the link is and which
section it leads to, as a links list read out of context needs. The section's name is the one
`toc` has just worked out for the table of contents (`md.toc_tokens`): the heading's words, or its
`data-toc-label` (a glossary entry's term without its aliases), so nothing is rendered twice. A name two
sections share says the section each is under (`Migration and Transnationalism, under Paragraphs`): a
policy area's page has one per source in each of its three lists, three links of one name in a links list.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

HEADERLINK_CLASS = "headerlink"
NAME_PREFIX = "Link to this section"
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def link_name(section: str) -> str:
    """`Link to this section: Opportunities`: what the link does, then where it leads (no section: the first part)."""
    return f"{NAME_PREFIX}: {section}" if section else NAME_PREFIX


def iter_tokens(tokens: Iterable[Mapping[str, object]], parent: str = "") -> Iterator[tuple[Mapping[str, object], str]]:
    """Every entry of `toc`'s nested table of contents, in page order, with the name of the section it is under."""
    for token in tokens:
        yield token, parent
        yield from iter_tokens(token.get("children", ()), str(token["name"]))  # type: ignore[arg-type]


def section_names(tokens: Iterable[Mapping[str, object]]) -> dict[str, str]:
    """Each section's name by its id; a name two sections share, with the section each is under."""
    entries = [(str(token["id"]), str(token["name"]), parent) for token, parent in iter_tokens(tokens)]
    seen = Counter(name for _, name, _ in entries)
    return {
        anchor: f"{name}, under {parent}" if seen[name] > 1 and parent else name for anchor, name, parent in entries
    }


class HeadingLinksTreeprocessor(Treeprocessor):
    """Give every `toc` permalink its section's name."""

    def run(self, root: etree.Element) -> None:
        """One walk, as `toc`'s own; `toc`'s names are HTML text already, as the serialiser expects of a value."""
        names = section_names(getattr(self.md, "toc_tokens", ()))
        if not names:
            return
        for heading in root.iter():
            if heading.tag not in HEADINGS or not len(heading) or (name := names.get(heading.get("id", ""))) is None:
                continue
            for link in (heading[-1], heading[0]):  # `toc` puts it last, or first with `permalink_leading`
                if link.tag == "a" and link.get("class") == HEADERLINK_CLASS:
                    link.set("aria-label", link_name(name))
                    break


class HeadingLinksExtension(Extension):
    """Names for the heading permalinks."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown API)
        """Register `edition-heading-links` at priority 4.

        After `toc` (5), which adds the permalinks and the names of their sections; before
        Python-Markdown's `unescape` (0), whose placeholders `toc` has already resolved in its names.
        """
        md.treeprocessors.register(HeadingLinksTreeprocessor(md), "edition-heading-links", 4)


def makeExtension(**kwargs: object) -> HeadingLinksExtension:  # noqa: N802 (Python-Markdown API)
    """Entry point for `markdown_extensions: [hooks.mdx.heading_links]`."""
    return HeadingLinksExtension(**kwargs)
