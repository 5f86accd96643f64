"""The quality gates' own rules: a missing tool skips loudly locally and fails on CI; CI never skips."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import quality_tools
from quality_tools import Tool, page_url_path, require

TESTS = Path(__file__).resolve().parent


@pytest.fixture
def missing_tool(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    monkeypatch.setitem(
        quality_tools.TOOLS, "nothing", Tool("nothing", tmp_path / "no-such-tool", "apt-get install nothing")
    )
    monkeypatch.setattr(quality_tools, "MISSING", {})
    return "nothing"


def test_missing_tool_skips_loudly_locally(monkeypatch: pytest.MonkeyPatch, missing_tool: str, tmp_path: Path) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception) as skipped:
        require(missing_tool)
    assert str(skipped.value) == (
        f"MISSING SYSTEM TOOL nothing ({tmp_path / 'no-such-tool'}): this quality gate did NOT run. "
        "Install it with: apt-get install nothing"
    )
    assert quality_tools.MISSING == {"nothing": "apt-get install nothing"}


def test_missing_tool_fails_on_ci(monkeypatch: pytest.MonkeyPatch, missing_tool: str) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="^CI=true: MISSING SYSTEM TOOL nothing"):
        require(missing_tool)


def test_present_tool_is_returned(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    tool = tmp_path / "tool"
    tool.write_text("", encoding="utf-8")
    monkeypatch.setitem(quality_tools.TOOLS, "here", Tool("here", tool, "-"))
    assert require("here") == tool


@pytest.mark.parametrize(
    ("ci", "outcome"),
    [("", "1 skipped"), ("true", "1 failed")],
)
def test_ci_turns_every_skip_into_a_failure(tmp_path: Path, ci: str, outcome: str) -> None:
    test = tmp_path / "test_skips.py"
    test.write_text("import pytest\n\ndef test_skips():\n    pytest.skip('no tool')\n", encoding="utf-8")
    env = {**os.environ, "CI": ci, "PYTHONPATH": str(TESTS)}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "conftest", "-q", "--rootdir", str(tmp_path), str(test)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert outcome in result.stdout, result.stdout
    if ci:
        assert "CI=true forbids skipping (Skipped: no tool)" in result.stdout


@pytest.mark.parametrize(
    ("page", "url"),
    [("index.html", ""), ("404.html", "404.html"), ("about/index.html", "about/"), ("a/b/index.html", "a/b/")],
)
def test_page_url_path(page: str, url: str) -> None:
    assert page_url_path(Path(page)) == url
