"""The external tools the quality gates need, and what happens when one is missing.

Locally a missing tool skips its tests with a loud reason (and `conftest.py` prints a banner at the
end of the run); with `CI=true` the same tests fail, because CI must never pass without running them.
`make test` installs the tools first (`scripts/ensure-system-deps.sh`, `npm ci`).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NODE_MODULES = ROOT / "node_modules"


@dataclass(frozen=True)
class Tool:
    """A program or file a quality gate needs, with the one command that provides it."""

    name: str
    path: Path
    install: str


TOOLS = {
    # EDITION_CHROMIUM points elsewhere where Debian's package is not the browser (e.g. GitHub's runners).
    "chromium": Tool(
        "chromium",
        Path(os.environ.get("EDITION_CHROMIUM", "/usr/bin/chromium")),
        "apt-get install chromium (make test does it as root)",
    ),
    "java": Tool("java", Path(shutil.which("java") or "/usr/bin/java"), "apt-get install default-jre-headless"),
    "axe-core": Tool(
        "axe-core", NODE_MODULES / "axe-core" / "axe.min.js", "npm ci --ignore-scripts (make test does it)"
    ),
    "vnu-jar": Tool("vnu-jar", NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar", "npm ci --ignore-scripts"),
}

# Names of tools found missing during this run, for the end-of-run banner in conftest.py.
MISSING: dict[str, str] = {}
# Where conftest.py keeps a test's reports by phase ("setup", "call", "teardown").
REPORTS = pytest.StashKey[dict[str, pytest.TestReport]]()


def in_ci() -> bool:
    """True on CI, where a gate that cannot run is a failure, not a skip."""
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require(name: str) -> Path:
    """The tool's path; otherwise skip loudly (locally) or fail (CI=true)."""
    tool = TOOLS[name]
    if tool.path.is_file() and os.access(tool.path, os.R_OK):
        return tool.path
    MISSING[name] = tool.install
    message = (
        f"MISSING SYSTEM TOOL {tool.name} ({tool.path}): this quality gate did NOT run. Install it with: {tool.install}"
    )
    if in_ci():
        pytest.fail(f"CI=true: {message}", pytrace=False)
    pytest.skip(message)
    raise AssertionError("unreachable")  # pragma: no cover - pytest.skip raises


def html_pages(site: Path) -> list[Path]:
    """Every HTML page of a built site, relative to it, in a stable order."""
    return sorted(path.relative_to(site) for path in site.rglob("*.html"))


def page_url_path(page: Path) -> str:
    """The URL path (relative to the site root) under which a built page is served."""
    if page.name == "index.html":
        parent = page.parent.as_posix()
        return "" if parent == "." else f"{parent}/"
    return page.as_posix()
