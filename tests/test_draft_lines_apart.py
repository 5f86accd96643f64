"""Under `mkdocs serve` a draft's lines leave what is said of the published pages as it was.

The build leaves a draft out, and with it every id it has: a draft's line is no cause of a published id's loss, and a
draft misread leaves the area pages' groups as they are (drafts give them none). Under serve a broken draft's lines
were read as causes all the same: a misread draft held back an area page's lost id, a draft's paragraph line the lost
ids of a page the lock published before it became a draft, and the "not listed one by one" line lost them.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from broken_project_helpers import publish_also
from conftest import edit
from draft_helpers import SOURCE_DRAFT, add_source_draft, serve

from hooks.core.anchor_lock import LOCK_FILE, dump_lock

SOUTH = "/policy-areas/south-south/"
DRAFT_URL = f"/{SOURCE_DRAFT.removesuffix('.md')}/"
OPP = "docs/migration-and-transnationalism/opportunities.md"
RIGHT = """---
title: Draft notes
source: migration-and-transnationalism
order: 12
tags: [remittances]
---

# Draft notes { #draft-notes }

A draft's paragraph.
{ #p1 }
"""
MISREAD = RIGHT.replace("title: Draft notes", 'title: "Draft notes')  # a quote left open: its tags are unread
NO_IDS = RIGHT.replace("\n{ #p1 }", "")  # its paragraph without its id: the line names the page's pN


def lose_an_area_pages_id(project: Path) -> None:
    """The lock holds `notes` on south-south's page, which has none: a published id gone."""
    publish_also(project, SOUTH, "notes")


def lose_the_drafts_published_ids(project: Path) -> None:
    """The lock published the draft's page (p1, p2) before `draft_docs` named it: the build lost both."""
    lock_file = project / LOCK_FILE
    lock = {**json.loads(lock_file.read_text(encoding="utf-8")), DRAFT_URL: ["draft-notes", "p1", "p2"]}
    lock_file.write_text(dump_lock(lock), encoding="utf-8")


def served_lines(project: Path, caplog: pytest.LogCaptureFixture, draft: str) -> list[str]:
    """The edition's lines `mkdocs serve` says with the draft written as `draft`, but the draft's own."""
    (project / "docs" / SOURCE_DRAFT).write_text(draft, encoding="utf-8")
    caplog.clear()
    serve(project, project / "site")
    lines = [line.removeprefix("edition: ") for line in caplog.messages if line.startswith("edition: ")]
    return sorted(line for line in lines if not line.startswith(f"docs/{SOURCE_DRAFT}"))


@pytest.mark.parametrize(
    ("lose", "draft"),
    [(lose_an_area_pages_id, MISREAD), (lose_the_drafts_published_ids, NO_IDS)],
    ids=["draft-misread", "drafts-paragraph-without-id"],
)
@pytest.mark.parametrize("other_errors", [True, False], ids=["other-errors-stand", "alone"])
def test_a_broken_drafts_lines_leave_the_published_pages_lines_as_a_right_draft_does(
    broken_project: Path,
    caplog: pytest.LogCaptureFixture,
    lose: Callable[[Path], None],
    draft: str,
    other_errors: bool,
) -> None:
    """The same lines with the draft broken as with it written right: the lost ids summed up or listed alike."""
    add_source_draft(broken_project, RIGHT)
    lose(broken_project)
    if other_errors:  # a published page's paragraph without its id: the lost ids are summed up in one line
        edit(broken_project, OPP, "\n{ #p4 }", "")
    right = served_lines(broken_project, caplog, RIGHT)
    assert any(line.startswith("anchors.lock.json: ") for line in right), right
    assert served_lines(broken_project, caplog, draft) == right
