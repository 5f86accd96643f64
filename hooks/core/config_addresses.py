"""mkdocs.yml's addresses: `site_url` (`check_site_url`); `repo_url`, `edit_uri` and the extra files, taken unread.

Material links `repo_url` from every page (`overrides/partials/source.html`), and the Contributing page's form opens
its pull request there (`edit_uri` names the branch): MkDocs asks only for a scheme and a host, so an address no
browser reads (`https://github.com:99999/owner/repo`) was a dead link on every page, said by no line. It asks
nothing of an `extra_css` or `extra_javascript` address, nor whether a path names a file of the site
(`missing_extra_files`): every page loaded a dead stylesheet or script.
"""

from __future__ import annotations

import difflib
import posixpath
import re
from collections.abc import Collection, Mapping, Sequence
from urllib.parse import unquote, urlunsplit

from hooks.core.host_characters import host_character
from hooks.core.problems import Problem, named_value
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
REPOSITORY_HINT = "copy the repository's address from the browser's address bar, e.g. https://github.com/owner/repo"
EXTRA_FILES = {"extra_css": "assets/x.css", "extra_javascript": "assets/x.js"}  # each with an example
FILE_HINT = "copy the file's whole address from the browser's address bar, or write the path of a file in docs/"
LINKED = {"extra_css": ("stylesheet", (".css",)), "extra_javascript": ("script", (".js", ".mjs"))}  # offered alike
CLOSE_FILE = 0.9  # a letter or two mistyped (`assets/editon.css`); `assets/missing.css` is 0.78 to `assets/edition.css`


def address_setting_problems(path: str, config: object) -> list[Problem]:
    """Each of `repo_url`, `edit_uri` and the extra files' addresses no browser reads, as one line: a link's rule.

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
            problems.append(Problem(path, setting, f"{named_value(value)} {why}", REPOSITORY_HINT))
        else:
            problems += unread_field(path, setting, value, REPOSITORY_HINT)  # `http://[x` too: NO_ADDRESS
    for setting in EXTRA_FILES:
        problems += [problem for _, problem in extra_file_problems(path, setting, config.get(setting))]
    return problems


def extra_file_problems(path: str, setting: str, entries: object) -> list[tuple[int, Problem]]:
    """Each `extra_css` or `extra_javascript` entry naming no file, or an address no browser reads, by its place.

    An entry names a file by a text, or a script by its `path:`. MkDocs takes any address, and an entry
    naming none: `extra_css: [5]` stops it on a traceback, `''` and `{type: module}` link the page itself.
    Another shape is MkDocs' own to refuse (`extra_javascript: [5]`, the list itself no list); a backslash
    MkDocs names itself ("OS-specific separator").
    """
    if not isinstance(entries, Sequence) or isinstance(entries, str):
        return []
    problems = []
    for index, entry in enumerate(entries):
        field = f"{setting}[{index}]"
        script = setting == "extra_javascript"
        options = script and isinstance(entry, Mapping)  # MkDocs' own `ExtraScriptValue` in the build
        address = entry_address(setting, entry)
        if isinstance(address, str) and address:
            problems += [(index, problem) for problem in unread_field(path, field, address, FILE_HINT)]
        elif address == "" or not script:  # a script's `path: 5`, or `- 5`: MkDocs' own line
            hint = f"write the path of a file in docs/, e.g. `- {EXTRA_FILES[setting]}`, or a whole address"
            named = "has no `path:`, so it" if options else named_value(entry)  # not the options: the build's differ
            problems.append((index, Problem(path, field, f"{named} names no file", hint)))
    return problems


def entry_address(setting: str, entry: object) -> object:
    """What an extra file's entry links: the text, or a script's `path:` (MkDocs' `ExtraScriptValue` is a mapping)."""
    return entry.get("path", "") if setting == "extra_javascript" and isinstance(entry, Mapping) else entry


def missing_extra_files(
    path: str, config: object, site_files: Collection[str], folders: Sequence[str]
) -> list[Problem]:
    """Each extra file's entry whose local path names no file of the built site, by its place; whole addresses pass.

    MkDocs links the path from every page as written, checking nothing: `assets/missing.css` passed the strict
    build and make check, and every page asked for a file that 404s. `site_files`: the files the built site
    holds, as written there (docs/'s kept, the hooks', the theme's and `custom_dir`'s, which MkDocs copies);
    `folders`, those a contributor writes them in (docs/, `custom_dir`). A query or fragment is no part of
    the file; a path from `/` is read from the site's root. The entries `extra_file_problems` names are its.
    """
    if not isinstance(config, Mapping):
        return []
    problems = []
    for setting, (kind, suffixes) in LINKED.items():
        entries = config.get(setting)
        named = {index for index, _ in extra_file_problems(path, setting, entries)}
        if not isinstance(entries, Sequence) or isinstance(entries, str):
            continue
        for index, entry in enumerate(entries):
            written = entry_address(setting, entry)
            file = local_file(written) if index not in named and isinstance(written, str) else None
            if file is None or file in site_files:
                continue
            where = " or ".join(f"{folder}/" for folder in folders)
            message = f"{named_value(written)} names no file in {where}, so every page links a {kind} that is not there"
            meant = closest_file(file, [name for name in site_files if name.endswith(suffixes)])
            hint = (
                f"write {rewritten(written, meant)}"
                if meant
                else f"write the path of a file in docs/, e.g. `- {EXTRA_FILES[setting]}`, or a whole address"
            )
            problems.append(Problem(path, f"{setting}[{index}]", message, hint))
    return problems


def local_file(address: str) -> str | None:
    r"""The site's file a path names, as a browser asks for it from a page (None for a whole address).

    MkDocs reads `\\` as `/` (and says so itself); a `%`-code is the character the server reads it as.
    """
    parts = split_url(address.replace("\\", "/"))
    if parts is None or parts.scheme or parts.netloc:
        return None
    return posixpath.normpath(unquote(parts.path).lstrip("/") or ".")


def closest_file(file: str, candidates: Collection[str]) -> str | None:
    """The file a mistyped path meant: the one file of its name elsewhere, else one a letter or two away; or None."""
    by_name: dict[str, list[str]] = {}
    for candidate in candidates:
        by_name.setdefault(posixpath.basename(candidate).casefold(), []).append(candidate)
    if len(same := by_name.get(posixpath.basename(file).casefold(), [])) == 1:
        return same[0]
    written = {candidate.casefold(): candidate for candidate in candidates}
    close = difflib.get_close_matches(file.casefold(), sorted(written), n=1, cutoff=CLOSE_FILE)
    return written[close[0]] if close else None


def rewritten(address: str, file: str) -> str:
    """The entry with its path replaced by `file`, a leading `/`, query and fragment kept as written."""
    parts = split_url(address.replace("\\", "/"))
    rest = address[len(parts.path) :] if parts is not None and address.startswith(parts.path) else ""
    return f"{'/' if address.startswith('/') else ''}{file}{rest}"


def read_entries(entries: list[object], setting: str) -> list[object]:
    """The extra files' entries without those `extra_file_problems` names: the build goes on without them.

    So the strict build fails with every line said: `http://[x/y.js` and `extra_css: [5]` stopped it on
    MkDocs' traceback, after the lines, and a dead file is no loss to a page.
    """
    named = {index for index, _ in extra_file_problems("", setting, entries)}
    return [entry for index, entry in enumerate(entries) if index not in named]


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


def usable_site_url(site_url: object, path: str = "mkdocs.yml") -> tuple[str, list[Problem]]:
    """`site_url` as the annotations' bodies and exports are checked against ("" if none), and its line.

    One refused (`check_site_url`) is "" too: no published address can be read by it, so the
    addresses are checked as the site's own, and the one line to fix is its own.
    """
    problems = check_site_url(site_url, path)
    return (site_url if isinstance(site_url, str) and not problems else ""), problems


def check_site_url(site_url: object, path: str = "mkdocs.yml") -> list[Problem]:
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
        return [Problem(path, "site_url", f"{named_value(site_url)} is no address", EXAMPLE_SITE_URL)]
    if (parts := split_url(site_url)) is None:  # `http://[x/`: in repo_url's words
        return [Problem(path, "site_url", f"{named_value(site_url)} {NO_ADDRESS}", EXAMPLE_SITE_URL)]
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
        return [Problem(path, "site_url", f"{named_value(site_url)} {NO_HOST}", hint)]
    if why := misread_host(site_url):  # `https://a\b/`: urlsplit's host, not a browser's
        return [Problem(path, "site_url", f"{named_value(site_url)} {why}", HOST_FIX)]
    # `host:99999`, `a|b.org`: MkDocs takes it, and every page's permanent link and citation would lead nowhere
    return unread_field(path, "site_url", site_url, EXAMPLE_SITE_URL, write="write SITE_URL=")
