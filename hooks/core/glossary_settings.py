"""The glossary's settings in mkdocs.yml (`extra.glossary`): how terms are linked, how many uses are listed.

Read from the `extra` mapping, not from MkDocs' config object, so that any engine reading the
same file gets the same values and the same one-line problems: the build and `make check` both
report `settings_problems`.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import Any

from hooks.core.glossary_page import USED_IN
from hooks.core.problems import Problem, named_value, yaml_shown
from hooks.core.project_folders import CONFIG
from hooks.core.yaml_lines import in_backticks

LINK_MODES = ("first", "all")
SETTINGS = ("link", "used_in")


def glossary_settings(extra: Mapping[str, Any]) -> Mapping[str, Any]:
    """`extra.glossary`, empty when it is missing or not a mapping."""
    settings = extra.get("glossary") or {}
    return settings if isinstance(settings, dict) else {}


def link_mode(extra: Mapping[str, Any]) -> tuple[str, list[Problem]]:
    """`extra.glossary.link`: link the first occurrence per page (default) or all."""
    return checked_link_mode(glossary_settings(extra).get("link", "first"), CONFIG, "extra.glossary.link")


def checked_link_mode(mode: object, path: str, field: str) -> tuple[str, list[Problem]]:
    """A link mode where `path` sets it at `field` (mkdocs.yml's, or the extension's own `link` option)."""
    if isinstance(mode, str) and mode in LINK_MODES:
        return mode, []
    hint = "write 'first' (the first occurrence per page) or 'all'"
    return "first", [Problem(path, field, f"unknown link mode {named_value(mode)}", hint)]


def used_in_setting(extra: Mapping[str, Any]) -> tuple[int, list[Problem]]:
    """`extra.glossary.used_in`: a whole number of paragraphs ≥ 1 (default USED_IN)."""
    value = glossary_settings(extra).get("used_in", USED_IN)
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value, []
    hint = f"the number of paragraphs listed per term, e.g. {in_backticks(f'used_in: {USED_IN}')}"
    message = f"must be a whole number ≥ 1, not {named_value(value)}"
    return USED_IN, [Problem(CONFIG, "extra.glossary.used_in", message, hint)]


def settings_problems(extra: Mapping[str, Any]) -> list[Problem]:
    """Every line `extra.glossary` gives: not settings, a setting it does not know, a value it does not take.

    MkDocs keeps whatever `extra` holds, so a misspelt setting (`usedin: 5`) or settings indented
    under another key left the default in place in silence.
    """
    settings = extra.get("glossary")
    if settings is not None and not isinstance(settings, dict):
        example = in_backticks("link: first")
        hint = f"write each setting on its own line below `glossary:`, indented 2 spaces more: {example}"
        return [Problem(CONFIG, "extra.glossary", f"must be settings, not {named_value(settings)}", hint)]
    unknown = [unknown_setting(name) for name in settings or {} if name not in SETTINGS]
    return unknown + link_mode(extra)[1] + used_in_setting(extra)[1]


def unknown_setting(name: object) -> Problem:
    """The line for a key of `extra.glossary` that is no setting: the closest one, or all of them."""
    written = name if isinstance(name, str) else yaml_shown(name)  # `~: 5` is `null`, as YAML shows it
    close = difflib.get_close_matches(written, SETTINGS, n=1, cutoff=0.6)
    known = ", ".join(map(in_backticks, SETTINGS))
    hint = f"did you mean {in_backticks(close[0])}?" if close else f"the glossary's settings: {known}"
    return Problem(CONFIG, f"extra.glossary.{written}", "is no glossary setting", hint)
