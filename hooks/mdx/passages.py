"""Read the paragraphs of a few pages before the site renders them.

Tooltips need a definition's words on every page, including pages rendered before the page that
holds the definition. So the pages holding definitions (three, today) are converted once up
front with the site's own Markdown extensions, and their inventories kept.

Only the words of the paragraphs asked for are needed: before inline parsing (the costly part of
a conversion), every other paragraph is cut down to its attribute list, so it keeps its id (for
the error messages, which list a page's ids) and loses words nobody reads.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Container, Iterable, Mapping
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any
from xml.etree import ElementTree as etree

import markdown
from markdown import Markdown
from markdown.extensions import Extension
from markdown.extensions.attr_list import AttrListTreeprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from hooks.core.glossary import Glossary
from hooks.core.glossary_definitions import resolve_definitions
from hooks.core.page_front_matter import decode_page, split_page
from hooks.core.paragraphs import PageInventory
from hooks.core.problems import Problem
from hooks.mdx.paragraphs import iter_text_blocks, take_inventory

DEFAULT_EXTENSIONS = ("abbr", "admonition", "attr_list", "def_list", "footnotes", "md_in_html", "tables", "toc")
FOOTNOTE_REF_PREFIX = "fnref"
RE_BLOCK_ATTRIBUTES = AttrListTreeprocessor.BLOCK_RE  # `{ #p7 }` on a block's last line, as attr_list finds it
PageOptions = Callable[[str], Mapping[str, Any]]  # a page's extension options (`read_passages`)


def names_any(attributes: str, ids: Collection[str]) -> bool:
    """Whether an attribute list may give one of `ids` (`#p7`, `id=p7`…); a false alarm only costs time."""
    return any(re.search(rf"(?<![\w-]){re.escape(pid)}(?![\w-])", attributes) for pid in ids)


class _SkipTreeprocessor(Treeprocessor):
    """Before inline parsing, cut the paragraphs not asked for down to their attribute list (their id)."""

    def __init__(self, md: Markdown, wanted: set[str]) -> None:
        """Keep the set of paragraph ids whose words are wanted (refilled for each page)."""
        super().__init__(md)
        self.wanted = wanted

    def run(self, root: etree.Element) -> None:
        """A paragraph not wanted keeps only its attribute list, which attr_list turns into its id later."""
        for paragraph in iter_text_blocks(root):
            if len(paragraph) or not paragraph.text:
                continue
            if paragraph.get("id") is not None:
                keep = paragraph.get("id") in self.wanted
                attributes = ""
            else:
                match = RE_BLOCK_ATTRIBUTES.search(paragraph.text)
                keep = match is not None and names_any(match.group(1), self.wanted)
                attributes = paragraph.text[match.start() :] if match is not None else ""
            if not keep:
                paragraph.text = AtomicString(attributes)  # attr_list reads it; no inline pattern needs to


class _InventoryTreeprocessor(Treeprocessor):
    """Take the inventory without footnote reference numbers, which are not the author's words."""

    def __init__(self, md: Markdown, found: list[PageInventory]) -> None:
        """Keep the list the inventory goes into."""
        super().__init__(md)
        self.found = found

    def run(self, root: etree.Element) -> None:
        """Drop footnote references from this throwaway tree, take the inventory, then empty the tree.

        Nothing reads the page's HTML: emptied, it costs nothing to the later steps (the table of
        contents, serialising, the postprocessors).
        """
        for parent in list(root.iter()):
            for index, child in reversed(list(enumerate(parent))):
                if child.get("id", "").startswith(FOOTNOTE_REF_PREFIX):
                    parent.remove(child)
                    keep_tail(parent, parent[index - 1] if index else None, child.tail or "")
        self.found.append(take_inventory(root, self.md))
        root.clear()


def keep_tail(parent: etree.Element, previous: etree.Element | None, text: str) -> None:
    """Keep the text that followed a removed element (its tail)."""
    if previous is not None:
        previous.tail = (previous.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


class _InventoryExtension(Extension):
    """Collect the inventory of the page being converted, with the words of the wanted paragraphs only."""

    def __init__(self, found: list[PageInventory], wanted: set[str]) -> None:
        """Keep the list the inventory goes into and the set of wanted paragraph ids."""
        self.found = found
        self.wanted = wanted
        super().__init__()

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown API)
        """Register `edition-passages-skip` at 25, before `inline` (20), and `edition-passages` at 6.

        6 is where the site's own inventory is taken.
        """
        md.treeprocessors.register(_SkipTreeprocessor(md, self.wanted), "edition-passages-skip", 25)
        md.treeprocessors.register(_InventoryTreeprocessor(md, self.found), "edition-passages", 6)


def read_passages(
    docs_dir: Path,
    pages: Mapping[str, Collection[str]],
    extensions: Iterable[str] = DEFAULT_EXTENSIONS,
    configs: PageOptions | None = None,
) -> dict[str, PageInventory]:
    """Inventories of the pages (paths below `docs_dir`), with the words of the given paragraphs only.

    A page that does not exist, or is not below `docs_dir` (`../`, an absolute path), is left out:
    only the site's pages are read, and the caller names the anchor. One Markdown instance converts every page, reset in
    between: setting up the site's extensions costs about as much as converting a short page. `configs` gives a
    page's extension options, each `!relative` worked out for it as MkDocs does while it renders (`placed`): each
    set of options (a `!relative` alone: one a folder) gets its own instance, kept for the pages read after, so that
    pages of folders read in turn (a, b, a) build no instance again.
    """
    inventories: dict[str, PageInventory] = {}
    found: list[PageInventory] = []
    wanted: set[str] = set()
    built: list[tuple[Mapping[str, Any], Markdown]] = []  # the last used first: one comparison a page, as a rule
    for page, paragraphs in pages.items():
        path = docs_dir / page
        if not below(page) or not path.is_file():
            continue
        text, _ = decode_page(path.read_bytes(), page)  # not UTF-8: read anyway, the page's own check says so
        options = configs(page) if configs is not None else {}
        index = next((index for index, (built_with, _) in enumerate(built) if built_with == options), None)
        if index is None:
            md = markdown.Markdown(
                extensions=[*extensions, _InventoryExtension(found, wanted)], extension_configs=dict(options)
            )
        else:
            _, md = built.pop(index)
        built.insert(0, (options, md))
        md.reset()
        found.clear()
        wanted.clear()
        wanted.update(paragraphs)
        md.convert(body_of(text))
        inventories[page] = found[0] if found else PageInventory()
    return inventories


def resolve_glossary(
    glossary: Glossary,
    docs_dir: Path,
    site_pages: Collection[str],
    extensions: Iterable[str] = DEFAULT_EXTENSIONS,
    configs: PageOptions | None = None,
    moves: Mapping[str, str] | None = None,
    recorded: Callable[[], Mapping[str, Mapping[str, str]]] | None = None,
    drafts: Collection[str] = (),
    published_pages: Container[str] = (),
) -> tuple[Glossary, list[Problem]]:
    """The glossary with its definitions' words read from their pages, and the anchors that miss.

    `site_pages` are the pages the site keeps (below docs/, as MkDocs picks them: the build's published
    pages, make check's, the extension's `site_pages`). Only those are read: a page `exclude_docs` or
    `draft_docs` leaves out is no page of the site, so a definition there would link to nothing on
    /glossary/. They are the pages a missing one's hint names too. `moves` (`file_moves`) name where a
    page moved in mkdocs.yml's `redirect_maps` went; `recorded` gives anchors.words.json's words, read
    only to tell a paragraph that changed under its definition. `drafts` are the `draft_docs` pages left out
    (`rendered_pages`: none under `mkdocs serve`, which renders them and passes them among `site_pages`), named
    as drafts. `published_pages`: the files the anchor lock published (`locked_docs_pages`; the build's and make
    check's, not the extension's, which reads no lock), an anchor to one gone asked for its move. `configs`:
    each page's extension options, as `read_passages` takes them.
    """
    kept = frozenset(site_pages)
    wanted = glossary.pages()
    passages = read_passages(docs_dir, {page: ids for page, ids in wanted.items() if page in kept}, extensions, configs)
    left_out = {page for page in wanted.keys() - kept if below(page) and (docs_dir / page).is_file()}

    @functools.cache  # two definitions quoting one split paragraph: the page is read again once
    def whole(page: str) -> PageInventory:
        """The page read again with every paragraph's words: only for a definition whose paragraph was split."""
        every = [paragraph.id for paragraph in passages[page].paragraphs]
        return read_passages(docs_dir, {page: every}, extensions, configs).get(page, passages[page])

    return resolve_definitions(
        glossary, passages, sorted(kept), moves, recorded, whole, left_out, drafts, published_pages
    )


def below(page: str) -> bool:
    """Whether a page path stays inside the folder it is read from (`a/b.md`, not `../b.md` or `/b.md`)."""
    path = PurePosixPath(page.replace("\\", "/"))
    return not path.is_absolute() and ".." not in path.parts and not PureWindowsPath(page).drive


def body_of(text: str) -> str:
    """The Markdown without its front matter, split as MkDocs splits it (broken front matter: read whole)."""
    return split_page(text)[0]
