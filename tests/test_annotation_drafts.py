"""An annotation on a draft page, or linking one: a draft's line in the build and make check, as the glossary's.

`mkdocs serve` renders the pages mkdocs.yml's `draft_docs` names and shows such an annotation beside its
paragraph and its link as a link (test_serve.py); the published build leaves the page out, so its line says
the page is a draft, not that there is no page the writer has just seen. Its words are the glossary's
(test_glossary_drafts.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from broken_project_helpers import edition_lines
from conftest import parse, run_build, run_check
from draft_helpers import DRAFT, DRAFT_WORDS, add_draft, annotate_draft, serve

LEFT_OUT = "which 'mkdocs serve' shows and the built site leaves out"
PUBLISH = "or publish the page: take it out of mkdocs.yml's draft_docs"
LINES = [
    f"annotations/notes/links-draft.md: body: the link '{DRAFT}#p1' leads to a draft, {LEFT_OUT} (link to a page"
    f" the site publishes, {PUBLISH})",
    f"annotations/notes/on-draft.md: target.page: '{DRAFT}' is a draft, {LEFT_OUT} (annotate a page the site"
    f" publishes, {PUBLISH})",
]


def test_an_annotation_on_or_linking_a_draft_is_one_draft_line_each_in_the_build_and_in_check(
    broken_project: Path,
) -> None:
    """Both said "no page", with the example of how to write a page's path, of a page the writer had just seen."""
    add_draft(broken_project)
    annotate_draft(broken_project)
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert sorted(line for line in edition_lines(result.stderr) if line.startswith("annotations/")) == LINES
    page = (broken_project / "site/migration-and-transnationalism/opportunities/index.html").read_text(encoding="utf-8")
    block = page[page.index('id="links-draft"') :]
    assert "<span>the notes</span>" in block[: block.index("</details>")]  # words: the built site has no such page
    index = parse(broken_project / "site/annotations/index.html")
    assert not index.select('a[href*="drafts/"]') and not index.select(".mkdocs-draft-marker")  # not listed
    assert "links-draft" in " ".join(str(a["href"]) for a in index.select(".annotation-entry a"))
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr, check.stderr
    assert sorted(line for line in check.stdout.splitlines() if line.startswith("annotations/")) == LINES


def test_a_note_refused_for_its_draft_page_is_listed_on_no_policy_area_page(broken_project: Path) -> None:
    """/annotations/ left it out, the area page of its tag listed it: a group `#annotations-drafts` that linked to
    nothing, and a line "not recorded: annotations-drafts" that make check did not print."""
    add_draft(broken_project)
    annotate_draft(broken_project)
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    area = parse(broken_project / "site/policy-areas/remittances/index.html")
    assert area.find(id="annotations-drafts") is None
    assert DRAFT_WORDS not in area.get_text()  # listed as words: the built site has no page to link
    listed = area.select("a.policy-area-annotation")
    assert "links-draft" in " ".join(str(a["href"]) for a in listed)  # a note that stands is listed
    overview = parse(broken_project / "site/policy-areas/index.html")
    assert overview.select_one('a.policy-area-counts[href="remittances/"]')["data-annotations"] == str(len(listed))
    check = run_check(broken_project)
    assert sorted(edition_lines(result.stderr)) == sorted(check.stdout.splitlines())  # no area page line in either


def test_under_serve_a_note_on_a_draft_is_listed_on_annotations_and_its_area_page_marked_draft(
    broken_project: Path,
) -> None:
    """`mkdocs serve` showed the note beside the draft's paragraph, yet /annotations/ left it out, and its area page
    named its page `drafts/notes.md`. Marked as the draft marks itself (MkDocs' `DRAFT`); the build lists it nowhere.
    """
    add_draft(broken_project)
    annotate_draft(broken_project)
    serve(broken_project, broken_project / "site")
    index = parse(broken_project / "site/annotations/index.html")
    (entry,) = [e for e in index.select(".annotation-entry") if e.select_one('a[href="../drafts/notes/#on-draft"]')]
    assert [marker.get_text() for marker in entry.select(".mkdocs-draft-marker")] == ["DRAFT"]
    assert entry.select_one('a[href="../drafts/notes/#p1"]')["aria-label"] == "Paragraph 1 of Notes"
    assert index.select_one('h3#drafts-notes a[href="../drafts/notes/"]').get_text() == "Notes"
    others = [e for e in index.select(".annotation-entry") if e is not entry]
    assert others and not [e for e in others if e.select(".mkdocs-draft-marker")]  # the published pages' notes
    assert f"The edition has {len(others) + 1} annotations" in index.get_text()
    area = parse(broken_project / "site/policy-areas/remittances/index.html")
    (item,) = [a.parent for a in area.select('a.policy-area-annotation[href="../../drafts/notes/#on-draft"]')]
    assert item.get_text().startswith("DRAFT Notes, ¶\u00a01: ")
    assert [marker.get_text() for marker in item.select(".mkdocs-draft-marker")] == ["DRAFT"]
    assert [a.parent for a in area.select(".mkdocs-draft-marker")] == [item]


def test_under_serve_the_ids_only_a_draft_gives_the_generated_pages_are_not_asked_to_be_recorded(
    broken_project: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """`mkdocs serve` asked to record the groups a note on a draft adds to /annotations/ (`drafts`, `drafts-notes`)
    and to its area page (`annotations-drafts`), which `make anchors`, a build that leaves drafts out, never records.
    The note linking to the draft from a published page is an id of a published page: still asked for.
    """
    add_draft(broken_project)
    annotate_draft(broken_project)
    serve(broken_project, broken_project / "site")
    index = parse(broken_project / "site/annotations/index.html")
    assert index.find(id="drafts") and index.find(id="drafts-notes")  # shown under serve
    unrecorded = [line.removeprefix("edition: ") for line in caplog.messages if "not recorded" in line]
    assert unrecorded == [
        "anchors.lock.json: /migration-and-transnationalism/opportunities/: 1 published id(s) not recorded:"
        " links-draft (run 'make anchors')"
    ]
