"""Words YAML cut short at ' #': a plain (unquoted) value ends there, the rest of the line is a comment.

`term: Goal #3` is read as 'Goal' without a word. Found in the composed nodes (`yaml.compose`),
whose `end_mark` says where YAML ended each value, never by reading YAML with a pattern; only the
fields a caller names as text are looked at, since a comment after an id or a list of ids
(`see_also: [x]  # why`) is ordinary YAML.

Which fields are text, by one rule in every file: the words an editor types or copies from a
source (a term, a title, a name, a publisher: `Working Paper #13`, where a '#' is as likely words
as a comment), never the ids, paths, dates, numbers and addresses (`id`, `tags`, `anchor`, `URL`),
whose form has no space or no '#': a ' #' after one can only be a comment.

The nodes are found by their place by `yaml_nodes.py`; a text YAML read as true, false or a number,
the other way a value is not what was written, is `yaml_as_written.py`'s.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import yaml

from hooks.core.problems import Problem
from hooks.core.yaml_nodes import FieldPath, Place, line_offered, nodes_at, place_name, scalars

# A ' #' after words on a line: a text without one has no value cut short (nearly every file: no second parse).
RE_HASH_AFTER_WORDS = re.compile(r"\S[ \t]+#")
# A comment as YAML linters write one (yamllint's defaults): two spaces after the value, then '# '.
RE_MEANT_COMMENT = re.compile(r"[ \t]{2,}#(?:[ \t]|$)")

RE_PLACEHOLDER = re.compile(r"#(?:[ \t]|$)")  # `ISBN: # todo`: a comment's form, no value with a '#' glued on
NO_HASH = "write its value without the '#' YAML took for a comment's start"  # `paragraph: #p3`: p3
CUT_SHORT = "is cut short by ' #'"  # a value YAML ended at ' #' (`cut_problem`): the line's words after the value
EMPTIED = "is empty: YAML reads"  # a value that is all comment (`number: #13`): the line's opening words
NOT_EMPTY = ", not empty"  # the end of the schema's line for an empty value (`schema_messages.describe`)


@dataclass(frozen=True)
class CutValue:
    """A plain value YAML ended at ' #': where it is, what YAML kept, the line's words as written and the line to write.

    The fix is PyYAML's quoting in backticks, as the file holds the value (`line_offered`): `term: 'Goal #3'`,
    a block list's `- 'Goal #3'`.
    """

    place: Place
    kept: str
    written: str
    fix: str


def cut_value(root: yaml.Node | None, place: Place, node: yaml.Node) -> CutValue | None:
    """The value at `place` if a ' #' on its line cut it (see `values_cut_by_comment`); None if not."""
    if not isinstance(node, yaml.ScalarNode) or node.style is not None:
        return None  # quoted or a block (`>-`, `|`): YAML reads its '#' as words
    rest = node.end_mark.buffer[node.end_mark.pointer :].split("\n", 1)[0]
    if not rest.lstrip().startswith("#") or RE_MEANT_COMMENT.match(rest):
        return None
    words = RE_MEANT_COMMENT.split(rest, maxsplit=1)[0]  # `Goal #3  # why`: the comment stays one
    written = f"{node.value}{words}".strip()
    return CutValue(place, node.value, written, line_offered(root, place, written))


def values_cut_by_comment(root: yaml.Node | None, fields: Iterable[FieldPath]) -> list[CutValue]:
    """The plain values at `fields` (paths of keys, `EACH` for every item of a list) that a ' #' on their line cut.

    A comment written as linters want one (`term: diaspora  # the headword`: two spaces, then '# ')
    is taken as meant, as the edition's own examples write them; any other '#' after a value
    (`Goal #3`, `the transfer #of ideas`, `Goal # 3`) reads as the value's own words, up to such a
    comment on the same line (`Goal #3  # why` was written 'Goal #3').
    """
    places = (place_node for field in fields for place_node in nodes_at(root, field, ()))
    return [cut for place, node in places if (cut := cut_value(root, place, node))]


def values_emptied_by_comment(root: yaml.Node | None, place: Place = ()) -> Iterator[CutValue]:
    """Every value below `root`, of any field (`ISBN: #13`, `paragraph: #p3`), that a comment left empty."""
    for where, node in scalars(root, place):
        if (cut := cut_value(root, where, node)) and not cut.kept:
            yield cut


def cuts_in(text: str, fields: Iterable[FieldPath]) -> list[CutValue]:
    """The cut values of YAML `text` at `fields`; none without a ' #' after words, or in YAML PyYAML cannot read.

    The pre-filter decides nearly every file without composing it again. YAML that does not read is
    its reader's own line to report, not one more here.
    """
    if not RE_HASH_AFTER_WORDS.search(text):
        return []
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return []
    return values_cut_by_comment(root, fields)


def cut_problem(display: str, field: str, cut: CutValue, words: bool = True) -> Problem:
    """The one line for a cut value, in every file alike: what YAML kept, and the quoted value to write.

    A value that starts with '#' (`number: #13`) is all comment: YAML reads the field as empty, and
    "'' is cut short" would not say why; a comment's two spaces would not fill it either. Outside the
    text fields (not `words`: an id, a date, a path) no value starts with '#', so `paragraph: '#p3'`
    would be refused next: the '#' is the slip (a ¶ link's `#p3` copied), or a placeholder's comment.
    """
    if not cut.kept and not words:
        hint = "write its value" if RE_PLACEHOLDER.match(cut.written) else NO_HASH
        return Problem(display, field, f"{EMPTIED} '{cut.written}' as a comment", hint)
    if not cut.kept:  # a placeholder (`# todo`) or words meant (`#hashtag`): the line offers both fixes
        hint = f"write its value, or put it in quotes if '{cut.written}' is the value: {cut.fix}"
        return Problem(display, field, f"{EMPTIED} '{cut.written}' as a comment", hint)
    hint = f"put it in quotes: {cut.fix}; a comment needs two spaces before its '# '"
    return Problem(display, field, f"'{cut.kept}' {CUT_SHORT}, which YAML reads as the start of a comment", hint)


def without_restated(problems: list[Problem]) -> list[Problem]:
    """The problems less the schema's "not empty" line for a field a comment emptied: one mistake, one line.

    `number: #13` is both a value YAML read as a comment and an empty field; the first line says
    why and what to write, the second only that a value is wanted.
    """
    emptied = {(problem.path, problem.field) for problem in problems if problem.message.startswith(EMPTIED)}
    if not emptied:
        return problems
    return [
        problem
        for problem in problems
        if not ((problem.path, problem.field) in emptied and problem.message.endswith(NOT_EMPTY))
    ]


def emptied_problems(
    display: str, text: str, problems: Iterable[Problem], name: Callable[[Place], str] = place_name
) -> list[Problem]:
    """The comment's line for each field of `display` the schema called empty that a comment emptied (`ISBN: #13`).

    Any field, not the text fields alone: `paragraph: #p3` is no words cut short, but the schema's
    "not empty" did not say that YAML took the value for a comment. A field already given the
    comment's line (a text field's, `cut_problems`) is not given it twice; `without_restated` then
    drops the schema's line. Composed only when the schema called a field of this file empty.
    """
    problems = list(problems)
    said = {problem.field for problem in problems if problem.path == display and problem.message.startswith(EMPTIED)}
    empty = {problem.field for problem in problems if problem.path == display and problem.message.endswith(NOT_EMPTY)}
    if not empty - said or not RE_HASH_AFTER_WORDS.search(text):
        return []
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return []
    cuts = [(name(cut.place), cut) for cut in values_emptied_by_comment(root)]
    return [cut_problem(display, field, cut, words=False) for field, cut in cuts if field in empty - said]


def cut_problems(
    display: str, text: str, fields: Iterable[FieldPath], name: Callable[[Place], str] = place_name
) -> list[Problem]:
    """One line (`cut_problem`) for each value of YAML `text` at `fields` that a ' #' cut, its place named by `name`."""
    return [cut_problem(display, name(cut.place), cut) for cut in cuts_in(text, fields)]
