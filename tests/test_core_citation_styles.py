"""Citations formatted by the CSL styles (hooks/core/citation_styles.py): a paragraph's, a page's, from templates."""

from __future__ import annotations

import pytest
from citation_helpers import CHAPTER, OPP, REPORT, item, styled_paragraphs

from hooks.core.citation_styles import (
    TEMPLATES,
    cite,
    citeproc_item,
    clear_templates,
    html_to_text,
    page_citations,
    paragraph_citations,
    paragraph_sections,
    reference,
    section_first,
    style_item,
)
from hooks.core.paragraphs import Paragraph


def test_citations_come_from_the_csl_styles_with_paragraph_and_section() -> None:
    apa, chicago = page_citations(item(REPORT), f"https://example.org{OPP}", "Opportunities section")
    assert apa.in_text == "(International Organization for Migration, 2010, Opportunities section)"
    assert styled_paragraphs(apa.style, item(REPORT), f"https://example.org{OPP}", [7], "Opportunities section") == {
        7: "(International Organization for Migration, 2010, Opportunities section, para. 7)"
    }
    assert styled_paragraphs(
        chicago.style, item(REPORT), f"https://example.org{OPP}", [7], "Opportunities section"
    ) == {7: "(International Organization for Migration 2010, para. 7, Opportunities section)"}
    assert apa.reference_html == (
        "International Organization for Migration. (2010). <i>Migration and transnationalism: Opportunities and "
        "challenges</i> [Background paper]. https://example.org/migration-and-transnationalism/opportunities/"
    )
    assert "<i>" not in apa.reference_text and apa.reference_text.startswith("International Organization")


def test_apa_names_an_author_who_is_the_publisher_once_and_chicago_as_its_style_says() -> None:
    """APA 7 § 9.24: the publisher is left out when it is the author; Chicago names both."""
    apa, chicago = page_citations(item(REPORT), "https://example.org/r/", None)
    assert apa.reference_text.count("International Organization for Migration") == 1
    assert "[Background paper]. https://example.org/r/" in apa.reference_text
    assert chicago.reference_text.count("International Organization for Migration") == 2
    person = {**item(REPORT), "author": [{"family": "Piper", "given": "Nicola"}]}
    apa, _ = page_citations(person, "https://example.org/r/", None)
    assert "[Background paper]. International Organization for Migration. https://example.org/r/" in apa.reference_text
    report = item(REPORT)
    assert style_item("apa", person) is person and style_item("chicago-author-date", report) is report


def test_chapter_citation_has_its_pages_in_apa() -> None:
    apa, _ = page_citations(item(CHAPTER), "https://example.org/c/", None)
    assert "(pp. 285–304)" in apa.reference_text


def test_apa_names_the_section_before_the_paragraph_as_the_style_writes_both() -> None:
    assert section_first("(X, 2010, para. 987654321, Sectionqzxqzx)") == "(X, 2010, Sectionqzxqzx, para. 987654321)"
    assert section_first("(X 2010 ¶987654321, Sectionqzxqzx)") is None, (
        "no label to put it before: left as the style has it"
    )
    assert section_first("(X, 2010, Sectionqzxqzx)") is None
    data = citeproc_item(item(REPORT), "https://example.org/")
    assert cite("apa", data, 12, 'Q&A: "why" 987654321 section') == (
        '(International Organization for Migration, 2010, Q&A: "why" 987654321 section, para. 12)'
    )


@pytest.mark.parametrize("source", [REPORT, CHAPTER])
@pytest.mark.parametrize("style", ["apa", "chicago-author-date"])
def test_paragraph_citations_equal_one_run_of_the_style_per_paragraph(source: str, style: str) -> None:
    data = citeproc_item(item(source), "https://example.org/x/")
    assert paragraph_citations(style, data, [1, 7, 12], "Annex section") == {
        n: cite(style, data, n, "Annex section") for n in (1, 7, 12)
    }


@pytest.mark.parametrize("source", [REPORT, CHAPTER])
@pytest.mark.parametrize("section", [None, "Annex section", 'Q&A: "why" 987654321 section'])
@pytest.mark.parametrize("url", ["https://example.org/a/", "https://example.org/b/?x=1&y=2"])
def test_page_citations_from_templates_equal_running_the_styles(source: str, section: str | None, url: str) -> None:
    for citations in page_citations(item(source), url, section):
        data = style_item(citations.style, citeproc_item(item(source), url))
        assert citations.reference_html == reference(citations.style, data)
        assert citations.in_text == cite(citations.style, data, section=section)
        paragraphs = styled_paragraphs(citations.style, item(source), url, [2, 15], section)
        assert paragraphs == {n: cite(citations.style, data, n, section) for n in (2, 15)}


def test_templates_run_each_style_once_per_source_and_shape() -> None:
    clear_templates()
    for n in range(5):
        for citations in page_citations(item(REPORT), f"https://example.org/{n}/", f"Part {n} section"):
            styled_paragraphs(citations.style, item(REPORT), f"https://example.org/{n}/", [1], f"Part {n} section")
    assert len(TEMPLATES) == 2


def test_templates_follow_a_changed_item_of_the_same_id() -> None:
    clear_templates()
    changed = {**item(REPORT), "title": "Another title"}
    for data, title in (
        (item(REPORT), "Migration and transnationalism"),
        (changed, "Another title"),
        (item(REPORT), "Migration and transnationalism"),
    ):
        apa, _ = page_citations(data, "https://example.org/a/", None)
        assert f"<i>{title}" in apa.reference_html
    assert len(TEMPLATES) == 2


@pytest.mark.parametrize("source", [REPORT, CHAPTER])
def test_a_references_plain_text_is_its_html_read_as_text(source: str) -> None:
    """The text is made from the source's template once, its URL put in as written (`&` in a query stays `&`)."""
    for url in (f"https://example.org/{source}/opportunities/", "https://example.org/a?b=1&c=2"):
        for citations in page_citations(item(source), url, "Opportunities"):
            assert citations.reference_text == html_to_text(citations.reference_html), citations.style
            assert url in citations.reference_text


def test_a_section_s_paragraphs_name_the_page_and_a_work_s_the_heading_above_each() -> None:
    paragraphs = [
        Paragraph("p1", "A.", section="Abstract"),
        Paragraph("p2", "B."),
        Paragraph("p3", "C.", section="Notes"),
    ]
    assert paragraph_sections(paragraphs, "Opportunities section") == {"Opportunities section": [1, 2, 3]}
    assert paragraph_sections(paragraphs, None) == {"Abstract section": [1], None: [2], "Notes section": [3]}
