"""The site's own scripts (docs/assets/*.js): each listed in mkdocs.yml, after what it reads, none past ~300 lines.

They share what edition.js gives (`window.edition`) and what a script gives there for another
(`window.edition.languageProblem = …`): a script listed before the one it reads from found nothing there.
"""

from __future__ import annotations

import re

import pytest
from conftest import ROOT
from mkdocs.utils.yaml import yaml_load

ASSETS = ROOT / "docs/assets"
MOST_LINES = 300  # STYLE.md's size of a module: a script past it is split by responsibility
RE_GIVEN = re.compile(r"window\.edition\.(\w+) = ")
RE_READ = re.compile(r"window\.edition\.(\w+)\b(?! = )")
RE_SHARED = re.compile(r"^ *(\w+): \1,?$", re.MULTILINE)  # edition.js's `return { onEveryPage: onEveryPage, … }`


def listed_scripts() -> list[str]:
    """The scripts mkdocs.yml's extra_javascript lists, in its order, by their names in docs/assets/."""
    with (ROOT / "mkdocs.yml").open(encoding="utf-8") as file:
        return [entry.removeprefix("assets/") for entry in yaml_load(file)["extra_javascript"]]


def test_every_script_is_listed_once_edition_js_first_and_accessibility_js_last() -> None:
    """A script left out of the list never runs; edition.js is what the others share; the browser tests hold
    accessibility.js as the last script (`test_browser_annotation_toggle.py`)."""
    listed = listed_scripts()
    assert sorted(listed) == sorted(path.name for path in ASSETS.glob("*.js"))
    assert len(set(listed)) == len(listed)
    assert (listed[0], listed[-1]) == ("edition.js", "accessibility.js")


def test_each_script_reads_only_what_edition_js_or_a_script_listed_before_it_gives() -> None:
    given = set(RE_SHARED.findall((ASSETS / "edition.js").read_text(encoding="utf-8")))
    assert {"onEveryPage", "element", "siteRoot"} <= given, "edition.js's shared functions not found"
    unknown = {}
    for name in listed_scripts()[1:]:
        script = (ASSETS / name).read_text(encoding="utf-8")
        if missing := sorted(set(RE_READ.findall(script)) - given):
            unknown[name] = missing
        given |= set(RE_GIVEN.findall(script))
    assert unknown == {}


@pytest.mark.parametrize("name", [path.name for path in sorted(ASSETS.glob("*.js"))])
def test_no_script_is_longer_than_a_module_should_be(name: str) -> None:
    lines = len((ASSETS / name).read_text(encoding="utf-8").splitlines())
    assert lines <= MOST_LINES, f"docs/assets/{name}: {lines} lines (split it by responsibility)"
