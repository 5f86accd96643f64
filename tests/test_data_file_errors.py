"""A file left broken whole: a git merge conflict in the lock, a note or a page; a schema moved away or no JSON Schema."""

from __future__ import annotations

from pathlib import Path

from broken_project_helpers import OPPORTUNITIES, assert_build_and_check_say
from conftest import edit


def test_a_merge_conflict_left_in_a_file_is_one_line_each_in_the_build_and_in_check(broken_project: Path) -> None:
    """Two annotation pull requests merged one after the other often conflict in the anchor lock.

    The markers would otherwise read as invalid JSON or YAML, or as paragraphs and a heading without ids.
    """
    edit(broken_project, "anchors.lock.json", '  "about"\n', '<<<<<<< HEAD\n  "about"\n=======\n  "about"\n>>>>>>> b\n')
    edit(broken_project, OPPORTUNITIES, "\n{ #p4 }", "\n{ #p4 }\n\n<<<<<<< HEAD\nOurs.\n=======\nTheirs.\n>>>>>>> b")
    edit(
        broken_project,
        "annotations/notes/transfer-of-ideas.md",
        "motivation: describing",
        "<<<<<<< HEAD\nmotivation: describing",
    )
    expected = [
        "anchors.lock.json: holds a git merge conflict ('<<<<<<<' at line 7)"
        " (run 'make anchors', which merges both sides)",
        "annotations/notes/transfer-of-ideas.md: holds a git merge conflict ('<<<<<<<' at line 8)"
        " (keep the lines that belong, then delete the lines '<<<<<<<', '=======' and '>>>>>>>')",
        f"{OPPORTUNITIES.as_posix()}: holds a git merge conflict ('<<<<<<<' at line 22)"
        " (keep the lines that belong, then delete the lines '<<<<<<<', '=======' and '>>>>>>>')",
    ]
    assert_build_and_check_say(broken_project, expected)


SCHEMAS = ("annotation", "bibliography", "glossary", "policy-areas")


def test_a_schema_folder_moved_away_is_one_line_a_schema_not_a_traceback(broken_project: Path) -> None:
    """Each schema checks a kind of file: without it none of them can be checked, which its one line says.

    The build and make check stopped with a FileNotFoundError; the files it checks are not each named,
    nor are the ids they publish summed up as lost: the schema's line is their cause.
    """
    (broken_project / "annotations/schema").rename(broken_project / "schema-elsewhere")
    expected = [
        f"annotations/schema/{name}.schema.json: file not found"
        f" (restore it from git: git checkout -- annotations/schema/{name}.schema.json)"
        for name in SCHEMAS
    ]
    assert_build_and_check_say(broken_project, expected)


def test_a_schema_that_is_no_json_schema_is_one_line_each_in_the_build_and_in_check(broken_project: Path) -> None:
    """Two pull requests changing a schema leave git's markers in it; an editor's slip cuts it short or breaks a rule.

    A `$ref` leading nowhere is JSON Schema to `check_schema`: jsonschema stopped once a source's author reached it.
    """
    schema = Path("annotations/schema")
    edit(broken_project, schema / "annotation.schema.json", '    "motivation": {', '<<<<<<< HEAD\n    "motivation": {')
    glossary = broken_project / schema / "glossary.schema.json"
    glossary.write_text("".join(glossary.read_text(encoding="utf-8").splitlines(keepends=True)[:7]), encoding="utf-8")
    edit(broken_project, schema / "policy-areas.schema.json", '"type": "array"', '"type": "arry"')
    edit(
        broken_project,
        schema / "bibliography.schema.json",
        '"author": {"$ref": "#/$defs/names"}',
        '"author": {"$ref": "#/$defs/nams"}',
    )
    restore = "git checkout -- annotations/schema/"
    expected = [
        "annotations/schema/annotation.schema.json: holds a git merge conflict ('<<<<<<<' at line 41)"
        " (keep the lines that belong, then delete the lines '<<<<<<<', '=======' and '>>>>>>>')",
        "annotations/schema/bibliography.schema.json: properties.author.$ref: '#/$defs/nams' leads to nothing in the"
        " schema (did you mean '#/$defs/names'?)",
        "annotations/schema/glossary.schema.json: ends before its JSON does (at line 8, column 1)"
        f" (restore it: {restore}glossary.schema.json)",
        "annotations/schema/policy-areas.schema.json: type: is not valid JSON Schema:"
        " 'arry' is not valid under any of the given schemas"
        f" (write it as JSON Schema 2020-12 does, or restore it: {restore}policy-areas.schema.json)",
    ]
    assert_build_and_check_say(broken_project, expected)


def test_a_schema_referring_to_another_by_its_id_is_one_line_naming_the_fix_in_the_build_and_in_check(
    broken_project: Path,
) -> None:
    """Each schema is read alone: a `$ref` to another's `$id` leads nowhere, in both, and was told to "name a part"."""
    line = "https://edition.invalid/schema/bibliography.schema.json#/$defs/line"
    edit(broken_project, "annotations/schema/annotation.schema.json", '"quote": {', f'"quote": {{"$ref": "{line}", ')
    expected = [
        f"annotations/schema/annotation.schema.json: properties.target.properties.quote.$ref: '{line}' leads to"
        " another schema, and each schema is read alone (copy the definition into this schema's $defs, and"
        " refer to it as '#/$defs/line')"
    ]
    assert_build_and_check_say(broken_project, expected)
