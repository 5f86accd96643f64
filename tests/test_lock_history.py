"""`make check` compares the lock with its history in git: an id a commit recorded stays in the lock."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import ROOT, edit
from lock_helpers import CONFLICT, add_ids, commit_all, git, write_lock

from hooks.cli.lock_checks import check_lock_history
from hooks.core.git_history import committed_versions


@pytest.fixture
def lock_repo(tmp_path: Path) -> Path:
    """A small git checkout whose lock gained an id in its second commit."""
    repo = tmp_path / "repo"
    (repo / "docs").mkdir(parents=True)
    (repo / "docs/a.md").write_text("# A\n", encoding="utf-8")
    settings = "site_name: A\nplugins:\n  - redirects:\n      redirect_maps: {}\n"  # as MkDocs reads one
    (repo / "mkdocs.yml").write_text(settings, encoding="utf-8")
    git(repo, "init", "-q", "-b", "main")
    write_lock(repo, {"/a/": ["a", "p1"]})
    commit_all(repo, "a")
    write_lock(repo, {"/a/": ["a", "p1", "p2"]})
    commit_all(repo, "p2")
    return repo


def test_the_real_lock_holds_every_id_any_commit_recorded() -> None:
    problems, notes = check_lock_history(ROOT)
    if any("not compared" in note for note in notes):
        pytest.skip(f"not a git checkout: {notes}")
    assert [str(p) for p in problems] == []


def test_an_id_taken_out_of_the_lock_is_named_with_its_commit(lock_repo: Path) -> None:
    newest = git(lock_repo, "rev-parse", "HEAD")
    assert check_lock_history(lock_repo) == ([], [])
    write_lock(lock_repo, {"/a/": ["a", "p1"]})  # a hand edit, before or after a commit
    expected = [
        f"anchors.lock.json: /a/#p2: recorded in commit {newest[:10]}, missing from the lock now (put it back under "
        "`/a/`: the lock keeps every id it once held; if its element is gone, declare its new place in "
        "anchors.redirects.yml with the line `/a/#p2: /a/#new-id`)"
    ]
    assert [str(p) for p in check_lock_history(lock_repo)[0]] == expected
    commit_all(lock_repo, "lose p2")
    assert [str(p) for p in check_lock_history(lock_repo)[0]] == expected


def test_a_lost_id_of_a_page_the_hooks_generate_is_offered_a_place_there(lock_repo: Path) -> None:
    """`/annotations/` is in no file of docs/, yet built: the lost group of a.md, still built, goes to its heading.

    It was offered `/annotations/#new-id`, a placeholder; a.md, at the top of docs/, is its own group.
    """
    write_lock(lock_repo, {"/a/": ["a", "p1", "p2"], "/annotations/": ["annotations", "a"]})
    newest = commit_all(lock_repo, "a's group")
    write_lock(lock_repo, {"/a/": ["a", "p1", "p2"], "/annotations/": ["annotations"]})
    assert [str(p) for p in check_lock_history(lock_repo)[0]] == [
        f"anchors.lock.json: /annotations/#a: recorded in commit {newest[:10]}, missing from the lock now (put it back"
        " under `/annotations/`: the lock keeps every id it once held; if its element is gone, declare its new place"
        " in anchors.redirects.yml with the line `/annotations/#a: /annotations/#annotations`)"
    ]


def test_a_merge_that_kept_one_side_of_the_lock_is_named(lock_repo: Path) -> None:
    """Git's history simplification skips the side a merge dropped: the check must not."""
    git(lock_repo, "checkout", "-q", "-b", "side")
    add_ids(lock_repo, "/a/", "side-id")
    side = commit_all(lock_repo, "side records an id")
    git(lock_repo, "checkout", "-q", "main")
    add_ids(lock_repo, "/a/", "main-id")
    commit_all(lock_repo, "main records another")
    subprocess.run(["git", "merge", "-q", "side"], cwd=lock_repo, capture_output=True, check=False)  # conflicts
    git(lock_repo, "checkout", "--ours", "anchors.lock.json")
    commit_all(lock_repo, "merge, keeping main's lock")
    assert [str(p) for p in check_lock_history(lock_repo)[0]] == [
        f"anchors.lock.json: /a/#side-id: recorded in commit {side[:10]}, missing from the lock now (put it back"
        " under `/a/`: the lock keeps every id it once held; if its element is gone, declare its new place in"
        " anchors.redirects.yml with the line `/a/#side-id: /a/#new-id`)"
    ]


def test_a_moved_page_keeps_its_ids_under_its_new_address(lock_repo: Path) -> None:
    (lock_repo / "docs/a.md").rename(lock_repo / "docs/b.md")
    write_lock(lock_repo, {"/b/": ["a", "p1", "p2"]})
    assert len(check_lock_history(lock_repo)[0]) == 3
    edit(lock_repo, "mkdocs.yml", "redirect_maps: {}", "redirect_maps:\n        a.md: b.md")
    assert check_lock_history(lock_repo) == ([], [])


def test_a_version_committed_with_conflict_markers_is_skipped_with_a_note(lock_repo: Path) -> None:
    (lock_repo / "anchors.lock.json").write_text(CONFLICT, encoding="utf-8")
    broken = commit_all(lock_repo, "markers")
    write_lock(lock_repo, {"/a/": ["a", "p1", "p2"]})
    assert check_lock_history(lock_repo) == (
        [],
        [
            f"anchors.lock.json: the version of commit {broken[:10]} is skipped: holds a git merge conflict ('<<<<<<<' "
            "at line 2)"
        ],
    )


def test_without_a_checkout_or_with_a_shallow_one_a_note_says_what_was_not_compared(
    lock_repo: Path, tmp_path: Path
) -> None:
    (lock_repo / ".git").rename(tmp_path / "git")
    versions, notes = committed_versions(lock_repo, "anchors.lock.json")
    assert versions == [] and len(notes) == 1, notes
    assert notes[0].startswith("anchors.lock.json: not compared with its committed versions: not a git repository")
    (tmp_path / "git").rename(lock_repo / ".git")
    shallow = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "1", lock_repo.as_uri(), str(shallow))
    assert [commit for commit, _ in committed_versions(shallow, "anchors.lock.json")[0]] == [
        git(shallow, "rev-parse", "HEAD")
    ]
    assert check_lock_history(shallow) == (
        [],
        [
            "anchors.lock.json: compared with the 1 version(s) a shallow clone holds only (git fetch --unshallow fetches "
            "the others)"
        ],
    )
