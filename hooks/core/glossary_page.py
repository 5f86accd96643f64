"""The generated `/glossary/` page (as Markdown), written from the terms and their uses.

The page lists the first uses of each term (at most `used_in` paragraphs, in reading order), so
its size grows with the number of terms, not with the corpus; `/glossary.json` (`glossary_export.py`)
holds every use, and the page's *Show all* control (`docs/assets/glossary.js`) reads them from there. Which uses
those are, and how their pages are named, is `glossary_used_in.py`'s: this module only writes them.

The Used in lists (thousands of links in a large edition) can be built as elements instead of
Markdown: each list is then written as one stand-in item (`USED_IN_STAND_IN` + the term's id),
whose items `hooks/mdx/glossary_lists.py` puts in place after inline parsing, the same HTML.
Each definition is a `<blockquote class="glossary-definition" markdown>` (the site's `md_in_html`),
so that the page's main text is not greyed as Material greys a quotation.

The page's boost puts each entry first for its term's name, and so would put the page second for any
section's title the entry names: its Used in list and each definition's link to its passage carry
Material's `data-search-exclude`, so search indexes the definitions, their attributions and the
aliases, not the names of the pages they link to. The list is written as HTML (`<ul … markdown>`, its
items `<li markdown>`) because Markdown cannot give a list an attribute; it renders as the Markdown list
would, where it was, so nothing that finds a list after its entry's heading changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from xml.etree import ElementTree as etree

from hooks.core.glossary import HEADING_ID, Glossary, GlossaryTerm
from hooks.core.glossary_used_in import PageUse, UsedIn, first_uses
from hooks.core.problems import Problem
from hooks.core.text import (
    PLACE_SEPARATOR,
    SEPARATOR_HTML,
    SPOKEN_SYMBOLS_CLASS,
    attribute_markdown,
    escape_markdown,
    paragraph_label,
    paragraph_name,
    plural,
    spoken_places,
)

GLOSSARY_PAGE = "glossary.md"
EXPORT_FILE = "glossary.json"  # written by glossary_export.py; the page links to it
USED_IN = 12  # paragraphs listed per term: every use of every term in the real edition (12 at most, today)
MORE_CLASS = "glossary-more"
DEFINITION_CLASS = "glossary-definition"  # a definition's quote: the page's text, not a side quotation (glossary.css)
USED_IN_STAND_IN = "edition-used-in-"  # + a term id: the one item of a Used in list built as elements
# Material's search: a term's entry comes first for the term's name. An entry is a section of this page, and
# Material multiplies a section's score by 2, a page's own by 5: a page whose title holds the name (the home
# page's, for *transnationalism*) came first at 2. Above 2.5 the entry wins (tests/test_browser_glossary.py).
SEARCH_BOOST = 3
SEARCH_EXCLUDE = "data-search-exclude"  # Material's search leaves an element with it out of the index
USED_IN_LIST = f"<ul {SEARCH_EXCLUDE} markdown>"  # a Used in list: its pages' titles are links, not the entry's words
SCREEN_CLASS = "on-screen"  # what only a screen can do: not printed (edition.css, for every page)
INTRODUCTION = "The concepts the texts define, each quoted from the passages that define it, in the sources' own words."
USED_IN_ALL = "Under *Used in*, the paragraphs where a term occurs, in reading order."
USED_IN_FIRST = "Under *Used in*, the first {used_in} paragraphs where a term occurs, in reading order."
ON_SCREEN = "Terms in the text link here: point at one (or tap it) to read its definition."
SHOW_ALL = " Under a list cut short, *Show all* shows every use."


def page_stub() -> str:
    """The page as generated, until its turn to render: front matter (the search boost, in `page.meta`) and title."""
    return f"---\nsearch:\n  boost: {SEARCH_BOOST}\n---\n\n# Glossary\n"


def rendered_too_early(pending: Iterable[str], hint: str) -> list[Problem]:
    """The line for a glossary page rendered before these pages: its Used in lists would miss them."""
    if not (pending := list(pending)):
        return []
    message = f"rendered before {', '.join(pending)}, so its used-in lists miss them"
    return [Problem(GLOSSARY_PAGE, "used in", message, hint)]


def rendered_yet(markdown: str | None, *, generated: bool, rendering: bool) -> bool:
    """Whether a page's terms are in when the glossary page renders: MkDocs reads a page's Markdown as it renders it.

    `markdown` is None until then. A generated page (`generated`) has no text of docs/ whose uses
    could be missed, nor has the glossary page (`rendering`), which is the one asking.
    """
    return generated or rendering or markdown is not None


def sorted_terms(glossary: Glossary) -> list[GlossaryTerm]:
    """Alphabetical order, ignoring case."""
    return sorted(glossary.terms, key=lambda term: (term.term.casefold(), term.id))


def glossary_page_ids(glossary: Glossary) -> tuple[str, ...]:
    """The ids the glossary page will have: its heading's and one per term (what a link to it may name)."""
    return (HEADING_ID, *(term.id for term in sorted_terms(glossary)))


def render_glossary_page(
    glossary: Glossary,
    uses: Mapping[str, tuple[PageUse, ...]],
    titles: Mapping[str, str],
    used_in: int = USED_IN,
    lists: dict[str, list[etree.Element]] | None = None,
) -> str:
    """The glossary page as Markdown: links are between source files, so MkDocs checks them.

    Given `lists`, each Used in list is a stand-in item, and its items (`li` elements) go into `lists`.
    """
    shown = {term.id: first_uses(uses.get(term.id, ()), used_in) for term in sorted_terms(glossary)}
    lines = [f"# Glossary {{ #{HEADING_ID} }}", "", *introduction(any(u.more_uses for u in shown.values()), used_in)]
    if not glossary.terms:
        lines += ["The glossary has no terms yet.", ""]
    for term in sorted_terms(glossary):
        lines += render_entry(term, glossary, shown[term.id], titles, lists)
    return "\n".join(lines)


def introduction(cut: bool, used_in: int) -> list[str]:
    """The page's opening, saying only what applies: *Show all* where some list is `cut`, pointing on screen only."""
    used = USED_IN_FIRST.format(used_in=used_in) if cut else USED_IN_ALL
    on_screen = ON_SCREEN + (SHOW_ALL if cut else "")
    return [f"{INTRODUCTION} {used}", "", on_screen, f"{{ .{SCREEN_CLASS} }}", ""]


def render_entry(
    term: GlossaryTerm,
    glossary: Glossary,
    uses: UsedIn,
    titles: Mapping[str, str],
    lists: dict[str, list[etree.Element]] | None = None,
) -> list[str]:
    """One entry: heading (the term, its aliases) with its stable anchor, quoted definitions, see also, used in."""
    lines = [f"## {entry_heading(term)} {{ #{term.id}{toc_label(term)} }}", ""]
    for definition in term.definitions:
        title = titles.get(definition.page, definition.page)
        lines += [
            f'<blockquote class="{DEFINITION_CLASS}" markdown>',
            "",
            escape_markdown(definition.text),
            "",
            escape_markdown(definition.attribution)
            + SEPARATOR_HTML
            + passage_link(title, definition.paragraph, definition.anchor),
            "{ .attribution }",
            "",
            "</blockquote>",
            "",
        ]
    related = [glossary.get(other) for other in term.see_also]
    if links := [f"[{escape_markdown(other.term)}](#{other.id})" for other in related if other is not None]:
        lines += ["**See also:** " + ", ".join(links), ""]
    if not uses.shown:
        return [*lines, "**Used in:** no other passage of the texts.", ""]
    lines += ["**Used in:**", "", USED_IN_LIST]
    if lists is not None:
        lists[USED_IN_STAND_IN + term.id] = [used_in_item(use, titles.get(use.page, use.page)) for use in uses.shown]
        lines.append(f"<li markdown>{USED_IN_STAND_IN}{term.id}</li>")
    else:
        lines += [f"<li markdown>{used_in_markdown(use, titles.get(use.page, use.page))}</li>" for use in uses.shown]
    lines.append("</ul>")
    if uses.more_uses:
        more = f"{plural(uses.more_uses, 'more use')} on {plural(uses.more_pages, 'page')}"
        listed = f"listed in [{EXPORT_FILE}]({EXPORT_FILE})"
        lines += ["", f"…and {more}, {listed}.", f'{{ .{MORE_CLASS} data-term="{term.id}" }}']
    return [*lines, ""]


def entry_heading(term: GlossaryTerm) -> str:
    """The term, and its aliases as a dictionary gives variants: `diaspora (also *diasporas*)`.

    In the heading, an alias is the title of the entry's search section, which Material weighs as much as the
    policy areas of the pages tagged with a word of it: in the text (an "Also written" line) the entry came 8th.
    """
    if not term.aliases:
        return escape_markdown(term.term)
    return f"{escape_markdown(term.term)} (also {', '.join(f'*{escape_markdown(alias)}*' for alias in term.aliases)})"


def toc_label(term: GlossaryTerm) -> str:
    """` data-toc-label="diaspora"` for a heading that names aliases: the table of contents gives the term alone.

    The heading's words stay the search section's title; the contents' line (Material's right sidebar) wrapped.
    Written as Markdown, the label is escaped as the heading is, which the toc extension undoes; a `"` would end
    it: `&quot;`, stashed as an entity, comes back as one.
    """
    if not term.aliases:
        return ""
    return f' data-toc-label="{attribute_markdown(term.term)}"'


def passage_link(title: str, paragraph: str, anchor: str) -> str:
    """The link from a definition to its passage (`Source › Section, ¶ 5`): a place to go, not a word to search for.

    Its ¶ is read as the word "paragraph" (a screen reader said "pilcrow"), and its `›` as a pause: a hidden word
    (and comma) in the link's text, not an `aria-label`, whose words would have to hold the ¶'s number where it is
    shown (axe: label in name). The link is marked for `hooks/mdx/spoken_symbols.py`, which adds them as elements:
    written as raw HTML, hundreds of spans sent the page through Python-Markdown's HTML stash (0.4 G instructions
    at 100 pages).
    """
    attributes = f"{{ .{SPOKEN_SYMBOLS_CLASS} {SEARCH_EXCLUDE} }}"
    return f"[{escape_markdown(title)}, {paragraph_label(paragraph)}]({anchor}){attributes}"


def used_in_markdown(use: PageUse, title: str) -> str:
    """One page's item of a Used in list, as Markdown: `[Title](page.md): [¶ 3](page.md#p3){ aria-label=… }, …`.

    A title that names its source (`Source › Section`) is marked for `hooks/mdx/spoken_symbols.py`, as `used_in_item`
    writes it: its `›` read as a pause.
    """
    paragraph_links = [
        f'[{paragraph_label(pid)}]({use.page}#{pid}){{ aria-label="{attribute_markdown(paragraph_name(pid, title))}" }}'
        for pid in use.paragraphs
    ]
    mark = f"{{ .{SPOKEN_SYMBOLS_CLASS} }}" if PLACE_SEPARATOR in title else ""
    page_link = f"[{escape_markdown(title)}]({use.page}){mark}"
    return page_link + (": " + ", ".join(paragraph_links) if paragraph_links else "")


def used_in_item(use: PageUse, title: str) -> etree.Element:
    """One page's item of a Used in list, as the Markdown item renders: `<li><a>Title</a>: <a>¶ 3</a>, …</li>`.

    Each `¶ 3` is named "Paragraph 3 of Title" (`paragraph_name`), the same in both; the title's `›` is read as
    a pause (`spoken_places`).
    """
    item = etree.Element("li")
    page_link = etree.SubElement(item, "a", {"href": use.page})
    page_link.text, spoken = spoken_places(title)
    page_link.extend(spoken)
    previous, separator = page_link, ": "
    for pid in use.paragraphs:
        previous.tail = separator
        previous = etree.SubElement(item, "a", {"href": f"{use.page}#{pid}", "aria-label": paragraph_name(pid, title)})
        previous.text = paragraph_label(pid)
        separator = ", "
    return item
