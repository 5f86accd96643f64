"""A YAML file's values found by their place in its composed nodes, and the line that gives one a value.

The checks that name a value as written (a text cut short at ' #', `yaml_comments.py`; a text read as
true, false or a number, `yaml_as_written.py`) read `yaml.compose`'s nodes, never the YAML with a
pattern: a place is the keys and indexes down to a value (`(3, 'aliases', 1)`), a field's path the
same with `EACH` for every item of a list, and the line offered to copy is written as the file holds
the value there (a field's line, a block list's item, a flow list's line).
"""

from __future__ import annotations

from collections.abc import Iterator

import yaml

from hooks.core.yaml_lines import flow_line_to_write, flow_to_write, item_to_write, line_to_write, value_to_write

EACH = None  # in a field's path: every item of a list

FieldPath = tuple[str | None, ...]
Place = tuple[str | int, ...]


def nodes_at(node: yaml.Node | None, field: FieldPath, place: Place) -> Iterator[tuple[Place, yaml.Node]]:
    """Every node at `field` below `node`, with its place (`(3, 'aliases', 1)`); none where the shape differs."""
    if not field:
        yield place, node
    elif field[0] is EACH:
        if isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                yield from nodes_at(item, field[1:], (*place, index))
    elif (value := child(node, field[0])) is not None:
        yield from nodes_at(value, field[1:], (*place, field[0]))


def child(node: yaml.Node | None, key: str) -> yaml.Node | None:
    """The value of `key` in a mapping node; None when the node is no mapping or lacks it."""
    if not isinstance(node, yaml.MappingNode):
        return None
    return next((value for name, value in node.value if isinstance(name, yaml.ScalarNode) and name.value == key), None)


def node_at(root: yaml.Node | None, place: Place) -> yaml.Node | None:
    """The node at `place` (`(3, 'aliases', 1)`) below `root`; None where the shape differs."""
    node = root
    for part in place:
        if isinstance(part, str):
            node = child(node, part)
        else:
            node = node.value[part] if isinstance(node, yaml.SequenceNode) and part < len(node.value) else None
    return node


def line_offered(root: yaml.Node | None, place: Place, written: str) -> str:
    """The line to copy that gives the value at `place` the text `written`, as the file holds it there.

    A field's line (`term: 'on'`); a block list's item with its dash (`- 'yes'`); a flow list's
    line with the item in quotes and the others as written (`tags: [remittances, 'yes']`). The
    item alone (`'yes'`) only where a flow list holds more than texts, which no line rewrites.
    """
    last = place[-1] if place else None
    if isinstance(last, str):
        return line_to_write(last, written)
    parent = node_at(root, place[:-1])
    if not isinstance(parent, yaml.SequenceNode):
        return value_to_write(written)
    if not parent.flow_style:
        return item_to_write(written)
    if not all(isinstance(item, yaml.ScalarNode) for item in parent.value):
        return value_to_write(written)
    items = [written if index == last else item.value for index, item in enumerate(parent.value)]
    owner = place[-2] if len(place) > 1 else None
    return flow_line_to_write(owner, items) if isinstance(owner, str) else flow_to_write(items)


def top_level_node(text: str, key: str) -> yaml.Node | None:
    """A top-level field's composed node, its tag as written (`!ENV`); None if the text has no such field.

    The field's last, as MkDocs keeps it; composed, never constructed: no tag is read, none refused.
    """
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    if not isinstance(root, yaml.MappingNode):
        return None
    values = [value for name, value in root.value if isinstance(name, yaml.ScalarNode) and name.value == key]
    return values[-1] if values else None


def place_name(place: Place) -> str:
    """A place as the schema's lines name it: `author.name`, `references[0].title`, `[2].title`."""
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in place).lstrip(".")


def scalars(root: yaml.Node | None, place: Place = ()) -> Iterator[tuple[Place, yaml.ScalarNode]]:
    """Every scalar value below `root` with its place (`(3, 'aliases', 1)`); a mapping's keys are not values."""
    if isinstance(root, yaml.MappingNode):
        for name, value in root.value:
            if isinstance(name, yaml.ScalarNode):
                yield from scalars(value, (*place, name.value))
    elif isinstance(root, yaml.SequenceNode):
        for index, item in enumerate(root.value):
            yield from scalars(item, (*place, index))
    elif isinstance(root, yaml.ScalarNode) and place:
        yield place, root
