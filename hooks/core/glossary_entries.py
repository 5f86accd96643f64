"""The entries of the `/glossary/` page, built as elements (its title and introduction are Markdown).

Each entry holds a term's quoted definitions, aliases, see-also links and up to `used_in` links
to its uses: 200 terms make about five thousand links, whose text needs no Markdown. Written as
Markdown they went through Python-Markdown's block parser and every inline pattern; as elements
they cost almost nothing. The `edition-glossary-entries` treeprocessor appends them to the page
before `toc` and MkDocs' anchor check and link rewriting, so the headings get their permalinks and
TOC entries and MkDocs validates and rewrites the links (written between source files) as before.
The markup is the one the Markdown gave, laid out the way Python-Markdown's `prettify` does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from xml.etree import ElementTree as etree

from hooks.core.glossary import Glossary, GlossaryTerm
from hooks.core.glossary_page import EXPORT_FILE, MORE_CLASS, PageUse, UsedIn, first_uses, plural, sorted_terms

Part = str | etree.Element


def glossary_entries(
    glossary: Glossary, uses: Mapping[str, tuple[PageUse, ...]], titles: Mapping[str, str], used_in: int
) -> list[etree.Element]:
    """Every term's entry, alphabetically, each with at most `used_in` uses."""
    return [
        element
        for term in sorted_terms(glossary)
        for element in entry_elements(term, glossary, first_uses(uses.get(term.id, ()), used_in), titles)
    ]


def entry_elements(
    term: GlossaryTerm, glossary: Glossary, uses: UsedIn, titles: Mapping[str, str]
) -> list[etree.Element]:
    """One entry: heading with its stable anchor, quoted definitions, aliases, see also, used in."""
    elements = [_block("h2", [term.term], id=term.id)]
    if term.definitions:
        # One quotation for all of a term's definitions, as Markdown made of consecutive `>` blocks.
        quote = _block("blockquote", [])
        quote.text = "\n"
        for definition in term.definitions:
            where = f"{titles.get(definition.page, definition.page)}, ¶ {definition.paragraph[1:]}"
            attribution = [f"{definition.attribution} · ", _link(where, definition.anchor)]
            quote.extend([_block("p", [definition.text]), _block("p", attribution, **{"class": "attribution"})])
        elements.append(quote)
    if term.aliases:
        elements.append(_block("p", [_strong("Also written:"), " " + ", ".join(term.aliases)]))
    related = [other for other in (glossary.get(other) for other in term.see_also) if other is not None]
    if related:
        elements.append(_block("p", [_strong("See also:"), " ", *_joined(_link(o.term, f"#{o.id}") for o in related)]))
    elements.append(
        _block("p", [_strong("Used in:")] if uses.shown else [_strong("Used in:"), " no other passage of the texts."])
    )
    if uses.shown:
        listing = _block("ul", [])
        listing.text = "\n"
        for use in uses.shown:
            page_link = _link(titles.get(use.page, use.page), use.page)
            paragraphs = [_link(f"¶ {pid[1:]}", f"{use.page}#{pid}") for pid in use.paragraphs]
            listing.append(_block("li", [page_link, *([": ", *_joined(paragraphs)] if paragraphs else [])]))
        elements.append(listing)
    if uses.more_uses:
        more = f"{plural(uses.more_uses, 'more use')} on {plural(uses.more_pages, 'page')}"
        parts = [f"…and {more}, listed in ", _link(EXPORT_FILE, EXPORT_FILE), "."]
        elements.append(_block("p", parts, **{"class": MORE_CLASS, "data-term": term.id}))
    return elements


def _joined(links: Iterable[etree.Element]) -> list[Part]:
    """Links separated by commas, as parts of a line."""
    parts: list[Part] = []
    for link in links:
        parts += [", ", link] if parts else [link]
    return parts


def _block(tag: str, parts: Sequence[Part], **attributes: str) -> etree.Element:
    """A block element of text and inline elements, in order, followed by a line break (as `prettify` does)."""
    element = etree.Element(tag, attributes)
    for part in parts:
        if not isinstance(part, str):
            element.append(part)
        elif len(element):
            element[-1].tail = (element[-1].tail or "") + part
        else:
            element.text = (element.text or "") + part
    element.tail = "\n"
    return element


def _link(text: str, href: str) -> etree.Element:
    """A link between source files (or to an anchor of this page), which MkDocs checks and rewrites."""
    link = etree.Element("a", {"href": href})
    link.text = text
    return link


def _strong(text: str) -> etree.Element:
    """A bold label."""
    label = etree.Element("strong")
    label.text = text
    return label
