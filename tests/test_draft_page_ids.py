"""A draft page's paragraph and heading ids: under `mkdocs serve`, the lines the build prints once it is published.

`mkdocs serve` renders the pages `draft_docs` names; the build and make check leave them out. A draft's heading
without an id, a paragraph id used twice, an id of a form the build refuses or a Contents heading's other id got no
line under serve: its writer learnt of them only on publishing. (Its front matter and tags: test_draft_page_errors.py.)
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from broken_project_helpers import edition_lines
from conftest import edit, run_build, run_check
from draft_helpers import DRAFT, SOURCE_DRAFT, add_draft, add_source_draft, publish, serve

# a page of a source with every kind of id mistake a source page's checks name
SOURCE_IDS_TEXT = """---
title: Draft notes
source: migration-and-transnationalism
order: 12
tags: [remittances]
---

# Draft notes

## Findings { #fn:1 }

A first paragraph.
{ #p1 }

A paragraph without its id.

A paragraph that took the first one's.
{ #p1 }

A paragraph with a name.
{ #intro }

A last paragraph.
{ #p2 }

## Methods { #p2 }
"""
SOURCE_IDS_LINES = [
    f"docs/{SOURCE_DRAFT}: heading: 'Draft notes' has no id (end the heading with '{{ #draft-notes }}')",
    f"docs/{SOURCE_DRAFT}: heading: id 'fn:1' has the form of a footnote's ids (fn:N, fnref:N), which the page's notes"
    " and their links take (give the heading an id of its own: ids are links, and a link leads to one place)",
    f"docs/{SOURCE_DRAFT}: heading: id 'p2' is also the id of another element of the page (give the heading an id"
    " of its own: ids are links, and a link leads to one place)",
    f"docs/{SOURCE_DRAFT}: paragraph: 'A paragraph without its id.' has no id (end the paragraph with '{{ #p3 }}' on"
    " its own line; if it was split off a paragraph, the first part keeps that paragraph's id and the new part takes"
    " p3)",
    f"docs/{SOURCE_DRAFT}: paragraph: id 'intro' is not of the form pN (paragraph ids are p1, p2, … per page)",
    f"docs/{SOURCE_DRAFT}: paragraph: id 'p1' is used twice (renumber one p3)",
]
NOTES_LINES = [f"docs/{DRAFT}: heading: 'Notes' has no id (end the heading with '{{ #notes }}')"]
# a new source, drafted whole: its landing page's Contents heading with another id than `contents`
LANDING = "new-source/index.md"
LANDING_TEXT = """---
title: A new source
source: new-source
order: {order}
tags: [remittances]
---

# {title} {{ #{heading} }}

An opening paragraph.
{{ #p1 }}
"""
LANDING_LINES = [
    f"docs/{LANDING}: heading: 'Contents' has the id 'content', not 'contents', the id the build reads a source's"
    " Contents list by (write '{ #contents }' in place of '{ #content }')"
]


def add_source_ids_draft(project: Path) -> None:
    """A draft page of a source whose ids the build refuses once it is published."""
    add_source_draft(project, SOURCE_IDS_TEXT)


def add_notes_draft(project: Path) -> None:
    """The draft helpers' page (docs/drafts/notes.md) as they wrote it at first: `# Notes` without its id."""
    add_draft(project)
    edit(project, f"docs/{DRAFT}", "# Notes { #notes }\n", "# Notes\n")


def add_source_of_drafts(project: Path) -> None:
    """A new source's folder named in draft_docs: its landing page, whose Contents heading has the id `content`."""
    edit(project, "mkdocs.yml", "\nnav:\n", "\ndraft_docs: |\n  new-source/\n\nnav:\n")
    (project / "docs/new-source").mkdir()
    landing = LANDING_TEXT.format(order=0, title="A new source", heading="a-new-source")
    contents = "\n## Contents { #content }\n\n1. [Part](part.md)\n"
    (project / "docs" / LANDING).write_text(landing + contents, encoding="utf-8")
    part = LANDING_TEXT.format(order=1, title="Part", heading="part").replace("A new source", "Part")
    (project / "docs/new-source/part.md").write_text(part, encoding="utf-8")


def id_lines(lines: list[str], page: str) -> list[str]:
    """The lines on the page's ids (its fields' are test_draft_page_errors.py's), sorted."""
    fields = (": heading: ", ": paragraph: ", ": id: ")
    return sorted(line for line in lines if line.startswith(f"docs/{page}") and any(f in line for f in fields))


@pytest.mark.parametrize(
    ("add", "page", "expected"),
    [
        (add_source_ids_draft, SOURCE_DRAFT, SOURCE_IDS_LINES),
        (add_notes_draft, DRAFT, NOTES_LINES),
        (add_source_of_drafts, LANDING, LANDING_LINES),
    ],
    ids=["source-page", "other-page", "contents-heading"],
)
def test_under_serve_a_drafts_ids_are_the_lines_the_build_prints_once_it_is_published(
    broken_project: Path, caplog: pytest.LogCaptureFixture, add: Callable[[Path], None], page: str, expected: list[str]
) -> None:
    """Each line once, a warning (serve is not strict), in the build's words; the page is still served."""
    add(broken_project)
    serve(broken_project, broken_project / "site")
    served = [line.removeprefix("edition: ") for line in caplog.messages if line.startswith("edition: ")]
    assert id_lines(served, page) == expected
    assert len(served) == len(set(served))
    assert (broken_project / "site" / page.removesuffix("index.md").removesuffix(".md") / "index.html").is_file()
    publish(broken_project)
    built = run_build(broken_project, broken_project / "site")
    assert "Traceback" not in built.stderr, built.stderr
    assert id_lines(edition_lines(built.stderr), page) == expected


def test_the_build_and_make_check_leave_a_drafts_ids_out_as_before(broken_project: Path) -> None:
    """The draft is no page of the built site: neither the strict build nor make check names its ids."""
    add_source_ids_draft(broken_project)
    built = run_build(broken_project, broken_project / "site")
    assert built.returncode == 0, built.stderr
    assert edition_lines(built.stderr) == []
    check = run_check(broken_project)
    assert check.returncode == 0 and check.stdout.startswith("OK: "), check.stdout


@pytest.mark.parametrize("add", [add_source_ids_draft, add_source_draft], ids=["ids", "front-matter"])
def test_under_serve_a_drafts_lines_leave_the_published_pages_lines_as_they_were(
    broken_project: Path, caplog: pytest.LogCaptureFixture, add: Callable[[Path], None]
) -> None:
    """A draft's line is no error of the build, which leaves the draft out: `make anchors` records a published page's
    new id all the same. Under serve that page's "not recorded" line said to fix the other lines first, the draft's.
    """
    edit(broken_project, "docs/migration-and-transnationalism/opportunities.md", "{ #p5 }", "{ #p5 }\n\nNew.\n{ #p7 }")
    add(broken_project)
    serve(broken_project, broken_project / "site")
    served = [line.removeprefix("edition: ") for line in caplog.messages if line.startswith("edition: ")]
    assert [line for line in served if not line.startswith(f"docs/{SOURCE_DRAFT}")] == [
        "anchors.lock.json: /migration-and-transnationalism/opportunities/: 1 published id(s) not recorded: p7"
        " (run 'make anchors')"
    ]
    assert all(record.levelno == logging.WARNING for record in caplog.records if record.name.endswith("edition"))
