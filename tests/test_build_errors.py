"""Broken copies of the project fail the strict build with one clear line each, never a traceback."""

from __future__ import annotations

from pathlib import Path

from conftest import edit, run_build

OPPORTUNITIES = Path("docs/migration-and-transnationalism/opportunities.md")


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
    assert f"{page.as_posix()}: paragraph: id 'p1' is used twice (renumber one p4)" in lines
    assert not [line for line in lines if line.startswith("annotations/")], lines
