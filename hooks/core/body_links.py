"""Links from an annotation's body to the edition's pages must lead somewhere, from wherever the body is shown.

MkDocs checks them too, but names the page the annotation is shown on, where the contributor
will not find the link: this check names the annotation's file and says what the target has.
A body is shown beside its paragraph and again on `/annotations/`, so a link is written as the
page's path inside `docs/` (`source/page.md#p3`), which the build rewrites for each place; an
address copied from the site (`../introduction/#p3`, `/source/page/`, a local preview's
`http://127.0.0.1:8000/…`) would lead elsewhere from one of them, and is named with the path to write;
so is a page's full address on the published site (`site_url`, base path and all), whose `#p3` no
check would see and which would not follow the page if it moved, a view of a page with its query
(`annotations/index.md?motivation=questioning`), and one that leads to no page (a typo) with the
page it is closest to; one of a page moved, or published and gone, is named as its `docs/` path
would be. A file the site serves (`/annotations.jsonld`) is linked as any site's.
"""

from __future__ import annotations

import difflib
import posixpath
from collections.abc import Collection, Container, Iterator, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from hooks.core.anchor_lock import page_key
from hooks.core.annotations import Annotation, RefusedBody
from hooks.core.body_tree import body_hrefs, is_docs_link, is_site_address
from hooks.core.draft_pages import draft_hint, draft_link_message
from hooks.core.page_hints import closest_page, page_hint
from hooks.core.paragraphs import PageInventory
from hooks.core.problems import Problem
from hooks.core.site_addresses import addressed_page, is_local, path_segments, published_address, split_url

EXAMPLE_PAGE = "source/page.md"  # the page the line on a link to no page shows
EXAMPLE = f"write the path inside docs/, e.g. {EXAMPLE_PAGE}#p3"


def docs_links(body_html: str) -> Iterator[str]:
    """The links of a sanitised body that point at pages of the edition (`source/page.md#p3`).

    Such a link ends its path in `.md`, so a body without those three characters has none and is
    not parsed (most bodies, and every one of the benchmark's 2,000).
    """
    if ".md" not in body_html:
        return
    yield from (href for href in body_hrefs(body_html) if is_docs_link(href))


@dataclass(frozen=True)
class SiteAddress:
    """A body's link written as an address of the site: as written, as read, and what it is."""

    href: str
    address: str  # a published one read from the site's root: its base path is no page's
    what: str
    published: bool = False  # its base path is known and stripped: only its whole path names a page


def site_addresses(body_html: str, site_url: str = "") -> Iterator[SiteAddress]:
    """The links of a sanitised body written as an address of the site.

    Relative and rooted ones (`../a/#p3`, `/s/a/`), a local preview's, and, when `site_url` is the
    published site's, a full address of a page under it (a view of one, `?motivation=questioning`,
    too), whether or not docs/ has that page; a file it serves (`/annotations.jsonld`) may be
    linked so, as any site's.
    """
    if "href=" not in body_html:
        return
    published = site_url if not is_local(site_url) else ""
    for href in body_hrefs(body_html):
        if split_url(href) is None:
            continue  # no address at all: named by `body_markup.unreadable_body_links`
        if is_local(href):
            yield SiteAddress(href, href, "a local preview's address")
        elif is_site_address(href):
            yield SiteAddress(href, href, "a site address (it breaks in annotations.jsonld)")
        elif published and (address := published_address(href, published)) and is_page_address(address):
            what = "the published site's address (it goes unchecked, and breaks if the page moves)"
            yield SiteAddress(href, address, what, published=True)


def is_page_address(address: str) -> bool:
    """An address of a page (`/a/b/`, `/a/b`, `/a/b/index.html`), not of a file the site serves (`/cite/x.bib`)."""
    name = urlsplit(address).path.rpartition("/")[2]
    return posixpath.splitext(name)[1] in ("", ".html")


def docs_path(address: str, shown_on: str, pages: Mapping[str, object], *, from_root: bool = False) -> str | None:
    """The `docs/` path (with its `?query` and `#id`) of the page a site address leads to from `shown_on`; None if none.

    `from_root`: the address is read from the site's root, its base path stripped (see `addressed_page`).
    """
    if (page := addressed_page(address, pages, page_key(shown_on), from_root=from_root)) is None:
        return None
    parts = urlsplit(address)
    return urlunsplit(("", "", page, parts.query, parts.fragment))


def id_hint(page: str, inventory: PageInventory, href: str = "") -> str:
    """The id `href` meant, the page's closest as a page's link is offered it; else which ids a link there can name.

    Not a paragraph for a paragraph (`#p12`, `p1`): its range is named, the numbers being the page's to read.
    """
    numbered = {paragraph.id for paragraph in inventory.paragraphs}
    others = sorted(anchor for anchor in inventory.ids if anchor not in numbered)
    target = urlsplit(href)
    if close := difflib.get_close_matches(target.fragment, others, n=1):
        return f"did you mean '{urlunsplit(target._replace(fragment=close[0]))}'?"
    if not inventory.paragraphs:
        return f"{page} has no numbered paragraphs: link to another id the page has"
    return f"link to one of its paragraphs, {inventory.id_range()}, or another id the page has"


def check_body_links(
    annotation: Annotation | RefusedBody,
    body_html: str,
    pages: Mapping[str, PageInventory | None] | None,
    site_url: str = "",
    moves: Mapping[str, str] | None = None,
    drafts: Collection[str] = (),
    published_pages: Container[str] = (),
) -> list[Problem]:
    """Each edition link of the body names a page of the site and, after `#`, an id on that page.

    `site_url` is the address the site is published at: a full address of its pages is named too,
    with the docs path to write, or, when docs/ has no such page (a typo, a redirect's), the closest;
    a page mkdocs.yml's `redirect_maps` moved (`moves`, `file_moves`) is named where it went. A refused
    note's body (`RefusedBody`) is checked so too, its page as written. `pages` None: the pages are not
    known (an extension told its page, with no docs_dir), so a `.md` link is not checked, and a site
    address is named without the path to write. `drafts`: the pages of `draft_docs` the run leaves out
    (`rendered_pages`; under `mkdocs serve` they are among `pages`): a link to one is said to lead to a draft.
    `published_pages`: the files the anchor lock published (`locked_docs_pages`), a link to one gone asked for its move,
    written as its `docs/` path or as its address (`gone_hint`).
    """
    problems = []
    for href in docs_links(body_html) if pages is not None else ():
        target = urlsplit(href)
        page = posixpath.normpath(target.path)
        if page in drafts and page not in pages:
            hint = page_hint(page, pages, draft_hint("link to"), moves)
            problems.append(Problem(annotation.path, "body", draft_link_message(href), hint))
            continue
        if page not in pages:
            beside = posixpath.normpath(posixpath.join(posixpath.dirname(annotation.page), page))
            fragment = f"#{target.fragment}" if target.fragment else ""
            written = f"write it from docs/: '{beside}{fragment}'"
            hint = (
                written
                if beside in pages
                else page_hint(page, pages, EXAMPLE, moves, example_page=EXAMPLE_PAGE, published=published_pages)
            )
            problems.append(Problem(annotation.path, "body", f"the link '{href}' leads to no page", hint))
            continue
        inventory = pages[page]
        if target.fragment and inventory is not None and target.fragment not in inventory.ids:
            hint = id_hint(page, inventory, href)
            problems.append(Problem(annotation.path, "body", f"the link '{href}' names no id of {page}", hint))
    if 'href=""' in body_html and "" in body_hrefs(body_html):  # `[words]()`: the page it is on, by accident
        hint = "write the address between the parentheses: [words](source/page.md#p3)"
        problems.append(Problem(annotation.path, "body", "the link '' has no address", hint))
    pages = pages if pages is not None else {}
    own = pages.get(annotation.page)
    for href in body_hrefs(body_html) if own is not None and ('href="#' in body_html or 'href="?' in body_html) else ():
        _, hash_, fragment = href.partition("#")  # `?x=1#p5`: a view of the annotated page, an id of its own
        if href.startswith(("#", "?")) and hash_ and fragment not in own.ids:
            hint = id_hint(annotation.page, own, href)
            message = f"the link '{href}' names no id of {annotation.page}"
            problems.append(Problem(annotation.path, "body", message, hint))
    for link in site_addresses(body_html, site_url):
        path = docs_path(link.address, annotation.page, pages, from_root=link.published)
        gone = None if path else gone_hint(link, annotation.page, pages, moves, published_pages)
        if link.published and path is None:  # its base path is right, so it was meant to be a page of the edition
            hint = gone or closest_hint(link.address, pages)
            problems.append(Problem(annotation.path, "body", f"the link '{link.href}' leads to no page", hint))
            continue
        hint = f"write the page's path inside docs/: '{path}'" if path else gone or EXAMPLE
        problems.append(Problem(annotation.path, "body", f"the link '{link.href}' is {link.what}", hint))
    return problems


def gone_hint(
    link: SiteAddress,
    shown_on: str,
    pages: Mapping[str, object],
    moves: Mapping[str, str] | None,
    published: Container[str],
) -> str | None:
    """`page_hint`'s line for a site address of a page `redirect_maps` moved or the lock published, gone; else None.

    Its `docs/` path form is named where the page went, or asked for its move: one mistake, one hint,
    however the link is written (the example, or a page merely close, told a renamed page's link nothing).
    """
    for known in (moves or {}, published):
        if (gone := addressed_page(link.address, known, page_key(shown_on), from_root=link.published)) is not None:
            return page_hint(gone, pages, EXAMPLE, moves, example_page=EXAMPLE_PAGE, published=published)
    return None


def closest_hint(address: str, pages: Mapping[str, object]) -> str:
    """The docs path, query and `#id` kept, of the page an address read from the site's root leading nowhere meant."""
    parts = urlsplit(address)
    stem = "/".join(path_segments(parts.path)).removesuffix(".html")
    if (page := closest_page(f"{stem}.md" if stem else "index.md", pages)) is None:
        return EXAMPLE
    meant = urlunsplit(("", "", page, parts.query, parts.fragment))
    return f"write the page's path inside docs/: did you mean '{meant}'?"
