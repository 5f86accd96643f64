"""The folders an extension listed by dotted path is given: one line per wrong option, word for word."""

from __future__ import annotations

from pathlib import Path

import pytest

from hooks.core.extension_options import folder_problems, named_folders

NOTES = "give the project's folder, which holds annotations/notes/"
PAGES = "give the folder of the pages, relative to root or absolute"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder with its notes and its pages."""
    (tmp_path / "annotations/notes").mkdir(parents=True)
    (tmp_path / "pages").mkdir()
    return tmp_path


@pytest.mark.parametrize(
    ("root", "holds", "docs_dir", "lines"),
    [
        ("{p}", "annotations/notes/", "pages", []),
        ("{p}", "annotations/notes/", "{p}/pages", []),
        ("{p}", None, None, []),
        ("{p}/nowhere", None, None, []),  # root read for nothing: never checked
        ("{p}/nowhere", None, "{p}/pages", []),  # an absolute docs_dir does without root
        ("{p}/nowhere", "annotations/notes/", None, [f"x: root: '{{p}}/nowhere' is not a folder ({NOTES})"]),
        ("{p}/pages", "annotations/notes/", None, [f"x: root: '{{p}}/pages' holds no annotations/notes/ ({NOTES})"]),
        (
            "{p}/annotations",
            "annotations/notes/",
            None,
            [f"x: root: '{{p}}/annotations' holds no annotations/notes/ ({NOTES})"],
        ),
        ("{p}/nowhere", None, "pages", ["x: root: '{p}/nowhere' is not a folder (give the project's folder)"]),
        ("{p}", None, "nope", [f"x: docs_dir: 'nope' is not a folder under root '{{p}}' ({PAGES})"]),
        ("{p}", None, "{p}/nope", [f"x: docs_dir: '{{p}}/nope' is not a folder ({PAGES})"]),
        (
            "{p}",
            None,
            "annotations/notes/a.md",
            [f"x: docs_dir: 'annotations/notes/a.md' is not a folder under root '{{p}}' ({PAGES})"],
        ),
        (  # two wrong options, two lines
            "{p}/nowhere",
            "annotations/notes/",
            "{p}/nope",
            [
                f"x: root: '{{p}}/nowhere' is not a folder ({NOTES})",
                f"x: docs_dir: '{{p}}/nope' is not a folder ({PAGES})",
            ],
        ),
        (5, "annotations/notes/", None, [f"x: root: 5 is not a folder ({NOTES})"]),
        ("{p}", None, ["pages"], [f"x: docs_dir: [pages] is not a folder ({PAGES})"]),
        ("{p}", None, True, [f"x: docs_dir: true is not a folder ({PAGES})"]),
    ],
)
def test_folder_problems(project: Path, root: object, holds: str | None, docs_dir: object, lines: list[str]) -> None:
    (project / "annotations/notes/a.md").write_text("x")

    def filled(value: object) -> object:
        return value.replace("{p}", str(project)) if isinstance(value, str) else value

    problems = folder_problems("x", filled(root), holds, filled(docs_dir))
    assert [str(problem) for problem in problems] == [filled(line) for line in lines]


def test_a_root_holding_a_docs_folder_offers_it(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    problems = folder_problems("x", tmp_path, None, "doc")
    assert [str(problem) for problem in problems] == [
        f"x: docs_dir: 'doc' is not a folder under root '{tmp_path}' ({PAGES}: `docs_dir: docs`)"
    ]


def test_a_relative_root_is_named_with_the_folder_it_is_read_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    problems = folder_problems("x", "proj", "annotations/notes/", "docs")
    assert [str(problem) for problem in problems] == [f"x: root: 'proj' in {tmp_path} is not a folder ({NOTES})"]


@pytest.mark.parametrize(
    ("root", "docs_dir", "folders"),
    [
        ("/p", "docs", [Path("/p"), Path("/p/docs")]),
        ("/p", "/d", [Path("/p"), Path("/d")]),  # an absolute docs_dir replaces root
        ("/p", None, [Path("/p")]),  # docs_dir not read
        (5, "docs", [Path("docs")]),  # a root that is no path names no folder
        ("/p", ["docs"], [Path("/p")]),
    ],
)
def test_named_folders_are_those_a_wrong_option_is_found_wrong_in(root: object, docs_dir: object, folders) -> None:
    assert list(named_folders(root, docs_dir)) == folders
