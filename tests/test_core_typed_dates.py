"""Unit tests of a date as an editor types it: the line naming it refused, and the day it stands for."""

from __future__ import annotations

import pytest

from hooks.core.typed_dates import date_hint, month_names, not_a_date


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("22/11/2026", "'22/11/2026' is not a date"),
        # Python's repr switched to double quotes around a value holding a quote: every other line names it in '…'
        ("it's 5 May", "'it's 5 May' is not a date"),
        ('the "5th"', "'the \"5th\"' is not a date"),
    ],
)
def test_a_date_refused_is_named_as_written_in_the_project_s_quotes(written: str, message: str) -> None:
    assert not_a_date(written) == message


@pytest.mark.parametrize(
    ("written", "languages", "hint"),
    [
        ("5 December 2026", (), "write it as YYYY-MM-DD: `created: 2026-12-05`"),
        # a month named in another language: the same exact line as in English (it had the generic example)
        ("5 décembre 2026", (), "write it as YYYY-MM-DD: `created: 2026-12-05`"),
        ("5 déc. 2026", (), "write it as YYYY-MM-DD: `created: 2026-12-05`"),
        ("5. Dezember 2026", (), "write it as YYYY-MM-DD: `created: 2026-12-05`"),
        ("5 de diciembre de 2026", (), "write it as YYYY-MM-DD: `created: 2026-12-05`"),
        ("5 декабря 2026", (), "write it as YYYY-MM-DD: `created: 2026-12-05`"),  # Russian's genitive
        ("5 mai 2026", (), "write it as YYYY-MM-DD: `created: 2026-05-05`"),  # May in most languages that write it
        # November in Polish and Czech, October in Croatian: the file's declared language decides
        ("5 listopada 2026", (), "write it as YYYY-MM-DD: `created: 2026-11-05`"),
        ("5 listopad 2026", ("hr",), "write it as YYYY-MM-DD: `created: 2026-10-05`"),
        ("5 listopad 2026", ("pl", "hr"), "write it as YYYY-MM-DD: `created: 2026-11-05`"),
        ("5 listopad 2026", ("xx-unknown",), "write it as YYYY-MM-DD: `created: 2026-11-05`"),
        # the calendar's missing day named in any language, as in English
        ("31 février 2026", (), "no such day: February 2026 has 28 days; write a real day as YYYY-MM-DD"),
        ("5 décembre", (), ""),  # no year: no day to offer
        ("décembre 2026", (), ""),
        # a word of two Latin letters is a month's short name in one language (Jola-Fonyi's `De`, `No`, `Se`;
        # Bafut's `la`) and a common word in many (`de`: of): no day is offered for it, unless declared
        ("1 de 2026", (), ""),
        ("1 la 2026", (), ""),
        ("5 no 2026", (), ""),
        ("5 De 2026", ("dyo",), "write it as YYYY-MM-DD: `created: 2026-12-05`"),
        ("5 mai 2026", ("fr",), "write it as YYYY-MM-DD: `created: 2026-05-05`"),
        ("5 1月 2026", (), "write it as YYYY-MM-DD: `created: 2026-01-05`"),  # two characters, not Latin letters
        # digits int() cannot read, though str.isdigit calls them digits: no number, and no traceback
        ("5² décembre 2026", (), ""),
        ("① décembre 2026", (), ""),
        ("5 décembre 2026²", (), ""),
        ("٥ ديسمبر ٢٠٢٦", (), "write it as YYYY-MM-DD: `created: 2026-12-05`"),  # Arabic-Indic digits are decimal
        # a number longer than int() reads from text (4,300 digits): no year, and no traceback
        (f"5 décembre {'9' * 5000}", (), ""),
        (f"{'9' * 5000} décembre 2026", (), ""),
        (f"2026-12-{'9' * 5000}", (), ""),
    ],
)
def test_a_date_in_words_is_read_in_the_languages_cldr_knows(
    written: str, languages: tuple[str, ...], hint: str
) -> None:
    assert date_hint(written, ["created"], languages) == hint


def test_the_month_names_of_every_language_are_read_only_when_a_date_in_words_is_refused() -> None:
    """CLDR's month names take a second to gather: a clean check or build, whose dates are YYYY-MM-DD, never pays it."""
    month_names.cache_clear()
    assert date_hint("2026-12-05", ["created"]) == "write it as YYYY-MM-DD: `created: 2026-12-05`"
    assert date_hint("5 December 2026", ["created"]) and month_names.cache_info().currsize == 0
    assert date_hint("5 décembre 2026", ["created"]) and month_names.cache_info().currsize == 1
