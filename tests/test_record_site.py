"""End-to-end: a source's bibliographic record on its landing page and in the exports, its marker line
quoted or shown in code as words, and its schema read once a build."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import bibtexparser
import pytest
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware
from conftest import ROOT, edit, parse, run_build
from edition_pages import DOCS
from mkdocs.commands.build import build
from mkdocs.config import load_config

from hooks.cli import check
from hooks.core import bibliography_checks
from hooks.core.bibliography_checks import BIBLIOGRAPHY_SCHEMA
from hooks.core.problems import Problem
from hooks.core.schemas import Schema, load_schema


def test_a_record_s_fields_are_shown_and_exported_as_written_character_references_and_all(broken_project: Path) -> None:
    """The landing page's record read `&amp;`, `&lt;`, `&#65;` and `&copy;` as the characters they stand for."""
    written = "A &amp; B &lt;i&gt; &#65; &copy; &amp R&D"  # the last two are no references: they were shown
    landing = Path("docs/migration-and-transnationalism/index.md")
    edit(
        broken_project, landing, "  publisher-place: Geneva\n", f"  publisher-place: '{written}'\n  note: '{written}'\n"
    )
    edit(broken_project, landing, 'title: "Migration and transnationalism:', f'title: "{written}:')
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr
    site = broken_project / "site"
    record = parse(site / "migration-and-transnationalism" / "index.html").select_one(
        "article .bibliographic-record dl"
    )
    fields = {dt.get_text(): dt.find_next_sibling("dd").get_text() for dt in record.find_all("dt")}
    title = f"{written}: Opportunities and challenges"
    assert (fields["Title"], fields["Place"], fields["Note"]) == (title, written, written)
    (item,) = json.loads((site / "cite" / "migration-and-transnationalism.json").read_text(encoding="utf-8"))
    assert (item["title"], item["publisher-place"], item["note"]) == (title, written, written)
    bib = (site / "cite" / "migration-and-transnationalism.bib").read_text(encoding="utf-8")
    (entry,) = bibtexparser.parse_string(bib, append_middleware=[LatexDecodingMiddleware()]).entries
    assert (entry.fields_dict["title"].value, entry.fields_dict["address"].value) == (title, written)
    assert entry.fields_dict["annote"].value == written  # the note, as Zotero imports it and no style prints it
    (ris,) = rispy.loads((site / "cite" / "migration-and-transnationalism.ris").read_text(encoding="utf-8"))
    assert (ris["title"], ris["place_published"], ris["notes"]) == (title, written, [written])


def test_the_record_s_marker_quoted_in_prose_is_its_words_not_a_record(site: Path) -> None:
    """The editors' page on the record quotes the marker: it failed the build ('bibliography: is missing')."""
    marker = "<!-- edition:bibliography -->"
    assert f"`{marker}`" in (DOCS / "about" / "source-records.md").read_text(encoding="utf-8")
    page = parse(site / "about" / "source-records" / "index.html")
    assert marker in [code.get_text() for code in page.select("article code")]
    assert page.select_one("article .bibliographic-record") is None
    landing = parse(site / "migration-and-transnationalism" / "index.html")
    assert landing.select_one("article .bibliographic-record dl") is not None  # a marker on its own line still is one


SHOWN_MARKER = {  # the editors' page on the record showing the line, in each kind of fenced code block
    "```markdown": "```markdown\n<!-- edition:bibliography -->\n```\n",
    "~~~": "~~~\n<!-- edition:bibliography -->\n~~~\n",
    "in a list item": "- The line:\n\n    ```markdown\n    <!-- edition:bibliography -->\n    ```\n",
    "in an admonition": '!!! example "The line"\n\n    ~~~markdown\n    <!-- edition:bibliography -->\n    ~~~\n',
}


def test_the_record_s_marker_shown_in_a_code_block_is_its_words_not_a_record(broken_project: Path) -> None:
    """The editors' page showing the line in fenced code failed the build ('bibliography: is missing')
    and make check alike."""
    marker = "<!-- edition:bibliography -->"
    guide = broken_project / "docs" / "about" / "source-records.md"
    guide.write_text(guide.read_text(encoding="utf-8") + "".join(f"\n{s}" for s in SHOWN_MARKER.values()), "utf-8")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr
    page = parse(broken_project / "site" / "about" / "source-records" / "index.html")
    shown = [code.get_text().strip() for code in page.select("article pre code")]
    assert shown[-len(SHOWN_MARKER) :] == [marker] * len(SHOWN_MARKER)
    assert page.select_one("article .bibliographic-record") is None
    problems, _ = check.run_checks(broken_project, dt.date.today())
    assert [str(problem) for problem in problems] == []


def test_a_landing_page_showing_its_marker_in_a_code_block_has_its_record_at_the_real_one(broken_project: Path) -> None:
    """The record went inside the code block (the marker's first line), not where the line of its own stands."""
    marker = "<!-- edition:bibliography -->"
    landing = "docs/migration-and-transnationalism/index.md"
    edit(broken_project, landing, f"\n{marker}\n", f"\n```markdown\n{marker}\n```\n\n{marker}\n")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr
    page = parse(broken_project / "site" / "migration-and-transnationalism" / "index.html")
    assert [code.get_text().strip() for code in page.select("article pre code")] == [marker]
    (record,) = page.select("article .bibliographic-record")
    assert record.find_parent("pre") is None and record.select_one("dl") is not None
    problems, _ = check.run_checks(broken_project, dt.date.today())
    assert [str(problem) for problem in problems] == []


def test_the_bibliography_schema_is_read_once_a_build_not_once_a_landing_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The citations and each landing page's record check against it: one build, one schema (`state.py`).

    Built twice in one process, as `mkdocs serve` rebuilds: each build reads it again, an edit to it counts.
    """
    read: list[str] = []

    def counted(path: Path, display: str) -> tuple[Schema | None, list[Problem]]:
        read.append(display)
        return load_schema(path, display)

    monkeypatch.setattr(bibliography_checks, "load_schema", counted)
    for build_number in (1, 2):
        build(load_config(str(ROOT / "mkdocs.yml"), site_dir=str(tmp_path / "site"), strict=True))
        assert read == [BIBLIOGRAPHY_SCHEMA] * build_number
    assert (tmp_path / "site/migration-and-transnationalism/index.html").is_file()
