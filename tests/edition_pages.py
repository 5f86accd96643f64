"""What the tests know about the edition's pages: which are source pages, in reading order."""

from __future__ import annotations

import re
from pathlib import Path

import frontmatter

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
# What a reader can only do on a screen; printed, a sentence asking for it makes no sense.
RE_SCREEN_ONLY = re.compile(r"\b(?:point(?:ing)? at|tap|hover|click|press|button|dialog|JavaScript)\b", re.IGNORECASE)


def source_pages(source: str) -> list[Path]:
    """A source's pages (index first), ordered by their `order` front matter."""
    pages = [(frontmatter.load(path).get("order"), path) for path in (DOCS / source).glob("*.md")]
    return [path for _, path in sorted(pages)]


def built_path(site: Path, page: Path) -> Path:
    """Where MkDocs writes a page (directory URLs)."""
    relative = page.relative_to(DOCS).with_suffix("")
    if relative.name == "index":
        return site / relative.parent / "index.html"
    return site / relative / "index.html"
