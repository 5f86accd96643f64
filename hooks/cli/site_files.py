"""docs/ as MkDocs' build picks its files: the published pages, two files with one address, and `nav:` against them."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from pathspec.gitignore import GitIgnoreSpec

from hooks.core import page_files
from hooks.core.config_addresses import usable_site_url
from hooks.core.config_file import CONFIG, DOCS, ConfigError, read_config, read_settings, settings_read
from hooks.core.extra_file_paths import missing_extra_files, separator_problems
from hooks.core.extra_files import Named
from hooks.core.generated_pages import in_nav
from hooks.core.page_files import Pair, dest_path, page_name
from hooks.core.problems import Problem
from hooks.core.site_nav import check_nav, nav_config
from hooks.core.theme_setting import theme_folder, theme_parts


def published_pages(root: Path) -> set[str]:
    """The Markdown files in docs/ the build makes pages of, as MkDocs chooses them (paths inside docs/).

    Every name MkDocs reads as Markdown (`.md`, `.markdown`, `.mdown`, `.mkdn`, `.mkd`: the others
    are `page_name_problem`'s lines). Left out, as the build leaves them out: hidden files and
    folders, `templates/`, what `exclude_docs` and `draft_docs` name, and the loser of two files of
    a folder with one address (a README.md beside an index.md: `conflict_problems`).
    """
    return site_files(root)[1]


def draft_pages(root: Path) -> set[str]:
    """The pages of docs/ `draft_docs` names: `mkdocs serve` renders them, the build leaves them out."""
    return page_files.draft_pages(root / DOCS, read_config(root))


def site_files(root: Path) -> tuple[set[str], set[str], list[Pair]]:
    """docs/ as MkDocs' get_files reads it: the files it keeps (excluded too), its pages, the conflicts it warns of."""
    return page_files.site_files(root / DOCS, read_config(root))


def theme_files(root: Path, config: Mapping[str, Any] | None = None) -> set[str]:
    """The files MkDocs copies from the theme beside docs/'s (Material's, `custom_dir`'s): a page may link them.

    MkDocs' own `Files.add_files_from_theme` picks them, not a copy of its rule (no template, no `.py`, …). A
    theme it cannot load is none: the build stops on it before any link (its own error), and make check
    names the links as files the site lacks. `config`: mkdocs.yml's settings, if read already.
    """
    from mkdocs.config.base import ValidationError  # only asked for a link to no file of docs/
    from mkdocs.structure.files import Files
    from mkdocs.theme import Theme

    setting = (read_config(root) if config is None else config).get("theme")
    name = theme_parts(setting)[0]
    custom = theme_folder(setting, str(root), str(root / DOCS))  # a `!relative` worked out, as the build does
    static = setting.get("static_templates") if isinstance(setting, dict) else None
    try:
        theme = Theme(
            name if isinstance(name, str) else None,
            custom_dir=custom if custom and Path(custom).is_dir() else None,
            static_templates=static or (),
        )
        files = Files([])
        files.add_files_from_theme(theme.get_env(), SimpleNamespace(theme=theme, site_dir="", use_directory_urls=True))
    except (KeyError, ImportError, OSError, TypeError, ValidationError):  # no such theme, or no theme's folder
        return set()
    return {file.src_uri for file in files}


def check_extra_files(
    root: Path, generated: list[str], settings: tuple[Mapping[str, Any], Named] | None = None
) -> list[Problem]:
    """Each `extra_css` / `extra_javascript` path naming no file of the built site, in the build's line.

    The site's files: docs/'s the build keeps, the hooks' (`generated`, `hook_files`) and, asked only once an
    entry names none of those, the theme's and `custom_dir`'s (`theme_files`), where the build writes each; a path
    from `/` against `site_url` (`SITE_URL`), as the build reads it (`usable_site_url`). A
    path holding a backslash is named here alone (`separator_problems`): the build's line for it is MkDocs' warning.
    The entries mkdocs.yml's own lines name are left to them (their places, worked out as it was read).
    `settings`: mkdocs.yml's, and those places, when they were read past its lines (`unstopped_extra_files`).
    """
    config, named = read_settings(root) if settings is None else settings
    directory_urls = config.get("use_directory_urls") is not False
    built, left_out = page_files.built_and_left_out(root / DOCS, config)  # one left out named so, not as no file
    files = built | {dest_path(path, directory_urls) for path in generated}
    custom = theme_folder(config.get("theme"), str(root), str(root / DOCS))  # as `on_nav` names it, from root
    folders = [DOCS, *([os.path.relpath(custom, root)] if custom and Path(custom).is_dir() else [])]  # `folder_named`
    site_url = usable_site_url(config.get("site_url"))[0]  # one refused is its own line
    if problems := missing_extra_files(CONFIG, config, files, folders, site_url, left_out, named):
        files |= theme_files(root, config)
        problems = missing_extra_files(CONFIG, config, files, folders, site_url, left_out, named)
    lines = {problem.field for problem in problems}  # a file missing, or from `/`: its line offers the path
    return problems + [
        problem for problem in separator_problems(CONFIG, config, files, named) if problem.field not in lines
    ]


def unstopped_extra_files(root: Path, generated: list[str]) -> list[Problem]:
    """The extra files' lines, once mkdocs.yml's own stopped make check: the build names a missing file past them.

    Its entries' lines, a `site_name` that shows nothing, a `repo_url` no browser reads: the build says each and
    goes on to the extra files, while make check stopped, so fixing them showed the missing file. None where
    they cannot be known: mkdocs.yml no settings, or a `docs_dir` other than docs/, which make check does not read.
    """
    try:
        config, problems, named = settings_read(root)
    except ConfigError:  # no YAML, or a list, a text: no settings
        return []
    if not config or any(problem.field == "docs_dir" for problem in problems):  # empty, comments alone, `~`
        return []
    return check_extra_files(root, generated, (config, named))


def conflict_problems(root: Path) -> list[Problem]:
    """Two files of a folder with one address, both in the site: MkDocs keeps one and warns (a strict build fails).

    A README.md beside an index.md, `x.markdown` beside `x.md`. (One `exclude_docs` or `draft_docs`
    names is no warning: MkDocs keeps the other in silence, a README.md beside an excluded index.md.)
    """
    return [conflict_problem(dropped, kept) for dropped, kept in sorted(site_files(root)[2])]


def conflict_problem(dropped: str, kept: str) -> Problem:
    """The line for a file MkDocs leaves out because another file of its folder has its address."""
    why = "is the folder's page" if page_name(kept) == "index" else "has its address"
    message = f"is left out of the site, as {DOCS}/{kept} {why} (MkDocs warns, the strict build fails)"
    hint = f"put what it says in {DOCS}/{kept} and delete it, or list it in exclude_docs: in mkdocs.yml"
    return Problem(f"{DOCS}/{dropped}", "", message, hint)


def check_configured_nav(root: Path, generated: set[str]) -> list[Problem]:
    """mkdocs.yml's `nav:` against the pages, as the strict build compares them; one line per page or entry.

    `generated`: the files the hooks add to the site; those `in_nav` names go in the nav, as the build adds them.
    """
    config = read_config(root)
    entries, levels = nav_config(config)
    if not levels:
        return []
    files, pages, _ = site_files(root)
    hidden = GitIgnoreSpec.from_lines(config["not_in_nav"].splitlines() if config.get("not_in_nav") else [])
    listed = {page for page in generated if in_nav(page)}
    pages = {page for page in pages | listed if not hidden.match_file(page)}
    return check_nav(entries, files | generated, pages, levels, generated)
