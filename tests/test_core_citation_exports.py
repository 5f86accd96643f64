"""A source's exports and head metadata: BibTeX, RIS and CSL-JSON that real parsers read, Highwire tags, COinS."""

from __future__ import annotations

import json
import warnings
from urllib.parse import urlencode

import bibtexparser
import pytest
import rispy
from bibtexparser.middlewares import LatexDecodingMiddleware
from citation_helpers import CHAPTER, REPORT, item
from citeproc.source.json import CiteProcJSON

from hooks.core.citation_formats import export_item, to_bibtex, to_csl_json, to_ris
from hooks.core.citation_meta import (
    coins_title,
    highwire_tags,
    page_description,
    work_coins_fields,
    work_highwire_tags,
    work_metadata,
)
from hooks.core.citation_styles import STYLES, html_to_text, reference


@pytest.mark.parametrize(
    ("source", "entry_type", "fields"),
    [
        (
            REPORT,
            "techreport",
            {"institution": "International Organization for Migration", "year": "2010", "type": "Background paper"},
        ),
        (
            CHAPTER,
            "incollection",
            {
                "booktitle": "Migration and development: Perspectives from the South",
                "pages": "285--304",
                "isbn": "978-92-9068-417-6",
            },
        ),
    ],
)
def test_bibtex_export_parses_with_bibtexparser(source: str, entry_type: str, fields: dict) -> None:
    library = bibtexparser.parse_string(to_bibtex(item(source)))
    assert not library.failed_blocks
    (entry,) = library.entries
    assert entry.entry_type == entry_type and entry.key == source
    for name, value in fields.items():
        assert entry.fields_dict[name].value == value


def test_bibtex_keeps_corporate_author_whole_and_editors_apart() -> None:
    report = bibtexparser.parse_string(to_bibtex(item(REPORT))).entries[0]
    assert report.fields_dict["author"].value == "{International Organization for Migration}"
    chapter = bibtexparser.parse_string(to_bibtex(item(CHAPTER))).entries[0]
    assert chapter.fields_dict["editor"].value == "Castles, Stephen and Delgado Wise, Raúl"


def test_bibtex_escapes_special_characters() -> None:
    text = to_bibtex({"id": "x", "type": "book", "title": "Costs & 100% of_it"})
    assert r"Costs \& 100\% of\_it" in text


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            REPORT,
            {"type_of_reference": "RPRT", "authors": ["International Organization for Migration"], "year": "2010"},
        ),
        (
            CHAPTER,
            {
                "type_of_reference": "CHAP",
                "start_page": "285",
                "end_page": "304",
                "secondary_title": "Migration and development: Perspectives from the South",
                "secondary_authors": ["Castles, Stephen", "Delgado Wise, Raúl"],
            },
        ),
    ],
)
def test_ris_export_parses_with_rispy(source: str, expected: dict) -> None:
    (record_,) = rispy.loads(to_ris(item(source)))
    for key, value in expected.items():
        assert record_[key] == value
    assert record_["urls"] == [f"https://example.org/{source}/"]


def test_ris_keywords_are_split() -> None:
    (record_,) = rispy.loads(to_ris(item(CHAPTER)))
    assert record_["keywords"][:2] == ["Sending states", "migrant associations"]


@pytest.mark.parametrize("source", [REPORT, CHAPTER])
def test_csl_json_export_is_read_by_citeproc(source: str) -> None:
    data = json.loads(to_csl_json(item(source)))
    with warnings.catch_warnings(record=True):  # citeproc-py 0.11 does not know `event-title`
        warnings.simplefilter("always")
        reference = CiteProcJSON(data)[source]
    assert str(reference.title) == data[0]["title"]


@pytest.mark.parametrize(
    ("source", "present", "absent"),
    [
        (
            REPORT,
            {
                "citation_technical_report_institution": "International Organization for Migration",
                "citation_author": "International Organization for Migration",
                "citation_publication_date": "2010",
            },
            {"citation_inbook_title"},
        ),
        (
            CHAPTER,
            {
                "citation_inbook_title": "Migration and development: Perspectives from the South",
                "citation_firstpage": "285",
                "citation_lastpage": "304",
                "citation_editor": "Castles, Stephen",
                "citation_isbn": "978-92-9068-417-6",
            },
            {"citation_technical_report_institution", "citation_author"},
        ),
    ],
)
def test_highwire_tags_make_the_right_zotero_type(source: str, present: dict, absent: set) -> None:
    tags = highwire_tags(work_metadata(item(source)), "https://example.org/x/")
    names = {name for name, _ in tags}
    for name, value in present.items():
        assert (name, value) in tags
    assert not names & absent
    assert ("citation_public_url", "https://example.org/x/") in tags


def test_coins_describes_a_book_section() -> None:
    chapter = {**item(CHAPTER), "author": [{"family": "Piper", "given": "Nicola"}]}
    del chapter["editor"]
    title = coins_title(work_metadata(chapter), "https://example.org/c/")
    assert "rft.genre=bookitem" in title and "rft.spage=285" in title and "rft.epage=304" in title
    assert "rft.au=Piper%2C+Nicola" in title


def test_a_work_with_editors_has_no_coins_span() -> None:
    """Zotero reads a span rather than the tags, and a span names no editors: the book's editors would be lost."""
    chapter = {**item(CHAPTER), "author": [{"family": "Piper", "given": "Nicola"}]}
    assert chapter["editor"] and work_coins_fields(chapter) == []
    assert ("citation_editor", "Castles, Stephen") in work_highwire_tags(chapter)


def test_a_work_without_an_author_has_no_coins_span() -> None:
    """Zotero would look a span without author up by its ISBN and save the book: its Highwire tags say more."""
    assert not item(CHAPTER).get("author") and item(CHAPTER).get("ISBN")
    assert work_coins_fields(item(CHAPTER)) == []
    assert coins_title(work_metadata(item(CHAPTER)), "https://example.org/c/") == ""


def test_page_description_names_the_section_and_the_work() -> None:
    report = item(REPORT)
    assert page_description(report, "Opportunities") == (
        "Opportunities, a section of “Migration and transnationalism: Opportunities and challenges” "
        "(Report, International Organization for Migration, 2010), in an annotated edition with citable paragraphs."
    )
    assert page_description(report, report["title"]).startswith("“Migration and transnationalism")


@pytest.mark.parametrize("source", [REPORT, CHAPTER])
@pytest.mark.parametrize("url", ["https://example.org/c/", "https://example.org/b/?x=1&y=2#p3"])
def test_page_metadata_from_the_source_equals_encoding_the_page_whole(source: str, url: str) -> None:
    work = work_metadata(item(source))
    fields = work_coins_fields(item(source))
    assert coins_title(work, url) == (urlencode([*fields, ("rft_id", url)]) if fields else "")
    assert highwire_tags(work, url) == [*work_highwire_tags(item(source)), ("citation_public_url", url)]


ARTICLE = {
    "id": "levitt",
    "type": "article-journal",
    "title": "Why Migrate?",
    "container-title": "International Migration Review",
    "author": [
        {"family": "Berg", "given": "Jan", "non-dropping-particle": "van der"},
        {"family": "Müller", "given": "Zoë", "suffix": "Jr."},
    ],
    "issued": {"date-parts": [[1998]]},
    "volume": "32",
    "issue": 4,
    "ISSN": "0197-9183",
    "page": "926–948",
    "DOI": "10.1007/978-3-319-76861-8_3",
}


@pytest.mark.parametrize("style", [name for name, _ in STYLES])
def test_a_title_ending_in_a_question_mark_takes_no_period_after_it(style: str) -> None:
    """CSL drops the period a style adds after `?` or `!`; citeproc-py wrote 'Why Migrate?.' and '“Why Migrate?.”'."""
    text = html_to_text(reference(style, export_item(ARTICLE, "levitt", "https://example.org/a/")))
    assert "Why Migrate?" in text and "?." not in text and "?”." not in text, text


def test_particles_and_suffixes_stay_with_the_names_in_every_export() -> None:
    article = export_item(ARTICLE, "levitt", "https://example.org/a/")
    (entry,) = bibtexparser.parse_string(to_bibtex(article)).entries
    assert entry.fields_dict["author"].value == "van der Berg, Jan and Müller, Jr., Zoë"
    (record_,) = rispy.loads(to_ris(article))
    assert record_["authors"] == ["van der Berg, Jan", "Müller, Zoë, Jr."]
    tags = work_highwire_tags(article)
    assert [value for name, value in tags if name == "citation_author"] == ["van der Berg, Jan", "Müller, Zoë, Jr."]


def test_a_journal_article_is_described_as_one_to_reference_managers() -> None:
    """It was a book to COinS (which Zotero prefers), without journal, volume or issue anywhere."""
    article = export_item(ARTICLE, "levitt", "https://example.org/a/")
    tags = dict(work_highwire_tags(article))
    assert tags["citation_journal_title"] == "International Migration Review"
    assert (tags["citation_volume"], tags["citation_issue"], tags["citation_issn"]) == ("32", "4", "0197-9183")
    fields = dict(work_coins_fields(article))
    assert fields["rft_val_fmt"] == "info:ofi/fmt:kev:mtx:journal" and fields["rft.genre"] == "article"
    assert (fields["rft.jtitle"], fields["rft.volume"], fields["rft.issue"]) == (
        "International Migration Review",
        "32",
        "4",
    )
    (entry,) = bibtexparser.parse_string(to_bibtex(article)).entries
    assert entry.entry_type == "article" and entry.fields_dict["number"].value == "4"
    assert entry.fields_dict["doi"].value == "10.1007/978-3-319-76861-8_3"  # verbatim: biblatex reads no LaTeX there
    (record_,) = rispy.loads(to_ris(article))
    assert (record_["volume"], record_["number"], record_["type_of_reference"]) == ("32", "4", "JOUR")
    assert page_description(article, "Why Migrate?").startswith("“Why Migrate?” (Journal article, International")


def test_a_report_s_number_and_series_reach_every_export_as_reference_managers_read_them() -> None:
    """The number was dropped from BibTeX, RIS and the tags; Zotero reads a report's series from T2, not T3."""
    report = {**item(REPORT), "number": "17", "collection-title": "International Dialogue on Migration"}
    (entry,) = bibtexparser.parse_string(to_bibtex(report)).entries
    assert (entry.fields_dict["number"].value, entry.fields_dict["series"].value) == (
        "17",
        "International Dialogue on Migration",
    )
    lines = to_ris(report).splitlines()
    assert "T2  - International Dialogue on Migration" in lines and "SN  - 17" in lines
    assert not [line for line in lines if line.startswith("T3")]
    assert ("citation_technical_report_number", "17") in work_highwire_tags(report)
    chapter = {**item(CHAPTER), "collection-title": "IOM Series"}
    assert "T3  - IOM Series" in to_ris(chapter).splitlines()
    (record_,) = rispy.loads(to_ris({**report, "ISBN": "978-92-9068-417-6"}))  # one SN: readers keep only one
    assert record_["issn"] == "17" and record_["notes"] == ["ISBN 978-92-9068-417-6"]


def test_a_record_s_note_reaches_the_ris_file_as_its_note() -> None:
    """RIS's N1 is Notes, which Zotero, EndNote and Mendeley import as the item's note: the record's `note` was left
    out; its paragraphs are one line, as every RIS value here. A numbered report's ISBN stays a note of its own."""
    note = "Presented at the workshop;\n\nthe printed copy has no ISBN. <i>x</i> & *y*"
    (record_,) = rispy.loads(to_ris({**item(REPORT), "note": note}))
    assert record_["notes"] == ["Presented at the workshop; the printed copy has no ISBN. <i>x</i> & *y*"]
    numbered = {**item(REPORT), "number": "17", "ISBN": "978-92-9068-417-6", "note": "Draft."}
    (record_,) = rispy.loads(to_ris(numbered))
    assert record_["notes"] == ["ISBN 978-92-9068-417-6", "Draft."]


def test_a_record_s_abstract_and_note_reach_the_bibtex_and_ris_files_as_reference_managers_read_them() -> None:
    """The abstract reached neither file, the note not the BibTeX one. RIS: AB and N1; BibTeX: `abstract` (Zotero's
    abstract) and `annote` (Zotero's note, printed by no standard style, as `note` would be). Paragraphs are one line;
    LaTeX's specials come back as written, a lone brace too (balanced for BibTeX, which counts escaped braces)."""
    abstract = "Remittances & 100% of costs_paid, #2 {in kind.\n\nA second paragraph: the sets {a, b}."
    note = "Presented at the workshop;\n\nthe printed copy has no ISBN_ & no {DOI #1."
    work = {**item(REPORT), "abstract": abstract, "note": note}
    text = to_bibtex(work)
    assert text.count("{") == text.count("}"), text
    library = bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware()])
    assert not library.failed_blocks
    fields = library.entries[0].fields_dict
    one_line = "Remittances & 100% of costs_paid, #2 {in kind. A second paragraph: the sets {a, b}."
    note_line = "Presented at the workshop; the printed copy has no ISBN_ & no {DOI #1."
    assert (fields["abstract"].value, fields["annote"].value) == (one_line, note_line)
    assert "note" not in fields  # BibTeX's and biblatex's styles print `note` in the reference; the citations do not
    (record_,) = rispy.loads(to_ris(work))
    assert (record_["abstract"], record_["notes"]) == (one_line, [note_line])


def test_open_graph_locale_only_with_a_territory_and_dublin_core_prefixes_declared() -> None:
    from hooks.core.citation_meta import dublin_core_tags, open_graph_tags, schema_links

    british = {**item(REPORT), "language": "en-gb"}
    assert ("og:locale", "en_GB") in open_graph_tags(british, "u", "T", "S")
    for language in ("zh-Hant-TW", "sr-Latn", "en"):
        assert "og:locale" not in dict(open_graph_tags({**item(REPORT), "language": language}, "u", "T", "S"))
    assert not [name for name, _ in open_graph_tags(item(REPORT), "u", "T", "S") if name == "og:locale"]
    assert schema_links(dublin_core_tags(item(REPORT), "u", "T")) == [("schema.DC", "http://purl.org/dc/elements/1.1/")]
    assert [rel for rel, _ in schema_links(dublin_core_tags(item(CHAPTER), "u", "T"))] == [
        "schema.DC",
        "schema.DCTERMS",
    ]


def test_text_written_as_a_number_is_text_in_every_format() -> None:
    """`container-title: 1843` (CSL-JSON allows a number) stopped the build in BibTeX and in the page description."""
    magazine = export_item({**ARTICLE, "container-title": 1843, "publisher": 1843, "publisher-place": 7}, "m", "u")
    assert magazine["container-title"] == "1843" and magazine["issue"] == "4"
    assert "journal = {1843}" in to_bibtex(magazine) and "1843" in page_description(magazine, "T")


def test_ris_values_keep_to_one_line_and_dates_write_every_slash() -> None:
    article = export_item({**ARTICLE, "title": "Why\nMigrate?", "issued": {"date-parts": [[2010, 3, 9]]}}, "a", "u")
    lines = to_ris(article).splitlines()
    assert "TI  - Why Migrate?" in lines and "DA  - 2010/03/09/" in lines
    assert all(line[:2].isupper() and line[2:6] == "  - " for line in lines), lines
    assert "DA  - 2010///" in to_ris(item(REPORT)).splitlines()


def test_a_particle_ending_in_an_apostrophe_or_hyphen_joins_its_name() -> None:
    names = [
        {"family": "Alembert", "given": "Jean", "non-dropping-particle": "d'"},
        {"family": "Sayed", "given": "Omar", "non-dropping-particle": "al-"},
    ]
    work = export_item({**ARTICLE, "author": names}, "a", "u")
    (record_,) = rispy.loads(to_ris(work))
    assert record_["authors"] == ["d'Alembert, Jean", "al-Sayed, Omar"]
    assert "d'Alembert, Jean and al-Sayed, Omar" in to_bibtex(work)


def test_a_thesis_is_a_masters_thesis_in_bibtex_where_its_genre_says_so() -> None:
    thesis = {"id": "t", "type": "thesis", "title": "T", "genre": "Master's thesis"}
    assert to_bibtex(thesis).startswith("@mastersthesis{t,")
    assert to_bibtex({**thesis, "genre": "PhD dissertation"}).startswith("@phdthesis{t,")
