"""Links between the edition's source files, written as MkDocs resolves them; how to name a page the site lacks."""

from __future__ import annotations

import difflib
import functools
import posixpath
from collections.abc import Container, Iterable
from urllib.parse import SplitResult, urljoin, urlsplit


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
    """A docs-rooted link (`a/b.md#p3`) made relative to the page that shows it, fragment kept."""
    target = urlsplit(href)
    return relative_link(page, target.path) + (f"#{target.fragment}" if target.fragment else "")


def split_url(href: str) -> SplitResult | None:
    """The parts of an address; None for one `urlsplit` refuses (`//[a`: a host that is none)."""
    try:
        return urlsplit(href)
    except ValueError:
        return None


def page_hint(page: str, pages: Iterable[str], example: str) -> str:
    r"""How to name a page the site lacks: the site's page closest to it, else how paths are written.

    Case and Windows' backslashes do not count: `Source\Page.md` is close to `source/page.md`.
    """
    written = {path.casefold(): path for path in pages}
    close = difflib.get_close_matches(page.replace("\\", "/").casefold(), list(written), n=1)
    return f"did you mean {written[close[0]]}?" if close else example


def addressed_page(address: str, pages: Container[str], base: str = "/") -> str | None:
    """The page in docs/ an address of the site leads to (`/a/b/`, `a/b`, a preview's `http://127.0.0.1:8000/a/b/`).

    `base` is the address a relative one is read from (a preview's is rooted, a site address may not be);
    None when the site has no such page.
    """
    if (parts := split_url(address)) is None:
        return None
    stem = posixpath.normpath(urljoin(base, parts.path or "/")).strip("/")
    folder = f"{stem}/" if stem not in ("", ".") else ""
    # A folder's README.md is its index when it has no index.md (MkDocs leaves it out otherwise).
    for candidate in ((f"{stem}.md",) if folder else ()) + (f"{folder}index.md", f"{folder}README.md"):
        if candidate in pages:
            return candidate
    return None


def source_folder(page: str) -> str:
    """The source a page below docs/ belongs to: its top folder, which its `source:` names ("" at the top of docs/)."""
    folder, slash, _ = page.partition("/")
    return folder if slash else ""
