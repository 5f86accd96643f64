"""A page's links to an `#id` their page lacks, as MkDocs' `validation: anchors:` reads them: build and make check.

MkDocs notes each link to a page of the site that names an `#id` (`links_to_anchors`, the first link to each
id of a page), and once every page rendered warns of an id no element of that page has (`present_anchor_ids`:
the ids of the tree at priority 5, and of the Markdown's raw HTML). It knows nothing of `anchors.redirects.yml`,
whose script sends a reader on in the browser: a link to an old id fails the strict build, and its line offers
the new place.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Collection, Iterable, Mapping
from urllib.parse import SplitResult, urlsplit, urlunsplit

from hooks.core.anchor_lock import page_key
from hooks.core.anchor_redirects import REDIRECTS_FILE
from hooks.core.config_file import DOCS
from hooks.core.link_kinds import LinkKind, read_link
from hooks.core.links import relative_link
from hooks.core.page_links import FAILS
from hooks.core.problems import Problem, named_address, visible


def check_link_anchors(
    page: str,
    urls: Iterable[str],
    present: Mapping[str, Collection[str] | None],
    redirects: Mapping[str, str],
    levels: Mapping[str, str],
) -> list[Problem]:
    """One line per `#id` of a page `page` links to that no element there has, at `validation: anchors: warn`.

    `present`: the ids of each page of the site by its file in docs/ (None: not known without the build, a
    policy area's page: left to it); `redirects`: anchors.redirects.yml's, for the hint alone.
    """
    if levels["anchors"] != "warn":
        return []
    linked: dict[tuple[str, str], str] = {}
    for url in urls:
        if (target := linked_anchor(page, url, levels)) is not None:
            linked.setdefault(target, url)  # MkDocs keeps the first link to each id of a page
    problems = (anchor_line(page, url, file, anchor, present, redirects) for (file, anchor), url in linked.items())
    return [problem for problem in problems if problem is not None]


def anchor_line(
    page: str,
    url: str,
    file: str,
    anchor: str,
    present: Mapping[str, Collection[str] | None],
    redirects: Mapping[str, str],
    fails: str = f"({FAILS})",
    write: Callable[[str, str], str] = relative_link,
) -> Problem | None:
    """The line for a link to `file#anchor` that page lacks; None where it has it, or its ids are the build's to know.

    `fails` says what fails on it, `write` links a file from the page: a raw HTML link's are its own (`raw_links.py`).
    """
    ids = present.get(file)
    if ids is None or anchor in ids:
        return None
    shown = visible(file, address=True)
    message = f"{named_address(url)} leads to {shown}, which has no id {named_address(anchor)} {fails}"
    hint = anchor_hint(page, urlsplit(url), file, ids, redirects, present, write)
    return Problem(f"{DOCS}/{page}", "link", message, hint)


def linked_anchor(page: str, url: str, levels: Mapping[str, str]) -> tuple[str, str] | None:
    """The file and `#id` (as written) a link names, where MkDocs checks the id; None where it checks none.

    None too for no address at all (`//[a#x`): `unreadable_link`'s line names it.
    """
    link = read_link(page, url, levels)
    if link.parts is None or not link.parts.fragment:
        return None
    if link.kind is LinkKind.OWN_PAGE:  # `#id` on the page itself
        return page, link.parts.fragment
    return None if link.file is None else (link.file, link.parts.fragment)  # outside, or absolute as written


def anchor_hint(
    page: str,
    parts: SplitResult,
    file: str,
    ids: Collection[str],
    redirects: Mapping[str, str],
    present: Mapping[str, object],
    write: Callable[[str, str], str] = relative_link,
) -> str:
    """The id meant: where anchors.redirects.yml sends an old one, else the page's closest id (`write`: `linked`'s)."""
    moved = redirects.get(f"{page_key(file)}#{parts.fragment}", "")
    new_key, _, new_id = moved.partition("#")
    files = {page_key(each): each for each in present}
    if new_key in files:
        written = linked(page, parts, files[new_key], new_id, write)
        return f"{REDIRECTS_FILE} sends that id to {moved}, which MkDocs does not follow: write '{written}'"
    if close := difflib.get_close_matches(parts.fragment, sorted(ids), n=1):
        return f"did you mean '{linked(page, parts, file, close[0], write)}'?"
    return f"link an id the page has, or leave out '#{parts.fragment}'"


def linked(
    page: str, parts: SplitResult, file: str, anchor: str, write: Callable[[str, str], str] = relative_link
) -> str:
    """The link to `file#anchor` from `page`, its query kept: `#anchor` alone where it is the page itself.

    The file is written by its path from the page's (`write`: a raw HTML link's by its address).
    """
    path = "" if file == page and not parts.path else write(page, file)
    return urlunsplit(("", "", path, parts.query, anchor))
