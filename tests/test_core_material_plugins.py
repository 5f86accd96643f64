"""Material's plugins that read its theme, written `material/<name>` under another: one line, not a traceback."""

from __future__ import annotations

import pytest

from hooks.core.material_plugins import material_plugin_problems

INSTALLED = ("search", "material/search", "material/blog", "material/tags", "redirects")
NEEDS = "mkdocs.yml: plugins: {}: is Material for MkDocs' plugin, which needs its theme ({})"
LINES = [
    ("mkdocs", "material/search", NEEDS.format("material/search", "write `search`, or use Material's theme, `theme: material`")),
    ({"name": "readthedocs"}, "material/search",
     NEEDS.format("material/search", "write `search`, or use Material's theme, `name: material` under `theme:`")),
    (None, "material/blog", NEEDS.format("material/blog", "remove it, or use Material's theme, `theme: material`")),
    ("material", "material/search", None),  # its own theme
    ({"name": "material"}, "material/blog", None),
    ("mkdocs", "material/tags", None),  # builds under MkDocs' theme: make check offers it for `tags` there
    ("mkdocs", "material/serch", None),  # not installed: `plugin_problem`'s line
    ("mkdocs", "search", None),  # MkDocs' own
]  # fmt: skip


@pytest.mark.parametrize(("theme", "plugin", "line"), LINES)
def test_material_s_plugin_reading_its_theme_under_another_is_one_line(
    theme: object, plugin: str, line: str | None
) -> None:
    """`material/search` under `theme: mkdocs`: make check said OK, the build stopped on `TemplateNotFound`."""
    problems = material_plugin_problems("mkdocs.yml", theme, [plugin], INSTALLED)
    assert [str(problem) for problem in problems] == ([line] if line else [])


def test_the_theme_mkdocs_read_decides_and_the_written_one_shapes_the_hint() -> None:
    """An `INHERIT`ed `name: material` with mkdocs.yml's `theme: {custom_dir: …}`: Material's theme, no line.

    The build read mkdocs.yml's `theme:` alone, named no theme, and left Material's search out.
    """
    written = {"custom_dir": "overrides"}
    assert material_plugin_problems("mkdocs.yml", written, ["material/search"], INSTALLED, name="material") == []
    problems = material_plugin_problems("mkdocs.yml", {"name": "mkdocs"}, ["material/search"], INSTALLED, "mkdocs")
    assert [problem.hint for problem in problems] == [
        "write `search`, or use Material's theme, `name: material` under `theme:`"
    ]


def test_a_plain_search_listed_too_is_not_offered_again() -> None:
    """`material/search` and `search` both listed: writing `search` listed it twice, which MkDocs refuses."""
    problems = material_plugin_problems("mkdocs.yml", "mkdocs", ["material/search", "search"], INSTALLED)
    assert [problem.hint for problem in problems] == ["remove it, or use Material's theme, `theme: material`"]
