"""A source's record as its landing page shows it, and the page a record belongs on (hooks/core/bibliography.py, landing_pages.py, record_marker.py)."""

from __future__ import annotations

import markdown
import pytest
from bs4 import BeautifulSoup
from conftest import ROOT

from hooks.core.bibliography import citing_link, format_value, render_record
from hooks.core.bibliography_checks import missing_bibliography, missing_landing_page
from hooks.core.landing_pages import landing_source
from hooks.core.record_marker import has_record_marker, mentions_record_marker, place_record


def test_a_season_written_as_a_number_is_named_and_an_odd_one_is_shown_as_written() -> None:
    assert format_value("issued", {"date-parts": [[2010]], "season": "2"}) == "Summer 2010"
    assert format_value("issued", {"date-parts": [[2010]], "season": 3.0}) == "Autumn 2010"
    assert format_value("issued", {"date-parts": [[2010]], "season": "²"}) == "² 2010"  # the build's traceback


def test_a_field_of_several_paragraphs_stays_in_its_row() -> None:
    """A `note` with a blank line ended the field: the rest was a paragraph between two halves of the record."""
    record = render_record(
        {"type": "report", "title": "T", "note": "Presented at the workshop.\n\nReprinted."}, [], citing=None
    )
    assert "\nNote\n:   Presented at the workshop. Reprinted.\n" in record
    kept = render_record(
        {"type": "report", "note": "p.\u00a012", "event-date": {"date-parts": [[2010, 3, 30], [2010, 4, 2]]}},
        [],
        citing=None,
    )
    assert "p.\u00a012" in kept and "30 March\u2009–\u20092 April 2010" in kept  # a no-break and a thin space stay


def test_the_record_names_other_fields_in_words_and_leaves_out_csl_s_working_fields() -> None:
    csl = {
        "type": "chapter",
        "title": "A long title",
        "title-short": "Long",
        "event": "IDM workshop",
        "event-title": "IDM workshop",
        "page-first": "285",
        "page": "285-304",
        "year-suffix": "a",
        "translator": [{"family": "Levitt"}, {"family": "Smith"}],
        "container-author": [{"family": "Castles"}],
        "collection-editor": [{"family": "A"}, {"family": "B"}],
    }
    record = render_record(csl, [], citing=None)
    lines = record.splitlines()
    terms = [term for term, definition in zip(lines, lines[1:], strict=False) if definition.startswith(":   ")]
    assert terms == ["Type", "Title", "Event", "Pages", "Translators", "Author of the whole work", "Series editors"]
    record = render_record(
        {"type": "book", "editor-translator": [{"family": "A"}, {"family": "B"}], "page-first": "12"}, [], citing=None
    )
    assert "\nEditors and translators\n:   A; B\n" in record
    assert "\nPage first\n:   12\n" in record  # no `page` beside it: the one page number the record has


def test_record_labels_names_by_their_number() -> None:
    """One editor was listed as "Editors", two authors as "Author"."""
    one, two = [{"family": "Castles"}], [{"family": "Castles"}, {"literal": "IOM"}]
    record = render_record({"type": "book", "title": "T", "author": two, "editor": one}, [], citing="c.md")
    assert "\nAuthors\n:   Castles; IOM\n" in record and "\nEditor\n:   Castles\n" in record
    record = render_record({"type": "book", "title": "T", "author": one, "editor": two}, [], citing="c.md")
    assert "\nAuthor\n:   Castles\n" in record and "\nEditors\n:   Castles; IOM\n" in record


def test_record_shows_every_field_it_has_no_label_for() -> None:
    """`URL`, `number`, a translator were left out of the record without a word; CSL's bookkeeping still is."""
    csl = {
        "id": "s",
        "citation-key": "castles2008",
        "type": "report",
        "title": "T",
        "number": 17,
        "URL": "https://example.org/a",
        "translator": [{"family": "Levitt", "given": "Peggy"}],
        "collection-number": "4",
        "categories": ["migration", "diaspora"],
    }
    record = render_record(csl, [], citing="c.md")
    lines = record.splitlines()
    terms = [term for term, definition in zip(lines, lines[1:], strict=False) if definition.startswith(":   ")]
    assert terms == ["Type", "Title", "Number", "URL", "Translator", "Number in the series", "Categories"]
    assert "\nNumber in the series\n:   4\n" in record and "\nTranslator\n:   Peggy Levitt\n" in record
    assert "\nCategories\n:   migration; diaspora\n" in record and "\nNumber\n:   17\n" in record
    assert "castles2008" not in record


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://example.org/a_b", '<a href="https&#58;&#47;&#47;example&#46;org&#47;a&#95;b">'),
        ("javascript:alert(1)", "javascript:alert(1)\n"),  # the schema refuses it: never a link, whatever comes
        ("https://example.org/a\nb", "https://example.org/a b"),  # nor what is no address (a line break)
    ],
)
def test_record_links_a_source_s_web_address_and_nothing_else(url: str, shown: str) -> None:
    record = render_record({"type": "report", "title": "T", "URL": url}, [], citing="c.md")
    assert f"\nURL\n:   {shown}" in record
    assert ("<a " in record) == url.startswith("https://example.org/a_b")


@pytest.mark.parametrize(
    ("doi", "href"),
    [
        ("10.1007/978-3-319-76861-8_3", "https://doi.org/10.1007/978-3-319-76861-8_3"),
        ("10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0",
         "https://doi.org/10.1002/(SICI)1097-4571(199806)49:8%3C693::AID-ASI4%3E3.0.CO;2-0"),
        ("10.1000/a#b?c%d", "https://doi.org/10.1000/a%23b%3Fc%25d"),  # part of the DOI, not a fragment or a query
    ],
)  # fmt: skip
def test_record_links_a_doi_at_doi_org(doi: str, href: str) -> None:
    """The DOI was plain text: now a link to https://doi.org/, the DOI as its text, no Markdown in it read."""
    record = render_record({"type": "report", "title": "T", "DOI": doi}, [], citing="c.md")
    html = markdown.markdown(record, extensions=["def_list", "md_in_html", "attr_list"])
    value = BeautifulSoup(html, "html.parser").find("dt", string="DOI").find_next_sibling("dd")
    assert [(a["href"], a.get_text()) for a in value.find_all("a")] == [(href, doi)]
    assert value.get_text() == doi


def test_record_names_the_language_its_code_stands_for() -> None:
    assert "Language\n:   English\n" in render_record(
        {"type": "report", "title": "T", "language": "en"}, [], citing="c.md"
    )
    assert "Language\n:   Portuguese (Brazil)\n" in render_record(
        {"type": "report", "title": "T", "language": "pt-BR"}, [], citing="c.md"
    )


def test_record_shows_markup_in_a_field_as_text() -> None:
    record = render_record({"type": "book", "publisher": "IOM <i>Geneva</i> & *Co*"}, [], citing="c.md")
    assert "Publisher\n:   IOM &lt;i\\>Geneva&lt;/i\\> &amp; \\*Co\\*" in record


def test_what_is_unknown_is_the_editors_markdown_one_line_each() -> None:
    """`unknown:` is the editors' prose, which sets a work's title as *Title*, as the pages do; CSL fields are text."""
    unknown = ["whether it is in *International Dialogue on Migration No. 17*", "a folded\nline"]
    record = render_record({"type": "report", "title": "*T*"}, unknown, citing="c.md")
    assert "- whether it is in *International Dialogue on Migration No. 17*\n    - a folded line\n" in record
    assert "Title\n:   \\*T\\*" in record


@pytest.mark.parametrize(
    ("item", "shown"),
    [
        ("- page numbers", "- page numbers"),  # was a list in the item
        ("2010. reprint, if any", "2010. reprint, if any"),  # was a numbered list without its year
        ("# of pages", "# of pages"),  # was a heading in the record
        ("#pages", "#pages"),
        ("> the printer", "> the printer"),  # was a quotation
        ("+ an ISBN", "+ an ISBN"),
        ("* an ISSN", "* an ISSN"),
        ("*Title* as printed", "Title as printed"),  # the editors' Markdown stays: in italics
        ("1998 or 1999", "1998 or 1999"),
    ],
)
def test_an_unknown_item_is_one_item_of_the_record_s_list_as_written(item: str, shown: str) -> None:
    """Each item is a list item holding only its words: no list, heading or quotation of its own in it."""
    record = render_record({"type": "report", "title": "T"}, ["a DOI", item], citing=None)
    html = markdown.markdown(record, extensions=["def_list", "md_in_html", "attr_list"])
    items = BeautifulSoup(html, "html.parser").select("dd > ul > li")
    assert [li.get_text() for li in items] == ["a DOI", shown]
    assert [child.name for child in items[1].find_all(True)] == (["em"] if "*T" in item else [])


@pytest.mark.parametrize(
    "item",
    [
        "[Vol]: unknown",  # a link's reference definition: the item was left empty
        "[^1]: a note of the printer",  # a footnote's definition: it went to the page's footnotes
        "*[ILO]: the publisher's abbreviation",  # an abbreviation: gone, and ILO's title on the whole page
        "!!! note",  # an admonition
        "??? which edition",  # a details block (pymdownx.details)
        "???+ which edition",
    ],
)
def test_an_unknown_item_is_shown_as_written_with_the_site_s_extensions(item: str) -> None:
    """The site's own extensions read other blocks at a line's start: each made the item vanish, or more than it."""
    from hooks.cli.config_values import configured_extensions

    extensions, configs = configured_extensions(ROOT)
    record = render_record({"type": "report", "title": "T"}, ["a DOI", item], citing=None)
    html = markdown.markdown(record + "\n\nILO and [^1].", extensions=extensions, extension_configs=configs)
    soup = BeautifulSoup(html, "html.parser")
    assert [li.get_text() for li in soup.select("dd > ul > li")] == ["a DOI", item]
    assert soup.find(["abbr", "sup", "details"]) is None and not soup.select(".admonition, .footnote")


@pytest.mark.parametrize(("page", "has_it", "link"), [
    ("migration-and-transnationalism/index.md", True, "../about/citing.md#formats"),
    ("index.md", True, "about/citing.md#formats"),
    ("a/b/index.md", True, "../../about/citing.md#formats"),
    ("migration-and-transnationalism/index.md", False, None),
])  # fmt: skip
def test_the_record_links_the_citing_page_relative_to_its_page(page: str, has_it: bool, link: str | None) -> None:
    assert citing_link(page, has_it) == link


def test_a_source_without_a_landing_page_is_named_where_its_bibliography_belongs() -> None:
    assert str(missing_landing_page("new-source")) == (
        "docs/new-source/index.md: is missing, but pages name 'new-source' as their source"
        " (create it, with the source's CSL-JSON fields under `bibliography` in its front matter;"
        " see docs/about/source-records.md#required)"
    )


@pytest.mark.parametrize(("landing", "expected"), [
    (None, ["docs/s/index.md: is missing, but pages name 's' as their source"]),
    ({"title": "S"}, ["docs/s/index.md: bibliography: is missing or not a mapping"]),
    ({}, ["docs/s/index.md: bibliography: is missing or not a mapping"]),  # a landing page without front matter
    ({"bibliography": {"type": "report"}}, []),  # there but incomplete: named when it was read
])  # fmt: skip
def test_a_source_without_a_bibliography_is_one_line_on_its_landing_page(landing: dict | None, expected: list) -> None:
    found = missing_bibliography("s", landing, asked_by="s/part.md")
    assert [str(problem).partition(" (")[0] for problem in found] == expected


@pytest.mark.parametrize("landing", [None, {"title": "S"}])
@pytest.mark.parametrize("page", ["m/index.md", "m/part.md", "part.md"])
def test_a_page_naming_another_folder_as_its_source_asks_for_none_of_its_record(
    page: str, landing: dict | None
) -> None:
    """`source: s` in m/: its `source` line (`check_source_page`) is the fix, which names no s; it asked to create s."""
    assert missing_bibliography("s", landing, asked_by=page) == []


@pytest.mark.parametrize(("page", "source", "expected"), [
    ("report/index.md", "report", "report"), ("report/part.md", "report", None), ("report/part/index.md", "report", None),
    ("index.md", "", None),
    # a folder's index that names no source, or another, is no landing page: about/index.md took a record's marker
    # for one whose fields were missing (`#required`)
    ("about/index.md", None, None), ("report/index.md", "other", None), ("report/index.md", ["report"], None),
])  # fmt: skip
def test_only_a_sources_own_index_page_is_its_landing_page(page: str, source: object, expected: str | None) -> None:
    assert landing_source(page, source) == expected


@pytest.mark.parametrize(("markdown", "asks"), [
    ("Intro.\n\n<!-- edition:bibliography -->\n\nMore.", True),
    ("<!-- edition:bibliography -->  \n", True),
    ("Intro.\n\n   <!-- edition:bibliography -->\n", True),  # indented as Markdown lets an HTML block be
    ("Example:\n\n    <!-- edition:bibliography -->\n", False),  # an indented code block: its words
    ("Write the line `<!-- edition:bibliography -->` where it goes.", False),
    ("No record here.", False),
])  # fmt: skip
def test_a_page_asks_for_its_record_by_the_marker_on_a_line_of_its_own(markdown: str, asks: bool) -> None:
    """Quoted in a sentence the marker is its words: the Citing page failed the build for saying what to write.

    (Shown in a fenced code block too: the lines are read once the fences are stashed, `test_mdx_pages.py`.)
    """
    lines = markdown.split("\n")
    assert mentions_record_marker(markdown) is (markdown != "No record here.")
    assert has_record_marker(lines) is asks
    placed = place_record(lines, ["RECORD", "LINES"])
    assert placed == lines if not asks else ("RECORD" in placed and "edition:bibliography" not in "\n".join(placed))
    assert len(placed) == len(lines) + asks
