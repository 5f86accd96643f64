"""An extension listed by dotted path given a wrong option: one line naming it, said once while it stays wrong,
again once its folder changed; a right configuration says nothing."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import markdown
import pytest
from broken_project_helpers import assert_build_and_check_say
from conftest import copy_project, edit, run_build, run_check
from engine_helpers import OPPORTUNITIES, ROOT

from hooks.core.glossary import Glossary
from hooks.core.problems import Problem
from hooks.mdx.annotations import AnnotationsExtension
from hooks.mdx.glossary import GlossaryExtension
from hooks.mdx.project_files import say_wrong_options

NOWHERE = "/nonexistent-project"
GLOSSARY_FOLDER = "give the project's folder, which holds annotations/glossary.yml"
NOTES_FOLDER = "give the project's folder, which holds annotations/notes/"
PAGES_FOLDER = "give the folder of the pages, relative to root or absolute: `docs_dir: docs`"


@pytest.mark.parametrize(
    ("extension", "options", "line"),
    [
        (
            "hooks.mdx.glossary",
            {"docs_dir": "nope"},
            f"hooks.mdx.glossary: docs_dir: 'nope' is not a folder under root '{ROOT}' ({PAGES_FOLDER})",
        ),
        (
            "hooks.mdx.glossary",
            {"root": NOWHERE},
            f"hooks.mdx.glossary: root: '{NOWHERE}' is not a folder ({GLOSSARY_FOLDER})",
        ),
        (  # root wrong and docs_dir below it: root's line alone, docs_dir is no second mistake
            "hooks.mdx.glossary",
            {"root": NOWHERE, "docs_dir": "nope"},
            f"hooks.mdx.glossary: root: '{NOWHERE}' is not a folder ({GLOSSARY_FOLDER})",
        ),
        (
            "hooks.mdx.glossary",
            {"root": str(ROOT / "docs")},
            f"hooks.mdx.glossary: root: '{ROOT / 'docs'}' holds no annotations/glossary.yml ({GLOSSARY_FOLDER})",
        ),
        (
            "hooks.mdx.glossary",
            {"link": "some"},
            "hooks.mdx.glossary: link: unknown link mode 'some' (write 'first' (the first occurrence per page) or 'all')",
        ),
        (
            "hooks.mdx.annotations",
            {"root": NOWHERE},
            f"hooks.mdx.annotations: root: '{NOWHERE}' is not a folder ({NOTES_FOLDER})",
        ),
        (  # a page given: the annotations still come from root
            "hooks.mdx.annotations",
            {"root": NOWHERE, "page": OPPORTUNITIES},
            f"hooks.mdx.annotations: root: '{NOWHERE}' is not a folder ({NOTES_FOLDER})",
        ),
        (
            "hooks.mdx.annotations",
            {"root": str(ROOT / "docs")},
            f"hooks.mdx.annotations: root: '{ROOT / 'docs'}' holds no annotations/notes/ ({NOTES_FOLDER})",
        ),
        (
            "hooks.mdx.annotations",
            {"docs_dir": "nope"},
            f"hooks.mdx.annotations: docs_dir: 'nope' is not a folder under root '{ROOT}' ({PAGES_FOLDER})",
        ),
        (
            "hooks.mdx.annotations",
            {"docs_dir": str(ROOT / "nope")},
            f"hooks.mdx.annotations: docs_dir: '{ROOT / 'nope'}' is not a folder ({PAGES_FOLDER})",
        ),
    ],
)
def test_a_wrong_option_is_one_line_naming_it(
    extension: str, options: dict[str, object], line: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Not a line per glossary definition whose page is "not found", nor every annotation left out unsaid."""
    text = (ROOT / "docs" / OPPORTUNITIES).read_text(encoding="utf-8").split("---\n", 2)[2]
    markdown.markdown(
        text, extensions=["attr_list", extension], extension_configs={extension: {"root": str(ROOT), **options}}
    )
    assert caplog.messages == [line]


@pytest.mark.parametrize(
    ("extension", "options"),
    [
        ("hooks.mdx.glossary", {"root": NOWHERE}),
        ("hooks.mdx.glossary", {"docs_dir": "nope"}),
        ("hooks.mdx.glossary", {"link": "some"}),
        ("hooks.mdx.annotations", {"root": NOWHERE}),
        ("hooks.mdx.annotations", {"docs_dir": "nope"}),
    ],
)
def test_a_wrong_option_is_said_once_not_once_a_page(
    extension: str, options: dict[str, object], caplog: pytest.LogCaptureFixture
) -> None:
    """An engine making a Markdown per page checks the options a page: the line is said the first time only."""
    configs = {extension: {"root": str(ROOT), **options}}
    for _ in range(3):
        markdown.Markdown(extensions=["attr_list", extension], extension_configs=configs).convert("Transnationalism.")
    assert len(caplog.messages) == 1


def test_a_wrong_option_is_said_again_once_its_folder_changed_or_it_was_right_meanwhile(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """As a file's problem: a server converting pages after the folder changed says whether it is still wrong."""
    root = tmp_path / "project"
    configs = {"hooks.mdx.annotations": {"root": str(root)}}

    def convert() -> list[str]:
        caplog.clear()
        markdown.Markdown(extensions=["hooks.mdx.annotations"], extension_configs=configs).convert("x")
        return caplog.messages

    missing = [f"hooks.mdx.annotations: root: '{root}' is not a folder ({NOTES_FOLDER})"]
    assert convert() == missing and convert() == []
    (root / "annotations").mkdir(parents=True)
    holds_none = [f"hooks.mdx.annotations: root: '{root}' holds no annotations/notes/ ({NOTES_FOLDER})"]
    assert convert() == holds_none and convert() == []
    shutil.rmtree(root)
    copy_project(root)
    assert convert() == [] and convert() == []
    shutil.rmtree(root)
    assert convert() == missing and convert() == []


def test_no_wrong_option_s_line_is_dropped_for_want_of_its_option_or_beside_another(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A line whose field is no option checked, or a second line on one option, was dropped unsaid."""
    log = logging.getLogger("test.say_wrong_options")
    options = {"root": "/a"}
    first, second = Problem("ext", "root", "first", "fix"), Problem("ext", "root", "second", "fix")
    stray = Problem("ext", "glossary_page", "is no page", "fix")

    def say() -> list[str]:
        caplog.clear()
        say_wrong_options("ext", options, [first, second, stray], (), log)
        return caplog.messages

    assert say() == [str(stray), str(first), str(second)]
    assert say() == [str(stray)]  # an option's lines once while it stays wrong; a stray one each time


def test_a_wrong_option_is_said_again_when_set_back_to_it_after_a_right_value(caplog: pytest.LogCaptureFixture) -> None:
    """The option was right meanwhile, with another value: set back to the wrong one, it went unsaid."""

    def convert(root: str) -> list[str]:
        caplog.clear()
        configs = {"hooks.mdx.annotations": {"root": root}}
        markdown.Markdown(extensions=["hooks.mdx.annotations"], extension_configs=configs).convert("x")
        return caplog.messages

    wrong = [f"hooks.mdx.annotations: root: '{NOWHERE}' is not a folder ({NOTES_FOLDER})"]
    assert convert(NOWHERE) == wrong and convert(NOWHERE) == []
    assert convert(str(ROOT)) == []
    assert convert(NOWHERE) == wrong and convert(NOWHERE) == []


def test_a_relative_root_is_named_with_the_folder_it_was_read_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.chdir(tmp_path)
    markdown.markdown(
        "x", extensions=["hooks.mdx.annotations"], extension_configs={"hooks.mdx.annotations": {"root": "."}}
    )
    assert caplog.messages == [
        f"hooks.mdx.annotations: root: '.' in {tmp_path} holds no annotations/notes/ ({NOTES_FOLDER})"
    ]


@pytest.mark.parametrize(
    ("extension", "options"),
    [
        ("hooks.mdx.glossary", {"root": str(ROOT), "docs_dir": "docs"}),
        ("hooks.mdx.glossary", {"root": str(ROOT), "docs_dir": str(ROOT / "docs"), "link": "all"}),
        ("hooks.mdx.annotations", {"root": str(ROOT)}),
        # told its page, it needs no docs_dir: one not there is not named (a body's `.md` links go unchecked)
        ("hooks.mdx.annotations", {"root": str(ROOT), "page": OPPORTUNITIES, "docs_dir": "nope"}),
    ],
)
def test_a_right_configuration_says_nothing(
    extension: str, options: dict[str, object], caplog: pytest.LogCaptureFixture
) -> None:
    markdown.markdown("Transnationalism matters.", extensions=[extension], extension_configs={extension: options})
    assert caplog.messages == []


def test_extensions_handed_their_data_check_no_folder(caplog: pytest.LogCaptureFixture) -> None:
    """Under MkDocs the adapters hand over the data and name the page: root and docs_dir are never read."""
    extensions = [
        GlossaryExtension(glossary=Glossary(), current_page=lambda: OPPORTUNITIES, root=NOWHERE, docs_dir="nope"),
        AnnotationsExtension(annotations=(), current_page=lambda: OPPORTUNITIES, root=NOWHERE, docs_dir="nope"),
    ]
    markdown.markdown("Transnationalism matters.", extensions=extensions)
    assert caplog.messages == []


def test_a_wrong_docs_dir_prints_one_line_where_no_logging_is_set_up() -> None:
    """As an engine that sets up no logging shows it: Python's last-resort handler, on standard error."""
    code = (
        "import markdown; markdown.markdown('Transnationalism matters.', extensions=['hooks.mdx.glossary'],"
        " extension_configs={'hooks.mdx.glossary': {'root': '.', 'docs_dir': 'nope'}})"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert run.stderr.splitlines() == [
        f"hooks.mdx.glossary: docs_dir: 'nope' is not a folder under root '.' in {ROOT} ({PAGES_FOLDER})"
    ]


LISTED = [
    ("hooks.mdx.glossary", "link: every",
     "hooks.mdx.glossary: link: unknown link mode 'every' (write 'first' (the first occurrence per page) or 'all')"),
    ("hooks.mdx.glossary", f"root: {NOWHERE}", f"hooks.mdx.glossary: root: '{NOWHERE}' is not a folder ({GLOSSARY_FOLDER})"),
    ("hooks.mdx.annotations", "docs_dir: nope",
     "hooks.mdx.annotations: docs_dir: 'nope' is not a folder under root '.' in {project} ({PAGES_FOLDER})"),
]  # fmt: skip


@pytest.mark.parametrize(("extension", "option", "line"), LISTED, ids=["link", "root", "docs-dir"])
def test_a_wrong_option_of_an_extension_mkdocs_yml_lists_is_one_line_in_the_build_and_make_check(
    extension: str, option: str, line: str, broken_project: Path
) -> None:
    """Listed in mkdocs.yml (as Zensical reads it), its line was printed and the strict build passed; make check said OK."""
    options = option if option.startswith("root:") else f"root: .\n      {option}"
    edit(broken_project, "mkdocs.yml", "  - abbr\n", f"  - abbr\n  - {extension}:\n      {options}\n")
    assert_build_and_check_say(broken_project, [line.format(project=broken_project, PAGES_FOLDER=PAGES_FOLDER)])


@pytest.mark.parametrize("options", ["root: .", "root: .\n      link: all"], ids=["first", "all"])
def test_an_extension_mkdocs_yml_lists_rightly_leaves_the_build_and_make_check_clean(
    options: str, broken_project: Path
) -> None:
    """The hooks' term links replace the listed glossary's in the build; make check saw its links, relative to no page."""
    edit(broken_project, "mkdocs.yml", "  - abbr\n", f"  - abbr\n  - hooks.mdx.glossary:\n      {options}\n")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0, result.stderr
    check = run_check(broken_project)
    assert check.returncode == 0 and "Traceback" not in check.stderr, check.stdout + check.stderr
