"""Git's conflict markers are named as a merge conflict, not by the syntax errors they cause."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from hooks.core.conflicts import merge_conflict
from hooks.core.datafiles import load_yaml, parse_yaml
from hooks.core.yaml_errors import describe_yaml_error

CONFLICT = "a: 1\n<<<<<<< HEAD\nb: 2\n=======\nb: 3\n>>>>>>> feature/new-note\n"


def test_a_conflict_is_named_by_its_first_marker_and_line() -> None:
    assert str(merge_conflict("x.yml", CONFLICT)) == (
        "x.yml: holds a git merge conflict ('<<<<<<<' at line 2)"
        " (keep the lines that belong, then delete the lines '<<<<<<<', '=======' and '>>>>>>>')"
    )
    assert str(merge_conflict("x.yml", CONFLICT.split("=======\n")[1], "hint")) == (
        "x.yml: holds a git merge conflict ('>>>>>>>' at line 2) (hint)"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Title\n=======\n\nA setext heading's underline is Markdown, not a marker.\n",
        "A comparison like a <<<<<<< b inside a line.\n",
        "<<<<<<<<< eight or more is no marker\n",
        "",
    ],
)
def test_text_without_markers_is_no_conflict(text: str) -> None:
    assert merge_conflict("x.md", text) is None


def test_a_data_file_with_a_conflict_is_that_one_line_not_a_yaml_error(tmp_path: Path) -> None:
    """glossary.yml, policy-areas.yml, anchors.redirects.yml: YAML would name a syntax error, or none at all."""
    path = tmp_path / "glossary.yml"
    path.write_text("- id: a\n<<<<<<< HEAD\n  term: A\n=======\n  term: Ä\n>>>>>>> b\n", encoding="utf-8")
    assert [str(p) for p in load_yaml(path, "annotations/glossary.yml")[1]] == [
        "annotations/glossary.yml: holds a git merge conflict ('<<<<<<<' at line 2)"
        " (keep the lines that belong, then delete the lines '<<<<<<<', '=======' and '>>>>>>>')"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: &x hello\nb: *x\n", {"a": "hello", "b": "hello"}),  # a repeated text cannot nest: the glossary repeats one
        ("title: 'Smith & Jones *et al*'\n", {"title": "Smith & Jones *et al*"}),
        ("a: &x [1]\nb: *x\n", "repeats a list or mapping with an alias (*name) at line 2"),
        (
            "t:\n  - &a [x, x]\n  - &b [*a, *a]\n  - [*b, *b]\n",
            "repeats a list or mapping with an alias (*name) at line 3",
        ),
        ("a: &x [1\nb: *x\n", "invalid YAML at line 2: expected ',' or ']', but got ':'"),
    ],
)
def test_a_list_or_mapping_repeated_by_an_alias_is_refused_at_the_alias(text: str, expected: object) -> None:
    """A billion laughs: nested aliases are small to write and huge to print; the line is the alias's."""
    try:
        assert parse_yaml(text) == expected
    except yaml.YAMLError as error:
        assert describe_yaml_error(error)[0] == expected
