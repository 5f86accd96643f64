"""mkdocs.yml read without MkDocs, for the checks that run without a build: extensions, page moves, pages, site_url.

And `extra.glossary`, the settings the hooks read.
"""

from __future__ import annotations

import copy
import difflib
import functools
import importlib
import importlib.util
import os
import pkgutil
import posixpath
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

import markdown
import yaml
from markdown.extensions import Extension
from pathspec.gitignore import GitIgnoreSpec
from yaml_env_tag import construct_env_tag

from hooks.core.anchor_lock import directory_urls_problem
from hooks.core.conflicts import merge_conflict
from hooks.core.datafiles import NO_PYTHON_NAME, NO_SUCH_TAG, SettingsLoader, describe_yaml_error
from hooks.core.glossary_settings import settings_problems
from hooks.core.links import usable_site_url
from hooks.core.page_files import Pair, conflicts, dropped_files, is_page, page_name
from hooks.core.page_moves import file_moves, lock_moves
from hooks.core.problems import Problem, named_value
from hooks.core.site_nav import check_nav, nav_config, nav_shape_problem
from hooks.core.yaml_lines import in_backticks, item_to_write, keys_path, line_to_write, yaml_scalar

CONFIG = "mkdocs.yml"
DOCS = "docs"
# What MkDocs 1.6 leaves out of every site (mkdocs.structure.files._default_exclude).
DEFAULT_EXCLUDE = (".*", "/templates/")


class _ConfigLoader(SettingsLoader):
    """Reads mkdocs.yml: `!ENV` as MkDocs does; a setting written twice, or `!!int "x"`, is a line, not a traceback."""


_ConfigLoader.add_constructor("!ENV", construct_env_tag)  # as MkDocs reads it: `site_url` comes from SITE_URL
MKDOCS_TAGS = ("relative",)  # besides `!ENV`: the `!` tags MkDocs' loader reads (mkdocs.utils.yaml)


def construct_mkdocs_tag(loader: yaml.Loader, suffix: str, node: yaml.Node) -> None:
    """A `!` tag MkDocs reads (`!relative`), as nothing; any other one a line, as MkDocs' build stops on it."""
    if suffix not in MKDOCS_TAGS:
        raise yaml.constructor.ConstructorError(None, None, f"'!{suffix}' {NO_SUCH_TAG}", node.start_mark)


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


_ConfigLoader.add_multi_constructor("!", construct_mkdocs_tag)
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/name:", construct_python_name)
# PyYAML takes the first prefix a tag starts with: `python/name:` before the other `python/` tags (read as nothing).
_ConfigLoader.yaml_multi_constructors = dict(
    sorted(_ConfigLoader.yaml_multi_constructors.items(), key=lambda p: -len(p[0]))
)


class ConfigError(Exception):
    """A mkdocs.yml the CLIs cannot read as the build does: its one line, for them to print.

    Most are ones the build refuses too ("Aborted with a configuration error"); a `docs_dir` other
    than `docs`, and `use_directory_urls: false`, it takes, and the CLIs do not read.

    Raised where the value is read, so no caller meets a traceback; nothing else is checked then, as
    in the build, which stops before any page is read. Problems found together (every plugin not
    installed, every hook's file missing) come in one error, one line each.
    """

    def __init__(self, problem: Problem, *more: Problem) -> None:
        """Keep the problems, for the CLI's lines; `problem` is the first."""
        super().__init__("\n".join(str(each) for each in (problem, *more)))
        self.problem = problem
        self.problems = [problem, *more]


def refuse(field: str, message: str, hint: str) -> ConfigError:
    """The error for one value of mkdocs.yml."""
    return ConfigError(Problem(CONFIG, field, message, hint))


@functools.lru_cache(maxsize=4)
def parsed_config(text: str, environment: frozenset[tuple[str, str]]) -> Any:
    """mkdocs.yml's YAML, parsed once per text and environment (`!ENV` reads it): the checks ask a dozen times."""
    return yaml.load(text, Loader=_ConfigLoader)  # noqa: S506 (a SafeLoader)


def read_config(root: Path) -> dict[str, Any]:
    """mkdocs.yml as YAML, its tags left unevaluated; ConfigError if it, or a value read here, is unreadable."""
    try:
        text = (root / CONFIG).read_text(encoding="utf-8")
        if conflict := merge_conflict(CONFIG, text):
            raise ConfigError(conflict)
        config = copy.deepcopy(parsed_config(text, frozenset(os.environ.items())))  # a copy: callers may change it
    except FileNotFoundError:
        raise refuse("", "file not found", "run make from the project's folder, where mkdocs.yml is") from None
    except UnicodeDecodeError as error:
        raise refuse("", f"is not UTF-8 (byte {error.start})", "save the file as UTF-8") from None
    except yaml.YAMLError as error:
        message, hint = describe_yaml_error(error)
        raise refuse("", message, hint or "fix the YAML syntax") from None
    if config is None:
        return {}
    if not isinstance(config, dict):
        hint = f"write one {in_backticks('name: value')} setting per line"
        raise refuse("", f"is {kind(config)}, not settings", hint)
    check_shapes(config)
    if not (root / DOCS).is_dir():
        raise refuse("docs_dir", f"the folder {DOCS}/ is missing", f"put the pages back in it: git restore {DOCS}")
    return config


def kind(value: object) -> str:
    """What a YAML value is, in a contributor's words."""
    if isinstance(value, dict):
        return "a mapping"
    return "a list" if isinstance(value, list) else named_value(value)


def check_shapes(config: dict[str, Any]) -> None:
    """Refuse the values read here in a shape the build refuses, or one that would end in a traceback or be misread.

    `redirect_maps: [a.md]` crashed make check; `markdown_extensions: attr_list` was read letter by
    letter; `docs_dir` elsewhere (which the build takes) left every page unread here, and a line
    of each check that found none; `use_directory_urls: false` (which the build takes) keyed every
    page here by another address than the lock's, and make check said OK to a build that failed.
    """
    if not isinstance(docs := config.get("docs_dir", DOCS), str) or Path(docs) != Path(DOCS):
        message = f"{named_value(docs)}: make check and make annotate read the pages in {DOCS}/ only"
        raise refuse("docs_dir", message, f"keep the pages in {DOCS}/ and remove docs_dir")
    if (directory_urls := config.get("use_directory_urls")) is False and (moved := directory_urls_problem(False)):
        raise ConfigError(moved)  # the build's line: every page would move
    if directory_urls is not None and directory_urls is not True:
        raise refuse("use_directory_urls", f"must be true or false, not {kind(directory_urls)}", "write true")
    for option in ("exclude_docs", "draft_docs", "not_in_nav"):
        if config.get(option) is not None and not isinstance(config[option], str):
            hint = f"write it as {in_backticks(f'{option}: |')} and one pattern per line below"
            raise refuse(option, f"must be text, not {kind(config[option])}", hint)
    if config.get("extra") is not None and not isinstance(config["extra"], dict):  # MkDocs' own refusal
        hint = f"write each setting on its own line below {in_backticks('extra:')}, indented 2 spaces more"
        raise refuse("extra", f"must be settings, not {kind(config['extra'])}", hint)
    if config.get("nav") is not None and (problem := nav_shape_problem(config["nav"])):
        raise ConfigError(problem)
    for name, options in named_entries(config.get("markdown_extensions"), "markdown_extensions", "extension"):
        if options is not None and not isinstance(options, dict):
            entry = in_backticks(f"- {yaml_scalar(name)}:")  # as YAML needs the name: `- 'on':`
            hint = f"write its options below {entry} as {in_backticks('option: value')} lines,"
            hint += " or no ':' for none"
            raise refuse(f"markdown_extensions: {name}", f"its options are {kind(options)}, not a mapping", hint)
    redirects = dict(named_entries(config.get("plugins"), "plugins", "plugin")).get("redirects")
    if redirects is not None and not isinstance(redirects, dict):
        raise refuse("plugins: redirects", f"its options are {kind(redirects)}, not a mapping", MAPS_HINT)
    maps = (redirects or {}).get("redirect_maps")
    if maps is not None and not isinstance(maps, dict):
        raise refuse("redirect_maps", f"must be a mapping, not {kind(maps)}", MAPS_HINT)
    for old, new in (maps or {}).items():
        if not isinstance(old, str) or not isinstance(new, str) or not new:
            message = f"moves the page to {named_value(new)}, no page" if new else "names no new page"
            raise refuse(f"redirect_maps: {old}", message, MAPS_HINT)


MAPS_HINT = (
    f"write each move as a line {line_to_write('old.md', 'new.md')} under {keys_path('redirects', 'redirect_maps')}"
)


def named_entries(value: object, field: str, what: str) -> list[tuple[str, Any]]:
    """`plugins` or `markdown_extensions` as MkDocs reads them: a list of names and one-key mappings, or a mapping."""
    if value is None:
        return []
    if isinstance(value, dict):
        entries = list(value.items())
    elif isinstance(value, list):
        entries = [next(iter(item.items())) if isinstance(item, dict) and len(item) == 1 else (item, None)
                   for item in value]  # fmt: skip
    else:
        raise refuse(field, f"must be a list, not {kind(value)}", f"write one {item_to_write('name')} line per {what}")
    for name, _ in entries:
        if isinstance(name, dict):  # `- toc:` with its options not indented below it
            names = ", ".join(map(str, name))
            hint = f"start each {what} with '- ', and indent its options 4 spaces more than its name"
            raise refuse(field, f"one entry holds {len(name)} names ({names})", hint)
        if not isinstance(name, str):
            hint = f"write the {what}'s name, e.g. {item_to_write(EXAMPLES[what])}"
            raise refuse(field, f"{kind(name)} is no {what}'s name", hint)
    return entries


EXAMPLES = {"plugin": "search", "extension": "attr_list"}


def configured_moves(root: Path) -> dict[str, str]:
    """The page moves of mkdocs-redirects' `redirect_maps` in mkdocs.yml, as moves between lock keys."""
    return lock_moves(configured_redirect_maps(root))


def configured_glossary_problems(root: Path) -> list[Problem]:
    """The lines of `extra.glossary` in mkdocs.yml, the build's: the same function gives both."""
    return settings_problems(read_config(root).get("extra") or {})


def configured_file_moves(root: Path) -> dict[str, str]:
    """The page moves of `redirect_maps` between files in docs/, each followed to its end, as the build reads them."""
    return file_moves(configured_redirect_maps(root))


def configured_redirect_maps(root: Path) -> dict[str, str]:
    """mkdocs-redirects' `redirect_maps` in mkdocs.yml (`old.md: new.md`), none if the plugin is not listed."""
    redirects = dict(named_entries(read_config(root).get("plugins"), "plugins", "plugin")).get("redirects")
    return (redirects or {}).get("redirect_maps") or {}


def configured_site_url(root: Path) -> tuple[str, list[Problem]]:
    """mkdocs.yml's `site_url`, `SITE_URL` read as the build does ("" if none); "" and its line if MkDocs refuses it."""
    return usable_site_url(read_config(root).get("site_url"), CONFIG)


def configured_extensions(root: Path) -> tuple[list[str | Extension], dict[str, dict[str, Any]]]:
    """The `markdown_extensions` of mkdocs.yml, as Python-Markdown takes them; ConfigError for one it cannot load."""
    names: list[str | Extension] = []
    configs: dict[str, dict[str, Any]] = {}
    entries = named_entries(read_config(root).get("markdown_extensions"), "markdown_extensions", "extension")
    for name, options in entries:
        names.append(name)
        if options:
            configs[name] = options
    md = markdown.Markdown()
    for name, options in entries:
        try:
            md.build_extension(name, options or {})
        except Exception as error:  # an extension's own code may raise anything: MkDocs catches all too
            raise ConfigError(extension_problem(name, options or {}, error)) from None
    return names, configs


def extension_problem(name: str, options: dict[str, Any], error: Exception) -> Problem:
    """Why Python-Markdown cannot load an extension: a name not installed (the closest installed one) or an option."""
    if isinstance(error, ModuleNotFoundError) and error.name and f"{name}.".startswith(f"{error.name}."):
        close = difflib.get_close_matches(name, installed_extensions(), n=1, cutoff=0.75)
        hint = f"did you mean '{close[0]}'?" if close else "check its spelling, and that requirements.txt installs it"
        return Problem(CONFIG, "markdown_extensions", f"'{name}' is no installed Markdown extension", hint)
    if isinstance(error, KeyError) and error.args and error.args[0] in options:
        known = list(markdown.Markdown().build_extension(name, {}).getConfigs())
        close = difflib.get_close_matches(str(error.args[0]), known, n=1, cutoff=0.8)
        hint = f"did you mean {keys_path(close[0])}?" if close else f"its options: {', '.join(known) or 'none'}"
        return Problem(CONFIG, f"markdown_extensions: {name}", f"has no option {keys_path(str(error.args[0]))}", hint)
    message = f"cannot be loaded: {type(error).__name__}: {error}"
    hint = "check its name and options against its documentation"
    return Problem(CONFIG, f"markdown_extensions: {name}", message, hint)


def check_plugins_and_hooks(root: Path) -> None:
    """ConfigError for every plugin not installed and hook file missing: MkDocs' build stops on any, before a page.

    make check said OK to both, and to `- redirect:` read no page moves of `redirect_maps`.
    """
    if problems := plugin_and_hook_problems(root):
        raise ConfigError(*problems)


def plugin_and_hook_problems(root: Path) -> list[Problem]:
    """One line per plugin not installed and per hook's file missing, all in one run: fixing one showed the next."""
    config = read_config(root)
    installed = [entry.name for entry in entry_points(group="mkdocs.plugins")]
    theme = config.get("theme")
    namespace = theme.get("name") if isinstance(theme, dict) else theme  # `search` is Material's `material/search`
    problems = [
        plugin_problem(name, installed, namespace)
        for name, _ in named_entries(config.get("plugins"), "plugins", "plugin")
        if name.removeprefix("/") not in installed and f"{namespace}/{name}" not in installed
    ]
    hooks = config.get("hooks")
    if hooks is not None and not isinstance(hooks, list):
        hint = f"write one {item_to_write('path')} line per hook"
        return [*problems, Problem(CONFIG, "hooks", f"must be a list, not {kind(hooks)}", hint)]
    return problems + [
        hook_problem(root, hook) for hook in hooks or [] if not isinstance(hook, str) or not (root / hook).is_file()
    ]


def plugin_problem(name: str, installed: list[str], namespace: object) -> Problem:
    """The line for a plugin MkDocs does not find installed: the closest installed one, as mkdocs.yml would name it."""
    names = [plugin.removeprefix(f"{namespace}/") for plugin in installed]
    close = difflib.get_close_matches(name.rpartition("/")[2], names, n=1, cutoff=0.75)  # `material/redirects`
    hint = f"did you mean '{close[0]}'?" if close else "check its spelling, and that requirements.txt installs it"
    return Problem(CONFIG, "plugins", f"'{name}' is no installed MkDocs plugin", hint)


def hook_problem(root: Path, hook: object) -> Problem:
    """The line for a hook whose file is not there: the closest file of its folder, if the folder is there.

    Named as the hook is written (`./hooks/…`, or an absolute path, which MkDocs takes as it is).
    """
    written = posixpath.dirname(hook) if isinstance(hook, str) else ""
    folder = root / written
    files = [posixpath.join(written, path.name) for path in folder.glob("*.py")] if folder.is_dir() else []
    close = difflib.get_close_matches(str(hook), files, n=1, cutoff=0.75)
    hint = f"did you mean '{close[0]}'?" if close else f"write its path from the folder of {CONFIG}"
    return Problem(CONFIG, "hooks", f"{named_value(hook)} is no file", hint)


def installed_extensions() -> list[str]:
    """The Markdown extensions installed, by the names mkdocs.yml gives them: Python-Markdown's and PyMdown's.

    Only on the way to an error: PyMdown's modules are imported to leave out its helpers (`util`).
    """
    names = [entry.name for entry in entry_points(group="markdown.extensions")]
    if (pymdownx := importlib.util.find_spec("pymdownx")) is None or not pymdownx.submodule_search_locations:
        return names
    for module in pkgutil.iter_modules(pymdownx.submodule_search_locations):
        if module.name.startswith("_"):
            continue
        try:
            if hasattr(importlib.import_module(f"pymdownx.{module.name}"), "makeExtension"):
                names.append(f"pymdownx.{module.name}")
        except ImportError:
            continue
    return names


def published_pages(root: Path) -> set[str]:
    """The Markdown files in docs/ the build makes pages of, as MkDocs chooses them (paths inside docs/).

    Every name MkDocs reads as Markdown (`.md`, `.markdown`, `.mdown`, `.mkdn`, `.mkd`: the others
    are `page_name_problem`'s lines). Left out, as the build leaves them out: hidden files and
    folders, `templates/`, what `exclude_docs` and `draft_docs` name, and the loser of two files of
    a folder with one address (a README.md beside an index.md: `conflict_problems`).
    """
    return site_files(root)[1]


def site_files(root: Path) -> tuple[set[str], set[str], list[Pair]]:
    """docs/ as MkDocs' get_files reads it: the files it keeps (excluded too), its pages, the conflicts it warns of."""
    config = read_config(root)
    lines = [*DEFAULT_EXCLUDE]
    for option in ("exclude_docs", "draft_docs"):
        if isinstance(config.get(option), str):
            lines += config[option].splitlines()
    excluded = GitIgnoreSpec.from_lines(lines)
    docs = root / DOCS
    files = {path.relative_to(docs).as_posix() for path in docs.rglob("*") if path.is_file()}
    included = {path: not excluded.match_file(path) for path in files}
    dropped, warned = dropped_files(conflicts(files, config.get("use_directory_urls") is not False), included)
    files -= dropped
    return files, {path for path in files if is_page(path) and included[path]}, warned


def conflict_problems(root: Path) -> list[Problem]:
    """Two files of a folder with one address, both in the site: MkDocs keeps one and warns (a strict build fails).

    A README.md beside an index.md, `x.markdown` beside `x.md`. (One `exclude_docs` or `draft_docs`
    names is no warning: MkDocs keeps the other in silence, a README.md beside an excluded index.md.)
    """
    return [conflict_problem(dropped, kept) for dropped, kept in sorted(site_files(root)[2])]


def conflict_problem(dropped: str, kept: str) -> Problem:
    """The line for a file MkDocs leaves out because another file of its folder has its address."""
    why = "is the folder's page" if page_name(kept) == "index" else "has its address"
    message = f"is left out of the site, as {DOCS}/{kept} {why} (MkDocs warns, the strict build fails)"
    hint = f"put what it says in {DOCS}/{kept} and delete it, or list it in exclude_docs: in mkdocs.yml"
    return Problem(f"{DOCS}/{dropped}", "", message, hint)


def check_configured_nav(root: Path, generated: set[str], listed: set[str]) -> list[Problem]:
    """mkdocs.yml's `nav:` against the pages, as the strict build compares them; one line per page or entry.

    `generated`: the files the hooks add to the site; `listed`: those of them that go in the nav
    (the glossary, the annotations' index, the policy areas' overview; not each area's page).
    """
    config = read_config(root)
    entries, levels = nav_config(config)
    if not levels:
        return []
    files, pages, _ = site_files(root)
    hidden = GitIgnoreSpec.from_lines(config["not_in_nav"].splitlines() if config.get("not_in_nav") else [])
    pages = {page for page in pages | listed if not hidden.match_file(page)}
    return check_nav(entries, files | generated, pages, levels, generated)
