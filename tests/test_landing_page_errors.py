"""A source's landing page without its `source:`, its record or its marker line, and a source without one:
one line naming every field the page needs, the build's and make check's alike."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import ROOT, declare_redirects, edit, parse, run_build
from record_placement_helpers import MARKER, not_read_here

from hooks.cli import check


def landing_published(folder: str, *, record: bool = True) -> str:
    """The hint on a folder's index.md that names no source, where the lock holds its Cite heading: no "if".

    `record`: the page has its `bibliography:`; without it, the fields to add are named beside the `source:` line.
    """
    fields = "" if record else ", and add CSL-JSON fields under `bibliography`"
    return (
        "(anchors.lock.json holds its Cite heading, `cite-this-page`, so this is a source's landing page:"
        f" name its folder as its source, `source: {folder}`{fields}; see docs/about/source-records.md#placement)"
    )


LANDING = "docs/migration-and-transnationalism/index.md"
LANDING_SOURCE = "source: migration-and-transnationalism\n"
CHAPTER = "docs/origin-governments-and-migrant-associations/index.md"  # a source of one page: none other names it
CHAPTER_FIELDS = (ROOT / CHAPTER).read_text(encoding="utf-8").split("---\n")[1]  # its front matter, to cut
SOURCE_LINES = {  # a landing page's `source:` missing or another folder's: made right, its record is in place
    "missing": (
        LANDING,
        LANDING_SOURCE,
        "",
        "source: is missing (add `source: migration-and-transnationalism` to the front matter)",
    ),
    "another folder's": (
        LANDING,
        LANDING_SOURCE,
        "source: elsewhere\n",
        "source: is 'elsewhere' but the page lives in 'migration-and-transnationalism'"
        " (write `source: migration-and-transnationalism`)",
    ),
    # Sent to move its record to "docs/<source>/index.md, the page with `source: <source>`": the page it is on.
    # Then told "if this is a source's landing page", though the lock holds the Cite heading it published as one.
    "missing on a source's only page": (
        CHAPTER,
        "source: origin-governments-and-migrant-associations\n",
        "",
        "bibliography: is read from a source's landing page only: no citation or download uses it here "
        + landing_published("origin-governments-and-migrant-associations"),
    ),
    # Its record gone with it, the marker line stays: sent to move the line, as from an about page.
    "missing on a source's only page, with its record": (
        CHAPTER,
        CHAPTER_FIELDS,
        CHAPTER_FIELDS.split("bibliography:\n")[0].replace("source: origin-governments-and-migrant-associations\n", ""),
        "bibliography: is missing or not a mapping "
        + landing_published("origin-governments-and-migrant-associations", record=False),
    ),
}


@pytest.mark.parametrize("case", SOURCE_LINES)
def test_a_landing_page_without_its_own_source_is_one_line_naming_it(broken_project: Path, case: str) -> None:
    """It said `source` is missing, and that its `bibliography:` was on no landing page (`#placement`): one fix.

    The only line of the build and make check alike: its Cite heading, gone with its `source`, was an
    `anchors.lock.json` line, and `source: elsewhere` a line asking for a landing page of 'elsewhere'.
    """
    page, old, new, line = SOURCE_LINES[case]
    edit(broken_project, page, old, new)
    result = run_build(broken_project, broken_project / "site")
    said = [line.split("edition: ", 1)[1] for line in result.stderr.splitlines() if "edition: " in line]
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert said == [f"{page}: {line}"], result.stderr
    problems, _ = check.run_checks(broken_project, dt.date.today())
    assert [str(problem) for problem in problems] == [f"{page}: {line}"]


def test_a_source_s_only_page_left_with_its_unknown_alone_is_one_line_naming_its_source(broken_project: Path) -> None:
    """Its `source:`, record and marker line taken out, its `unknown:` was sent to another landing page, and the
    lock's Cite heading it lost was a second line: the lock shows it was the landing page, whose `source:` is the fix.
    """
    text = (broken_project / CHAPTER).read_text(encoding="utf-8")
    fields = CHAPTER_FIELDS.replace("source: origin-governments-and-migrant-associations\n", "")
    fields = fields[: fields.index("bibliography:\n")] + fields[fields.index("unknown:\n") :]
    text = text.replace(CHAPTER_FIELDS, fields, 1).replace("\n<!-- edition:bibliography -->\n", "\n", 1)
    (broken_project / CHAPTER).write_text(text, encoding="utf-8")
    line = (
        f"{CHAPTER}: unknown: is read from a source's landing page only: no record shows it here "
        + landing_published("origin-governments-and-migrant-associations", record=False)
    )
    result = run_build(broken_project, broken_project / "site")
    said = [line.split("edition: ", 1)[1] for line in result.stderr.splitlines() if "edition: " in line]
    assert result.returncode != 0 and said == [line], result.stderr
    problems, _ = check.run_checks(broken_project, dt.date.today())
    assert [str(problem) for problem in problems] == [line]


@pytest.mark.parametrize("left", ["the marker line", "its unknown"])
def test_a_source_s_only_page_left_without_its_source_and_record_is_told_both_in_one_run(
    broken_project: Path, left: str
) -> None:
    """Its `source:` and `bibliography:` taken out: the line offered the `source:` line alone, and once it was
    written the next run asked for the record (`bibliography: is missing`): two runs to learn one page's fix.

    The first run's line names both, the build's and make check's alike; the next, with `source:` alone written,
    asks for nothing that line did not name.
    """
    text = (broken_project / CHAPTER).read_text(encoding="utf-8")
    fields = CHAPTER_FIELDS.replace("source: origin-governments-and-migrant-associations\n", "")
    start, end = fields.index("bibliography:\n"), fields.index("unknown:\n")
    fields = fields[:start] + (fields[end:] if left == "its unknown" else "")
    text = text.replace(CHAPTER_FIELDS, fields, 1)
    if left == "its unknown":
        text = text.replace(f"\n{MARKER}\n", "\n", 1)
    (broken_project / CHAPTER).write_text(text, encoding="utf-8")
    result = run_build(broken_project, broken_project / "site")
    said = [line.split("edition: ", 1)[1] for line in result.stderr.splitlines() if "edition: " in line]
    assert result.returncode != 0 and len(said) == 1, result.stderr
    (line,) = said
    field = "unknown" if left == "its unknown" else "bibliography"
    assert line.startswith(f"{CHAPTER}: {field}: ") and line.endswith(
        "so this is a source's landing page: name its folder as its source,"
        " `source: origin-governments-and-migrant-associations`, and add CSL-JSON fields under `bibliography`;"
        " see docs/about/source-records.md#placement)"
    ), line
    problems, _ = check.run_checks(broken_project, dt.date.today())
    assert [str(problem) for problem in problems] == said
    edit(broken_project, CHAPTER, "order: 0\n", "source: origin-governments-and-migrant-associations\norder: 0\n")
    (next_run,) = check.run_checks(broken_project, dt.date.today())[0]
    assert str(next_run) == f"{CHAPTER}: {RECORD_TAKEN_OUT}"
    assert next_run.hint.split("; see ")[0] in line  # the fix it asks for, named in the first run's line


def test_a_source_s_only_page_whose_cite_heading_was_retired_is_not_told_it_is_a_landing_page(
    broken_project: Path,
) -> None:
    """Its `source:` taken out and its Cite heading sent elsewhere in anchors.redirects.yml: the source retired on
    purpose, so the lock's heading shows no landing page, and the line offers the `source:` line with its "if".
    """
    edit(broken_project, CHAPTER, "source: origin-governments-and-migrant-associations\n", "")
    declare_redirects(
        broken_project,
        "/origin-governments-and-migrant-associations/#cite-this-page: /migration-and-transnationalism/#cite-this-page\n",
    )
    line = f"{CHAPTER}: bibliography: {not_read_here('origin-governments-and-migrant-associations', unknown=True)}"
    result = run_build(broken_project, broken_project / "site")
    said = [line.split("edition: ", 1)[1] for line in result.stderr.splitlines() if "edition: " in line]
    assert result.returncode != 0 and said == [line], result.stderr
    problems, _ = check.run_checks(broken_project, dt.date.today())
    assert [str(problem) for problem in problems] == [line]


NEW_PART = "---\ntitle: Part\nsource: new-source\norder: 1\ntags: []\n---\n\n# Part { #part }\n\nText.\n{ #p1 }\n"
CHAPTER_NAV = "      - origin-governments-and-migrant-associations/index.md\n"


def test_a_source_without_a_landing_page_is_named_by_make_check_as_by_the_build(broken_project: Path) -> None:
    """Its pages name it from its folder: the build asked for its landing page, and make check said nothing of it."""
    (broken_project / "docs" / "new-source").mkdir()
    (broken_project / "docs" / "new-source" / "part.md").write_text(NEW_PART, encoding="utf-8")
    edit(broken_project, "mkdocs.yml", CHAPTER_NAV, f"{CHAPTER_NAV}  - New source:\n      - new-source/part.md\n")
    line = (
        "docs/new-source/index.md: is missing, but pages name 'new-source' as their source (create it, with the"
        " source's CSL-JSON fields under `bibliography` in its front matter; see docs/about/source-records.md#required)"
    )
    result = run_build(broken_project, broken_project / "site")
    said = [line.split("edition: ", 1)[1] for line in result.stderr.splitlines() if "edition: " in line]
    assert result.returncode != 0 and "Traceback" not in result.stderr and said.count(line) == 1, result.stderr
    problems, _ = check.run_checks(broken_project, dt.date.today())
    assert [str(problem) for problem in problems].count(line) == 1, problems


NEW_LANDING = (
    "---\ntitle: New source\n---\n\n# New source { #new-source }\n\n<!-- edition:bibliography -->\n\nText.\n{ #p1 }\n"
)
NEW_FIELDS = "source: new-source\norder: 0\ntags: []\nbibliography:\n  type: report\n  title: New source\n"


def test_a_new_source_s_landing_page_is_told_every_field_it_needs_in_the_first_run(broken_project: Path) -> None:
    """A new source's `index.md` with its title and marker line was offered `source:` and the record; written so, the
    next run asked for its `order` and `tags`: three runs to learn what one page needs.

    The first run's line, the build's and make check's alike, names them all; written as it says, the page is
    asked for nothing more (the lock's lines for its new ids aside, which `make anchors` writes).
    """
    (broken_project / "docs" / "new-source").mkdir()
    (broken_project / "docs" / "new-source" / "index.md").write_text(NEW_LANDING, encoding="utf-8")
    edit(broken_project, "mkdocs.yml", CHAPTER_NAV, f"{CHAPTER_NAV}  - New source:\n      - new-source/index.md\n")
    page = "docs/new-source/index.md"
    result = run_build(broken_project, broken_project / "site")
    said = [line.split("edition: ", 1)[1] for line in result.stderr.splitlines() if "edition: " in line]
    said = [line for line in said if not line.startswith("anchors.lock.json: ")]
    assert result.returncode != 0 and said == [
        f"{page}: bibliography: is missing or not a mapping (name its folder as its source, `source: new-source`,"
        " and add `order`, `tags` and CSL-JSON fields under `bibliography`, if this is a source's landing page;"
        " else a source's record stands on its landing page, docs/<source>/index.md, the page with"
        f" `source: <source>`, under `bibliography`: move the line `{MARKER}` there, or remove it;"
        " see docs/about/source-records.md#placement)"
    ], result.stderr
    problems, _ = check.run_checks(broken_project, dt.date.today())
    assert [str(problem) for problem in problems if problem.path == page] == said
    edit(broken_project, page, "title: New source\n", f"title: New source\n{NEW_FIELDS}")
    result = run_build(broken_project, broken_project / "site")
    said = [line.split("edition: ", 1)[1] for line in result.stderr.splitlines() if "edition: " in line]
    assert [line for line in said if not line.startswith("anchors.lock.json: ")] == [], result.stderr
    problems, _ = check.run_checks(broken_project, dt.date.today())
    assert [str(problem) for problem in problems if problem.path != "anchors.lock.json"] == []


RECORD_TAKEN_OUT = (
    "bibliography: is missing or not a mapping (add CSL-JSON fields under `bibliography`;"
    " see docs/about/source-records.md#required)"
)


@pytest.mark.parametrize("page", [LANDING, CHAPTER])
def test_a_landing_page_without_its_record_or_its_marker_is_named_by_make_check_as_by_the_build(
    broken_project: Path, page: str
) -> None:
    """Its `bibliography:` (with its `unknown:`) and its marker line both taken out: make check said nothing and
    passed, while the build, asked by each page naming the source for its record, failed on the line saying so.
    """
    text = (broken_project / page).read_text(encoding="utf-8")
    start = text.index("\nbibliography:\n")
    text = text[:start] + text[text.index("\n---\n", start) :]  # the record and its `unknown:`, the last fields
    (broken_project / page).write_text(text.replace(f"{MARKER}\n", ""), encoding="utf-8")
    result = run_build(broken_project, broken_project / "site")
    said = [line.split("edition: ", 1)[1] for line in result.stderr.splitlines() if "edition: " in line]
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert said == [f"{page}: {RECORD_TAKEN_OUT}"], result.stderr
    problems, _ = check.run_checks(broken_project, dt.date.today())
    assert [str(problem) for problem in problems] == said


@pytest.mark.parametrize("written", ["[migration-and-transnationalism]", "3"])
def test_a_landing_page_s_source_that_is_not_text_is_one_line_and_its_record_is_still_cited(
    broken_project: Path, written: str
) -> None:
    """Every other hook takes such a `source` for the page's folder (`corrected_front_matter`), and the landing page
    showed its record; but the citations read the page's own front matter, and no page of the source was cited."""
    edit(broken_project, LANDING, LANDING_SOURCE, f"source: {written}\n")
    line = f"{LANDING}: source: {written} is not text (write `source: migration-and-transnationalism`)"
    result = run_build(broken_project, broken_project / "site")
    said = [line.split("edition: ", 1)[1] for line in result.stderr.splitlines() if "edition: " in line]
    assert result.returncode != 0 and "Traceback" not in result.stderr and said == [line], result.stderr
    site = broken_project / "site"
    landing = parse(site / "migration-and-transnationalism" / "index.html")
    assert landing.select_one("article .bibliographic-record dl") is not None
    for page in (landing, parse(site / "migration-and-transnationalism" / "opportunities" / "index.html")):
        assert "International Organization for Migration" in page.select_one(".edition-cite-page").get_text()
    assert (site / "cite" / "migration-and-transnationalism.json").is_file()
    problems, _ = check.run_checks(broken_project, dt.date.today())
    assert [str(problem) for problem in problems] == [line]


def test_a_misread_landing_page_is_one_line_not_one_more_for_its_record(broken_project: Path) -> None:
    """A merge conflict in its front matter: MkDocs reads no `bibliography:`, and the build named it missing too."""
    page = "docs/origin-governments-and-migrant-associations/index.md"
    edit(broken_project, page, "order: 0\n", "<<<<<<< ours\norder: 0\n=======\norder: 1\n>>>>>>> theirs\n")
    result = run_build(broken_project, broken_project / "site")
    said = [line for line in result.stderr.splitlines() if f"edition: {page}" in line]
    assert len(said) == 1 and "holds a git merge conflict" in said[0], result.stderr
    problems, _ = check.run_checks(broken_project, dt.date.today())
    assert [str(problem) for problem in problems if problem.path == page] == [said[0].split("edition: ", 1)[1]]
