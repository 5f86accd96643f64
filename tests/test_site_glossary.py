"""End-to-end: term links and tooltips in the built site, the glossary page, glossary.json, bad input."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from broken_project_helpers import edition_lines
from bs4 import BeautifulSoup
from conftest import edit, parse, run_build, run_check
from edition_pages import ROOT
from mkdocs.utils.yaml import yaml_load

from hooks.core.glossary_page import SEARCH_BOOST
from hooks.core.text import SPOKEN_PILCROW_CLASS

MT = "migration-and-transnationalism"
GLOSSARY_YML = Path("annotations/glossary.yml")


def article(site: Path, page: str):
    return parse(site / page / "index.html").find("article")


def term_links(site: Path, page: str) -> list[tuple[str, str]]:
    return [(a.get_text(), a["href"]) for a in article(site, page).select("a.glossary-term")]


def test_first_occurrence_per_page_links_to_the_glossary_with_a_tooltip(site: Path) -> None:
    links = article(site, f"{MT}/policy-considerations").select("a.glossary-term")
    assert [(a.get_text(), a["href"]) for a in links][:2] == [
        ("Transnationalism", "../../glossary/#transnationalism"),
        ("transnational activities", "../../glossary/#transnational-activities"),
    ]
    assert links[0].find_parent("p")["id"] == "p1"
    assert links[0]["title"].startswith("What is transnationalism? Definitions vary, but generally centre on exchanges")
    assert links[0]["title"].endswith(f"— {INTRODUCTION_ATTRIBUTION} (one of 4 definitions: see the glossary)")
    hrefs = [a["href"] for a in links]
    assert len(hrefs) == len(set(hrefs)), "only the first occurrence of a term is linked"


INTRODUCTION_ATTRIBUTION = "IOM 2010 “Migration and Transnationalism: Opportunities and Challenges”, Introduction."
IOM_2008 = "Transnational identity / transnationalism: the process whereby people establish and maintain socio-cultural"


def test_a_tooltip_shows_the_definition_its_pages_source_gives_and_how_many_there_are(site: Path) -> None:
    """Introduction ¶ 2 showed the annex's IOM 2008 definition of "transnational identity / transnationalism",
    the first of four, though ¶ 1 of the same text defines it; the annex's definitions are quotations from other works."""
    link = article(site, f"{MT}/introduction").select_one("#p2 a.glossary-term[href$='#transnationalism']")
    assert link["title"] == (
        "What is transnationalism? Definitions vary, but generally centre on exchanges, connections and practices"
        " across borders, thus transcending the national space as the primary reference point for activities and"
        f" identities. … — {INTRODUCTION_ATTRIBUTION} (one of 4 definitions: see the glossary)"
    )
    elsewhere = article(site, "origin-governments-and-migrant-associations").select_one(
        "a.glossary-term[href$='#transnationalism']"
    )
    assert elsewhere["title"].startswith(IOM_2008), "a source that defines nothing shows a term's first definition"
    assert elsewhere["title"].endswith("page 500. (one of 4 definitions: see the glossary)")
    chain = article(site, f"{MT}/policy-considerations").select_one("a.glossary-term[href$='#chain-migration']")
    assert chain["title"].endswith(f"— {INTRODUCTION_ATTRIBUTION}"), "a term with one definition says no count"


def test_defining_passages_are_not_linked_but_name_their_entries(site: Path) -> None:
    annex = article(site, f"{MT}/annex")
    assert annex.select("a.glossary-term") == []
    defines = {
        line.find_previous_sibling("p")["id"]: [a["href"].split("#")[1] for a in line.select("a")]
        for line in annex.select("div.glossary-defines")
    }
    assert defines == {
        "p1": ["transnationalism", "transnational-identity"],
        "p3": ["transnationalism"],
        "p5": ["transnational-activities", "transnational-community", "diaspora"],
        "p7": ["transnationalism"],
    }
    introduction = article(site, f"{MT}/introduction")
    assert introduction.select_one("#p1 a.glossary-term") is None
    assert introduction.select_one("#p2 a.glossary-term").get_text() == "Transnationalism"
    assert introduction.select_one("#p3 a.glossary-term") is None
    assert "chain-migration" in introduction.select_one("#p3 + div.glossary-defines a")["href"]


def test_headings_and_footnotes_are_not_linked(site: Path) -> None:
    for page in ("introduction", "opportunities", "agents-and-subjects"):
        text = article(site, f"{MT}/{page}")
        assert not text.select("h1 a.glossary-term, h2 a.glossary-term, .footnote a.glossary-term")


def test_glossary_page_has_every_term_alphabetically_with_definitions_and_uses(site: Path) -> None:
    page = article(site, "glossary")
    entries = [h2["id"] for h2 in page.find_all("h2")]
    assert entries == [
        "chain-migration",
        "diaspora",
        "social-remittances",
        "transnational-activities",
        "transnational-community",
        "transnational-identity",
        "transnationalism",
    ]
    entry = page.find("h2", id="transnationalism")
    quotes = []
    for sibling in entry.find_next_siblings():
        if sibling.name == "h2":
            break
        quotes += sibling.select("p.attribution a") if sibling.name == "blockquote" else []
    assert [a["href"] for a in quotes] == [
        f"../{MT}/annex/#p1",
        f"../{MT}/annex/#p3",
        f"../{MT}/annex/#p7",
        f"../{MT}/introduction/#p1",
    ]
    first = entry.find_next_sibling("blockquote").p.get_text()
    assert first.startswith("Transnational identity / transnationalism: the process whereby")
    pilcrows = re.findall(r"¶.", page.get_text())
    assert pilcrows and set(pilcrows) == {"¶\u00a0"}, "a line never ends between ¶ and its number, as in the margin"


def test_a_definitions_passage_link_reads_its_pilcrow_as_a_word_and_keeps_no_mark(site: Path) -> None:
    """Built as elements (`hooks.mdx.spoken_pilcrows`), not raw HTML: the same markup, the mark class gone."""
    links = article(site, "glossary").select("blockquote.glossary-definition p.attribution a")
    assert links, "every definition links to its passage"
    for link in links:
        hidden, shown = link.find_all("span")
        assert (hidden.get("class"), hidden.get_text()) == (["visually-hidden"], "paragraph")
        assert (shown.get("aria-hidden"), shown.get_text(), shown.next_sibling[0]) == ("true", "¶", "\u00a0")
        assert link.has_attr("data-search-exclude") and not link.has_attr("class")
    assert not parse(site / "glossary" / "index.html").select(f".{SPOKEN_PILCROW_CLASS}")


def test_glossary_used_in_lists_every_paragraph_grouped_by_page(site: Path) -> None:
    page = article(site, "glossary")
    used = page.find("h2", id="diaspora").find_next_sibling("ul")
    assert [[a["href"] for a in li.find_all("a")] for li in used.find_all("li")] == [
        [f"../{MT}/agents-and-subjects/", f"../{MT}/agents-and-subjects/#p1"],
        [f"../{MT}/policy-considerations/", f"../{MT}/policy-considerations/#p3"],
    ]
    assert page.find("h2", id="diaspora").get_text() == "diaspora (also diasporas)¶"  # ¶: Material's permalink


def test_the_table_of_contents_names_an_entry_by_its_term_alone(site: Path) -> None:
    """The heading names the aliases (search finds the entry by them), the table of contents only the term: with
    "diaspora (also diasporas)" there, its entries wrapped; the heading's id, its text and anchors.json stay."""
    soup = parse(site / "glossary" / "index.html")
    tocs = soup.select("nav.md-nav--secondary")
    assert tocs, "Material's table of contents"
    terms = json.loads((site / "glossary.json").read_text(encoding="utf-8"))["terms"]
    for toc in tocs:
        names = {a["href"].split("#")[-1]: " ".join(a.get_text().split()) for a in toc.select("a.md-nav__link")}
        assert {term["id"]: names.get(term["id"]) for term in terms} == {term["id"]: term["term"] for term in terms}
    headings = {h2["id"]: h2.get_text().removesuffix("¶") for h2 in soup.select("article h2")}
    assert headings["diaspora"] == "diaspora (also diasporas)"
    assert not soup.select("[data-toc-label]"), "the toc extension takes its attribute away"
    labels = {
        e["id"]: e["label"]
        for e in json.loads((site / "anchors.json").read_text(encoding="utf-8"))
        if e["page"] == "/glossary/" and e["kind"] == "heading"
    }
    assert labels == {"glossary": "Glossary", **headings}


def used_in_lists(page) -> dict[str, list[list[str]]]:
    """Each entry's Used in list, as the hrefs of each item."""
    lists = {}
    for heading in page.find_all("h2"):
        for sibling in heading.find_next_siblings():
            if sibling.name == "h2":
                break
            if sibling.name == "ul":
                lists[heading["id"]] = [[a["href"] for a in li.find_all("a")] for li in sibling.find_all("li")]
    return lists


def test_uses_are_listed_in_reading_order_not_the_files_order(site: Path) -> None:
    """They followed the files' alphabetical order (Agents and subjects before the Introduction)."""
    config = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))

    def flat(entries: list) -> list[str]:
        pages = []
        for entry in entries:
            value = next(iter(entry.values())) if isinstance(entry, dict) else entry
            pages += flat(value) if isinstance(value, list) else [value]
        return pages

    order = flat(config["nav"])
    data = json.loads((site / "glossary.json").read_text(encoding="utf-8"))
    for term in data["terms"]:
        pages = [use["page"] for use in term["uses"]]
        assert pages == sorted(pages, key=order.index), term["id"]
    uses = next(term["uses"] for term in data["terms"] if term["id"] == "transnationalism")
    assert uses[0]["page"] == f"{MT}/introduction.md"


def test_the_real_glossary_page_lists_every_use_of_glossary_json(site: Path) -> None:
    page = article(site, "glossary")
    assert page.select("p.glossary-more") == [], "the real edition's terms fit in extra.glossary.used_in"
    data = json.loads((site / "glossary.json").read_text(encoding="utf-8"))
    site_url = "http://127.0.0.1:8000/"
    expected = {
        term["id"]: [
            [use["url"].replace(site_url, "../")] + [p["url"].replace(site_url, "../") for p in use["paragraphs"]]
            for use in term["uses"]
        ]
        for term in data["terms"]
        if term["uses"]
    }
    assert used_in_lists(page) == expected
    assert sum(len(links) - 1 for links in expected["transnationalism"]) == 12
    intro, on_screen = page.find_all("p")[:2]
    assert intro.get_text().endswith("Under Used in, the paragraphs where a term occurs, in reading order.")
    assert "Show all" not in page.get_text(), "no list is cut: no button to explain"
    assert "glossary.json" not in intro.get_text() + on_screen.get_text(), "for developers: the guide and README say it"
    assert on_screen["class"] == ["on-screen"] and "point at one (or tap it)" in on_screen.get_text()


def test_search_weighs_the_glossary_s_entries_above_pages_that_merely_share_a_word(site: Path) -> None:
    """Searching "diaspora" ranked its entry 7th: Material weighs a page's tags (its policy areas, one of them
    "Migrant networks, associations and diasporas") 1000 times a title, and the glossary had no boost.
    The ranking itself, for every term, is tested in the browser (test_browser_glossary.py)."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    boosted = {doc["location"]: doc["boost"] for doc in index["docs"] if "boost" in doc}
    entries = {doc["location"] for doc in index["docs"] if doc["location"].startswith("glossary/")}
    assert boosted == dict.fromkeys(entries, SEARCH_BOOST) and "glossary/#diaspora" in boosted
    assert index["config"]["fields"]["tags"] == index["config"]["fields"]["title"] == {"boost": 1000}


def test_search_indexes_an_entry_s_words_not_the_titles_of_the_pages_it_links_to(site: Path) -> None:
    """With the boost, the glossary came 2nd for "challenges" or "annex": its Used in lists and its links to the
    defining passages named those pages ("Migration and Transnationalism › Annex, ¶ 5"), indexed as its text."""
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    texts = {doc["location"]: doc["text"] for doc in index["docs"]}
    titles = {doc["location"]: doc["title"] for doc in index["docs"]}  # the heading: the term and its aliases
    page = article(site, "glossary")
    for term in json.loads((site / "glossary.json").read_text(encoding="utf-8"))["terms"]:
        text = " ".join(BeautifulSoup(texts[f"glossary/#{term['id']}"], "html.parser").get_text().split())
        blocks = entry_blocks(page, term["id"])
        links = [a.get_text() for block in blocks if block.name == "blockquote" for a in block.find_all("a")]
        # Material drops its attribute from the page once indexed: what shows that it worked is the index.
        named = [" ".join(title.split()) for title in links + [use["title"] for use in term["uses"]]]
        assert len(links) == len(term["definitions"]) and [title for title in named if title in text] == [], term["id"]
        kept = [d["attribution"][:40] for d in term["definitions"]] + ["Used in:"]
        assert [words for words in kept if words not in text] == [], "the entry's own words stay searchable"
        assert titles[f"glossary/#{term['id']}"] == page.find("h2", id=term["id"]).get_text().removesuffix("¶")


def entry_blocks(page, term_id: str) -> list:
    """The elements of a term's entry on the glossary page: those between its heading and the next."""
    blocks = []
    for sibling in page.find("h2", id=term_id).find_next_siblings():
        if sibling.name == "h2":
            break
        blocks.append(sibling)
    return blocks


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


@pytest.mark.parametrize("value", ["0", "many", "true"])
def test_used_in_must_be_a_whole_number(broken_project: Path, value: str) -> None:
    edit(broken_project, "mkdocs.yml", "used_in: 12", f"used_in: {value}")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    shown = {"0": "0", "many": "'many'", "true": "true"}[value]
    assert (
        f"mkdocs.yml: extra.glossary.used_in: must be a whole number ≥ 1, not {shown}"
        " (the number of paragraphs listed per term, e.g. `used_in: 12`)"
    ) in result.stderr


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


@pytest.mark.parametrize(
    ("anchor", "hint"),
    [
        (
            f"../docs/{MT}/annex.md#p1",
            f"write the page's path below docs/ and the paragraph's id, e.g. {MT}/annex.md#p1",
        ),
        # a path from the root of the machine: the page it names is known
        (
            f"/srv/edition/docs/{MT}/annex.md#p1",
            f"write the page's path below docs/ and the paragraph's id: {MT}/annex.md#p1",
        ),
    ],
)
def test_an_anchor_outside_docs_is_one_line_in_the_build_and_in_check(
    broken_project: Path, anchor: str, hint: str
) -> None:
    """It was read all the same; the build then failed on MkDocs' warning about the generated glossary.md."""
    edit(broken_project, GLOSSARY_YML, f"anchor: {MT}/annex.md#p1", f"anchor: {anchor}")
    line = f"annotations/glossary.yml: transnationalism.definitions[0].anchor: '{anchor}' is not a page path with an id ({hint})"
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert line in result.stderr and "glossary.md' contains a link" not in result.stderr, result.stderr
    check = run_check(broken_project)  # the glossary's line alone, as in the build
    assert check.returncode == 1 and check.stdout.splitlines() == sorted(edition_lines(result.stderr)), check.stdout


def test_an_anchor_s_hint_names_the_pages_the_site_publishes_in_the_build_and_in_check(broken_project: Path) -> None:
    """The build's hint named a draft's page of the same name too, which make check (its published pages) did not."""
    (broken_project / "docs/drafts").mkdir()
    (broken_project / "docs/drafts/annex.md").write_text("# Annex\n\nWords. { #p1 }\n", encoding="utf-8")
    edit(broken_project, "mkdocs.yml", "\nnav:\n", "\ndraft_docs: |\n  drafts/\n\nnav:\n")
    edit(broken_project, GLOSSARY_YML, f"anchor: {MT}/annex.md#p1", "anchor: annex.md#1")
    line = (
        "annotations/glossary.yml: transnationalism.definitions[0].anchor: 'annex.md#1' is not a page path with an id"
        f" (write the page's path below docs/ and the paragraph's id: {MT}/annex.md#p1)"
    )
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert line in edition_lines(result.stderr), result.stderr
    check = run_check(broken_project)
    assert check.returncode == 1 and line in check.stdout.splitlines(), check.stdout


def test_an_anchor_to_a_page_the_site_lacks_names_the_closest_as_an_annotation_would(broken_project: Path) -> None:
    """It said 'write the path below docs/', which it already was (a page renamed, a typo)."""
    edit(broken_project, GLOSSARY_YML, f"anchor: {MT}/opportunities.md#p3", f"anchor: {MT}/oportunities.md#p3")
    line = (
        f"annotations/glossary.yml: social-remittances.definitions[0].anchor: no page '{MT}/oportunities.md'"
        f" (did you mean '{MT}/opportunities.md'?)"
    )
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert line in result.stderr, result.stderr
    check = run_check(broken_project)
    assert check.returncode == 1 and line in check.stdout.splitlines(), check.stdout


@pytest.mark.parametrize("option", ["exclude_docs", "draft_docs"])
def test_an_anchor_to_a_page_the_site_leaves_out_is_one_line_in_the_build_and_in_check(
    broken_project: Path, option: str
) -> None:
    """Its words were read all the same: /glossary/ quoted the left-out page with a link to no page, and counted it."""
    (broken_project / "docs/drafts").mkdir()
    (broken_project / "docs/drafts/notes.md").write_text(
        "# Notes\n\nTransnationalism is a draft's word.\n{ #p1 }\n", encoding="utf-8"
    )
    edit(broken_project, "mkdocs.yml", "\nnav:\n", f"\n{option}: |\n  drafts/\n\nnav:\n")
    edit(broken_project, GLOSSARY_YML, f"anchor: {MT}/annex.md#p1", "anchor: drafts/notes.md#p1")
    line = (
        "annotations/glossary.yml: transnationalism.definitions[0].anchor: no page 'drafts/notes.md'"
        " (the site leaves the page out, as mkdocs.yml's exclude_docs or draft_docs do: point at a page it publishes)"
    )
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert line in edition_lines(result.stderr), result.stderr
    check = run_check(broken_project)  # the glossary's line alone, as in the build
    assert check.returncode == 1 and check.stdout.splitlines() == sorted(edition_lines(result.stderr)), check.stdout


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


def test_a_definition_shifted_by_a_change_of_punctuation_fails_the_build_and_check(broken_project: Path) -> None:
    """The build passed and /glossary/ quoted 'Today, migration…' for chain migration, without 'While not a new…'."""
    edit(broken_project, Path(f"docs/{MT}/introduction.md"), "changed: today,", "changed. Today,")
    line = (
        f"annotations/glossary.yml: chain-migration.definitions[0].sentences: sentence 5 of {MT}/introduction.md#p3,"
        " where the quotation starts, does not name 'chain migration' (sentence 6 names it: start at sentence 1 or at"
        " one that names it; a change of punctuation renumbers the sentences)"
    )
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert [text for text in result.stderr.splitlines() if "edition: " in text] == [f"WARNING -  edition: {line}"]
    check = run_check(broken_project)
    assert check.returncode == 1 and check.stdout.splitlines() == [line], check.stdout
    edit(broken_project, GLOSSARY_YML, "sentences: [5, 6]", "sentences: [6, 7]")  # the fix the line asks for
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr
    entry = article(broken_project / "site", "glossary").find(id="chain-migration").find_next("blockquote")
    assert "While not a new phenomenon, it is one conduit of transnationalism." in entry.get_text()


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


def test_glossary_is_in_the_navigation_and_the_search_index(site: Path) -> None:
    nav = parse(site / "index.html").select("nav.md-nav a.md-nav__link")
    assert any(a.get("href", "").rstrip("/").endswith("glossary") for a in nav)
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert {"glossary/", "glossary/#diaspora"} <= {doc["location"] for doc in index["docs"]}


def test_glossary_json_for_machines(site: Path) -> None:
    data = json.loads((site / "glossary.json").read_text(encoding="utf-8"))
    terms = {term["id"]: term for term in data["terms"]}
    diaspora = terms["diaspora"]
    assert diaspora["aliases"] == ["diasporas"]
    assert diaspora["url"] == "http://127.0.0.1:8000/glossary/#diaspora"
    assert diaspora["definitions"][0]["url"] == f"http://127.0.0.1:8000/{MT}/annex/#p5"
    assert diaspora["definitions"][0]["text"].endswith("transnational communities arise within diasporas.")
    assert [p["id"] for use in diaspora["uses"] for p in use["paragraphs"]] == ["p1", "p3"]
    assert diaspora["uses"][0]["title"] == "Migration and Transnationalism › Agents and subjects of transnationalism"


def test_bad_glossary_input_fails_the_build_with_one_line_each(broken_project: Path) -> None:
    path = broken_project / GLOSSARY_YML
    text = path.read_text(encoding="utf-8")
    text = text.replace("annex.md#p7", "annex.md#p70").replace("annex.md#p3\n", "annex.md#illustrative-definitions\n")
    text = text.replace(
        "see_also: [transnationalism]\n\n- id: transnational-activities",
        "see_also: [nation]\n\n- id: transnational-activities",
    )
    text = text.replace("aliases: [diasporas]", "aliases: [diasporas, transnational communities]")
    path.write_text(text, encoding="utf-8")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    for line in (
        "annotations/glossary.yml: transnationalism.definitions[2].anchor: no paragraph 'p70' on"
        f" {MT}/annex.md (it has p1–p8) (fix the paragraph id)",
        "annotations/glossary.yml: transnationalism.definitions[1].anchor: 'illustrative-definitions' on"
        f" {MT}/annex.md is not a paragraph (point at the paragraph that holds the definition: p1–p8)",
        "annotations/glossary.yml: transnational-identity.see_also[0]: unknown term 'nation'"
        " (use the id of a term in annotations/glossary.yml)",
        "annotations/glossary.yml: diaspora.aliases[1]: 'transnational communities' is also claimed by term"
        " 'transnational-community' (remove it here or from the aliases of 'transnational-community': a term or"
        " alias belongs to one term only)",
    ):
        assert line in result.stderr


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        (
            "aliases: [diasporas]",
            "aliases: [diasporas, diasporae]",
            "annotations/glossary.yml: diaspora.aliases[1]: alias 'diasporae' occurs nowhere in the texts"
            " (check its spelling or remove it)",
        ),
        (
            "  term: diaspora\n",
            "  term: [diaspora\n",
            "annotations/glossary.yml: invalid YAML at line",
        ),
    ],
    ids=["unused-alias", "invalid-yaml"],
)
def test_glossary_warnings_fail_the_strict_build(broken_project: Path, old: str, new: str, line: str) -> None:
    path = broken_project / GLOSSARY_YML
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert line in result.stderr


def test_a_glossary_that_does_not_load_is_one_line_not_one_per_lost_id(broken_project: Path) -> None:
    """Its terms' ids, gone with it, were summed up in a second line that alarmed and said nothing more."""
    edit(broken_project, GLOSSARY_YML, "  term: diaspora\n", "  term: [diaspora\n")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    lines = [line.split("edition: ", 1)[1] for line in result.stderr.splitlines() if "edition: " in line]
    assert len(lines) == 1, lines
    assert lines[0].startswith("annotations/glossary.yml: invalid YAML at line")
    check = run_check(broken_project)  # the same line: make check knows the glossary's ids
    assert check.returncode == 1 and check.stdout.splitlines() == lines, check.stdout
    page = "docs/migration-and-transnationalism/opportunities.md"
    paragraph = (broken_project / page).read_text(encoding="utf-8").split("\n\n")[-2]  # p5, its words and its id
    assert paragraph.endswith("{ #p5 }"), paragraph
    edit(broken_project, page, f"\n\n{paragraph}", "")
    result = run_build(broken_project, broken_project / "site")  # an id lost elsewhere: the summary counts it alone
    lines = [line.split("edition: ", 1)[1] for line in result.stderr.splitlines() if "edition: " in line]
    assert [line for line in lines if line.startswith("anchors.lock.json: ")] == [
        "anchors.lock.json: 1 anchor problem(s) not listed one by one while the other errors stand (the first:"
        " /migration-and-transnationalism/opportunities/#p5: published id is gone (no element has id 'p5')) (fix the"
        " other errors first; the next build checks every published id again)"
    ], lines
    assert run_check(broken_project).stdout.splitlines() == sorted(lines)


def test_link_all_is_a_setting_in_mkdocs_yml(broken_project: Path) -> None:
    config = broken_project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("link: first", "link: all", 1), encoding="utf-8")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0, result.stderr
    links = article(broken_project / "site", f"{MT}/policy-considerations").select("a.glossary-term")
    assert [a.get_text() for a in links].count("transnationalism") >= 3


def test_golden_fragment_of_a_term_link_and_a_defines_line(site: Path) -> None:
    paragraph = article(site, f"{MT}/opportunities").select_one("#p1")
    link = paragraph.select_one("a.glossary-term")
    assert str(link) == (
        '<a class="glossary-term" href="../../glossary/#transnationalism" title="What is transnationalism? Definitions'
        " vary, but generally centre on exchanges, connections and practices across borders, thus transcending the"
        " national space as the primary reference point for activities and identities. … — IOM 2010 “Migration and"
        ' Transnationalism: Opportunities and Challenges”, Introduction. (one of 4 definitions: see the glossary)">'
        "transnationalism</a>"
    )
    line = article(site, f"{MT}/opportunities").select_one("#p3 + div.glossary-defines")
    assert str(line) == (
        '<div class="glossary-defines"><span>Defines: </span><a class="glossary-entry"'
        ' href="../../glossary/#social-remittances" title="Glossary entry">social remittances</a></div>'
    )


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
