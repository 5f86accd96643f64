"""Links between the edition's source files, as MkDocs resolves them; naming a page the site lacks; site addresses."""

from __future__ import annotations

import difflib
import functools
import posixpath
import re
from collections.abc import Callable, Container, Iterable, Mapping
from urllib.parse import SplitResult, urljoin, urlsplit, urlunsplit

from hooks.core.page_moves import landing_file
from hooks.core.problems import Problem, named_value
from hooks.core.text import in_series

DEFAULT_PORTS = {"http": 80, "https": 443}
EXAMPLE_SITE_URL = "write SITE_URL=https://host/path/"
RE_PORT = re.compile(r"\d+(?:/|$)")  # what follows `host:` when urlsplit takes `host` for a scheme
LOCAL_HOSTS = {"127.0.0.1", "localhost", "0.0.0.0", "::1"}  # noqa: S104 (names, not a socket)


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


def split_url(href: str) -> SplitResult | None:
    """The parts of an address; None for one `urlsplit` refuses (`//[a`: a host that is none)."""
    try:
        return urlsplit(href)
    except ValueError:
        return None


def names_a_host(url: str) -> bool:
    """Whether an address the schemas' `https://…` pattern took can be read and names the host to ask (not `https:///x`)."""
    parts = split_url(url)
    return parts is not None and bool(parts.hostname)


CLOSE_PAGE = 0.7  # how alike a path and a page must be to be hinted (difflib's ratio)
CLOSE_NAME = 0.6  # and their own names, shorter (difflib's default: `bb` is close to `b`, `foo` not to `annex`)


def page_hint(
    page: str,
    pages: Iterable[str],
    example: str,
    moves: Mapping[str, str] | None = None,
    *,
    example_page: str | None = None,
) -> str:
    r"""How to name a page the site lacks: where its declared move took it, the site's page closest to it, else how.

    `example` is the caller's line on how to write a page, offered when no page is close, and
    `example_page` the page it shows (None: none): that page missing, its example would offer it back,
    so the line says how to declare its move instead. The caller names it; its words are not read.

    `moves` are mkdocs.yml's `redirect_maps` between files, followed to their ends (`file_moves`): a
    page moved into a folder under a new name is spelt unlike its old path, and spelling named another
    (`s/chances.md`, moved to `s/sections/opportunities.md`, was taken for `s/challenges.md`). A page
    moved onto its folder's `index.md` was deleted (retired, as stable-links.md shows): its words are gone.
    Case and Windows' backslashes do not count: `Source\Page.md` is close to `source/page.md`.
    """
    if moves and page in moves:
        new = moves[page]
        if new == landing_file(page):  # retired onto its source's landing page
            return f"mkdocs.yml's redirect_maps retired the page onto {new}: point at the words elsewhere, or delete it"
        return f"mkdocs.yml's redirect_maps moved the page to {new}: write that path"
    pages = list(pages)
    close = pages_named(page, pages) or [found for found in [closest_page(page, pages)] if found]
    if close:
        return f"did you mean {either([named_value(found) for found in close])}?"  # quoted, as values
    if page == example_page:  # the example page itself, renamed: no fix
        return (
            "if the page was renamed, declare its move in mkdocs.yml's redirect_maps"
            " (docs/about/stable-links.md#page-moves), then write its new path"
        )
    return example


def either(choices: list[str]) -> str:
    """Choices offered as one: `a`, `a or b`, `a, b or c`."""
    return in_series(choices, "or")


def pages_named(page: str, pages: Iterable[str]) -> list[str]:
    """Every page whose file has the name written alone (`challenges.md`, or `chalenges.md`, its folder left out).

    Asked before spelling, which takes `annex.md` for the home page's `index.md` and finds no page whose
    path is much longer than the name. A name two folders' pages have (`annex.md`) names both, sorted:
    one of them, or the name alone, would be a fix that is none.
    """
    if "/" in page:
        return []
    named: dict[str, list[str]] = {}
    for path in pages:
        named.setdefault(posixpath.basename(path).casefold(), []).append(path)
    close = difflib.get_close_matches(page.casefold(), list(named), n=1, cutoff=CLOSE_PAGE)
    return sorted(named[close[0]]) if close else []


def closest_page(page: str, pages: Iterable[str]) -> str | None:
    """The site's page a mistyped path (`s/introductio.md`) most likely meant, case and backslashes aside; else None.

    Closer than difflib's default (0.6), which took `search.md` for `glossary.md` (0.6); a letter or two
    mistyped scores 0.9 or more, a page under a stray folder (`gone/s/a.md` for `s/a.md`) 0.71.
    """
    written = {path.casefold(): path for path in pages}
    wanted = page.replace("\\", "/").casefold()
    alike = [path for path in written if alike_names(address_name(wanted), address_name(path))]
    close = difflib.get_close_matches(wanted, alike, n=1, cutoff=CLOSE_PAGE)
    return written[close[0]] if close else None


def address_name(path: str) -> str:
    """The last word of a page's address: `s/a.md` → `a`, a folder's page `s/index.md` → `s`, the home page `index`."""
    parts = path.removesuffix(".md").split("/")
    return parts[-2] if len(parts) > 1 and parts[-1].casefold() in ("index", "readme") else parts[-1]


def alike_names(written: str, name: str) -> bool:
    """Whether a page's own name is close to the one written, not only its path.

    Paths alone were alike by the folder they share, which took a deleted `s/agents-and-subjects.md`, or
    any `s/foo.md`, for `s/annex.md`.
    """
    return difflib.SequenceMatcher(None, written, name).ratio() >= CLOSE_NAME


def addressed_page(
    address: str, pages: Container[str], base: str | None = None, *, from_root: bool = False
) -> str | None:
    """The page in docs/ an address leads to, whatever host or base path the site was published under.

    Read from the site's root (`base` None: a pasted URL, a `target.page`), an address may carry a
    host and a base path before the page's (`https://owner.github.io/repo/a/b/#p3`), so each tail of
    its path is tried, longest first; `a/b`, `/a/b/index.html` and `a/b.md` are taken too. One
    relative to a page is read from that page's address (`base`, as `/a/b/`) alone; one whose base
    path is known and gone (`from_root`: `published_address`'s) from its whole path alone, or
    `/gone/s/a/` would be `s/a.md`. None when the site has no such page.
    """
    if (parts := split_url(address)) is None:
        return None
    rooted = bool(parts.scheme or parts.netloc or parts.path.startswith("/"))
    path = urljoin(base, parts.path) if base is not None and not rooted else parts.path
    segments = path_segments(path)
    tails = range(len(segments)) if segments and not from_root and (base is None or rooted) else [0]
    for start in tails:
        stem = "/".join(segments[start:])
        for candidate in _page_files(stem):
            if candidate in pages:
                return candidate
    return None


def path_segments(path: str) -> list[str]:
    """A site path's parts, as MkDocs serves a page at them (`/a/b/index.html` is `/a/b/`)."""
    segments = [segment for segment in posixpath.normpath(f"/{path}").split("/") if segment]
    return segments[:-1] if segments[-1:] == ["index.html"] else segments


def _page_files(stem: str) -> tuple[str, ...]:
    """The files in docs/ a page's path (`a/b`, `a/b.md`, `""` for the home page) may be written in.

    A folder's README.md is its index when it has no index.md (MkDocs leaves it out otherwise).
    """
    if stem.endswith(".md"):
        return (stem,)
    folder = f"{stem}/" if stem else ""
    return ((f"{stem}.md",) if stem else ()) + (f"{folder}index.md", f"{folder}README.md")


def is_local(address: str) -> bool:
    """An address on this machine: a local preview's (`http://127.0.0.1:8000/…`), or the default `site_url`.

    Its host as `urlsplit` names it, as `published_address` compares them: `LOCALHOST`, `user@` aside.
    """
    parts = split_url(address)
    return parts is not None and parts.scheme in ("http", "https") and parts.hostname in LOCAL_HOSTS


def page_address(site_url: str | None, url: str) -> str:
    """A page's public address, for exports, citations and meta tags: `site_url` and the page's URL.

    The URL is a file's (`a/b/`, `./` for the home page) or rooted at the site (`/a/b/`). With no
    `site_url` the address is rooted at the site (`/a/b/`): the build knows no host to name.
    """
    return (site_url or "/").rstrip("/") + "/" + url.removeprefix("./").removeprefix("/")


def published_address(address: str, site_url: str) -> str | None:
    """An address of the published site as read from its root (`https://owner.github.io/repo/a/#p3` → `/a/#p3`).

    The site is `site_url`'s host (as `urlsplit` names it: case, a `user@` and a scheme's own port
    aside; either scheme, http:// is redirected) under its base path; None for an address elsewhere.
    Slashes after the base path count as one (`/repo//a/` is `/a/`, not the host `a`).
    """
    site, parts = split_url(site_url), split_url(address)
    if site is None or parts is None or not site.hostname or parts.scheme not in ("http", "https"):
        return None
    try:
        if (parts.hostname, _port(parts)) != (site.hostname, _port(site)):
            return None
    except ValueError:  # `host:abc`: a port that is none, so no address of the site
        return None
    root, path = site.path.rstrip("/"), parts.path or "/"
    if path != root and not path.startswith(f"{root}/"):
        return None
    return urlunsplit(("", "", "/" + path[len(root) :].lstrip("/"), parts.query, parts.fragment))


def _port(parts: SplitResult) -> int | None:
    """The port an address names, None for its scheme's own (`https://host:443/` is `https://host/`)."""
    return None if parts.port == DEFAULT_PORTS.get(parts.scheme) else parts.port


def usable_site_url(site_url: object, path: str = "mkdocs.yml") -> tuple[str, list[Problem]]:
    """`site_url` as the annotations' bodies and exports are checked against ("" if none), and its line.

    One refused (`check_site_url`) is "" too: no published address can be read by it, so the
    addresses are checked as the site's own, and the one line to fix is its own.
    """
    problems = check_site_url(site_url, path)
    return (site_url if isinstance(site_url, str) and not problems else ""), problems


def check_site_url(site_url: object, path: str = "mkdocs.yml") -> list[Problem]:
    """A `site_url` the build refuses, or the checks cannot read a published address by, as one line.

    MkDocs wants a scheme and a host and stops the build on anything else (`owner.github.io/repo`);
    it takes `ftp://…` and a port that is none (`host:abc`), against which every published address
    would go unchecked. None (`SITE_URL` unset and no default) is fine. It comes from `SITE_URL`, so
    the hint says what to set that to.
    """
    if site_url is None or site_url == "":
        return []
    if not isinstance(site_url, str) or (parts := split_url(site_url)) is None:
        return [Problem(path, "site_url", f"{named_value(site_url)} is no address", EXAMPLE_SITE_URL)]
    if (bare := site_url.strip().strip("'\"").strip()) != site_url and bare:
        message = f"{named_value(site_url)} has quotes or spaces around it"
        return [Problem(path, "site_url", message, f"write SITE_URL={bare}")]
    if not parts.scheme or (parts.scheme not in DEFAULT_PORTS and not parts.netloc and RE_PORT.match(parts.path)):
        hint = f"write SITE_URL=https://{site_url.lstrip('/')}"  # `localhost:8000/`: urlsplit takes the host for one
        return [Problem(path, "site_url", f"{named_value(site_url)} has no scheme", hint)]
    if parts.scheme not in DEFAULT_PORTS:
        hint = f"write SITE_URL={urlunsplit(('https', *parts[1:]))}" if parts.netloc else EXAMPLE_SITE_URL
        scheme = named_value(parts.scheme)
        message = f"{named_value(site_url)} is not a web address (its scheme is {scheme}, not http or https)"
        return [Problem(path, "site_url", message, hint)]
    if not parts.hostname:
        short = parts.path and not site_url[len(parts.scheme) + 1 :].startswith("//")  # `https:/host/`: a slash short
        hint = f"write SITE_URL={parts.scheme}://{parts.path.lstrip('/')}" if short else EXAMPLE_SITE_URL
        return [Problem(path, "site_url", f"{named_value(site_url)} has no host", hint)]
    try:
        _port(parts)
    except ValueError:  # `host:abc`, `host:99999`
        host, _, port = parts.netloc.rpartition(":")
        hint = f"write SITE_URL={urlunsplit(parts._replace(netloc=host))}, or the port's number"
        message = f"{named_value(site_url)} has the port {named_value(port)}, no number from 0 to 65535"
        return [Problem(path, "site_url", message, hint)]
    return []


def source_folder(page: str) -> str:
    """The source a page below docs/ belongs to: its top folder, which its `source:` names ("" at the top of docs/)."""
    folder, slash, _ = page.partition("/")
    return folder if slash else ""
