"""The lock only grows: the pure comparisons of its versions, the ids it lost, the sides of a conflict, the moves."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from conftest import ROOT, edit
from lock_helpers import CONFLICT, MERGE_BY_HAND

from hooks.cli.config_values import configured_moves
from hooks.core.lock_history import committed_ids, lost_ids, merge_sides, offer_uncommitted, parse_versions
from hooks.core.page_moves import lock_moves
from hooks.core.problems import Problem

LOCK = {"/a/": ["a", "p1", "p2"]}


@pytest.mark.parametrize(
    ("current", "moves", "pages", "expected"),
    [
        (LOCK, {}, {"/a/"}, []),
        ({"/a/": ["a", "p1", "p2", "p3"], "/b/": ["b"]}, {}, {"/a/"}, []),
        # The page is still built: its own address is offered, the id to fill, as the anchor check offers it.
        (
            {"/a/": ["a", "p1"]},
            {},
            {"/a/"},
            [
                "anchors.lock.json: /a/#p2: recorded in commit 2222222222, missing from the lock now (put it back under "
                "`/a/`: the lock keeps every id it once held; if its element is gone, declare its new place in "
                "anchors.redirects.yml with the line `/a/#p2: /a/#new-id`)"
            ],
        ),
        # The page moved (redirect_maps) and its key was written again under the new address.
        ({"/new/": ["a", "p1", "p2"]}, {"/a/": "/new/"}, {"/new/"}, []),
        (
            {"/new/": ["a", "p1"]},
            {"/a/": "/new/"},
            {"/new/"},
            [
                "anchors.lock.json: /a/#p2: recorded in commit 2222222222, missing from the lock now (put it back under "
                "`/a/`: the lock keeps every id it once held; if its element is gone, declare its new place in "
                "anchors.redirects.yml with the line `/a/#p2: /new-page/#new-id`)"
            ],
        ),
        # A key renamed without a page move keeps nothing.
        (
            {"/new/": ["a", "p1", "p2"]},
            {},
            {"/new/"},
            [
                f"anchors.lock.json: /a/#{i}: recorded in commit {c * 10}, missing from the lock now (put it back under "
                "`/a/`: the lock keeps every id it once held; if its element is gone, declare its new place in "
                f"anchors.redirects.yml with the line `/a/#{i}: /new-page/#new-id`)"
                for i, c in (("a", "2"), ("p1", "2"), ("p2", "2"))
            ],
        ),
    ],
)
def test_lost_ids(current: dict, moves: dict, pages: set, expected: list[str]) -> None:
    versions = [("2" * 40, LOCK), ("1" * 40, {"/a/": ["a", "p1"]})]  # newest first, as git log lists them
    assert [str(p) for p in lost_ids(current, versions, moves, pages)] == expected


GONE_LINE = Problem("anchors.lock.json", "/a/#x", "published id is gone (no element has id 'x')", "restore it")
NEVER_COMMITTED = (
    "anchors.lock.json: /a/#x: published id is gone (no element has id 'x') (no commit of anchors.lock.json holds it:"
    " if only a `make anchors` on this copy recorded it, take it out of the lock under `/a/`; if it was published,"
    " restore it)"
)


@pytest.mark.parametrize(
    ("line", "versions", "expected"),
    [
        (GONE_LINE, {"/a/": ["x"]}, str(GONE_LINE)),  # a commit holds it: published, or on a branch
        (GONE_LINE, {"/a/": ["y"]}, NEVER_COMMITTED),
        # another page's id of that name is another id: a new page's p6 when another page has one
        (GONE_LINE, {"/b/": ["x"]}, NEVER_COMMITTED),
        # committed under the page's old address, which mkdocs.yml's redirect_maps moves to /a/: that id, moved
        (GONE_LINE, {"/old/": ["x"]}, str(GONE_LINE)),
        (dataclasses.replace(GONE_LINE, field="/a/#p7"), {}, "anchors.lock.json: /a/#p7: published id is gone (no"
         " element has id 'x') (no commit of anchors.lock.json holds it: if only a `make anchors` on this copy"
         " recorded it, take it out of the lock under `/a/` and its words from anchors.words.json; if it was"
         " published, restore it)"),
        (dataclasses.replace(GONE_LINE, message="1 published id(s) not recorded: x"), {},
         "anchors.lock.json: /a/#x: 1 published id(s) not recorded: x (restore it)"),
    ],
    ids=["committed", "never-committed", "on-another-page", "on-the-moved-page", "a-paragraph's", "another-line"],
)  # fmt: skip
def test_a_gone_id_no_commit_holds_is_offered_out_of_the_lock(line: Problem, versions: dict, expected: str) -> None:
    committed = committed_ids([("1" * 40, versions)], {"/old/": "/a/"}, {"/a/", "/b/"})
    assert str(offer_uncommitted(line, committed, {"/old/": "/a/"}, {"/a/", "/b/"})) == expected


RETIRED, LANDING, INDEX = "/s/x/", "/s/", "/annotations/"  # a page deleted for good, moved onto its landing page


@pytest.mark.parametrize(
    ("landing", "index", "lost", "place"),
    [
        # stable-links.md#page-retired: the page's ids go to its landing page's *Contents*
        (["s", "contents"], ["annotations", "s"], f"{RETIRED}#p2", f"{LANDING}#contents"),
        (["s"], ["annotations", "s"], f"{RETIRED}#p2", "/new-page/#new-id"),  # no contents list: nothing to offer
        # and its group on /annotations/ to its source's group there, the one the build writes for the landing page
        (["s", "contents"], ["annotations", "s"], f"{INDEX}#s-x", f"{INDEX}#s"),
        (["s", "contents"], ["annotations"], f"{INDEX}#s-x", f"{INDEX}#annotations"),  # no source group left: the h1
    ],
)
def test_a_lost_id_is_offered_the_place_the_anchor_check_offers(
    landing: list[str], index: list[str], lost: str, place: str
) -> None:
    """A lost id of a page retired onto its landing page was offered `/new-page/#new-id`, where the build knew better."""
    page, _, anchor_id = lost.partition("#")
    current = {RETIRED: ["x", "p1"], LANDING: landing, INDEX: index}
    older = {**current, page: [*current[page], anchor_id]}  # a merge that kept one side lost it
    (problem,) = lost_ids(current, [("2" * 40, older)], {RETIRED: LANDING}, {LANDING, INDEX})
    assert problem.field == lost and problem.hint.endswith(f"with the line `{lost}: {place}`"), problem.hint


def test_a_lost_id_anchors_redirects_yml_redirects_is_offered_no_fresh_redirect_line() -> None:
    """Its line offered `/a/#x: /a/#new-id` beside the line anchors.redirects.yml has: only the lock lost it."""
    versions = [("2" * 40, {"/a/": ["a", "x"]})]
    (problem,) = lost_ids({"/a/": ["a"]}, versions, {}, {"/a/"}, {"/a/#x": "/a/#a"})
    assert str(problem) == (
        "anchors.lock.json: /a/#x: recorded in commit 2222222222, missing from the lock now (put it back under"
        " `/a/`: the lock keeps every id it once held, and anchors.redirects.yml sends it to `/a/#a` already)"
    )


def test_a_lost_id_names_the_newest_commit_that_held_it() -> None:
    versions = [("3" * 40, {"/a/": []}), ("2" * 40, {"/a/": ["x"]}), ("1" * 40, {"/a/": ["x"]})]
    (problem,) = lost_ids({"/a/": []}, versions, {}, set())
    assert "recorded in commit 2222222222" in str(problem)


def test_a_version_that_does_not_parse_is_skipped_and_named() -> None:
    versions, notes = parse_versions([("2" * 40, CONFLICT), ("1" * 40, '{"/a/": ["x"]}')])
    assert versions == [("1" * 40, {"/a/": ["x"]})]
    assert notes == [
        "anchors.lock.json: the version of commit 2222222222 is skipped: holds a git merge conflict ('<<<<<<<' at line 2)"
    ]


@pytest.mark.parametrize(
    ("sides", "expected", "lines"),
    [
        (('{"/a/": ["x", "z"]}', '{"/a/": ["x", "y"], "/b/": ["b"]}'), {"/a/": ["x", "z", "y"], "/b/": ["b"]}, []),
        (
            None,
            {},
            [
                "anchors.lock.json: holds a git merge conflict, and git keeps no two sides of it to merge (while the merge is "
                f"on, 'git checkout -m anchors.lock.json' brings both sides back; otherwise {MERGE_BY_HAND})"
            ],
        ),
        (
            ('{"/a/": ["x"]}', CONFLICT),
            {},
            [f":3:anchors.lock.json: holds a git merge conflict ('<<<<<<<' at line 2) ({MERGE_BY_HAND})"],
        ),
    ],
)
def test_merge_sides_keeps_every_id_of_both(sides: tuple[str, str] | None, expected: dict, lines: list[str]) -> None:
    merged, problems = merge_sides(sides)
    assert (merged, [str(p) for p in problems]) == (expected, lines)


def test_page_moves_are_the_lock_keys_of_redirect_maps() -> None:
    maps = {"a/old.md": "a/new.md", "old.md": "b/index.md#top", "x/index.md": "index.md"}
    assert lock_moves(maps) == {"/a/old/": "/a/new/", "/old/": "/b/", "/x/": "/"}


def test_make_check_reads_the_page_moves_of_mkdocs_yml(broken_project: Path) -> None:
    assert configured_moves(ROOT) == {}
    moved = "redirect_maps:\n        a/old.md: a/new.md"
    edit(broken_project, "mkdocs.yml", "redirect_maps: {}", moved)
    assert configured_moves(broken_project) == {"/a/old/": "/a/new/"}
