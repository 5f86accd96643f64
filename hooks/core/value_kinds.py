"""What a value of mkdocs.yml is, in a contributor's words: one function for the lines of every setting.

`config_shapes.py` and `extra_files.py` each had a `kind`: `extra: !!binary eA==` was named `!!binary "eA=="`
and `extra_css: !!binary eA==` "binary data (!!binary)", two words in one file's lines for one value. Not in
`problems.py`, which `relative_tags.py` imports: `!relative` is named by its tag (`written_entry`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from hooks.core.problems import named_value
from hooks.core.relative_tags import RelativeTag


def kind(value: object) -> str:
    """What a YAML value is, in a contributor's words: a mapping or a list by its kind, bytes by their tag.

    Bytes as `named_value` names them for every setting's line ("binary data (!!binary)"), not by their base64.
    """
    if isinstance(value, Mapping):  # MkDocs hands the build's adapters settings of its own, no dict
        return "a mapping"
    return "a list" if isinstance(value, list) else written_entry(value)


def written_entry(value: object) -> str:
    """A value named as written; MkDocs' `!relative` by its tag and what follows it (`!relative $config_dir/x`)."""
    if isinstance(value, RelativeTag):  # make check's, and the build's as its adapter hands it in
        return str(value)
    return "!relative" if isinstance(value, os.PathLike) and not isinstance(value, str) else named_value(value)
