"""End-to-end: the glossary built from an edited copy of the project: a list of uses cut short, a definition's
entity, case folding, annotations and highlights beside terms, every occurrence linked, a term written like an
attribute list, and docs/ read once a build."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from broken_project_helpers import edition_lines
from conftest import edit, run_build, run_check
from edition_pages import ROOT
from site_glossary_helpers import GLOSSARY_YML, MT, article, used_in_lists


def term_links(site: Path, page: str) -> list[tuple[str, str]]:
    return [(a.get_text(), a["href"]) for a in article(site, page).select("a.glossary-term")]


def test_a_long_used_in_list_is_cut_and_counts_the_rest(broken_project: Path) -> None:
    edit(broken_project, "mkdocs.yml", "used_in: 12", "used_in: 2")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0, result.stderr
    site = broken_project / "site"
    page = article(site, "glossary")
    data = {term["id"]: term for term in json.loads((site / "glossary.json").read_text(encoding="utf-8"))["terms"]}
    lists = used_in_lists(page)
    assert lists["transnationalism"] == [
        [
            f"../{MT}/introduction/",
            f"../{MT}/introduction/#p2",
            f"../{MT}/introduction/#p3",
        ]  # the first, in reading order
    ]
    assert "the first 2 paragraphs where a term occurs" in page.find("p").get_text()
    assert "Under a list cut short, Show all shows every use." in page.select_one("p.on-screen").get_text()
    more = {p["data-term"]: p for p in page.select("p.glossary-more")}
    assert set(more) == {"transnationalism", "transnational-activities"}
    assert more["transnationalism"].get_text() == "…and 10 more uses on 6 pages, listed in glossary.json."
    assert more["transnationalism"].a["href"] == "../glossary.json"
    assert more["transnationalism"].find_previous_sibling("ul") is page.find(
        "h2", id="transnationalism"
    ).find_next_sibling("ul")
    assert more["transnational-activities"].get_text() == "…and 5 more uses on 4 pages, listed in glossary.json."
    for term_id, links in lists.items():
        assert sum(len(item) - 1 or 1 for item in links) == min(
            2, sum(len(u["paragraphs"]) or 1 for u in data[term_id]["uses"])
        )


def test_a_definition_written_with_an_entity_is_quoted_with_its_character(broken_project: Path) -> None:
    """`&ndash;` reached the glossary page, the tooltips and glossary.json as Python-Markdown's 'wzxhzdk:4'."""
    annex = Path("docs/migration-and-transnationalism/annex.md")
    edit(broken_project, annex, "whereby people establish", "whereby people &ndash; establish")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0, result.stderr
    site = broken_project / "site"
    built = [(site / path).read_text(encoding="utf-8") for path in ("glossary/index.html", "glossary.json")]
    built.append((site / f"{MT}/policy-considerations/index.html").read_text(encoding="utf-8"))
    assert not [text for text in built if "wzxhzdk" in text]
    assert "whereby people – establish" in article(site, "glossary").get_text()
    tooltip = article(site, "origin-governments-and-migrant-associations").select_one(
        "a.glossary-term[href$='#transnationalism']"
    )
    assert "the process whereby people – establish" in tooltip["title"]


def test_a_form_that_case_folding_lengthens_or_another_unicode_form_is_found(broken_project: Path) -> None:
    """`Straße` (ß folds to ss) and `İstanbul` (İ to i and a dot) were reported as occurring nowhere."""
    edit(
        broken_project,
        GLOSSARY_YML,
        "aliases: [transnational communities]",
        "aliases: [transnational communities, Straße, İstanbul]",
    )
    conclusion = Path(f"docs/{MT}/conclusion.md")
    edit(broken_project, conclusion, "\n{ #p1 ", " Every Straße and İstanbul quarter.\n{ #p1 ")
    result = run_build(broken_project, broken_project / "site", env={"EDITION_ANCHORS": "record"})  # its new last words
    assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr
    assert ("Straße", "../../glossary/#transnational-community") in term_links(
        broken_project / "site", f"{MT}/conclusion"
    )


def test_an_annotation_in_a_block_quote_is_not_linked_nor_counted(broken_project: Path) -> None:
    """On the Annex, every paragraph is in a block quote, and so is each annotation block beside one."""
    note = """---
id: group-note
target: {page: migration-and-transnationalism/annex.md, paragraph: p3, quote: border-crossing connections}
motivation: commenting
tags: []
author: {name: Diaspora Research Group}
created: 2026-11-20
---

Compare chain migration and social remittances; see also transnationalism.
"""
    (broken_project / "annotations/notes/group-note.md").write_text(note, encoding="utf-8")
    result = run_build(broken_project, broken_project / "site", env={"EDITION_ANCHORS": "record"})
    assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr
    site = broken_project / "site"
    block = article(site, f"{MT}/annex").find(id="group-note")
    assert block.name == "details" and block.find_parent("blockquote") is not None
    assert (
        block.select(".glossary-term") == []
        and block.select_one(".annotation__author").get_text() == "Diaspora Research Group"
    )
    uses = {
        term["id"]: term["uses"] for term in json.loads((site / "glossary.json").read_text(encoding="utf-8"))["terms"]
    }
    assert f"{MT}/annex.md" not in {use["page"] for term_uses in uses.values() for use in term_uses}


def test_a_highlight_that_ends_inside_a_term_keeps_the_term_linked_and_counted(broken_project: Path) -> None:
    """The highlight split the term's text in two: it was neither linked nor counted, and a term (or alias)
    whose every occurrence was split was reported as occurring nowhere."""
    notes = {
        "split-here": (f"{MT}/challenges.md", "p5", "the intentions of their transnational"),
        "split-there": (f"{MT}/annex.md", "p5", "diasporas are transnational"),
        "split-again": (f"{MT}/annex.md", "p5", "but transnational"),
    }
    for name, (page, paragraph, quote) in notes.items():
        note = (
            f"---\nid: {name}\ntarget: {{page: {page}, paragraph: {paragraph}, quote: '{quote}'}}\n"
            "motivation: commenting\ntags: []\nauthor: {name: A. Tester}\ncreated: 2026-11-20\n---\n\nBody.\n"
        )
        (broken_project / f"annotations/notes/{name}.md").write_text(note, encoding="utf-8")
    result = run_build(broken_project, broken_project / "site", env={"EDITION_ANCHORS": "record"})
    assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr
    site = broken_project / "site"
    paragraph = article(site, f"{MT}/challenges").find(id="p5")
    term = paragraph.select_one("a.glossary-term")
    assert term is not None and " ".join(term.get_text().split()) == "transnational activities"
    assert term.select_one("mark.annotation-quote").get_text() == "transnational", "the highlight goes inside the link"
    uses = {
        term["id"]: term["uses"] for term in json.loads((site / "glossary.json").read_text(encoding="utf-8"))["terms"]
    }
    assert f"{MT}/challenges.md" in {use["page"] for use in uses["transnational-activities"]}


COUNTED_BUILD = """
import functools, runpy, sys
import mkdocs.commands.build, mkdocs.structure.files
read, calls = mkdocs.structure.files.get_files, []
@functools.wraps(read)  # its module's name too, as a caller may take its logger's from it
def counted(config):
    calls.append(config.docs_dir)
    return read(config)
mkdocs.structure.files.get_files = mkdocs.commands.build.get_files = counted  # before the hooks load
sys.argv = ["mkdocs", "build", "--strict", "--site-dir", sys.argv[1]]
try:
    runpy.run_module("mkdocs", run_name="__main__", alter_sys=True)
finally:
    print("get_files:", len(calls))
"""


def test_the_build_reads_docs_once_and_mkdocs_warns_of_a_readme_once(broken_project: Path) -> None:
    """The glossary's hook read docs/ a second time (MkDocs' get_files) to pick its pages, its warnings muted.

    It takes them from the files MkDocs reads for the build: a README.md beside an index.md is
    MkDocs' one warning, said once, and nothing of MkDocs' files module is muted.
    """
    (broken_project / "docs/about/README.md").write_text("# About\n\nFor GitHub.\n", encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true", "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-c", COUNTED_BUILD, str(broken_project / "site")]
    result = subprocess.run(command, cwd=broken_project, env=env, capture_output=True, text=True, check=False)
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert result.stdout.splitlines()[-1] == "get_files: 1", result.stdout
    warning = "Excluding 'about/README.md' from the site because it conflicts with 'about/index.md'."
    assert result.stderr.count(warning) == 1 and edition_lines(result.stderr) == [], result.stderr


def test_an_attribution_of_several_paragraphs_is_quoted_as_one(broken_project: Path) -> None:
    """The blank line of a `|` block ended the quote: the page showed a literal '{ .attribution }'."""
    old = '      attribution: "IOM 2008 World Migration: Managing Labour Mobility in the Evolving Global Economy, page 500."'
    new = "      attribution: |\n        IOM 2008 World Migration.\n\n        Page 500."
    edit(broken_project, GLOSSARY_YML, old, new)
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr
    entry = article(broken_project / "site", "glossary").find(id="transnationalism").find_next("blockquote")
    assert "{ .attribution }" not in entry.get_text()
    assert entry.select_one("p.attribution").get_text().startswith("IOM 2008 World Migration. Page 500.\u00a0· ")


def test_link_all_is_a_setting_in_mkdocs_yml(broken_project: Path) -> None:
    config = broken_project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("link: first", "link: all", 1), encoding="utf-8")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0, result.stderr
    links = article(broken_project / "site", f"{MT}/policy-considerations").select("a.glossary-term")
    assert [a.get_text() for a in links].count("transnationalism") >= 3


@pytest.mark.parametrize("written", ["{ #z }", "{: .x }"])
def test_a_term_that_looks_like_an_attribute_list_is_shown_as_written(broken_project: Path, written: str) -> None:
    """The strict build failed naming annex.md ('no element took it': its Defines line) while make check said OK."""
    term = f"transnational identity {written}"
    aliased = f"term: '{term}'\n  aliases: [transnational identity]\n"
    edit(broken_project, GLOSSARY_YML, "term: transnational identity\n", aliased)
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr
    assert run_check(broken_project).returncode == 0
    annex = article(broken_project / "site", f"{MT}/annex")
    assert term in [a.get_text() for a in annex.select("#p1 + div.glossary-defines a")]
    entry = article(broken_project / "site", "glossary").find(id="transnational-identity")
    entry.find("a", class_="headerlink").decompose()  # its ¶
    assert entry.get_text() == f"{term} (also transnational identity)"
