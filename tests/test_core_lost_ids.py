"""The ids another line already explains (hooks/core/lost_ids.py) are not summed up again by the anchor check."""

from __future__ import annotations

import dataclasses

import pytest
from citation_helpers import LOCK, OPP

from hooks.core.anchor_check import check_anchors, while_errors_stand
from hooks.core.heading_ids import (
    builders_form_problem,
    check_heading_ids,
    check_repeated_ids,
    misnamed_contents_problem,
)
from hooks.core.lost_ids import lost_ids_named, names_cite_heading
from hooks.core.paragraphs import PageInventory, check_paragraph_ids
from hooks.core.problems import Problem
from hooks.core.redirect_checks import check_redirects

PAGE = "docs/migration-and-transnationalism/opportunities.md"
LANDING = "docs/migration-and-transnationalism/index.md"
# Each line as its check makes it (`Problem.offers` says which lost ids it names), the page having lost `opportunities`
# (deleted, renamed `{ #fn:4 }`, renamed `{ #p3 }`, a paragraph's id) or `p2`, and a Contents heading's `contents`.
NO_ID_LINE = check_heading_ids(PAGE, PageInventory(unnamed_headings=("Opportunities",)), LOCK[OPP])[0]
REFUSED_LINE = builders_form_problem(PAGE, "fn:4", ["opportunities"])
REPEATED_LINE = check_repeated_ids(PAGE, PageInventory(headings=("p3",), ids=("p3", "p3")), ["opportunities"])[0]
PARAGRAPH_LINE = check_paragraph_ids(PAGE, PageInventory(unnumbered=("Migrants send",)), LOCK[OPP])[0]
CONTENTS_LINE = misnamed_contents_problem(LANDING, "content", "Contents")


def test_the_ids_an_error_named_emptied_its_page_of_are_not_summed_up_again() -> None:
    """A glossary.yml mistake empties /glossary/: its lost ids said nothing its line did not, and alarmed a newcomer."""
    lock = {**LOCK, "/glossary/": ["glossary", "diaspora"]}
    built = {OPP: list(LOCK[OPP]), "/glossary/": ["glossary"]}
    problems = list(check_anchors(lock, built, {}, {}).problems)
    named = lost_ids_named({Problem("annotations/glossary.yml", "terms[0].term", "")}, lock)
    assert named == {"/glossary/#glossary", "/glossary/#diaspora"}
    assert lost_ids_named({Problem("annotations/notes/a.md", "target", "")}, lock) == set()
    assert while_errors_stand(problems, named) == []
    lost = list(check_anchors(lock, {"/glossary/": ["glossary"]}, {}, {}).problems)  # the page's ids too: those count
    [line] = [str(p) for p in while_errors_stand(lost, named)]
    assert line.startswith(f"anchors.lock.json: {len(LOCK[OPP])} anchor problem(s) not listed one by one"), line


def test_the_id_of_an_annotation_an_error_refused_is_not_summed_up_again() -> None:
    """A slip in a published note (`created: 2026/11/21`) refuses it: its id gone from its page was a second line."""
    lock = {OPP: [*LOCK[OPP], "a-note"]}
    problems = list(check_anchors(lock, {OPP: list(LOCK[OPP])}, {}, {}).problems)
    assert [p.field for p in problems] == [f"{OPP}#a-note"]
    refused, other = (
        Problem("annotations/notes/a-note.md", "created", ""),
        Problem("annotations/notes/o.md", "created", ""),
    )
    assert while_errors_stand(problems, lost_ids_named({refused}, lock)) == []
    assert len(while_errors_stand(problems, lost_ids_named({other}, lock))) == 1


def test_a_stray_file_in_notes_holds_back_no_id_of_its_name() -> None:
    """`a-note.txt` is no note (its line: not a .md file): no note was refused, so no id is its."""
    lock = {OPP: [*LOCK[OPP], "a-note"]}
    stray = Problem("annotations/notes/a-note.txt", "", "is not a .md file and is ignored")
    assert lost_ids_named({stray}, lock) == set()
    assert lost_ids_named({dataclasses.replace(stray, path="annotations/notes/a-note.md")}, lock) == {f"{OPP}#a-note"}


NOTE = Problem("annotations/notes/a-note.md", "created", "'2026/11/21' is not a date")
ELSEWHERE = "/about/reading-guide/"


@pytest.mark.parametrize(
    ("note_pages", "moves", "expected"),
    [
        # its file names its page: only there is its id its line's; a heading `#a-note` gone elsewhere is summed up
        ({"a-note": "migration-and-transnationalism/opportunities.md"}, {}, {f"{OPP}#a-note"}),
        # its page is not known (broken YAML, a page the site lacks): held back on every page, as before
        ({}, {}, {f"{OPP}#a-note", f"{ELSEWHERE}#a-note"}),
        # the note's page moved there from an address the lock keeps: the id under that address is the note's too
        (
            {"a-note": "migration-and-transnationalism/opportunities.md"},
            {ELSEWHERE: OPP},
            {f"{OPP}#a-note", f"{ELSEWHERE}#a-note"},
        ),
    ],
    ids=["its-page", "page-unknown", "moved-onto-its-page"],
)
def test_a_refused_notes_id_is_held_back_on_the_page_its_file_names(
    note_pages: dict[str, str], moves: dict[str, str], expected: set[str]
) -> None:
    lock = {OPP: [*LOCK[OPP], "a-note"], ELSEWHERE: ["reading-guide", "a-note"]}
    assert lost_ids_named({NOTE}, lock, note_pages=note_pages, moves=moves) == expected


def test_the_ids_a_taxonomy_error_took_off_the_area_pages_are_not_summed_up_again() -> None:
    """A broken or refused area empties its page and the overview's heading: the taxonomy's line is their cause."""
    lock = {**LOCK, "/policy-areas/": ["policy-areas", "integration"], "/policy-areas/integration/": ["pages"]}
    named = lost_ids_named({Problem("annotations/policy-areas.yml", "[3].id", "")}, lock)
    assert named == {"/policy-areas/#policy-areas", "/policy-areas/#integration", "/policy-areas/integration/#pages"}
    problems = list(check_anchors(lock, {OPP: list(LOCK[OPP])}, {}, {}).problems)
    assert while_errors_stand(problems, named) == []
    redirects = {f"{OPP}#p9": "/policy-areas/integration/#pages"}  # one into an area's page waits on the line too
    named = lost_ids_named({Problem("annotations/policy-areas.yml", "[3].id", "")}, lock, redirects)
    problems = check_redirects(redirects, {OPP: set(LOCK[OPP])}, {}, {OPP: LOCK[OPP]}, [OPP])
    assert [p.field for p in problems] == [f"{OPP}#p9"] and while_errors_stand(problems, named) == []


def test_the_paragraph_ids_a_page_lost_with_its_paragraphs_line_are_not_summed_up_again() -> None:
    """`{ #p5 }` deleted: the paragraph's line names p5 (end it with '{ #p5 }'); only its other ids are summed up."""
    named = lost_ids_named({PARAGRAPH_LINE}, LOCK)
    assert named == {f"{OPP}#p1", f"{OPP}#p2"}  # not the heading's id: no paragraph's line names it
    assert lost_ids_named({Problem(PAGE, "title", "")}, LOCK) == set()
    problems = list(check_anchors(LOCK, {OPP: ["opportunities", "p1"]}, {}, {}).problems)
    assert while_errors_stand(problems, named) == []
    problems = list(check_anchors(LOCK, {OPP: ["p1", "p2"]}, {}, {}).problems)
    assert len(while_errors_stand(problems, named)) == 1


def test_the_heading_ids_a_page_lost_with_its_headings_line_are_not_summed_up_again() -> None:
    """`{ #searching }` deleted: the heading's line offers it (end it with '{ #searching }'); not its pN ids."""
    line = NO_ID_LINE
    assert str(line) == (
        f"{PAGE}: heading: 'Opportunities' has no id (end it with '{{ #opportunities }}' if it is the heading published"
        " as opportunities, or '{ #opportunities-2 }' if new)"
    )
    assert lost_ids_named({line}, LOCK) == {f"{OPP}#opportunities"}
    problems = list(check_anchors(LOCK, {OPP: ["p1", "p2"]}, {}, {}).problems)
    assert while_errors_stand(problems, lost_ids_named({line}, LOCK)) == []
    problems = list(check_anchors(LOCK, {OPP: ["opportunities"]}, {}, {}).problems)
    assert len(while_errors_stand(problems, lost_ids_named({line}, LOCK))) == 1


LANDING_KEY = "/migration-and-transnationalism/"


@pytest.mark.parametrize(
    "line",
    [
        Problem("docs/migration-and-transnationalism/index.md", "source", "is missing"),
        # a source of one page: the line on its record offers the `source:` line first (`record_placement`)
        Problem("docs/migration-and-transnationalism/index.md", "bibliography", "is read from a source's landing page"),
    ],
    ids=["source", "record-on-a-folder-index"],
)
def test_the_cite_heading_a_page_lost_with_its_source_is_not_summed_up_again(line: Problem) -> None:
    """A landing page without `source:` has no Cite block: its line is the fix, and the heading's id gone a second line."""
    lock = {LANDING_KEY: ["migration-and-transnationalism", "p1", "cite-this-page"]}
    assert lost_ids_named({line}, lock) == {f"{LANDING_KEY}#cite-this-page"}
    problems = list(check_anchors(lock, {LANDING_KEY: ["migration-and-transnationalism", "p1"]}, {}, {}).problems)
    assert [p.field for p in problems] == [f"{LANDING_KEY}#cite-this-page"]
    assert while_errors_stand(problems, lost_ids_named({line}, lock)) == []


@pytest.mark.parametrize(
    ("path", "field", "expected"),
    [
        ("docs/migration-and-transnationalism/index.md", "source", True),
        ("docs/migration-and-transnationalism/index.md", "bibliography", True),  # offers `source:` first
        ("docs/migration-and-transnationalism/index.md", "unknown", True),  # an `unknown:` alone offers it too
        ("docs/migration-and-transnationalism/annex.md", "unknown", False),
        ("docs/migration-and-transnationalism/annex.md", "bibliography", False),
        # No folder's index.md: no source's landing page, and its record's line offers no `source:` (`source_first`).
        ("docs/index.md", "bibliography", False),
        ("docs/migration-and-transnationalism/annex/index.md", "bibliography", False),
        ("docs/migration-and-transnationalism/index.md", "title", False),
    ],
)
def test_a_record_s_line_names_a_cite_heading_on_a_folder_s_index_only(path: str, field: str, expected: bool) -> None:
    """The root's `index.md` and a deeper one ended in `/index.md` too, and were read as a source's landing page."""
    assert names_cite_heading(Problem(path, field, "is read from a source's landing page only")) is expected


def test_no_other_line_holds_back_a_lost_cite_heading() -> None:
    """A heading's "has no id" offers an id the editor wrote; a record's line on a page of a source names no Cite block."""
    lock = {OPP: [*LOCK[OPP], "cite-this-page"]}
    assert lost_ids_named({NO_ID_LINE}, lock) == {f"{OPP}#opportunities"}
    assert lost_ids_named({Problem(PAGE, "bibliography", "is read from a source's landing page")}, lock) == set()


def test_a_heading_line_other_than_has_no_id_holds_back_no_lost_heading_id() -> None:
    """Only "has no id", a refused form and an id on two elements offer the id a heading lost; markup names none."""
    [line] = check_heading_ids(PAGE, PageInventory(markup_headings=("The <img src=x> texts",)), LOCK[OPP])
    assert line.message == "'The <img src=x> texts' shows a '<' that opens a tag where Material shows it as HTML"
    assert lost_ids_named({line}, LOCK) == set()


def test_the_ids_of_a_page_whose_front_matter_is_misread_are_not_summed_up_again() -> None:
    """`issued: 2026-02-31` on a landing page: its own line stands, its ids are the next build's, as make check leaves them."""
    lock = {**LOCK, "/elsewhere/": ["elsewhere"]}
    redirects = {"/elsewhere/#old": f"{OPP}#p1", f"{OPP}#gone": "/elsewhere/#elsewhere"}
    named = lost_ids_named(set(), lock, redirects, misread={"migration-and-transnationalism/opportunities.md"})
    assert named == {f"{OPP}#{i}" for i in LOCK[OPP]} | set(redirects)
    assert lost_ids_named(set(), lock, redirects) == set()


def test_an_area_page_s_ids_wait_on_a_misread_page_as_make_check_leaves_them_not_the_overview_s() -> None:
    """A misread page's tags are unread, and the area pages' groups with them: their ids, and the redirects into or
    out of them, are the next build's (make check knows them not); the overview's are the taxonomy's, listed."""
    area, overview = "/policy-areas/south-south/", "/policy-areas/"
    lock = {**LOCK, overview: ["policy-areas", "south-south"], area: ["south-south", "notes"]}
    redirects = {f"{area}#annotations": f"{OPP}#p1", f"{OPP}#gone": f"{area}#nowhere", f"{overview}#old": OPP}
    named = lost_ids_named(set(), lock, redirects, misread={"about/reading-guide.md"})
    assert named == {f"{area}#south-south", f"{area}#notes", f"{area}#annotations", f"{OPP}#gone"}
    assert lost_ids_named(set(), lock, redirects) == set()


@pytest.mark.parametrize(
    ("schema", "page"),
    [
        ("annotations/schema/glossary.schema.json", "/glossary/"),
        ("annotations/schema/policy-areas.schema.json", "/policy-areas/"),
        ("annotations/schema/annotation.schema.json", "/annotations/"),
    ],
)
def test_a_schema_that_cannot_be_read_holds_back_the_ids_of_the_files_it_checks(schema: str, page: str) -> None:
    """Its files are left out: their ids gone were 147 anchor problems summed up on top of the schema's line."""
    lock = {**LOCK, page: ["heading", "entry"], OPP: [*LOCK[OPP], "a-note"]}
    notes = {"a-note": "migration-and-transnationalism/opportunities.md"} if page == "/annotations/" else {}
    named = lost_ids_named({Problem(schema, "", "file not found")}, lock, note_pages=notes)
    assert named == {f"{page}#heading", f"{page}#entry", *([f"{OPP}#a-note"] if notes else [])}


def test_the_heading_id_a_page_lost_to_a_refused_form_is_not_summed_up_again() -> None:
    """`{ #searching }` renamed `{ #fn:4 }`: its line offers searching back, and "1 anchor problem(s)" said it again."""
    line = REFUSED_LINE
    assert line is not None and line.message == (
        "id 'fn:4' has the form of a footnote's ids (fn:N, fnref:N), which the page's notes and their links take"
    )
    assert lost_ids_named({line}, LOCK) == {f"{OPP}#opportunities"}
    problems = list(check_anchors(LOCK, {OPP: ["fn:4", "p1", "p2"]}, {}, {}).problems)
    assert while_errors_stand(problems, lost_ids_named({line}, LOCK)) == []


def test_a_contents_heading_s_misspelt_id_holds_back_contents_alone() -> None:
    """`## Contents { #content }`: its line says to write `{ #contents }`, which a summary of `contents` gone repeated;
    another heading id the page lost is none of its business, and is still summed up."""
    line = CONTENTS_LINE
    assert line.message == (
        "'Contents' has the id 'content', not 'contents', the id the build reads a source's Contents list by"
    )
    lock = {LANDING_KEY: ["migration-and-transnationalism", "contents", "p1"]}
    assert lost_ids_named({line}, lock) == {f"{LANDING_KEY}#contents"}
    assert lost_ids_named({line}, {LANDING_KEY: ["migration-and-transnationalism", "contents", "intro"]}) == {
        f"{LANDING_KEY}#contents"
    }


def test_a_contents_heading_without_its_id_holds_back_contents_alone() -> None:
    """`## Contents` without `{ #contents }`: its line offers `contents` alone, yet held back every heading id the page
    lost, so `bibliography`, its heading deleted or renamed `{ #record }`, went unnamed. It is summed up, as by the
    misspelt id's line."""
    published = ["migration-and-transnationalism", "contents", "bibliography"]
    [line] = check_heading_ids(LANDING, PageInventory(unnamed_headings=("Contents",)), published, landing=True)
    assert line.hint == "end it with '{ #contents }', the id the build reads a source's Contents list by"
    lock = {LANDING_KEY: published}
    assert lost_ids_named({line}, lock) == {f"{LANDING_KEY}#contents"}
    built = {LANDING_KEY: ["migration-and-transnationalism"]}
    problems = list(check_anchors(lock, built, {}, {}).problems)
    [summary] = [str(p) for p in while_errors_stand(problems, lost_ids_named({line}, lock))]
    assert "bibliography" in summary and "contents" not in summary, summary


def test_the_heading_id_a_page_lost_to_an_id_it_has_is_not_summed_up_again() -> None:
    """`{ #searching }` renamed `{ #texts }`: its line offers searching back, and "1 anchor problem(s)" said it again."""
    line = REPEATED_LINE
    assert line.message == "id 'p3' is also the id of another element of the page"
    assert lost_ids_named({line}, LOCK) == {f"{OPP}#opportunities"}
    problems = list(check_anchors(LOCK, {OPP: ["p3", "p1", "p2", "p3"]}, {}, {}).problems)
    assert while_errors_stand(problems, lost_ids_named({line}, LOCK)) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (NO_ID_LINE, {"opportunities"}),
        (REFUSED_LINE, {"opportunities"}),
        (REPEATED_LINE, {"opportunities"}),
        (PARAGRAPH_LINE, {"p1", "p2"}),
    ],
    ids=["no-id", "refused-form", "repeated", "paragraph"],
)
def test_the_ids_a_line_names_are_what_its_check_says_not_read_from_its_words(
    line: Problem, expected: set[str]
) -> None:
    """Which lost ids a line names is set by the check that makes it (`Problem.offers`): reworded, it names the same.

    They were read from its words (`has no id`, `has the form of`…): a line reworded would have named none, and the
    summary of lost ids repeated it. A line with the same words no check made is no cause of any.
    """
    assert lost_ids_named({line}, LOCK) == {f"{OPP}#{anchor_id}" for anchor_id in expected}
    reworded = dataclasses.replace(line, message="is worded otherwise")
    assert lost_ids_named({reworded}, LOCK) == {f"{OPP}#{anchor_id}" for anchor_id in expected}
    same_words = Problem(line.path, line.field, line.message, line.hint)
    assert lost_ids_named({same_words}, LOCK) == set()


def test_a_contents_heading_s_line_names_contents_as_its_check_says() -> None:
    """`## Contents { #content }`: its line, made by the heading check, names the lost `contents` alone, in any words."""
    lock = {LANDING_KEY: ["migration-and-transnationalism", "contents", "intro"]}
    reworded = dataclasses.replace(CONTENTS_LINE, message="is worded otherwise")
    assert lost_ids_named({reworded}, lock) == {f"{LANDING_KEY}#contents"}
    same_words = Problem(CONTENTS_LINE.path, CONTENTS_LINE.field, CONTENTS_LINE.message, CONTENTS_LINE.hint)
    assert lost_ids_named({same_words}, lock) == set()
