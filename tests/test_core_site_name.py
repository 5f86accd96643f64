"""`site_name` in mkdocs.yml (`hooks/core/site_name.py`): the one line the build and make check give."""

from __future__ import annotations

import os

import pytest
import yaml
from yaml_env_tag import construct_env_tag

from hooks.core.site_name import default_title_state, site_name_problems

HINT = "(write the edition's title, e.g. `site_name: An annotated edition`)"


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("site_name: Migration and Transnationalism\n", []),
        ("site_name: 'Goal #3'\n", []),
        ("site_name: Migration  # the short title\n", []),  # a comment as linters write one is meant
        ("site_url: x\n", [f"mkdocs.yml: site_name: is missing {HINT}"]),
        ("site_name:\n", [f"mkdocs.yml: site_name: is empty {HINT}"]),
        ("site_name:  # todo\n", [f"mkdocs.yml: site_name: is empty {HINT}"]),
        ("site_name: ''\n", [f"mkdocs.yml: site_name: is empty {HINT}"]),
        ("site_name: '\u200b '\n", [f"mkdocs.yml: site_name: is blank {HINT}"]),
        ("site_name: 1_000\n",
         ["mkdocs.yml: site_name: '1_000' is not text: YAML reads it as 1000 (put it in quotes: `site_name: '1_000'`)"]),
        ("site_name: {Migration: 2010}\n",
         ["mkdocs.yml: site_name: {Migration: 2010} is a mapping, not text"
          " (write the site_name as one text: `site_name: Migration 2010`)"]),
        ("site_name: Goal #3  # why\n",
         ["mkdocs.yml: site_name: 'Goal' is cut short by ' #', which YAML reads as the start of a comment"
          " (put it in quotes: `site_name: 'Goal #3'`; a comment needs two spaces before its '# ')"]),
    ],
    ids=["title", "quoted-hash", "comment", "missing", "empty", "todo-comment", "empty-text", "blank", "number",
         "mapping", "cut-short"],
)  # fmt: skip
def test_site_name_problems(text: str, lines: list[str]) -> None:
    assert [str(problem) for problem in site_name_problems("mkdocs.yml", yaml.safe_load(text), text, {})] == lines


def test_a_binary_site_name_shows_yaml_reading() -> None:
    """Bytes beside the words written as YAML read them, not "binary data (!!binary)" as a setting's value is named."""
    text = "site_name: !!binary eA==\n"
    [problem] = site_name_problems("mkdocs.yml", yaml.safe_load(text), text, {})
    assert 'is not text: YAML reads it as !!binary "eA=="' in problem.message


class EnvLoader(yaml.SafeLoader):
    """mkdocs.yml's `!ENV`, as MkDocs and make check read it (`hooks/core/config_file.py`)."""


EnvLoader.add_constructor("!ENV", construct_env_tag)
DEFAULT = "give a default: `site_name: !ENV [EDITION_TITLE, An annotated edition]`"


@pytest.mark.parametrize(
    ("text", "environment", "lines"),
    [
        ("site_name: !ENV EDITION_TITLE\n", {"EDITION_TITLE": "Migration"}, []),
        ("site_name: !ENV [EDITION_TITLE, Migration]\n", {}, []),
        ("site_name: !ENV EDITION_TITLE\n", {},
         ["mkdocs.yml: site_name: is empty: the environment variable EDITION_TITLE it is read from is not set"
          f" (set EDITION_TITLE to the edition's title, or {DEFAULT})"]),
        ("site_name: !ENV [EDITION_TITLE]\n", {},
         ["mkdocs.yml: site_name: is empty: the environment variable EDITION_TITLE it is read from is not set"
          f" (set EDITION_TITLE to the edition's title, or {DEFAULT})"]),
        ("site_name: !ENV [EDITION_TITLE, TITLE, '']\n", {},
         ["mkdocs.yml: site_name: is empty: the environment variables EDITION_TITLE and TITLE it is read from"
          " are not set, and its default is empty (set EDITION_TITLE to the edition's title, or give a default:"
          " `site_name: !ENV [EDITION_TITLE, TITLE, An annotated edition]`)"]),
        ("site_name: !ENV [EDITION_TITLE, Migration]\n", {"EDITION_TITLE": ""},
         ["mkdocs.yml: site_name: is empty: the environment variable EDITION_TITLE it is read from is set to nothing"
          " (set EDITION_TITLE to the edition's title, or unset it for the default)"]),
        ("site_name: !ENV EDITION_TITLE\n", {"EDITION_TITLE": " "},
         ["mkdocs.yml: site_name: is blank: the environment variable EDITION_TITLE it is read from is set to ' '"
          f" (set EDITION_TITLE to the edition's title, or unset it and {DEFAULT})"]),
        # set to nothing, a default that is no title: unsetting it gave an empty title as well
        ("site_name: !ENV [EDITION_TITLE, ~]\n", {"EDITION_TITLE": ""},
         ["mkdocs.yml: site_name: is empty: the environment variable EDITION_TITLE it is read from is set to nothing,"
          f" and its default is empty (set EDITION_TITLE to the edition's title, or unset it and {DEFAULT})"]),
        ("site_name: !ENV [EDITION_TITLE, ' ']\n", {"EDITION_TITLE": ""},
         ["mkdocs.yml: site_name: is empty: the environment variable EDITION_TITLE it is read from is set to nothing,"
          f" and its default is blank (set EDITION_TITLE to the edition's title, or unset it and {DEFAULT})"]),
        ("site_name: !ENV [EDITION_TITLE, 2010]\n", {"EDITION_TITLE": ""},
         ["mkdocs.yml: site_name: is empty: the environment variable EDITION_TITLE it is read from is set to nothing,"
          f" and its default is not text (set EDITION_TITLE to the edition's title, or unset it and {DEFAULT})"]),
        # a default YAML cannot construct (a tag of its own): no text the build takes either
        ("site_name: !ENV [EDITION_TITLE, !ENV TITLE]\n", {"EDITION_TITLE": ""},
         ["mkdocs.yml: site_name: is empty: the environment variable EDITION_TITLE it is read from is set to nothing,"
          f" and its default is not text (set EDITION_TITLE to the edition's title, or unset it and {DEFAULT})"]),
        # a value YAML reads as no text: quoting the variable's name, as offered, gave the title 'EDITION_TITLE'
        ("site_name: !ENV EDITION_TITLE\n", {"EDITION_TITLE": "yes"},
         ["mkdocs.yml: site_name: is not text: the environment variable EDITION_TITLE it is read from is set to"
          " 'yes', which YAML reads as a yes/no value, true (put the value in quotes inside the variable: set"
          " EDITION_TITLE to `'yes'`, quotes and all; or write the title in mkdocs.yml: `site_name: 'yes'`)"]),
        ("site_name: !ENV [EDITION_TITLE, Migration]\n", {"EDITION_TITLE": "2010"},
         ["mkdocs.yml: site_name: is not text: the environment variable EDITION_TITLE it is read from is set to"
          " '2010', which YAML reads as a number (put the value in quotes inside the variable: set"
          " EDITION_TITLE to `'2010'`, quotes and all; or write the title in mkdocs.yml: `site_name: '2010'`)"]),
        ("site_name: !ENV EDITION_TITLE\n", {"EDITION_TITLE": "'2010'"}, []),
        ("site_name: !ENV [EDITION_TITLE, 2010]\n", {},
         ["mkdocs.yml: site_name: is not text: the environment variable EDITION_TITLE it is read from is not set,"
          " and YAML reads its default, 2010, as a number (put the default in quotes:"
          " `site_name: !ENV [EDITION_TITLE, '2010']`, or set EDITION_TITLE to the edition's title)"]),
        # `!ENV` with no name reads no variable: the line says so, not "the environment variable  it is read from".
        ("site_name: !ENV\n", {},
         ["mkdocs.yml: site_name: is empty: its !ENV names no environment variable (write the variable's name"
          " after it, `site_name: !ENV EDITION_TITLE`, or the edition's title itself)"]),
        ("site_name: !ENV ['']\n", {},
         ["mkdocs.yml: site_name: is empty: its !ENV names no environment variable (write the variable's name"
          " after it, `site_name: !ENV EDITION_TITLE`, or the edition's title itself)"]),
        ("site_name: !ENV []\n", {},
         ["mkdocs.yml: site_name: is empty: its !ENV names no environment variable (write the variable's name"
          " after it, `site_name: !ENV EDITION_TITLE`, or the edition's title itself)"]),
    ],
    ids=["set", "default", "unset", "unset-in-a-list", "unset-empty-default", "set-empty", "set-blank",
         "set-empty-null-default", "set-empty-blank-default", "set-empty-number-default",
         "set-empty-unreadable-default", "set-yes", "set-number",
         "set-quoted-number", "unset-number-default", "no-name", "no-name-in-a-list", "empty-list"],
)  # fmt: skip
def test_a_site_name_read_from_the_environment_names_the_variable(
    text: str, environment: dict[str, str], lines: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`site_name: !ENV EDITION_TITLE` with it unset was "is empty", the variable unsaid: the file shows a name."""
    for name in ("EDITION_TITLE", "TITLE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    settings = yaml.load(text, Loader=EnvLoader)  # noqa: S506 (a SafeLoader)
    assert [str(problem) for problem in site_name_problems("mkdocs.yml", settings, text, os.environ)] == lines


@pytest.mark.parametrize(
    ("default", "state"),
    [(None, "is missing"), ("Migration", None), ("~", "is empty"), ("' '", "is blank"), ("2010", "is not text"),
     ("!ENV TITLE", "is not text"), ("[a, b]", "is not text")],
    ids=["none", "title", "null", "blank", "number", "unconstructable", "list"],
)  # fmt: skip
def test_why_an_env_default_gives_no_title(default: str | None, state: str | None) -> None:
    """A default YAML cannot construct (`!ENV` inside it) is named as one that is not text, not read as a value."""
    assert default_title_state(None if default is None else yaml.compose(default)) == state
