"""Values YAML cut short at ' #' (`hooks/core/yaml_comments.py`): `term: Goal #3` was read as 'Goal' in silence."""

from __future__ import annotations

import pytest
import yaml

from hooks.core.annotation_front_matter import quote_cut_by_comment
from hooks.core.datafiles import SafeLoader
from hooks.core.yaml_comments import EACH, RE_HASH_AFTER_WORDS, values_cut_by_comment

FIELDS = ((EACH, "term"), (EACH, "aliases", EACH), (EACH, "definitions", EACH, "attribution"))


def cuts(text: str) -> list[tuple[tuple[str | int, ...], str, str, str]]:
    """Each cut value of `text`'s glossary fields: its place, what YAML kept, the words written and the fix."""
    root = yaml.compose(text, Loader=SafeLoader)  # noqa: S506 (a SafeLoader)
    return [(cut.place, cut.kept, cut.written, cut.fix) for cut in values_cut_by_comment(root, FIELDS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- term: Goal #3\n", [((0, "term"), "Goal", "Goal #3", "term: 'Goal #3'")]),
        ("- term: Goal # 3\n", [((0, "term"), "Goal", "Goal # 3", "term: 'Goal # 3'")]),  # one space: words
        ("- term: Goal  #3\n", [((0, "term"), "Goal", "Goal  #3", "term: 'Goal  #3'")]),  # '#3': no comment's form
        ("- term: Goal's #3\n", [((0, "term"), "Goal's", "Goal's #3", "term: 'Goal''s #3'")]),  # YAML's '' for '
        ("- term: x\n  aliases:\n    - Goal #3\n", [((0, "aliases", 0), "Goal", "Goal #3", "'Goal #3'")]),
        (  # in brackets whose ']' is on a line of its own, the cut is silent too
            "- term: x\n  aliases: [goals, Goal #3\n    ]\n",
            [((0, "aliases", 1), "Goal", "Goal #3", "'Goal #3'")],
        ),
        (
            "- term: x\n- term: y\n  definitions:\n    - anchor: a.md#p1\n      attribution: Paper #13\n",
            [((1, "definitions", 0, "attribution"), "Paper", "Paper #13", "attribution: 'Paper #13'")],
        ),
        (  # written over two lines, the cut is on the last
            "- term: Goal\n    number #3\n",
            [((0, "term"), "Goal number", "Goal number #3", "term: 'Goal number #3'")],
        ),
        ("- term: diaspora  # the headword\n", []),  # a comment as linters write one: meant
        ("- term: diaspora  #\n", []),
        ("- term: 'Goal #3'\n", []),  # quoted: '#' is words
        ('- term: "Goal" #3\n', []),  # after the closing quote: a comment, whatever its form
        ("- term: >-\n    Goal #3\n", []),  # a block's '#' is words
        ("- term: x\n  aliases: [goals]  #3 a comment after the brackets\n", []),
        ("- term: x\n  see_also: [y] #why\n  id: x #the id\n", []),  # not text fields: ids
        ("- term: Goal#3\n", []),  # no space: no comment
        ("term: Goal #3\n", []),  # not the shape named: nothing to look at
        ("", []),
    ],
)
def test_a_plain_text_value_cut_by_a_comment_is_found(text: str, expected: list[tuple[object, ...]]) -> None:
    assert cuts(text) == expected


def test_every_cut_is_found_in_file_order_of_its_field() -> None:
    text = "- term: A #1\n  aliases: [a, B #2\n    ]\n- term: C #3\n"
    assert [(place, kept) for place, kept, _, _ in cuts(text)] == [
        ((0, "term"), "A"),
        ((1, "term"), "C"),
        ((0, "aliases", 1), "B"),
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [("term: Goal #3", True), ("term: x\t#y", True), ("# a comment\n  # indented\n", False), ("a: b#c", False)],
)
def test_only_a_text_with_a_hash_after_words_is_composed_again(text: str, found: bool) -> None:
    assert bool(RE_HASH_AFTER_WORDS.search(text)) is found


ANNOTATION = "---\nid: a\ntarget:\n  page: p.md\n  paragraph: p3\n  {quote}\nmotivation: commenting\n---\n\nBody.\n"


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        (
            "quote: the transfer #of ideas",
            "a.md: target.quote: 'the transfer' is cut short by ' #', which YAML reads as the start of a comment"
            " (put the quote in quotes: quote: 'the transfer #of ideas')",
        ),
        # annotations/README.md's example, copied with its comment: it was refused, its hint quoting the comment too
        ("quote: so-called “social remittances.”                  # words from that paragraph, once", None),
        ("quote: 'the transfer #of ideas'", None),
    ],
)
def test_the_annotation_quote_is_checked_by_the_same_function(quote: str, expected: str | None) -> None:
    problem = quote_cut_by_comment("a.md", ANNOTATION.format(quote=quote))
    assert (str(problem) if problem else None) == expected
