"""The values under `theme:` that MkDocs' own check (`config_options.Theme`) meets with a traceback, one line each.

MkDocs checks the theme's name against the installed themes and `custom_dir` as a folder, but not their shapes:
`name: [material]` (a list in a set), `custom_dir: null` or `5` (`os.path.isabs`), `static_templates: 5` (iterated)
stop the build on a `TypeError`, before any hook runs, and make check on the same one. Said here, before MkDocs'
check runs, so that make check names the field and its fix where the build cannot.
"""

from __future__ import annotations

import os

from hooks.core.problems import Problem, named_value
from hooks.core.project_folders import CONFIG
from hooks.core.theme_setting import theme_parts
from hooks.core.yaml_lines import in_backticks

NAME_HINT = f"write the theme's name as text, e.g. {in_backticks('name: material')}"
FOLDER_HINT = (
    f"write a folder's path from mkdocs.yml's folder, e.g. {in_backticks('custom_dir: overrides')}, or remove it"
)
TEMPLATES_HINT = (
    f"write a list of the templates' names, e.g. {in_backticks('static_templates: [404.html]')}, or remove it"
)


def theme_shape_problems(theme: object) -> list[Problem]:
    """One line per value of `theme:` in a shape MkDocs' check stops on with a traceback; none for its own refusals."""
    if not isinstance(theme, dict):
        return []  # text, nothing, or a shape MkDocs names itself ("Invalid type …")
    name, custom_dir = theme_parts(theme)
    problems = []
    if name is not None and not isinstance(name, str):
        problems.append(Problem(CONFIG, "theme.name", f"must be a theme's name, not {named_value(name)}", NAME_HINT))
    if "custom_dir" in theme and not isinstance(custom_dir, str | os.PathLike):  # `!relative`: MkDocs' path
        message = f"must be a folder's path, not {named_value(custom_dir)}"
        problems.append(Problem(CONFIG, "theme.custom_dir", message, FOLDER_HINT))
    templates = theme.get("static_templates", [])
    if not isinstance(templates, list) or not all(isinstance(template, str) for template in templates):
        message = f"must be a list of templates' names, not {named_value(templates)}"
        problems.append(Problem(CONFIG, "theme.static_templates", message, TEMPLATES_HINT))
    return problems
