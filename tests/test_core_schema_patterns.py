"""Every field of the JSON Schemas: its pattern a named constant explained in words, its length limit a named one."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from conftest import ROOT
from jsonschema import Draft202012Validator

from hooks.core.schema_messages import PATTERNS, PLAIN_TEXT, PLAIN_TEXT_PLACES, describe
from hooks.core.schemas import Schema, validate
from hooks.core.text import (
    CITATION_LIMIT,
    DESCRIPTION_LIMIT,
    LINE_LIMIT,
    NO_CONTROL_PATTERN,
    QUOTE_LIMIT,
    TEXT_LIMIT,
    URL_LIMIT,
    URL_PATTERN,
    VISIBLE_PATTERN,
)


def test_a_record_and_an_annotation_check_a_language_with_one_pattern() -> None:
    """One BCP 47 grammar, kept in text.py: both schemas' `language`, the form's copy, and the named parts CLDR reads."""
    from hooks.core.languages import RE_LANGUAGE_TAG
    from hooks.core.text import LANGUAGE_PATTERN, LANGUAGE_TAG

    schemas = [json.loads((ROOT / f"annotations/schema/{name}").read_text(encoding="utf-8")) for name in (
        "annotation.schema.json", "bibliography.schema.json")]  # fmt: skip
    assert [schema["properties"]["language"]["pattern"] for schema in schemas] == [LANGUAGE_PATTERN] * 2
    assert RE_LANGUAGE_TAG.pattern == LANGUAGE_TAG
    for tag in ["en", "pt-BR", "zh-yue", "x-klingon", "en-US-u-ca-gregory", "i-klingon", "en-", "en_GB", "english"]:
        assert bool(re.search(LANGUAGE_PATTERN, tag)) == bool(RE_LANGUAGE_TAG.fullmatch(tag)), tag


def schema_nodes(node: object, place: str) -> Iterator[tuple[str, dict]]:
    """Every mapping of a schema, `$defs` and `allOf` included, with where it stands (`glossary…/items/term`)."""
    if isinstance(node, dict):
        yield place, node
        for key, value in node.items():
            yield from schema_nodes(value, f"{place}/{key}")
    elif isinstance(node, list):
        for number, value in enumerate(node):
            yield from schema_nodes(value, f"{place}/{number}")


def every_schema_node() -> list[tuple[str, dict]]:
    """The mappings of every schema the edition validates with."""
    schemas = sorted((ROOT / "annotations/schema").glob("*.schema.json"))
    assert len(schemas) == 4, schemas
    return [
        found for path in schemas for found in schema_nodes(json.loads(path.read_text(encoding="utf-8")), path.name)
    ]


def every_schema_field() -> list[tuple[str, dict]]:
    """The fields of every schema (a mapping that gives a type), not the parts of one (an `allOf`'s)."""
    return [(place, node) for place, node in every_schema_node() if "type" in node]


def node_patterns(node: dict) -> set[str]:
    """The patterns a schema's field asks for: its own and its `allOf`'s."""
    return {part["pattern"] for part in [node, *node.get("allOf", [])] if isinstance(part.get("pattern"), str)}


def test_every_pattern_of_the_schemas_is_explained_in_words() -> None:
    """A contributor reads what a value must look like, never the schema's regular expression.

    `PATTERNS` holds `hooks/core/text.py`'s patterns themselves: a copy in a schema that differs from
    its constant by a character (and so lets that character through unsaid) is named here by its place.
    """
    used = [(place, node["pattern"]) for place, node in every_schema_node() if isinstance(node.get("pattern"), str)]
    assert len(used) > 30
    assert [(place, pattern) for place, pattern in used if pattern not in PATTERNS] == []


def schema_id_fields() -> dict[str, dict]:
    """The schemas' id fields, read from the schemas, not from `PATTERNS`: a field named `id`, and a list of ids' items.

    A list of ids says so in its description (`Policy-area ids`, `Ids of related terms`).
    """
    nodes = dict(every_schema_node())
    found = {place: node for place, node in nodes.items() if place.endswith("/properties/id") and "pattern" in node}
    lists = {place: node for place, node in nodes.items() if "ids" in str(node.get("description", "")).lower()}
    found.update({f"{place}/items": node["items"] for place, node in lists.items() if node.get("type") == "array"})
    return found


def test_the_id_fields_are_found_in_the_schemas() -> None:
    """The rule reading them finds each id field, so that the test below cannot pass on none."""
    assert sorted(schema_id_fields()) == [
        "annotation.schema.json/properties/id",
        "annotation.schema.json/properties/tags/items",
        "glossary.schema.json/items/properties/id",
        "glossary.schema.json/items/properties/see_also/items",
        "policy-areas.schema.json/items/properties/id",
    ]


@pytest.mark.parametrize(("place", "node"), sorted(schema_id_fields().items()), ids=sorted(schema_id_fields()))
def test_every_id_field_offers_an_id_written_in_another_case_in_lowercase(place: str, node: dict) -> None:
    """Each schema's id field, as the schema writes it: `ID_PATTERNS`, which `PATTERNS`' words pick, may drift from it.

    Picking the patterns by `PATTERNS`' words, as the code does, could not see a schema's id pattern
    changed alone (its words then `does not match …`, its offer of the id in lowercase lost).
    """
    errors = [error for error in Draft202012Validator(node).iter_errors("Remittances") if error.validator == "pattern"]
    assert [describe(error) for error in errors] == [
        ("'Remittances' is not a valid id", "write it in lowercase: 'remittances'")
    ], place


def test_every_text_field_of_the_schemas_refuses_control_characters() -> None:
    """A text readers see (one asked to show something: a visible character, a letter) holds no control character.

    The check of one field's copy compares it with its constant; a field without the copy at all
    (deleted, or never written) is found here.
    """
    texts = [(place, node) for place, node in every_schema_field() if node_patterns(node) & {VISIBLE_PATTERN, "\\w"}]
    assert len(texts) > 15
    assert [place for place, node in texts if NO_CONTROL_PATTERN not in node_patterns(node)] == []


def test_every_text_field_of_the_schemas_has_a_pattern() -> None:
    """A text without one is shown unchecked: a date's `literal` and a record's `categories` took U+202E.

    Not a record's `id`: CSL's bookkeeping, which the record, the citations and the exports leave out.
    """
    texts = [place for place, node in every_schema_field() if "string" in node["type"] and not node_patterns(node)]
    assert texts == ["bibliography.schema.json/properties/id"]


def test_every_length_limit_of_the_schemas_is_a_named_one() -> None:
    """A name, title, term or attribution shown in menus and tooltips is one line: `LINE_LIMIT`, as a page's title.

    Ids keep their 80 characters (an URL's fragment); a reference as cited, authors and all, `CITATION_LIMIT`.
    """
    limits = {place: node["maxLength"] for place, node in every_schema_field() if "maxLength" in node}
    named = {80, LINE_LIMIT, CITATION_LIMIT, DESCRIPTION_LIMIT, TEXT_LIMIT, QUOTE_LIMIT, URL_LIMIT}
    assert set(limits.values()) <= named, limits
    shown = [place for place, node in every_schema_field() if PLAIN_TEXT in node_patterns(node)]  # menus, tooltips
    assert shown and [place for place in shown if limits.get(place) != LINE_LIMIT] == []


def test_every_text_of_the_schemas_has_a_length_limit() -> None:
    """A record's `publisher` or `note`, an area's description and a quote took any length: a page pasted in passed.

    One line (`LINE_LIMIT`) unless it is one of the texts of a few paragraphs named here.
    """
    texts = {
        place: node.get("maxLength")
        for place, node in every_schema_field()
        if NO_CONTROL_PATTERN in node_patterns(node)
    }
    longer = {
        "annotation.schema.json/properties/target/properties/quote": QUOTE_LIMIT,
        "annotation.schema.json/properties/references/items/properties/title": CITATION_LIMIT,
        "bibliography.schema.json/$defs/text": TEXT_LIMIT,
        "policy-areas.schema.json/items/properties/description": DESCRIPTION_LIMIT,
    }
    assert len(texts) > 15
    assert {place: limit for place, limit in texts.items() if limit != LINE_LIMIT} == longer


def test_every_web_address_of_the_schemas_is_checked_as_one_and_has_its_length_limit() -> None:
    """A record's `URL` was any line of 300 characters, never checked as an address; an annotation's `url` any length.

    A web address is one line, but no name: `URL_LIMIT`, not `LINE_LIMIT`, and `URL_PATTERN` (https://, no space).
    """
    addresses = {place: node for place, node in every_schema_field() if place.lower().endswith("/url")}
    assert set(addresses) == {
        "annotation.schema.json/properties/author/properties/url",
        "annotation.schema.json/properties/references/items/properties/url",
        "bibliography.schema.json/properties/URL",
    }
    assert {place: (node["pattern"], node.get("maxLength")) for place, node in addresses.items()} == dict.fromkeys(
        addresses, (URL_PATTERN, URL_LIMIT)
    )
    assert [place for place, node in every_schema_field() if URL_PATTERN in node_patterns(node)] == list(addresses)


def test_every_plain_text_field_of_the_schemas_has_its_own_hint() -> None:
    """The hint for '<' or '>' spoke of "the site's navigation or tooltips" for every field, an author's name too.

    Each field that refuses markup says where it would be read as HTML; a new one without its place is named here.
    """
    fields = {
        place.removesuffix("/items").rsplit("/", 1)[-1]
        for place, node in every_schema_field()
        if PLAIN_TEXT in node_patterns(node)
    }
    assert fields == {"name", "term", "aliases", "attribution", "title"}
    assert fields <= set(PLAIN_TEXT_PLACES)


def test_only_a_records_texts_of_a_few_paragraphs_take_more_than_one_line() -> None:
    """The record's one `text` definition served `publisher` and `abstract` alike: split, each has its limit."""
    schema = json.loads((ROOT / "annotations/schema/bibliography.schema.json").read_text(encoding="utf-8"))
    refs = {name: node["$ref"] for name, node in schema["properties"].items() if "$ref" in node}
    assert {name for name, ref in refs.items() if ref == "#/$defs/text"} == {"abstract", "annote", "note", "references"}
    assert {ref for ref in refs.values()} == {"#/$defs/text", "#/$defs/line", "#/$defs/names", "#/$defs/date"}


def test_a_pattern_without_words_still_says_what_it_asks() -> None:
    """A pattern added to a schema before its words: the regex, as the last resort, not a crash on its braces."""
    schema = Schema(json.dumps({"properties": {"year": {"type": "string", "pattern": "^[0-9]{4}$"}}}))
    assert [str(p) for p in validate({"year": "2k"}, schema, "x.yml")] == [
        "x.yml: year: '2k' does not match ^[0-9]{4}$"
    ]
