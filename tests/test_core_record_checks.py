"""A source's record against its schema: texts, addresses, DOI, type, title and fields, one line each."""

from __future__ import annotations

import frontmatter
import pytest
from conftest import ROOT
from record_check_helpers import bibliography_lines, seeing

from hooks.core.text import DIRECTION_HINT


@pytest.mark.parametrize(
    ("value", "line"),
    [
        ("Geneva", None),
        (1998, None),  # CSL-JSON takes numbers for text fields
        *((blank, "is blank (write some text: spaces and invisible characters alone show nothing)")
          for blank in ("", " ", "\u00a0", "\ufeff")),
        ("Gen\u202eeva", f"holds control characters no one can see: U+202E (delete them: {DIRECTION_HINT})"),
        ("Gen\x00eva", "holds control characters no one can see: U+0000 (delete them)"),
    ],
)  # fmt: skip
def test_a_records_text_field_shows_something_and_holds_no_control_character(value: object, line: str | None) -> None:
    """A blank publisher was left out of every citation format without a word; U+202E turned the record around."""
    expected = [f"docs/s/index.md: bibliography.publisher-place: {seeing(line, 'text-fields')}"] if line else []
    assert bibliography_lines({"type": "report", "title": "T", "publisher-place": value}) == expected


@pytest.mark.parametrize(
    ("record", "line"),
    [
        ({"title": "Mig\u202eration"}, "bibliography.title: holds control characters no one can see: U+202E"
         f" (delete them: {DIRECTION_HINT})"),
        ({"title": "T", "author": [{"family": "Le\x00vitt"}]}, "bibliography.author[0].family: holds control"
         " characters no one can see: U+0000 (delete them)"),
        ({"title": "T", "categories": ["migration", "re\u202emittances"]}, "bibliography.categories[1]: holds"
         f" control characters no one can see: U+202E (delete them: {DIRECTION_HINT})"),
        ({"title": "T", "issued": {"date-parts": [[2008]], "literal": "spring\u202e 2008"}}, "bibliography.issued.literal:"
         f" holds control characters no one can see: U+202E (delete them: {DIRECTION_HINT})"),
        ({"title": "T", "issued": {"date-parts": [[2008]], "literal": "\u200b"}}, "bibliography.issued.literal: is blank"
         " (write some text: spaces and invisible characters alone show nothing)"),
        ({"title": "Migration\u2028and development"}, "bibliography.title: holds control characters no one can see:"
         " U+2028 (delete them: a line or paragraph separator (U+2028, U+2029) is a line break no one sees, so write a space in its place)"),
        ({"title": "T", "author": [{"literal": "IOM " * 100}]}, "bibliography.author[0].literal: is 400 characters"
         " long, more than the 300 it may have (shorten it to 300 characters or fewer)"),
    ],
)  # fmt: skip
def test_a_records_title_and_names_hold_no_control_character(record: dict, line: str) -> None:
    """U+202E in the title passed, turning the record's and every citation's words around after it."""
    assert bibliography_lines({"type": "report", **record}) == [f"docs/s/index.md: {seeing(line, 'text-fields')}"]


@pytest.mark.parametrize(
    ("record", "line"),
    [
        ({"publisher": "IOM " * 80}, "bibliography.publisher: is 320 characters long, more than the 300 it may have"
         " (shorten it to 300 characters or fewer)"),
        ({"container-title": "Review " * 50}, "bibliography.container-title: is 350 characters long, more than the"
         " 300 it may have (shorten it to 300 characters or fewer)"),
        ({"issued": {"date-parts": [[2008]], "season": "spring " * 50}}, "bibliography.issued.season: is 350"
         " characters long, more than the 300 it may have (shorten it to 300 characters or fewer)"),
        ({"abstract": "Words. " * 800}, "bibliography.abstract: is 5,600 characters long, more than the 5,000 it may"
         " have (shorten it to 5,000 characters or fewer)"),
        ({"note": "Words.\n" * 900}, "bibliography.note: is 6,300 characters long, more than the 5,000 it may have"
         " (shorten it to 5,000 characters or fewer)"),
    ],
)  # fmt: skip
def test_a_records_one_line_and_multi_line_texts_have_their_limits(record: dict, line: str) -> None:
    """Every other text of the record took any length: a page pasted in as `publisher` was shown in every citation."""
    assert bibliography_lines({"type": "report", "title": "T", **record}) == [
        f"docs/s/index.md: {seeing(line, 'text-fields')}"
    ]


ADDRESS_HINT = 'start it with https://, with no space, control character or any of "<>\\^`{|} in it'


@pytest.mark.parametrize(
    ("url", "line"),
    [
        ("https://publications.iom.int/books/migration-and-transnationalism-opportunities-and-challenges", None),
        ("https://example.org/report.pdf?" + "token=abcdef0123456789&" * 40, None),  # 890 characters: a real URL can be
        ("https://example.org/" + "a" * 2000, "is 2,020 characters long, more than the 2,000 it may have"
         " (shorten it to 2,000 characters or fewer)"),
        ("publications.iom.int/books", f"'publications.iom.int/books' is not a web address ({ADDRESS_HINT})"),
        ("https://example.org/a report.pdf", f"'https://example.org/a report.pdf' is not a web address ({ADDRESS_HINT})"),
        ("javascript:alert(1)", f"'javascript:alert(1)' is not a web address ({ADDRESS_HINT})"),
        ("https://example.org/\u202efdp.exe", "'https://example.org/\\u202efdp.exe' is not a web address"
         f" ({ADDRESS_HINT})"),
        # in a link's words (`NO_HOST`, `NO_ADDRESS`): one slip, one why, wherever the address is written
        ("https:///report.pdf", "'https:///report.pdf' is no address: it names no host after '//' (copy the address"
         " from the browser's address bar, e.g. https://publications.iom.int/books/migration-and-transnationalism)"),
        ("https://@/report.pdf", "'https://@/report.pdf' is no address: it names no host after '//' (copy the address"
         " from the browser's address bar, e.g. https://publications.iom.int/books/migration-and-transnationalism)"),
        ("http://[x", "'http://[x' is no address: its host, after '//', cannot be read (copy the address from the"
         " browser's address bar, e.g."
         " https://publications.iom.int/books/migration-and-transnationalism)"),
        (2010, "must be text, not a number (put the text in quotes)"),
        # urlsplit reads them, no browser does (`unread_address`'s words): the record linked a dead address
        ("https://a.org:99999/r.pdf", "'https://a.org:99999/r.pdf' is no address: its port, '99999', is no number"
         " from 0 to 65535 (write https://a.org/r.pdf, or the port's number)"),
        ("https://a%20b.org/r.pdf", "'https://a%20b.org/r.pdf' is no address: its host, 'a%20b.org', holds a space (written '%20')"
         " (copy the whole address from the browser's address bar)"),
        ("http://1.2.3.4.5/", "'http://1.2.3.4.5/' is no address: its host, '1.2.3.4.5', cannot be read (copy the"
         " address from the browser's address bar, e.g. https://publications.iom.int/books/migration-and-transnationalism)"),
        # the schema's line alone, not ours too
        ("https://a.org:99999/" + "a" * 2000, "is 2,020 characters long, more than the 2,000 it may have"
         " (shorten it to 2,000 characters or fewer)"),
    ],
)  # fmt: skip
def test_a_records_url_is_a_web_address_of_its_own_length(url: object, line: str | None) -> None:
    """`URL` took any one line of 300 characters: a real address can be longer, and `www.iom.int` or one with a space
    passed into the record as an address no reader can follow."""
    expected = [f"docs/s/index.md: bibliography.URL: {seeing(line, 'url')}"] if line else []
    assert bibliography_lines({"type": "report", "title": "T", "URL": url}) == expected


DOI_HINT = "write the DOI alone, as '10.' and the rest, e.g. 10.1007/978-3-319-76861-8_3 (not its address or 'doi:')"


@pytest.mark.parametrize(
    ("doi", "line"),
    [
        ("10.1007/978-3-319-76861-8_3", None),
        ("10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0", None),  # an old Wiley DOI, as registered
        ("https://doi.org/10.1007/978-3-319-76861-8_3", f"'https://doi.org/10.1007/978-3-319-76861-8_3' is not a DOI"
         f" ({DOI_HINT})"),
        ("doi:10.1007/x", f"'doi:10.1007/x' is not a DOI ({DOI_HINT})"),
        ("10.1007/a b", f"'10.1007/a b' is not a DOI ({DOI_HINT})"),
        ("10.1007/x\n", f"'10.1007/x\\n' is not a DOI ({DOI_HINT})"),
        ("10.1007/x\x00", "holds control characters no one can see: U+0000 (delete them)"),
        (10.1007, "must be text, not a number (put the text in quotes)"),
    ],
)  # fmt: skip
def test_a_records_doi_is_a_doi(doi: object, line: str | None) -> None:
    """`DOI` took any one line: the record links it at https://doi.org/, where `doi:10.…` or an address leads nowhere."""
    expected = [f"docs/s/index.md: bibliography.DOI: {seeing(line, 'doi')}"] if line else []
    assert bibliography_lines({"type": "report", "title": "T", "DOI": doi}) == expected


def test_a_records_abstract_and_note_take_a_few_paragraphs() -> None:
    """One line each would refuse an abstract: only the multi-line texts take more than `LINE_LIMIT`."""
    paragraphs = "A paragraph of an abstract, as long as most are. " * 30
    assert len(paragraphs) > 1000
    assert bibliography_lines({"type": "report", "title": "T", "abstract": paragraphs, "note": paragraphs}) == []


def test_bibliography_needs_type_and_title() -> None:
    assert bibliography_lines({"title": "T"}) == [
        "docs/s/index.md: bibliography.type: is missing (add `type` under `bibliography`;"
        " see docs/about/source-records.md#required)"
    ]
    assert bibliography_lines(None) == [
        "docs/s/index.md: bibliography: is missing or not a mapping (add CSL-JSON fields under `bibliography`;"
        " see docs/about/source-records.md#required)"
    ]
    assert bibliography_lines({"type": "reprot", "title": "T"}) == [
        "docs/s/index.md: bibliography.type: 'reprot' is not a CSL item type"
        " (did you mean 'report'? see docs/about/source-records.md#required)"
    ]
    assert bibliography_lines({"type": "xyzzy", "title": "T"}) == [
        "docs/s/index.md: bibliography.type: 'xyzzy' is not a CSL item type"
        " (use a CSL item type, e.g. report, chapter or book; see docs/about/source-records.md#required)"
    ]
    assert bibliography_lines({"type": "paper-conference", "title": "T"}) == []
    assert bibliography_lines({"type": "book", "title": "T", "issued": {"date-parts": [[]]}}) == [
        "docs/s/index.md: bibliography.issued.date-parts[0]: [] should be non-empty (list at least 1;"
        " see docs/about/source-records.md#dates)"
    ]  # the schema's line alone: the calendar check stopped on it with a traceback
    assert bibliography_lines({"type": "book", "title": "T", "issued": {"date-parts": [[-50]]}}) == []  # 50 BCE
    assert (
        bibliography_lines({"type": "book", "title": "T", "event-date": {"date-parts": [[2010, 3, 9], [2010, 3, 10]]}})
        == []
    )


@pytest.mark.parametrize(
    ("fields", "expected", "section"),
    [
        (
            {"issued": 2010},
            "bibliography.issued: must be a mapping of fields, not a number (write a CSL date, e.g."
            " `{date-parts: [[2010, 3, 9]]}`)",
            "dates",
        ),
        (
            {"author": "International Organization for Migration"},
            "bibliography.author: must be a list, not text (write a list of names, each `- family: Levitt` with"
            " `given: Peggy`, or `- literal: Organisation`)",
            "csl-json",
        ),
        (
            {"author": [{"given": "Peggy"}]},
            "bibliography.author[0]: needs `family` or `literal` (add `family` or `literal`)",
            "csl-json",
        ),
        (
            {"issued": {"date-parts": [["2010"]]}},
            "bibliography.issued.date-parts[0][0]: must be a whole number, not text",
            "dates",
        ),
        # JSON Schema counts 2008.0 as an integer: it was published as "2008.0"
        (
            {"issued": {"date-parts": [[2008.0]]}},
            "bibliography.issued.date-parts[0][0]: must be a whole number, not 2008.0 (write it without a decimal point: 2008)",
            "dates",
        ),
        (
            {"publisher-plce": "Geneva"},
            "bibliography.publisher-plce: is not a field: did you mean `publisher-place`? (rename it to `publisher-place`)",
            "csl-json",
        ),
        (
            {"page": ["285", "304"]},
            "bibliography.page: must be text or a number, not a list (put the text in quotes)",
            None,
        ),
        # citeproc-py writes a range without its year: "(Levitt)", in every style
        (
            {"issued": {"date-parts": [[2010, 3, 9], [2010, 3, 10]]}},
            "bibliography.issued: is a range: the citations would show no year"
            " (give the first day alone; say what the range is in `note`)",
            "dates",
        ),
        (
            {"issued": {"date-parts": [[2008, 2, 31]]}},
            "bibliography.issued: [2008, 2, 31] is no day of the calendar (February 2008 has 29 days: write a real day)",
            "dates",
        ),
        # YAML reads 1.10 as 1.1: the digits written are lost
        (
            {"version": 1.10},
            "bibliography.version: 1.1 is a number to YAML, not the text written (put the text in quotes)",
            "text-fields",
        ),
        (
            {"issued": {"date-parts": [[2010, 99999999999999999999]]}},
            "bibliography.issued: [2010, 99999999999999999999] is no day of the calendar"
            " (the month is 1–12, not 99999999999999999999: write a real day)",
            "dates",
        ),
    ],
)
def test_bibliography_fields_are_what_csl_and_the_citations_read(
    fields: dict, expected: str, section: str | None
) -> None:
    """A field citeproc-py or the exports read otherwise stopped the build with a traceback, or vanished.

    Each line but one ends with the section of the editors' page that explains its fix: a list where
    text is wanted is one no section speaks of.
    """
    line = seeing(expected, section) if section else expected
    assert bibliography_lines({"type": "report", "title": "T", **fields}) == [f"docs/s/index.md: {line}"]


def test_the_editions_bibliographies_are_valid() -> None:
    records = [frontmatter.load(index).get("bibliography") for index in sorted((ROOT / "docs").glob("*/index.md"))]
    assert len([record for record in records if record]) == 2
    assert [line for record in records if record for line in bibliography_lines(record)] == []
