"""End-to-end: the real site's permalinks, Cite block and data, head metadata, exports and anchors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import bibtexparser
import pytest
import rispy
from bs4 import NavigableString, Tag
from conftest import ROOT, parse
from edition_pages import DOCS, built_ids, built_path, checked_ids, linked_ids, source_pages

from hooks.core.anchor_redirects import load_redirects, split_anchor

SOURCE_IDS = ["migration-and-transnationalism", "origin-governments-and-migrant-associations"]
OPPORTUNITIES = DOCS / "migration-and-transnationalism" / "opportunities.md"
ALL_PAGES = [page for source in SOURCE_IDS for page in source_pages(source)]


def meta(soup, name: str) -> list[str]:
    return [tag["content"] for tag in soup.find_all("meta", attrs={"name": name})]


@pytest.mark.parametrize("page", ALL_PAGES, ids=lambda p: str(p.relative_to(DOCS)))
def test_every_paragraph_has_its_permalink_as_one_element(site: Path, page: Path) -> None:
    article = parse(built_path(site, page)).find("article")
    paragraphs = [p for p in article.find_all("p", id=True) if p["id"][1:].isdigit()]
    for paragraph in paragraphs:
        (link,) = paragraph.select("a.paragraph-link")
        assert link["href"] == f"#{paragraph['id']}" and link.get_text() == f"¶\u00a0{paragraph['id'][1:]}"
        assert link.parent is paragraph and link.has_attr("data-search-exclude") and not link.find()
    # The Cite action needs JavaScript: citation.js makes it (tests/test_browser_citation.py).
    assert not article.select(".paragraph-cite, .paragraph-actions")
    heading = article.find(id="cite-this-page")
    assert heading.name == "h2" and heading.find_next_sibling().get("class") == ["edition-cite-page"]
    toc = parse(built_path(site, page)).select_one(".md-sidebar--secondary")
    assert toc.select_one("a[href='#cite-this-page']"), "'Cite this page' is in the table of contents"


def test_cite_this_page_block_works_without_javascript(site: Path) -> None:
    soup = parse(built_path(site, OPPORTUNITIES))
    block = soup.select_one(".edition-cite-page")
    text = block.get_text()  # no separator: the permanent link is its pieces between `<wbr>`s
    assert "http://127.0.0.1:8000/migration-and-transnationalism/opportunities/" in text
    assert "(International Organization for Migration, 2010, Opportunities section)" in text
    assert "(International Organization for Migration 2010, Opportunities section)" in text
    in_text = [p.get_text() for p in block.select(".edition-citations dd > p:not(.reference)")]
    assert in_text == [  # as the Cite dialog writes it and a reader copies it: no quotation marks around it
        "In the text: (International Organization for Migration, 2010, Opportunities section)",
        "In the text: (International Organization for Migration 2010, Opportunities section)",
    ]
    assert block.find("q") is None
    hrefs = [a["href"] for a in block.find_all("a", download=True)]
    assert hrefs == [f"../../cite/migration-and-transnationalism.{ext}" for ext in ("json", "bib", "ris")]
    for href in hrefs:
        assert (built_path(site, OPPORTUNITIES).parent / href).resolve().is_file()


# An address in the "Cite this page" block, from its scheme to the next space (as citation-addresses.js finds one).
RE_ADDRESS = re.compile(r"[a-z][a-z0-9+.-]*://\S+", re.IGNORECASE)


def address_pieces(element: Tag) -> list[str]:
    """The element's words as the `<wbr>`s inside it part them (the element holds text and `<wbr>`s only)."""
    assert all(child.name == "wbr" for child in element.find_all()), element
    return [str(text) for text in element.find_all(string=True)]


def wbr_offsets(element: Tag) -> list[int]:
    """Where each `<wbr>` in the element stands in its text."""
    offsets, shown = [], 0
    for node in element.descendants:
        if isinstance(node, NavigableString):
            shown += len(node)
        elif node.name == "wbr":
            offsets.append(shown)
    return offsets


def test_the_cite_block_s_addresses_break_only_where_their_words_part(site: Path) -> None:
    """At 320 px the block's permanent link and each reference's address broke inside a word, `…/oppo|rtunities/`:
    the build parts them as the Cite dialog does (`parted` in citation-addresses.js), and the words stay as they were."""
    address = "http://127.0.0.1:8000/migration-and-transnationalism/opportunities/"
    block = parse(built_path(site, OPPORTUNITIES)).select_one(".edition-cite-page")
    link = block.select_one("p > a[href^='http']")
    assert link["href"] == link.get_text() == address
    pieces = ["http://", "127.", "0.", "0.", "1:", "8000/", "migration-", "and-", "transnationalism/", "opportunities/"]
    assert address_pieces(link) == pieces
    apa, chicago = block.select(".reference")
    for reference, ending in ((apa, address), (chicago, f"{address}.")):
        assert reference.get_text().endswith(f" {ending}")
        assert str(reference).endswith(f" {'<wbr/>'.join(pieces)}{ending[len(address) :]}</p>"), reference
        assert str(reference).count("<wbr/>") == len(pieces) - 1, "none outside the address"


@pytest.mark.parametrize("page", ALL_PAGES, ids=lambda p: str(p.relative_to(DOCS)))
def test_every_cite_block_parts_its_addresses_between_words_and_nothing_else(site: Path, page: Path) -> None:
    """A `<wbr>` only after a run of `.`, `/`, `-`, `:` with a word on both sides; none in the head's tags or the
    dialog's data (the Cite dialog parts its own), where it would be part of the text."""
    soup = parse(built_path(site, page))
    block = soup.select_one(".edition-cite-page")
    parted = [block.select_one("p > a[href^='http']"), *block.select(".reference")]
    assert len(parted) == 3
    for element in parted:
        text, offsets = element.get_text(), wbr_offsets(element)
        addresses = [match.span() for match in RE_ADDRESS.finditer(text)]
        assert offsets and len(addresses) == 1, element
        for offset in offsets:
            assert any(start < offset < end for start, end in addresses), f"only inside an address: {element}"
            before, after = text[:offset], text[offset:]
            assert re.search(r"[^\s./\-_:][./\-_:]+$", before) and re.match(r"[^\s./\-_:]", after), (before, after)
    assert " ".join(block.get_text().split()).count("http://127.0.0.1:8000/") == 3
    assert soup.find_all("wbr") == block.find_all("wbr")
    head = str(soup.head)
    assert "wbr" not in head and meta(soup, "citation_public_url")[0].startswith("http://127.0.0.1:8000/")
    data = soup.select_one("article div.edition-citation-data[hidden]")["data-json"]
    assert "wbr" not in data and all("wbr" not in span["title"] for span in soup.select("article span.Z3988"))


def test_a_paragraph_of_a_work_s_own_page_is_cited_with_the_heading_above_it(site: Path) -> None:
    """The chapter's page holds its abstract: "(…, 2008, para. 1)" read as the chapter's first paragraph."""
    soup = parse(built_path(site, DOCS / SOURCE_IDS[1] / "index.md"))
    apa, chicago = json.loads(soup.select_one("article div.edition-citation-data[hidden]")["data-json"])["cite"][
        "styles"
    ]
    assert apa["in_text"] == {"1": "(Castles & Delgado Wise, 2008, Abstract section, para. 1)"}
    assert chicago["in_text"] == {"1": "(Castles and Delgado Wise 2008, para. 1, Abstract section)"}
    block = soup.select_one(".edition-cite-page").get_text(" ")
    assert "(Castles & Delgado Wise, 2008)" in block, "the page as a whole is the work"


def test_dialog_data_has_every_paragraph_formatted_by_the_styles(site: Path) -> None:
    soup = parse(built_path(site, OPPORTUNITIES))
    data = json.loads(soup.select_one("article div.edition-citation-data[hidden]")["data-json"])
    cite = data["cite"]
    assert cite["url"] == "http://127.0.0.1:8000/migration-and-transnationalism/opportunities/"
    apa, chicago = cite["styles"]
    assert apa["in_text"]["3"] == "(International Organization for Migration, 2010, Opportunities section, para. 3)"
    assert chicago["in_text"]["3"] == "(International Organization for Migration 2010, para. 3, Opportunities section)"
    assert sorted(apa["in_text"], key=int) == [str(n) for n in range(1, 6)]
    assert [d["label"] for d in cite["downloads"]] == ["CSL-JSON", "BibTeX", "RIS"]


@pytest.mark.parametrize("source", SOURCE_IDS)
def test_exports_parse_with_real_parsers_and_agree_with_the_meta_tags(site: Path, source: str) -> None:
    (item,) = json.loads((site / "cite" / f"{source}.json").read_text(encoding="utf-8"))
    library = bibtexparser.parse_string((site / "cite" / f"{source}.bib").read_text(encoding="utf-8"))
    (entry,) = library.entries
    (ris,) = rispy.loads((site / "cite" / f"{source}.ris").read_text(encoding="utf-8"))
    assert entry.fields_dict["title"].value.strip("{}") == item["title"] == ris["title"]
    assert entry.fields_dict["url"].value == item["URL"] == ris["urls"][0]
    for page in source_pages(source):
        soup = parse(built_path(site, page))
        assert meta(soup, "citation_title") == [item["title"]]
        assert meta(soup, "citation_publication_date") == [str(item["issued"]["date-parts"][0][0])]
        assert meta(soup, "citation_publisher") == [item["publisher"]]
        canonical = soup.find("link", rel="canonical")["href"]
        assert meta(soup, "citation_public_url") == [canonical] == meta(soup, "DC.identifier")
        assert soup.find("meta", property="og:url")["content"] == canonical
        coins = soup.select("article span.Z3988")  # none for a work without an author (see citation_meta)
        assert [span["title"][:19] for span in coins] == (["ctx_ver=Z39.88-2004"] if item.get("author") else [])


def test_report_and_chapter_get_their_zotero_types(site: Path) -> None:
    report = parse(built_path(site, OPPORTUNITIES))
    assert meta(report, "citation_technical_report_institution") == ["International Organization for Migration"]
    assert meta(report, "citation_author") == ["International Organization for Migration"]
    assert not meta(report, "citation_inbook_title")
    chapter = parse(built_path(site, DOCS / SOURCE_IDS[1] / "index.md"))
    assert meta(chapter, "citation_inbook_title") == ["Migration and development: Perspectives from the South"]
    assert (meta(chapter, "citation_firstpage"), meta(chapter, "citation_lastpage")) == (["285"], ["304"])
    assert meta(chapter, "citation_editor") == ["Castles, Stephen", "Delgado Wise, Raúl"]
    assert not meta(chapter, "citation_technical_report_institution")


def test_dublin_core_prefixes_are_declared_and_its_terms_are_real(site: Path) -> None:
    """DC-HTML declares each prefix with a `schema.` link; `relation.ispartof` is no element of DC 1.1."""
    chapter = parse(built_path(site, DOCS / SOURCE_IDS[1] / "index.md"))
    schemas = {link["rel"][0]: link["href"] for link in chapter.select('head link[rel^="schema."]')}
    assert schemas == {"schema.DC": "http://purl.org/dc/elements/1.1/", "schema.DCTERMS": "http://purl.org/dc/terms/"}
    assert meta(chapter, "DCTERMS.isPartOf") == ["Migration and development: Perspectives from the South"]
    assert not chapter.find("meta", attrs={"name": "DC.relation.ispartof"})
    report = parse(built_path(site, OPPORTUNITIES))
    assert [link["rel"][0] for link in report.select('head link[rel^="schema."]')] == ["schema.DC"]
    assert not report.find("meta", property="og:locale"), "`en` is no Open Graph locale (`en_GB`)"


def test_the_chapter_is_cited_under_its_editors_as_each_style_writes_them(site: Path) -> None:
    block = parse(built_path(site, DOCS / SOURCE_IDS[1] / "index.md")).select_one(".edition-cite-page")
    text = " ".join(block.get_text(" ").split())
    assert "Castles, S., & Delgado Wise, R. (Eds.). (2008). Perspectives from governments" in text
    assert "Castles, Stephen, and Raúl Delgado Wise, eds. 2008. “Perspectives" in text
    assert "Migrant Associations.” In" in text
    assert "(Castles & Delgado Wise, 2008)" in text and "(Castles and Delgado Wise 2008)" in text
    assert "In S. Castles" not in text and "edited by" not in text  # the editors are named once


def test_anchors_json_lists_every_locked_id_with_url_kind_and_label(site: Path) -> None:
    entries = json.loads((site / "anchors.json").read_text(encoding="utf-8"))
    lock = json.loads((ROOT / "anchors.lock.json").read_text(encoding="utf-8"))
    redirects, _ = load_redirects(ROOT / "anchors.redirects.yml")
    listed = {(e["page"], e["id"]) for e in entries if e["kind"] != "moved"}
    locked = {(page, i) for page, ids in lock.items() for i in ids}
    moved = {locked_id for locked_id in locked if "#".join(locked_id) in redirects}
    assert listed == locked - moved, "every id the pages have: a redirected one is listed at its new place"
    assert all(split_anchor(redirects["#".join(old)]) in listed for old in moved)
    p3 = next(e for e in entries if e["page"] == "/migration-and-transnationalism/opportunities/" and e["id"] == "p3")
    assert p3["url"] == "http://127.0.0.1:8000/migration-and-transnationalism/opportunities/#p3"
    assert (
        p3["kind"] == "paragraph"
        and p3["label"] == "Opportunities, ¶\u00a03: Transnationalism also manifests itself in the transfer of…"
    )
    heading = next(e for e in entries if e["id"] == "cite-this-page")
    assert heading["kind"] == "heading" and heading["label"] == "Cite this page"
    annotation = next(e for e in entries if e["id"] == "transfer-of-ideas")
    assert annotation["kind"] == "annotation"
    assert annotation["label"] == "Opportunities, ¶\u00a03, annotation (description): “the transfer of ideas”"


def test_anchors_json_leads_each_moved_id_from_its_old_address_to_an_entry_of_the_file(site: Path) -> None:
    """A citation checker holding an old link runs no forwarding script: the file says where the id went."""
    entries = json.loads((site / "anchors.json").read_text(encoding="utf-8"))
    redirects, _ = load_redirects(ROOT / "anchors.redirects.yml")
    by_url = {e["url"]: e for e in entries}
    assert len(by_url) == len(entries), "one entry per address"
    gone = by_url["http://127.0.0.1:8000/about/citing/#id-gone"]
    assert gone == {
        "url": "http://127.0.0.1:8000/about/citing/#id-gone",
        "page": "/about/citing/",
        "id": "id-gone",
        "kind": "moved",
        "label": "An id that disappears",
        "moved_to": "http://127.0.0.1:8000/about/stable-links/#id-gone",
    }
    moved = [e for e in entries if e["kind"] == "moved"]
    assert {(e["page"], e["id"]) for e in moved} == {split_anchor(old) for old in redirects}
    for entry in moved:
        target = by_url[entry["moved_to"]]
        assert target["kind"] != "moved" and entry["label"] == target["label"], entry
    assert all("moved_to" not in e for e in entries if e["kind"] != "moved"), "the other entries are as they were"


def test_every_source_page_has_its_own_description_for_search_results(site: Path) -> None:
    descriptions = {page: meta(parse(built_path(site, page)), "description") for page in ALL_PAGES}
    assert all(len(found) == 1 for found in descriptions.values()), descriptions
    assert len({found[0] for found in descriptions.values()}) == len(ALL_PAGES), "one description per page"
    opportunities = descriptions[OPPORTUNITIES][0]
    assert opportunities.startswith("Opportunities, a section of “Migration and transnationalism")


def test_make_check_knows_every_id_the_build_publishes_the_policy_areas_own_pages_too(site: Path) -> None:
    """make check names a lost id without building: an id it missed would be a false alarm, one it added a false OK.

    An area's own page was left to the build: an id of its gone, a new group, a redirect there, make check said OK.
    """
    checked, unknown = checked_ids(ROOT)
    built = built_ids(site)
    assert "/policy-areas/remittances/" in checked and not unknown  # its ids are those `area_page_ids` gives
    assert checked == built


def test_make_check_checks_a_link_s_id_on_a_generated_page_against_the_ids_the_build_gives_it(site: Path) -> None:
    """A link's `#id` on an area's page was left to the build (make check said OK, the build failed): its ids, and
    the overview's, /annotations/' and the glossary's, are those the functions writing the pages give them."""
    linked, built = linked_ids(ROOT), built_ids(site)
    generated = [page for page in built if page.startswith(("/policy-areas/", "/annotations/", "/glossary/"))]
    assert {"/glossary/", "/annotations/", "/policy-areas/", "/policy-areas/remittances/"} <= set(generated)
    assert {page: linked.get(page) for page in generated} == {page: built[page] for page in generated}
