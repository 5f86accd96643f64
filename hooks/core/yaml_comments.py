"""Words YAML cut short at ' #': a plain (unquoted) value ends there, the rest of the line is a comment.

`term: Goal #3` is read as 'Goal' without a word. Found in the composed nodes (`yaml.compose`),
whose `end_mark` says where YAML ended each value, never by reading YAML with a pattern; only the
fields a caller names as text are looked at, since a comment after an id or a list of ids
(`see_also: [x]  # why`) is ordinary YAML.

Which fields are text, by one rule in every file: the words an editor types or copies from a
source (a term, a title, a name, a publisher: `Working Paper #13`, where a '#' is as likely words
as a comment), never the ids, paths, dates, numbers and addresses (`id`, `tags`, `anchor`, `URL`),
whose form has no space or no '#': a ' #' after one can only be a comment.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import yaml

from hooks.core.problems import Problem, named_value
from hooks.core.schema_messages import TYPE_HINTS
from hooks.core.yaml_lines import flow_line_to_write, flow_to_write, item_to_write, line_to_write, value_to_write

EACH = None  # in a field's path: every item of a list
# A ' #' after words on a line: a text without one has no value cut short (nearly every file: no second parse).
RE_HASH_AFTER_WORDS = re.compile(r"\S[ \t]+#")
# A comment as YAML linters write one (yamllint's defaults): two spaces after the value, then '# '.
RE_MEANT_COMMENT = re.compile(r"[ \t]{2,}#(?:[ \t]|$)")

RE_PLACEHOLDER = re.compile(r"#(?:[ \t]|$)")  # `ISBN: # todo`: a comment's form, no value with a '#' glued on
NO_HASH = "write its value without the '#' YAML took for a comment's start"  # `paragraph: #p3`: p3
# The schema's lines for a text YAML 1.1 read as true, false or a number (`term: on`, `title: 2010`), and a
# record's for a fraction (`version: 1.10`, `bibliography_checks.check_numbers`): each offered as written.
NOT_BOOLEAN, NOT_NUMBER = "must be text, not true or false", "must be text, not a number"
NOT_TEXT = (NOT_BOOLEAN, NOT_NUMBER, "must be text or a number, not true or false")
NUMBER_READ = " is a number to YAML, not the text written"
QUOTE_TEXT = TYPE_HINTS["string"]  # their fix, made the line to copy
CUT_SHORT = "is cut short by ' #'"  # a value YAML ended at ' #' (`cut_problem`): the line's words after the value
EMPTIED = "is empty: YAML reads"  # a value that is all comment (`number: #13`): the line's opening words
NOT_EMPTY = ", not empty"  # the end of the schema's line for an empty value (`schema_messages.describe`)

FieldPath = tuple[str | None, ...]
Place = tuple[str | int, ...]


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


def nodes_at(node: yaml.Node | None, field: FieldPath, place: Place) -> Iterator[tuple[Place, yaml.Node]]:
    """Every node at `field` below `node`, with its place (`(3, 'aliases', 1)`); none where the shape differs."""
    if not field:
        yield place, node
    elif field[0] is EACH:
        if isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                yield from nodes_at(item, field[1:], (*place, index))
    elif (value := child(node, field[0])) is not None:
        yield from nodes_at(value, field[1:], (*place, field[0]))


def child(node: yaml.Node | None, key: str) -> yaml.Node | None:
    """The value of `key` in a mapping node; None when the node is no mapping or lacks it."""
    if not isinstance(node, yaml.MappingNode):
        return None
    return next((value for name, value in node.value if isinstance(name, yaml.ScalarNode) and name.value == key), None)


def node_at(root: yaml.Node | None, place: Place) -> yaml.Node | None:
    """The node at `place` (`(3, 'aliases', 1)`) below `root`; None where the shape differs."""
    node = root
    for part in place:
        if isinstance(part, str):
            node = child(node, part)
        else:
            node = node.value[part] if isinstance(node, yaml.SequenceNode) and part < len(node.value) else None
    return node


def line_offered(root: yaml.Node | None, place: Place, written: str) -> str:
    """The line to copy that gives the value at `place` the text `written`, as the file holds it there.

    A field's line (`term: 'on'`); a block list's item with its dash (`- 'yes'`); a flow list's
    line with the item in quotes and the others as written (`tags: [remittances, 'yes']`). The
    item alone (`'yes'`) only where a flow list holds more than texts, which no line rewrites.
    """
    last = place[-1] if place else None
    if isinstance(last, str):
        return line_to_write(last, written)
    parent = node_at(root, place[:-1])
    if not isinstance(parent, yaml.SequenceNode):
        return value_to_write(written)
    if not parent.flow_style:
        return item_to_write(written)
    if not all(isinstance(item, yaml.ScalarNode) for item in parent.value):
        return value_to_write(written)
    items = [written if index == last else item.value for index, item in enumerate(parent.value)]
    owner = place[-2] if len(place) > 1 else None
    return flow_line_to_write(owner, items) if isinstance(owner, str) else flow_to_write(items)


def written_scalar(text: str, key: str) -> str | None:
    """A top-level field's value as written (`yes`, `1_000`), not as YAML read it (True, 1000); None if not one.

    From the composed node's scalar text: a line offered to copy must carry the editor's words, and
    `title: 'True'` would put YAML's reading in their place. The field's last line, as MkDocs keeps it.
    """
    node = top_level_node(text, key)
    return node.value if isinstance(node, yaml.ScalarNode) else None


def top_level_node(text: str, key: str) -> yaml.Node | None:
    """A top-level field's composed node, its tag as written (`!ENV`); None if the text has no such field.

    The field's last, as MkDocs keeps it; composed, never constructed: no tag is read, none refused.
    """
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    if not isinstance(root, yaml.MappingNode):
        return None
    values = [value for name, value in root.value if isinstance(name, yaml.ScalarNode) and name.value == key]
    return values[-1] if values else None


def place_name(place: Place) -> str:
    """A place as the schema's lines name it: `author.name`, `references[0].title`, `[2].title`."""
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in place).lstrip(".")


def not_text(written: str, value: object) -> str:
    """Why a value written as words is not text: YAML's reading named where it differs, in YAML's words.

    `yes`: true; `1_000`: 1000; `.NaN`: .nan (Python's str would say nan).
    """
    reading = named_value(value)
    return f"'{written}' is not text" + (f": YAML reads it as {reading}" if reading != written else "")


def scalars(root: yaml.Node | None, place: Place = ()) -> Iterator[tuple[Place, yaml.ScalarNode]]:
    """Every scalar value below `root` with its place (`(3, 'aliases', 1)`); a mapping's keys are not values."""
    if isinstance(root, yaml.MappingNode):
        for name, value in root.value:
            if isinstance(name, yaml.ScalarNode):
                yield from scalars(value, (*place, name.value))
    elif isinstance(root, yaml.SequenceNode):
        for index, item in enumerate(root.value):
            yield from scalars(item, (*place, index))
    elif isinstance(root, yaml.ScalarNode) and place:
        yield place, root


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
