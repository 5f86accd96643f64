"""mkdocs.yml's `theme:` as written, unpacked once: `theme: material` or `theme: {name: material, custom_dir: x}`.

make check reads its name (the namespace of a theme's plugins, `material/search`, and the names its templates read)
and its `custom_dir` (a folder of files the site copies) in several places: one reading, so that none differs.
A `!relative` is worked out as MkDocs' check of `theme:` works it out (`placed`, with no page): make check took
`!relative $config_dir/overrides` for the folder `$config_dir/overrides`, which the build never looked for.
"""

from __future__ import annotations

import os

from hooks.core.relative_tags import placed


def theme_parts(theme: object) -> tuple[object, object]:
    """The theme's name and `custom_dir` as written, unchecked (either may be anything YAML reads, or None)."""
    if isinstance(theme, dict):
        return theme.get("name"), theme.get("custom_dir")
    return theme, None


def theme_folder(theme: object, config_dir: str, docs_dir: str) -> str | None:
    """The `custom_dir` folder the build reads, from mkdocs.yml's folder (`config_dir`); None if it is no path.

    MkDocs checks `theme:` while its `markdown_extensions`' check sets the page to none (`""`): a `!relative` alone
    is docs/ itself, `$config_dir/x` and `$docs_dir/x` from their folders.
    """
    custom = theme_parts(placed(theme, config_dir, docs_dir))[1]
    if not isinstance(custom, str | os.PathLike):
        return None
    return os.path.join(config_dir, os.fspath(custom))  # one already absolute (a worked-out tag) is kept
