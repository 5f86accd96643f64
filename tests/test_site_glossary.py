"""End-to-end: term links and tooltips in the built site, the glossary page, its search entries, glossary.json."""

from __future__ import annotations

import json
import re
from pathlib import Path

from bs4 import BeautifulSoup
from conftest import parse
from edition_pages import ROOT
from mkdocs.utils.yaml import yaml_load
from site_glossary_helpers import MT, article, used_in_lists

from hooks.core.glossary_page import SEARCH_BOOST
from hooks.core.text import SPOKEN_SYMBOLS_CLASS


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
    """Built as elements (`hooks.mdx.spoken_symbols`), not raw HTML: the same markup, the mark class gone."""
    links = article(site, "glossary").select("blockquote.glossary-definition p.attribution a")
    assert links, "every definition links to its passage"
    for link in links:
        hidden, shown = link.find_all("span")[-2:]  # before them: the page's name, its `›` said as a comma
        assert (hidden.get("class"), hidden.get_text()) == (["visually-hidden"], "paragraph ")
        # The no-break space hidden with the ¶: Chromium named the link "…, paragraph \u00a05".
        assert (shown.get("aria-hidden"), shown.get_text()) == ("true", "¶\u00a0")
        assert shown.next_sibling.isdigit(), shown.next_sibling  # the number, and nothing read before it
        assert link.has_attr("data-search-exclude") and not link.has_attr("class")
    assert not parse(site / "glossary" / "index.html").select(f".{SPOKEN_SYMBOLS_CLASS}")


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
