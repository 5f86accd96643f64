"""A YAML error in a contributor's words: its line, and the fix where the slip is a known one.

PyYAML's messages name what its parser expected (`expected <block end>, but found '<scalar>'`), not
what the editor wrote: a tab, a value's own quote mark, a comment hiding a list's ']'. The words the
loaders of `hooks.core.datafiles` raise are here too, as `describe_yaml_error` gives each its fix.
"""

from __future__ import annotations

import re

import yaml

from hooks.core.yaml_comments import RE_HASH_AFTER_WORDS
from hooks.core.yaml_indentation import indentation_slip
from hooks.core.yaml_lines import line_to_write

# The words of the errors the loaders of `hooks.core.datafiles` raise, each given its fix below.
TWICE = "is written twice"
REPEATED = "repeats a list or mapping with an alias (*name)"
NO_DAY = "is no day of the calendar"
NOT_OF_TAG = "cannot be read as"
HALF_CHARACTER = "holds half a character"

# What the usual YAML slips look like in PyYAML's words, and what fixes them.
YAML_HINTS = {
    "mapping values are not allowed here": "write a value with ': ' in it in quotes, e.g. \"Policy: what next\"",
    "found character '\\t' that cannot start any token": "indent with spaces, not tabs",
}


# mkdocs.yml's tags MkDocs' loader has no constructor for, or whose name imports nothing: its build stops on them.
NO_SUCH_TAG = "is no tag MkDocs reads"
NO_PYTHON_NAME = "names nothing Python can import"
TAG_HINTS = {
    NO_SUCH_TAG: "remove the tag: of the '!' tags MkDocs reads only !ENV and !relative, and a plain value as what"
    " it is written as",
    NO_PYTHON_NAME: "check the module's and the name's spelling, and that the package is installed",
}


def describe_yaml_error(error: yaml.YAMLError, first_line: int = 1) -> tuple[str, str | None]:
    """The line of a YAML error (`first_line`: the file's line number of the text's first line) and a fix, if known."""
    mark = getattr(error, "problem_mark", None)
    where = f" at line {mark.line + first_line}" if mark else ""
    reason = getattr(error, "problem", None) or str(error).splitlines()[0]
    if reason.endswith(TWICE):
        return f"{reason}{where}", "keep one of the two: YAML would silently keep the last"
    if reason == REPEATED:
        return f"{reason}{where}", "write the values out: only a text may be repeated with an alias"
    if NO_DAY in reason:
        return f"{reason}{where}", "write a real day as YYYY-MM-DD, month first, or put the text in quotes"
    if HALF_CHARACTER in reason:
        return f"{reason}{where}", "write the character itself; an emoji's two halves as one escape, \\U0001F600"
    if NOT_OF_TAG in reason:
        return f"{reason}{where}", "remove the '!!' tag: YAML reads a plain value as what it is written as"
    if hint := next((hint for words, hint in TAG_HINTS.items() if reason.endswith(words)), None):
        return f"{reason}{where}", hint
    hint = indentation_slip(error) or YAML_HINTS.get(reason) or comment_in_brackets(error, first_line)
    hint = hint or quote_closed_early(error)
    return f"invalid YAML{where}: {reason}", hint


# A key and its value in quotes, then at most a comment: `  term: 'women's rights'  # why`.
RE_QUOTED_VALUE = re.compile(
    r"""[ \t]*(?:- +)?(?P<key>[\w-]+):[ \t]+(?P<mark>['"])(?P<value>.*)(?P=mark)(?:[ \t]+#.*)?[ \t]*"""
)


def quote_closed_early(error: yaml.YAMLError) -> str | None:
    """The line to write for a quoted value its own mark closed early (`term: 'women's rights'`).

    YAML reads `'women'`, then words it cannot place. Only for the line YAML stopped on, a key and a value
    in quotes holding its own mark; the line offered is PyYAML's, which quotes the words only where they
    need it (`term: 'Goal''s #3'`).
    """
    mark = getattr(error, "problem_mark", None)
    if not str(getattr(error, "problem", "")).startswith("expected <block end>") or not mark or not mark.buffer:
        return None
    line = mark.buffer[mark.pointer - mark.column :].split("\n", 1)[0].rstrip("\0")
    if not (match := RE_QUOTED_VALUE.fullmatch(line)) or match["mark"] not in match["value"]:
        return None
    line = line_to_write(match["key"], match["value"])
    return f"the value's own {match['mark']} ends its quotes early: write the line {line}"


UNCLOSED = ("expected ',' or ']'", "expected ',' or '}'")


def comment_in_brackets(error: yaml.YAMLError, first_line: int = 1) -> str | None:
    """The fix for a list in brackets left open by a ' #' in it: `[goals, Goal #3]` hides its ']' in a comment.

    Only a comment between the bracket and where YAML stopped hid it: not a ' #' in a quoted value
    (`['Goal #3', b`) nor one in a comment further on, where a ']' simply is missing: then the
    bracket's line is named, as YAML names only the line after it, where it stopped.
    """
    start, end = getattr(error, "context_mark", None), getattr(error, "problem_mark", None)
    if not str(getattr(error, "problem", "")).startswith(UNCLOSED) or not start or not end or not start.buffer:
        return None
    text = start.buffer[: end.pointer]
    words = [(token.start_mark.pointer, token.end_mark.pointer) for token in scalar_tokens(text)]
    hashes = (match.end() - 1 for match in RE_HASH_AFTER_WORDS.finditer(text, start.pointer))
    comment = next((at for at in hashes if not any(first <= at < last for first, last in words)), None)
    if comment is None and end.line > start.line:
        pair = "{}" if str(error.problem).startswith(UNCLOSED[1]) else "[]"
        opened, stopped = start.line + first_line, end.line + first_line
        return f"the '{pair[0]}' on line {opened} is not closed before line {stopped}: add its '{pair[1]}'"
    if comment is None:
        return None
    line = text.count("\n", 0, comment) + first_line
    example = "{name: 'Working Group #2'}" if str(error.problem).startswith(UNCLOSED[1]) else "[goals, 'Goal #3']"
    hint = f"write the value holding it in quotes, e.g. {example}"
    return f"the ' #' on line {line} starts a comment, which hides the rest of its line: {hint}"


def scalar_tokens(text: str) -> list[yaml.ScalarToken]:
    """The values PyYAML's scanner finds in `text`, up to where it stops: a '#' inside one is its words."""
    tokens = []
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if isinstance(token, yaml.ScalarToken):
                tokens.append(token)
    except yaml.YAMLError:
        pass  # the scanner's own error: the values before it are all there is
    return tokens
