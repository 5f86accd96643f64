"""The anchor guarantee: every id ever published stays reachable, or says where it went.

`anchors.lock.json` maps each page URL (`/migration-and-transnationalism/opportunities/`) to the
ids published on it. `anchors.redirects.yml` maps `old-page-url#old-id` to `new-page-url#new-id`.
Page moves come from mkdocs-redirects' `redirect_maps`, translated into URLs by the caller.
"""

from __future__ import annotations

import json
import re
from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from hooks.core.annotation_index import INDEX_PAGE, page_anchor
from hooks.core.annotations import MOTIVATION_LABELS, Annotation
from hooks.core.conflicts import merge_conflict
from hooks.core.datafiles import load_yaml
from hooks.core.links import page_hint
from hooks.core.paragraphs import PageInventory, normalise_space
from hooks.core.problems import Problem
from hooks.core.text import paragraph_label, quoted

LOCK_FILE = "anchors.lock.json"
REDIRECTS_FILE = "anchors.redirects.yml"
RECORD_ENV = "EDITION_ANCHORS"
Anchors = dict[str, list[str]]


@dataclass(frozen=True)
class AnchorCheck:
    """The outcome of comparing the built ids with the lock."""

    problems: tuple[Problem, ...]
    unrecorded: dict[str, list[str]]


# Two merged pull requests that each recorded ids: `make anchors` reads both sides from git and keeps every id of both.
# Taking one side would lose the other's ids that no page builds any more (retired with a redirect).
LOCK_CONFLICT = "run 'make anchors', which merges both sides"
RESTORE = "restore it from git, then run 'make anchors'"


class DuplicateKeyError(ValueError):
    """A page the lock names twice: JSON keeps the last list, and the first list's ids would be forgotten."""


def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose keys are all different (`json.loads`' `object_pairs_hook`)."""
    data: dict[str, Any] = {}
    for key, value in pairs:
        if key in data:
            raise DuplicateKeyError(key)
        data[key] = value
    return data


def load_lock(path: Path) -> tuple[Anchors, list[Problem]]:
    """Read the lock; a missing lock is an empty one (the first `make anchors` writes it).

    A lock that cannot be read whole (broken JSON, a merge conflict, a page written twice) is
    returned empty with its problem: the callers then record nothing, so no published id is forgotten.
    """
    if not path.exists():
        return {}, []
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        return {}, [Problem(LOCK_FILE, "", f"is not valid JSON ({error})", RESTORE)]
    return parse_lock(text)


def parse_lock(text: str, display: str = LOCK_FILE) -> tuple[Anchors, list[Problem]]:
    """A lock's text as a mapping, or empty with its one problem: the file, or a version of it git holds (`display`)."""
    if conflict := merge_conflict(display, text, LOCK_CONFLICT):
        return {}, [conflict]
    try:
        data = json.loads(text, object_pairs_hook=unique_keys)
    except json.JSONDecodeError as error:
        return {}, [Problem(display, "", f"is not valid JSON ({error})", RESTORE)]
    except DuplicateKeyError as error:
        hint = "merge the two lists under one key, keeping every id of both"
        return {}, [Problem(display, str(error), "is written twice, and JSON would keep only the last list", hint)]
    if not isinstance(data, dict) or not all(
        isinstance(ids, list) and all(isinstance(i, str) for i in ids) for ids in data.values()
    ):
        return {}, [Problem(display, "", "must map page URLs to lists of ids", "restore it from git")]
    return data, []


def page_key(src_path: str) -> str:
    """A page's key in the lock from its file in docs/, as MkDocs' directory URLs make it.

    `migration-and-transnationalism/opportunities.md` → `/migration-and-transnationalism/opportunities/`,
    `<source>/index.md` → `/<source>/`: for the checks that run without MkDocs (`make check`).
    """
    stem = src_path.removesuffix(".md")
    folder = stem.removesuffix("index") if stem == "index" or stem.endswith("/index") else f"{stem}/"
    return f"/{folder}"


def locked_by_page(lock: Mapping[str, list[str]], pages: Iterable[str]) -> dict[str, list[str]]:
    """Each page's ids in the lock, by its file in docs/, as the annotations name their pages."""
    return {page: lock.get(page_key(page), []) for page in pages}


def unrecorded_annotations(lock: Mapping[str, list[str]], annotations: Mapping[str, str]) -> dict[str, list[str]]:
    """The annotation ids (id → page file) the lock does not hold yet, by page key, as the build finds them."""
    missing: dict[str, list[str]] = {}
    for annotation_id, page in annotations.items():
        key = page_key(page)
        if annotation_id not in lock.get(key, ()):
            missing.setdefault(key, []).append(annotation_id)
    return missing


def split_anchor(anchor: str) -> tuple[str, str] | None:
    """`/page/#id` as (`/page/`, `id`); None when it is not of that form."""
    page, hash_sign, anchor_id = anchor.partition("#")
    if not hash_sign or not anchor_id or not page.startswith("/"):
        return None
    return page, anchor_id


def load_redirects(path: Path) -> tuple[dict[str, str], list[Problem]]:
    """Read the declared moves of in-page ids; an absent file, or one of comments alone, declares none."""
    if not path.exists():
        return {}, []
    data, problems = load_yaml(path, REDIRECTS_FILE)
    if problems:
        text = path.read_text(encoding="utf-8", errors="replace")
        return {}, [beside_empty_mapping(problem, text) for problem in problems]
    if data is None:  # comments only: no redirects yet
        return {}, []
    if not isinstance(data, dict):
        return {}, [Problem(REDIRECTS_FILE, "", "must map 'old-page#id' to 'new-page#id'", "see docs/about/citing.md")]
    hint = "write it as '/page-url/#id', e.g. '/migration-and-transnationalism/opportunities/#p3'"
    redirects = {}
    for old, new in data.items():
        for value in (old, new):
            if not isinstance(value, str) or split_anchor(value) is None:
                problems.append(Problem(REDIRECTS_FILE, str(old), f"{value!r} is not a page URL with an id", hint))
                break
        else:
            redirects[old] = new
    return redirects, problems


def beside_empty_mapping(problem: Problem, text: str) -> Problem:
    """A YAML error in a file that still holds `{}` beside entries: the `{}` is the mistake, so name it.

    An older `anchors.redirects.yml` ended with `{}` (no redirects); an entry added below it, as its
    comment says, makes two YAML documents run together, which PyYAML reports as a missing document start.
    """
    lines = [line.split(" #")[0].strip() for line in text.splitlines()]
    entries = [line for line in lines if line and not line.startswith("#") and line != "{}"]
    if not problem.message.startswith("invalid YAML") or "{}" not in lines or not entries:
        return problem
    hint = f"remove the '{{}}' on line {lines.index('{}') + 1}: a file of comments alone declares no redirects"
    return replace(problem, hint=hint)


def resolve_page(page: str, built: Container[str], moves: Mapping[str, str]) -> str:
    """Where a page lives now: itself, or where mkdocs-redirects sends it (`built`: the pages there are)."""
    seen = {page}
    while page not in built and page in moves and moves[page] not in seen:
        page = moves[page]
        seen.add(page)
    return page


def check_anchors(
    lock: Mapping[str, list[str]],
    built: Mapping[str, list[str]],
    redirects: Mapping[str, str],
    moves: Mapping[str, str],
    sources: Mapping[str, str] | None = None,
    words: Mapping[str, Mapping[str, str]] | None = None,
) -> AnchorCheck:
    """Every locked id must still exist (on its page or where its page moved) or be redirected.

    `sources` names the file in docs/ of each page URL (built, or moved as `redirect_maps` writes
    it), for the lines; `words` are the paragraphs' recorded words (`anchors.words.json`).
    """
    built_sets = {page: set(ids) for page, ids in built.items()}
    problems = []
    for page, ids in lock.items():
        target = resolve_page(page, built, moves)
        for anchor_id in ids:
            if anchor_id in built_sets.get(target, ()) or f"{page}#{anchor_id}" in redirects:
                continue
            where = "page is gone" if target not in built else f"no element has id '{anchor_id}'"
            hint = f"restore it, or declare its new place in {REDIRECTS_FILE}: '{page}#{anchor_id}: /new-page/#new-id'"
            if target not in built:  # a renamed page: its move, in one line, keeps its address and all its ids
                hint = (
                    f"restore the page, or declare its move in mkdocs.yml under 'redirects: redirect_maps:': "
                    f"'{page_source(page)}: <its new file>.md'"
                )
            problems.append(Problem(LOCK_FILE, f"{page}#{anchor_id}", f"published id is gone ({where})", hint))
    problems += check_redirects(redirects, built_sets, moves, built)
    problems += check_pages_left(redirects, built, moves, sources or {}, lock)
    problems += check_page_moves(built, moves, sources or {}, words or {})
    locked = {page: set(ids) for page, ids in lock.items()}
    unrecorded = {
        page: [i for i in ids if i not in locked.get(page, set())] for page, ids in built.items()
    }
    return AnchorCheck(tuple(problems), {page: ids for page, ids in unrecorded.items() if ids})


def follow_moves(maps: Mapping[str, str]) -> tuple[dict[str, str], list[Problem]]:
    """`redirect_maps` with each chain followed to its end, and one line per move that points at a moved page.

    mkdocs-redirects does not follow `a.md: b.md, b.md: c.md`: its stub for `a` would lead to the
    stub for `b`, and it names only `b.md` as a target that does not exist. Followed here, the ids
    of `a` are checked on `c`, and the line says which target to write instead.
    """
    followed, problems = {}, []
    for old, new in maps.items():
        seen, end = [old], new
        while end in maps and end not in seen:
            seen.append(end)
            end = maps[end]
        if end in seen:  # a circle: no page at its end
            message = f"moves in a circle ({' → '.join([*seen, end])})"
            problems.append(Problem("mkdocs.yml", f"redirect_maps: {old}", message, "remove a move"))
            followed[old] = new
            continue
        followed[old] = end
        if end != new:
            hint = f"write '{old}: {end}': mkdocs-redirects does not follow one move to the next"
            problems.append(Problem("mkdocs.yml", f"redirect_maps: {old}", f"points at {new}, which moved on", hint))
    return followed, problems


def check_page_moves(
    built: Mapping[str, list[str]],
    moves: Mapping[str, str],
    sources: Mapping[str, str],
    words: Mapping[str, Mapping[str, str]],
) -> list[Problem]:
    """A page move must neither hide a page nor pour one page's ids into another's.

    A move from a page that is still built would put mkdocs-redirects' stub in the page's place.
    A move onto a page published with paragraphs of its own (a merge) would satisfy the moved page's
    `p1` with the other page's `p1`: told apart by their recorded words, which differ. A renamed
    page, once recorded under its new address, has the words of the old one.
    """
    problems = []
    for old, new in moves.items():
        field = f"redirect_maps: {sources.get(old, page_source(old))}"
        target = sources.get(new, page_source(new))
        if old in built:
            hint = f"remove the move from mkdocs.yml, or the page {sources.get(old, page_source(old))}"
            message = "the page is still built: the move's stub would replace it"
            problems.append(Problem("mkdocs.yml", field, message, hint))
            continue
        mine, theirs = words.get(old, {}), words.get(new, {})
        shared = natural_order(pid for pid in mine if pid in theirs and mine[pid] != theirs[pid])
        if shared:
            ids = ", ".join(shared[:5]) + (", …" if len(shared) > 5 else "")
            message = (
                f"moves the page onto {target}, published with its own {ids}:"
                f" links to {old}#{shared[0]} would land on that page's {shared[0]}"
            )
            hint = f"keep {sources.get(old, page_source(old))} as its own page, or move it to a new file"
            problems.append(Problem("mkdocs.yml", field, message, hint))
    return problems


def check_redirects(
    redirects: Mapping[str, str],
    built_sets: Mapping[str, set[str]],
    moves: Mapping[str, str],
    built: Mapping[str, list[str]],
) -> list[Problem]:
    """A redirect must point at an id that exists, and only from an id that no longer does."""
    problems = []
    for old, new in redirects.items():
        old_page, old_id = split_anchor(old) or ("", "")
        new_page, new_id = split_anchor(new) or ("", "")
        if new_id not in built_sets.get(resolve_page(new_page, built, moves), ()):
            hint = "point it at an existing '/page-url/#id'; the built site's /anchors.json lists them"
            problems.append(Problem(REDIRECTS_FILE, old, f"points to '{new}', which does not exist", hint))
        elif old_id in built_sets.get(old_page, ()):
            hint = "remove the redirect, or the id it moves away from"
            message = "the id still exists, so the redirect would never be used"
            problems.append(Problem(REDIRECTS_FILE, old, message, hint))
    return problems


def published_ids(lock: Mapping[str, list[str]], redirects: Mapping[str, str], key: str) -> list[str]:
    """A page's ids in the lock that no redirect moved elsewhere: those a paragraph without its id may have had."""
    return [pid for pid in lock.get(key, ()) if f"{key}#{pid}" not in redirects]


def check_pages_left(
    redirects: Mapping[str, str],
    built: Mapping[str, list[str]],
    moves: Mapping[str, str],
    sources: Mapping[str, str],
    lock: Mapping[str, list[str]],
) -> list[Problem]:
    """A page whose ids are redirected must still answer at its address: one line per page that does not.

    The script that follows an in-page redirect runs on the old page; a page renamed without a page
    move in `redirect_maps` leaves nothing there, so its address and every citation of it answer 404.
    A redirect from a page the lock never held names no published page: most often a misspelt address.
    """
    targets: dict[str, list[str]] = {}
    problems = []
    for old, new in redirects.items():
        old_page, _ = split_anchor(old) or ("", "")
        if resolve_page(old_page, built, moves) in built:
            continue
        if old_page not in lock:
            hint = page_hint(old_page, lock, "write the old page's address as anchors.lock.json has it")
            problems.append(Problem(REDIRECTS_FILE, old, f"'{old_page}' is no page the edition has published", hint))
            continue
        targets.setdefault(old_page, []).append(resolve_page((split_anchor(new) or ("", ""))[0], built, moves))
    for old_page, new_pages in targets.items():
        new_page = max(dict.fromkeys(new_pages), key=new_pages.count)  # where most of its ids went
        line = f"{page_source(old_page)}: {sources.get(new_page, page_source(new_page))}"
        hint = f"declare the page's move in mkdocs.yml under 'redirects: redirect_maps:' with the line '{line}'"
        message = "the page is gone and no page move says where: its address and every link to it would answer 404"
        problems.append(Problem(REDIRECTS_FILE, old_page, message, hint))
    return problems


def page_source(url: str) -> str:
    """The file in docs/ that `redirect_maps` names for a page URL: `/a/b/` → `a/b.md`, `/` → `index.md`."""
    stem = url.strip("/").removesuffix(".html")
    return f"{stem or 'index'}.md"


HINT = "run 'make anchors'"  # what records new ids


def format_unrecorded(unrecorded: Mapping[str, list[str]]) -> list[Problem]:
    """Ids built but not in the lock: one line per page, so CI names what `make anchors` would add.

    The ids are sorted (`p9` before `p10`): the build meets them in the page's order, which `make
    check` cannot know without placing every highlight, and both must write the same line.
    """
    return [
        Problem(LOCK_FILE, page, f"{len(ids)} published id(s) not recorded: {', '.join(natural_order(ids))}", HINT)
        for page, ids in sorted(unrecorded.items())
    ]


RE_DIGITS = re.compile(r"(\d+)")


def natural_order(ids: Iterable[str]) -> list[str]:
    """Ids in alphabetical order, numbers by value: `p2, p9, p10`."""
    return sorted(ids, key=lambda name: [int(part) if part.isdigit() else part for part in RE_DIGITS.split(name)])


def while_errors_stand(problems: list[Problem]) -> list[Problem]:
    """The anchor problems as one line, for a build that other errors already fail.

    A data file that does not load takes the ids built from it along: a glossary.yml with a YAML
    error empties /glossary/, a broken taxonomy removes every area page. Listing each lost id on
    top of the real mistake would bury it; the next build without other errors lists them one by one.
    """
    if not problems:
        return []
    first = problems[0]
    message = (
        f"{len(problems)} anchor problem(s) not listed one by one while the errors above stand "
        f"(the first: {first.field}: {first.message})"
    )
    return [Problem(LOCK_FILE, "", message, "fix the errors above; the next build checks every published id again")]


def recording_refused(lock_read: bool, errors_stand: bool) -> Problem | None:
    """Why `make anchors` leaves the lock as it is, or None when it may record.

    Rewriting an unreadable lock would keep today's ids only and forget every published id that is
    gone. Ids recorded from a build that fails were never published (a misspelt heading id), yet the
    lock would ask for their redirect for ever once the mistake is fixed.
    """
    if not lock_read:
        hint = "fix it as the line above says, keeping the ids of both sides of a conflict, then run 'make anchors'"
        return Problem(LOCK_FILE, "", "left as it is: it could not be read, so no id was recorded", hint)
    if errors_stand:
        hint = "fix the errors above, then run 'make anchors' again"
        return Problem(LOCK_FILE, "", "left as it is: no id is recorded from a build that fails", hint)
    return None


def record(lock: Mapping[str, list[str]], built: Mapping[str, list[str]]) -> Anchors:
    """The lock with every built id added; ids are never removed (a removed id stays published)."""
    merged = {page: list(ids) for page, ids in lock.items()}
    for page, ids in built.items():
        known = merged.setdefault(page, [])
        seen = set(known)
        known += [anchor_id for anchor_id in dict.fromkeys(ids) if anchor_id not in seen]
    return dict(sorted(merged.items()))


def dump_lock(anchors: Mapping[str, list[str]]) -> str:
    """The lock file's text: one page per key, stable for diffs."""
    return json.dumps(anchors, ensure_ascii=False, indent=1) + "\n"


def dump_anchors(entries: list[dict[str, str]]) -> str:
    """The text of `/anchors.json`, compact: generated, never diffed, so written by json's C encoder.

    With `indent`, json falls back to its pure-Python encoder, several times slower.
    """
    return json.dumps(entries, ensure_ascii=False) + "\n"


def index_redirects(
    file_moves: Mapping[str, str], lock: Mapping[str, list[str]], built: Mapping[str, list[str]]
) -> dict[str, str]:
    """The redirects a page move implies on `/annotations/`, whose group of the page has an id made from its file.

    The move in `redirect_maps` (`old.md: new.md`) keeps the page's own ids; its group's id on the
    generated index (`#old`) becomes `#new`, redirected here so that no one has to declare it.
    """
    index = page_key(INDEX_PAGE)
    locked, present = set(lock.get(index, ())), set(built.get(index, ()))
    redirects = {}
    for old, new in file_moves.items():
        old_id, new_id = page_anchor(old), page_anchor(new)
        if old_id in locked and old_id not in present and new_id in present:
            redirects[f"{index}#{old_id}"] = f"{index}#{new_id}"
    return redirects


def page_redirects(page: str, redirects: Mapping[str, str], moves: Mapping[str, str]) -> dict[str, str]:
    """The in-page redirects a page's script needs: `{old-id: new-page#new-id}` for ids that were on it."""
    moved_here = {old for old, new in moves.items() if new == page}
    result = {}
    for old, new in redirects.items():
        old_page, old_id = split_anchor(old) or ("", "")
        if old_page == page or old_page in moved_here:
            result[old_id] = new
    return result


def anchor_kind(
    anchor_id: str, paragraphs: Container[str], headings: Container[str], annotations: Container[str] = ()
) -> str:
    """What an id names: a paragraph, a heading, a note, an annotation, or another element (a term, an area…)."""
    if anchor_id in paragraphs:
        return "paragraph"
    if anchor_id in headings:
        return "heading"
    if anchor_id.startswith(("fn:", "fnref:")):
        return "note"
    if anchor_id in annotations:
        return "annotation"
    return "element"


def snippet(text: str, length: int = 60) -> str:
    """The start of a text for a label, cut at `length` characters with an ellipsis."""
    return text[:length].rstrip() + ("…" if len(text) > length else "")


def anchor_entries(
    page_url: str,
    absolute_url: str,
    page_title: str,
    inventory: PageInventory,
    heading_titles: Mapping[str, str],
    annotations: Mapping[str, Annotation] | None = None,
) -> list[dict[str, str]]:
    """The `/anchors.json` entries of one page: each id with its absolute URL, kind and label.

    `annotations` are those on the page, by id: their label says what they are and which words they
    are about, as a reader choosing one from the list needs (`Opportunities, ¶ 3, annotation (comment): “…”`).
    """
    annotations = annotations or {}
    texts = {p.id: p.text for p in inventory.paragraphs}
    heading_ids = set(inventory.headings)
    entries = []
    for anchor_id in dict.fromkeys(inventory.ids):
        kind = anchor_kind(anchor_id, texts, heading_ids, annotations)
        if kind == "paragraph":
            # The number as written in the id (`p7`): a paragraph id has no leading zero (RE_PARAGRAPH_ID).
            label = f"{page_title}, {paragraph_label(anchor_id)}: {snippet(texts[anchor_id])}"
        elif kind == "heading":
            label = heading_titles.get(anchor_id, anchor_id)
        elif kind == "annotation":
            annotation = annotations[anchor_id]
            what = MOTIVATION_LABELS.get(annotation.motivation, annotation.motivation).lower()
            quote = snippet(normalise_space(annotation.quote))
            label = f"{page_title}, {paragraph_label(annotation.paragraph)}, annotation ({what}): {quoted(quote)}"
        else:
            label = f"{page_title}, #{anchor_id}"
        entries.append(
            {"url": f"{absolute_url}#{anchor_id}", "page": page_url, "id": anchor_id, "kind": kind, "label": label}
        )
    return entries
