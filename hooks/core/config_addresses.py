"""mkdocs.yml's addresses beside `site_url` (`check_site_url`): `repo_url` and `edit_uri`, which MkDocs takes unread.

Material links `repo_url` from every page (`overrides/partials/source.html`), and the Contributing page's form opens
its pull request there (`edit_uri` names the branch): MkDocs asks only for a scheme and a host, so an address no
browser reads (`https://github.com:99999/owner/repo`) was a dead link on every page, said by no line.
"""

from __future__ import annotations

from collections.abc import Mapping

from hooks.core.problems import Problem, named_value
from hooks.core.site_addresses import NO_ADDRESS, split_url, unread_field

ADDRESS_SETTINGS = ("repo_url", "edit_uri")
REPOSITORY_HINT = "copy the repository's address from the browser's address bar, e.g. https://github.com/owner/repo"


def address_setting_problems(path: str, config: object) -> list[Problem]:
    """Each of `repo_url` and `edit_uri` no browser reads an address in, as one line: the rule of a link's line.

    A relative `edit_uri` (`edit/main/docs/`) is read from `repo_url` and names no host of its own. One
    `urlsplit` refuses (`http://[x`) stops MkDocs on a traceback before any hook runs: make check names it.
    """
    if not isinstance(config, Mapping):
        return []  # the shapes' own line
    problems: list[Problem] = []
    for setting in ADDRESS_SETTINGS:
        value = config.get(setting)
        if not isinstance(value, str) or not value:
            continue
        if split_url(value) is None:
            problems.append(Problem(path, setting, f"{named_value(value)} {NO_ADDRESS}", REPOSITORY_HINT))
        else:
            problems += unread_field(path, setting, value, REPOSITORY_HINT)
    return problems
