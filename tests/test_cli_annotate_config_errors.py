"""make annotate names a mkdocs.yml the build refuses as make check does, and writes no note."""

from __future__ import annotations

from pathlib import Path

import pytest
from config_error_helpers import AS_TEXT, BAD_CONFIG_IDS, BAD_CONFIGS
from conftest import edit

from hooks.cli import annotate, check


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        ("  - redirects:\n", "  - redirect:\n",
         "mkdocs.yml: plugins: 'redirect' is no installed MkDocs plugin (did you mean 'redirects'?)"),
        ("  - search:\n", "  - material/tag\n  - search:\n",
         "mkdocs.yml: plugins: 'material/tag' is no installed MkDocs plugin (did you mean 'tags'?)"),
        ("  - search:\n", "  - git-revision-date-localized\n  - search:\n",
         "mkdocs.yml: plugins: 'git-revision-date-localized' is no installed MkDocs plugin"
         " (check its spelling, and that requirements.txt installs it)"),
    ],
    ids=["misspelt", "material", "not-installed"],
)  # fmt: skip
def test_make_annotate_names_a_plugin_not_installed_as_make_check_does_and_writes_nothing(
    old: str, new: str, line: str, broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It wrote the note past a plugin not installed, against a site that cannot build, as past a hook's file missing."""
    edit(broken_project, "mkdocs.yml", old, new)
    notes = sorted((broken_project / "annotations/notes").iterdir())
    url = "/migration-and-transnationalism/opportunities/#p3"
    assert annotate.main(["--root", str(broken_project), "--url", url, "--quote", "raise funds"]) == 1
    assert capsys.readouterr().out.splitlines() == [line]
    assert sorted((broken_project / "annotations/notes").iterdir()) == notes
    assert check.main(["--root", str(broken_project)]) == 1
    assert capsys.readouterr().out.splitlines() == [line]


@pytest.mark.parametrize(
    "edits",
    [
        [("  - hooks/adapters/anchors.py", "  - hooks/adapters/anchor.py")],
        [("  - hooks/adapters/anchors.py", "  - hooks/adapters/anchor.py"),
         ("  - hooks/adapters/citation.py", "  - hook/adapters/citation.py")],
        [("  - hooks/adapters/citation.py", "  - hooks/adapters/")],
        # with a shape the build refuses: both lines, as make check gives them
        [("  - hooks/adapters/anchors.py", "  - hooks/adapters/anchor.py"), ("extra:\n", f"extra: all\n{AS_TEXT}")],
    ],
    ids=["a-typo", "two-missing", "a-folder", "and-a-shape"],
)  # fmt: skip
def test_make_annotate_names_a_hook_s_file_missing_as_make_check_does_and_writes_nothing(
    edits: list[tuple[str, str]], broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It wrote the note past them: a note against a site that cannot build, whose checks it could not pass."""
    for old, new in edits:
        edit(broken_project, "mkdocs.yml", old, new)
    notes = sorted((broken_project / "annotations/notes").iterdir())
    url = "/migration-and-transnationalism/opportunities/#p3"
    assert annotate.main(["--root", str(broken_project), "--url", url, "--quote", "raise funds"]) == 1
    said = capsys.readouterr().out.splitlines()
    assert sorted((broken_project / "annotations/notes").iterdir()) == notes
    assert check.main(["--root", str(broken_project)]) == 1
    assert said == capsys.readouterr().out.splitlines()
    assert len(said) == len(edits) and all(line.startswith("mkdocs.yml: ") for line in said)


@pytest.mark.parametrize(
    ("old", "new", "line"), [BAD_CONFIGS[i] for i in (0, 6, 8)], ids=[BAD_CONFIG_IDS[i] for i in (0, 6, 8)]
)
def test_make_annotate_names_a_mkdocs_yml_the_build_refuses_and_writes_nothing(
    old: str, new: str, line: str, broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(broken_project, "mkdocs.yml", old, new)
    notes = sorted((broken_project / "annotations/notes").iterdir())
    url = "http://127.0.0.1:8000/migration-and-transnationalism/opportunities/#p3"
    assert (
        annotate.main(["--root", str(broken_project), "--url", url, "--quote", "raise funds to support communities"])
        == 1
    )
    assert capsys.readouterr().out.splitlines() == [line]
    assert sorted((broken_project / "annotations/notes").iterdir()) == notes


def test_make_annotate_names_a_hooks_setting_that_is_no_list_and_writes_nothing(
    broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The build refuses it as it refuses `plugins: [5]`, which make annotate names: a value's shape, not a file missing."""
    edit(broken_project, "mkdocs.yml", "hooks:\n", f"hooks: hooks/adapters/anchors.py\n{AS_TEXT}")
    notes = sorted((broken_project / "annotations/notes").iterdir())
    url = "/migration-and-transnationalism/opportunities/#p3"
    assert annotate.main(["--root", str(broken_project), "--url", url, "--quote", "raise funds"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "mkdocs.yml: hooks: must be a list, not 'hooks/adapters/anchors.py' (write one `- path` line per hook)"
    ]
    assert sorted((broken_project / "annotations/notes").iterdir()) == notes
