"""`site_name` in mkdocs.yml, the edition's title: every page's title and the citations' site name end in it.

MkDocs stops without one, or on one that is not text, in its own words ("Config value 'site_name':
Required configuration not provided"); one that shows nothing, or that a ' #' cut short, it takes,
and every page's tab read "Home - ", or the edition was called 'Migration' for `Migration #2`. The
build (`hooks/adapters/markdown_pipeline.py`) and make check (`hooks/cli/config_file.py`) both name
each with the line made here. One `!ENV` reads from a variable unset, set to nothing or to a value
YAML reads as no text (`yes`) is named by that variable: the file writes no title to fix.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import yaml

from hooks.core.front_matter import not_text_problem
from hooks.core.problems import Problem, named_value
from hooks.core.text import VISIBLE_PATTERN
from hooks.core.yaml_comments import cut_problems, not_text, top_level_node, written_scalar
from hooks.core.yaml_lines import flow_yaml, in_backticks, line_to_write

SITE_NAME = "site_name"
EXAMPLE_TITLE = "An annotated edition"
SITE_NAME_HINT = f"write the edition's title, e.g. {line_to_write(SITE_NAME, EXAMPLE_TITLE)}"
ENV_TAG = "!ENV"  # MkDocs' tag reading a value from the environment (yaml_env_tag): `!ENV [VAR, 'Default']`


def site_name_problems(
    path: str, settings: Mapping[str, Any], text: str, environment: Mapping[str, str]
) -> list[Problem]:
    """The one line for a `site_name` missing, empty, not text, blank or cut short by ' #'; none for a title.

    `text` is the file as written, for the words YAML read otherwise (`yes`, `Goal #3`): offered as
    written, in quotes, as every text field of the edition is. `environment` is the one `settings`
    were read in: a title `!ENV` reads from a variable unset or empty names the variable.
    """
    if SITE_NAME not in settings:
        return [Problem(path, SITE_NAME, "is missing", SITE_NAME_HINT)]
    if cut := cut_problems(path, text, [(SITE_NAME,)]):  # `#Migration` emptied it, `Migration #2` cut it
        return cut
    value = settings[SITE_NAME]
    if value is not None and not isinstance(value, str):
        env_line = env_not_text_problem(path, text, environment, value)
        return [env_line or not_text_problem(path, SITE_NAME, value, written_scalar(text, SITE_NAME))]
    state = "is empty" if not value else "is blank"
    if value and re.search(VISIBLE_PATTERN, value):  # spaces and invisible characters alone show nothing
        return []
    return [env_problem(path, text, environment, state) or Problem(path, SITE_NAME, state, SITE_NAME_HINT)]


def env_problem(path: str, text: str, environment: Mapping[str, str], state: str) -> Problem | None:
    """The line for a title `!ENV` read as nothing: the variable named, unset or set to nothing, and the fix.

    "is empty" alone sent the contributor to a file that writes a variable's name, not a title. As
    yaml_env_tag reads it: the first variable set gives the value (nothing, to YAML, is null), the
    last item of a list of two or more is the default. None for a title written in the file.
    """
    if (read := env_variables(top_level_node(text, SITE_NAME))) is None:
        return None
    names, default = read
    if not any(names):  # `site_name: !ENV`: no variable to name, nor to set
        hint = f"write the variable's name after it, {in_backticks(f'{SITE_NAME}: {ENV_TAG} EDITION_TITLE')}"
        message = f"{state}: its {ENV_TAG} names no environment variable"
        return Problem(path, SITE_NAME, message, f"{hint}, or the edition's title itself")
    example = in_backticks(f"{SITE_NAME}: {ENV_TAG} {flow_yaml([*names, EXAMPLE_TITLE])}")
    if (name := first_set(names, environment)) is not None:
        told = f"set to {named_value(environment[name])}" if environment[name] else "set to nothing"
        fix = "unset it for the default" if default else f"unset it and give a default: {example}"
        message = f"{state}: the environment variable {name} it is read from is {told}"
        return Problem(path, SITE_NAME, message, f"set {name} to the edition's title, or {fix}")
    unset = not_set(names) + (f", and its default {state}" if default is not None else "")  # `!ENV [VAR, '']`
    hint = f"set {names[0]} to the edition's title, or give a default: {example}"
    return Problem(path, SITE_NAME, f"{state}: {unset}", hint)


def env_not_text_problem(path: str, text: str, environment: Mapping[str, str], value: object) -> Problem | None:
    """The line for a title `!ENV` read as a number, true or false: the variable's value, or the default, named.

    `not_text_problem` offered the variable's name in quotes as the title (`site_name: 'EDITION_TITLE'`).
    yaml_env_tag reads a variable's value as YAML reads a word unquoted (`yes` is true, quoted or not),
    so such a title can only be written in the file. None for a title written in the file.
    """
    if (read := env_variables(top_level_node(text, SITE_NAME))) is None:
        return None
    names, default = read
    if (name := first_set(names, environment)) is not None:
        message = f"the environment variable {name} it is read from is set to {named_value(environment[name])}"
        hint = f"write the title here in quotes: {line_to_write(SITE_NAME, environment[name])}"
        return Problem(
            path,
            SITE_NAME,
            f"{message}, which YAML reads as {named_value(value)}",
            f"set {name} to the edition's title, or {hint}",
        )
    if default is None:
        return None
    hint = f"put it in quotes: {in_backticks(f'{SITE_NAME}: {ENV_TAG} {flow_yaml([*names, default])}')}"
    return Problem(path, SITE_NAME, f"{not_set(names)}, and its default {not_text(default, value)}", hint)


def first_set(names: list[str], environment: Mapping[str, str]) -> str | None:
    """The variable `!ENV` takes its value from: the first of `names` set, even to nothing."""
    return next((name for name in names if name in environment), None)


def not_set(names: list[str]) -> str:
    """The words saying none of an `!ENV`'s variables is set."""
    if len(names) == 1:
        return f"the environment variable {names[0]} it is read from is not set"
    return f"the environment variables {', '.join(names[:-1])} and {names[-1]} it is read from are not set"


def env_variables(node: yaml.Node | None) -> tuple[list[str], str | None] | None:
    """The variables an `!ENV` value is read from, and its default as written (None without one); None untagged."""
    if node is None or node.tag != ENV_TAG:
        return None
    if isinstance(node, yaml.ScalarNode):
        return [node.value], None
    items = node.value if isinstance(node, yaml.SequenceNode) else []
    written = [item.value if isinstance(item, yaml.ScalarNode) else "" for item in items]
    return (written[:-1], written[-1]) if len(written) > 1 else (written, None)
