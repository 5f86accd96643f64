"""mkdocs.yml's YAML as MkDocs' loader reads it, without MkDocs: its `!` tags, and `!!python/name:` imported.

For `config_file.py`, which checks the values read: a tag MkDocs does not read, or a name no module has, is a
YAML error's line, as MkDocs' build stops on it before any hook.
"""

from __future__ import annotations

import importlib

import yaml
from yaml_env_tag import construct_env_tag

from hooks.core.datafiles import SettingsLoader
from hooks.core.relative_tags import RelativeTag
from hooks.core.yaml_errors import NO_PYTHON_NAME, NO_SUCH_TAG


class ConfigLoader(SettingsLoader):
    """Reads mkdocs.yml: `!ENV` as MkDocs does; a setting written twice, or `!!int "x"`, is a line, not a traceback."""


ConfigLoader.add_constructor("!ENV", construct_env_tag)  # as MkDocs reads it: `site_url` comes from SITE_URL
MKDOCS_TAGS = ("relative",)  # besides `!ENV`: the `!` tags MkDocs' loader reads (mkdocs.utils.yaml)


def construct_mkdocs_tag(loader: yaml.Loader, suffix: str, node: yaml.Node) -> RelativeTag:
    """A `!` tag MkDocs reads (`!relative`), as a path; any other one a line, as MkDocs' build stops on it.

    A `!relative` MkDocs refuses (`!relative nope`) is read all the same: its line names its setting
    (`refused_tag_problems`), which a YAML error's line cannot.
    """
    if suffix not in MKDOCS_TAGS:
        raise yaml.constructor.ConstructorError(None, None, f"'!{suffix}' {NO_SUCH_TAG}", node.start_mark)
    return RelativeTag(loader.construct_scalar(node))  # as MkDocs reads it: `!relative [a]` is a YAML error


def construct_python_name(loader: yaml.Loader, suffix: str, node: yaml.Node) -> None:
    """`!!python/name:module.name` as nothing, once the name imports: MkDocs' build stops on one that does not.

    Imported as MkDocs' loader imports it (mkdocs.yml is the project's own file, not a contribution).
    Any error of the import is that line: a module may raise anything as it runs (ValueError: an empty
    or relative module name), and make check shows no traceback.
    """
    module, _, name = suffix.rpartition(".")
    try:
        found = hasattr(importlib.import_module(module or "builtins"), name)
    except Exception:  # noqa: BLE001 (the module's own code ran: its error, whatever it is, is the tag's line)
        found = False
    if not found:
        message = f"'!!python/name:{suffix}' {NO_PYTHON_NAME}"
        raise yaml.constructor.ConstructorError(None, None, message, node.start_mark)


ConfigLoader.add_multi_constructor("!", construct_mkdocs_tag)
ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/name:", construct_python_name)
# PyYAML takes the first prefix a tag starts with: `python/name:` before the other `python/` tags (read as nothing).
ConfigLoader.yaml_multi_constructors = dict(
    sorted(ConfigLoader.yaml_multi_constructors.items(), key=lambda p: -len(p[0]))
)
