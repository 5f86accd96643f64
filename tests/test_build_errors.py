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
        " has no id (end the paragraph with '{ #p6 }' on its own line)" in result.stderr
    )
    assert "docs/migration-and-transnationalism/challenges.md: order: must be a whole number ≥ 0, not 'four'" in (
        result.stderr
    )


def test_malformed_front_matter_is_named(broken_project: Path) -> None:
    edit(broken_project, OPPORTUNITIES, "title: Opportunities", "title: [Opportunities")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "docs/migration-and-transnationalism/opportunities.md: front matter: invalid YAML" in result.stderr
