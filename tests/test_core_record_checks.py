"""A source's record against its schema: texts, addresses, DOI, language, dates, unknown items, one line each."""

from __future__ import annotations

import datetime as dt

import frontmatter
import pytest
from conftest import ROOT

from hooks.core.bibliography import format_value, render_record
from hooks.core.bibliography_checks import bibliography_schema, check_bibliography, check_unknown
from hooks.core.languages import language_name
from hooks.core.text import DIRECTION_HINT


def bibliography_lines(csl: object) -> list[str]:
    """What the bibliography check says of `csl`, against the edition's schema."""
    return [str(p) for p in check_bibliography("docs/s/index.md", csl, bibliography_schema(ROOT)[0])]


def seeing(line: str, section: str) -> str:
    """A record's line as printed: its hint ends with the section of the editors' page that explains it."""
    see = f"see docs/about/source-records.md#{section}"
    if not line.endswith(")"):
        return f"{line} ({see})"
    return f"{line[:-1]} {see})" if line.endswith("?)") else f"{line[:-1]}; {see})"


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


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("en", "English"),
        ("EN", "English"),  # case carries no meaning in a tag
        ("pt-BR", "Portuguese (Brazil)"),
        ("zh-Hant", "Chinese (Traditional)"),
        ("es-419", "Spanish (Latin America)"),
        ("ca-ES-valencia", "Catalan (Spain, Valencian)"),
        ("grc", "Ancient Greek"),  # a language CLDR names though no locale speaks it
        ("en-US-u-ca-gregory", "English (United States)"),  # an extension is not named
        ("en-x-edition", "English"),  # nor a private-use part
        ("zh-yue", "Cantonese"),  # an extended language subtag is the language
        ("x-klingon", None),  # a private-use tag: well-formed, shown as written
        ("en-QQ", None),  # a private-use region
        ("xx", None),
        ("english", None),
        ("en_GB", None),  # a locale's underscore, not a tag's hyphen
        ("", None),
    ],
)
def test_a_language_tag_is_named_in_english(tag: str, expected: str | None) -> None:
    assert language_name(tag) == expected


@pytest.mark.parametrize(
    ("tag", "shown"),
    [
        ("pt-br", "Portuguese (Brazil)"),
        ("en-US-u-ca-gregory", "English (United States)"),
        ("yue-HK", "Cantonese (Hong Kong SAR China)"),
        ("x-klingon", "x-klingon"),
        ("en-QM", "en-QM"),  # a private-use region
        ("qaa", "qaa"),  # a private-use language: it "named no language CLDR knows"
        ("qtz-Latn-x-edition", "qtz-Latn-x-edition"),
    ],
)
def test_a_well_formed_tag_is_named_or_shown_as_written(tag: str, shown: str) -> None:
    assert bibliography_lines({"type": "report", "title": "T", "language": tag}) == []
    assert format_value("language", tag) == shown


MALFORMED = "is not a BCP 47 language tag (write a language's tag, with a script, region or variants after it if need be: fr, es-419, pt-BR, zh-Hant, ca-ES-valencia)"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("English", "'English' is not a language tag as CLDR writes it (did you mean 'en'?)"),
        ("eng", "'eng' is not a language tag as CLDR writes it (did you mean 'en'?)"),
        ("fre", "'fre' is not a language tag as CLDR writes it (did you mean 'fr'?)"),
        ("eng-GB", "'eng-GB' is not a language tag as CLDR writes it (did you mean 'en-GB'?)"),
        # a locale's underscore, a stray space: the hint was the generic one
        ("en_GB", "'en_GB' is not a language tag as CLDR writes it (did you mean 'en-GB'?)"),
        ("EN_gb", "'EN_gb' is not a language tag as CLDR writes it (did you mean 'en-GB'?)"),
        ("en ", "'en ' is not a language tag as CLDR writes it (did you mean 'en'?)"),
        ("en-", f"'en-' {MALFORMED}"),
        ("en-US-u", f"'en-US-u' {MALFORMED}"),
        ("Klingon language", f"'Klingon language' {MALFORMED}"),
        ("en-UK", "'en-UK' is not a language tag as CLDR writes it (did you mean 'en-GB'?)"),  # CLDR's alias
        # an extended-language form: BCP 47 writes it as its extended subtag, and what follows it
        ("zh-yue", "'zh-yue' is not a language tag as CLDR writes it (did you mean 'yue'?)"),
        ("sgn-ase-US", "'sgn-ase-US' is not a language tag as CLDR writes it (did you mean 'ase-US'?)"),
        # both: the hint was the extended form, which is refused in its turn
        ("zh_yue", "'zh_yue' is not a language tag as CLDR writes it (did you mean 'yue'?)"),
        ("sgn_ase_US", "'sgn_ase_US' is not a language tag as CLDR writes it (did you mean 'ase-US'?)"),
        # the extended subtag is the language, the last of several (zh-min-nan: nan), written as CLDR writes it
        # (zh-cmn-Hans: zh-Hans, as `cmn` alone): 'min-nan' was offered and refused in turn, zh-cmn-Hans named unknown
        ("zh-min-nan", "'zh-min-nan' is not a language tag as CLDR writes it (did you mean 'nan'?)"),
        ("zh-cmn-Hans", "'zh-cmn-Hans' is not a language tag as CLDR writes it (did you mean 'zh-Hans'?)"),
        ("ms_zsm", "'ms_zsm' is not a language tag as CLDR writes it (did you mean 'ms'?)"),
        ("en_UK", "'en_UK' is not a language tag as CLDR writes it (did you mean 'en-GB'?)"),
        (
            "xx",
            "'xx' names no language CLDR knows (write a language's tag, with a script, region or variants after it if need be: fr, es-419, pt-BR, zh-Hant, ca-ES-valencia)",
        ),  # a slip, not a tag
        (
            "qua",
            "'qua' names no language CLDR knows (write a language's tag, with a script, region or variants after it if need be: fr, es-419, pt-BR, zh-Hant, ca-ES-valencia)",
        ),  # beside private use's qaa–qtz
    ],
)
def test_the_language_is_a_well_formed_tag(language: str, expected: str) -> None:
    assert bibliography_lines({"type": "report", "title": "T", "language": language}) == [
        f"docs/s/index.md: bibliography.language: {seeing(expected, 'language')}"
    ]


@pytest.mark.parametrize(
    ("unknown", "lines"),
    [
        (["a DOI"], []),
        ("a DOI", ["unknown: must be a list of texts (write each on a line starting with '- ')"]),
        # YAML's reading of `- yes`, `- 2010`: the schema's line for a text field, which the callers offer as written
        (
            ["a DOI", True, 2010],
            [
                "unknown[1]: must be text, not true or false (put the text in quotes)",
                "unknown[2]: must be text, not a number (put the text in quotes)",
            ],
        ),
        (["a DOI", None], ["unknown: must be a list of texts (write each on a line starting with '- ')"]),
        # an empty '- ' in the record's Markdown: the item above it became a heading, which failed the build alone
        *(
            (["a DOI", blank], ["unknown[1]: is blank (say what is not known, or remove it)"])
            for blank in ("", " ", "\x85", "\u00a0", "\u200b")
        ),
        (["a\x00DOI"], ["unknown[0]: holds control characters no one can see: U+0000 (delete them)"]),
        # a dash alone says nothing: a dash in the list of dashes
        *(
            (["a DOI", mark], [f"unknown[1]: {mark!r} has no letter or digit (say what is not known, or remove it)"])
            for mark in ("-", "---", "…", "?")
        ),
        (
            ["a\u2028DOI"],
            [
                "unknown[0]: holds control characters no one can see: U+2028 (delete them: a line or paragraph separator (U+2028, U+2029) is a line break no one sees, so write a space in its place)"
            ],
        ),
    ],
)
def test_what_is_unknown_is_a_list_of_texts_each_showing_something(unknown: object, lines: list[str]) -> None:
    expected = [f"docs/s/index.md: {seeing(line, 'unknown')}" for line in lines]
    assert [str(p) for p in check_unknown("docs/s/index.md", unknown)] == expected


def test_record_shows_known_fields_and_lists_unknown_ones() -> None:
    record = render_record(
        {"type": "chapter", "title": "T", "editor": [{"family": "Castles", "given": "Stephen"}], "page": "285-304"},
        ["the author"],
        citing="../about/citing.md#formats",
    )
    assert "Type\n:   Book chapter" in record
    assert "Editor\n:   Stephen Castles\n" in record  # one editor
    assert "Pages\n:   285–304" in record
    assert "Not known to the edition\n:   - the author" in record
    assert record.startswith(
        '<div class="bibliographic-record" markdown>\n\n'
        "The edition's normalised record of the work, from which its citations and downloads are made "
        "([Citing the edition](../about/citing.md#formats)).\n\nType\n"
    )
    assert record.endswith("</div>")
    assert "made.\n\nType" in render_record({"type": "report"}, [], citing=None)  # a site without the Citing page


@pytest.mark.parametrize(
    ("field", "label"),
    [
        ("issued", "Issued"),
        ("event-date", "Event date"),
        ("original-date", "Original date"),
        ("submitted", "Submitted"),
        ("available-date", "Available"),
        ("accessed", "Accessed"),
    ],
)
def test_record_writes_every_date_field_as_readers_do(field: str, label: str) -> None:
    """Each of DATE_FIELDS is shown, as `9 March 2010`: dates were ISO, and four of them were left out."""
    csl = {"type": "report", "title": "T", field: {"date-parts": [[2010, 3, 9]]}}
    assert bibliography_lines(csl) == []
    assert f"{label}\n:   9 March 2010\n" in render_record(csl, [], citing="c.md")
    range_ = {"date-parts": [[2010, 3, 9], [2010, 3, 10]]}
    assert format_value(field, range_) == "9–10 March 2010"


def test_a_raw_date_is_refused_with_the_form_to_write() -> None:
    """CSL-JSON allows `raw: 2010-03-09`, which nothing here reads: "check its spelling" was no help."""
    assert bibliography_lines({"type": "report", "title": "T", "issued": {"date-parts": [[2010]], "raw": "2010"}}) == [
        "docs/s/index.md: bibliography.issued.raw: is not a field"
        " (write the date as date-parts, e.g. `date-parts: [[2010, 3, 9]]`: a date under `raw` is not read;"
        " see docs/about/source-records.md#dates)"
    ]


@pytest.mark.parametrize(
    ("written", "line"),
    [
        ("2026/12/05", "must be a mapping of fields, not text (write it as CSL date-parts: `issued: {date-parts: [[2026, 12, 5]]}`)"),
        ("2026-12-5", "must be a mapping of fields, not text (write it as CSL date-parts: `issued: {date-parts: [[2026, 12, 5]]}`)"),
        ("5 December 2026", "must be a mapping of fields, not text (write it as CSL date-parts: `issued: {date-parts: [[2026, 12, 5]]}`)"),
        ("Dec 5, 2026", "must be a mapping of fields, not text (write it as CSL date-parts: `issued: {date-parts: [[2026, 12, 5]]}`)"),
        ("5/12/2026", "must be a mapping of fields, not text (write it as CSL date-parts: `issued: {date-parts: [[2026, 12, 5]]}`"
         " (5 December) or `issued: {date-parts: [[2026, 5, 12]]}` (12 May), as you meant it)"),
        ("2026-02-31", "must be a mapping of fields, not text (no such day: February 2026 has 28 days;"
         " write a CSL date, e.g. `{date-parts: [[2010, 3, 9]]}`)"),
        (dt.date(2026, 12, 5), "must be a mapping of fields, not a date (write it as CSL date-parts: `issued: {date-parts: [[2026, 12, 5]]}`)"),
        ("Spring 2010", "must be a mapping of fields, not text (write a CSL date, e.g. `{date-parts: [[2010, 3, 9]]}`)"),
    ],
)  # fmt: skip
def test_a_date_typed_as_text_is_offered_as_date_parts(written: object, line: str) -> None:
    """`issued: 2026/12/05` (or YAML's own date, `issued: 2026-12-05`) got the generic example, not its own day."""
    csl = {"type": "report", "title": "T", "issued": written}
    assert bibliography_lines(csl) == [f"docs/s/index.md: bibliography.issued: {seeing(line, 'dates')}"]


@pytest.mark.parametrize(
    ("csl", "parts"),
    [
        ({"issued": "5 listopada 2026", "language": "hr"}, "[[2026, 10, 5]]"),  # October in Croatian
        ({"issued": "5 listopada 2026", "language": "pl"}, "[[2026, 11, 5]]"),  # November in Polish
        ({"issued": "5 listopada 2026"}, "[[2026, 11, 5]]"),  # as most languages read it
        ({"issued": {"date-parts": [[2026]], "raw": "5 listopada 2026"}, "language": "hr-HR"}, "[[2026, 10, 5]]"),
    ],
)
def test_a_date_in_words_is_read_in_the_records_language_first(csl: dict, parts: str) -> None:
    """`listopad` is October in Croatian: a record's `language: hr` decides, as an annotation's does."""
    (line,) = bibliography_lines({"type": "report", "title": "T", **csl})
    assert parts in line, line


@pytest.mark.parametrize(
    ("date", "line"),
    [
        ({"date-parts": [[2010]], "season": 7}, "original-date.season: 7 is no season (write 1 to 4, spring to winter, or the season's name)"),
        ({"date-parts": [[2010]], "circa": "false"}, "original-date.circa: must be true or false, not text (write `circa: true` or leave it out)"),
        ({"date-parts": [[2011, 3, 10], [2011, 3, 9]]}, "original-date: ends ([2011, 3, 9]) before it starts ([2011, 3, 10]) (write the earlier date first)"),
        ({"date-parts": [[2011], [2010, 5]]}, "original-date: ends ([2010, 5]) before it starts ([2011]) (write the earlier date first)"),
        ({"date-parts": [[0]]}, "original-date: there is no year 0: CSL writes 1 BC as -1 (write a CSL date, e.g. `{date-parts: [[2010, 3, 9]]}`)"),
        ({"date-parts": [[2010]], "season": "7"}, "original-date.season: '7' is no season (write 1 to 4, spring to winter, or the season's name)"),
        ({"date-parts": [[2010]], "season": 2.5}, "original-date.season: 2.5 is no season (write 1 to 4, spring to winter, or the season's name)"),
        ({"raw": "2010-03-09"}, "original-date.raw: is not a field (write the date as date-parts: `date-parts: [[2010, 3, 9]]`: a date under `raw` is not read)"),
        # a date typed as editors type it: the date-parts to write, or the day the calendar lacks, named
        ({"raw": "2010/03/09"}, "original-date.raw: is not a field (write the date as date-parts: `date-parts: [[2010, 3, 9]]`: a date under `raw` is not read)"),
        ({"raw": "Mar 9, 2010"}, "original-date.raw: is not a field (write the date as date-parts: `date-parts: [[2010, 3, 9]]`: a date under `raw` is not read)"),
        ({"raw": "31/02/2010"}, "original-date.raw: is not a field (no such day: February 2010 has 28 days; write the date as date-parts, e.g. `date-parts: [[2010, 3, 9]]`: a date under `raw` is not read)"),
        ({"raw": "yesterday"}, "original-date.raw: is not a field (write the date as date-parts, e.g. `date-parts: [[2010, 3, 9]]`: a date under `raw` is not read)"),
        ({"date-parts": [[2026, 2, 31]]}, "original-date: [2026, 2, 31] is no day of the calendar (February 2026 has 28 days: write a real day)"),
        ({"date-parts": [[2026, 13, 1]]}, "original-date: [2026, 13, 1] is no day of the calendar (the month is 1–12, not 13: write a real day)"),
        ({"date-parts": [[2026, 13]]}, "original-date: [2026, 13] is no day of the calendar (the month is 1–12, not 13: write a real day)"),
        ({"date-parts": [[-44, 2, 30]]}, "original-date: [-44, 2, 30] is no day of the calendar (February -44 has 29 days: write a real day)"),
    ],
)  # fmt: skip
def test_a_date_the_record_would_misprint_is_one_line(date: dict, line: str) -> None:
    """The schema takes them; the record showed `7 2010`, `c. 2010` for "false", `10–9 March 2011`, `0`.

    A `raw` date alone was two lines: date-parts missing, and raw refused.
    """
    csl = {"type": "report", "title": "T", "original-date": date}
    assert bibliography_lines(csl) == [f"docs/s/index.md: bibliography.{seeing(line, 'dates')}"]


def test_a_date_s_season_and_a_range_of_two_precisions_pass() -> None:
    for date in (
        {"date-parts": [[2010]], "season": 2},
        {"date-parts": [[2010, 3], [2010, 3, 9]]},
        {"date-parts": [[-50]]},
    ):
        assert bibliography_lines({"type": "report", "title": "T", "original-date": date}) == [], date


def test_a_date_s_other_mistakes_are_each_one_line() -> None:
    """A raw date beside date-parts that are no list: both lines (the first hid the second); a reversed `issued`
    range: only the range's line (two asked for opposite fixes)."""
    both = {"raw": "2010", "date-parts": "2010"}
    assert [line.split(": ")[1] for line in bibliography_lines({"type": "report", "title": "T", "issued": both})] == [
        "bibliography.issued.raw",
        "bibliography.issued.date-parts",
    ]
    reversed_issued = {"date-parts": [[2011], [2010]]}
    assert bibliography_lines({"type": "report", "title": "T", "issued": reversed_issued}) == [
        "docs/s/index.md: bibliography.issued: is a range: the citations would show no year"
        " (give the first day alone; say what the range is in `note`; see docs/about/source-records.md#dates)"
    ]
