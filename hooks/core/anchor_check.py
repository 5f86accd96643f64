"""The anchor guarantee: every id ever published stays reachable, or says where it went.

The ids the build published are compared with the lock (`anchor_lock.py`): a locked id must still
be on its page, or where a page move (`page_moves.py`) took the page, or be redirected
(`anchor_redirects.py`). Each redirect must hold, and a page whose ids moved must still answer
(`redirect_checks.py`). What the build published, by lock key, is gathered by `built_pages.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass

from hooks.core.anchor_lock import GONE, LOCK_FILE, OTHER_LINES_FIRST
from hooks.core.anchor_redirects import NEW_PLACE, REDIRECTS_FILE
from hooks.core.annotation_index import gone_page_groups, index_group_places, index_redirects
from hooks.core.page_moves import REDIRECT_MAPS, check_page_moves, landing_file, landing_page, page_source, resolve_page
from hooks.core.paragraph_words import check_words, format_unrecorded_words, unlocked_words
from hooks.core.policy_addresses import vanished_group_redirects
from hooks.core.problems import Problem
from hooks.core.redirect_checks import (
    check_pages_left,
    check_redirects,
    check_unpublished_ids,
    check_unpublished_origins,
)
from hooks.core.unrecorded import format_unrecorded, unrecorded_ids
from hooks.core.yaml_lines import line_to_write


@dataclass(frozen=True)
class AnchorCheck:
    """The outcome of comparing the built ids with the lock."""

    problems: tuple[Problem, ...]
    unrecorded: dict[str, list[str]]


def check_anchors(
    lock: Mapping[str, list[str]],
    built: Mapping[str, list[str]],
    redirects: Mapping[str, str],
    moves: Mapping[str, str],
    sources: Mapping[str, str] | None = None,
    words: Mapping[str, Mapping[str, str]] | None = None,
    unknown: Collection[str] = (),
    *,
    notes: Mapping[str, str] | None = None,
) -> AnchorCheck:
    """Every locked id must still exist (on its page or where its page moved) or be redirected.

    `sources` names the file in docs/ of each page URL (built, or moved as `redirect_maps` writes
    it), for the lines; `words` are the paragraphs' recorded words (`anchors.words.json`). `unknown`
    are pages of the site left out of `built` (`make check`'s, a page MkDocs reads otherwise): their
    locked ids, and the redirects into and out of them, are the build's to check. `notes`: a deleted
    note's paragraph (`/page/#pN`) by its id, where git still holds its file (`deleted_notes.note_places`).
    """
    built_sets = {page: set(ids) for page, ids in built.items()}
    unrecorded = unrecorded_ids(lock, built)
    words, sources = words or {}, sources or {}
    unpublished, offered = check_unpublished_ids(redirects, built_sets, moves, lock, words, sources, unknown)
    problems = []
    places = offerable_ids(built_sets, redirects)
    groups, group_places = gone_page_groups(lock, built, moves), index_group_places(lock, places, moves)
    for page, ids in lock.items():
        target = resolve_page(page, built, moves)
        if target in unknown:
            continue
        for anchor_id in ids:
            anchor = f"{page}#{anchor_id}"
            if anchor_id in built_sets.get(target, ()) or anchor in redirects:
                continue
            if anchor in offered:  # a misspelt redirect's line offers it: one line for one typo
                continue
            where = "page is gone" if target not in built else f"no element has id '{anchor_id}'"
            new_ids = unrecorded.get(page, []) if target == page and anchor not in group_places else []
            hint = lost_id_hint(anchor, new_ids, gone_id_place(anchor, target, places, group_places, notes))
            if target not in built:
                hint = gone_page_hint(page)
            elif gone := groups.get(anchor):
                hint = gone_group_hint(gone)
            problems.append(Problem(LOCK_FILE, anchor, f"{GONE} ({where})", hint))
    problems += check_redirects(redirects, built_sets, moves, built, [*built, *unknown])
    problems += check_unpublished_origins(redirects, built, moves, lock, unknown)
    problems += unpublished
    problems += check_pages_left(redirects, built, moves, sources, lock, unknown)
    problems += check_page_moves(built, moves, sources, words)
    return AnchorCheck(tuple(problems), unrecorded)


def anchor_problems(
    lock: Mapping[str, list[str]],
    built: Mapping[str, list[str]],
    redirects: Mapping[str, str],
    moves: Mapping[str, str],
    sources: Mapping[str, str],
    words: Mapping[str, Mapping[str, str]],
    texts: Mapping[str, Mapping[str, str]],
    *,
    errors_stand: bool,
    named: Collection[str] = (),
    refused: Mapping[str, Collection[str]] | None = None,
    recording: bool,
    lock_read: bool,
    words_read: bool,
    build_fails: Callable[[], bool] = lambda: False,
) -> list[Problem]:
    """All the build says about its ids: the lost ones, and those and the words not recorded yet.

    `make anchors` records the unrecorded ones and the changed words, so they are no problem there.
    While other errors stand, the lost ids are one line (`while_errors_stand`, less those the errors'
    lines already name: `named`), and the "not recorded" lines say to fix them first; an unreadable lock
    or words file records nothing, so what it lacks is not listed either. Nor is anything judged against
    a lock that did not load, read as empty (every redirect's id would be one it never published): its
    own line stands alone, as in `make check`. Nor are the ids a line refuses (`refused`, by page: `fn:4`
    on a heading), which are to rename, not to record. `build_fails`: whether MkDocs' own warnings stand (a
    page's broken link), which are no edition line (the lost ids are listed one by one beside them) but which
    `make anchors` refuses on too: the "not recorded" lines hold its advice back, as `make check`'s do. Asked
    only when such a line is said: finding out checks every link of the site.
    """
    result = check_anchors(lock, built, redirects, moves, sources, words) if lock_read else None
    lost = list(result.problems) if result else []
    problems = while_errors_stand(lost, named) if errors_stand else lost
    unrecorded = result.unrecorded if result and not recording else {}
    changed, new_words = check_words(words, texts, moves, sources, lock) if words_read and not recording else ([], {})
    # `make anchors` records nothing while one stands
    blocked = errors_stand or bool(problems) or (bool(unrecorded or new_words) and build_fails())
    problems += format_unrecorded(unrecorded, blocked, refused)
    if words_read and not recording:
        problems += changed + format_unrecorded_words(new_words, blocked)
        problems += unlocked_words(words, lock) if lock_read else []
    return problems


def with_implied(
    declared: Mapping[str, str],
    file_moves: Mapping[str, str],
    lock: Mapping[str, list[str]],
    built: Mapping[str, list[str]],
) -> dict[str, str]:
    """The redirects the generated pages imply, then the declared ones, which win: what `check_anchors` reads.

    A page move's group on /annotations/ (`file_moves`: `redirect_maps` between files, onto pages
    there are), and an area page's group of a source nothing of which is tagged any more.
    """
    implied = {**index_redirects(file_moves, lock, built), **vanished_group_redirects(lock, built)}
    return {**implied, **declared}


def gone_page_hint(page: str) -> str:
    """A page no longer built: renamed, its move keeps its address and all its ids in one line; deleted, it is retired.

    A retired page moves onto its source's landing page (`index.md` of its folder), as stable-links.md shows,
    and its ids are then redirected one by one: the next build names each.
    """
    source = page_source(page)
    landing = landing_file(source)
    return (
        f"restore the page, or declare its move {REDIRECT_MAPS} with the line"
        f" {line_to_write(source, '<its new file>.md')}; deleted for good, it moves onto its source's landing page:"
        f" {line_to_write(source, landing)}"
    )


def gone_group_hint(source: str) -> str:
    """The line of a gone page's group on `/annotations/`: its page's move carries it (stable-links.md#page-moves).

    Offered a redirect of its own (to the renamed page's new group), the editor would write the line the docs forbid.
    """
    return (
        f"it is the group of {source}, a page gone: declare the page's move in mkdocs.yml as that page's lines say,"
        f" and the move carries its group (write no line for it in {REDIRECTS_FILE}); a page deleted for good is"
        " asked for its group's line once its move is declared"
    )


def gone_id_place(
    anchor: str,
    target: str,
    places: Mapping[str, Collection[str]],
    group_places: Mapping[str, str],
    notes: Mapping[str, str] | None = None,
) -> str:
    """Where a gone id (`/page/#id`) goes, in the line offered: as far as it is known, the rest a placeholder to fill.

    An id gone from a page still built most often went to another element of that page (a paragraph
    deleted or merged into the one before it): the page's own address, the id to fill. A retired page's ids
    go to its landing page's contents list (stable-links.md#page-retired); a group on `/annotations/` where
    `index_group_places` says (`group_places`); a deleted note's id the paragraph its file in git names (`notes`,
    by id), if its page still offers it; else `NEW_PLACE`, to fill. `target`: where the id's page is
    now (`resolve_page`); `places`: the ids each page there is has that a line may offer (`offerable_ids`).
    """
    page, _, anchor_id = anchor.partition("#")
    if anchor in group_places:
        return group_places[anchor]
    note_page, _, paragraph = (notes or {}).get(anchor_id, "").partition("#")
    if note_page == target and paragraph in places.get(target, ()):
        return f"{target}#{paragraph}"
    if target not in places:
        return NEW_PLACE
    if target == page:
        return f"{page}#{NEW_PLACE.partition('#')[2]}"
    if target == landing_page(page) and CONTENTS_ID in places[target]:
        return f"{target}#{CONTENTS_ID}"
    return NEW_PLACE


def offerable_ids(
    published: Mapping[str, Collection[str]],
    redirects: Mapping[str, str],
    present: Mapping[str, Collection[str]] | None = None,
) -> dict[str, set[str]]:
    """The ids of each page that a lost id's line may offer as its place: none redirected away, none gone.

    `published`: each page's ids (the build's, or for `make check`'s history, which builds nothing, the lock's);
    `present`: the ids `make check` found on the pages it renders, which an id the lock holds may have left.
    """
    present = present or {}
    return {
        page: {i for i in ids if f"{page}#{i}" not in redirects and (page not in present or i in present[page])}
        for page, ids in published.items()
    }


def lost_id_hint(anchor: str, new_ids: list[str], new_place: str = NEW_PLACE) -> str:
    """Where a lost id may have gone: the page's one new id, when the change made exactly one (a merge, a rename).

    Only a suggestion: the new id may be an element of its own, and a redirect sends the id's links there.
    `new_place`: the line's place when there is no such id (a retired page's landing page's *Contents*).
    """
    if len(new_ids) != 1:
        line = line_to_write(anchor, new_place)
        return f"restore it, or declare its new place in {REDIRECTS_FILE} with the line {line}"
    new = f"{anchor.partition('#')[0]}#{new_ids[0]}"
    return (
        f"restore it, or declare its new place in {REDIRECTS_FILE}; the page has one new id, {new_ids[0]}:"
        f" if that is where its words went (check), write the line {line_to_write(anchor, new)}"
    )


# A source landing page's *Contents* list's id, where a retired page's ids go (stable-links.md#page-retired).
CONTENTS_ID = "contents"


def while_errors_stand(problems: list[Problem], named: Collection[str] = ()) -> list[Problem]:
    """The anchor problems as one line, for a build that other errors already fail.

    A data file that does not load takes the ids built from it along: a glossary.yml with a YAML
    error empties /glossary/, a broken taxonomy removes every area page. Listing each lost id on
    top of the real mistake would bury it; the next build without other errors lists them one by one.
    The ids a reported line already names (`named`, `lost_ids_named`) are not counted: that line is their
    cause, and a summary of them alone, the one line about anchors, alarmed a newcomer over one glossary slip.
    "The other lines", not "the errors above": the lines are sorted by file, so this one may come first.
    """
    problems = [p for p in problems if not (p.path in (LOCK_FILE, REDIRECTS_FILE) and p.field in named)]
    if not problems:
        return []
    first = problems[0]
    message = (
        f"{len(problems)} anchor problem(s) not listed one by one while the other errors stand "
        f"(the first: {first.field}: {first.message})"
    )
    hint = f"{OTHER_LINES_FIRST}; the next build checks every published id again"
    return [Problem(LOCK_FILE, "", message, hint)]
