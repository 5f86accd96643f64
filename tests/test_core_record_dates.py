"""A source's record's dates: written as readers read them, and each date typed, raw or misprinted, one line."""

from __future__ import annotations

import datetime as dt

import pytest
from record_check_helpers import bibliography_lines, seeing

from hooks.core.bibliography import format_value, render_record


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
