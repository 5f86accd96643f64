"""The citation core: exports that real parsers read, CSL-formatted citations, meta tags, the anchor lock."""

from __future__ import annotations

import dataclasses
import itertools
import json
import warnings
from pathlib import Path
from urllib.parse import urlencode

import bibtexparser
import frontmatter
import pytest
import rispy
import yaml
from bibtexparser.middlewares import LatexDecodingMiddleware
from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter, model
from citeproc.source import VariableError
from citeproc.source.json import CiteProcJSON
from mkdocs.structure.files import File

from hooks.core import anchor_check, citeproc_cache, redirect_checks
from hooks.core.anchor_check import check_anchors, while_errors_stand
from hooks.core.anchor_export import anchor_entries, entry_title, moved_entries, sent_through
from hooks.core.anchor_lock import (
    RE_PAGE_KEY,
    format_unrecorded,
    load_lock,
    page_key,
    page_name_problem,
    parse_lock,
    record,
    unrecorded_ids,
)
from hooks.core.anchor_redirects import load_redirects, page_redirects
from hooks.core.annotation_index import index_redirects
from hooks.core.annotations import Annotation
from hooks.core.citation_formats import export_item, to_bibtex, to_csl_json, to_ris
from hooks.core.citation_meta import (
    coins_title,
    highwire_tags,
    page_description,
    work_coins_fields,
    work_highwire_tags,
    work_metadata,
)
from hooks.core.citation_styles import (
    STYLES,
    TEMPLATES,
    cite,
    citeproc_item,
    clear_templates,
    html_to_text,
    load_style,
    page_citations,
    paragraph_citations,
    paragraph_sections,
    reference,
    section_first,
    style_item,
)
from hooks.core.lost_ids import lost_ids_named, names_cite_heading
from hooks.core.page_moves import follow_moves, move_targets, page_source, resolve_page
from hooks.core.paragraphs import PageInventory, Paragraph
from hooks.core.problems import Problem
from hooks.core.redirect_checks import check_redirects

ROOT = Path(__file__).resolve().parent.parent
REPORT = "migration-and-transnationalism"
CHAPTER = "origin-governments-and-migrant-associations"
OPP = "/migration-and-transnationalism/opportunities/"


def styled_paragraphs(style: str, source: dict, url: str, numbers: list[int], section: str | None) -> dict[int, str]:
    """Paragraph cites as the citation adapter's Cite dialog asks for them."""
    return paragraph_citations(style, style_item(style, citeproc_item(source, url)), numbers, section)


def item(source: str) -> dict:
    csl = frontmatter.load(ROOT / "docs" / source / "index.md")["bibliography"]
    return export_item(csl, source, f"https://example.org/{source}/")


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


LOCK = {OPP: ["opportunities", "p1", "p2"]}
NEVER_P3 = (
    f"anchors.redirects.yml: {OPP}#p3: 'p3' is not among the ids anchors.lock.json records for {OPP} (redirect an id anchors.lock.json holds under"
    f" `{OPP}`; if the lock lost it, make check names its commit)"
)


@pytest.mark.parametrize(
    ("built", "redirects", "moves", "expected"),
    [
        ({OPP: ["opportunities", "p1", "p2"]}, {}, {}, []),
        (
            {OPP: ["opportunities", "p1"]},
            {},
            {},
            [
                f"anchors.lock.json: {OPP}#p2: published id is gone (no element has id 'p2') (restore it, or declare its new "
                f"place in anchors.redirects.yml with the line `{OPP}#p2: /new-page/#new-id`)"
            ],
        ),
        ({OPP: ["opportunities", "p1"]}, {f"{OPP}#p2": f"{OPP}#p1"}, {}, []),
        # A merge or a rename: the page's one new id is suggested, the new place to check; with two, neither.
        (
            {OPP: ["opportunities", "p1", "p3"]},
            {},
            {},
            [
                f"anchors.lock.json: {OPP}#p2: published id is gone (no element has id 'p2') (restore it, or declare its new "
                f"place in anchors.redirects.yml; the page has one new id, p3: if that is where its words went (check), "
                f"write the line `{OPP}#p2: {OPP}#p3`)"
            ],
        ),
        (
            {OPP: ["chances", "p1", "p2"]},
            {},
            {},
            [
                f"anchors.lock.json: {OPP}#opportunities: published id is gone (no element has id 'opportunities') (restore it,"
                f" or declare its new place in anchors.redirects.yml; the page has one new id, chances: if that is where its"
                f" words went (check), write the line `{OPP}#opportunities: {OPP}#chances`)"
            ],
        ),
        (
            {OPP: ["opportunities", "p1", "p3", "p4"]},
            {},
            {},
            [
                f"anchors.lock.json: {OPP}#p2: published id is gone (no element has id 'p2') (restore it, or declare its new "
                f"place in anchors.redirects.yml with the line `{OPP}#p2: /new-page/#new-id`)"
            ],
        ),
        (
            {OPP: ["opportunities", "p1"]},
            {f"{OPP}#p2": f"{OPP}#p9"},
            {},
            [
                f"anchors.redirects.yml: {OPP}#p2: points to '{OPP}#p9', which does not exist (point it at an existing "
                "'/page-url/#id'; the built site's /anchors.json lists them)"
            ],
        ),
        # A redirect to an id redirected on (p3 into p2, then p2 into p1): where it went is named, not "does not exist".
        (
            {OPP: ["opportunities", "p1"]},
            {f"{OPP}#p2": f"{OPP}#p1", f"{OPP}#p3": f"{OPP}#p2"},
            {},
            [
                f"anchors.redirects.yml: {OPP}#p3: points to '{OPP}#p2', which is itself redirected to '{OPP}#p1' (point it at"
                f" '{OPP}#p1' directly, with the line `{OPP}#p3: {OPP}#p1`)",
                NEVER_P3,  # the lock holds no p3: a chain from an id never published is both lines
            ],
        ),
        # Two redirects that send each other on end nowhere: not "itself redirected to" the target it already names.
        (
            {OPP: ["opportunities", "p1"]},
            {f"{OPP}#p2": f"{OPP}#p3", f"{OPP}#p3": f"{OPP}#p2"},
            {},
            [
                f"anchors.redirects.yml: {OPP}#{old}: points to '{OPP}#{new}', which does not exist (point it at an existing "
                "'/page-url/#id'; the built site's /anchors.json lists them)"
                for old, new in (("p2", "p3"), ("p3", "p2"))
            ]
            + [NEVER_P3],
        ),
        (
            {OPP: ["opportunities", "p1", "p2"]},
            {f"{OPP}#p2": f"{OPP}#p1"},
            {},
            [
                f"anchors.redirects.yml: {OPP}#p2: the id still exists, so the redirect would never be used "
                "(remove the redirect, or the id it moves away from)"
            ],
        ),
        ({"/new/": ["opportunities", "p1", "p2"]}, {}, {OPP: "/new/"}, []),
        (
            {"/new/": ["opportunities", "p1", "p2"]},
            {f"{OPP}#{i}": f"/new/#{i}" for i in LOCK[OPP]},
            {},
            [
                f"anchors.redirects.yml: {OPP}: the page is gone and no page move says where: its address and every link to it "
                "would answer 404 (declare the page's move in mkdocs.yml under `redirects` → `redirect_maps` with the line "
                "`migration-and-transnationalism/opportunities.md: new.md`)"
            ],
        ),
        ({"/new/": ["opportunities", "p1", "p2"]}, {f"{OPP}#{i}": f"/new/#{i}" for i in LOCK[OPP]}, {OPP: "/new/"}, []),
        # A misspelt old address is no page to move: the page it meant is named instead.
        (
            {OPP: ["opportunities", "p1"]},
            {"/migration-and-transnationalism/oportunities/#p2": f"{OPP}#p1"},
            {},
            [
                f"anchors.lock.json: {OPP}#p2: published id is gone (no element has id 'p2') (restore it, or declare its new "
                f"place in anchors.redirects.yml with the line `{OPP}#p2: /new-page/#new-id`)",
                "anchors.redirects.yml: /migration-and-transnationalism/oportunities/#p2: '/migration-and-transnationalism/"
                f"oportunities/' is no page the edition has published (did you mean '{OPP}'?)",
            ],
        ),
        # A redirect into a misspelt page: the page it meant is named, not only the id.
        (
            {OPP: ["opportunities", "p1"]},
            {f"{OPP}#p2": "/migration-and-transnationalism/oportunities/#p1"},
            {},
            [
                f"anchors.redirects.yml: {OPP}#p2: points to '/migration-and-transnationalism/oportunities/#p1', but "
                f"'/migration-and-transnationalism/oportunities/' is no page of the site (did you mean '{OPP}'?)"
            ],
        ),
        (
            {"/new/": ["opportunities"]},
            {},
            {},
            [
                f"anchors.lock.json: {OPP}#{i}: published id is gone (page is gone) (restore the page, or declare its move in "
                "mkdocs.yml under `redirects` → `redirect_maps` with the line `migration-and-transnationalism/opportunities.md:"
                " <its new file>.md`; deleted for good, it moves onto its source's landing page: `migration-and-"
                "transnationalism/opportunities.md: migration-and-transnationalism/index.md`)"
                for i in ("opportunities", "p1", "p2")
            ],
        ),
    ],
)
def test_check_anchors(built: dict, redirects: dict, moves: dict, expected: list[str]) -> None:
    assert [str(p) for p in check_anchors(LOCK, built, redirects, moves).problems] == expected


@pytest.mark.parametrize(("target", "expected"), [
    ("/policy-areas/remittances/#x", []),  # a page of the site not built here (make check's area pages): the build's
    ("/policy-areas/remitances/#x", [
        "anchors.redirects.yml: /gone/#p1: points to '/policy-areas/remitances/#x', but '/policy-areas/remitances/' is no "
        "page of the site (did you mean '/policy-areas/remittances/'?)"
    ]),
])  # fmt: skip
def test_check_redirects_names_a_page_the_site_lacks_among_all_its_pages(target: str, expected: list[str]) -> None:
    built = {OPP: ["p1"]}
    pages = {OPP, "/policy-areas/remittances/"}
    problems = check_redirects({"/gone/#p1": target}, {OPP: {"p1"}}, {}, built, pages)
    assert [str(p) for p in problems] == expected


def test_a_redirect_from_an_id_never_published_names_the_gone_id_it_likely_meant() -> None:
    """p99 for p9: accepted in silence, the redirect moved nothing and p9 stayed unredirected (or failed apart)."""
    lock = {OPP: ["opportunities", *(f"p{i}" for i in range(1, 10))]}
    built = {OPP: ["opportunities", *(f"p{i}" for i in range(1, 9))]}
    sources = {OPP: "migration-and-transnationalism/opportunities.md"}
    problems = check_anchors(lock, built, {f"{OPP}#p99": f"{OPP}#p8"}, {}, sources).problems
    assert [str(p) for p in problems if "redirects" in p.path] == [
        f"anchors.redirects.yml: {OPP}#p99: 'p99' is not among the ids anchors.lock.json records for"
        f" docs/migration-and-transnationalism/opportunities.md (did you mean 'p9'? write the line `{OPP}#p9: {OPP}#p8`)"
    ]
    problems = check_anchors(lock, built, {f"{OPP}#intro": f"{OPP}#p8", f"{OPP}#p9": f"{OPP}#p8"}, {}).problems
    assert [str(p) for p in problems] == [
        f"anchors.redirects.yml: {OPP}#intro: 'intro' is not among the ids anchors.lock.json records for {OPP} (redirect an id anchors.lock.json"
        f" holds under `{OPP}`; if the lock lost it, make check names its commit)"
    ]


def test_checking_each_redirects_old_id_reads_the_lock_once_not_once_per_redirect(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each redirect resolved every page of the lock and the words file: pages × redirects, every build and check.

    1,000 pages and 2,000 redirects took a second; the pages each lock key lives at now are looked up once.
    """
    calls = []

    def counted(page: str, built: object, moves: object) -> str:
        calls.append(page)
        return resolve_page(page, built, moves)  # type: ignore[arg-type]

    monkeypatch.setattr(anchor_check, "resolve_page", counted)
    monkeypatch.setattr(redirect_checks, "resolve_page", counted)  # where each redirect is checked
    pages = [f"/s/page-{i}/" for i in range(40)]
    lock = {page: ["p1", "p2", "p3"] for page in pages}
    built = {page: ["p1"] for page in pages}
    redirects = {f"{page}#p{n}": f"{page}#p1" for page in pages for n in (2, 3)}
    check_anchors(lock, built, redirects, {})
    assert len(calls) <= 10 * (len(lock) + len(redirects))  # a few per page and redirect: not 40 × 80 (3,200)


def test_a_misspelt_redirect_is_one_line_not_a_second_for_the_id_it_offers() -> None:
    """p99 for p9 was two lines for one typo: the redirect's, and "p9: published id is gone" (declare its new place).

    The redirect's line says to write p9's redirect; an id gone that no line offers keeps its own line.
    """
    lock = {OPP: ["opportunities", *(f"p{i}" for i in range(1, 10)), "intro"]}
    built = {OPP: ["opportunities", *(f"p{i}" for i in range(1, 9))]}
    problems = check_anchors(lock, built, {f"{OPP}#p99": f"{OPP}#p8"}, {}).problems
    assert [str(p) for p in problems] == [
        f"anchors.lock.json: {OPP}#intro: published id is gone (no element has id 'intro') (restore it, or declare"
        f" its new place in anchors.redirects.yml with the line `{OPP}#intro: /new-page/#new-id`)",
        f"anchors.redirects.yml: {OPP}#p99: 'p99' is not among the ids anchors.lock.json records for {OPP} (did you mean 'p9'? write the line"
        f" `{OPP}#p9: {OPP}#p8`)",
    ]


def test_a_redirect_from_an_id_published_under_a_moved_page_or_kept_by_the_words_file_passes() -> None:
    """The lock holds a renamed page's ids under its old address; a lock a merge cut still has the words of its ids."""
    lock = {"/old/": ["old", "p1", "p2"], OPP: ["opportunities", "p1"]}
    built = {OPP: ["opportunities", "p1"]}
    redirects = {f"{OPP}#p2": f"{OPP}#p1", "/old/#p2": f"{OPP}#p1", "/old/#old": f"{OPP}#opportunities"}
    assert check_anchors(lock, built, redirects, {"/old/": OPP}).problems == ()
    words = {OPP: {"p1": "a … b", "p3": "c … d"}}
    assert (
        check_anchors({OPP: ["opportunities", "p1"]}, built, {f"{OPP}#p3": f"{OPP}#p1"}, {}, {}, words).problems == ()
    )


CONCLUSION = "/migration-and-transnationalism/conclusion/"
POLICY = "/migration-and-transnationalism/policy-considerations/"


def test_a_page_merged_into_a_published_page_is_refused_not_satisfied_by_its_ids() -> None:
    """conclusion's p1 is not policy-considerations' p1: their recorded words differ."""
    lock = {CONCLUSION: ["conclusion", "p1"], POLICY: ["policy-considerations", "p1", "p2"]}
    built = {POLICY: ["policy-considerations", "p1", "p2", "p3"]}
    sources = {POLICY: "migration-and-transnationalism/policy-considerations.md"}
    words = {CONCLUSION: {"p1": "transnationalism is a key … all concerned"}, POLICY: {"p1": "many of the … ones"}}
    problems = [str(p) for p in check_anchors(lock, built, {}, {CONCLUSION: POLICY}, sources, words).problems]
    assert problems == [
        f"anchors.lock.json: {CONCLUSION}#conclusion: published id is gone (no element has id 'conclusion') (restore"
        f" it, or declare its new place in anchors.redirects.yml with the line `{CONCLUSION}#conclusion: /new-page/#new-id`)",
        "mkdocs.yml: redirect_maps: migration-and-transnationalism/conclusion.md: moves the page onto"
        " migration-and-transnationalism/policy-considerations.md, published with its own p1: links to"
        f" {CONCLUSION}#p1 would land on that page's p1 (keep migration-and-transnationalism/conclusion.md as its"
        " own page, or move it to a new file)",
    ]


LANDING = "/migration-and-transnationalism/"


@pytest.mark.parametrize(
    ("landing_ids", "place"),
    [
        (["contents", "p1"], f"{LANDING}#contents"),  # stable-links.md#page-retired: the landing page's *Contents*
        (["p1"], "/new-page/#new-id"),  # a landing page without its contents list: no id to offer
    ],
)
def test_a_retired_page_s_ids_are_offered_the_landing_page_s_contents(landing_ids: list[str], place: str) -> None:
    """A page deleted for good moves onto its source's landing page; its ids go to *Contents*, as stable-links.md says."""
    lock = {CONCLUSION: ["p2"], LANDING: landing_ids}
    problems = [str(p) for p in check_anchors(lock, {LANDING: landing_ids}, {}, {CONCLUSION: LANDING}).problems]
    assert problems == [
        f"anchors.lock.json: {CONCLUSION}#p2: published id is gone (no element has id 'p2') (restore it, or declare"
        f" its new place in anchors.redirects.yml with the line `{CONCLUSION}#p2: {place}`)"
    ]


def test_a_renamed_page_recorded_with_an_id_retired_on_the_way_is_no_merge() -> None:
    """The set of ids differs (a heading renamed with a redirect); the paragraphs' words are the same."""
    closing = "/migration-and-transnationalism/closing/"
    lock = {CONCLUSION: ["conclusion", "p1"], closing: ["closing", "p1"]}
    words = {CONCLUSION: {"p1": "the same … words"}, closing: {"p1": "the same … words"}}
    redirects = {f"{CONCLUSION}#conclusion": f"{closing}#closing"}
    result = check_anchors(lock, {closing: ["closing", "p1"]}, redirects, {CONCLUSION: closing}, {}, words)
    assert result.problems == ()


def test_a_redirect_from_a_moved_page_is_refused_once_the_page_it_moved_to_has_the_id() -> None:
    """conclusion.md moved onto the source's index, its p1 redirected; the index's own new p1 would take its links.

    The script follows a redirect only when no element has the id: the old page's stub lands on the
    index, where `#p1` is now another paragraph, and the redirect is never used.
    """
    index = "/migration-and-transnationalism/"
    lock = {CONCLUSION: ["conclusion", "p1"], index: ["migration-and-transnationalism", "contents"]}
    redirects = {f"{CONCLUSION}#{i}": f"{index}#contents" for i in ("conclusion", "p1")}
    moves = {CONCLUSION: index}
    assert check_anchors(lock, {index: ["migration-and-transnationalism", "contents"]}, redirects, moves).problems == ()
    built = {index: ["migration-and-transnationalism", "p1", "contents"]}
    assert [str(p) for p in check_anchors(lock, built, redirects, moves).problems] == [
        f"anchors.redirects.yml: {CONCLUSION}#p1: the id is on {index} now, where the page moved (mkdocs.yml"
        " redirect_maps), so links land on that element and the redirect would never be used (give that element"
        " another id, or remove the redirect)"
    ]


def test_a_renamed_page_passes_before_and_after_its_new_address_is_recorded() -> None:
    renamed = {OPP: "/migration-and-transnationalism/chances/"}
    built = {"/migration-and-transnationalism/chances/": ["opportunities", "p1", "p2"]}
    assert check_anchors(LOCK, built, {}, renamed).problems == ()
    assert check_anchors({**LOCK, **built}, built, {}, renamed).problems == ()


def test_a_move_from_a_page_still_built_is_named() -> None:
    built = {**dict.fromkeys((OPP, "/elsewhere/"), ["opportunities", "p1", "p2"])}
    problems = [str(p) for p in check_anchors(LOCK, built, {}, {OPP: "/elsewhere/"}).problems]
    assert problems == [
        "mkdocs.yml: redirect_maps: migration-and-transnationalism/opportunities.md: the page is still built: the"
        " move's stub would replace it (remove the move from mkdocs.yml, or the page"
        " migration-and-transnationalism/opportunities.md)"
    ]


def test_while_other_errors_stand_the_anchor_problems_are_one_line() -> None:
    problems = list(check_anchors(LOCK, {"/new/": ["opportunities"]}, {}, {}).problems)
    assert len(problems) == 3
    assert [str(p) for p in while_errors_stand(problems)] == [
        f"anchors.lock.json: 3 anchor problem(s) not listed one by one while the other errors stand (the first: "
        f"{OPP}#opportunities: published id is gone (page is gone)) (fix the other errors first; the next build checks "
        "every published id again)"
    ]
    assert while_errors_stand([]) == []


def test_the_ids_an_error_named_emptied_its_page_of_are_not_summed_up_again() -> None:
    """A glossary.yml mistake empties /glossary/: its lost ids said nothing its line did not, and alarmed a newcomer."""
    lock = {**LOCK, "/glossary/": ["glossary", "diaspora"]}
    built = {OPP: list(LOCK[OPP]), "/glossary/": ["glossary"]}
    problems = list(check_anchors(lock, built, {}, {}).problems)
    named = lost_ids_named({Problem("annotations/glossary.yml", "terms[0].term", "")}, lock)
    assert named == {"/glossary/#glossary", "/glossary/#diaspora"}
    assert lost_ids_named({Problem("annotations/notes/a.md", "target", "")}, lock) == set()
    assert while_errors_stand(problems, named) == []
    lost = list(check_anchors(lock, {"/glossary/": ["glossary"]}, {}, {}).problems)  # the page's ids too: those count
    [line] = [str(p) for p in while_errors_stand(lost, named)]
    assert line.startswith(f"anchors.lock.json: {len(LOCK[OPP])} anchor problem(s) not listed one by one"), line


def test_the_id_of_an_annotation_an_error_refused_is_not_summed_up_again() -> None:
    """A slip in a published note (`created: 2026/11/21`) refuses it: its id gone from its page was a second line."""
    lock = {OPP: [*LOCK[OPP], "a-note"]}
    problems = list(check_anchors(lock, {OPP: list(LOCK[OPP])}, {}, {}).problems)
    assert [p.field for p in problems] == [f"{OPP}#a-note"]
    refused, other = (
        Problem("annotations/notes/a-note.md", "created", ""),
        Problem("annotations/notes/o.md", "created", ""),
    )
    assert while_errors_stand(problems, lost_ids_named({refused}, lock)) == []
    assert len(while_errors_stand(problems, lost_ids_named({other}, lock))) == 1


def test_a_stray_file_in_notes_holds_back_no_id_of_its_name() -> None:
    """`a-note.txt` is no note (its line: not a .md file): no note was refused, so no id is its."""
    lock = {OPP: [*LOCK[OPP], "a-note"]}
    stray = Problem("annotations/notes/a-note.txt", "", "is not a .md file and is ignored")
    assert lost_ids_named({stray}, lock) == set()
    assert lost_ids_named({dataclasses.replace(stray, path="annotations/notes/a-note.md")}, lock) == {f"{OPP}#a-note"}


NOTE = Problem("annotations/notes/a-note.md", "created", "'2026/11/21' is not a date")
ELSEWHERE = "/about/reading-guide/"


@pytest.mark.parametrize(
    ("note_pages", "moves", "expected"),
    [
        # its file names its page: only there is its id its line's; a heading `#a-note` gone elsewhere is summed up
        ({"a-note": "migration-and-transnationalism/opportunities.md"}, {}, {f"{OPP}#a-note"}),
        # its page is not known (broken YAML, a page the site lacks): held back on every page, as before
        ({}, {}, {f"{OPP}#a-note", f"{ELSEWHERE}#a-note"}),
        # the note's page moved there from an address the lock keeps: the id under that address is the note's too
        (
            {"a-note": "migration-and-transnationalism/opportunities.md"},
            {ELSEWHERE: OPP},
            {f"{OPP}#a-note", f"{ELSEWHERE}#a-note"},
        ),
    ],
    ids=["its-page", "page-unknown", "moved-onto-its-page"],
)
def test_a_refused_notes_id_is_held_back_on_the_page_its_file_names(
    note_pages: dict[str, str], moves: dict[str, str], expected: set[str]
) -> None:
    lock = {OPP: [*LOCK[OPP], "a-note"], ELSEWHERE: ["reading-guide", "a-note"]}
    assert lost_ids_named({NOTE}, lock, note_pages=note_pages, moves=moves) == expected


def test_the_ids_a_taxonomy_error_took_off_the_area_pages_are_not_summed_up_again() -> None:
    """A broken or refused area empties its page and the overview's heading: the taxonomy's line is their cause."""
    lock = {**LOCK, "/policy-areas/": ["policy-areas", "integration"], "/policy-areas/integration/": ["pages"]}
    named = lost_ids_named({Problem("annotations/policy-areas.yml", "[3].id", "")}, lock)
    assert named == {"/policy-areas/#policy-areas", "/policy-areas/#integration", "/policy-areas/integration/#pages"}
    problems = list(check_anchors(lock, {OPP: list(LOCK[OPP])}, {}, {}).problems)
    assert while_errors_stand(problems, named) == []
    redirects = {f"{OPP}#p9": "/policy-areas/integration/#pages"}  # one into an area's page waits on the line too
    named = lost_ids_named({Problem("annotations/policy-areas.yml", "[3].id", "")}, lock, redirects)
    problems = check_redirects(redirects, {OPP: set(LOCK[OPP])}, {}, {OPP: LOCK[OPP]}, [OPP])
    assert [p.field for p in problems] == [f"{OPP}#p9"] and while_errors_stand(problems, named) == []


def test_the_paragraph_ids_a_page_lost_with_its_paragraphs_line_are_not_summed_up_again() -> None:
    """`{ #p5 }` deleted: the paragraph's line names p5 (end it with '{ #p5 }'); only its other ids are summed up."""
    page = "docs/migration-and-transnationalism/opportunities.md"
    named = lost_ids_named({Problem(page, "paragraph", "")}, LOCK)
    assert named == {f"{OPP}#p1", f"{OPP}#p2"}  # not the heading's id: no paragraph's line names it
    assert lost_ids_named({Problem(page, "title", "")}, LOCK) == set()
    problems = list(check_anchors(LOCK, {OPP: ["opportunities", "p1"]}, {}, {}).problems)
    assert while_errors_stand(problems, named) == []
    problems = list(check_anchors(LOCK, {OPP: ["p1", "p2"]}, {}, {}).problems)
    assert len(while_errors_stand(problems, named)) == 1


def test_the_heading_ids_a_page_lost_with_its_headings_line_are_not_summed_up_again() -> None:
    """`{ #searching }` deleted: the heading's line offers it (end it with '{ #searching }'); not its pN ids."""
    line = Problem("docs/migration-and-transnationalism/opportunities.md", "heading", "'Opportunities' has no id")
    assert lost_ids_named({line}, LOCK) == {f"{OPP}#opportunities"}
    problems = list(check_anchors(LOCK, {OPP: ["p1", "p2"]}, {}, {}).problems)
    assert while_errors_stand(problems, lost_ids_named({line}, LOCK)) == []
    problems = list(check_anchors(LOCK, {OPP: ["opportunities"]}, {}, {}).problems)
    assert len(while_errors_stand(problems, lost_ids_named({line}, LOCK))) == 1


LANDING_KEY = "/migration-and-transnationalism/"


@pytest.mark.parametrize(
    "line",
    [
        Problem("docs/migration-and-transnationalism/index.md", "source", "is missing"),
        # a source of one page: the line on its record offers the `source:` line first (`record_placement`)
        Problem("docs/migration-and-transnationalism/index.md", "bibliography", "is read from a source's landing page"),
    ],
    ids=["source", "record-on-a-folder-index"],
)
def test_the_cite_heading_a_page_lost_with_its_source_is_not_summed_up_again(line: Problem) -> None:
    """A landing page without `source:` has no Cite block: its line is the fix, and the heading's id gone a second line."""
    lock = {LANDING_KEY: ["migration-and-transnationalism", "p1", "cite-this-page"]}
    assert lost_ids_named({line}, lock) == {f"{LANDING_KEY}#cite-this-page"}
    problems = list(check_anchors(lock, {LANDING_KEY: ["migration-and-transnationalism", "p1"]}, {}, {}).problems)
    assert [p.field for p in problems] == [f"{LANDING_KEY}#cite-this-page"]
    assert while_errors_stand(problems, lost_ids_named({line}, lock)) == []


@pytest.mark.parametrize(
    ("path", "field", "expected"),
    [
        ("docs/migration-and-transnationalism/index.md", "source", True),
        ("docs/migration-and-transnationalism/index.md", "bibliography", True),  # offers `source:` first
        ("docs/migration-and-transnationalism/index.md", "unknown", True),  # an `unknown:` alone offers it too
        ("docs/migration-and-transnationalism/annex.md", "unknown", False),
        ("docs/migration-and-transnationalism/annex.md", "bibliography", False),
        # No folder's index.md: no source's landing page, and its record's line offers no `source:` (`source_first`).
        ("docs/index.md", "bibliography", False),
        ("docs/migration-and-transnationalism/annex/index.md", "bibliography", False),
        ("docs/migration-and-transnationalism/index.md", "title", False),
    ],
)
def test_a_record_s_line_names_a_cite_heading_on_a_folder_s_index_only(path: str, field: str, expected: bool) -> None:
    """The root's `index.md` and a deeper one ended in `/index.md` too, and were read as a source's landing page."""
    assert names_cite_heading(Problem(path, field, "is read from a source's landing page only")) is expected


def test_no_other_line_holds_back_a_lost_cite_heading() -> None:
    """A heading's "has no id" offers an id the editor wrote; a record's line on a page of a source names no Cite block."""
    lock = {OPP: [*LOCK[OPP], "cite-this-page"]}
    page = "docs/migration-and-transnationalism/opportunities.md"
    assert lost_ids_named({Problem(page, "heading", "'Opportunities' has no id")}, lock) == {f"{OPP}#opportunities"}
    assert lost_ids_named({Problem(page, "bibliography", "is read from a source's landing page")}, lock) == set()


@pytest.mark.parametrize(
    "message",
    [
        "'The <img src=x> texts' shows a '<' that opens a tag where Material shows it as HTML",
        "id 'fn:1' has the form of a footnote's id",
        "id 'p3' is also the id of another element of the page",
    ],
    ids=["markup", "builders-form", "twice"],
)
def test_a_heading_line_other_than_has_no_id_holds_back_no_lost_heading_id(message: str) -> None:
    """Only "has no id" offers the id a heading lost; the others name an id the page still has, or none."""
    line = Problem("docs/migration-and-transnationalism/opportunities.md", "heading", message)
    assert lost_ids_named({line}, LOCK) == set()


def test_the_ids_of_a_page_whose_front_matter_is_misread_are_not_summed_up_again() -> None:
    """`issued: 2026-02-31` on a landing page: its own line stands, its ids are the next build's, as make check leaves them."""
    lock = {**LOCK, "/elsewhere/": ["elsewhere"]}
    redirects = {"/elsewhere/#old": f"{OPP}#p1", f"{OPP}#gone": "/elsewhere/#elsewhere"}
    named = lost_ids_named(set(), lock, redirects, misread={"migration-and-transnationalism/opportunities.md"})
    assert named == {f"{OPP}#{i}" for i in LOCK[OPP]} | set(redirects)
    assert lost_ids_named(set(), lock, redirects) == set()


def test_unrecorded_ids_are_named_per_page_and_recorded_without_losing_old_ones() -> None:
    result = check_anchors(LOCK, {OPP: ["opportunities", "p1", "p3"], "/": ["home"]}, {f"{OPP}#p2": f"{OPP}#p1"}, {})
    assert [str(p) for p in format_unrecorded(result.unrecorded)] == [
        "anchors.lock.json: /: 1 published id(s) not recorded: home (run 'make anchors')",
        f"anchors.lock.json: {OPP}: 1 published id(s) not recorded: p3 (run 'make anchors')",
    ]
    assert record(LOCK, {OPP: ["opportunities", "p1", "p3"]}) == {OPP: ["opportunities", "p1", "p2", "p3"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{}", []),
        ("'/a/#x': '/b/#y'\n", []),
        (
            "'/a/#x': b\n",
            [
                "anchors.redirects.yml: /a/#x: 'b' is not a page URL with an id (write it as '/page-url/#id', e.g. '/migration-and-transnationalism/opportunities/#p3')"
            ],
        ),
        (
            "[1, 2]\n",
            ["anchors.redirects.yml: must map 'old-page#id' to 'new-page#id' (see docs/about/stable-links.md#id-gone)"],
        ),
        # the line the lock's message offers, copied with its quotes: one text, which YAML maps to nothing
        (
            "'/a/#p5: /a/#p4'\n",
            [
                "anchors.redirects.yml: '/a/#p5: /a/#p4' is one quoted text, not a redirect (write the line"
                " `/a/#p5: /a/#p4`, without quotes around it)"
            ],
        ),
        # a page's docs/ path, as annotations and the glossary write it: the address it has is known, so the line is
        (
            "s/page.md#p5: /s/#p4\n/s/page/#p6: docs/s/index.md#p4\ns/a.md#p1: s/b.md#p2\ns/c.md#p1: b\n",
            [
                "anchors.redirects.yml: s/page.md#p5: 's/page.md#p5' is not a page URL with an id (write the line"
                " `/s/page/#p5: /s/#p4`: each address from the site's root, '/page-url/#id')",
                "anchors.redirects.yml: /s/page/#p6: 'docs/s/index.md#p4' is not a page URL with an id (write the"
                " line `/s/page/#p6: /s/#p4`: each address from the site's root, '/page-url/#id')",
                # both written so: one line, both named, the whole line to write
                "anchors.redirects.yml: s/a.md#p1: 's/a.md#p1' and 's/b.md#p2' are not page URLs with an id (write the line"
                " `/s/a/#p1: /s/b/#p2`: each address from the site's root, '/page-url/#id')",
                # the other address is unknown: only this one's can be given; both are named
                "anchors.redirects.yml: s/c.md#p1: 's/c.md#p1' and 'b' are not page URLs with an id (write each as"
                " '/page-url/#id': 's/c.md#p1' as `/s/c/#p1`, 'b' from the site's root, e.g."
                " '/migration-and-transnationalism/opportunities/#p3')",
            ],
        ),
        # neither address can be read: both named, the form shown once
        (
            "a#x: b\n",
            [
                "anchors.redirects.yml: a#x: 'a#x' and 'b' are not page URLs with an id (write each as"
                " '/page-url/#id', e.g. '/migration-and-transnationalism/opportunities/#p3')"
            ],
        ),
        (
            "a: [\n",
            [
                "anchors.redirects.yml: invalid YAML at line 2: expected the node content, but found '<stream end>' (fix the YAML syntax)"
            ],
        ),
        ("", []),
        ("# comments only\n", []),
        (
            "# no redirects yet\n{}\n/a/#x: /b/#y\n",
            [
                "anchors.redirects.yml: invalid YAML at line 3: expected '<document start>', but found '<block mapping start>' "
                "(remove the '{}' on line 2: a file of comments alone declares no redirects)"
            ],
        ),
    ],
)
def test_load_redirects(tmp_path: Path, text: str, expected: list[str]) -> None:
    path = tmp_path / "anchors.redirects.yml"
    path.write_text(text, encoding="utf-8")
    assert [str(p) for p in load_redirects(path)[1]] == expected


def test_the_shipped_redirects_file_takes_the_line_its_comment_shows(tmp_path: Path) -> None:
    """Its comment says to add `/old-page-url/#old-id: /new-page-url/#new-id` lines: one added so must load."""
    shipped = (ROOT / "anchors.redirects.yml").read_text(encoding="utf-8")
    declared, problems = load_redirects(ROOT / "anchors.redirects.yml")
    assert problems == [] and "/about/citing/#page-moves" in declared  # the Citing page's editors' parts moved
    example = "/migration-and-transnationalism/opportunities/#p6: /migration-and-transnationalism/opportunities/#p5"
    assert f"#   {example}\n" in shipped
    path = tmp_path / "anchors.redirects.yml"
    path.write_text(f"{shipped}{example}\n", encoding="utf-8")
    assert load_redirects(path) == ({**declared, **dict([example.split(": ")])}, [])


def test_the_shipped_redirects_file_shows_a_page_move_as_mkdocs_yml_takes_it() -> None:
    """A whole page's move goes in mkdocs.yml: its comment shows the lines to write there, not `redirects: redirect_maps:`.

    That prose line, copied, is one YAML mapping with an empty value, not the `redirects` plugin's option.
    """
    shipped = (ROOT / "anchors.redirects.yml").read_text(encoding="utf-8").splitlines()
    assert not any("redirects: redirect_maps:" in line for line in shipped)
    start = shipped.index("#   plugins:")
    lines = itertools.takewhile(lambda line: line.startswith("#   "), shipped[start:])  # up to the blank comment line
    block = "\n".join(line.removeprefix("#   ") for line in lines)
    config = yaml.safe_load(block)
    moves = config["plugins"][0]["redirects"]["redirect_maps"]
    assert moves and all(old.endswith(".md") and new.endswith(".md") for old, new in moves.items())


def test_page_key_is_the_url_mkdocs_gives_every_page() -> None:
    """`make check` runs without MkDocs: its page keys must still be the lock's."""
    docs = ROOT / "docs"
    examples = ["README.md", "notes/README.md", "notes/readme.md", "notes/README-first.md", "notes/index.md"]
    # names MkDocs quotes (make check's key was '/notes/a b/'; refused, yet their keys agree): `page_name_problem`
    examples += ["notes/a b.md", "notes/café.md", "notes/a#b.md", "notes/a?b.md", "notes/100%.md", "a b/index.md"]
    for src in [path.relative_to(docs).as_posix() for path in docs.rglob("*.md")] + examples + ["Notes/Upper.md"]:
        url = File(src, str(docs), "", use_directory_urls=True).url
        assert page_key(src) == "/" + url.removeprefix("./"), src  # the adapter's key: "/" for the home page
    assert page_source(page_key("notes/a b.md")) == "notes/a b.md"  # a move's file, from its key


def test_unrecorded_ids_are_listed_by_page_in_the_built_order_once() -> None:
    lock = {"/a/b/": ["p1", "known"], "/a/": []}
    built = {"/a/b/": ["p1", "known", "new-2", "new", "new-2"], "/a/": ["first"], "/c/": ["p1"], "/d/": []}
    assert unrecorded_ids(lock, built) == {"/a/b/": ["new-2", "new"], "/a/": ["first"], "/c/": ["p1"]}


def test_load_lock_reports_broken_json(tmp_path: Path) -> None:
    path = tmp_path / "anchors.lock.json"
    path.write_text('{"/": ["a"', encoding="utf-8")
    (problem,) = load_lock(path)[1]
    assert str(problem).startswith("anchors.lock.json: is not valid JSON (")


@pytest.mark.parametrize(
    ("key", "shown"),
    [("", "''"), ("no-slash", "'no-slash'"), ("/../", "'/../'"), ("//x/", "'//x/'"), ("/x/#y", "'/x/#y'"),
     ("/x", "'/x'"), ("/a b/", "'/a b/'"), ("/\u2028/", "'/\\u2028/'"), ("/x\x1b/", "'/x\\x1b/'")],
)  # fmt: skip
def test_a_lock_key_that_is_no_page_address_is_its_one_line(key: str, shown: str) -> None:
    """Its later lines would name a page no file makes ('declare its move in mkdocs.yml: U+2028.md')."""
    lock, problems = parse_lock(json.dumps({"/": ["home"], key: ["p1"]}))
    assert lock == {}
    assert [str(problem) for problem in problems] == [
        f"anchors.lock.json: {shown}: is not a page's address (write it '/folder/page/', as the lock writes a page's"
        " address (the home page '/'), or restore it from git)"
    ]


def test_every_key_page_key_makes_is_a_page_address() -> None:
    for src in (
        "index.md",
        "a.md",
        "a/index.md",
        "a/README.md",
        "a/b.md",
        "a/b/c.md",
        "a/..b.md",
        "ü/ß.md",
        "a b.md",
        "a#?.md",
    ):
        assert RE_PAGE_KEY.fullmatch(page_key(src)), src
    assert RE_PAGE_KEY.fullmatch("/a/b.html")  # the build's key without directory URLs


@pytest.mark.parametrize(
    ("src", "line"),
    [
        ("about/a b.md", "docs/about/a b.md: holds a space, which the page's address would write as %-codes: /about/a%20b/"
         " (rename it without spaces, with letters, digits and '-' only, e.g. 'docs/about/a-b.md')"),
        ("a b/Café #1.md", "docs/a b/Café #1.md: holds a space, 'é', '#', which the page's address would write as %-codes:"
         " /a%20b/Caf%C3%A9%20%231/ (rename it without spaces, with letters, digits and '-' only, e.g. 'docs/a-b/cafe-1.md')"),
        ("x/50%?.md", "docs/x/50%?.md: holds '%', '?', which the page's address would write as %-codes: /x/50%25%3F/"
         " (rename it with letters, digits and '-' only, e.g. 'docs/x/50.md')"),
        ("x/東京.md", "docs/x/東京.md: holds '東', '京', which the page's address would write as %-codes:"
         " /x/%E6%9D%B1%E4%BA%AC/ (rename it with letters, digits and '-' only, e.g. 'docs/x/page.md')"),
        ("Notes/README.md", None), ("a/b_c.d~e.md", None), ("index.md", None),  # an address keeps these as written
    ],
    ids=["space", "accent-folder", "percent-query", "no-ascii", "uppercase", "safe-punctuation", "home"],
)  # fmt: skip
def test_a_page_name_its_address_writes_in_percent_codes_is_its_one_line(src: str, line: str | None) -> None:
    """make check keyed `a b.md` as '/a b/', the build as '/a%20b/': and a citation of either is easy to break."""
    problem = page_name_problem(src)
    assert (str(problem) if problem else None) == line


def test_anchor_entries_name_each_id_by_its_kind() -> None:
    text = "A paragraph long enough to be cut at sixty characters, so its label ends with an ellipsis."
    inventory = PageInventory(
        paragraphs=(Paragraph("p12", text), Paragraph("p3", "Short.")),
        headings=("intro",),
        ids=("intro", "p12", "p3", "transfer-of-ideas", "fn:1", "social-remittances", "p3"),
    )
    annotation = Annotation(
        id="transfer-of-ideas",
        path="annotations/notes/transfer-of-ideas.md",
        page="m/opportunities.md",
        paragraph="p3",
        quote="the transfer of ideas",
        motivation="describing",
        tags=(),
        author="Editors",
        author_url=None,
        created="2026-11-20",
        body="",
    )
    entries = anchor_entries(
        OPP,
        f"https://example.org{OPP}",
        "Opportunities",
        inventory,
        {"intro": "Introduction"},
        {annotation.id: annotation},
    )
    assert [(e["id"], e["kind"], e["label"]) for e in entries] == [
        ("intro", "heading", "Introduction"),
        ("p12", "paragraph", "Opportunities, ¶\u00a012: A paragraph long enough to be cut at sixty characters, so…"),
        ("p3", "paragraph", "Opportunities, ¶\u00a03: Short."),
        (
            "transfer-of-ideas",
            "annotation",
            "Opportunities, ¶\u00a03, annotation (description): “the transfer of ideas”",
        ),
        ("fn:1", "note", "Opportunities, #fn:1"),
        ("social-remittances", "element", "Opportunities, #social-remittances"),
    ]
    assert entries[1]["url"] == f"https://example.org{OPP}#p12" and entries[1]["page"] == OPP


@pytest.mark.parametrize(("meta", "page_title", "title"), [
    ({"title": "Opportunities"}, "Short label", "Opportunities"),  # the front matter's, not `nav:`'s label
    ({}, "Short label", "Short label"),
    ({}, None, OPP),  # no title at all: named by its address, not 'None'
    ({"title": ""}, "Short label", OPP),
])  # fmt: skip
def test_an_anchor_entrys_page_is_named_by_its_own_title_or_its_address(meta: dict, page_title, title: str) -> None:
    assert entry_title(meta, page_title, OPP) == title


def now(page: str, anchor_id: str) -> dict[str, str]:
    """An `/anchors.json` entry of an id the pages have, labelled by its address, for `moved_entries`."""
    return {"url": f"https://example.org{page}#{anchor_id}", "page": page, "id": anchor_id, "kind": "heading",
            "label": f"{page}#{anchor_id}"}  # fmt: skip


HAVE_NOW = {"/a/": ["p1", "p2"], "/new/": ["p1", "p3", "h"], "/stays/": ["p1"]}  # the ids the pages have
NOW = [now(page, anchor_id) for page, ids in HAVE_NOW.items() for anchor_id in ids]


@pytest.mark.parametrize(("lock", "redirects", "moves", "moved"), [
    ({"/a/": ["p1", "p9"]}, {"/a/#p9": "/new/#h"}, {}, {"/a/#p9": "/new/#h"}),  # a redirect
    ({"/old/": ["p1", "p3"]}, {}, {"/old/": "/new/"}, {"/old/#p1": "/new/#p1", "/old/#p3": "/new/#p3"}),  # a page move
    ({"/old/": ["p1"]}, {}, {"/old/": "/mid/", "/mid/": "/new/"}, {"/old/#p1": "/new/#p1"}),  # a chain of moves
    ({"/old/": ["p1", "p2"]}, {"/old/#p2": "/new/#h"}, {"/old/": "/new/"},  # the redirect wins over the page move
     {"/old/#p1": "/new/#p1", "/old/#p2": "/new/#h"}),
    ({"/a/": ["p9"]}, {"/a/#p9": "/mid/#p3"}, {"/mid/": "/new/"}, {"/a/#p9": "/new/#p3"}),  # into a moved page
    ({"/a/": ["p8", "p9"]}, {"/a/#p8": "/a/#p9", "/a/#p9": "/a/#p2"}, {}, {"/a/#p8": "/a/#p2", "/a/#p9": "/a/#p2"}),  # a chain of redirects
    ({"/old/": ["p1", "p2"]}, {}, {"/old/": "/new/"}, {"/old/#p1": "/new/#p1"}),  # p2 is lost: the build names it
    ({"/a/": ["p1"]}, {"/a/#p1": "/new/#h"}, {}, {}),  # still there: the redirect is never used (the build says so)
    ({"/a/": ["p8", "p9"]}, {"/a/#p8": "/a/#p9", "/a/#p9": "/a/#p8"}, {}, {}),  # a circle leads nowhere
    ({"/old/": ["p1"]}, {}, {"/old/": "/mid/", "/mid/": "/old/"}, {}),  # so do pages moved in a circle
    ({}, {"/x/#gone": "/stays/#p1"}, {}, {"/x/#gone": "/stays/#p1"}),  # a redirect the lock lacks (the build says so)
    (HAVE_NOW, {}, {}, {}),  # nothing moved
])  # fmt: skip
def test_moved_entries_lead_each_moved_id_to_where_it_is_now(lock: dict, redirects: dict, moves, moved) -> None:
    """A tool holding an old link runs no forwarding script: the old address is listed with its new one."""
    entries = moved_entries(NOW, lock, redirects, moves, "https://example.org/")
    site = "https://example.org"
    assert {e["url"]: e["moved_to"] for e in entries} == {f"{site}{old}": f"{site}{new}" for old, new in moved.items()}


@pytest.mark.parametrize(("anchor", "redirects", "moves", "places"), [
    (("/a/", "p1"), {}, {}, ["/a/#p1"]),  # still there
    (("/a/", "p9"), {}, {}, ["/a/#p9"]),  # gone, nothing sends it on
    (("/a/", "p9"), {"/a/#p9": "/mid/#p3"}, {"/mid/": "/new/"}, ["/a/#p9", "/mid/#p3", "/new/#p3"]),  # the redirect first
    (("/old/", "p2"), {"/old/#p2": "/new/#h"}, {"/old/": "/new/"}, ["/old/#p2", "/new/#h"]),
    (("/a/", "p8"), {"/a/#p8": "/a/#p9", "/a/#p9": "/a/#p8"}, {}, ["/a/#p8", "/a/#p9", "/a/#p8"]),  # a circle
    (("/old/", "p2"), {}, {"/old/": "/new/"}, ["/old/#p2", "/new/#p2"]),  # moved onto no id
])  # fmt: skip
def test_sent_through_names_each_place_an_old_address_passes(anchor, redirects: dict, moves, places: list) -> None:
    """make annotate names where a link went, and a circle, which `leads_to` (None for both) does not tell apart."""
    current = {(page, anchor_id) for page, ids in HAVE_NOW.items() for anchor_id in ids}
    passed = sent_through(anchor, current, set(HAVE_NOW), redirects, moves)
    assert [f"{page}#{anchor_id}" for page, anchor_id in passed] == places


def test_a_moved_entry_names_its_old_address_and_its_new_place() -> None:
    """Old URL, page and id; kind `moved`; the label of the place it leads to, the entry `moved_to` names."""
    (entry,) = moved_entries(NOW, {"/about/citing/": ["id-gone"]}, {"/about/citing/#id-gone": "/new/#h"}, {}, None)
    assert entry == {
        "url": "/about/citing/#id-gone",  # no site_url: rooted at the site, as the other entries are
        "page": "/about/citing/",
        "id": "id-gone",
        "kind": "moved",
        "label": "/new/#h",
        "moved_to": "https://example.org/new/#h",
    }


def test_a_page_move_redirects_its_group_on_the_annotations_page() -> None:
    """The group's id is made from the page's file; the move alone says where it went, when both ends hold."""
    lock = {"/annotations/": ["a-old", "a-gone"]}
    built = {"/annotations/": ["a-new", "a-gone-too"]}
    moves = {"a/old.md": "a/new.md", "a/gone.md": "a/gone-too.md", "a/never.md": "a/new.md", "a/old-2.md": "a/none.md"}
    assert index_redirects(moves, lock, built) == {
        "/annotations/#a-old": "/annotations/#a-new",
        "/annotations/#a-gone": "/annotations/#a-gone-too",
    }
    assert index_redirects(moves, lock, {"/annotations/": ["a-old", "a-new"]}) == {}  # the old group is still there


def test_page_redirects_follow_moved_pages() -> None:
    redirects = {"/old/#p2": "/new/#p1", f"{OPP}#p9": f"{OPP}#p1"}
    assert page_redirects("/new/", redirects, {"/old/": "/new/"}) == {"p2": "/new/#p1"}
    assert page_redirects(OPP, redirects, {}) == {"p9": f"{OPP}#p1"}


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


def original_answer(method: str, *args: object, **kwargs: object) -> object:
    """What citeproc-py's own lookup returns (None for its IndexError)."""
    try:
        return citeproc_cache.ORIGINAL[method](*args, **kwargs)
    except IndexError:
        return None


@pytest.mark.parametrize("style", [style for style, _ in STYLES])
def test_citeproc_cache_answers_exactly_as_citeproc_does(style: str) -> None:
    root = load_style(style).root
    for element in root.iter():
        if isinstance(element, model.Parent) and not type(element).__dict__.get("calls_variable"):
            assert element.calls_variable() is original_answer("parent_calls_variable", element)
        if isinstance(element, model.Text):
            assert element.calls_variable() is original_answer("text_calls_variable", element)
            if element.get("macro"):
                assert element.get_macro(element.get("macro")) is original_answer(
                    "get_macro", element, element.get("macro")
                )
        layout = original_answer("get_layout", element) if isinstance(element, model.CitationStylesElement) else None
        if layout is not None:
            assert element.get_layout() is layout
    for locale in root.locales:
        for method, argument in [
            *(("get_date", form) for form in ("text", "numeric", "none")),
            *(("get_option", name) for name in model.Locale._default_options),
        ]:
            expected = original_answer(method, locale, argument)
            if expected is None:
                with pytest.raises(IndexError):
                    getattr(locale, method)(argument)
            else:
                assert getattr(locale, method)(argument) == expected
    terms = [(locale, term) for locale in root.locales for term in locale.terms.iterchildren()]
    assert terms
    for locale, term in terms:
        for form in (term.get("form"), "no-such-form"):
            expected = original_answer("get_term", locale, term.get("name"), form)
            if expected is None:
                with pytest.raises(IndexError):
                    locale.get_term(term.get("name"), form)
            else:
                assert locale.get_term(term.get("name"), form) is expected


XPATHS = (
    "./ancestor::*[self::cs:citation or self::cs:bibliography][1]",
    "./ancestor::*[self::cs:bibliography]",
    "./ancestor::cs:locale[1]",
    "./cs:substitute[1]",
    './cs:date-part[@name="year"]',
    "./following-sibling::cs:et-al[1]",
    "./parent::cs:names[1]",
)


@pytest.mark.parametrize("style", [style for style, _ in STYLES])
def test_citeproc_xpath_memo_finds_the_same_elements_and_hands_out_copies(style: str) -> None:
    root = load_style(style).root
    elements = [e for e in root.iter() if isinstance(e, model.CitationStylesElement)]
    elements += [e for locale in root.locales for e in locale.iter() if isinstance(e, model.CitationStylesElement)]
    found = 0
    for element in elements:
        for expression in XPATHS:
            expected = citeproc_cache.ORIGINAL["xpath_search"](element, expression)
            for _ in range(2):  # the first answer is computed, the second comes from the memo
                answer = element.xpath_search(expression)
                assert len(answer) == len(expected)
                assert all(a is b for a, b in zip(answer, expected, strict=True))
            found += len(expected)
            answer.append(None)  # a caller changing the list does not change the memo
            assert len(element.xpath_search(expression)) == len(expected)
    assert found


def test_cited_item_lookup_is_citeprocs() -> None:
    data = citeproc_item(item(REPORT), "https://example.org/a/")
    cited = CitationItem(data["id"])
    with pytest.raises(VariableError):
        _ = cited.reference
    bibliography = CitationStylesBibliography(load_style("apa"), CiteProcJSON([data]), formatter.plain)
    bibliography.register(Citation([cited]))
    assert cited.reference is citeproc_cache.ORIGINAL["citation_item_reference"].fget(cited)
    assert cited.reference is bibliography.source[data["id"]]


@pytest.mark.parametrize("style", [style for style, _ in STYLES])
def test_citeproc_sort_of_several_cites_is_citeprocs(style: str, monkeypatch: pytest.MonkeyPatch) -> None:
    items = [citeproc_item(item(source), "https://example.org/") for source in (REPORT, CHAPTER)]

    def cited() -> str:
        bibliography = CitationStylesBibliography(load_style(style), CiteProcJSON(items), formatter.plain)
        citation = Citation([CitationItem(data["id"]) for data in items])
        bibliography.register(citation)
        return str(bibliography.cite(citation, lambda _item: None))

    cached = cited()
    monkeypatch.setattr(model.Sort, "sort", citeproc_cache.ORIGINAL["sort"])
    assert cited() == cached


# Items that take other branches of the styles than the edition's two sources: other types, no
# date, et al., editors, volume and issue, a DOI, an access date, a title that ends with "?".
OTHER_ITEMS = [
    {
        "id": "b",
        "type": "book",
        "title": "A book?",
        "editor": [{"family": "Ed", "given": "A."}],
        "edition": "2",
        "issued": {"date-parts": [[1999, 4]]},
        "publisher": "P",
        "publisher-place": "Geneva",
    },
    {
        "id": "j",
        "type": "article-journal",
        "title": "An article",
        "author": [{"family": f"Author{n}", "given": "B."} for n in range(4)],
        "container-title": "Journal",
        "volume": "12",
        "issue": "3",
        "page": "45-67",
        "DOI": "10.1000/xyz",
        "issued": {"date-parts": [[2020, 1, 2]]},
    },
    {
        "id": "w",
        "type": "webpage",
        "title": "A page",
        "author": [{"literal": "An Office"}],
        "accessed": {"date-parts": [[2024, 5, 6]]},
    },
    {
        "id": "t",
        "type": "thesis",
        "title": "A thesis",
        "author": [{"family": "Student", "given": "C."}, {"family": "Other", "given": "D."}],
        "genre": "PhD thesis",
        "publisher": "University",
    },
]


@pytest.mark.parametrize("data", [REPORT, CHAPTER, *OTHER_ITEMS], ids=lambda d: d if isinstance(d, str) else d["type"])
def test_citations_with_the_citeproc_cache_equal_citeproc_alone(
    data: str | dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    def formatted() -> list:
        clear_templates()
        source = item(data) if isinstance(data, str) else {**data, "URL": "https://example.org/o/"}
        url = "https://example.org/a/"
        return [
            (citations, styled_paragraphs(citations.style, source, url, [3, 12], section))
            for section in ("Annex section", None)
            for citations in page_citations(source, url, section)
        ]

    cached = formatted()
    originals = list(citeproc_cache.ORIGINAL.values())
    patched = citeproc_cache.patches()
    assert len(patched) == len(originals)
    for (owner, attribute, _), original in zip(patched, originals, strict=True):
        monkeypatch.setattr(owner, attribute, original)
    assert formatted() == cached


@pytest.mark.parametrize("source", [REPORT, CHAPTER])
def test_a_references_plain_text_is_its_html_read_as_text(source: str) -> None:
    """The text is made from the source's template once, its URL put in as written (`&` in a query stays `&`)."""
    for url in (f"https://example.org/{source}/opportunities/", "https://example.org/a?b=1&c=2"):
        for citations in page_citations(item(source), url, "Opportunities"):
            assert citations.reference_text == html_to_text(citations.reference_html), citations.style
            assert url in citations.reference_text


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


def test_a_section_s_paragraphs_name_the_page_and_a_work_s_the_heading_above_each() -> None:
    paragraphs = [
        Paragraph("p1", "A.", section="Abstract"),
        Paragraph("p2", "B."),
        Paragraph("p3", "C.", section="Notes"),
    ]
    assert paragraph_sections(paragraphs, "Opportunities section") == {"Opportunities section": [1, 2, 3]}
    assert paragraph_sections(paragraphs, None) == {"Abstract section": [1], None: [2], "Notes section": [3]}


def test_unrecorded_ids_are_named_in_one_order_whoever_met_them() -> None:
    """The build meets ids in the page's order, make check in the files'; both must write the same line."""
    (line,) = format_unrecorded({"/o/": ["p10", "quote-twice", "p9", "only-a-rule"]})
    assert line.message == "4 published id(s) not recorded: only-a-rule, p9, p10, quote-twice"


def test_a_chain_of_page_moves_is_followed_and_the_move_to_rewrite_named() -> None:
    """mkdocs-redirects names only the missing middle page: the line says which target to write."""
    maps = {"a/opportunities.md": "a/chances.md", "a/chances.md": "a/gains.md", "a/old.md": "a/new.md"}
    followed, problems = follow_moves(maps)
    assert followed == {"a/opportunities.md": "a/gains.md", "a/chances.md": "a/gains.md", "a/old.md": "a/new.md"}
    assert [str(problem) for problem in problems] == [
        "mkdocs.yml: redirect_maps: a/opportunities.md: points at a/chances.md, which moved on"
        " (write the line `a/opportunities.md: a/gains.md`: mkdocs-redirects does not follow one move to the next)"
    ]
    followed, problems = follow_moves({"a.md": "b.md", "b.md": "a.md"})
    assert followed == {"a.md": "b.md", "b.md": "a.md"}
    assert str(problems[0]) == "mkdocs.yml: redirect_maps: a.md: moves in a circle (a.md → b.md → a.md) (remove a move)"


def test_a_page_move_to_a_part_of_a_page_moves_the_page_to_that_page() -> None:
    """`new.md#part` sends visitors to the part; the moved ids are looked for on `new.md`, and a chain goes on there."""
    maps = {"a.md": "b.md#top", "b.md": "c.md", "x.md": "y.md"}
    assert move_targets(maps) == {"a.md": "b.md", "b.md": "c.md", "x.md": "y.md"}
    assert follow_moves(move_targets(maps))[0] == {"a.md": "c.md", "b.md": "c.md", "x.md": "y.md"}


@pytest.mark.parametrize(
    ("schema", "page"),
    [
        ("annotations/schema/glossary.schema.json", "/glossary/"),
        ("annotations/schema/policy-areas.schema.json", "/policy-areas/"),
        ("annotations/schema/annotation.schema.json", "/annotations/"),
    ],
)
def test_a_schema_that_cannot_be_read_holds_back_the_ids_of_the_files_it_checks(schema: str, page: str) -> None:
    """Its files are left out: their ids gone were 147 anchor problems summed up on top of the schema's line."""
    lock = {**LOCK, page: ["heading", "entry"], OPP: [*LOCK[OPP], "a-note"]}
    notes = {"a-note": "migration-and-transnationalism/opportunities.md"} if page == "/annotations/" else {}
    named = lost_ids_named({Problem(schema, "", "file not found")}, lock, note_pages=notes)
    assert named == {f"{page}#heading", f"{page}#entry", *([f"{OPP}#a-note"] if notes else [])}
