"""What the build published, by lock key: each built page's ids and its paragraphs' words, to compare with the lock.

The anchors adapter gathers them after every page rendered (`on_env`); `anchor_check.py` compares them.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

from hooks.core.paragraphs import PageInventory


@dataclass(frozen=True)
class BuiltPage:
    """A page the build made: its key in the lock, its file in docs/, and whether its Markdown is blank."""

    url: str
    source: str
    blank: bool = False


def blank_page(markdown: str | None) -> bool:
    """Whether a built page's Markdown is blank (white space or nothing): it publishes no ids, yet it is a page.

    Python-Markdown skips its extensions on such a text, so the page has no inventory; without this
    its locked ids would read as a page gone rather than ids gone from a page that is still there.
    """
    return not (markdown or "").strip()


def page_sources(moved_from: Mapping[str, str], built: Mapping[str, str]) -> dict[str, str]:
    """Each lock key's file in docs/, to name in the lines: a built page's own file wins over a file moved from its URL.

    `moved_from` are `redirect_maps`' old files by the URL they had, `built` the built pages' files.
    A move from a URL a page still has is named by that page's file: it is the file to keep or remove.
    """
    return {**moved_from, **built}


@dataclass
class BuiltIds:
    """What the pages published, by lock key: their ids, their paragraphs' words, and the file each inventory is of."""

    ids: dict[str, list[str]] = field(default_factory=dict)
    texts: dict[str, dict[str, str]] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)


def built_ids(
    pages: Iterable[BuiltPage], inventories: Mapping[str, PageInventory], unreadable: Collection[str]
) -> BuiltIds:
    """Each built page's ids (each once, in page order), and its paragraphs' words to compare with the words file.

    A blank page has no inventory (Python-Markdown skips the extensions on it), yet it is built:
    no ids, not gone. A page read with the wrong encoding (`unreadable`, by its file) has ids, but
    its words are not its own: they are left out, not compared.
    """
    found = BuiltIds()
    for page in pages:
        if page.blank:
            found.ids[page.url] = []
        if inventory := inventories.get(page.source):
            found.ids[page.url] = list(dict.fromkeys(inventory.ids))
            found.sources[page.url] = page.source
            if inventory.paragraphs and page.source not in unreadable:
                found.texts[page.url] = inventory.reading_texts()
    return found
