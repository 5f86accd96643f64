"""A record, its marker line or its `unknown:` on a page that is no source's landing page: one line each,
the build's and make check's alike, and no record shown there."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import edit, parse, run_build
from record_placement_helpers import MARKER, not_read_here

from hooks.cli import check

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
