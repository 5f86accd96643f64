"""MkDocs' own schema of mkdocs.yml (`MkDocsConfig`), read into the core's `SettingNames` for make check.

MkDocs' names, not a copy: its `Config._validate` warns of a name its schema lacks, and a `SubConfig` it checks
(`validation`, and `links`, `nav` in it) warns of its own; a `Deprecated` option is warned of, or refused once
removed; a `Private` one, and `config_file_path`, MkDocs sets itself and refuses written. Imported when asked, not on
top: make check starts without MkDocs.
"""

from __future__ import annotations

import functools
from dataclasses import replace
from pathlib import Path
from typing import Any

from hooks.core.setting_names import LOADER_KEYS, Retired, SettingNames, plugin_words
from hooks.core.theme_setting import theme_parts

# Set by MkDocs from the file's path, and refused written, even empty, by `MkDocsConfig.load_dict` (on a traceback):
# its schema holds it as any text
SET_BY_LOADER = ("config_file_path",)
# What a theme reads in place of a setting MkDocs deprecated for the theme's own ("See the options available on
# your theme"), by theme and setting: Material's "Setting up site analytics" (`property` a GA4 one, since 9.2)
THEME_READS = {
    ("material", "google_analytics"): "Material reads `extra.analytics` (`provider: google`, `property: G-…`)",
}


@functools.cache
def mkdocs_setting_names() -> SettingNames:
    """The names of mkdocs.yml MkDocs knows, read once a run from its schema."""
    from mkdocs.config.defaults import MkDocsConfig

    names = schema_names(MkDocsConfig)
    return replace(names, internal={**names.internal, **dict.fromkeys(SET_BY_LOADER, True)})


def config_setting_names(root: Path, config: dict[str, Any]) -> SettingNames:
    """MkDocs' names, with the configured theme's where mkdocs.yml writes a name MkDocs does not know (`features`)."""
    names = theme_retired(mkdocs_setting_names(), theme_parts(config.get("theme"))[0])
    if all(key in names.names or key in LOADER_KEYS for key in config):
        return names  # the theme's templates are read only for a line's sake
    from hooks.cli.theme_settings import theme_placed

    theme = config.get("theme")
    as_text = {"theme": theme} if isinstance(theme, str) else {}  # `theme: material`: no name goes under it as it is
    return replace(names, placed=theme_placed(root, theme), as_text=as_text)


def theme_retired(names: SettingNames, theme: object) -> SettingNames:
    """MkDocs' retired settings, each with what the theme reads in its place, where it reads one (`THEME_READS`)."""
    if not isinstance(theme, str):  # `name: [material]`: the theme's own line; a list is no key
        return names
    retired = {
        name: replace(option, instead=THEME_READS[theme, name]) if (theme, name) in THEME_READS else option
        for name, option in names.retired.items()
    }
    return replace(names, retired=retired)


def schema_names(config_class: Any) -> SettingNames:
    """One level of a schema: its names, its checked sub-configs' (each a level below), its retired options."""
    from mkdocs.config import config_options

    nested, internal = {}, {}
    for name, option in config_class._schema:
        if isinstance(option, config_options.Private):  # "For internal use only.", once given a value
            internal[name] = False
        if (below := sub_config_names(option)) is not None:
            nested[name] = below
    retired = retired_options(config_class._schema)
    return SettingNames(tuple(name for name, _ in config_class._schema), nested, retired, internal)


def retired_options(scheme: Any, plugin: str | None = None) -> dict[str, Retired]:
    """The options a schema keeps only to say they are retired, MkDocs' `Deprecated`: its settings', a plugin's.

    A `plugin`'s (as mkdocs.yml names it) with its own message, said after "remove it" for a slip of it.
    """
    from mkdocs.config import config_options

    return {
        name: Retired(refused=option.removed, moved_to=option.moved_to, instead=plugin_said(plugin, name, option))
        for name, option in scheme
        if isinstance(option, config_options.Deprecated)
    }


def plugin_said(plugin: str | None, name: str, option: Any) -> str | None:
    """A plugin's own message for its retired option, whatever it says; None where it is MkDocs' default words.

    Those name nothing to use (or `moved_to`, which "write it as" says): only the plugin's own add to "remove it".
    """
    from mkdocs.config import config_options

    default = config_options.Deprecated(moved_to=option.moved_to, removed=option.removed).message
    if plugin is None or option.moved_to or option.message == default:
        return None
    return plugin_words(plugin, as_mkdocs_says(option.message, name))


def as_mkdocs_says(message: str, name: str) -> str:
    """A `Deprecated` message as MkDocs says it, the option's name formatted in; as written where `format` refuses it.

    `"Use {new}".format(name)` raises: the plugin's words are still worth saying, not a traceback of make check's.
    """
    try:
        return message.format(name)
    except (IndexError, KeyError, ValueError, AttributeError):
        return message


def sub_config_names(option: Any) -> SettingNames | None:
    """The names of a sub-config MkDocs checks, with those it moves down a level (`PropagatingSubConfig`); else None.

    `extra` is a sub-config MkDocs does not check (any name goes); `validation: {anchors: warn}` is `links`' own.
    """
    from mkdocs.config import config_options
    from mkdocs.config.base import Config

    if isinstance(option, config_options.Optional):
        option = option.option
    if not isinstance(option, config_options.SubConfig) or not getattr(option, "_do_validation", False):
        return None
    if not (isinstance(option.config_class, type) and issubclass(option.config_class, Config)):
        return None
    names = schema_names(option.config_class)
    if isinstance(option, config_options.PropagatingSubConfig):
        moved = [name for below in names.nested.values() for name in below.names]
        names = replace(names, names=tuple(dict.fromkeys((*names.names, *moved))))
    return names


@functools.cache
def text_settings() -> frozenset[str]:
    """The settings MkDocs' schema types as text (`repo_url`, `copyright`): a path there, `!relative`, it refuses.

    Its own options read, not a list of ours: a `Type(str)` (`EditURI`, `DocsDir` among them) or a `URL`, which
    stop the build on MkDocs' placeholder ("Expected a string").
    """
    from mkdocs.config import config_options
    from mkdocs.config.defaults import MkDocsConfig

    names = []
    for name, option in MkDocsConfig._schema:
        option = option.option if isinstance(option, config_options.Optional) else option
        if isinstance(option, config_options.URL) or (isinstance(option, config_options.Type) and option._type is str):
            names.append(name)
    return frozenset(names)
