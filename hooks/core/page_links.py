"""A page's links against the site's files, as MkDocs' `validation: links:` reads them: for `make check`.

MkDocs resolves each `a[href]` and `img[src]` of a page against the page's file (`path_to_url` in
`mkdocs/structure/pages.py`) and warns of one leading to no file; a strict build stops on it, and so
does `make anchors`. One leading to a file the built site leaves out (a draft, excluded, hidden) it only notes
(INFO): the edition's own line (`left_out_problem`, a raw link's too), which the build says (`left_out_links`).
Its `#id` is `link_anchors.py`'s, which needs the ids of the page it leads to.
An address `urlsplit` refuses (`//[a`), on which MkDocs raised a traceback, is `unreadable_link`'s line,
make check's and the build's (`hooks/mdx/page_links.py` leaves its words for MkDocs); so is one it reads but no
browser does (`http://a:99999/`, `//a b/`), which MkDocs leaves as an outside address: a note body's rule and words.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Collection, Container, Iterable, Iterator, Mapping
from urllib.parse import SplitResult, urlunsplit

from hooks.core.config_file import DOCS
from hooks.core.draft_pages import LEFT_OUT, draft_hint
from hooks.core.link_kinds import LinkKind, read_link, target_file
from hooks.core.links import relative_link
from hooks.core.page_files import MKDOCS_LEAVES_OUT, own_exclusion_fix
from hooks.core.page_hints import closest_page, moved_hint
from hooks.core.page_moves import landing_file
from hooks.core.problems import Problem, named_address, visible
from hooks.core.site_addresses import reads_no_address, unread_address

# MkDocs 1.6's defaults for `validation: links:`; only `warn` fails the strict build.
DEFAULT_LEVELS = {"not_found": "warn", "absolute_links": "info", "unrecognized_links": "info", "anchors": "info"}
SITE_KINDS = (LinkKind.FILE, LinkKind.AS_WRITTEN, LinkKind.OWN_PAGE)  # a link into the site, which the checks read
FAILS = "MkDocs warns, the strict build fails"
FIX = "fix the link to name a file of docs/, or remove it"
RETIRED = "link the words elsewhere, or remove the link"
FAILS_BUILD = "(the strict build fails)"
WRITE_ADDRESS = "write a whole address (https://…) or the path from this page to a file of docs/"
LEFT_OUT_FIX = "link to an address the site publishes, or take the file out of exclude_docs"


def link_levels(validation: object) -> dict[str, str]:
    """MkDocs' level for each link check: `validation: links: <name>`, else `validation: <name>` (it sets both)."""
    settings = validation if isinstance(validation, dict) else {}
    links = settings.get("links") if isinstance(settings.get("links"), dict) else {}
    return {name: str(links.get(name, settings.get(name, level))) for name, level in DEFAULT_LEVELS.items()}


def site_links(urls: Iterable[str]) -> list[str]:
    """A page's links the checks read, each once as written: to a file of the site or an `#id`, not outside it.

    What `link_problem` and `check_link_anchors` look at (an outside address, an e-mail address Markdown wrote, or
    a bare `?query`, is neither's): `make check`'s OK line counts them.
    """
    checked = []
    for url in dict.fromkeys(urls):
        link = read_link("", url, DEFAULT_LEVELS)  # the kind alone: no page or level passes one over
        if link.kind in SITE_KINDS and link.parts is not None and (link.parts.path or link.parts.fragment):
            checked.append(url)
    return checked


def check_page_links(
    page: str,
    urls: Iterable[str],
    files: Collection[str],
    moves: Mapping[str, str],
    levels: Mapping[str, str],
    published_pages: Container[str] = (),
    left_out: Mapping[str, str] | None = None,
) -> list[Problem]:
    """One line per link of `page` (its path in docs/) the strict build fails on, in the order written.

    `files`: the site's, in docs/ (excluded ones too: MkDocs only notes a link to one) and those the hooks
    add; `moves`: mkdocs.yml's `redirect_maps` between files, followed to their ends (a link to a moved
    page still fails: the old file is none of the site's); `published_pages`: the files the anchor lock
    published (`locked_docs_pages`), a link to one gone with no move asked for its move, as a note's is;
    `left_out`: those of `files` the built site leaves out (`left_out_files`), a link to one named so.
    """
    left_out = left_out or {}
    problems = (link_problem(page, url, files, moves, levels, published_pages, left_out) for url in dict.fromkeys(urls))
    return [problem for problem in problems if problem is not None]


def left_out_links(
    page: str, urls: Iterable[str], left_out: Mapping[str, str], levels: Mapping[str, str]
) -> list[Problem]:
    """The build's lines for a page's links to a file the built site leaves out, once each, in the order written.

    MkDocs resolves such a link and only notes it (INFO, "excluded from the built site"): the published link is
    dead, and the edition's line fails the strict build. Every other link's line is MkDocs' own warning.
    """
    if not left_out:  # most sites: docs/ holds no file left out
        return []
    problems = []
    for url in dict.fromkeys(urls):
        if (file := linked_file(page, url, levels)) in left_out:
            if (problem := left_out_problem(page, url, file, left_out[file], levels)) is not None:
                problems.append(problem)
    return problems


def linked_file(page: str, url: str, levels: Mapping[str, str]) -> str | None:
    """The file of docs/ MkDocs resolves a link to (`path_to_url`), from the page's file; None where it resolves none.

    None for no address, an outside one, the page's own `#id` or `?query`, and an absolute link it leaves as
    written (unless `absolute_links: relative_to_docs`, which reads `/a.md` as docs/a.md).
    """
    return None if reads_no_address(url) else read_link(page, url, levels).file


def left_out_problem(page: str, url: str, file: str, why: str, levels: Mapping[str, str]) -> Problem | None:
    """The line for a link to a file of docs/ the built site leaves out (`why`: `"draft"` or `"excluded"`).

    At `not_found`'s level, MkDocs' for it (at most INFO): a Markdown link's and a raw one's alike, as a note's
    link to a draft is named. A hidden file or folder, or templates/, is left out by MkDocs' own rule: named so,
    as an extra file's line does.
    """
    if levels["not_found"] != "warn":
        return None
    if why == "draft":
        message = f"{named_address(url)} leads to a draft, {LEFT_OUT} {FAILS_BUILD}"
        return Problem(f"{DOCS}/{page}", "link", message, draft_hint("link to"))
    shown = visible(file, address=True)
    if (fix := own_exclusion_fix(file)) is not None:  # a hidden file: MkDocs' own rule, not mkdocs.yml's
        message = f"{named_address(url)} leads to {shown}, which {MKDOCS_LEAVES_OUT} {FAILS_BUILD}"
        return Problem(f"{DOCS}/{page}", "link", message, f"{fix}, and link its new address")
    message = (
        f"{named_address(url)} leads to {shown}, which mkdocs.yml's exclude_docs leaves out of the site {FAILS_BUILD}"
    )
    return Problem(f"{DOCS}/{page}", "link", message, LEFT_OUT_FIX)


def link_problem(
    page: str,
    url: str,
    files: Collection[str],
    moves: Mapping[str, str],
    levels: Mapping[str, str],
    published_pages: Container[str],
    left_out: Mapping[str, str],
) -> Problem | None:
    """The line for one link MkDocs warns of at level `warn`, or one to a file the built site leaves out (`left_out`).

    None for a file of the site, or an outside address.
    """
    if (unreadable := unreadable_link(page, url)) is not None:
        return unreadable
    link = read_link(page, url, levels)
    # no address here is one holding a control character: the line of the page's text (`control_lines`), not a link's
    if link.parts is None or link.kind not in (LinkKind.AS_WRITTEN, LinkKind.FILE):
        return None
    parts, path, target, where = link.parts, link.path, link.file, f"{DOCS}/{page}"
    if target is None:  # `LinkKind.AS_WRITTEN`: an absolute link MkDocs leaves as written
        if levels["absolute_links"] != "warn":
            return None
        meant = meant_file(page, path.lstrip("/\\"), files, moves, from_root=True)
        hint = f"write the path from this page: did you mean '{relative(meant, page, parts)}'?" if meant else FIX
        return Problem(where, "link", f"{named_address(url)} is an absolute link ({FAILS})", hint)
    if target in left_out:
        return left_out_problem(page, url, target, left_out[target], levels)
    if target in files:
        return None
    if not posixpath.splitext(path)[1] and not url.startswith(("/", "\\")):  # `absolute_link is None` there
        if levels["unrecognized_links"] != "warn":
            return None
        message = f"{named_address(url)} names no file: MkDocs links a page by its .md file ({FAILS})"
    elif levels["not_found"] != "warn":
        return None
    else:
        shown = visible(target, address=True)
        message = f"{named_address(url)} leads to {shown}, which is not among the site's files ({FAILS})"
    return Problem(where, "link", message, link_hint(page, path, target, files, moves, parts, published_pages))


def unreadable_link(page: str, url: str) -> Problem | None:
    """The line for a link that is no address a browser reads, at any level, with why; None for an address.

    One `urlsplit` refuses (`//[a`, `http://[::1`), on which MkDocs' `relpath` raised a traceback, and one it
    reads (`http://a:99999/`, `https://a b.org/`): the build names it so (`unreadable_links`), as make check does,
    in a note body's link's words (`unread_address`).
    """
    if not reads_no_address(url):
        return None
    why, fix = unread_address(url)
    return Problem(
        f"{DOCS}/{page}", "link", f"'{visible(url, address=True)}' {why} {FAILS_BUILD}", fix or WRITE_ADDRESS
    )


def unreadable_links(page: str, urls: Iterable[str]) -> list[Problem]:
    """Each link of `page` that is no address, once, in the order written: the build's lines for them.

    Asked of every page's links: the rule (`reads_no_address`) passes nearly all of them over cheaply.
    """
    problems = (unreadable_link(page, url) for url in dict.fromkeys(urls))
    return [problem for problem in problems if problem is not None]


def link_hint(
    page: str,
    path: str,
    target: str,
    files: Collection[str],
    moves: Mapping[str, str],
    parts: SplitResult,
    published_pages: Container[str] = (),
    write: Callable[[str, str], str] = relative_link,
    fix: str = FIX,
) -> str:
    """Where the link was meant to lead, written from the page with its `#id` kept: a declared move first.

    A page the lock published, gone with no move and no file MkDocs' guesses find, is asked for its move; a mail
    address written as a link (`me@x.org`), with no file meant, its `mailto:` link, as MkDocs offers it.
    `write` links a file from the page (a raw HTML link by its address: `raw_links.py`), `fix` is said where
    nothing is meant.
    """
    if target in moves and moves[target] in files:
        if (new := moves[target]) == landing_file(target):  # deleted for good (stable-links.md): its words are gone
            return f"mkdocs.yml's redirect_maps retired the page onto {new}: {RETIRED}"
        return f"mkdocs.yml's redirect_maps moved the page to {new}: write '{relative(new, page, parts, write)}'"
    if target in published_pages and target not in moves and not any(g in files for g in guesses(page, path, False)):
        new = [file for file in files if file.endswith(".md") and file not in published_pages]
        return moved_hint(relative(found, page, parts, write) if (found := closest_page(target, new)) else None)
    if (meant := meant_file(page, path, files, moves)) is not None:
        return f"did you mean '{relative(meant, page, parts, write)}'?"
    return f"did you mean '{mailto}'?" if (mailto := mail_link(parts)) is not None else fix


def mail_link(parts: SplitResult) -> str | None:
    """A link naming no file that reads as a mail address (`[write](<me@x.org>)`), as its `mailto:` link; else None.

    MkDocs' rule and offer where it guesses no file: '@' and '.' in the link as written, and no '/'.
    """
    written = urlunsplit(parts)
    return f"mailto:{written}" if "@" in written and "." in written and "/" not in written else None


def meant_file(
    page: str, path: str, files: Collection[str], moves: Mapping[str, str], *, from_root: bool = False
) -> str | None:
    """The file a link leading nowhere likely meant: MkDocs' own guesses, else the closest file of the site."""
    found = next((guess for guess in guesses(page, path, from_root) if guess in files), None)
    if found is not None:
        return found
    target = path if from_root else target_file(page, path)
    same_kind = [file for file in files if posixpath.splitext(file)[1] == posixpath.splitext(target)[1]]
    return closest_page(target, same_kind) if same_kind and target not in moves else None


def guesses(page: str, path: str, from_root: bool) -> Iterator[str]:
    """The files MkDocs tries for its "Did you mean" (`_possible_target_uris`): from the page's address too.

    A link written from the page's address (`../glossary.md` on `about/reading-guide/`) and one naming a
    folder or an address (`x/`, `x.html`) rather than a file. `.` and `./` name the page itself there, not its
    folder's index.md: MkDocs guesses nothing else (an absolute `/./` is docs/ itself).
    """
    if not from_root and posixpath.normpath(path) == ".":
        yield from (target_file(page, path), page)
        return
    address = page.removesuffix(".md") if posixpath.basename(page) not in ("index.md", "README.md") else page
    bases = [path] if from_root else [target_file(page, path), target_file(address + "/x", path)]
    for base in dict.fromkeys(bases):
        yield base
        if not posixpath.splitext(base)[1]:
            yield posixpath.normpath(posixpath.join(base, "index.md"))  # `.` (`/` from docs/): index.md
            yield posixpath.normpath(posixpath.join(base, "README.md"))
        if not path.endswith(".md"):
            yield base.removesuffix(".html").rstrip("/") + ".md"


def relative(file: str, page: str, parts: SplitResult, write: Callable[[str, str], str] = relative_link) -> str:
    """A file of docs/ as the page links it (its query and `#id` kept): by its path from the page's, or as `write`s.

    The page itself with an `#id` is the `#id` alone (with its query), as MkDocs' "Did you mean" offers it.
    """
    path = "" if file == page and parts.fragment else write(page, file)
    return urlunsplit(("", "", path, parts.query, parts.fragment))
