"""The place a lost id's line offers for anchors.redirects.yml: a real id, never a placeholder nor an id gone itself."""

from __future__ import annotations

from pathlib import Path

import frontmatter
import pytest
from broken_project_helpers import assert_build_and_check_say, edition_lines
from conftest import copy_project, declare_redirects, run_build, run_check
from lock_helpers import commit_all, git, read_lock, write_lock

from hooks.core.anchor_check import check_anchors
from hooks.core.lock_history import lost_ids

INDEX, SOURCE = "/annotations/", "/s/"  # the index of annotations, a source's landing page
PAGE, TOP = "/s/x/", "/top/"  # a page of the source, a page at the top of docs/ (its own group)
MT = "migration-and-transnationalism"
INTRO = f"/{MT}/introduction/"
NEW = "/new-page/#new-id"


def offered(problem: object) -> str:
    """The place a line offers: what follows `: ` in the line between backticks that ends its hint."""
    line = str(problem).rsplit("`", 2)[-2]
    return line.split(": ", 1)[1]


@pytest.mark.parametrize(
    ("index_ids", "lost", "place"),
    [
        # its page is still built (its notes deleted, or moved): its source's group, where the source's notes are
        (["annotations", "s"], "s-x", f"{INDEX}#s"),
        (["annotations", "s", "s-y"], "s-x", f"{INDEX}#s"),  # not another page's new group
        (["annotations"], "s-x", f"{INDEX}#annotations"),  # the source's group gone too: the index's heading
        (["annotations"], "s", f"{INDEX}#annotations"),  # the source's own group, its source still built
        (["annotations", "s"], "top", f"{INDEX}#annotations"),  # a page at the top of docs/ is its own group
        (["s-x"], "s", f"{INDEX}#new-id"),  # an index without its heading: nothing known to offer
    ],
)
def test_a_group_of_a_page_still_built_is_offered_a_place_the_index_has(
    index_ids: list[str], lost: str, place: str
) -> None:
    """It was offered `/annotations/#new-id`, a placeholder no page has, where the index's own ids were known."""
    lock = {SOURCE: ["s"], PAGE: ["x", "p1"], TOP: ["top"], INDEX: ["annotations", "s", "s-x", "top"]}
    built = {SOURCE: ["s"], PAGE: ["x", "p1"], TOP: ["top"], INDEX: index_ids}
    problems = [p for p in check_anchors(lock, built, {}, {}).problems if p.field == f"{INDEX}#{lost}"]
    assert [offered(p) for p in problems] == [place], problems


RETIRED = "/s/old/"  # a page deleted for good, moved onto its landing page


@pytest.mark.parametrize(
    ("redirects", "present", "lost", "place"),
    [
        ({}, None, f"{RETIRED}#p2", f"{SOURCE}#contents"),
        # the landing page's contents list redirected away: it is no place to send links to
        ({f"{SOURCE}#contents": f"{SOURCE}#s"}, None, f"{RETIRED}#p2", NEW),
        # gone from the page make check renders, though the lock holds it (its own line names it)
        ({}, {SOURCE: {"s"}}, f"{RETIRED}#p2", NEW),
        ({}, None, f"{INDEX}#s-old", f"{INDEX}#s"),
        # the source's group redirected away (its last notes deleted): the index's heading
        ({f"{INDEX}#s": f"{INDEX}#annotations"}, None, f"{INDEX}#s-old", f"{INDEX}#annotations"),
        ({f"{INDEX}#s": f"{INDEX}#annotations"}, None, f"{INDEX}#s-x", f"{INDEX}#annotations"),
        ({}, {INDEX: {"annotations"}}, f"{INDEX}#s-x", f"{INDEX}#annotations"),
    ],
    ids=["contents", "contents-redirected", "contents-gone", "group", "group-redirected", "built-page-group",
         "source-group-gone"],
)  # fmt: skip
def test_make_check_never_offers_an_id_redirected_away_or_gone(
    redirects: dict[str, str], present: dict | None, lost: str, place: str
) -> None:
    """The history's line read the lock as what is published, so an id redirected away was offered as a place."""
    current = {SOURCE: ["s", "contents"], PAGE: ["x", "p1"], RETIRED: ["old", "p1"], INDEX: ["annotations", "s"]}
    page, _, anchor_id = lost.partition("#")
    older = {**current, page: [*current[page], anchor_id]}
    pages = {SOURCE, PAGE, INDEX}
    (problem,) = lost_ids(current, [("2" * 40, older)], {RETIRED: SOURCE}, pages, redirects, present)
    assert (problem.field, offered(problem)) == (lost, place), problem


# End to end: the real edition, its notes deleted.


def delete_notes(project: Path, page: str = "") -> dict[str, str]:
    """Delete the notes on `page` (a docs/ path; all notes without it): each note's address, by the paragraph's."""
    moved = {}
    for path in sorted((project / "annotations/notes").glob("*.md")):
        target = frontmatter.load(path)["target"]
        if target["page"].startswith(page):
            url = f"/{target['page'].removesuffix('.md')}/"
            moved[f"{url}#{path.stem}"] = f"{url}#{target['paragraph']}"
            path.unlink()
    return moved


def redirect_lines(redirects: dict[str, str]) -> str:
    return "".join(f"'{old}': '{new}'\n" for old, new in redirects.items())


def test_a_page_s_notes_deleted_its_group_is_offered_its_source_s_group(broken_project: Path) -> None:
    """The line offered `/annotations/#new-id`; copied as the line offers it, the group's line now holds."""
    notes = delete_notes(broken_project, f"{MT}/introduction.md")
    group = f"{INDEX}#{MT}-introduction"
    lines = [
        f"anchors.lock.json: {group}: published id is gone (no element has id '{MT}-introduction') (restore it, or"
        f" declare its new place in anchors.redirects.yml with the line `{group}: {INDEX}#{MT}`)",
        *(
            f"anchors.lock.json: {note}: published id is gone (no element has id '{note.partition('#')[2]}') (restore"
            f" it, or declare its new place in anchors.redirects.yml with the line `{note}: {INTRO}#new-id`)"
            for note in sorted(notes)
        ),
    ]
    assert_build_and_check_say(broken_project, lines)
    declare_redirects(broken_project, redirect_lines({**notes, group: f"{INDEX}#{MT}"}))
    build = run_build(broken_project, broken_project / "site")
    assert build.returncode == 0 and edition_lines(build.stderr) == [], build.stderr
    assert run_check(broken_project).stdout.startswith("OK: ")


def test_a_source_s_last_notes_deleted_its_groups_are_offered_the_index_s_heading(tmp_path: Path) -> None:
    """Its own group and its pages' were offered `/annotations/#new-id`; and make check, reading the lock as published,
    would offer the source's group to a page's group the lock lost, though the group is redirected away itself.
    """
    project = copy_project(tmp_path / "project")
    git(project, "init", "-q", "-b", "main")
    published = commit_all(project, "the edition")
    notes = delete_notes(project)
    groups = [f"{INDEX}#{group}" for group in read_lock(project)[INDEX] if group != "annotations"]
    build = run_build(project, project / "site")
    offers = {line.rsplit("`", 2)[-2] for line in edition_lines(build.stderr) if line.startswith(f"{LOCK}: {INDEX}")}
    assert offers == {f"{group}: {INDEX}#annotations" for group in groups}, build.stderr
    check = run_check(project).stdout.splitlines()
    assert {line.rsplit("`", 2)[-2] for line in check if line.startswith(f"{LOCK}: {INDEX}")} == offers
    intro = f"{INDEX}#{MT}-introduction"  # then a merge loses its group from the lock, and its redirect with it
    declare_redirects(project, redirect_lines({**notes, **{g: f"{INDEX}#annotations" for g in groups if g != intro}}))
    lock = read_lock(project)
    write_lock(project, {**lock, INDEX: [i for i in lock[INDEX] if i != intro.partition("#")[2]]})
    assert run_check(project).stdout.splitlines() == [
        f"{LOCK}: {intro}: recorded in commit {published[:10]}, missing from the lock now (put it back under"
        f" `{INDEX}`: the lock keeps every id it once held; if its element is gone, declare its new place in"
        f" anchors.redirects.yml with the line `{intro}: {INDEX}#annotations`)"
    ]


LOCK = "anchors.lock.json"


@pytest.mark.parametrize(
    ("deleted", "place"),
    [("from the working tree", "p1"), ("with git rm", "p1"), ("its deletion committed", "new-id")],
)
def test_a_deleted_note_is_offered_the_paragraph_its_committed_file_names(
    tmp_path: Path, deleted: str, place: str
) -> None:
    """Its line offered `/…/introduction/#new-id`: git still holds the file (in HEAD, and the index unless `git rm`
    took it out), whose front matter says the paragraph it annotated, p1. Copied as offered, the line holds.

    The build reads no git: its line keeps the placeholder; so does make check's where git holds no such file
    (its deletion committed, or never committed), or without git (the test above).
    """
    project = copy_project(tmp_path / "project")
    git(project, "init", "-q", "-b", "main")
    commit_all(project, "the edition")
    note = "annotations/notes/transnational-lens.md"
    if deleted == "from the working tree":
        (project / note).unlink()
    else:
        git(project, "rm", "-q", note)
    if deleted == "its deletion committed":
        git(project, "commit", "-q", "-m", "the note deleted")
    anchor = f"{INTRO}#transnational-lens"
    line = (
        f"{LOCK}: {anchor}: published id is gone (no element has id 'transnational-lens') (restore it, or declare its"
        f" new place in anchors.redirects.yml with the line `{anchor}: {INTRO}#{{}}`)"
    )
    assert run_check(project).stdout.splitlines() == [line.format(place)]
    build = run_build(project, project / "site")
    assert edition_lines(build.stderr) == [line.format("new-id")], build.stderr
    declare_redirects(project, redirect_lines({anchor: f"{INTRO}#p1"}))
    assert run_check(project).stdout.startswith("OK: ")
