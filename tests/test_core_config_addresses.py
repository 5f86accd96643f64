"""mkdocs.yml's addresses (hooks/core/config_addresses.py): `site_url`, `repo_url`, `edit_uri`.

MkDocs takes `https://github.com:99999/owner/repo`, which `urlsplit` reads: Material linked it from every page and the
Contributing page's form opened its pull request there, a dead link, and neither the build nor make check said so.
"""

from __future__ import annotations

import pytest

from hooks.core.config_addresses import address_setting_problems, check_site_url, usable_site_url

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
        # a browser reads a backslash as a slash (`site_url`'s rule): the host `git`, and the link leads elsewhere
        ({"repo_url": "https://git\\hub.com/owner/repo"}, [f"mkdocs.yml: repo_url: 'https://git\\hub.com/owner/repo' is no address: its host, 'git\\hub.com', holds '\\' ({HINT})"]),
        ({"repo_url": REPO, "edit_uri": "https://git\\hub.com/owner/repo/edit/main/docs/"}, [f"mkdocs.yml: edit_uri: 'https://git\\hub.com/owner/repo/edit/main/docs/' is no address: its host, 'git\\hub.com', holds '\\' ({HINT})"]),
        ({"repo_url": REPO, "edit_uri": "edit\\main/docs/"}, []),  # read from repo_url: no host of its own
        (["not", "settings"], []),  # the shapes' own lines
    ],
)  # fmt: skip
def test_a_repository_address_no_browser_reads_is_one_line(settings: object, lines: list[str]) -> None:
    assert [str(problem) for problem in address_setting_problems("mkdocs.yml", settings)] == lines


@pytest.mark.parametrize(
    ("site_url", "line"),
    [
        ("https://owner.github.io/repo/", None),
        ("http://127.0.0.1:8000/", None),
        ("", None),  # none: SITE_URL set to nothing, which the build takes
        (None, None),
        ("owner.github.io/repo", "mkdocs.yml: site_url: 'owner.github.io/repo' has no scheme (write SITE_URL=https://owner.github.io/repo)"),
        ("//owner.github.io/repo/", "mkdocs.yml: site_url: '//owner.github.io/repo/' has no scheme (write SITE_URL=https://owner.github.io/repo/)"),
        ("localhost:8000/", "mkdocs.yml: site_url: 'localhost:8000/' has no scheme (write SITE_URL=https://localhost:8000/)"),
        ("https:///repo/", "mkdocs.yml: site_url: 'https:///repo/' is no address: it names no host after '//' (write SITE_URL=https://host/path/)"),
        # in repo_url's words (`NO_ADDRESS`), the one line of an address `urlsplit` refuses
        ("http://[x/", "mkdocs.yml: site_url: 'http://[x/' is no address: its host, after '//', cannot be read (write SITE_URL=https://host/path/)"),
        (123, "mkdocs.yml: site_url: 123 is no address (write SITE_URL=https://host/path/)"),  # SITE_URL=123, read by YAML
        # the hint pasted a scheme before the one there; a quote doubled; a port that is none passed, checking nothing
        ("https:/owner.github.io/repo/", "mkdocs.yml: site_url: 'https:/owner.github.io/repo/' is no address: it names no host after '//' (write SITE_URL=https://owner.github.io/repo/)"),
        ("https:owner.github.io/repo/", "mkdocs.yml: site_url: 'https:owner.github.io/repo/' is no address: it names no host after '//' (write SITE_URL=https://owner.github.io/repo/)"),
        ("https://@/", "mkdocs.yml: site_url: 'https://@/' is no address: it names no host after '//' (write SITE_URL=https://host/path/)"),
        # a browser reads a backslash as a slash: the host `a`, and every permanent link's path under `/b/`
        ("https://a\\b/repo/", "mkdocs.yml: site_url: 'https://a\\b/repo/' is no address: its host, 'a\\b', holds '\\' (copy the whole address from the browser's address bar)"),
        ("https://owner.github.io\\repo/", "mkdocs.yml: site_url: 'https://owner.github.io\\repo/' is no address: its host, 'owner.github.io\\repo', holds '\\' (copy the whole address from the browser's address bar)"),
        ("https://:80/repo/", "mkdocs.yml: site_url: 'https://:80/repo/' is no address: it names no host after '//' (write SITE_URL=https://host/path/)"),
        ("mailto:a@b", "mkdocs.yml: site_url: 'mailto:a@b' is not a web address (its scheme is 'mailto', not http or https) (write SITE_URL=https://host/path/)"),
        ("ftp://owner.github.io/repo/", "mkdocs.yml: site_url: 'ftp://owner.github.io/repo/' is not a web address (its scheme is 'ftp', not http or https) (write SITE_URL=https://owner.github.io/repo/)"),
        ("owner.github.io:8000/repo/", "mkdocs.yml: site_url: 'owner.github.io:8000/repo/' has no scheme (write SITE_URL=https://owner.github.io:8000/repo/)"),
        ("'https://owner.github.io/repo/'", """mkdocs.yml: site_url: "'https://owner.github.io/repo/'" has quotes or spaces around it (write SITE_URL=https://owner.github.io/repo/)"""),
        ("https://owner.github.io/repo/ ", "mkdocs.yml: site_url: 'https://owner.github.io/repo/ ' has quotes or spaces around it (write SITE_URL=https://owner.github.io/repo/)"),
        # urlsplit reads them, no browser does: every page's permanent link and citation a dead address (`unread_address`'s words)
        ("https://owner.github.io:abc/repo/", "mkdocs.yml: site_url: 'https://owner.github.io:abc/repo/' is no address: its port, 'abc', is no number from 0 to 65535 (write SITE_URL=https://owner.github.io/repo/, or the port's number)"),
        ("http://[::1]:99999/", "mkdocs.yml: site_url: 'http://[::1]:99999/' is no address: its port, '99999', is no number from 0 to 65535 (write SITE_URL=http://[::1]/, or the port's number)"),
        ("https://owner|github.io/repo/", "mkdocs.yml: site_url: 'https://owner|github.io/repo/' is no address: its host, 'owner|github.io', holds '|' (copy the whole address from the browser's address bar)"),
        ("https://owner%20github.io/repo/", "mkdocs.yml: site_url: 'https://owner%20github.io/repo/' is no address: its host, 'owner%20github.io', holds a space (written '%20') (copy the whole address from the browser's address bar)"),
        ("https://1.2.3.4.5/repo/", "mkdocs.yml: site_url: 'https://1.2.3.4.5/repo/' is no address: its host, '1.2.3.4.5', cannot be read (write SITE_URL=https://host/path/)"),
        ("http://127.0.0.1:8000/repo/", None),
    ],
)  # fmt: skip
def test_a_site_url_the_build_refuses_is_one_line(site_url: object, line: str | None) -> None:
    """`make check` printed OK with one, checking no published address; the build stops on it."""
    assert [str(problem) for problem in check_site_url(site_url)] == ([line] if line else [])


@pytest.mark.parametrize(("site_url", "usable"), [("https://e.org/repo/", "https://e.org/repo/"), (None, ""), ("", ""),
                                                  ("https://e.org/repo", "https://e.org/repo/"), ("https://e.org", "https://e.org/"),
                                                  ("https://e.org:abc/", ""), ("https://e|x.org/", ""), (123, "")])  # fmt: skip
def test_a_refused_site_url_is_none_to_check_addresses_against_and_its_one_line(site_url: object, usable: str) -> None:
    """One taken ends in `/`, as MkDocs' `URL(is_dir=True)` makes it: make check named `…/repo`, the build `…/repo/`."""
    assert usable_site_url(site_url, "conf.yml") == (usable, check_site_url(site_url, "conf.yml"))
