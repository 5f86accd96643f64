"""make check names a mkdocs.yml the build refuses (a value, an empty file, docs/ missing) in one line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from config_error_helpers import BAD_CONFIG_IDS, BAD_CONFIGS
from conftest import ROOT, edit

from hooks.cli import check
from hooks.core.config_file import ConfigError, read_config
from hooks.core.problems import line_order


def test_make_check_names_a_site_url_the_build_refuses(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """It printed OK and checked no published address, while the build stopped on MkDocs' configuration error."""
    monkeypatch.setenv("SITE_URL", "owner.github.io/repo")
    assert check.main(["--root", str(ROOT)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "mkdocs.yml: site_url: 'owner.github.io/repo' has no scheme (write SITE_URL=https://owner.github.io/repo)"
    ]


@pytest.mark.parametrize(("old", "new", "line"), BAD_CONFIGS, ids=BAD_CONFIG_IDS)
def test_make_check_names_a_mkdocs_yml_the_build_refuses_in_one_line(
    old: str, new: str, line: str, broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each was a traceback (or a line per page left unread); the build stops on each with a configuration error."""
    edit(broken_project, "mkdocs.yml", old, new)
    assert check.main(["--root", str(broken_project)]) == 1
    assert capsys.readouterr().out.splitlines() == [line]


def test_make_check_names_a_missing_docs_folder(broken_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """It printed a line for every area no page used, and not why."""
    shutil.rmtree(broken_project / "docs")
    assert check.main(["--root", str(broken_project)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "mkdocs.yml: docs_dir: the folder docs/ is missing (put the pages back in it: git restore docs)"
    ]


EMPTY_CONFIG = (
    "mkdocs.yml: holds no settings, not even `site_name`, on which the build stops (restore it: git restore mkdocs.yml)"
)


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("", [EMPTY_CONFIG]),
        ("# only a comment\n", [EMPTY_CONFIG]),
    ],
    ids=["empty", "comment-only"],
)
def test_make_check_names_an_empty_mkdocs_yml_and_a_missing_docs_folder_together(
    text: str, lines: list[str], broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Both lines: an empty mkdocs.yml returned before the docs/ check, and was no line of its own.

    MkDocs stops on its missing `site_name`; make check said nothing of it, and with docs/ there named
    every page it then rendered without the extensions.
    """
    (broken_project / "mkdocs.yml").write_text(text, encoding="utf-8")
    shutil.rmtree(broken_project / "docs")
    assert check.main(["--root", str(broken_project)]) == 1
    missing_docs = "mkdocs.yml: docs_dir: the folder docs/ is missing (put the pages back in it: git restore docs)"
    assert capsys.readouterr().out.splitlines() == sorted([*lines, missing_docs], key=line_order)


def test_a_python_name_whose_module_fails_to_import_is_mkdocs_yml_s_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A module that raises on import (not ImportError) was make check's traceback: the line names the tag instead."""
    (tmp_path / "raises_on_import.py").write_text("raise RuntimeError('boom')\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: x\nx_named: !!python/name:raises_on_import.x\n", encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        read_config(tmp_path)
    assert str(raised.value.problem).startswith(
        "mkdocs.yml: '!!python/name:raises_on_import.x' names nothing Python can import at line 2"
    )
