"""The lock only grows: `make anchors` merges a conflicted lock from both sides, `make check` compares its history."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from annotation_helpers import GOOD_NOTE
from broken_project_helpers import edition_lines, remove_last_paragraph
from conftest import ROOT, copy_project, declare_redirects, edit, run_build, run_check
from lock_helpers import commit_all, git, read_lock, write_lock

from hooks.cli.config_values import configured_moves
from hooks.cli.lock_checks import check_lock_history
from hooks.core.git_history import committed_versions
from hooks.core.lock_history import committed_ids, lost_ids, merge_sides, offer_uncommitted, parse_versions
from hooks.core.page_moves import lock_moves
from hooks.core.paragraph_words import UNLOCKED_WORDS, WORDS_FILE
from hooks.core.problems import Problem

OPP = "/migration-and-transnationalism/opportunities/"
PAGE = Path("docs/migration-and-transnationalism/opportunities.md")
NOTE = "annotations/notes/chain-migration-and-cities.md"
CONFLICT = '{\n<<<<<<< HEAD\n "/a/": ["x"]\n=======\n "/a/": ["y"]\n>>>>>>> b\n}\n'
MERGE_BY_HAND = (
    "keep every id of both sides, delete the lines '<<<<<<<', '=======' and '>>>>>>>', then run 'make anchors'"
)


def add_ids(project: Path, page: str, *ids: str) -> None:
    """What `make anchors` does to the lock when a page gained ids: append them to its list."""
    lock = read_lock(project)
    write_lock(project, {**lock, page: [*lock[page], *ids]})


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


# The core: pure comparisons of lock mappings.

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


# The history, read with git.


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


def test_make_check_fails_on_an_id_taken_out_of_the_lock_with_its_element(tmp_path: Path) -> None:
    """The reviewer's second case: the build cannot tell, since neither the id nor its element is there any more."""
    project = copy_project(tmp_path / "project")
    git(project, "init", "-q", "-b", "main")
    published = commit_all(project, "the edition")
    remove_last_paragraph(project)  # p5
    lock = read_lock(project)
    write_lock(project, {**lock, OPP: [i for i in lock[OPP] if i != "p5"]})
    check = run_check(project)
    assert check.returncode == 1, check.stdout
    assert check.stdout.splitlines() == [
        f"anchors.lock.json: {OPP}#p5: recorded in commit {published[:10]}, missing from the lock now (put it back "
        f"under `{OPP}`: the lock keeps every id it once held; if its element is gone, declare its new place in "
        f"anchors.redirects.yml with the line `{OPP}#p5: {OPP}#new-id`)"
    ]


def test_a_redirect_from_an_id_the_lock_lost_is_no_typo_in_make_check_nor_in_the_build(tmp_path: Path) -> None:
    """p5 retired with a redirect, then cut from the lock: published (its commit, its recorded words), not "never".

    The build, which reads no git, names the words the file keeps for it; make check, the commit the history does,
    whose line answers both.
    """
    project = copy_project(tmp_path / "project")
    git(project, "init", "-q", "-b", "main")
    published = commit_all(project, "the edition")
    remove_last_paragraph(project)
    declare_redirects(project, f"'{OPP}#p5': '{OPP}#p4'\n")
    lock = read_lock(project)
    write_lock(project, {**lock, OPP: [i for i in lock[OPP] if i != "p5"]})
    build = run_build(project, project / "site")  # anchors.words.json still has p5's words
    assert build.returncode != 0 and edition_lines(build.stderr) == [
        f"{WORDS_FILE}: {OPP}#p5: {UNLOCKED_WORDS} (run 'make anchors', which writes the file anew without them;"
        " if the lock lost the id, put it back instead: make check names its commit)"
    ], build.stderr
    check = run_check(project)
    assert (
        check.stdout.splitlines()
        == [  # not a fresh line to declare: anchors.redirects.yml has one already
            f"anchors.lock.json: {OPP}#p5: recorded in commit {published[:10]}, missing from the lock now (put it back "
            f"under `{OPP}`: the lock keeps every id it once held, and anchors.redirects.yml sends it to `{OPP}#p4`"
            " already)"
        ]
    )
    words = json.loads((project / WORDS_FILE).read_text(encoding="utf-8"))
    del words[OPP]["p5"]
    (project / WORDS_FILE).write_text(json.dumps(words), encoding="utf-8")
    assert run_check(project).stdout.splitlines() == check.stdout.splitlines()  # the history answers it
    build = run_build(project, project / "site").stderr  # no git there: not "never published", which it was
    assert "never published" not in build
    assert f"anchors.redirects.yml: {OPP}#p5: 'p5' is not among the ids anchors.lock.json records for" in build


def test_a_misspelt_redirect_whose_id_the_lock_lost_is_still_its_line_in_make_check(tmp_path: Path) -> None:
    """p55 meant p5: the history's line on p55 took the redirect's line away, and with it p5's, which it answers."""
    project = copy_project(tmp_path / "project")
    git(project, "init", "-q", "-b", "main")
    lock = read_lock(project)
    write_lock(project, {**lock, OPP: [*lock[OPP], "p55"]})
    recorded = commit_all(project, "an id p55 recorded")
    write_lock(project, lock)  # the lock lost p55
    remove_last_paragraph(project)  # p5, redirected as p55 by a slip
    declare_redirects(project, f"'{OPP}#p55': '{OPP}#p4'\n")
    lines = run_check(project).stdout.splitlines()
    assert lines == [
        f"anchors.lock.json: {OPP}#p55: recorded in commit {recorded[:10]}, missing from the lock now (put it back "
        f"under `{OPP}`: the lock keeps every id it once held, and anchors.redirects.yml sends it to `{OPP}#p4`"
        " already)",
        f"anchors.redirects.yml: {OPP}#p55: 'p55' is not among the ids anchors.lock.json records for"
        f" docs/migration-and-transnationalism/opportunities.md (did you mean 'p5'? write the line `{OPP}#p5: {OPP}#p4`)",
    ], lines


def renamed_before_its_commit(project: Path) -> None:
    """A new note recorded by a `make anchors` on this copy, then renamed: its first id is in the lock, in no commit."""
    (project / "annotations/notes/first-name.md").write_text(GOOD_NOTE.format(id="first-name"), encoding="utf-8")
    add_ids(project, OPP, "first-name")  # what `make anchors` wrote, before any commit
    (project / "annotations/notes/first-name.md").rename(project / "annotations/notes/second-name.md")
    edit(project, "annotations/notes/second-name.md", "id: first-name", "id: second-name")


def test_an_id_no_commit_holds_is_offered_out_of_the_lock_beside_its_redirect(tmp_path: Path) -> None:
    """Renamed before its first commit, the note's first id was never published: a redirect for it would stay for ever.

    Only git tells: the line names both remedies, the lock's first, where no commit of it holds the id.
    """
    project = copy_project(tmp_path / "project")
    git(project, "init", "-q", "-b", "main")
    commit_all(project, "the edition")
    renamed_before_its_commit(project)
    lines = run_check(project).stdout.splitlines()
    assert lines == [
        f"anchors.lock.json: {OPP}#first-name: published id is gone (no element has id 'first-name') (no commit of"
        f" anchors.lock.json holds it: if only a `make anchors` on this copy recorded it, take it out of the lock"
        f" under `{OPP}`; if it was published, restore it, or declare its new place in anchors.redirects.yml; the"
        f" page has one new id, second-name: if that is where its words went (check), write the line"
        f" `{OPP}#first-name: {OPP}#second-name`)",
        f"anchors.lock.json: {OPP}: 1 published id(s) not recorded: second-name (fix the other lines first, then"
        " run 'make anchors': it records nothing while the build fails)",
    ], lines


def test_a_new_paragraph_deleted_before_its_commit_is_offered_out_of_the_lock_though_another_page_has_its_id(
    tmp_path: Path,
) -> None:
    """Its number is another page's too (the annex has a p6): a commit holding that page's p6 said nothing of this one's.

    Every page numbers its paragraphs from p1, so the lock's remedy was offered for no paragraph at all.
    """
    project = copy_project(tmp_path / "project")
    git(project, "init", "-q", "-b", "main")
    commit_all(project, "the edition")
    assert "p6" in read_lock(project)["/migration-and-transnationalism/annex/"]
    add_ids(project, OPP, "p6")  # what `make anchors` wrote for a new paragraph, deleted before any commit
    lines = run_check(project).stdout.splitlines()
    assert lines[0].startswith(
        f"anchors.lock.json: {OPP}#p6: published id is gone (no element has id 'p6') (no commit of anchors.lock.json"
        f" holds it: if only a `make anchors` on this copy recorded it, take it out of the lock under `{OPP}` and its"
        " words from anchors.words.json; if it was published, "
    ), lines


def test_an_id_a_commit_holds_or_one_git_cannot_tell_of_keeps_the_builds_line(tmp_path: Path) -> None:
    """Without git, during a merge (its other side's ids are in no commit of HEAD's), or committed: the build's line.

    A committed id was published, or is on a branch not merged, whose steps stable-links.md gives.
    """
    project = copy_project(tmp_path / "project")
    git(project, "init", "-q", "-b", "main")
    head = commit_all(project, "the edition")
    (project / ".git").rename(tmp_path / "git")
    renamed_before_its_commit(project)
    no_git = run_check(project).stdout.splitlines()
    assert no_git[0].startswith(
        f"anchors.lock.json: {OPP}#first-name: published id is gone (no element has id 'first-name') (restore it,"
    ), no_git
    (tmp_path / "git").rename(project / ".git")
    (project / ".git/MERGE_HEAD").write_text(f"{head}\n", encoding="utf-8")  # a merge under way
    assert run_check(project).stdout.splitlines() == no_git
    (project / ".git/MERGE_HEAD").unlink()
    assert run_check(project).stdout.splitlines() != no_git  # the first test's line
    commit_all(project, "the note, renamed, and the lock as `make anchors` wrote it")
    assert run_check(project).stdout.splitlines() == no_git


# `make anchors` and a lock in conflict.


def merge_with_a_conflicted_lock(project: Path) -> None:
    """Merge branch b, which recorded b-two, into main, which recorded a-one and retired it: the lock conflicts."""
    git(project, "init", "-q", "-b", "main")
    commit_all(project, "the edition")
    git(project, "checkout", "-q", "-b", "b")
    edit(project, PAGE, "{ #p5 }", "{ #p5 }\n\n## Beta { #b-two }")
    add_ids(project, OPP, "b-two")
    commit_all(project, "b records b-two")
    git(project, "checkout", "-q", "main")
    edit(project, PAGE, "{ #p5 }", "{ #p5 }\n\n## Alpha { #a-one }")
    add_ids(project, OPP, "a-one")
    commit_all(project, "a records a-one")
    edit(project, PAGE, "{ #p5 }\n\n## Alpha { #a-one }", "{ #p5 }")
    declare_redirects(project, f"'{OPP}#a-one': '{OPP}#p5'\n")
    commit_all(project, "a-one retired with a redirect")
    assert "CONFLICT (content): Merge conflict in anchors.lock.json" in git(project, "merge", "b", check=False)


def test_make_anchors_checks_a_notes_tags_against_the_areas_of_the_lock_it_merges(tmp_path: Path) -> None:
    """The annotations adapter read the lock before the anchors adapter merged it: a misspelt tag went unchecked.

    `make anchors` passed, published the note and wrote the lock; only the next build named the tag.
    """
    project = copy_project(tmp_path / "project")
    merge_with_a_conflicted_lock(project)
    conflicted = (project / "anchors.lock.json").read_text(encoding="utf-8")
    edit(project, NOTE, "tags: [local-cooperation,", "tags: [local-cooperaton,")
    result = run_build(project, project / "site", env={"EDITION_ANCHORS": "record"})  # make anchors
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert (
        f"{NOTE}: tags: unknown policy area 'local-cooperaton' (did you mean 'local-cooperation'?)" in result.stderr
    ), result.stderr
    assert (project / "anchors.lock.json").read_text(encoding="utf-8") == conflicted  # nothing recorded


def test_make_anchors_merges_a_conflicted_lock_so_no_retired_id_is_lost(tmp_path: Path) -> None:
    """The reviewer's first case: taking one side lost a-one, which no page builds any more (it was redirected)."""
    project = copy_project(tmp_path / "project")
    merge_with_a_conflicted_lock(project)
    conflicted = (project / "anchors.lock.json").read_text(encoding="utf-8")

    result = run_build(project, project / "site")  # a build refuses the lock, and never writes it
    assert result.returncode != 0
    assert "anchors.lock.json: holds a git merge conflict ('<<<<<<<' at line" in result.stderr, result.stderr
    assert "(run 'make anchors', which merges both sides)" in result.stderr
    assert (project / "anchors.lock.json").read_text(encoding="utf-8") == conflicted

    result = run_build(project, project / "site", env={"EDITION_ANCHORS": "record"})  # make anchors
    assert result.returncode == 0, result.stderr
    assert (
        "anchors.lock.json: merged both sides of its git merge conflict, every id of both, and recorded 0 new id(s) "
        "(git add anchors.lock.json marks it resolved)"
    ) in result.stderr
    assert read_lock(project)[OPP][-2:] == ["a-one", "b-two"]
    assert run_build(project, project / "site").returncode == 0
    assert check_lock_history(project) == ([], [])
    shutil.copy(ROOT / "anchors.redirects.yml", project)  # the edition's own only: the id cannot go without a word now
    assert f"anchors.lock.json: {OPP}#a-one: published id is gone" in run_build(project, project / "site").stderr


def test_make_anchors_keeps_the_words_of_retired_paragraphs_from_a_conflicted_words_file(tmp_path: Path) -> None:
    """The file was written anew from the pages, which no longer build a retired paragraph: its words were lost."""
    project = copy_project(tmp_path / "project")
    git(project, "init", "-q", "-b", "main")
    remove_last_paragraph(project)  # p5, retired with a redirect: its words stay recorded
    declare_redirects(project, f"'{OPP}#p5': '{OPP}#p4'\n")
    assert run_build(project, project / "site").returncode == 0
    retired = json.loads((project / WORDS_FILE).read_text(encoding="utf-8"))[OPP]["p5"]
    commit_all(project, "p5 retired")
    for branch, words in (("b", "beta … words"), ("main", "alpha … words")):  # one line changed on both sides
        git(project, "checkout", "-q", *(["-b"] if branch == "b" else []), branch)
        edit(project, WORDS_FILE, f'"p1": "{read_words(project)[OPP]["p1"]}"', f'"p1": "{words}"')
        commit_all(project, f"{branch}'s words")
        git(project, "checkout", "-q", "main")
    assert f"CONFLICT (content): Merge conflict in {WORDS_FILE}" in git(project, "merge", "b", check=False)

    result = run_build(project, project / "site", env={"EDITION_ANCHORS": "record"})  # make anchors
    assert result.returncode == 0, result.stderr
    recorded = read_words(project)[OPP]
    assert recorded["p5"] == retired
    assert recorded["p1"] not in ("alpha … words", "beta … words")  # the page's own, as it builds
    assert run_build(project, project / "site").returncode == 0


def read_words(project: Path) -> dict[str, dict[str, str]]:
    return json.loads((project / WORDS_FILE).read_text(encoding="utf-8"))


def test_make_anchors_leaves_a_conflicted_lock_it_cannot_merge_as_it_is(broken_project: Path) -> None:
    """Outside a merge (the markers were committed, or the merge is over) git keeps no two sides to merge."""
    edit(broken_project, "anchors.lock.json", '  "about"\n', '<<<<<<< HEAD\n  "about"\n=======\n  "about"\n>>>>>>> b\n')
    conflicted = (broken_project / "anchors.lock.json").read_text(encoding="utf-8")
    result = run_build(broken_project, broken_project / "site", env={"EDITION_ANCHORS": "record"})
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert (
        "anchors.lock.json: holds a git merge conflict, and git keeps no two sides of it to merge (while the merge is "
        f"on, 'git checkout -m anchors.lock.json' brings both sides back; otherwise {MERGE_BY_HAND})"
    ) in result.stderr, result.stderr
    assert "anchors.lock.json: left as it is: it could not be read, so no id was recorded" in result.stderr
    assert (broken_project / "anchors.lock.json").read_text(encoding="utf-8") == conflicted


def test_make_anchors_offers_a_heading_without_an_id_no_id_of_the_lock_it_merges(tmp_path: Path) -> None:
    """The source-page hook read the unmerged lock, which does not load: it offered a-one, retired by a redirect.

    Taken again, the id would send the links made to the old heading (and its redirect's) to the new one.
    """
    project = copy_project(tmp_path / "project")
    merge_with_a_conflicted_lock(project)
    edit(project, PAGE, "{ #p5 }", "{ #p5 }\n\n## A one")  # the retired heading's words, written anew without an id
    result = run_build(project, project / "site", env={"EDITION_ANCHORS": "record"})  # make anchors
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert f"{PAGE.as_posix()}: heading: 'A one' has no id (end the heading with '{{ #a-one-2 }}')" in result.stderr, (
        result.stderr
    )
