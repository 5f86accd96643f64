"""A date as an editor types it (`2026/12/05`, `5/12/2026`, `Dec 5, 2026`): the days it can mean, or why it is none.

The checks of an annotation's `created` and a record's `issued` offer the day to write from here, and
name the missing day (`February 2026 has 28 days`) where the calendar has none. Python's own
`datetime` reads English words with the few formats below; a month named in another language
(`5 décembre 2026`, `5. Dezember 2026`, `5 de diciembre de 2026`) is read from CLDR's month names
(Babel's), a table built on the first date refused, never on a clean build.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from functools import partial

from babel import Locale, UnknownLocaleError, localedata

from hooks.core.problems import named_value
from hooks.core.text import in_series
from hooks.core.yaml_lines import day_to_write, flow_line_to_write, keys_path

# a day's month in words, not in the locale's: the line must read the same on every machine
MONTHS = "January February March April May June July August September October November December".split()
RE_YEAR_FIRST = re.compile(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ]\d.*)?")  # `2026/12/05`, a time after it
RE_YEAR_LAST = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4})")  # `5/12/2026`: day or month first, as written
# The day in words, read by `strptime` (its English month names: Python never sets the locale unasked).
WORD_FORMATS = ("%d %B %Y", "%d %b %Y", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y", "%d %B, %Y", "%d %b, %Y")
RE_DAY_IN_WORDS = re.compile(r"\b\d{1,2}\b")  # the day of a date in words: put by for `missing_day`
RE_DATE_PARTS = re.compile(r"[\s.,/-]+")  # `5. Dezember 2026`, `5 déc., 2026`: a date's words and numbers
MONTH_CONTEXTS = [(context, width) for context in ("format", "stand-alone") for width in ("wide", "abbreviated")]
# A text field's date refused, whatever way it was typed: `2026-02-31` and `31/02/2026` alike, the hint says why.
NOT_A_DATE = "is not a date"
WRITE_ISO = "write it as YYYY-MM-DD"  # an annotation's date: the form, then the day to write or an example
# Why a CSL date's `raw` is refused: its key named as every key is, in backticks.
RAW_NOT_READ = f"a date under {keys_path('raw')} is not read"


def numbers_written(written: str) -> list[tuple[int, int, int]]:
    """(year, month, day) as each reading of `written` takes it, possible days or not: one, or two for `5/12/2026`."""
    text = written.strip()
    if match := RE_YEAR_FIRST.fullmatch(text):
        return [(int(match[1]), int(match[3]), int(match[4]))]
    if match := RE_YEAR_LAST.fullmatch(text):
        year, first, second = int(match[4]), int(match[1]), int(match[3])
        return list(dict.fromkeys([(year, second, first), (year, first, second)]))  # day first, month first
    return []


def days_written(written: str, languages: Iterable[str] = ()) -> list[dt.date]:
    """The days `written` can stand for: none, one, or two where the day and month could be either way round."""
    days = []
    for year, month, day in numbers_written(written):
        try:
            days.append(dt.date(year, month, day))
        except ValueError:
            continue  # month 13: not this reading
    return days or days_in_words(written, languages)


def day_in_words(written: str, languages: Iterable[str] = ()) -> dt.date | None:
    """`5 December 2026`, `Dec 5, 2026`, `5 décembre 2026` as a day; None when none is read (or the calendar lacks it).

    The day the other languages' month stands for most often where names differ (`listopad`: November
    in Polish and Czech, October in Croatian); the `languages` a file declares decide first.
    """
    return next(iter(days_in_words(written, languages)), None)


def days_in_words(written: str, languages: Iterable[str] = ()) -> list[dt.date]:
    """The days a date in words stands for: English's by `strptime`, else each reading of its month's name in CLDR."""
    text = " ".join(written.replace(",", ", ").split()).replace(" ,", ",")
    for form in WORD_FORMATS:
        try:
            return [dt.datetime.strptime(text, form).date()]  # noqa: DTZ007 (a day, no time or zone)
        except ValueError:
            continue
    parts = [part for part in RE_DATE_PARTS.split(written.strip()) if part]
    decimals = [part for part in parts if part.isdecimal()]  # `٥` too; not `5²`, a digit int() refuses
    words = [part.casefold() for part in parts if not part.isdecimal()]
    if len(decimals) != 2 or not words or any(len(part) > 4 for part in decimals):
        return []  # int() refuses a text of 4,300 digits, and no year has five
    numbers = [int(part) for part in decimals]
    if not numbers[0] <= 31 < 1000 <= numbers[1] <= 9999:
        return []  # a day then a year, as every language here writes them (`Dec 5, 2026` too)
    days = []
    for month in month_readings(words, tuple(languages)):
        try:
            days.append(dt.date(numbers[1], month, numbers[0]))
        except ValueError:
            continue
    return days


def month_readings(words: list[str], languages: tuple[str, ...]) -> list[int]:
    """The month the words of a date name (`décembre`, `de diciembre de`): the declared languages' reading first.

    Else the month most languages give the name, each of them where as many do; the word most
    languages read as a month among several (`de`, a month's short name in one language, and `diciembre`).
    """
    for language in languages:
        if named := [month for word in words if (month := language_months(language).get(word))]:
            return list(dict.fromkeys(named))[:1]
    counts = [readings for word in words if (readings := month_names().get(word))]
    if not counts:
        return []
    readings = max(counts, key=lambda counted: sum(counted.values()))
    most = max(readings.values())
    return sorted(month for month, count in readings.items() if count == most)


@functools.cache
def month_names() -> dict[str, Counter[int]]:
    """Every month name CLDR knows, wide and short, casefolded, with how many languages give it each month.

    One locale a language (`fr`, not `fr_CA` too): regions name months alike. Built on the first date
    refused in words and kept, a second or so: no clean build pays for it. A name of one or two Latin
    letters is left to the language a file declares (`language_months`): `de`, `la`, `no`, `se` are a
    month's short name in one language and common words in many (`1 de 2026` is no 1 December).
    """
    names: defaultdict[str, Counter[int]] = defaultdict(Counter)
    for identifier in localedata.locale_identifiers():
        if "_" not in identifier and identifier != "root":
            for name, month in locale_months(Locale.parse(identifier)).items():
                if not (len(name) <= 2 and name.isascii() and name.isalpha()):
                    names[name][month] += 1
    return dict(names)


@functools.cache
def language_months(language: str) -> dict[str, int]:
    """A declared language's month names (`fr`: `décembre` → 12), none for a tag CLDR does not know."""
    try:
        return locale_months(Locale.parse(language, sep="-"))
    except (UnknownLocaleError, ValueError, TypeError):
        return {}


def locale_months(locale: Locale) -> dict[str, int]:
    """A locale's month names, wide and short, in both of CLDR's contexts (`декабря`, `декабрь`), casefolded."""
    return {
        name.casefold().rstrip("."): month
        for context, width in MONTH_CONTEXTS
        for month, name in locale.months[context][width].items()
    }


def missing_day(written: str, languages: Iterable[str] = ()) -> str:
    """Why the date written is no day, in words (`February 2026 has 28 days`); '' when it is one or is no date."""
    if days_written(written, languages):
        return ""
    readings = numbers_written(written)
    if not readings and (in_words := RE_DAY_IN_WORDS.search(written)):  # `31 February 2026`: its month, day 1
        month = day_in_words(written[: in_words.start()] + "1" + written[in_words.end() :], languages)
        readings = [(month.year, month.month, int(in_words[0]))] if month else []
    return next((reason for year, month, day in readings if (reason := missing_in(year, month, day))), "")


def missing_in(year: int, month: int, day: int) -> str:
    """Why (year, month, day) is no day of the calendar (`there is no month 13`); '' when it is one."""
    if year == 0:
        return "there is no year 0"
    if not 1 <= month <= 12:
        return f"the month is 1–12, not {month}"
    length = calendar.monthrange(year if 1 <= year <= 9999 else 2000, month)[1]  # CSL's years before 1: a leap year
    if day < 1:  # `2026-12-00`: the month's length would not say what is wrong
        return f"the day is 1–{length}, not {day}"
    if day > length:
        return f"{MONTHS[month - 1]} {year} has {length} days"
    return ""


def day_in_words_named(day: dt.date) -> str:
    """`5 December`: a reading named beside the other, in English whatever the machine's locale."""
    return f"{day.day} {MONTHS[day.month - 1]}"


def csl_day_hint(key: str, written: str, *, raw: bool = False) -> str:
    """The fix for a day YAML read that the calendar lacks in a bibliography's record (`issued: 2026-02-31`).

    A record's date is CSL's date-parts, not YYYY-MM-DD: the line is shown with the month's last day
    (`issued: {date-parts: [[2026, 2, 28]]}`), its year alone where the month is none; the message
    names the day the calendar lacks. A `raw` date, which is not read, gets its `date-parts:` line.
    """
    readings = numbers_written(written)
    year, month, _ = readings[0] if readings else (0, 0, 0)
    parts = [year, month, calendar.monthrange(year, month)[1]] if 1 <= year <= 9999 and 1 <= month <= 12 else [year]
    parts = parts if year else [2010, 3, 9]  # no year 0 either: an example
    if raw:
        line = flow_line_to_write("date-parts", [parts])
        return f"write a real day as date-parts, e.g. {line}: {RAW_NOT_READ}"
    return f"write a real day as CSL date-parts, e.g. {flow_line_to_write(key, {'date-parts': [parts]})}"


def not_a_date(written: object) -> str:
    """A date refused (`'31/02/2026' is not a date`): one wording for the schema's form and the calendar's day.

    Named in '…' as written, as every line names a value: Python's repr switched to double quotes
    around one holding a quote (`"it's 5 May"`).
    """
    return f"{named_value(str(written))} {NOT_A_DATE}"


def offered_days(written: str, line: Callable[[dt.date], str], languages: Iterable[str] = ()) -> str:
    """The line to write (`line`) for the day `written` stands for; '' when it stands for none.

    `5/12/2026` is 5 December or 12 May, as the writer's country writes dates (a month's name, as
    many languages read it one way as another): each line is offered, named by its day in words,
    for an annotation's YYYY-MM-DD and a record's date-parts alike.
    """
    days = days_written(written, languages)
    if len(days) > 1:
        return f"{in_series([f'{line(day)} ({day_in_words_named(day)})' for day in days], 'or')}, as you meant it"
    return line(days[0]) if days else ""


def example_day_hint(today: dt.date) -> str:
    """How to write a date that stands for no day (`yesterday`): the form, with the checks' day as the example.

    The day the future's line names as the latest (`latest_today`), not a day fixed in the code.
    """
    return f"{WRITE_ISO}, e.g. {today.isoformat()}"


def date_hint(written: str, fields: list[str], languages: Iterable[str] = ()) -> str:
    """How to write a date typed another way (`2026/12/05`, `5/12/2026`, `Dec 5, 2026`): the line with its day.

    `5/12/2026` is 5 December or 12 May, as the writer's country writes dates: both are offered. A date
    the calendar lacks is named (`February 2026 has 28 days`); '' when the text is no date at all.
    """
    key = fields[-1] if fields else "date"
    if offer := offered_days(written, partial(day_to_write, key), languages):
        return f"{WRITE_ISO}: {offer}"
    if reason := missing_day(written, languages):
        return f"no such day: {reason}; write a real day as YYYY-MM-DD"
    return ""
