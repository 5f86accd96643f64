"""The names mkdocs.yml writes, against MkDocs' own schema: one line for each name MkDocs warns of or refuses.

MkDocs warns "Unrecognised configuration name" of a setting its schema lacks (`extra_csss`), at the top and inside
a sub-config it checks (`validation.links`), and of a deprecated one; it refuses one removed (`pages`). The strict
build stops on each before any hook runs, and make check said OK. The schema is MkDocs' (`SettingNames`, read by
`hooks/cli/mkdocs_settings.py`), not a list here: a setting MkDocs adds is known with it.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field

from hooks.core.problems import Problem
from hooks.core.yaml_lines import in_backticks

CLOSE_NAME = 0.7  # `site_ulr`, `lnag` (a transposition: 0.75) are offered `site_url`, `lang`; `x` is offered none
WARNED = "which MkDocs warns of (the strict build fails)"
TO_EXTRA = f"remove it; a value a template of the theme reads goes under {in_backticks('extra:')}"


@dataclass(frozen=True)
class Retired:
    """A setting MkDocs' schema keeps only to say so: `refused`, removed (an error), or deprecated (a warning)."""

    refused: bool
    moved_to: str | None = None


@dataclass(frozen=True)
class SettingNames:
    """The names one level of mkdocs.yml may use; the sub-configs among them MkDocs checks; the retired ones."""

    names: tuple[str, ...]
    nested: Mapping[str, SettingNames] = field(default_factory=dict)
    retired: Mapping[str, Retired] = field(default_factory=dict)


def unknown_setting_problems(
    path: str, config: Mapping[object, object], schema: SettingNames, where: tuple[str, ...] = ()
) -> list[Problem]:
    """One line per name of `config` MkDocs does not know, or has retired, in the order written; sub-configs within.

    A sub-config that is no mapping is MkDocs' own error, which the shapes' lines say: no name of it is read here.
    """
    problems = []
    for key, value in config.items():
        place = (*where, key if isinstance(key, str) else str(key))
        if key not in schema.names:
            problems.append(unknown_problem(path, place, schema))
        elif (retired := schema.retired.get(key)) is not None and value is not None:  # as MkDocs: empty is none
            problems.append(retired_problem(path, place[-1], retired))
        elif (nested := schema.nested.get(key)) is not None and isinstance(value, Mapping):
            problems += unknown_setting_problems(path, value, nested, place)
    return problems


def unknown_problem(path: str, place: tuple[str, ...], schema: SettingNames) -> Problem:
    """The line for a name MkDocs does not know: the one meant, if a slip away; else what to do with it."""
    *owner, name = place
    field_name = ".".join(place)
    close = difflib.get_close_matches(name, schema.names, n=1, cutoff=CLOSE_NAME)
    if not owner:
        hint = f"did you mean {in_backticks(close[0])}?" if close else TO_EXTRA
        return Problem(path, field_name, "is no setting of MkDocs, which warns of it (the strict build fails)", hint)
    level = in_backticks(".".join(owner))
    hint = f"did you mean {in_backticks(close[0])}?" if close else f"the settings of {level} are {listed(schema.names)}"
    return Problem(path, field_name, f"is no setting of {level}, {WARNED}", hint)


def retired_problem(path: str, name: str, retired: Retired) -> Problem:
    """The line for a setting MkDocs has retired: refused once removed, warned of while deprecated."""
    hint = f"write it as {in_backticks(f'{retired.moved_to}:')}" if retired.moved_to else "remove it"
    if retired.refused:
        return Problem(path, name, "was removed from MkDocs, which refuses it", hint)
    return Problem(path, name, f"is deprecated, {WARNED}", hint)


def listed(names: tuple[str, ...]) -> str:
    """Names in backticks, the last after 'and'."""
    quoted = [in_backticks(name) for name in names]
    return quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} and {quoted[-1]}"
