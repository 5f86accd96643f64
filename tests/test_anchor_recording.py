"""The anchors as data: what the build says of its ids, what `make anchors` records, the lock's keys of pages."""

from __future__ import annotations

import pytest

from hooks.core.anchor_check import anchor_problems, check_anchors, while_errors_stand
from hooks.core.anchor_export import annotations_by_page
from hooks.core.anchor_lock import LOCK_CONFLICT, moved_url_key, url_claims, url_key
from hooks.core.anchor_recording import first_few, lock_for_build, read_for_build, record_anchors
from hooks.core.annotations import Annotation
from hooks.core.built_pages import BuiltPage, blank_page, built_ids, page_sources
from hooks.core.page_moves import check_page_moves
from hooks.core.paragraph_words import unlocked_words, words_of
from hooks.core.paragraphs import PageInventory, Paragraph
from hooks.core.problems import Problem
from hooks.core.unrecorded import format_unrecorded

A, B = "/s/a/", "/s/b/"


def record(lock: dict, built: dict, words: dict, texts: dict, merged: bool = False, words_read: bool = True):
    return record_anchors(lock, built, words, texts, {}, merged=merged, words_read=words_read)


CONFLICT = Problem("anchors.lock.json", "", "holds a git merge conflict", LOCK_CONFLICT)
UNREAD_WORDS = Problem("anchors.words.json", "", "is not valid JSON", "fix it")
SIDES = {
    "anchors.lock.json": ('{"/s/a/": ["p1"]}', '{"/s/a/": ["p2"]}'),
    "anchors.words.json": ('{"/s/a/": {"p1": "one"}}', '{"/s/a/": {"p2": "two"}}'),
}


def test_make_anchors_merges_a_conflicted_lock_and_words_file_from_gits_two_sides() -> None:
    read = read_for_build(
        lock_for_build(({}, [CONFLICT]), SIDES.get, recording=True), ({}, [UNREAD_WORDS]), SIDES.get, recording=True
    )
    assert (read.lock, read.words) == ({A: ["p1", "p2"]}, {A: {"p1": "one", "p2": "two"}})
    assert (read.lock_read, read.merged, read.words_read, read.problems) == (True, True, False, [])


def test_a_build_refuses_a_conflicted_lock_and_names_an_unread_words_file_without_asking_git() -> None:
    def no_git(name: str) -> None:
        raise AssertionError(f"git asked for {name}")

    lock = lock_for_build(({}, [CONFLICT]), no_git, recording=False)
    read = read_for_build(lock, ({}, [UNREAD_WORDS]), no_git, recording=False)
    assert (read.lock, read.words, read.lock_read, read.merged, read.words_read) == ({}, {}, False, False, False)
    assert read.problems == [CONFLICT, UNREAD_WORDS]


def test_a_conflict_git_keeps_no_sides_of_is_a_line_and_no_merge() -> None:
    lock = lock_for_build(({}, [CONFLICT]), lambda name: None, recording=True)
    read = read_for_build(lock, ({A: {"p1": "one"}}, []), lambda name: None, recording=True)
    assert (read.lock_read, read.merged, read.words) == (False, False, {A: {"p1": "one"}})
    assert [problem.message for problem in read.problems] == [
        "holds a git merge conflict, and git keeps no two sides of it to merge"
    ]


def test_a_readable_lock_is_read_as_it_is() -> None:
    read = read_for_build(
        lock_for_build(({A: ["p1"]}, []), SIDES.get, recording=True), ({}, []), SIDES.get, recording=True
    )
    assert (read.lock, read.lock_read, read.merged, read.words_read, read.problems) == (
        {A: ["p1"]},
        True,
        False,
        True,
        [],
    )


def test_new_ids_are_recorded_and_counted() -> None:
    done = record({A: ["p1"]}, {A: ["p1", "p2"], B: ["p1"]}, {A: {"p1": words_of("One.")}}, {A: {"p1": "One."}})
    assert done.lock == {A: ["p1", "p2"], B: ["p1"]}
    assert done.lines == ("anchors.lock.json: recorded 2 new id(s)",)


def test_a_merged_lock_says_so_and_how_to_mark_it_resolved() -> None:
    done = record({A: ["p1"]}, {A: ["p1"]}, {}, {}, merged=True)
    assert done.lines[0] == (
        "anchors.lock.json: merged both sides of its git merge conflict, every id of both, and recorded 0 new id(s)"
        " (git add anchors.lock.json marks it resolved)"
    )


def test_the_words_lines_name_new_changed_and_never_published_paragraphs() -> None:
    words = {A: {"p1": "old words"}, "/gone/": {"p1": "x"}}
    texts = {A: {"p1": "New words.", "p2": "Two."}}
    done = record({A: ["p1"]}, {A: ["p1", "p2"]}, words, texts)
    assert done.words == {A: {"p1": words_of("New words."), "p2": words_of("Two.")}}
    assert done.lines[1:] == (
        "anchors.words.json: left out the words of page(s) never published: /gone/",
        f"anchors.words.json: recorded the words of 1 new paragraph(s): {A}#p2",
        f"anchors.words.json: recorded new words for {A}#p1: check in its diff that each link still fits",
    )


def test_make_anchors_leaves_out_the_words_of_ids_the_lock_does_not_hold_and_keeps_the_retired() -> None:
    """Left by a paragraph renamed after a `make anchors` and taken out of the lock: a page reusing the id met them.

    p3 is gone but locked (retired): its words stay. p7 is built again: its words are new, not "changed".
    """
    words = {A: {"p1": words_of("One."), "p3": "retired", "p7": "stale", "p8": "renamed before its commit"}}
    done = record({A: ["p1", "p3"]}, {A: ["p1", "p7"]}, words, {A: {"p1": "One.", "p7": "Seven."}})
    assert done.words == {A: {"p1": words_of("One."), "p3": "retired", "p7": words_of("Seven.")}}
    assert done.lines[1:] == (
        f"anchors.words.json: left out the words of 2 id(s) the lock does not hold: {A}#p7, {A}#p8",
        f"anchors.words.json: recorded the words of 1 new paragraph(s): {A}#p7",
    )


def test_an_unreadable_words_file_is_written_anew() -> None:
    done = record({A: ["p1"]}, {A: ["p1"]}, {}, {A: {"p1": "One."}}, words_read=False)
    assert done.lines[1:] == ("anchors.words.json: written anew from the pages (it could not be read)",)


@pytest.mark.parametrize(("items", "shown"), [
    (["a"], "a"), (list("abcde"), "a, b, c, d, e"), (list("abcdefg"), "a, b, c, d, e and 2 more"),
])  # fmt: skip
def test_a_line_names_five_and_counts_the_rest(items: list[str], shown: str) -> None:
    assert first_few(items) == shown


@pytest.mark.parametrize(("url", "key"), [("./", "/"), ("s/a/", "/s/a/"), ("s/a.html", "/s/a.html")])
def test_a_built_pages_url_is_keyed_from_the_sites_root(url: str, key: str) -> None:
    assert url_key(url) == key


@pytest.mark.parametrize(("old", "directory_urls", "key"), [
    ("s/a.md", True, "/s/a/"), ("s/index.md", True, "/s/"), ("s/a.md", False, "/s/a.html"),
])  # fmt: skip
def test_a_moved_files_old_url_is_keyed_as_the_site_built_it(old: str, directory_urls: bool, key: str) -> None:
    assert moved_url_key(old, directory_urls) == key


def test_a_second_page_claiming_a_url_is_named_with_the_first() -> None:
    pages = [("s/a/", "docs/s/a.md"), ("s/b/", "docs/s/b.md"), ("s/a/", "docs/s/a/index.md")]
    assert [str(problem) for problem in url_claims(pages)] == [
        "docs/s/a/index.md: claims the URL '/s/a/' that docs/s/a.md has (rename or move one of the two pages)"
    ]
    assert url_claims(pages[:2]) == []


def test_annotations_are_grouped_by_page_then_id() -> None:
    def note(note_id: str, page: str) -> Annotation:
        path = f"annotations/notes/{note_id}.md"
        return Annotation(note_id, path, page, "p1", "q", "commenting", (), "A", None, "2026-11-22", "B")

    x, y, z = note("x", "s/a.md"), note("y", "s/b.md"), note("z", "s/a.md")
    assert annotations_by_page([x, y, z]) == {"s/a.md": {"x": x, "z": z}, "s/b.md": {"y": y}}


def problems(
    lock: dict,
    built: dict,
    words: dict | None = None,
    texts: dict | None = None,
    redirects: dict | None = None,
    **flags: bool,
) -> list[str]:
    settings = {"errors_stand": False, "recording": False, "lock_read": True, "words_read": True} | flags
    found = anchor_problems(lock, built, redirects or {}, {}, {}, words or {}, texts or {}, **settings)
    return [str(problem) for problem in found]


def test_a_lock_that_does_not_load_judges_no_redirect_its_line_stands_alone() -> None:
    """Read as empty, it made every redirect's id one never published: summed up beside its line (make check: none)."""
    built, redirects = {A: ["p1"]}, {f"{A}#old": f"{A}#p1"}
    assert problems({}, built, redirects=redirects, lock_read=False) == []
    assert problems({}, built, redirects=redirects, lock_read=False, errors_stand=True) == []
    assert problems({A: ["p1", "old"]}, built, redirects=redirects) == []


def test_an_unrecorded_id_is_a_problem_unless_make_anchors_records_it_or_the_lock_is_unreadable() -> None:
    lock, built = {A: ["p1"]}, {A: ["p1", "p2"]}
    assert problems(lock, built) == [str(p) for p in format_unrecorded({A: ["p2"]})]
    assert problems(lock, built, recording=True) == []
    assert problems(lock, built, lock_read=False) == []


def test_whether_mkdocs_warns_of_a_link_is_asked_only_for_a_not_recorded_line() -> None:
    """Finding out checks every link of the site: a build with nothing to record never asks; one that has, holds back."""
    asked = []

    def build_fails() -> bool:
        asked.append(True)
        return True

    settings = {"errors_stand": False, "recording": False, "lock_read": True, "words_read": True}
    assert anchor_problems({A: ["p1"]}, {A: ["p1"]}, {}, {}, {}, {}, {}, **settings, build_fails=build_fails) == []
    assert asked == []
    found = anchor_problems({A: ["p1"]}, {A: ["p1", "p2"]}, {}, {}, {}, {}, {}, **settings, build_fails=build_fails)
    assert [str(problem) for problem in found] == [str(p) for p in format_unrecorded({A: ["p2"]}, blocked=True)]
    assert asked == [True]


def test_lost_ids_are_one_line_while_other_errors_stand() -> None:
    lock, built = {A: ["p1", "p2", "p3"]}, {A: ["p1"]}
    lost = check_anchors(lock, built, {}, {}, {}, {}).problems
    assert problems(lock, built) == [str(p) for p in lost] and len(lost) > 1
    assert problems(lock, built, errors_stand=True) == [str(p) for p in while_errors_stand(list(lost))]
    assert len(problems(lock, built, errors_stand=True)) == 1


def test_changed_words_and_a_page_never_published_are_named_unless_make_anchors_records_them() -> None:
    lock, built = {A: ["p1"]}, {A: ["p1"]}
    words, texts = {A: {"p1": words_of("Old words.")}, "/gone/": {"p1": "x"}}, {A: {"p1": "New words here."}}
    lines = problems(lock, built, words, texts)
    assert any(line.startswith("anchors.words.json") and "/gone/" in line for line in lines)
    assert any(f"{A}" in line and "p1" in line and "/gone/" not in line for line in lines)
    assert problems(lock, built, words, texts, recording=True) == []
    assert not any("/gone/" in line for line in problems(lock, built, words, texts, lock_read=False))
    assert problems(lock, built, words, texts, words_read=False) == []


def test_words_of_an_id_the_lock_does_not_hold_are_named_unless_make_anchors_leaves_them_out() -> None:
    lock, built, texts = {A: ["p1", "p2"]}, {A: ["p1"]}, {A: {"p1": "One."}}
    words, retired = {A: {"p1": words_of("One."), "p2": "retired", "p7": "stale"}}, {f"{A}#p2": f"{A}#p1"}
    lines = problems(lock, built, words, texts, retired)
    assert lines == [str(p) for p in unlocked_words(words, lock)]
    assert [line.split(": ")[1] for line in lines] == [f"{A}#p7"]
    assert problems(lock, built, words, texts, retired, recording=True) == []
    assert problems(lock, built, words, texts, retired, lock_read=False) == []


def test_the_built_ids_are_each_pages_once_a_blank_page_has_none_and_a_misread_page_no_words() -> None:
    """The build's pages as the anchor check reads them: by lock key, in page order, without MkDocs."""
    inventory = PageInventory(
        paragraphs=(Paragraph("p1", "One."), Paragraph("p2", "Two.")), ids=("intro", "p1", "p2", "p1")
    )
    inventories = {"a.md": inventory, "b.md": inventory, "c.md": PageInventory(ids=("top",))}
    pages = [BuiltPage("/a/", "a.md"), BuiltPage("/blank/", "blank.md", blank=True), BuiltPage("/b/", "b.md"),
             BuiltPage("/c/", "c.md"), BuiltPage("/none/", "none.md")]  # fmt: skip
    found = built_ids(pages, inventories, unreadable={"b.md"})
    assert found.ids == {"/a/": ["intro", "p1", "p2"], "/blank/": [], "/b/": ["intro", "p1", "p2"], "/c/": ["top"]}
    assert list(found.ids) == ["/a/", "/blank/", "/b/", "/c/"]
    assert found.texts == {"/a/": {"p1": "One.", "p2": "Two."}}  # b.md is misread: its words are not its own
    assert found.sources == {"/a/": "a.md", "/b/": "b.md", "/c/": "c.md"}


@pytest.mark.parametrize(("markdown", "blank"), [(None, True), ("", True), (" \n\t\n", True), ("x", False),
                                                 ("\n# Title\n", False)])  # fmt: skip
def test_a_page_of_white_space_is_blank_as_python_markdown_sees_it(markdown: str | None, blank: bool) -> None:
    assert blank_page(markdown) is blank


def test_a_built_pages_own_file_names_its_url_rather_than_a_file_moved_from_it() -> None:
    """`a.md: b.md` in redirect_maps while `a/index.md` is built at /a/: the line names the file there is."""
    sources = page_sources({"/a/": "a.md", "/old/": "old.md"}, {"/a/": "a/index.md", "/b/": "b.md"})
    assert sources == {"/a/": "a/index.md", "/old/": "old.md", "/b/": "b.md"}
    [problem] = check_page_moves({"/a/": ["p1"], "/b/": ["p1"]}, {"/a/": "/b/"}, sources, {})
    assert str(problem) == (
        "mkdocs.yml: redirect_maps: a/index.md: the page is still built: the move's stub would replace it"
        " (remove the move from mkdocs.yml, or the page a/index.md)"
    )
