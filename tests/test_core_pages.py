"""Unit tests of the pure core for pages: front matter, paragraph ids, bibliography."""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urljoin

import frontmatter
import markdown
import pytest
from bs4 import BeautifulSoup

from hooks.core.anchor_redirects import published_ids
from hooks.core.bibliography import (
    citing_link,
    format_value,
    has_record_marker,
    landing_source,
    mentions_record_marker,
    place_record,
    render_record,
)
from hooks.core.bibliography_checks import (
    bibliography_schema,
    check_bibliography,
    check_unknown,
    missing_bibliography,
    missing_landing_page,
)
from hooks.core.heading_ids import builders_form, check_heading_ids, check_repeated_ids
from hooks.core.languages import language_name
from hooks.core.links import (
    absolute_link,
    addressed_page,
    check_site_url,
    page_address,
    published_address,
    relative_to_page,
    usable_site_url,
)
from hooks.core.page_fields import corrected_front_matter
from hooks.core.page_front_matter import control_lines, diagnose_front_matter, read_page_text, split_page
from hooks.core.page_identity import identify, index_pages
from hooks.core.paragraphs import PageInventory, Paragraph, check_paragraph_ids, normalise_space
from hooks.core.problems import Problem, named_value
from hooks.core.source_page_checks import check_orders, check_source_page, check_source_paragraphs, source_page_folders
from hooks.core.text import DIRECTION_HINT, LINE_SEPARATOR_HINT

ROOT = Path(__file__).resolve().parent.parent
GOOD = {"title": "Opportunities", "source": "src", "order": 3, "tags": []}


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        (GOOD, []),
        ({**GOOD, "title": None}, ["docs/x.md: title: must be text, not empty (e.g. `title: Opportunities`)"]),
        ({**GOOD, "title": ""}, []),  # a blank text is title_problem's line, on every page (not twice here)
        (
            {**GOOD, "source": "other"},
            ["docs/x.md: source: is 'other' but the page lives in 'src' (write `source: src`)"],
        ),
        ({**GOOD, "order": "3"}, ["docs/x.md: order: must be a whole number ≥ 0, not '3' (e.g. `order: 3`)"]),
        ({**GOOD, "tags": "a, b"}, ["docs/x.md: tags: must be a list of policy-area ids (write it as `tags: [a, b]`)"]),
        (
            {"title": "T", "source": "src", "order": 1},
            ["docs/x.md: tags: is missing (add `tags` to the front matter)"],
        ),
        (  # its value is the page's folder: the line to copy (it said "add `source`")
            {"title": "T", "order": 1, "tags": []},
            ["docs/x.md: source: is missing (add `source: src` to the front matter)"],
        ),
        # a misspelt field is one line naming what it stands for, not "`title` is missing"
        (
            {**GOOD, "titel": "T"},
            [],
        ),  # a page may have fields of its own: only one standing for a missing field is named
        (
            {"titel": "T", "source": "src", "order": 1, "tags": []},
            ["docs/x.md: titel: is not a field: did you mean `title`? (rename it to `title`)"],
        ),
        (
            {"title": "T", "source": "src", "ordre": 1, "tags": [], "subtitle": "S"},
            ["docs/x.md: ordre: is not a field: did you mean `order`? (rename it to `order`)"],
        ),
        (
            {**GOOD, "tags": "remittances"},
            ["docs/x.md: tags: must be a list of policy-area ids (write it as `tags: [remittances]`)"],
        ),
    ],
)
def test_check_source_page(meta: dict, expected: list[str]) -> None:
    assert [str(p) for p in check_source_page("docs/x.md", meta, "src")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("---\ntitle: ok\n---\nbody", None),
        ("no front matter", None),
        ("---\ntitle: [unclosed\n---\n", "docs/x.md: front matter: invalid YAML at line 2: "),
        (
            "---\ntitle: ok\n---",  # no line break after the block: MkDocs shows it as text
            "docs/x.md: front matter: is not read by MkDocs: it must open with a line '---' and close with '---'"
            " and a line break (write '---' alone on the first and the closing line)",
        ),
        (
            "http://example.org opens the page.\n",
            "docs/x.md: front matter: the page starts with 'http://example.org opens the page.', which MkDocs takes"
            " for a field, not for text (put fields between two lines '---'; start the text with a heading or a blank line)",
        ),
        ("---\n---\nBody.\n", "docs/x.md: front matter: is not a mapping of fields"),
        (
            "---\ntitle: x\n",
            "docs/x.md: front matter: the opening '---' is never closed (end the block with a line '---')",
        ),
        ("---\n- a list\n---\n", "docs/x.md: front matter: is not a mapping of fields (write `field: value` lines)"),
        (
            "---\ntitle: A\norder: 1\ntitle: B\n---\n",
            "docs/x.md: front matter: `title` is written twice at line 4 (keep one of the two: YAML would silently keep",
        ),
        (  # a record's date is CSL's date-parts, not the YYYY-MM-DD of a page's own field
            "---\ntitle: T\nbibliography:\n  id: x\n  issued: 2026-02-31\n---\n",
            "docs/x.md: front matter: '2026-02-31' is no day of the calendar (February 2026 has 28 days) at line 5"
            " (write a real day as CSL date-parts, e.g. `issued: {date-parts: [[2026, 2, 28]]}`)",
        ),
        (
            "---\ntitle: T\nbibliography:\n  accessed: {raw: 2026-04-31}\n---\n",
            "docs/x.md: front matter: '2026-04-31' is no day of the calendar (April 2026 has 30 days) at line 4"
            " (write a real day as date-parts, e.g. `date-parts: [[2026, 4, 30]]`: a date under `raw` is not read)",
        ),
        (
            "---\nbibliography:\n  issued: 2026-13-01\n---\n",
            "docs/x.md: front matter: '2026-13-01' is no day of the calendar (the month is 1–12, not 13) at line 3"
            " (write a real day as CSL date-parts, e.g. `issued: {date-parts: [[2026]]}`)",
        ),
        (  # not a record's date: YAML's own form, as for any field
            "---\ntitle: T\nbibliography:\n  note: 2026-02-31\n---\n",
            "docs/x.md: front matter: '2026-02-31' is no day of the calendar (February 2026 has 28 days) at line 4"
            " (write a real day as YYYY-MM-DD, month first, or put the text in quotes)",
        ),
    ],
)
def test_diagnose_front_matter(text: str, expected: str | None) -> None:
    problem = diagnose_front_matter("docs/x.md", text)
    if expected is None:
        assert problem is None
    else:
        assert str(problem).startswith(expected)


def source_page_lines(
    inventory: PageInventory, published: Iterable[str] = (), retired: Iterable[str] = (), *, lock_read: bool = True
) -> list[str]:
    """What the build and make check say of the paragraph and heading ids of `docs/x.md`, a source page."""
    ids = (list(published), list(retired))
    metas, inventories = {"docs/x.md": {"source": "s"}}, {"x.md": inventory}
    return [str(p) for p in check_source_paragraphs(metas, inventories, lambda _: ids, lock_read=lock_read)]


def test_a_paragraph_without_an_id_is_offered_the_published_id_its_page_lost() -> None:
    inventory = PageInventory(paragraphs=(Paragraph("p1", "a"), Paragraph("p3", "c")), unnumbered=("Lost…",))
    assert [str(p) for p in check_paragraph_ids("docs/x.md", inventory, ["x", "p1", "p2", "p3"])] == [
        "docs/x.md: paragraph: 'Lost…' has no id (end it with '{ #p2 }' if it is the paragraph published as p2,"
        " or '{ #p4 }' if it is new)"
    ]
    assert [str(p) for p in check_paragraph_ids("docs/x.md", inventory, ["p1", "p2", "p3", "p10", "p5"])] == [
        "docs/x.md: paragraph: 'Lost…' has no id (end it with its published id if it had one (p2, p5, p10 are gone),"
        " or '{ #p11 }' if it is new)"
    ]


def test_paragraph_id_problems_name_the_paragraph_and_the_next_free_id() -> None:
    inventory = PageInventory(
        paragraphs=(Paragraph("p1", "a"), Paragraph("p2", "b"), Paragraph("p2", "c")),
        unnumbered=("A stray paragraph…",),
        misnamed=("intro",),
        duplicates=("p2",),
        unnamed_headings=("Policy options: what next?",),
    )
    assert source_page_lines(inventory) == [
        "docs/x.md: paragraph: 'A stray paragraph…' has no id (end the paragraph with '{ #p3 }' on its own line;"
        " if it was split off a paragraph, the first part keeps that paragraph's id and the new part takes p3)",
        "docs/x.md: paragraph: id 'intro' is not of the form pN (paragraph ids are p1, p2, … per page)",
        "docs/x.md: paragraph: id 'p2' is used twice (renumber one p3)",
        "docs/x.md: heading: 'Policy options: what next?' has no id (end the heading with '{ #policy-options-what-next }')",
    ]


@pytest.mark.parametrize(
    ("published", "hint"),
    [
        ((), "renumber one p3"),
        (("p1",), "renumber one p3"),
        (  # two branches each added a p2, and one was published first: its links must keep its words
            ("p1", "p2"),
            "p2 is published: it stays with the paragraph the published site shows as p2 (the words"
            " anchors.words.json records for it), and the other takes p3",
        ),
        (  # p3 gone and p2 twice: most likely p3 was overwritten by mistake
            ("p1", "p2", "p3"),
            "p2 is published: it stays with the paragraph the published site shows as p2 (the words"
            " anchors.words.json records for it), and the other takes p3 if it is the paragraph published as p3,"
            " or p4 if it is new",
        ),
    ],
)
def test_an_id_used_twice_says_which_paragraph_keeps_it_when_it_is_published(
    published: tuple[str, ...], hint: str
) -> None:
    inventory = PageInventory(
        paragraphs=(Paragraph("p1", "a"), Paragraph("p2", "b"), Paragraph("p2", "c")), duplicates=("p2",)
    )
    assert [str(p) for p in check_paragraph_ids("docs/x.md", inventory, published)] == [
        f"docs/x.md: paragraph: id 'p2' is used twice ({hint})"
    ]


def test_a_heading_without_an_id_is_offered_one_no_element_has_had() -> None:
    """The slug alone was offered though the page or the lock had it: a second error, or a retired id reused."""
    inventory = PageInventory(headings=("searching",), ids=("searching",), unnamed_headings=("Searching",))
    assert [str(p) for p in check_heading_ids("docs/x.md", inventory)] == [
        "docs/x.md: heading: 'Searching' has no id (end the heading with '{ #searching-2 }')"
    ]
    gone = PageInventory(headings=("searching-2",), ids=("searching-2",), unnamed_headings=("Searching",))
    assert [str(p) for p in check_heading_ids("docs/x.md", gone, ["p1", "searching", "searching-2"])] == [
        "docs/x.md: heading: 'Searching' has no id (end it with '{ #searching }' if it is the heading published"
        " as searching, or '{ #searching-3 }' if new)"
    ]


def test_while_the_lock_does_not_load_an_offered_id_waits_on_it() -> None:
    """Unread, the lock holds no id: `p3` or `searching` offered may be one published once and retired."""
    inventory = PageInventory(
        paragraphs=(Paragraph("p1", "a"), Paragraph("p2", "b"), Paragraph("p2", "c")),
        unnumbered=("New…",),
        duplicates=("p2",),
        unnamed_headings=("Searching",),
    )
    wait = "; anchors.lock.json does not load: check the id once it does)"
    lines = source_page_lines(inventory, lock_read=False)
    assert len(lines) == 3 and all(line.endswith(wait) for line in lines), lines
    assert str(check_heading_ids("docs/x.md", inventory, lock_read=False)[0]).endswith(wait)
    assert not any(wait in line for line in source_page_lines(inventory))


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
    ("numbers", "expected"),
    [
        ((), "no numbered paragraphs"),
        ((1, 2, 3), "p1–p3"),
        ((1, 2, 3, 5), "p1–p3, p5"),
        ((2, 4, 5, 7), "p2, p4–p5, p7"),
    ],
)
def test_the_id_range_shows_where_a_deleted_paragraph_left_a_gap(numbers: tuple, expected: str) -> None:
    """'It has p1–p5' when p4 is gone would send a contributor to a paragraph that is not there."""
    inventory = PageInventory(paragraphs=tuple(Paragraph(f"p{n}", "text") for n in numbers))
    assert inventory.id_range() == expected


def test_an_id_a_redirect_retired_is_offered_to_no_new_element() -> None:
    """`searching` moved elsewhere by a redirect: taken again, the build refuses the redirect as useless."""
    headings = PageInventory(unnamed_headings=("Searching", "Searching"))
    assert [str(p) for p in check_heading_ids("docs/x.md", headings, [], ["searching"])] == [
        "docs/x.md: heading: 'Searching' has no id (end the heading with '{ #searching-2 }')",
        "docs/x.md: heading: 'Searching' has no id (end the heading with '{ #searching-3 }')",  # not the same twice
    ]
    paragraphs = PageInventory(paragraphs=(Paragraph("p1", "a"),), unnumbered=("New…",))
    assert "'{ #p7 }'" in str(check_paragraph_ids("docs/x.md", paragraphs, ["p1"], ["p6"])[0])


def test_the_ids_of_a_page_moved_onto_another_are_offered_to_no_new_element_there() -> None:
    """conclusion.md moved onto the source's index: a new p1 there would take /conclusion/#p1's links."""
    index, conclusion = "/migration-and-transnationalism/", "/migration-and-transnationalism/conclusion/"
    lock = {index: ["migration-and-transnationalism", "contents"], conclusion: ["conclusion", "p1"]}
    moves = {conclusion: index}
    published, retired = published_ids(lock, {f"{conclusion}#p1": f"{index}#contents"}, index, moves)
    paragraphs = PageInventory(unnumbered=("The editors' summary…",))
    assert "'{ #p2 }' on its own line" in str(check_paragraph_ids("docs/x.md", paragraphs, published, retired)[0])
    assert published_ids(lock, {}, index, {}) == (lock[index], [])  # no move: the page's own ids alone


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
        ("https:///report.pdf", "'https:///report.pdf' is not a web address (copy the address from the browser's"
         " address bar, e.g. https://publications.iom.int/books/migration-and-transnationalism)"),  # names no host
        ("http://[x", "'http://[x' is not a web address (copy the address from the browser's address bar, e.g."
         " https://publications.iom.int/books/migration-and-transnationalism)"),
        (2010, "must be text, not a number (put the text in quotes)"),
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


def test_normalise_space_collapses_exactly_what_the_whitespace_regex_did() -> None:
    every_space = "".join(chr(code) for code in range(sys.maxunicode + 1) if re.fullmatch(r"\s", chr(code)))
    text = f"{every_space}one{every_space}two \n\t three\u00a0four{every_space}"
    assert normalise_space(text) == re.sub(r"\s+", " ", text).strip() == "one two three four"
    assert normalise_space("") == ""


def test_two_pages_of_a_source_cannot_share_a_position() -> None:
    pages = {
        "docs/s/a.md": {"source": "s", "order": 1},
        "docs/s/b.md": {"source": "s", "order": 1},
        "docs/t/c.md": {"source": "t", "order": 1},
        "docs/s/d.md": {"source": "s", "order": "one"},
    }
    assert [str(p) for p in check_orders(pages)] == [
        "docs/s/b.md: order: 1 is also the order of docs/s/a.md (give each page of a source its own position)"
    ]


def test_a_page_in_a_sources_folder_is_a_source_page_even_without_its_source_field() -> None:
    """So that the page which forgot `source:` is named, not passed over; other pages are not source pages."""
    metas = {
        "docs/s/index.md": {"source": "s"},
        "docs/s/forgot.md": {"title": "T"},
        "docs/about/help.md": {"title": "Help"},
        "docs/t/named.md": {"source": "t"},
        "docs/index.md": {"title": "Home"},
    }
    assert source_page_folders(metas) == {"docs/s/index.md": "s", "docs/s/forgot.md": "s", "docs/t/named.md": "t"}


@pytest.mark.parametrize(
    ("meta", "corrected", "lines"),
    [
        (GOOD, GOOD, []),
        (
            {"title": 2010},
            {"title": "2010"},
            ["docs/x.md: title: '2010' is not text (put it in quotes: `title: '2010'`)"],
        ),
        (
            {**GOOD, "source": ["src"]},
            GOOD,
            ["docs/x.md: source: [src] is not text (write `source: src`)"],
        ),
        ({"title": None}, {"title": None}, []),  # `title:` left empty: check_source_page's line
        # MkDocs showed them: an empty or invisible link in every menu, or the words after it turned around
        *(
            (
                {"title": title},
                {"title": title},
                ["docs/x.md: title: must be a non-empty text (e.g. `title: Opportunities`)"],
            )
            for title in ("", " ", "\u00a0", "\u200b")
        ),
        (
            {"title": "Chall\u202eenges"},
            {"title": "Chall\u202eenges"},
            [f"docs/x.md: title: holds control characters no one can see: U+202E (delete them: {DIRECTION_HINT})"],
        ),
        (
            {"title": "Chall\x00enges"},
            {"title": "Chall\x00enges"},
            ["docs/x.md: title: holds control characters no one can see: U+0000 (delete them)"],
        ),
        # an unseen line break in every menu; a paragraph pasted in as the title, shown in every menu and tab
        (
            {"title": "Chall\u2029enges"},
            {"title": "Chall\u2029enges"},
            [
                "docs/x.md: title: holds control characters no one can see: U+2029 (delete them: a line or paragraph separator (U+2028, U+2029) is a line break no one sees, so write a space in its place)"
            ],
        ),
        (
            {"title": "Challenges " * 30},
            {"title": "Challenges " * 30},
            [
                "docs/x.md: title: is 330 characters long, more than the 300 it may have (shorten it to 300 characters or fewer)"
            ],
        ),
        # Material's navigation showed it as markup on every page, as a policy area's title would be
        (
            {"title": "Opportunities <b>bold</b>"},
            {"title": "Opportunities bbold/b"},
            [
                "docs/x.md: title: 'Opportunities <b>bold</b>' has '<' or '>' (write plain text:"
                " the site's navigation would read markup here as HTML)"
            ],
        ),
        (
            {"title": "Chall&#x202e;enges"},
            {"title": "Challand#x202e;enges"},
            [
                "docs/x.md: title: 'Chall&#x202e;enges' writes a character as an HTML reference (&…;) (write the"
                " character itself, & for &amp;: the page would show the character the reference stands for)"
            ],
        ),
        # without its ';': Material's header shows it as '<img …>', which its tooltip reads as HTML
        (
            {"title": "Challenges &ltimg src=x&gt"},
            {"title": "Challenges andltimg src=xandgt"},
            [
                "docs/x.md: title: 'Challenges &ltimg src=x&gt' writes a character as an HTML reference (&…;) (write"
                " the character itself, & for &amp;: the page would show the character the reference stands for)"
            ],
        ),
    ],
)
def test_a_title_or_source_that_is_not_text_is_named_once_and_made_text(
    meta: dict, corrected: dict, lines: list
) -> None:
    fixed, problems = corrected_front_matter("docs/x.md", meta, "src")
    assert fixed == corrected and [str(p) for p in problems] == lines
    assert fixed is not meta  # the caller's front matter is not changed behind its back


@pytest.mark.parametrize(
    ("written", "line"),
    [
        # YAML 1.1 read them as true, false or a number: the line to copy carries the words written, not 'True'
        ("yes", "title: 'yes' is not text: YAML reads it as true (put it in quotes: `title: 'yes'`)"),
        ("No", "title: 'No' is not text: YAML reads it as false (put it in quotes: `title: 'No'`)"),
        ("on", "title: 'on' is not text: YAML reads it as true (put it in quotes: `title: 'on'`)"),
        ("1_000", "title: '1_000' is not text: YAML reads it as 1000 (put it in quotes: `title: '1_000'`)"),
        ("1.0", "title: '1.0' is not text (put it in quotes: `title: '1.0'`)"),
        ("2010", "title: '2010' is not text (put it in quotes: `title: '2010'`)"),
    ],
)
def test_a_title_that_is_not_text_is_offered_as_written(written: str, line: str) -> None:
    text = f"---\ntitle: {written}\nsource: src\n---\nBody.\n"
    fixed, problems = corrected_front_matter("docs/x.md", split_page(text)[1], "src", lambda: text)
    assert [str(problem) for problem in problems] == [f"docs/x.md: {line}"]
    assert fixed["title"] == written  # every menu shows the words written


@pytest.mark.parametrize(
    ("written", "line"),
    [
        # Not checked at all: the page's <meta name="description"> read "1.0" and "True"
        ("1.0", "description: '1.0' is not text (put it in quotes: `description: '1.0'`)"),
        ("yes", "description: 'yes' is not text: YAML reads it as true (put it in quotes: `description: 'yes'`)"),
        ("1_000", "description: '1_000' is not text: YAML reads it as 1000 (put it in quotes: `description: '1_000'`)"),
    ],
)
def test_a_description_that_is_not_text_is_offered_as_written(written: str, line: str) -> None:
    text = f"---\ntitle: T\ndescription: {written}\n---\nBody.\n"
    fixed, problems = corrected_front_matter("docs/x.md", split_page(text)[1], "src", lambda: text)
    assert [str(problem) for problem in problems] == [f"docs/x.md: {line}"]
    assert fixed["description"] == written  # the page's meta description, as written


@pytest.mark.parametrize(
    ("written", "line"),
    [
        ("[a, b]", "description: [a, b] is a list, not text (write the description as one text: `description: a b`)"),
        ("{x: 1}", "title: {x: 1} is a mapping, not text (write the title as one text: `title: x 1`)"),
    ],
)
def test_a_title_or_description_written_as_a_list_or_mapping_is_not_offered_as_python_shows_it(
    written: str, line: str
) -> None:
    """Quoting `['a', 'b']`, Python's form of it, is no fix: the line to copy would be words nobody wrote."""
    field = line.partition(":")[0]
    fields = {"title": "T", field: written}
    text = "---\n" + "".join(f"{key}: {value}\n" for key, value in fields.items()) + "---\nBody.\n"
    _, problems = corrected_front_matter("docs/x.md", split_page(text)[1], "src", lambda: text)
    assert [str(problem) for problem in problems] == [f"docs/x.md: {line}"]


def test_a_page_is_read_again_once_for_a_title_and_a_description_that_are_not_text() -> None:
    text = "---\ntitle: yes\ndescription: 2010\n---\nBody.\n"
    reads = []
    fixed, problems = corrected_front_matter("docs/x.md", split_page(text)[1], "src", lambda: reads.append(1) or text)
    assert [problem.field for problem in problems] == ["title", "description"] and len(reads) == 1
    assert (fixed["title"], fixed["description"]) == ("yes", "2010")


@pytest.mark.parametrize(
    "text",
    [
        *(path.read_text(encoding="utf-8") for path in sorted((ROOT / "docs").rglob("*.md"))),
        "---\ntitle: T\n...\nBody.\n",  # YAML's own end marker: python-frontmatter missed it
        "---\ntitle: T\n---",  # no line end after the block: no front matter for MkDocs
        "----\ntitle: T\n----\nBody.\n",
        "---\n- a list\n---\nBody.\n",
        "---\ntitle: [T\n---\nBody.\n",
        "---\ntitle: T\nreviewed: 2024-02-30\n---\nBody.\n",  # a ValueError, not a YAML error
        *(
            f"---\ntitle: T\nreviewed: {tagged}\n---\nBody.\n"
            for tagged in ('!!int "x"', '!!bool "x"', "!!timestamp x")
        ),
        "---\ntitle: A\ntitle: B\n---\n\n\nBody.\n",
        "---  \ntitle: T\n---\t\nBody.\n",
        "No front matter.\n",
    ],
)
def test_pages_are_split_where_mkdocs_splits_them(text: str) -> None:
    """`make check` and the glossary's passages run without MkDocs, and must read what the build reads."""
    from mkdocs.utils.meta import get_data  # the reference: only where the block starts with ---

    assert split_page(text) == get_data(text)


@pytest.mark.parametrize(
    ("anchor_id", "taken"), [("fn:4", True), ("fnref:12", True), ("__search", True), ("fn-4", False), ("a__b", False)]
)
def test_the_footnotes_and_the_themes_forms_of_id_are_named(anchor_id: str, taken: bool) -> None:
    assert (builders_form(anchor_id) is not None) == taken


def test_a_page_is_known_by_its_text_and_a_text_two_pages_share_names_neither(tmp_path: Path) -> None:
    """How an extension finds its page where no MkDocs hook names it (hooks/core/page_identity.py)."""
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.md").write_text("---\ntitle: One\n---\n\n# One\n\nText.  \n", encoding="utf-8")
    (tmp_path / "two.md").write_text("# Two\n", encoding="utf-8")
    (tmp_path / "copy.md").write_text("# Two\n", encoding="utf-8")
    index = index_pages(tmp_path)
    assert identify(index, "# One\r\n\r\nText.\r\n") == "a/one.md"
    assert identify(index, "# Two") is None
    assert identify(index, "# Three") is None


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("women's rights", "'women's rights'"),  # Python's repr: "women's rights"
        ('the "new" ones', """'the "new" ones'"""),
        ('it\'s "new"', "'it's \"new\"'"),  # Python's repr: 'it\'s "new"'
        (None, "null"),
        (True, "true"),
        (1.5, "1.5"),
        (["a", "it's", "yes"], "[a, it's, 'yes']"),
        ({"name": None}, "{name: null}"),
        # A line break inside a list or mapping: YAML's flow style would fold it into a blank line and indent.
        ({"k": "two\nlines"}, '{k: "two\\nlines"}'),
        (["a\tb"], '["a\\tb"]'),
        # `!!binary` bytes: YAML's block literal would take two lines.
        (b"ab", '!!binary "YWI="'),
        # Text with a quote at an end in '…' would read as YAML's doubled quote (`''x''`): in "…" instead.
        ("'https://x.org/'", "\"'https://x.org/'\""),
        ("rights'", '"rights\'"'),
    ],
)
def test_a_value_is_named_as_written_or_as_yaml_shows_it(value: object, shown: str) -> None:
    assert named_value(value) == shown


def test_a_problem_line_shows_control_characters_as_escapes_not_as_terminal_commands() -> None:
    """A field named in a pull request must not erase the line and print a false OK in a reviewer's terminal."""
    line = str(Problem("annotations/notes/x.md", "\x1b[2K\rOK: 14 annotations are valid", "is not a field\n", "‮x"))
    assert line == "annotations/notes/x.md: \\x1b[2K\\rOK: 14 annotations are valid: is not a field\\n (\\u202ex)"


def test_a_heading_without_its_id_is_offered_the_published_id_its_page_lost() -> None:
    inventory = PageInventory(
        paragraphs=(Paragraph("p1", "a"),), unnamed_headings=("What the editors did",), ids=("x", "p1")
    )
    assert source_page_lines(inventory, ["x", "p1", "what-we-did"]) == [
        "docs/x.md: heading: 'What the editors did' has no id (end it with '{ #what-we-did }' if it is the heading"
        " published as what-we-did, or '{ #what-the-editors-did }' if new)"
    ]


def test_an_id_on_two_elements_is_named_once_by_whoever_is_to_act() -> None:
    """Two paragraphs have their renumbering line, an annotation its file's: the page's line is for the rest."""
    paragraphs = (Paragraph("p1", "a"), Paragraph("p1", "b"), Paragraph("p2", "c"))
    inventory = PageInventory(
        paragraphs=paragraphs,
        headings=("h", "fn:1"),
        ids=("h", "p1", "p1", "p2", "note", "raw", "raw", "raw", "h", "p2", "note", "fn:1", "fn:1"),
        annotation_ids=("note",),
        duplicates=("p1",),
    )
    assert [str(p) for p in check_repeated_ids("docs/x.md", inventory)] == [
        "docs/x.md: heading: id 'h' is also the id of another element of the page"
        " (give the heading an id of its own: ids are links, and a link leads to one place)",
        "docs/x.md: id: id 'p2' is on 2 elements of the page"
        " (give each element an id of its own: ids are links, and a link leads to the first element only)",
        "docs/x.md: id: id 'raw' is on 3 elements of the page"
        " (give each element an id of its own: ids are links, and a link leads to the first element only)",
    ]


@pytest.mark.parametrize(
    ("address", "page"),
    [
        ("/a/b/", "a/b.md"),
        ("a/b", "a/b.md"),
        ("http://127.0.0.1:8000/a/", "a/index.md"),
        ("/extra/#p1", "extra/README.md"),  # a folder's README.md, published as its index
        ("/", "index.md"),
        ("/nowhere/", None),
        # published under a base path (GitHub Pages' /<repo>/), on any host: it was found by no check
        ("https://owner.github.io/repo/a/b/#p3", "a/b.md"),
        ("https://owner.github.io/repo/extra/", "extra/README.md"),
        ("/repo/a/b/index.html", "a/b.md"),
        ("owner.github.io/repo/a/", "a/index.md"),  # pasted without its scheme
        ("a/b.md#p3", "a/b.md"),  # as target.page writes it
        ("https://owner.github.io/repo/", None),  # the base path is no page: the home page is not guessed
    ],
)
def test_an_address_of_the_site_names_its_page_in_docs(address: str, page: str | None) -> None:
    """`make check` and the build name the page an address means; a folder's README.md was never found."""
    assert addressed_page(address, {"a/b.md", "a/index.md", "extra/README.md", "index.md"}) == page


@pytest.mark.parametrize(
    ("address", "page"),
    [
        ("/a/b/#p3", "a/b.md"),
        ("/", "index.md"),
        ("/gone/a/b/", None),  # its base path is gone already: `/gone/` is no page's, and `a/b` not this one
        ("/repo/a/", None),
    ],
)
def test_an_address_read_from_the_site_root_names_its_page_by_its_whole_path(address: str, page: str | None) -> None:
    """`published_address` strips the base path: trying the tails again named a page the address did not."""
    assert addressed_page(address, {"a/b.md", "a/index.md", "index.md"}, "/s/x/", from_root=True) == page


@pytest.mark.parametrize(
    ("address", "page"),
    [
        ("../b/#p3", "a/b.md"),
        ("../../", "index.md"),
        ("../nowhere/b/", None),  # read from the page: `b/` is not tried as the tail of an unknown base path
        ("https://owner.github.io/repo/a/b/", "a/b.md"),  # a whole address still may have one
    ],
)
def test_an_address_relative_to_a_page_is_read_from_that_page(address: str, page: str | None) -> None:
    assert addressed_page(address, {"a/b.md", "b.md", "b/index.md", "index.md"}, "/a/x/") == page


@pytest.mark.parametrize(
    ("href", "page", "relative", "absolute"),
    [
        ("a/b.md#p3", "s/c.md", "../a/b.md#p3", "https://example.org/a/b/#p3"),
        ("index.md", "s/c.md", "../index.md", "https://example.org/"),
        # a view of a page: its query was dropped, and the export kept the docs path unconverted
        ("annotations/index.md?motivation=questioning", "s/c.md", "../annotations/index.md?motivation=questioning",
         "https://example.org/annotations/?motivation=questioning"),
        ("annotations/index.md?motivation=questioning&area=remittances#list", "index.md",
         "annotations/index.md?motivation=questioning&area=remittances#list",
         "https://example.org/annotations/?motivation=questioning&area=remittances#list"),
        ("gone.md?x=1#p1", "index.md", "gone.md?x=1#p1", "gone.md?x=1#p1"),  # no page: left as written
    ],
)  # fmt: skip
def test_a_docs_link_is_rewritten_for_where_it_is_shown_with_its_query_and_fragment(
    href: str, page: str, relative: str, absolute: str
) -> None:
    urls = {"a/b.md": "https://example.org/a/b/", "index.md": "https://example.org/",
            "annotations/index.md": "https://example.org/annotations/"}  # fmt: skip
    assert relative_to_page(href, page) == relative
    assert absolute_link(href, urls.get) == absolute


@pytest.mark.parametrize(
    ("address", "site_url", "read"),
    [
        ("https://owner.github.io/repo/a/b/#p3", "https://owner.github.io/repo/", "/a/b/#p3"),
        ("http://Owner.GitHub.io/repo/a/?q=1", "https://owner.github.io/repo/", "/a/?q=1"),  # scheme, host's case
        ("https://owner.github.io/repo", "https://owner.github.io/repo/", "/"),
        ("https://example.org/a/#p1", "https://example.org", "/a/#p1"),  # at the host's root
        # the host as urlsplit names it, as is_local compares it: a scheme's own port and a user@ aside
        ("https://owner.github.io:443/repo/a/", "https://owner.github.io/repo/", "/a/"),
        ("http://owner.github.io:80/repo/a/", "https://owner.github.io/repo/", "/a/"),
        ("https://reader@owner.github.io/repo/a/", "https://owner.github.io/repo/", "/a/"),
        ("https://owner.github.io:8443/repo/a/", "https://owner.github.io/repo/", None),  # another server
        ("https://owner.github.io:x/repo/a/", "https://owner.github.io/repo/", None),  # a port that is none
        ("https://owner.github.io/repo//a/b/", "https://owner.github.io/repo/", "/a/b/"),  # not `//a/b/`: the host a
        ("https://owner.github.io/repository/a/", "https://owner.github.io/repo/", None),  # another base path
        ("https://owner.github.io/a/", "https://owner.github.io/repo/", None),
        ("https://example.org/repo/a/", "https://owner.github.io/repo/", None),
        ("ftp://owner.github.io/repo/a/", "https://owner.github.io/repo/", None),
        ("/repo/a/", "https://owner.github.io/repo/", None),  # rooted: the site address check's
        ("https://owner.github.io/repo/a/", "", None),
        ("http://[pasted-wrongly/repo/", "https://owner.github.io/repo/", None),
    ],
)
def test_an_address_of_the_published_site_is_read_from_its_root(address: str, site_url: str, read: str | None) -> None:
    assert published_address(address, site_url) == read


@pytest.mark.parametrize(
    ("site_url", "url", "address"),
    [
        (
            "https://owner.github.io/repo/",
            "migration-and-transnationalism/opportunities/",
            "https://owner.github.io/repo/migration-and-transnationalism/opportunities/",
        ),
        (
            "https://owner.github.io/repo/",
            "/migration-and-transnationalism/opportunities/",
            "https://owner.github.io/repo/migration-and-transnationalism/opportunities/",
        ),
        ("https://owner.github.io/repo/", "./", "https://owner.github.io/repo/"),  # the home page, as a file's URL
        ("https://owner.github.io/repo/", "/", "https://owner.github.io/repo/"),  # and as the lock's key
        ("https://example.org/", "about/", "https://example.org/about/"),
        ("http://127.0.0.1:8000/", "a/b/", "http://127.0.0.1:8000/a/b/"),  # mkdocs.yml's default
        # No site_url: rooted at the site, whichever form the URL has (urljoin("", "a/b/") kept it relative).
        ("", "a/b/", "/a/b/"),
        ("", "/a/b/", "/a/b/"),
        ("", "./", "/"),
        (None, "a/b/", "/a/b/"),
    ],
)
def test_a_page_s_public_address_is_site_url_and_its_url(site_url: str | None, url: str, address: str) -> None:
    assert page_address(site_url, url) == address
    if site_url:  # what the annotation export wrote, with MkDocs' site_url (it always ends in `/`)
        assert page_address(site_url, url.removeprefix("/")) == urljoin(site_url, url.removeprefix("/"))


@pytest.mark.parametrize(
    ("site_url", "line"),
    [
        ("https://owner.github.io/repo/", None),
        ("http://127.0.0.1:8000/", None),
        ("", None),  # none: SITE_URL set to nothing, which the build takes
        (None, None),
        ("owner.github.io/repo", "mkdocs.yml: site_url: 'owner.github.io/repo' has no scheme (write SITE_URL=https://owner.github.io/repo)"),
        ("//owner.github.io/repo/", "mkdocs.yml: site_url: '//owner.github.io/repo/' has no scheme (write SITE_URL=https://owner.github.io/repo/)"),
        ("localhost:8000/", "mkdocs.yml: site_url: 'localhost:8000/' has no scheme (write SITE_URL=https://localhost:8000/)"),
        ("https:///repo/", "mkdocs.yml: site_url: 'https:///repo/' has no host (write SITE_URL=https://host/path/)"),
        ("http://[x/", "mkdocs.yml: site_url: 'http://[x/' is no address (write SITE_URL=https://host/path/)"),
        (123, "mkdocs.yml: site_url: 123 is no address (write SITE_URL=https://host/path/)"),  # SITE_URL=123, read by YAML
        # the hint pasted a scheme before the one there; a quote doubled; a port that is none passed, checking nothing
        ("https:/owner.github.io/repo/", "mkdocs.yml: site_url: 'https:/owner.github.io/repo/' has no host (write SITE_URL=https://owner.github.io/repo/)"),
        ("https:owner.github.io/repo/", "mkdocs.yml: site_url: 'https:owner.github.io/repo/' has no host (write SITE_URL=https://owner.github.io/repo/)"),
        ("https://:80/repo/", "mkdocs.yml: site_url: 'https://:80/repo/' has no host (write SITE_URL=https://host/path/)"),
        ("mailto:a@b", "mkdocs.yml: site_url: 'mailto:a@b' is not a web address (its scheme is 'mailto', not http or https) (write SITE_URL=https://host/path/)"),
        ("ftp://owner.github.io/repo/", "mkdocs.yml: site_url: 'ftp://owner.github.io/repo/' is not a web address (its scheme is 'ftp', not http or https) (write SITE_URL=https://owner.github.io/repo/)"),
        ("owner.github.io:8000/repo/", "mkdocs.yml: site_url: 'owner.github.io:8000/repo/' has no scheme (write SITE_URL=https://owner.github.io:8000/repo/)"),
        ("'https://owner.github.io/repo/'", """mkdocs.yml: site_url: "'https://owner.github.io/repo/'" has quotes or spaces around it (write SITE_URL=https://owner.github.io/repo/)"""),
        ("https://owner.github.io/repo/ ", "mkdocs.yml: site_url: 'https://owner.github.io/repo/ ' has quotes or spaces around it (write SITE_URL=https://owner.github.io/repo/)"),
        ("https://owner.github.io:abc/repo/", "mkdocs.yml: site_url: 'https://owner.github.io:abc/repo/' has the port 'abc', no number from 0 to 65535 (write SITE_URL=https://owner.github.io/repo/, or the port's number)"),
        ("http://[::1]:99999/", "mkdocs.yml: site_url: 'http://[::1]:99999/' has the port '99999', no number from 0 to 65535 (write SITE_URL=http://[::1]/, or the port's number)"),
        ("http://127.0.0.1:8000/repo/", None),
    ],
)  # fmt: skip
def test_a_site_url_the_build_refuses_is_one_line(site_url: object, line: str | None) -> None:
    """`make check` printed OK with one, checking no published address; the build stops on it."""
    assert [str(problem) for problem in check_site_url(site_url)] == ([line] if line else [])


@pytest.mark.parametrize(("site_url", "usable"), [("https://e.org/repo/", "https://e.org/repo/"), (None, ""), ("", ""),
                                                  ("https://e.org:abc/", ""), (123, "")])  # fmt: skip
def test_a_refused_site_url_is_none_to_check_addresses_against_and_its_one_line(site_url: object, usable: str) -> None:
    assert usable_site_url(site_url, "conf.yml") == (usable, check_site_url(site_url, "conf.yml"))


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the line in the file, counted past the front matter, whose own check names it (YAML refuses it unescaped)
        ("---\ntitle: A\x1b\n---\n\n# A\n\nOne \x1b[2Kword.\n", [("line 7", "U+001B", "delete them")]),
        ("# A\n\nread \u202eesrever\n", [("line 3", "U+202E", f"delete them: {DIRECTION_HINT}")]),
        ("# A\n\nan \x0bend and \x1c\x1c\nnone\n", [("line 3", "U+000B, U+001C", "delete them")]),  # no line ends there
        ("# A\n\ntab\tand form feed\x0c\n", []),  # HTML's whitespace
        # a paragraph separator in a page stood for a new paragraph: a space would run the two together
        (
            "# A\n\nend.\u2029Next\n",
            [("line 3", "U+2029", f"delete them: {LINE_SEPARATOR_HINT}, so write a new line in its place")],
        ),
    ],
    ids=["escape", "override", "no-line-end", "whitespace", "separator"],
)
def test_a_control_character_in_a_pages_markdown_is_named_with_its_line(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """They passed both checks: published words no reader sees, or that read in another order than written."""
    assert control_lines("docs/a/b.md", text) == [
        Problem("docs/a/b.md", line, f"holds control characters no one can see: {codes}", hint)
        for line, codes, hint in expected
    ]


@pytest.mark.parametrize(("data", "lines", "misread"), [
    (b"---\ntitle: A\n---\n\nWords.\n", [], False),
    ("---\ntitle: Caf\u00e9\n---\n\nWords.\n".encode("latin-1"), ["is not UTF-8 (byte 14)"], True),
    (b"---\ntitle: A\n---\n\n<<<<<<< ours\nWords.\n=======\nOther.\n>>>>>>> theirs\n", ["holds a git merge"], True),
    (b"---\ntitle: A\n---\n\nWords.\x1b\n", ["line 5"], False),
])  # fmt: skip
def test_a_page_that_is_not_utf8_is_misread_as_one_with_a_merge_conflict(
    data: bytes, lines: list[str], misread: bool
) -> None:
    """Decoded with replacement characters, its fields are not the ones written: their checks wait, as the build's."""
    read = read_page_text(data, "docs/a/b.md")
    said = [str(problem).removeprefix("docs/a/b.md: ") for problem in read.problems]
    assert len(said) == len(lines) and all(line.startswith(start) for line, start in zip(said, lines, strict=True))
    assert read.misread is misread


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
