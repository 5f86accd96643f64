"""`make serve` while contributing: every save rebuilds the site with what was saved.

`mkdocs serve` keeps the hook modules, and whatever they cache, from one rebuild to the next, so a
cache keyed on a file's name rather than its text would serve the site as it was; and a file the
server does not watch changes nothing until something else is saved. These run the real server
on a copy of the project, edit it as a contributor would, and wait for the rebuild.
"""

from __future__ import annotations

import html
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from conftest import ROOT, edit
from draft_helpers import SOURCE_DRAFT, SOURCE_DRAFT_TEXT, add_draft, add_source_draft, annotate_draft

pytestmark = pytest.mark.slow

PAGE = "migration-and-transnationalism/opportunities/"
NOTE = Path("annotations/notes/transfer-of-ideas.md")
# What ends a build in the log. Not "Documentation built in …": MkDocs logs a message of its build
# module only once per process (`DuplicateFilter`), so a rebuild as fast as an earlier one says nothing.
BUILT = ("Serving on", "Reloading browsers")
PATIENCE = 90  # seconds: a rebuild takes about one here; CI machines may be slower


@dataclass
class Server:
    """A running `mkdocs serve`: its address, and its log as it grows."""

    project: Path
    url: str
    process: subprocess.Popen[str]
    log: list[str] = field(default_factory=list)

    def builds(self) -> list[list[str]]:
        """The log lines of each finished build, oldest first."""
        finished, current = [], []
        for line in list(self.log):
            current.append(line)
            if any(marker in line for marker in BUILT):
                finished.append(current)
                current = []
        return finished

    def page(self, path: str = PAGE) -> str:
        """A page as the server serves it now."""
        with urllib.request.urlopen(self.url + path, timeout=10) as response:
            return response.read().decode("utf-8")

    def rebuilt(self, after: int, wanted: Callable[[list[str]], bool], what: str) -> list[str]:
        """Wait for a build newer than the `after`-th that satisfies `wanted`; its log lines."""
        deadline = time.monotonic() + PATIENCE
        while time.monotonic() < deadline:
            builds = self.builds()
            if len(builds) > after and wanted(builds[-1]):
                return builds[-1]
            assert self.process.poll() is None, "mkdocs serve stopped:\n" + "".join(self.log)
            time.sleep(0.2)
        raise AssertionError(f"no rebuild {what} within {PATIENCE} s; the server's log:\n" + "".join(self.log))


def free_port() -> int:
    """A port nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def environment() -> dict[str, str]:
    """What `make` exports, and the hooks importable from the copy."""
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true", "PYTHONPATH": str(ROOT)}


@pytest.fixture
def server(broken_project: Path) -> Iterator[Server]:
    """`mkdocs serve`, as `make serve` runs it, on a copy of the project; stopped after the test."""
    address = f"127.0.0.1:{free_port()}"
    command = [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", address]
    process = subprocess.Popen(
        command, cwd=broken_project, env=environment(), stderr=subprocess.STDOUT, stdout=subprocess.PIPE, text=True
    )
    running = Server(broken_project, f"http://{address}/", process)

    def read() -> None:
        for line in process.stdout:
            running.log.append(line)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        running.rebuilt(0, lambda _: True, "at start-up")
        yield running
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        reader.join(timeout=5)
        process.stdout.close()


def warnings(lines: list[str]) -> list[str]:
    """The build's warning lines."""
    return [line for line in lines if "WARNING" in line]


def test_an_edited_annotation_is_served_as_saved(server: Server) -> None:
    assert "ZQXJ" not in server.page()
    done = len(server.builds())
    (server.project / NOTE).write_text((server.project / NOTE).read_text(encoding="utf-8") + "\nZQXJ added.\n")
    server.rebuilt(done, lambda _: "ZQXJ" in server.page(), "showing the annotation's new words")


def test_an_edited_schema_applies_at_the_next_rebuild(server: Server) -> None:
    schema = Path("annotations/schema/annotation.schema.json")
    original = (server.project / schema).read_text(encoding="utf-8")
    done = len(server.builds())
    edit(server.project, schema, '"commenting", "describing", ', '"commenting", ')
    failed = server.rebuilt(done, lambda lines: bool(warnings(lines)), "reporting the annotation the schema refuses")
    assert any(f"{NOTE.as_posix()}: motivation: 'describing' is not allowed" in line for line in failed), failed
    assert 'id="transfer-of-ideas"' not in server.page()

    done = len(server.builds())
    (server.project / schema).write_text(original, encoding="utf-8")
    server.rebuilt(done, lambda lines: not warnings(lines), "without warnings once the schema is restored")
    assert 'id="transfer-of-ideas"' in server.page()


def test_a_schema_left_with_merge_markers_is_its_line_until_resolved(server: Server) -> None:
    """`git merge` while serving: a traceback ended the server's rebuild; the schema's one line, then the site again."""
    schema = Path("annotations/schema/annotation.schema.json")
    original = (server.project / schema).read_text(encoding="utf-8")
    done = len(server.builds())
    edit(server.project, schema, '    "motivation": {', '<<<<<<< HEAD\n    "motivation": {')
    failed = server.rebuilt(done, lambda lines: bool(warnings(lines)), "reporting the schema's conflict")
    assert [line.split("edition: ", 1)[1].rstrip() for line in warnings(failed)] == [
        f"{schema.as_posix()}: holds a git merge conflict ('<<<<<<<' at line 41) (keep the lines that belong, then"
        " delete the lines '<<<<<<<', '=======' and '>>>>>>>')"
    ], failed
    done = len(server.builds())
    (server.project / schema).write_text(original, encoding="utf-8")
    server.rebuilt(done, lambda lines: not warnings(lines), "without warnings once the conflict is resolved")
    assert 'id="transfer-of-ideas"' in server.page()


def test_make_anchors_clears_the_not_recorded_line(server: Server) -> None:
    new = server.project / "annotations/notes/ideas-travel.md"
    text = (server.project / NOTE).read_text(encoding="utf-8")
    done = len(server.builds())
    new.write_text(text.replace("id: transfer-of-ideas", "id: ideas-travel"), encoding="utf-8")
    unrecorded = server.rebuilt(done, lambda lines: bool(warnings(lines)), "naming the id not recorded")
    assert any("not recorded: ideas-travel (run 'make anchors')" in line for line in unrecorded), unrecorded

    done = len(server.builds())
    site = server.project.parent / "recorded-site"
    recorded = subprocess.run(  # what `make anchors` runs
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=server.project,
        env={**environment(), "EDITION_ANCHORS": "record"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert recorded.returncode == 0, recorded.stderr
    server.rebuilt(done, lambda lines: not warnings(lines), "without warnings once the id is recorded")


def test_a_definition_on_a_draft_is_served_as_the_draft_is(server: Server) -> None:
    """`mkdocs serve` renders drafts: the glossary said the page it showed was none (the build names it a draft)."""
    (server.project / "docs/drafts").mkdir()
    (server.project / "docs/drafts/notes.md").write_text(
        "# Notes { #notes }\n\nTransnationalism is a draft's word.\n{ #p1 }\n", encoding="utf-8"
    )
    done = len(server.builds())
    edit(server.project, "mkdocs.yml", "\nnav:\n", "\ndraft_docs: |\n  drafts/\n\nnav:\n")
    server.rebuilt(done, lambda _: True, "with the draft")
    done = len(server.builds())
    edit(
        server.project,
        "annotations/glossary.yml",
        "anchor: migration-and-transnationalism/annex.md#p1",
        "anchor: drafts/notes.md#p1",
    )
    served = server.rebuilt(done, lambda _: "draft's word" in html.unescape(server.page("glossary/")), "quoting it")
    assert warnings(served) == [], served
    assert 'href="../drafts/notes/#p1"' in server.page("glossary/")  # linked to the draft the server shows


def test_an_annotation_on_a_draft_and_a_link_to_it_are_served_as_the_draft_is(server: Server) -> None:
    """`mkdocs serve` showed the note beside the draft's paragraph, yet said its page was none, and made the link words.

    The build names both as drafts (test_annotation_drafts.py).
    """
    done = len(server.builds())
    add_draft(server.project)
    server.rebuilt(done, lambda _: True, "with the draft")
    done = len(server.builds())
    annotate_draft(server.project)

    def both(_: list[str]) -> bool:
        return 'id="on-draft"' in server.page("drafts/notes/") and 'id="links-draft"' in server.page()

    served = server.rebuilt(done, both, "with both notes")
    assert not [line for line in warnings(served) if "annotations/notes/" in line], served
    block = server.page()[server.page().index('id="links-draft"') :]
    assert 'href="../../drafts/notes/#p1"' in block[: block.index("</details>")]  # leads to the draft it shows


def test_a_drafts_unknown_tag_is_named_as_the_build_will_name_it(server: Server) -> None:
    """`mkdocs serve` showed the draft and said nothing of its tag, which the build refuses once the page is published.

    The build's own line, a warning here (serve is not strict); gone once the tag is right.
    """
    written = SOURCE_DRAFT_TEXT.replace("<b>notes</b>", "notes").replace("ordr", "order")
    unknown = "unknown policy area 'remitances' (did you mean 'remittances'?)"
    done = len(server.builds())
    add_source_draft(server.project, written)
    served = server.rebuilt(done, lambda lines: any(unknown in line for line in lines), "naming the draft's tag")
    assert [line.split("edition: ", 1)[1].rstrip() for line in warnings(served)] == [
        f"docs/{SOURCE_DRAFT}: #p1 data-policy-areas: {unknown}",
        f"docs/{SOURCE_DRAFT}: tags: {unknown}",
    ], served
    assert 'id="draft-notes"' in server.page(SOURCE_DRAFT.removesuffix(".md") + "/")  # still served

    done = len(server.builds())
    (server.project / "docs" / SOURCE_DRAFT).write_text(written.replace("remitances", "remittances"), encoding="utf-8")
    server.rebuilt(done, lambda lines: not warnings(lines), "without warnings once the tag is right")


def test_a_drafts_heading_without_its_id_is_named_as_the_build_will_name_it(server: Server) -> None:
    """`mkdocs serve` showed the draft and said nothing of its ids, which the build refuses once it is published.

    The build's own line, a warning (serve is not strict), the draft still served; gone once the heading has its id.
    """
    written = (
        SOURCE_DRAFT_TEXT.replace("<b>notes</b>", "notes").replace("ordr", "order").replace("remitances", "remittances")
    )
    unnamed = written.replace("# Draft notes { #draft-notes }", "# Draft notes")
    done = len(server.builds())
    add_source_draft(server.project, unnamed)
    served = server.rebuilt(done, lambda lines: bool(warnings(lines)), "naming the draft's heading")
    assert [line.split("edition: ", 1)[1].rstrip() for line in warnings(served)] == [
        f"docs/{SOURCE_DRAFT}: heading: 'Draft notes' has no id (end the heading with '{{ #draft-notes }}')"
    ], served
    assert "Draft notes" in server.page(SOURCE_DRAFT.removesuffix(".md") + "/")  # still served

    done = len(server.builds())
    (server.project / "docs" / SOURCE_DRAFT).write_text(written, encoding="utf-8")
    server.rebuilt(done, lambda lines: not warnings(lines), "without warnings once the heading has its id")


def test_a_stylesheet_added_to_overrides_clears_its_line(server: Server) -> None:
    """MkDocs watches the theme's folder only with `--watch-theme`: the file added, the missing-file line stayed.

    The hooks have `mkdocs serve` watch `custom_dir` (`overrides/`), as they do `annotations/`, and not Material's own.
    """
    missing = "mkdocs.yml: extra_css[0]: 'extra.css' names no file in docs/ or overrides/"
    done = len(server.builds())
    edit(server.project, "mkdocs.yml", "extra_css:\n", "extra_css:\n  - extra.css\n")
    server.rebuilt(done, lambda lines: any(missing in line for line in lines), "naming the stylesheet not there")

    done = len(server.builds())
    (server.project / "overrides" / "extra.css").write_text("p { margin: 0; }\n", encoding="utf-8")
    server.rebuilt(done, lambda lines: not warnings(lines), "without warnings once the stylesheet is there")
    with urllib.request.urlopen(server.url + "extra.css", timeout=10) as response:
        assert response.status == 200
