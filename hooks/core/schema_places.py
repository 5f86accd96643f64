"""Where a field the schema does not list at its place belongs instead: one level down or one level up.

A glossary term's `sentences` (each definition's field) or a definition's `aliases` (the term's) was
"not a field (remove it or check its spelling)": the editor, who had spelt it right, was told to
delete it. The schema knows the one place next to it that holds such a field; the line names it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT202012

from hooks.core.field_names import closest_field
from hooks.core.problems import named_value
from hooks.core.schema_messages import NOT_A_FIELD
from hooks.core.yaml_lines import keys_path

MAX_REFS = 8  # the most `$ref`s followed in a row: a schema's ref to itself ends there
# How alike a misspelt field must be to one of the next level's: two letters swapped or one changed in a field of
# four (`pgae`, `nmae`: 0.75), which 0.8 left "remove it"; the own level's 0.6 would take `note` for `quote` (0.67).
CLOSE = 0.75

Name = Callable[[list[Any]], str]  # how a line names a place in the data (`diaspora.definitions[0]`)
Placer = Callable[..., "Elsewhere | None"]  # `field_elsewhere` for one file's data: (place, key, exact=…)
Lookup = Callable[[Any], dict[str, Any]]  # a schema object with its `$ref`s followed (`resolver_of`)
Where = tuple[str, str]  # a neighbour's kind (`object`, `list`, `up`) and the field that leads there


@dataclass(frozen=True)
class Elsewhere:
    """The field a key stands for at a place next to its own, and the words that send it there."""

    field: str  # as the schema names it (`sentences`)
    where: str  # `in each item of `definitions``, `one level up`
    move: str  # `under `diaspora.definitions[0]``, `up to `diaspora`, beside `definitions``
    place: tuple[Any, ...] | None = None  # the place in the data it moves to; None where the editor picks an item
    twice: Twice | None = None  # the field written there already: nothing to move, one of the two to remove


@dataclass(frozen=True)
class Twice:
    """A field written where it belongs and one level off it too (`page:` beside `target:`, and `target.page`)."""

    there: str  # the field where it belongs, named as a line names it (`target.page`)
    values: tuple[Any, Any] | None  # its value there and the one written off its place; None: each item has its own


def field_elsewhere(
    schema: dict[str, Any], data: Any, place: tuple[Any, ...], key: str, name: Name, exact: bool
) -> Elsewhere | None:
    """Where `key`, unexpected at `place`, belongs: the one place next to it that holds it, else None.

    `exact`: the key as written (`sentences`); otherwise a misspelling of the field (`sentences_`, `pgae`).
    Two places holding it (a CSL name's `family`, under `author` and `editor`) are no answer: none is
    offered, unless the data writes one of them alone (`url:` beside `author:`, no `references:`). Nor is a
    place the data writes it in already (a CSL name's `title`, the record's too):
    moving it there would write it twice. Where that place is the one place for it, `twice` says so.
    """
    lookup = resolver_of(schema)
    candidates = [
        (field, where) for where, fields in neighbours(lookup, schema, place) for field in meant(key, fields, exact)
    ]
    found = [(field, where) for field, where in candidates if not written_there(data, place, where, field)]
    if not found and len(candidates) == 1:  # written where it belongs too: which one stays is the line
        field, (kind, container) = candidates[0]
        twice = written_twice(data, place, (key, field), (kind, container), name)
        return Elsewhere(field, *directions(kind, container, data, place, name), twice=twice)
    if len(found) > 1:  # `url` under `author` or in a reference: the place the data writes, where one does
        found = [(field, where) for field, where in found if container_written(data, place, where)]
    if len(found) != 1:
        return None
    field, (kind, container) = found[0]
    return Elsewhere(field, *directions(kind, container, data, place, name))


def written_twice(data: Any, place: tuple[Any, ...], keys: tuple[str, str], where: Where, name: Name) -> Twice:
    """A field written where it belongs already: its name there and both values, for the line to compare.

    `keys`: the field as written here (`pgae`, `page`) and as the schema names it there (`page`).
    """
    (key, field), (kind, container) = keys, where
    if kind == "up":
        there: tuple[Any, ...] | None = (*parent_place(place)[0], field)
    elif kind == "object":
        there = (*place, container, field)
    else:
        items = value_at(data, (*place, container))
        there = (*place, container, 0, field) if isinstance(items, list) and len(items) == 1 else None
    if there is None:
        return Twice(keys_path(container), None)
    return Twice(name(list(there)), (value_at(data, there), value_at(data, (*place, key))))


def unexpected_names(error: ValidationError) -> list[str]:
    """The fields an `additionalProperties` error found that the schema does not list."""
    known = set(error.schema.get("properties", {}))
    return [str(name) for name in error.instance if name not in known] if isinstance(error.instance, dict) else []


def moved(there: Elsewhere, key: str) -> tuple[str, str]:
    """The message and fix for a field written one level off its place (its name's fix too, where misspelt)."""
    meant = keys_path(there.field)
    if there.field == key:
        opening, fix = f"{NOT_A_FIELD} here: {meant} belongs {there.where}", f"move it {there.move}"
    else:
        opening = f"{NOT_A_FIELD}: did you mean {meant}? It belongs {there.where}"
        fix = f"move it {there.move}, as {meant}"
    return (opening, fix) if there.twice is None else twice_line(opening, there.twice)


def twice_line(opening: str, twice: Twice) -> tuple[str, str]:
    """The message and fix for a field written where it belongs and off it too: the value kept there, if another.

    It was "did you mean `target`? (`target` is written too: keep one of the two)" for `page:` beside `target:`;
    misspelt (`pgae:` beside `target:`), "remove it or check its spelling", with no word of `target.page`.
    """
    if twice.values is None:
        return f"{opening}, where each has its own", "remove this one"
    kept, written = twice.values
    field = keys_path(twice.there)
    if type(kept) is type(written) and kept == written:
        return f"{opening}, where {field} says the same", "remove this one"
    message = f"{opening}, where {field} is {named_value(kept)}, not {named_value(written)}"
    return message, f"keep the value meant in {field} and remove this one"


def meant(key: str, fields: dict[str, Any], exact: bool) -> list[str]:
    """The field of `fields` that `key` names (`exact`) or is a misspelling of, as a list: empty where none is."""
    if exact:
        return [key] if key in fields else []
    return [close] if (close := closest_field(key, fields, CLOSE)) else []


def written_there(data: Any, place: tuple[Any, ...], where: Where, field: str) -> bool:
    """Whether the data holds `field` where it would move to already (in each item of a list that has items)."""
    kind, container = where
    if kind == "up":
        return field in as_mapping(value_at(data, parent_place(place)[0]))
    target = value_at(data, (*place, container))
    if kind == "object":
        return field in as_mapping(target)
    return isinstance(target, list) and bool(target) and all(field in as_mapping(item) for item in target)


def container_written(data: Any, place: tuple[Any, ...], where: Where) -> bool:
    """Whether the data writes the field that leads to a neighbouring place (the level above always is)."""
    kind, container = where
    return kind == "up" or value_at(data, (*place, container)) is not None


def as_mapping(value: Any) -> dict[Any, Any]:
    """`value` where it is a mapping; {} otherwise."""
    return value if isinstance(value, dict) else {}


def directions(kind: str, container: str, data: Any, place: tuple[Any, ...], name: Name) -> tuple[str, str, Any]:
    """Where the field belongs, where to move it, and that place in the data (None: the editor picks an item)."""
    if kind == "up":
        parent = parent_place(place)[0]
        above = "the top level" if (named := name(list(parent))) == "(top level)" else keys_path(named)
        return "one level up", f"up to {above}, beside {keys_path(container)}", parent
    if kind == "object":
        return f"under {keys_path(container)}", f"under {keys_path(name([*place, container]))}", (*place, container)
    items, where = value_at(data, (*place, container)), f"in each item of {keys_path(container)}"
    if isinstance(items, list) and len(items) == 1:
        return where, f"under {keys_path(name([*place, container, 0]))}", (*place, container, 0)
    if isinstance(items, list) and items:
        return where, f"under the item of {keys_path(name([*place, container]))} it is for", None
    return where, f"under an item of {keys_path(container)}", None


def neighbours(lookup: Lookup, schema: Any, place: tuple[Any, ...]) -> Iterator[tuple[Where, dict[str, Any]]]:
    """The fields of each place one level down (`("list", "definitions")`) and up (`("up", "definitions")`)."""
    own = schema_at(lookup, schema, place)
    for key, node in own.get("properties", {}).items():
        child = lookup(node)
        if isinstance(child.get("properties"), dict):
            yield ("object", key), child["properties"]
        if isinstance((items := lookup(child.get("items"))).get("properties"), dict):
            yield ("list", key), items["properties"]
    parent, container = parent_place(place)
    if container is not None:
        fields = schema_at(lookup, schema, parent).get("properties", {})
        yield ("up", container), fields if isinstance(fields, dict) else {}


def parent_place(place: tuple[Any, ...]) -> tuple[tuple[Any, ...], str | None]:
    """The object holding the field that holds `place` (a definition's term), and that field; None at the top."""
    rest = list(place)
    while rest and isinstance(rest[-1], int):
        rest.pop()
    if not rest:
        return (), None
    container = rest.pop()
    return tuple(rest), str(container)


def schema_at(lookup: Lookup, schema: Any, place: tuple[Any, ...]) -> dict[str, Any]:
    """The part of the schema that describes the value at `place`; {} where the schema says nothing of it."""
    node = lookup(schema)
    for part in place:
        node = lookup(node.get("items") if isinstance(part, int) else node.get("properties", {}).get(part))
    return node


def value_at(data: Any, place: tuple[Any, ...]) -> Any:
    """The value at `place` in the data; None where the data has another shape."""
    for part in place:
        if isinstance(part, int):
            data = data[part] if isinstance(data, list) and part < len(data) else None
        else:
            data = data.get(part) if isinstance(data, dict) else None
    return data


def resolver_of(schema: Any) -> Lookup:
    """A schema object's `$ref`s followed (`#/$defs/definition`); {} for anything that is no schema object."""
    base = schema.get("$id", "") if isinstance(schema, dict) else ""
    resource = Resource.from_contents(schema, default_specification=DRAFT202012)
    resolver = Registry().with_resource(base, resource).resolver(base_uri=base)

    def lookup(node: Any) -> dict[str, Any]:
        """`node`, its refs followed."""
        for _ in range(MAX_REFS):
            if not isinstance(node, dict) or not isinstance(node.get("$ref"), str):
                break
            try:
                node = resolver.lookup(node["$ref"]).contents
            except Unresolvable:
                return {}
        return node if isinstance(node, dict) and "$ref" not in node else {}

    return lookup
