"""mkdocs.yml read without MkDocs, for the checks that run without a build: extensions, page moves, pages, site_url."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from markdown.extensions import Extension
from pathspec.gitignore import GitIgnoreSpec
from yaml_env_tag import construct_env_tag

from hooks.core.links import check_site_url
from hooks.core.page_moves import lock_moves
from hooks.core.problems import Problem

CONFIG = "mkdocs.yml"
DOCS = "docs"
# What MkDocs 1.6 leaves out of every site (mkdocs.structure.files._default_exclude).
DEFAULT_EXCLUDE = (".*", "/templates/")


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml: `!ENV` as MkDocs does; its other tags (`!!python/name:`) need no evaluation here."""


_ConfigLoader.add_constructor("!ENV", construct_env_tag)  # as MkDocs reads it: `site_url` comes from SITE_URL
_ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: None)
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def read_config(root: Path) -> dict[str, Any]:
    """mkdocs.yml as YAML, its tags left unevaluated."""
    return yaml.load((root / CONFIG).read_text(encoding="utf-8"), Loader=_ConfigLoader) or {}  # noqa: S506


def configured_moves(root: Path) -> dict[str, str]:
    """The page moves of mkdocs-redirects' `redirect_maps` in mkdocs.yml, as moves between lock keys."""
    for plugin in read_config(root).get("plugins") or []:
        if isinstance(plugin, dict) and isinstance(options := plugin.get("redirects"), dict):
            return lock_moves(options.get("redirect_maps") or {})
    return {}


def configured_site_url(root: Path) -> tuple[str, list[Problem]]:
    """mkdocs.yml's `site_url`, `SITE_URL` read as the build does ("" if none); "" and its line if MkDocs refuses it."""
    site_url = read_config(root).get("site_url")
    problems = check_site_url(site_url, CONFIG)
    return (site_url if isinstance(site_url, str) and not problems else ""), problems


def configured_extensions(root: Path) -> tuple[list[str | Extension], dict[str, dict[str, Any]]]:
    """The `markdown_extensions` of mkdocs.yml, as Python-Markdown takes them."""
    config = read_config(root)
    names: list[str | Extension] = []
    configs: dict[str, dict[str, Any]] = {}
    for item in config.get("markdown_extensions") or []:
        name, options = next(iter(item.items())) if isinstance(item, dict) else (item, None)
        names.append(name)
        if options:
            configs[name] = options
    return names, configs


def published_pages(root: Path) -> set[str]:
    """The Markdown files in docs/ the build makes pages of, as MkDocs chooses them (paths inside docs/).

    Left out, as the build leaves them out: hidden files and folders, `templates/`, what
    `exclude_docs` and `draft_docs` name, and a README.md beside an index.md (MkDocs keeps the index).
    """
    config = read_config(root)
    lines = [*DEFAULT_EXCLUDE]
    for option in ("exclude_docs", "draft_docs"):
        if isinstance(config.get(option), str):
            lines += config[option].splitlines()
    excluded = GitIgnoreSpec.from_lines(lines)
    docs = root / DOCS
    pages = {path.relative_to(docs).as_posix() for path in docs.rglob("*.md")}
    pages = {page for page in pages if not excluded.match_file(page)}
    beside_index = {page for page in pages if page.rpartition("/")[2] == "README.md"}
    return pages - {page for page in beside_index if page.removesuffix("README.md") + "index.md" in pages}
