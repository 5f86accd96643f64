"""A note's front matter (hooks/core/annotation_checks.py): every bad field is one line naming the file and the field."""

from __future__ import annotations

import pytest
from annotation_field_name_cases import FIELD_NAME_CASES
from annotation_field_text_cases import TEXT_CASES, YAML_READING_CASES
from annotation_field_value_cases import VALUE_CASES
from annotation_helpers import GOOD, PATH, SCHEMA, TODAY, parse

from hooks.core.annotation_checks import parse_annotation
from hooks.core.annotation_front_matter import split_front_matter
from hooks.core.page_front_matter import diagnose_front_matter

MARKUP = (
    "annotations/notes/x.md: body: not shown on the page: <span> (write Markdown: paragraphs, *emphasis*,"
    " [links](https://…), lists, > quotes, `code`, tables; no headings, images or HTML)"
)
BAD_YAML = (
    "annotations/notes/x.md: front matter: invalid YAML at line 9: expected ',' or ']', but got ':'"
    " (the '[' on line 8 is not closed before line 9: add its ']')"
)
MARKED = GOOD.replace("Body.\n", "<span>Body</span>.\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the front matter's closing '---' is found: the body is known, and its own lines are named too
        (MARKED.replace("tags: [remittances]", "tags: [remittances", 1), [BAD_YAML, MARKUP]),
        (GOOD.replace("tags: [remittances]", "tags: [remittances", 1).replace("Body.\n", ""), [
            BAD_YAML, "annotations/notes/x.md: body: is empty (write the annotation's text below the closing '---')"
        ]),
        (
            "---\n- a list\n---\n\n<span>Body</span>.\n",
            [
                "annotations/notes/x.md: front matter: is not a mapping of fields (write `field: value` lines)",
                MARKUP,
            ],
        ),
        # no closing '---': where the body starts is not known, so nothing is said of it
        (
            MARKED.replace("---\n\n", "\n", 1),
            ["annotations/notes/x.md: front matter: the opening '---' is never closed (end the block with a line '---')"],
        ),
    ],
    ids=["bad-yaml", "bad-yaml-no-body", "not-a-mapping", "never-closed"],
)  # fmt: skip
def test_a_body_is_checked_beside_front_matter_that_cannot_be_read(text: str, expected: list[str]) -> None:
    """Bad YAML hid the body's own lines: fixing it showed them one run later."""
    assert parse(text) == expected


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [*TEXT_CASES, *VALUE_CASES, *FIELD_NAME_CASES, *YAML_READING_CASES],
)
def test_bad_field_is_one_line_naming_file_and_field(old: str, new: str, message: str) -> None:
    assert old in GOOD
    assert parse(GOOD.replace(old, new, 1)) == [f"{PATH}: {message}"]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        # the taxonomy's line names the area meant, the schema's pattern line is not said too
        ("tags: [remittances]", "tags: [Remittances]", "tags: unknown policy area 'Remittances' (did you mean 'remittances'?)"),
        ("id: x", "id: X", "id: 'X' is not a valid id (write it in lowercase: 'x')"),
    ],
)  # fmt: skip
def test_an_id_in_another_case_is_one_line_with_the_id_to_write(old: str, new: str, message: str) -> None:
    assert parse(GOOD.replace(old, new, 1)) == [f"{PATH}: {message}"]


def test_a_tag_in_another_case_is_offered_in_lowercase_while_the_taxonomy_is_unread() -> None:
    """Which areas there are is not known then (`known_area_ids` is None): the schema's line is the tag's only one."""
    text = GOOD.replace("tags: [remittances]", "tags: [Remittances]", 1)
    _, _, problems = parse_annotation(PATH, text, SCHEMA, None, TODAY)
    assert [str(problem) for problem in problems] == [
        f"{PATH}: tags[0]: 'Remittances' is not a valid id (write it in lowercase: 'remittances')"
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Body only.\n", "front matter: is missing (start the file with a '---' block)"),
        ("---\nid: x\n\nBody.\n", "front matter: the opening '---' is never closed (end the block with a line '---')"),
        ("---\n- a\n- b\n---\nBody.\n", "front matter: is not a mapping of fields (write `field: value` lines)"),
    ],
)
def test_unreadable_front_matter(text: str, message: str) -> None:
    assert parse(text) == [f"{PATH}: {message}"]


def test_several_problems_in_one_file_are_all_reported() -> None:
    text = GOOD.replace("motivation: commenting", "motivation: praising").replace(
        "created: 2026-11-22", "created: 2999-01-01"
    )
    assert parse(text) == [
        f"{PATH}: motivation: 'praising' is not allowed (use one of: commenting, describing, editing, linking, questioning, classifying)",
        f"{PATH}: created: '2999-01-01' is in the future (write the day it was written, no later than 2026-11-23: the latest date on Earth now)",
    ]


def test_an_unclosed_block_is_the_same_line_for_a_note_and_a_page() -> None:
    """A note's and a page's front matter end the same way: one line, from one place, tells both how."""
    text = "---\nid: x\n\nBody.\n"
    _, _, problems = split_front_matter("x.md", text)
    assert problems == [diagnose_front_matter("x.md", text)]
