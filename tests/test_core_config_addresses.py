"""mkdocs.yml's `repo_url` and `edit_uri` (hooks/core/config_addresses.py): one a browser reads no address in is one line.

MkDocs takes `https://github.com:99999/owner/repo`, which `urlsplit` reads: Material linked it from every page and the
Contributing page's form opened its pull request there, a dead link, and neither the build nor make check said so.
"""

from __future__ import annotations

import pytest

from hooks.core.config_addresses import address_setting_problems

REPO = "https://github.com/example/annotated-edition"
HINT = "copy the repository's address from the browser's address bar, e.g. https://github.com/owner/repo"


@pytest.mark.parametrize(
    ("settings", "lines"),
    [
        ({"repo_url": REPO, "edit_uri": "edit/main/docs/"}, []),
        ({}, []),
        ({"repo_url": None, "edit_uri": ""}, []),  # none: Material shows no repository link
        ({"repo_url": "https://github.com/owner/repo", "edit_uri": "https://github.com/owner/repo/edit/main/docs/"}, []),
        ({"repo_url": "https://github.com:99999/owner/repo"}, ["mkdocs.yml: repo_url: 'https://github.com:99999/owner/repo' is no address: its port, '99999', is no number from 0 to 65535 (write https://github.com/owner/repo, or the port's number)"]),
        ({"repo_url": "https://git hub.com/owner/repo"}, ["mkdocs.yml: repo_url: 'https://git hub.com/owner/repo' is no address: its host, 'git hub.com', holds a space (copy the whole address from the browser's address bar)"]),
        ({"repo_url": "https://1.2.3.4.5/owner/repo"}, [f"mkdocs.yml: repo_url: 'https://1.2.3.4.5/owner/repo' is no address: its host, '1.2.3.4.5', cannot be read ({HINT})"]),
        # MkDocs stops on a traceback (urlsplit's ValueError) before any hook runs: make check names it
        ({"repo_url": "http://[x"}, [f"mkdocs.yml: repo_url: 'http://[x' is no address: its host, after '//', cannot be read ({HINT})"]),
        ({"repo_url": REPO, "edit_uri": "https://a|b.org/edit/"}, ["mkdocs.yml: edit_uri: 'https://a|b.org/edit/' is no address: its host, 'a|b.org', holds '|' (copy the whole address from the browser's address bar)"]),
        (["not", "settings"], []),  # the shapes' own lines
    ],
)  # fmt: skip
def test_a_repository_address_no_browser_reads_is_one_line(settings: object, lines: list[str]) -> None:
    assert [str(problem) for problem in address_setting_problems("mkdocs.yml", settings)] == lines
