"""The JSON Schema files (`hooks.core.schemas.load_schema`): one that checks nothing is one line, not a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hooks.core.schemas import Schema, load_schema

ROOT = Path(__file__).resolve().parent.parent
DISPLAY = "annotations/schema/glossary.schema.json"
RESTORE = f"git checkout -- {DISPLAY}"


@pytest.mark.parametrize(
    ("content", "line"),
    [
        (None, f"file not found (restore it from git: {RESTORE})"),
        (b'{"type": "object",\n  "required": ["\xe9"]}', "is not UTF-8 (byte 35) (save the file as UTF-8)"),
        # two pull requests changed it: git's markers, not the JSON error they cause
        (b'{\n<<<<<<< HEAD\n  "type": "object"\n=======\n  "type": "array"\n>>>>>>> b\n}',
         "holds a git merge conflict ('<<<<<<<' at line 2) (keep the lines that belong, then delete the lines"
         " '<<<<<<<', '=======' and '>>>>>>>')"),
        # cut short (a failed save, a truncated copy): said so, not as JSON's "Expecting value" at its end
        (b"", f"ends before its JSON does (at line 1, column 1) (restore it: {RESTORE})"),
        (b'{"type": "object",\n  "properties": {"id": {"type": \n',
         f"ends before its JSON does (at line 3, column 1) (restore it: {RESTORE})"),
        (b'{"type": "object",\n  "required": ["id",]}',
         f"is not valid JSON at line 2, column 21: Expecting value (fix it, or restore it: {RESTORE})"),
        # JSON, but no JSON Schema: named where the schema breaks JSON Schema's rules
        (b'{"type": "arry"}', "type: is not valid JSON Schema: 'arry' is not valid under any of the given schemas"
         f" (write it as JSON Schema 2020-12 does, or restore it: {RESTORE})"),
        (b'{"properties": {"id": {"pattern": "("}}}', "properties.id.pattern: is not valid JSON Schema: '(' is not"
         f" a 'regex' (write it as JSON Schema 2020-12 does, or restore it: {RESTORE})"),
        (b'["type", "object"]', "(top level): is not valid JSON Schema: ['type', 'object'] is not of type 'object',"
         f" 'boolean' (write it as JSON Schema 2020-12 does, or restore it: {RESTORE})"),
        # a `$ref` leading nowhere: jsonschema stopped with a traceback, once a file's value reached it
        (b'{"properties": {"a": {"$ref": "#/$defs/txt"}}, "$defs": {"text": {"type": "string"}}}',
         "properties.a.$ref: '#/$defs/txt' leads to nothing in the schema (did you mean '#/$defs/text'?)"),
        (b'{"$id": "https://x.invalid/s.json", "items": {"$ref": "other.schema.json"}}',
         f"items.$ref: 'other.schema.json' leads to nothing in the schema (name a part of the schema, or restore it:"
         f" {RESTORE})"),
        # jsonschema quotes the faulty value whole: cut, so a list of a thousand ids stays a line one reads
        (json.dumps({"required": "x" * 400}).encode(), f"required: is not valid JSON Schema: '{'x' * 159}…"
         f" (write it as JSON Schema 2020-12 does, or restore it: {RESTORE})"),
    ],
    ids=["missing", "not-utf8", "conflict", "empty", "cut-short", "comma", "type", "regex", "a-list", "ref", "ref-elsewhere", "long"],
)  # fmt: skip
def test_a_schema_that_checks_nothing_is_one_line(tmp_path: Path, content: bytes | None, line: str) -> None:
    path = tmp_path / "glossary.schema.json"
    if content is not None:
        path.write_bytes(content)
    schema, problems = load_schema(path, DISPLAY)
    assert schema is None and [str(problem) for problem in problems] == [f"{DISPLAY}: {line}"]


def test_a_folder_in_a_schemas_place_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "glossary.schema.json").mkdir()
    schema, problems = load_schema(tmp_path / "glossary.schema.json", DISPLAY)
    assert schema is None and [str(problem) for problem in problems] == [
        f"{DISPLAY}: cannot be read (Is a directory) (restore it from git: {RESTORE})"
    ]


@pytest.mark.parametrize("path", sorted((ROOT / "annotations/schema").glob("*.schema.json")), ids=lambda p: p.name)
def test_the_editions_schemas_load(path: Path) -> None:
    assert load_schema(path, path.name) == (Schema(path.read_text(encoding="utf-8")), [])
