"""A value read from YAML (dicts, lists, leaves) walked once, for each reader of the `!relative` tags in it.

The tags sit anywhere in an extension's options or a setting (`base_path: [!relative]`, `extra.probe`): four
readers walked dicts and lists each their own way. One walk, so that they cannot come to differ.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator


def every_key(_: Hashable) -> bool:
    """Walk every key's value, for a reader of options where a `!relative` may sit under any key (`base_path`)."""
    return True


def mapped_leaves(
    value: object, leaf: Callable[[object], object], walked: Callable[[Hashable], bool] = every_key
) -> object:
    """`value` with each leaf (neither dict nor list) put through `leaf`, as new dicts and lists of one shape.

    `walked` names the keys of a dict whose values are walked: the others are kept as they are (an extra
    files' entry maps only its `path`).
    """
    if isinstance(value, dict):
        return {key: mapped_leaves(each, leaf, walked) if walked(key) else each for key, each in value.items()}
    if isinstance(value, list):
        return [mapped_leaves(each, leaf, walked) for each in value]
    return leaf(value)


def field_leaves(value: object, field: str) -> Iterator[tuple[str, object]]:
    """Each leaf of `value` with its place from `field` (`extra.probe`, `base_path[1]`): the field a line names."""
    if isinstance(value, dict):
        for key, each in value.items():
            yield from field_leaves(each, f"{field}.{key}" if field else str(key))
    elif isinstance(value, list):
        for index, each in enumerate(value):
            yield from field_leaves(each, f"{field}[{index}]")
    else:
        yield field, value
