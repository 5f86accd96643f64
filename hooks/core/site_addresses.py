"""Site addresses: a page's public address, an address read back to its page in docs/, one no browser reads named."""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Container
from functools import lru_cache
from urllib.parse import SplitResult, quote, unquote_to_bytes, urljoin, urlsplit, urlunsplit

import nh3

from hooks.core.host_characters import host_character
from hooks.core.problems import Problem, named_address
from hooks.core.text import RE_CONTROL

DEFAULT_PORTS = {"http": 80, "https": 443}
LOCAL_HOSTS = {"127.0.0.1", "localhost", "0.0.0.0", "::1"}  # noqa: S104 (names, not a socket)


# What a link `urlsplit` refuses is, and one naming no host (`https://@/`), in every line naming one: a page's link
# (`page_links`), a note body's (`body_markup`), `site_url`, `repo_url`, an address field (`field_address_problems`).
NO_ADDRESS = "is no address: its host, after '//', cannot be read"
NO_HOST = "is no address: it names no host after '//'"
C0_OR_SPACE = "".join(map(chr, range(0x21)))  # what a browser strips around an address: U+0000 to U+0020
HOST_FIX = "copy the whole address from the browser's address bar"
# A page of the site, which a browser reads each link from: a link naming a host (`//a/`) takes its scheme.
PAGE_ADDRESS = "https://example.org/page/"
RE_FROM_PAGE = re.compile(r"[/\\]{2}")  # `//a/`, and `/\a/` alike: a browser reads a backslash as a slash there
RE_SCHEME = re.compile(r"[^/?#]*:")  # a link naming its scheme (`https:`, `mailto:`), which may name a host


def split_url(href: str) -> SplitResult | None:
    """The parts of an address; None for one `urlsplit` refuses (`//[a`: a host that is none)."""
    try:
        return urlsplit(href)
    except ValueError:
        return None


def readable(url: str) -> bool:
    """Whether `urlsplit` reads the address: only a host can be refused, and only an address with `//` names one.

    Asked of every link of every page (`hooks/mdx/page_links.py` leaves the others as words): the rest are
    not split for it.
    """
    return "//" not in url or split_url(url) is not None


@lru_cache(maxsize=4096)
def reads_no_address(href: str) -> bool:
    """Whether a browser reads no address in a link of the site's: the one rule, for a page's links and a body's.

    Asked of nh3, which reads addresses as browsers do (the WHATWG URL standard), from a page of the site
    (`//a:99999/` takes its scheme, and fails), not foretold: `urlsplit` takes `http://a:99999/` and
    `https://a b.org/`, which no browser reads (`unread_address` says why). Any scheme is let through: which
    ones a body may use is the sanitiser's allowlist's to say. One `urlsplit` refuses (`//[a`) is no address
    either; one holding a control character is the line of the check that places it (the page's text, the body's).
    """
    if RE_CONTROL.search(href):
        return False
    if not RE_FROM_PAGE.match(href.lstrip()) and not RE_SCHEME.match(href):
        return False  # a path, query or fragment from the page's own address: no host to misread, nh3 not asked
    if (parts := split_url(href)) is None:
        return True
    return _reader(parts.scheme).clean(f'<a href="{html.escape(href)}">x</a>') == "<a>x</a>"


@lru_cache(maxsize=64)
def _reader(scheme: str) -> nh3.Cleaner:
    """nh3 keeping a link's address if a browser reads it on a page of the site, with its scheme allowed."""
    return nh3.Cleaner(
        tags={"a"},
        attributes={"a": {"href"}},
        link_rel=None,
        url_schemes={scheme or "https"},
        url_relative=("rewrite_with_base", PAGE_ADDRESS),
    )


def unread_address(href: str, write: str = "write ") -> tuple[str, str | None]:
    """Why a browser reads no address in a link, in a line's words, and the fix when it is the address's own.

    nh3 reads an address as browsers do (the WHATWG URL standard), where only a host or a port can
    fail, and drops a link it cannot read: `urlsplit` takes `http://a:99999999/` and `https://a b.org/`.
    An http(s) address's host is read as a browser reads it, after any slashes (`https:a`), a backslash a slash;
    so is a link naming a host with no scheme (`//a/`), which takes the page's, and whose fix is a whole address.
    The port is all after the host's first `:` (`a:1:2`), and a host's `%`-codes are read (`host_character`).
    A bad host and a bad port are one line (`http://a b:99999/`): the host's alone left the port to the next run.
    `write` leads the address offered (`write SITE_URL=`, where that is where it is written). A link of another
    scheme (`mailto://a:99999`, `javascript://a:99999/x`) is offered none: without its port it is no web address
    either, and rarely the one meant (a mail address is `mailto:a@b.org`), so the caller's general fix is the line's.
    """
    href = href.strip(C0_OR_SPACE)  # as a browser reads it: ` //a/` is `//a/`
    if RE_FROM_PAGE.match(href):
        href = f"{urlsplit(PAGE_ADDRESS).scheme}:{href}"
    parts = split_url(href)
    if parts is not None and parts.scheme in DEFAULT_PORTS:
        parts = split_url(f"{parts.scheme}://" + href.split(":", 1)[1].replace("\\", "/").lstrip("/"))
    if parts is None:
        return NO_ADDRESS, None
    web = parts.scheme in DEFAULT_PORTS  # whose own fix is offered
    host, port = host_and_port(parts.netloc)
    if not host:
        return NO_HOST, None
    port_fault = _port_fault(parts, port)
    unported = parts._replace(netloc=parts.netloc[: -len(port) - 1]) if port_fault else parts  # `a:abc`, `a:99999`
    or_port = ", or the port's number" if port_fault else ""
    if host.startswith("[") and "%" in host:  # `[fe80::1%25eth0]`: a zone names a machine's network card
        zone = host[host.index("%") : -1]
        fixed = typed_address(urlunsplit(unported._replace(netloc=unported.netloc.replace(zone, "", 1))))
        web = web and not reads_no_address(fixed)
        why = f"its host, {named_address(host)}, names an IPv6 zone, {named_address(zone)}, which no browser reads"
        return _and_port(f"is no address: {why}", port_fault), f"{write}{fixed}{or_port}" if web else None
    if character := host_character(host):
        return _and_port(host_holds(host, character), port_fault), HOST_FIX if web else None
    unread_host = f"is no address: its host, {named_address(host)}, cannot be read"
    if not port_fault:
        return unread_host, None
    if reads_no_address(urlunsplit(unported)):  # `999.1.1.1:99999`: without its port, no address still
        return _and_port(unread_host, port_fault), None
    fixed = typed_address(urlunsplit(unported))
    return f"is no address: {port_fault}", f"{write}{fixed}{or_port}" if web and not reads_no_address(fixed) else None


def typed_address(address: str) -> str:
    r"""An address a line offers as it is typed: pasted into a file, each character works as the browser read it.

    Written as its escape (`\u200b`, `visible`), a character that shows nothing was a backslash once pasted, which
    the `url` pattern refuses. A browser sends one in a path, query or fragment (or a user's name) percent-encoded,
    as this writes it (`%E2%80%8B`), and a space too; in a host it maps it to nothing (`a\u200bb.org` is `ab.org`,
    which nh3 has read: the caller asks it first), so it is left out there.
    """
    parts = urlsplit(address)
    user, at, host = parts.netloc.rpartition("@")
    netloc = _percent_encoded(user) + at + "".join(char for char in host if char.isprintable())
    path, query, fragment = map(_percent_encoded, (parts.path, parts.query, parts.fragment))
    return urlunsplit(parts._replace(netloc=netloc, path=path, query=query, fragment=fragment))


def _percent_encoded(text: str) -> str:
    """Text of an address with each space and each character Python counts unprintable percent-encoded (UTF-8)."""
    return "".join(char if char.isprintable() and char != " " else quote(char, safe="") for char in text)


def _port_fault(parts: SplitResult, port: str) -> str | None:
    """Why a browser reads no port in an address, as a line's half (`a:abc`, `a:99999`); None for one it reads."""
    try:
        _port(parts)
    except ValueError:
        return f"its port, {named_address(port)}, is no number from 0 to 65535"
    return None


def _and_port(why: str, port_fault: str | None) -> str:
    """A host's line with its port's half after it, when that is wrong too: both fixed in one run."""
    return f"{why}, and {port_fault}" if port_fault else why


def host_and_port(netloc: str) -> tuple[str, str]:
    """A host as written (`[::1]` with its brackets) and all after its first `:` (`a:1:2`), as a browser reads them."""
    netloc = netloc.rpartition("@")[2]
    bracketed = netloc.startswith("[") and "]" in netloc
    host, colon, port = netloc.partition("]:") if bracketed else netloc.partition(":")
    return host + ("]" if bracketed and colon else ""), port


def host_holds(host: str, character: str) -> str:
    """Why an address is none whose host holds a character a browser refuses there (`host_character`)."""
    return f"is no address: its host, {named_address(host)}, holds {character}"


def hostless(url: str) -> str | None:
    """Why `urlsplit`, which MkDocs and the exports read addresses with, names no host (`https://@/`); None if it does.

    A browser reads a host in `https:///x`, from a link; a field or a setting is read by `urlsplit` too.
    """
    if (parts := split_url(url)) is None:
        return NO_ADDRESS
    return None if parts.hostname else NO_HOST


def field_address_problems(path: str, field: str, url: str, hint: str) -> list[Problem]:
    """An address field the schema's pattern took (`author.url`, a record's `URL`) that no reader follows: its line.

    `urlsplit`, which MkDocs reads links with, names no host in `https:///x` or `http://[x` (`hostless`, in a
    link's words); a browser reads none in `https://a:99999/` or `https://a|b.org/`, which the page linked in
    silence (`unread_field`).
    """
    if why := hostless(url):
        return [Problem(path, field, f"{named_address(url)} {why}", hint)]
    return unread_field(path, field, url, hint)


def unread_field(path: str, field: str, url: str, hint: str, write: str = "write ") -> list[Problem]:
    """A field's address no browser reads, by the rule and in the words of a link's line (`reads_no_address`).

    `hint` is the fix where the address's own is not known (`http://1.2.3.4.5/`: its host cannot be read).
    """
    if not reads_no_address(url):
        return []
    message, fix = unread_address(url, write)
    return [Problem(path, field, f"{named_address(url)} {message}", fix or hint)]


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
        for candidate in page_files_at(stem):
            if candidate in pages:
                return candidate
    return None


def path_segments(path: str) -> list[str]:
    """A site path's parts, as MkDocs serves a page at them (`/a/b/index.html` is `/a/b/`)."""
    segments = [segment for segment in posixpath.normpath(f"/{path}").split("/") if segment]
    return segments[:-1] if segments[-1:] == ["index.html"] else segments


def page_files_at(stem: str) -> tuple[str, ...]:
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
    Slashes after the base path count as one (`/repo//a/` is `/a/`, not the host `a`); the path is `path_below`'s.
    """
    site, parts = split_url(site_url), split_url(address)
    if site is None or parts is None or not site.hostname or parts.scheme not in ("http", "https"):
        return None
    try:
        elsewhere = (parts.hostname, _port(parts)) != (site.hostname, _port(site))
    except ValueError:  # `host:abc`: a port that is none, so no address of the site
        return None
    if elsewhere or (rest := path_below(parts.path or "/", site.path)) is None:
        return None
    return urlunsplit(("", "", "/" + rest.lstrip("/"), parts.query, parts.fragment))


def path_below(path: str, folder: str) -> str | None:
    """What follows the folder `folder` in `path`, as written (its `a%3Fb/` read would be a query); None if not in it.

    Compared a segment at a time as a server reads them, each %-code read once: `/mémoire/` is `/m%C3%A9moire/`, but
    `/a%2Fb/` is one folder, not `/a/b/`, and `%2541` is `%41`, not `A`.
    """
    base, segments = folder.rstrip("/").split("/"), path.split("/")
    inside = [unquote_to_bytes(each) for each in segments[: len(base)]] == [unquote_to_bytes(each) for each in base]
    return "/".join(segments[len(base) :]) if inside else None


def _port(parts: SplitResult) -> int | None:
    """The port an address names, None for its scheme's own (`https://host:443/` is `https://host/`)."""
    return None if parts.port == DEFAULT_PORTS.get(parts.scheme) else parts.port
