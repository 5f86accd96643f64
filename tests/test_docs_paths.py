"""The contributor guides name only files the repository has, and name every module of `hooks/`.

A newcomer follows README.md and CONTRIBUTING.md by their paths: a path left behind by a rename sends
them to nothing, and a module neither names leaves them nowhere to learn what it does (the README
sends them to CONTRIBUTING.md for the modules, whose feature modules are in the README's sections).
The names are read as Python-Markdown renders the guides: the inline code spans, not code blocks.
"""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
GUIDES = ["README.md", "CONTRIBUTING.md", "annotations/README.md", "bench/README.md"]
FOLDERS = ("annotations/", "bench/", "docs/", "hooks/", "overrides/", "scripts/", "sources/", "tests/", ".github/")
# Files the guides name as what a contributor would write or should not: a page named with a space
# (`a b.md`, offered as `a-b.md`) or as `.markdown`, a page outside a source, a note make annotate writes.
EXAMPLES = {
    "docs/about/a-b.md",
    "docs/about/x.md",
    "docs/about/x.markdown",
    "docs/elsewhere/index.md",
    "annotations/notes/post-conflict-reconstruction.md",
}


def code_spans(name: str) -> list[str]:
    """The inline code of a guide as rendered (a fence inside a list item is a block, as superfences reads it)."""
    html = markdown.markdown((ROOT / name).read_text(encoding="utf-8"), extensions=["pymdownx.superfences", "tables"])
    return [
        code.get_text() for code in BeautifulSoup(html, "html.parser").find_all("code") if not code.find_parent("pre")
    ]


def named(span: str) -> bool:
    """Whether a span names one file: not a pattern or a placeholder (`citeproc_*.py`, `<id>.md`, `…`)."""
    return not any(mark in span for mark in "<>…*? ") and span not in EXAMPLES


def named_paths(name: str) -> list[str]:
    """The repository paths a guide names, without a page's `#id`."""
    return [path for span in code_spans(name) if span.startswith(FOLDERS) and named(path := span.split("#")[0])]


@pytest.mark.parametrize("name", GUIDES)
def test_every_path_a_guide_names_is_in_the_repository(name: str) -> None:
    """`hooks/core/anchor.py` for `anchors.py`, or a test file renamed, would send the reader nowhere."""
    missing = sorted({path for path in named_paths(name) if not (ROOT / path).exists()})
    assert missing == [], f"{name} names paths the repository lacks"


@pytest.mark.parametrize("name", GUIDES)
def test_every_module_a_guide_names_by_itself_is_in_the_repository(name: str) -> None:
    """A module named without its folder (`page_fields.py`) is still one of the repository's files."""
    files = {path.name for folder in FOLDERS for path in (ROOT / folder).rglob("*.py")}
    bare = {span for span in code_spans(name) if span.endswith(".py") and "/" not in span and named(span)}
    assert sorted(bare - files) == [], f"{name} names modules the repository lacks"


def test_the_guides_name_every_module_of_hooks() -> None:
    """README.md and CONTRIBUTING.md between them name each module, by its file or its dotted name."""
    spans = {span for name in ["README.md", "CONTRIBUTING.md"] for span in code_spans(name)}
    names = {span.rsplit("/", 1)[-1] for span in spans if span.endswith(".py")}
    dotted = {span for span in spans if span.startswith("hooks.")}
    modules = sorted(path for path in (ROOT / "hooks").rglob("*.py") if path.name != "__init__.py")
    unnamed = [
        path.relative_to(ROOT).as_posix()
        for path in modules
        if path.name not in names and ".".join(path.relative_to(ROOT).with_suffix("").parts) not in dotted
    ]
    assert unnamed == [], "name each module where its feature's modules are listed (README) or in CONTRIBUTING.md"
