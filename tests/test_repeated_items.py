"""A list that names an item twice is one line naming the item, with the list to write instead.

JSON Schema's own words were Python's: `tags: ['remittances', 'remittances'] has non-unique elements`,
a list as no YAML file writes it (CONTRIBUTING.md: a list is named as YAML writes it, `[a, b]`).
"""

from __future__ import annotations

import datetime as dt

import pytest
from annotation_helpers import BLOCK_NOTE
from conftest import ROOT

from hooks.core.annotation_checks import parse_annotation
from hooks.core.schemas import Schema, validate

SCHEMA = Schema((ROOT / "annotations/schema/annotation.schema.json").read_text(encoding="utf-8"))
GLOSSARY = Schema((ROOT / "annotations/schema/glossary.schema.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("tags", "line"),
    [
        (
            "[remittances, remittances]",
            "tags: 'remittances' is listed 2 times (list each one once: `tags: [remittances]`)",
        ),
        (
            "[remittances, integration, remittances, remittances]",
            "tags: 'remittances' is listed 3 times (list each one once: `tags: [remittances, integration]`)",
        ),
        (  # written as lines: the list to write is still one line
            "\n  - integration\n  - remittances\n  - integration",
            "tags: 'integration' is listed 2 times (list each one once: `tags: [integration, remittances]`)",
        ),
    ],
)
def test_an_annotation_s_tag_listed_twice_is_named(tags: str, line: str) -> None:
    text = BLOCK_NOTE.replace("tags: [remittances]", f"tags: {tags}")
    problems = parse_annotation(
        "annotations/notes/x.md", text, SCHEMA, {"remittances", "integration"}, dt.date(2026, 12, 1)
    )[2]
    assert [f"{problem.field}: {problem.message} ({problem.hint})" for problem in problems] == [line]


def test_a_glossary_alias_and_sentence_listed_twice_are_named_as_yaml_writes_them() -> None:
    term = {
        "id": "diaspora",
        "term": "diaspora",
        "aliases": ["diasporas", "no", "diasporas"],
        "definitions": [{"anchor": "a.md#p1", "attribution": "IOM.", "sentences": [2, 2]}],
    }
    lines = [f"{problem.field}: {problem.message} ({problem.hint})" for problem in validate([term], GLOSSARY, "g.yml")]
    assert lines == [
        "[0].aliases: 'diasporas' is listed 2 times (list each one once: `aliases: [diasporas, 'no']`)",
        "[0].definitions[0].sentences: 2 is listed 2 times (list each one once: `sentences: [2]`)",
    ]
