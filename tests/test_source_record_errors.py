"""A source's record (its landing page's bibliography): a field missing, misread or misdated is one line; markup stays text."""

from __future__ import annotations

from pathlib import Path

import pytest
from broken_project_helpers import assert_build_and_check_say, failed_with
from conftest import edit, parse, run_build, run_check


def test_source_without_bibliography_is_one_line_on_its_landing_page(broken_project: Path) -> None:
    """Not one line per page of the source: the fix is in one place."""
    index = Path("docs/migration-and-transnationalism/index.md")
    text = (broken_project / index).read_text(encoding="utf-8")
    start, end = text.index("bibliography:"), text.index("unknown:")
    (broken_project / index).write_text(text[:start] + text[end:], encoding="utf-8")
    result = run_build(broken_project, broken_project / "site")
    failed_with(
        result,
        "docs/migration-and-transnationalism/index.md: bibliography: is missing or not a mapping "
        "(add CSL-JSON fields under `bibliography`; see docs/about/source-records.md#required)",
    )
    assert result.stderr.count("WARNING") == 1, result.stderr


@pytest.mark.parametrize("field", ["title", "type"])
def test_bibliography_missing_title_or_type_is_one_line(broken_project: Path, field: str) -> None:
    index = Path("docs/origin-governments-and-migrant-associations/index.md")
    line = {
        "title": "  title: Perspectives from governments of countries of origin and migrant associations\n",
        "type": "  type: chapter\n",
    }[field]
    edit(broken_project, index, line, "")
    result = run_build(broken_project, broken_project / "site")
    expected = (
        f"docs/origin-governments-and-migrant-associations/index.md: bibliography.{field}: is missing"
        f" (add `{field}` under `bibliography`; see docs/about/source-records.md#required)"
    )
    failed_with(result, expected)
    assert result.stderr.count("WARNING") == 1, result.stderr


def test_a_language_the_record_cannot_name_is_one_line(broken_project: Path) -> None:
    index = Path("docs/migration-and-transnationalism/index.md")
    edit(broken_project, index, "  language: en\n", "  language: English\n")
    result = run_build(broken_project, broken_project / "site")
    failed_with(
        result,
        f"{index}: bibliography.language: 'English' is not a language tag as CLDR writes it (did you mean 'en'?"
        " see docs/about/source-records.md#language)",
    )
    assert result.stderr.count("WARNING") == 1, result.stderr


def test_a_well_formed_tag_with_an_extension_is_named_and_kept_as_written(broken_project: Path) -> None:
    """`en-US-u-ca-gregory` failed the build with "write a BCP 47 tag", though it is one."""
    edit(
        broken_project,
        "docs/migration-and-transnationalism/index.md",
        "  language: en\n",
        "  language: en-US-u-ca-gregory\n",
    )
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0, result.stderr
    page = parse(broken_project / "site" / "migration-and-transnationalism" / "index.html")
    assert (
        next(dt for dt in page.select("article dt") if dt.get_text() == "Language").find_next("dd").get_text()
        == "English (United States)"
    )
    assert page.select_one('meta[name="DC.language"]')["content"] == "en-US-u-ca-gregory"


def test_a_bibliography_field_citeproc_cannot_read_is_one_line_not_a_traceback(broken_project: Path) -> None:
    """`issued: 2010` and `author: <text>` stopped the build in the citation formats."""
    index = Path("docs/migration-and-transnationalism/index.md")
    edit(broken_project, index, "issued: {date-parts: [[2010]]}", "issued: 2010")
    edit(broken_project, index, "unknown:\n", "unknown: the DOI\nnot-unknown:\n")
    result = run_build(broken_project, broken_project / "site")
    failed_with(result, f"{index.as_posix()}: bibliography.issued: must be a mapping of fields, not a number")
    assert f"{index.as_posix()}: unknown: must be a list of texts" in result.stderr
    check = run_check(broken_project)  # make check says the same
    assert check.returncode == 1 and [line.split(":")[1] for line in check.stdout.splitlines()] == [
        " bibliography.issued",
        " unknown",
    ], check.stdout


DATES = "see docs/about/source-records.md#dates"  # the editors' page's section on a record's dates


def test_a_date_typed_as_text_in_a_bibliography_gets_its_date_parts_or_its_missing_day(broken_project: Path) -> None:
    """`issued: 2026/12/05`, YAML's own date, a `raw` one and `[[2026, 2, 31]]` got the generic example, not their day."""
    index = Path("docs/migration-and-transnationalism/index.md")
    dates = (
        "issued: 2010/03/09\n  accessed: 2026-12-01\n  original-date: {raw: 'Mar 9, 2010'}\n"
        "  submitted: {date-parts: [[2026, 2, 31]]}\n  available-date: '31/04/2026'"
    )
    edit(broken_project, index, "issued: {date-parts: [[2010]]}", dates)
    fields = f"{index.as_posix()}: bibliography"
    assert_build_and_check_say(
        broken_project,
        [
            f"{fields}.issued: must be a mapping of fields, not text (write it as CSL date-parts:"
            f" `issued: {{date-parts: [[2010, 3, 9]]}}`; {DATES})",
            f"{fields}.accessed: must be a mapping of fields, not a date (write it as CSL date-parts:"
            f" `accessed: {{date-parts: [[2026, 12, 1]]}}`; {DATES})",
            f"{fields}.original-date.raw: is not a field (write the date as date-parts: `date-parts: [[2010, 3, 9]]`:"
            f" a date under `raw` is not read; {DATES})",
            f"{fields}.submitted: [2026, 2, 31] is no day of the calendar (February 2026 has 28 days: write a real day;"
            f" {DATES})",
            f"{fields}.available-date: must be a mapping of fields, not text (no such day: April 2026 has 30 days;"
            f" write a CSL date, e.g. `{{date-parts: [[2010, 3, 9]]}}`; {DATES})",
        ],
    )


def test_a_date_in_words_in_a_bibliography_is_read_in_the_records_language(broken_project: Path) -> None:
    """`listopada` is November to most languages, October to Croatian: the record's `language: hr` decides."""
    index = Path("docs/migration-and-transnationalism/index.md")
    edit(
        broken_project,
        index,
        "issued: {date-parts: [[2010]]}\n  language: en",
        "issued: 5 listopada 2010\n  language: hr",
    )
    assert_build_and_check_say(
        broken_project,
        [
            f"{index.as_posix()}: bibliography.issued: must be a mapping of fields, not text (write it as CSL"
            f" date-parts: `issued: {{date-parts: [[2010, 10, 5]]}}`; {DATES})"
        ],
    )


def test_a_day_yaml_reads_but_the_calendar_lacks_in_a_bibliography_is_one_line_naming_it(broken_project: Path) -> None:
    """YAML reads an unquoted `2026-02-31` as a date, and Python refuses it inside PyYAML: never a traceback."""
    index = Path("docs/migration-and-transnationalism/index.md")
    edit(broken_project, index, "issued: {date-parts: [[2010]]}", "issued: 2026-02-31")
    line = (
        f"{index.as_posix()}: front matter: '2026-02-31' is no day of the calendar (February 2026 has 28 days) at line"
        " 18 (write a real day as CSL date-parts, e.g. `issued: {date-parts: [[2026, 2, 28]]}`)"
    )
    # no second line saying its bibliography is missing, nor its lost citation block's id summed up (the build's
    # alone: make check leaves a misread page's ids to the build): they wait on the line, as in make check
    assert_build_and_check_say(broken_project, [line])


def test_a_source_landing_page_that_is_not_utf8_is_one_line(broken_project: Path) -> None:
    """Its bibliography was read before the page checks, with MkDocs' strict decoding: a traceback."""
    index = broken_project / "docs/migration-and-transnationalism/index.md"
    index.write_bytes(index.read_bytes().replace(b"Geneva", "Genève".encode("latin-1"), 1))
    result = run_build(broken_project, broken_project / "site")
    failed_with(result, "docs/migration-and-transnationalism/index.md: is not UTF-8 (byte ")


def test_markup_and_quotes_in_a_bibliography_are_shown_as_written(broken_project: Path) -> None:
    """Editors' CSL fields reach HTML through citeproc-py, which escapes nothing, and an attribute Material writes."""
    index = Path("docs/origin-governments-and-migrant-associations/index.md")
    written = 'Perspectives from "governments" of <b>countries</b> & migrant associations'
    edit(broken_project, index, "  title: Perspectives from governments", "  title: 'Perspectives from governments")
    edit(broken_project, index, "migrant associations\n  container", "migrant associations'\n  container")
    edit(
        broken_project,
        index,
        "'Perspectives from governments of countries of origin and migrant associations'",
        repr(written),
    )
    edit(
        broken_project,
        index,
        "publisher: International Organization for Migration",
        "publisher: 'International Organization for <i>Migration</i> & Co'",
    )
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    soup = parse(broken_project / "site/origin-governments-and-migrant-associations/index.html")
    made = soup.select(".edition-cite-page b") + [i for i in soup.select("i") if i.get_text() == "Migration"]
    assert not made, "markup from the bibliography became markup"
    references = [p.get_text() for p in soup.select(".edition-cite-page p.reference")]
    assert len(references) == 2, references
    assert all(
        "<b>countries</b> & migrant" in text.lower() and "<i>migration</i>" in text.lower() for text in references
    )
    description = soup.select_one('meta[name="description"]')["content"]
    shown = written.replace('"governments"', "‘governments’")  # quoted in the description: its own quotes single
    assert shown in description and not soup.select("meta[autofocus], meta[onfocus]")
