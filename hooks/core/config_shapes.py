"""mkdocs.yml's values in a shape the build refuses, or one that would end in a traceback or be misread: a line each.

Apart from `config_file.py`, which reads the file and merges its parents, and hands the settings here: what kind a
value must be (text, a list, a mapping) is a question of its own, asked of `plugins` and `markdown_extensions` by
`config_plugins.py` and `search_fields.py` too (`listed_entries`), and the reader grew past 300 lines holding both.
"""

from __future__ import annotations

from typing import Any

from hooks.core.anchor_lock import directory_urls_problem
from hooks.core.problems import Problem, named_value
from hooks.core.project_folders import CONFIG
from hooks.core.site_nav import nav_shape_problem
from hooks.core.value_kinds import kind
from hooks.core.yaml_lines import in_backticks, item_to_write, keys_path, line_to_write, yaml_scalar


def shape_problems(config: dict[str, Any]) -> list[Problem]:
    """A line for every value read here in a shape the build refuses, or that would end in a traceback or be misread."""
    return setting_problems(config) + extension_shape_problems(config) + redirect_problems(config)


def setting_problems(config: dict[str, Any]) -> list[Problem]:
    """The settings read here in a shape the build refuses, or one that would end in a traceback or be misread.

    `use_directory_urls: false` (which the build takes) keyed every page here
    by another address than the lock's, and make check said OK to a build that failed.
    """
    problems = []
    if (directory_urls := config.get("use_directory_urls")) is False and (moved := directory_urls_problem(False)):
        problems.append(moved)  # the build's line: every page would move
    elif directory_urls is not None and directory_urls is not True:
        message = f"must be true or false, not {kind(directory_urls)}"
        problems.append(Problem(CONFIG, "use_directory_urls", message, "write true"))
    for option in ("exclude_docs", "draft_docs", "not_in_nav"):
        if config.get(option) is not None and not isinstance(config[option], str):
            hint = f"write it as {in_backticks(f'{option}: |')} and one pattern per line below"
            problems.append(Problem(CONFIG, option, f"must be text, not {kind(config[option])}", hint))
    if config.get("extra") is not None and not isinstance(config["extra"], dict):  # MkDocs' own refusal
        hint = f"write each setting on its own line below {in_backticks('extra:')}, indented 2 spaces more"
        problems.append(Problem(CONFIG, "extra", f"must be settings, not {kind(config['extra'])}", hint))
    if config.get("nav") is not None and (problem := nav_shape_problem(config["nav"])):
        problems.append(problem)
    if (hooks := config.get("hooks")) is not None and not isinstance(hooks, list):  # a shape, as `plugins: 5` is
        hint = f"write one {item_to_write('path')} line per hook"
        problems.append(Problem(CONFIG, "hooks", f"must be a list, not {kind(hooks)}", hint))
    return problems


def extension_shape_problems(config: dict[str, Any]) -> list[Problem]:
    """`markdown_extensions` as the build reads it: a list, each entry a name and its options a mapping.

    `markdown_extensions: attr_list` was read letter by letter.
    """
    entries, problems = listed_entries(config.get("markdown_extensions"), "markdown_extensions", "extension")
    for name, options in entries:
        if options is not None and not isinstance(options, dict):
            entry = in_backticks(f"- {yaml_scalar(name)}:")  # as YAML needs the name: `- 'on':`
            hint = f"write its options below {entry} as {in_backticks('option: value')} lines,"
            hint += " or no ':' for none"
            message = f"its options are {kind(options)}, not a mapping"
            problems.append(Problem(CONFIG, f"markdown_extensions: {name}", message, hint))
    return problems


def redirect_problems(config: dict[str, Any]) -> list[Problem]:
    """`plugins` as the build reads it, and mkdocs-redirects' `redirect_maps` (`redirect_maps: [a.md]` crashed)."""
    entries, problems = listed_entries(config.get("plugins"), "plugins", "plugin")
    redirects = dict(entries).get("redirects")
    if redirects is not None and not isinstance(redirects, dict):
        message = f"its options are {kind(redirects)}, not a mapping"
        return [*problems, Problem(CONFIG, "plugins: redirects", message, MAPS_HINT)]
    maps = (redirects or {}).get("redirect_maps")
    if maps is not None and not isinstance(maps, dict):
        return [*problems, Problem(CONFIG, "redirect_maps", f"must be a mapping, not {kind(maps)}", MAPS_HINT)]
    for old, new in (maps or {}).items():
        if not isinstance(old, str) or not isinstance(new, str) or not new:
            message = f"moves the page to {named_value(new)}, no page" if new else "names no new page"
            problems.append(Problem(CONFIG, f"redirect_maps: {old}", message, MAPS_HINT))
    return problems


MAPS_HINT = (
    f"write each move as a line {line_to_write('old.md', 'new.md')} under {keys_path('redirects', 'redirect_maps')}"
)


def listed_entries(value: object, field: str, what: str) -> tuple[list[tuple[str, Any]], list[Problem]]:
    """`plugins` or `markdown_extensions`, a list of names and one-key mappings, or a mapping: the entries it names.

    And a line for each entry of another kind, or for the whole if it is no list (none named then).
    """
    if value is None:
        return [], []
    if isinstance(value, dict):
        entries = list(value.items())
    elif isinstance(value, list):
        entries = [next(iter(item.items())) if isinstance(item, dict) and len(item) == 1 else (item, None)
                   for item in value]  # fmt: skip
    else:
        hint = f"write one {item_to_write('name')} line per {what}"
        return [], [Problem(CONFIG, field, f"must be a list, not {kind(value)}", hint)]
    problems = [problem for name, _ in entries if (problem := entry_problem(name, field, what))]
    return [(name, options) for name, options in entries if isinstance(name, str)], problems


def entry_problem(name: object, field: str, what: str) -> Problem | None:
    """The line for an entry of `plugins` or `markdown_extensions` that names no plugin or extension."""
    if name == {}:  # `- {}`
        hint = f"write the {what}'s name, e.g. {item_to_write(EXAMPLES[what])}, or remove the entry"
        return Problem(CONFIG, field, "an entry is empty ({})", hint)
    if isinstance(name, dict):  # `- toc:` with its options not indented below it
        names = ", ".join(map(str, name))
        hint = f"start each {what} with '- ', and indent its options 4 spaces more than its name"
        return Problem(CONFIG, field, f"one entry holds {len(name)} names ({names})", hint)
    if not isinstance(name, str):
        hint = f"write the {what}'s name, e.g. {item_to_write(EXAMPLES[what])}"
        return Problem(CONFIG, field, f"{kind(name)} is no {what}'s name", hint)
    return None


EXAMPLES = {"plugin": "search", "extension": "attr_list"}
