"""mkdocs.yml's `theme:` as written, unpacked once: `theme: material` or `theme: {name: material, custom_dir: x}`.

make check reads its name (the namespace of a theme's plugins, `material/search`, and the names its templates read)
and its `custom_dir` (a folder of files the site copies) in several places: one reading, so that none differs.
"""

from __future__ import annotations


def theme_parts(theme: object) -> tuple[object, object]:
    """The theme's name and `custom_dir` as written, unchecked (either may be anything YAML reads, or None)."""
    if isinstance(theme, dict):
        return theme.get("name"), theme.get("custom_dir")
    return theme, None
