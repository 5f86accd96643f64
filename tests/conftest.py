"""Shared fixtures: one strict build of the real site per test session, a builder for fixtures, and `make check` run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from quality_tools import MISSING, REPORTS, in_ci

# Browser fixtures (served_site, browser, new_page, page): see tests/browser.py.
pytest_plugins = ["browser"]

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DATE_EPOCH = 1700000000  # every test build's date (reproducible: 14 November 2023)
PROJECT_FILES = (
    "mkdocs.yml",
    "docs",
    "hooks",
    "overrides",
    "annotations",
    "anchors.lock.json",
    "anchors.redirects.yml",
    "anchors.words.json",
)


def run_build(
    project: Path, site: Path, *extra: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Build `project` strictly into `site` with the real MkDocs CLI (`env` adds variables), capturing its output."""
    env = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "DISABLE_MKDOCS_2_WARNING": "true",
        "PYTHONPATH": str(ROOT),
        "SOURCE_DATE_EPOCH": str(SOURCE_DATE_EPOCH),
        **(env or {}),
    }
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site), *extra],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def run_check(project: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`make check` without make: the fast checker on a project folder (`env` adds variables)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    command = [sys.executable, "-m", "hooks.cli.check", "--root", str(project)]
    return subprocess.run(command, cwd=project, env=env, capture_output=True, text=True, check=False)


def copy_project(destination: Path) -> Path:
    """Copy what a build reads into `destination`, so a test can break it without harm."""
    destination.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, destination / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, destination / name)
    return destination


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built once with `mkdocs build --strict`; the build must be clean."""
    site_dir = tmp_path_factory.mktemp("site")
    result = run_build(ROOT, site_dir)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return site_dir


def parse(path: Path) -> BeautifulSoup:
    """Parse a built HTML file with a real HTML parser."""
    return BeautifulSoup(path.read_text(encoding="utf-8"), "lxml")


def edit(project: Path, relative: Path | str, old: str, new: str) -> None:
    """Replace the first `old` with `new` in a project file; the text must be there."""
    path = project / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{relative}: {old!r} not found"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(relative: Path | str, written: str) -> int:
    """The number of the project file's first line that is `written` (spaces around it aside).

    An expected line naming a line of mkdocs.yml reads it here: a hard-coded number broke each time the file grew.
    """
    lines = (ROOT / relative).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if line.strip() == written)


def declare_redirects(project: Path, lines: str) -> None:
    """Add `lines` to the project's anchors.redirects.yml, below the edition's own redirects, which its build needs."""
    path = project / "anchors.redirects.yml"
    path.write_text(path.read_text(encoding="utf-8") + lines, encoding="utf-8")


@pytest.fixture(autouse=True)
def unsaid_options() -> None:
    """Each test is a run of its own: a wrong option another test gave too (`root: /nonexistent`) is said again.

    An engine says a wrong option once while it stays wrong (`project_files.say_wrong_options`). Only once
    the module is loaded: a test of no extension (a pytest run in a subprocess, `test_quality_tools.py`) needs none.
    """
    if (project_files := sys.modules.get("hooks.mdx.project_files")) is not None:
        project_files.SAID.clear()


@pytest.fixture
def broken_project(tmp_path: Path) -> Path:
    """A throwaway copy of the project, for tests that break it on purpose."""
    return copy_project(tmp_path / "project")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> pytest.TestReport:
    """With CI=true a skipped test is a failed test: CI must never pass a gate it did not run.

    Also keeps each phase's report on the item, so the browser fixtures can screenshot a failure.
    """
    report = yield
    item.stash.setdefault(REPORTS, {})[report.when] = report  # lets fixtures see how the test went
    if in_ci() and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"CI=true forbids skipping ({reason})"
    return report


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """End the run with a banner when quality gates were skipped for lack of a system tool."""
    if not MISSING:
        return
    verdict = "FAILED (CI=true)" if in_ci() else "NOT RUN (skipped)"
    terminalreporter.write_sep("!", f"QUALITY GATES {verdict}: missing system tools", red=True, bold=True)
    for name, install in sorted(MISSING.items()):
        terminalreporter.write_line(f"WARNING: missing {name}: {install}", yellow=True, bold=True)
    if not in_ci():
        terminalreporter.write_line("WARNING: run `make test` (as root for apt-get) to install them.", yellow=True)
