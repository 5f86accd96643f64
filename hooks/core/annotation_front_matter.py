"""An annotation file's front matter: YAML with its dates kept as text, split from the Markdown body.

Bad YAML is a Problem with PyYAML's own words and line, whichever parser is installed; so is a
quote that YAML cut short at ' #', which would otherwise highlight fewer words without a word.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from frontmatter.default_handlers import YAMLHandler

from hooks.core.datafiles import (
    FastSafeLoader,
    SafeLoader,
    describe_yaml_error,
    refuse_repeated_collections,
)
from hooks.core.problems import Problem


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


def split_front_matter(path: str, text: str) -> tuple[dict[str, Any] | None, str, list[Problem]]:
    """Separate YAML front matter from the Markdown body; bad YAML is a Problem."""
    handler = AnnotationYAMLHandler()
    if not handler.detect(text):
        return None, text, [Problem(path, "front matter", "is missing", "start the file with a '---' block")]
    try:
        front, body = handler.split(text)
    except ValueError:
        return None, text, [Problem(path, "front matter", "the opening '---' is never closed", "add a '---' line")]
    try:
        data = handler.load(front)
    except yaml.YAMLError as error:
        message, hint = describe_yaml_error(error)  # numbered as in the file (its text starts after line 1)
        return None, body, [Problem(path, "front matter", message, hint or "fix the YAML")]
    if not isinstance(data, dict):
        return None, body, [Problem(path, "front matter", "is not a mapping of fields", "write 'field: value' lines")]
    return data, body, []


# A plain (unquoted) `quote:` value with ' #' in it: YAML ends the value there and reads a comment.
RE_COMMENTED_QUOTE = re.compile(r"^[ \t]*quote:[ \t]*[^'\"\s][^\n]*[ \t]#", re.MULTILINE)


def quote_cut_by_comment(path: str, text: str) -> Problem | None:
    """A quote that YAML cut at ' #': the words after it would be left out of the highlight without a word.

    Only the writer knows whether ' # …' was words of the quote or a comment of theirs (the reference
    example in annotations/README.md comments its fields), so the line offers the fix for each.
    """
    if not RE_COMMENTED_QUOTE.search(text):
        return None  # nearly every file: decided without parsing it again
    try:
        root = yaml.compose(AnnotationYAMLHandler().split(text)[0], Loader=SafeLoader)  # noqa: S506 (a SafeLoader)
    except (ValueError, yaml.YAMLError):
        return None  # reported as the front matter's own problem
    quote = child(child(root, "target"), "quote")
    if not isinstance(quote, yaml.ScalarNode) or quote.style is not None:
        return None
    rest = quote.end_mark.buffer[quote.end_mark.pointer :].split("\n", 1)[0]
    if not rest.lstrip().startswith("#"):
        return None
    words, comment = quote.value.replace("'", "''"), rest.strip()
    whole = f"{quote.value}{rest}".strip().replace("'", "''")
    message = f"YAML ends the quote '{quote.value}' at ' #' and reads '{comment}' as a comment"
    as_words, as_comment = f"quote: '{whole}'", f"quote: '{words}'  {comment}"
    if re.match(r"[ \t]{2,}# ", rest):  # laid out as a comment is: offer that reading first
        hint = f"put the quote alone in quotes: {as_comment}; if '{comment}' is words of the quote, {as_words}"
    else:
        hint = f"put the quote in quotes: {as_words}; if '{comment}' is a comment, {as_comment}"
    return Problem(path, "target.quote", message, hint)


def child(node: yaml.Node | None, key: str) -> yaml.Node | None:
    """The value of `key` in a mapping node; None when the node is no mapping or lacks it."""
    if not isinstance(node, yaml.MappingNode):
        return None
    return next((value for name, value in node.value if isinstance(name, yaml.ScalarNode) and name.value == key), None)
