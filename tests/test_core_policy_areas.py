"""The taxonomy (hooks/core/policy_areas.py): annotations/policy-areas.yml loaded, every problem at once; a tag's id checked."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import ROOT
from policy_helpers import INTEGRATION, KNOWN, REMITTANCES

from hooks.core.policy_areas import AREA_ID_SCHEMA, PolicyArea, check_tags, known_area_ids, load_policy_areas
from hooks.core.problems import Problem

SCHEMA = ROOT / "annotations" / "schema" / "policy-areas.schema.json"


def write_taxonomy(root: Path, text: str) -> Path:
    (root / "annotations" / "schema").mkdir(parents=True)
    shutil.copy(SCHEMA, root / "annotations" / "schema" / SCHEMA.name)
    (root / "annotations" / "policy-areas.yml").write_text(text, encoding="utf-8")
    return root


def test_the_real_taxonomy_loads_without_problems() -> None:
    areas, problems = load_policy_areas(ROOT)
    assert problems == []
    assert len(areas) == 14
    assert len({area.id for area in areas}) == 14
    assert all(area.title and area.description for area in areas)


@pytest.mark.parametrize(
    ("text", "ids", "messages"),
    [
        (
            "- {id: remittances, title: Remittances, description: Money.}\n",
            ["remittances"],
            [],
        ),
        (
            "- {id: remittances, title: Remittances, description: Money.}\n"
            "- {id: remittances, title: Again, description: Money again.}\n",
            ["remittances"],
            [
                "annotations/policy-areas.yml: [1].id: 'remittances' is used twice: first at [0] on line 1"
                " (give each area its own id)"
            ],
        ),
        (  # the first entry named by its place and its line, which an editor finds it by
            "# The areas.\n\n- id: aid\n  title: Aid\n  description: Aid.\n- id: remittances\n  title: Remittances\n"
            "  description: Money.\n- id: remittances\n  title: Again\n  description: Money again.\n",
            ["aid", "remittances"],
            [
                "annotations/policy-areas.yml: [2].id: 'remittances' is used twice: first at [1] on line 6"
                " (give each area its own id)"
            ],
        ),
        (
            "- {id: remittances, description: Money.}\n",
            ["remittances"],
            ["annotations/policy-areas.yml: remittances: `title` is missing (add `title`)"],
        ),
        (  # YAML read a number: the line to copy, as written
            "- {id: remittances, title: 2010, description: Money.}\n",
            ["remittances"],
            ["annotations/policy-areas.yml: remittances.title: '2010' is not text (put it in quotes: `title: '2010'`)"],
        ),
        (
            "- {id: remittances, title: Remittances, description: yes}\n",
            ["remittances"],
            [
                "annotations/policy-areas.yml: remittances.description: 'yes' is not text: YAML reads it as true"
                " (put it in quotes: `description: 'yes'`)"
            ],
        ),
        (
            "- {id: remittances, title: '', description: Money.}\n",
            ["remittances"],
            ["annotations/policy-areas.yml: remittances.title: '' should be non-empty (write some text)"],
        ),
        (
            # shown as the id, an empty description, an invisible heading: each is one line
            "- {id: remittances, title: ' ', description: Money.}\n- {id: money, title: Money, description: ' '}\n"
            '- {id: aid, title: Aid, description: "\\u00a0"}\n- {id: care, title: "\\u200b", description: Care.}\n',
            ["remittances", "money", "aid", "care"],
            [
                "annotations/policy-areas.yml: remittances.title: is blank (write some text: spaces and invisible characters alone show nothing)",
                "annotations/policy-areas.yml: money.description: is blank (write some text: spaces and invisible characters alone show nothing)",
                "annotations/policy-areas.yml: aid.description: is blank (write some text: spaces and invisible characters alone show nothing)",
                "annotations/policy-areas.yml: care.title: is blank (write some text: spaces and invisible characters alone show nothing)",
            ],
        ),
        (
            '- {id: remittances, title: "Remittances \\u202eevil", description: "Money\\u2066."}\n',
            ["remittances"],
            [
                "annotations/policy-areas.yml: remittances.description: holds control characters no one can see: U+2066 (delete them: a direction control (U+202A–U+202E, U+2066–U+2069) makes text read in another order than written)",
                "annotations/policy-areas.yml: remittances.title: holds control characters no one can see: U+202E (delete them: a direction control (U+202A–U+202E, U+2066–U+2069) makes text read in another order than written)",
            ],
        ),
        (
            f'- {{id: remittances, title: "Remit\\u2029tances", description: Money.}}\n- {{id: aid, title: {"Aid " * 80}, description: Aid.}}\n',
            ["remittances", "aid"],
            [
                "annotations/policy-areas.yml: remittances.title: holds control characters no one can see: U+2029 (delete them: a line or paragraph separator (U+2028, U+2029) is a line break no one sees, so write a space in its place)",
                "annotations/policy-areas.yml: aid.title: is 319 characters long, more than the 300 it may have (shorten it to 300 characters or fewer)",
            ],
        ),
        (
            f'- {{id: remittances, title: Remittances, description: "{"Money sent home. " * 60}"}}\n',
            ["remittances"],
            [
                "annotations/policy-areas.yml: remittances.description: is 1,020 characters long, more than the 1,000 it may"
                " have (shorten it to 1,000 characters or fewer)",
            ],
        ),
        # No area, so no page: the build wrote '../x/index.html' outside the site and stopped on the NUL with a traceback.
        *(
            (
                f'- {{id: "{written}", title: R, description: Money.}}\n',
                [],
                [
                    f"annotations/policy-areas.yml: [0].id: {shown} is not a valid id (use lowercase letters, digits and '-')"
                ],
            )
            for written, shown in [("../../x", "'../../x'"), ("a/b", "'a/b'"), ("\\0", "'\\x00'"), ("", "''")]
        ),
        (
            "- {id: Remittances, title: R, description: Money.}\n",
            ["Remittances"],
            [
                "annotations/policy-areas.yml: [0].id: 'Remittances' is not a valid id"
                " (write it in lowercase: 'remittances')"
            ],
        ),
        (
            "- {id: a, title: A, description: D.}\n- {id: a, description: D.}\n- {title: T, description: D.}\n",
            ["a"],
            [
                "annotations/policy-areas.yml: [1]: `title` is missing (add `title`)",
                "annotations/policy-areas.yml: [2]: `id` is missing (add `id`)",
                "annotations/policy-areas.yml: [1].id: 'a' is used twice: first at [0] on line 1 (give each area its own id)",
            ],
        ),
        (
            "- {id: remittances, titel: Remittances, description: Money., colour: red}\n",
            ["remittances"],
            [
                "annotations/policy-areas.yml: remittances.titel: is not a field: did you mean `title`? (rename it to `title`)",
                "annotations/policy-areas.yml: remittances.colour: is not a field (remove it or check its spelling)",
            ],
        ),
        (  # the field a misspelling stands for, written too: offered all the same, with the fix that fits
            "- {id: remittances, title: Remittances, titles: Money, description: Money.}\n",
            ["remittances"],
            [
                "annotations/policy-areas.yml: remittances.titles: is not a field: did you mean `title`?"
                " (`title` is written too: keep one of the two)",
            ],
        ),
        (
            "- {id: remittances, title: Remittances, description: D.}\n- {id: money, title: remittances, description: D.}\n",
            ["remittances", "money"],
            [
                "annotations/policy-areas.yml: money.title: 'remittances' is also the title of 'remittances'"
                " (give each area its own title: readers tell the areas apart by it)"
            ],
        ),
        (
            "- {id: index, title: Index, description: D.}\n",
            [],
            [
                "annotations/policy-areas.yml: [0].id: 'index' is the name of the areas' overview page (choose another id)"
            ],
        ),
        (
            # Each would be the id of two headings: the area's and one the generated pages have.
            "- {id: policy-areas, title: A, description: D.}\n- {id: paragraphs, title: P, description: D.}\n"
            "- {id: annotations-migration-and-transnationalism, title: N, description: D.}\n"
            "- {id: pages-of-history, title: H, description: D.}\n- {id: annotation, title: O, description: D.}\n",
            ["annotation"],
            [
                "annotations/policy-areas.yml: [0].id: 'policy-areas' is the id of the overview's heading (choose another id)",
                "annotations/policy-areas.yml: [1].id: 'paragraphs' is the id of a section of every area's page"
                " (pages, paragraphs, annotations) (choose another id)",
                "annotations/policy-areas.yml: [2].id: 'annotations-migration-and-transnationalism' has the form of"
                " a source's heading on every area's page ('annotations-<source>') (choose another id)",
                "annotations/policy-areas.yml: [3].id: 'pages-of-history' has the form of a source's heading"
                " on every area's page ('pages-<source>') (choose another id)",
            ],
        ),
        (
            "- id: [remittances\n",
            [],
            [
                "annotations/policy-areas.yml: invalid YAML at line 2: expected ',' or ']', but got '<stream end>'"
                " (the '[' on line 1 is not closed before line 2: add its ']')"
            ],
        ),
    ],
    ids=[
        "valid",
        "duplicate id",
        "duplicate id, its first's line",
        "no title",
        "number title",
        "yes description",
        "empty title",
        "blank text",
        "direction controls",
        "line separator, long title",
        "long description",
        "path id ../",
        "path id /",
        "NUL id",
        "empty id",
        "bad id",
        "all together",
        "misspelt field",
        "misspelt field written too",
        "same title",
        "reserved id",
        "ids of headings",
        "invalid YAML",
    ],  # fmt: skip
)
def test_loading_reports_every_problem_at_once(tmp_path: Path, text: str, ids: list[str], messages: list[str]) -> None:
    areas, problems = load_policy_areas(write_taxonomy(tmp_path, text))
    assert [area.id for area in areas] == ids
    assert [str(problem) for problem in problems] == messages


def test_an_areas_direction_controls_are_left_out_until_fixed(tmp_path: Path) -> None:
    areas, _ = load_policy_areas(write_taxonomy(tmp_path, '- {id: a, title: "A\\u202eB", description: "D\\u2069."}\n'))
    assert [(area.title, area.description) for area in areas] == [("AB", "D.")]


def test_an_area_without_title_is_still_known_by_its_id(tmp_path: Path) -> None:
    areas, _ = load_policy_areas(write_taxonomy(tmp_path, "- {id: remittances, description: Money.}\n"))
    assert areas == (PolicyArea("remittances", "remittances", "Money."),)


def test_an_empty_taxonomy_file_is_named_in_plain_words(tmp_path: Path) -> None:
    _, problems = load_policy_areas(write_taxonomy(tmp_path, ""))
    assert [str(problem) for problem in problems] == [
        "annotations/policy-areas.yml: (top level): must be a list, not empty"
        " (write it as `[a, b]` or as lines starting with '- ')"
    ]


@pytest.mark.parametrize(
    ("tag", "hint"),
    [
        ("remitances", "did you mean 'remittances'?"),
        ("REMITTANCES", "did you mean 'remittances'?"),  # another case, which difflib counts as no letter alike
        ("remittances,integration", "separate the ids with spaces, not commas"),
        # `data-policy-areas="remittances, integration"`, split at its space: the comma stays on the first
        ("remittances,", "separate the ids with spaces, not commas"),
        ("pensions", "use an id from annotations/policy-areas.yml"),
    ],
)
def test_an_unknown_tag_gets_the_hint_that_fits_it(tag: str, hint: str) -> None:
    assert [p.hint for p in check_tags("docs/x.md", "tags", [tag], {"remittances", "integration"})] == [hint]


@pytest.mark.parametrize(
    ("tags", "lines"),
    [
        (["integration", "pensions"], []),  # an id's form: whether an area has it waits on the taxonomy's fix
        (["Integration"], ["docs/x.md: tags: 'Integration' is not a valid id (write it in lowercase: 'integration')"]),
        (
            ["social protection"],
            ["docs/x.md: tags: 'social protection' is not a valid id (use lowercase letters, digits and '-')"],
        ),
    ],
)
def test_while_no_id_is_known_a_tag_is_checked_for_its_form_only(tags: list[object], lines: list[str]) -> None:
    """As an annotation's schema names its tags: `Integration` is no area's id, whatever the taxonomy holds."""
    assert [str(p) for p in check_tags("docs/x.md", "tags", tags, None)] == lines


def test_a_tag_s_form_is_the_schemas_own() -> None:
    """`malformed_tags` checks a copy of the id pattern: the areas' schema and the annotations' tags must agree with it.

    Changed in a schema alone, a page's tag would be refused while no taxonomy is known and taken once it is.
    """
    schemas = ROOT / "annotations/schema"
    areas = json.loads((schemas / "policy-areas.schema.json").read_text(encoding="utf-8"))
    notes = json.loads((schemas / "annotation.schema.json").read_text(encoding="utf-8"))
    written = {areas["items"]["properties"]["id"]["pattern"], notes["properties"]["tags"]["items"]["pattern"]}
    assert written == {json.loads(AREA_ID_SCHEMA.text)["pattern"]}


def test_a_taxonomy_that_did_not_load_knows_no_tags_one_that_loaded_with_problems_its_ids() -> None:
    broken = [Problem("annotations/policy-areas.yml", "", "is not valid YAML", "fix it")]
    assert known_area_ids((), broken) is None
    assert known_area_ids([REMITTANCES], broken) == {"remittances"}
    assert known_area_ids([REMITTANCES, INTEGRATION], []) == KNOWN
