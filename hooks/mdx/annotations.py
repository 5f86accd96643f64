"""Show each annotation right after its paragraph, its quote highlighted in the paragraph.

The quote is marked by `hooks/mdx/quote_marks.py`. The annotation follows its paragraph as an open
`<details>` block with the annotation's id, so `#<id>` is a permalink that MkDocs' anchor
validation knows.

Listed by dotted path (as Zensical runs it, without MkDocs' hooks), it reads the annotations from
`root` itself and names their problems, the bodies' among them (`hooks/mdx/annotation_files.py`).
"""

from __future__ import annotations

import logging
import posixpath
from collections.abc import Callable, Mapping
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from hooks.core.annotation_folder import NOTES_DIR
from hooks.core.annotations import BLOCK_CLASS, MOTIVATION_LABELS, Annotation, format_day, revision
from hooks.core.bodies import render_body
from hooks.core.body_tree import (
    EXTERNAL_REL,
    body_elements,
    for_markdown_tree,
    reference_list,
    render_bodies,
)
from hooks.core.extension_options import DEFAULT_DOCS, docs_folder, folder_problems, named_folders
from hooks.core.links import relative_to_page
from hooks.core.paragraphs import normalise_space
from hooks.core.problems import Problem
from hooks.core.text import ITEM_SEPARATOR, quoted, shorten
from hooks.mdx.annotation_files import FromRoot, load_from_root
from hooks.mdx.page_identity import identify_pages
from hooks.mdx.paragraphs import iter_sections
from hooks.mdx.permalinks import SEARCH_EXCLUDE
from hooks.mdx.project_files import folders_stamp, say_wrong_options
from hooks.mdx.quote_marks import add_reference, in_reading_order, mark_span

QUOTE_LENGTH = 80  # characters of the quote repeated at the head of its annotation
EXTENSION = "hooks.mdx.annotations"  # the name its options are listed under

log = logging.getLogger(__name__)


class AnnotationsTreeprocessor(Treeprocessor):
    """Mark quotes and insert annotation blocks for the page being rendered."""

    def __init__(self, md: Markdown, extension: AnnotationsExtension) -> None:
        """Keep the extension, which holds the annotations and callbacks."""
        super().__init__(md)
        self.ext = extension

    def run(self, root: etree.Element) -> None:
        """Annotate the paragraphs of the current page, if it has annotations."""
        page = self.ext.current_page()
        wanted: dict[str, list[Annotation]] = {}
        for annotation in self.ext.page_annotations(page):
            wanted.setdefault(annotation.paragraph, []).append(annotation)
        if not wanted:
            return
        self.ext.render_bodies()
        for parent, paragraph, _ in list(iter_sections(root)):  # the paragraphs the inventory numbers
            annotations = wanted.pop(paragraph.get("id", ""), [])  # once, even beside a duplicated id
            if not annotations:
                continue
            position, previous = list(parent).index(paragraph), None
            for number, (annotation, span) in enumerate(in_reading_order(paragraph, annotations, self.md), 1):
                marks = mark_span(paragraph, span, annotation.id) if span else []
                self.ext.sink(annotation.id, 1 if marks else 0)
                for mark in marks:  # the highlight in its annotation's colour (annotations.css), from the first paint
                    mark.set("data-motivation", annotation.motivation)
                if marks:
                    previous = add_reference(paragraph, marks, annotation, previous, number)
                position += 1
                block = self.block(annotation, page or "")
                block.tail = "\n"
                parent.insert(position, block)

    def block(self, annotation: Annotation, page: str) -> etree.Element:
        """The annotation as a collapsible block, open by default."""
        classes = f"{BLOCK_CLASS} {BLOCK_CLASS}--{annotation.motivation}"
        attributes = {"class": classes, "id": annotation.id, "open": "open"}
        attributes |= {"data-motivation": annotation.motivation, "data-areas": " ".join(annotation.tags)}
        details = etree.Element("details", attributes)
        summary = etree.SubElement(details, "summary")
        label = etree.SubElement(summary, "span", {"class": "annotation__motivation"})
        label.text = MOTIVATION_LABELS[annotation.motivation]
        label.tail = ITEM_SEPARATOR
        self.author(summary, annotation)
        time = etree.SubElement(summary, "time", {"datetime": annotation.created})
        time.text = format_day(annotation.created)
        time.tail = revision(annotation.modified) or None
        on = etree.SubElement(details, "p", {"class": "annotation__quote", SEARCH_EXCLUDE: ""})  # the text's words
        on.text = f"On {quoted(shorten(normalise_space(annotation.quote), QUOTE_LENGTH))}"
        html = render_body(annotation.body)
        body = for_markdown_tree(body_elements(html, lambda href: self.ext.body_link(href, page)), html)
        if annotation.language:  # screen readers switch voice; the quote and labels above stay the edition's
            body.set("lang", annotation.language)
        details.append(body)
        if (references := reference_list(annotation.references)) is not None:
            details.append(references)
        self.footer(details, annotation, page)
        return details

    def author(self, summary: etree.Element, annotation: Annotation) -> None:
        """The author's name, linked to their page when given."""
        tag, attributes = (
            ("a", {"href": annotation.author_url, "rel": EXTERNAL_REL}) if annotation.author_url else ("span", {})
        )
        name = etree.SubElement(summary, tag, {"class": "annotation__author", **attributes})
        name.text = annotation.author
        name.tail = ITEM_SEPARATOR

    def footer(self, details: etree.Element, annotation: Annotation, page: str) -> None:
        """Policy areas (linked to their pages when those exist) and the permalink.

        Out of the search index: in a result they read as words of the annotation ("… diasporas
        Cities and local authorities Migrant networks …"); the area pages and the page's own area
        chips are what the search finds an area by.
        """
        footer = etree.SubElement(details, "div", {"class": "annotation__footer", SEARCH_EXCLUDE: ""})
        for tag in annotation.tags:
            target = self.ext.tag_link(tag)
            title = self.ext.area_titles.get(tag, tag)
            element = etree.SubElement(footer, "a" if target else "span", {"class": "annotation__tag"})
            if target:
                element.set("href", relative_to_page(target, page))
            element.text = title
            element.tail = " "  # between the chips: screen readers read "A B", not "AB"
        permalink = etree.SubElement(footer, "a", {"class": "annotation__permalink", "href": f"#{annotation.id}"})
        permalink.set("title", "Link to this annotation")
        permalink.text = "Permalink"


class AnnotationsExtension(Extension):
    """Annotations beside their paragraphs."""

    def __init__(self, **kwargs: object) -> None:
        """Configuration: where the annotations are and which page renders (both MkDocs and plain use)."""
        self.config = {
            "root": [".", "Project root holding annotations/ (used when no annotations are given)"],
            "page": ["", "The page being rendered, e.g. migration-and-transnationalism/opportunities.md"],
            "docs_dir": ["", "Where the pages are, to know each page by its text when no page is given (root/docs)"],
            # Python-Markdown turns values of options whose default is None into booleans: "" stands for unset.
            "annotations": ["", "The annotations (else loaded from root)"],
            "current_page": ["", "Callable returning the page being rendered"],
            "sink": ["", "Callable(annotation id, 1 if its quote was highlighted else 0)"],
            "tag_link": ["", "Callable(area id) -> docs path of the area's page, or None"],
            "page_exists": ["", "Callable(docs path) -> whether the site has that page (else see `page_exists`)"],
            "area_titles": [{}, "Policy-area titles by id (else read from root's taxonomy with the annotations)"],
        }
        super().__init__(**kwargs)
        self._loaded: FromRoot | None = None
        self._index: tuple[tuple[Annotation, ...], dict[str, list[Annotation]]] | None = None
        self._bodies_rendered = False
        self._identified: str | None = None

    def annotations(self) -> tuple[Annotation, ...]:
        """The annotations given, or the valid ones of `root`, each invalid file one line (`load_from_root`)."""
        if isinstance(given := self.getConfig("annotations"), tuple | list):
            return tuple(given)
        return self.from_root().annotations

    def from_root(self) -> FromRoot:
        """What `root` holds: read once by this extension, and once per state of the files by all (`load_from_root`)."""
        if self._loaded is None:
            root, docs_dir = Path(self.getConfig("root")), self.getConfig("docs_dir") or DEFAULT_DOCS
            self._loaded = load_from_root(root, docs_dir, log)
        return self._loaded

    def page_annotations(self, page: str | None) -> list[Annotation]:
        """A page's annotations by date, then id, from an index built once (not a scan of all per page)."""
        annotations = self.annotations()
        if self._index is None or self._index[0] is not annotations:
            index: dict[str, list[Annotation]] = {}
            for annotation in sorted(annotations, key=lambda a: a.sort_key):
                index.setdefault(annotation.page, []).append(annotation)
            self._index = (annotations, index)
        return self._index[1].get(page, []) if page is not None else []

    def render_bodies(self) -> None:
        """Render every body when the first page shows one, in one pass (see `render_bodies`), not page by page."""
        if not self._bodies_rendered:
            render_bodies(annotation.body for annotation in self.annotations())
            self._bodies_rendered = True

    def current_page(self) -> str | None:
        """The page being rendered."""
        provider: Callable[[], str | None] | None = self.getConfig("current_page")
        return provider() if provider else (self.getConfig("page") or self._identified)

    def identified(self, page: str | None) -> None:
        """Note the page whose text is being converted (see `hooks/mdx/page_identity.py`)."""
        self._identified = page

    def sink(self, annotation_id: str, found: int) -> None:
        """Report how often the quote was found, for the build's checks."""
        if receiver := self.getConfig("sink"):
            receiver(annotation_id, found)

    def body_link(self, href: str, page: str) -> str | None:
        """A body's edition link, relative to the page that shows it; None for a page the site lacks.

        Such a link becomes plain words: the build names it on the annotation's file, where MkDocs
        would name the page showing it, where the contributor will not find it.
        """
        exists = self.page_exists()
        if exists and not exists(posixpath.normpath(urlsplit(href).path)):
            return None
        return relative_to_page(href, page)

    def page_exists(self) -> Callable[[str], bool] | None:
        """Whether the site has a page: as the adapter says; else, read from root, whether this engine builds it.

        Listed by dotted path, that is a page of docs_dir the site keeps (`FromRoot.pages`): not one
        the hooks generate (the glossary, an area's), for a link to it would lead nowhere, as a chip's
        (`tag_link`). Handed the annotations and no `page_exists` (make check), every page is assumed.
        """
        if given := self.getConfig("page_exists"):
            return given
        loads = not isinstance(self.getConfig("annotations"), tuple | list)
        pages = self.from_root().pages if loads else None
        return pages.__contains__ if pages is not None else None

    def tag_link(self, tag: str) -> str | None:
        """The docs path of a policy area's page, when the site has one.

        None when not told (listed by dotted path): the area pages are an adapter's, and a link to one
        such an engine does not make would lead nowhere, so the chip is plain words.
        """
        resolver = self.getConfig("tag_link")
        return resolver(tag) if resolver else None

    @property
    def area_titles(self) -> Mapping[str, str]:
        """Policy-area titles by id: the ones given, else those of the taxonomy the annotations were read with.

        Listed by dotted path, no adapter hands them over: a chip would name its area by its raw id
        (`migrant-networks`), where the site names it by its title.
        """
        if given := self.getConfig("area_titles"):
            return given
        loads = not isinstance(self.getConfig("annotations"), tuple | list)
        return self.from_root().area_titles if loads else {}

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown API)
        """Register `edition-annotations` at priority 7.5.

        After `attr_list` (8) wrote the paragraph ids, before the inventory (6) and MkDocs'
        anchor collection (5), so annotation ids are recorded and links to them validated.
        Told no page (no MkDocs hook, and no `page` option), it knows each page by its text.
        """
        md.treeprocessors.register(AnnotationsTreeprocessor(md, self), "edition-annotations", 7.5)
        told = self.getConfig("current_page") or self.getConfig("page")
        if not self.check_folders(told_pages=bool(told)):
            return
        if not told:  # no MkDocs: the text names its page
            docs_dir = docs_folder(self.getConfig("root"), self.getConfig("docs_dir") or DEFAULT_DOCS)
            identify_pages(md, docs_dir, self.identified, "edition-annotations-page")

    def check_folders(self, told_pages: bool) -> bool:
        """Whether the folders the options name are right: else each wrong one is a line, and nothing is loaded.

        `root` is read for the annotations when none are given, `docs_dir` (below root) when no page is.
        """
        loads = not isinstance(self.getConfig("annotations"), tuple | list)
        root, docs_dir = self.getConfig("root"), None if told_pages else self.getConfig("docs_dir") or DEFAULT_DOCS
        wrong = self.folder_problems(told_pages)
        options = {"root": root} | ({} if docs_dir is None else {"docs_dir": docs_dir})
        # its line alone, not every annotation left out unsaid; once, not once a page
        say_wrong_options(EXTENSION, options, wrong, folders_stamp(*named_folders(root, docs_dir)), log)
        if wrong and loads:
            self._loaded = FromRoot((), {})
        return not wrong

    def folder_problems(self, told_pages: bool) -> list[Problem]:
        """The wrong folders among the options: `root` when it loads the annotations, `docs_dir` when told no page."""
        loads = not isinstance(self.getConfig("annotations"), tuple | list)
        root, docs_dir = self.getConfig("root"), None if told_pages else self.getConfig("docs_dir") or DEFAULT_DOCS
        return folder_problems(EXTENSION, root, f"{NOTES_DIR}/" if loads else None, docs_dir)

    def option_problems(self) -> list[Problem]:
        """The wrong options' lines `check_folders` says; listed in mkdocs.yml, the build and make check say them."""
        return self.folder_problems(told_pages=bool(self.getConfig("current_page") or self.getConfig("page")))


def makeExtension(**kwargs: object) -> AnnotationsExtension:  # noqa: N802 (Python-Markdown API)
    """Entry point for `markdown_extensions: [hooks.mdx.annotations]`."""
    return AnnotationsExtension(**kwargs)
