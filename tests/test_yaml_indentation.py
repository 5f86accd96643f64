"""A field indented unlike the one above it is named as such, with the indentation to give it.

A newcomer who uncomments `# url:` or `# language: fr` in the annotation template by deleting the `#`
alone leaves a space in front of the field. YAML then reads the field as more words of the value
above it and stops on its colon: the line said to put "a value with ': ' in it in quotes", a fix
that made matters worse. The message stays PyYAML's, so a genuine `quote: ideas: transferred` keeps
its own hint (`tests/annotation_field_text_cases.py`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from annotation_helpers import BLOCK_NOTE
from conftest import ROOT, run_check

from hooks.core.annotation_front_matter import split_front_matter
from hooks.core.datafiles import load_yaml
from hooks.core.page_front_matter import diagnose_front_matter

FURTHER = "so YAML reads it as more words of that line's value"
NOT_AS_ABOVE = "so YAML cannot tell which field it belongs under"
QUOTES = "or, if the words go on, put them in quotes"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (  # `  # url: …` uncommented by deleting the '#' alone
            "  name: Ana Peña",
            "  name: Ana Peña\n   url: https://orcid.org/0000-0002-1825-0097",
            "invalid YAML at line 11: mapping values are not allowed here"
            f" (`url:` is indented further than `name:` above it, {FURTHER}: indent it by 2 spaces, as `name:`; {QUOTES})",
        ),
        (  # `# language: fr` uncommented so, at the top level
            "created: 2026-11-22",
            "created: 2026-11-22\n language: fr",
            "invalid YAML at line 12: mapping values are not allowed here"
            f" (`language:` is indented further than `created:` above it, {FURTHER}: start it at the line's start,"
            f" as `created:`; {QUOTES})",
        ),
        (  # one space short of its block
            "  paragraph: p3",
            " paragraph: p3",
            "invalid YAML at line 5: expected <block end>, but found '<block mapping start>'"
            f" (`paragraph:` is indented unlike `page:` above it, {NOT_AS_ABOVE}: indent it by 2 spaces, as `page:`,"
            " or as the other fields of its block)",
        ),
        (  # after a value in brackets, which nothing can go on from
            "motivation: commenting",
            "tags: []\n motivation: commenting",
            "invalid YAML at line 8: expected <block end>, but found '<block mapping start>'"
            f" (`motivation:` is indented unlike `tags:` above it, {NOT_AS_ABOVE}: start it at the line's start,"
            " as `tags:`, or indent it as the other fields of its block)",
        ),
        (  # a reference's `url:` one space past its `title:`, which stands after the item's dash
            "created: 2026-11-22",
            "created: 2026-11-22\nreferences:\n  - title: Levitt 1998\n     url: https://example.org/",
            "invalid YAML at line 14: mapping values are not allowed here"
            f" (`url:` is indented further than `title:` above it, {FURTHER}: indent it by 4 spaces, as `title:`;"
            f" {QUOTES})",
        ),
    ],
)
def test_an_annotation_field_indented_unlike_the_one_above_is_named(old: str, new: str, message: str) -> None:
    assert old in BLOCK_NOTE
    problems = split_front_matter("annotations/notes/x.md", BLOCK_NOTE.replace(old, new, 1))[2]
    assert [(problem.field, f"{problem.message} ({problem.hint})") for problem in problems] == [
        ("front matter", message)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "id: x\nquote: ideas: transferred\n",  # a value with ': ' in it: quotes are the fix
        "id: x\nquote: the transfer\n  of ideas: more\n",  # its words on, several of them before the colon
    ],
)
def test_a_value_with_a_colon_keeps_its_hint(tmp_path: Path, text: str) -> None:
    path = tmp_path / "x.yml"
    path.write_text(text, encoding="utf-8")
    problem = load_yaml(path, "x.yml")[1][0]
    assert problem.hint == "write a value with ': ' in it in quotes, e.g. \"Policy: what next\""


def test_a_yaml_file_and_a_page_s_front_matter_get_the_same_line(tmp_path: Path) -> None:
    path = tmp_path / "policy-areas.yml"
    path.write_text("- id: remittances\n  title: Remittances\n   description: Money sent home.\n", encoding="utf-8")
    problem = load_yaml(path, "annotations/policy-areas.yml")[1][0]
    assert (
        problem.hint
        == f"`description:` is indented further than `title:` above it, {FURTHER}: indent it by 2 spaces, as `title:`; {QUOTES}"
    )
    page = "---\ntitle: Opportunities\n source: migration-and-transnationalism\n---\n\n# Opportunities\n"
    problem = diagnose_front_matter("docs/x.md", page)
    assert problem is not None and problem.message == "invalid YAML at line 3: mapping values are not allowed here"
    assert (
        problem.hint
        == f"`source:` is indented further than `title:` above it, {FURTHER}: start it at the line's start, as `title:`; {QUOTES}"
    )


def test_make_check_names_the_indentation_of_an_uncommented_template_line(broken_project: Path) -> None:
    note = broken_project / "annotations/notes/transfer-of-ideas.md"
    text = note.read_text(encoding="utf-8")
    assert "\ncreated: 2026-11-21\n" in text and ROOT != broken_project
    note.write_text(
        text.replace("\ncreated: 2026-11-21\n", "\ncreated: 2026-11-21\n language: fr\n", 1), encoding="utf-8"
    )
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr
    line = next(line for line in check.stdout.splitlines() if line.startswith("annotations/notes/transfer-of-ideas.md"))
    assert line.endswith(
        f"(`language:` is indented further than `created:` above it, {FURTHER}: start it at the line's start, as `created:`; {QUOTES})"
    )


def test_the_readme_template_uncommented_by_its_hash_alone_is_named_as_the_readme_says() -> None:
    """annotations/README.md quotes this line: its template's `# language: fr`, the '#' deleted alone."""
    readme = (ROOT / "annotations/README.md").read_text(encoding="utf-8")
    template = readme.split("```markdown\n", 1)[1].split("```", 1)[0]
    assert "\n# language: fr" in template
    uncommented = template.replace("\n# language: fr", "\n language: fr")
    problem = split_front_matter("annotations/notes/x.md", uncommented)[2][0]
    assert problem.hint == (
        f"`language:` is indented unlike `created:` above it, {NOT_AS_ABOVE}: start it at the line's start,"
        " as `created:`, or indent it as the other fields of its block"
    )
    words = " ".join(readme.split())  # as wrapped in the file
    assert (
        "*`language:` is indented unlike `created:` above it, …: start it at the line's start, as `created:`" in words
    )
