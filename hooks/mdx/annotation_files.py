"""What the annotations extension reads from `root` when no adapter hands it the annotations.

Listed by dotted path (as Zensical runs it, without MkDocs' hooks), the extension reads the
annotations from `root` and logs each problem as `make check` words it (`load_from_root`), the
bodies' among them, as the build's adapter checks them (`check_all_bodies`): a link copied from the site
(`../challenges/#p2`), a local preview's, one written from the annotated page rather than from docs/,
one to no page of the site or of those the hooks generate (`glossary.md`, `hook_pages`), one with no
address, and markup the page would not show as written; a refused note's links beside its other
lines. The site's pages are docs_dir's as MkDocs keeps them, with root's `mkdocs.yml`'s `exclude_docs`
and `draft_docs` (`site_pages`), as make check reads them: a link to a draft is named as one (`site_drafts`).
Left to the site's build (and `make check`), which render every page before they check: whether the `#id`
a link names is on its page, the annotated page's own (`#p9`) too, as the pages render here one at a time.
Nor are other settings of `mkdocs.yml` read here: a page's full address on the published site (`site_url`)
is not named, and a link to a page `redirect_maps` moved is named with the page closest to it, not the one
it moved to. The anchor lock cannot stand in for the ids: it holds those published so far, not a paragraph added
since. Under MkDocs the adapter hands the annotations in and checks their bodies once every page has
rendered, ids and all: nothing is checked here then.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from hooks.core.anchor_lock import LOCK_FILE, load_lock
from hooks.core.annotation_checks import latest_today
from hooks.core.annotation_folder import ANNOTATIONS_DIR, load_annotations
from hooks.core.annotation_outputs import check_all_bodies
from hooks.core.annotations import Annotation
from hooks.core.config_file import CONFIG
from hooks.core.extension_options import docs_folder
from hooks.core.generated_pages import hook_pages
from hooks.core.policy_addresses import published_or_unknown
from hooks.core.policy_areas import PolicyArea, known_area_ids, load_policy_areas, titles_by_id
from hooks.core.problems import Problem
from hooks.mdx.project_files import files_stamp, load_once, site_drafts, site_pages


@dataclass(frozen=True)
class FromRoot:
    """What an extension listed by dotted path reads from `root`: the valid annotations, the areas' titles by id.

    And the pages such an engine builds (`site_pages`), None when docs_dir is no folder: a body's link
    to another page, one only the hooks generate too, would lead nowhere, and shows as words.
    """

    annotations: tuple[Annotation, ...]
    area_titles: Mapping[str, str]
    pages: frozenset[str] | None = None


def load_from_root(root: Path, docs_dir: str | Path, log: logging.Logger) -> FromRoot:
    """The valid annotations of `root`, read as `make check` reads them; each problem its line, as make check's.

    Without MkDocs no adapter reports an invalid file, which would otherwise just be missing from its
    page. Read once while the files stay as they are (`hooks/mdx/project_files.py`): an engine making a
    Markdown per page names each problem once. The pages of docs_dir, when it is a folder, name the page
    a `target.page` written as its address means; the day is the build's and make check's (`latest_today`),
    and the tags are checked against the areas theirs are (`known_tags`). The taxonomy read for that
    names the areas too, as the build does (`titles_by_id`): one that does not load names none, and a
    chip shows the id, as the build's. The bodies are checked against those pages (`linkable`); told its
    page with no docs_dir, a body's `.md` links are not, the rest of it is (`check_all_bodies`). The pages
    are those the site keeps (`site_pages`), `mkdocs.yml` read again once it changed. Each line is logged
    by `log`, the extension's.
    """
    docs = docs_folder(root, docs_dir)
    has_docs = docs.is_dir()
    today = latest_today()
    read = (root / ANNOTATIONS_DIR, root / LOCK_FILE, root / CONFIG, *([docs] if has_docs else []))
    read_from = (files_stamp(*read), today)
    key = (log.name, root.resolve(), docs.resolve())  # the extension's logger: its name

    def load() -> tuple[FromRoot, list[Problem]]:
        """Read the files, the pages listed only now: unchanged files are not read, nor docs_dir walked twice."""
        areas, area_problems = load_policy_areas(root)
        known, lock_problems = known_tags(root, areas, area_problems)
        pages = site_pages(root, docs) if has_docs else None
        drafts = site_drafts(root, docs) if has_docs else frozenset()  # a link to one is named a draft, as make check's
        annotations, problems = load_annotations(root, known, today, pages)
        links = linkable(pages, areas) if pages is not None else None
        bodies = check_all_bodies(root, annotations, problems, links, drafts=drafts)
        loaded = FromRoot(annotations, titles_by_id(areas), pages)
        return loaded, area_problems + lock_problems + problems + bodies

    return load_once(key, read_from, load, log)


def linkable(pages: Iterable[str], areas: Iterable[PolicyArea]) -> dict[str, None]:
    """The pages a body may link to, as `make check` knows them: docs/'s and those the hooks generate (`hook_pages`).

    Their ids are not known (None): the site's pages render one by one, here, with no moment when all have.
    """
    return dict.fromkeys([*hook_pages(areas), *pages])


def known_tags(
    root: Path, areas: tuple[PolicyArea, ...], area_problems: list[Problem]
) -> tuple[set[str] | None, list[Problem]]:
    """The policy-area ids a note's tags are checked against, as the build's and make check's; and the lock's lines.

    Without MkDocs no adapter reads the taxonomy (`areas`, loaded with `area_problems`) or the anchor lock
    (whose published areas a tag may still name, `known_area_ids`), so their own lines are said here: while
    one does not load, no tag is checked, and that line is the one to fix, not one more per tag of every note.
    """
    lock, lock_problems = load_lock(root / LOCK_FILE)
    return known_area_ids(areas, area_problems, published_or_unknown(lock, lock_problems)), lock_problems
