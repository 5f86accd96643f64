"""The names mkdocs.yml uses, against MkDocs' own schema: one line per name it warns of or refuses."""

from __future__ import annotations

from dataclasses import replace

import pytest

from hooks.core.setting_names import Retired, SettingNames, retired_slip_hint, unknown_setting_problems

LINKS = SettingNames(("not_found", "anchors", "old_links"), retired={"old_links": Retired(refused=True)})
SCHEMA = SettingNames(
    ("config_file_path", "site_name", "site_url", "site_author", "site_dir", "theme", "exclude_docs", "extra_css",
     "extra_javascript", "google_analytics", "mdx_configs", "extra", "validation", "pages", "old_option"),
    nested={"validation": SettingNames(("links", "not_found", "anchors"), nested={"links": LINKS})},
    retired={"pages": Retired(refused=True, moved_to="nav"), "old_option": Retired(refused=False),
             "google_analytics": Retired(refused=False)},
    internal={"config_file_path": True, "mdx_configs": False},
    placed={"features": "theme", "palette": "theme", "analytics": "extra"},
)  # fmt: skip
STRICT = "which MkDocs warns of (the strict build fails)"
TOP = "which warns of it (the strict build fails)"
INTERNAL = "is MkDocs' own, which refuses it in mkdocs.yml (remove it; MkDocs sets it itself)"
EXTRA = "remove it; a value a template of the theme reads goes under `extra:`"
NAMES = [
    ({"site_name": "x", "extra_css": [], "extra": {"anything": 1}}, []),
    ({"extra_csss": []}, [f"mkdocs.yml: extra_csss: is no setting of MkDocs, {TOP} (did you mean `extra_css`?)"]),
    ({"x": 1}, [f"mkdocs.yml: x: is no setting of MkDocs, {TOP} ({EXTRA})"]),
    ({2010: 1}, [f"mkdocs.yml: 2010: is no setting of MkDocs, {TOP} ({EXTRA})"]),
    # a sub-config MkDocs checks: its names are its schema's, a name of the level below among them (propagated)
    ({"validation": {"anchors": "warn", "links": {"anchors": "warn"}}}, []),
    ({"validation": {"anchor": "warn"}},
     [f"mkdocs.yml: validation.anchor: is no setting of `validation`, {STRICT} (did you mean `anchors`?)"]),
    ({"validation": {"links": {"not_fond": "warn"}}},
     [f"mkdocs.yml: validation.links.not_fond: is no setting of `validation.links`, {STRICT} (did you mean `not_found`?)"]),
    ({"validation": {"links": {"colour": "red"}}},
     [f"mkdocs.yml: validation.links.colour: is no setting of `validation.links`, {STRICT}"
      " (the settings of `validation.links` are `not_found` and `anchors`)"]),  # not the retired `old_links`
    ({"validation": {"links": {"old_linx": 1}}},
     [f"mkdocs.yml: validation.links.old_linx: is no setting of `validation.links`, {STRICT}"
      " (did you mean `old_links`? It was removed from MkDocs: remove it)"]),
    ({"validation": "warn"}, []),  # not settings: MkDocs' own error, which no name here restates
    # retired: MkDocs refuses one removed, and warns of one deprecated
    ({"pages": []}, ["mkdocs.yml: pages: was removed from MkDocs, which refuses it (write it as `nav:`)"]),
    ({"old_option": 1}, [f"mkdocs.yml: old_option: is deprecated, {STRICT} (remove it)"]),
    ({"old_option": None}, []),  # as MkDocs: a value left empty is none
    # MkDocs' own: a `Private` option, refused once given a value, and `config_file_path`, refused even empty
    ({"mdx_configs": {"toc": {}}}, [f"mkdocs.yml: mdx_configs: {INTERNAL}"]),
    ({"mdx_configs": None}, []),
    ({"config_file_path": None}, [f"mkdocs.yml: config_file_path: {INTERNAL}"]),
    # MkDocs' loader reads `INHERIT` (the parent file) and takes it out before the names are checked
    ({"INHERIT": "base.yml", "site_name": "x"}, []),
    ({"validation": {"INHERIT": "x"}}, [f"mkdocs.yml: validation.INHERIT: is no setting of `validation`, {STRICT}"
                                        " (the settings of `validation` are `links`, `not_found` and `anchors`)"]),
    # a theme's option, or a value a template of the theme reads from `extra`, written at the top
    ({"features": []}, [f"mkdocs.yml: features: is no setting of MkDocs, {TOP} (write it under `theme:`)"]),
    ({"palette": {}}, [f"mkdocs.yml: palette: is no setting of MkDocs, {TOP} (write it under `theme:`)"]),
    ({"analytics": {}}, [f"mkdocs.yml: analytics: is no setting of MkDocs, {TOP} (write it under `extra:`)"]),
]  # fmt: skip

GUESSES = [
    ("extra_csss", "did you mean `extra_css`?"),
    ("site_ulr", "did you mean `site_url`?"),
    ("theem", "did you mean `theme`?"),  # one slip of a short name
    ("extra_js", "did you mean `extra_javascript`?"),  # an alias, not the closest name, `extra_css`
    ("include_docs", EXTRA),  # not its opposite, `exclude_docs`
    ("include_doc", EXTRA),
    ("site_path", EXTRA),  # not `site_author`
    # a retired name's slip: offered with the retired name's own line, not as a name to write
    ("google_analytic", "did you mean `google_analytics`? It is deprecated, which MkDocs warns of: remove it"),
    ("page", "did you mean `pages`? It was removed from MkDocs: write it as `nav:`"),
    ("mdx_config", EXTRA),  # nor one MkDocs keeps for itself
]


@pytest.mark.parametrize(("config", "lines"), NAMES)
def test_each_name_mkdocs_warns_of_or_refuses_is_one_line(config: dict[object, object], lines: list[str]) -> None:
    """make check said OK to `extra_csss:`, and the strict build stopped on "Unrecognised configuration name"."""
    assert [str(problem) for problem in unknown_setting_problems("mkdocs.yml", config, SCHEMA)] == lines


@pytest.mark.parametrize(("name", "hint"), GUESSES)
def test_a_name_is_offered_only_the_setting_it_is_a_slip_of(name: str, hint: str) -> None:
    """`include_docs` was offered `exclude_docs`, its opposite, `extra_js` `extra_css`.

    `google_analytic` was told to move to `extra:`, where the retired name it is a slip of was told to go.
    """
    line = f"mkdocs.yml: {name}: is no setting of MkDocs, {TOP} ({hint})"
    assert [str(problem) for problem in unknown_setting_problems("mkdocs.yml", {name: 1}, SCHEMA)] == [line]


ANALYTICS = "Material reads `extra.analytics` (`provider: google`, `property: G-…`)"
THEMED = replace(SCHEMA, retired={**SCHEMA.retired, "google_analytics": Retired(refused=False, instead=ANALYTICS)})
INSTEAD = [
    ({"google_analytics": ["UA-1", "x"]}, f"mkdocs.yml: google_analytics: is deprecated, {STRICT} (remove it; {ANALYTICS})"),
    ({"google_analytic": 1}, f"mkdocs.yml: google_analytic: is no setting of MkDocs, {TOP} (did you mean"
                             f" `google_analytics`? It is deprecated, which MkDocs warns of: remove it; {ANALYTICS})"),
]  # fmt: skip


@pytest.mark.parametrize(("config", "line"), INSTEAD, ids=["deprecated", "slip"])
def test_a_retired_setting_the_theme_reads_elsewhere_is_sent_there(config: dict[object, object], line: str) -> None:
    """MkDocs says "see the options available on your theme": make check said only "remove it", and the slip too."""
    assert [str(problem) for problem in unknown_setting_problems("mkdocs.yml", config, THEMED)] == [line]


RETIRED_SLIPS = [
    ("tags_compare", Retired(refused=False, moved_to="tags_sort_by"),
     "did you mean `tags_compare`? It is deprecated, which MkDocs warns of: write it as `tags_sort_by:`"),
    ("old_links", Retired(refused=True), "did you mean `old_links`? It was removed from MkDocs: remove it"),
]  # fmt: skip


@pytest.mark.parametrize(("meant", "retired", "hint"), RETIRED_SLIPS, ids=["moved", "removed"])
def test_a_slip_of_a_retired_name_is_offered_with_its_guidance(meant: str, retired: Retired, hint: str) -> None:
    """A plugin's option as a setting: one retired was offered as a name to write, which MkDocs warns of in turn."""
    assert retired_slip_hint(meant, retired) == hint
