"""What the drafts' tests share: a draft page in a copy of the project, and the hooks started as a command starts them.

MkDocs tells the hooks its command only in `on_startup`, once per run (`mkdocs serve --clean` starts up as
"build" and leaves drafts out, as `mkdocs build` does), and ends the run with `on_shutdown`.
"""

from __future__ import annotations

from pathlib import Path

from annotation_helpers import GOOD_NOTE, NOTES
from conftest import edit
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import get_files

DRAFT = "drafts/notes.md"  # the draft page `add_draft` writes, which mkdocs.yml's draft_docs names
DRAFT_WORDS = "Transnationalism is a draft's word."
# a draft page of a source (`add_source_draft`) whose front matter and tags the build refuses once it is published
SOURCE_DRAFT = "migration-and-transnationalism/draft-notes.md"
SOURCE_DRAFT_TEXT = """---
title: Draft <b>notes</b>
source: migration-and-transnationalism
ordr: 12
tags: [remitances]
---

# Draft notes { #draft-notes }

A draft's paragraph.
{ #p1 data-policy-areas="remitances" }
"""


def add_draft(project: Path) -> None:
    """Write docs/drafts/notes.md, a page of one paragraph (p1), and name its folder in mkdocs.yml's draft_docs.

    Its heading has its id, as every page's must: without one, `mkdocs serve` names it, as the build once it is published.
    """
    (project / "docs/drafts").mkdir()
    (project / "docs" / DRAFT).write_text(f"# Notes {{ #notes }}\n\n{DRAFT_WORDS}\n{{ #p1 }}\n", encoding="utf-8")
    edit(project, "mkdocs.yml", "\nnav:\n", "\ndraft_docs: |\n  drafts/\n\nnav:\n")


def add_source_draft(project: Path, text: str = SOURCE_DRAFT_TEXT) -> None:
    """Name `SOURCE_DRAFT`, a page of a source, alone in mkdocs.yml's draft_docs, then write it.

    In that order, so that `mkdocs serve` never builds it as a published page.
    """
    edit(project, "mkdocs.yml", "\nnav:\n", f"\ndraft_docs: |\n  {SOURCE_DRAFT}\n\nnav:\n")
    (project / "docs" / SOURCE_DRAFT).write_text(text, encoding="utf-8")


def publish(project: Path) -> None:
    """Take the draft out of `draft_docs`: the page is published."""
    config = project / "mkdocs.yml"
    lines = config.read_text(encoding="utf-8").split("\ndraft_docs: |\n", 1)
    config.write_text(lines[0] + "\n" + lines[1].split("\n\n", 1)[1], encoding="utf-8")


def annotate_draft(project: Path) -> None:
    """A note on the draft's paragraph, and a note on a published page linking to the draft."""
    on_draft = GOOD_NOTE.format(id="on-draft").replace("migration-and-transnationalism/opportunities.md", DRAFT)
    on_draft = on_draft.replace("paragraph: p3", "paragraph: p1").replace("the transfer of ideas", DRAFT_WORDS)
    (project / NOTES / "on-draft.md").write_text(on_draft, encoding="utf-8")
    links = GOOD_NOTE.format(id="links-draft").replace("Body.", f"See [the notes]({DRAFT}#p1).")
    (project / NOTES / "links-draft.md").write_text(links, encoding="utf-8")


def start(project: Path, command: str | None) -> MkDocsConfig:
    """Start the hooks as `mkdocs <command>` does (None: as a test's in-process build, no start-up), up to `on_files`."""
    config = load_config(str(project / "mkdocs.yml"))
    if command is not None:
        config.plugins.on_startup(command=command, dirty=False)
    config = config.plugins.on_config(config)
    config.plugins.on_files(get_files(config), config=config)
    return config


def serve(project: Path, site: Path) -> None:
    """Build `project` into `site` in this process as `mkdocs serve` builds (drafts rendered), then end the run.

    Not strict, as `mkdocs serve`: a new note's id not yet in the lock is a warning there, not the end of the build.
    """
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    config.plugins.on_startup(command="serve", dirty=False)
    try:
        build(config, serve_url="http://127.0.0.1:8000/")
    finally:
        config.plugins.on_shutdown()
