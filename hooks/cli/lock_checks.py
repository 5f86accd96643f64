"""`make check`'s checks of the anchor lock that need no build: ids gone or not recorded, redirects, words, history.

The ids of the pages the hooks generate are those the functions writing them give (`hook_page_ids`); only
while a page's front matter is one MkDocs reads otherwise are the area pages' left to the build, as that page's.
Whether the lock lost an id a commit recorded needs git, and is checked here only, never in the build; so does
the paragraph a deleted note's gone id is offered, read from its file in git (`deleted_note_places`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from hooks.cli.config_values import configured_file_moves, configured_moves
from hooks.cli.site_files import published_pages
from hooks.core.anchor_check import check_anchors, while_errors_stand, with_implied
from hooks.core.anchor_lock import GONE, LOCK_FILE, load_lock, page_key
from hooks.core.anchor_redirects import REDIRECTS_FILE, load_redirects
from hooks.core.annotation_folder import NOTES_DIR
from hooks.core.built_pages import page_sources
from hooks.core.deleted_notes import note_places, notes_to_ask
from hooks.core.generated_pages import hook_pages
from hooks.core.git_history import committed_versions, tracked_texts, whole_history
from hooks.core.lock_history import committed_ids, lost_ids, offer_uncommitted, parse_versions
from hooks.core.paragraph_words import (
    UNLOCKED_WORDS,
    WORDS_FILE,
    check_words,
    format_unrecorded_words,
    load_words,
    unlocked_words,
)
from hooks.core.paragraphs import PageInventory
from hooks.core.policy_areas import load_policy_areas
from hooks.core.problems import Problem
from hooks.core.redirect_checks import NOT_RECORDED, OFFER
from hooks.core.unrecorded import format_unrecorded, unrecorded_ids


@dataclass(frozen=True)
class AnchorFiles:
    """The anchor lock, its redirects and the recorded words, each with its problems as the build reads it.

    Read once a run: the page, word and lock checks all compare against them.
    """

    lock: dict[str, list[str]]
    lock_problems: list[Problem]
    redirects: dict[str, str]
    redirect_problems: list[Problem]
    words: dict[str, dict[str, str]]
    word_problems: list[Problem]


def read_anchor_files(root: Path) -> AnchorFiles:
    """`anchors.lock.json`, `anchors.redirects.yml` and `anchors.words.json`, as the build reads them."""
    return AnchorFiles(
        *load_lock(root / LOCK_FILE), *load_redirects(root / REDIRECTS_FILE), *load_words(root / WORDS_FILE)
    )


def check_paragraph_words(
    root: Path, inventories: Mapping[str, PageInventory], anchors: AnchorFiles, blocked: bool = False
) -> list[Problem]:
    """Each recorded paragraph's opening and closing words must still be its own, as the build checks them.

    And each page and id it records one the lock holds, when the lock could be read. `blocked`: other lines
    stand, so `make anchors` would record nothing, and the "not recorded" line says to fix them first.
    """
    words, lock, lock_read = anchors.words, anchors.lock, not anchors.lock_problems
    if anchors.word_problems:
        return list(anchors.word_problems)
    texts = {
        page_key(page): inventory.reading_texts() for page, inventory in inventories.items() if inventory.paragraphs
    }
    sources = {page_key(page): page for page in inventories}
    changed, unrecorded = check_words(words, texts, configured_moves(root), sources, lock)
    unlocked = unlocked_words(words, lock) if lock_read else []
    return changed + format_unrecorded_words(unrecorded, blocked) + unlocked


def check_published(
    root: Path,
    anchors: AnchorFiles,
    published: Mapping[str, Iterable[str]],
    unknown: Iterable[str],
    errors_stand: bool,
    named: Collection[str] = (),
    refused: Mapping[str, Collection[str]] | None = None,
    build_fails: bool = False,
) -> list[Problem]:
    """The ids the build would publish against the lock, as the build compares them and in its words.

    `published`: each page's ids by its file in docs/: the pages' own (headings, paragraphs,
    annotations, notes: the rendering here gives the build's), the glossary's and `/annotations/`'s.
    `unknown`: the files of the site's pages whose ids are not known here: a page whose front matter
    MkDocs reads otherwise (its own line names it), and then each policy area's own page, whose groups
    its tags may change. Whether one of their ids is gone, and the ids redirects lead to there,
    are the build's to check. A locked id that is gone, a redirect that cannot hold and a page move
    that would hide a page are `check_anchors`' lines, one line in all while `errors_stand` (other
    problems were found), as in the build, less the ids those problems' lines already name
    (`named`, `lost_ids_named`); then the ids not recorded yet, to record once the other lines are
    fixed if there are any (`make anchors` refuses while the build fails), less those a line refuses
    (`refused`, by page: `fn:4` on a heading, to rename, not to record). The lock and the redirects
    file are read as the build reads them (`read_anchor_files`), so a broken one is its line here too.
    One line differs from the build's, which reads no git: a deleted note's gone id is offered the paragraph
    its file in git names (`deleted_note_places`), where the build offers `/page/#new-id`.
    `build_fails`: MkDocs' own warnings stand (a page's broken link), which the edition's lines do not count
    as errors (the build lists its lost ids one by one beside them) but which `make anchors` refuses on too.
    """
    lock, redirects, redirect_problems = anchors.lock, anchors.redirects, anchors.redirect_problems
    if anchors.lock_problems:
        return anchors.lock_problems + redirect_problems
    words, unread = anchors.words, anchors.word_problems  # one that does not load is `check_paragraph_words`' line
    built = {page_key(page): list(dict.fromkeys(ids)) for page, ids in published.items()}
    unknown_pages = sorted({page_key(page) for page in unknown})
    known = {page: ids for page, ids in built.items() if page not in unknown_pages}
    files = {*published, *unknown}
    file_moves = {old: new for old, new in configured_file_moves(root).items() if new in files}  # as the build's
    moves = {page_key(old): page_key(new) for old, new in file_moves.items()}
    sources = page_sources({page_key(old): old for old in file_moves}, {page_key(page): page for page in published})
    redirects = with_implied(redirects, file_moves, lock, built)
    check = partial(check_anchors, lock, known, redirects, moves, sources, words, unknown_pages)
    anchors = list(check().problems)
    if notes := deleted_note_places(root, anchors, known, moves):  # git holds their files: their paragraphs offered
        anchors = list(check(notes=notes).problems)
    if errors_stand or redirect_problems or unread:
        anchors = while_errors_stand(anchors, named)
    blocked = errors_stand or build_fails or bool(redirect_problems or anchors)  # `make anchors` records nothing then
    return redirect_problems + anchors + format_unrecorded(unrecorded_ids(lock, built), blocked, refused)


def deleted_note_places(
    root: Path, problems: Iterable[Problem], built: Collection[str], moves: Mapping[str, str]
) -> dict[str, str]:
    """The paragraph of each deleted note whose id a gone line names, by its id, as its file in git says.

    The build reads no git: its line offers `/page/#new-id`. Git is asked only when an id is gone (`notes_to_ask`).
    """
    present = {path.stem for path in (root / NOTES_DIR).glob("*.md")}
    asked = notes_to_ask(problems, present)
    return note_places(tracked_texts(root, asked), built, moves) if asked else {}


@dataclass(frozen=True)
class LockHistory:
    """The lock's committed versions, read once for the history check and the offer of what no commit holds."""

    lock: Mapping[str, list[str]] | None  # None: it does not load (`check_published`'s line)
    versions: list[tuple[str, Mapping[str, list[str]]]]  # by commit, newest first, those that parse
    notes: list[str]  # what was not compared: no git checkout, a shallow clone, a version that does not parse
    moves: Mapping[str, str]  # page moves, lock keys
    pages: set[str]  # the published pages' lock keys, those the hooks generate too
    redirects: Mapping[str, str] = field(default_factory=dict)  # anchors.redirects.yml's: ids no line offers


def read_lock_history(root: Path) -> LockHistory:
    """The lock and its committed versions (one `git log`, one `git cat-file --batch`), with the pages and moves."""
    lock, problems = load_lock(root / LOCK_FILE)
    texts, notes = committed_versions(root, LOCK_FILE)
    if problems or not texts:
        return LockHistory(None if problems else lock, [], notes, {}, set())
    versions, skipped = parse_versions(texts)
    areas, _ = load_policy_areas(root)  # a taxonomy that does not load is its own line: its area pages are unknown
    pages = {page_key(page) for page in [*published_pages(root), *hook_pages(areas)]}  # the hooks' pages are built too
    redirects, _ = load_redirects(root / REDIRECTS_FILE)  # one that does not load is `check_published`'s line
    return LockHistory(lock, versions, notes + skipped, configured_moves(root), pages, redirects)


def check_lock_history(
    root: Path, history: LockHistory | None = None, present: Mapping[str, Collection[str]] | None = None
) -> tuple[list[Problem], list[str]]:
    """Every id a committed version of the lock holds must still be in it (the lock only grows); and notes.

    The notes say what was not compared: no git checkout, a shallow clone, a version that does not
    parse (committed with its conflict markers). A lock that does not load is `check_published`'s line.
    `present`: the ids found on each page rendered here, by lock key; a lost id's line offers no other.
    """
    history = history or read_lock_history(root)
    if history.lock is None or not history.versions:
        return [], history.notes
    lost = lost_ids(history.lock, history.versions, history.moves, history.pages, history.redirects, present)
    return lost, history.notes


def offer_uncommitted_ids(root: Path, problems: list[Problem], history: LockHistory) -> list[Problem]:
    """The problems, each gone id no commit of the lock holds offered out of the lock too (`offer_uncommitted`).

    Git is asked only when an id is gone, and trusted only with the whole of HEAD's history and no merge
    under way, whose other side's ids are in no commit of HEAD's: otherwise the build's line stands.
    """
    if not any(problem.path == LOCK_FILE and problem.message.startswith(GONE) for problem in problems):
        return problems
    if history.lock is None or not whole_history(root):
        return problems
    committed = committed_ids(history.versions, history.moves, history.pages)  # by page, as `lost_ids`
    return [offer_uncommitted(problem, committed, history.moves, history.pages) for problem in problems]


def published_before(problems: Iterable[Problem], history: Iterable[Problem]) -> list[Problem]:
    """The problems without a redirect's "not recorded" line, or the words file's, for an id the lock's history holds.

    The lock lost that id (a merge that kept one side): the history's own line says to put it back,
    which answers both; the redirect's line would send the editor after a typo there is not, and the
    words file's would offer `make anchors`, which drops the words. A redirect's line that offers the
    id it likely meant (`p55` for a `p5` gone unredirected) stays: it is that id's only line.
    """
    lost = {problem.field for problem in history if problem.path == LOCK_FILE}
    words_line = (WORDS_FILE, UNLOCKED_WORDS)
    return [p for p in problems if not (p.field in lost and (answered(p) or (p.path, p.message) == words_line))]


def answered(problem: Problem) -> bool:
    """Whether a redirect's line is the "not recorded" one and offers no id: the history's line says all it does."""
    return problem.path == REDIRECTS_FILE and NOT_RECORDED in problem.message and not problem.hint.startswith(OFFER)
