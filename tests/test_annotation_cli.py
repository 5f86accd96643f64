"""`make annotate` writes a skeleton that `make check` accepts; bad links and quotes are explained."""

from __future__ import annotations

import collections
import datetime as dt
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import frontmatter
import markdown
import pytest
import yaml
from conftest import copy_project, edit, run_build
from markdown.extensions import Extension
from test_citation_errors import MOVED_PARAGRAPH, merge_conclusion, move_paragraphs, retire_by_number

from hooks.cli import annotate, check
from hooks.cli.config_values import configured_extensions, configured_site_url
from hooks.cli.moved_links import gone_page_problem
from hooks.core.annotation_folder import load_annotations
from hooks.core.annotations import PLACEHOLDER_AUTHOR, PLACEHOLDER_BODY
from hooks.core.config_file import ConfigError, named_entries, read_config
from hooks.core.schema_messages import LANGUAGE_PATTERN, PATTERNS, PLAIN_TEXT, plain_text_hint, too_long
from hooks.core.text import (
    LINE_LIMIT,
    NO_CONTROL_PATTERN,
    NO_REFERENCE_PATTERN,
    QUOTE_LIMIT,
    URL_LIMIT,
    URL_PATTERN,
    VISIBLE_PATTERN,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("url", "page", "fragment"),
    [
        (
            "http://127.0.0.1:8000/migration-and-transnationalism/opportunities/#p3",
            "migration-and-transnationalism/opportunities.md",
            "p3",
        ),
        (
            "https://example.org/edition/migration-and-transnationalism/opportunities/#p3",
            "migration-and-transnationalism/opportunities.md",
            "p3",
        ),
        (
            "/migration-and-transnationalism/opportunities/index.html#p2",
            "migration-and-transnationalism/opportunities.md",
            "p2",
        ),
        (
            "/origin-governments-and-migrant-associations/#p1",
            "origin-governments-and-migrant-associations/index.md",
            "p1",
        ),
        ("/opportunities/#p3", None, "p3"),
        # as target.page writes it
        ("migration-and-transnationalism/opportunities.md#p3", "migration-and-transnationalism/opportunities.md", "p3"),
        (
            "origin-governments-and-migrant-associations/index.md#p1",
            "origin-governments-and-migrant-associations/index.md",
            "p1",
        ),
        # published under GitHub Pages' base path, copied with its index.html, or without its scheme
        (
            "https://owner.github.io/repo/migration-and-transnationalism/opportunities/index.html#p4",
            "migration-and-transnationalism/opportunities.md",
            "p4",
        ),
        (
            "owner.github.io/repo/origin-governments-and-migrant-associations/#p1",
            "origin-governments-and-migrant-associations/index.md",
            "p1",
        ),
        ("http://[pasted-wrongly/opportunities/#p3", None, ""),  # urlsplit refuses it: it was a traceback
        ("../README.md#p1", None, "p1"),  # outside docs/: it was read and written into target.page
        ("migration-and-transnationalism/../../README.md#p1", None, "p1"),
    ],
)
def test_find_page(url: str, page: str | None, fragment: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SITE_URL", raising=False)
    assert annotate.find_page(ROOT, url) == (page, fragment)


@pytest.mark.parametrize(
    ("url", "page"),
    [
        ("https://owner.github.io/repo/#p1", "index.md"),  # was no page: `repo` is no page's tail, nor the home page
        ("https://Owner.github.io:443/repo/migration-and-transnationalism/opportunities/#p1", "migration-and-transnationalism/opportunities.md"),
        ("https://owner.github.io/repo/gone/migration-and-transnationalism/opportunities/#p1", None),  # not the page's
        ("https://example.org/edition/migration-and-transnationalism/opportunities/#p1", "migration-and-transnationalism/opportunities.md"),
    ],
)  # fmt: skip
def test_find_page_reads_the_published_sites_addresses_from_its_root_when_site_url_is_set(
    url: str, page: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SITE_URL", "https://owner.github.io/repo/")
    assert annotate.find_page(ROOT, url) == (page, "p1")


def test_make_check_reads_site_url_as_the_build_does(monkeypatch: pytest.MonkeyPatch) -> None:
    """`!ENV [SITE_URL, default]`: the published site's address, so make check knows a body's links to it."""
    monkeypatch.delenv("SITE_URL", raising=False)
    assert configured_site_url(ROOT) == ("http://127.0.0.1:8000/", [])
    monkeypatch.setenv("SITE_URL", "https://owner.github.io/repo/")
    assert configured_site_url(ROOT) == ("https://owner.github.io/repo/", [])


def test_make_check_names_a_site_url_the_build_refuses(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """It printed OK and checked no published address, while the build stopped on MkDocs' configuration error."""
    monkeypatch.setenv("SITE_URL", "owner.github.io/repo")
    assert check.main(["--root", str(ROOT)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "mkdocs.yml: site_url: 'owner.github.io/repo' has no scheme (write SITE_URL=https://owner.github.io/repo)"
    ]


SITE_NAME = "site_name: Migration and Transnationalism — an annotated edition\n"
SITE_NAME_LINE = "`site_name: An annotated edition`"
MAPS_HINT = "write each move as a line `old.md: new.md` under `redirects` → `redirect_maps`"
TOC_OPTIONS = (
    "marker, title, title_class, toc_class, anchorlink, anchorlink_class, permalink, permalink_class,"
    " permalink_title, permalink_leading, baselevel, slugify, separator, toc_depth"
)
BAD_CONFIGS = [
    # docs/about/stable-links.md sends contributors to redirect_maps: a slip there was a yaml.scanner.ScannerError
    ("redirect_maps: {}", "redirect_maps:\n        old.md: new.md: x",
     "mkdocs.yml: invalid YAML at line 81: mapping values are not allowed here"
     " (write a value with ': ' in it in quotes, e.g. \"Policy: what next\")"),
    ("site_name:", "<<<<<<< HEAD\nsite_name:",
     "mkdocs.yml: holds a git merge conflict ('<<<<<<<' at line 1)"
     " (keep the lines that belong, then delete the lines '<<<<<<<', '=======' and '>>>>>>>')"),
    # an AttributeError: 'list' object has no attribute 'items'
    ("redirect_maps: {}", "redirect_maps: [a.md]", f"mkdocs.yml: redirect_maps: must be a mapping, not a list ({MAPS_HINT})"),
    ("redirect_maps: {}", "redirect_maps: {a.md: }", f"mkdocs.yml: redirect_maps: a.md: names no new page ({MAPS_HINT})"),
    ("  - redirects:\n      redirect_maps: {}", "  - redirects: [redirect_maps]",
     f"mkdocs.yml: plugins: redirects: its options are a list, not a mapping ({MAPS_HINT})"),
    ("  - redirects:\n", "  - 5\n  - redirects:\n", "mkdocs.yml: plugins: 5 is no plugin's name (write the plugin's name, e.g. `- search`)"),
    # a ModuleNotFoundError, and a KeyError from Python-Markdown
    ("  - attr_list", "  - atr_list", "mkdocs.yml: markdown_extensions: 'atr_list' is no installed Markdown extension (did you mean 'attr_list'?)"),
    ("  - pymdownx.details", "  - pymdownx.detalis",
     "mkdocs.yml: markdown_extensions: 'pymdownx.detalis' is no installed Markdown extension (did you mean 'pymdownx.details'?)"),
    ("      permalink: true", "      permalink_nonsense: 1",
     f"mkdocs.yml: markdown_extensions: toc: has no option `permalink_nonsense` (its options: {TOC_OPTIONS})"),
    ("      permalink: true", "      permalink: true\n      toc_dept: 2",
     "mkdocs.yml: markdown_extensions: toc: has no option `toc_dept` (did you mean `toc_depth`?)"),
    ("  - toc:\n      permalink: true", "  - toc: true",
     "mkdocs.yml: markdown_extensions: toc: its options are true, not a mapping"
     " (write its options below `- toc:` as `option: value` lines, or no ':' for none)"),
    # a name YAML reads as true unquoted: the line offered is the name as YAML needs it, `- 'on':`
    ("  - abbr\n", "  - 'on': 3\n",
     "mkdocs.yml: markdown_extensions: on: its options are 3, not a mapping"
     " (write its options below `- 'on':` as `option: value` lines, or no ':' for none)"),
    ("  - toc:\n      permalink: true", "  - toc:\n    permalink: true",
     "mkdocs.yml: markdown_extensions: one entry holds 2 names (toc, permalink)"
     " (start each extension with '- ', and indent its options 4 spaces more than its name)"),
    # it read 'one entry holds 0 names ()'
    ("  - abbr\n", "  - {}\n",
     "mkdocs.yml: markdown_extensions: an entry is empty ({}) (write the extension's name, e.g. `- attr_list`,"
     " or remove the entry)"),
    # read letter by letter: No module named 'a'
    ("markdown_extensions:\n  - abbr\n", "markdown_extensions: abbr\nunused:\n  - abbr\n",
     "mkdocs.yml: markdown_extensions: must be a list, not 'abbr' (write one `- name` line per extension)"),
    # the build takes it; here every page was left unread, with a line for each check that found none
    ("site_name:", "docs_dir: pages\nsite_name:", "mkdocs.yml: docs_dir: 'pages': make check and make annotate read the pages in docs/ only"
     " (keep the pages in docs/ and remove docs_dir)"),
    # a ValueError from PyYAML's constructor (the build's own traceback is MkDocs', before any hook)
    ("site_name: Migration", 'site_name: !!int "x"\nunused: Migration',
     "mkdocs.yml: 'x' cannot be read as !!int at line 1 (remove the '!!' tag: YAML reads a plain value as what it is written as)"),
    # YAML kept the second block in silence: the glossary's settings were gone
    ("extra:\n", "extra:\n  generator: false\n\nextra:\n",
     "mkdocs.yml: `extra` is written twice at line 64 (keep one of the two: YAML would silently keep the last)"),
    # the build stops on both (MkDocs' configuration error); make check said OK
    ("site_name:", "x_tagged: !foo x\nsite_name:",
     "mkdocs.yml: '!foo' is no tag MkDocs reads at line 1 (remove the tag: of the '!' tags MkDocs reads"
     " only !ENV and !relative, and a plain value as what it is written as)"),
    ("site_name:", "x_named: !!python/name:no_such_module_here.thing\nsite_name:",
     "mkdocs.yml: '!!python/name:no_such_module_here.thing' names nothing Python can import at line 1"
     " (check the module's and the name's spelling, and that the package is installed)"),
    # the build stops on it (MkDocs' configuration error); make check said OK, and reads the glossary's settings there
    ("extra:\n", "extra: all\nunused:\n",
     "mkdocs.yml: extra: must be settings, not 'all' (write each setting on its own line below `extra:`, indented 2 spaces more)"),
    # the build stops on each (MkDocs' configuration error); make check said OK, without `redirect_maps`' moves
    ("  - redirects:\n", "  - redirect:\n",
     "mkdocs.yml: plugins: 'redirect' is no installed MkDocs plugin (did you mean 'redirects'?)"),
    ("  - search:\n", "  - serach:\n", "mkdocs.yml: plugins: 'serach' is no installed MkDocs plugin (did you mean 'search'?)"),
    ("  - redirects:\n", "  - material/redirects:\n",
     "mkdocs.yml: plugins: 'material/redirects' is no installed MkDocs plugin (did you mean 'redirects'?)"),
    ("  - redirects:\n", "  - nonesuch-plugin-here\n  - redirects:\n",
     "mkdocs.yml: plugins: 'nonesuch-plugin-here' is no installed MkDocs plugin"
     " (check its spelling, and that requirements.txt installs it)"),
    ("  - hooks/adapters/anchors.py", "  - hooks/adapters/anchor.py",
     "mkdocs.yml: hooks: 'hooks/adapters/anchor.py' is no file (did you mean 'hooks/adapters/anchors.py'?)"),
    # a slip in the folder's name: the hook meant in the folder meant (it was offered nothing)
    ("  - hooks/adapters/anchors.py", "  - hook/adapters/anchors.py",
     "mkdocs.yml: hooks: 'hook/adapters/anchors.py' is no file (did you mean 'hooks/adapters/anchors.py'?)"),
    ("  - hooks/adapters/anchors.py", "  - hooks/adapterz/anchor.py",
     "mkdocs.yml: hooks: 'hooks/adapterz/anchor.py' is no file (did you mean 'hooks/adapters/anchors.py'?)"),
    ("  - hooks/adapters/anchors.py", "  - plugins/adapters/anchors.py",
     "mkdocs.yml: hooks: 'plugins/adapters/anchors.py' is no file (write its path from the folder of mkdocs.yml)"),
    ("hooks:\n", "hooks: hooks/adapters/anchors.py\nunused:\n",
     "mkdocs.yml: hooks: must be a list, not 'hooks/adapters/anchors.py' (write one `- path` line per hook)"),
    # it was offered 'hooks/adapters/state.py', a helper module that is no hook
    ("  - hooks/adapters/anchors.py", "  - hooks/adapters/anchors.py\n  - hooks/adapters/stat.py",
     "mkdocs.yml: hooks: 'hooks/adapters/stat.py' is no file (write its path from the folder of mkdocs.yml)"),
    # it was offered the hook listed on the line above
    ("  - hooks/adapters/anchors.py", "  - hooks/adapters/anchors.py\n  - hooks/adapters/anchor.py",
     "mkdocs.yml: hooks: 'hooks/adapters/anchor.py' is no file (write its path from the folder of mkdocs.yml)"),
    # the build stops on each ("Config value 'site_name'"); make check said OK
    (SITE_NAME, "", f"mkdocs.yml: site_name: is missing (write the edition's title, e.g. {SITE_NAME_LINE})"),
    (SITE_NAME, "site_name:\n", f"mkdocs.yml: site_name: is empty (write the edition's title, e.g. {SITE_NAME_LINE})"),
    (SITE_NAME, "site_name: #Migration\n",
     "mkdocs.yml: site_name: is empty: YAML reads '#Migration' as a comment"
     " (write its value, or put it in quotes if '#Migration' is the value: `site_name: '#Migration'`)"),
    (SITE_NAME, "site_name: 2010\n", "mkdocs.yml: site_name: '2010' is not text (put it in quotes: `site_name: '2010'`)"),
    (SITE_NAME, "site_name: yes\n",
     "mkdocs.yml: site_name: 'yes' is not text: YAML reads it as true (put it in quotes: `site_name: 'yes'`)"),
    (SITE_NAME, "site_name: [Migration, 2010]\n",
     "mkdocs.yml: site_name: [Migration, 2010] is a list, not text"
     " (write the site_name as one text: `site_name: Migration 2010`)"),
]  # fmt: skip


BAD_CONFIG_IDS = [
    "yaml-slip",
    "merge-conflict",
    "maps-list",
    "maps-no-page",
    "redirects-options",
    "plugin-number",
    "extension-typo",
    "pymdownx-typo",
    "unknown-option",
    "option-typo",
    "options-true",
    "options-name-quoted",
    "options-unindented",
    "entry-empty",
    "extensions-text",
    "docs-dir",
    "tag-unreadable",
    "setting-twice",
    "tag-unknown",
    "python-name-missing",
    "extra-not-settings",
    "plugin-typo",
    "search-typo",
    "plugin-namespaced",
    "plugin-unknown",
    "hook-typo",
    "hook-folder",
    "hook-folder-and-file",
    "hook-folder-unknown",
    "hooks-text",
    "hook-typo-of-a-helper",
    "hook-typo-of-a-listed-hook",
    "site-name-missing",
    "site-name-empty",
    "site-name-a-comment",
    "site-name-a-number",
    "site-name-true",
    "site-name-a-list",
]


@pytest.mark.parametrize(("old", "new", "line"), BAD_CONFIGS, ids=BAD_CONFIG_IDS)
def test_make_check_names_a_mkdocs_yml_the_build_refuses_in_one_line(
    old: str, new: str, line: str, broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each was a traceback (or a line per page left unread); the build stops on each with a configuration error."""
    edit(broken_project, "mkdocs.yml", old, new)
    assert check.main(["--root", str(broken_project)]) == 1
    assert capsys.readouterr().out.splitlines() == [line]


@pytest.mark.parametrize("written", ["./hooks/adapters/anchor.py", "{elsewhere}/anchor.py"], ids=["dot", "absolute"])
def test_make_check_names_the_closest_hook_file_as_the_missing_one_is_written(
    written: str, broken_project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """MkDocs reads a hook's path from the folder of mkdocs.yml, or as it is when absolute: an absolute one was a traceback."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "anchors.py").write_text("def on_config(config):\n    return config\n", encoding="utf-8")
    hook = written.format(elsewhere=elsewhere.as_posix())
    edit(broken_project, "mkdocs.yml", "  - hooks/adapters/anchors.py", f"  - {hook}")
    assert check.main(["--root", str(broken_project)]) == 1
    close = hook.replace("anchor.py", "anchors.py")
    assert capsys.readouterr().out.splitlines() == [f"mkdocs.yml: hooks: '{hook}' is no file (did you mean '{close}'?)"]


ONE_RUN = {
    "plugins and hooks": (
        [
            ("  - search:\n", "  - serach:\n"),
            ("  - redirects:\n", "  - redirect:\n"),
            ("  - hooks/adapters/anchors.py", "  - hooks/adapters/anchor.py"),
            ("  - hooks/adapters/citation.py", "  - hook/adapters/citation.py"),
        ],
        [
            "mkdocs.yml: hooks: 'hook/adapters/citation.py' is no file (did you mean 'hooks/adapters/citation.py'?)",
            "mkdocs.yml: hooks: 'hooks/adapters/anchor.py' is no file (did you mean 'hooks/adapters/anchors.py'?)",
            "mkdocs.yml: plugins: 'redirect' is no installed MkDocs plugin (did you mean 'redirects'?)",
            "mkdocs.yml: plugins: 'serach' is no installed MkDocs plugin (did you mean 'search'?)",
        ],
    ),
    "a plugin, a hook and extensions": (
        [
            ("  - search:\n", "  - serach:\n"),
            ("  - hooks/adapters/anchors.py", "  - hooks/adapters/anchor.py"),
            ("  - attr_list", "  - atr_list"),
            ("      permalink: true", "      permalink: true\n      toc_dept: 2"),
        ],
        [
            "mkdocs.yml: hooks: 'hooks/adapters/anchor.py' is no file (did you mean 'hooks/adapters/anchors.py'?)",
            "mkdocs.yml: markdown_extensions: 'atr_list' is no installed Markdown extension (did you mean 'attr_list'?)",
            "mkdocs.yml: markdown_extensions: toc: has no option `toc_dept` (did you mean `toc_depth`?)",
            "mkdocs.yml: plugins: 'serach' is no installed MkDocs plugin (did you mean 'search'?)",
        ],
    ),
    "shapes, and a hook and an extension": (
        [
            ("extra:\n", "extra: all\nunused:\n"),
            ("site_name:", "exclude_docs: [drafts/]\nsite_name:"),
            ("  - hooks/adapters/anchors.py", "  - hooks/adapters/anchor.py"),
            ("  - attr_list", "  - atr_list"),
            ("  - toc:\n      permalink: true", "  - toc: true"),
        ],
        [
            "mkdocs.yml: exclude_docs: must be text, not a list (write it as `exclude_docs: |` and one pattern per line below)",
            "mkdocs.yml: extra: must be settings, not 'all'"
            " (write each setting on its own line below `extra:`, indented 2 spaces more)",
            "mkdocs.yml: hooks: 'hooks/adapters/anchor.py' is no file (did you mean 'hooks/adapters/anchors.py'?)",
            "mkdocs.yml: markdown_extensions: 'atr_list' is no installed Markdown extension (did you mean 'attr_list'?)",
            "mkdocs.yml: markdown_extensions: toc: its options are true, not a mapping"
            " (write its options below `- toc:` as `option: value` lines, or no ':' for none)",
        ],
    ),
    "plugins and hooks no lists, extensions of a wrong kind": (
        [
            ("plugins:\n", "plugins: search\nunused:\n"),
            ("hooks:\n", "hooks: hooks/adapters/anchors.py\nunused_hooks:\n"),
            ("  - abbr\n", "  - 5\n"),
            ("  - toc:\n      permalink: true", "  - toc:\n    permalink: true"),
            ("  - pymdownx.caret", "  - pymdownx.caret: [x]"),
            ("redirect_maps: {}", "redirect_maps: {}\ndocs_dir: pages"),
        ],
        [
            "mkdocs.yml: docs_dir: 'pages': make check and make annotate read the pages in docs/ only"
            " (keep the pages in docs/ and remove docs_dir)",
            "mkdocs.yml: hooks: must be a list, not 'hooks/adapters/anchors.py' (write one `- path` line per hook)",
            "mkdocs.yml: markdown_extensions: 5 is no extension's name (write the extension's name, e.g. `- attr_list`)",
            "mkdocs.yml: markdown_extensions: one entry holds 2 names (toc, permalink)"
            " (start each extension with '- ', and indent its options 4 spaces more than its name)",
            "mkdocs.yml: markdown_extensions: pymdownx.caret: its options are a list, not a mapping"
            " (write its options below `- pymdownx.caret:` as `option: value` lines, or no ':' for none)",
            "mkdocs.yml: plugins: must be a list, not 'search' (write one `- name` line per plugin)",
        ],
    ),
}


@pytest.mark.parametrize(("edits", "lines"), ONE_RUN.values(), ids=ONE_RUN.keys())
def test_make_check_names_every_plugin_hook_and_extension_the_build_cannot_load_in_one_run(
    broken_project: Path, capsys: pytest.CaptureFixture[str], edits: list[tuple[str, str]], lines: list[str]
) -> None:
    """It stopped on the first plugin or hook, and the extensions came after both: one typo fixed showed the next."""
    for old, new in edits:
        edit(broken_project, "mkdocs.yml", old, new)
    assert check.main(["--root", str(broken_project)]) == 1
    output = capsys.readouterr()
    assert output.out.splitlines() == lines  # and nothing of the pages: the build stops before it reads one
    assert output.err.splitlines() == [f"{len(lines)} problem(s) found."]


def test_make_check_loads_each_markdown_extension_once_to_check_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """It loaded every extension of mkdocs.yml three times to see that it loads, before the pages' renderings built it.

    Counted: the builds outside a Markdown's own `registerExtensions`, which each page's rendering runs.
    """
    checks: collections.Counter[str] = collections.Counter()
    rendering = []
    build, register = markdown.Markdown.build_extension, markdown.Markdown.registerExtensions

    def counted_build(md: markdown.Markdown, name: str, configs: dict[str, Any]) -> Extension:
        checks.update([] if rendering else [name])
        return build(md, name, configs)

    def registering(md: markdown.Markdown, *args: Any, **kwargs: Any) -> markdown.Markdown:
        rendering.append(md)
        try:
            return register(md, *args, **kwargs)
        finally:
            rendering.pop()

    monkeypatch.setattr(markdown.Markdown, "build_extension", counted_build)
    monkeypatch.setattr(markdown.Markdown, "registerExtensions", registering)
    assert check.main(["--root", str(ROOT)]) == 0
    assert capsys.readouterr().out.startswith("OK: ")
    listed = named_entries(read_config(ROOT)["markdown_extensions"], "markdown_extensions", "extension")
    assert checks == collections.Counter(name for name, _ in listed)


PATH_HINT = "write the hook's file path as a string, e.g. `- hooks/adapters/markdown_pipeline.py`"


@pytest.mark.parametrize(
    ("entry", "line"),
    [
        # MkDocs reads a hook's path: anything else was told to write "its path", as if it were a wrong one
        ("5", f"mkdocs.yml: hooks: 5 is not a path ({PATH_HINT})"),
        ("null", f"mkdocs.yml: hooks: null is not a path ({PATH_HINT})"),
        ("[a]", f"mkdocs.yml: hooks: [a] is not a path ({PATH_HINT})"),
        # a folder was offered a file in it that is no hook: 'hooks/adapters/state.py'
        ("hooks/adapters/", "mkdocs.yml: hooks: 'hooks/adapters/' is a folder, not a hook's .py file"
         " (write the path of the hook's .py file, one `- path` line per hook)"),
        ("hooks/adapters", "mkdocs.yml: hooks: 'hooks/adapters' is a folder, not a hook's .py file"
         " (write the path of the hook's .py file, one `- path` line per hook)"),
        # it was offered 'hooks/adapters/citation.py', the hook listed already
        ("hooks/adapters/citatio/", "mkdocs.yml: hooks: 'hooks/adapters/citatio/' is a folder, not a hook's .py file"
         " (write the path of the hook's .py file, one `- path` line per hook)"),
    ],
    ids=["number", "null", "list", "folder", "folder-no-slash", "folder-like-a-listed-hook"],
)  # fmt: skip
def test_make_check_names_a_hook_entry_that_is_no_file_path_for_what_it_is(
    entry: str, line: str, broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Told what the entry is (no path, a folder), not offered a path or a helper module that is no hook."""
    (broken_project / "hooks/adapters/citatio").mkdir()
    edit(broken_project, "mkdocs.yml", "  - hooks/adapters/anchors.py", f"  - hooks/adapters/anchors.py\n  - {entry}")
    assert check.main(["--root", str(broken_project)]) == 1
    assert capsys.readouterr().out.splitlines() == [line]


HOOK = "from mkdocs.config.defaults import MkDocsConfig\n\n\ndef on_config(config: MkDocsConfig) -> MkDocsConfig:\n    return config\n"
FOLDER_HINT = "write the path of the hook's .py file, one `- path` line per hook"


@pytest.mark.parametrize(
    ("files", "entry", "line"),
    [
        # the hook named like the folder, listed no more
        ({}, "hooks/adapters/citatio/", "mkdocs.yml: hooks: 'hooks/adapters/citatio/' is a folder, not a hook's .py file"
         " (did you mean 'hooks/adapters/citation.py'?)"),
        # a folder's one hook: its helper modules are no hook, nor are files defining no MkDocs event
        ({"late.py": HOOK, "helpers.py": "def on_click() -> None: ...\n", "broken.py": "def on_config(:\n"},
         "hooks/extra", "mkdocs.yml: hooks: 'hooks/extra' is a folder, not a hook's .py file (did you mean 'hooks/extra/late.py'?)"),
        ({"late.py": HOOK, "early.py": HOOK.replace("on_config", "on_files")}, "hooks/extra/",
         f"mkdocs.yml: hooks: 'hooks/extra/' is a folder, not a hook's .py file ({FOLDER_HINT})"),
        # a file that is no hook is not offered for a missing one either; an event's function imported is one
        ({"late.py": HOOK.replace("def on_config", "def configure")}, "hooks/extra/lat.py",
         "mkdocs.yml: hooks: 'hooks/extra/lat.py' is no file (write its path from the folder of mkdocs.yml)"),
        ({"late.py": "from hooks.adapters.citation import on_config\n"}, "hooks/extra/lat.py",
         "mkdocs.yml: hooks: 'hooks/extra/lat.py' is no file (did you mean 'hooks/extra/late.py'?)"),
        # MkDocs checks the path as written: a file's name with a '/' after it is no file; make check said OK
        ({"late.py": HOOK}, "hooks/extra/late.py/",
         "mkdocs.yml: hooks: 'hooks/extra/late.py/' is no file (did you mean 'hooks/extra/late.py'?)"),
    ],
    ids=["folder-like-an-unlisted-hook", "folder-of-one-hook", "folder-of-two-hooks", "missing-near-no-hook",
         "missing-near-an-imported-hook", "a-file-with-a-slash"],
)  # fmt: skip
def test_make_check_offers_a_hook_entry_only_a_hook_not_listed(
    files: dict[str, str], entry: str, line: str, broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A hook is a module binding an MkDocs event's `on_…` name, read with `ast`; one listed already is not offered."""
    (broken_project / "hooks/adapters/citatio").mkdir()
    (broken_project / "hooks/extra").mkdir()
    for name, text in files.items():
        (broken_project / "hooks/extra" / name).write_text(text, encoding="utf-8")
    edit(broken_project, "mkdocs.yml", "  - hooks/adapters/citation.py", f"  - {entry}")
    assert check.main(["--root", str(broken_project)]) == 1
    assert capsys.readouterr().out.splitlines() == [line]


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        ("  - redirects:\n", "  - redirect:\n",
         "mkdocs.yml: plugins: 'redirect' is no installed MkDocs plugin (did you mean 'redirects'?)"),
        ("  - search:\n", "  - material/tag\n  - search:\n",
         "mkdocs.yml: plugins: 'material/tag' is no installed MkDocs plugin (did you mean 'tags'?)"),
        ("  - search:\n", "  - git-revision-date-localized\n  - search:\n",
         "mkdocs.yml: plugins: 'git-revision-date-localized' is no installed MkDocs plugin"
         " (check its spelling, and that requirements.txt installs it)"),
    ],
    ids=["misspelt", "material", "not-installed"],
)  # fmt: skip
def test_make_annotate_names_a_plugin_not_installed_as_make_check_does_and_writes_nothing(
    old: str, new: str, line: str, broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It wrote the note past a plugin not installed, against a site that cannot build, as past a hook's file missing."""
    edit(broken_project, "mkdocs.yml", old, new)
    notes = sorted((broken_project / "annotations/notes").iterdir())
    url = "/migration-and-transnationalism/opportunities/#p3"
    assert annotate.main(["--root", str(broken_project), "--url", url, "--quote", "raise funds"]) == 1
    assert capsys.readouterr().out.splitlines() == [line]
    assert sorted((broken_project / "annotations/notes").iterdir()) == notes
    assert check.main(["--root", str(broken_project)]) == 1
    assert capsys.readouterr().out.splitlines() == [line]


@pytest.mark.parametrize(
    "edits",
    [
        [("  - hooks/adapters/anchors.py", "  - hooks/adapters/anchor.py")],
        [("  - hooks/adapters/anchors.py", "  - hooks/adapters/anchor.py"),
         ("  - hooks/adapters/citation.py", "  - hook/adapters/citation.py")],
        [("  - hooks/adapters/citation.py", "  - hooks/adapters/")],
        # with a shape the build refuses: both lines, as make check gives them
        [("  - hooks/adapters/anchors.py", "  - hooks/adapters/anchor.py"), ("extra:\n", "extra: all\nunused:\n")],
    ],
    ids=["a-typo", "two-missing", "a-folder", "and-a-shape"],
)  # fmt: skip
def test_make_annotate_names_a_hook_s_file_missing_as_make_check_does_and_writes_nothing(
    edits: list[tuple[str, str]], broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It wrote the note past them: a note against a site that cannot build, whose checks it could not pass."""
    for old, new in edits:
        edit(broken_project, "mkdocs.yml", old, new)
    notes = sorted((broken_project / "annotations/notes").iterdir())
    url = "/migration-and-transnationalism/opportunities/#p3"
    assert annotate.main(["--root", str(broken_project), "--url", url, "--quote", "raise funds"]) == 1
    said = capsys.readouterr().out.splitlines()
    assert sorted((broken_project / "annotations/notes").iterdir()) == notes
    assert check.main(["--root", str(broken_project)]) == 1
    assert said == capsys.readouterr().out.splitlines()
    assert len(said) == len(edits) and all(line.startswith("mkdocs.yml: ") for line in said)


@pytest.mark.parametrize(
    ("old", "new", "line"), [BAD_CONFIGS[i] for i in (0, 6, 8)], ids=[BAD_CONFIG_IDS[i] for i in (0, 6, 8)]
)
def test_make_annotate_names_a_mkdocs_yml_the_build_refuses_and_writes_nothing(
    old: str, new: str, line: str, broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(broken_project, "mkdocs.yml", old, new)
    notes = sorted((broken_project / "annotations/notes").iterdir())
    url = "http://127.0.0.1:8000/migration-and-transnationalism/opportunities/#p3"
    assert (
        annotate.main(["--root", str(broken_project), "--url", url, "--quote", "raise funds to support communities"])
        == 1
    )
    assert capsys.readouterr().out.splitlines() == [line]
    assert sorted((broken_project / "annotations/notes").iterdir()) == notes


def test_make_check_names_a_missing_docs_folder(broken_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """It printed a line for every area no page used, and not why."""
    shutil.rmtree(broken_project / "docs")
    assert check.main(["--root", str(broken_project)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "mkdocs.yml: docs_dir: the folder docs/ is missing (put the pages back in it: git restore docs)"
    ]


EMPTY_CONFIG = (
    "mkdocs.yml: holds no settings, not even `site_name`, on which the build stops (restore it: git restore mkdocs.yml)"
)


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("", [EMPTY_CONFIG]),
        ("# only a comment\n", [EMPTY_CONFIG]),
    ],
    ids=["empty", "comment-only"],
)
def test_make_check_names_an_empty_mkdocs_yml_and_a_missing_docs_folder_together(
    text: str, lines: list[str], broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Both lines: an empty mkdocs.yml returned before the docs/ check, and was no line of its own.

    MkDocs stops on its missing `site_name`; make check said nothing of it, and with docs/ there named
    every page it then rendered without the extensions.
    """
    (broken_project / "mkdocs.yml").write_text(text, encoding="utf-8")
    shutil.rmtree(broken_project / "docs")
    assert check.main(["--root", str(broken_project)]) == 1
    missing_docs = "mkdocs.yml: docs_dir: the folder docs/ is missing (put the pages back in it: git restore docs)"
    assert capsys.readouterr().out.splitlines() == sorted([*lines, missing_docs])


def test_make_annotate_names_a_hooks_setting_that_is_no_list_and_writes_nothing(
    broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The build refuses it as it refuses `plugins: [5]`, which make annotate names: a value's shape, not a file missing."""
    edit(broken_project, "mkdocs.yml", "hooks:\n", "hooks: hooks/adapters/anchors.py\nunused:\n")
    notes = sorted((broken_project / "annotations/notes").iterdir())
    url = "/migration-and-transnationalism/opportunities/#p3"
    assert annotate.main(["--root", str(broken_project), "--url", url, "--quote", "raise funds"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "mkdocs.yml: hooks: must be a list, not 'hooks/adapters/anchors.py' (write one `- path` line per hook)"
    ]
    assert sorted((broken_project / "annotations/notes").iterdir()) == notes


TYPED_OTHERWISE = ["yes", "No", "on", "12:30", "1_000", "0x1F", ".inf", "null", "~", "2026-12-05", "2026/12/05"]


def test_annotate_writes_values_yaml_would_read_otherwise_as_typed(
    broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No line to offer (`yaml_comments.written_scalar`, `typed_dates.date_hint`): the file holds what was typed.

    AUTHOR and QUOTE are written quoted where YAML would read them as true, a number, null or a date,
    and `created` is today's day as YYYY-MM-DD: make check reads each back as the text typed.
    """
    url = "/migration-and-transnationalism/opportunities/#p3"
    assert (
        annotate.main(["--root", str(broken_project), "--url", url, "--quote", "raise funds", "--author", "yes"]) == 0
    )
    assert "Wrote annotations/notes/raise-funds.md" in capsys.readouterr().out
    notes, today = broken_project / "annotations/notes", dt.date.today()
    for n, typed in enumerate(TYPED_OTHERWISE):
        text = annotate.skeleton(f"typed-{n}", "migration-and-transnationalism/opportunities.md", "p3", "raise funds",
                                 typed, today)  # fmt: skip
        (notes / f"typed-{n}.md").write_text(text, encoding="utf-8")
    for note in [notes / "raise-funds.md", *notes.glob("typed-*.md")]:  # the text written, as the file asks
        note.write_text(note.read_text(encoding="utf-8").replace(PLACEHOLDER_BODY, "Which funds?\n"), encoding="utf-8")
    annotations, problems = load_annotations(broken_project, None, today)
    assert problems == []
    names = {a.id: a.author for a in annotations}
    assert [names.get(f"typed-{n}") for n in range(len(TYPED_OTHERWISE))] == TYPED_OTHERWISE
    assert names.get("raise-funds") == "yes"
    assert {a.created for a in annotations if a.id.startswith(("typed-", "raise-funds"))} == {today.isoformat()}


def test_annotate_writes_a_valid_file_with_a_fresh_id(broken_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = "http://127.0.0.1:8000/migration-and-transnationalism/opportunities/#p3"
    assert (
        annotate.main(["--root", str(broken_project), "--url", url, "--quote", "raise funds to\nsupport communities"])
        == 0
    )
    assert (
        annotate.main(["--root", str(broken_project), "--url", url, "--quote", "raise funds to support communities"])
        == 0
    )
    out = capsys.readouterr().out
    assert "Wrote annotations/notes/raise-funds-to-support-communities.md" in out
    assert "Wrote annotations/notes/raise-funds-to-support-communities-2.md" in out
    notes = [broken_project / "annotations" / "notes" / f"raise-funds-to-support-communities{n}.md" for n in ("", "-2")]
    _, problems = load_annotations(broken_project, None, dt.date.today())
    placeholders = [(f"annotations/notes/{n.name}", field) for n in notes for field in ("author.name", "body")]
    assert sorted((p.path, p.field) for p in problems) == sorted(placeholders), (
        "the placeholder body and author (no AUTHOR given) are not an annotation: make check says to write them"
    )
    for note in notes:
        text = note.read_text(encoding="utf-8").replace(PLACEHOLDER_BODY, "Which funds?\n")
        note.write_text(text.replace(f"name: {PLACEHOLDER_AUTHOR}", "name: A. Scholar"), encoding="utf-8")
    annotations, problems = load_annotations(broken_project, None, dt.date.today())
    assert problems == []
    new = next(a for a in annotations if a.id == "raise-funds-to-support-communities")
    assert (new.page, new.paragraph, new.quote, new.created) == (
        "migration-and-transnationalism/opportunities.md",
        "p3",
        "raise funds to support communities",
        dt.date.today().isoformat(),
    )
    capsys.readouterr()
    assert check.main(["--root", str(broken_project)]) == 1, "CI's strict build would fail: the ids are not recorded"
    unrecorded = (
        "anchors.lock.json: /migration-and-transnationalism/opportunities/: 2 published id(s) not recorded:"
        " raise-funds-to-support-communities, raise-funds-to-support-communities-2 (run 'make anchors')"
    )
    assert capsys.readouterr().out.strip() == unrecorded
    recorded = run_build(broken_project, broken_project / "site", env={"EDITION_ANCHORS": "record"})  # make anchors
    assert recorded.returncode == 0, recorded.stderr
    assert check.main(["--root", str(broken_project)]) == 0


def test_check_names_only_the_placeholder_body_straight_after_annotate(
    broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """docs/about/contributing.md, step 5, says so: the "not recorded" line comes once the text is written."""
    url = "http://127.0.0.1:8000/migration-and-transnationalism/opportunities/#p3"
    arguments = ["--root", str(broken_project), "--url", url, "--quote", "raise funds", "--author", "A. Scholar"]
    assert annotate.main(arguments) == 0
    note = broken_project / "annotations" / "notes" / "raise-funds.md"
    written = note.read_text(encoding="utf-8")
    note.write_text(written.replace("quote: raise funds", "quote: rise"), encoding="utf-8")  # checked once written
    capsys.readouterr()
    assert check.main(["--root", str(broken_project)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "annotations/notes/raise-funds.md: body: is still the placeholder 'Write the annotation here, in Markdown. …'"
        " (write the annotation's text in its place)"
    ]
    note.write_text(written.replace(PLACEHOLDER_BODY, "Which funds?\n"), encoding="utf-8")
    assert check.main(["--root", str(broken_project)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "anchors.lock.json: /migration-and-transnationalism/opportunities/: 1 published id(s) not recorded: raise-funds"
        " (run 'make anchors')"
    ]


def test_check_says_to_record_a_new_id_once_the_other_lines_are_fixed(
    broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`make anchors` records nothing while the build fails: the "not recorded" line, sorted first, must not send
    a contributor there before the quote is fixed; the build, which refuses to record, says the same."""
    url = "http://127.0.0.1:8000/migration-and-transnationalism/opportunities/#p3"
    assert annotate.main(["--root", str(broken_project), "--url", url, "--quote", "raise funds"]) == 0
    note = broken_project / "annotations" / "notes" / "raise-funds.md"
    text = note.read_text(encoding="utf-8").replace(PLACEHOLDER_BODY, "Which funds?\n")
    text = text.replace(f"name: {PLACEHOLDER_AUTHOR}", "name: A. Scholar").replace("quote: raise funds", "quote: rise")
    note.write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert check.main(["--root", str(broken_project)]) == 1
    lines = capsys.readouterr().out.splitlines()
    unrecorded = (
        "anchors.lock.json: /migration-and-transnationalism/opportunities/: 1 published id(s) not recorded: raise-funds"
        " (fix the other lines first, then run 'make anchors': it records nothing while the build fails)"
    )
    assert unrecorded in lines, lines
    assert any(line.startswith("annotations/notes/raise-funds.md: target.quote: 'rise'") for line in lines), lines
    lock = (broken_project / "anchors.lock.json").read_text(encoding="utf-8")
    recorded = run_build(broken_project, broken_project / "site", env={"EDITION_ANCHORS": "record"})  # make anchors
    assert recorded.returncode == 1
    assert "no id is recorded from a build that fails" in recorded.stderr
    assert (broken_project / "anchors.lock.json").read_text(encoding="utf-8") == lock
    built = run_build(broken_project, broken_project / "site")
    assert unrecorded in built.stderr, "the build's line is make check's"


def test_annotate_gives_no_id_the_page_has_or_has_published(
    broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`opportunities` is the page heading's id: the skeleton the build then refused had it."""
    lock = broken_project / "anchors.lock.json"
    ids = json.loads(lock.read_text(encoding="utf-8"))
    ids["/migration-and-transnationalism/opportunities/"].append("these-are-but-a-few")  # a removed annotation's
    lock.write_text(json.dumps(ids), encoding="utf-8")
    url = "/migration-and-transnationalism/opportunities/#p5"
    for quote in ("opportunities", "These are but a few of the many"):
        assert annotate.main(["--root", str(broken_project), "--url", url, "--quote", quote, "--author", "Ana"]) == 0
    out = capsys.readouterr().out
    assert "Wrote annotations/notes/opportunities-2.md" in out
    assert "Wrote annotations/notes/these-are-but-a-few-2.md" in out
    check.main(["--root", str(broken_project)])
    assert " id: " not in capsys.readouterr().out


def test_annotate_names_the_annotations_on_the_same_words(
    broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The README's example once quoted words `transfer-of-ideas` annotates: a second note was written unread."""
    url = "/migration-and-transnationalism/opportunities/#p3"
    quotes = (
        "the transfer of ideas",
        "manifests itself in the transfer of ideas",
        "itself in the transfer",
        "raise funds",
    )
    for quote in quotes:
        assert annotate.main(["--root", str(broken_project), "--url", url, "--quote", quote, "--author", "Ana"]) == 0
    said = [line for line in capsys.readouterr().out.splitlines() if line.startswith("These words")]
    line = "These words are annotated already, by transfer-of-ideas: read it first; yours is shown beside it."
    assert said == [line] * 3, "the words, words around them, words overlapping them; a skeleton is no annotation yet"


TEXT_PAGE = "open a page of a text and copy the link of a paragraph's ¶ number: …/migration-and-transnationalism/opportunities/#p3"


@pytest.mark.parametrize(
    ("url", "quote", "message"),
    [
        # the page's name without its folder: the one page of that name is named, in a form make annotate takes
        (
            "/opportunities/#p3",
            "social",
            "URL: '/opportunities/#p3' leads to no page with numbered paragraphs"
            ' (did you mean URL="migration-and-transnationalism/opportunities.md#p3"?)',
        ),
        (
            "opportunities.md#p3",
            "social",
            "URL: 'opportunities.md#p3' leads to no page with numbered paragraphs"
            ' (did you mean URL="migration-and-transnationalism/opportunities.md#p3"?)',
        ),
        # without its paragraph: no URL ending in a bare '#', which the next run would refuse
        (
            "opportunities.md",
            "social",
            "URL: 'opportunities.md' leads to no page with numbered paragraphs"
            ' (did you mean URL="migration-and-transnationalism/opportunities.md#p3", with the number of its ¶ for 3?)',
        ),
        # its ¶ number or another id after it: not a URL the next run refuses ("it must end in #p1, #p2, …")
        (
            "opportunities.md#3",
            "social",
            "URL: 'opportunities.md#3' leads to no page with numbered paragraphs"
            ' (did you mean URL="migration-and-transnationalism/opportunities.md#p3"?)',
        ),
        (
            "opportunities.md#opportunities",
            "social",
            "URL: 'opportunities.md#opportunities' leads to no page with numbered paragraphs"
            ' (did you mean URL="migration-and-transnationalism/opportunities.md#p3", with the number of its ¶ for 3?)',
        ),
        ("/nowhere/#p3", "social", f"URL: '/nowhere/#p3' leads to no page with numbered paragraphs ({TEXT_PAGE})"),
        # the home page's address on the published site, its base path unknown (no SITE_URL): it was "no page of the edition"
        (
            "https://owner.github.io/repo/#p1",
            "social",
            f"URL: 'https://owner.github.io/repo/#p1' leads to no page with numbered paragraphs ({TEXT_PAGE})",
        ),
        ("http://127.0.0.1:8000/#p1", "social", "URL: no paragraph 'p1' on index.md (it has no numbered paragraphs)"),
        (
            "/migration-and-transnationalism/opportunities/",
            "social",
            "URL: '/migration-and-transnationalism/opportunities/' does not point at a paragraph (it must end in #p1, #p2, …)",
        ),
        (
            "/migration-and-transnationalism/opportunities/#p3",
            "social",
            "QUOTE: 'social' occurs 3 times in p3 (quote more words, so that it occurs once)",
        ),
        (
            "/migration-and-transnationalism/opportunities/#p9",
            "social",
            "URL: no paragraph 'p9' on migration-and-transnationalism/opportunities.md (it has p1–p5)",
        ),
    ],
)
def test_annotate_refuses_with_one_line(
    broken_project: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    url: str,
    quote: str,
    message: str,
) -> None:
    monkeypatch.delenv("SITE_URL", raising=False)
    assert annotate.main(["--root", str(broken_project), "--url", url, "--quote", quote]) == 1
    assert capsys.readouterr().out.strip() == message
    assert not (broken_project / "annotations/notes/social.md").exists()


def test_annotate_names_each_page_of_a_name_two_folders_hold(
    broken_project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With an annex in two folders, `annex.md#3` was answered with the example alone, as if no annex existed."""
    monkeypatch.delenv("SITE_URL", raising=False)
    docs = broken_project / "docs"
    shutil.copy(docs / "migration-and-transnationalism/annex.md", docs / "origin-governments-and-migrant-associations")
    assert annotate.main(["--root", str(broken_project), "--url", "annex.md#3", "--quote", "social"]) == 1
    assert capsys.readouterr().out.strip() == (
        "URL: 'annex.md#3' leads to no page with numbered paragraphs (did you mean"
        ' URL="migration-and-transnationalism/annex.md#p3" or URL="origin-governments-and-migrant-associations/annex.md#p3"?)'
    )


@pytest.mark.parametrize(
    ("author", "pattern"),
    [("Ana <b>Peña</b>", PLAIN_TEXT), ("Ana &ltb", NO_REFERENCE_PATTERN), ("Ana &#60;b", NO_REFERENCE_PATTERN)],
    ids=["markup", "reference", "reference-with-semicolon"],
)
def test_annotate_refuses_a_name_the_schema_refuses_and_writes_nothing(
    broken_project: Path, capsys: pytest.CaptureFixture[str], author: str, pattern: str
) -> None:
    """It wrote the file, which make check then refused with this line on `author.name`."""
    message, hint = PATTERNS[pattern]
    hint = plain_text_hint("name") if pattern == PLAIN_TEXT else hint  # where a name's markup would be read as HTML
    said = f"{message.format(value=repr(author))} ({hint})"
    notes = broken_project / "annotations/notes"
    before = sorted(notes.iterdir())
    url = "/migration-and-transnationalism/opportunities/#p3"
    assert (
        annotate.main(["--root", str(broken_project), "--url", url, "--quote", "raise funds", "--author", author]) == 1
    )
    assert capsys.readouterr().out.strip() == f"AUTHOR: {said}"
    assert sorted(notes.iterdir()) == before
    today = dt.date.today()  # the file it wrote: make check's line has the same words
    path = "annotations/notes/raise-funds.md"
    text = annotate.skeleton(
        "raise-funds", "migration-and-transnationalism/opportunities.md", "p3", "raise funds", author, today
    )
    (broken_project / path).write_text(text, encoding="utf-8")
    _, problems = load_annotations(broken_project, None, today)
    assert f"{path}: author.name: {said}" in [str(problem) for problem in problems]


@pytest.mark.parametrize(
    ("author", "said"),
    [
        ("Ana " * 80, "is 319 characters long, more than the 300 it may have (shorten it to 300 characters or fewer)"),
        ("Ana\u2028Peña", "holds control characters no one can see: U+2028 (delete them: a line or paragraph separator"
         " (U+2028, U+2029) is a line break no one sees, so write a space in its place)"),
    ],
    ids=["too-long", "line-separator"],
)  # fmt: skip
def test_annotate_refuses_a_name_too_long_or_broken_unseen_before_writing(author: str, said: str) -> None:
    """A 100 kB AUTHOR was written into the file, and every tooltip of the annotation showed it."""
    assert [str(problem) for problem in annotate.check_typed(ROOT, "raise funds", author.strip())] == [
        f"AUTHOR: {said}"
    ]


@pytest.mark.parametrize(
    ("quote", "said"),
    [
        (
            "support &lt communities",
            " (".join(PATTERNS[NO_REFERENCE_PATTERN]).format(value="'support &lt communities'") + ")",
        ),
        ("communities, \u0007 bell", "holds control characters no one can see: U+0007 (delete them)"),
        # not in the paragraph either: the schema's line alone, one line for one mistake
        (
            "raise funds\u202e",
            "holds control characters no one can see: U+202E (delete them: a direction control (U+202A–U+202E, "
            "U+2066–U+2069) makes text read in another order than written)",
        ),
        ("\u200b", " (".join(PATTERNS[VISIBLE_PATTERN]) + ")"),
    ],
    ids=["reference", "control", "control-not-in-the-paragraph", "invisible"],
)
def test_annotate_refuses_a_quote_the_schema_refuses_and_writes_nothing(
    broken_project: Path, capsys: pytest.CaptureFixture[str], quote: str, said: str
) -> None:
    """It wrote the file when the page showed the words, which make check then refused with this line on `target.quote`."""
    page = "docs/migration-and-transnationalism/opportunities.md"
    edit(broken_project, page, "support communities", "support &amp;lt communities, \u0007 bell")  # a page showing both
    notes = broken_project / "annotations/notes"
    before = sorted(notes.iterdir())
    url = "/migration-and-transnationalism/opportunities/#p3"
    assert annotate.main(["--root", str(broken_project), "--url", url, "--quote", quote, "--author", "Ana"]) == 1
    assert capsys.readouterr().out.strip() == f"QUOTE: {said}"
    assert sorted(notes.iterdir()) == before
    today = dt.date.today()  # the file it wrote: make check's line has the same words
    path = "annotations/notes/refused.md"
    text = annotate.skeleton("refused", "migration-and-transnationalism/opportunities.md", "p3", quote, "Ana", today)
    (broken_project / path).write_text(text, encoding="utf-8")
    _, problems = load_annotations(broken_project, None, today)
    assert f"{path}: target.quote: {said}" in [str(problem) for problem in problems]


def test_check_names_unrecorded_terms_and_unknown_page_tags_as_the_build_does(broken_project: Path) -> None:
    glossary = broken_project / "annotations/glossary.yml"
    glossary.write_text(
        glossary.read_text(encoding="utf-8")
        + "- id: new-term\n  term: transnational lens\n  definitions:\n"
        + "    - anchor: migration-and-transnationalism/annex.md#p1\n      attribution: IOM.\n",
        encoding="utf-8",
    )
    page = broken_project / "docs/migration-and-transnationalism/opportunities.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("tags: [", "tags: [familes-left-behind, ", 1), encoding="utf-8")
    problems, _ = check.run_checks(broken_project, dt.date.today())
    lines = [str(problem) for problem in problems]
    unrecorded = "anchors.lock.json: /glossary/: 1 published id(s) not recorded: new-term"
    assert (
        f"{unrecorded} (fix the other lines first, then run 'make anchors': it records nothing while the build fails)"
        in lines
    )
    assert (
        "docs/migration-and-transnationalism/opportunities.md: tags: unknown policy area 'familes-left-behind'"
        " (did you mean 'families-left-behind'?)"
    ) in lines


def test_check_knows_the_policy_areas_the_build_knows(monkeypatch: pytest.MonkeyPatch) -> None:
    """`known_area_ids` for both: a taxonomy read without a line yet with no area knows no tag, so each is named.

    make check had its own rule (no areas: no tag checked), which said nothing where the build named every tag.
    """
    monkeypatch.setattr(check, "load_policy_areas", lambda root: ((), []))
    problems, _ = check.run_checks(ROOT, dt.date.today())
    assert [p for p in problems if p.path.startswith("annotations/notes/") and "unknown policy area" in p.message]


def test_check_reads_mkdocs_extensions_with_their_options() -> None:
    names, configs = configured_extensions(ROOT)
    assert "attr_list" in names and "pymdownx.caret" in names
    assert configs["toc"] == {"permalink": True}


def test_the_browser_form_checks_a_language_with_the_schema_s_pattern() -> None:
    """annotate.js keeps a copy of the pattern (JavaScript's `$` ends the text: no `(?!\\n)` needed there)."""
    schema = json.loads((ROOT / "annotations/schema/annotation.schema.json").read_text(encoding="utf-8"))
    script = (ROOT / "docs/assets/annotate.js").read_text(encoding="utf-8")
    copy = re.search(r"var LANGUAGE_TAG = /(.+)/;", script)
    assert copy is not None, "annotate.js: LANGUAGE_TAG"
    assert copy.group(1) == schema["properties"]["language"]["pattern"].replace("(?!\\n)$", "$")
    message, hint = PATTERNS[
        LANGUAGE_PATTERN
    ]  # and says what make check says: it said "not a language tag" of x-klingon
    assert f"""' {message.removeprefix("{value} ")}", "{hint}")""" in script


def test_the_browser_form_s_language_lines_and_codes_are_make_check_s() -> None:
    """The form passed `eng`, `en-UK` and `xx`, which make check refuses: it says so now in make check's words, and
    knows a two-letter slip (`xx`) from Babel's two-letter languages and the ones CLDR writes otherwise (`iw`)."""
    from babel.core import get_global

    from hooks.core.languages import UNKNOWN, UNNAMED, english_names
    from hooks.core.schema_messages import LANGUAGE_HINT

    script = (ROOT / "docs/assets/annotate.js").read_text(encoding="utf-8")
    copies = dict(re.findall(r'^ *var (LANGUAGE_UNNAMED|LANGUAGE_UNKNOWN|LANGUAGE_HINT|TWO_LETTER_LANGUAGES) = "(.*)";$',
                             script, re.MULTILINE))  # fmt: skip
    two_letters = {code for code in [*english_names()[0], *get_global("language_aliases")] if len(code) == 2}
    assert copies == {
        "LANGUAGE_UNNAMED": UNNAMED,
        "LANGUAGE_UNKNOWN": UNKNOWN,
        "LANGUAGE_HINT": LANGUAGE_HINT,
        "TWO_LETTER_LANGUAGES": " ".join(sorted(two_letters)),
    }


def test_the_browser_form_checks_a_name_for_references_with_the_schema_s_pattern() -> None:
    """annotate.js refused `<` and `>` only: `&lt`, `&#60` and `&amp;` went into a file make check refuses."""
    schema = json.loads((ROOT / "annotations/schema/annotation.schema.json").read_text(encoding="utf-8"))
    script = (ROOT / "docs/assets/annotate.js").read_text(encoding="utf-8")
    copy = re.search(r"var NO_REFERENCE = /(.+)/;", script)
    assert copy is not None, "annotate.js: NO_REFERENCE"
    assert copy.group(1) == NO_REFERENCE_PATTERN
    assert {"pattern": NO_REFERENCE_PATTERN} in schema["properties"]["author"]["properties"]["name"]["allOf"]
    message, hint = PATTERNS[NO_REFERENCE_PATTERN]  # and says what make check says
    assert f"""' {message.removeprefix("{value} ")}", "{hint}")""" in script


def test_the_browser_form_says_where_a_name_s_markup_would_be_read_as_make_check_does() -> None:
    """It said a name's markup would reach the site's navigation, where no author's name is shown."""
    script = (ROOT / "docs/assets/annotate.js").read_text(encoding="utf-8")
    hint = plain_text_hint("name")
    assert "navigation" not in hint
    assert f"""' has '<' or '>'", "{hint}")""" in script


def test_the_browser_form_refuses_a_blank_name_or_one_with_control_characters_as_the_schema_does() -> None:
    """A zero-width space alone, or a direction control, went into a file make check refuses."""
    schema = json.loads((ROOT / "annotations/schema/annotation.schema.json").read_text(encoding="utf-8"))
    name = schema["properties"]["author"]["properties"]["name"]
    script = (ROOT / "docs/assets/annotate.js").read_text(encoding="utf-8")
    assert re.search(r"var VISIBLE = /(.+)/;", script).group(1) == VISIBLE_PATTERN == name["pattern"]
    assert re.search(r"var NO_CONTROL = /(.+)/;", script).group(1) == NO_CONTROL_PATTERN
    assert {"pattern": NO_CONTROL_PATTERN} in name["allOf"]
    message, hint = PATTERNS[NO_CONTROL_PATTERN]
    assert f"""' {message}", "{hint}")""" in script


@pytest.mark.parametrize(
    ("name", "constant"),
    [
        ("VISIBLE", VISIBLE_PATTERN),
        ("NO_CONTROL", NO_CONTROL_PATTERN),
        ("NO_REFERENCE", NO_REFERENCE_PATTERN),
        ("PLAIN_TEXT", PLAIN_TEXT),
        ("LANGUAGE_TAG", LANGUAGE_PATTERN.replace("(?!\\n)$", "$")),  # JavaScript's `$` ends the text: no `(?!\n)`
        ("WEB_ADDRESS", URL_PATTERN.replace("(?!\\n)$", "$").replace("/", "\\/")),  # and a literal's `/` is `\/`
        ("NAME_LIMIT", str(LINE_LIMIT)),
        ("QUOTE_LIMIT", str(QUOTE_LIMIT)),
        ("URL_LIMIT", str(URL_LIMIT)),
    ],
)
def test_the_browser_form_s_copies_are_the_constants_make_check_uses(name: str, constant: str) -> None:
    """annotate.js checks a name and a web address with copies of text.py's constants: a copy that drifts lets through
    what the pull request's checks then refuse (a line separator, a 100 kB name), or refuses what they take."""
    script = (ROOT / "docs/assets/annotate.js").read_text(encoding="utf-8")
    copy = re.search(rf"^ *var {name} = (?:/(.+)/|([0-9]+));$", script, re.MULTILINE)
    assert copy is not None, f"annotate.js: {name}"
    assert (copy.group(1) or copy.group(2)) == constant


@pytest.mark.parametrize(
    ("name", "field", "place"),
    [
        ("NAME_LIMIT", "author.name", ("author", "name")),
        ("QUOTE_LIMIT", "quote", ("target", "quote")),  # the form checked no quote's length: 2,001 characters passed
        ("URL_LIMIT", "author.url", ("author", "url")),
    ],
)
def test_the_browser_form_checks_each_length_the_schema_limits_as_make_check_does(
    name: str, field: str, place: tuple[str, str]
) -> None:
    """Each limit annotate.js copies is the schema's for its field, and is checked there in make check's words.

    A 100 kB name passed the form and the schema; then a 2,001-character quote passed the form, which
    mirrored the name's limit and not the quote's, into a file the pull request's checks refused.
    """
    schema = json.loads((ROOT / "annotations/schema/annotation.schema.json").read_text(encoding="utf-8"))
    script = (ROOT / "docs/assets/annotate.js").read_text(encoding="utf-8")
    copy = re.search(rf"^ *var {name} = ([0-9]+);$", script, re.MULTILINE)
    assert copy is not None, f"annotate.js: {name}"
    assert int(copy.group(1)) == schema["properties"][place[0]]["properties"][place[1]]["maxLength"]
    assert re.search(rf'tooLong\("{re.escape(field)}", "[^"]+", [^,]+, {name}\)', script), f"annotate.js: {field}"


def test_the_browser_form_says_a_text_is_too_long_as_make_check_does() -> None:
    """The words of the form's length check are make check's (`too_long`), its numbers written as Python writes them."""
    message, hint = too_long("x" * 2199, QUOTE_LIMIT)
    assert (message, hint) == (
        "is 2,199 characters long, more than the 2,000 it may have",
        "shorten it to 2,000 characters or fewer",
    )
    script = (ROOT / "docs/assets/annotate.js").read_text(encoding="utf-8")
    assert 'var most = limit.toLocaleString("en");' in script
    assert '" characters long, more than the " + most + " it may have"' in script
    assert '"shorten it to " + most + " characters or fewer"' in script


def test_check_reads_only_the_pages_the_build_publishes(broken_project: Path) -> None:
    """A draft the build leaves out (hidden, templates/, exclude_docs) failed make check, and so every commit."""
    docs = broken_project / "docs"
    for page in (".draft.md", "templates/page.md", "drafts/wip.md"):
        (docs / page).parent.mkdir(parents=True, exist_ok=True)
        (docs / page).write_text("# Work in progress\n\nNot yet numbered.\n", encoding="utf-8")
    config = broken_project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "exclude_docs: |\n  drafts/\n", encoding="utf-8")
    assert run_build(broken_project, broken_project / "site").returncode == 0
    assert check.main(["--root", str(broken_project)]) == 0
    (docs / "drafts/wip.md").rename(docs / "about/wip.md")  # published now: the build and make check name it
    assert check.main(["--root", str(broken_project)]) == 1


USAGE = (
    'usage: make annotate URL="…/migration-and-transnationalism/opportunities/#p3" QUOTE="words from that paragraph"'
    ' [AUTHOR="Your name"]'
)


def test_annotate_without_its_inputs_names_all_three(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The usage line is what a newcomer sees first: it named URL and QUOTE, and AUTHOR only in make help."""
    for name in ("URL", "QUOTE", "AUTHOR"):
        monkeypatch.delenv(name, raising=False)
    assert annotate.main([]) == 2
    assert capsys.readouterr().err.strip().splitlines()[-1] == USAGE


@pytest.mark.parametrize(
    ("url", "quote", "line"),
    [
        (
            "",
            "",
            "make annotate: URL and QUOTE are missing (the link of a paragraph's ¶ number, and words copied from that"
            " paragraph)",
        ),
        (
            "",
            "post-conflict reconstruction",
            "make annotate: URL is missing (copy the link of the ¶ number of the paragraph that QUOTE's words are from)",
        ),
        (
            "https://example.org/migration-and-transnationalism/opportunities/#p3",
            "",
            "make annotate: QUOTE is missing or blank (copy the words you annotate from the paragraph URL links)",
        ),
        (
            "https://example.org/migration-and-transnationalism/opportunities/#p3",
            " \u00a0 ",
            "make annotate: QUOTE is missing or blank (copy the words you annotate from the paragraph URL links)",
        ),
    ],
)
def test_annotate_names_the_missing_input_before_the_usage(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], url: str, quote: str, line: str
) -> None:
    """The usage line alone left a newcomer who typed one of the two to guess which make had not received."""
    for name, value in (("URL", url), ("QUOTE", quote)):
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("AUTHOR", raising=False)
    assert annotate.main([]) == 2
    assert capsys.readouterr().err.splitlines() == [line, USAGE]


@pytest.mark.parametrize("author", ["", "  "], ids=["empty", "blank"])
def test_annotate_takes_an_empty_author_for_none_given(
    broken_project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], author: str
) -> None:
    """`AUTHOR=""` is optional AUTHOR left empty (a command line edited from the docs' example): the docs
    promise `name: Your name` without it; it was refused with the schema's "should be non-empty"."""
    url = "/migration-and-transnationalism/opportunities/#p3"
    for name, value in (("URL", url), ("QUOTE", "raise funds"), ("AUTHOR", author)):
        monkeypatch.setenv(name, value)
    assert annotate.main(["--root", str(broken_project)]) == 0, capsys.readouterr().out
    text = (broken_project / "annotations" / "notes" / "raise-funds.md").read_text(encoding="utf-8")
    assert f"name: {PLACEHOLDER_AUTHOR}\n" in text


def test_a_python_name_whose_module_fails_to_import_is_mkdocs_yml_s_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A module that raises on import (not ImportError) was make check's traceback: the line names the tag instead."""
    (tmp_path / "raises_on_import.py").write_text("raise RuntimeError('boom')\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: x\nx_named: !!python/name:raises_on_import.x\n", encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        read_config(tmp_path)
    assert str(raised.value.problem).startswith(
        "mkdocs.yml: '!!python/name:raises_on_import.x' names nothing Python can import at line 2"
    )


@pytest.mark.parametrize(
    ("content", "line"),
    [
        (None, "annotations/schema/annotation.schema.json: file not found"
         " (restore it from git: git checkout -- annotations/schema/annotation.schema.json)"),
        ('{"properties": {"target": {"type": "objet"}}}', "annotations/schema/annotation.schema.json:"
         " properties.target.type: is not valid JSON Schema: 'objet' is not valid under any of the given schemas"
         " (write it as JSON Schema 2020-12 does, or restore it: git checkout -- annotations/schema/annotation.schema.json)"),
        # a valid schema that says nothing of the quote or the name: nothing of them to check, no KeyError
        ('{"type": "object"}', None),
    ],
    ids=["missing", "no-json-schema", "no-properties"],
)  # fmt: skip
def test_make_annotate_names_an_annotation_schema_it_cannot_check_with_and_writes_nothing(
    broken_project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    content: str | None, line: str | None,
) -> None:  # fmt: skip
    """It stopped with a traceback; a file written unchecked could not pass make check either."""
    monkeypatch.delenv("SITE_URL", raising=False)
    schema = broken_project / "annotations/schema/annotation.schema.json"
    schema.unlink()
    if content is not None:
        schema.write_text(content, encoding="utf-8")
    notes = sorted((broken_project / "annotations/notes").iterdir())
    url = "http://127.0.0.1:8000/migration-and-transnationalism/opportunities/#p3"
    status = annotate.main(
        ["--root", str(broken_project), "--url", url, "--quote", "raise funds to support communities"]
    )
    if line is None:
        assert status == 0 and capsys.readouterr().out.startswith("Wrote annotations/notes/")
        return
    assert status == 1 and capsys.readouterr().out.splitlines() == [line]
    assert sorted((broken_project / "annotations/notes").iterdir()) == notes


def run_make_annotate(project: Path, *variables: str) -> subprocess.CompletedProcess[str]:
    """`make annotate VAR=value…` as a contributor runs it, with this test run's Python as the venv's."""
    shutil.copy2(ROOT / "Makefile", project / "Makefile")
    stamp = project / "runtime-installed"  # the venv is this run's: make is told it is up to date
    stamp.touch()
    return subprocess.run(
        [
            "make",
            "-s",
            "-o",
            str(stamp),
            f"RUNTIME={stamp}",
            f"BIN={Path(sys.executable).parent}",
            "annotate",
            *variables,
        ],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )


def test_make_annotate_passes_a_dollar_sign_as_typed(broken_project: Path) -> None:
    """Make expanded `$m` in `AUTHOR='Jo $mith'` to nothing and wrote 'Jo ith'; the docs' cure, `$$`, typed in the
    double quotes their example uses, was the shell's process id. The values now reach the script as typed."""
    result = run_make_annotate(
        broken_project,
        "URL=migration-and-transnationalism/opportunities.md#p3",
        "QUOTE=post-conflict reconstruction",
        "AUTHOR=Jo $mith & Co. (US$ 5)",
    )
    assert result.returncode == 0, result.stderr
    text = (broken_project / "annotations/notes/post-conflict-reconstruction.md").read_text(encoding="utf-8")
    assert "  name: Jo $mith & Co. (US$ 5)\n" in text


@pytest.mark.parametrize(
    "changed",
    [
        "annotations/notes/x.md",
        "annotations/glossary.yml",
        "docs/about/citing.md",
        "docs/about/notes.markdown",  # MkDocs publishes it: make check names it to be renamed
        "mkdocs.yml",
        "anchors.lock.json",  # an id taken out by hand: make check compares the lock with its history
        "anchors.redirects.yml",  # a moved id's redirect, its only change
        "anchors.words.json",
    ],
)
def test_the_pre_commit_hook_runs_make_check_on_every_file_it_checks(changed: str) -> None:
    """The hook ran `make check` only for annotations, `docs/**.md`, `mkdocs.yml` and hooks: a commit of a redirect
    alone, of the lock or of a `.markdown` page was never checked, though annotations/README.md says it runs
    before each commit."""
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    (hook,) = [hook for repo in config["repos"] for hook in repo["hooks"] if hook["entry"] == "make check"]
    assert re.search(hook.get("files", ""), changed), f"{changed} does not run make check before a commit"


@pytest.mark.parametrize(
    "url",
    [" /migration-and-transnationalism/opportunities/#p3 ", "\t/migration-and-transnationalism/opportunities/#p3\n"],
)
def test_annotate_takes_a_link_pasted_with_spaces_around_it(
    broken_project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], url: str
) -> None:
    """A link copied from a document with a space or a line break after it 'does not point at a paragraph (it must
    end in #p1, #p2, …)', though it ends in #p3 as far as anyone can see: a browser's address bar drops them too."""
    for name, value in (("URL", url), ("QUOTE", "raise funds"), ("AUTHOR", "Ana Peña")):
        monkeypatch.setenv(name, value)
    assert annotate.main(["--root", str(broken_project)]) == 0, capsys.readouterr().out
    text = (broken_project / "annotations" / "notes" / "raise-funds.md").read_text(encoding="utf-8")
    assert "  paragraph: p3\n" in text


@pytest.mark.parametrize(
    ("url", "hint"),
    [
        # an annotation's Permalink, copied to answer it: its paragraph's link is the one to write
        (
            "/migration-and-transnationalism/opportunities/#transfer-of-ideas",
            "'#transfer-of-ideas' is the link of an annotation on p3: to annotate that paragraph, write"
            ' URL="migration-and-transnationalism/opportunities.md#p3"',
        ),
        ("/migration-and-transnationalism/opportunities/#P3", "it must end in #p1, #p2, …: did you mean #p3?"),
        ("/migration-and-transnationalism/opportunities/#opportunities", "it must end in #p1, #p2, …"),
    ],
)
def test_annotate_names_the_paragraph_a_link_of_another_kind_is_on(
    broken_project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], url: str, hint: str
) -> None:
    """An annotation's permalink said only 'it must end in #p1, #p2, …', and the paragraph it is on is known."""
    for name, value in (("URL", url), ("QUOTE", "raise funds"), ("AUTHOR", "Ana Peña")):
        monkeypatch.setenv(name, value)
    assert annotate.main(["--root", str(broken_project)]) == 1
    assert capsys.readouterr().out.strip() == f"URL: '{url}' does not point at a paragraph ({hint})"


MT = "migration-and-transnationalism"
MOVED_LINE = "That paragraph moved to /{place}."
FIX_MOVES = "run make check: it names the line of anchors.redirects.yml or of mkdocs.yml's redirect_maps to fix"


@pytest.fixture(scope="module")
def moved_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project with ids moved (`move_paragraphs`), as in the form's `moved_site`."""
    project = copy_project(tmp_path_factory.mktemp("moved-paragraphs") / "project")
    move_paragraphs(project)
    return project


@pytest.fixture
def moved_copy(moved_project: Path, tmp_path: Path) -> Path:
    """A copy of `moved_project` for one test to write a note in, or to change the moves of."""
    return shutil.copytree(moved_project, tmp_path / "project")


def redirect_instead(project: Path, lines: str) -> None:
    """Send Opportunities' `#p5` elsewhere than `moved_project` does: `lines` in place of its redirect."""
    edit(project, "anchors.redirects.yml", MOVED_PARAGRAPH, lines)


@pytest.mark.parametrize(
    ("url", "redirect", "quote", "page", "paragraph"),
    [
        pytest.param(
            f"http://127.0.0.1:8000/{MT}/conclusion/#p1",
            "",
            "a key factor in contemporary migration",
            f"{MT}/closing-remarks",
            "p1",
            id="page-moved",
        ),
        pytest.param(
            f"https://owner.github.io/repo/{MT}/conclusion/index.html#p1",
            "",
            "a key factor in contemporary migration",
            f"{MT}/closing-remarks",
            "p1",
            id="page-moved-published",
        ),
        pytest.param(
            f"/{MT}/opportunities/#p5",
            "",
            "A transnational perspective on migration",
            f"{MT}/introduction",
            "p3",
            id="redirected",
        ),
        # redirected to the old address of a page that moved since: the page's script, then mkdocs-redirects' stub
        pytest.param(
            f"/{MT}/opportunities/#p5",
            f"'/{MT}/opportunities/#p5': '/{MT}/conclusion/#p1'\n",
            "a key factor in contemporary migration",
            f"{MT}/closing-remarks",
            "p1",
            id="chain",
        ),
    ],
)
def test_annotate_follows_a_link_to_a_paragraph_that_moved_to_where_it_is_now(
    moved_copy: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    url: str,
    redirect: str,
    quote: str,
    page: str,
    paragraph: str,
) -> None:
    """make annotate refused an old link ("leads to no page with numbered paragraphs", "no paragraph 'p5'") that the
    site, and the site's form, follow: it says where the paragraph moved, as the form does, and writes the note there."""
    monkeypatch.delenv("SITE_URL", raising=False)
    if redirect:
        redirect_instead(moved_copy, redirect)
    arguments = ["--root", str(moved_copy), "--url", url, "--quote", quote, "--author", "Ana Peña"]
    assert annotate.main(arguments) == 0, capsys.readouterr().out
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == MOVED_LINE.format(place=f"{page}/#{paragraph}")
    assert lines[1].startswith("Wrote annotations/notes/"), lines
    written = frontmatter.loads((moved_copy / lines[1].removeprefix("Wrote ").partition(":")[0]).read_text("utf-8"))
    assert written["target"] == {"page": f"{page}.md", "paragraph": paragraph, "quote": quote}
    problems, _ = check.run_checks(moved_copy, dt.date.today())
    assert [p.field for p in problems if p.path == lines[1].removeprefix("Wrote ").partition(":")[0]] == ["body"]


def test_annotate_names_the_paragraph_a_moved_link_leads_to_when_the_quote_is_not_there(
    moved_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The quote's line is on the paragraph where it is now, which the line before it names."""
    url = f"/{MT}/opportunities/#p5"
    assert annotate.main(["--root", str(moved_copy), "--url", url, "--quote", "cost-effective"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == MOVED_LINE.format(place=f"{MT}/introduction/#p3")
    assert lines[1].startswith("QUOTE: 'cost-effective' is not in p3"), lines
    assert not list((moved_copy / "annotations" / "notes").glob("cost-effective*.md"))


@pytest.mark.parametrize(
    ("redirects", "message"),
    [
        pytest.param(
            f"'/{MT}/opportunities/#p5': '/{MT}/introduction/#introduction'\n",
            f"URL: '/{MT}/opportunities/#p5' moved to /{MT}/introduction/#introduction, which is not a paragraph"
            " (copy the link of a paragraph's ¶ number there)",
            id="onto-a-heading",
        ),
        pytest.param(
            f"'/{MT}/opportunities/#p5': '/{MT}/introduction/#p9'\n'/{MT}/introduction/#p9': '/{MT}/opportunities/#p5'\n",
            f"URL: '/{MT}/opportunities/#p5' moves in a circle (/{MT}/opportunities/#p5 → /{MT}/introduction/#p9"
            f" → /{MT}/opportunities/#p5) ({FIX_MOVES})",
            id="circle",
        ),
        pytest.param(
            f"'/{MT}/opportunities/#p5': '/{MT}/introduction/#p9'\n",
            f"URL: '/{MT}/opportunities/#p5' moved to /{MT}/introduction/#p9, which no page has ({FIX_MOVES})",
            id="nowhere",
        ),
    ],
)
def test_annotate_refuses_a_link_that_moved_onto_no_paragraph_in_one_line(
    moved_copy: Path, capsys: pytest.CaptureFixture[str], redirects: str, message: str
) -> None:
    """An id may be redirected to a heading, or (a mistake the build names) round in a circle: nothing is written."""
    redirect_instead(moved_copy, redirects)
    notes = sorted((moved_copy / "annotations" / "notes").iterdir())
    url = f"/{MT}/opportunities/#p5"
    assert annotate.main(["--root", str(moved_copy), "--url", url, "--quote", "social", "--author", "Ana"]) == 1
    assert capsys.readouterr().out.strip() == message
    assert sorted((moved_copy / "annotations" / "notes").iterdir()) == notes


GONE_PARAGRAPH = (
    f"URL: '/{MT}/conclusion/#p7': that page moved to /{MT}/closing-remarks/, which has no paragraph 'p7'"
    " (it has p1: copy the link of a paragraph's ¶ number there)"
)


def test_annotate_names_the_page_a_link_s_page_moved_to_when_it_has_no_such_paragraph(
    moved_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A page move sends every id on: one its page never had said "moved to …/closing-remarks/#p7, which no page has"
    and sent the contributor to make check, which had nothing to fix. The form's words (test_browser_annotate.py)."""
    notes = sorted((moved_project / "annotations" / "notes").iterdir())
    url = f"/{MT}/conclusion/#p7"
    assert annotate.main(["--root", str(moved_project), "--url", url, "--quote", "social", "--author", "Ana"]) == 1
    assert capsys.readouterr().out.strip() == GONE_PARAGRAPH
    assert sorted((moved_project / "annotations" / "notes").iterdir()) == notes


GONE_PAGE = (
    f"URL: '/{MT}/conclusion/#p7': that page is gone, and 'p7' is none of its paragraphs that moved (p1):"
    f" they went to /{MT}/introduction/ (copy the link of a paragraph's ¶ number there)"
)


RETIRED_BY_NUMBER = (
    f"URL: '/{MT}/conclusion/#p7': that page moved to /{MT}/introduction/, which has no paragraph 'p7'"
    " (it has p1–p3: copy the link of a paragraph's ¶ number there)"
)


@pytest.mark.parametrize(
    ("change", "line"),
    [(merge_conclusion, GONE_PAGE), (retire_by_number, RETIRED_BY_NUMBER)],
    ids=["renumbered", "numbers-kept"],
)
def test_annotate_says_a_link_s_page_is_gone_and_where_its_paragraphs_went(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: Callable[[Path], None], line: str
) -> None:
    """A page deleted, its ids redirected one by one: an id it never had "led to no page with numbered paragraphs",
    the form listing the old ids as the page's. Both say the page is gone and where its paragraphs went now; where
    they kept their numbers on one page, that the page moved there (the form cannot tell it from a page move)."""
    project = copy_project(tmp_path / "project")
    change(project)
    url = f"/{MT}/conclusion/#p7"
    assert annotate.main(["--root", str(project), "--url", url, "--quote", "social", "--author", "Ana"]) == 1
    assert capsys.readouterr().out.strip() == line


@pytest.mark.parametrize(
    ("ends", "line"),
    [
        ([("p1", f"/{MT}/introduction/"), ("p2", f"/{MT}/introduction/")],
         f"URL: '/{MT}/conclusion/#p7': that page is gone, and 'p7' is none of its paragraphs that moved (p1–p2):"
         f" they went to /{MT}/introduction/ (copy the link of a paragraph's ¶ number there)"),
        ([("p1", f"/{MT}/introduction/"), ("p3", f"/{MT}/challenges/")],
         f"URL: '/{MT}/conclusion/#p7': that page is gone, and 'p7' is none of its paragraphs that moved (p1, p3)"
         " (open the page a paragraph is on now and copy the link of its ¶ number)"),
        ([("p1", f"/{MT}/introduction/"), ("p2", None)],
         f"URL: '/{MT}/conclusion/#p7': that page is gone, and 'p7' is none of its paragraphs that moved (p1–p2)"
         " (open the page a paragraph is on now and copy the link of its ¶ number)"),
    ],
    ids=["one-page", "spread", "one-onto-a-heading"],
)  # fmt: skip
def test_a_gone_page_s_line_names_the_one_page_its_paragraphs_went_to(
    ends: list[tuple[str, str | None]], line: str
) -> None:
    """Its paragraphs sent to one page, that page is where to copy the link from; sent to several, or one onto
    no paragraph (a heading: `#contents`), none is named."""
    assert str(gone_page_problem(f"/{MT}/conclusion/#p7", "p7", ends)) == line
