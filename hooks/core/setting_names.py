"""The names mkdocs.yml writes, against MkDocs' own schema: one line for each name MkDocs warns of or refuses.

MkDocs warns "Unrecognised configuration name" of a setting its schema lacks (`extra_csss`), at the top and inside
a sub-config it checks (`validation.links`), and of a deprecated one; it refuses one removed (`pages`). The strict
build stops on each before any hook runs, and make check said OK. The schema is MkDocs' (`SettingNames`, read by
`hooks/cli/mkdocs_settings.py`), not a list here: a setting MkDocs adds is known with it. A name of the theme's
written at the top (`features:`) is sent under `theme:` or `extra:` (`hooks/cli/theme_settings.py`). A slip is
offered the name it is of, never one MkDocs sets itself (`mdx_configs`), nor an opposite; a slip of a retired name
(`google_analytic`) is offered it with that name's own guidance (remove it): written as offered, it was refused or
warned of in turn, and sent to `extra:` it was lost. A level's settings are listed without the retired ones.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field

from hooks.core.field_names import closest_field
from hooks.core.problems import Problem
from hooks.core.yaml_lines import in_backticks, joined

CLOSE_NAME = 0.7  # `site_ulr`, `lnag` (a transposition: 0.75) are offered `site_url`, `lang`; `x` is offered none
# A top-level name is one of thirty, many alike (`site_*`, `extra_*`): `site_path` was 0.8 from `site_author`.
# Stricter there, with one slip of a short name (`theem`) still offered (`closest_field`).
CLOSE_TOP = 0.85
# A name meant for a setting no slip away, as other tools name it: offered before any guess (`extra_css` was).
ALIASES = {"extra_js": "extra_javascript"}
# Words with opposite meanings a slip apart: `include_docs` is never offered `exclude_docs`.
OPPOSITES = (("include", "exclude"),)
# MkDocs' loader reads the parent file `INHERIT` names and takes the key out before its names are checked.
LOADER_KEYS = ("INHERIT",)
WARNS = "which MkDocs warns of"
WARNED = f"{WARNS} (the strict build fails)"
UNKNOWN_AT_TOP = "is no setting of MkDocs, which warns of it (the strict build fails)"
TO_EXTRA = f"remove it; a value a template of the theme reads goes under {in_backticks('extra:')}"
INTERNAL = "is MkDocs' own, which refuses it in mkdocs.yml", "remove it; MkDocs sets it itself"


@dataclass(frozen=True)
class Retired:
    """A setting MkDocs' schema keeps only to say so: `refused`, removed (an error), or deprecated (a warning)."""

    refused: bool
    moved_to: str | None = None
    # Said after "remove it": what the configured theme reads in its place (MkDocs: "See the options available on
    # your theme"), `google_analytics` is Material's `extra.analytics`; or a plugin's own words for its option
    # (`plugin_words`), said for a slip of it, whose line is MkDocs' "Unrecognised configuration name"
    instead: str | None = None


@dataclass(frozen=True)
class SettingNames:
    """The names one level of mkdocs.yml may use; the sub-configs among them MkDocs checks; the retired ones."""

    names: tuple[str, ...]
    nested: Mapping[str, SettingNames] = field(default_factory=dict)
    retired: Mapping[str, Retired] = field(default_factory=dict)
    # MkDocs' own, which it sets and refuses from mkdocs.yml: True where it refuses one left empty too
    internal: Mapping[str, bool] = field(default_factory=dict)
    # Names of another setting, each by the one it goes under (`features`: `theme`), said when written here
    placed: Mapping[str, str] = field(default_factory=dict)
    # Those settings written as text (`theme: material`), by that text: a name goes under them as settings only
    as_text: Mapping[str, str] = field(default_factory=dict)

    def offered(self) -> tuple[str, ...]:
        """The names to list as this level's settings: none retired, nor one MkDocs keeps for itself.

        Not what a slip is matched against (`slipped_from`): a slip of a retired name is offered it, with its guidance.
        """
        return tuple(name for name in self.names if name not in self.retired and name not in self.internal)

    def slipped_from(self) -> tuple[str, ...]:
        """The names a slip may be of: those offered, and the retired ones, said with their own guidance."""
        return tuple(name for name in self.names if name not in self.internal)


def unknown_setting_problems(
    path: str, config: Mapping[object, object], schema: SettingNames, where: tuple[str, ...] = ()
) -> list[Problem]:
    """One line per name of `config` MkDocs does not know, or has retired, in the order written; sub-configs within.

    A sub-config that is no mapping is MkDocs' own error, which the shapes' lines say: no name of it is read here.
    """
    problems = []
    for key, value in config.items():
        place = (*where, key if isinstance(key, str) else str(key))
        if not where and key in LOADER_KEYS:
            continue
        if key not in schema.names:
            problems.append(unknown_problem(path, place, schema))
        elif (refuses_empty := schema.internal.get(key)) is not None and (refuses_empty or value is not None):
            problems.append(Problem(path, place[-1], *INTERNAL))
        elif (retired := schema.retired.get(key)) is not None and value is not None:  # as MkDocs: empty is none
            problems.append(retired_problem(path, place[-1], retired))
        elif (nested := schema.nested.get(key)) is not None and isinstance(value, Mapping):
            problems += unknown_setting_problems(path, value, nested, place)
    return problems


def unknown_problem(path: str, place: tuple[str, ...], schema: SettingNames) -> Problem:
    """The line for a name MkDocs does not know: the one meant, if a slip away; else what to do with it."""
    *owner, name = place
    field_name = ".".join(place)
    if not owner:
        return Problem(path, field_name, UNKNOWN_AT_TOP, top_hint(name, schema))
    close = difflib.get_close_matches(name, schema.slipped_from(), n=1, cutoff=CLOSE_NAME)
    level = in_backticks(".".join(owner))
    known = joined(map(in_backticks, schema.offered()))
    hint = meant_hint(close[0], schema) if close else f"the settings of {level} are {known}"
    return Problem(path, field_name, f"is no setting of {level}, {WARNED}", hint)


def top_hint(name: str, schema: SettingNames) -> str:
    """What to do with a top-level name MkDocs does not know: its place, its alias, or the one it is a slip of."""
    if (owner := schema.placed.get(name)) is not None and (text := schema.as_text.get(owner)) is not None:
        mapping = in_backticks(f"{owner}: {{name: {text}, {name}: …}}")  # nothing goes under `theme: material`
        return f"write {in_backticks(f'{owner}:')} as settings, {mapping}, and it under them"
    if owner is not None:
        return f"write it under {in_backticks(f'{owner}:')}"
    meant = ALIASES.get(name) or closest_field(name, schema.slipped_from(), cutoff=CLOSE_TOP)
    if meant is None or meant not in schema.names or opposite(name, meant):
        return TO_EXTRA
    return meant_hint(meant, schema)


def meant_hint(meant: str, schema: SettingNames) -> str:
    """The name a slip is of; a retired one with its own line's guidance, which writing it as offered would meet."""
    if (retired := schema.retired.get(meant)) is None:
        return f"did you mean {in_backticks(meant)}?"
    return retired_slip_hint(meant, retired)


def retired_slip_hint(meant: str, retired: Retired, owner: str = "MkDocs") -> str:
    """The hint for a slip of a retired name (a setting's, a plugin option's): offered with what to do instead."""
    said = f"was removed from {owner}" if retired.refused else f"is deprecated, {WARNS}"
    return f"did you mean {in_backticks(meant)}? It {said}: {retired_fix(retired)}"


def opposite(written: str, meant: str) -> bool:
    """Whether `meant` says the opposite of `written` in a word (`include_docs`, `exclude_docs`): no slip of it."""
    for word, other in zip(written.split("_"), meant.split("_"), strict=False):
        for pair in OPPOSITES:
            if other in pair and word != other:
                contrary = pair[1 - pair.index(other)]
                if ratio(word, contrary) > ratio(word, other):
                    return True
    return False


def ratio(first: str, second: str) -> float:
    """How alike two words are, as difflib weighs them."""
    return difflib.SequenceMatcher(None, first, second).ratio()


def retired_problem(path: str, name: str, retired: Retired) -> Problem:
    """The line for a setting MkDocs has retired: refused once removed, warned of while deprecated."""
    if retired.refused:
        return Problem(path, name, "was removed from MkDocs, which refuses it", retired_fix(retired))
    return Problem(path, name, f"is deprecated, {WARNED}", retired_fix(retired))


def plugin_words(plugin: str, message: str) -> str:
    """A plugin's own message for an option it retired, said after "remove it" (`plugin` as mkdocs.yml names it).

    Material's privacy plugin retired `external_assets` with "Deprecated, use 'assets_fetch'" and no `moved_to`:
    a slip of it (`external_asset`) was offered it with "remove it" alone, the pointer lost. Its words whatever
    they say ("Unsupported option" too): whether they name a replacement is no question for English words here.
    """
    return f"the {plugin} plugin says: {message}"


def retired_fix(retired: Retired) -> str:
    """What to do with a retired setting: write it under the name MkDocs moved it to, else remove it (say what for)."""
    if retired.moved_to:
        return f"write it as {in_backticks(f'{retired.moved_to}:')}"
    return f"remove it; {retired.instead}" if retired.instead else "remove it"
