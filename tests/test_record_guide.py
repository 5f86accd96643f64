"""Each line on a source's record ends with the section of the editors' page that explains its fix, and it is there."""

from __future__ import annotations

import re
from pathlib import Path

import frontmatter
import markdown
import pytest
from bs4 import BeautifulSoup

from hooks.core.bibliography_checks import (
    bibliography_schema,
    check_bibliography,
    check_unknown,
    missing_bibliography,
    missing_landing_page,
)
from hooks.core.page_front_matter import read_page_text, said_with_comments
from hooks.core.record_placement import RecordPage, describe_page, placement_problem, published_landing
from hooks.core.source_page_checks import check_source_page

ROOT = Path(__file__).resolve().parents[1]
GUIDE = "docs/about/source-records.md"  # as the lines name it: a path from the repository's root
RE_SEE_GUIDE = re.compile(rf"see {re.escape(GUIDE)}#([\w-]*)")
SCHEMA = bibliography_schema(ROOT)[0]
LANDING = """---
title: A source
bibliography:
  type: report
  title: T
  number: #13
  publisher: Working Paper #13
unknown:
  - yes
---

Text.
"""


def guide_html() -> tuple[markdown.Markdown, str]:
    """The editors' page as Python-Markdown renders it with `toc` and `attr_list`, as the site's config does."""
    md = markdown.Markdown(extensions=["attr_list", "toc"])
    return md, md.convert(frontmatter.load(ROOT / GUIDE).content)


def guide_ids() -> set[str]:
    """The ids the editors' page gives its headings, as Python-Markdown's `toc` and `attr_list` read them."""
    md, _ = guide_html()

    def ids(tokens: list[dict]) -> list[str]:
        return [id_ for token in tokens for id_ in (token["id"], *ids(token["children"]))]

    return set(ids(md.toc_tokens))


def record_lines(csl: object, unknown: object) -> list[str]:
    """What the record's checks say of `csl` and `unknown:`, as the build and make check print them."""
    problems = check_bibliography("docs/s/index.md", csl, SCHEMA) + check_unknown("docs/s/index.md", unknown)
    return [str(problem) for problem in problems]


def comment_lines() -> list[str]:
    """The lines on a record's values that YAML read otherwise (`#13`, `- yes`), as the build words them."""
    page = read_page_text(LANDING.encode(), "docs/s/index.md")
    meta = frontmatter.loads(LANDING).metadata
    found = check_bibliography("docs/s/index.md", meta["bibliography"], SCHEMA)
    found += check_unknown("docs/s/index.md", meta["unknown"])
    problems = [*page.problems, *said_with_comments("docs/s/index.md", LANDING, found)]
    return list(dict.fromkeys(str(problem) for problem in problems))  # the build prints each line once


LINES = [
    ({"title": "T"}, [], "bibliography.type: is missing", "required"),
    (None, [], "bibliography: is missing or not a mapping", "required"),
    ({"type": "reprot", "title": "T"}, [], "bibliography.type: 'reprot' is not a CSL item type", "required"),
    ({"type": "xyzzy", "title": "T"}, [], "bibliography.type: 'xyzzy' is not a CSL item type", "required"),
    ({"type": "report", "title": "T", "issued": 2010}, [], "bibliography.issued: must be a mapping", "dates"),
    ({"type": "report", "title": "T", "issued": "2026/12/05"}, [], "bibliography.issued: must be", "dates"),
    ({"type": "report", "title": "T", "issued": {"date-parts": [[2008, 2, 31]]}}, [], "bibliography.issued: [", "dates"),
    ({"type": "report", "title": "T", "issued": {"date-parts": [[0]]}}, [], "bibliography.issued: there is", "dates"),
    ({"type": "report", "title": "T", "issued": {"date-parts": [[2010], [2011]]}}, [], "bibliography.issued: is a range",
     "dates"),
    ({"type": "report", "title": "T", "issued": {"raw": "2010"}}, [], "bibliography.issued.raw:", "dates"),
    ({"type": "report", "title": "T", "issued": {"date-parts": [[2010]], "season": 7}}, (),
     "bibliography.issued.season: 7 is no season", "dates"),
    ({"type": "report", "title": "T", "author": "IOM"}, [], "bibliography.author: must be a list", "csl-json"),
    ({"type": "report", "title": "T", "author": [{"given": "Peggy"}]}, [], "bibliography.author[0]: needs", "csl-json"),
    ({"type": "report", "title": "T", "publisher-plce": "G"}, [], "bibliography.publisher-plce: is not a field",
     "csl-json"),
    ({"type": "report", "title": "T", "URL": "iom.int/x"}, [], "bibliography.URL: 'iom.int/x' is not a web", "url"),
    ({"type": "report", "title": "T", "URL": "https:///x"}, [], "bibliography.URL: 'https:///x' is no address: it names no host", "url"),
    ({"type": "report", "title": "T", "DOI": "doi:10.1007/x"}, [], "bibliography.DOI: 'doi:10.1007/x' is not", "doi"),
    ({"type": "report", "title": "T", "language": "English"}, [], "bibliography.language: 'English' is not", "language"),
    ({"type": "report", "title": "T", "publisher": "IOM " * 80}, [], "bibliography.publisher: is 320", "text-fields"),
    ({"type": "report", "title": "T", "version": 1.10}, [], "bibliography.version: 1.1 is a number", "text-fields"),
    ({"type": "report", "title": "T\x00"}, [], "bibliography.title: holds control", "text-fields"),
    ({"type": "report", "title": "T", "author": [{"family": " "}]}, [], "bibliography.author[0].family: is blank",
     "text-fields"),
    ({"type": "report", "title": "T"}, "a DOI", "unknown: must be a list of texts", "unknown"),
    ({"type": "report", "title": "T"}, ["-"], "unknown[0]: '-' has no letter or digit", "unknown"),
    ({"type": "report", "title": "T"}, [" "], "unknown[0]: is blank", "unknown"),
]  # fmt: skip


@pytest.mark.parametrize(("csl", "unknown", "start", "section"), LINES)
def test_a_records_line_ends_with_the_section_that_explains_its_fix(
    csl: object, unknown: object, start: str, section: str
) -> None:
    """Only the unknown type's line named the editors' page: a date, a name or an address left its rule to be found."""
    (line,) = [line for line in record_lines(csl, unknown) if line.startswith(f"docs/s/index.md: {start}")]
    assert line.endswith(f"see {GUIDE}#{section})"), line
    assert line.count(" see ") == 1 and "\n" not in line, line


MARKER = "`<!-- edition:bibliography -->`"
PLACED = [  # a page that is no source's landing page: its front matter, whether it has the marker line, its line
    ({"title": "Annex"}, True, f"docs/s/annex.md: bibliography: is missing or not a mapping (a source's record"
     f" stands on its landing page, docs/<source>/index.md, the page with `source: <source>`, under `bibliography`:"
     f" move the line {MARKER} there, or remove it; see {GUIDE}#placement)"),
    ({"bibliography": {"type": "report", "title": "Annex"}}, True, "docs/s/annex.md: bibliography: is read from a"
     " source's landing page only: no citation or download uses it here (move it to docs/<source>/index.md, the"
     f" page with `source: <source>`, where the line {MARKER} shows it, or remove it; see {GUIDE}#placement)"),
    # its `unknown:` named with it, one move: moved alone, the `unknown:` left behind was the next run's line
    ({"bibliography": {"title": "Annex"}, "unknown": [""]}, False, "docs/s/annex.md: bibliography: is read from a"
     " source's landing page only: no citation or download uses it here (move it and its `unknown` to"
     " docs/<source>/index.md, the page with `source: <source>`, where the line"
     f" {MARKER} shows them, or remove both; see {GUIDE}#placement)"),
    ({"title": "Annex", "unknown": ["x"]}, False, "docs/s/annex.md: unknown: is read from a source's landing page"
     " only: no record shows it here (move it to docs/<source>/index.md, the page with `source: <source>`, beside"
     f" its `bibliography`, or remove it; see {GUIDE}#placement)"),
    ({"bibliography": None}, False, "docs/s/annex.md: bibliography: is read from a source's landing page only"),
    ({"title": "Annex", "unknown": ["x"]}, True, "docs/s/annex.md: bibliography: is missing or not a mapping"),
    ({"title": "Annex"}, False, None),  # nothing asks for a record: no line
]  # fmt: skip


@pytest.mark.parametrize(("meta", "marker", "expected"), PLACED)
def test_a_record_on_another_page_than_a_landing_page_is_one_line_naming_the_placement_section(
    meta: dict, marker: bool, expected: str | None
) -> None:
    """Its fields were checked, then shown as a record no citation used: the fix is where they stand, not what they say.

    Only the marker line asking for one named its fields as missing, and sent the editor to add them there.
    """
    problem = placement_problem(RecordPage("docs/s/annex.md", meta, marker=marker))
    assert (None if problem is None else str(problem)[: len(expected or "")]) == expected


def test_a_record_and_its_unknown_on_a_folder_s_index_naming_no_source_are_one_line() -> None:
    """The `unknown:` beside a misplaced record was named only once the record had moved: one move, one line."""
    meta = {**PAGE, "bibliography": {"title": "S"}, "unknown": ["x"]}
    problem = placement_problem(RecordPage("docs/s/index.md", meta, marker=False))
    assert str(problem) == (
        "docs/s/index.md: bibliography: is read from a source's landing page only: no citation or download uses it"
        " here (name its folder as its source, `source: s`, if this is a source's landing page; else move it and its"
        f" `unknown` to docs/<source>/index.md, the page with `source: <source>`, where the line {MARKER} shows them,"
        f" or remove both; see {GUIDE}#placement)"
    )


# A source's page's own fields (`check_source_page`): a folder's index.md lacking them is offered them too (below).
PAGE = {"title": "S", "order": 0, "tags": []}


def test_a_record_on_a_folder_s_index_naming_no_source_is_offered_the_source_first() -> None:
    """A source of one page whose landing page forgot `source:` was sent to move its record to that very page."""
    problem = placement_problem(RecordPage("docs/s/index.md", {**PAGE, "bibliography": {"title": "S"}}, marker=True))
    assert str(problem) == (
        "docs/s/index.md: bibliography: is read from a source's landing page only: no citation or download uses it"
        " here (name its folder as its source, `source: s`, if this is a source's landing page; else move it to"
        f" docs/<source>/index.md, the page with `source: <source>`, where the line {MARKER} shows it, or remove it;"
        f" see {GUIDE}#placement)"
    )


MOVE_MARKER_HINT = (
    "a source's record stands on its landing page, docs/<source>/index.md, the page with `source: <source>`,"
    f" under `bibliography`: move the line {MARKER} there, or remove it"
)
UNKNOWN_HINT = (
    "move it to docs/<source>/index.md, the page with `source: <source>`, beside its `bibliography`, or remove it"
)
# Without `bibliography:` (or with no mapping under it), the fields to add are named beside the `source:` line.
SOURCE_FIRST = (
    "name its folder as its source, `source: s`, and add CSL-JSON fields under `bibliography`,"
    " if this is a source's landing page; else "
)


@pytest.mark.parametrize(
    ("meta", "marker", "expected"),
    [
        ({"title": "S"}, True, f"bibliography: is missing or not a mapping ({SOURCE_FIRST}{MOVE_MARKER_HINT}"),
        ({"unknown": ["x"]}, True, f"bibliography: is missing or not a mapping ({SOURCE_FIRST}{MOVE_MARKER_HINT}"),
        (
            {"unknown": ["x"]},
            False,
            f"unknown: is read from a source's landing page only: no record shows it here ({SOURCE_FIRST}{UNKNOWN_HINT}",
        ),
    ],
)
def test_a_marker_or_an_unknown_alone_on_a_folder_s_index_is_offered_the_source_first(
    meta: dict, marker: bool, expected: str
) -> None:
    """Only a `bibliography:` there was offered `source: <folder>`: the marker or an `unknown:` alone was sent away.

    Offered `source:` alone, it was a landing page without `bibliography:` on the next run: both are named at once.
    """
    problem = placement_problem(RecordPage("docs/s/index.md", {**PAGE, **meta}, marker=marker))
    assert str(problem) == f"docs/s/index.md: {expected}; see {GUIDE}#placement)"


LANDING_PUBLISHED = (
    "anchors.lock.json holds its Cite heading, `cite-this-page`, so this is a source's landing page:"
    " name its folder as its source, `source: s`"
)
AND_FIELDS = ", and add CSL-JSON fields under `bibliography`"  # a page without a record: both fixes, one run


@pytest.mark.parametrize(
    ("meta", "marker", "field", "fix"),
    [
        ({"bibliography": {"title": "S"}, "unknown": ["x"]}, True, "bibliography", LANDING_PUBLISHED),
        ({"bibliography": {"title": "S"}}, False, "bibliography", LANDING_PUBLISHED),
        ({"title": "S"}, True, "bibliography", LANDING_PUBLISHED + AND_FIELDS),
        ({"unknown": ["x"]}, False, "unknown", LANDING_PUBLISHED + AND_FIELDS),
    ],
)
def test_a_folder_s_index_the_lock_shows_as_a_landing_page_is_told_so_plainly(
    meta: dict, marker: bool, field: str, fix: str
) -> None:
    """It published the Cite heading only a source's pages carry, as its folder's `index.md`: its source's landing page.

    The line said "if this is a source's landing page", then to move the record elsewhere, though the lock knew.
    """
    problem = placement_problem(RecordPage("docs/s/index.md", {**PAGE, **meta}, marker=marker, landing_published=True))
    assert problem is not None and problem.field == field
    assert problem.hint == f"{fix}; see {GUIDE}#placement", problem


@pytest.mark.parametrize("published", [True, False])
@pytest.mark.parametrize(
    ("meta", "marker", "named"),
    [
        ({"title": "S"}, True, True),  # the marker line alone
        ({"unknown": ["x"]}, False, True),  # an `unknown:` alone
        ({"unknown": ["x"]}, True, True),
        ({"bibliography": None}, True, True),  # no mapping of fields: "is missing or not a mapping" next run
        ({"bibliography": "S"}, False, True),
        ({"bibliography": {"title": "S"}}, True, False),  # its fields are there: the `source:` line alone
        ({"bibliography": {"title": "S"}, "unknown": ["x"]}, False, False),
    ],
)
def test_a_folder_s_index_without_a_record_is_offered_its_source_and_its_fields_in_one_line(
    meta: dict, marker: bool, named: bool, published: bool
) -> None:
    """Offered `source: s` alone, the page written so was a landing page without `bibliography:`: the next run's line.

    So a page without fields under `bibliography:` is offered both, with the lock's word (`published`) or its "if".
    """
    problem = placement_problem(
        RecordPage("docs/s/index.md", {**PAGE, **meta}, marker=marker, landing_published=published)
    )
    assert problem is not None
    assert (AND_FIELDS in problem.hint) is named, problem
    offer = f"name its folder as its source, `source: s`{AND_FIELDS if named else ''}"
    assert offer + (";" if published else ", if this is a source's landing page; else ") in problem.hint, problem


# A new source's landing page as first written: a title, and the marker line or fields. Written as the line offered
# (`source:`, with the record where it had none), the page was a source's page: the next run asked for its `order`
# and `tags` (`check_source_page`), one more run to learn what the one page needs.
NEW_LANDING = [
    ({"title": "S"}, True, ", and add `order`, `tags` and CSL-JSON fields under `bibliography`"),
    ({"title": "S", "unknown": ["x"]}, False, ", and add `order`, `tags` and CSL-JSON fields under `bibliography`"),
    ({"title": "S", "bibliography": {"title": "S"}}, True, ", and add `order` and `tags`"),
    ({"title": "S", "order": 0, "bibliography": {"title": "S"}}, False, ", and add `tags`"),
    ({"bibliography": {"title": "S"}}, True, ", and add `title`, `order` and `tags`"),
    ({"title": "S", "order": 0, "tags": []}, True, ", and add CSL-JSON fields under `bibliography`"),
    ({"title": "S", "order": 0, "tags": [], "bibliography": {"title": "S"}}, True, ""),
]


@pytest.mark.parametrize("published", [True, False])
@pytest.mark.parametrize(("meta", "marker", "fields"), NEW_LANDING)
def test_a_folder_s_index_offered_its_source_is_offered_every_field_a_source_s_page_needs_in_one_line(
    meta: dict, marker: bool, fields: str, published: bool
) -> None:
    """Offered `source: s` (and the record), the page so written was asked for `order` and `tags` on the next run.

    The first line names each field a source's page lacks beside the `source:` line, with the lock's word or its
    "if"; the page written as it says is asked for nothing more by `check_source_page` or the record's placement.
    """
    problem = placement_problem(RecordPage("docs/s/index.md", meta, marker=marker, landing_published=published))
    assert problem is not None
    offer = f"name its folder as its source, `source: s`{fields}"
    assert offer + (";" if published else ", if this is a source's landing page; else ") in problem.hint, problem
    written = {"title": "S", "order": 0, "tags": [], "bibliography": {"title": "S"}, **meta, "source": "s"}
    assert check_source_page("docs/s/index.md", written, "s") == []
    assert placement_problem(RecordPage("docs/s/index.md", written, marker=marker, landing=True)) is None


def test_the_lock_shows_a_landing_page_by_its_cite_heading_on_a_folder_s_index_only() -> None:
    """A source's other pages carry the heading too: only a folder's `index.md` with it was a landing page."""
    lock = {"/s/": ["s", "p1", "cite-this-page"], "/s/annex/": ["cite-this-page"], "/t/": ["t", "p1"]}
    assert published_landing("s/index.md", lock)
    assert not published_landing("s/annex.md", lock)
    assert not published_landing("t/index.md", lock)
    assert not published_landing("u/index.md", lock)  # a new page: none published
    assert not published_landing("index.md", {"/": ["cite-this-page"]})  # the home page is no folder's


def test_a_cite_heading_retired_by_a_redirect_shows_no_landing_page() -> None:
    """The source retired on purpose, its Cite heading sent elsewhere in anchors.redirects.yml: it was, it is not."""
    lock = {"/s/": ["s", "cite-this-page"]}
    assert not published_landing("s/index.md", lock, {"/s/#cite-this-page": "/t/#cite-this-page"})
    assert published_landing("s/index.md", lock, {"/s/#p1": "/t/#p1"})


CITED = {"/s/": ["cite-this-page"]}  # the lock: docs/s/index.md published its Cite heading


@pytest.mark.parametrize(
    ("page", "meta", "sources", "lock", "redirects", "known"),
    [
        ("s/index.md", {"source": "s"}, (), {}, (), {"landing": True}),
        ("s/index.md", {}, ("docs/s/index.md",), {}, (), {"source_said": True}),
        ("s/index.md", {}, (), CITED, (), {"landing_published": True}),
        ("s/index.md", {}, (), CITED, ("/s/#cite-this-page",), {}),  # retired on purpose
        ("s/annex.md", {"source": "s"}, ("docs/s/annex.md",), {"/s/annex/": ["cite-this-page"]}, (), {}),  # no index
    ],
)  # fmt: skip
def test_what_is_known_of_a_page_is_gathered_by_one_function_for_the_build_and_make_check(
    page: str, meta: dict, sources: tuple, lock: dict, redirects: tuple, known: dict
) -> None:
    """Both gathered it by hand at their call, from the same inputs: a fact gathered otherwise would word the line so."""
    expected = RecordPage(f"docs/{page}", meta, marker=True, **known)
    assert describe_page(page, meta, marker=True, sources=sources, lock=lock, redirects=redirects) == expected


@pytest.mark.parametrize(("meta", "marker", "_"), PLACED)
def test_a_folder_s_index_whose_source_has_its_own_line_has_no_placement_line(meta: dict, marker: bool, _: str) -> None:
    """A landing page that forgot its `source:` got two lines for one fix: `source` is missing, and this one."""
    assert placement_problem(RecordPage("docs/s/index.md", meta, marker=marker, source_said=True)) is None


@pytest.mark.parametrize("marker", [True, False])
def test_a_landing_page_s_record_is_in_place(marker: bool) -> None:
    """Its fields are the record: `check_bibliography` names what is wrong with them (`#required` when missing)."""
    assert placement_problem(RecordPage("docs/s/index.md", {"title": "S"}, marker=marker, landing=True)) is None
    (problem,) = check_bibliography("docs/s/index.md", None, SCHEMA)
    assert str(problem).endswith(f"see {GUIDE}#required)"), problem


def test_a_missing_record_names_the_required_fields_section() -> None:
    """Pages naming a source with no landing page, or a landing page without `bibliography:`."""
    for problem in [missing_landing_page("s"), *missing_bibliography("s", {"title": "S"}, asked_by="s/part.md")]:
        assert str(problem).endswith(f"see {GUIDE}#required)"), problem


def test_a_value_yaml_read_otherwise_keeps_its_line_to_copy_and_names_the_text_fields_section() -> None:
    """`number: #13`, `Working Paper #13` and `- yes`: the quoted line to copy, then the page's section."""
    lines = comment_lines()
    expected = [
        ("docs/s/index.md: bibliography.number: is empty: YAML reads '#13' as a comment", "text-fields"),
        ("docs/s/index.md: bibliography.publisher: 'Working Paper' is cut short", "text-fields"),
        ("docs/s/index.md: unknown[0]: 'yes' is not text: YAML reads it as true (put it in quotes: `- 'yes'`", "unknown"),
    ]  # fmt: skip
    for start, section in expected:
        (line,) = [line for line in lines if line.startswith(start)]
        assert line.endswith(f"; see {GUIDE}#{section})"), line


def every_line() -> list[str]:
    """Every line of the tables above, and the missing records' and the comments' lines."""
    missing = [missing_landing_page("s"), *missing_bibliography("s", {"title": "S"}, asked_by="s/part.md")]
    missing += [placement_problem(RecordPage("docs/s/annex.md", meta, marker=marker)) for meta, marker, _ in PLACED[:4]]
    found = [line for csl, unknown, _, _ in LINES for line in record_lines(csl, unknown)]
    return found + [str(problem) for problem in missing] + comment_lines()


def test_every_section_a_records_line_names_is_on_the_editors_page() -> None:
    """A section renamed or mistyped would send the editor to the page's top, with no word of where to look."""
    ids, lines = guide_ids(), every_line()
    assert {"dates", "unknown", "required"} <= ids  # the page read: its headings' ids
    named = [(line, match) for line in lines for match in RE_SEE_GUIDE.findall(line)]
    assert named and all(match in ids for _, match in named), [pair for pair in named if pair[1] not in ids]


def test_the_line_the_editors_page_quotes_is_the_line_the_build_prints() -> None:
    """The page quotes `number: #13`'s whole line: a hint changed here must change there."""
    quoted = [
        " ".join(code.get_text().split())
        for code in BeautifulSoup(guide_html()[1], "html.parser").find_all("code")
        if code.get_text().startswith("bibliography.number:")
    ]
    (printed,) = [line for line in comment_lines() if line.startswith("docs/s/index.md: bibliography.number:")]
    assert quoted == [printed.removeprefix("docs/s/index.md: ")]


def section_codes(section: str) -> list[str]:
    """The code spans of one section of the editors' page, from its heading to the next one's."""
    heading = BeautifulSoup(guide_html()[1], "html.parser").find(id=section)
    codes = []
    for element in heading.find_next_siblings():
        if element.name == "h2":
            break
        codes += [" ".join(code.get_text().split()) for code in element.find_all("code")]
    return codes


QUOTED = [
    ("text-fields", "bibliography.publisher", "  publisher: yes\n", "", "publisher: yes", "publisher: 'yes'"),
    ("unknown", "unknown[0]", "", "unknown:\n  - yes\n", "- yes", "- 'yes'"),
    ("unknown", "unknown[1]", "", "unknown: [a, yes]\n", "unknown: [a, yes]", "unknown: [a, 'yes']"),
]  # fmt: skip


@pytest.mark.parametrize(("section", "field", "record", "unknown", "written", "offered"), QUOTED)
def test_the_section_a_line_on_yes_names_shows_that_value_and_the_quotes_it_offers(
    section: str, field: str, record: str, unknown: str, written: str, offered: str
) -> None:
    """`publisher: yes` and `- yes` were sent to sections that spoke of fractions and ' #' only, not of true or false."""
    text = f"---\ntitle: A source\nbibliography:\n  type: report\n  title: T\n{record}{unknown}---\n\nText.\n"
    meta = frontmatter.loads(text).metadata
    found = check_bibliography("docs/s/index.md", meta["bibliography"], SCHEMA)
    found += check_unknown("docs/s/index.md", meta.get("unknown", []))
    lines = [str(problem) for problem in said_with_comments("docs/s/index.md", text, found)]
    (line,) = [line for line in lines if line.startswith(f"docs/s/index.md: {field}: ")]
    assert f"`{offered}`" in line and line.endswith(f"see {GUIDE}#{section})"), line
    assert {written, offered} <= set(section_codes(section)), section_codes(section)
