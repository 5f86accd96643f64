"""The names mkdocs.yml uses, against MkDocs' own schema: one line per name it warns of or refuses."""

from __future__ import annotations

import pytest

from hooks.core.setting_names import Retired, SettingNames, unknown_setting_problems

LINKS = SettingNames(("not_found", "anchors"))
SCHEMA = SettingNames(
    ("site_name", "extra_css", "extra", "validation", "pages", "old_option"),
    nested={"validation": SettingNames(("links", "not_found", "anchors"), nested={"links": LINKS})},
    retired={"pages": Retired(refused=True, moved_to="nav"), "old_option": Retired(refused=False)},
)
STRICT = "which MkDocs warns of (the strict build fails)"
TOP = "which warns of it (the strict build fails)"
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
      " (the settings of `validation.links` are `not_found` and `anchors`)"]),
    ({"validation": "warn"}, []),  # not settings: MkDocs' own error, which no name here restates
    # retired: MkDocs refuses one removed, and warns of one deprecated
    ({"pages": []}, ["mkdocs.yml: pages: was removed from MkDocs, which refuses it (write it as `nav:`)"]),
    ({"old_option": 1}, [f"mkdocs.yml: old_option: is deprecated, {STRICT} (remove it)"]),
    ({"old_option": None}, []),  # as MkDocs: a value left empty is none
]  # fmt: skip


@pytest.mark.parametrize(("config", "lines"), NAMES)
def test_each_name_mkdocs_warns_of_or_refuses_is_one_line(config: dict[object, object], lines: list[str]) -> None:
    """make check said OK to `extra_csss:`, and the strict build stopped on "Unrecognised configuration name"."""
    assert [str(problem) for problem in unknown_setting_problems("mkdocs.yml", config, SCHEMA)] == lines
