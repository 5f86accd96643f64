"""Rows `(old, new, message)` of a note's values outside what is allowed: motivations, types, ids, tags, dates."""

from __future__ import annotations

VALUE_CASES = [
    (
        "author: {name: A. Scholar}",
        "author: {name: IOM, type: institution}",
        "author.type: 'institution' is not allowed (use one of: person, organization)",
    ),
    (
        "motivation: commenting",
        "motivation: praising",
        "motivation: 'praising' is not allowed (use one of: commenting, describing, editing, linking, questioning, classifying)",
    ),
    # a word that names one motivation unambiguously (its label, its plural, its verb's stem): that one offered
    *[
        (
            "motivation: commenting",
            f"motivation: {written}",
            f"motivation: '{written}' is not allowed (did you mean '{meant}'? use one of: commenting, describing,"
            " editing, linking, questioning, classifying)",
        )
        for written, meant in [
            ("question", "questioning"),
            ("Question", "questioning"),
            ("Questions", "questioning"),
            ("comment", "commenting"),
            ("Editorial note", "editing"),
            ("editorial  Notes", "editing"),
            ("describe", "describing"),
            ("edit", "editing"),
            ("classify", "classifying"),
            ("link", "linking"),
            ("Links", "linking"),
        ]
    ],
    # no motivation's word: the list alone, never a motivation merely spelt alike (`commenting` for `correcting`)
    *[
        (
            "motivation: commenting",
            f"motivation: {written}",
            f"motivation: '{written}' is not allowed (use one of: commenting, describing, editing, linking,"
            " questioning, classifying)",
        )
        for written in ("correcting", "commentary", "questions asked", "note", "edits")
    ],
    # an allowed value in another case: the line to write, not the list to search
    (
        "motivation: commenting",
        "motivation: Commenting",
        "motivation: 'Commenting' is not allowed (write it as `motivation: commenting`: the values are case-sensitive)",
    ),
    (
        "author: {name: A. Scholar}",
        "author: {name: IOM, type: ORGANIZATION}",
        "author.type: 'ORGANIZATION' is not allowed (write it as `type: organization`: the values are case-sensitive)",
    ),
    (
        "motivation: commenting",
        "motivation: no",
        "motivation: false (YAML's reading of yes, no, on or off) is not allowed (use one of: commenting, describing, editing, linking, questioning, classifying)",
    ),
    ("id: x", "id: y", "id: 'y' differs from the file name 'x.md' (rename the file to y.md or write `id: x`)"),
    (
        "id: x",
        "id: X_1",
        "id: 'X_1' is not a valid id (use lowercase letters, digits and '-', and not the form of a paragraph id (p7))",
    ),
    (
        "id: x",
        "id: p12",
        "id: 'p12' is not a valid id (use lowercase letters, digits and '-', and not the form of a paragraph id (p7))",
    ),
    (
        "tags: [remittances]",
        "tags: [remitances]",
        "tags: unknown policy area 'remitances' (did you mean 'remittances'?)",
    ),
    (
        "tags: [remittances]",
        "tags: [Remittances]",
        "tags: unknown policy area 'Remittances' (did you mean 'remittances'?)",
    ),
    ("tags: [remittances]", "tags: [null]", "tags[0]: must be text, not empty (write its value)"),
    ("quote: the transfer of ideas", "quote:", "target.quote: must be text, not empty (write its value)"),
    ("tags: [remittances]", "tags: [[remittances]]", "tags[0]: must be text, not a list (put the text in quotes)"),
    ("quote: the transfer of ideas", "quote: ''", "target.quote: '' should be non-empty (write some text)"),
    # The number a paragraph id was written as: 'p3' at once, not '3' in quotes and a second round.
    ("paragraph: p3", "paragraph: 3", "target.paragraph: must be text, not a number (write p3)"),
    (
        "paragraph: p3",
        "paragraph: '3'",
        "target.paragraph: '3' is not a paragraph id (write it as shown in the URL: p3)",
    ),
    ("paragraph: p3", "paragraph: 3.0", "target.paragraph: must be text, not a number (write p3)"),
    (
        "paragraph: p3",
        "paragraph: 0",
        "target.paragraph: must be text, not a number (write the paragraph's id as its ¶ link ends: p1, p2, …)",
    ),
    (
        "paragraph: p3",
        "paragraph: -3",
        "target.paragraph: must be text, not a number (write the paragraph's id as its ¶ link ends: p1, p2, …)",
    ),
    *(
        (
            "paragraph: p3",
            f"paragraph: {number}",
            "target.paragraph: must be text, not a number (write the paragraph's id as its ¶ link ends: p1, p2, …)",
        )
        for number in (".inf", "-.inf", ".nan")
    ),  # int() of them raised past every handler: a traceback
    (
        "created: 2026-11-22",
        "created: 22/11/2026",
        "created: '22/11/2026' is not a date (write it as YYYY-MM-DD: `created: 2026-11-22`)",
    ),
    # a day and a month that could be either: both readings, the writer knows which
    (
        "created: 2026-11-22",
        "created: 5/12/2026",
        "created: '5/12/2026' is not a date (write it as YYYY-MM-DD: `created: 2026-12-05` (5 December) or"
        " `created: 2026-05-12` (12 May), as you meant it)",
    ),
    (
        "created: 2026-11-22",
        "created: 2026-11-5",
        "created: '2026-11-5' is not a date (write it as YYYY-MM-DD: `created: 2026-11-05`)",
    ),
    # A date typed as editors type it: the line to write, or the day the calendar lacks, named.
    *(
        ("created: 2026-11-22", f"created: {typed}", f"created: '{typed}' is not a date ({hint})")
        for typed, hint in (
            ("2026/11/05", "write it as YYYY-MM-DD: `created: 2026-11-05`"),
            ("2026.11.05", "write it as YYYY-MM-DD: `created: 2026-11-05`"),
            ("2026-1-05", "write it as YYYY-MM-DD: `created: 2026-01-05`"),
            ("31/02/2026", "no such day: February 2026 has 28 days; write a real day as YYYY-MM-DD"),
            ("29/02/2026", "no such day: February 2026 has 28 days; write a real day as YYYY-MM-DD"),
            ("5 November 2026", "write it as YYYY-MM-DD: `created: 2026-11-05`"),
            ("Nov 5, 2026", "write it as YYYY-MM-DD: `created: 2026-11-05`"),
            ("November 5 2026", "write it as YYYY-MM-DD: `created: 2026-11-05`"),
            ("31 April 2026", "no such day: April 2026 has 30 days; write a real day as YYYY-MM-DD"),
            # day 0: "December 2026 has 31 days" did not say what is wrong with it
            ("2026/12/00", "no such day: the day is 1–31, not 0; write a real day as YYYY-MM-DD"),
        )
    ),
    (
        "created: 2026-11-22",
        "created: 2026-13-01",
        "created: '2026-13-01' is not a date (no such day: the month is 1–12, not 13; write a real day as YYYY-MM-DD)",
    ),
    (
        "created: 2026-11-22",
        "created: '2024-02-30'",
        "created: '2024-02-30' is not a date (no such day: February 2024 has 29 days; write a real day as YYYY-MM-DD)",
    ),
    (
        "created: 2026-11-22",
        "created: 2026-11-22\nmodified: 2026-11-31",
        "modified: '2026-11-31' is not a date (no such day: November 2026 has 30 days; write a real day as YYYY-MM-DD)",
    ),
    # a month named in another language: the exact line, as in English (it had the generic example)
    (
        "created: 2026-11-22",
        "created: 5 novembre 2026",
        "created: '5 novembre 2026' is not a date (write it as YYYY-MM-DD: `created: 2026-11-05`)",
    ),
    # `listopad`: November in Polish and Czech, October in Croatian, the body's declared language
    (
        "created: 2026-11-22",
        "created: 5 listopad 2026\nlanguage: hr",
        "created: '5 listopad 2026' is not a date (write it as YYYY-MM-DD: `created: 2026-10-05`)",
    ),
    # a value holding a quote: named in '…' as every other value, not in Python's repr's double quotes
    (
        "created: 2026-11-22",
        "created: it's 5 May",
        "created: 'it's 5 May' is not a date (write it as YYYY-MM-DD, e.g. 2026-11-23)",
    ),
    # no day to offer: today's (the checks' day, the latest on Earth) as the example, as the future's line offers it
    (
        "created: 2026-11-22",
        "created: yesterday",
        "created: 'yesterday' is not a date (write it as YYYY-MM-DD, e.g. 2026-11-23)",
    ),
    (
        "created: 2026-11-22",
        "created: 2026-11-22\nmodified: soon",
        "modified: 'soon' is not a date (write it as YYYY-MM-DD, e.g. 2026-11-23)",
    ),
    (
        "created: 2026-11-22",
        "created: 2026-11-22T10:00:00",
        "created: '2026-11-22T10:00:00' is not a date (write it as YYYY-MM-DD: `created: 2026-11-22`)",
    ),
    (
        "created: 2026-11-22",
        "created: 2026-02-30",
        "created: '2026-02-30' is not a date (no such day: February 2026 has 28 days; write a real day as YYYY-MM-DD)",
    ),
    (
        "created: 2026-11-22",
        "created: 2026-11-24",
        "created: '2026-11-24' is in the future (write the day it was written, no later than 2026-11-23: the latest date on Earth now)",
    ),
    (
        "created: 2026-11-22",
        "created: 2026-11-22\nmodified: 2026-11-01",
        "modified: '2026-11-01' is before `created` (write a `modified` date on or after `created`: 2026-11-22, or"
        " remove `modified`)",
    ),
]
