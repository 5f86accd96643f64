"""The annotations' site-level outputs as data: which stand, the export's pages and bodies, the index's titles."""

from __future__ import annotations

import dataclasses
import json

import pytest

from hooks.core.annotation_index import INDEX_SOURCE, PageTitle, area_page, index_titles
from hooks.core.annotation_outputs import anchored, check_bodies, dump_collection, export_bodies, rendered_pages
from hooks.core.annotations import Annotation
from hooks.core.paragraphs import PageInventory, Paragraph
from hooks.core.problems import Problem
from hooks.core.w3c import RenderedPage

OPP = "migration-and-transnationalism/opportunities.md"
PATH = "annotations/notes/x.md"
URLS = {OPP: "https://e.org/mt/opportunities/", "migration-and-transnationalism/index.md": "https://e.org/mt/"}


def annotation() -> Annotation:
    """A valid annotation of the opportunities page's ¶ 3."""
    return Annotation("x", PATH, OPP, "p3", "the transfer", "commenting", (), "A. Scholar", None, "2026-11-22", "Body.")


def test_an_annotation_with_a_target_problem_does_not_stand() -> None:
    good, bad = annotation(), dataclasses.replace(annotation(), id="y", path="annotations/notes/y.md")
    problems = [Problem("annotations/notes/y.md", "target.quote", "not found", "")]
    assert anchored((good, bad), problems) == (good,)


def test_rendered_pages_are_the_annotated_pages_the_site_built_with_their_texts() -> None:
    elsewhere = dataclasses.replace(annotation(), id="y", page="missing.md")
    inventories = {OPP: PageInventory(paragraphs=(Paragraph("p3", "Text three."),))}
    assert rendered_pages((annotation(), elsewhere), URLS.get, inventories) == {
        OPP: RenderedPage(URLS[OPP], {"p3": "Text three."})
    }


def test_export_bodies_make_the_editions_links_absolute_and_keep_the_fragment() -> None:
    linked = dataclasses.replace(
        annotation(), body="See [the report](migration-and-transnationalism/index.md#p2) and [x](https://x.org/)."
    )
    [(note_id, body)] = export_bodies((linked,), URLS.get).items()
    assert note_id == "x"
    assert 'href="https://e.org/mt/#p2"' in body and 'href="https://x.org/"' in body


def test_body_checks_name_a_link_to_a_page_the_site_lacks() -> None:
    linked = dataclasses.replace(annotation(), body="See [this](../nowhere.md).")
    lines = [str(problem) for problem in check_bodies((linked,), {OPP: PageInventory()}, "", {})]
    assert lines and all(line.startswith(f"{PATH}: body") for line in lines) and "nowhere.md" in lines[0]
    assert check_bodies((annotation(),), {OPP: PageInventory()}, "", {}) == []


def test_the_export_is_compact_json_on_one_line() -> None:
    text = dump_collection({"a": "é", "b": [1, 2]})
    assert text == '{"a":"é","b":[1,2]}\n' and json.loads(text) == {"a": "é", "b": [1, 2]}


def test_the_index_names_pages_in_the_order_given_with_their_sources_title() -> None:
    pages = [("s/index.md", "The report"), ("s/one.md", "One"), ("t/two.md", None), ("foreword.md", "Foreword")]
    assert index_titles(pages) == {
        "s/index.md": PageTitle("The report", "s", "The report"),
        "s/one.md": PageTitle("One", "s", "The report"),
        "t/two.md": PageTitle("t/two.md", "t", "t"),
        "foreword.md": PageTitle("Foreword", "foreword", "foreword"),
    }
    assert list(index_titles(reversed(pages))) == [path for path, _ in reversed(pages)]


@pytest.mark.parametrize(("pages", "expected"), [
    ({"policy-areas/remittances.md"}, "policy-areas/remittances.md"),
    ({"policy-areas/remittances/index.md"}, "policy-areas/remittances/index.md"),
    (set(), None),
])  # fmt: skip
def test_an_areas_page_is_found_where_the_site_has_it(pages: set[str], expected: str | None) -> None:
    assert area_page("remittances", pages.__contains__) == expected


def test_the_index_page_starts_out_of_the_search_with_its_heading() -> None:
    assert (
        INDEX_SOURCE.endswith("---\n\n# Annotations { #annotations }\n") and "search:\n  exclude: true" in INDEX_SOURCE
    )
