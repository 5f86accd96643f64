"""The templates `theme.static_templates` names that neither the theme nor `custom_dir` holds, one line each.

MkDocs renders each named template as a page of its own; one its theme's folders lack it skips with a warning
("Template skipped: 'nope.html' not found in theme directories"), which fails the strict build, while make check
said OK. Looked up as MkDocs looks them up, in the theme's Jinja environment (`missing_templates`): make check's
and the build's lines, one function's. The build then leaves each name out (`rendered_templates`), so MkDocs skips
nothing and its own warning does not say the line twice.
"""

from __future__ import annotations

import difflib
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from hooks.core.problems import Problem
from hooks.core.project_folders import CONFIG
from hooks.core.theme_shapes import theme_shape_problems
from hooks.core.yaml_lines import in_backticks

FIELD = "theme.static_templates"
WARNS = "MkDocs skips it and warns (the strict build fails)"
FIX = f"name a template the theme or {in_backticks('custom_dir')} has, or remove it"


def missing_template_problems(missing: Sequence[str], templates: Collection[str]) -> list[Problem]:
    """One line per name of `missing` (in `static_templates`, found in no theme folder), offering a close template.

    `templates`: the names the theme's folders hold, for the offer (`404.htm`: did you mean `404.html`?).
    """
    problems, offered = [], sorted(templates)
    for name in missing:
        message = f"{in_backticks(name)} is no template of the theme or {in_backticks('custom_dir')}: {WARNS}"
        close = difflib.get_close_matches(name, offered, n=1, cutoff=0.8)
        problems.append(Problem(CONFIG, FIELD, message, f"did you mean {in_backticks(close[0])}?" if close else FIX))
    return problems


def missing_templates(environment: Any, written: Iterable[str]) -> list[str]:
    """The names of `written` the theme's Jinja environment finds no template for, as MkDocs' build asks it.

    MkDocs' `_build_theme_template` skips one not found; one found but not read is the build's own error.
    """
    from jinja2 import TemplateError, TemplateNotFound  # MkDocs' templating library, not MkDocs

    missing = []
    for name in written:
        try:
            environment.get_template(name)
        except TemplateNotFound:
            missing.append(name)
        except TemplateError:  # found, but not read: the build names it in Jinja's words
            continue
    return missing


def rendered_templates(theme: object, templates: Collection[object], environment: Any) -> tuple[set, list[Problem]]:
    """The templates the build is to render (`templates`: MkDocs' `config.theme.static_templates`), and the lines.

    `theme`: `theme:` as written, parents merged in. make check's lines too (`theme_problems`, its shapes checked
    first). One in a shape of its own is make check's one line and no lookup:
    `[5]` stopped our sort on a TypeError, a text (`nope.html`) MkDocs reads letter by letter, 9 "Template skipped"
    warnings. Its entries are left out, as is each name the theme's folders lack after its line: MkDocs skips none.
    """
    written = theme.get("static_templates") if isinstance(theme, dict) else None
    if shapes := [problem for problem in theme_shape_problems(theme) if problem.field == FIELD]:
        entries = written if isinstance(written, str | list) else []
        unshaped = {entry for entry in entries if not isinstance(entry, str)}  # each hashable: in MkDocs' set
        return set(templates) - unshaped - (set(written) if isinstance(written, str) else set()), shapes
    names = sorted(str(template) for template in templates)
    missing = missing_templates(environment, names)
    problems = missing_template_problems(missing, environment.list_templates() if missing else [])
    return set(templates) - set(missing), problems
