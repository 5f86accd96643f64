"""`static_templates` names the theme's folders lack (hooks/core/theme_templates.py): one line each, as the build's."""

from __future__ import annotations

import jinja2
import pytest

from hooks.core.theme_templates import missing_template_problems, missing_templates, rendered_templates

FIX = "name a template the theme or `custom_dir` has, or remove it"
WARNS = "MkDocs skips it and warns (the strict build fails)"


@pytest.mark.parametrize(
    ("missing", "lines"),
    [
        ([], []),
        (["nope.html"], [f"mkdocs.yml: theme.static_templates: `nope.html` is no template of the theme or `custom_dir`: {WARNS} ({FIX})"]),
        (["404.htm"], [f"mkdocs.yml: theme.static_templates: `404.htm` is no template of the theme or `custom_dir`: {WARNS} (did you mean `404.html`?)"]),
    ],
)  # fmt: skip
def test_a_missing_template_is_one_line(missing: list[str], lines: list[str]) -> None:
    """Word for word, offering a near template's name."""
    assert [str(problem) for problem in missing_template_problems(missing, ["404.html", "main.html"])] == lines


def test_templates_are_looked_up_as_the_build_looks_them_up() -> None:
    """Jinja's loader, as MkDocs asks it: one found but not parsed is left to the build (Jinja's own error there)."""
    loader = jinja2.DictLoader({"404.html": "x", "broken.html": "{% if %}"})
    environment = jinja2.Environment(loader=loader, autoescape=True)
    assert missing_templates(environment, ["404.html", "broken.html", "nope.html"]) == ["nope.html"]


@pytest.mark.parametrize(
    ("written", "read", "kept", "fields"),
    [
        (["nope.html"], {"404.html", "nope.html"}, {"404.html"}, ["theme.static_templates"]),  # after its line
        ([5], {"404.html", 5}, {"404.html"}, ["theme.static_templates"]),  # sorted with text: a TypeError
        ("nope.html", {"404.html", *"nope.html"}, {"404.html"}, ["theme.static_templates"]),  # read letter by letter
        (["404.html"], {"404.html"}, {"404.html"}, []),
    ],
)
def test_the_build_renders_no_template_it_named(written: object, read: set, kept: set, fields: list[str]) -> None:
    """Each name said is left out, so MkDocs' "Template skipped" does not say it again; a shape of its own: one line."""
    environment = jinja2.Environment(loader=jinja2.DictLoader({"404.html": "x"}), autoescape=True)
    rendered, problems = rendered_templates({"name": "material", "static_templates": written}, read, environment)
    assert (rendered, [problem.field for problem in problems]) == (kept, fields)
    assert len(problems) == len(fields)
