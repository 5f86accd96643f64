"""mkdocs.yml's `nav:` against the pages, as MkDocs 1.6 compares them: for `make check`, which runs no build.

A page the nav leaves out, or a nav entry naming no file, is a warning of MkDocs' own (with
`validation: nav:` at `warn`), so `mkdocs build --strict` fails on it; `make check` says so
in one line each, naming the file and the fix (mkdocs.structure.nav.get_navigation).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Set
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from hooks.core.link_kinds import RELATIVE_TO_DOCS
from hooks.core.page_names import name_to_write, rename_hint
from hooks.core.problems import Problem, named_value
from hooks.core.project_folders import CONFIG
from hooks.core.yaml_lines import in_backticks, item_to_write, keys_path, value_to_write

# MkDocs 1.6's levels when mkdocs.yml sets none (mkdocs.config.defaults.MkDocsConfig.Validation.NavValidation).
DEFAULT_LEVELS = {"omitted_files": "info", "not_found": "warn", "absolute_links": "info"}


@dataclass(frozen=True)
class NavEntry:
    """One page entry of the nav: the titles of the sections it is in, and the path it names."""

    sections: tuple[str, ...]
    path: str


def nav_entries(nav: object, sections: tuple[str, ...] = ()) -> list[NavEntry]:
    """Every path the nav names, in order, as MkDocs walks it: `- path`, `- Title: path`, `- Section: [...]`.

    Shapes MkDocs refuses (`nav_shape_problem`) are passed over here.
    """
    if isinstance(nav, str):
        return [NavEntry(sections, nav)]
    if isinstance(nav, list):
        return [entry for item in nav for entry in nav_entries(item, sections)]
    if isinstance(nav, dict):
        return [
            entry
            for title, value in nav.items()
            for entry in nav_entries(value, sections if isinstance(value, str) else (*sections, str(title)))
        ]
    return []


def nav_shape_problem(nav: object, top: bool = True) -> Problem | None:
    """The nav in a shape MkDocs refuses ("Expected nav to be a list"), as one line; None if it reads it."""
    lines = f"{item_to_write('page.md')}, {in_backticks('- Title: page.md')} or {in_backticks('- Section:')}"
    hint = f"write one {lines} line per entry, a section's entries below it"
    if isinstance(nav, list):
        for item in nav:
            if isinstance(item, dict) and len(item) != 1:
                return Problem(CONFIG, "nav", f"one entry holds {len(item)} titles ({', '.join(map(str, item))})", hint)
            if not isinstance(item, str | dict):
                return Problem(CONFIG, "nav", f"an entry is {named_value(item)}, not a page or a section", hint)
            if isinstance(item, dict) and (problem := nav_shape_problem(next(iter(item.values())), top=False)):
                return problem
        return None
    if not top and isinstance(nav, str):
        return None
    if not top and isinstance(nav, dict) and nav:  # MkDocs warns, and a strict build stops on the warning
        return Problem(CONFIG, "nav", f"a section's entries are a mapping ({', '.join(map(str, nav))})", hint)
    return Problem(CONFIG, "nav", f"a section or the nav is {named_value(nav)}, not a list of entries", hint)


def nav_level(validation: object, name: str) -> str:
    """MkDocs' level for a nav check: `validation: nav: <name>`, else `validation: <name>` (it applies to both)."""
    settings = validation if isinstance(validation, dict) else {}
    nav = settings.get("nav") if isinstance(settings.get("nav"), dict) else {}
    return str(nav.get(name, settings.get(name, DEFAULT_LEVELS[name])))


def check_nav(
    entries: Iterable[NavEntry], files: Set[str], pages: Iterable[str], levels: Mapping[str, str], generated: Set[str]
) -> list[Problem]:
    """What a strict build says of the nav: pages it leaves out, and entries naming no file, one line each.

    `files`: every file of the site (docs/ and the generated pages), which a nav entry may name;
    `pages`: the pages that must be in the nav (not excluded, drafts or `not_in_nav`); `levels`:
    mkdocs.yml's `validation: nav:` levels, only `warn` failing the strict build; `generated`: the
    pages the hooks add, not in docs/ (the line names mkdocs.yml, not a file no one can open).
    """
    entries = list(entries)
    from_docs = levels.get("absolute_links") == RELATIVE_TO_DOCS
    listed = {lookup_path(entry.path, from_docs) for entry in entries}
    omitted = sorted(page for page in pages if page not in listed)
    renamed = {name_to_write(page): page for page in omitted if name_to_write(page) != page}  # their entries wait
    problems = []
    if levels.get("omitted_files") == "warn":
        problems += [omitted_problem(page, entries, page in generated, listed) for page in omitted]
    for entry in entries:
        path = lookup_path(entry.path, from_docs)
        url = urlsplit(entry.path)
        if path in files or url.scheme or url.netloc:
            continue
        if entry.path.startswith("/") and not from_docs:  # relative_to_docs: not found is `not_found`'s
            if levels.get("absolute_links") == "warn":
                relative = path.lstrip("/")
                hint = f"write it without the leading '/': {value_to_write(relative)}" if relative in files else ""
                problems.append(not_found_problem(entry, "is an absolute path, no page of docs/", omitted, hint))
        elif levels.get("not_found") == "warn":
            hint = rename_hint(renamed[path]) if path in renamed else ""
            problems.append(not_found_problem(entry, "names no file in docs/", omitted, hint))
    return problems


def lookup_path(path: str, from_docs: bool) -> str:
    """The file a nav entry names, as MkDocs looks it up: `/about/x.md` is `about/x.md` with `relative_to_docs`."""
    return PurePosixPath(path.lstrip("/") if from_docs and path.startswith("/") else path).as_posix()


def omitted_problem(page: str, entries: list[NavEntry], generated: bool, listed: Set[str] = frozenset()) -> Problem:
    """A page the nav leaves out: add it to the section listing its folder's pages (the top of the nav if none).

    A misnamed page whose entry, in `listed`, names it as its own line asks is told so: renaming it is the fix.
    """
    if (name := name_to_write(page)) != page and name in listed:
        message = "is not in mkdocs.yml's nav: (MkDocs warns, the strict build fails)"
        return Problem(f"docs/{page}", "", message, f"its entry {item_to_write(name)} is there: {rename_hint(page)}")
    folder = page.rpartition("/")[0]
    beside = next((entry for entry in entries if entry.path.rpartition("/")[0] == folder and entry.sections), None)
    where = f"under {keys_path(*beside.sections)}" if beside else "where it belongs"
    if (name := name_to_write(page)) != page:  # its other line asks to rename it: the entry names the new file
        where += " once the file is renamed"
    entry = item_to_write(name)
    hint = (
        f"add {entry} to {keys_path('nav')} in mkdocs.yml {where},"
        f" or list it in {keys_path('not_in_nav')} if no menu should show it"
    )
    if generated:
        return Problem(CONFIG, "nav", f"'{page}', a page the hooks generate, is in no entry", hint.partition(",")[0])
    return Problem(f"docs/{page}", "", "is not in mkdocs.yml's nav: (MkDocs warns, the strict build fails)", hint)


def not_found_problem(entry: NavEntry, message: str, omitted: list[str], hint: str = "") -> Problem:
    """A nav entry naming no page: the page left out it most likely means, else remove the entry."""
    close = difflib.get_close_matches(entry.path, omitted, n=1, cutoff=0.8)
    hint = hint or (f"did you mean '{close[0]}'?" if close else "remove the entry, or restore the page it names")
    field = " > ".join(("nav", *entry.sections))
    return Problem(CONFIG, field, f"'{entry.path}' {message}", hint)


def nav_config(config: Mapping[str, Any]) -> tuple[list[NavEntry], dict[str, str]]:
    """The nav entries and the levels of mkdocs.yml (no nav: MkDocs lists every page, and nothing is checked)."""
    nav = config.get("nav")
    levels = {name: nav_level(config.get("validation"), name) for name in DEFAULT_LEVELS}
    return (nav_entries(nav) if nav else []), (levels if nav else {})
