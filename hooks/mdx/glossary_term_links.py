"""The term links: each occurrence of a glossary term in the body text wrapped in a link to its entry.

The treeprocessor `hooks/mdx/glossary.py` registers (`edition-glossary`): it finds the terms in the
words readers see (`glossary_slots.py` says where), links them, the definition as the tooltip, and
tells the sink which terms the page uses. `term_link` is the "Defines" line's link too (`glossary_defines.py`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING
from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.treeprocessors import Treeprocessor
from markdown.util import STX, AtomicString

from hooks.core.glossary_uses import page_terms
from hooks.core.links import relative_link, source_folder
from hooks.core.term_matcher import TermMatch
from hooks.mdx.glossary_slots import Slot, body_slots
from hooks.mdx.tree_text import shown_spans

if TYPE_CHECKING:  # the extension hands itself to the treeprocessor: a name for the signatures only
    from hooks.mdx.glossary import GlossaryExtension

TERM_CLASS = "glossary-term"


class GlossaryTreeprocessor(Treeprocessor):
    """Wrap term occurrences in links and record the terms met on the page for the glossary's used-in lists."""

    def __init__(self, md: Markdown, extension: GlossaryExtension) -> None:
        """Take the prepared glossary data from the extension."""
        super().__init__(md)
        self.ext = extension

    def run(self, root: etree.Element) -> None:
        """Link terms on the current page (a page the extension is not told about is left alone)."""
        page = self.ext.page()
        if page is None or not self.ext.matcher:
            return
        defined = self.ext.defined_on.get(page, {})
        slots = body_slots(root)
        plan: dict[int, list[TermMatch]] = {}
        uses: dict[str, set[str]] = {}
        written: set[str] = set()
        linked: set[str] = set()
        for index, (owner, parent, pid) in enumerate(slots):
            for match in self.matches(owner.tail if parent is not None else owner.text):
                written.add(match.text)
                if match.term_id in defined.get(pid, ()):
                    continue
                paragraphs = uses.setdefault(match.term_id, set())
                if pid is not None:
                    paragraphs.add(pid)
                if self.ext.link_first and match.term_id in linked:
                    continue
                linked.add(match.term_id)
                plan.setdefault(index, []).append(match)
        tooltips = self.ext.tooltips.for_source(source_folder(page))
        for index in sorted(plan, reverse=True):
            self.wrap(slots[index], plan[index], page, tooltips)
        if self.ext.sink is not None:
            self.ext.sink(page_terms(page, uses, written))

    def matches(self, text: str) -> Iterator[TermMatch]:
        """The terms in one text slot, found in the words readers see (`&nbsp;` is a stand-in until the end).

        A match's offsets are in the slot's text; one that would cut a stand-in in two, or hold a
        raw HTML tag (`<em>transnational</em> activities`: the link would end inside the `em`), is
        no match.
        """
        if STX not in text:
            yield from self.ext.matcher.finditer(text)
            return
        shown, spans, tags = shown_spans(text, self.md)
        for match in self.ext.matcher.finditer(shown):
            first, last = spans[match.start], spans[match.end - 1]
            cut_at_start = match.start > 0 and spans[match.start - 1] == first
            cut_at_end = match.end < len(spans) and spans[match.end] == last
            crosses_tag = any(first[0] < tag_start < last[1] for tag_start, _ in tags)
            if not (cut_at_start or cut_at_end or crosses_tag):
                yield TermMatch(first[0], last[1], match.term_id, match.text)

    def wrap(self, slot: Slot, matches: list[TermMatch], page: str, tooltips: Mapping[str, str]) -> None:
        """Replace matched words in one text slot with links, last match first, as `abbr` does.

        `tooltips`: those of the page's source that differ from a term's default tooltip.
        """
        owner, parent, _ = slot
        text = owner.tail if parent is not None else owner.text
        links = []
        for match in reversed(matches):
            link = term_link(self.ext, match.term_id, page, text[match.start : match.end], TERM_CLASS)  # stand-ins too
            link.set("title", tooltips.get(match.term_id) or self.ext.tooltips.default[match.term_id])
            link.tail = text[match.end :]
            links.append(link)
            text = text[: match.start]
        if parent is None:
            owner.text = text
            for link in links:
                owner.insert(0, link)
        else:
            owner.tail = text
            index = list(parent).index(owner) + 1
            for link in links:
                parent.insert(index, link)


def term_link(extension: GlossaryExtension, term_id: str, page: str, text: str, css_class: str) -> etree.Element:
    """A link to a term's glossary entry, written as a link between Markdown files."""
    target = relative_link(page, extension.glossary_page) if page else extension.glossary_page
    link = etree.Element("a", {"href": f"{target}#{term_id}", "class": css_class})
    link.text = AtomicString(text)
    return link
