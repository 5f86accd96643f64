"""A definition on a draft page: read and linked where drafts render (`mkdocs serve`), a draft's line where they do not.

MkDocs tells the hooks its command only in `on_startup`, once per run (`mkdocs serve --clean` starts up as
"build" and leaves drafts out, as `mkdocs build` does); these run the hooks as `mkdocs serve` and `mkdocs build`
start them, on a copy of the project, up to `on_files`, where the glossary reads its definitions.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import edit
from mkdocs.config import load_config
from mkdocs.structure.files import get_files
from site_glossary_helpers import GLOSSARY_YML, MT

from hooks.adapters import glossary_state, state

DRAFT_LINE = (
    "annotations/glossary.yml: transnationalism.definitions[0].anchor: 'drafts/notes.md' is a draft, which"
    " 'mkdocs serve' shows and the built site leaves out (point at a page the site publishes, or publish the page:"
    " take it out of mkdocs.yml's draft_docs)"
)


@pytest.fixture
def drafted(broken_project: Path) -> Iterator[Path]:
    """The project with transnationalism defined on a draft page; the run's command forgotten afterwards."""
    (broken_project / "docs/drafts").mkdir()
    (broken_project / "docs/drafts/notes.md").write_text(
        "# Notes\n\nTransnationalism is a draft's word.\n{ #p1 }\n", encoding="utf-8"
    )
    edit(broken_project, "mkdocs.yml", "\nnav:\n", "\ndraft_docs: |\n  drafts/\n\nnav:\n")
    edit(broken_project, GLOSSARY_YML, f"anchor: {MT}/annex.md#p1", "anchor: drafts/notes.md#p1")
    yield broken_project
    state.DRAFTS_RENDERED = False  # as a run that never starts up (a test's in-process build) leaves it


def start(project: Path, command: str) -> None:
    """Start the hooks as `mkdocs <command>` does, and run them up to `on_files`."""
    config = load_config(str(project / "mkdocs.yml"))
    config.plugins.on_startup(command=command, dirty=False)
    config = config.plugins.on_config(config)
    config.plugins.on_files(get_files(config), config=config)


def definitions() -> list[tuple[str, str]]:
    """The transnationalism definitions the glossary read: page and words."""
    term = next(term for term in glossary_state.BUILD.glossary.terms if term.id == "transnationalism")
    return [(definition.page, definition.text) for definition in term.definitions]


def test_under_serve_a_definition_on_a_draft_is_read(drafted: Path) -> None:
    """`mkdocs serve` renders the draft, and the glossary said it had no such page."""
    start(drafted, "serve")
    assert ("drafts/notes.md", "Transnationalism is a draft's word.") in definitions()
    assert DRAFT_LINE not in {str(problem) for problem in state.STATE.reported_lines}


@pytest.mark.parametrize("command", ["build", "gh-deploy"])
def test_a_build_leaves_a_draft_s_definition_out_with_its_line(drafted: Path, command: str) -> None:
    start(drafted, command)
    assert "drafts/notes.md" not in [page for page, _ in definitions()]
    assert DRAFT_LINE in {str(problem) for problem in state.STATE.reported_lines}
