"""The anchor lock, `anchors.lock.json`: every id ever published, per page URL; it only grows.

It maps each page URL (`/migration-and-transnationalism/opportunities/`) to the ids published on
it. Here: reading it whole or not at all, its keys from files in docs/ and built URLs, and
recording ids (`make anchors`). The ids it does not hold yet, and their line, are `unrecorded.py`'s;
a page's name refused and the one offered, `page_names.py`'s; comparing the built ids with it,
`anchor_check.py`'s.
"""

from __future__ import annotations

import json
import posixpath
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote

from hooks.core.conflicts import merge_conflict
from hooks.core.page_files import page_url
from hooks.core.problems import Problem
from hooks.core.project_folders import CONFIG
from hooks.core.text import DIRECTION_CONTROLS, HTML_CONTROLS

LOCK_FILE = "anchors.lock.json"
GONE = "published id is gone"  # the message of a locked id no page has (`anchor_check`), however it went
RECORD_ENV = "EDITION_ANCHORS"
Anchors = dict[str, list[str]]

# Two merged pull requests that each recorded ids: `make anchors` reads both sides from git and keeps every id of both.
# Taking one side would lose the other's ids that no page builds any more (retired with a redirect).
LOCK_CONFLICT = "run 'make anchors', which merges both sides"
RESTORE = "restore it from git, then run 'make anchors'"
# A page's key as `page_key` and the build write it: rooted at the site, a `/` after each folder and
# page (`/folder/page/`, the home page `/`; `/folder/page.html` without directory URLs). No `.` or
# `..` folder, no `#` or `?`, no space, control or line separator: a key that is none of the site's
# pages would give lines whose hints name no file one could fix.
_SEGMENT = rf"(?!\.\.?/)[^/#?\\\s{HTML_CONTROLS}{DIRECTION_CONTROLS}]+"
RE_PAGE_KEY = re.compile(rf"/(?:{_SEGMENT}/)*(?:{_SEGMENT}\.html)?")
KEY_FORM = "'/folder/page/', as the lock writes a page's address (the home page '/')"


class DuplicateKeyError(ValueError):
    """A page the lock names twice: JSON keeps the last list, and the first list's ids would be forgotten."""


def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose keys are all different (`json.loads`' `object_pairs_hook`)."""
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise DuplicateKeyError(key)
        data[key] = value
    return data


def load_lock(path: Path) -> tuple[Anchors, list[Problem]]:
    """Read the lock; a missing lock is an empty one (the first `make anchors` writes it).

    A lock that cannot be read whole (broken JSON, a merge conflict, a page written twice) is
    returned empty with its problem: the callers then record nothing, so no published id is forgotten.
    """
    if not path.exists():
        return {}, []
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        return {}, [Problem(LOCK_FILE, "", f"is not valid JSON ({error})", RESTORE)]
    except OSError as error:  # a folder of that name, a file it may not read: not a traceback
        return {}, [Problem(LOCK_FILE, "", f"cannot be read ({error.strerror})", RESTORE)]
    return parse_lock(text)


def parse_lock(text: str, display: str = LOCK_FILE) -> tuple[Anchors, list[Problem]]:
    """A lock's text as a mapping, or empty with its one problem: the file, or a version of it git holds (`display`)."""
    if conflict := merge_conflict(display, text, LOCK_CONFLICT):
        return {}, [conflict]
    try:
        data = json.loads(text, object_pairs_hook=unique_keys)
    except json.JSONDecodeError as error:
        return {}, [Problem(display, "", f"is not valid JSON ({error})", RESTORE)]
    except DuplicateKeyError as error:
        hint = "merge the two lists under one key, keeping every id of both"
        return {}, [Problem(display, str(error), "is written twice, and JSON would keep only the last list", hint)]
    if not isinstance(data, dict) or not all(
        isinstance(ids, list) and all(isinstance(i, str) for i in ids) for ids in data.values()
    ):
        return {}, [Problem(display, "", "must map page URLs to lists of ids", "restore it from git")]
    if bad := malformed_keys(data, display, f"write it {KEY_FORM}, or restore it from git"):
        return {}, bad
    return data, []


def malformed_keys(data: Iterable[str], display: str, hint: str) -> list[Problem]:
    """One line per key that is not a page's address (`RE_PAGE_KEY`), for the lock and the words file."""
    return [
        Problem(display, f"'{key}'", "is not a page's address", hint) for key in data if not RE_PAGE_KEY.fullmatch(key)
    ]


def page_key(src_path: str) -> str:
    """A page's key in the lock from its file in docs/, as MkDocs' directory URLs make it.

    `migration-and-transnationalism/opportunities.md` → `/migration-and-transnationalism/opportunities/`,
    `<source>/index.md` → `/<source>/`, and a folder's `README.md` too, which MkDocs makes its
    index (when it has no `index.md`: `published_pages` leaves it out then): for the checks that
    run without MkDocs (`make check`). Quoted as MkDocs quotes a URL (`a b.md` → `/a%20b/`), so the
    keys agree with the build's even for a name `page_name_problem` refuses.
    """
    base = src_path[:-3] if src_path.endswith(".md") else posixpath.splitext(src_path)[0]  # `.markdown` too
    folder, _, name = base.rpartition("/")  # page_url's answer, cheaper: the build asks it for every source page
    folder = f"{folder}/" if folder else ""
    return quote(f"/{folder}" if name in ("index", "README") else f"/{folder}{name}/")


def url_key(url: str) -> str:
    """A built page's URL (MkDocs' `file.url`) as the lock writes it: rooted at the site, `/` for the home page."""
    return "/" + url.removeprefix("./")


def moved_url_key(old: str, directory_urls: bool) -> str:
    """The URL a moved file (`old.md` in `redirect_maps`) had, as the lock keys it."""
    return url_key(page_url(old, directory_urls))


def directory_urls_problem(directory_urls: bool) -> Problem | None:
    """`use_directory_urls: false` moves every page ('/x/' to '/x.html'): every id the lock holds and links citing them.

    One line for the setting, in the build and make check alike, rather than one for each page's lost ids.
    """
    if directory_urls:
        return None
    message = "false: every page would move from '/folder/page/', where the anchor lock and published links have it"
    return Problem(CONFIG, "use_directory_urls", message, "remove use_directory_urls, or set it to true")


def url_claims(pages: Iterable[tuple[str, str]]) -> list[Problem]:
    """One line for each page (URL, path) whose URL an earlier page has: two pages must not claim one URL."""
    claims: dict[str, list[str]] = {}
    for url, path in pages:
        claims.setdefault(url_key(url), []).append(path)
    return [
        Problem(paths[1], "", f"claims the URL '{url}' that {paths[0]} has", "rename or move one of the two pages")
        for url, paths in claims.items()
        if len(paths) > 1
    ]


def locked_by_page(lock: Mapping[str, list[str]], pages: Iterable[str]) -> dict[str, list[str]]:
    """Each page's ids in the lock, by its file in docs/, as the annotations name their pages."""
    return {page: lock.get(page_key(page), []) for page in pages}


# What a line about anchors asks while other errors stand: the build and `make check` print their lines sorted by
# file (`ordered_lines`), so `anchors.lock.json`'s comes before a `docs/` page's, and "the errors above" named none.
OTHER_LINES_FIRST = "fix the other lines first"


def recording_refused(lock_read: bool, errors_stand: bool) -> Problem | None:
    """Why `make anchors` leaves the lock as it is, or None when it may record.

    Rewriting an unreadable lock would keep today's ids only and forget every published id that is
    gone. Ids recorded from a build that fails were never published (a misspelt heading id), yet the
    lock would ask for their redirect for ever once the mistake is fixed.
    """
    if not lock_read:
        hint = "fix it as its other line says, keeping the ids of both sides of a conflict, then run 'make anchors'"
        return Problem(LOCK_FILE, "", "left as it is: it could not be read, so no id was recorded", hint)
    if errors_stand:
        hint = f"{OTHER_LINES_FIRST}, then run 'make anchors' again"
        return Problem(LOCK_FILE, "", "left as it is: no id is recorded from a build that fails", hint)
    return None


def record(lock: Mapping[str, list[str]], built: Mapping[str, list[str]]) -> Anchors:
    """The lock with every built id added; ids are never removed (a removed id stays published)."""
    merged = {page: list(ids) for page, ids in lock.items()}
    for page, ids in built.items():
        known = merged.setdefault(page, [])
        seen = set(known)
        known += [anchor_id for anchor_id in dict.fromkeys(ids) if anchor_id not in seen]
    return dict(sorted(merged.items()))


def dump_lock(anchors: Mapping[str, list[str]]) -> str:
    """The lock file's text: one page per key, stable for diffs."""
    return json.dumps(anchors, ensure_ascii=False, indent=1) + "\n"
