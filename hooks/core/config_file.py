"""mkdocs.yml read without MkDocs, as the build reads it: for make check, make annotate, extensions by dotted path.

Its tags as MkDocs' loader takes them (`config_loader.py`), and the shapes of the values read here checked once
(`config_shapes.py`): a value the build refuses, or one that would end in a traceback or be misread, is a `ConfigError`.
"""

from __future__ import annotations

import copy
import functools
import os
from pathlib import Path
from typing import Any

import yaml

from hooks.core.config_addresses import address_setting_problems
from hooks.core.config_inherit import Parents, merged, parent_texts
from hooks.core.config_loader import ConfigLoader
from hooks.core.config_shapes import listed_entries, shape_problems
from hooks.core.conflicts import merge_conflict
from hooks.core.extra_files import Named, entry_problems, extra_setting_problems, named_places
from hooks.core.problems import Problem, named_value
from hooks.core.project_folders import CONFIG, DOCS
from hooks.core.relative_tags import refused_tag_problems
from hooks.core.site_name import site_name_problems
from hooks.core.value_kinds import kind
from hooks.core.yaml_errors import describe_yaml_error
from hooks.core.yaml_lines import in_backticks

# A file that parses to nothing: MkDocs stops on it for want of `site_name`.
EMPTY = f"holds no settings, not even {in_backticks('site_name')}, on which the build stops"


class ConfigError(Exception):
    """A mkdocs.yml the CLIs cannot read as the build does: its one line, for them to print.

    Most are ones the build refuses too ("Aborted with a configuration error"); a `docs_dir` other
    than `docs`, and `use_directory_urls: false`, it takes, and the CLIs do not read.

    Raised where the value is read, so no caller meets a traceback; nothing else is checked then, as
    in the build, which stops before any page is read. Problems found together (every value in a
    shape the build refuses, plugin not installed, hook's file missing, extension not loading) come
    in one error, one line each.
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
    return yaml.load(text, Loader=ConfigLoader)  # noqa: S506 (a SafeLoader)


def read_config(root: Path) -> dict[str, Any]:
    """mkdocs.yml as YAML, its tags left unevaluated; ConfigError if it, or a value read here, is unreadable."""
    return read_settings(root)[0]


def read_settings(root: Path) -> tuple[dict[str, Any], Named]:
    """`read_config`, and the places of the extra files' entries mkdocs.yml's lines name (`settings_read`)."""
    config, problems, named = settings_read(root)
    if problems:
        raise ConfigError(*problems)
    return config, named


def config_and_problems(root: Path) -> tuple[dict[str, Any], list[Problem]]:
    """mkdocs.yml as YAML, and a line for every value read here in a shape the build refuses, all in one run.

    ConfigError if the file itself cannot be read (no YAML, a merge conflict, not settings): nothing
    in it is known then. The shapes were refused one a run: fixing `extra` showed `exclude_docs`.
    """
    config, problems, _ = settings_read(root)
    return config, problems


def settings_read(root: Path) -> tuple[dict[str, Any], list[Problem], Named]:
    """`config_and_problems`, and the places of the extra files' entries its lines name, for their check to leave."""
    environment = frozenset(os.environ.items())
    try:
        text = (root / CONFIG).read_text(encoding="utf-8")
        if conflict := merge_conflict(CONFIG, text):
            raise ConfigError(conflict)
        parsed = parsed_config(text, environment)  # cached: read, never changed
    except FileNotFoundError:
        raise refuse("", "file not found", "run make from the project's folder, where mkdocs.yml is") from None
    except UnicodeDecodeError as error:
        raise refuse("", f"is not UTF-8 (byte {error.start})", "save the file as UTF-8") from None
    except yaml.YAMLError as error:
        message, hint = describe_yaml_error(error)
        raise refuse("", message, hint or "fix the YAML syntax") from None
    if parsed is None:  # empty, or comments alone: no `site_name`, which MkDocs stops on; docs/ is still checked
        config, problems, named = {}, [Problem(CONFIG, "", EMPTY, f"restore it: git restore {CONFIG}")], {}
    elif not isinstance(parsed, dict):
        hint = f"write one {in_backticks('name: value')} setting per line"
        raise refuse("", f"is {kind(parsed)}, not settings", hint)
    else:  # its parent merged in, as MkDocs' loader does: a bad `INHERIT` stops the build before any check
        lines, named, settings = value_lines(text, environment, inherited(root, parsed))
        config, problems = copy.deepcopy(settings), list(lines)  # a copy: callers may change it
    if problem := docs_dir_problem(root, config.get("docs_dir")):
        problems.append(problem)
    if not (root / DOCS).is_dir():
        hint = f"put the pages back in it: git restore {DOCS}"
        problems.append(Problem(CONFIG, "docs_dir", f"the folder {DOCS}/ is missing", hint))
    return config, problems, named


def merged_settings(root: Path, text: str) -> dict[str, Any]:
    """mkdocs.yml's settings as written (`text`), its parents (`INHERIT`) merged in: make check's (`merged_parsed`).

    The build's hooks read `theme:` from it as make check does: mkdocs.yml's own missed a parent's `name: material`.
    None read (YAML or a parent MkDocs would have stopped on): MkDocs' own line, and no settings here.
    """
    environment = frozenset(os.environ.items())
    try:
        parsed = parsed_config(text, environment)
        return merged_parsed(parsed, inherited(root, parsed), environment)
    except (yaml.YAMLError, ConfigError):
        return {}


def merged_parsed(parsed: object, parents: Parents, environment: frozenset[tuple[str, str]]) -> dict[str, Any]:
    """mkdocs.yml's settings (`parsed`) over its parents' (`inherited`), a new dict: none unless they are settings.

    One merge for the build's `theme:` and make check's values: the build re-ran every value check to read `theme:`.
    """
    if not isinstance(parsed, dict):
        return {}
    return merged(parsed, [parsed_config(each, environment) for _, each in parents])


def inherited(root: Path, config: object) -> Parents:
    """The files mkdocs.yml's settings inherit (`INHERIT`), nearest first; ConfigError for one the build refuses."""
    environment = frozenset(os.environ.items())
    parents, problem = parent_texts(root, config, CONFIG, lambda parent: parsed_config(parent, environment))
    if problem is not None:
        raise ConfigError(problem)
    return parents


@functools.lru_cache(maxsize=4)
def value_lines(
    text: str, environment: frozenset[tuple[str, str]], parents: Parents = ()
) -> tuple[tuple[Problem, ...], Named, dict[str, Any]]:
    """The lines of mkdocs.yml's values (a settings' mapping); the extra entries they name, by place; the settings.

    Worked out once per text and environment: make check reads mkdocs.yml a score of times a run, and each read
    worked the extra files' entries out again, as its extra files' check did. A text of no settings (empty,
    comments alone, `~`, a list) has no values: its one line is `config_and_problems`'s.
    `parents`, the files it inherits (`inherited`), merged in as MkDocs does; their lines name mkdocs.yml. The
    settings returned are the cache's: copy them to change them.
    """
    config = parsed_config(text, environment)
    if not isinstance(config, dict):
        return (), {}, {}
    config = merged_parsed(config, parents, environment)  # a copy: read, never changed
    found = entry_problems(CONFIG, config)  # an extra file naming none, or no address: its lines, and their places
    # `site_name` too: MkDocs stops on one missing or not text; one that shows nothing the build names
    problems = refused_tag_problems(CONFIG, config) + shape_problems(config)  # `!relative nope`: MkDocs stops on it
    problems += site_name_problems(CONFIG, config, text, dict(environment))
    problems += address_setting_problems(CONFIG, config)  # `repo_url`: MkDocs takes one no browser reads
    problems += extra_setting_problems(CONFIG, config, found)
    return tuple(problems), named_places(found), config


def docs_dir_problem(root: Path, docs: object) -> Problem | None:
    """The line for a `docs_dir` other than docs/, said as MkDocs takes it: refused, or a folder the CLIs do not read.

    One the build refuses (no text, no folder, the folder of mkdocs.yml itself) is named as refused: make
    check said "make check reads docs/ only", as if the build took it. One naming docs/ (`docs_dir:` left
    empty, MkDocs' default; docs/'s absolute path) is docs/: make check refused it, the build did not.
    Another folder the build takes, and the CLIs refuse: read there, every page was left unread, and a
    line of each check that found none.
    """
    if docs is None:
        return None
    if not isinstance(docs, str):
        return Problem(CONFIG, "docs_dir", f"must be text, not {kind(docs)}", KEEP_DOCS)
    folder = root / docs  # as MkDocs reads it: from the folder of mkdocs.yml, an absolute path as it is
    if not folder.is_dir():
        return Problem(CONFIG, "docs_dir", f"{named_value(docs)} is no folder", KEEP_DOCS)
    if folder.resolve() == root.resolve():
        message = f"{named_value(docs)} is the folder of {CONFIG} itself, which MkDocs refuses: the pages go in a"
        return Problem(CONFIG, "docs_dir", f"{message} folder beside it", KEEP_DOCS)
    if folder.resolve() != (root / DOCS).resolve():
        message = f"{named_value(docs)}: make check and make annotate read the pages in {DOCS}/ only"
        return Problem(CONFIG, "docs_dir", message, KEEP_DOCS)
    return None


KEEP_DOCS = f"keep the pages in {DOCS}/ and remove docs_dir"


def named_entries(value: object, field: str, what: str) -> list[tuple[str, Any]]:
    """`plugins` or `markdown_extensions` as MkDocs reads them; ConfigError for every entry it refuses."""
    entries, problems = listed_entries(value, field, what)
    if problems:
        raise ConfigError(*problems)
    return entries
