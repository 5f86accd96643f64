"""Tell an extension which page it renders, from the text, where no MkDocs hook says so (Zensical).

See `hooks/core/page_identity.py`. The preprocessor runs first (priority 40, before Python-Markdown
normalises whitespace at 30), sees the text as the engine handed it over, and notes the page; the
extension's tree processors then read it. Under MkDocs the adapters name the page and this is not
registered, so a build pays nothing for it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from markdown import Markdown
from markdown.preprocessors import Preprocessor

from hooks.core.page_identity import identify, index_pages

# Per docs folder: each page's path and modification time when read, and the index of their texts.
INDEXES: dict[Path, tuple[tuple[tuple[str, int], ...] | None, dict[str, str | None]]] = {}


def identify_text(docs_dir: Path, text: str) -> str | None:
    """The page of docs_dir whose text this is, from an index read once, and read again when a page changed.

    A long-running engine (a server rebuilding on save) converts a page after it was edited: a text
    the index lacks makes it look at the pages' modification times, and read them again if one moved.
    """
    stamp, index = INDEXES.get(docs_dir, (None, {}))
    if (page := identify(index, text)) is not None:
        return page
    now = tuple((path.as_posix(), path.stat().st_mtime_ns) for path in sorted(docs_dir.rglob("*.md")))
    if now == stamp:
        return None  # a text of no page (a generated one): the pages are as they were read
    INDEXES[docs_dir] = (now, index_pages(docs_dir))
    return identify(INDEXES[docs_dir][1], text)


class PageIdentityPreprocessor(Preprocessor):
    """Note the page of docs/ whose text is being converted (None when it is none of them)."""

    def __init__(self, md: Markdown, docs_dir: Path, found: Callable[[str | None], None]) -> None:
        """Keep where the pages are and whom to tell."""
        super().__init__(md)
        self.docs_dir = docs_dir
        self.found = found

    def run(self, lines: list[str]) -> list[str]:
        """Leave the text as it is; only name its page."""
        self.found(identify_text(self.docs_dir.resolve(), "\n".join(lines)))
        return lines


def identify_pages(md: Markdown, docs_dir: Path, found: Callable[[str | None], None], name: str) -> None:
    """Register the preprocessor under `name` (one per extension that needs the page)."""
    md.preprocessors.register(PageIdentityPreprocessor(md, docs_dir, found), name, 40)
