"""What the annotations' tests share: the schema, a good note file, a page to target, and reading one.

And the page and note the annotations extension's tests render (`PAGE`, `BASE`).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from conftest import ROOT, run_build, run_check

from hooks.core.annotation_checks import parse_annotation
from hooks.core.annotations import Annotation
from hooks.core.paragraphs import PageInventory, Paragraph
from hooks.core.schemas import Schema

SCHEMA_FILE = ROOT / "annotations/schema/annotation.schema.json"
SCHEMA = Schema(SCHEMA_FILE.read_text(encoding="utf-8"))
TODAY = dt.date(2026, 11, 23)
PATH = "annotations/notes/x.md"
NOTES = Path("annotations/notes")  # the notes' folder in a copy of the project: `broken_project / NOTES`
# a good note file with its id to fill in (`GOOD_NOTE.format(id=...)`): the notes a test writes into a copy
GOOD_NOTE = """---
id: {id}
target:
  page: migration-and-transnationalism/opportunities.md
  paragraph: p3
  quote: the transfer of ideas
motivation: commenting
tags: [remittances]
author: {{name: A. Scholar}}
created: 2026-11-22
---

Body.
"""
GOOD = GOOD_NOTE.format(id="x")
# The good note with its author as a block (`author:`, then `  name:` under it): lines a test indents or repeats.
BLOCK_NOTE = GOOD.replace("author: {name: A. Scholar}", "author:\n  name: Ana Peña")


def write_note(project: Path, name: str, *edits: tuple[str, str]) -> None:
    """A copy of the good note named `name` in a copy of the project, with each `(old, new)` replaced once."""
    text = GOOD_NOTE.format(id=name)
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    (project / NOTES / f"{name}.md").write_text(text, encoding="utf-8")


def annotation_lines(output: str) -> list[str]:
    """The lines about the annotations folder's files, in the order printed, without the build's `WARNING -  edition: `."""
    lines = (line.split("edition: ", 1)[-1] for line in output.splitlines())
    return [line for line in lines if line.startswith("annotations/")]


def refused_lines(project: Path) -> list[str]:
    """The annotations' lines of a strict build that fails on them, which make check prints too, line for line."""
    build = run_build(project, project / "site")
    assert build.returncode != 0 and "Traceback" not in build.stderr, build.stderr
    built = annotation_lines(build.stderr)
    check = run_check(project)
    assert check.returncode == 1 and "Traceback" not in check.stderr, check.stderr
    assert annotation_lines(check.stdout) == built  # line for line, in one order
    return built


def parse(text: str) -> list[str]:
    _, _, problems = parse_annotation(PATH, text, SCHEMA, {"remittances", "integration"}, TODAY)
    return [str(problem) for problem in problems]


TEXT = (
    "Transnationalism also manifests itself in the transfer of ideas – so-called “social remittances.”4 "
    "Migrants may be engaged in social or political activism to raise awareness about their country of origin."
)
PAGES = {
    "migration-and-transnationalism/opportunities.md": PageInventory(
        paragraphs=(
            Paragraph("p1", "One cost-effective way."),
            Paragraph("p3", TEXT, words=TEXT.replace("”4", "”")),  # as the build records a paragraph with a note
            Paragraph("p6", "Last."),
        )
    ),
    "index.md": PageInventory(),
}


def annotation(**target: str):
    text = GOOD
    for field, value in target.items():
        text = text.replace(
            {
                "page": "page: migration-and-transnationalism/opportunities.md",
                "paragraph": "paragraph: p3",
                "quote": "quote: the transfer of ideas",
            }[field],
            f"{field}: {json.dumps(value)}",
        )
    result, _, problems = parse_annotation(PATH, text, SCHEMA, None, TODAY)
    assert result is not None, problems
    return result


# The annotations extension's tests: the page it renders, and a note on it.
PAGE = "source/page.md"
BASE = Annotation(
    id="a1",
    path="annotations/notes/a1.md",
    page=PAGE,
    paragraph="p1",
    quote="cost-effective",
    motivation="editing",
    tags=(),
    author="Edition editors",
    author_url=None,
    created="2026-11-20",
    body="Restored.\n",
)
