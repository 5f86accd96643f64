"""End-to-end: the real site's permalinks, Cite block and data, head metadata, exports and anchors."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import bibtexparser
import pytest
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware
from conftest import ROOT, declare_redirects, edit, parse, run_build
from edition_pages import DOCS, built_ids, built_path, checked_ids, source_pages
from mkdocs.commands.build import build
from mkdocs.config import load_config

from hooks.cli import check
from hooks.core import bibliography_checks
from hooks.core.anchor_redirects import load_redirects, split_anchor
from hooks.core.bibliography_checks import BIBLIOGRAPHY_SCHEMA
from hooks.core.problems import Problem
from hooks.core.schemas import Schema, load_schema

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
    text = block.get_text(" ")
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


def test_make_check_knows_every_id_the_build_publishes_but_the_policy_areas_own_pages(site: Path) -> None:
    """make check names a lost id without building: an id it missed would be a false alarm, one it added a false OK."""
    checked, unknown = checked_ids(ROOT)
    built = built_ids(site)
    areas = {
        page for page in built if page.startswith("/policy-areas/") and page != "/policy-areas/"
    }  # the overview's are the taxonomy's
    assert set(unknown) == areas  # the hooks generate them, and only the build renders them
    assert checked == {page: ids for page, ids in built.items() if page not in areas}


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


MARKER = "<!-- edition:bibliography -->"
MOVE_MARKER = (
    "is missing or not a mapping (a source's record stands on its landing page, docs/<source>/index.md, the"
    f" page with `source: <source>`, under `bibliography`: move the line `{MARKER}` there, or remove it;"
    " see docs/about/source-records.md#placement)"
)
NOT_READ = (
    "is read from a source's landing page only: no citation or download uses it here (move it to"
    f" docs/<source>/index.md, the page with `source: <source>`, where the line `{MARKER}` shows it, or remove it;"
    " see docs/about/source-records.md#placement)"
)


def not_read_here(folder: str, *, unknown: bool = False, page_fields: str = "") -> str:
    """The line on a folder's index.md that names no source: it may be the landing page that forgot its `source:`.

    `page_fields`: a source's page's fields the page lacks beside it (`, and add `order` and `tags``), named with it.
    """
    what, shown, removed = ("it and its `unknown`", "them", "both") if unknown else ("it", "it", "it")
    return (
        "is read from a source's landing page only: no citation or download uses it here (name its folder as its"
        f" source, `source: {folder}`{page_fields}, if this is a source's landing page; else move {what} to"
        " docs/<source>/index.md,"
        f" the page with `source: <source>`, where the line `{MARKER}` shows {shown}, or remove {removed};"
        " see docs/about/source-records.md#placement)"
    )


# Without `bibliography:`, the fields to add too: offered `source:` alone, the next run asked for them; and a source's
# page's `order` and `tags`, which docs/about/index.md lacks: once it named its source, the run after asked for them.
SOURCE_FIRST = (
    "name its folder as its source, `source: about`, and add `order`, `tags` and CSL-JSON fields under `bibliography`,"
    " if this is a source's landing page; else "
)
# The marker line or an `unknown:` alone on a folder's index.md naming no source: offered its `source:` line first too.
ABOUT_MARKER = (
    f"is missing or not a mapping ({SOURCE_FIRST}a source's record stands on its landing page, docs/<source>/index.md,"
    f" the page with `source: <source>`, under `bibliography`: move the line `{MARKER}` there, or remove it;"
    " see docs/about/source-records.md#placement)"
)
ABOUT_UNKNOWN = (
    f"is read from a source's landing page only: no record shows it here ({SOURCE_FIRST}move it to"
    " docs/<source>/index.md, the page with `source: <source>`, beside its `bibliography`, or remove it;"
    " see docs/about/source-records.md#placement)"
)


def landing_published(folder: str, *, record: bool = True) -> str:
    """The hint on a folder's index.md that names no source, where the lock holds its Cite heading: no "if".

    `record`: the page has its `bibliography:`; without it, the fields to add are named beside the `source:` line.
    """
    fields = "" if record else ", and add CSL-JSON fields under `bibliography`"
    return (
        "(anchors.lock.json holds its Cite heading, `cite-this-page`, so this is a source's landing page:"
        f" name its folder as its source, `source: {folder}`{fields}; see docs/about/source-records.md#placement)"
    )


# A record with its `unknown:`: both named, one move (the `unknown:` was the next run's line, once the record moved).
BOTH_NOT_READ = (
    "is read from a source's landing page only: no citation or download uses it here (move it and its `unknown` to"
    f" docs/<source>/index.md, the page with `source: <source>`, where the line `{MARKER}` shows them, or remove"
    " both; see docs/about/source-records.md#placement)"
)
UNKNOWN_NOT_READ = (
    "is read from a source's landing page only: no record shows it here (move it to docs/<source>/index.md, the page"
    " with `source: <source>`, beside its `bibliography`, or remove it; see docs/about/source-records.md#placement)"
)
FIELDS = "bibliography:\n  type: report\n  title: A record no citation reads\n"  # a valid record: it was shown
RECORD = f"{FIELDS}unknown:\n  - ''\n"  # its `unknown:` was checked too
ANNEX = "docs/migration-and-transnationalism/annex.md"
MISPLACED = {
    "marker on an about page": (
        [("docs/about/quality.md", "\n# ", f"\n{MARKER}\n\n# ")],
        [f"docs/about/quality.md: bibliography: {MOVE_MARKER}"],
    ),
    "landing page without its record": (
        [("docs/origin-governments-and-migrant-associations/index.md", "bibliography:", "dropped:")],
        [
            "docs/origin-governments-and-migrant-associations/index.md: bibliography: is missing or not a mapping"
            " (add CSL-JSON fields under `bibliography`; see docs/about/source-records.md#required)"
        ],
    ),
    # A folder's index.md that names no source (about/index.md) was taken for a landing page: its fields were missing.
    # A record on another page was checked, then shown from its own fields, which no citation read; or, without the
    # marker line, read by nothing at all.
    "records on other pages": (
        [
            ("docs/about/index.md", "\n# ", f"\n{MARKER}\n\n# "),
            ("docs/about/editorial-principles.md", "---\n", f"---\n{FIELDS}"),
            ("docs/about/editorial-principles.md", "\n# ", f"\n{MARKER}\n\n# "),
            (ANNEX, "---\n", f"---\n{RECORD}"),
            (ANNEX, "\n# ", f"\n{MARKER}\n\n# "),
            ("docs/migration-and-transnationalism/introduction.md", "---\n", f"---\n{RECORD}"),
            ("docs/about/source-records.md", "---\n", f"---\n{RECORD}"),  # the marker quoted: words, no marker
        ],
        [
            f"docs/about/index.md: bibliography: {ABOUT_MARKER}",
            f"docs/about/editorial-principles.md: bibliography: {NOT_READ}",
            f"{ANNEX}: bibliography: {BOTH_NOT_READ}",
            f"docs/migration-and-transnationalism/introduction.md: bibliography: {BOTH_NOT_READ}",
            f"docs/about/source-records.md: bibliography: {BOTH_NOT_READ}",
        ],
    ),
    # An `unknown:` list alone, on a page that is no landing page, was read by nothing and named by nothing.
    "unknown lists on other pages": (
        [
            ("docs/about/quality.md", "---\n", "---\nunknown:\n  - the author\n"),
            ("docs/about/index.md", "---\n", "---\nunknown:\n  - ''\n"),  # its items are not checked: no record
            ("docs/migration-and-transnationalism/introduction.md", "---\n", "---\nunknown:\n  - the author\n"),
        ],
        [
            f"docs/about/quality.md: unknown: {UNKNOWN_NOT_READ}",
            f"docs/about/index.md: unknown: {ABOUT_UNKNOWN}",
            f"docs/migration-and-transnationalism/introduction.md: unknown: {UNKNOWN_NOT_READ}",
        ],
    ),
    # Its record was shown, and read as the citations' source `about`, written to /cite/about.json.
    "a record on a folder's index naming no source": (
        [("docs/about/index.md", "---\n", f"---\n{FIELDS}"), ("docs/about/index.md", "\n# ", f"\n{MARKER}\n\n# ")],
        [f"docs/about/index.md: bibliography: {not_read_here('about', page_fields=', and add `order` and `tags`')}"],
    ),
}


@pytest.mark.parametrize("case", MISPLACED)
def test_make_check_names_a_record_marker_without_a_record_as_the_build_does(broken_project: Path, case: str) -> None:
    """The build checks the record of every page asking for one; make check only a landing page's `bibliography:`,
    and said OK where the build failed (a marker on another page, a landing page's record taken out).

    A marker on another page was sent to add the fields there (`#required`): the record stands on the landing page,
    and a record on another page is one line saying so, not a record shown there (nor its `unknown:` checked).
    """
    edits, lines = MISPLACED[case]
    for page, old, new in edits:
        edit(broken_project, page, old, new)
    result = run_build(broken_project, broken_project / "site")
    said = [line.split("edition: ", 1)[1] for line in result.stderr.splitlines() if "edition: " in line]
    assert result.returncode != 0 and sorted(said) == sorted(lines), result.stderr
    for page, _, _ in edits:
        built = broken_project / "site" / page.removeprefix("docs/").removesuffix("index.md").removesuffix(".md")
        assert not parse(built / "index.html").select(".bibliographic-record"), page
    assert not (broken_project / "site" / "cite" / "about.json").exists()  # about/index.md is no source
    problems, _ = check.run_checks(broken_project, dt.date.today())
    assert sorted(str(problem) for problem in problems) == sorted(lines)


LANDING = "docs/migration-and-transnationalism/index.md"
LANDING_SOURCE = "source: migration-and-transnationalism\n"
CHAPTER = "docs/origin-governments-and-migrant-associations/index.md"  # a source of one page: none other names it
CHAPTER_FIELDS = (ROOT / CHAPTER).read_text(encoding="utf-8").split("---\n")[1]  # its front matter, to cut
SOURCE_LINES = {  # a landing page's `source:` missing or another folder's: made right, its record is in place
    "missing": (
        LANDING,
        LANDING_SOURCE,
        "",
        "source: is missing (add `source: migration-and-transnationalism` to the front matter)",
    ),
    "another folder's": (
        LANDING,
        LANDING_SOURCE,
        "source: elsewhere\n",
        "source: is 'elsewhere' but the page lives in 'migration-and-transnationalism'"
        " (write `source: migration-and-transnationalism`)",
    ),
    # Sent to move its record to "docs/<source>/index.md, the page with `source: <source>`": the page it is on.
    # Then told "if this is a source's landing page", though the lock holds the Cite heading it published as one.
    "missing on a source's only page": (
        CHAPTER,
        "source: origin-governments-and-migrant-associations\n",
        "",
        "bibliography: is read from a source's landing page only: no citation or download uses it here "
        + landing_published("origin-governments-and-migrant-associations"),
    ),
    # Its record gone with it, the marker line stays: sent to move the line, as from an about page.
    "missing on a source's only page, with its record": (
        CHAPTER,
        CHAPTER_FIELDS,
        CHAPTER_FIELDS.split("bibliography:\n")[0].replace("source: origin-governments-and-migrant-associations\n", ""),
        "bibliography: is missing or not a mapping "
        + landing_published("origin-governments-and-migrant-associations", record=False),
    ),
}


@pytest.mark.parametrize("case", SOURCE_LINES)
def test_a_landing_page_without_its_own_source_is_one_line_naming_it(broken_project: Path, case: str) -> None:
    """It said `source` is missing, and that its `bibliography:` was on no landing page (`#placement`): one fix.

    The only line of the build and make check alike: its Cite heading, gone with its `source`, was an
    `anchors.lock.json` line, and `source: elsewhere` a line asking for a landing page of 'elsewhere'.
    """
    page, old, new, line = SOURCE_LINES[case]
    edit(broken_project, page, old, new)
    result = run_build(broken_project, broken_project / "site")
    said = [line.split("edition: ", 1)[1] for line in result.stderr.splitlines() if "edition: " in line]
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert said == [f"{page}: {line}"], result.stderr
    problems, _ = check.run_checks(broken_project, dt.date.today())
    assert [str(problem) for problem in problems] == [f"{page}: {line}"]


def test_a_source_s_only_page_left_with_its_unknown_alone_is_one_line_naming_its_source(broken_project: Path) -> None:
    """Its `source:`, record and marker line taken out, its `unknown:` was sent to another landing page, and the
    lock's Cite heading it lost was a second line: the lock shows it was the landing page, whose `source:` is the fix.
    """
    text = (broken_project / CHAPTER).read_text(encoding="utf-8")
    fields = CHAPTER_FIELDS.replace("source: origin-governments-and-migrant-associations\n", "")
    fields = fields[: fields.index("bibliography:\n")] + fields[fields.index("unknown:\n") :]
    text = text.replace(CHAPTER_FIELDS, fields, 1).replace("\n<!-- edition:bibliography -->\n", "\n", 1)
    (broken_project / CHAPTER).write_text(text, encoding="utf-8")
    line = (
        f"{CHAPTER}: unknown: is read from a source's landing page only: no record shows it here "
        + landing_published("origin-governments-and-migrant-associations", record=False)
    )
    result = run_build(broken_project, broken_project / "site")
    said = [line.split("edition: ", 1)[1] for line in result.stderr.splitlines() if "edition: " in line]
    assert result.returncode != 0 and said == [line], result.stderr
    problems, _ = check.run_checks(broken_project, dt.date.today())
    assert [str(problem) for problem in problems] == [line]


@pytest.mark.parametrize("left", ["the marker line", "its unknown"])
def test_a_source_s_only_page_left_without_its_source_and_record_is_told_both_in_one_run(
    broken_project: Path, left: str
) -> None:
    """Its `source:` and `bibliography:` taken out: the line offered the `source:` line alone, and once it was
    written the next run asked for the record (`bibliography: is missing`): two runs to learn one page's fix.

    The first run's line names both, the build's and make check's alike; the next, with `source:` alone written,
    asks for nothing that line did not name.
    """
    text = (broken_project / CHAPTER).read_text(encoding="utf-8")
    fields = CHAPTER_FIELDS.replace("source: origin-governments-and-migrant-associations\n", "")
    start, end = fields.index("bibliography:\n"), fields.index("unknown:\n")
    fields = fields[:start] + (fields[end:] if left == "its unknown" else "")
    text = text.replace(CHAPTER_FIELDS, fields, 1)
    if left == "its unknown":
        text = text.replace(f"\n{MARKER}\n", "\n", 1)
    (broken_project / CHAPTER).write_text(text, encoding="utf-8")
    result = run_build(broken_project, broken_project / "site")
    said = [line.split("edition: ", 1)[1] for line in result.stderr.splitlines() if "edition: " in line]
    assert result.returncode != 0 and len(said) == 1, result.stderr
    (line,) = said
    field = "unknown" if left == "its unknown" else "bibliography"
    assert line.startswith(f"{CHAPTER}: {field}: ") and line.endswith(
        "so this is a source's landing page: name its folder as its source,"
        " `source: origin-governments-and-migrant-associations`, and add CSL-JSON fields under `bibliography`;"
        " see docs/about/source-records.md#placement)"
    ), line
    problems, _ = check.run_checks(broken_project, dt.date.today())
    assert [str(problem) for problem in problems] == said
    edit(broken_project, CHAPTER, "order: 0\n", "source: origin-governments-and-migrant-associations\norder: 0\n")
    (next_run,) = check.run_checks(broken_project, dt.date.today())[0]
    assert str(next_run) == f"{CHAPTER}: {RECORD_TAKEN_OUT}"
    assert next_run.hint.split("; see ")[0] in line  # the fix it asks for, named in the first run's line


def test_a_source_s_only_page_whose_cite_heading_was_retired_is_not_told_it_is_a_landing_page(
    broken_project: Path,
) -> None:
    """Its `source:` taken out and its Cite heading sent elsewhere in anchors.redirects.yml: the source retired on
    purpose, so the lock's heading shows no landing page, and the line offers the `source:` line with its "if".
    """
    edit(broken_project, CHAPTER, "source: origin-governments-and-migrant-associations\n", "")
    declare_redirects(
        broken_project,
        "/origin-governments-and-migrant-associations/#cite-this-page: /migration-and-transnationalism/#cite-this-page\n",
    )
    line = f"{CHAPTER}: bibliography: {not_read_here('origin-governments-and-migrant-associations', unknown=True)}"
    result = run_build(broken_project, broken_project / "site")
    said = [line.split("edition: ", 1)[1] for line in result.stderr.splitlines() if "edition: " in line]
    assert result.returncode != 0 and said == [line], result.stderr
    problems, _ = check.run_checks(broken_project, dt.date.today())
    assert [str(problem) for problem in problems] == [line]


NEW_PART = "---\ntitle: Part\nsource: new-source\norder: 1\ntags: []\n---\n\n# Part { #part }\n\nText.\n{ #p1 }\n"
CHAPTER_NAV = "      - origin-governments-and-migrant-associations/index.md\n"


def test_a_source_without_a_landing_page_is_named_by_make_check_as_by_the_build(broken_project: Path) -> None:
    """Its pages name it from its folder: the build asked for its landing page, and make check said nothing of it."""
    (broken_project / "docs" / "new-source").mkdir()
    (broken_project / "docs" / "new-source" / "part.md").write_text(NEW_PART, encoding="utf-8")
    edit(broken_project, "mkdocs.yml", CHAPTER_NAV, f"{CHAPTER_NAV}  - New source:\n      - new-source/part.md\n")
    line = (
        "docs/new-source/index.md: is missing, but pages name 'new-source' as their source (create it, with the"
        " source's CSL-JSON fields under `bibliography` in its front matter; see docs/about/source-records.md#required)"
    )
    result = run_build(broken_project, broken_project / "site")
    said = [line.split("edition: ", 1)[1] for line in result.stderr.splitlines() if "edition: " in line]
    assert result.returncode != 0 and "Traceback" not in result.stderr and said.count(line) == 1, result.stderr
    problems, _ = check.run_checks(broken_project, dt.date.today())
    assert [str(problem) for problem in problems].count(line) == 1, problems


NEW_LANDING = (
    "---\ntitle: New source\n---\n\n# New source { #new-source }\n\n<!-- edition:bibliography -->\n\nText.\n{ #p1 }\n"
)
NEW_FIELDS = "source: new-source\norder: 0\ntags: []\nbibliography:\n  type: report\n  title: New source\n"


def test_a_new_source_s_landing_page_is_told_every_field_it_needs_in_the_first_run(broken_project: Path) -> None:
    """A new source's `index.md` with its title and marker line was offered `source:` and the record; written so, the
    next run asked for its `order` and `tags`: three runs to learn what one page needs.

    The first run's line, the build's and make check's alike, names them all; written as it says, the page is
    asked for nothing more (the lock's lines for its new ids aside, which `make anchors` writes).
    """
    (broken_project / "docs" / "new-source").mkdir()
    (broken_project / "docs" / "new-source" / "index.md").write_text(NEW_LANDING, encoding="utf-8")
    edit(broken_project, "mkdocs.yml", CHAPTER_NAV, f"{CHAPTER_NAV}  - New source:\n      - new-source/index.md\n")
    page = "docs/new-source/index.md"
    result = run_build(broken_project, broken_project / "site")
    said = [line.split("edition: ", 1)[1] for line in result.stderr.splitlines() if "edition: " in line]
    said = [line for line in said if not line.startswith("anchors.lock.json: ")]
    assert result.returncode != 0 and said == [
        f"{page}: bibliography: is missing or not a mapping (name its folder as its source, `source: new-source`,"
        " and add `order`, `tags` and CSL-JSON fields under `bibliography`, if this is a source's landing page;"
        " else a source's record stands on its landing page, docs/<source>/index.md, the page with"
        f" `source: <source>`, under `bibliography`: move the line `{MARKER}` there, or remove it;"
        " see docs/about/source-records.md#placement)"
    ], result.stderr
    problems, _ = check.run_checks(broken_project, dt.date.today())
    assert [str(problem) for problem in problems if problem.path == page] == said
    edit(broken_project, page, "title: New source\n", f"title: New source\n{NEW_FIELDS}")
    result = run_build(broken_project, broken_project / "site")
    said = [line.split("edition: ", 1)[1] for line in result.stderr.splitlines() if "edition: " in line]
    assert [line for line in said if not line.startswith("anchors.lock.json: ")] == [], result.stderr
    problems, _ = check.run_checks(broken_project, dt.date.today())
    assert [str(problem) for problem in problems if problem.path != "anchors.lock.json"] == []


RECORD_TAKEN_OUT = (
    "bibliography: is missing or not a mapping (add CSL-JSON fields under `bibliography`;"
    " see docs/about/source-records.md#required)"
)


@pytest.mark.parametrize("page", [LANDING, CHAPTER])
def test_a_landing_page_without_its_record_or_its_marker_is_named_by_make_check_as_by_the_build(
    broken_project: Path, page: str
) -> None:
    """Its `bibliography:` (with its `unknown:`) and its marker line both taken out: make check said nothing and
    passed, while the build, asked by each page naming the source for its record, failed on the line saying so.
    """
    text = (broken_project / page).read_text(encoding="utf-8")
    start = text.index("\nbibliography:\n")
    text = text[:start] + text[text.index("\n---\n", start) :]  # the record and its `unknown:`, the last fields
    (broken_project / page).write_text(text.replace(f"{MARKER}\n", ""), encoding="utf-8")
    result = run_build(broken_project, broken_project / "site")
    said = [line.split("edition: ", 1)[1] for line in result.stderr.splitlines() if "edition: " in line]
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert said == [f"{page}: {RECORD_TAKEN_OUT}"], result.stderr
    problems, _ = check.run_checks(broken_project, dt.date.today())
    assert [str(problem) for problem in problems] == said


@pytest.mark.parametrize("written", ["[migration-and-transnationalism]", "3"])
def test_a_landing_page_s_source_that_is_not_text_is_one_line_and_its_record_is_still_cited(
    broken_project: Path, written: str
) -> None:
    """Every other hook takes such a `source` for the page's folder (`corrected_front_matter`), and the landing page
    showed its record; but the citations read the page's own front matter, and no page of the source was cited."""
    edit(broken_project, LANDING, LANDING_SOURCE, f"source: {written}\n")
    line = f"{LANDING}: source: {written} is not text (write `source: migration-and-transnationalism`)"
    result = run_build(broken_project, broken_project / "site")
    said = [line.split("edition: ", 1)[1] for line in result.stderr.splitlines() if "edition: " in line]
    assert result.returncode != 0 and "Traceback" not in result.stderr and said == [line], result.stderr
    site = broken_project / "site"
    landing = parse(site / "migration-and-transnationalism" / "index.html")
    assert landing.select_one("article .bibliographic-record dl") is not None
    for page in (landing, parse(site / "migration-and-transnationalism" / "opportunities" / "index.html")):
        assert "International Organization for Migration" in page.select_one(".edition-cite-page").get_text()
    assert (site / "cite" / "migration-and-transnationalism.json").is_file()
    problems, _ = check.run_checks(broken_project, dt.date.today())
    assert [str(problem) for problem in problems] == [line]


def test_a_misread_landing_page_is_one_line_not_one_more_for_its_record(broken_project: Path) -> None:
    """A merge conflict in its front matter: MkDocs reads no `bibliography:`, and the build named it missing too."""
    page = "docs/origin-governments-and-migrant-associations/index.md"
    edit(broken_project, page, "order: 0\n", "<<<<<<< ours\norder: 0\n=======\norder: 1\n>>>>>>> theirs\n")
    result = run_build(broken_project, broken_project / "site")
    said = [line for line in result.stderr.splitlines() if f"edition: {page}" in line]
    assert len(said) == 1 and "holds a git merge conflict" in said[0], result.stderr
    problems, _ = check.run_checks(broken_project, dt.date.today())
    assert [str(problem) for problem in problems if problem.path == page] == [said[0].split("edition: ", 1)[1]]


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
