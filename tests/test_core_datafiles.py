"""The data files' YAML loader (`hooks/core/datafiles.py`): what PyYAML lets through is one line, not a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from hooks.core.annotation_front_matter import split_front_matter
from hooks.core.datafiles import load_yaml
from hooks.core.problems import Problem

TAG_HINT = "(remove the '!!' tag: YAML reads a plain value as what it is written as)"


@pytest.mark.parametrize(
    ("text", "display", "line"),
    [
        (  # the glossary and the taxonomy are read with the same loader: a traceback there too
            "- id: a\n  reviewed: 2024-13-01\n",
            "annotations/policy-areas.yml",
            "'2024-13-01' is no day of the calendar (the month is 1–12, not 13) at line 2 (write a real day as"
            " YYYY-MM-DD, month first, or put the text in quotes)",
        ),
        (  # YAML reads a `\ud800` escape; writing it (a page, anchors.json) stopped the build with a traceback
            '- id: a\n  term: "\\ud83d\\ude00"\n',
            "annotations/glossary.yml",
            "a text holds half a character (\\ud83d, \\ude00) at line 2 (write the character itself; an emoji's two"
            " halves as one escape, \\U0001F600)",
        ),
        # PyYAML's constructors let Python's ValueError, IndexError or KeyError through them: a traceback
        *(
            (f"- id: a\n  title: {value}\n", "annotations/policy-areas.yml", f"'{written}' cannot be read as !!{tag}"
             f" at line 2 {TAG_HINT}")
            for value, written, tag in [
                ('!!int "x"', "x", "int"), ('!!float ""', "", "float"), ('!!bool "x"', "x", "bool"),
                ("!!timestamp x", "x", "timestamp"),
            ]
        ),
    ],
    ids=["no-day", "half-a-character", "int", "float", "bool", "timestamp"],
)  # fmt: skip
def test_a_value_yaml_cannot_give_is_one_line(tmp_path: Path, text: str, display: str, line: str) -> None:
    (tmp_path / "data.yml").write_text(text, encoding="utf-8")
    data, problems = load_yaml(tmp_path / "data.yml", display)
    assert data is None and [str(problem) for problem in problems] == [f"{display}: {line}"]


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        # the ' #' that hid the ']' is named, in a list or a mapping in braces
        (
            "tags: [a, Goal #3]\nother: 1\n",
            "the ' #' on line 1 starts a comment, which hides the rest of its line:"
            " write the value holding it in quotes, e.g. [goals, 'Goal #3']",
        ),
        (
            "author: {name: WG #2}\nx: 1\n",
            "the ' #' on line 1 starts a comment, which hides the rest of its line:"
            " write the value holding it in quotes, e.g. {name: 'Working Group #2'}",
        ),
        # a ']' left out: a ' #' quoted in the list, or in a comment after where YAML stopped, hid nothing;
        # the line is the bracket's, not only the one after it where YAML stopped ("fix the YAML syntax")
        ("tags: ['Goal #3', b\nother: 1\n", "the '[' on line 1 is not closed before line 2: add its ']'"),
        ("tags: [a, b\nother: 1  # a comment\n", "the '[' on line 1 is not closed before line 2: add its ']'"),
        ("author: {name: WG\nx: 1\n", "the '{' on line 1 is not closed before line 2: add its '}'"),
    ],
)
def test_an_unclosed_bracket_names_a_comment_only_where_one_hid_it(tmp_path: Path, text: str, hint: str | None) -> None:
    (tmp_path / "data.yml").write_text(text, encoding="utf-8")
    _, [problem] = load_yaml(tmp_path / "data.yml", "data.yml")
    assert problem.message.startswith("invalid YAML at line 2: expected ',' or ")
    assert problem.hint.startswith(hint or "fix the YAML syntax"), problem.hint


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # an apostrophe in single quotes, as annotations/README.md's template quotes: the value ended at it
        (
            "- id: a\n  term: 'women's rights'\n",
            "invalid YAML at line 2: expected <block end>, but found '<scalar>' (the value's own ' ends its quotes"
            " early: write the line `term: women's rights`)",
        ),
        (
            '- id: a\n  term: "so-called "social remittances.""\n',
            "invalid YAML at line 2: expected <block end>, but found '<scalar>' (the value's own \" ends its quotes"
            ' early: write the line `term: so-called "social remittances."`)',
        ),
        (  # written as PyYAML needs it: the ' #' in it would start a comment unquoted, and '' is a '
            "- id: a\n  term: 'Goal's #3'\n",
            "invalid YAML at line 2: expected <block end>, but found '<scalar>' (the value's own ' ends its quotes"
            " early: write the line `term: 'Goal''s #3'`)",
        ),
    ],
)
def test_a_quote_mark_inside_a_quoted_value_is_named_with_the_line_to_write(
    tmp_path: Path, text: str, line: str
) -> None:
    """It was 'fix the YAML syntax' alone, and the mistake is a common one: a quote copied with its apostrophe."""
    (tmp_path / "data.yml").write_text(text, encoding="utf-8")
    _, problems = load_yaml(tmp_path / "data.yml", "data.yml")
    assert [str(problem) for problem in problems] == [f"data.yml: {line}"]


def test_an_annotation_s_quote_closed_early_by_its_own_mark_is_named_with_the_line_to_write() -> None:
    """The template's comment after the quote (annotations/README.md) stays out of the line offered."""
    text = "---\nid: a\ntarget:\n  page: s/a.md\n  quote: 'migrants' families'    # the paragraph's words\n---\n\nB.\n"
    _, _, [problem] = split_front_matter("annotations/notes/a.md", text)
    assert problem.hint == "the value's own ' ends its quotes early: write the line `quote: migrants' families`"


def test_a_field_written_twice_in_a_data_file_is_an_error_not_the_last_one_silently(tmp_path: Path) -> None:
    path = tmp_path / "glossary.yml"
    path.write_text("- id: a\n  term: first\n  term: second\n- <<: {id: b}\n  term: merged keys still work\n")
    assert load_yaml(path, "annotations/glossary.yml") == (
        None,
        [
            Problem(
                "annotations/glossary.yml",
                "",
                "`term` is written twice at line 3",
                "keep one of the two: YAML would silently keep the last",
            )
        ],
    )
    path.write_text("- <<: {id: b}\n  term: merged keys still work\n")
    assert load_yaml(path, "annotations/glossary.yml") == ([{"id": "b", "term": "merged keys still work"}], [])
