"""A page's links written in raw HTML, which MkDocs neither checks nor rewrites: for the build and `make check`.

MkDocs validates and rewrites the Markdown's links alone (its `relpath` reads the tree, not the raw HTML that
Python-Markdown stashes): `<a href="../nowhere/">`, `<a href="citing.md">` (a `.md` name left as written, a file
the site lacks) or `<a href="../citing/#nope">` was a dead link published in silence. A browser reads such a link
from the page's address (`/about/reading-guide/`), not from its file. Each dead one is the line its Markdown twin
gets (`page_links.py`, `link_anchors.py`), at the same `validation:` level, its fix written as an address; the
edition's line, not a warning of MkDocs, fails the strict build (`hooks/mdx/page_links.py` hands the links on).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Collection, Container, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import NamedTuple
from urllib.parse import SplitResult, unquote

from hooks.core.anchor_lock import page_key
from hooks.core.config_file import DOCS
from hooks.core.link_anchors import anchor_line
from hooks.core.link_kinds import target_file
from hooks.core.links import relative_link
from hooks.core.page_files import MARKDOWN_SUFFIXES
from hooks.core.page_links import (
    FAILS_BUILD,
    guesses,
    left_out_problem,
    link_hint,
    relative,
    unreadable_link,
)
from hooks.core.problems import Problem, named_address, visible
from hooks.core.site_addresses import C0_OR_SPACE, page_files_at, path_segments, split_url

FIX_ADDRESS = "fix the link to lead to an address of the site, or remove it"
TAB_OR_NEWLINE = dict.fromkeys(map(ord, "\t\n\r"))  # removed anywhere in it
NOT_REWRITTEN = "MkDocs rewrites no .md link in raw HTML: write the page's address"
ENCODED_DOTS = {"%2e": ".", ".%2e": "..", "%2e.": "..", "%2e%2e": ".."}  # a path segment, lowercased: `dot_segments`


class RawLink(NamedTuple):
    """A link of a page's raw HTML: its address as written, and the attribute holding it (`href`, `src`, `srcset`)."""

    url: str
    attribute: str


@dataclass(frozen=True)
class RawLinkSite:
    """What a page's raw links are checked against, gathered once for every page, as the Markdown links' checks take it.

    `files`: the site's (`check_page_links`'); `moves`: `redirect_maps` between files, followed to their ends;
    `levels`: `link_levels`'; `present`: each page's ids by its file (None: the build's to know); `redirects`:
    anchors.redirects.yml's; `published`: the files the anchor lock published (`locked_docs_pages`); `left_out`:
    the files among `files` the built site leaves out, each `"draft"` or `"excluded"` (`left_out_files`).
    """

    files: Collection[str]
    moves: Mapping[str, str]
    levels: Mapping[str, str]
    present: Mapping[str, Collection[str] | None]
    redirects: Mapping[str, str]
    published: Container[str] = ()
    left_out: Mapping[str, str] = field(default_factory=dict)

    @cached_property
    def addresses(self) -> dict[str, str]:
        """Each file by the address it is served at, made once a relative link asks (a folder's index.md wins)."""
        return {file_address(file): file for file in sorted(self.files, reverse=True)}


def file_address(file: str) -> str:
    """The address a file is served at from the site's root, %-codes read: a page's (`/a/b/`), else its path."""
    return unquote(page_key(file)) if file.endswith(MARKDOWN_SUFFIXES) else f"/{file}"


def address_link(page: str, file: str) -> str:
    """A file as a raw link on `page` writes it: the path from the page's address to the file's (`../citing/`)."""
    target = file_address(file)
    path = posixpath.relpath(target, file_address(page))
    return f"{path}/" if target.endswith("/") else path


def check_raw_links(page: str, links: Iterable[RawLink], site: RawLinkSite) -> list[Problem]:
    """One line per raw link of `page` (its path in docs/) leading to no address of the site or no id there, once.

    A `srcset` candidate's line has its attribute for field (`srcset:`): its URL alone does not say where it stands.
    """
    read: dict[str, str] = {}
    for url, attribute in links:
        read.setdefault(browser_href(url), attribute)  # each address once, named by where it stood first
    problems = []
    for url, attribute in read.items():
        if (problem := raw_link_problem(page, url, site)) is not None:
            problems.append(replace(problem, field=attribute) if attribute == "srcset" else problem)
    return problems


def browser_href(url: str) -> str:
    """An href as the WHATWG URL parser reads it: a browser drops the spaces around it (`" ../citing/ "`).

    And the tabs and newlines within it; each line then quotes the link it reads.
    """
    return url.strip(C0_OR_SPACE).translate(TAB_OR_NEWLINE)


def raw_link_problem(page: str, url: str, site: RawLinkSite) -> Problem | None:
    """The line for one raw link, at its Markdown twin's level; None for an address of the site, or outside it."""
    if (unreadable := unreadable_link(page, url)) is not None:
        return unreadable
    parts = split_url(url)
    if parts is None or parts.scheme or parts.netloc:  # an outside address
        return None
    if not parts.path:  # `#id` or `?query` on the page itself
        return anchor_problem(page, url, page, parts, site)
    parts, address = browser_address(page, parts)
    if parts.path.startswith("//"):  # `\\host\x`, `/\host/x`: another host's address, as `//host/x` is
        return None
    if url.startswith(("/", "\\")):
        return absolute_problem(page, url, parts, address, site)
    if (file := served_file(address, site.addresses)) is not None:
        if file in site.left_out:
            return left_out_problem(page, url, file, site.left_out[file], site.levels)
        return anchor_problem(page, url, file, parts, site)
    if site.levels["not_found"] != "warn":
        return None
    shown = visible(address, address=True)
    message = f"{named_address(url)} leads to {shown}, which is not among the site's files {FAILS_BUILD}"
    return Problem(f"{DOCS}/{page}", "link", message, raw_hint(page, parts, address, site))


def browser_address(page: str, parts: SplitResult) -> tuple[SplitResult, str]:
    r"""A link's parts with its path as a browser reads it, and the address it asks for from the page's, %-codes read.

    `..\citing\` is `../citing/` (a slash in an http(s) page's path), `%2e%2e/citing/` too (`dot_segments`); an
    absolute link's dot segments are resolved alike, `/a/../about/citing/` asking for `/about/citing/`.
    """
    parts = parts._replace(path=dot_segments(parts.path.replace("\\", "/")))
    return parts, path_codes_read(browser_path(file_address(page), parts.path))


def browser_path(base: str, path: str) -> str:
    r"""The path a browser asks for, a link read from a page's address, as the WHATWG URL parser resolves it.

    `..` at the root stays there, and an empty segment is kept (`./\host` asks for `/about/reading-guide//host`):
    `urljoin` dropped the root's `/` from a bare path and every empty segment (`a//b/` read as `a/b/`).
    `path`'s encoded dot segments are read already (`dot_segments`).
    """
    segments = [] if path.startswith("/") else base.split("/")[1:-1]  # the base's folder, its last segment cut
    written = path.removeprefix("/").split("/")
    for index, segment in enumerate(written):
        last = index == len(written) - 1
        if segment == "..":
            del segments[-1:]
        if segment not in {".", ".."}:
            segments.append(segment)
        elif last:  # `a/..` and `a/.` end on a folder: `/about/`
            segments.append("")
    return "/" + "/".join(segments)


def path_codes_read(path: str) -> str:
    """A path with its %-codes read, each `%2F` kept: a browser splits no segment there (`%2F%2Fhost/x` is one name).

    So the line shows the address asked for, never `///host/x`; no file's name holds a `/`, so none is served there.
    """
    return "".join(part if part.lower() == "%2f" else unquote(part) for part in re.split("(%2[fF])", path))


def dot_segments(path: str) -> str:
    """A path with its %-encoded dot segments as a browser reads them (WHATWG URL): `%2e%2e/x/` is `../x/`.

    A segment `%2e` (any case) is `.`, and `.%2e`, `%2e.` or `%2e%2e` is `..`: `urljoin` (RFC 3986) reads them as
    names, so `%2e%2e/%2e%2e/x/` above the root or to no page passed as a folder of the page's. `a%2eb` is a name.
    """
    if "%" not in path:
        return path
    return "/".join(ENCODED_DOTS.get(segment.lower(), segment) for segment in path.split("/"))


def served_file(address: str, addresses: Mapping[str, str]) -> str | None:
    """The file served at an address: `/a/b/`, `/a/b/index.html`, and `/a/b`, which the server sends on to `/a/b/`."""
    for candidate in (address, address.removesuffix("index.html"), f"{address}/"):
        if (file := addresses.get(candidate)) is not None:
            return file
    return None


def anchor_problem(page: str, url: str, file: str, parts: SplitResult, site: RawLinkSite) -> Problem | None:
    """The line for a raw link to an `#id` its page lacks, at `validation: anchors: warn`, as `check_link_anchors`'."""
    if not parts.fragment or site.levels["anchors"] != "warn":
        return None
    return anchor_line(page, url, file, parts.fragment, site.present, site.redirects, FAILS_BUILD, address_link)


def absolute_problem(page: str, url: str, parts: SplitResult, address: str, site: RawLinkSite) -> Problem | None:
    """A raw link from the host's root (`/about/`), at `absolute_links: warn`: it misses the site below a path.

    `address`: the one a browser asks for (`browser_address`), from which the path from the page is offered.
    """
    if site.levels["absolute_links"] != "warn":
        return None
    hint = FIX_ADDRESS
    if (file := served_file(address, site.addresses)) is not None:
        hint = f"write the path from this page: did you mean '{relative(file, page, parts, address_link)}'?"
    return Problem(f"{DOCS}/{page}", "link", f"{named_address(url)} is an absolute link {FAILS_BUILD}", hint)


def raw_hint(page: str, parts: SplitResult, address: str, site: RawLinkSite) -> str:
    """The address meant: a move's, else the file the link names read from the page's file, else its twin's hint.

    A raw link written as a Markdown one is (`citing.md`, `../glossary/` from `about/x.md`) names a file of the
    site from the page's file: the likeliest slip, offered by its address. Then the Markdown twin's hint (a page
    moved, the lock's page gone, the closest file), each file written by its address.
    """
    path = unquote(parts.path)
    candidates = written_files(address)
    target = next((file for file in candidates if file in site.moves or file in site.published), None)
    if target is None and (slip := read_from_file(page, path, site.files)) is not None:
        meant = relative(slip, page, parts, address_link)
        return f"{NOT_REWRITTEN}, '{meant}'" if path.endswith(MARKDOWN_SUFFIXES) else f"did you mean '{meant}'?"
    target = target or candidates[0]
    twin = relative_link(page, target)
    return link_hint(page, twin, target, site.files, site.moves, parts, site.published, address_link, FIX_ADDRESS)


def read_from_file(page: str, path: str, files: Collection[str]) -> str | None:
    """The file of the site a raw link's path names read from the page's file, as MkDocs reads a Markdown link."""
    if path.endswith(MARKDOWN_SUFFIXES):
        return next((guess for guess in guesses(page, path, False) if guess in files), None)
    named = target_file(page, path)
    candidates = written_files(f"/{named}/" if path.endswith("/") else f"/{named}")
    return next((file for file in candidates if file in files), None)


def written_files(address: str) -> tuple[str, ...]:
    """The files of docs/ an address would be served from: a page's (`a/b.md`, `a/b/index.md`…), else its path."""
    stem = "/".join(path_segments(address))
    is_page = address.endswith(("/", "/index.html")) or not posixpath.splitext(stem)[1]
    return page_files_at(stem) if is_page else (stem,)
