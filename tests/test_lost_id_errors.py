"""Published ids lost: one line each in build and check, none once redirected; what another line explains is not summed up."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from broken_project_helpers import (
    BLOCKED,
    CONCLUSION,
    CONCLUSION_URL,
    OPP_URL,
    OPPORTUNITIES,
    assert_build_and_check_say,
    delete_conclusion,
    edition_lines,
    failed_with,
    remove_last_paragraph,
    retire_conclusion,
)
from conftest import declare_redirects, edit, parse, run_build, run_check

from hooks.core.anchor_lock import dump_lock

GUIDE = "/about/reading-guide/"
MT = "/migration-and-transnationalism/"


@pytest.mark.parametrize(
    ("redirect", "line"),
    [
        (f"{GUIDE}#searching: {GUIDE}#features", f"{GUIDE}#searching: the id still exists, so the redirect would never"
         " be used (remove the redirect, or the id it moves away from)"),
        (f"{GUIDE}#searching-old: {GUIDE}#nowhere", f"{GUIDE}#searching-old: points to '{GUIDE}#nowhere', which does"
         " not exist (point it at an existing '/page-url/#id'; the built site's /anchors.json lists them)"),
        # a page the site lacks, named with the closest one, a docs/ page's or a generated page's (make check left both)
        (f"{GUIDE}#searching-old: {MT}oportunities/#p3", f"{GUIDE}#searching-old: points to '{MT}oportunities/#p3', but"
         f" '{MT}oportunities/' is no page of the site (did you mean '{MT}opportunities/'?)"),
        (f"{GUIDE}#searching-old: /policy-areas/remitances/#remittances", f"{GUIDE}#searching-old: points to"
         " '/policy-areas/remitances/#remittances', but '/policy-areas/remitances/' is no page of the site (did you"
         " mean '/policy-areas/remittances/'?)"),
        (f"{GUIDE}#searching-old: /nowhere/#p3", f"{GUIDE}#searching-old: points to '/nowhere/#p3', but '/nowhere/' is"
         " no page of the site (point it at an existing '/page-url/#id'; the built site's /anchors.json lists them)"),
        ("/about/reading-gide/#searching-old: /about/reading-guide/#features", "/about/reading-gide/#searching-old:"
         f" '/about/reading-gide/' is no page the edition has published (did you mean '{GUIDE}'?)"),
    ],
    ids=["from-an-id-still-there", "to-no-id", "to-a-misspelt-page", "to-a-misspelt-area-page", "to-no-page",
         "from-no-page"],
)  # fmt: skip
def test_a_redirect_that_cannot_hold_is_one_line_in_the_build_and_in_check(
    broken_project: Path, redirect: str, line: str
) -> None:
    """make check printed OK while the build refused the redirect."""
    if redirect.startswith(f"{GUIDE}#searching-old:"):  # a published id: one never published is a line of its own
        publish_searching_old(broken_project)
    declare_redirects(broken_project, f"{redirect}\n")
    assert_build_and_check_say(broken_project, [f"anchors.redirects.yml: {line}"])


def publish_searching_old(project: Path) -> None:
    """The lock holds `searching-old`, a heading id the reading guide published once and has no more."""
    lock = json.loads((project / "anchors.lock.json").read_text(encoding="utf-8"))
    lock[GUIDE].append("searching-old")
    (project / "anchors.lock.json").write_text(dump_lock(lock), encoding="utf-8")


def test_a_redirect_from_an_id_never_published_is_one_line_naming_the_id_it_likely_meant(broken_project: Path) -> None:
    """A typo in the old id: accepted in silence, it moved no link, and the id meant stayed unredirected.

    One typo, one line: not a second saying searching-old is gone, which this one answers.
    """
    publish_searching_old(broken_project)
    declare_redirects(broken_project, f"{GUIDE}#searchin-old: {GUIDE}#searching\n")
    assert_build_and_check_say(broken_project, [
        f"anchors.redirects.yml: {GUIDE}#searchin-old: 'searchin-old' is not among the ids anchors.lock.json records for docs/about/reading-guide.md"
        f" (did you mean 'searching-old'? write the line `{GUIDE}#searching-old: {GUIDE}#searching`)",
    ])  # fmt: skip


def test_a_redirect_into_a_policy_area_page_holds_in_make_check(broken_project: Path) -> None:
    """Only the build makes the area pages: make check knows their ids (`area_page_ids`), and must not call it missing."""
    area = "/policy-areas/countries-of-origin/#countries-of-origin"
    publish_searching_old(broken_project)
    declare_redirects(broken_project, f"{GUIDE}#searching-old: {area}\n")
    check = run_check(broken_project)
    assert check.returncode == 0, check.stdout
    taxonomy = broken_project / "annotations/policy-areas.yml"
    taxonomy.write_text(taxonomy.read_text(encoding="utf-8") + "\n: [\n", encoding="utf-8")
    check = run_check(broken_project)  # the taxonomy's line, which the ids its pages lose wait on, as in the build
    lines = check.stdout.splitlines()  # and not one on the redirect too
    assert check.returncode == 1 and len(lines) == 1 and "anchors.redirects.yml" not in check.stdout, check.stdout
    assert lines[0].startswith("annotations/policy-areas.yml: invalid YAML"), check.stdout


def test_a_published_area_taken_out_of_the_taxonomy_is_its_lines_not_one_more_per_tag(broken_project: Path) -> None:
    """`- id: remittances` made `../../escaped`: the tags naming it are not wrong, the area must come back.

    The build and make check added an "unknown policy area" line per tag of the pages and the note (six), whose hint
    (use another id) pointed away from the fix the taxonomy's line names (put the area back).
    """
    edit(broken_project, "annotations/policy-areas.yml", "- id: remittances", "- id: ../../escaped")
    assert_build_and_check_say(broken_project, [
        "annotations/policy-areas.yml: [9].id: '../../escaped' is not a valid id (use lowercase letters, digits and '-')",
        "annotations/policy-areas.yml: id: 'remittances' is published (/policy-areas/remittances/) and no longer in the"
        " file: its address would answer 404 (put the area back, and tag a page, paragraph or annotation with it:"
        " a published area is never removed, see docs/about/tagging.md#the-list)",
    ])  # fmt: skip


SUMMED_UP_SEARCHING = (
    "anchors.lock.json: 1 anchor problem(s) not listed one by one while the other errors stand (the first:"
    " /about/reading-guide/#searching: published id is gone (no element has id 'searching')) (fix the other lines"
    " first; the next build checks every published id again)"
)


def test_a_refused_notes_id_waits_on_its_own_page_only_so_a_heading_gone_elsewhere_is_still_summed_up(
    broken_project: Path,
) -> None:
    """A refused note's id waited on every page: a heading id equal to its name, lost on another page, was not counted.

    The note `searching.md` is written for opportunities.md, whose file says so: the heading `#searching` deleted from
    the reading guide in the same change is no id of the note's, and the one line on anchors sums it up.
    """
    note = (broken_project / "annotations/notes/transfer-of-ideas.md").read_text(encoding="utf-8")
    note = note.replace("id: transfer-of-ideas", "id: searching").replace("created: 2026-11-21", "created: 2026/11/21")
    (broken_project / "annotations/notes/searching.md").write_text(note, encoding="utf-8")
    edit(broken_project, "docs/about/reading-guide.md", "## Searching { #searching }\n", "")
    assert_build_and_check_say(broken_project, [
        "annotations/notes/searching.md: created: '2026/11/21' is not a date (write it as YYYY-MM-DD:"
        " `created: 2026-11-21`)",
        SUMMED_UP_SEARCHING,
    ])  # fmt: skip


def test_a_stray_file_in_notes_holds_back_no_lost_id_of_its_name(broken_project: Path) -> None:
    """`searching.txt` was never a note: its line held back `#searching`, lost on every page, though no note was refused."""
    (broken_project / "annotations/notes/searching.txt").write_text("Words to search for.\n", encoding="utf-8")
    edit(broken_project, "docs/about/reading-guide.md", "## Searching { #searching }\n", "")
    assert_build_and_check_say(broken_project, [
        "annotations/notes/searching.txt: is not a .md file and is ignored (rename it to annotations/notes/searching.md)",
        SUMMED_UP_SEARCHING,
    ])  # fmt: skip


def test_a_heading_line_that_is_not_about_a_lost_id_holds_back_no_heading_id_gone_elsewhere_on_the_page(
    broken_project: Path,
) -> None:
    """Only a heading "has no id" line (its hint offers the id it lost) explains a page's lost heading ids.

    Markup in one heading held back every non-pN id the page lost until it was fixed: `#searching`, deleted with its
    heading, was summed up by no line.
    """
    guide = "docs/about/reading-guide.md"
    edit(broken_project, guide, "## The texts { #texts }", "## The `<img src=x>` texts { #texts }")
    edit(broken_project, guide, "## Searching { #searching }\n", "")
    assert_build_and_check_say(broken_project, [
        f"{guide}: heading: 'The <img src=x> texts' shows a '<' that opens a tag where Material shows it as HTML (reword it"
        " without '<' right before a letter (the img element, not <img>): contents and header read it)",
        SUMMED_UP_SEARCHING,
    ])  # fmt: skip


def test_a_lock_that_does_not_load_is_its_one_line_not_one_more_per_tag_of_an_area_taken_out(
    broken_project: Path,
) -> None:
    """The published areas are read from the lock: unread, an area taken out of the taxonomy was one line per tag.

    Which areas were published is not known then: a tag naming one the taxonomy lacks waits for the lock's line
    (the build after its fix names the area to put back, in one line), as the ids lost do.
    """
    taxonomy = (broken_project / "annotations/policy-areas.yml").read_text(encoding="utf-8")
    start = taxonomy.index("- id: local-cooperation\n")
    edit(broken_project, "annotations/policy-areas.yml", taxonomy[start : taxonomy.index("- id: ", start + 1)], "")
    edit(broken_project, "anchors.lock.json", '  "about"\n', '<<<<<<< HEAD\n  "about"\n=======\n  "about"\n>>>>>>> b\n')
    assert_build_and_check_say(broken_project, [
        "anchors.lock.json: holds a git merge conflict ('<<<<<<<' at line 7) (run 'make anchors', which merges both"
        " sides)",
    ])  # fmt: skip


def test_removed_id_fails_naming_page_and_id_then_passes_with_a_redirect(broken_project: Path) -> None:
    remove_last_paragraph(broken_project)
    result = run_build(broken_project, broken_project / "site")
    failed_with(
        result,
        f"anchors.lock.json: {OPP_URL}#p5: published id is gone (no element has id 'p5') (restore it, or declare its "
        f"new place in anchors.redirects.yml with the line `{OPP_URL}#p5: {OPP_URL}#new-id`)",
    )
    declare_redirects(broken_project, f"'{OPP_URL}#p5': '{OPP_URL}#p4'\n")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0, result.stderr
    page = parse(broken_project / "site" / OPP_URL.strip("/") / "index.html")
    data = json.loads(page.select_one("div.edition-citation-data")["data-json"])
    assert data["redirects"] == {"p5": f"{OPP_URL}#p4"}


def test_redirect_to_a_missing_id_fails(broken_project: Path) -> None:
    remove_last_paragraph(broken_project)
    declare_redirects(broken_project, f"'{OPP_URL}#p5': '{OPP_URL}#p99'\n")
    failed_with(
        run_build(broken_project, broken_project / "site"),
        f"anchors.redirects.yml: {OPP_URL}#p5: points to '{OPP_URL}#p99', which does not exist (point it at an "
        "existing '/page-url/#id'; the built site's /anchors.json lists them)",
    )


def test_a_redirects_file_that_does_not_load_is_one_line_in_make_check_too(broken_project: Path) -> None:
    """The file's comment shows lines to add; left beside them, the shipped '{}' made the YAML invalid."""
    path = broken_project / "anchors.redirects.yml"
    path.write_text(path.read_text(encoding="utf-8") + f"{{}}\n'{OPP_URL}#p5': '{OPP_URL}#p4'\n", encoding="utf-8")
    check = run_check(broken_project)
    build = run_build(broken_project, broken_project / "site")
    line = next(line for line in check.stdout.splitlines() if line.startswith("anchors.redirects.yml: "))
    assert check.returncode == 1 and "remove the '{}'" in line, check.stdout
    failed_with(build, line)


def test_a_definition_quoting_a_sentence_split_off_its_paragraph_says_the_paragraph_changed(
    broken_project: Path,
) -> None:
    """`social-remittances` quotes sentences 1 and 2 of opportunities' p3; p3 split after its first sentence.

    The line said to number the sentences from 1, as for a number written wrong.
    """
    split = "“social remittances.”[^4] Migrants"
    edit(broken_project, OPPORTUNITIES, split, split.replace(" Migrants", "\n{ #p3 }\n\nMigrants"))
    edit(broken_project, OPPORTUNITIES, '{ #p3 data-policy-areas="remittances political-participation" }', "{ #p6 }")
    line = (
        "annotations/glossary.yml: social-remittances.definitions[0].sentences: sentence 2 is beyond the 1 sentence of"
        " migration-and-transnationalism/opportunities.md#p3: the paragraph changed since anchors.words.json recorded"
        " its words (split: its closing words end p6 now) (point the definition at the paragraph that holds sentence"
        " 2 now, likely migration-and-transnationalism/opportunities.md#p6, numbering its sentences from 1 there, or"
        " drop it: `sentences: [1]`)"
    )
    failed_with(run_build(broken_project, broken_project / "site"), line)
    check = run_check(broken_project)
    assert check.returncode == 1 and line in check.stdout.splitlines(), check.stdout


def test_retagging_an_annotation_sends_its_sources_group_on_the_area_page_to_the_section(broken_project: Path) -> None:
    """The only annotation tagged `remittances` loses the tag: its group's heading goes, links to it land on the section."""
    edit(broken_project, Path("annotations/notes/transfer-of-ideas.md"), "tags: [remittances, ", "tags: [")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr
    area = parse(broken_project / "site/policy-areas/remittances/index.html")
    assert area.select_one("#annotations") and not area.select_one("#annotations-migration-and-transnationalism")
    data = json.loads(area.select_one("div.edition-citation-data")["data-json"])
    assert data["redirects"] == {"annotations-migration-and-transnationalism": "/policy-areas/remittances/#annotations"}


RESTORE = "restore it, or declare its new place in anchors.redirects.yml"


def rename_heading(project: Path) -> None:
    edit(project, OPPORTUNITIES, "# Opportunities { #opportunities }", "# Opportunities { #chances }")


def delete_annotation(project: Path) -> None:
    (project / "annotations/notes/transfer-of-ideas.md").unlink()


GONE_PAGE = (
    "published id is gone (page is gone) (restore the page, or declare its move in mkdocs.yml under"
    f" `redirects` → `redirect_maps` with the line `{CONCLUSION}: <its new file>.md`; deleted for good, it moves onto its source's"
    f" landing page: `{CONCLUSION}: migration-and-transnationalism/index.md`)"
)


@pytest.mark.parametrize(
    ("change", "lines", "redirects"),
    [
        (remove_last_paragraph,
         [f"anchors.lock.json: {OPP_URL}#p5: published id is gone (no element has id 'p5') ({RESTORE} with"
          f" the line `{OPP_URL}#p5: {OPP_URL}#new-id`)"],
         f"'{OPP_URL}#p5': '{OPP_URL}#p4'\n"),
        (rename_heading,
         [f"anchors.lock.json: {OPP_URL}#opportunities: published id is gone (no element has id 'opportunities')"
          f" ({RESTORE}; the page has one new id, chances: if that is where its words went (check),"
          f" write the line `{OPP_URL}#opportunities: {OPP_URL}#chances`)",
          f"anchors.lock.json: {OPP_URL}: 1 published id(s) not recorded: chances ({BLOCKED})"],
         f"'{OPP_URL}#opportunities': '{OPP_URL}#chances'\n"),
        (delete_conclusion,
         [f"anchors.lock.json: {CONCLUSION_URL}#{i}: {GONE_PAGE}" for i in ("conclusion", "p1", "cite-this-page")],
         retire_conclusion),
        (delete_annotation,
         [f"anchors.lock.json: {OPP_URL}#transfer-of-ideas: published id is gone (no element has id"
          f" 'transfer-of-ideas') ({RESTORE} with the line `{OPP_URL}#transfer-of-ideas: {OPP_URL}#new-id`)"],
         f"'{OPP_URL}#transfer-of-ideas': '{OPP_URL}#p3'\n"),
    ],
    ids=["deleted-paragraph", "renamed-heading", "deleted-page", "deleted-annotation"],
)  # fmt: skip
def test_a_lost_published_id_is_the_same_line_in_make_check_and_none_once_redirected(
    broken_project: Path, change, lines: list[str], redirects
) -> None:
    """make check printed OK while the build failed on the most common anchor mistake; a redirect excuses it in both."""
    change(broken_project)
    assert_build_and_check_say(broken_project, lines)
    declared = redirects(broken_project) if callable(redirects) else redirects
    declare_redirects(broken_project, declared)
    build, check = run_build(broken_project, broken_project / "site"), run_check(broken_project)
    still = [line for line in lines if "published id is gone" not in line]  # a renamed heading's new id is new
    still = [line.replace(f"({BLOCKED})", "(run 'make anchors')") for line in still]  # alone, make anchors records it
    assert sorted(edition_lines(build.stderr)) == still and (build.returncode == 0) == (not still), build.stderr
    assert check.stdout.splitlines() == still if still else check.stdout.startswith("OK: "), check.stdout


def test_a_paragraph_left_without_its_id_is_its_one_line_in_make_check_and_the_build(broken_project: Path) -> None:
    """`{ #p5 }` deleted: the paragraph's line is the one to fix, and names p5; a summary of p5 lost said no more."""
    edit(broken_project, OPPORTUNITIES, "\n{ #p5 }", "")
    assert_build_and_check_say(broken_project, [
        f"{OPPORTUNITIES.as_posix()}: paragraph: 'These are but a few of the many…' has no id (end it with '{{ #p5 }}' if it is"
        " the paragraph published as p5, or '{ #p6 }' if it is new)",
    ])  # fmt: skip
