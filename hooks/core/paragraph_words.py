"""What each published paragraph id says: its opening and closing words, recorded beside the anchor lock.

The lock knows ids, not words. Paragraphs renumbered, split or moved onto another page keep every
id present while a link made to `#p3` lands on other words, and the build said nothing.
`anchors.words.json` records, for each paragraph id, its first and last words when `make anchors`
records it. The build names a paragraph whose opening or closing words are no longer those (an
editorial fix inside the paragraph changes neither), and `make anchors` records the change on
purpose: its diff shows the reviewer what each link now lands on.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Collection, Mapping
from pathlib import Path

from hooks.core.anchor_lock import KEY_FORM, malformed_keys
from hooks.core.conflicts import merge_conflict
from hooks.core.datafiles import RE_SURROGATE
from hooks.core.page_moves import resolve_page
from hooks.core.problems import Problem
from hooks.core.text import shorten
from hooks.core.unrecorded import natural_order, unrecorded_hint

WORDS_FILE = "anchors.words.json"
EDGE = 5  # words at each end: enough to tell paragraphs apart, few enough that a fix inside changes none
SPAN = 100  # characters read at each end: EDGE words of up to 19 letters (a longer word makes them fewer, alike)
GAP = " … "
RE_WORD = re.compile(r"\w+")
REGENERATE = "run 'make anchors', which writes it again from the pages"
Words = dict[str, dict[str, str]]  # page URL -> paragraph id -> its recorded words


def words_of(text: str) -> str:
    """A paragraph's first and last words, lowercased, without punctuation: `migrants may be … the home country`."""
    if len(text) > 2 * SPAN:
        head, tail = RE_WORD.findall(_folded(text[:SPAN]))[:EDGE], RE_WORD.findall(_folded(text[-SPAN:]))[-EDGE:]
        return " ".join(head) + GAP + " ".join(tail)
    words = RE_WORD.findall(_folded(text))
    if len(words) <= 2 * EDGE:
        return " ".join(words)
    return " ".join(words[:EDGE]) + GAP + " ".join(words[-EDGE:])


def closing_words(words: str) -> str:
    """The closing words of `words_of`'s result: those a paragraph split in two leaves on its second part."""
    return " ".join(words.rpartition(GAP)[2].split()[-EDGE:])


def _folded(text: str) -> str:
    """The text as words compare: composed, case folded (each step only where it changes something)."""
    if text.isascii():
        return text.lower()
    folded = text.casefold()
    return folded if unicodedata.is_normalized("NFC", folded) else unicodedata.normalize("NFC", folded)


def load_words(path: Path) -> tuple[Words, list[Problem]]:
    """Read the recorded words; a missing file records none (the first `make anchors` writes it).

    A file that cannot be read (broken JSON, a merge conflict) is returned empty with its problem:
    the pages give every built paragraph's words again, and `make anchors` writes it anew (from the
    two sides git keeps of a conflict, `merge_word_sides`, for the paragraphs no page builds).
    """
    if not path.exists():
        return {}, []
    return parse_words(path.read_text(encoding="utf-8", errors="replace"))


def parse_words(text: str) -> tuple[Words, list[Problem]]:
    """The words a file's text records, or none and why."""
    if conflict := merge_conflict(WORDS_FILE, text, REGENERATE):
        return {}, [conflict]
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        return {}, [Problem(WORDS_FILE, "", f"is not valid JSON ({error})", REGENERATE)]
    if not isinstance(data, dict) or not all(
        isinstance(ids, dict) and all(isinstance(words, str) for words in ids.values()) for ids in data.values()
    ):
        return {}, [Problem(WORDS_FILE, "", "must map page URLs to paragraph ids and their words", REGENERATE)]
    if any(RE_SURROGATE.search(page + "".join(ids) + "".join(ids.values())) for page, ids in data.items()):
        message = "holds half a character (a lone surrogate, written '\\ud800'), which no line can be printed with"
        return {}, [Problem(WORDS_FILE, "", message, REGENERATE)]
    if bad := malformed_keys(data, WORDS_FILE, f"a page is written {KEY_FORM}: {REGENERATE}"):
        return {}, bad
    return data, []


def unpublished_pages(recorded: Mapping[str, object], lock: Collection[str]) -> list[Problem]:
    """A page the words file records and the lock does not: never published, so no link lands on its words.

    `make anchors` records a page's words with its ids, and a moved page's old address stays in the
    lock: such a key was written by hand, or by a merge, and no check of its words would ever run.
    """
    hint = "run 'make anchors', which writes the file anew without it"
    return [
        Problem(WORDS_FILE, page, "names a page the anchor lock does not: one never published", hint)
        for page in sorted(recorded)
        if page not in lock
    ]


UNLOCKED_WORDS = "words recorded for an id the lock does not hold"
UNLOCKED_HINT = (
    "run 'make anchors', which writes the file anew without them;"
    " if the lock lost the id, put it back instead: make check names its commit"
)


def unlocked_ids(recorded: Mapping[str, Mapping[str, str]], lock: Mapping[str, Collection[str]]) -> list[Problem]:
    """Words of an id the lock does not hold, on a page it does: a later paragraph given that id met stale words.

    `make anchors` records an id's words with the id; taken out of the lock (renamed before its first
    commit, `offer_uncommitted`), or lost by the lock in a merge, the words stayed behind. The words of
    an id the lock holds stay, whether a page builds it or not (gone, redirected: retired).
    """
    return [
        Problem(WORDS_FILE, f"{page}#{pid}", UNLOCKED_WORDS, UNLOCKED_HINT)
        for page, paragraphs in sorted(recorded.items())
        if page in lock
        for pid in natural_order(set(paragraphs) - set(lock[page]))
    ]


def unlocked_words(recorded: Mapping[str, Mapping[str, str]], lock: Mapping[str, Collection[str]]) -> list[Problem]:
    """Every entry of the words file the lock does not hold: an id (`unlocked_ids`), a page (`unpublished_pages`)."""
    return unlocked_ids(recorded, lock) + unpublished_pages(recorded, lock)


def published_words(recorded: Mapping[str, Mapping[str, str]], lock: Mapping[str, Collection[str]]) -> Words:
    """The recorded words of the ids the lock holds, which `make anchors` keeps (`unlocked_words`)."""
    kept: Words = {}
    for page, paragraphs in recorded.items():
        if page in lock:
            held = set(lock[page])
            kept[page] = {pid: words for pid, words in paragraphs.items() if pid in held}
    return kept


def merge_word_sides(sides: tuple[str, str] | None) -> Words:
    """Every paragraph's words on either side of a conflicted file (ours, theirs), ours where both have one.

    The pages give again the words of the paragraphs they build, not those of retired ones (removed
    or moved with a redirect): without this, a conflict lost them, and with them the check that a
    retired id is not given to other words. Without two readable sides, none.
    """
    merged: Words = {}
    for text in reversed(sides or ()):
        words, problems = parse_words(text)
        if problems:
            return {}
        for page, paragraphs in words.items():
            merged.setdefault(page, {}).update(paragraphs)
    return merged


def check_words(
    recorded: Mapping[str, Mapping[str, str]],
    built: Mapping[str, Mapping[str, str]],
    moves: Mapping[str, str],
    sources: Mapping[str, str],
    lock: Mapping[str, Collection[str]],
) -> tuple[list[Problem], dict[str, list[str]]]:
    """Paragraphs whose opening or closing words changed since recorded, and recorded ids whose words are not.

    `built` maps each page URL to its paragraphs' words (footnote numbers left out); a page moved
    with `redirect_maps` is compared where it went until its new address has words of its own.
    `sources` names each page URL's file in docs/, where the contributor looks. A new paragraph's
    words are left to the lock's own line for its new id: `make anchors` records both.
    """
    now = {page: {pid: words_of(text) for pid, text in texts.items()} for page, texts in built.items()}
    problems = []
    for page, paragraphs in recorded.items():
        target = resolve_page(page, built, moves)
        for pid, was in paragraphs.items():
            if (words := now.get(target, {}).get(pid)) is None or words == was:
                continue
            if target != page and pid in recorded.get(target, {}):  # compared to its own (a merge: the move line)
                continue
            path = f"docs/{sources[target]}" if target in sources else WORDS_FILE
            moved = "" if target == page else f" (the page {page} moved here)"
            shown = shorten(" ".join(was.split()), 2 * SPAN + len(GAP))  # a hand-edited file's: one line, not 100 kB
            message = f"its opening or closing words changed since recorded{moved}: was '{shown}', now '{words}'"
            hint = (
                f"links to {page}#{pid} land on these words now: if paragraphs were renumbered or moved, give each"
                " its id back; if the change is deliberate, a correction, a split or a merge (redirect the second's id"
                " to the first), run 'make anchors' to record it"
            )
            problems.append(Problem(path, f"#{pid}", message, hint))
    unrecorded = {
        page: natural_order(pid for pid in texts if pid in lock.get(page, ()) and pid not in recorded.get(page, {}))
        for page, texts in built.items()
    }
    return problems, {page: pids for page, pids in unrecorded.items() if pids}


def format_unrecorded_words(unrecorded: Mapping[str, list[str]], blocked: bool = False) -> list[Problem]:
    """Paragraphs whose words are not recorded yet: one line per page, as for the ids (`blocked` as theirs)."""
    return [
        Problem(WORDS_FILE, page, f"the words of {len(pids)} paragraph(s) not recorded: {', '.join(pids)}",
                unrecorded_hint(blocked))
        for page, pids in sorted(unrecorded.items())
    ]  # fmt: skip


def record_words(
    recorded: Mapping[str, Mapping[str, str]], built: Mapping[str, Mapping[str, str]], moves: Mapping[str, str]
) -> Words:
    """The words of every built paragraph as they are now; those of paragraphs no longer built are kept.

    A page that moved (`redirect_maps`) keeps its entry under its old address, where links were made:
    its paragraphs still built where it went are recorded there too, or the next build would compare
    the old words with the new ones for good.
    """
    words = {page: dict(paragraphs) for page, paragraphs in recorded.items()}
    now = {page: {pid: words_of(text) for pid, text in texts.items()} for page, texts in built.items()}
    for page, paragraphs in now.items():
        words.setdefault(page, {}).update(paragraphs)
    for page, paragraphs in recorded.items():
        if (target := resolve_page(page, built, moves)) != page and target in now:
            words[page].update({pid: now[target][pid] for pid in paragraphs if pid in now[target]})
    return {page: {pid: ids[pid] for pid in natural_order(ids)} for page, ids in sorted(words.items()) if ids}


def changed_words(before: Mapping[str, Mapping[str, str]], after: Mapping[str, Mapping[str, str]]) -> list[str]:
    """`page#pN` of each paragraph whose recorded words `make anchors` changed, for its one line."""
    return [
        f"{page}#{pid}"
        for page, paragraphs in after.items()
        for pid, words in paragraphs.items()
        if pid in before.get(page, {}) and before[page][pid] != words
    ]


def added_words(before: Mapping[str, Mapping[str, str]], after: Mapping[str, Mapping[str, str]]) -> list[str]:
    """`page#pN` of each paragraph whose words `make anchors` recorded for the first time, for its one line."""
    return [
        f"{page}#{pid}" for page, paragraphs in after.items() for pid in paragraphs if pid not in before.get(page, {})
    ]


def dump_words(words: Mapping[str, Mapping[str, str]]) -> str:
    """The file's text: a page per key, a paragraph per line, so a change is one line of the diff."""
    return json.dumps(words, indent=1, ensure_ascii=False) + "\n"
