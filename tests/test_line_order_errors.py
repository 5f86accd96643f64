"""The build and `make check` print a broken project's lines in one order, by file, then line (`ordered_lines`)."""

from __future__ import annotations

from pathlib import Path

from broken_project_helpers import OPPORTUNITIES, edition_lines
from conftest import edit, run_build, run_check

from hooks.core.problems import line_order


def test_the_build_prints_its_lines_in_the_order_make_check_does(broken_project: Path) -> None:
    """The build said the taxonomy's line before the notes', as its hooks ran; make check sorted them by file."""
    edit(broken_project, "annotations/policy-areas.yml", "  title: Families", "  colour: red\n  title: Families")
    edit(broken_project, "annotations/notes/chain-migration-and-cities.md", "motivation: linking", "motivaton: linking")
    edit(broken_project, OPPORTUNITIES, "\norder:", "\nordre:")
    build, check = run_build(broken_project, broken_project / "site"), run_check(broken_project)
    assert build.returncode != 0 and "Traceback" not in build.stderr, build.stderr
    lines = edition_lines(build.stderr)
    assert [line.split(":", 1)[0] for line in lines] == [
        "annotations/notes/chain-migration-and-cities.md",
        "annotations/policy-areas.yml",
        OPPORTUNITIES.as_posix(),
    ], build.stderr
    assert lines == sorted(lines, key=line_order) == check.stdout.splitlines(), (build.stderr, check.stdout)
