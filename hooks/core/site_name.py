"""`site_name` in mkdocs.yml, the edition's title: every page's title and the citations' site name end in it.

MkDocs stops without one, or on one that is not text, in its own words ("Config value 'site_name':
Required configuration not provided"); one that shows nothing, or that a ' #' cut short, it takes,
and every page's tab read "Home - ", or the edition was called 'Migration' for `Migration #2`. The
build (`hooks/adapters/markdown_pipeline.py`) and make check (`hooks/core/config_file.py`) both name
each with the line made here. One `!ENV` reads from a variable unset, set to nothing or to a word
YAML reads as no text (`yes`, `2010`: MkDocs stops on it) is named by that variable and its value:
the file writes no title to fix.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Mapping
from typing import Any

import yaml

from hooks.core.page_fields import not_text_problem
from hooks.core.problems import Problem, named_value, yaml_shown
from hooks.core.text import VISIBLE_PATTERN, in_series
from hooks.core.yaml_as_written import written_scalar
from hooks.core.yaml_comments import cut_problems
from hooks.core.yaml_lines import flow_yaml, in_backticks, line_to_write, value_to_write
from hooks.core.yaml_nodes import top_level_node

SITE_NAME = "site_name"
EXAMPLE_TITLE = "An annotated edition"
SITE_NAME_HINT = f"write the edition's title, e.g. {line_to_write(SITE_NAME, EXAMPLE_TITLE)}"
NOT_TEXT = "is not text"
READ_AS = ((bool, "a yes/no value"), ((int, float), "a number"), ((datetime.date,), "a date"))
ENV_TAG = "!ENV"  # MkDocs' tag reading a value from the environment (yaml_env_tag): `!ENV [VAR, 'Default']`


def site_name_problems(
    path: str, settings: Mapping[str, Any], text: str, environment: Mapping[str, str]
) -> list[Problem]:
    """The one line for a `site_name` missing, empty, not text, blank or cut short by ' #'; none for a title.

    `text` is the file as written, for the words YAML read otherwise (`yes`, `Goal #3`): offered as
    written, in quotes, as every text field of the edition is. `environment` is the one `settings`
    were read in: a title `!ENV` reads from a variable unset, empty or not text names the variable.
    """
    if SITE_NAME not in settings:
        return [Problem(path, SITE_NAME, "is missing", SITE_NAME_HINT)]
    if cut := cut_problems(path, text, [(SITE_NAME,)]):  # `#Migration` emptied it, `Migration #2` cut it
        return cut
    value = settings[SITE_NAME]
    if value is not None and not isinstance(value, str):
        written = written_scalar(text, SITE_NAME)
        return [env_problem(path, text, environment, value) or not_text_problem(path, SITE_NAME, value, written)]
    if (state := title_state(value)) is None:
        return []
    return [env_problem(path, text, environment, value) or Problem(path, SITE_NAME, state, SITE_NAME_HINT)]


def title_state(value: object) -> str | None:
    """Why a value read is no title ("is empty", "is blank", "is not text"); None for one that shows."""
    if value is not None and not isinstance(value, str):
        return NOT_TEXT
    if not value:
        return "is empty"
    return None if re.search(VISIBLE_PATTERN, value) else "is blank"  # spaces and invisible characters alone


def env_problem(path: str, text: str, environment: Mapping[str, str], value: object) -> Problem | None:
    """The line for a title `!ENV` read as no title: the variable named, unset or set to what, and the fix.

    "is empty" alone sent the contributor to a file that writes a variable's name, not a title; a
    value YAML reads as no text (`yes`, `2010`) was offered the variable's name in quotes. As
    yaml_env_tag reads it: the first variable set gives the value (nothing, to YAML, is null), read
    as YAML reads a plain word; the last item of a list of two or more is the default. None for a
    title written in the file.
    """
    if (read := env_variables(top_level_node(text, SITE_NAME))) is None:
        return None
    names, default = read
    state = title_state(value)
    if not any(names):  # `site_name: !ENV`, `!ENV []`: no variable to name, nor to set
        hint = f"write the variable's name after it, {in_backticks(f'{SITE_NAME}: {ENV_TAG} EDITION_TITLE')}"
        message = f"{state}: its {ENV_TAG} names no environment variable"
        return Problem(path, SITE_NAME, message, f"{hint}, or the edition's title itself")
    example = in_backticks(f"{SITE_NAME}: {ENV_TAG} {flow_yaml([*names, EXAMPLE_TITLE])}")
    if (name := next((each for each in names if each in environment), None)) is not None:
        return set_variable_problem(path, name, environment[name], value, default, example)
    unset = f"the environment variable {names[0]} it is read from is not set"
    if len(names) > 1:
        unset = f"the environment variables {in_series(names)} it is read from are not set"
    if state == NOT_TEXT and isinstance(default, yaml.ScalarNode):  # `!ENV [VAR, 2010]`: the default, quoted
        reading = yaml_reading(default.value, value)
        quoted = in_backticks(f"{SITE_NAME}: {ENV_TAG} {flow_yaml([*names, default.value])}")
        hint = f"put the default in quotes: {quoted}, or set {names[0]} to the edition's title"
        return Problem(
            path, SITE_NAME, f"{state}: {unset}, and YAML reads its default, {default.value}, as {reading}", hint
        )
    unset += f", and its default {state}" if default is not None else ""  # `!ENV [VAR, '']`
    hint = f"set {names[0]} to the edition's title, or give a default: {example}"
    return Problem(path, SITE_NAME, f"{state}: {unset}", hint)


def set_variable_problem(
    path: str, name: str, set_to: str, value: object, default: yaml.Node | None, example: str
) -> Problem:
    """A title read from variable `name`, set to `set_to`, that is none: quoted inside it, or the default, is one."""
    state = title_state(value)
    told = f"set to {named_value(set_to)}" if set_to else "set to nothing"
    if state == NOT_TEXT:  # its name in quotes, as a title written in the file is offered, would be the title
        message = f"{state}: the environment variable {name} it is read from is {told}, which YAML reads as"
        inside = f"set {name} to {value_to_write(set_to)}, quotes and all"
        in_file = f"write the title in mkdocs.yml: {line_to_write(SITE_NAME, set_to)}"
        hint = f"put the value in quotes inside the variable: {inside}; or {in_file}"
        return Problem(path, SITE_NAME, f"{message} {yaml_reading(set_to, value)}", hint)
    message = f"{state}: the environment variable {name} it is read from is {told}"
    default_state = default_title_state(default)
    if default_state is None:
        fix = "unset it for the default"
    else:  # unset, the default gives no title either: `!ENV [VAR, ~]`
        message += f", and its default {default_state}" if default is not None else ""
        fix = f"unset it and give a default: {example}"
    return Problem(path, SITE_NAME, message, f"set {name} to the edition's title, or {fix}")


def yaml_reading(written: str, value: object) -> str:
    """What YAML read a word that is no text as: "a number"; "a yes/no value, true" where it shows otherwise."""
    kind = next((kind for types, kind in READ_AS if isinstance(value, types)), "no text")
    shown = yaml_shown(value)  # `!!binary "eA=="`: what YAML read, beside what was written
    return kind if shown == written else f"{kind}, {shown}"


def default_title_state(default: yaml.Node | None) -> str | None:
    """Why an `!ENV` default gives no title ("is missing", "is empty", "is not text"…); None for one that does.

    Read as yaml_env_tag constructs it (`~`: None, `2010`: 2010). One YAML cannot construct, with a
    tag of its own (`!ENV` in a default), is no text the build takes: it "is not text".
    """
    if default is None:
        return "is missing"
    try:
        value = yaml.constructor.SafeConstructor().construct_object(default, deep=True)
    except yaml.YAMLError:
        return NOT_TEXT
    return title_state(value)


def env_variables(node: yaml.Node | None) -> tuple[list[str], yaml.Node | None] | None:
    """The variables an `!ENV` value is read from, and its default's node (None without one); None untagged.

    Untagged is not an `!ENV` of no variables (`!ENV []`), which has its own line.
    """
    if node is None or node.tag != ENV_TAG:
        return None
    if isinstance(node, yaml.ScalarNode):
        return [node.value], None
    items = node.value if isinstance(node, yaml.SequenceNode) else []
    written = [item.value if isinstance(item, yaml.ScalarNode) else "" for item in items]
    return (written[:-1], items[-1]) if len(items) > 1 else (written, None)
