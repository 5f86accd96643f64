"""Shared fixtures: one strict build of the real site per test session, and a builder for fixtures."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
PROJECT_FILES = ("mkdocs.yml", "docs", "hooks", "overrides", "annotations", "anchors.lock.json", "anchors.redirects.yml")


def run_build(project: Path, site: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Build `project` strictly into `site` with the real MkDocs CLI, capturing its output."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true", "PYTHONPATH": str(ROOT), "SOURCE_DATE_EPOCH": "1700000000"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site), *extra],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


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


@pytest.fixture
def broken_project(tmp_path: Path) -> Path:
    """A throwaway copy of the project, for tests that break it on purpose."""
    return copy_project(tmp_path / "project")
