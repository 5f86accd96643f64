"""A definition on a draft page: read and linked where drafts render (`mkdocs serve`), a draft's line where they do not.

These run the hooks as `mkdocs serve` and `mkdocs build` start them (`draft_helpers.start`), on a copy of the
project, up to `on_files`, where the glossary reads its definitions.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import edit
from draft_helpers import add_draft, start
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
    add_draft(broken_project)
    edit(broken_project, GLOSSARY_YML, f"anchor: {MT}/annex.md#p1", "anchor: drafts/notes.md#p1")
    yield broken_project
    state.DRAFTS_RENDERED = False  # as a run that never starts up (a test's in-process build) leaves it


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


def test_a_build_after_a_serve_run_in_the_same_process_leaves_drafts_out(drafted: Path) -> None:
    """`mkdocs serve` starts up once for all its rebuilds, so the flag outlives each build's reset: it outlived the run.

    Its end (`on_shutdown`, as `mkdocs serve` ends) ends it; a build after it that no start-up began (a test's
    in-process build) read the draft's definition.
    """
    served = start(drafted, "serve")
    assert ("drafts/notes.md", "Transnationalism is a draft's word.") in definitions()
    start(drafted, None)  # a rebuild of the same run: no start-up, drafts still shown
    assert DRAFT_LINE not in {str(problem) for problem in state.STATE.reported_lines}
    served.plugins.on_shutdown()
    start(drafted, None)
    assert "drafts/notes.md" not in [page for page, _ in definitions()]
    assert DRAFT_LINE in {str(problem) for problem in state.STATE.reported_lines}
