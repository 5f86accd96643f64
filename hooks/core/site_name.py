"""`site_name` in mkdocs.yml, the edition's title: every page's title and the citations' site name end in it.

MkDocs stops without one, or on one that is not text, in its own words ("Config value 'site_name':
Required configuration not provided"); one that shows nothing, or that a ' #' cut short, it takes,
and every page's tab read "Home - ", or the edition was called 'Migration' for `Migration #2`. The
build (`hooks/adapters/markdown_pipeline.py`) and make check (`hooks/cli/config_file.py`) both name
each with the line made here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from hooks.core.front_matter import not_text_problem
from hooks.core.problems import Problem
from hooks.core.text import VISIBLE_PATTERN
from hooks.core.yaml_comments import cut_problems, written_scalar
from hooks.core.yaml_lines import line_to_write

SITE_NAME = "site_name"
SITE_NAME_HINT = f"write the edition's title, e.g. {line_to_write(SITE_NAME, 'An annotated edition')}"


def site_name_problems(path: str, settings: Mapping[str, Any], text: str) -> list[Problem]:
    """The one line for a `site_name` missing, empty, not text, blank or cut short by ' #'; none for a title.

    `text` is the file as written, for the words YAML read otherwise (`yes`, `Goal #3`): offered as
    written, in quotes, as every text field of the edition is.
    """
    if SITE_NAME not in settings:
        return [Problem(path, SITE_NAME, "is missing", SITE_NAME_HINT)]
    if cut := cut_problems(path, text, [(SITE_NAME,)]):  # `#Migration` emptied it, `Migration #2` cut it
        return cut
    value = settings[SITE_NAME]
    if value is not None and not isinstance(value, str):
        return [not_text_problem(path, SITE_NAME, value, written_scalar(text, SITE_NAME))]
    if not value:
        return [Problem(path, SITE_NAME, "is empty", SITE_NAME_HINT)]
    if not re.search(VISIBLE_PATTERN, value):  # spaces and invisible characters alone show nothing
        return [Problem(path, SITE_NAME, "is blank", SITE_NAME_HINT)]
    return []
