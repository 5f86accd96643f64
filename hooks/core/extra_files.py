"""mkdocs.yml's `extra_css` and `extra_javascript`: each entry naming a file a browser can fetch, by its place.

MkDocs asks nothing of an extra file's address, nor whether a path names a file of the site
(`missing_extra_files`): every page loaded a dead stylesheet or script, said by no line.
"""

from __future__ import annotations

import difflib
import os
import posixpath
from collections.abc import Collection, Iterator, Mapping, Sequence
from urllib.parse import unquote, urljoin

from pathspec.gitignore import GitIgnoreSpec

from hooks.core.config_addresses import misread_host
from hooks.core.page_files import DEFAULT_EXCLUDE
from hooks.core.problems import Problem, named_address, named_value
from hooks.core.site_addresses import split_url, unread_field

EXTRA_FILES = {"extra_css": "assets/x.css", "extra_javascript": "assets/x.js"}  # each with an example
FILE_HINT = "copy the file's whole address from the browser's address bar, or write the path of a file in docs/"
LINKED = {"extra_css": ("stylesheet", (".css",)), "extra_javascript": ("script", (".js", ".mjs"))}  # offered alike
CLOSE_FILE = 0.9  # a letter or two mistyped (`assets/editon.css`); `assets/missing.css` is 0.78 to `assets/edition.css`


def extra_setting_problems(path: str, config: object) -> list[Problem]:
    """Each extra file's entry naming no file, or an address no browser reads: `extra_file_problems` of both lists."""
    if not isinstance(config, Mapping):
        return []  # the shapes' own line
    found = [extra_file_problems(path, setting, config.get(setting)) for setting in EXTRA_FILES]
    return [problem for problems in found for _, problem in problems]


def extra_file_problems(path: str, setting: str, entries: object) -> list[tuple[int, Problem]]:
    r"""Each `extra_css` or `extra_javascript` entry naming no file, or an address no browser reads, by its place.

    An entry names a file by a text, or a script by its `path:`. MkDocs takes any address, and an entry
    naming none: `extra_css: [5]` stops it on a traceback, `''`, `' '` and `{type: module}` link the page itself.
    A script in a shape MkDocs' config refuses (`script_shape_problem`) is named too, for make check: the build
    stops on MkDocs' own line before any hook. A host holding a backslash is named first (`misread_host`):
    MkDocs' own line for it ("OS-specific separator", change it to '/') led to another host,
    `https://git\hub.com/x.js` to `git`; one in a path is `separator_problems`'.
    """
    if not isinstance(entries, Sequence) or isinstance(entries, str):
        return []  # the list itself no list: MkDocs' own line
    problems = []
    for index, entry in enumerate(entries):
        field = f"{setting}[{index}]"
        options = setting == "extra_javascript" and isinstance(entry, Mapping)  # MkDocs' `ExtraScriptValue`
        where = f"{field}.path" if options and entry.get("path") else field  # MkDocs writes `''` for none
        address = entry_address(setting, entry)
        if setting == "extra_javascript" and (refused := script_shape_problem(path, field, entry)):
            problems.append((index, refused))
        elif isinstance(address, str) and address.strip() and (why := misread_host(address)):  # before MkDocs' `/`
            problems.append((index, Problem(path, field, f"{named_address(address)} {why}", FILE_HINT)))
        elif isinstance(address, str) and address.strip():
            problems += [(index, problem) for problem in unread_field(path, field, address, FILE_HINT)]
        else:
            named = "has no `path:`, or an empty one, so it" if options and where == field else written_entry(address)
            problems.append((index, Problem(path, where, f"{named} names no file", example_hint(setting, options))))
    return problems


def script_shape_problem(path: str, field: str, entry: object) -> Problem | None:
    """A script MkDocs' config refuses, in the project's words: the build stops on MkDocs' line, make check said OK.

    MkDocs: "Expected a key-value mapping (dict)" (`- 5`: a path or options, then), "Sub-option 'path': Required
    configuration not provided" (`path: null`) and "Expected type: <class 'str'>" (`path: 5`).
    """
    if isinstance(entry, str):
        return None
    if not isinstance(entry, Mapping):
        return Problem(
            path, field, f"must be a path or a script's options, not {kind(entry)}", example_hint("extra_javascript")
        )
    if "path" in entry and entry["path"] is None:
        return Problem(path, f"{field}.path", "is empty", example_hint("extra_javascript", options=True))
    if "path" in entry and not isinstance(entry["path"], str):
        return Problem(
            path,
            f"{field}.path",
            f"must be text, not {kind(entry['path'])}",
            example_hint("extra_javascript", options=True),
        )
    return None


def kind(value: object) -> str:
    """What a YAML value is, in a contributor's words, as config_file.py's lines say it."""
    if isinstance(value, Mapping):
        return "a mapping"
    return "a list" if isinstance(value, list) else written_entry(value)


def written_entry(value: object) -> str:
    """A value named as written; MkDocs' `!relative` (a path-like placeholder the build reads) by its tag."""
    return "!relative" if isinstance(value, os.PathLike) and not isinstance(value, str) else named_value(value)


def entry_address(setting: str, entry: object) -> object:
    """What an extra file's entry links: the text, or a script's `path:` (MkDocs' `ExtraScriptValue` is a mapping)."""
    return entry.get("path", "") if setting == "extra_javascript" and isinstance(entry, Mapping) else entry


def missing_extra_files(
    path: str,
    config: object,
    site_files: Collection[str],
    folders: Sequence[str],
    site_url: str = "",
    left_out: Mapping[str, str] | None = None,
) -> list[Problem]:
    """Each extra file's entry whose local path names no file of the built site, by its place; whole addresses pass.

    MkDocs links the path from every page as written, checking nothing: `assets/missing.css` passed the strict
    build and make check, and every page asked for a file that 404s. `site_files`: the files the built site
    holds, as written there (docs/'s kept, the hooks', the theme's and `custom_dir`'s, which MkDocs copies);
    `folders`, those a contributor writes them in (docs/, `custom_dir`). A query or fragment is no part of
    the file; a path from `/` is read from the host's root, the site's unless `site_url` has a path
    (`https://owner.github.io/repo/`, GitHub Pages): there it leaves the site. `left_out`: docs/'s files the
    built site leaves out, each `"draft"` or `"excluded"`, named so (a file of docs/ it is, `left_out_problem`).
    The entries `extra_file_problems` names are its.
    """
    below = (parts := split_url(site_url)) is not None and parts.path not in ("", "/")  # a path from `/` leaves it
    left_out = left_out or {}
    problems = []
    for setting, index, written in unnamed_entries(config):
        file = local_file(written) if isinstance(written, str) else None
        field = f"{setting}[{index}]"
        if file is not None and file not in site_files and file in left_out:
            problems.append(left_out_problem(path, field, written, left_out[file]))
        elif file is not None and file not in site_files:
            kind, suffixes = LINKED[setting]
            where = " or ".join(f"{folder}/" for folder in folders)
            message = (
                f"{named_address(written)} names no file in {where}, so every page links a {kind} that is not there"
            )
            meant = closest_file(file, [name for name in site_files if name.endswith(suffixes)])
            meant = meant and rewritten(written, meant)
            hint = f"write {meant.lstrip('/') if below else meant}" if meant else example_hint(setting)
            problems.append(Problem(path, field, message, hint))
        elif file is not None and below and rooted(written):
            message = f"{named_address(written)} is read from the host's root, so on the site at {site_url} every page"
            message += f" links {urljoin(site_url, written)}, no file of the site"
            problems.append(Problem(path, field, message, f"write {written.lstrip('/')}"))
    return problems


def left_out_problem(path: str, field: str, written: str, why: str) -> Problem:
    """The line of an entry naming a file of docs/ the built site leaves out: a draft, excluded, or hidden.

    "names no file in docs/" sent the contributor to look for a file that is there. MkDocs leaves out hidden
    files and `templates/` (`DEFAULT_EXCLUDE`) as it does what `exclude_docs` names, in the same level.
    """
    kind = LINKED[field.partition("[")[0]][0]
    end = f"so every page links a {kind} that is not there"
    if why == "draft":
        message = (
            f"{named_address(written)} names a draft (`draft_docs`), which 'mkdocs serve' shows and the built site"
        )
        return Problem(
            path, field, f"{message} leaves out, {end}", "take it out of `draft_docs` in mkdocs.yml to publish it"
        )
    if GitIgnoreSpec.from_lines(DEFAULT_EXCLUDE).match_file(local_file(written) or ""):
        message = f"{named_address(written)} names a file of docs/ that MkDocs leaves out of the site (a hidden file or"
        hint = "move it to a folder such as assets/, and write its path there"
        return Problem(path, field, f"{message} folder, or templates/), {end}", hint)
    message = f"{named_address(written)} names a file of docs/ that `exclude_docs` leaves out of the site, {end}"
    hint = "take it out of `exclude_docs` in mkdocs.yml, or write the path of a file the site keeps"
    return Problem(path, field, message, hint)


def rooted(address: str) -> bool:
    """Whether a local path starts at the host's root (`/assets/x.css`), not at a host of its own (`//cdn…`)."""
    return address.startswith("/") and not address.startswith("//")


def unnamed_entries(config: object) -> Iterator[tuple[str, int, object]]:
    """Each extra file's setting, place and what it links, but those `extra_file_problems` names: their line is its."""
    if not isinstance(config, Mapping):
        return  # the shapes' own line
    for setting in EXTRA_FILES:
        entries = config.get(setting)
        if not isinstance(entries, Sequence) or isinstance(entries, str):
            continue
        named = {index for index, _ in extra_file_problems("", setting, entries)}
        yield from (
            (setting, index, entry_address(setting, entry)) for index, entry in enumerate(entries) if index not in named
        )


def example_hint(setting: str, options: bool = False) -> str:
    """The fix of an entry naming no file: a path of docs/ as written in the list, or as a script's `path:`."""
    example = f"path: {EXTRA_FILES['extra_javascript']}" if options else f"- {EXTRA_FILES[setting]}"
    return f"write the path of a file in docs/, e.g. `{example}`, or a whole address"


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


def separator_problems(path: str, config: object) -> list[Problem]:
    r"""Each entry holding a backslash no other line names, in make check: the strict build fails on MkDocs' warning.

    MkDocs links `assets\edition.css` as `assets/edition.css` and warns that the "OS-specific separator" will not
    be read so for long, which fails the strict build: that line is the build's, so the build adds none. A host
    holding one is `extra_file_problems`' line (`/` there leads to another host).
    """
    problems = []
    for setting, index, written in unnamed_entries(config):
        if isinstance(written, str) and "\\" in written:
            message = (
                f"{named_address(written)} holds '\\', which MkDocs reads as '/' and warns of (the strict build fails)"
            )
            problems.append(Problem(path, f"{setting}[{index}]", message, "write " + written.replace("\\", "/")))
    return problems


def read_entries(entries: list[object], setting: str) -> list[object]:
    """The extra files' entries without those `extra_file_problems` names: the build goes on without them.

    So the strict build fails with every line said: `http://[x/y.js` and `extra_css: [5]` stopped it on
    MkDocs' traceback, after the lines, and a dead file is no loss to a page.
    """
    named = {index for index, _ in extra_file_problems("", setting, entries)}
    return [entry for index, entry in enumerate(entries) if index not in named]
