"""Derive the two benchmark configurations from the project's own mkdocs.yml.

- edition: mkdocs.yml as it is (theme, features, extensions, plugins, hooks), with the nav
  pointing at the generated corpus plus the pages the hooks generate (glossary, policy areas…).
- plain: the same minus what the edition adds to Material: `hooks:`, markdown extensions from
  the project's `hooks` package, the theme's `custom_dir`, and nav entries of hook-made pages.

Both are computed on every run, so they follow mkdocs.yml as features land.
"""

from __future__ import annotations

import copy
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bench.generate import ROOT

EDITION_CONFIG = "mkdocs.yml"
PLAIN_CONFIG = "mkdocs.plain.yml"
MARKER = "<!-- edition:"
OWN_EXTENSION_PREFIX = "hooks."
PROJECT_COPIES = ("hooks", "overrides")


@dataclass(frozen=True)
class Tagged:
    """A YAML value with a tag MkDocs resolves itself (`!ENV`, `!!python/name:`), kept verbatim."""

    tag: str
    value: Any


class TaggedLoader(yaml.SafeLoader):
    """Safe loader that keeps MkDocs' custom tags instead of failing on them."""


class TaggedDumper(yaml.SafeDumper):
    """Safe dumper that writes kept tags back."""


def construct_tagged(loader: yaml.SafeLoader, _suffix: str, node: yaml.Node) -> Tagged:
    """Keep a tagged node's tag and plain value."""
    if isinstance(node, yaml.SequenceNode):
        return Tagged(node.tag, loader.construct_sequence(node, deep=True))
    if isinstance(node, yaml.MappingNode):
        return Tagged(node.tag, loader.construct_mapping(node, deep=True))
    return Tagged(node.tag, loader.construct_scalar(node))


def represent_tagged(dumper: yaml.SafeDumper, data: Tagged) -> yaml.Node:
    """Write a kept tag as it was read."""
    if isinstance(data.value, list):
        return dumper.represent_sequence(data.tag, data.value)
    if isinstance(data.value, dict):
        return dumper.represent_mapping(data.tag, data.value)
    return dumper.represent_scalar(data.tag, data.value)


TaggedLoader.add_multi_constructor("!", construct_tagged)
TaggedLoader.add_multi_constructor("tag:yaml.org,2002:python/", construct_tagged)
TaggedDumper.add_representer(Tagged, represent_tagged)


def load_config(root: Path = ROOT) -> dict[str, Any]:
    """The project's mkdocs.yml as data, tags kept."""
    return yaml.load((root / EDITION_CONFIG).read_text("utf-8"), Loader=TaggedLoader)  # noqa: S506 (safe loader subclass)


def source_folders(docs: Path) -> set[str]:
    """Top-level docs folders that hold a source (an index.md with a bibliography)."""
    return {path.parent.name for path in docs.glob("*/index.md") if "\nbibliography:" in path.read_text("utf-8")}


def is_kept_page(docs: Path, path: str) -> bool:
    """A real page the benchmark keeps: a stub the hooks fill (has a marker), outside the sources."""
    file = docs / path
    if path.split("/")[0] in source_folders(docs):
        return False
    return file.is_file() and MARKER in file.read_text("utf-8")


def hook_nav(nav: list, docs: Path, with_generated: bool) -> list:
    """The real nav's entries for pages the hooks make (or fill), sections kept, the rest dropped."""
    kept = []
    for item in nav:
        title, value = next(iter(item.items())) if isinstance(item, dict) else (None, item)
        if isinstance(value, list):
            if inner := hook_nav(value, docs, with_generated):
                kept.append({title: inner} if title else inner)
            continue
        if not isinstance(value, str) or value.startswith(("http:", "https:")):
            continue
        made_by_hooks = not (docs / value).exists()
        if (made_by_hooks and with_generated) or (not made_by_hooks and is_kept_page(docs, value)):
            kept.append(item)
    return kept


def edition_config(real: dict[str, Any], corpus_nav: list, root: Path = ROOT) -> dict[str, Any]:
    """mkdocs.yml with the corpus's nav, followed by the nav entries of hook-made pages."""
    config = copy.deepcopy(real)
    config["nav"] = corpus_nav + hook_nav(real.get("nav", []), root / "docs", with_generated=True)
    return config


def plain_config(real: dict[str, Any], corpus_nav: list, root: Path = ROOT) -> dict[str, Any]:
    """The same site as plain Material: no hooks, no own extensions, no theme overrides."""
    config = copy.deepcopy(real)
    config.pop("hooks", None)
    extensions = config.get("markdown_extensions", [])
    config["markdown_extensions"] = [e for e in extensions if not extension_name(e).startswith(OWN_EXTENSION_PREFIX)]
    config.get("theme", {}).pop("custom_dir", None)
    config["nav"] = corpus_nav + hook_nav(real.get("nav", []), root / "docs", with_generated=False)
    return config


def extension_name(entry: str | dict) -> str:
    """The dotted name of a `markdown_extensions` entry, with or without options."""
    return entry if isinstance(entry, str) else next(iter(entry))


def copy_static(dest: Path, root: Path) -> None:
    """Copy the hooks, theme overrides, assets and hook-filled stub pages the build reads."""
    for name in PROJECT_COPIES:
        if (root / name).is_dir():
            shutil.copytree(root / name, dest / name, ignore=shutil.ignore_patterns("__pycache__"), dirs_exist_ok=True)
    docs, sources = root / "docs", source_folders(root / "docs")
    for file in docs.rglob("*"):
        relative = file.relative_to(docs).as_posix()
        if not file.is_file() or relative.split("/")[0] in sources:
            continue
        target = dest / "docs" / relative
        if not target.exists() and (file.suffix != ".md" or is_kept_page(docs, relative)):
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(file, target)


def write_project(dest: Path, corpus_nav: list, root: Path = ROOT) -> None:
    """Make `dest` (which holds a generated corpus) buildable with both configurations."""
    copy_static(dest, root)
    real = load_config(root)
    for name, config in ((EDITION_CONFIG, edition_config(real, corpus_nav, root)),
                         (PLAIN_CONFIG, plain_config(real, corpus_nav, root))):
        text = yaml.dump(config, Dumper=TaggedDumper, sort_keys=False, allow_unicode=True, width=120)
        (dest / name).write_text(f"# Derived from {root.name}/mkdocs.yml by bench/configs.py.\n{text}", "utf-8")
