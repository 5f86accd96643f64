"""make check and make annotate name a setting MkDocs does not know, or a search field Material cannot read, in one line."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest
from config_error_helpers import ANALYTICS, TO_EXTRA, TOP_WARNED
from conftest import ROOT, edit

from hooks.cli import annotate, check
from hooks.cli.config_plugins import plugin_option_problem, plugin_problem
from hooks.cli.mkdocs_settings import config_setting_names, retired_options
from hooks.core.setting_names import Retired, retired_fix

WARNED = "which MkDocs warns of (the strict build fails)"
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
                   f"mkdocs.yml: google_analytics: is deprecated, {WARNED} (remove it; {ANALYTICS})"),
    # a slip of a retired name: said with the retired name's own guidance (it was sent to `extra:`)
    "deprecated-typo": ("\nnav:", "\ngoogle_analytic: [UA-1, example.org]\nnav:",
                        f"mkdocs.yml: google_analytic: is no setting of MkDocs, {TOP_WARNED} (did you mean"
                        f" `google_analytics`? It is deprecated, which MkDocs warns of: remove it; {ANALYTICS})"),
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
    # a slip of a plugin's deprecated option: offered with the deprecation's guidance, as a retired setting's slip is
    "plugin-option-deprecated-typo": ("      separator:", "      prebuild_indx: true\n      separator:",
                                      "mkdocs.yml: plugins: search: has no option `prebuild_indx` (did you mean"
                                      " `prebuild_index`? It is deprecated, which MkDocs warns of: remove it; the"
                                      " search plugin says: Unsupported option)"),
    "plugin-option-moved-typo": ("  - redirects:\n", "  - tags:\n      tags_compare_revers: true\n  - redirects:\n",
                                 "mkdocs.yml: plugins: tags: has no option `tags_compare_revers` (did you mean"
                                 " `tags_compare_reverse`? It is deprecated, which MkDocs warns of: write it as"
                                 " `tags_sort_reverse:`)"),
    # a slip of a deprecated option with its plugin's own message: MkDocs' line for the slip lacks it, said here
    "plugin-option-said-instead-typo": ("  - redirects:\n", "  - privacy:\n      external_asset: true\n  - redirects:\n",
                                        "mkdocs.yml: plugins: privacy: has no option `external_asset` (did you mean"
                                        " `external_assets`? It is deprecated, which MkDocs warns of: remove it; the"
                                        " privacy plugin says: Deprecated, use 'assets_fetch')"),
    # the deprecated option itself: MkDocs' words are the plugin's message, said once, and remove it
    "plugin-option-unsupported": ("      separator:", "      prebuild_index: true\n      separator:",
                                  "mkdocs.yml: plugins: search: prebuild_index: Unsupported option (remove it)"),
    "plugin-option-said-instead": ("  - redirects:\n", "  - privacy:\n      external_assets: true\n  - redirects:\n",
                                   "mkdocs.yml: plugins: privacy: external_assets: Deprecated, use 'assets_fetch'"
                                   " (remove it)"),
    # the deprecated option itself: MkDocs' words, with the same guidance
    "plugin-option-moved": ("  - redirects:\n", "  - tags:\n      tags_compare_reverse: true\n  - redirects:\n",
                            "mkdocs.yml: plugins: tags: tags_compare_reverse: The configuration option"
                            " 'tags_compare_reverse' has been deprecated and will be removed in a future release."
                            " Use 'tags_sort_reverse' instead. (write it as `tags_sort_reverse:`)"),
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


@pytest.mark.parametrize(
    ("theme", "fix"),
    [("material", f"remove it; {ANALYTICS}"), ({"name": "material", "custom_dir": "overrides"}, f"remove it; {ANALYTICS}"),
     ("mkdocs", "remove it"), ({"name": "readthedocs"}, "remove it"), (None, "remove it"),
     ({"name": ["material"]}, "remove it")],  # no theme's name: its own line, and no traceback here
    ids=["material", "material-settings", "mkdocs", "readthedocs", "default", "name-a-list"],
)  # fmt: skip
def test_google_analytics_is_sent_where_the_theme_reads_it(theme: Any, fix: str) -> None:
    """MkDocs' warning says "see the options available on your theme": make check said only "remove it" under Material."""
    names = config_setting_names(ROOT, {"theme": theme, "google_analytics": ["UA-1", "example.org"]})
    assert retired_fix(names.retired["google_analytics"]) == fix


RETIRED_OPTIONS = {"old_sort": Retired(refused=False, moved_to="sort_by"), "gone": Retired(refused=True)}
PLUGIN_OPTIONS = [
    ("old_sortt", "mkdocs.yml: plugins: p: has no option `old_sortt` (did you mean `old_sort`? It is deprecated, which"
                  " MkDocs warns of: write it as `sort_by:`)"),
    ("gonee", "mkdocs.yml: plugins: p: has no option `gonee` (did you mean `gone`? It was removed from the plugin:"
              " remove it)"),
    ("sort_byy", "mkdocs.yml: plugins: p: has no option `sort_byy` (did you mean `sort_by`?)"),
    ("x", "mkdocs.yml: plugins: p: has no option `x` (its options: sort_by)"),  # no retired one listed
]  # fmt: skip


@pytest.mark.parametrize(("option", "line"), PLUGIN_OPTIONS, ids=["deprecated", "removed", "current", "none-close"])
def test_a_slip_of_a_retired_plugin_option_is_offered_with_its_guidance(option: str, line: str) -> None:
    """`prebuild_indx` was offered `prebuild_index` plainly, which MkDocs warns of in turn, as `google_analytic` was."""
    unknown = f"Unrecognised configuration name: {option}"
    known = ["old_sort", "gone", "sort_by"]
    assert str(plugin_option_problem("p", option, unknown, known, RETIRED_OPTIONS)) == line


RETIRED_BY_PLUGINS = [
    ("material.plugins.privacy.config:PrivacyConfig", "privacy", "external_assets",
     "remove it; the privacy plugin says: Deprecated, use 'assets_fetch'"),
    ("material.plugins.social.config:SocialConfig", "material/social", "cards_font",
     "remove it; the material/social plugin says: Deprecated, use 'cards_layout_options.font_family'"),
    ("material.plugins.search.config:SearchConfig", "search", "prebuild_index",
     "remove it; the search plugin says: Unsupported option"),
    ("material.plugins.privacy.config:PrivacyConfig", "privacy", "external_links", "write it as `links:`"),
    ("material.plugins.tags.config:TagsConfig", "tags", "tags_file", "remove it"),  # MkDocs' own words: none said
]  # fmt: skip


@pytest.mark.parametrize(
    ("scheme", "plugin", "option", "fix"),
    RETIRED_BY_PLUGINS,
    ids=["use", "use-nested", "unsupported", "moved", "plain"],
)
def test_a_retired_plugin_option_carries_the_plugin_s_own_words(
    scheme: str, plugin: str, option: str, fix: str
) -> None:
    """`Deprecated(message=...)`: a slip of it was offered it with "remove it" alone, the plugin's pointer lost.

    Said after the slip's "remove it" only: the option's own line is MkDocs', which says the plugin's words.
    """
    module, _, name = scheme.partition(":")
    config_class = getattr(importlib.import_module(module), name)
    assert retired_fix(retired_options(config_class._schema, plugin)[option]) == fix


PLUGINS_OWN_WORDS = [
    ("Renamed to '{}_v2'", "remove it; the p plugin says: Renamed to 'old_v2'"),  # formatted as MkDocs says it
    ("Superseded by 'new'", "remove it; the p plugin says: Superseded by 'new'"),
    ("Use {new} instead", "remove it; the p plugin says: Use {new} instead"),  # `format` refuses it: as written
    (None, "remove it"),  # MkDocs' default words: the plugin said nothing of its own
]


@pytest.mark.parametrize(("message", "fix"), PLUGINS_OWN_WORDS, ids=["renamed", "superseded", "unformatted", "default"])
def test_a_retired_plugin_option_carries_the_plugin_s_own_words_whatever_they_say(
    message: str | None, fix: str
) -> None:
    """Kept only where English words ("use", "instead") were found in them: "Renamed to 'foo'" was lost."""
    from mkdocs.config import config_options

    scheme = [("old", config_options.Deprecated(message=message)), ("new", config_options.Type(str))]
    assert retired_fix(retired_options(scheme, "p")["old"]) == fix


@pytest.mark.parametrize("refused", [False, True], ids=["deprecated", "removed"])
def test_a_retired_plugin_option_with_the_plugin_s_words_says_them_once(refused: bool) -> None:
    """MkDocs' line for the option is the plugin's message: said again after "remove it", it was twice."""
    gone = Retired(refused=refused, instead="the p plugin says: Deprecated, use 'new'")
    line = plugin_option_problem("p", "old", "Deprecated, use 'new'", ["old", "new"], {"old": gone})
    assert str(line) == "mkdocs.yml: plugins: p: old: Deprecated, use 'new' (remove it)"


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


INSTALLED = ["search", "redirects", "material/search", "material/tags", "material/blog"]
PLUGIN_SLIPS = [
    ("tag", "mkdocs", "did you mean 'material/tags'?"),  # it said to check the spelling: `tags` is only Material's
    ("material/tag", "mkdocs", "did you mean 'material/tags'?"),
    ("material/tag", "material", "did you mean 'tags'?"),  # as Material's theme names it
    ("serach", "mkdocs", "did you mean 'search'?"),  # MkDocs' own before Material's namesake
    ("redirect", "material", "did you mean 'redirects'?"),
    ("nonesuch", "mkdocs", "check its spelling, and that requirements.txt installs it"),
]


@pytest.mark.parametrize(("name", "namespace", "hint"), PLUGIN_SLIPS)
def test_a_plugin_slip_is_offered_the_closest_installed_plugin_as_mkdocs_yml_names_it(
    name: str, namespace: str, hint: str
) -> None:
    """The closest plugin by its own name (`tags` for `tag`), with the namespace this theme needs (`material/tags`)."""
    assert plugin_problem(name, INSTALLED, namespace).hint == hint


def test_a_plugin_listed_twice_is_one_line(broken_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`material/search` and `search` under Material's theme: MkDocs loads one plugin twice and warns; make check said OK."""
    edit(broken_project, "mkdocs.yml", "  - search:\n", "  - material/search\n  - search:\n")
    assert check.main(["--root", str(broken_project)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "mkdocs.yml: plugins: search: loads `material/search` again, after `material/search`, which MkDocs warns of"
        " (the strict build fails) (remove one of them)"
    ]
