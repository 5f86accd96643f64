"""`make check`: validate annotations, the glossary and the taxonomy in about a second, without building the site.

Every page is rendered with Python-Markdown, the extensions of `mkdocs.yml` and the edition's
own per-page extensions (no theme, no generated pages), so the checks see the same paragraph
text and ids as the build and print the same messages (the same core functions produce them):
the annotations' quotes and links, every page's front matter, a source's bibliography, its
paragraph and heading ids, its Contents list and every paragraph's policy-area tags, whether a
published id is gone, the glossary's settings in mkdocs.yml (`extra.glossary`), its `site_name`, its plugins,
hooks and Markdown extensions (installed, the plugins' options as MkDocs checks them, there, loading: all named
before any page, as the build stops on one), and MkDocs' own warnings on the pages (a page `nav:` leaves out,
an entry naming no file, a README.md beside an index.md, a link to a file the site lacks or to an `#id` its
page lacks: `page_links.py`, `link_anchors.py`; and a link of a page's raw HTML, which MkDocs does not check, in the
build's own line, `raw_links.py`; the hooks' pages' ids are those the functions writing them give,
`hook_page_ids`, the lock's check too). What needs the whole site is left to the build: whether each alias occurs
in the texts.
What needs git is left here, and not to the build: whether the lock lost an id a commit recorded.

This module runs every check and reports; the pages are read and rendered in `pages.py`, the
checks are `page_checks.py`'s and `lock_checks.py`'s. `config_file.py` reads mkdocs.yml,
`config_values.py` what it names, `config_plugins.py` checks its settings' names (against MkDocs' schema),
plugins, hooks and extensions, and `site_files.py` picks docs/'s pages as the build does.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from hooks.cli.config_plugins import check_plugins_hooks_and_extensions
from hooks.cli.config_values import configured_file_moves, configured_glossary_problems, configured_site_url
from hooks.cli.lock_checks import (
    check_lock_history,
    check_paragraph_words,
    check_published,
    offer_uncommitted_ids,
    published_before,
    read_anchor_files,
    read_lock_history,
)
from hooks.cli.page_checks import (
    area_index,
    check_bibliographies,
    check_glossary,
    check_links,
    check_rendered_pages,
    check_tags,
)
from hooks.cli.pages import front_matters, read_pages, render_pages
from hooks.cli.site_files import (
    check_configured_nav,
    check_extra_files,
    conflict_problems,
    draft_pages,
    published_pages,
    site_files,
    unstopped_extra_files,
)
from hooks.core.anchor_lock import locked_by_page, page_key
from hooks.core.annotation_checks import latest_today
from hooks.core.annotation_folder import (
    load_annotations,
    refused_bodies,
    refused_note_pages,
    refused_tags,
    refused_targets,
)
from hooks.core.annotation_index import INDEX_PAGE
from hooks.core.annotation_outputs import anchored as standing
from hooks.core.annotation_outputs import check_refused_bodies
from hooks.core.annotation_refs import refs_from
from hooks.core.bodies import render_body
from hooks.core.body_links import check_body_links
from hooks.core.body_markup import check_body_markup
from hooks.core.config_file import DOCS, ConfigError
from hooks.core.generated_pages import hook_files, hook_page_ids, hook_pages, locked_docs_pages
from hooks.core.glossary_page import GLOSSARY_PAGE, glossary_page_ids
from hooks.core.heading_ids import refused_ids
from hooks.core.lone_ids import restated_targets
from hooks.core.lost_ids import lost_ids_named
from hooks.core.page_links import site_links
from hooks.core.page_names import page_name_problem
from hooks.core.paragraphs import PageInventory
from hooks.core.policy_addresses import OVERVIEW_PATH, published_or_unknown
from hooks.core.policy_areas import known_area_ids, load_policy_areas
from hooks.core.problems import Problem, format_problems
from hooks.core.quotes import check_targets
from hooks.core.source_page_checks import check_source_pages
from hooks.core.unrecorded import RECORD_HINT
from hooks.core.w3c import RenderedPage, build_collection
from hooks.core.yaml_comments import without_restated
from hooks.mdx.project_files import listed_option_problems


@dataclass(frozen=True)
class CheckRun:
    """What `check_edition` found: its problems, how many annotations and pages, and each page's ids known here."""

    problems: list[Problem]
    checked: tuple[int, int, int]  # annotations, pages, and the pages' links into the site (`site_links`)
    present: dict[str, set[str]]  # by lock key: the ids each page rendered here (or the hooks' known ones) has


def run_checks(root: Path, today: dt.date) -> tuple[list[Problem], tuple[int, int, int]]:
    """Every problem the build would report that can be found without it; and how many annotations, pages and links."""
    run = check_edition(root, today)
    return run.problems, run.checked


def check_edition(root: Path, today: dt.date) -> CheckRun:
    """`run_checks`, with the ids found on each page: a lost id's line offers none the page no longer has."""
    extensions = check_plugins_hooks_and_extensions(root)  # the build stops on one before any page: so do the checks
    areas, problems = load_policy_areas(root)
    problems += listed_option_problems(*extensions)  # an extension by dotted path: `root: /nope`
    anchors = read_anchor_files(root)  # a file that does not load is `check_published`'s or the words check's line
    published = published_or_unknown(anchors.lock, anchors.lock_problems)  # not known while the lock is unread
    known = known_area_ids(areas, problems, published)  # as the build's: one line, not one a tag
    all_pages = published_pages(root)
    drafts = draft_pages(root)  # the build leaves them out: a definition, a note or a link at one is named a draft
    problems += configured_glossary_problems(root)  # `extra.glossary`: how terms are linked, uses listed
    glossary, glossary_problems = check_glossary(root, anchors, all_pages, drafts, extensions)
    term_ids = glossary_page_ids(glossary)
    glossary_ids = None if glossary_problems else PageInventory(ids=term_ids)
    problems += glossary_problems
    problems += [problem for page in sorted(all_pages) if (problem := page_name_problem(page))]  # as the build's
    problems += conflict_problems(root)  # MkDocs' own warning: it keeps the folder's index.md
    annotations, annotation_problems = load_annotations(root, known, today, all_pages)
    problems += annotation_problems
    texts, unreadable, read_problems = read_pages(root, all_pages)
    problems += read_problems
    metas, corrections = front_matters(texts)
    readable = {f"{DOCS}/{page}": meta for page, meta in metas.items() if page not in unreadable}
    problems += corrections + check_source_pages(readable)  # an unreadable page's own line is the one to fix
    found = render_pages(extensions, annotations, all_pages, texts, all_pages | set(hook_pages(areas)), root=root)
    problems += check_bibliographies(root, metas, found, unreadable, texts, anchors)
    targeted = {annotation.page for annotation in annotations} & all_pages
    bodies = {annotation.id: render_body(annotation.body) for annotation in annotations}
    inventories = found.inventories
    problems += check_rendered_pages(root, readable, found, anchors)
    lock = anchors.lock
    lock_read = not anchors.lock_problems
    tagged = refused_tags(root, annotation_problems, annotations)  # as the build: a refused note uses its areas
    entries = area_index(areas, metas, found, refs_from(annotations), tagged)  # what uses each area: the build's index
    problems += check_tags(areas, metas, found, entries, lock, unreadable, lock_read)  # the build's rule
    pages: dict[str, PageInventory | None] = {page: inventories.get(page) for page in all_pages}
    locked, moves = locked_by_page(lock, all_pages), configured_file_moves(root)
    refused_at = refused_targets(root, annotation_problems, annotations)  # as the build: beside their fields' lines
    gone = locked_docs_pages(lock, site_files(root)[0])  # published, gone from docs/: a line at it asks for its move
    target_problems = check_targets(annotations, pages, found.highlighted, locked, moves, drafts, refused_at, gone)
    problems += target_problems
    folded = restated_targets(problems, (*annotations, *refused_at), pages)  # the page's line says them: not shown
    anchored = standing(annotations, target_problems)  # listed by /annotations/ and the area pages, exported
    generated, hooks_ids = hook_pages(areas), hook_page_ids(anchored, areas, entries)  # ids as the hooks write them
    problems += check_configured_nav(root, set(generated))  # MkDocs' own
    made = {page: PageInventory(ids=ids) for page, ids in hooks_ids.items()}
    linkable = {**dict.fromkeys(generated), **made, **pages}  # a file of docs/ at a hook's page's path is the page
    linkable[GLOSSARY_PAGE] = glossary_ids  # the glossary's: its heading and its terms, known while it reads well
    site_url, site_problems = configured_site_url(root)  # SITE_URL's, as the build's: a body may link its pages so
    problems += site_problems  # one the build refuses: its line, not an OK that checked against nothing
    problems += check_extra_files(root, hook_files(areas))  # a stylesheet or script the site lacks
    problems += [
        p for a in annotations for p in check_body_links(a, bodies[a.id], linkable, site_url, moves, drafts, gone)
    ]
    refused = refused_bodies(root, annotation_problems, annotations)  # as the build: beside their notes' lines
    problems += check_refused_bodies(refused, linkable, site_url, moves, drafts, gone)
    problems += [problem for a in annotations for problem in check_body_markup(a)]
    rendered = {page: RenderedPage(page, inventories[page].texts()) for page in targeted if page in inventories}
    _, export_problems = build_collection(anchored, "", rendered, {a.id: "" for a in anchored})
    problems += export_problems  # so far, what the build reports before it compares the ids with the lock
    readable_inventories = {p: i for p, i in inventories.items() if p not in unreadable}
    # a blank page has no inventory (Python-Markdown skips the extensions), yet it is built: no ids, not gone
    published: dict[str, Iterable[str]] = {page: found.ids if found else () for page, found in pages.items()}
    published[GLOSSARY_PAGE] = term_ids
    published[INDEX_PAGE] = hooks_ids[INDEX_PAGE]  # a target on a page the site lacks is broken, not anchored
    if not unreadable:  # the overview's are the taxonomy's, an area page's the areas' index's (`area_page_ids`)
        published |= {page: ids for page, ids in hooks_ids.items() if page not in published}
    elif OVERVIEW_PATH not in published:  # the taxonomy's still; the area pages' wait on the page misread (its tags)
        published[OVERVIEW_PATH] = hooks_ids[OVERVIEW_PATH]
    unknown = [page for page in generated if page not in published] + sorted(unreadable)  # the lock's: the build's
    area_ids = {page: ids for page, ids in hooks_ids.items() if page in unknown}  # known to a link: `hook_page_ids`
    linked = [page for page in unknown if page not in area_ids]
    present = link_targets({**published, **area_ids}, found.anchors, linked, glossary_ids is None)
    links = check_links(root, found, areas, present, anchors.redirects, gone)  # MkDocs' too: held back `make anchors`
    raw = {page: [link.url for link in links] for page, links in found.raw_links.items()}  # checked as the Markdown's
    link_count = sum(len(site_links([*urls, *raw.get(page, ())])) for page, urls in found.links.items())
    checked = len(annotations), len(all_pages), link_count
    notes = refused_note_pages(root, problems, all_pages)  # a refused note's id waits on its page, if its file says
    page_moves = {page_key(old): page_key(new) for old, new in moves.items()}
    named = lost_ids_named(problems, lock, anchors.redirects, unreadable, note_pages=notes, moves=page_moves)
    refused = {page_key(p): refused_ids(f"{DOCS}/{p}", i, problems) for p, i in readable_inventories.items()}
    lock_lines = check_published(
        root, anchors, published, unknown, bool(problems), named, refused, build_fails=bool(links)
    )
    problems += links  # after: the build lists the lost ids one by one beside MkDocs' warnings
    blocked = bool(problems) or any(line.hint != RECORD_HINT for line in lock_lines)  # a line make anchors leaves
    words = check_paragraph_words(root, readable_inventories, anchors, blocked)
    present = {page_key(page): set(ids) for page, ids in published.items() if page not in unknown}
    return CheckRun([line for line in problems + words + lock_lines if line not in folded], checked, present)


def link_targets(
    published: Mapping[str, Iterable[str]],
    rendered: Mapping[str, set[str]],
    unknown: Iterable[str],
    glossary_unread: bool,
) -> dict[str, set[str] | None]:
    """The ids a link's `#id` is checked against, by page: MkDocs' own on the pages rendered here, the hooks' pages'.

    None where the build alone knows them: a page MkDocs reads otherwise, and the glossary while its file has a
    problem (the page the build makes of it then is not known here).
    """
    present: dict[str, set[str] | None] = {page: set(ids) for page, ids in published.items()}
    present |= {page: ids for page, ids in rendered.items() if page in present}
    present |= dict.fromkeys(unknown)
    if glossary_unread:
        present[GLOSSARY_PAGE] = None
    return present


def main(argv: list[str] | None = None) -> int:
    """Print every problem, one line each; exit 1 if there is any."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the project folder (default: here)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        run = check_edition(args.root.resolve(), latest_today())
        problems, (annotations, pages, links) = run.problems, run.checked
        lock_history = read_lock_history(args.root.resolve())
        history, notes = check_lock_history(args.root.resolve(), lock_history, run.present)
    except ConfigError as error:  # the build stops on it before reading a page: so do the checks
        root = args.root.resolve()  # but the extra files, which the build names past mkdocs.yml's own lines
        problems = error.problems + unstopped_extra_files(root, hook_files(load_policy_areas(root)[0]))
        print(format_problems(problems))
        print(f"{len({str(p) for p in problems})} problem(s) found.", file=sys.stderr)
        return 1
    problems = without_restated(published_before(problems, history) + history)  # a comment's line says it
    problems = offer_uncommitted_ids(args.root.resolve(), problems, lock_history)  # what no commit holds
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    if problems:
        print(format_problems(problems))
        print(f"{len({str(p) for p in problems})} problem(s) found.", file=sys.stderr)
        return 1
    elapsed = time.perf_counter() - started
    what = "the glossary, the policy-area taxonomy, the bibliographies, the anchor lock and the nav are valid"
    print(f"OK: {annotations} annotations, {pages} pages, {links} links, {what} ({elapsed:.1f} s).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
