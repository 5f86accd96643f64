"""The words each published paragraph id lands on (anchors.words.json): recorded, compared, named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from broken_project_helpers import assert_build_and_check_say
from conftest import edit, run_build

from hooks.core.paragraph_words import (
    WORDS_FILE,
    added_words,
    changed_words,
    check_words,
    dump_words,
    format_unrecorded_words,
    load_words,
    merge_word_sides,
    parse_words,
    published_words,
    record_words,
    unlocked_words,
    unpublished_pages,
    words_of,
)

PAGE = "/migration-and-transnationalism/challenges/"
FIRST = (
    "At the individual and family level, transnationalism helps migrants keep and develop relationships across borders."
)
SECOND = "Secondly, transnationalism can mean that migrants who paid into pension schemes made contributions to these schemes."
LOCK = {PAGE: ["challenges", "p1", "p2"]}
SOURCES = {PAGE: "migration-and-transnationalism/challenges.md"}


def test_a_paragraph_is_known_by_its_first_and_last_words_without_case_or_punctuation() -> None:
    assert words_of(FIRST) == "at the individual and family … and develop relationships across borders"
    assert words_of("Short, “quoted” one.") == "short quoted one"
    assert words_of("Ab " * 400 + "the very end.") == "ab ab ab ab ab … ab ab the very end"


def test_renumbered_paragraphs_are_named_with_the_words_their_links_now_land_on() -> None:
    recorded = record_words({}, {PAGE: {"p1": FIRST, "p2": SECOND}}, {})
    problems, unrecorded = check_words(recorded, {PAGE: {"p1": SECOND, "p2": FIRST}}, {}, SOURCES, LOCK)
    assert [str(problem) for problem in problems] == [
        "docs/migration-and-transnationalism/challenges.md: #p1: its opening or closing words changed since recorded:"
        " was 'at the individual and family … and develop relationships across borders', now 'secondly"
        " transnationalism can mean that … made contributions to these schemes' (links to"
        f" {PAGE}#p1 land on these words now: if paragraphs were renumbered or moved, give each its id back; if the"
        " change is deliberate, a correction, a split or a merge (redirect the second's id to the first), run 'make anchors' to record it)",
        "docs/migration-and-transnationalism/challenges.md: #p2: its opening or closing words changed since recorded:"
        " was 'secondly transnationalism can mean that … made contributions to these schemes', now 'at the individual"
        f" and family … and develop relationships across borders' (links to {PAGE}#p2 land on these words now: if"
        " paragraphs were renumbered or moved, give each its id back; if the change is deliberate, a correction, a split or a merge (redirect the second's id to the first),"
        " run 'make anchors' to record it)",
    ]
    assert unrecorded == {}


@pytest.mark.parametrize(
    ("was", "shown"),
    [
        ("x" * 100_000, "x" * 202 + "…"),
        ("one\ntwo\u2028three", "one two three"),
        ("word " * 60, ("word " * 40)[:-1] + "…"),
    ],
)
def test_words_a_hand_edited_file_records_are_shown_on_one_short_line(was: str, shown: str) -> None:
    """The recorded words were quoted as written: a 100 kB line, or a line broken in two."""
    problems, _ = check_words({PAGE: {"p1": was}}, {PAGE: {"p1": FIRST}}, {}, SOURCES, LOCK)
    assert [problem.message for problem in problems] == [
        f"its opening or closing words changed since recorded: was '{shown}', now '{words_of(FIRST)}'"
    ]


@pytest.mark.parametrize("words", ['{"/p/": {"p1": "a \\ud800 b"}}', '{"/p/": {"\\udfff": "a b"}}'])
def test_half_a_character_in_the_words_file_is_its_one_line(words: str) -> None:
    """JSON reads a lone `\\ud800` escape; make check stopped with a traceback printing the line that quoted it."""
    assert [str(problem) for problem in parse_words(words)[1]] == [
        "anchors.words.json: holds half a character (a lone surrogate, written '\\ud800'), which no line can be printed"
        " with (run 'make anchors', which writes it again from the pages)"
    ]


def test_a_correction_inside_a_paragraph_passes() -> None:
    recorded = record_words({}, {PAGE: {"p1": FIRST}}, {})
    corrected = FIRST.replace("helps migrants keep", "helps migrants to keep")
    assert check_words(recorded, {PAGE: {"p1": corrected}}, {}, SOURCES, LOCK) == ([], {})


def test_a_renamed_page_is_compared_where_it_went_until_its_new_address_has_words() -> None:
    conclusion = "/migration-and-transnationalism/conclusion/"
    problems, _ = check_words(
        {conclusion: {"p1": words_of(FIRST)}}, {PAGE: {"p1": SECOND}}, {conclusion: PAGE}, SOURCES, LOCK
    )
    assert [problem.field for problem in problems] == ["#p1"]
    assert f"(the page {conclusion} moved here)" in problems[0].message
    # A page poured into one with words of its own is the page move's line (check_page_moves), not this one.
    recorded = {conclusion: {"p1": words_of(FIRST)}, PAGE: {"p1": words_of(SECOND)}}
    assert check_words(recorded, {PAGE: {"p1": SECOND}}, {conclusion: PAGE}, SOURCES, LOCK) == ([], {})


def test_a_renamed_page_changed_on_purpose_is_recorded_under_both_addresses() -> None:
    """The old address keeps its entry (links were made there): recording must move it along, or it fails for good."""
    conclusion = "/migration-and-transnationalism/conclusion/"
    recorded = {conclusion: {"p1": words_of(FIRST)}, PAGE: {"p1": words_of(FIRST)}}
    after = record_words(recorded, {PAGE: {"p1": SECOND}}, {conclusion: PAGE})
    assert after == {conclusion: {"p1": words_of(SECOND)}, PAGE: {"p1": words_of(SECOND)}}
    assert check_words(after, {PAGE: {"p1": SECOND}}, {conclusion: PAGE}, SOURCES, LOCK) == ([], {})


def test_only_recorded_ids_lack_their_words_a_new_paragraph_is_the_locks_line() -> None:
    _, unrecorded = check_words({}, {PAGE: {"p1": FIRST, "p2": SECOND, "p3": "New."}}, {}, SOURCES, LOCK)
    assert unrecorded == {PAGE: ["p1", "p2"]}
    assert [str(problem) for problem in format_unrecorded_words(unrecorded)] == [
        f"{WORDS_FILE}: {PAGE}: the words of 2 paragraph(s) not recorded: p1, p2 (run 'make anchors')"
    ]


def test_recording_keeps_the_words_of_paragraphs_no_longer_built_and_names_what_it_changed() -> None:
    before = {PAGE: {"p1": words_of(FIRST), "p9": "gone"}}
    after = record_words(before, {PAGE: {"p1": SECOND, "p10": FIRST, "p2": FIRST}}, {})
    assert list(after[PAGE]) == ["p1", "p2", "p9", "p10"]
    assert after[PAGE]["p9"] == "gone"
    assert changed_words(before, after) == [f"{PAGE}#p1"]
    assert added_words(before, after) == [f"{PAGE}#p2", f"{PAGE}#p10"]


def test_a_broken_or_conflicted_file_is_one_line_and_make_anchors_writes_it_anew(tmp_path: Path) -> None:
    path = tmp_path / WORDS_FILE
    assert load_words(path) == ({}, [])
    path.write_text(dump_words({PAGE: {"p1": "a … b"}}), encoding="utf-8")
    assert load_words(path) == ({PAGE: {"p1": "a … b"}}, [])
    path.write_text("<<<<<<< HEAD\n{}\n=======\n{}\n>>>>>>> other\n", encoding="utf-8")
    assert [problem.hint for problem in load_words(path)[1]] == [
        "run 'make anchors', which writes it again from the pages"
    ]
    path.write_text(json.dumps({PAGE: ["p1"]}), encoding="utf-8")
    assert "must map page URLs" in load_words(path)[1][0].message


@pytest.mark.parametrize("key", ["", "no-slash", "/../", "//x/", "/x/#y", "/\u2028/", "/x\x07/"])
def test_a_key_that_is_no_page_address_is_its_one_line(key: str) -> None:
    words, problems = parse_words(json.dumps({PAGE: {"p1": "a … b"}, key: {"p1": "a … b"}}))
    assert words == {}
    assert [problem.field for problem in problems] == [f"'{key}'"]
    assert str(problems[0]).endswith(
        ": is not a page's address (a page is written '/folder/page/', as the lock writes a page's address"
        " (the home page '/'): run 'make anchors', which writes it again from the pages)"
    )
    assert "\u2028" not in str(problems[0]) and "\x07" not in str(problems[0])  # escaped: one line


def test_a_page_the_lock_never_published_is_named_and_left_out_when_recording() -> None:
    recorded = {PAGE: {"p1": "a … b"}, "/never/": {"p1": "c … d"}}
    assert [str(problem) for problem in unpublished_pages(recorded, LOCK)] == [
        f"{WORDS_FILE}: /never/: names a page the anchor lock does not: one never published"
        " (run 'make anchors', which writes the file anew without it)"
    ]
    assert published_words(recorded, LOCK) == {PAGE: {"p1": "a … b"}}


UNLOCKED = (
    "words recorded for an id the lock does not hold (run 'make anchors', which writes the file anew without them;"
    " if the lock lost the id, put it back instead: make check names its commit)"
)


def test_words_of_an_id_the_lock_does_not_hold_are_named_and_left_out_when_recording() -> None:
    """Recorded by a `make anchors` on this copy, renamed, then taken out of the lock: a paragraph given the id again
    was compared with them. The words of an id the lock holds stay, built or not (gone, redirected: retired).
    """
    recorded = {PAGE: {"p1": "a … b", "p2": "retired … words", "p7": "c … d", "p10": "e … f"}, "/never/": {"p1": "g"}}
    assert [str(problem) for problem in unlocked_words(recorded, LOCK)] == [
        f"{WORDS_FILE}: {PAGE}#p7: {UNLOCKED}",
        f"{WORDS_FILE}: {PAGE}#p10: {UNLOCKED}",
        f"{WORDS_FILE}: /never/: names a page the anchor lock does not: one never published"
        " (run 'make anchors', which writes the file anew without it)",
    ]
    assert published_words(recorded, LOCK) == {PAGE: {"p1": "a … b", "p2": "retired … words"}}


def test_the_edition_records_the_words_of_every_published_paragraph() -> None:
    root = Path(__file__).resolve().parent.parent
    words, problems = load_words(root / WORDS_FILE)
    lock = json.loads((root / "anchors.lock.json").read_text(encoding="utf-8"))
    assert problems == [] and words
    for page, paragraphs in words.items():
        assert set(paragraphs) <= set(lock[page]), page


def test_swapped_ids_fail_the_build_and_make_check_and_make_anchors_records_them_on_purpose(
    broken_project: Path,
) -> None:
    page = Path("docs/migration-and-transnationalism/challenges.md")
    edit(broken_project, page, "{ #p1 ", "{ #pX ")
    edit(broken_project, page, "{ #p2 ", "{ #p1 ")
    edit(broken_project, page, "{ #pX ", "{ #p2 ")
    assert_build_and_check_say(
        broken_project,
        [
            f"{page.as_posix()}: #p1: its opening or closing words changed since recorded: was 'at the individual and"
            " family … and develop relationships across borders', now 'secondly transnationalism can mean that … made"
            f" contributions to these schemes' (links to {PAGE}#p1 land on these words now: if paragraphs were"
            " renumbered or moved, give each its id back; if the change is deliberate, a correction, a split or a merge (redirect the second's id to the first), run"
            " 'make anchors' to record it)",
            f"{page.as_posix()}: #p2: its opening or closing words changed since recorded: was 'secondly"
            " transnationalism can mean that … made contributions to these schemes', now 'at the individual and family"
            f" … and develop relationships across borders' (links to {PAGE}#p2 land on these words now: if paragraphs"
            " were renumbered or moved, give each its id back; if the change is deliberate, a correction, a split or a merge (redirect the second's id to the first),"
            " run 'make anchors' to record it)",
        ],
    )
    recorded = run_build(broken_project, broken_project / "site", env={"EDITION_ANCHORS": "record"})
    assert recorded.returncode == 0, recorded.stderr
    assert f"{WORDS_FILE}: recorded new words for {PAGE}#p1, {PAGE}#p2: check in its diff" in recorded.stderr
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("key", "pid", "line", "logged"),
    [
        (  # ignored in silence before: no check of its words would ever run
            "/never-published/",
            "p1",
            "/never-published/: names a page the anchor lock does not: one never published (run 'make anchors', which"
            " writes the file anew without it)",
            f"{WORDS_FILE}: left out the words of page(s) never published: /never-published/",
        ),
        (  # a paragraph renamed after a `make anchors`, its id then taken out of the lock: a new p99 met stale words
            PAGE,
            "p99",
            f"{PAGE}#p99: {UNLOCKED}",
            f"{WORDS_FILE}: left out the words of 1 id(s) the lock does not hold: {PAGE}#p99",
        ),
        (
            "/x/#y",
            "p1",
            "'/x/#y': is not a page's address (a page is written '/folder/page/', as the lock writes a page's address"
            " (the home page '/'): run 'make anchors', which writes it again from the pages)",
            None,
        ),
    ],
    ids=["never-published", "id-not-in-the-lock", "no-page-address"],
)
def test_a_words_file_entry_the_lock_does_not_hold_fails_and_make_anchors_writes_the_file_without_it(
    broken_project: Path, key: str, pid: str, line: str, logged: str | None
) -> None:
    path = broken_project / WORDS_FILE
    words = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(dump_words({**words, key: {**words.get(key, {}), pid: "a … b"}}), encoding="utf-8")
    assert_build_and_check_say(broken_project, [f"{WORDS_FILE}: {line}"])
    recorded = run_build(broken_project, broken_project / "site", env={"EDITION_ANCHORS": "record"})
    assert recorded.returncode == 0, recorded.stderr
    if logged is not None:
        assert logged in recorded.stderr
    assert json.loads(path.read_text(encoding="utf-8")) == words
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr


def test_make_anchors_names_the_new_paragraphs_whose_words_it_records(broken_project: Path) -> None:
    """It wrote them in silence: a contributor committed the lock alone, and the next build failed on the words."""
    page = broken_project / "docs/migration-and-transnationalism/opportunities.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nA paragraph the text gained.\n{ #p6 }\n", encoding="utf-8")
    recorded = run_build(broken_project, broken_project / "site", env={"EDITION_ANCHORS": "record"})
    assert recorded.returncode == 0, recorded.stderr
    url = "/migration-and-transnationalism/opportunities/"
    assert "anchors.lock.json: recorded 1 new id(s)" in recorded.stderr
    assert f"{WORDS_FILE}: recorded the words of 1 new paragraph(s): {url}#p6" in recorded.stderr
    assert "recorded new words for" not in recorded.stderr
    (broken_project / WORDS_FILE).write_text("{broken", encoding="utf-8")  # none of the 31 paragraphs is new then
    rewritten = run_build(broken_project, broken_project / "site", env={"EDITION_ANCHORS": "record"})
    assert rewritten.returncode == 0, rewritten.stderr
    assert f"{WORDS_FILE}: written anew from the pages (it could not be read)" in rewritten.stderr
    assert "new paragraph(s)" not in rewritten.stderr


def test_both_sides_of_a_conflicted_words_file_are_merged_ours_first() -> None:
    ours = json.dumps({PAGE: {"p1": "ours", "p5": "retired here"}})
    theirs = json.dumps({PAGE: {"p1": "theirs", "p6": "new there"}, "/b/": {"p1": "b"}})
    assert merge_word_sides((ours, theirs)) == {
        PAGE: {"p1": "ours", "p6": "new there", "p5": "retired here"},
        "/b/": {"p1": "b"},
    }
    assert merge_word_sides((ours, "<<<<<<< HEAD")) == {}  # a side that does not read: the pages give what they build
    assert merge_word_sides(None) == {}
