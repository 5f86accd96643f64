"""A problem's line (hooks/core/problems.py): a value named as written, control characters shown as escapes, lines ordered."""

from __future__ import annotations

import pytest

from hooks.core.paragraphs import PageInventory, check_paragraph_ids
from hooks.core.problems import Problem, format_problems, line_order, named_value, ordered_lines


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
        # a character no terminal shows, as its escape (as a line's control characters are): `'ab.org'` looked right
        ("a\u200eb.org", "'a\\u200eb.org'"),
        ("a\u00a0b", "'a\\xa0b'"),  # a no-break space looks like a space
        ("a\tb", "'a\\tb'"),
        ("\u200b'", '"\\u200b\'"'),
        (["a\u200bb"], "[a\\u200bb]"),
        ("例え café a b", "'例え café a b'"),  # a space, and every character a terminal shows, as written
    ],
)
def test_a_value_is_named_as_written_or_as_yaml_shows_it(value: object, shown: str) -> None:
    assert named_value(value) == shown


def test_a_problem_line_shows_control_characters_as_escapes_not_as_terminal_commands() -> None:
    """A field named in a pull request must not erase the line and print a false OK in a reviewer's terminal."""
    line = str(Problem("annotations/notes/x.md", "\x1b[2K\rOK: 14 annotations are valid", "is not a field\n", "‮x"))
    assert line == "annotations/notes/x.md: \\x1b[2K\\rOK: 14 annotations are valid: is not a field\\n (\\u202ex)"


def test_lines_are_ordered_with_their_numbers_as_counted_p2_before_p10() -> None:
    """Sorted as text, `p10` came before `p2` and `x10.md` before `x2.md`."""
    problems = [
        Problem("docs/x.md", "#p10", "a"),
        Problem("docs/x.md", "#p2", "a"),
        Problem("docs/x.md", "#p2", "a"),
        Problem("docs/x10.md", "line 9", "b"),
        Problem("docs/x2.md", "", "c"),
    ]
    ordered = ["docs/x.md: #p2: a", "docs/x.md: #p10: a", "docs/x2.md: c", "docs/x10.md: line 9: b"]
    assert ordered_lines(problems) == ordered
    assert format_problems(problems) == "\n".join(ordered)
    assert sorted(map(str, problems), key=line_order) == [ordered[0], *ordered]
    huge = "9" * 5000  # a year of thousands of digits, as written: `int()` refuses it
    assert sorted([f"x {huge}", "x 10", "x 010", "x 9"], key=line_order) == ["x 9", "x 010", "x 10", f"x {huge}"]


def test_paragraphs_without_an_id_are_named_in_the_pages_order_not_by_their_words() -> None:
    """Sorted by their words, a page's paragraphs without an id came p9, p10, p6, p7, p8: a newcomer numbered them so."""
    inventory = PageInventory(unnumbered=("Transformations…", "Transnational…", "Then…", "Lastly…", "These…"))
    problems = check_paragraph_ids("docs/x.md", inventory, ["p1", "p2", "p3", "p4", "p5"])
    other = Problem("docs/x.md", "paragraph", "id 'intro' is not of the form pN")
    lines = ordered_lines([*reversed(problems), other])
    assert [line.split("' has no id")[0] for line in lines] == [
        "docs/x.md: paragraph: 'Transformations…",
        "docs/x.md: paragraph: 'Transnational…",
        "docs/x.md: paragraph: 'Then…",
        "docs/x.md: paragraph: 'Lastly…",
        "docs/x.md: paragraph: 'These…",
        "docs/x.md: paragraph: id 'intro' is not of the form pN",  # where its words place it
    ]
    assert [line.rsplit("'{ #", 1)[1][:3] for line in lines[:5]] == ["p6 ", "p7 ", "p8 ", "p9 ", "p10"]
