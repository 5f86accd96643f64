"""Which page of docs/ a Markdown text is, for an engine that does not say.

Under MkDocs the adapters tell each extension the page being rendered. Zensical runs Python-Markdown
extensions but no hooks, and Python-Markdown hands an extension only the text: the text itself then
names the page, found among the pages of docs/ by its body (the front matter split off where MkDocs
splits it). Comparing whole texts needs no id convention in the pages and cannot mistake one page
for another; two pages with the same text name neither.
"""

from __future__ import annotations

from pathlib import Path

from hooks.core.page_front_matter import split_page


def text_key(text: str) -> str:
    """A page's text as every engine hands it over: line ends and trailing spaces do not count."""
    return "\n".join(line.rstrip() for line in text.splitlines()).strip()


def index_pages(docs_dir: Path) -> dict[str, str | None]:
    """Each page's text, mapped to its path inside docs_dir (None for a text two pages share)."""
    index: dict[str, str | None] = {}
    for path in sorted(docs_dir.rglob("*.md")):
        body, _ = split_page(path.read_text(encoding="utf-8-sig"))
        key = text_key(body)
        index[key] = None if key in index else path.relative_to(docs_dir).as_posix()
    return index


def identify(index: dict[str, str | None], text: str) -> str | None:
    """The path inside docs/ of the page whose text this is, or None (a generated page, a shared text)."""
    return index.get(text_key(text))
