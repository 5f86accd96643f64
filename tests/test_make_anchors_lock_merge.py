"""`make anchors` merges a conflicted lock from both sides, so that no retired id, word or note's tag is lost."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from broken_project_helpers import remove_last_paragraph
from conftest import ROOT, copy_project, declare_redirects, edit, run_build
from lock_helpers import MERGE_BY_HAND, OPP, add_ids, commit_all, git, read_lock

from hooks.cli.lock_checks import check_lock_history
from hooks.core.paragraph_words import WORDS_FILE

PAGE = Path("docs/migration-and-transnationalism/opportunities.md")
NOTE = "annotations/notes/chain-migration-and-cities.md"


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
