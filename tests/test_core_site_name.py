"""`site_name` in mkdocs.yml (`hooks/core/site_name.py`): the one line the build and make check give."""

from __future__ import annotations

import pytest
import yaml

from hooks.core.site_name import site_name_problems

HINT = "(write the edition's title, e.g. `site_name: An annotated edition`)"


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("site_name: Migration and Transnationalism\n", []),
        ("site_name: 'Goal #3'\n", []),
        ("site_name: Migration  # the short title\n", []),  # a comment as linters write one is meant
        ("site_url: x\n", [f"mkdocs.yml: site_name: is missing {HINT}"]),
        ("site_name:\n", [f"mkdocs.yml: site_name: is empty {HINT}"]),
        ("site_name:  # todo\n", [f"mkdocs.yml: site_name: is empty {HINT}"]),
        ("site_name: ''\n", [f"mkdocs.yml: site_name: is empty {HINT}"]),
        ("site_name: '\u200b '\n", [f"mkdocs.yml: site_name: is blank {HINT}"]),
        ("site_name: 1_000\n",
         ["mkdocs.yml: site_name: '1_000' is not text: YAML reads it as 1000 (put it in quotes: `site_name: '1_000'`)"]),
        ("site_name: {Migration: 2010}\n",
         ["mkdocs.yml: site_name: {Migration: 2010} is a mapping, not text"
          " (write the site_name as one text: `site_name: Migration 2010`)"]),
        ("site_name: Goal #3  # why\n",
         ["mkdocs.yml: site_name: 'Goal' is cut short by ' #', which YAML reads as the start of a comment"
          " (put it in quotes: `site_name: 'Goal #3'`; a comment needs two spaces before its '# ')"]),
    ],
    ids=["title", "quoted-hash", "comment", "missing", "empty", "todo-comment", "empty-text", "blank", "number",
         "mapping", "cut-short"],
)  # fmt: skip
def test_site_name_problems(text: str, lines: list[str]) -> None:
    assert [str(problem) for problem in site_name_problems("mkdocs.yml", yaml.safe_load(text), text)] == lines
