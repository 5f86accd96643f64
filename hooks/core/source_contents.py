"""A source's landing page's Contents list against the source's pages: each linked, in the order `order:` gives them.

The landing page (`docs/<source>/index.md`) lists the source's pages under `## Contents { #contents }`;
a page left out of it is found only through the navigation, and nothing else said so. The links are
read from the tree the build renders anyway (`PageInventory.contents`, `hooks/mdx/paragraphs.py`), by
the build (`hooks/adapters/source_pages.py`) and `make check` (`hooks/cli/page_checks.py`) alike.
"""

from __future__ import annotations

import posixpath
from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from hooks.core.anchor_check import CONTENTS_ID
from hooks.core.heading_ids import contents_heading_said
from hooks.core.page_names import name_to_write, rename_hint
from hooks.core.paragraphs import PageInventory
from hooks.core.policy_site import UNORDERED, page_order
from hooks.core.problems import Problem
from hooks.core.project_folders import DOCS
from hooks.core.source_page_checks import source_page_folders
from hooks.core.yaml_lines import in_backticks, joined

FIELD = "## Contents"
HEADING = f"{FIELD} {{ #{CONTENTS_ID} }}"
# What would end or mark up a link's text: a backslash before each, Markdown's own and `^` (mkdocs.yml's
# `pymdownx.caret`: `a^b^` raised `b`; an extension enabled there adds its own, a test renders with them all);
# `<`, which none escapes, as its reference
MARKDOWN_SPECIAL = str.maketrans({"<": "&lt;", **{char: f"\\{char}" for char in "\\[]*_`^"}})


def check_contents(metas: Mapping[str, Mapping[str, Any]], inventories: Mapping[str, PageInventory]) -> list[Problem]:
    """Each source's pages against its landing page's Contents (`metas` by `docs/…` path, `inventories` below docs/).

    Every page of the source's folder but the landing page must be linked there. Linked out of the order
    their `order:` values give is an error too: `order:` is the source's reading order wherever the edition
    lists its pages (the policy areas' pages), and Contents is the reader's; two orders, one of them wrong.
    A source without a landing page, or whose landing page is misread (not in `metas`), has that page's line;
    one whose `## Contents` lacks its `{ #contents }`, or has another id, that heading's (`contents_heading_said`).
    """
    folders = source_page_folders(metas)
    problems = []
    for folder in sorted(set(folders.values())):
        landing = f"{DOCS}/{folder}/index.md"
        if landing not in folders:
            continue
        pages = sorted((p for p, f in folders.items() if f == folder and p != landing), key=lambda p: _place(metas, p))
        inventory = inventories.get(landing.removeprefix(f"{DOCS}/"))
        if inventory is not None and contents_heading_said(inventory):
            continue  # the heading's line: one mistake, one line
        problems += contents_problems(landing, pages, metas, inventory.contents if inventory else None)
    return problems


def contents_problems(
    landing: str, pages: Sequence[str], metas: Mapping[str, Mapping[str, Any]], links: Sequence[str] | None
) -> list[Problem]:
    """The lines for one source: its Contents missing, a page it does not link, the first two pages out of order.

    `pages`: the source's pages in their order (`docs/…`, the landing page apart); `links`: Contents' as written.
    """
    if not pages:
        return []
    source = landing.split("/")[1]
    folder = f"{DOCS}/{source}"
    offered = {
        page: contents_line(n, _title(metas[page], page), _link(folder, page)) for n, page in enumerate(pages, 1)
    }
    if links is None:
        names = joined(posixpath.relpath(page, folder) for page in pages)
        lines = ", ".join(in_backticks(line) for line in offered.values())
        message = f"is missing, and readers find {names} only through the navigation"
        return [
            Problem(landing, FIELD, message, f"add the heading {in_backticks(HEADING)} and below it the list {lines}")
        ]
    named = {_written(page): page for page in pages}  # a misnamed page linked by the name its own line asks for
    targets = (named.get(target, target) for link in links if (target := contents_target(source, link)))
    linked = list(dict.fromkeys(target for target in targets if target in offered))
    problems = [
        Problem(
            landing,
            FIELD,
            f"does not link to {posixpath.relpath(page, folder)}, a page of this source",
            f"add {in_backticks(line)} to {landing}'s {FIELD}{_once_renamed(page)}",
        )
        for page, line in offered.items()
        if page not in linked
    ]
    if misplaced := first_out_of_order(linked, metas):
        before, after = misplaced
        first, second = (posixpath.relpath(page, folder) for page in misplaced)
        orders = f"{page_order(metas[before])} and {page_order(metas[after])}"
        message = f"links to {first} before {second}, though their `order` is {orders}"
        problems.append(
            Problem(landing, FIELD, message, f"list {second} first, as their `order:` says, or change their `order:`")
        )
    return problems


def first_out_of_order(linked: Sequence[str], metas: Mapping[str, Mapping[str, Any]]) -> tuple[str, str] | None:
    """The first two pages Contents links in an order their `order:` values contradict (a page without one apart)."""
    ordered = [page for page in linked if page_order(metas[page]) != UNORDERED]
    return next(((a, b) for a, b in pairwise(ordered) if page_order(metas[a]) > page_order(metas[b])), None)


def contents_target(source: str, href: str) -> str | None:
    """The page a Contents link on `docs/<source>/index.md` leads to (`docs/<source>/x.md`), or None.

    None for a link to another site, or to an id of the landing page itself (`#bibliography`). MkDocs reads
    `/x.md` from docs/; a link's `#id` and `?query` do not change its page.
    """
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or not parts.path:
        return None
    path = unquote(parts.path)
    base = DOCS if path.startswith("/") else f"{DOCS}/{source}"
    return posixpath.normpath(posixpath.join(base, path.lstrip("/")))


def contents_line(number: int, title: str, link: str) -> str:
    """The Markdown line listing a page in Contents, as the list writes it: `8. [Title](page.md)`."""
    return f"{number}. [{title.translate(MARKDOWN_SPECIAL)}]({link})"


def _place(metas: Mapping[str, Mapping[str, Any]], page: str) -> tuple[int, str]:
    """Where a page stands in its source: by `order`, a page without a valid one last (by path)."""
    return page_order(metas[page]), page


def _title(meta: Mapping[str, Any], page: str) -> str:
    """The page's title for its Contents line; its file's name while its `title` is missing (that is its own line)."""
    title = meta.get("title")
    return (
        title.strip() if isinstance(title, str) and title.strip() else posixpath.splitext(posixpath.basename(page))[0]
    )


def _link(folder: str, page: str) -> str:
    """The page's path from its landing page, as a Markdown link writes it (by the name its own line asks for)."""
    return quote(posixpath.relpath(_written(page), folder), safe="/")


def _written(page: str) -> str:
    """A page's `docs/…` path by the name `page_name_problem` asks for (`x.markdown` → `x.md`): links take it."""
    return f"{DOCS}/{name_to_write(page.removeprefix(f'{DOCS}/'))}"


def _once_renamed(page: str) -> str:
    """What a line offering a misnamed page's new name adds: the file's renaming, which makes the link right."""
    return "" if _written(page) == page else f"; {rename_hint(page.removeprefix(f'{DOCS}/'))}"
