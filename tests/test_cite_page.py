"""A source page's citation as data: the Cite block, the downloads, the dialog's data, the head tags."""

from __future__ import annotations

from pathlib import Path

import frontmatter
import pytest
from bs4 import BeautifulSoup

from hooks.core.citation_formats import export_item
from hooks.core.citation_meta import work_metadata
from hooks.core.citation_styles import StyleCitations, page_citations
from hooks.core.cite_page import (
    cite_block,
    cited_title,
    dialog_data,
    download_links,
    download_targets,
    export_files,
    page_section,
    site_meta,
    source_page_meta,
    with_cite_heading,
)
from hooks.core.paragraphs import Paragraph
from hooks.core.short_code import SHORT_CODE_CLASS

ROOT = Path(__file__).resolve().parent.parent
REPORT = "migration-and-transnationalism"
URL = f"https://example.org/{REPORT}/opportunities/"
DOWNLOADS = [("CSL-JSON", "../../cite/r.json"), ("BibTeX", "../../cite/r.bib?a=1&b=2")]
CITATION = StyleCitations("apa", "APA <7>", "<i>Work</i>.", "Work.", "(Org, 2020, “x” & y)")


def item() -> dict:
    csl = frontmatter.load(ROOT / "docs" / REPORT / "index.md")["bibliography"]
    return export_item(csl, REPORT, f"https://example.org/{REPORT}/")


@pytest.mark.parametrize(("citable", "ending"), [
    (True, "Text.\n\n## Cite this page { #cite-this-page data-search-exclude }\n"),
    (False, 'Text.\n\n## Cite this page { #cite-this-page }\n\n!!! warning "Not citable yet"\n\n'
            "    The bibliography of this source is incomplete.\n"),
])  # fmt: skip
def test_the_cite_heading_ends_the_page(citable: bool, ending: str) -> None:
    assert with_cite_heading("Text.\n\n\n", citable=citable) == ending


@pytest.mark.parametrize(("title", "is_work", "expected"), [("Opportunities", False, "Opportunities section"),
                                                              ("The report", True, None)])  # fmt: skip
def test_a_section_page_names_its_section_and_the_work_none(title: str, is_work: bool, expected: str | None) -> None:
    assert page_section(title, is_work) == expected


@pytest.mark.parametrize(("section", "expected"), [(None, "The Work: In Full"), ("Opportunities section", "Opps")])
def test_the_landing_pages_tags_carry_the_works_title_a_sections_its_own(section: str | None, expected: str) -> None:
    assert cited_title("The Work: In Full", section, "Opps") == expected


def test_the_cite_block_lists_each_style_and_escapes_what_is_text() -> None:
    block = BeautifulSoup(cite_block('https://example.org/a&b/"x"', [CITATION], DOWNLOADS), "html.parser")
    div = block.select_one("div.edition-cite-page")
    assert div is not None and div.has_attr("data-search-exclude")
    assert div.select_one("p > a")["href"] == 'https://example.org/a&b/"x"'
    assert [dt.get_text() for dt in div.select("dl.edition-citations dt")] == ["APA <7>"]
    assert str(div.select_one("p.reference")) == '<p class="reference"><i>Work</i>.</p>'  # already HTML: kept
    assert div.select("dd p")[1].get_text() == "In the text: (Org, 2020, “x” & y)"
    assert [(a.get_text(), a["href"]) for a in div.select("p:last-child a[download]")] == DOWNLOADS


def test_download_links_are_joined_with_a_middle_dot_and_their_addresses_escaped() -> None:
    assert download_links(DOWNLOADS) == (
        '<a href="../../cite/r.json" download>CSL-JSON</a>\u00a0· <a href="../../cite/r.bib?a=1&amp;b=2" download>BibTeX</a>'
    )


def test_download_targets_are_the_three_exports_relative_to_the_page() -> None:
    targets = download_targets("r", lambda path: f"../{path}")
    assert targets == [("CSL-JSON", "../cite/r.json"), ("BibTeX", "../cite/r.bib"), ("RIS", "../cite/r.ris")]


def test_export_files_are_named_by_the_source_with_each_formats_text() -> None:
    files = dict(export_files(REPORT, item()))
    assert list(files) == [f"{REPORT}.json", f"{REPORT}.bib", f"{REPORT}.ris"]
    assert files[f"{REPORT}.bib"].startswith("@") and files[f"{REPORT}.ris"].startswith("TY  - ")


def test_a_page_citing_no_source_has_the_sites_open_graph_tags_only() -> None:
    assert site_meta("Home", "https://e.org/", "Edition") == [
        ("og:type", "website"), ("og:title", "Home"), ("og:url", "https://e.org/"), ("og:site_name", "Edition")
    ]  # fmt: skip
    assert ("og:title", "Edition") in site_meta(None, "https://e.org/", "Edition")  # an untitled page: the site's name
    assert ("og:title", "Edition") in site_meta("", "https://e.org/", "Edition")


def test_a_source_pages_tags_are_highwire_then_dublin_core_then_open_graph() -> None:
    names = [name for name, _ in source_page_meta(item(), work_metadata(item()), URL, "Opportunities", "Edition")]
    kinds = [name.split("_")[0].split(".")[0].split(":")[0] for name in names]
    assert kinds == sorted(kinds, key=["citation", "DC", "DCTERMS", "og"].index)
    assert {"citation", "og"} <= set(kinds)


def test_the_dialog_data_cites_every_paragraph_in_every_style() -> None:
    paragraphs = [Paragraph("p1", "One."), Paragraph("p2", "Two.")]
    citations = page_citations(item(), URL, "Opportunities section")
    data = dialog_data("Opportunities", URL, item(), citations, paragraphs, "Opportunities section", DOWNLOADS)
    assert data["title"] == "Opportunities" and data["url"] == URL
    assert [style["style"] for style in data["styles"]] == [c.style for c in citations]
    for style in data["styles"]:
        assert list(style["in_text"]) == ["1", "2"]
        assert all("para. 2" in text for n, text in style["in_text"].items() if n == "2")
    assert data["downloads"] == [{"label": label, "href": href} for label, href in DOWNLOADS]


def test_the_cite_blocks_code_is_marked_to_stay_whole_as_a_span_of_the_markdown_is() -> None:
    """The block joins the page after the code spans are marked (`hooks/mdx/cite_block.py`): it marks its own."""
    block = BeautifulSoup(cite_block(URL, [CITATION], DOWNLOADS), "html.parser")
    assert [(code.get_text(), code.get("class")) for code in block.select("code")] == [("#pN", [SHORT_CODE_CLASS])]


def test_the_cite_block_parts_its_permanent_link_and_its_references_addresses_only() -> None:
    """At 320 px a long address broke inside a word: it breaks where its words part, as in the Cite dialog."""
    reference = StyleCitations("apa", "APA", f"<i>Work &amp; more</i>. {URL}", f"Work & more. {URL}", "(Org, 2020)")
    block = cite_block(URL, [reference], DOWNLOADS)
    parted = (
        "https://<wbr />example.<wbr />org/<wbr />migration-<wbr />and-<wbr />transnationalism/<wbr />opportunities/"
    )
    assert f'<a href="{URL}">{parted}</a>' in block
    assert f'<p class="reference"><i>Work &amp; more</i>. {parted}</p>' in block
    assert block.count("<wbr />") == 2 * parted.count("<wbr />"), "none in the in-text cite or the downloads"
