"""`site_name` in mkdocs.yml, the edition's title: every page's title and the citations' site name end in it.

MkDocs stops without one, or on one that is not text, in its own words ("Config value 'site_name':
Required configuration not provided"); one that shows nothing, or that a ' #' cut short, it takes,
and every page's tab read "Home - ", or the edition was called 'Migration' for `Migration #2`. The
build (`hooks/adapters/markdown_pipeline.py`) and make check (`hooks/cli/config_file.py`) both name
each with the line made here. One `!ENV` reads from a variable unset or set to nothing is named by
that variable: the file writes no title to fix.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import yaml

from hooks.core.front_matter import not_text_problem
from hooks.core.problems import Problem, named_value
from hooks.core.text import VISIBLE_PATTERN
from hooks.core.yaml_comments import cut_problems, top_level_node, written_scalar
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
        return [not_text_problem(path, SITE_NAME, value, written_scalar(text, SITE_NAME))]
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
    names, default = env_variables(top_level_node(text, SITE_NAME))
    if not names:
        return None
    example = in_backticks(f"{SITE_NAME}: {ENV_TAG} {flow_yaml([*names, EXAMPLE_TITLE])}")
    if (name := next((each for each in names if each in environment), None)) is not None:
        told = f"set to {named_value(environment[name])}" if environment[name] else "set to nothing"
        fix = "unset it for the default" if default else f"unset it and give a default: {example}"
        message = f"{state}: the environment variable {name} it is read from is {told}"
        return Problem(path, SITE_NAME, message, f"set {name} to the edition's title, or {fix}")
    if len(names) == 1:
        unset = f"the environment variable {names[0]} it is read from is not set"
    else:
        unset = f"the environment variables {', '.join(names[:-1])} and {names[-1]} it is read from are not set"
    unset += f", and its default {state}" if default is not None else ""  # `!ENV [VAR, '']`
    hint = f"set {names[0]} to the edition's title, or give a default: {example}"
    return Problem(path, SITE_NAME, f"{state}: {unset}", hint)


def env_variables(node: yaml.Node | None) -> tuple[list[str], str | None]:
    """The variables an `!ENV` value is read from, and its default as written (None without one); none untagged."""
    if node is None or node.tag != ENV_TAG:
        return [], None
    if isinstance(node, yaml.ScalarNode):
        return [node.value], None
    items = node.value if isinstance(node, yaml.SequenceNode) else []
    written = [item.value if isinstance(item, yaml.ScalarNode) else "" for item in items]
    return (written[:-1], written[-1]) if len(written) > 1 else (written, None)
