"""Unit tests of the record's dates: every form the bibliography schema allows, as a reader writes it."""

from __future__ import annotations

import pytest

from hooks.core.csl_dates import format_csl_date

THIN = "\u2009"  # CLDR's space around a range's dash between words (`30 March – 2 April`), not between numbers


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ({"date-parts": [[2010]]}, "2010"),
        ({"date-parts": [[2010, 3]]}, "March 2010"),
        ({"date-parts": [[2010, 3, 9]]}, "9 March 2010"),
        ({"date-parts": [[2010, 3, 9], [2010, 3, 10]]}, "9–10 March 2010"),  # within a month
        ({"date-parts": [[2010, 3, 30], [2010, 4, 2]]}, f"30 March{THIN}–{THIN}2 April 2010"),
        ({"date-parts": [[2010, 12, 30], [2011, 1, 2]]}, f"30 December 2010{THIN}–{THIN}2 January 2011"),
        ({"date-parts": [[2010, 3], [2010, 5]]}, f"March{THIN}–{THIN}May 2010"),
        ({"date-parts": [[2010, 11], [2011, 2]]}, f"November 2010{THIN}–{THIN}February 2011"),
        ({"date-parts": [[2010], [2012]]}, f"2010{THIN}–{THIN}2012"),
        ({"date-parts": [[2010, 3, 9], [2010, 3, 9]]}, "9 March 2010"),  # a range of one day is that day
        # ends known to different precisions: each in full
        ({"date-parts": [[2010, 3], [2010, 4, 2]]}, f"March 2010{THIN}–{THIN}2 April 2010"),
        # CSL's years before 1 are BC; Python's dates hold none of them, nor years after 9999
        ({"date-parts": [[-50]]}, "50 BC"),
        ({"date-parts": [[-44, 3, 15]]}, "15 March 44 BC"),
        ({"date-parts": [[-44, 3], [-44, 4]]}, f"March 44 BC{THIN}–{THIN}April 44 BC"),
        ({"date-parts": [[12000, 2, 29]]}, "29 February 12000"),
        # the other fields of a CSL date
        ({"date-parts": [[2010]], "literal": "early spring 2010"}, "early spring 2010"),  # the editors' words
        ({"date-parts": [[2010]], "season": 3}, "Autumn 2010"),
        ({"date-parts": [[2010]], "season": "1"}, "Spring 2010"),
        ({"date-parts": [[2010]], "season": "Michaelmas term"}, "Michaelmas term 2010"),
        ({"date-parts": [[2010, 3]], "season": 1}, "March 2010"),  # the month says more
        ({"date-parts": [[2010]], "circa": True}, "c. 2010"),
        ({"date-parts": [[2010]], "circa": 1}, "c. 2010"),
        ({"date-parts": [[2010]], "circa": False}, "2010"),
        ({"date-parts": [[1990], [1995]], "circa": "true"}, f"c. 1990{THIN}–{THIN}1995"),
    ],
)
def test_a_csl_date_reads_as_people_write_it(date: dict, expected: str) -> None:
    """Dates were ISO (`2010-03-09 – 2010-03-10`): data, not what a reader of English writes."""
    assert format_csl_date(date) == expected
