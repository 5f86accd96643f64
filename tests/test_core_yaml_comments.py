"""Values YAML cut short at ' #' (`hooks/core/yaml_comments.py`): `term: Goal #3` was read as 'Goal' in silence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from hooks.core.annotation_front_matter import texts_cut_by_comment as annotation_cuts
from hooks.core.bibliography_checks import bibliography_schema, check_bibliography
from hooks.core.csl_fields import NAME_PARTS, NAME_VARIABLES, WORD_FIELDS, WORDLESS_FIELDS
from hooks.core.datafiles import SafeLoader
from hooks.core.page_front_matter import read_page_text, said_with_comments
from hooks.core.page_front_matter import texts_cut_by_comment as page_cuts
from hooks.core.policy_areas import cut_texts as area_cuts
from hooks.core.problems import Problem
from hooks.core.source_page_checks import check_source_page
from hooks.core.yaml_as_written import NOT_BOOLEAN, QUOTE_TEXT, written_as_text
from hooks.core.yaml_comments import RE_HASH_AFTER_WORDS, values_cut_by_comment, without_restated
from hooks.core.yaml_nodes import EACH

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ((EACH, "term"), (EACH, "aliases", EACH), (EACH, "definitions", EACH, "attribution"))


def cuts(text: str) -> list[tuple[tuple[str | int, ...], str, str, str]]:
    """Each cut value of `text`'s glossary fields: its place, what YAML kept, the words written and the fix."""
    root = yaml.compose(text, Loader=SafeLoader)  # noqa: S506 (a SafeLoader)
    return [(cut.place, cut.kept, cut.written, cut.fix) for cut in values_cut_by_comment(root, FIELDS)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- term: Goal #3\n", [((0, "term"), "Goal", "Goal #3", "`term: 'Goal #3'`")]),
        ("- term: Goal # 3\n", [((0, "term"), "Goal", "Goal # 3", "`term: 'Goal # 3'`")]),  # one space: words
        ("- term: Goal  #3\n", [((0, "term"), "Goal", "Goal  #3", "`term: 'Goal  #3'`")]),  # '#3': no comment's form
        ("- term: Goal's #3\n", [((0, "term"), "Goal's", "Goal's #3", "`term: 'Goal''s #3'`")]),  # YAML's '' for '
        # a list's item: its line to copy, a block list's with its dash, a flow list's whole (`'Goal #3'` lost them)
        ("- term: x\n  aliases:\n    - Goal #3\n", [((0, "aliases", 0), "Goal", "Goal #3", "`- 'Goal #3'`")]),
        (  # in brackets whose ']' is on a line of its own, the cut is silent too
            "- term: x\n  aliases: [goals, Goal #3\n    ]\n",
            [((0, "aliases", 1), "Goal", "Goal #3", "`aliases: [goals, 'Goal #3']`")],
        ),
        (
            "- term: x\n- term: y\n  definitions:\n    - anchor: a.md#p1\n      attribution: Paper #13\n",
            [((1, "definitions", 0, "attribution"), "Paper", "Paper #13", "`attribution: 'Paper #13'`")],
        ),
        (  # written over two lines, the cut is on the last
            "- term: Goal\n    number #3\n",
            [((0, "term"), "Goal number", "Goal number #3", "`term: 'Goal number #3'`")],
        ),
        (  # a comment meant after the cut words is no part of the value to quote
            "- term: Goal #3  # the third goal\n",
            [((0, "term"), "Goal", "Goal #3", "`term: 'Goal #3'`")],
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
CUT = "is cut short by ' #', which YAML reads as the start of a comment"
COMMENT = "a comment needs two spaces before its '# '"
TEXT_FIELDS = "see docs/about/source-records.md#text-fields"  # a record's value YAML read otherwise: its section


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        (
            "quote: the transfer #of ideas",
            f"a.md: target.quote: 'the transfer' {CUT} (put it in quotes: `quote: 'the transfer #of ideas'`; {COMMENT})",
        ),
        # annotations/README.md's example, copied with its comment: it was refused, its hint quoting the comment too
        ("quote: so-called “social remittances.”                  # words from that paragraph, once", None),
        ("quote: 'the transfer #of ideas'", None),
    ],
)
def test_the_annotation_quote_is_checked_by_the_same_function(quote: str, expected: str | None) -> None:
    problems = annotation_cuts("a.md", ANNOTATION.format(quote=quote))
    assert [str(problem) for problem in problems] == ([expected] if expected else [])


NOTE = """---
id: a #the id
target: {page: p.md, paragraph: p3, quote: words}
motivation: commenting #why
tags: [x] #a tag
author:
  name: Working Group #2
  url: https://example.org/#me
created: 2024-01-02 #the day
references:
  - title: A Book  # a comment, as linters write one
  - title: Working Paper #13
---

Body: issue #4 of the series.
"""


def test_an_annotation_s_author_name_and_reference_titles_are_checked_not_its_ids_dates_or_body() -> None:
    assert [str(problem) for problem in annotation_cuts("a.md", NOTE)] == [
        f"a.md: author.name: 'Working Group' {CUT} (put it in quotes: `name: 'Working Group #2'`; {COMMENT})",
        f"a.md: references[1].title: 'Working Paper' {CUT} (put it in quotes: `title: 'Working Paper #13'`; {COMMENT})",
    ]


def test_a_policy_area_s_title_and_description_are_checked_not_its_id() -> None:
    text = "# the taxonomy\n- id: goals #the id\n  title: Goal #3\n  description: >-\n    Goal #3's.\n"
    text += "- id: b\n  title: B  # its name\n  description: SDG #10 and more\n"
    assert [str(problem) for problem in area_cuts(text, yaml.safe_load(text))] == [
        f"annotations/policy-areas.yml: goals.title: 'Goal' {CUT} (put it in quotes: `title: 'Goal #3'`; {COMMENT})",
        f"annotations/policy-areas.yml: b.description: 'SDG' {CUT}"
        f" (put it in quotes: `description: 'SDG #10 and more'`; {COMMENT})",
    ]


LANDING = """---
title: Goal #3
description: Goals  # for search engines
source: goals #the folder
order: 0 #first
tags: [a] #b
bibliography:
  id: goals #the id
  type: report #a report
  title: "Goal #3"
  number: Working Paper #13
  publisher: IOM #2
  URL: https://example.org/#x
  author:
    - family: Levitt #x
      given: Peggy
    - literal: Group #2
  issued:
    literal: Spring #2
  categories: [a, Migration #1
    ]
unknown:
  - page numbers #1 to 9
---

# Goals { #goals }

A paragraph. { #p1 }
"""


def test_a_page_s_title_description_and_record_are_checked_not_its_ids_numbers_or_text() -> None:
    fields = [(problem.field, problem.hint) for problem in page_cuts("docs/goals/index.md", LANDING)]
    assert fields == [
        ("title", f"put it in quotes: `title: 'Goal #3'`; {COMMENT}"),
        ("unknown[0]", f"put it in quotes: `- 'page numbers #1 to 9'`; {COMMENT}; {TEXT_FIELDS}"),
        ("bibliography.publisher", f"put it in quotes: `publisher: 'IOM #2'`; {COMMENT}; {TEXT_FIELDS}"),
        ("bibliography.number", f"put it in quotes: `number: 'Working Paper #13'`; {COMMENT}; {TEXT_FIELDS}"),
        ("bibliography.author[0].family", f"put it in quotes: `family: 'Levitt #x'`; {COMMENT}; {TEXT_FIELDS}"),
        ("bibliography.author[1].literal", f"put it in quotes: `literal: 'Group #2'`; {COMMENT}; {TEXT_FIELDS}"),
        ("bibliography.issued.literal", f"put it in quotes: `literal: 'Spring #2'`; {COMMENT}; {TEXT_FIELDS}"),
        (
            "bibliography.categories[1]",
            f"put it in quotes: `categories: [a, 'Migration #1']`; {COMMENT}; {TEXT_FIELDS}",
        ),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "---\ntitle: Goals\n---\n\n# Goals { #goals }\n\nA #hashtag. { #p1 }\n",  # ' #' below the block only
        "---\ntitle: Goal #3\n",  # never closed: the front matter's own line
        "Goal #3\n",  # no front matter
    ],
)
def test_a_page_without_a_cut_value_in_its_front_matter_has_no_line(text: str) -> None:
    assert page_cuts("docs/a.md", text) == []


def test_a_page_s_cut_title_is_one_line_of_reading_it_unless_it_is_misread() -> None:
    lines = [str(problem) for problem in read_page_text(b"---\ntitle: Goal #3\n---\n\nText.\n", "docs/a.md").problems]
    assert lines == [f"docs/a.md: title: 'Goal' {CUT} (put it in quotes: `title: 'Goal #3'`; {COMMENT})"]
    misread = read_page_text(b"---\ntitle: Goal #3\ntitle: B\n---\n\nText.\n", "docs/a.md")
    assert misread.misread and [problem.field for problem in misread.problems] == ["front matter"]


def test_a_source_page_s_title_that_is_all_comment_is_the_comment_s_line_alone() -> None:
    """`title: #Goal` is empty to YAML: the source page's own "not empty" line for it only restated it."""
    text = "---\ntitle: #Goal\nsource: src\norder: 1\ntags: []\n---\n\nText.\n"
    read = read_page_text(text.encode(), "docs/src/a.md")
    meta = yaml.safe_load(text.split("---")[1])
    lines = [
        str(problem) for problem in without_restated([*read.problems, *check_source_page("docs/src/a.md", meta, "src")])
    ]
    assert lines == [
        "docs/src/a.md: title: is empty: YAML reads '#Goal' as a comment"
        " (write its value, or put it in quotes if '#Goal' is the value: `title: '#Goal'`)"
    ]


@pytest.mark.parametrize(
    ("line", "field", "written", "hint"),
    [
        # an identifier: no '#' is part of one, so its quoted '#13' would be refused next; the '#' is the slip
        ("  ISBN: #13", "bibliography.ISBN", "#13", "write its value without the '#' YAML took for a comment's start"),
        ("  ISBN: # todo", "bibliography.ISBN", "# todo", "write its value"),  # a placeholder
        # a placeholder, or words: the line says both
        ("  number: # todo", "bibliography.number", "# todo", "write its value, or put it in quotes if '# todo' is the value: `number: '# todo'`"),
    ],
)  # fmt: skip
def test_a_record_s_field_that_is_all_comment_is_the_comment_s_line_alone(
    line: str, field: str, written: str, hint: str
) -> None:
    """`ISBN: #13` was only the schema's "must be text or a number, not empty": it did not say YAML took it as a comment."""
    text = f"---\ntitle: T\nbibliography:\n  id: t\n  type: book\n  title: T\n{line}\n---\n\nText.\n"
    schema = bibliography_schema(ROOT)[0]
    problems = check_bibliography("docs/a.md", yaml.safe_load(text.split("---")[1])["bibliography"], schema)
    assert [str(problem) for problem in said_with_comments("docs/a.md", text, problems)] == [
        f"docs/a.md: {field}: is empty: YAML reads '{written}' as a comment ({hint}; {TEXT_FIELDS})"
    ]


def test_every_text_field_of_the_record_s_schema_is_either_words_or_wordless() -> None:
    """A field the schema gains must be sorted: words a ' #' may cut, or an identifier no '#' is part of."""
    schema = json.loads((ROOT / "annotations/schema/bibliography.schema.json").read_text(encoding="utf-8"))
    kinds = {name: field.get("$ref", "").rpartition("/")[2] for name, field in schema["properties"].items()}
    texts = {name for name, kind in kinds.items() if kind in ("line", "text")} | {"title"}  # its own, shorter
    assert set(WORD_FIELDS) | WORDLESS_FIELDS == texts and not set(WORD_FIELDS) & WORDLESS_FIELDS
    assert set(NAME_VARIABLES) == {name for name, kind in kinds.items() if kind == "names"}
    assert set(NAME_PARTS) == set(schema["$defs"]["name"]["properties"])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("  title: 2010", "bibliography.title: '2010' is not text (put it in quotes: `title: '2010'`)"),
        ("  publisher: yes", "bibliography.publisher: 'yes' is not text: YAML reads it as true"
         " (put it in quotes: `publisher: 'yes'`)"),
        ("  version: 1.10", "bibliography.version: '1.10' is not text: YAML reads it as 1.1"
         " (put it in quotes: `version: '1.10'`)"),
        # an item of a list: the list's line with it in quotes, not the item alone (`'off'`) to place by guess
        ("  categories: [migration, off]", "bibliography.categories[1]: 'off' is not text: YAML reads it as false"
         " (put it in quotes: `categories: [migration, 'off']`)"),
    ],
)  # fmt: skip
def test_a_record_s_text_yaml_read_otherwise_is_offered_as_written(line: str, expected: str) -> None:
    """`publisher: yes` was "must be text or a number, not true or false (put the text in quotes)": no line to copy."""
    text = f"---\ntitle: T\nbibliography:\n  id: t\n  type: book\n{line}\n---\n\nText.\n"
    front = yaml.safe_load(text.split("---")[1])["bibliography"]
    problems = check_bibliography("docs/a.md", {"title": "T", **front}, bibliography_schema(ROOT)[0])
    lines = [str(problem) for problem in said_with_comments("docs/a.md", text, problems)]
    assert lines == [f"docs/a.md: {expected[:-1]}; {TEXT_FIELDS})"]  # the quoted line, then the page's section


@pytest.mark.parametrize(
    ("text", "field", "fix"),
    [
        ("term: on\n", "term", "`term: 'on'`"),
        # a block list's item: its own line, dash and all
        ("aliases:\n  - diasporas\n  - yes\n", "aliases[1]", "`- 'yes'`"),
        ("- yes\n", "[0]", "`- 'yes'`"),
        # a flow list's item: the flow line with the item in quotes, the others as written
        ("tags: [yes]\n", "tags[0]", "`tags: ['yes']`"),
        ("aliases: [Goal 3, 'a b', no]\n", "aliases[2]", "`aliases: [Goal 3, a b, 'no']`"),
        ("[[a, yes]]\n", "[0][1]", "`[a, 'yes']`"),
        ("aliases: [[a], yes]\n", "aliases[1]", "`'yes'`"),  # a list inside: no line to rewrite, the item alone
    ],
)
def test_a_list_s_item_yaml_read_otherwise_is_offered_as_the_line_to_copy(text: str, field: str, fix: str) -> None:
    """`- yes` was offered as `'yes'`: an editor copying it lost the dash, and a flow list's item had no line at all."""
    problem = Problem("a.yml", field, NOT_BOOLEAN, QUOTE_TEXT)
    [offered] = written_as_text("a.yml", text, [problem])
    assert offered.hint == f"put it in quotes: {fix}"
