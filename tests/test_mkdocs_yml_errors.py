"""mkdocs.yml, broken: site_url, a setting written twice, site_name, the glossary's settings, use_directory_urls."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from broken_project_helpers import assert_build_and_check_say, assert_pages_say
from config_error_helpers import ANALYTICS
from conftest import ROOT, edit, line_of, run_build, run_check

from hooks.core.problems import line_order


def test_a_body_link_to_the_published_site_is_named_with_the_docs_path_when_site_url_is_set(
    broken_project: Path,
) -> None:
    """It passed as an external link: its #p3 unchecked, and it would not follow the page if the edition moved."""
    note = "annotations/notes/chain-migration-and-cities.md"
    published = "https://owner.github.io/repo/migration-and-transnationalism/introduction/#p3"
    export = "https://owner.github.io/repo/annotations.jsonld"  # a file the site serves, not a page: a link as any
    view = "https://owner.github.io/repo/annotations/?motivation=questioning"  # a view: skipped, though a docs path says it
    typo = "https://owner.github.io/repo/migration-and-transnationalism/introductio/#p3"  # no page: it passed
    written = "annotations/index.md?motivation=questioning&area=remittances"  # the docs path of a view: its query kept
    links = f"([all]({export}), [questions]({view}), [mistyped]({typo}), [on remittances]({written}))"
    edit(broken_project, note, "](migration-and-transnationalism/introduction.md#p3)", f"]({published}) {links}")
    unchecked = "is the published site's address (it goes unchecked, and breaks if the page moves)"
    expected = [
        f"{note}: body: the link '{published}' {unchecked} (write the page's path inside docs/:"
        " 'migration-and-transnationalism/introduction.md#p3')",
        f"{note}: body: the link '{view}' {unchecked} (write the page's path inside docs/:"
        " 'annotations/index.md?motivation=questioning')",
        f"{note}: body: the link '{typo}' leads to no page (write the page's path inside docs/: did you mean"
        " 'migration-and-transnationalism/introduction.md#p3'?)",
    ]
    assert_pages_say(broken_project, note, expected, env={"SITE_URL": "https://owner.github.io/repo/"})
    check = run_check(broken_project, {"SITE_URL": "http://127.0.0.1:8000/"})  # mkdocs.yml's default: a local preview
    assert check.returncode == 0 and note not in check.stdout, check.stdout


def test_a_site_url_mkdocs_takes_but_no_address_can_be_read_by_is_named_by_both(broken_project: Path) -> None:
    """`host:abc` passed both: every published address a body held then went unchecked, without a word."""
    note = "annotations/notes/chain-migration-and-cities.md"
    published = "https://owner.github.io:abc/repo/migration-and-transnationalism/introduction/#p3"
    edit(broken_project, note, "](migration-and-transnationalism/introduction.md#p3)", f"]({published})")
    expected = [
        "mkdocs.yml: site_url: 'https://owner.github.io:abc/repo/' is no address: its port, 'abc', is no number from 0"
        " to 65535 (write SITE_URL=https://owner.github.io/repo/, or the port's number)"
    ]
    assert_pages_say(broken_project, "mkdocs.yml", expected, env={"SITE_URL": "https://owner.github.io:abc/repo/"})


def test_a_setting_mkdocs_yml_writes_twice_is_one_line_in_the_build_and_make_check(broken_project: Path) -> None:
    """MkDocs' YAML kept the second `extra:` block in silence: the first one's settings were dropped, unsaid."""
    edit(broken_project, "mkdocs.yml", "extra:\n", "extra:\n  generator: false\n\nextra:\n")
    second = line_of("mkdocs.yml", "extra:") + 3  # the block written in front of it is three lines
    line = f"mkdocs.yml: `extra` is written twice at line {second} (keep one of the two: YAML would silently keep the last)"
    assert_build_and_check_say(broken_project, [line])


SITE_NAME = "site_name: Migration and Transnationalism — an annotated edition\n"


@pytest.mark.parametrize(
    ("new", "line"),
    [
        # both took it: every page's title read "Home - ", and the citations' site name was empty
        ("site_name: ''\n", "mkdocs.yml: site_name: is empty (write the edition's title, e.g. `site_name: An annotated edition`)"),
        ("site_name: '\u00a0'\n", "mkdocs.yml: site_name: is blank (write the edition's title, e.g. `site_name: An annotated edition`)"),
        # both took 'Migration' for the edition's title
        ("site_name: Migration #2\n", "mkdocs.yml: site_name: 'Migration' is cut short by ' #', which YAML reads as the start"
         " of a comment (put it in quotes: `site_name: 'Migration #2'`; a comment needs two spaces before its '# ')"),
    ],
    ids=["empty", "blank", "cut-short"],
)  # fmt: skip
def test_a_site_name_that_shows_nothing_or_is_cut_short_is_one_line_in_the_build_and_make_check(
    new: str, line: str, broken_project: Path
) -> None:
    edit(broken_project, "mkdocs.yml", SITE_NAME, new)
    assert_build_and_check_say(broken_project, [line])


def test_a_missing_site_name_stops_the_build_with_mkdocs_line_and_make_check_with_its_own(broken_project: Path) -> None:
    """MkDocs refuses it before the edition's hooks run, in one line of its own; make check said OK."""
    edit(broken_project, "mkdocs.yml", SITE_NAME, "")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert "Config value 'site_name': Required configuration not provided." in result.stderr.splitlines()[-1]
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr, check.stderr
    assert check.stdout.splitlines() == [
        "mkdocs.yml: site_name: is missing (write the edition's title, e.g. `site_name: An annotated edition`)"
    ]


ENV_TITLE = "EDITION_TITLE_FOR_A_TEST"
ENV_DEFAULT = f"give a default: `site_name: !ENV [{ENV_TITLE}, An annotated edition]`"


NO_SITE_NAME = "Config value 'site_name': Required configuration not provided."


@pytest.mark.parametrize(
    ("environment", "line", "mkdocs_line"),
    [
        ({}, f"mkdocs.yml: site_name: is empty: the environment variable {ENV_TITLE} it is read from is not set"
             f" (set {ENV_TITLE} to the edition's title, or {ENV_DEFAULT})", NO_SITE_NAME),
        # `!ENV` reads an empty value as YAML reads nothing: null, which MkDocs stops on as well
        ({ENV_TITLE: ""}, f"mkdocs.yml: site_name: is empty: the environment variable {ENV_TITLE} it is read from"
                          f" is set to nothing (set {ENV_TITLE} to the edition's title, or unset it and {ENV_DEFAULT})",
         NO_SITE_NAME),
        # read as YAML reads a plain word: MkDocs stops on a yes/no value; make check offered `site_name: VAR`
        ({ENV_TITLE: "yes"}, f"mkdocs.yml: site_name: is not text: the environment variable {ENV_TITLE} it is read"
                             " from is set to 'yes', which YAML reads as a yes/no value, true (put the value in quotes"
                             f" inside the variable: set {ENV_TITLE} to `'yes'`, quotes and all; or write the title"
                             " in mkdocs.yml: `site_name: 'yes'`)",
         "Config value 'site_name': Expected type: <class 'str'> but received: <class 'bool'>"),
    ],
    ids=["unset", "set-to-nothing", "set-to-yes"],
)  # fmt: skip
def test_a_site_name_read_from_an_unset_variable_names_it_in_make_check(
    environment: dict[str, str], line: str, mkdocs_line: str, broken_project: Path
) -> None:
    """`site_name: !ENV VAR`, VAR unset: MkDocs stops on it in its own line, and make check said "is empty",
    the variable unsaid, as if the file were at fault. It names the variable and both fixes; VAR set to a
    word YAML reads as no text, its value, as MkDocs stops on that too."""
    edit(broken_project, "mkdocs.yml", SITE_NAME, f"site_name: !ENV {ENV_TITLE}\n")
    env = {**{key: value for key, value in os.environ.items() if key != ENV_TITLE}, **environment}
    result = run_build(broken_project, broken_project / "site", env=env)
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert mkdocs_line in result.stderr, result.stderr
    check = subprocess.run(
        [sys.executable, "-m", "hooks.cli.check", "--root", str(broken_project)],
        cwd=broken_project, env={**env, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert check.returncode == 1 and "Traceback" not in check.stderr, check.stderr
    assert check.stdout.splitlines() == [line]


GLOSSARY_SETTINGS = [
    ("used_in: 12", "used_in: many",
     "mkdocs.yml: extra.glossary.used_in: must be a whole number ≥ 1, not 'many'"
     " (the number of paragraphs listed per term, e.g. `used_in: 12`)"),
    ("link: first", "link: every",
     "mkdocs.yml: extra.glossary.link: unknown link mode 'every' (write 'first' (the first occurrence per page) or 'all')"),
    # both took it in silence: the glossary listed 12 uses per term, not the 5 asked for
    ("used_in: 12", "usedin: 5", "mkdocs.yml: extra.glossary.usedin: is no glossary setting (did you mean `used_in`?)"),
    ("link: first", "links: all", "mkdocs.yml: extra.glossary.links: is no glossary setting (did you mean `link`?)"),
    ("link: first", "colour: blue",
     "mkdocs.yml: extra.glossary.colour: is no glossary setting (the glossary's settings: `link`, `used_in`)"),
    # both took it in silence too: the settings below it went to another key, and their defaults were used
    ("  glossary:\n", "  glossary: all\n  unused:\n",
     "mkdocs.yml: extra.glossary: must be settings, not 'all'"
     " (write each setting on its own line below `glossary:`, indented 2 spaces more: `link: first`)"),
]  # fmt: skip


@pytest.mark.parametrize(("old", "new", "line"), GLOSSARY_SETTINGS, ids=["used-in", "link", "typo", "typo-link",
                                                                          "unknown", "not-settings"])  # fmt: skip
def test_a_glossary_setting_the_build_refuses_is_one_line_in_the_build_and_make_check(
    broken_project: Path, old: str, new: str, line: str
) -> None:
    """make check said OK to `used_in: many`, and the build failed on it."""
    edit(broken_project, "mkdocs.yml", old, new)
    assert_build_and_check_say(broken_project, [line])


def test_use_directory_urls_false_is_one_line_in_the_build_and_make_check(broken_project: Path) -> None:
    """Every page moves ('/x/' to '/x.html'): the build listed each page's lost ids (288 lines), make check a line of its own."""
    edit(broken_project, "mkdocs.yml", "extra:\n", "use_directory_urls: false\n\nextra:\n")
    line = (
        "mkdocs.yml: use_directory_urls: false: every page would move from '/folder/page/', where the anchor lock"
        " and published links have it (remove use_directory_urls, or set it to true)"
    )
    assert_build_and_check_say(broken_project, [line])


PLUGIN_OPTIONS = [
    # both read the plugin's options with MkDocs' own check (its `config_scheme`): make check said OK to each
    ("      separator:", "      separatr:",
     "Config value 'plugins': Plugin 'material/search' option 'separatr': Unrecognised configuration name: separatr",
     "mkdocs.yml: plugins: search: has no option `separatr` (did you mean `separator`?)"),
    ("      redirect_maps: {}", "      redirect_map: {}",
     "Config value 'plugins': Plugin 'redirects' option 'redirect_map': Unrecognised configuration name: redirect_map",
     "mkdocs.yml: plugins: redirects: has no option `redirect_map` (did you mean `redirect_maps`?)"),
    ("      separator:", "      lang: 5\n      separator:",
     "Config value 'plugins': Plugin 'material/search' option 'lang': Expected a list of language codes.",
     "mkdocs.yml: plugins: search: lang: Expected a list of language codes."
     " (write it as the plugin's documentation says, or remove it for its default)"),
    # a slip of a deprecated option: it was offered plainly, which MkDocs warns of in turn
    ("      separator:", "      prebuild_indx: true\n      separator:",
     "Config value 'plugins': Plugin 'material/search' option 'prebuild_indx': Unrecognised configuration name:"
     " prebuild_indx",
     "mkdocs.yml: plugins: search: has no option `prebuild_indx` (did you mean `prebuild_index`? It is deprecated,"
     " which MkDocs warns of: remove it; the search plugin says: Unsupported option)"),
    # a deprecated option with its plugin's own message: MkDocs' line is those words, said once by make check too
    ("  - redirects:\n", "  - privacy:\n      external_assets: true\n  - redirects:\n",
     "Config value 'plugins': Plugin 'material/privacy' option 'external_assets': Deprecated, use 'assets_fetch'",
     "mkdocs.yml: plugins: privacy: external_assets: Deprecated, use 'assets_fetch' (remove it)"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("old", "new", "mkdocs_line", "line"),
    PLUGIN_OPTIONS,
    ids=["typo", "redirects-typo", "type", "deprecated-typo", "deprecated-said-instead"],
)
def test_a_plugin_option_mkdocs_refuses_stops_the_build_with_its_line_and_make_check_with_one_of_its_own(
    old: str, new: str, mkdocs_line: str, line: str, broken_project: Path
) -> None:
    """MkDocs checks a plugin's options before any hook runs: its line, not the edition's; make check said OK."""
    edit(broken_project, "mkdocs.yml", old, new)
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert mkdocs_line in result.stderr, result.stderr
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr, check.stderr
    assert check.stdout.splitlines() == [line]


@pytest.mark.parametrize("theme", ["mkdocs", "readthedocs"])
def test_material_search_fields_with_mkdocs_own_theme_are_named_as_material_s_option(
    theme: str, broken_project: Path
) -> None:
    """`search` is MkDocs' own plugin under its themes, which has no `fields`: make check listed its options only."""
    edit(broken_project, "mkdocs.yml", "  name: material\n", f"  name: {theme}\n")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    mkdocs_line = "Config value 'plugins': Plugin 'search' option 'fields': Unrecognised configuration name: fields"
    assert mkdocs_line in result.stderr, result.stderr
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr, check.stderr
    assert check.stdout.splitlines() == [
        "mkdocs.yml: plugins: search: has no option `fields` (`fields` is an option of Material for MkDocs' search:"
        " remove it, or use Material's theme, `name: material` under `theme:`)"
    ]


@pytest.mark.parametrize("theme", ["mkdocs", "readthedocs"])
def test_a_plugin_only_material_provides_with_mkdocs_own_theme_is_named_as_material_s(
    theme: str, broken_project: Path
) -> None:
    """MkDocs finds no `tags` under its own themes (Material's is `material/tags`): make check said to check its spelling."""
    edit(broken_project, "mkdocs.yml", "  name: material\n", f"  name: {theme}\n")
    edit(broken_project, "mkdocs.yml", "  - search:\n", "  - tags\n  - search:\n")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert "Config value 'plugins': The \"tags\" plugin is not installed" in result.stderr, result.stderr
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr, check.stderr
    switch = "use Material's theme, `name: material` under `theme:`"
    assert check.stdout.splitlines() == [  # the build names `fields` once `tags` is fixed: make check in one run
        "mkdocs.yml: plugins: 'tags' is no installed MkDocs plugin (`tags` is Material for MkDocs' plugin, loaded by"
        f" that name under Material's theme only: {switch}, or write it `material/tags`)",
        f"mkdocs.yml: plugins: search: has no option `fields` (`fields` is an option of Material for MkDocs' search:"
        f" remove it, or {switch})",
    ]


@pytest.mark.parametrize(
    ("theme", "plugin", "listed", "hint"),
    [
        ("mkdocs", "search", "  - material/search:\n", "write `search`"),
        ("mkdocs", "search", "  - material/search\n  - search:\n", "remove it"),  # `search` twice: MkDocs refuses it
        ("readthedocs", "blog", "  - material/blog\n  - search:\n", "remove it"),
    ],
)
def test_material_s_plugin_reading_its_theme_under_mkdocs_own_theme_is_one_line_in_the_build_and_make_check(
    theme: str, plugin: str, listed: str, hint: str, broken_project: Path
) -> None:
    """`material/search` under `theme: mkdocs`: make check said OK, the build stopped on `TemplateNotFound` (a traceback)."""
    edit(broken_project, "mkdocs.yml", "  name: material\n", f"  name: {theme}\n")
    edit(broken_project, "mkdocs.yml", "  - search:\n", listed)
    edit(broken_project, "mkdocs.yml", "      fields:\n        tags: {boost: 1000}\n", "")  # `search` is MkDocs' now
    line = (
        f"mkdocs.yml: plugins: material/{plugin}: is Material for MkDocs' plugin, which needs its theme ({hint}, or use"
        " Material's theme, `name: material` under `theme:`)"
    )
    assert_pages_say(broken_project, "mkdocs.yml: plugins", [line])


SEARCH_FIELDS = [
    # make check said OK, and the build stopped on a traceback inside Material's search plugin
    ("tags: {boost: 1000}", "tags: {boost: many}",
     "mkdocs.yml: plugins.search.fields.tags.boost: must be a number, not 'many'"
     " (a number, e.g. 2, or remove it for Material's default)"),
    # both took it in silence: Material dropped the key, and tags were weighed as text
    ("tags: {boost: 1000}", "tags: {bost: 1000}",
     "mkdocs.yml: plugins.search.fields.tags.bost: is no search field setting (did you mean `boost`?)"),
]  # fmt: skip


@pytest.mark.parametrize(("old", "new", "line"), SEARCH_FIELDS, ids=["boost", "typo"])
def test_a_search_field_material_cannot_read_is_one_line_in_the_build_and_make_check(
    old: str, new: str, line: str, broken_project: Path
) -> None:
    """The edition's hook reads the fields before Material's search plugin does, so the build says the line too."""
    edit(broken_project, "mkdocs.yml", old, new)
    assert_build_and_check_say(broken_project, [line])


def test_a_search_field_is_named_under_the_plugin_as_mkdocs_yml_names_it(broken_project: Path) -> None:
    """MkDocs loads `search` as `material/search`: the line said `plugins.search` of either, found under neither."""
    edit(broken_project, "mkdocs.yml", "  - search:\n", "  - material/search:\n")
    edit(broken_project, "mkdocs.yml", "tags: {boost: 1000}", "tags: {boost: many}")
    line = (
        "mkdocs.yml: plugins.material/search.fields.tags.boost: must be a number, not 'many'"
        " (a number, e.g. 2, or remove it for Material's default)"
    )
    assert_build_and_check_say(broken_project, [line])


KEEP_DOCS = "keep the pages in docs/ and remove docs_dir"
DOCS_DIRS = [
    # MkDocs refuses each before any hook: make check said "read the pages in docs/ only", as if the build took it
    ("''", "The 'docs_dir' should not be the parent directory of the config file.",
     f"mkdocs.yml: docs_dir: '' is the folder of mkdocs.yml itself, which MkDocs refuses: the pages go in a folder"
     f" beside it ({KEEP_DOCS})"),
    (".", "The 'docs_dir' should not be the parent directory of the config file.",
     f"mkdocs.yml: docs_dir: '.' is the folder of mkdocs.yml itself, which MkDocs refuses: the pages go in a folder"
     f" beside it ({KEEP_DOCS})"),
    ("nope", "Config value 'docs_dir': The path '{project}/nope' isn't an existing directory.",
     f"mkdocs.yml: docs_dir: 'nope' is no folder ({KEEP_DOCS})"),
    ("5", "Config value 'docs_dir': Expected type: <class 'str'> but received: <class 'int'>",
     f"mkdocs.yml: docs_dir: must be text, not 5 ({KEEP_DOCS})"),
]  # fmt: skip


@pytest.mark.parametrize(("value", "mkdocs_line", "line"), DOCS_DIRS, ids=["empty", "dot", "missing", "number"])
def test_a_docs_dir_mkdocs_refuses_is_named_by_make_check_as_refused(
    value: str, mkdocs_line: str, line: str, broken_project: Path
) -> None:
    edit(broken_project, "mkdocs.yml", "site_name:", f"docs_dir: {value}\nsite_name:")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert mkdocs_line.format(project=broken_project) in result.stderr, result.stderr
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr, check.stderr
    assert check.stdout.splitlines() == [line]


@pytest.mark.parametrize("value", ["", "{project}/docs", "./docs/"], ids=["null", "absolute", "dotted"])
def test_a_docs_dir_naming_docs_passes_the_build_and_make_check(value: str, broken_project: Path) -> None:
    """`docs_dir:` (null: MkDocs' default) and docs/'s absolute path are docs/: make check refused them, the build not."""
    edit(broken_project, "mkdocs.yml", "site_name:", f"docs_dir: {value.format(project=broken_project)}\nsite_name:")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0, result.stderr
    check = run_check(broken_project)
    assert check.returncode == 0, check.stdout


BROKEN_HOOKS = [
    ("def on_config(config:\n    return config\n", "SyntaxError: '(' was never closed",
     "mkdocs.yml: hooks: 'hooks/late.py' does not load: SyntaxError: '(' was never closed (late.py, line 1)"
     " (fix the hook's code: the build stops on it before any page)"),
    ("import no_such_module_here\n", "ModuleNotFoundError: No module named 'no_such_module_here'",
     "mkdocs.yml: hooks: 'hooks/late.py' does not load: ModuleNotFoundError: No module named 'no_such_module_here'"
     " (fix the hook's code: the build stops on it before any page)"),
]  # fmt: skip


@pytest.mark.parametrize(("code", "mkdocs_line", "line"), BROKEN_HOOKS, ids=["syntax", "import"])
def test_a_hook_that_does_not_load_stops_the_build_in_mkdocs_words_and_make_check_in_one_line(
    code: str, mkdocs_line: str, line: str, broken_project: Path
) -> None:
    """MkDocs imports each hook before any runs, and stops with its traceback (its own, before the edition's code).

    make check tested only that the file was there, and said OK.
    """
    (broken_project / "hooks/late.py").write_text(code, encoding="utf-8")
    edit(
        broken_project,
        "mkdocs.yml",
        "  - hooks/adapters/anchors.py",
        "  - hooks/adapters/anchors.py\n  - hooks/late.py",
    )
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and mkdocs_line in result.stderr, result.stderr
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr, check.stderr
    assert check.stdout.splitlines() == [line]


def test_a_repo_url_no_browser_reads_is_one_line_in_the_build_and_make_check(broken_project: Path) -> None:
    """MkDocs took it, which `urlsplit` reads: every page's repository link and the form's pull request led nowhere."""
    repo = "https://github.com:99999/example/annotated-edition"
    edit(broken_project, "mkdocs.yml", "repo_url: https://github.com/example/annotated-edition", f"repo_url: {repo}")
    line = (
        f"mkdocs.yml: repo_url: '{repo}' is no address: its port, '99999', is no number from 0 to 65535"
        " (write https://github.com/example/annotated-edition, or the port's number)"
    )
    assert_build_and_check_say(broken_project, [line])


TOP_WARNED = "is no setting of MkDocs, which warns of it (the strict build fails)"
SETTING_NAMES = [
    # (edit, MkDocs' own warning, make check's line): one each, naming the same setting
    (("extra_css:", "x: 1\nextra_css:"), "Config value 'x': Unrecognised configuration name: x",
     f"mkdocs.yml: x: {TOP_WARNED} (remove it; a value a template of the theme reads goes under `extra:`)"),
    (("extra_css:", "extra_csss:"), "Config value 'extra_csss': Unrecognised configuration name: extra_csss",
     f"mkdocs.yml: extra_csss: {TOP_WARNED} (did you mean `extra_css`?)"),
    (("site_url:", "site_ulr:"), "Config value 'site_ulr': Unrecognised configuration name: site_ulr",
     f"mkdocs.yml: site_ulr: {TOP_WARNED} (did you mean `site_url`?)"),
    (("  anchors: warn\n", "  anchors: warn\n  links:\n    anchor: warn\n"),
     "Config value 'validation': Sub-option 'links': Sub-option 'anchor': Unrecognised configuration name: anchor",
     "mkdocs.yml: validation.links.anchor: is no setting of `validation.links`, which MkDocs warns of"
     " (the strict build fails) (did you mean `anchors`?)"),
    # a theme's option, and a value its templates read from `extra`, written at the top: MkDocs warns, sent to their place
    (("\nnav:", "\nfeatures: [toc.integrate]\nnav:"), "Config value 'features': Unrecognised configuration name: features",
     f"mkdocs.yml: features: {TOP_WARNED} (write it under `theme:`)"),
    (("\nnav:", "\nanalytics: {provider: google}\nnav:"),
     "Config value 'analytics': Unrecognised configuration name: analytics",
     f"mkdocs.yml: analytics: {TOP_WARNED} (write it under `extra:`)"),
    (("\nnav:", "\nextra_js: []\nnav:"), "Config value 'extra_js': Unrecognised configuration name: extra_js",
     f"mkdocs.yml: extra_js: {TOP_WARNED} (did you mean `extra_javascript`?)"),
    (("\nnav:", "\ngoogle_analytics: [UA-1, example.org]\nnav:"),
     "Config value 'google_analytics': The configuration option google_analytics has been deprecated",
     f"mkdocs.yml: google_analytics: is deprecated, which MkDocs warns of (the strict build fails) (remove it; {ANALYTICS})"),
    # a slip of a retired name: the retired name's guidance, not a name to write (nor `extra:`, where it went)
    (("\nnav:", "\ngoogle_analytic: [UA-1, example.org]\nnav:"),
     "Config value 'google_analytic': Unrecognised configuration name: google_analytic",
     f"mkdocs.yml: google_analytic: {TOP_WARNED} (did you mean `google_analytics`? It is deprecated, which MkDocs"
     f" warns of: remove it; {ANALYTICS})"),
    (("      separator:", "      lnag: en\n      separator:"),
     "Config value 'plugins': Plugin 'material/search' option 'lnag': Unrecognised configuration name: lnag",
     "mkdocs.yml: plugins: search: has no option `lnag` (did you mean `lang`?)"),
]  # fmt: skip


def test_names_mkdocs_does_not_know_are_its_warnings_in_the_build_and_one_line_each_in_make_check(
    broken_project: Path,
) -> None:
    """One mkdocs.yml with each: MkDocs warns of each and stops the strict build; make check said OK to all but one.

    A theme's option MkDocs takes in silence (`featurs`: its `Theme` keeps any name), so neither names it.
    """
    for (old, new), _, _ in SETTING_NAMES:
        edit(broken_project, "mkdocs.yml", old, new)
    edit(broken_project, "mkdocs.yml", "  features:", "  featurs: [toc.integrate]\n  features:")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    warned = [line.split(" -  ", 1)[1] for line in result.stderr.splitlines() if line.startswith("WARNING")]
    assert len(warned) == len(SETTING_NAMES) and "featurs" not in result.stderr, result.stderr
    assert all(any(line.startswith(said) for line in warned) for _, said, _ in SETTING_NAMES), result.stderr
    assert (
        f"Aborted with {len(SETTING_NAMES)} configuration warnings in 'strict' mode!" in result.stdout + result.stderr
    )
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr, check.stderr
    assert check.stdout.splitlines() == sorted((line for _, _, line in SETTING_NAMES), key=line_order)
    assert check.stderr.splitlines()[-1] == f"{len(SETTING_NAMES)} problem(s) found."
