"""A text YAML read as true, false or a number (`term: on`, `title: 2010`), offered in quotes as written.

YAML 1.1 reads `on` as true and `1_000` as 1000: the schema's "put the text in quotes" leaves the
editor to guess the line, and YAML's reading is not the word written. The words are taken from the
composed node's scalar text (`yaml_nodes.py`), so the line offered carries the editor's own.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import yaml

from hooks.core.problems import Problem, yaml_shown
from hooks.core.schema_messages import TYPE_HINTS
from hooks.core.yaml_nodes import Place, line_offered, place_name, scalars, top_level_node

# The schema's lines for a text YAML 1.1 read as true, false or a number (`term: on`, `title: 2010`), and a
# record's for a fraction (`version: 1.10`, `bibliography_checks.check_numbers`): each offered as written.
NOT_BOOLEAN, NOT_NUMBER = "must be text, not true or false", "must be text, not a number"
NOT_TEXT = (NOT_BOOLEAN, NOT_NUMBER, "must be text or a number, not true or false")
NUMBER_READ = " is a number to YAML, not the text written"
QUOTE_TEXT = TYPE_HINTS["string"]  # their fix, made the line to copy


def written_scalar(text: str, key: str) -> str | None:
    """A top-level field's value as written (`yes`, `1_000`), not as YAML read it (True, 1000); None if not one.

    From the composed node's scalar text: a line offered to copy must carry the editor's words, and
    `title: 'True'` would put YAML's reading in their place. The field's last line, as MkDocs keeps it.
    """
    node = top_level_node(text, key)
    return node.value if isinstance(node, yaml.ScalarNode) else None


def not_text(written: str, value: object) -> str:
    """Why a value written as words is not text: YAML's reading named where it differs, in YAML's words.

    `yes`: true; `1_000`: 1000; `.NaN`: .nan (Python's str would say nan).
    """
    reading = yaml_shown(value)  # bytes as YAML writes them, `!!binary "eA=="`: its reading, not their kind
    return f"'{written}' is not text" + (f": YAML reads it as {reading}" if reading != written else "")


def read_otherwise(problem: Problem) -> bool:
    """Whether `problem` is a line on a text YAML read as true, false or a number (`NOT_TEXT`, `NUMBER_READ`).

    Only where its fix is quotes: `paragraph: 3` is offered `p3`, which '3' in quotes is not. The hint
    may go on (a record's line names its section of the editors' page, `record_guide`).
    """
    read = problem.message in NOT_TEXT or problem.message.endswith(NUMBER_READ)
    return read and problem.hint.startswith(QUOTE_TEXT)


def written_as_text(
    display: str, text: str, problems: list[Problem], name: Callable[[Place], str] = place_name
) -> list[Problem]:
    """`problems` with each text field YAML read as true, false or a number offered as written, in quotes.

    `term: on` is true to YAML 1.1: the schema's "put the text in quotes" leaves the editor to guess
    the line, and YAML's reading (True) is not the word written. From the composed node's text, as
    the page title's (`written_scalar`); the same one line, its words and fix made exact. Composed
    only when the schema gave such a line for `display`.
    """
    fields = {problem.field for problem in problems if problem.path == display and read_otherwise(problem)}
    if not fields:
        return problems
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return problems
    found = {field: (place, node) for place, node in scalars(root) if (field := name(place)) in fields}
    return [
        as_written(problem, root, *found[problem.field])
        if problem.path == display and read_otherwise(problem) and problem.field in found
        else problem
        for problem in problems
    ]


def as_written(problem: Problem, root: yaml.Node, place: Place, node: yaml.ScalarNode) -> Problem:
    """The schema's line on a text YAML read otherwise, naming the words written and the quoted line to copy.

    Whatever the hint says after "put the text in quotes" stays (a record's line: its section of the editors' page).
    """
    value = yaml.SafeLoader("").construct_object(node)  # as YAML read it in the file: true, 1000
    hint = problem.hint.replace(QUOTE_TEXT, f"put it in quotes: {line_offered(root, place, node.value)}", 1)
    return dataclasses.replace(problem, message=not_text(node.value, value), hint=hint)
