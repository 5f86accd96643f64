"""What the tests know about the edition's pages: which are source pages, in reading order."""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any
from unittest import mock

import frontmatter

from hooks.cli import check
from hooks.cli.lock_checks import AnchorFiles, check_published
from hooks.core.anchor_lock import page_key
from hooks.core.annotation_checks import latest_today
from hooks.core.problems import Problem

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
# What a reader can only do on a screen; printed, a sentence asking for it makes no sense.
RE_SCREEN_ONLY = re.compile(r"\b(?:point(?:ing)? at|tap|hover|click|press|button|dialog|JavaScript)\b", re.IGNORECASE)


def source_pages(source: str) -> list[Path]:
    """A source's pages (index first), ordered by their `order` front matter."""
    pages = [(frontmatter.load(path).get("order"), path) for path in (DOCS / source).glob("*.md")]
    return [path for _, path in sorted(pages)]


def built_path(site: Path, page: Path) -> Path:
    """Where MkDocs writes a page (directory URLs)."""
    relative = page.relative_to(DOCS).with_suffix("")
    if relative.name == "index":
        return site / relative.parent / "index.html"
    return site / relative / "index.html"


def built_ids(site: Path) -> dict[str, set[str]]:
    """Every id a built site published, by page URL, as its `/anchors.json` lists them."""
    ids: dict[str, set[str]] = {}
    for entry in json.loads((site / "anchors.json").read_text(encoding="utf-8")):
        if entry["kind"] == "moved":  # an old address, listed with where it leads now
            continue
        ids.setdefault(entry["page"], set()).add(entry["id"])
    return ids


def checked_ids(project: Path) -> tuple[dict[str, set[str]], list[str]]:
    """The ids `make check` compares with the lock, by page URL; and the pages whose ids it leaves to the build."""
    seen: dict[str, set[str]] = {}
    unknown_pages: list[str] = []

    def spy(
        root: Path,
        anchors: AnchorFiles,
        published: dict[str, list[str]],
        unknown: list[str],
        errors_stand: bool,
        named: Collection[str] = (),
        refused: Mapping[str, Collection[str]] | None = None,
        build_fails: bool = False,
    ) -> list[Problem]:
        seen.update({page_key(page): set(ids) for page, ids in published.items()})
        unknown_pages.extend(page_key(page) for page in unknown)
        return check_published(root, anchors, published, unknown, errors_stand, named, refused, build_fails)

    with mock.patch.object(check, "check_published", spy):
        check.run_checks(project, latest_today())
    return seen, unknown_pages


def linked_ids(project: Path) -> dict[str, set[str] | None]:
    """The ids `make check` checks a page's link's `#id` against, by page URL (None: the build's to know)."""
    seen: dict[str, set[str] | None] = {}
    targets = check.link_targets

    def spy(*args: Any) -> dict[str, set[str] | None]:
        present = targets(*args)
        seen.update({page_key(page): None if ids is None else set(ids) for page, ids in present.items()})
        return present

    with mock.patch.object(check, "link_targets", spy):
        check.run_checks(project, latest_today())
    return seen
