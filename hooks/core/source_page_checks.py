"""A source page's fields against the data contract in DESIGN.md, and its paragraph and heading ids.

Which pages are a source's (`source_page_folders`), their `title`, `source`, `order` and `tags`
(`check_source_page`), no two in one position (`check_orders`), and their ids (`check_source_paragraphs`).
"""

from __future__ import annotations

from collections.abc import Callable, Container, Mapping
from typing import Any

from hooks.core.heading_ids import asks_published, check_heading_ids
from hooks.core.page_fields import TAGS_EXAMPLE, TITLE_EXAMPLE, tags_problem
from hooks.core.paragraphs import PageInventory, check_paragraph_ids
from hooks.core.problems import Problem, named_value
from hooks.core.schema_messages import stand_ins
from hooks.core.yaml_comments import NOT_EMPTY
from hooks.core.yaml_lines import in_backticks, keys_path, line_to_write

SOURCE_PAGE_FIELDS = ("title", "source", "order", "tags")


def check_source_page(path: str, meta: Mapping[str, Any], folder: str) -> list[Problem]:
    """Check a source page's `title`, `source`, `order` and `tags` (its ids: `check_source_paragraphs`, below)."""
    missing = missing_page_fields(meta)
    misspelt = misspelt_page_fields(meta, missing)
    problems = [
        Problem(path, written, f"is not a field: did you mean {keys_path(field)}?", f"rename it to {keys_path(field)}")
        for written, field in misspelt.items()
    ]
    problems += [
        Problem(path, field, "is missing", f"add {missing_line(field, folder)}")
        for field in missing
        if field not in misspelt.values()
    ]
    title, source, order = (meta.get(field) for field in ("title", "source", "order"))
    if "title" in meta and title is None:  # a blank text is `title_problem`'s line, on every page
        # Worded as the schema's "not empty" line (NOT_EMPTY): `title: #Goal`'s comment line stands for it.
        problems.append(Problem(path, "title", f"must be text{NOT_EMPTY}", TITLE_EXAMPLE))
    if "source" in meta and source != folder:
        fix = f"write {line_to_write('source', folder)}"
        message = f"is {named_value(source)} but the page lives in {named_value(folder)}"
        problems.append(Problem(path, "source", message, fix))
    if "order" in meta and (isinstance(order, bool) or not isinstance(order, int) or order < 0):
        hint = f"e.g. {in_backticks('order: 3')}"
        problems.append(Problem(path, "order", f"must be a whole number ≥ 0, not {named_value(order)}", hint))
    if problem := tags_problem(path, meta):
        problems.append(problem)
    return problems


def missing_page_fields(meta: Mapping[str, Any]) -> list[str]:
    """The fields a source's page needs that `meta` lacks, in the contract's order (`record_placement` offers them)."""
    return [field for field in SOURCE_PAGE_FIELDS if field not in meta]


def missing_line(field: str, folder: str) -> str:
    """What to add to the front matter for a missing field: `source`'s whole line (its folder), any other's name.

    `tags` alone, added as it said, was refused next as no list: its line to copy, with what goes in it.
    """
    if field == "tags":
        listing = f"listing the policy areas the page discusses: {TAGS_EXAMPLE}"
        return f"{in_backticks('tags: []')} to the front matter, {listing}"
    what = line_to_write("source", folder) if field == "source" else keys_path(field)
    return f"{what} to the front matter"


def misspelt_page_fields(meta: Mapping[str, Any], missing: list[str]) -> dict[str, str]:
    """Fields of a page that stand for a missing one (`titel` for `title`): one line each, not "`title` is missing".

    A page may have fields of its own (Material's `subtitle`, `hide`), so only a close likeness counts,
    as `schema_unexpected.misspelt_fields` reads an annotation's.
    """
    fields = (key for key in meta if isinstance(key, str) and key not in SOURCE_PAGE_FIELDS)
    return stand_ins(fields, missing, cutoff=0.8)


def source_page_folders(metas: Mapping[str, Mapping[str, Any]]) -> dict[str, str]:
    """Which pages are source pages, and their folders: `metas` maps `docs/<folder>/<page>.md` to front matter.

    A page is one when it names a `source`, or lives in the folder another page names as its
    source (so that a page which forgot its `source:` is checked, not passed over).
    """
    folders = {path: path.split("/")[1] for path in metas}
    sources = {meta["source"] for meta in metas.values() if isinstance(meta.get("source"), str)}
    return {path: folder for path, folder in folders.items() if "source" in metas[path] or folder in sources}


def check_source_pages(metas: Mapping[str, Mapping[str, Any]]) -> list[Problem]:
    """Every source page's fields, and no two pages of a source in one position (the build's and `make check`'s)."""
    folders = source_page_folders(metas)
    problems = [problem for path, folder in folders.items() for problem in check_source_page(path, metas[path], folder)]
    return problems + check_orders({path: metas[path] for path in folders})


def check_source_paragraphs(
    metas: Mapping[str, Mapping[str, Any]],
    inventories: Mapping[str, PageInventory],
    published: Callable[[str], tuple[list[str], list[str]]],
    *,
    lock_read: bool = True,
    only: Container[str] | None = None,
) -> list[Problem]:
    """Every source page's paragraph and heading ids, and every other page's heading ids (build and `make check`).

    `inventories` are by page below docs/; `published(page)`, the page's ids in the lock (those a
    redirect moved elsewhere apart: `anchor_redirects.published_ids`), is asked only of a page
    with a paragraph that lacks its id or shares one. The other pages (about/, the home page)
    have no numbered paragraphs, but their headings are cited as much as any. While the lock does not
    load (not `lock_read`), an id offered waits on it: it may be one published once. `only`: the pages of
    `metas` to check (the drafts `mkdocs serve` renders), the others read only to tell a source's pages.
    """
    problems = []
    sources = source_page_folders(metas)  # told from every page of `metas`, as once the drafts are published
    checked = {path for path in metas if only is None or path in only}
    for path, folder in sources.items():
        page = path.removeprefix("docs/")
        if path not in checked:
            continue
        if inventory := inventories.get(page):
            asked = inventory.unnumbered or inventory.duplicates or asks_published(inventory)  # read for hints only
            ids = published(page) if asked else ()
            landing = path == f"docs/{folder}/index.md"  # its Contents heading's id is `contents`
            problems += check_paragraph_ids(path, inventory, *ids, lock_read=lock_read)
            problems += check_heading_ids(path, inventory, *ids, lock_read=lock_read, landing=landing)
    for path in checked - sources.keys():
        if inventory := inventories.get(page := path.removeprefix("docs/")):
            ids = published(page) if asks_published(inventory) else ()
            problems += check_heading_ids(path, inventory, *ids, lock_read=lock_read)
    return problems


def check_orders(pages: Mapping[str, Mapping[str, Any]]) -> list[Problem]:
    """Two pages of one source must not claim the same position (`order`) in it.

    `pages` maps each source page's path (`docs/<source>/<page>.md`) to its front matter; pages
    whose `order` is missing or malformed are reported by `check_source_page`.
    """
    seen: dict[tuple[Any, int], str] = {}
    problems = []
    for path, meta in sorted(pages.items()):
        order = meta.get("order")
        if isinstance(order, bool) or not isinstance(order, int):
            continue
        key = (meta.get("source"), order)
        if key in seen:
            hint = "give each page of a source its own position"
            problems.append(Problem(path, "order", f"{order} is also the order of {seen[key]}", hint))
        else:
            seen[key] = path
    return problems
