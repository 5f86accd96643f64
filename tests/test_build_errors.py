"""Broken copies of the project fail the strict build with one clear line each, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, declare_redirects, edit, parse, run_build
from test_annotation_errors import run_check

from hooks.core.anchor_lock import dump_lock
from hooks.core.text import DIRECTION_HINT

OPPORTUNITIES = Path("docs/migration-and-transnationalism/opportunities.md")
# the "not recorded" line's hint while another line stands: `make anchors` refuses then
BLOCKED = "fix the other lines first, then run 'make anchors': it records nothing while the build fails"


def test_paragraph_without_id_and_bad_front_matter_are_reported_together(broken_project: Path) -> None:
    edit(broken_project, OPPORTUNITIES, "\n{ #p4 }", "")
    edit(broken_project, Path("docs/migration-and-transnationalism/challenges.md"), "order: 4", "order: four")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert (
        "docs/migration-and-transnationalism/opportunities.md: paragraph: 'Lastly, migrants and their families may…'"
        " has no id (end it with '{ #p4 }' if it is the paragraph published as p4, or '{ #p6 }' if it is new)"
        in result.stderr
    )
    assert "docs/migration-and-transnationalism/challenges.md: order: must be a whole number ≥ 0, not 'four'" in (
        result.stderr
    )


def assert_build_and_check_say(project: Path, expected: list[str]) -> None:
    """The strict build fails with exactly these lines, no traceback, and `make check` prints the same (sorted)."""
    result = run_build(project, project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert sorted(edition_lines(result.stderr)) == sorted(expected), result.stderr
    check = run_check(project)
    assert check.returncode == 1 and "Traceback" not in check.stderr, check.stderr
    assert check.stdout.splitlines() == sorted(expected), check.stdout


def assert_pages_say(
    project: Path, prefix: str | tuple[str, ...], expected: list[str], env: dict[str, str] | None = None
) -> tuple[subprocess.CompletedProcess[str], subprocess.CompletedProcess[str]]:
    """The strict build fails, no traceback, and it and `make check` say exactly these lines starting with `prefix`.

    Other lines (the lock's "not recorded" for the ids the edit adds) are the callers' to check; `env`
    is given to both.
    """
    result = run_build(project, project / "site", env=env)
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert sorted(line for line in edition_lines(result.stderr) if line.startswith(prefix)) == sorted(expected), (
        result.stderr
    )
    check = run_check(project, env)
    assert [line for line in check.stdout.splitlines() if line.startswith(prefix)] == sorted(expected), check.stdout
    return result, check


def edition_lines(stderr: str) -> list[str]:
    """The build's own problem lines, without MkDocs' prefix."""
    return [line.split("edition: ", 1)[1] for line in stderr.splitlines() if "edition: " in line]


def test_malformed_front_matter_is_named_once(broken_project: Path) -> None:
    """Not followed by a "missing" line per field, nor by its own lines taken for a paragraph without id."""
    edit(broken_project, OPPORTUNITIES, "title: Opportunities", "title: [Opportunities")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    page_lines = [line for line in edition_lines(result.stderr) if line.startswith(OPPORTUNITIES.as_posix())]
    assert len(page_lines) == 1, page_lines
    assert page_lines[0].startswith("docs/migration-and-transnationalism/opportunities.md: front matter: invalid YAML")


def test_a_duplicated_paragraph_id_is_one_line_not_blamed_on_the_annotations_of_the_page(broken_project: Path) -> None:
    page = Path("docs/migration-and-transnationalism/agents-and-subjects.md")
    edit(broken_project, page, "{ #p2 data-policy-areas=", "{ #p1 data-policy-areas=")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    lines = edition_lines(result.stderr)
    assert (
        f"{page.as_posix()}: paragraph: id 'p1' is used twice (p1 is published: it stays with the paragraph the"
        " published site shows as p1 (the words anchors.words.json records for it), and the other takes p2 if it is"
        " the paragraph published as p2, or p4 if it is new)"
    ) in lines
    assert not [line for line in lines if line.startswith("annotations/")], lines


def test_a_page_that_is_not_utf8_is_one_line_in_the_build_and_in_check(broken_project: Path) -> None:
    """MkDocs itself stops on such a page with a traceback."""
    page = broken_project / "docs/migration-and-transnationalism/annex.md"
    page.write_bytes(page.read_text(encoding="utf-8").replace("Vertovec", "Vertovéc", 1).encode("latin-1", "replace"))
    line = "docs/migration-and-transnationalism/annex.md: is not UTF-8 (byte "
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert [text for text in result.stderr.splitlines() if line in text], result.stderr
    assert "no page 'migration-and-transnationalism/annex.md'" not in result.stderr  # its definitions are still read
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr
    assert [text for text in check.stdout.splitlines() if text.startswith(line)] == check.stdout.splitlines()[:1]


def test_a_page_saved_with_windows_line_ends_builds_as_mkdocs_reads_it(broken_project: Path) -> None:
    """MkDocs reads pages in text mode ('\\r\\n' becomes '\\n'); read as bytes, the front matter was not found."""
    page = broken_project / OPPORTUNITIES
    page.write_bytes(page.read_bytes().replace(b"\n", b"\r\n"))
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0 and not edition_lines(result.stderr), result.stderr
    built = (broken_project / "site/migration-and-transnationalism/opportunities/index.html").read_text(
        encoding="utf-8"
    )
    assert "<title>Opportunities" in built and 'id="p5"' in built and "\r" not in built
    assert run_check(broken_project).returncode == 0


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        # Every list and link showing the title needs text (the policy-area and annotation pages crashed).
        ("title: Opportunities", "title: 2010", "title: '2010' is not text (put it in quotes: `title: '2010'`)"),
        # YAML 1.1 read `yes` as true: the line offered was `title: 'True'`, not the word written
        (
            "title: Opportunities",
            "title: yes",
            "title: 'yes' is not text: YAML reads it as true (put it in quotes: `title: 'yes'`)",
        ),
        # A set of sources and the order check stopped the build ('unhashable type').
        (
            "source: migration-and-transnationalism",
            "source: [migration-and-transnationalism]",
            "source: [migration-and-transnationalism] is not text (write `source: migration-and-transnationalism`)",
        ),
    ],
    ids=["title", "title-yes", "source"],
)
def test_a_field_yaml_reads_as_other_than_text_is_one_line(broken_project: Path, old: str, new: str, line: str) -> None:
    edit(broken_project, OPPORTUNITIES, old, new)
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert edition_lines(result.stderr) == [f"{OPPORTUNITIES.as_posix()}: {line}"]


@pytest.mark.parametrize(
    ("new", "line"),
    [
        ("title: [Opportunities, abroad]", "title: [Opportunities, abroad] is a list, not text"
         " (write the title as one text: `title: Opportunities abroad`)"),
        ("description: [Remittances, ideas]", "description: [Remittances, ideas] is a list, not text"
         " (write the description as one text: `description: Remittances ideas`)"),
    ],
    ids=["title", "description"],
)  # fmt: skip
def test_a_title_written_as_a_list_is_offered_its_words_as_one_text(broken_project: Path, new: str, line: str) -> None:
    """It was offered `title: '[''Opportunities'', ''abroad'']'`: Python's way of showing a list, in YAML's quotes."""
    edit(
        broken_project, OPPORTUNITIES, "title: Opportunities", f"title: Opportunities\n{new}" if "desc" in new else new
    )
    path = OPPORTUNITIES.as_posix()
    assert_pages_say(broken_project, f"{path}: {new.split(':')[0]}:", [f"{path}: {line}"])


def test_texts_yaml_reads_as_true_or_a_number_are_offered_as_written_in_the_build_and_in_check(
    broken_project: Path,
) -> None:
    """YAML 1.1 read `on`, `yes` and `2010` as true and a number: "put the text in quotes" left the line to guess,
    and a page's description was not checked at all (its meta description read "1.0")."""
    edit(broken_project, "annotations/glossary.yml", "  term: transnational identity", "  term: on")
    edit(broken_project, "annotations/policy-areas.yml", "title: Families and those left behind", "title: 2010")
    edit(broken_project, "annotations/notes/chain-migration-and-cities.md", "name: Edition editors", "name: yes")
    edit(broken_project, "docs/migration-and-transnationalism/index.md", "publisher: International", "publisher: no\n#")
    edit(broken_project, OPPORTUNITIES, "title: Opportunities", "title: Opportunities\ndescription: 1.0")
    assert_pages_say(  # not the lock's line on the annotation's id, left out while its error stands
        broken_project,
        ("annotations/", "docs/"),
        [
            "annotations/glossary.yml: transnational-identity.term: 'on' is not text: YAML reads it as true"
            " (put it in quotes: `term: 'on'`)",
            "annotations/policy-areas.yml: families-left-behind.title: '2010' is not text"
            " (put it in quotes: `title: '2010'`)",
            "annotations/notes/chain-migration-and-cities.md: author.name: 'yes' is not text: YAML reads it as true"
            " (put it in quotes: `name: 'yes'`)",
            "docs/migration-and-transnationalism/index.md: bibliography.publisher: 'no' is not text: YAML reads it as"
            " false (put it in quotes: `publisher: 'no'`; see docs/about/source-records.md#text-fields)",
            f"{OPPORTUNITIES.as_posix()}: description: '1.0' is not text (put it in quotes: `description: '1.0'`)",
        ],
    )


UNKNOWN = "see docs/about/source-records.md#unknown"  # the editors' page's section on `unknown:`


def test_a_landing_pages_unknown_item_yaml_reads_as_true_or_a_number_is_offered_as_written(
    broken_project: Path,
) -> None:
    """`unknown:` is checked by its own code, not the schema: `- yes` was "must be a list of texts", no line to copy."""
    landing = "docs/origin-governments-and-migrant-associations/index.md"
    edit(broken_project, landing, "unknown:\n", "unknown:\n  - yes\n  - 2010\n")
    assert_pages_say(broken_project, f"{landing}: unknown", [
        f"{landing}: unknown[0]: 'yes' is not text: YAML reads it as true (put it in quotes: `- 'yes'`; {UNKNOWN})",
        f"{landing}: unknown[1]: '2010' is not text (put it in quotes: `- '2010'`; {UNKNOWN})",
    ])  # fmt: skip


def test_make_check_names_a_source_pages_fields_as_the_build_does(broken_project: Path) -> None:
    """An editor changing a page's front matter learns in a second what the build would refuse."""
    folder = Path("docs/migration-and-transnationalism")
    edit(broken_project, OPPORTUNITIES, "title: Opportunities", "title: 2010")
    edit(broken_project, folder / "challenges.md", "order: 4", "order: four")
    edit(broken_project, folder / "conclusion.md", "order: 6", "order: 5")
    edit(broken_project, folder / "introduction.md", "order: 1\n", "")
    edit(broken_project, folder / "policy-considerations.md", "title:", "titel:")  # one line, not "title is missing"
    expected = [
        f"{folder.as_posix()}/challenges.md: order: must be a whole number ≥ 0, not 'four' (e.g. `order: 3`)",
        f"{folder.as_posix()}/introduction.md: order: is missing (add `order` to the front matter)",
        f"{OPPORTUNITIES.as_posix()}: title: '2010' is not text (put it in quotes: `title: '2010'`)",
        f"{folder.as_posix()}/policy-considerations.md: order: 5 is also the order of {folder.as_posix()}/conclusion.md"
        " (give each page of a source its own position)",
        f"{folder.as_posix()}/policy-considerations.md: titel: is not a field: did you mean `title`? (rename it to `title`)",
    ]
    assert_build_and_check_say(broken_project, expected)


def test_a_title_with_markup_is_one_line_in_build_and_check(broken_project: Path) -> None:
    """`<b>` in a title reached Material's navigation, on every page, as markup."""
    edit(broken_project, OPPORTUNITIES, "title: Opportunities", 'title: "Opportunities <b>bold</b>"')
    expected = [
        f"{OPPORTUNITIES.as_posix()}: title: 'Opportunities <b>bold</b>' has '<' or '>' (write plain text:"
        " the site's navigation would read markup here as HTML)"
    ]
    assert_build_and_check_say(broken_project, expected)


def test_a_heading_showing_a_tag_is_one_line_in_build_and_check(broken_project: Path) -> None:
    """Material copies a long heading's shown text into a tooltip it inserts as HTML: a code span's `<img …>` ran."""
    guide = "docs/about/reading-guide.md"
    edit(broken_project, guide, "## The texts { #texts }", "## The `<img src=x onerror=alert(1)>` texts { #texts }")
    expected = [
        f"{guide}: heading: 'The <img src=x onerror=alert(1)> texts' shows a '<' that opens a tag where Material shows"
        " it as HTML (reword it without '<' right before a letter (the img element, not <img>): contents and header"
        " read it)"
    ]
    assert_build_and_check_say(broken_project, expected)


def test_make_check_names_paragraph_ids_and_tags_as_the_build_does(broken_project: Path) -> None:
    """Editors of the texts learn in a second what the build would refuse: ids, misplaced or unknown tags."""
    challenges = Path("docs/migration-and-transnationalism/challenges.md")
    (broken_project / OPPORTUNITIES).write_text(
        (broken_project / OPPORTUNITIES).read_text(encoding="utf-8") + "\nA paragraph added without its id.\n",
        encoding="utf-8",
    )
    edit(
        broken_project,
        challenges,
        '{ #p2 data-policy-areas="social-protection" }',
        '{ #p2 data-policy-area="social-protection" }',
    )
    edit(
        broken_project,
        challenges,
        '{ #p3 data-policy-areas="integration',
        '{ #p3 data-policy-areas="pensions integration',
    )
    expected = [
        f"{challenges.as_posix()}: #p2: 'data-policy-area' is not an attribute the edition reads"
        " (did you mean 'data-policy-areas'?)",
        f"{challenges.as_posix()}: #p3 data-policy-areas: unknown policy area 'pensions'"
        " (use an id from annotations/policy-areas.yml)",
        f"{OPPORTUNITIES.as_posix()}: paragraph: 'A paragraph added without its id.' has no id"
        " (end the paragraph with '{ #p6 }' on its own line; if it was split off a paragraph,"
        " the first part keeps that paragraph's id and the new part takes p6)",
    ]
    assert_build_and_check_say(broken_project, expected)


def test_front_matter_ended_by_yamls_own_marker_is_read_by_make_check_as_by_the_build(broken_project: Path) -> None:
    """MkDocs ends front matter at `...` too; python-frontmatter did not, and `make check` passed the page unread."""
    page = Path("docs/migration-and-transnationalism/conclusion.md")
    edit(broken_project, page, "countries-of-origin]\n---\n", "countries-of-origin, remitances]\n...\n")
    line = f"{page.as_posix()}: tags: unknown policy area 'remitances' (did you mean 'remittances'?)"
    assert_build_and_check_say(broken_project, [line])


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


def test_make_check_leaves_a_redirect_into_a_policy_area_page_to_the_build(broken_project: Path) -> None:
    """Only the build makes the area pages: make check, not knowing their ids, must not call the target missing."""
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


def test_a_heading_left_without_its_published_id_is_its_one_line_not_a_summed_up_one_too(broken_project: Path) -> None:
    """The heading's line offers the id it lost (end it with '{ #searching }'): the summary of it said nothing more."""
    edit(broken_project, "docs/about/reading-guide.md", "{ #searching }", "")
    assert_build_and_check_say(broken_project, [
        "docs/about/reading-guide.md: heading: 'Searching' has no id (end it with '{ #searching }' if it is the heading published as"
        " searching, or '{ #searching-2 }' if new)",
    ])  # fmt: skip


def test_while_the_lock_does_not_load_the_id_offered_to_a_heading_waits_on_it(broken_project: Path) -> None:
    """Unread, the lock held no id: `searching`, published and deleted with its heading, was offered as if new."""
    edit(broken_project, "docs/about/reading-guide.md", "{ #searching }", "")
    (broken_project / "anchors.lock.json").write_text("{", encoding="utf-8")
    assert_build_and_check_say(broken_project, [
        "anchors.lock.json: is not valid JSON (Expecting property name enclosed in double quotes: line 1 column 2"
        " (char 1)) (restore it from git, then run 'make anchors')",
        "docs/about/reading-guide.md: heading: 'Searching' has no id (end the heading with '{ #searching }';"
        " anchors.lock.json does not load: check the id once it does)",
    ])  # fmt: skip


def test_a_date_that_is_no_day_is_one_line_in_the_build_and_in_check(broken_project: Path) -> None:
    """YAML reads `2024-02-30` as a date and Python refuses it: a traceback in both, not a YAML error."""
    edit(
        broken_project,
        "docs/about/reading-guide.md",
        "title: Reading guide\n",
        "title: Reading guide\nreviewed: 2024-02-30\n",
    )
    line = (
        "docs/about/reading-guide.md: front matter: '2024-02-30' is no day of the calendar (February 2024 has 29"
        " days) at line 3 (write a real day as YYYY-MM-DD, month first, or put the text in quotes)"
    )
    assert_build_and_check_say(broken_project, [line])


def test_fields_written_without_their_dashes_are_one_line_in_the_build_and_in_check(broken_project: Path) -> None:
    """MkDocs reads them as MultiMarkdown metadata, every value text: the build and make check disagreed."""
    page = Path("docs/migration-and-transnationalism/conclusion.md")
    text = (broken_project / page).read_text(encoding="utf-8")
    (broken_project / page).write_text(text.replace("---\n", "", 1).replace("\n---\n", "\n\n", 1), encoding="utf-8")
    line = (
        f"{page.as_posix()}: front matter: the page starts with 'title: Conclusion', which MkDocs takes for a field,"
        " not for text (put fields between two lines '---'; start the text with a heading or a blank line)"
    )
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert [found for found in edition_lines(result.stderr) if not found.startswith("anchors.lock.json")] == [line]
    check = run_check(broken_project)
    assert check.returncode == 1 and check.stdout.splitlines() == [line], check.stdout


def test_a_field_written_twice_in_a_pages_front_matter_is_one_line_in_the_build_and_in_check(
    broken_project: Path,
) -> None:
    """MkDocs' YAML keeps the last value without a word: here the page would silently lose two of its areas."""
    edit(broken_project, OPPORTUNITIES, "order: 3\n", "order: 3\ntags: [remittances]\n")
    line = (
        f"{OPPORTUNITIES.as_posix()}: front matter: `tags` is written twice at line 6"
        " (keep one of the two: YAML would silently keep the last)"
    )
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert edition_lines(result.stderr) == [line]
    check = run_check(broken_project)
    assert check.returncode == 1 and check.stdout.splitlines()[:1] == [line], check.stdout


def test_a_merge_conflict_left_in_a_file_is_one_line_each_in_the_build_and_in_check(broken_project: Path) -> None:
    """Two annotation pull requests merged one after the other often conflict in the anchor lock.

    The markers would otherwise read as invalid JSON or YAML, or as paragraphs and a heading without ids.
    """
    edit(broken_project, "anchors.lock.json", '  "about"\n', '<<<<<<< HEAD\n  "about"\n=======\n  "about"\n>>>>>>> b\n')
    edit(broken_project, OPPORTUNITIES, "\n{ #p4 }", "\n{ #p4 }\n\n<<<<<<< HEAD\nOurs.\n=======\nTheirs.\n>>>>>>> b")
    edit(
        broken_project,
        "annotations/notes/transfer-of-ideas.md",
        "motivation: describing",
        "<<<<<<< HEAD\nmotivation: describing",
    )
    expected = [
        "anchors.lock.json: holds a git merge conflict ('<<<<<<<' at line 7)"
        " (run 'make anchors', which merges both sides)",
        "annotations/notes/transfer-of-ideas.md: holds a git merge conflict ('<<<<<<<' at line 8)"
        " (keep the lines that belong, then delete the lines '<<<<<<<', '=======' and '>>>>>>>')",
        f"{OPPORTUNITIES.as_posix()}: holds a git merge conflict ('<<<<<<<' at line 22)"
        " (keep the lines that belong, then delete the lines '<<<<<<<', '=======' and '>>>>>>>')",
    ]
    assert_build_and_check_say(broken_project, expected)


def test_a_heading_may_not_take_the_id_of_a_paragraph_or_of_another_heading(broken_project: Path) -> None:
    """Two elements with one id: a link to it leads to the first only (and the HTML is invalid)."""
    edit(broken_project, OPPORTUNITIES, "\n{ #p4 }", "\n{ #p4 }\n\n## Extra { #p3 }\n\nMore words.\n{ #p6 }")
    challenges = Path("docs/migration-and-transnationalism/challenges.md")
    edit(
        broken_project,
        challenges,
        '{ #p2 data-policy-areas="social-protection" }\n',
        "{ #p2 }\n\n## Again { #challenges }\n",
    )
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    hint = "(give the heading an id of its own: ids are links, and a link leads to one place)"
    lines = edition_lines(result.stderr)
    assert f"{OPPORTUNITIES.as_posix()}: heading: id 'p3' is also the id of another element of the page {hint}" in lines
    assert (
        f"{challenges.as_posix()}: heading: id 'challenges' is also the id of another element of the page {hint}"
        in (lines)
    )


def test_an_id_repeated_in_raw_html_is_named_wherever_it_is(broken_project: Path) -> None:
    """A raw `<a id>` equal to a heading's, a paragraph's or another raw id: links reach the first only, unreported."""
    edit(
        broken_project,
        OPPORTUNITIES,
        "{ #p4 }",
        '{ #p4 }\n\nKept <a id="p2"></a><a id="old"></a> and <a id="old"></a>.\n{ #p6 }',
    )
    about = Path("docs/about/citing.md")
    edit(broken_project, about, "## Formats { #formats }", '## Formats { #formats }\n\n<span id="formats"></span>')
    hint = "(give each element an id of its own: ids are links, and a link leads to the first element only)"
    heading_hint = "(give the heading an id of its own: ids are links, and a link leads to one place)"
    lines = [
        f"{OPPORTUNITIES.as_posix()}: id: id 'p2' is on 2 elements of the page {hint}",
        f"{OPPORTUNITIES.as_posix()}: id: id 'old' is on 2 elements of the page {hint}",
        f"{about.as_posix()}: heading: id 'formats' is also the id of another element of the page {heading_hint}",
    ]
    assert_pages_say(broken_project, "docs/", lines)  # each repeated id once, on its page's line


def test_a_new_heading_with_a_published_annotations_id_is_not_blamed_on_the_annotation_alone(
    broken_project: Path,
) -> None:
    """ "Rename the annotation" sent its published link to the new heading, without a word."""
    edit(
        broken_project,
        OPPORTUNITIES,
        '"communication-technologies" }\n',
        '"communication-technologies" }\n\n## Ideas { #transfer-of-ideas }\n',
    )
    assert_build_and_check_say(
        broken_project,
        [
            "annotations/notes/transfer-of-ideas.md: id: 'transfer-of-ideas' is also the id of a heading on"
            " migration-and-transnationalism/opportunities.md, and links to it are published (give the one added since"
            " another id (this annotation, or the heading): the one that had it keeps its links)"
        ],
    )


def test_a_heading_may_not_take_a_footnotes_or_the_themes_form_of_id(broken_project: Path) -> None:
    """`fn:4` is the page's note 4, `__drawer` Material's menu: the page held two elements with the id, unreported."""
    headings = "#### Another { #fn:4 }\n\n## Third { #fnref:4 }\n\n## Other { #__drawer }\n\nWords.\n{ #fn:9 }\n"
    edit(
        broken_project,
        OPPORTUNITIES,
        '"communication-technologies" }\n',
        f'"communication-technologies" }}\n\n{headings}',
    )
    page, hint = (
        OPPORTUNITIES.as_posix(),
        "(give the heading an id of its own: ids are links, and a link leads to one place)",
    )
    footnote = "has the form of a footnote's ids (fn:N, fnref:N), which the page's notes and their links take"
    expected = [
        f"{page}: heading: id 'fn:4' {footnote} {hint}",
        f"{page}: heading: id 'fnref:4' {footnote} {hint}",
        f"{page}: heading: id '__drawer' has the form of the theme's own ids (__drawer, __search, …) {hint}",
        f"{page}: paragraph: id 'fn:9' is not of the form pN (paragraph ids are p1, p2, … per page)",
    ]
    result, check = assert_pages_say(broken_project, page, expected)
    assert set(check.stdout.splitlines()) == set(edition_lines(result.stderr))  # the lock's "not recorded" line too


def test_a_paragraph_id_outside_the_text_s_paragraphs_is_named(broken_project: Path) -> None:
    """In a table cell or a note it was published (kind `element`) but neither numbered nor annotatable;
    after a list item it was shown to readers as `{ #p6 }`."""
    blocks = "| a |\n| - |\n| cell { #p7 } |\n\n!!! note\n    Inside.\n    { #p8 }\n\n- An item { #p6 }\n"
    edit(
        broken_project,
        OPPORTUNITIES,
        '"communication-technologies" }\n',
        f'"communication-technologies" }}\n\n{blocks}',
    )
    page = OPPORTUNITIES.as_posix()
    hint = "(a paragraph id goes on its own line right after a paragraph of the text, not in a list, a table or a note)"
    expected = [
        f"{page}: paragraph: id 'p7' is on something that is not a paragraph of the text {hint}",
        f"{page}: paragraph: id 'p8' is on something that is not a paragraph of the text {hint}",
        f"{page}: paragraph: '{{ #p6 }}' is shown to readers as text: no element took it {hint}",
    ]
    result, check = assert_pages_say(broken_project, page, expected)
    assert set(check.stdout.splitlines()) == set(edition_lines(result.stderr))  # the lock's "not recorded" line too


def test_a_paragraph_id_after_a_blank_line_is_one_line_naming_the_paragraph_above(broken_project: Path) -> None:
    """`{ #p5 }` below a blank line is a paragraph of its own: it had a line for having no id, one for being shown
    as text, and the paragraph above a third; after a numbered paragraph it had the first two."""
    edit(broken_project, OPPORTUNITIES, "and destination.\n{ #p5 }", "and destination.\n\n{ #p5 }")
    edit(
        broken_project, OPPORTUNITIES, '"communication-technologies" }\n', '"communication-technologies" }\n\n{ #p7 }\n'
    )
    page = OPPORTUNITIES.as_posix()
    expected = [
        f"{page}: paragraph: '{{ #p5 }}' stands alone below 'These are but a few of the many…', which has no id:"
        " readers see it as text (remove the blank line between them, so that it ends that paragraph)",
        f"{page}: paragraph: '{{ #p7 }}' stands alone as a paragraph: readers see it as text (put it on the line right"
        " after the last line of the paragraph it numbers, or delete it)",
    ]
    assert_pages_say(broken_project, page, expected)


def test_an_attribute_list_in_an_annotations_body_is_its_text_not_the_pages_problem(broken_project: Path) -> None:
    """A body takes no attribute lists, so `{ #p3 }` is its words: the build and make check blamed the page beside it."""
    note = "annotations/notes/transfer-of-ideas.md"
    edit(broken_project, note, "alongside money.", "alongside money.\n{ #p3 }")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0, result.stderr
    check = run_check(broken_project)
    assert check.returncode == 0, check.stdout
    page = parse(broken_project / "site/migration-and-transnationalism/opportunities/index.html")
    assert "alongside money. { #p3 }" in " ".join(page.find(id="transfer-of-ideas").get_text().split())


def test_a_page_left_blank_has_lost_its_ids_not_gone(broken_project: Path) -> None:
    """Python-Markdown renders a blank text without the extensions: the lines said the page was gone, to move it."""
    (broken_project / "docs/about/citing.md").write_text("---\ntitle: Citing\n---\n\n", encoding="utf-8")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    lines = edition_lines(result.stderr)
    gone = (
        "anchors.lock.json: /about/citing/#citing: published id is gone (no element has id 'citing') (restore it, or"
        " declare its new place in anchors.redirects.yml with the line `/about/citing/#citing: /new-page/#new-id`)"
    )
    assert gone in lines, lines
    assert not [line for line in lines if "page is gone" in line], lines
    check = run_check(broken_project)  # make check renders no blank page either: the same lines, not "page is gone"
    lost = sorted(line for line in lines if line.startswith("anchors.lock.json: /about/citing/"))
    assert [line for line in check.stdout.splitlines() if line.startswith("anchors.lock.json: /about/")] == lost


def test_a_misspelt_attribute_on_a_paragraphs_id_line_is_named(broken_project: Path) -> None:
    """`data-policy-area` (singular) was ignored: the paragraph silently left its area's page."""
    challenges = Path("docs/migration-and-transnationalism/challenges.md")
    edit(
        broken_project,
        challenges,
        '{ #p2 data-policy-areas="social-protection" }',
        '{ #p2 data-policy-area="social-protection" }',
    )
    edit(
        broken_project,
        challenges,
        '{ #p4 data-policy-areas="integration" }',
        '{ #p4 data-policy-areas="integration" lang="fr" }',
    )
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    lines = edition_lines(result.stderr)
    assert (
        f"{challenges.as_posix()}: #p2: 'data-policy-area' is not an attribute the edition reads (did you mean 'data-policy-areas'?)"
        in lines
    )
    assert (
        f"{challenges.as_posix()}: #p4: 'lang' is not an attribute the edition reads (write only the id, a .class and data-policy-areas)"
        in lines
    )


def test_a_heading_without_its_id_is_named_on_every_page_not_only_the_sources(broken_project: Path) -> None:
    """A derived id is taken after the anchor lock has looked: it would be published and never recorded."""
    quality = broken_project / "docs/about/quality.md"
    quality.write_text(quality.read_text(encoding="utf-8") + "\n## A new subheading\n\nText.\n", encoding="utf-8")
    expected = [
        "docs/about/quality.md: heading: 'A new subheading' has no id (end the heading with '{ #a-new-subheading }')"
    ]
    assert_build_and_check_say(broken_project, expected)


def test_a_published_heading_left_without_its_id_is_its_line_alone_in_the_build_as_in_make_check(
    broken_project: Path,
) -> None:
    """The heading's line offers its id back (`{ #searching }`): the build summed the id up too, make check did not."""
    edit(broken_project, Path("docs/about/reading-guide.md"), "{ #searching }", "")
    expected = [
        "docs/about/reading-guide.md: heading: 'Searching' has no id (end it with '{ #searching }' if it is the"
        " heading published as searching, or '{ #searching-2 }' if new)"
    ]
    assert_build_and_check_say(broken_project, expected)


def test_a_body_link_to_the_published_site_is_named_with_the_docs_path_when_site_url_is_set(
    broken_project: Path,
) -> None:
    """It passed as an external link: its #p3 unchecked, and it would not follow the page if the edition moved."""
    note = "annotations/notes/chain-migration-and-cities.md"
    published = "https://owner.github.io/repo/migration-and-transnationalism/introduction/#p3"
    export = "https://owner.github.io/repo/annotations.jsonld"  # a file the site serves, not a page: a link as any
    view = "https://owner.github.io/repo/annotations/?motivation=questioning"  # a view: skipped, though a docs path says it
    typo = "https://owner.github.io/repo/migration-and-transnationalism/introductio/#p3"  # no page: it passed
    written = "annotations/index.md?motivation=questioning&area=remittances"  # the docs path of a view: its query kept
    links = f"([all]({export}), [questions]({view}), [mistyped]({typo}), [on remittances]({written}))"
    edit(broken_project, note, "](migration-and-transnationalism/introduction.md#p3)", f"]({published}) {links}")
    unchecked = "is the published site's address (it goes unchecked, and breaks if the page moves)"
    expected = [
        f"{note}: body: the link '{published}' {unchecked} (write the page's path inside docs/:"
        " 'migration-and-transnationalism/introduction.md#p3')",
        f"{note}: body: the link '{view}' {unchecked} (write the page's path inside docs/:"
        " 'annotations/index.md?motivation=questioning')",
        f"{note}: body: the link '{typo}' leads to no page (write the page's path inside docs/: did you mean"
        " 'migration-and-transnationalism/introduction.md#p3'?)",
    ]
    assert_pages_say(broken_project, note, expected, env={"SITE_URL": "https://owner.github.io/repo/"})
    check = run_check(broken_project, {"SITE_URL": "http://127.0.0.1:8000/"})  # mkdocs.yml's default: a local preview
    assert check.returncode == 0 and note not in check.stdout, check.stdout


def test_a_site_url_mkdocs_takes_but_no_address_can_be_read_by_is_named_by_both(broken_project: Path) -> None:
    """`host:abc` passed both: every published address a body held then went unchecked, without a word."""
    note = "annotations/notes/chain-migration-and-cities.md"
    published = "https://owner.github.io:abc/repo/migration-and-transnationalism/introduction/#p3"
    edit(broken_project, note, "](migration-and-transnationalism/introduction.md#p3)", f"]({published})")
    expected = [
        "mkdocs.yml: site_url: 'https://owner.github.io:abc/repo/' has the port 'abc', no number from 0 to 65535"
        " (write SITE_URL=https://owner.github.io/repo/, or the port's number)"
    ]
    assert_pages_say(broken_project, "mkdocs.yml", expected, env={"SITE_URL": "https://owner.github.io:abc/repo/"})


def test_a_setting_mkdocs_yml_writes_twice_is_one_line_in_the_build_and_make_check(broken_project: Path) -> None:
    """MkDocs' YAML kept the second `extra:` block in silence: the first one's settings were dropped, unsaid."""
    edit(broken_project, "mkdocs.yml", "extra:\n", "extra:\n  generator: false\n\nextra:\n")
    line = "mkdocs.yml: `extra` is written twice at line 64 (keep one of the two: YAML would silently keep the last)"
    assert_build_and_check_say(broken_project, [line])


SITE_NAME = "site_name: Migration and Transnationalism — an annotated edition\n"


@pytest.mark.parametrize(
    ("new", "line"),
    [
        # both took it: every page's title read "Home - ", and the citations' site name was empty
        ("site_name: ''\n", "mkdocs.yml: site_name: is empty (write the edition's title, e.g. `site_name: An annotated edition`)"),
        ("site_name: '\u00a0'\n", "mkdocs.yml: site_name: is blank (write the edition's title, e.g. `site_name: An annotated edition`)"),
        # both took 'Migration' for the edition's title
        ("site_name: Migration #2\n", "mkdocs.yml: site_name: 'Migration' is cut short by ' #', which YAML reads as the start"
         " of a comment (put it in quotes: `site_name: 'Migration #2'`; a comment needs two spaces before its '# ')"),
    ],
    ids=["empty", "blank", "cut-short"],
)  # fmt: skip
def test_a_site_name_that_shows_nothing_or_is_cut_short_is_one_line_in_the_build_and_make_check(
    new: str, line: str, broken_project: Path
) -> None:
    edit(broken_project, "mkdocs.yml", SITE_NAME, new)
    assert_build_and_check_say(broken_project, [line])


def test_a_missing_site_name_stops_the_build_with_mkdocs_line_and_make_check_with_its_own(broken_project: Path) -> None:
    """MkDocs refuses it before the edition's hooks run, in one line of its own; make check said OK."""
    edit(broken_project, "mkdocs.yml", SITE_NAME, "")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert "Config value 'site_name': Required configuration not provided." in result.stderr.splitlines()[-1]
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr, check.stderr
    assert check.stdout.splitlines() == [
        "mkdocs.yml: site_name: is missing (write the edition's title, e.g. `site_name: An annotated edition`)"
    ]


ENV_TITLE = "EDITION_TITLE_FOR_A_TEST"
ENV_DEFAULT = f"give a default: `site_name: !ENV [{ENV_TITLE}, An annotated edition]`"


NO_SITE_NAME = "Config value 'site_name': Required configuration not provided."


@pytest.mark.parametrize(
    ("environment", "line", "mkdocs_line"),
    [
        ({}, f"mkdocs.yml: site_name: is empty: the environment variable {ENV_TITLE} it is read from is not set"
             f" (set {ENV_TITLE} to the edition's title, or {ENV_DEFAULT})", NO_SITE_NAME),
        # `!ENV` reads an empty value as YAML reads nothing: null, which MkDocs stops on as well
        ({ENV_TITLE: ""}, f"mkdocs.yml: site_name: is empty: the environment variable {ENV_TITLE} it is read from"
                          f" is set to nothing (set {ENV_TITLE} to the edition's title, or unset it and {ENV_DEFAULT})",
         NO_SITE_NAME),
        # read as YAML reads a plain word: MkDocs stops on a yes/no value; make check offered `site_name: VAR`
        ({ENV_TITLE: "yes"}, f"mkdocs.yml: site_name: is not text: the environment variable {ENV_TITLE} it is read"
                             " from is set to 'yes', which YAML reads as a yes/no value, true (put the value in quotes"
                             f" inside the variable: set {ENV_TITLE} to `'yes'`, quotes and all; or write the title"
                             " in mkdocs.yml: `site_name: 'yes'`)",
         "Config value 'site_name': Expected type: <class 'str'> but received: <class 'bool'>"),
    ],
    ids=["unset", "set-to-nothing", "set-to-yes"],
)  # fmt: skip
def test_a_site_name_read_from_an_unset_variable_names_it_in_make_check(
    environment: dict[str, str], line: str, mkdocs_line: str, broken_project: Path
) -> None:
    """`site_name: !ENV VAR`, VAR unset: MkDocs stops on it in its own line, and make check said "is empty",
    the variable unsaid, as if the file were at fault. It names the variable and both fixes; VAR set to a
    word YAML reads as no text, its value, as MkDocs stops on that too."""
    edit(broken_project, "mkdocs.yml", SITE_NAME, f"site_name: !ENV {ENV_TITLE}\n")
    env = {**{key: value for key, value in os.environ.items() if key != ENV_TITLE}, **environment}
    result = run_build(broken_project, broken_project / "site", env=env)
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert mkdocs_line in result.stderr, result.stderr
    check = subprocess.run(
        [sys.executable, "-m", "hooks.cli.check", "--root", str(broken_project)],
        cwd=broken_project, env={**env, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert check.returncode == 1 and "Traceback" not in check.stderr, check.stderr
    assert check.stdout.splitlines() == [line]


GLOSSARY_SETTINGS = [
    ("used_in: 12", "used_in: many",
     "mkdocs.yml: extra.glossary.used_in: must be a whole number ≥ 1, not 'many'"
     " (the number of paragraphs listed per term, e.g. `used_in: 12`)"),
    ("link: first", "link: every",
     "mkdocs.yml: extra.glossary.link: unknown link mode 'every' (write 'first' (the first occurrence per page) or 'all')"),
    # both took it in silence: the glossary listed 12 uses per term, not the 5 asked for
    ("used_in: 12", "usedin: 5", "mkdocs.yml: extra.glossary.usedin: is no glossary setting (did you mean `used_in`?)"),
    ("link: first", "links: all", "mkdocs.yml: extra.glossary.links: is no glossary setting (did you mean `link`?)"),
    ("link: first", "colour: blue",
     "mkdocs.yml: extra.glossary.colour: is no glossary setting (the glossary's settings: `link`, `used_in`)"),
    # both took it in silence too: the settings below it went to another key, and their defaults were used
    ("  glossary:\n", "  glossary: all\n  unused:\n",
     "mkdocs.yml: extra.glossary: must be settings, not 'all'"
     " (write each setting on its own line below `glossary:`, indented 2 spaces more: `link: first`)"),
]  # fmt: skip


@pytest.mark.parametrize(("old", "new", "line"), GLOSSARY_SETTINGS, ids=["used-in", "link", "typo", "typo-link",
                                                                          "unknown", "not-settings"])  # fmt: skip
def test_a_glossary_setting_the_build_refuses_is_one_line_in_the_build_and_make_check(
    broken_project: Path, old: str, new: str, line: str
) -> None:
    """make check said OK to `used_in: many`, and the build failed on it."""
    edit(broken_project, "mkdocs.yml", old, new)
    assert_build_and_check_say(broken_project, [line])


def test_use_directory_urls_false_is_one_line_in_the_build_and_make_check(broken_project: Path) -> None:
    """Every page moves ('/x/' to '/x.html'): the build listed each page's lost ids (288 lines), make check a line of its own."""
    edit(broken_project, "mkdocs.yml", "extra:\n", "use_directory_urls: false\n\nextra:\n")
    line = (
        "mkdocs.yml: use_directory_urls: false: every page would move from '/folder/page/', where the anchor lock"
        " and published links have it (remove use_directory_urls, or set it to true)"
    )
    assert_build_and_check_say(broken_project, [line])


def test_a_control_character_in_a_pages_text_is_one_line_in_the_build_and_make_check(broken_project: Path) -> None:
    """Both passed it: an escape code no reader sees, or a direction override reversing how the words read."""
    edit(broken_project, OPPORTUNITIES, "Migrants in countries", "Migrants\x1b[2K in countries")
    edit(broken_project, OPPORTUNITIES, "considered in tailoring", "considered \u202ein tailoring")
    page = OPPORTUNITIES.as_posix()
    expected = [
        f"{page}: line 10: holds control characters no one can see: U+001B (delete them)",
        f"{page}: line 22: holds control characters no one can see: U+202E (delete them: {DIRECTION_HINT})",
    ]
    assert_pages_say(broken_project, f"{page}: line ", expected)


def test_a_page_named_with_a_space_is_one_line_and_the_same_page_key_in_the_build_and_make_check(
    broken_project: Path,
) -> None:
    """make check keyed its ids '/about/a b/', the build '/about/a%20b/': their lines differed, and the lock's keys."""
    (broken_project / "docs/about/a b.md").write_text("---\ntitle: A b\n---\n\n# A b { #ab }\n", encoding="utf-8")
    edit(broken_project, "mkdocs.yml", "      - about/quality.md\n", "      - about/quality.md\n      - about/a b.md\n")
    assert_build_and_check_say(broken_project, [
        "docs/about/a b.md: holds a space, which the page's address would write as %-codes: /about/a%20b/"
        " (rename it without spaces, with letters, digits and '-' only, e.g. 'docs/about/a-b.md')",
        f"anchors.lock.json: /about/a%20b/: 1 published id(s) not recorded: ab ({BLOCKED})",
    ])  # fmt: skip


def mkdocs_nav_warnings(stderr: str) -> set[str]:
    """The pages and nav entries MkDocs' own nav warnings name (its omitted list, one page a line below it)."""
    named, listing = set(), False
    for line in stderr.splitlines():
        if listing and line.startswith("  - "):
            named.add(line.removeprefix("  - "))
            continue
        listing = 'are not included in the "nav" configuration' in line
        if "is included in the 'nav' configuration" in line:
            named.add(line.split("'")[1])
    return named


def test_a_page_left_out_of_the_nav_and_an_entry_naming_no_page_are_named_by_make_check_as_mkdocs_warns(
    broken_project: Path,
) -> None:
    """make check said OK to both, and the strict build failed on MkDocs' own warnings.

    Generated pages are the hooks' (the glossary, left out here, is named in mkdocs.yml); a page
    `not_in_nav` lists, and each policy area's page, are in no menu and no line.
    """
    page = "---\ntitle: Notes\n---\n\nSome notes.\n"
    for name in ("new.md", "hidden.md"):
        (broken_project / "docs/about" / name).write_text(page, encoding="utf-8")
    edit(
        broken_project, "mkdocs.yml", "      - about/quality.md\n", "      - about/quality.md\n      - about/gone.md\n"
    )
    edit(broken_project, "mkdocs.yml", "      - Glossary: glossary.md\n", "")
    edit(broken_project, "mkdocs.yml", "\nnav:\n", "\nnot_in_nav: |\n  /about/hidden.md\n\nnav:\n")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert mkdocs_nav_warnings(result.stderr) == {"about/new.md", "about/gone.md", "glossary.md"}, result.stderr
    assert edition_lines(result.stderr) == []
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr, check.stderr
    assert check.stdout.splitlines() == [
        "docs/about/new.md: is not in mkdocs.yml's nav: (MkDocs warns, the strict build fails) (add `- about/new.md`"
        " to `nav` in mkdocs.yml under `About`, or list it in `not_in_nav` if no menu should show it)",
        "mkdocs.yml: nav > About: 'about/gone.md' names no file in docs/ (did you mean 'about/new.md'?)",
        "mkdocs.yml: nav: 'glossary.md', a page the hooks generate, is in no entry"
        " (add `- glossary.md` to `nav` in mkdocs.yml where it belongs)",
    ], check.stdout


def test_make_check_expects_in_the_nav_the_generated_pages_the_build_puts_there(broken_project: Path) -> None:
    """Which generated pages go in the nav was said twice, by the adapters adding them and by make check.

    Both read `in_nav` now. With every generated page out of `nav:` (two guides in their sections'
    place), the pages MkDocs warns of are the build's (each file's inclusion, as its adapter added
    it) and the lines of make check its own: an adapter adding a page its own way fails this.
    """
    edit(broken_project, "mkdocs.yml", "      - Glossary: glossary.md\n", "")
    in_place = {"policy-areas/index.md": "about/policy-areas-guide.md", "annotations/index.md": "about/contributing.md"}
    for generated, guide in in_place.items():
        edit(broken_project, "mkdocs.yml", f"      - {guide}\n", "")
        edit(broken_project, "mkdocs.yml", f"          - {generated}\n", f"          - {guide}\n")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr, check.stderr
    hooks_line = ", a page the hooks generate, is in no entry"
    checked = {line.split("'")[1] for line in check.stdout.splitlines() if hooks_line in line}
    warned = mkdocs_nav_warnings(result.stderr)
    assert warned == checked == {"glossary.md", "policy-areas/index.md", "annotations/index.md"}, (warned, checked)


def test_a_readme_beside_an_index_is_named_by_make_check_as_mkdocs_warns(broken_project: Path) -> None:
    """MkDocs keeps the folder's index.md, leaves the README.md out with a warning, and the strict build fails on it.

    make check left the README out in silence, as MkDocs does, and said OK. A README.md that
    `exclude_docs` names, or a folder's README.md without an index.md (its page), is no line.
    """
    (broken_project / "docs/about/README.md").write_text("# About\n\nFor GitHub.\n", encoding="utf-8")
    (broken_project / "docs/README.md").write_text("# Docs\n\nFor GitHub.\n", encoding="utf-8")
    edit(broken_project, "mkdocs.yml", "\nnav:\n", "\nexclude_docs: |\n  /README.md\n\nnav:\n")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    warning = "Excluding 'about/README.md' from the site because it conflicts with 'about/index.md'."
    assert result.stderr.count(warning) == 1, result.stderr  # once: the glossary's hook reads the pages too
    assert "'README.md'" not in result.stderr, result.stderr
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr, check.stderr
    assert check.stdout.splitlines() == [
        "docs/about/README.md: is left out of the site, as docs/about/index.md is the folder's page"
        " (MkDocs warns, the strict build fails) (put what it says in docs/about/index.md and delete it,"
        " or list it in exclude_docs: in mkdocs.yml)"
    ], check.stdout


def test_a_page_named_x_markdown_is_one_line_in_the_build_and_make_check(broken_project: Path) -> None:
    """MkDocs publishes it (at /about/x/), yet make check read '*.md' only: it said OK, nav included.

    The edition names pages by their `.md` file (annotation targets, glossary definitions, page
    moves): such a page is refused, with its `.md` name, and its ids are the lock's as any page's.
    """
    page = "---\ntitle: X\n---\n\n# X { #x-page }\n"
    (broken_project / "docs/about/x.markdown").write_text(page, encoding="utf-8")
    edit(
        broken_project,
        "mkdocs.yml",
        "      - about/quality.md\n",
        "      - about/quality.md\n      - about/x.markdown\n",
    )
    assert_build_and_check_say(broken_project, [
        "docs/about/x.markdown: ends in '.markdown': annotations, the glossary and page moves name a page by its '.md'"
        " file (rename it to docs/about/x.md, in nav: too)",
        f"anchors.lock.json: /about/x/: 1 published id(s) not recorded: x-page ({BLOCKED})",
    ])  # fmt: skip


SUMMED_UP_SEARCHING = (
    "anchors.lock.json: 1 anchor problem(s) not listed one by one while the other errors stand (the first:"
    " /about/reading-guide/#searching: published id is gone (no element has id 'searching')) (fix the other errors"
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


SCHEMAS = ("annotation", "bibliography", "glossary", "policy-areas")


def test_a_schema_folder_moved_away_is_one_line_a_schema_not_a_traceback(broken_project: Path) -> None:
    """Each schema checks a kind of file: without it none of them can be checked, which its one line says.

    The build and make check stopped with a FileNotFoundError; the files it checks are not each named,
    nor are the ids they publish summed up as lost: the schema's line is their cause.
    """
    (broken_project / "annotations/schema").rename(broken_project / "schema-elsewhere")
    expected = [
        f"annotations/schema/{name}.schema.json: file not found"
        f" (restore it from git: git checkout -- annotations/schema/{name}.schema.json)"
        for name in SCHEMAS
    ]
    assert_build_and_check_say(broken_project, expected)


def test_a_schema_that_is_no_json_schema_is_one_line_each_in_the_build_and_in_check(broken_project: Path) -> None:
    """Two pull requests changing a schema leave git's markers in it; an editor's slip cuts it short or breaks a rule.

    A `$ref` leading nowhere is JSON Schema to `check_schema`: jsonschema stopped once a source's author reached it.
    """
    schema = Path("annotations/schema")
    edit(broken_project, schema / "annotation.schema.json", '    "motivation": {', '<<<<<<< HEAD\n    "motivation": {')
    glossary = broken_project / schema / "glossary.schema.json"
    glossary.write_text("".join(glossary.read_text(encoding="utf-8").splitlines(keepends=True)[:7]), encoding="utf-8")
    edit(broken_project, schema / "policy-areas.schema.json", '"type": "array"', '"type": "arry"')
    edit(
        broken_project,
        schema / "bibliography.schema.json",
        '"author": {"$ref": "#/$defs/names"}',
        '"author": {"$ref": "#/$defs/nams"}',
    )
    restore = "git checkout -- annotations/schema/"
    expected = [
        "annotations/schema/annotation.schema.json: holds a git merge conflict ('<<<<<<<' at line 41)"
        " (keep the lines that belong, then delete the lines '<<<<<<<', '=======' and '>>>>>>>')",
        "annotations/schema/bibliography.schema.json: properties.author.$ref: '#/$defs/nams' leads to nothing in the"
        " schema (did you mean '#/$defs/names'?)",
        "annotations/schema/glossary.schema.json: ends before its JSON does (at line 8, column 1)"
        f" (restore it: {restore}glossary.schema.json)",
        "annotations/schema/policy-areas.schema.json: type: is not valid JSON Schema:"
        " 'arry' is not valid under any of the given schemas"
        f" (write it as JSON Schema 2020-12 does, or restore it: {restore}policy-areas.schema.json)",
    ]
    assert_build_and_check_say(broken_project, expected)
