"""Tell an extension which page it renders, from the text, where no MkDocs hook says so (Zensical).

See `hooks/core/page_identity.py`. The preprocessor runs first (priority 40, before Python-Markdown
normalises whitespace at 30), sees the text as the engine handed it over, and notes the page; the
extension's tree processors then read it. Under MkDocs the adapters name the page and this is not
registered, so a build pays nothing for it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

from markdown import Markdown
from markdown.preprocessors import Preprocessor

from hooks.core.page_identity import identify, index_pages


@cache
def pages_of(docs_dir: Path) -> dict[str, str | None]:
    """The index of docs_dir's pages, read once per process (every page of a build asks for it)."""
    return index_pages(docs_dir)


class PageIdentityPreprocessor(Preprocessor):
    """Note the page of docs/ whose text is being converted (None when it is none of them)."""

    def __init__(self, md: Markdown, docs_dir: Path, found: Callable[[str | None], None]) -> None:
        """Keep where the pages are and whom to tell."""
        super().__init__(md)
        self.docs_dir = docs_dir
        self.found = found

    def run(self, lines: list[str]) -> list[str]:
        """Leave the text as it is; only name its page."""
        self.found(identify(pages_of(self.docs_dir.resolve()), "\n".join(lines)))
        return lines


def identify_pages(md: Markdown, docs_dir: Path, found: Callable[[str | None], None], name: str) -> None:
    """Register the preprocessor under `name` (one per extension that needs the page)."""
    md.preprocessors.register(PageIdentityPreprocessor(md, docs_dir, found), name, 40)
