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

This module is the extension: its options, the glossary it is given or loads, and its treeprocessors'
registration. The text searched is `glossary_slots.py`'s, the term links `glossary_term_links.py`'s,
the "Defines" line `glossary_defines.py`'s.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from markdown import Markdown
from markdown.extensions import Extension

from hooks.core.config_file import CONFIG
from hooks.core.extension_options import docs_folder, folder_problems, named_folders
from hooks.core.glossary import GLOSSARY_FILE, GLOSSARY_SCHEMA, Glossary, load_glossary
from hooks.core.glossary_settings import checked_link_mode
from hooks.core.glossary_uses import PageTerms, Tooltips, build_tooltips
from hooks.core.problems import Problem
from hooks.mdx.glossary_defines import GlossaryDefinesTreeprocessor
from hooks.mdx.glossary_term_links import GlossaryTreeprocessor
from hooks.mdx.page_identity import identify_pages
from hooks.mdx.passages import resolve_glossary
from hooks.mdx.project_files import files_stamp, folders_stamp, load_once, say_wrong_options, site_drafts, site_pages

EXTENSION = "hooks.mdx.glossary"  # the name its options are listed under

log = logging.getLogger(__name__)


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

    def option_problems(self) -> list[Problem]:
        """The wrong options' lines, as `prepare` says them: listed in mkdocs.yml, the build and make check too."""
        return self.folder_problems() + checked_link_mode(self.getConfig("link"), EXTENSION, "link")[1]

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
    those, as make check's does (one to a draft, `site_drafts`, says it is one).
    """
    pages = site_pages(root, docs)
    glossary, problems = load_glossary(root, lambda: pages)
    resolved, more = resolve_glossary(glossary, docs, pages, drafts=site_drafts(root, docs))
    return resolved, problems + more


def makeExtension(**kwargs: Any) -> GlossaryExtension:  # noqa: N802 (Python-Markdown API)
    """Entry point for `markdown_extensions: [hooks.mdx.glossary]`."""
    return GlossaryExtension(**kwargs)
