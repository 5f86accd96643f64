"""`make check` on a copy of the edition in git: an id the lock lost, a redirect for it, one no commit ever held."""

from __future__ import annotations

import json
from pathlib import Path

from annotation_helpers import GOOD_NOTE
from broken_project_helpers import edition_lines, remove_last_paragraph
from conftest import copy_project, declare_redirects, edit, run_build, run_check
from lock_helpers import OPP, add_ids, commit_all, git, read_lock, write_lock

from hooks.core.paragraph_words import UNLOCKED_WORDS, WORDS_FILE


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
