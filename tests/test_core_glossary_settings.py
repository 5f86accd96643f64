"""The glossary's settings in mkdocs.yml: the link mode, the used-in count, and one list of their problems."""

from __future__ import annotations

import pytest

from hooks.core.glossary_page import USED_IN
from hooks.core.glossary_settings import link_mode, settings_problems, used_in_setting


@pytest.mark.parametrize(("extra", "mode", "lines"), [
    ({}, "first", []),
    ({"glossary": None}, "first", []),
    ({"glossary": {"link": "all"}}, "all", []),
    ({"glossary": ["link"]}, "first", []),
    ({"glossary": {"link": "some"}}, "first",
     ["mkdocs.yml: extra.glossary.link: unknown link mode 'some' (write 'first' (the first occurrence per page) or 'all')"]),
])  # fmt: skip
def test_the_link_mode_setting(extra: dict, mode: str, lines: list[str]) -> None:
    found, problems = link_mode(extra)
    assert (found, [str(problem) for problem in problems]) == (mode, lines)


@pytest.mark.parametrize(("extra", "used_in", "shown"), [
    ({}, USED_IN, None), ({"glossary": {"used_in": 3}}, 3, None), ({"glossary": "x"}, USED_IN, None),
    ({"glossary": {"used_in": 0}}, USED_IN, "0"), ({"glossary": {"used_in": True}}, USED_IN, "true"),
    ({"glossary": {"used_in": "2"}}, USED_IN, "'2'"),
])  # fmt: skip
def test_the_used_in_setting_is_a_whole_number_of_at_least_one(extra: dict, used_in: int, shown: str | None) -> None:
    found, problems = used_in_setting(extra)
    expected = [] if shown is None else [
        f"mkdocs.yml: extra.glossary.used_in: must be a whole number ≥ 1, not {shown}"
        f" (the number of paragraphs listed per term, e.g. `used_in: {USED_IN}`)"
    ]  # fmt: skip
    assert (found, [str(problem) for problem in problems]) == (used_in, expected)


@pytest.mark.parametrize(("extra", "lines"), [
    ({}, []), ({"glossary": None}, []), ({"glossary": {"link": "all", "used_in": 3}}, []),
    ({"glossary": "all"}, ["mkdocs.yml: extra.glossary: must be settings, not 'all'"
                           " (write each setting on its own line below `glossary:`, indented 2 spaces more: `link: first`)"]),
    ({"glossary": {"usedin": 5}}, ["mkdocs.yml: extra.glossary.usedin: is no glossary setting (did you mean `used_in`?)"]),
    ({"glossary": {None: 5}}, ["mkdocs.yml: extra.glossary.null: is no glossary setting"
                               " (the glossary's settings: `link`, `used_in`)"]),
    ({"glossary": {"link": "some", "used_in": 0}}, [
        "mkdocs.yml: extra.glossary.link: unknown link mode 'some' (write 'first' (the first occurrence per page) or 'all')",
        "mkdocs.yml: extra.glossary.used_in: must be a whole number ≥ 1, not 0"
        f" (the number of paragraphs listed per term, e.g. `used_in: {USED_IN}`)",
    ]),
])  # fmt: skip
def test_the_glossary_settings_problems_are_each_settings_and_any_unknown_one(extra: dict, lines: list[str]) -> None:
    """One list for the build and make check: the values' lines, the shape's, a misspelt setting's."""
    assert [str(problem) for problem in settings_problems(extra)] == lines
