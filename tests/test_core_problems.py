"""A problem's line (hooks/core/problems.py): a value named as written, control characters shown as escapes."""

from __future__ import annotations

import pytest

from hooks.core.problems import Problem, named_value


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("women's rights", "'women's rights'"),  # Python's repr: "women's rights"
        ('the "new" ones', """'the "new" ones'"""),
        ('it\'s "new"', "'it's \"new\"'"),  # Python's repr: 'it\'s "new"'
        (None, "null"),
        (True, "true"),
        (1.5, "1.5"),
        (["a", "it's", "yes"], "[a, it's, 'yes']"),
        ({"name": None}, "{name: null}"),
        # A line break inside a list or mapping: YAML's flow style would fold it into a blank line and indent.
        ({"k": "two\nlines"}, '{k: "two\\nlines"}'),
        (["a\tb"], '["a\\tb"]'),
        # `!!binary` bytes: YAML's block literal would take two lines.
        (b"ab", '!!binary "YWI="'),
        # Text with a quote at an end in '…' would read as YAML's doubled quote (`''x''`): in "…" instead.
        ("'https://x.org/'", "\"'https://x.org/'\""),
        ("rights'", '"rights\'"'),
    ],
)
def test_a_value_is_named_as_written_or_as_yaml_shows_it(value: object, shown: str) -> None:
    assert named_value(value) == shown


def test_a_problem_line_shows_control_characters_as_escapes_not_as_terminal_commands() -> None:
    """A field named in a pull request must not erase the line and print a false OK in a reviewer's terminal."""
    line = str(Problem("annotations/notes/x.md", "\x1b[2K\rOK: 14 annotations are valid", "is not a field\n", "‮x"))
    assert line == "annotations/notes/x.md: \\x1b[2K\\rOK: 14 annotations are valid: is not a field\\n (\\u202ex)"
