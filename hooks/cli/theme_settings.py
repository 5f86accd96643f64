"""The names a theme reads, for make check's line on one written at the top of mkdocs.yml (`features:`).

MkDocs checks no theme option's name, and a template reads `config.theme.palette` or `config.extra.analytics`
whatever the top of mkdocs.yml holds: written there, MkDocs warns of the name, and its place is under `theme:` or
`extra:`, which the line says. The theme's own names, not a list here: MkDocs' `Theme`'s keywords (`custom_dir`,
`locale`), the options the theme's `mkdocs_theme.yml` declares (Material's `features`, `font`), and those its
templates and `custom_dir`'s read, parsed by Jinja (`palette`, `logo`, which Material declares nowhere else).
Imported when asked: only a name MkDocs does not know has the templates read. And `theme:` itself, checked by
MkDocs' own `Theme` option (`theme_problems`), which make check never ran: a theme the build stops on said OK.
"""

from __future__ import annotations

import functools
import inspect
from dataclasses import replace
from pathlib import Path

from hooks.core.config_file import CONFIG
from hooks.core.problems import Problem
from hooks.core.project_folders import DOCS
from hooks.core.relative_tags import RelativeTag, path_setting_problem, placed
from hooks.core.theme_setting import theme_folder, theme_parts
from hooks.core.theme_shapes import theme_shape_problems
from hooks.core.theme_templates import rendered_templates
from hooks.core.yaml_lines import in_backticks

# The settings of mkdocs.yml a template reads names of, as `config.theme.palette`, `config.extra.analytics`
READ_SETTINGS = ("theme", "extra")
THEME_HINT = (
    f"write it as the edition's: {in_backticks('theme:')} with {in_backticks('name: material')}"
    f" and {in_backticks('custom_dir: overrides')} below it"
)


def theme_problems(root: Path, theme: object) -> list[Problem]:
    """The line for a `theme:` MkDocs refuses, in its words: its own check (`config_options.Theme`), not rules of ours.

    A theme not installed (`name: materiall`), no name, a `custom_dir` that is no folder, `theme: 5`: the build
    stopped, and make check said OK, or only that Material's search has no option `fields`. A value MkDocs' check
    meets with a TypeError (`custom_dir: null`) is named by its field first: make check stopped on a traceback.
    A `!relative` is worked out first, as the build works it out (`placed`). Checked past MkDocs' check: each
    `static_templates` name the theme's folders lack, which MkDocs skips with a warning (`rendered_templates`).
    """
    from mkdocs.config import config_options
    from mkdocs.config.base import ValidationError

    if isinstance(theme, RelativeTag):  # MkDocs names its own placeholder's class ("Invalid type <class …>")
        return [replace(path_setting_problem(CONFIG, "theme", theme), hint=THEME_HINT)]
    if shapes := theme_shape_problems(theme):  # `custom_dir: null`: MkDocs' check stops on a TypeError
        return shapes
    option = config_options.Theme(default="mkdocs")  # as MkDocsConfig's `theme`
    option.config_file_path = str(root / CONFIG)  # `custom_dir` from mkdocs.yml's folder (its `pre_validation`)
    # `!relative $config_dir/x`: the folder MkDocs reads; in new dicts, as MkDocs makes `custom_dir` absolute in them
    worked_out = placed(theme, str(root), str(root / DOCS))
    try:
        loaded = option.validate(worked_out)
    except (ValidationError, TypeError) as error:  # TypeError: a shape not foreseen (`5: x`), in MkDocs' words
        return [Problem(CONFIG, "theme", str(error), THEME_HINT)]
    written = theme.get("static_templates") if isinstance(theme, dict) else None
    return rendered_templates(theme, written or [], loaded.get_env())[1]  # the build's lines, in its order


def theme_placed(root: Path, theme: object) -> dict[str, str]:
    """Each name of the configured theme (mkdocs.yml's `theme`, as written), by the setting it goes under."""
    if theme is None:
        return placed_names("mkdocs", None)
    name = theme_parts(theme)[0]
    return placed_names(name if isinstance(name, str) else None, theme_folder(theme, str(root), str(root / DOCS)))


@functools.cache
def placed_names(name: str | None, custom_dir: str | None) -> dict[str, str]:
    """The theme's names, once a run: an option of the theme under `theme`, a value its templates read under `extra`.

    A theme not installed (its own line) has MkDocs' keywords alone, and `custom_dir`'s templates.
    """
    from mkdocs.config.base import ValidationError
    from mkdocs.theme import Theme

    keywords = [word for word in inspect.signature(Theme).parameters if word != "user_config"]
    try:
        theme = Theme(name=name, custom_dir=custom_dir)
        options, folders = list(theme), theme.dirs
    except (ValidationError, KeyError, OSError):
        options, folders = [], [custom_dir] if custom_dir else []
    read = template_reads(tuple(folders))
    placed = dict.fromkeys(read["extra"], "extra")
    return placed | dict.fromkeys([*keywords, *options, *read["theme"]], "theme")


def template_reads(folders: tuple[str, ...]) -> dict[str, set[str]]:
    """The names of `theme` and `extra` the templates of `folders` read (`config.theme.palette`), by Jinja's parser."""
    import jinja2
    from jinja2 import nodes

    environment = jinja2.Environment(autoescape=True)
    read: dict[str, set[str]] = {setting: set() for setting in READ_SETTINGS}
    for folder in folders:
        for path in sorted(Path(folder).rglob("*.html")) if Path(folder).is_dir() else []:
            try:
                tree = environment.parse(path.read_text(encoding="utf-8"))
            except (jinja2.TemplateSyntaxError, OSError, UnicodeDecodeError):
                continue  # the build names a template it cannot read; no name is learnt from it
            for node in tree.find_all(nodes.Getattr):
                owner = node.node
                if isinstance(owner, nodes.Getattr) and owner.attr in read and is_config(owner.node):
                    read[owner.attr].add(node.attr)
    return read


def is_config(node: object) -> bool:
    """Whether a template's node is the name `config`, MkDocs' settings as a template reads them."""
    from jinja2 import nodes

    return isinstance(node, nodes.Name) and node.name == "config"
