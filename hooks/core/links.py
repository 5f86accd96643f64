"""Links between the edition's source files, as MkDocs resolves them."""

from __future__ import annotations

import functools
import posixpath
from collections.abc import Callable
from urllib.parse import urlsplit, urlunsplit


@functools.lru_cache(maxsize=65536)
def relative_link(from_path: str, to_path: str) -> str:
    """A link from one docs-relative source file to another (`a/b.md`, `glossary.md` → `../glossary.md`).

    The same as `posixpath.relpath(to_path, dirname(from_path))`, worked out from the path parts:
    `relpath` asks the file system for the working directory twice a link, and generated pages
    have thousands of links. Cached per pair: every term link of a page asks for the same one.
    """
    start = posixpath.normpath(posixpath.dirname(from_path) or ".").split("/")
    target = posixpath.normpath(to_path).split("/")
    if ".." in start or ".." in target:  # outside the docs folder: only relpath knows
        return posixpath.relpath(to_path, posixpath.dirname(from_path) or ".")
    start = [] if start == ["."] else start
    shared = 0
    while shared < len(start) and shared < len(target) - 1 and start[shared] == target[shared]:
        shared += 1
    return "/".join([".."] * (len(start) - shared) + target[shared:])


def relative_to_page(href: str, page: str) -> str:
    """A docs-rooted link (`a/b.md#p3`) made relative to the page that shows it, query and fragment kept.

    The query is a view of the page: `annotations/index.md?motivation=questioning` is the filtered list.
    """
    target = urlsplit(href)
    return urlunsplit(("", "", relative_link(page, target.path), target.query, target.fragment))


def absolute_link(href: str, page_url: Callable[[str], str | None]) -> str:
    """A docs-rooted link (`a/b.md?motivation=x#p3`) as its page's full address, query and fragment kept.

    `page_url` gives a docs path's address (None for a page the site lacks: the link is left as
    written, and the link check names it).
    """
    target = urlsplit(href)
    if (url := page_url(target.path)) is None:
        return href
    return url + (f"?{target.query}" if target.query else "") + (f"#{target.fragment}" if target.fragment else "")


def source_folder(page: str) -> str:
    """The source a page below docs/ belongs to: its top folder, which its `source:` names ("" at the top of docs/)."""
    folder, slash, _ = page.partition("/")
    return folder if slash else ""
