"""make check and make annotate name a mkdocs.yml, hook, plugin or extension the build refuses, in one line."""

from __future__ import annotations

import collections
import shutil
from pathlib import Path
from typing import Any

import markdown
import pytest
from conftest import ROOT, edit, line_of
from markdown.extensions import Extension

from hooks.cli import annotate, check
from hooks.core.config_file import ConfigError, named_entries, read_config
from hooks.core.problems import line_order


def test_make_check_names_a_site_url_the_build_refuses(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """It printed OK and checked no published address, while the build stopped on MkDocs' configuration error."""
    monkeypatch.setenv("SITE_URL", "owner.github.io/repo")
    assert check.main(["--root", str(ROOT)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "mkdocs.yml: site_url: 'owner.github.io/repo' has no scheme (write SITE_URL=https://owner.github.io/repo)"
    ]


# The lines below a value made wrong, taken as the text of a setting MkDocs knows (`unused:` is one it warns of)
AS_TEXT = "site_author: |\n"
SITE_NAME = "site_name: Migration and Transnationalism — an annotated edition\n"
REPO_URL = "repo_url: https://github.com/example/annotated-edition\n"
SITE_NAME_LINE = "`site_name: An annotated edition`"
MAPS_HINT = "write each move as a line `old.md: new.md` under `redirects` → `redirect_maps`"
TOC_OPTIONS = (
    "marker, title, title_class, toc_class, anchorlink, anchorlink_class, permalink, permalink_class,"
    " permalink_title, permalink_leading, baselevel, slugify, separator, toc_depth"
)
BAD_CONFIGS = [
    # docs/about/stable-links.md sends contributors to redirect_maps: a slip there was a yaml.scanner.ScannerError
    ("redirect_maps: {}", "redirect_maps:\n        old.md: new.md: x",
     f"mkdocs.yml: invalid YAML at line {line_of('mkdocs.yml', 'redirect_maps: {}') + 1}: mapping values are not allowed here"
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
    ("markdown_extensions:\n  - abbr\n", f"markdown_extensions: abbr\n{AS_TEXT}  - abbr\n",
     "mkdocs.yml: markdown_extensions: must be a list, not 'abbr' (write one `- name` line per extension)"),
    # the build takes it; here every page was left unread, with a line for each check that found none
    ("site_name:", "docs_dir: hooks\nsite_name:", "mkdocs.yml: docs_dir: 'hooks': make check and make annotate read the pages in docs/ only"
     " (keep the pages in docs/ and remove docs_dir)"),
    # a ValueError from PyYAML's constructor (the build's own traceback is MkDocs', before any hook)
    ("site_name: Migration", 'site_name: !!int "x"\nunused: Migration',
     "mkdocs.yml: 'x' cannot be read as !!int at line 1 (remove the '!!' tag: YAML reads a plain value as what it is written as)"),
    # YAML kept the second block in silence: the glossary's settings were gone
    ("extra:\n", "extra:\n  generator: false\n\nextra:\n",
     f"mkdocs.yml: `extra` is written twice at line {line_of('mkdocs.yml', 'extra:') + 3} (keep one of the two: YAML would"
     " silently keep the last)"),
    # the build stops on both (MkDocs' configuration error); make check said OK
    ("site_name:", "x_tagged: !foo x\nsite_name:",
     "mkdocs.yml: '!foo' is no tag MkDocs reads at line 1 (remove the tag: of the '!' tags MkDocs reads"
     " only !ENV and !relative, and a plain value as what it is written as)"),
    ("site_name:", "x_named: !!python/name:no_such_module_here.thing\nsite_name:",
     "mkdocs.yml: '!!python/name:no_such_module_here.thing' names nothing Python can import at line 1"
     " (check the module's and the name's spelling, and that the package is installed)"),
    # the build stops on it (MkDocs' configuration error); make check said OK, and reads the glossary's settings there
    ("extra:\n", f"extra: all\n{AS_TEXT}",
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
    ("hooks:\n", f"hooks: hooks/adapters/anchors.py\n{AS_TEXT}",
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
    # the edition's own extensions, listed by dotted path: each was told to check that requirements.txt installs it
    ("  - pymdownx.superfences", "  - pymdownx.superfences\n  - hooks.mdx.permalink",
     "mkdocs.yml: markdown_extensions: 'hooks.mdx.permalink' is no installed Markdown extension"
     " (did you mean 'hooks.mdx.permalinks'?)"),
    ("  - pymdownx.superfences", "  - pymdownx.superfences\n  - hooks.mdx.spoken_pilcrows",
     "mkdocs.yml: markdown_extensions: 'hooks.mdx.spoken_pilcrows' is no installed Markdown extension"
     " (it was renamed 'hooks.mdx.spoken_symbols': write that name)"),
    # MkDocs stopped on a traceback (urlsplit's ValueError) before any hook ran; make check said OK
    (REPO_URL, "repo_url: http://[x\n",
     "mkdocs.yml: repo_url: 'http://[x' is no address: its host, after '//', cannot be read"
     " (copy the repository's address from the browser's address bar, e.g. https://github.com/owner/repo)"),
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
    "edition-extension-typo",
    "edition-extension-renamed",
    "repo-url-unreadable",
]


@pytest.mark.parametrize(("old", "new", "line"), BAD_CONFIGS, ids=BAD_CONFIG_IDS)
def test_make_check_names_a_mkdocs_yml_the_build_refuses_in_one_line(
    old: str, new: str, line: str, broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each was a traceback (or a line per page left unread); the build stops on each with a configuration error."""
    edit(broken_project, "mkdocs.yml", old, new)
    assert check.main(["--root", str(broken_project)]) == 1
    assert capsys.readouterr().out.splitlines() == [line]


WARNED = "which MkDocs warns of (the strict build fails)"
TOP_WARNED = "which warns of it (the strict build fails)"
TO_EXTRA = "remove it; a value a template of the theme reads goes under `extra:`"
INTERNAL = "is MkDocs' own, which refuses it in mkdocs.yml (remove it; MkDocs sets it itself)"
UNKNOWN_SETTINGS = {
    # MkDocs warns "Unrecognised configuration name" and the strict build stops before any hook; make check said OK
    "unknown": ("extra_css:", "x: 1\nextra_css:", f"mkdocs.yml: x: is no setting of MkDocs, {TOP_WARNED} ({TO_EXTRA})"),
    "extra-css-typo": ("extra_css:", "extra_csss:",
                       f"mkdocs.yml: extra_csss: is no setting of MkDocs, {TOP_WARNED} (did you mean `extra_css`?)"),
    "site-url-typo": ("site_url:", "site_ulr:",
                      f"mkdocs.yml: site_ulr: is no setting of MkDocs, {TOP_WARNED} (did you mean `site_url`?)"),
    # `validation` is a sub-config MkDocs checks, its levels' names too (`anchors` written a level up is `links`')
    "validation-typo": ("  anchors: warn\n", "  anchor: warn\n",
                        f"mkdocs.yml: validation.anchor: is no setting of `validation`, {WARNED} (did you mean `anchors`?)"),
    "validation-nav-typo": ("    not_found: warn\n", "    not_fond: warn\n",
                            f"mkdocs.yml: validation.nav.not_fond: is no setting of `validation.nav`, {WARNED}"
                            " (did you mean `not_found`?)"),
    # retired settings, as MkDocs' schema marks them: one it refuses, one it warns of
    "removed": ("\nnav:", "\npages: []\nnav:", "mkdocs.yml: pages: was removed from MkDocs, which refuses it (write it as `nav:`)"),
    "deprecated": ("\nnav:", "\ngoogle_analytics: [UA-1, example.org]\nnav:",
                   f"mkdocs.yml: google_analytics: is deprecated, {WARNED} (remove it)"),
    # a slip of a retired name: said with the retired name's own guidance (it was sent to `extra:`)
    "deprecated-typo": ("\nnav:", "\ngoogle_analytic: [UA-1, example.org]\nnav:",
                        f"mkdocs.yml: google_analytic: is no setting of MkDocs, {TOP_WARNED} (did you mean"
                        " `google_analytics`? It is deprecated, which MkDocs warns of: remove it)"),
    "removed-typo": ("\nnav:", "\npage: []\nnav:",
                     f"mkdocs.yml: page: is no setting of MkDocs, {TOP_WARNED} (did you mean `pages`? It was removed"
                     " from MkDocs: write it as `nav:`)"),
    # MkDocs' own settings, which it sets itself: `Private` ("For internal use only.") and `config_file_path` (a traceback)
    "private": ("\nnav:", "\nmdx_configs: {toc: {}}\nnav:", f"mkdocs.yml: mdx_configs: {INTERNAL}"),
    "config-file-path": ("\nnav:", "\nconfig_file_path: x.yml\nnav:", f"mkdocs.yml: config_file_path: {INTERNAL}"),
    # a theme's option at the top: Material's `mkdocs_theme.yml`, MkDocs' `Theme`, or read by the templates
    **{f"theme-{name}": ("\nnav:", f"\n{name}: x\nnav:",
                         f"mkdocs.yml: {name}: is no setting of MkDocs, {TOP_WARNED} (write it under `theme:`)")
       for name in ("features", "palette", "logo", "favicon", "font", "custom_dir", "language", "icon")},
    "extra-analytics": ("\nnav:", "\nanalytics: {provider: google}\nnav:",
                        f"mkdocs.yml: analytics: is no setting of MkDocs, {TOP_WARNED} (write it under `extra:`)"),
    "extra-js": ("extra_css:", "extra_js: []\nextra_css:",
                 f"mkdocs.yml: extra_js: is no setting of MkDocs, {TOP_WARNED} (did you mean `extra_javascript`?)"),
    # a plugin's option: its line, with the option meant a transposition away
    "plugin-option-typo": ("      separator:", "      lnag: en\n      separator:",
                           "mkdocs.yml: plugins: search: has no option `lnag` (did you mean `lang`?)"),
}  # fmt: skip


@pytest.mark.parametrize(("old", "new", "line"), UNKNOWN_SETTINGS.values(), ids=UNKNOWN_SETTINGS.keys())
def test_make_check_and_make_annotate_name_a_setting_mkdocs_does_not_know_in_one_line(
    old: str, new: str, line: str, broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Named by MkDocs' own schema (`MkDocsConfig`), as its warning names it; make annotate refuses it before it writes."""
    edit(broken_project, "mkdocs.yml", old, new)
    assert check.main(["--root", str(broken_project)]) == 1
    assert capsys.readouterr().out.splitlines() == [line]
    notes = sorted((broken_project / "annotations/notes").iterdir())
    url = "/migration-and-transnationalism/opportunities/#p3"
    assert annotate.main(["--root", str(broken_project), "--url", url, "--quote", "raise funds"]) == 1
    assert capsys.readouterr().out.splitlines() == [line]
    assert sorted((broken_project / "annotations/notes").iterdir()) == notes


def test_a_theme_option_mkdocs_takes_in_silence_is_no_line(
    broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """MkDocs checks no theme option's name (its `Theme` keeps any): make check, which fails where the build fails, is OK."""
    edit(broken_project, "mkdocs.yml", "  features:", "  featurs: []\n  features:")
    assert check.main(["--root", str(broken_project)]) == 0
    assert capsys.readouterr().out.startswith("OK: ")


def test_inherit_is_read_by_mkdocs_loader_not_named_as_a_setting(
    broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """MkDocs' loader merges the parent file and takes `INHERIT` out before its check: make annotate refused to run."""
    (broken_project / "base.yml").write_text("copyright: x\n", encoding="utf-8")
    edit(broken_project, "mkdocs.yml", "\nnav:", "\nINHERIT: base.yml\nnav:")
    assert check.main(["--root", str(broken_project)]) == 0
    assert capsys.readouterr().out.startswith("OK: ")


SEARCH_FIELD_DEFAULT = "or remove it for Material's default"
SEARCH_FIELDS = {
    # Material stopped the build on a traceback at each; make check said OK
    "not-settings": (
        [("tags: {boost: 1000}", "tags: 1000")],
        [f"mkdocs.yml: plugins.search.fields.tags: must be settings, not 1000 (write them as `tags: {{boost: 2}}`,"
         f" {SEARCH_FIELD_DEFAULT})"],
    ),
    "with-an-option-mkdocs-refuses": (
        [("tags: {boost: 1000}", "tags: {boost: many}"), ("      separator:", "      lang: 5\n      separator:")],
        ["mkdocs.yml: plugins.search.fields.tags.boost: must be a number, not 'many'"
         f" (a number, e.g. 2, {SEARCH_FIELD_DEFAULT})",
         "mkdocs.yml: plugins: search: lang: Expected a list of language codes."
         " (write it as the plugin's documentation says, or remove it for its default)"],
    ),
    # named as mkdocs.yml names the plugin: it said `plugins.search.fields`, which is not written there
    "namespaced": (
        [("  - search:\n", "  - material/search:\n"), ("tags: {boost: 1000}", "tags: {boost: many}")],
        ["mkdocs.yml: plugins.material/search.fields.tags.boost: must be a number, not 'many'"
         f" (a number, e.g. 2, {SEARCH_FIELD_DEFAULT})"],
    ),
    "disabled": ([("tags: {boost: 1000}", "tags: {boost: many}"), ("      separator:", "      enabled: false\n      separator:")], []),
}  # fmt: skip


@pytest.mark.parametrize(("edits", "lines"), SEARCH_FIELDS.values(), ids=SEARCH_FIELDS.keys())
def test_make_check_names_a_search_field_material_cannot_read_as_the_build_reads_them(
    broken_project: Path, capsys: pytest.CaptureFixture[str], edits: list[tuple[str, str]], lines: list[str]
) -> None:
    """With the plugin's other options in one run; a disabled search plugin reads none (Material returns first)."""
    for old, new in edits:
        edit(broken_project, "mkdocs.yml", old, new)
    assert check.main(["--root", str(broken_project)]) == (1 if lines else 0)
    output = capsys.readouterr().out.splitlines()
    assert output == (lines or output[-1:]), output
    assert lines or output[-1].startswith("OK: ")


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
            ("extra:\n", f"extra: all\n{AS_TEXT}"),
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
            ("redirect_maps: {}", "redirect_maps: {}\ndocs_dir: hooks"),
        ],
        [
            "mkdocs.yml: docs_dir: 'hooks': make check and make annotate read the pages in docs/ only"
            " (keep the pages in docs/ and remove docs_dir)",
            "mkdocs.yml: hooks: must be a list, not 'hooks/adapters/anchors.py' (write one `- path` line per hook)",
            "mkdocs.yml: markdown_extensions: 5 is no extension's name (write the extension's name, e.g. `- attr_list`)",
            "mkdocs.yml: markdown_extensions: one entry holds 2 names (toc, permalink)"
            " (start each extension with '- ', and indent its options 4 spaces more than its name)",
            "mkdocs.yml: markdown_extensions: pymdownx.caret: its options are a list, not a mapping"
            " (write its options below `- pymdownx.caret:` as `option: value` lines, or no ':' for none)",
            "mkdocs.yml: plugins: must be a list, not 'search' (write one `- name` line per plugin)",
            # the keys that took the lists' lines: names MkDocs warns of, in the same run
            f"mkdocs.yml: unused: is no setting of MkDocs, {TOP_WARNED} ({TO_EXTRA})",
            f"mkdocs.yml: unused_hooks: is no setting of MkDocs, {TOP_WARNED} ({TO_EXTRA})",
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
        [("  - hooks/adapters/anchors.py", "  - hooks/adapters/anchor.py"), ("extra:\n", f"extra: all\n{AS_TEXT}")],
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
    assert capsys.readouterr().out.splitlines() == sorted([*lines, missing_docs], key=line_order)


def test_make_annotate_names_a_hooks_setting_that_is_no_list_and_writes_nothing(
    broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The build refuses it as it refuses `plugins: [5]`, which make annotate names: a value's shape, not a file missing."""
    edit(broken_project, "mkdocs.yml", "hooks:\n", f"hooks: hooks/adapters/anchors.py\n{AS_TEXT}")
    notes = sorted((broken_project / "annotations/notes").iterdir())
    url = "/migration-and-transnationalism/opportunities/#p3"
    assert annotate.main(["--root", str(broken_project), "--url", url, "--quote", "raise funds"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "mkdocs.yml: hooks: must be a list, not 'hooks/adapters/anchors.py' (write one `- path` line per hook)"
    ]
    assert sorted((broken_project / "annotations/notes").iterdir()) == notes


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
