"""make check names every hook, plugin and extension the build cannot load, in one run, one line each."""

from __future__ import annotations

import collections
from pathlib import Path
from typing import Any

import markdown
import pytest
from config_error_helpers import AS_TEXT, TO_EXTRA, TOP_WARNED
from conftest import ROOT, edit
from markdown.extensions import Extension

from hooks.cli import check
from hooks.core.config_file import named_entries, read_config


@pytest.mark.parametrize("written", ["./hooks/adapters/anchor.py", "{elsewhere}/anchor.py"], ids=["dot", "absolute"])
def test_make_check_names_the_closest_hook_file_as_the_missing_one_is_written(
    written: str, broken_project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """MkDocs reads a hook's path from the folder of mkdocs.yml, or as it is when absolute: an absolute one was a traceback."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "anchors.py").write_text("def on_config(config):\n    return config\n", encoding="utf-8")
    hook = written.format(elsewhere=elsewhere.as_posix())
    edit(broken_project, "mkdocs.yml", "  - hooks/adapters/anchors.py", f"  - {hook}")
    assert check.main(["--root", str(broken_project)]) == 1
    close = hook.replace("anchor.py", "anchors.py")
    assert capsys.readouterr().out.splitlines() == [f"mkdocs.yml: hooks: '{hook}' is no file (did you mean '{close}'?)"]


ONE_RUN = {
    "plugins and hooks": (
        [
            ("  - search:\n", "  - serach:\n"),
            ("  - redirects:\n", "  - redirect:\n"),
            ("  - hooks/adapters/anchors.py", "  - hooks/adapters/anchor.py"),
            ("  - hooks/adapters/citation.py", "  - hook/adapters/citation.py"),
        ],
        [
            "mkdocs.yml: hooks: 'hook/adapters/citation.py' is no file (did you mean 'hooks/adapters/citation.py'?)",
            "mkdocs.yml: hooks: 'hooks/adapters/anchor.py' is no file (did you mean 'hooks/adapters/anchors.py'?)",
            "mkdocs.yml: plugins: 'redirect' is no installed MkDocs plugin (did you mean 'redirects'?)",
            "mkdocs.yml: plugins: 'serach' is no installed MkDocs plugin (did you mean 'search'?)",
        ],
    ),
    "a plugin, a hook and extensions": (
        [
            ("  - search:\n", "  - serach:\n"),
            ("  - hooks/adapters/anchors.py", "  - hooks/adapters/anchor.py"),
            ("  - attr_list", "  - atr_list"),
            ("      permalink: true", "      permalink: true\n      toc_dept: 2"),
        ],
        [
            "mkdocs.yml: hooks: 'hooks/adapters/anchor.py' is no file (did you mean 'hooks/adapters/anchors.py'?)",
            "mkdocs.yml: markdown_extensions: 'atr_list' is no installed Markdown extension (did you mean 'attr_list'?)",
            "mkdocs.yml: markdown_extensions: toc: has no option `toc_dept` (did you mean `toc_depth`?)",
            "mkdocs.yml: plugins: 'serach' is no installed MkDocs plugin (did you mean 'search'?)",
        ],
    ),
    "shapes, and a hook and an extension": (
        [
            ("extra:\n", f"extra: all\n{AS_TEXT}"),
            ("site_name:", "exclude_docs: [drafts/]\nsite_name:"),
            ("  - hooks/adapters/anchors.py", "  - hooks/adapters/anchor.py"),
            ("  - attr_list", "  - atr_list"),
            ("  - toc:\n      permalink: true", "  - toc: true"),
        ],
        [
            "mkdocs.yml: exclude_docs: must be text, not a list (write it as `exclude_docs: |` and one pattern per line below)",
            "mkdocs.yml: extra: must be settings, not 'all'"
            " (write each setting on its own line below `extra:`, indented 2 spaces more)",
            "mkdocs.yml: hooks: 'hooks/adapters/anchor.py' is no file (did you mean 'hooks/adapters/anchors.py'?)",
            "mkdocs.yml: markdown_extensions: 'atr_list' is no installed Markdown extension (did you mean 'attr_list'?)",
            "mkdocs.yml: markdown_extensions: toc: its options are true, not a mapping"
            " (write its options below `- toc:` as `option: value` lines, or no ':' for none)",
        ],
    ),
    "plugins and hooks no lists, extensions of a wrong kind": (
        [
            ("plugins:\n", "plugins: search\nunused:\n"),
            ("hooks:\n", "hooks: hooks/adapters/anchors.py\nunused_hooks:\n"),
            ("  - abbr\n", "  - 5\n"),
            ("  - toc:\n      permalink: true", "  - toc:\n    permalink: true"),
            ("  - pymdownx.caret", "  - pymdownx.caret: [x]"),
            ("redirect_maps: {}", "redirect_maps: {}\ndocs_dir: hooks"),
        ],
        [
            "mkdocs.yml: docs_dir: 'hooks': make check and make annotate read the pages in docs/ only"
            " (keep the pages in docs/ and remove docs_dir)",
            "mkdocs.yml: hooks: must be a list, not 'hooks/adapters/anchors.py' (write one `- path` line per hook)",
            "mkdocs.yml: markdown_extensions: 5 is no extension's name (write the extension's name, e.g. `- attr_list`)",
            "mkdocs.yml: markdown_extensions: one entry holds 2 names (toc, permalink)"
            " (start each extension with '- ', and indent its options 4 spaces more than its name)",
            "mkdocs.yml: markdown_extensions: pymdownx.caret: its options are a list, not a mapping"
            " (write its options below `- pymdownx.caret:` as `option: value` lines, or no ':' for none)",
            "mkdocs.yml: plugins: must be a list, not 'search' (write one `- name` line per plugin)",
            # the keys that took the lists' lines: names MkDocs warns of, in the same run
            f"mkdocs.yml: unused: is no setting of MkDocs, {TOP_WARNED} ({TO_EXTRA})",
            f"mkdocs.yml: unused_hooks: is no setting of MkDocs, {TOP_WARNED} ({TO_EXTRA})",
        ],
    ),
}


@pytest.mark.parametrize(("edits", "lines"), ONE_RUN.values(), ids=ONE_RUN.keys())
def test_make_check_names_every_plugin_hook_and_extension_the_build_cannot_load_in_one_run(
    broken_project: Path, capsys: pytest.CaptureFixture[str], edits: list[tuple[str, str]], lines: list[str]
) -> None:
    """It stopped on the first plugin or hook, and the extensions came after both: one typo fixed showed the next."""
    for old, new in edits:
        edit(broken_project, "mkdocs.yml", old, new)
    assert check.main(["--root", str(broken_project)]) == 1
    output = capsys.readouterr()
    assert output.out.splitlines() == lines  # and nothing of the pages: the build stops before it reads one
    assert output.err.splitlines() == [f"{len(lines)} problem(s) found."]


def test_make_check_loads_each_markdown_extension_once_to_check_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """It loaded every extension of mkdocs.yml three times to see that it loads, before the pages' renderings built it.

    Counted: the builds outside a Markdown's own `registerExtensions`, which each page's rendering runs.
    """
    checks: collections.Counter[str] = collections.Counter()
    rendering = []
    build, register = markdown.Markdown.build_extension, markdown.Markdown.registerExtensions

    def counted_build(md: markdown.Markdown, name: str, configs: dict[str, Any]) -> Extension:
        checks.update([] if rendering else [name])
        return build(md, name, configs)

    def registering(md: markdown.Markdown, *args: Any, **kwargs: Any) -> markdown.Markdown:
        rendering.append(md)
        try:
            return register(md, *args, **kwargs)
        finally:
            rendering.pop()

    monkeypatch.setattr(markdown.Markdown, "build_extension", counted_build)
    monkeypatch.setattr(markdown.Markdown, "registerExtensions", registering)
    assert check.main(["--root", str(ROOT)]) == 0
    assert capsys.readouterr().out.startswith("OK: ")
    listed = named_entries(read_config(ROOT)["markdown_extensions"], "markdown_extensions", "extension")
    assert checks == collections.Counter(name for name, _ in listed)


PATH_HINT = "write the hook's file path as a string, e.g. `- hooks/adapters/markdown_pipeline.py`"


@pytest.mark.parametrize(
    ("entry", "line"),
    [
        # MkDocs reads a hook's path: anything else was told to write "its path", as if it were a wrong one
        ("5", f"mkdocs.yml: hooks: 5 is not a path ({PATH_HINT})"),
        ("null", f"mkdocs.yml: hooks: null is not a path ({PATH_HINT})"),
        ("[a]", f"mkdocs.yml: hooks: [a] is not a path ({PATH_HINT})"),
        # a folder was offered a file in it that is no hook: 'hooks/adapters/state.py'
        ("hooks/adapters/", "mkdocs.yml: hooks: 'hooks/adapters/' is a folder, not a hook's .py file"
         " (write the path of the hook's .py file, one `- path` line per hook)"),
        ("hooks/adapters", "mkdocs.yml: hooks: 'hooks/adapters' is a folder, not a hook's .py file"
         " (write the path of the hook's .py file, one `- path` line per hook)"),
        # it was offered 'hooks/adapters/citation.py', the hook listed already
        ("hooks/adapters/citatio/", "mkdocs.yml: hooks: 'hooks/adapters/citatio/' is a folder, not a hook's .py file"
         " (write the path of the hook's .py file, one `- path` line per hook)"),
    ],
    ids=["number", "null", "list", "folder", "folder-no-slash", "folder-like-a-listed-hook"],
)  # fmt: skip
def test_make_check_names_a_hook_entry_that_is_no_file_path_for_what_it_is(
    entry: str, line: str, broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Told what the entry is (no path, a folder), not offered a path or a helper module that is no hook."""
    (broken_project / "hooks/adapters/citatio").mkdir()
    edit(broken_project, "mkdocs.yml", "  - hooks/adapters/anchors.py", f"  - hooks/adapters/anchors.py\n  - {entry}")
    assert check.main(["--root", str(broken_project)]) == 1
    assert capsys.readouterr().out.splitlines() == [line]


HOOK = "from mkdocs.config.defaults import MkDocsConfig\n\n\ndef on_config(config: MkDocsConfig) -> MkDocsConfig:\n    return config\n"
FOLDER_HINT = "write the path of the hook's .py file, one `- path` line per hook"


@pytest.mark.parametrize(
    ("files", "entry", "line"),
    [
        # the hook named like the folder, listed no more
        ({}, "hooks/adapters/citatio/", "mkdocs.yml: hooks: 'hooks/adapters/citatio/' is a folder, not a hook's .py file"
         " (did you mean 'hooks/adapters/citation.py'?)"),
        # a folder's one hook: its helper modules are no hook, nor are files defining no MkDocs event
        ({"late.py": HOOK, "helpers.py": "def on_click() -> None: ...\n", "broken.py": "def on_config(:\n"},
         "hooks/extra", "mkdocs.yml: hooks: 'hooks/extra' is a folder, not a hook's .py file (did you mean 'hooks/extra/late.py'?)"),
        ({"late.py": HOOK, "early.py": HOOK.replace("on_config", "on_files")}, "hooks/extra/",
         f"mkdocs.yml: hooks: 'hooks/extra/' is a folder, not a hook's .py file ({FOLDER_HINT})"),
        # a file that is no hook is not offered for a missing one either; an event's function imported is one
        ({"late.py": HOOK.replace("def on_config", "def configure")}, "hooks/extra/lat.py",
         "mkdocs.yml: hooks: 'hooks/extra/lat.py' is no file (write its path from the folder of mkdocs.yml)"),
        ({"late.py": "from hooks.adapters.citation import on_config\n"}, "hooks/extra/lat.py",
         "mkdocs.yml: hooks: 'hooks/extra/lat.py' is no file (did you mean 'hooks/extra/late.py'?)"),
        # MkDocs checks the path as written: a file's name with a '/' after it is no file; make check said OK
        ({"late.py": HOOK}, "hooks/extra/late.py/",
         "mkdocs.yml: hooks: 'hooks/extra/late.py/' is no file (did you mean 'hooks/extra/late.py'?)"),
    ],
    ids=["folder-like-an-unlisted-hook", "folder-of-one-hook", "folder-of-two-hooks", "missing-near-no-hook",
         "missing-near-an-imported-hook", "a-file-with-a-slash"],
)  # fmt: skip
def test_make_check_offers_a_hook_entry_only_a_hook_not_listed(
    files: dict[str, str], entry: str, line: str, broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A hook is a module binding an MkDocs event's `on_…` name, read with `ast`; one listed already is not offered."""
    (broken_project / "hooks/adapters/citatio").mkdir()
    (broken_project / "hooks/extra").mkdir()
    for name, text in files.items():
        (broken_project / "hooks/extra" / name).write_text(text, encoding="utf-8")
    edit(broken_project, "mkdocs.yml", "  - hooks/adapters/citation.py", f"  - {entry}")
    assert check.main(["--root", str(broken_project)]) == 1
    assert capsys.readouterr().out.splitlines() == [line]
