"""CSL-JSON dates as readers write them (`9–10 March 2010`), from the Unicode CLDR's patterns through Babel."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping, Sequence
from typing import Any

from babel import Locale
from babel.dates import format_date, match_skeleton, tokenize_pattern, untokenize_pattern

# The record is in English (its labels, the language's name). CLDR's `en` is American English (`March 9,
# 2010`); `en_001`, English as written elsewhere, puts the day first, as the edition's prose and its
# annotations' dates do (`9–10 March 2010`).
DATE_LOCALE = "en_001"
# A CLDR skeleton per CSL precision: year; year and month; year, month and day (the month in full).
SKELETONS = {1: "y", 2: "yMMMM", 3: "yMMMMd"}
SEASONS = {1: "Spring", 2: "Summer", 3: "Autumn", 4: "Winter"}  # CSL's season numbers
CIRCA = "c."
DIFFERENCES = "yMd"  # the fields of a date, largest first: the first that differs picks the range's pattern
STAND_ALONE = {"L": "M"}  # a month named alone (`LLLL`) is the skeleton's month field


@functools.cache
def date_locale() -> Locale:
    """The locale the record's dates are written in, parsed once."""
    return Locale.parse(DATE_LOCALE)


def format_csl_date(value: Mapping[str, Any]) -> str:
    """A CSL date as a reader writes it: `2010`, `March 2010`, `9–10 March 2010`, `c. 2010`, `Spring 2010`.

    A `literal` is the editors' own words and is shown as written; a `season` stands where the date
    gives no month; `circa` marks the date as approximate.
    """
    if literal := str(value.get("literal") or "").strip():
        return literal
    parts = [list(date) for date in value.get("date-parts") or [] if date]
    text = format_parts(parts)
    season = value.get("season")
    if season not in (None, "") and parts and len(parts[0]) == 1:
        number = numeric_season(season)
        text = f"{SEASONS.get(number) if number in SEASONS else str(season).strip()} {text}"
    return f"{CIRCA} {text}" if value.get("circa") and text else text


def numeric_season(season: object) -> int | float | None:
    """The number a season is written as (`2`, `"2"`, `2.0`: 2; `2.5`), None for a season's name (`Spring`).

    CSL numbers the seasons 1–4; the check refuses another number, the record names these.
    """
    if isinstance(season, bool):
        return None
    try:
        number = float(season) if isinstance(season, int | float) else float(str(season).strip())
    except ValueError:
        return None  # a name, or a digit of another script (`²`), shown as written
    return int(number) if number.is_integer() else number


def format_parts(parts: Sequence[Sequence[int]]) -> str:
    """`date-parts`: one date, or a range written with as little repeated as the locale allows.

    A range whose two ends are known to different precisions (`[[2010, 3], [2010, 4, 2]]`), or lie
    outside the years 1–9999 Python's dates hold, gives both ends in full, joined as CLDR joins them.
    """
    if not parts:
        return ""
    start, end = parts[0], parts[-1]
    if start == end:
        return format_single_date(start)
    if len(start) == len(end) and all(1 <= date[0] <= 9999 for date in (start, end)):
        if text := format_range(start, end):
            return text
    return str(date_locale().interval_formats[None]).format(format_single_date(start), format_single_date(end))


def format_single_date(date: Sequence[int]) -> str:
    """One date, `[year]`, `[year, month]` or `[year, month, day]`; a year before 1 is BC, as in CSL."""
    year, rest = date[0], list(date[1:])
    if 1 <= year <= 9999:
        return format_date(first_day(date), wide_pattern(SKELETONS[len(date)]), date_locale())
    era = f"{-year} {date_locale().eras['abbreviated'][0]}" if year < 0 else str(year)  # CLDR's `BC`
    if not rest:
        return era
    # The month and day in a leap year (29 February is a day of any leap year), then the year.
    return f"{format_date(first_day([2000, *rest]), wide_pattern(SKELETONS[len(date)][1:]), date_locale())} {era}"


def first_day(date: Sequence[int]) -> dt.date:
    """The day a pattern formats for `[year]` or `[year, month]` (their first: the pattern shows no more)."""
    year, month, day = [*date, 1, 1][:3]
    return dt.date(year, month, day)


@functools.cache  # a few skeletons; matching one against the locale's is most of a date's cost
def wide_pattern(skeleton: str) -> str:
    """The locale's pattern for `skeleton`, its month in full: Babel's `format_skeleton` writes `Mar` for `MMMM`."""
    skeletons = date_locale().datetime_skeletons
    return widened(skeletons[match_skeleton(skeleton, skeletons)].pattern, skeleton)


def format_range(start: Sequence[int], end: Sequence[int]) -> str | None:
    """Two dates of one precision by CLDR's interval pattern: `9–10 March 2010`, `30 March – 2 April 2010`.

    Babel's `format_interval` finds the pattern nearest the skeleton (`yMMMd` for `yMMMMd`) but keeps
    its abbreviated month (`9–10 Mar 2010`): here the pattern's fields are widened to the skeleton's.
    """
    skeleton, locale = SKELETONS[len(start)], date_locale()
    matched = match_skeleton(skeleton, locale.interval_formats)
    field = next(f for f, a, b in zip(DIFFERENCES, start, end, strict=False) if a != b)
    patterns = locale.interval_formats[matched].get(field) if matched else None
    if not patterns:
        return None
    ends = zip(patterns, (first_day(start), first_day(end)), strict=True)
    return "".join(format_date(day, widened(pattern, skeleton), locale=locale) for pattern, day in ends)


def widened(pattern: str, skeleton: str) -> str:
    """`pattern` with each field as wide as in `skeleton` (`d MMM y` for `yMMMMd`: `d MMMM y`), as TR35 adjusts it."""
    widths = dict(value for kind, value in tokenize_pattern(skeleton) if kind == "field")
    tokens = [
        (kind, (value[0], widths.get(STAND_ALONE.get(value[0], value[0]), value[1])) if kind == "field" else value)
        for kind, value in tokenize_pattern(pattern)
    ]
    return untokenize_pattern(tokens)
