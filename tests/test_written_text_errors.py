"""A text is named as its writer wrote it, in make check as in the build, whatever file holds it.

Cut short by ' #', emptied by a comment (`number: #13`), or holding quote marks (`women's rights`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import edit, run_build, run_check


def test_a_glossary_term_cut_by_a_comment_is_one_line_in_check_as_in_the_build(broken_project: Path) -> None:
    """YAML reads `term: diaspora #2` as 'diaspora': the build published a term no editor wrote, without a word."""
    edit(broken_project, "annotations/glossary.yml", "  term: diaspora\n", "  term: diaspora #2\n")
    edit(broken_project, "annotations/glossary.yml", "aliases: [diasporas]", "aliases: [diasporas, Diaspora #2\n    ]")
    check = run_check(broken_project)
    build = run_build(broken_project, broken_project / "site")
    assert check.returncode == 1 and build.returncode != 0
    assert "Traceback" not in check.stderr + build.stderr
    cut = "is cut short by ' #', which YAML reads as the start of a comment"
    comment = "a comment needs two spaces before its '# '"
    lines = [line for line in check.stdout.splitlines() if line.startswith("annotations/glossary.yml")]
    assert lines == [  # the lock's line after them: the glossary is not built while its terms are wrong
        f"annotations/glossary.yml: diaspora.aliases[1]: 'Diaspora' {cut} (put it in quotes: `aliases: [diasporas, 'Diaspora #2']`; {comment})",
        f"annotations/glossary.yml: diaspora.term: 'diaspora' {cut} (put it in quotes: `term: 'diaspora #2'`; {comment})",
    ]
    for line in lines:
        assert f"WARNING -  edition: {line}" in build.stderr.splitlines()


def test_texts_cut_by_a_comment_are_one_line_each_in_check_as_in_the_build(broken_project: Path) -> None:
    """An author's name, an area's title, a page's title and its record's fields, each read as its words before ' #'.

    The build published 'Edition editors', 'Families' and 'Geneva' without a word.
    """
    edit(
        broken_project,
        "annotations/notes/transfer-of-ideas.md",
        "name: Edition editors\n",
        "name: Edition editors #2\n",
    )
    areas, landing = "annotations/policy-areas.yml", "docs/migration-and-transnationalism/index.md"
    edit(broken_project, areas, "title: Families and those left behind\n", "title: Families #1 and those left behind\n")
    edit(broken_project, landing, "publisher-place: Geneva\n", "publisher-place: Geneva #CH\n")
    edit(broken_project, landing, "  - personal authors", "  - personal authors #1")
    edit(broken_project, "docs/about/citing.md", "title: Citing", "title: Citing #1")
    check = run_check(broken_project)
    build = run_build(broken_project, broken_project / "site")
    assert check.returncode == 1 and build.returncode != 0
    assert "Traceback" not in check.stderr + build.stderr
    cut, comment = "is cut short by ' #', which YAML reads as the start of a comment", "a comment needs two spaces"
    text_fields = "see docs/about/source-records.md#text-fields"  # a record's value: the editors' page's section
    expected = [
        f"annotations/notes/transfer-of-ideas.md: author.name: 'Edition editors' {cut}"
        f" (put it in quotes: `name: 'Edition editors #2'`; {comment} before its '# ')",
        f"annotations/policy-areas.yml: families-left-behind.title: 'Families' {cut}"
        f" (put it in quotes: `title: 'Families #1 and those left behind'`; {comment} before its '# ')",
        f"docs/about/citing.md: title: 'Citing' {cut} (put it in quotes: `title: 'Citing #1 the edition'`; {comment} before its '# ')",
        f"{landing}: bibliography.publisher-place: 'Geneva' {cut}"
        f" (put it in quotes: `publisher-place: 'Geneva #CH'`; {comment} before its '# '; {text_fields})",
        f"{landing}: unknown[1]: 'personal authors' {cut} (put it in quotes: `- 'personal authors #1 (the paper is issued"
        f" by IOM as a corporate author)'`; {comment} before its '# '; {text_fields})",
    ]
    lines = [line for line in check.stdout.splitlines() if cut in line]
    assert sorted(lines) == sorted(expected), check.stdout
    for line in expected:
        assert f"WARNING -  edition: {line}" in build.stderr.splitlines(), build.stderr


@pytest.mark.parametrize(
    ("page", "old", "new", "field", "value"),
    [
        ("migration-and-transnationalism/index.md", "  language: en\n", "  language: en\n  number: #13\n",
         "bibliography.number", "#13"),
        # an identifier's field: only the schema's "must be text or a number, not empty" was said
        ("migration-and-transnationalism/index.md", "  language: en\n", "  language: en\n  ISBN: #13\n",
         "bibliography.ISBN", "#13"),
        # a source page's own "not empty" line for its title stood beside it
        ("migration-and-transnationalism/opportunities.md", "title: Opportunities\n", "title: #Opportunities\n",
         "title", "#Opportunities"),
    ],
)  # fmt: skip
def test_a_field_that_is_all_comment_is_one_line_in_check_as_in_the_build(
    broken_project: Path, page: str, old: str, new: str, field: str, value: str
) -> None:
    """`number: #13` is empty to YAML: the lines were "'' is cut short by ' #'" and the schema's "not empty"."""
    page = f"docs/{page}"
    edit(broken_project, page, old, new)
    check = run_check(broken_project)
    build = run_build(broken_project, broken_project / "site")
    assert check.returncode == 1 and build.returncode != 0
    assert "Traceback" not in check.stderr + build.stderr
    hint = f"write its value, or put it in quotes if '{value}' is the value: `{field.rpartition('.')[2]}: '{value}'`"
    if field == "bibliography.ISBN":  # no identifier starts with '#': its quoted '#13' would be refused next
        hint = "write its value without the '#' YAML took for a comment's start"
    if field.startswith("bibliography."):  # a record's value: the editors' page's section on it
        hint += "; see docs/about/source-records.md#text-fields"
    line = f"{page}: {field}: is empty: YAML reads '{value}' as a comment ({hint})"
    assert [found for found in check.stdout.splitlines() if found.startswith(f"{page}: {field}:")] == [line]
    built = [found for found in build.stderr.splitlines() if f"{page}: {field}:" in found]
    assert built == [f"WARNING -  edition: {line}"], build.stderr


def test_values_holding_quotes_are_named_as_written_in_check_as_in_the_build(broken_project: Path) -> None:
    """Python's repr put `women's rights` in double quotes and wrote `it\\'s` where both quotes stood."""
    page = "docs/migration-and-transnationalism/opportunities.md"
    edit(broken_project, page, "political-participation]", 'political-participation, "women\'s rights"]')
    edit(broken_project, page, "title: Opportunities", "title: 'Migrants'' \"new\" <associations>'")
    note = "annotations/notes/chain-migration-and-cities.md"
    edit(broken_project, note, "motivation: linking", "motivation: 'it''s \"linking\"'")
    edit(broken_project, note, "tags: [local-cooperation", "tags: ['the \"new\" ones', local-cooperation")
    expected = [
        f"{page}: tags: unknown policy area 'women's rights'",
        f"{page}: title: 'Migrants' \"new\" <associations>' has '<' or '>'",
        f"{note}: motivation: 'it's \"linking\"' is not allowed",
        f"{note}: tags: unknown policy area 'the \"new\" ones'",
    ]
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr
    build = run_build(broken_project, broken_project / "site")
    assert build.returncode != 0
    for start in expected:
        assert any(line.startswith(start) for line in check.stdout.splitlines()), (start, check.stdout)
        assert any(f"edition: {start}" in line for line in build.stderr.splitlines()), (start, build.stderr)
