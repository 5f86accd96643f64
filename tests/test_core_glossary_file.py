"""Loading the glossary file: the edition's own, a good one resolved from its pages, one over lines, none."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT
from glossary_helpers import GOOD, PAGES, project

from hooks.core.glossary import load_glossary
from hooks.core.glossary_definitions import resolve_definitions
from hooks.core.glossary_page import render_glossary_page


def test_the_real_glossary_is_valid() -> None:
    glossary, problems = load_glossary(ROOT)
    assert problems == []
    assert {
        "transnationalism",
        "transnational-identity",
        "transnational-activities",
        "transnational-community",
        "diaspora",
        "chain-migration",
        "social-remittances",
    } <= {term.id for term in glossary.terms}


def test_text_written_over_several_lines_or_paragraphs_is_one_line(tmp_path: Path) -> None:
    """A `|` block with a blank line split the glossary page's quote and showed a literal `{ .attribution }`."""
    text = GOOD.replace(
        "      attribution: IOM 2008, page 500.\n", "      attribution: |\n        IOM 2008,\n\n        page 500.\n"
    )
    text = text.replace("  term: diaspora\n", "  term: >\n    dia\n\n    spora\n")
    glossary, problems = load_glossary(project(tmp_path, text))
    assert problems == []
    assert glossary.get("transnationalism").definitions[0].attribution == "IOM 2008, page 500."
    assert glossary.get("diaspora").term == "dia spora"
    resolved, _ = resolve_definitions(glossary, PAGES)
    page = render_glossary_page(resolved, {}, {"source/annex.md": "Annex"})
    assert (
        '\n\nTransnationalism: the process.\n\nIOM 2008, page 500.<span aria-hidden="true">\u00a0·</span> [Annex,'
        in page
    )


def test_a_good_file_resolves_its_definitions_from_the_pages(tmp_path: Path) -> None:
    glossary, problems = load_glossary(project(tmp_path, GOOD))
    resolved, more = resolve_definitions(glossary, PAGES)
    assert problems == more == []
    assert resolved.get("transnationalism").definitions[0].text == "Transnationalism: the process."
    assert resolved.get("diaspora").definitions[0].text == "… Else there is only a diaspora. …"
    assert resolved.defined_in() == {
        ("source/annex.md", "p1"): ("transnationalism",),
        ("source/annex.md", "p3"): ("diaspora",),
    }


def test_a_missing_file_is_one_problem(tmp_path: Path) -> None:
    glossary, problems = load_glossary(tmp_path)
    assert glossary.terms == ()
    assert [str(p) for p in problems] == [
        "annotations/glossary.yml: file not found (create it or fix the path)",
        # its schema, missing too, said at once: the next run would stop on it
        "annotations/schema/glossary.schema.json: file not found"
        " (restore it from git: git checkout -- annotations/schema/glossary.schema.json)",
    ]
