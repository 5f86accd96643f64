"""mkdocs.yml's addresses: `site_url` (`check_site_url`); `repo_url` and `edit_uri`, taken unread.

Material links `repo_url` from every page (`overrides/partials/source.html`), and the Contributing page's form opens
its pull request there (`edit_uri` names the branch): MkDocs asks only for a scheme and a host, so an address no
browser reads (`https://github.com:99999/owner/repo`) was a dead link on every page, said by no line. The extra
files' entries are `extra_files.py`'s.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from hooks.core.host_characters import host_character
from hooks.core.problems import Problem, named_address, named_value
from hooks.core.project_folders import CONFIG
from hooks.core.site_addresses import (
    DEFAULT_PORTS,
    HOST_FIX,
    NO_ADDRESS,
    NO_HOST,
    host_and_port,
    host_holds,
    split_url,
    unread_field,
)

ADDRESS_SETTINGS = ("repo_url", "edit_uri")
EXAMPLE_SITE_URL = "write SITE_URL=https://host/path/"
RE_PORT = re.compile(r"\d+(?:/|$)")  # what follows `host:` when urlsplit takes `host` for a scheme
RE_CODED = re.compile(r"(?:%[89a-fA-F][0-9a-fA-F])+")  # %-codes of bytes past ASCII: characters' UTF-8
REPOSITORY_HINT = "copy the repository's address from the browser's address bar, e.g. https://github.com/owner/repo"


def address_setting_problems(path: str, config: object) -> list[Problem]:
    """Each of `repo_url` and `edit_uri` no browser reads, as one line: a link's rule (extra files: `extra_files.py`).

    A relative `edit_uri` (`edit/main/docs/`) is read from `repo_url` and names no host of its own. One
    `urlsplit` refuses (`http://[x`) stops MkDocs on a traceback before any hook runs: make check names it.
    A host holding a backslash is named as `site_url`'s is (`misread_host`): a browser goes to another host.
    """
    if not isinstance(config, Mapping):
        return []  # the shapes' own line
    problems: list[Problem] = []
    for setting in ADDRESS_SETTINGS:
        value = config.get(setting)
        if not isinstance(value, str) or not value:
            continue
        if why := misread_host(value):
            problems.append(Problem(path, setting, f"{named_address(value)} {why}", REPOSITORY_HINT))
        else:
            problems += unread_field(path, setting, value, REPOSITORY_HINT)  # `http://[x` too: NO_ADDRESS
    return problems


def misread_host(url: str) -> str | None:
    r"""Why a browser goes to another host than written (`https://a\b/` is the host `a`, the rest its path); or None.

    `urlsplit` keeps the backslash in the host and nh3 reads a slash, so neither names it: the line of
    `site_url`, `repo_url` and `edit_uri` alike. Only a web address's host is read so.
    """
    parts = split_url(url)
    if parts is None or parts.scheme not in DEFAULT_PORTS:
        return None
    host = host_and_port(parts.netloc)[0]
    if "\\" in host and (character := host_character(host)):
        return host_holds(host, character)
    return None


def usable_site_url(site_url: object, path: str = CONFIG) -> tuple[str, list[Problem]]:
    """`site_url` as the build reads it (`as_folder`), to check published addresses by ("" if none), and its line.

    One refused (`check_site_url`) is "" too: no published address can be read by it, so the
    addresses are checked as the site's own, and the one line to fix is its own.
    """
    problems = check_site_url(site_url, path)
    return (as_folder(site_url) if isinstance(site_url, str) and site_url and not problems else ""), problems


def as_folder(url: str) -> str:
    """A site's address ending in `/`, as MkDocs' `URL(is_dir=True)` writes it: `…/repo` was `…/repo/` in the build."""
    parts = urlsplit(url)
    return urlunsplit(parts if parts.path.endswith("/") else parts._replace(path=f"{parts.path}/"))


def readable_address(url: str) -> str:
    """An address as a browser's address bar shows it, for a line: its path's coded letters read (`/mémoire/`).

    A code of an ASCII character (`%20`, `%2F`, whose reading would change the path) stays, as does one of a
    character that prints nothing, or of bytes no UTF-8 reads.
    """
    parts = split_url(url)
    return urlunsplit(parts._replace(path=RE_CODED.sub(_read_codes, parts.path))) if parts is not None else url


def _read_codes(codes: re.Match[str]) -> str:
    """A run of %-codes of bytes past ASCII, as the characters they write, each one that prints nothing coded."""
    try:
        text = unquote(codes.group(0), errors="strict")
    except UnicodeDecodeError:
        return codes.group(0)
    return "".join(char if char.isprintable() and not char.isspace() else quote(char, safe="") for char in text)


def check_site_url(site_url: object, path: str = CONFIG) -> list[Problem]:
    r"""A `site_url` the build refuses, or the checks cannot read a published address by, as one line.

    MkDocs wants a scheme and a host and stops the build on anything else (`owner.github.io/repo`);
    it takes `ftp://…`, a port that is none (`host:abc`) and a host no browser reads (`a|b.org`), against
    which every published address would go unchecked, and which every page's permanent link would name; and a host
    holding a backslash, which a browser reads as `/` (`https://a\b/`: the host `a`), so each such link is wrong.
    None (`SITE_URL` unset and no default) is fine. It comes from `SITE_URL`, so the hint says what to set that to.
    """
    if site_url is None or site_url == "":
        return []
    if not isinstance(site_url, str):
        return [Problem(path, "site_url", f"{named_address(site_url)} is no address", EXAMPLE_SITE_URL)]
    if (parts := split_url(site_url)) is None:  # `http://[x/`: in repo_url's words
        return [Problem(path, "site_url", f"{named_address(site_url)} {NO_ADDRESS}", EXAMPLE_SITE_URL)]
    if (bare := site_url.strip().strip("'\"").strip()) != site_url and bare:
        message = f"{named_address(site_url)} has quotes or spaces around it"
        return [Problem(path, "site_url", message, f"write SITE_URL={bare}")]
    if not parts.scheme or (parts.scheme not in DEFAULT_PORTS and not parts.netloc and RE_PORT.match(parts.path)):
        hint = f"write SITE_URL=https://{site_url.lstrip('/')}"  # `localhost:8000/`: urlsplit takes the host for one
        return [Problem(path, "site_url", f"{named_address(site_url)} has no scheme", hint)]
    if parts.scheme not in DEFAULT_PORTS:
        hint = f"write SITE_URL={urlunsplit(('https', *parts[1:]))}" if parts.netloc else EXAMPLE_SITE_URL
        scheme = named_value(parts.scheme)
        message = f"{named_address(site_url)} is not a web address (its scheme is {scheme}, not http or https)"
        return [Problem(path, "site_url", message, hint)]
    if not parts.hostname:
        short = parts.path and not site_url[len(parts.scheme) + 1 :].startswith("//")  # `https:/host/`: a slash short
        hint = f"write SITE_URL={parts.scheme}://{parts.path.lstrip('/')}" if short else EXAMPLE_SITE_URL
        return [Problem(path, "site_url", f"{named_address(site_url)} {NO_HOST}", hint)]
    if why := misread_host(site_url):  # `https://a\b/`: urlsplit's host, not a browser's
        return [Problem(path, "site_url", f"{named_address(site_url)} {why}", HOST_FIX)]
    # `host:99999`, `a|b.org`: MkDocs takes it, and every page's permanent link and citation would lead nowhere
    return unread_field(path, "site_url", site_url, EXAMPLE_SITE_URL, write="write SITE_URL=")
