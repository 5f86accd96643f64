"""An annotation file's front matter: YAML with its dates kept as text, split from the Markdown body.

Bad YAML is a Problem with PyYAML's own words and line, whichever parser is installed; so is a
text that YAML cut short at ' #', which would otherwise publish fewer words without a word.
"""

from __future__ import annotations

from typing import Any

import yaml
from frontmatter.default_handlers import YAMLHandler

from hooks.core.datafiles import FastSafeLoader, SafeLoader, refuse_repeated_collections
from hooks.core.problems import Problem, unclosed_front_matter
from hooks.core.yaml_as_written import read_otherwise, written_as_text
from hooks.core.yaml_comments import RE_HASH_AFTER_WORDS, cut_problems, emptied_problems
from hooks.core.yaml_errors import describe_yaml_error
from hooks.core.yaml_lines import FIELD_LINES
from hooks.core.yaml_nodes import EACH


class TextDateLoader(SafeLoader):
    """SafeLoader that keeps dates as the text written, so the schema and our checks see them."""


class FastTextDateLoader(FastSafeLoader):
    """`TextDateLoader` on libyaml's parser (several times faster); errors are re-read by the Python one."""


TextDateLoader.yaml_implicit_resolvers = FastTextDateLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class AnnotationYAMLHandler(YAMLHandler):
    """python-frontmatter's YAML handler, with dates kept as text."""

    def load(self, fm: str, **kwargs: object) -> Any:
        """Parse the front matter with `TextDateLoader`; invalid YAML raises the pure-Python parser's error.

        The messages (and the line numbers in them) are PyYAML's own, whichever parser is installed.
        """
        refuse_repeated_collections(fm)
        try:
            return yaml.load(fm, Loader=FastTextDateLoader)  # noqa: S506 (a SafeLoader subclass)
        except yaml.YAMLError:
            return yaml.load(fm, Loader=TextDateLoader)  # noqa: S506 (a SafeLoader subclass)


def split_front_matter(path: str, text: str) -> tuple[dict[str, Any] | None, str | None, list[Problem]]:
    """Separate YAML front matter from the Markdown body; bad YAML is a Problem.

    The body is None where no '---' block says where it starts; with bad YAML it is known, and checked.
    """
    handler = AnnotationYAMLHandler()
    if not handler.detect(text):
        return None, None, [Problem(path, "front matter", "is missing", "start the file with a '---' block")]
    try:
        front, body = handler.split(text)
    except ValueError:
        return None, None, [unclosed_front_matter(path)]
    try:
        data = handler.load(front)
    except yaml.YAMLError as error:
        message, hint = describe_yaml_error(error)  # numbered as in the file (its text starts after line 1)
        return None, body, [Problem(path, "front matter", message, hint or "fix the YAML")]
    if not isinstance(data, dict):
        return None, body, [Problem(path, "front matter", "is not a mapping of fields", FIELD_LINES)]
    return data, body, []


# The words an editor types or copies (`yaml_comments`' rule): not the id, page, paragraph, tags, dates or addresses.
TEXT_FIELDS = (("target", "quote"), ("author", "name"), ("references", EACH, "title"))


def texts_as_written(path: str, text: str, problems: list[Problem]) -> list[Problem]:
    """`problems` with a text YAML read as true, false or a number offered as written (`written_as_text`)."""
    if not any(read_otherwise(problem) for problem in problems):
        return problems  # nearly every file: not split again
    try:
        front = AnnotationYAMLHandler().split(text)[0]
    except ValueError:
        return problems
    return written_as_text(path, front, problems)


def texts_cut_by_comment(path: str, text: str, problems: list[Problem] | None = None) -> list[Problem]:
    """A quote, author's name or reference's title that YAML cut at ' #', one Problem each.

    The quote would highlight fewer words, the name credit `Working Group` for `Working Group #2`
    and the reference cite half a title, without a word. So is any field of `problems` the schema
    called empty that a comment emptied (`paragraph: #p3`).
    """
    if not RE_HASH_AFTER_WORDS.search(text):
        return []  # nearly every file: decided without splitting it again
    try:
        front = AnnotationYAMLHandler().split(text)[0]
    except ValueError:
        return []  # reported as the front matter's own problem
    cuts = cut_problems(path, front, TEXT_FIELDS)
    return cuts + emptied_problems(path, front, [*(problems or []), *cuts])
