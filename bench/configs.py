"""Derive the two benchmark configurations from the project's own mkdocs.yml.

- edition: mkdocs.yml as it is (theme, features, extensions, plugins, hooks), with the nav
  pointing at the generated corpus, the real pages outside the sources whose links still resolve
  (About, guides), and the pages the hooks generate (glossary, policy areas…).
- plain: the same minus what the edition adds to Material: `hooks:`, markdown extensions from
  the project's `hooks` package, the theme's `custom_dir`, and the pages that only the hooks make
  or that link to them (left out of the nav and listed in `exclude_docs`).

Both are computed on every run, so they follow mkdocs.yml as features land.
"""

from __future__ import annotations

import copy
import posixpath
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from bench.generate import ROOT

EDITION_CONFIG = "mkdocs.yml"
PLAIN_CONFIG = "mkdocs.plain.yml"
RE_MD_LINK = re.compile(r"\]\((?!https?:|mailto:|/)([^)\s#]+\.md)(?:#[^)\s]*)?\)")
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


def page_links(docs: Path, page: str) -> set[str]:
    """The pages (docs-relative paths) a page links to with relative Markdown links."""
    text = (docs / page).read_text("utf-8")
    folder = posixpath.dirname(page)
    return {posixpath.normpath(posixpath.join(folder, target)) for target in RE_MD_LINK.findall(text)}


def self_contained(pages: dict[str, set[str]], available: set[str]) -> set[str]:
    """The pages whose every link leads to `available` pages or to other such pages (a fixpoint)."""
    kept = set(pages)
    while dropped := {page for page in kept if not pages[page] <= kept | available}:
        kept -= dropped
    return kept


def kept_pages(docs: Path) -> tuple[set[str], set[str]]:
    """Real pages outside the sources (About, guides, stubs) kept for the edition and for plain.

    A page stays when its links resolve in the generated project: to other kept pages, the home
    page, or (edition only) pages the hooks generate, i.e. pages that do not exist under docs/.
    """
    sources = source_folders(docs)
    real = {path.relative_to(docs).as_posix() for path in docs.rglob("*.md")}
    candidates = {page: page_links(docs, page) for page in real if page.split("/")[0] not in sources}
    candidates.pop("index.md", None)  # the corpus has its own home page
    made_by_hooks = {target for links in candidates.values() for target in links if target not in real}
    edition = self_contained(candidates, {"index.md"} | made_by_hooks)
    return edition, self_contained({page: candidates[page] for page in edition}, {"index.md"})


def kept_nav(nav: list, docs: Path, pages: set[str], with_generated: bool) -> list:
    """The real nav's entries for kept pages (and, for the edition, hook-made pages), sections kept."""
    kept = []
    for item in nav:
        title, value = next(iter(item.items())) if isinstance(item, dict) else (None, item)
        if isinstance(value, list):
            if inner := kept_nav(value, docs, pages, with_generated):
                kept.append({title: inner} if title else inner)
            continue
        if not isinstance(value, str) or value.startswith(("http:", "https:")):
            continue
        if value in pages or (with_generated and not (docs / value).exists()):
            kept.append(item)
    return kept


def edition_config(real: dict[str, Any], corpus_nav: list, root: Path = ROOT) -> dict[str, Any]:
    """mkdocs.yml with the corpus's nav, then the nav entries of kept and hook-made pages."""
    config = copy.deepcopy(real)
    edition, _ = kept_pages(root / "docs")
    config["nav"] = corpus_nav + kept_nav(real.get("nav", []), root / "docs", edition, with_generated=True)
    return config


def plain_config(real: dict[str, Any], corpus_nav: list, root: Path = ROOT) -> dict[str, Any]:
    """The same site as plain Material: no hooks, no own extensions, no theme overrides."""
    config = copy.deepcopy(real)
    config.pop("hooks", None)
    extensions = config.get("markdown_extensions", [])
    config["markdown_extensions"] = [e for e in extensions if not extension_name(e).startswith(OWN_EXTENSION_PREFIX)]
    config.get("theme", {}).pop("custom_dir", None)
    edition, plain = kept_pages(root / "docs")
    config["nav"] = corpus_nav + kept_nav(real.get("nav", []), root / "docs", plain, with_generated=False)
    if excluded := sorted(edition - plain):  # they link to pages only the hooks make
        patterns = [config.get("exclude_docs") or "", *(f"/{page}" for page in excluded)]
        config["exclude_docs"] = "\n".join(patterns).strip()
    return config


def extension_name(entry: str | dict) -> str:
    """The dotted name of a `markdown_extensions` entry, with or without options."""
    return entry if isinstance(entry, str) else next(iter(entry))


def copy_static(dest: Path, root: Path) -> None:
    """Copy the hooks, theme overrides, assets and the kept real pages (About, guides) the build reads."""
    for name in PROJECT_COPIES:
        if (root / name).is_dir():
            shutil.copytree(root / name, dest / name, ignore=shutil.ignore_patterns("__pycache__"), dirs_exist_ok=True)
    docs, sources = root / "docs", source_folders(root / "docs")
    pages, _ = kept_pages(docs)
    for file in docs.rglob("*"):
        relative = file.relative_to(docs).as_posix()
        if not file.is_file() or relative.split("/")[0] in sources:
            continue
        target = dest / "docs" / relative
        if not target.exists() and (file.suffix != ".md" or relative in pages):
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(file, target)


def write_project(dest: Path, corpus_nav: list, root: Path = ROOT) -> None:
    """Make `dest` (which holds a generated corpus) buildable with both configurations."""
    copy_static(dest, root)
    real = load_config(root)
    for name, config in (
        (EDITION_CONFIG, edition_config(real, corpus_nav, root)),
        (PLAIN_CONFIG, plain_config(real, corpus_nav, root)),
    ):
        text = yaml.dump(config, Dumper=TaggedDumper, sort_keys=False, allow_unicode=True, width=120)
        (dest / name).write_text(f"# Derived from {root.name}/mkdocs.yml by bench/configs.py.\n{text}", "utf-8")
