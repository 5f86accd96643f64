"""Link glossary terms in the text to their entries, with the definition as a tooltip.

The tooltip shows the definition the page's own source gives, when it gives one, and says how
many the term has (`hooks.core.glossary_uses.tooltip`); each is computed once per build, per term
and source, so a link costs a lookup.

Works like Python-Markdown's `abbr`: one compiled pattern for every term, text nodes walked in
the element tree (never regexes over HTML), code (`AtomicString`) left alone. Only the body text
is searched: paragraphs, block quotes, lists and tables at the top level of the page; never
headings, links, code, footnotes, admonitions, attributions, annotations (also those beside a
paragraph inside a block quote), or a passage that defines the term.
A defining passage instead gets a line linking to the entries it defines.

Under MkDocs, `hooks/adapters/glossary_links.py` appends this extension with the loaded glossary
and tells it which source page renders. Without MkDocs (e.g. Zensical) list it by dotted path;
it then loads the glossary itself, knows each page of docs_dir by its text (for links relative to
the page, and to leave its definitions unlinked) and links every page:
`hooks.mdx.glossary: {root: ., docs_dir: docs, glossary_page: glossary.md, link: first}`.
A wrong `root`, `docs_dir` or `link` is one warning line naming it (`hooks/core/extension_options.py`);
each problem of the glossary is one line too, as `make check` words it, logged when the files are read
(once while they stay as they are: `hooks/mdx/project_files.py`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from functools import partial
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import STX, AtomicString

from hooks.core.config_file import CONFIG
from hooks.core.extension_options import docs_folder, folder_problems, named_folders
from hooks.core.glossary import DEFINES_CLASS, GLOSSARY_FILE, GLOSSARY_SCHEMA, Glossary, load_glossary
from hooks.core.glossary_settings import checked_link_mode
from hooks.core.glossary_uses import PageTerms, Tooltips, build_tooltips, page_terms
from hooks.core.links import relative_link, source_folder
from hooks.core.paragraphs import RE_PARAGRAPH_ID
from hooks.core.problems import Problem
from hooks.core.term_matcher import TermMatch
from hooks.core.text import ITEM_SEPARATOR
from hooks.mdx.page_identity import identify_pages
from hooks.mdx.passages import resolve_glossary
from hooks.mdx.project_files import files_stamp, folders_stamp, load_once, say_wrong_options, site_pages
from hooks.mdx.tree_text import shown_spans

BODY_BLOCKS = {"p", "blockquote", "ul", "ol", "table"}
SKIPPED_TAGS = {"a", "code", "pre", "kbd", "samp", "abbr", "sup", "script", "style", "h1", "h2", "h3", "h4", "h5", "h6"}
SKIPPED_CLASSES = {"attribution", "footnote", "admonition", DEFINES_CLASS, "annotation"}
TERM_CLASS = "glossary-term"
EXTENSION = "hooks.mdx.glossary"  # the name its options are listed under
Slot = tuple[etree.Element, etree.Element | None, str | None]

log = logging.getLogger(__name__)


def is_skipped(element: etree.Element) -> bool:
    """Elements whose text is never linked: code, links, headings, notes, annotations and editorial furniture."""
    if element.tag in SKIPPED_TAGS:
        return True
    return not SKIPPED_CLASSES.isdisjoint(element.get("class", "").split())


def iter_slots(element: etree.Element, paragraph: str | None = None) -> Iterator[Slot]:
    """Yield the text slots under `element` in reading order: (owner, parent, paragraph id).

    A slot with no parent is the owner's `text`; otherwise it is the owner's `tail` inside parent.
    """
    if element.tag == "p" and RE_PARAGRAPH_ID.match(element.get("id", "")):
        paragraph = element.get("id")
    if element.text and not isinstance(element.text, AtomicString):
        yield element, None, paragraph
    for child in element:
        if not is_skipped(child):
            yield from iter_slots(child, paragraph)
        if child.tail and not isinstance(child.tail, AtomicString):
            yield child, element, paragraph


def body_slots(root: etree.Element) -> list[Slot]:
    """The text slots of the page's body text: top-level paragraphs, quotes, lists and tables."""
    return [slot for block in root if block.tag in BODY_BLOCKS and not is_skipped(block) for slot in iter_slots(block)]


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


class GlossaryExtension(Extension):
    """Glossary term links and tooltips."""

    def __init__(
        self,
        glossary: Glossary | None = None,
        current_page: Callable[[], str | None] | None = None,
        sink: Callable[[PageTerms], None] | None = None,
        **kwargs: Any,
    ) -> None:
        """Take a prepared glossary (MkDocs hook) or load one from `root`/`docs_dir` (plain Markdown)."""
        self.config = {
            "link": ["first", "Link the first occurrence of each term per page ('first') or every one ('all')."],
            "root": [".", "Project folder holding annotations/glossary.yml."],
            "docs_dir": ["docs", "Folder of the pages that the definitions point at."],
            "glossary_page": ["glossary.md", "Source path of the glossary page, the target of term links."],
        }
        super().__init__(**kwargs)
        self.glossary = glossary
        self.current_page = current_page
        self.sink = sink
        self._prepared = False
        self._identified: str | None = None
        self.folders_right = True

    def page(self) -> str | None:
        """The page being rendered: as the hook says (None: leave it alone), else as its text says ("": unknown)."""
        return self.current_page() if self.current_page else (self._identified or "")

    def identified(self, page: str | None) -> None:
        """Note the page whose text is being converted (see `hooks/mdx/page_identity.py`)."""
        self._identified = page

    def prepare(self) -> None:
        """Read the configuration once: the glossary, its matcher and each term's tooltips (one per source)."""
        if self._prepared:
            return
        wrong = self.folder_problems()  # a wrong folder is its line alone: no glossary, no page told apart
        self.folders_right = not wrong
        root, docs_dir = self.getConfig("root"), self.getConfig("docs_dir")
        if self.glossary is None:
            self.glossary = Glossary() if wrong else load_standalone(Path(root), docs_folder(root, docs_dir))
        mode, wrong_mode = checked_link_mode(self.getConfig("link"), EXTENSION, "link")
        options = {"root": root, "docs_dir": docs_dir, "link": self.getConfig("link")}
        folders = folders_stamp(*named_folders(root, docs_dir))
        say_wrong_options(EXTENSION, options, wrong + wrong_mode, folders, log)  # once, not once a page
        self.link_first = mode == "first"
        self.glossary_page = self.getConfig("glossary_page")
        self.matcher = self.glossary.matcher()
        self.defined_on: dict[str, dict[str, tuple[str, ...]]] = {}
        for (page, pid), ids in self.glossary.defined_in().items():
            self.defined_on.setdefault(page, {})[pid] = ids
        self.tooltips: Tooltips = build_tooltips(self.glossary)
        self._prepared = True

    def folder_problems(self) -> list[Problem]:
        """The wrong folders of the options read: `root` to load the glossary, `docs_dir` to load it or know pages."""
        loads = self.glossary is None
        docs_dir = self.getConfig("docs_dir") if loads or not self.current_page else None
        return folder_problems(EXTENSION, self.getConfig("root"), GLOSSARY_FILE if loads else None, docs_dir)

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown API)
        """Register `edition-glossary` at 7.6 and `edition-glossary-defines` at 7.4.

        Both after `attr_list` (8), so paragraph ids and classes are set, and before the inventory
        (6) and MkDocs' link rewriting (0), which validates and rewrites the `../glossary.md#id`
        links. The terms are linked before the annotations (7.5) highlight their quotes, so a
        highlight that ends inside a term does not hide it (the highlight goes inside the link);
        the "Defines" line comes after them, so it sits right under its paragraph, above any
        annotation blocks.
        """
        self.prepare()
        md.treeprocessors.register(GlossaryTreeprocessor(md, self), "edition-glossary", 7.6)
        md.treeprocessors.register(GlossaryDefinesTreeprocessor(md, self), "edition-glossary-defines", 7.4)
        if not self.current_page and self.folders_right:  # no MkDocs hook: the text names its page
            docs_dir = docs_folder(self.getConfig("root"), self.getConfig("docs_dir"))
            identify_pages(md, docs_dir, self.identified, "edition-glossary-page")


def load_standalone(root: Path, docs: Path) -> Glossary:
    """Load the glossary without MkDocs (e.g. under Zensical): bad entries skipped, each problem one line.

    Read once while the glossary, its schema, the pages and mkdocs.yml (which leaves pages out of the
    site: `site_pages`) stay as they are (`hooks/mdx/project_files.py`): an engine making a Markdown per
    page names each problem once, as `make check` words it.
    """
    read_from = files_stamp(root / GLOSSARY_FILE, root / GLOSSARY_SCHEMA, root / CONFIG, docs)
    return load_once((EXTENSION, root.resolve(), docs.resolve()), read_from, partial(read_glossary, root, docs), log)


def read_glossary(root: Path, docs: Path) -> tuple[Glossary, list[Problem]]:
    """The glossary of `root`, its definitions read from the pages of `docs`, and every problem found.

    Definitions are read only from the pages the site keeps (`site_pages`), and an anchor's hint names
    those, as make check's does.
    """
    pages = site_pages(root, docs)
    glossary, problems = load_glossary(root, lambda: pages)
    resolved, more = resolve_glossary(glossary, docs, pages)
    return resolved, problems + more


def makeExtension(**kwargs: Any) -> GlossaryExtension:  # noqa: N802 (Python-Markdown API)
    """Entry point for `markdown_extensions: [hooks.mdx.glossary]`."""
    return GlossaryExtension(**kwargs)
