"""mkdocs.yml's `extra_css` and `extra_javascript`: each entry naming a file a browser can fetch, by its place.

MkDocs asks nothing of an extra file's address, nor whether a path names a file of the site
(`missing_extra_files` in `extra_file_paths.py`): every page loaded a dead stylesheet or script, said by no line.
"""

from __future__ import annotations

import difflib
import posixpath
from collections.abc import Collection, Iterator, Mapping

from hooks.core.config_addresses import misread_host
from hooks.core.problems import Problem, named_address
from hooks.core.project_folders import DOCS
from hooks.core.relative_tags import RelativeTag
from hooks.core.site_addresses import unread_field
from hooks.core.value_kinds import kind, written_entry
from hooks.core.yaml_lines import in_backticks, joined

EXTRA_FILES = {"extra_css": "assets/x.css", "extra_javascript": "assets/x.js"}  # each with an example
FILE_HINT = "copy the file's whole address from the browser's address bar, or write the path of a file in docs/"
Named = Mapping[str, Collection[int]]  # by setting, the places of the entries `extra_file_problems` names
Entry = tuple[str, str, object, bool]  # setting, the field a line names, what it links, whether a script's options
Found = Mapping[str, list[tuple[int, Problem]]]  # by setting, `extra_file_problems`: each line by its entry's place
# A script's options as MkDocs' `ExtraScriptValue` reads them, each with its type (None, for all, is its default).
SCRIPT_OPTIONS: dict[str, type] = {"path": str, "type": str, "defer": bool, "async": bool}
UNKNOWN_OPTION = "is no option of a script, which MkDocs warns of (the strict build fails)"
TYPE_HINT = "write `type: module`, or leave it out"


def extra_setting_problems(path: str, config: object, found: Found | None = None) -> list[Problem]:
    """Each extra file's entry naming no file, or an address no browser reads; a setting no list, for make check.

    MkDocs stops on "Expected type: <class 'list'>" before any hook: make check said OK, and read `!!binary eA==`
    (bytes, a sequence) as the entry `120`. So it does on a script's option it refuses (`script_option_problems`).
    `found`: `entry_problems`, when the caller has worked them out already (make check, once a run).
    """
    if not isinstance(config, Mapping):
        return []  # the shapes' own line
    lists = [setting for setting in EXTRA_FILES if config.get(setting) is None or isinstance(config[setting], list)]
    problems = [list_problem(path, setting, config[setting]) for setting in EXTRA_FILES if setting not in lists]
    found = entry_problems(path, config) if found is None else found
    problems += [problem for setting in lists for _, problem in found[setting]]
    return problems + script_option_problems(path, config.get("extra_javascript"))


def script_option_problems(path: str, scripts: object) -> list[Problem]:
    """Each option of a script MkDocs' config refuses, but its `path:` (`script_shape_problem`'s): one line each.

    MkDocs stops on the first, before any hook: "Sub-option 'defer': Expected type: <class 'bool'>" (`defer:
    maybe`), or warns, which fails the strict build, "Unrecognised configuration name" (`asynch: true`); make check
    said OK. `SCRIPT_OPTIONS` are MkDocs' own (a test holds them to its `ExtraScriptValue`). Make check's lines
    alone: `mkdocs serve` goes on past the warning, which is its line there.
    """
    problems = []
    for index, script in enumerate(scripts if isinstance(scripts, list) else ()):
        for option, value in script.items() if isinstance(script, Mapping) else ():
            field = f"extra_javascript[{index}].{option}"
            if (wanted := SCRIPT_OPTIONS.get(option)) is None:
                problems.append(Problem(path, field, UNKNOWN_OPTION, option_hint(option)))
            elif option != "path" and value is not None and not isinstance(value, wanted):
                message = f"must be {'true or false' if wanted is bool else 'text'}, not {kind(value)}"
                fix = f"{in_backticks(f'{option}: true')} or {in_backticks(f'{option}: false')}"
                problems.append(Problem(path, field, message, f"write {fix}" if wanted is bool else TYPE_HINT))
    return problems


def option_hint(option: object) -> str:
    """The fix of a script's option MkDocs does not know: the one meant, if a letter away (`asynch`), else all."""
    known = list(SCRIPT_OPTIONS)
    if isinstance(option, str) and (meant := difflib.get_close_matches(option, known, n=1, cutoff=0.6)):
        return f"did you mean {in_backticks(meant[0])}?"
    return f"a script's options are {joined(map(in_backticks, known))}"


def list_problem(path: str, setting: str, value: object) -> Problem:
    """The line of an extra setting that is no list: text, a mapping, binary data."""
    hint = f"write each path on its own line below `{setting}:`, e.g. `- {EXTRA_FILES[setting]}`"
    return Problem(path, setting, f"must be a list of paths, not {kind(value)}", hint)


def entry_problems(path: str, config: Mapping[str, object]) -> dict[str, list[tuple[int, Problem]]]:
    """`extra_file_problems` of each setting, worked out once a run: the build reports them, then reads their places."""
    return {setting: extra_file_problems(path, setting, config.get(setting)) for setting in EXTRA_FILES}


def named_places(found: Found) -> dict[str, frozenset[int]]:
    """The places of the entries `entry_problems` named, by setting: every later check leaves them to their line."""
    return {setting: frozenset(index for index, _ in problems) for setting, problems in found.items()}


def extra_file_problems(path: str, setting: str, entries: object) -> list[tuple[int, Problem]]:
    r"""Each `extra_css` or `extra_javascript` entry naming no file, or an address no browser reads, by its place.

    An entry names a file by a text, or a script by its `path:` (named `[i].path`, in every line). MkDocs takes
    any address, and an entry naming none: `extra_css: [5]` stops it on a traceback, `''`, `' '` and
    `{type: module}` link the page itself. A script in a shape MkDocs' config refuses (`script_shape_problem`)
    is named too, for make check: the build stops on MkDocs' own line before any hook. A host holding a
    backslash is named first (`misread_host`): MkDocs' own line for it ("OS-specific separator", change it
    to '/') led to another host, `https://git\hub.com/x.js` to `git`; one in a path is `separator_problems`'.
    """
    if not isinstance(entries, list):
        return []  # no list: `list_problem`
    problems = []
    for index, entry in enumerate(entries):
        field = f"{setting}[{index}]"
        options = setting == "extra_javascript" and isinstance(entry, Mapping)  # MkDocs' `ExtraScriptValue`
        where = f"{field}.path" if options and entry.get("path") else field  # MkDocs writes `''` for none
        address = entry_address(setting, entry)
        if setting == "extra_javascript" and (refused := script_shape_problem(path, field, entry)):
            problems.append((index, refused))
        elif isinstance(entry, Mapping) and not options:  # `{path: …}`: MkDocs stopped on a traceback
            message = "must be a path, not a mapping (only a script, in extra_javascript, takes options)"
            problems.append((index, Problem(path, field, message, example_hint(setting))))
        elif isinstance(address, str) and address.strip() and (why := misread_host(address)):  # before MkDocs' `/`
            problems.append((index, Problem(path, where, f"{named_address(address)} {why}", FILE_HINT)))
        elif isinstance(address, str) and address.strip():
            problems += [(index, problem) for problem in unread_field(path, where, address, FILE_HINT)]
        else:
            named = "has no `path:`, or an empty one, so it" if options and where == field else written_entry(address)
            problems.append(
                (index, Problem(path, where, f"{named} names no file", entry_hint(address, setting, options)))
            )
    return problems


def script_shape_problem(path: str, field: str, entry: object) -> Problem | None:
    """A script MkDocs' config refuses, in the project's words: the build stops on MkDocs' line, make check said OK.

    MkDocs: "Expected a key-value mapping (dict)" (`- 5`: a path or options, then), "Sub-option 'path': Required
    configuration not provided" (`path: null`) and "Expected type: <class 'str'>" (`path: 5`).
    """
    if isinstance(entry, str):
        return None
    if not isinstance(entry, Mapping):
        return Problem(
            path,
            field,
            f"must be a path or a script's options, not {kind(entry)}",
            entry_hint(entry, "extra_javascript"),
        )
    if "path" in entry and entry["path"] is None:
        return Problem(path, f"{field}.path", "is empty", example_hint("extra_javascript", options=True))
    if "path" in entry and not isinstance(entry["path"], str):
        return Problem(
            path,
            f"{field}.path",
            f"must be text, not {kind(entry['path'])}",
            entry_hint(entry["path"], "extra_javascript", options=True),
        )
    return None


def entry_address(setting: str, entry: object) -> object:
    """What an extra file's entry links: the text, or a script's `path:` (MkDocs' `ExtraScriptValue` is a mapping)."""
    return entry.get("path", "") if setting == "extra_javascript" and isinstance(entry, Mapping) else entry


def unnamed_entries(config: object, named: Named | None = None) -> Iterator[Entry]:
    """Each extra file's entry but those `extra_file_problems` names (their line is its): `Entry`, by place.

    `named`: `named_places`, when the caller has worked them out already (the build, once a run).
    """
    if not isinstance(config, Mapping):
        return  # the shapes' own line
    named = named_places(entry_problems("", config)) if named is None else named
    for setting in EXTRA_FILES:
        if not isinstance(entries := config.get(setting), list):
            continue
        for index, entry in enumerate(entries):
            if index not in named.get(setting, ()):
                options = setting == "extra_javascript" and isinstance(entry, Mapping)
                field = f"{setting}[{index}]{'.path' if options else ''}"
                yield setting, field, entry_address(setting, entry), options


def example_hint(setting: str, options: bool = False) -> str:
    """The fix of an entry naming no file: a path of docs/ as written in the list, or as a script's `path:`."""
    example = f"path: {EXTRA_FILES['extra_javascript']}" if options else f"- {EXTRA_FILES[setting]}"
    return f"write the path of a file in docs/, e.g. `{example}`, or a whole address"


def entry_hint(address: object, setting: str, options: bool = False) -> str:
    """The fix of an entry naming no file: a `!relative` through docs/ as the path of docs/ it names, as text.

    MkDocs refuses the tag in an extra file wherever it points (`$docs_dir/x.css` too): the general example sent
    the reader to `assets/x.css`, away from the file the tag named.
    """
    if isinstance(address, RelativeTag) and (inside := docs_path(address.written)):
        written = f"path: {inside}" if options else f"- {inside}"
        return f"write the path of docs/ it names as text, without `!relative`: {in_backticks(written)}"
    return example_hint(setting, options)


def docs_path(written: str) -> str | None:
    """The path of docs/ to offer for a `!relative` value, which MkDocs refuses in an extra file: None outside docs/.

    Worked out as MkDocs joins it (`$config_dir/docs/x`, `$docs_dir/x`: `x`), so that the line never offers a path
    that is refused in turn: a rest starting with `/` (`$docs_dir//x`) is absolute to MkDocs' `os.path.join`.
    """
    prefix, _, suffix = written.partition("/")
    if suffix.startswith("/"):
        return None
    if prefix == "$config_dir":
        folder, _, suffix = posixpath.normpath(suffix).partition("/")
        if folder != DOCS:
            return None
    elif prefix != "$docs_dir":
        return None
    inside = posixpath.normpath(suffix) if suffix else ""
    return None if inside in ("", ".") or inside.startswith("../") or inside == ".." else inside


def read_entries(entries: list[object], setting: str, named: Collection[int] | None = None) -> list[object]:
    """The extra files' entries without those `extra_file_problems` names (`named`, if known): the build goes on.

    So the strict build fails with every line said: `http://[x/y.js` and `extra_css: [5]` stopped it on
    MkDocs' traceback, after the lines, and a dead file is no loss to a page.
    """
    named = {index for index, _ in extra_file_problems("", setting, entries)} if named is None else named
    return [entry for index, entry in enumerate(entries) if index not in named]
