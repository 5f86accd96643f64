"""mkdocs.yml read without MkDocs, for the checks that run without a build: its extensions and page moves."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from markdown.extensions import Extension

from hooks.core.page_moves import lock_moves

CONFIG = "mkdocs.yml"


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml, whose `!ENV` and `!!python/name:` tags need no evaluation here."""


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
