"""An extra file's path written from `site_url`'s path (hooks/core/extra_file_paths.py, `site_file`), %-coded or not.

The site's path is compared as a server reads it, a folder at a time, each %-code read once (`path_below`).
"""

from __future__ import annotations

import pytest

from hooks.core.extra_file_paths import missing_extra_files

SITE = {"assets/edition.css", "assets/edition.js"}  # the built site's files
FOLDERS = ("docs", "overrides")
NO_CSS = "names no file in docs/ or overrides/, so every page links a stylesheet that is not there"
AT_REPO = "is read from the host's root, so on a site published at another path than /repo/ every page links a"


SITE_AT = "https://example.org/m%C3%A9moire/"  # `/mémoire/`, as a browser sends it


@pytest.mark.parametrize(
    ("entry", "line"),
    [
        # read from the site's path, %-coded or not: a file of the site (it was "names no file"), shown as typed
        ("/mémoire/assets/edition.css", f"'/mémoire/assets/edition.css' {AT_REPO.replace('/repo/', '/mémoire/')} stylesheet that is not there"),
        ("/m%C3%A9moire/assets/edition.css", f"'/m%C3%A9moire/assets/edition.css' {AT_REPO.replace('/repo/', '/mémoire/')} stylesheet that is not there"),
        ("/m%c3%a9moire/assets/edition.css", f"'/m%c3%a9moire/assets/edition.css' {AT_REPO.replace('/repo/', '/mémoire/')} stylesheet that is not there"),
        # the site's address shown readably, as a browser's address bar shows it
        ("/assets/edition.css", "'/assets/edition.css' is read from the host's root, so on the site at"
         " https://example.org/mémoire/ every page links https://example.org/assets/edition.css, no file of the site"),
    ],
)  # fmt: skip
def test_a_site_url_s_coded_path_is_read_as_a_browser_reads_it(entry: str, line: str) -> None:
    """`SITE_URL=https://example.org/m%C3%A9moire/`: `/mémoire/x.css` was "no file", and the line showed `%C3%A9`."""
    problems = missing_extra_files("mkdocs.yml", {"extra_css": [entry]}, SITE, FOLDERS, site_url=SITE_AT)
    assert [str(problem).split(" (write")[0] for problem in problems] == [f"mkdocs.yml: extra_css[0]: {line}"]


@pytest.mark.parametrize(
    ("site_url", "entry", "line"),
    [
        # `%2F` is no folder's slash to a server: `/a/b/` is not the site at `/a%2Fb/`, `/a%2fb/` is
        ("https://example.org/a%2Fb/", "/a/b/assets/edition.css", f"'/a/b/assets/edition.css' {NO_CSS}"),
        ("https://example.org/a%2Fb/", "/a%2fb/assets/edition.css", f"'/a%2fb/assets/edition.css' {AT_REPO.replace('/repo/', '/a%2Fb/')} stylesheet that is not there"),
        # `%25` is `%`, read once: `/a%41/` is `/aA/`, another folder than the site's `/a%2541/`
        ("https://example.org/a%2541/", "/a%41/assets/edition.css", f"'/a%41/assets/edition.css' {NO_CSS}"),
        ("https://example.org/a%2541/", "/a%2541/assets/edition.css", f"'/a%2541/assets/edition.css' {AT_REPO.replace('/repo/', '/a%2541/')} stylesheet that is not there"),
        # bytes no UTF-8 reads compared as bytes: both were '\ufffd'
        ("https://example.org/%C3/", "/%C4/assets/edition.css", f"'/%C4/assets/edition.css' {NO_CSS}"),
    ],
)  # fmt: skip
def test_a_site_url_s_path_is_read_a_segment_at_a_time_each_code_once(site_url: str, entry: str, line: str) -> None:
    """`/a%2Fb/` was read as `/a/b/`, a folder the server does not serve the site at; `/%C4/` as `/%C3/`."""
    problems = missing_extra_files("mkdocs.yml", {"extra_css": [entry]}, SITE, FOLDERS, site_url=site_url)
    assert [str(problem).split(" (write")[0] for problem in problems] == [f"mkdocs.yml: extra_css[0]: {line}"]
