"""What MkDocs 1.6 makes of the files in docs/, for the checks that run without it (mkdocs.structure.files).

Which files are pages, the address each page gets under either `use_directory_urls`, and which of
two files in one folder claiming one address the site keeps: so `make check` names the pages the
build publishes, and by the build's addresses; and which files of a docs folder the site keeps
(`site_files`), which the annotations extension listed by dotted path asks too.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Mapping
from pathlib import Path
from urllib.parse import quote

from pathspec.gitignore import GitIgnoreSpec

from hooks.core.problems import visible

# mkdocs.utils.markdown_extensions: every file whose name ends so is a page.
MARKDOWN_SUFFIXES = (".markdown", ".mdown", ".mkdn", ".mkd", ".md")
Pair = tuple[str, str]  # two files of one folder with one address: the earlier in MkDocs' order, the later
# What MkDocs 1.6 leaves out of every site (mkdocs.structure.files._default_exclude).
DEFAULT_EXCLUDE = (".*", "/templates/")
# Why the file is not there, as a line about a file of `DEFAULT_EXCLUDE` names it (its fix: `own_exclusion_fix`)
MKDOCS_LEAVES_OUT = (
    "MkDocs leaves out of the site (a hidden file or folder, its name starting with a dot, or templates/)"
)


def is_page(src_path: str) -> bool:
    """Whether MkDocs makes a page of the file (mkdocs.utils.is_markdown_file)."""
    return src_path.endswith(MARKDOWN_SUFFIXES)


def page_name(src_path: str) -> str:
    """A file's name without its extension, a README being its folder's index (File.name)."""
    stem = posixpath.splitext(posixpath.basename(src_path))[0]
    return "index" if stem == "README" else stem


def dest_path(src_path: str, directory_urls: bool) -> str:
    """Where the site writes the file, inside the site's folder (File.dest_uri): a page as HTML."""
    if not is_page(src_path):
        return src_path
    folder, name = posixpath.dirname(src_path), page_name(src_path)
    if not directory_urls or name == "index":
        return posixpath.join(folder, f"{name}.html")
    return posixpath.join(folder, name, "index.html")


def page_url(src_path: str, directory_urls: bool) -> str:
    """A page's address relative to the site's root, quoted, as MkDocs' File.url writes it (`./` for the home page)."""
    url = dest_path(src_path, directory_urls)
    folder, name = posixpath.split(url)
    if directory_urls and name == "index.html":
        url = f"{folder or '.'}/"
    return quote(url)


def sort_key(name: str) -> tuple[bool, str]:
    """The order MkDocs reads a folder's files in: index and README first, then by name (_file_sort_key)."""
    return posixpath.splitext(name)[0] not in ("index", "README"), name


def conflicts(paths: Iterable[str], directory_urls: bool) -> list[Pair]:
    """Files claiming the address an earlier file of their folder has: (earlier, later), as get_files pairs them."""
    by_folder: dict[str, list[str]] = {}
    for path in paths:
        by_folder.setdefault(posixpath.dirname(path), []).append(path)
    pairs = []
    for folder_paths in by_folder.values():
        first: dict[str, str] = {}
        for path in sorted(folder_paths, key=lambda path: sort_key(posixpath.basename(path))):
            if (earlier := first.setdefault(dest_path(path, directory_urls), path)) != path:
                pairs.append((earlier, path))
    return pairs


def dropped_files(pairs: Iterable[Pair], included: Mapping[str, bool]) -> tuple[set[str], list[Pair]]:
    """The files of conflicting pairs MkDocs leaves out of the site, and the pairs it warns of (both in the site).

    The later file wins when it is in the site (neither excluded nor a draft): a folder's index.md
    over its README.md; else the earlier stays (a README.md beside an excluded index.md is the page).
    """
    dropped, warned = set(), []
    for earlier, later in pairs:
        if included[later]:
            if included[earlier]:
                warned.append((earlier, later))
            dropped.add(earlier)
        else:
            dropped.add(later)
    return dropped, warned


def site_files(docs: Path, config: Mapping[str, object]) -> tuple[set[str], set[str], list[Pair]]:
    """A docs folder as MkDocs' get_files reads it: the files it keeps (excluded too), its pages, its conflicts.

    `config` is mkdocs.yml's settings: left out are hidden files and folders, `templates/`, what
    `exclude_docs` and `draft_docs` name (one not text is the config's own line), and the loser of
    two files of a folder with one address.
    """
    excluded = GitIgnoreSpec.from_lines([*DEFAULT_EXCLUDE, *patterns(config, "exclude_docs", "draft_docs")])
    files = {path.relative_to(docs).as_posix() for path in docs.rglob("*") if path.is_file()}
    included = {path: not excluded.match_file(path) for path in files}
    dropped, warned = dropped_files(conflicts(files, config.get("use_directory_urls") is not False), included)
    files -= dropped
    return files, {path for path in files if is_page(path) and included[path]}, warned


def built_and_left_out(docs: Path, config: Mapping[str, object]) -> tuple[set[str], dict[str, str]]:
    """docs/'s files the built site holds, and those it leaves out (`"excluded"` or `"draft"`), where it writes each.

    One reading of docs/ for both. A page is written as HTML (File.dest_uri). MkDocs' `InclusionLevel`: what
    `exclude_docs` (or its own rule, a hidden file) names is excluded, else what `draft_docs` names a draft; the
    build copies neither (`mkdocs serve` shows a draft). An extra file's line names one so, not as no file of docs/.
    """
    directory_urls = config.get("use_directory_urls") is not False
    files = site_files(docs, config)[0]
    left_out = left_out_files(files, config)
    built = {dest_path(path, directory_urls) for path in files if path not in left_out}
    return built, {dest_path(path, directory_urls): why for path, why in left_out.items()}


def left_out_files(files: Iterable[str], config: Mapping[str, object]) -> dict[str, str]:
    """Those of docs/'s `files` the built site leaves out, each `"excluded"` (MkDocs' `InclusionLevel`) or `"draft"`."""
    excluded = GitIgnoreSpec.from_lines([*DEFAULT_EXCLUDE, *patterns(config, "exclude_docs")])
    drafts = GitIgnoreSpec.from_lines(patterns(config, "draft_docs"))
    return {
        path: "excluded" if excluded.match_file(path) else "draft"
        for path in files
        if excluded.match_file(path) or drafts.match_file(path)
    }


def draft_pages(docs: Path, config: Mapping[str, object]) -> set[str]:
    """The pages `draft_docs` names, which `mkdocs serve` renders and a build leaves out (as MkDocs' `set_exclusions`).

    Not one `exclude_docs` (or MkDocs' own exclusion) names too: that one is excluded from both.
    """
    if not (drafted := patterns(config, "draft_docs")):
        return set()
    excluded = GitIgnoreSpec.from_lines([*DEFAULT_EXCLUDE, *patterns(config, "exclude_docs")])
    drafts = GitIgnoreSpec.from_lines(drafted)
    files = site_files(docs, config)[0]
    return {path for path in files if is_page(path) and drafts.match_file(path) and not excluded.match_file(path)}


def patterns(config: Mapping[str, object], *options: str) -> list[str]:
    """The lines of mkdocs.yml's gitignore-style options (`exclude_docs`…); one not text is the config's own line."""
    return [line for option in options if isinstance(text := config.get(option), str) for line in text.splitlines()]


def own_exclusion_fix(path: str) -> str | None:
    """How to publish a file MkDocs itself leaves out (`DEFAULT_EXCLUDE`), whatever mkdocs.yml says; None for another.

    `exclude_docs` is not why: a line sending the contributor there named the wrong place. The rule's two cases,
    each its own fix: a name of its path starting with a dot, or the top `templates/` folder (the theme's).
    """
    if (hidden := next((name for name in path.split("/") if name.startswith(".")), None)) is not None:
        return f"rename '{visible(hidden)}' without its leading dot"
    return "move it out of templates/" if path.startswith("templates/") else None
