"""A problem's line (hooks/core/problems.py): a value named as written, control characters shown as escapes, lines ordered."""

from __future__ import annotations

import pytest

from hooks.core.paragraphs import PageInventory, check_paragraph_ids
from hooks.core.problems import (
    Problem,
    format_problems,
    line_order,
    named_value,
    ordered_lines,
    visible,
    yaml_shown,
)


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
        # `!!binary` bytes by their kind, as every setting's line names them: their base64 says nothing.
        (b"ab", "binary data (!!binary)"),
        # inside a list as YAML writes them, on one line: YAML's block literal would take two.
        ([b"ab"], '[!!binary "YWI="]'),
        # Text with a quote at an end in '…' would read as YAML's doubled quote (`''x''`): in "…" instead.
        ("'https://x.org/'", "\"'https://x.org/'\""),
        ("rights'", '"rights\'"'),
        # a character that hides in a line, as its escape (as a line's control characters are): 'ab' looked right
        ("a\u200bb", "'a\\u200bb'"),  # a zero-width space
        ("a\tb", "'a\\tb'"),
        ("\u200b'", '"\\u200b\'"'),
        (["a\u200bb"], "[a\\u200bb]"),
        ("remit\u00adtances", "'remit\\xadtances'"),  # a soft hyphen shows nothing inside a word
        ("a\ufeffb", "'a\\ufeffb'"),
        ("a\u2060b", "'a\\u2060b'"),  # a word joiner joins no letters: it only keeps a line from breaking
        ("a\u200eb", "'a\u200eb'"),  # a direction mark beside words: kept, it reorders only its neutral neighbours
        ("例え café a b", "'例え café a b'"),  # a space, and every character a terminal shows, as written
        # text a terminal shows as the writer meant it, as written: a joiner between letters, a typographic space
        ("می\u200cخواهم", "'می\u200cخواهم'"),  # Persian's zero-width non-joiner
        ("👨\u200d👩\u200d👧", "'👨\u200d👩\u200d👧'"),  # an emoji sequence's zero-width joiners
        ("श्\u200dर", "'श्\u200dर'"),  # an Indic conjunct's zero-width joiner
        ("❤\ufe0f\u200d🔥", "'❤\ufe0f\u200d🔥'"),  # a variation selector, then a joiner
        ("🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f", "'🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f'"),
        ("日本\u3000語", "'日本\u3000語'"),  # an ideographic space
        ("Qui\u202f?", "'Qui\u202f?'"),  # French narrow no-break space
        ("a\u00a0b", "'a\u00a0b'"),
        ("שלום (ABC)\u200f", "'שלום (ABC)\u200f'"),  # a deliberate right-to-left mark
        # the same characters where they join nothing: they hide
        ("\u200dab", "'\\u200dab'"),
        ("ab\u200c", "'ab\\u200c'"),
        ("a \u200c b", "'a \\u200c b'"),
        ("\ufe0fa", "'\\ufe0fa'"),  # a variation selector at the start would mark the quote
        ("\u0301a", "'\\u0301a'"),  # so would a combining accent
        ("\U000e0067a", "'\\U000e0067a'"),
        ("\u200f", "'\\u200f'"),  # a mark alone shows nothing
        ("a\u202eb", "'a\\u202eb'"),  # a direction override turns the words after it around
        ("a\u2066b", "'a\\u2066b'"),  # an isolate
        ("a\u2028b", "'a\\u2028b'"),  # a line separator
        ("a\ue000b", "'a\\ue000b'"),  # a private-use character: each font shows another thing
    ],
)  # fmt: skip
def test_a_value_is_named_as_written_or_as_yaml_shows_it(value: object, shown: str) -> None:
    assert named_value(value) == shown


def test_yaml_shows_bytes_by_their_base64() -> None:
    """Beside the words written (`'!!binary eA==' is not text: YAML reads it as …`), YAML's reading: on one line."""
    assert yaml_shown(b"ab") == '!!binary "YWI="'


@pytest.mark.parametrize(
    ("address", "shown"),
    [
        # an address holds no space but U+0020 and no character that shows nothing: each is its escape
        ("https://a\u200eb.org/", "'https://a\\u200eb.org/'"),
        ("https://a\u00a0b.org/", "'https://a\\xa0b.org/'"),
        ("https://a.org/a\u200cb", "'https://a.org/a\\u200cb'"),
        ("https://a.org/a\u3000b", "'https://a.org/a\\u3000b'"),
        ("https://a.org/a\u202fb", "'https://a.org/a\\u202fb'"),
        ("https://a.org/\u200b", "'https://a.org/\\u200b'"),
        ("https://例え.jp/a b", "'https://例え.jp/a b'"),  # what shows, as written
    ],
)
def test_an_address_is_named_with_every_character_that_shows_nothing_escaped(address: str, shown: str) -> None:
    """In an address a typographic space or a joiner is never meant: `'https://ab.org/'` looked like one that works."""
    assert named_value(address, address=True) == shown
    assert visible(address, address=True) == shown[1:-1]


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
