"""`make check`: validate annotations, the glossary and the taxonomy in about a second, without building the site.

Every page is rendered with Python-Markdown, the extensions of `mkdocs.yml` and the edition's
own per-page extensions (no theme, no generated pages), so the checks see the same paragraph
text and ids as the build and print the same messages (the same core functions produce them):
the annotations' quotes and links, every page's front matter, a source's bibliography, its
paragraph and heading ids and every paragraph's policy-area tags. What needs the whole site is
left to the build: whether each alias occurs in the texts, and whether a published id is gone.
What needs git is left here, and not to the build: whether the lock lost an id a commit recorded.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import markdown
import yaml
from markdown.extensions import Extension

from hooks.core.anchor_lock import (
    LOCK_FILE,
    format_unrecorded,
    load_lock,
    locked_by_page,
    page_key,
    unrecorded_annotations,
)
from hooks.core.anchor_redirects import REDIRECTS_FILE, load_redirects, published_ids
from hooks.core.annotation_index import INDEX_PAGE
from hooks.core.annotation_refs import refs_from
from hooks.core.annotations import Annotation, latest_today, load_annotations
from hooks.core.bibliography import bibliography_schema, check_bibliography, check_unknown
from hooks.core.bodies import render_body
from hooks.core.body_links import check_body_links
from hooks.core.body_markup import check_body_markup
from hooks.core.front_matter import (
    check_source_pages,
    check_source_paragraphs,
    corrected_front_matter,
    decode_page,
    split_page,
    tags_problem,
    unreadable_page,
)
from hooks.core.glossary import Glossary, load_glossary
from hooks.core.glossary_page import GLOSSARY_PAGE, glossary_page_ids
from hooks.core.lock_history import lost_ids, page_moves, parse_versions
from hooks.core.paragraph_words import WORDS_FILE, check_words, format_unrecorded_words, load_words
from hooks.core.paragraphs import PageInventory
from hooks.core.policy_areas import load_policy_areas
from hooks.core.policy_index import (
    TaggedPage,
    TaggedParagraph,
    check_page_tags,
    check_paragraph_tags,
    check_stray_tags,
    check_unused,
    index_areas,
    tagged_page,
)
from hooks.core.policy_pages import OVERVIEW_PATH, area_path, published_areas
from hooks.core.problems import Problem, format_problems
from hooks.core.quotes import check_targets
from hooks.core.w3c import RenderedPage, build_collection
from hooks.git_history import committed_versions
from hooks.mdx.annotations import AnnotationsExtension
from hooks.mdx.cite_block import CITE_ID
from hooks.mdx.paragraphs import ParagraphsExtension
from hooks.mdx.passages import resolve_glossary
from hooks.mdx.policy_tags import PolicyTagsExtension
from hooks.mdx.source_footnotes import SourceFootnotesExtension

DOCS = "docs"
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
            return page_moves(options.get("redirect_maps") or {})
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


def edition_extensions(annotations: tuple[Annotation, ...], page: str, sinks: dict[str, Callable]) -> list[Extension]:
    """The extensions the adapters append in `on_config` that `make check` needs, in the same order."""
    return [
        SourceFootnotesExtension(),
        ParagraphsExtension(sink=sinks["inventory"]),
        PolicyTagsExtension(sink=sinks["strays"]),
        AnnotationsExtension(annotations=annotations, page=page, sink=sinks["highlighted"]),
    ]


@dataclass
class Rendered:
    """What rendering the pages found: each page's inventory and misplaced tags, each annotation's highlights."""

    inventories: dict[str, PageInventory] = field(default_factory=dict)
    strays: dict[str, list[str]] = field(default_factory=dict)
    highlighted: dict[str, int] = field(default_factory=dict)


def render_pages(
    root: Path, annotations: tuple[Annotation, ...], pages: set[str], texts: Mapping[str, str]
) -> Rendered:
    """Render the pages (`texts`: as `read_pages` read them) with the build's extensions."""
    names, configs = configured_extensions(root)
    found = Rendered()
    for page in sorted(pages):
        sinks = {
            "inventory": lambda inventory, page=page: found.inventories.__setitem__(page, inventory),
            "strays": lambda places, page=page: found.strays.setdefault(page, []).extend(places),
            "highlighted": found.highlighted.__setitem__,
        }
        extensions = [*names, *edition_extensions(annotations, page, sinks)]
        md = markdown.Markdown(extensions=extensions, extension_configs=configs)
        md.convert(markdown_of(texts[page]))
    return found


def markdown_of(text: str) -> str:
    """A page's Markdown as the build renders it: without its front matter, a source page with its Cite heading."""
    body, meta = split_page(text)
    return body.rstrip() + f"\n\n## Cite this page {{ #{CITE_ID} }}\n" if "source" in meta else body


def run_checks(root: Path, today: dt.date) -> tuple[list[Problem], int]:
    """Every problem the build would report about annotations and the taxonomy; and the annotation count."""
    areas, problems = load_policy_areas(root)
    glossary, glossary_problems = check_glossary(root)
    glossary_ids = None if glossary_problems else PageInventory(ids=glossary_page_ids(glossary))
    problems += glossary_problems
    known = {area.id for area in areas} if areas else None  # no taxonomy: its own line, not one per tag
    annotations, annotation_problems = load_annotations(root, known, today)
    problems += annotation_problems
    all_pages = {path.relative_to(root / DOCS).as_posix() for path in (root / DOCS).rglob("*.md")}
    texts, unreadable, read_problems = read_pages(root, all_pages)
    problems += read_problems
    metas, corrections = front_matters(texts)
    readable = {f"{DOCS}/{page}": meta for page, meta in metas.items() if page not in unreadable}
    problems += corrections + check_source_pages(readable)  # an unreadable page's own line is the one to fix
    if areas:  # a taxonomy that does not load is one line, not one per tag (as in the build)
        problems += check_pages_tags(metas, {area.id for area in areas})
    problems += check_bibliographies(root, metas)
    targeted = {annotation.page for annotation in annotations} & all_pages
    bodies = {annotation.id: render_body(annotation.body) for annotation in annotations}
    found = render_pages(root, annotations, all_pages, texts)
    inventories = found.inventories
    problems += check_rendered_pages(root, readable, found, known)
    lock, _ = load_lock(root / LOCK_FILE)  # a lock that does not load is `check_recorded`'s line
    if areas:
        entries = index_areas(areas, *tagged(metas, inventories), refs_from(annotations))
        problems += check_unused(entries, published_areas(lock))
    pages: dict[str, PageInventory | None] = {page: inventories.get(page) for page in all_pages}
    target_problems = check_targets(annotations, pages, found.highlighted, locked_by_page(lock, all_pages))
    problems += target_problems
    generated = [GLOSSARY_PAGE, INDEX_PAGE, OVERVIEW_PATH, *(area_path(area.id) for area in areas)]
    linkable = {**dict.fromkeys(generated), **pages}  # the hooks build those pages; their ids are the build's to check
    linkable[GLOSSARY_PAGE] = glossary_ids  # but the glossary's are known: its heading and its terms
    problems += [problem for a in annotations for problem in check_body_links(a, bodies[a.id], linkable)]
    problems += [problem for a in annotations for problem in check_body_markup(a)]
    broken = {problem.path for problem in target_problems}
    anchored = tuple(annotation for annotation in annotations if annotation.path not in broken)
    # A block stands beside its paragraph even while its quote is not found there: its id is published.
    unplaced = {problem.path for problem in target_problems if problem.field in ("target.page", "target.paragraph")}
    placed = tuple(annotation for annotation in annotations if annotation.path not in unplaced)
    rendered = {
        page: RenderedPage(page, inventories[page].texts())
        for page in targeted
        if page in inventories
    }
    _, export_problems = build_collection(anchored, "", rendered, {a.id: "" for a in anchored})
    problems += check_paragraph_words(root, {p: i for p, i in inventories.items() if p not in unreadable}, lock)
    return problems + export_problems + check_recorded(root, placed, glossary), len(annotations)


def check_paragraph_words(
    root: Path, inventories: Mapping[str, PageInventory], lock: Mapping[str, list[str]]
) -> list[Problem]:
    """Each recorded paragraph's opening and closing words must still be its own, as the build checks them."""
    words, problems = load_words(root / WORDS_FILE)
    if problems:
        return problems
    texts = {
        page_key(page): {p.id: p.reading_text for p in inventory.paragraphs}
        for page, inventory in inventories.items()
        if inventory.paragraphs
    }
    sources = {page_key(page): page for page in inventories}
    changed, unrecorded = check_words(words, texts, configured_moves(root), sources, lock)
    return changed + format_unrecorded_words(unrecorded)


def tagged(
    metas: Mapping[str, Mapping[str, Any]], inventories: Mapping[str, PageInventory]
) -> tuple[list[TaggedPage], list[TaggedParagraph]]:
    """The pages and paragraphs the taxonomy's areas are used on, as the build indexes them."""
    pages = [tagged_page(path, meta) for path, meta in metas.items()]
    paragraphs = [
        TaggedParagraph(page, paragraph)
        for page in pages
        for paragraph in (inventories[page.path].paragraphs if page.path in inventories else ())
        if paragraph.tags
    ]
    return pages, paragraphs


def check_rendered_pages(
    root: Path, readable: Mapping[str, Mapping[str, Any]], found: Rendered, known: set[str] | None
) -> list[Problem]:
    """Each source page's paragraph and heading ids, and every page's paragraph tags, as the build checks them."""
    lock, _ = load_lock(root / LOCK_FILE)  # a lock or redirects file that does not load is `check_recorded`'s line
    redirects, _ = load_redirects(root / REDIRECTS_FILE)
    def published(page: str) -> list[str]:
        return published_ids(lock, redirects, page_key(page))

    problems = check_source_paragraphs(readable, found.inventories, published)
    if known is not None:  # a taxonomy that does not load is one line, not one per tag (as in the build)
        for page, inventory in found.inventories.items():
            problems += check_paragraph_tags(f"{DOCS}/{page}", inventory.paragraphs, known)
            problems += check_stray_tags(f"{DOCS}/{page}", found.strays.get(page, ()))
    return problems


def check_recorded(root: Path, annotations: tuple[Annotation, ...], glossary: Glossary) -> list[Problem]:
    """Annotation and term ids must be in the lock before CI's strict build passes: say so now, in the build's words.

    The lock and the redirects file are read as the build reads them, so a broken one is its line here too.
    """
    lock, problems = load_lock(root / LOCK_FILE)
    redirect_problems = load_redirects(root / REDIRECTS_FILE)[1]
    if problems:
        return problems + redirect_problems
    in_page_order = sorted(annotations, key=lambda a: a.place_key)  # as the blocks stand
    unrecorded = unrecorded_annotations(lock, {a.id: a.page for a in in_page_order})
    key = page_key(GLOSSARY_PAGE)
    if new_terms := [term.id for term in glossary.terms if term.id not in lock.get(key, ())]:
        unrecorded[key] = new_terms
    return redirect_problems + format_unrecorded(unrecorded)


def check_lock_history(root: Path) -> tuple[list[Problem], list[str]]:
    """Every id a committed version of the lock holds must still be in it (the lock only grows); and notes.

    The notes say what was not compared: no git checkout, a shallow clone, a version that does not
    parse (committed with its conflict markers). A lock that does not load is `check_recorded`'s line.
    """
    lock, problems = load_lock(root / LOCK_FILE)
    texts, notes = committed_versions(root, LOCK_FILE)
    if problems or not texts:
        return [], notes
    versions, skipped = parse_versions(texts)
    pages = {page_key(path.relative_to(root / DOCS).as_posix()) for path in (root / DOCS).rglob("*.md")}
    return lost_ids(lock, versions, configured_moves(root), pages), notes + skipped


def read_pages(root: Path, pages: set[str]) -> tuple[dict[str, str], set[str], list[Problem]]:
    """Every page's text, read once as the build reads it: one that is not UTF-8 is read anyway, and named.

    So are, as in the build, a merge conflict left in a page and front matter MkDocs would misread:
    those pages (the set returned) are left out of the checks of their fields, whose lines would be noise.
    """
    texts, unreadable, problems = {}, set(), []
    for page in sorted(pages):
        texts[page], problem = decode_page((root / DOCS / page).read_bytes(), f"{DOCS}/{page}")
        if (misread := unreadable_page(f"{DOCS}/{page}", texts[page])) or problem:  # misdecoded is misread too
            unreadable.add(page)
        problems += [found for found in (problem, misread) if found]
    return texts, unreadable, problems


def front_matters(texts: Mapping[str, str]) -> tuple[dict[str, dict[str, Any]], list[Problem]]:
    """Each page's front matter, read once for every check and corrected as the build corrects it."""
    metas, problems = {}, []
    for page, text in sorted(texts.items()):
        metas[page], found = corrected_front_matter(f"{DOCS}/{page}", split_page(text)[1], page.partition("/")[0])
        problems += found
    return metas, problems


def check_pages_tags(metas: Mapping[str, Mapping[str, Any]], known: set[str]) -> list[Problem]:
    """Every page's front-matter `tags`: known area ids, each once."""
    problems = []
    for page, meta in metas.items():
        if wrong := tags_problem(f"{DOCS}/{page}", meta):
            problems.append(wrong)
        elif "tags" in meta:
            problems += check_page_tags(f"{DOCS}/{page}", meta["tags"], known)
    return problems


def check_bibliographies(root: Path, metas: Mapping[str, Mapping[str, Any]]) -> list[Problem]:
    """Each source's bibliography (its landing page's `bibliography:` and `unknown:`), as the build reads it."""
    schema, problems = bibliography_schema(root), []
    for page, meta in metas.items():
        folder, _, name = page.partition("/")
        if folder and name == "index.md" and "bibliography" in meta:
            problems += check_bibliography(f"{DOCS}/{page}", meta["bibliography"], schema)
            problems += check_unknown(f"{DOCS}/{page}", meta.get("unknown", []))
    return problems


def check_glossary(root: Path) -> tuple[Glossary, list[Problem]]:
    """The glossary's own checks and its anchors, read from the defining pages as the build reads them."""
    glossary, problems = load_glossary(root)
    names, configs = configured_extensions(root)
    extensions = [name for name in names if isinstance(name, str)]
    _, more = resolve_glossary(glossary, root / DOCS, extensions, configs)
    return glossary, problems + more


def main(argv: list[str] | None = None) -> int:
    """Print every problem, one line each; exit 1 if there is any."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the project folder (default: here)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    problems, count = run_checks(args.root.resolve(), latest_today())
    history, notes = check_lock_history(args.root.resolve())
    problems += history
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    if problems:
        print(format_problems(problems))
        print(f"{len({str(p) for p in problems})} problem(s) found.", file=sys.stderr)
        return 1
    elapsed = time.perf_counter() - started
    what = "the glossary, the policy-area taxonomy and the pages' front matter are valid"
    print(f"OK: {count} annotations, {what} ({elapsed:.1f} s).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
