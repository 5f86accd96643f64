"""What the tests of broken copies share: the build's and make check's lines compared, the page most of them edit."""

from __future__ import annotations

import subprocess
from pathlib import Path

from conftest import run_build
from test_annotation_errors import run_check

OPPORTUNITIES = Path("docs/migration-and-transnationalism/opportunities.md")
# the "not recorded" line's hint while another line stands: `make anchors` refuses then
BLOCKED = "fix the other lines first, then run 'make anchors': it records nothing while the build fails"


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
