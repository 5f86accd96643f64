"""Every note's target is checked once a build, and the drafts `mkdocs serve` renders are listed once.

The build's own check, `/annotations/` and the policy-area pages each checked every target again (three runs of
`check_targets` a build), and asked for the rendered drafts two or three times. They read one result now, kept in
the build's state, which the next build replaces: a `mkdocs serve` rebuild works it out afresh.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from annotation_helpers import NOTES
from conftest import ROOT, parse
from draft_helpers import DRAFT, add_draft, annotate_draft
from mkdocs.commands.build import build
from mkdocs.config import load_config

from hooks.adapters import state
from hooks.core import quotes
from hooks.core.annotation_outputs import anchored
from hooks.core.annotations import Annotation
from hooks.core.paragraphs import PageInventory, Paragraph
from hooks.core.quotes import check_targets

COUNTED = ("check_targets", "rendered_drafts")


def spy(monkeypatch: pytest.MonkeyPatch, calls: Counter[str], returned: list[object]) -> None:
    """Count each call of `check_targets` and `rendered_drafts`, wherever a module of the edition holds them.

    MkDocs loads a hook module once a process (its loader is cached), so a hook that imported the function by
    name holds the real one: each such name is wrapped, not only the function's own module's.
    """
    real: dict[str, Callable[..., Any]] = {
        "check_targets": quotes.check_targets,
        "rendered_drafts": state.rendered_drafts,
    }

    def counted(name: str) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            calls[name] += 1
            result = real[name](*args, **kwargs)
            returned.append(result)
            return result

        return call

    wrappers = {name: counted(name) for name in COUNTED}
    for module in list(sys.modules.values()):
        for name in COUNTED:
            if getattr(module, name, None) is real[name]:
                monkeypatch.setattr(module, name, wrappers[name])


def counted_build(project: Path, site: Path, monkeypatch: pytest.MonkeyPatch, command: str | None) -> Counter[str]:
    """Build `project` in this process, as `mkdocs <command>` does (None: a strict build), counting the calls."""
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site), strict=command is None)  # loads the hooks
    calls: Counter[str] = Counter()
    returned: list[object] = []
    with monkeypatch.context() as patched:
        spy(patched, calls, returned)
        if command is not None:
            config.plugins.on_startup(command=command, dirty=False)
        try:
            build(config, serve_url="http://127.0.0.1:8000/" if command == "serve" else None)
        finally:
            config.plugins.on_shutdown()
    if command == "serve":
        assert {DRAFT: "Notes"} in returned, returned  # the draft rendered, and was listed by its title
    return calls


def test_a_strict_build_checks_each_target_once_and_lists_the_drafts_once_each_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Built twice in one process, as `mkdocs serve` rebuilds: each build works both out again, once."""
    for number in (1, 2):
        calls = counted_build(ROOT, tmp_path / "site", monkeypatch, None)
        assert calls == Counter({"check_targets": 1, "rendered_drafts": 1}), f"build {number}: {calls}"
    index = parse(tmp_path / "site/annotations/index.html")
    assert len(index.select(".annotation-entry")) == len(list((ROOT / NOTES).glob("*.md")))


def test_under_serve_a_rebuild_checks_each_target_once_and_lists_the_drafts_once(
    broken_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The drafts are rendered and listed there (a note on one stands): still one run of each, each rebuild."""
    add_draft(broken_project)
    annotate_draft(broken_project)
    for number in (1, 2):
        calls = counted_build(broken_project, broken_project / "site", monkeypatch, "serve")
        assert calls == Counter({"check_targets": 1, "rendered_drafts": 1}), f"build {number}: {calls}"
    index = parse(broken_project / "site/annotations/index.html")
    assert index.select(f'a[href*="{DRAFT.removesuffix(".md")}"]'), "the note on the draft is listed"


OPP = "migration-and-transnationalism/opportunities.md"
DRAFT_PAGE = "drafts/notes.md"
TEXT = "Remittances are the transfer of ideas."
INVENTORY = PageInventory(paragraphs=(Paragraph("p3", TEXT),), ids=("p3", "p3"))  # the note `p3` took its id


def note(name: str, **target: str) -> Annotation:
    """A note on the opportunities page's ¶ 3, its target as given."""
    fields = {"page": OPP, "paragraph": "p3", "quote": "the transfer of ideas", **target}
    return Annotation(
        name, f"{NOTES}/{name}.md", fields["page"], fields["paragraph"], fields["quote"], "commenting", (), "A", None,
        "2026-11-22", "Body.",
    )  # fmt: skip


NOTES_ALL = (
    note("stands"),
    note("on-draft", page=DRAFT_PAGE, paragraph="p1"),  # a draft the run leaves out: named a draft, not "no page"
    note("moved", page="migration-and-transnationalism/opportunity.md"),  # a moved page: its hint names the move
    note("p3", quote="Remittances"),  # its id is the paragraph's, published: its line asks for the one added since
    note("unrendered", page="glossary.md", paragraph="p1"),  # a page the run renders, its inventory not yet in
    note("missing", paragraph="p9"),
    note("not-highlighted", quote="Remittances are"),
)


@pytest.mark.parametrize("pages", [{OPP: INVENTORY}, {OPP: INVENTORY, "glossary.md": None}])
def test_the_notes_that_stand_are_the_same_with_or_without_the_lock_the_moves_and_the_drafts(
    pages: dict[str, PageInventory | None],
) -> None:
    """/annotations/ and the area pages checked without them: those change a line's words, never whether it is one.

    So the build's one check, with them, gives both the notes that stand; a page not rendered yet (None) or not
    in the mapping at all (as the area pages passed the inventories alone) is a note refused either way.
    """
    highlighted = {"stands": 1, "p3": 1, "not-highlighted": 0}
    published = {OPP: {"p3"}}
    moves = {"migration-and-transnationalism/opportunity.md": OPP}
    full = check_targets(NOTES_ALL, pages, highlighted, published, moves, {DRAFT_PAGE})
    bare = check_targets(NOTES_ALL, pages, highlighted)
    assert [p.path for p in full] == [p.path for p in bare]  # the same notes, some in other words:
    worded = {p.path.rpartition("/")[2] for p, without in zip(full, bare, strict=True) if p != without}
    assert worded == {"on-draft.md", "moved.md", "p3.md"}  # each input the build passes changed its note's line
    assert anchored(NOTES_ALL, full) == anchored(NOTES_ALL, bare) == (NOTES_ALL[0],)
    rendered_only = {page: inventory for page, inventory in pages.items() if inventory is not None}
    assert anchored(NOTES_ALL, check_targets(NOTES_ALL, rendered_only, highlighted)) == (NOTES_ALL[0],)
