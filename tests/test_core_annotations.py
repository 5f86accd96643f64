"""The annotation core: every bad input becomes one line naming the file and the field."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from hooks.core.annotation_checks import latest_today, page_refused, parse_annotation
from hooks.core.annotation_folder import load_annotations, refused_bodies
from hooks.core.annotations import PLACEHOLDER_BODY, RefusedBody, credit, format_day, fresh_annotation_id
from hooks.core.bodies import render_body
from hooks.core.body_links import check_body_links
from hooks.core.body_markup import check_body_markup, removed_markup
from hooks.core.body_tree import body_elements
from hooks.core.links import page_hint
from hooks.core.paragraphs import PageInventory, Paragraph
from hooks.core.problems import Problem
from hooks.core.quotes import check_targets, closest_passage, find_quote, select_quote, whole_words
from hooks.core.schema_messages import PATTERNS, PLAIN_TEXT, PLAIN_TEXT_PLACES, describe
from hooks.core.schemas import Schema, validate
from hooks.core.text import (
    CITATION_LIMIT,
    DESCRIPTION_LIMIT,
    LINE_LIMIT,
    NO_CONTROL_PATTERN,
    QUOTE_LIMIT,
    RE_CONTROL,
    TEXT_LIMIT,
    URL_LIMIT,
    URL_PATTERN,
    VISIBLE_PATTERN,
)

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_FILE = ROOT / "annotations/schema/annotation.schema.json"
SCHEMA = Schema(SCHEMA_FILE.read_text(encoding="utf-8"))
TODAY = dt.date(2026, 11, 23)
PATH = "annotations/notes/x.md"
GOOD = """---
id: x
target:
  page: migration-and-transnationalism/opportunities.md
  paragraph: p3
  quote: the transfer of ideas
motivation: commenting
tags: [remittances]
author: {name: A. Scholar}
created: 2026-11-22
---

Body.
"""


def parse(text: str) -> list[str]:
    _, _, problems = parse_annotation(PATH, text, SCHEMA, {"remittances", "integration"}, TODAY)
    return [str(problem) for problem in problems]


MARKUP = (
    "annotations/notes/x.md: body: not shown on the page: <span> (write Markdown: paragraphs, *emphasis*,"
    " [links](https://…), lists, > quotes, `code`, tables; no headings, images or HTML)"
)
BAD_YAML = (
    "annotations/notes/x.md: front matter: invalid YAML at line 9: expected ',' or ']', but got ':' (fix the YAML)"
)
MARKED = GOOD.replace("Body.\n", "<span>Body</span>.\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the front matter's closing '---' is found: the body is known, and its own lines are named too
        (MARKED.replace("tags: [remittances]", "tags: [remittances", 1), [BAD_YAML, MARKUP]),
        (GOOD.replace("tags: [remittances]", "tags: [remittances", 1).replace("Body.\n", ""), [
            BAD_YAML, "annotations/notes/x.md: body: is empty (write the annotation's text below the closing '---')"
        ]),
        (
            "---\n- a list\n---\n\n<span>Body</span>.\n",
            [
                "annotations/notes/x.md: front matter: is not a mapping of fields (write `field: value` lines)",
                MARKUP,
            ],
        ),
        # no closing '---': where the body starts is not known, so nothing is said of it
        (
            MARKED.replace("---\n\n", "\n", 1),
            ["annotations/notes/x.md: front matter: the opening '---' is never closed (add a '---' line)"],
        ),
    ],
    ids=["bad-yaml", "bad-yaml-no-body", "not-a-mapping", "never-closed"],
)  # fmt: skip
def test_a_body_is_checked_beside_front_matter_that_cannot_be_read(text: str, expected: list[str]) -> None:
    """Bad YAML hid the body's own lines: fixing it showed them one run later."""
    assert parse(text) == expected


def test_an_edited_schema_is_applied_to_a_file_already_checked() -> None:
    """`mkdocs serve` keeps the checks' cache across rebuilds; a schema saved in between must count."""
    assert parse(GOOD) == []
    narrower = Schema(SCHEMA.text.replace('"commenting", ', ""))
    _, _, problems = parse_annotation(PATH, GOOD, narrower, {"remittances"}, TODAY)
    assert [str(problem) for problem in problems] == [
        f"{PATH}: motivation: 'commenting' is not allowed (use one of: describing, editing, linking, questioning, classifying)"
    ]
    assert parse(GOOD) == []


def test_a_date_already_begun_east_of_utc_is_not_in_the_future() -> None:
    """At 10:30 UTC it is already the next day in Auckland: its contributor's note, dated so, passes."""
    today = latest_today(dt.datetime(2026, 12, 4, 10, 30, tzinfo=dt.UTC))
    assert today == dt.date(2026, 12, 5)
    assert parse_annotation(PATH, GOOD.replace("2026-11-22", "2026-12-05"), SCHEMA, {"remittances"}, today)[2] == []
    assert parse_annotation(PATH, GOOD.replace("2026-11-22", "2026-12-06"), SCHEMA, {"remittances"}, today)[2]


def test_a_good_file_becomes_an_annotation() -> None:
    annotation, claimed, problems = parse_annotation(PATH, GOOD, SCHEMA, {"remittances"}, TODAY)
    assert problems == [] and claimed == "x"
    assert annotation is not None
    assert (annotation.page, annotation.paragraph, annotation.quote) == (
        "migration-and-transnationalism/opportunities.md",
        "p3",
        "the transfer of ideas",
    )
    assert (annotation.motivation, annotation.tags, annotation.author, annotation.created) == (
        "commenting",
        ("remittances",),
        "A. Scholar",
        "2026-11-22",
    )
    assert annotation.body == "Body.\n"
    assert (annotation.author_type, annotation.language) == ("person", None)  # the defaults: a person, in English


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("fr", "fr"),
        ("es-419", "es-419"),
        ("en-gb", "en-GB"),
        ("PT-br", "pt-BR"),
        ("zh-hant", "zh-Hant"),
        ("zh-Hant-TW", "zh-Hant-TW"),
        ("sr-latn", "sr-Latn"),
        ("yue-Hant-HK", "yue-Hant-HK"),
        ("ca-ES-Valencia", "ca-ES-valencia"),
        ("de-ch-1996", "de-CH-1996"),
        ("qaa", "qaa"),
        ("QTZ-Latn", "qtz-Latn"),  # private use: it "named no language CLDR knows"
    ],
)
def test_a_language_tag_is_taken_in_any_case_and_kept_in_its_usual_one(written: str, kept: str) -> None:
    """BCP 47 tags ignore case (RFC 5646 § 2.1.1); written one way, screen readers and the export compare them equal."""
    text = GOOD.replace("created: 2026-11-22", f"created: 2026-11-22\nlanguage: {written}")
    annotation, _, problems = parse_annotation(PATH, text, SCHEMA, {"remittances"}, TODAY)
    assert problems == [] and annotation is not None and annotation.language == kept


@pytest.mark.parametrize("written", ["pt_BR", "english", "e", "fr-", "zh-Hant-TWN", "'fr '"])
def test_what_is_no_language_tag_is_named(written: str) -> None:
    text = GOOD.replace("created: 2026-11-22", f"created: 2026-11-22\nlanguage: {written}")
    assert [line.split(": ", 2)[1] for line in parse(text)] == ["language"]


@pytest.mark.parametrize(
    ("written", "line"),
    [
        ("eng", "'eng' is not a language tag as CLDR writes it (did you mean 'en'?)"),
        ("en-UK", "'en-UK' is not a language tag as CLDR writes it (did you mean 'en-GB'?)"),
        # an extended-language form, which BCP 47 writes as its extended subtag: it passed as written
        ("zh-yue", "'zh-yue' is not a language tag as CLDR writes it (did you mean 'yue'?)"),
        (
            "xx",
            "'xx' names no language CLDR knows (write a language's tag, with a script, region or variants after it if need be: fr, es-419, pt-BR, zh-Hant, ca-ES-valencia)",
        ),
        # a locale's underscore, a stray space: the hint was the generic one
        ("EN_gb", "'EN_gb' is not a language tag as CLDR writes it (did you mean 'en-GB'?)"),
        ("'en '", "'en ' is not a language tag as CLDR writes it (did you mean 'en'?)"),
        (
            "en-",
            "'en-' is not a BCP 47 language tag (write a language's tag, with a script, region or variants after it if need be: fr, es-419, pt-BR, zh-Hant, ca-ES-valencia)",
        ),
    ],
)
def test_a_tag_screen_readers_would_not_know_is_refused_as_in_a_record(written: str, line: str) -> None:
    """The schema's pattern takes them: an old code, CLDR's alias of a region, a slip; `lang="xx"` was published."""
    text = GOOD.replace("created: 2026-11-22", f"created: 2026-11-22\nlanguage: {written}")
    assert parse(text) == [f"{PATH}: language: {line}"]


@pytest.mark.parametrize("written", ["x-klingon", "en-GB-x-foo", "yue-HK", "en-US-u-ca-gregory", "qaa", "ZH-hant-TW"])
def test_an_annotation_takes_every_tag_a_source_s_record_takes(written: str) -> None:
    """The annotation schema's pattern took language, script, region and variants only: `x-klingon` and
    `en-US-u-ca-gregory`, which a record takes and names, were "not a tag an annotation takes"."""
    text = GOOD.replace("created: 2026-11-22", f"created: 2026-11-22\nlanguage: {written}")
    assert parse(text) == []


def test_a_record_and_an_annotation_check_a_language_with_one_pattern() -> None:
    """One BCP 47 grammar, kept in text.py: both schemas' `language`, the form's copy, and the named parts CLDR reads."""
    from hooks.core.languages import RE_LANGUAGE_TAG
    from hooks.core.text import LANGUAGE_PATTERN, LANGUAGE_TAG

    schemas = [json.loads((ROOT / f"annotations/schema/{name}").read_text(encoding="utf-8")) for name in (
        "annotation.schema.json", "bibliography.schema.json")]  # fmt: skip
    assert [schema["properties"]["language"]["pattern"] for schema in schemas] == [LANGUAGE_PATTERN] * 2
    assert RE_LANGUAGE_TAG.pattern == LANGUAGE_TAG
    for tag in ["en", "pt-BR", "zh-yue", "x-klingon", "en-US-u-ca-gregory", "i-klingon", "en-", "en_GB", "english"]:
        assert bool(re.search(LANGUAGE_PATTERN, tag)) == bool(RE_LANGUAGE_TAG.fullmatch(tag)), tag


def test_an_organization_s_note_in_another_language_says_so() -> None:
    text = GOOD.replace("author: {name: A. Scholar}", "author: {name: Edition editors, type: organization}")
    annotation, _, problems = parse_annotation(PATH, text, SCHEMA, {"remittances"}, TODAY)
    assert problems == [] and annotation is not None and annotation.author_type == "organization"
    text = GOOD.replace("created: 2026-11-22", "created: 2026-11-22\nlanguage: pt-BR")
    annotation, _, problems = parse_annotation(PATH, text, SCHEMA, {"remittances"}, TODAY)
    assert problems == [] and annotation is not None and annotation.language == "pt-BR"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "tags: [remittances]",
            "tags: [remittances",
            "front matter: invalid YAML at line 9: expected ',' or ']', but got ':' (fix the YAML)",
        ),
        (
            "quote: the transfer of ideas",
            "quote: ideas: transferred",
            "front matter: invalid YAML at line 6: mapping values are not allowed here (write a value with ': ' in it in quotes, e.g. \"Policy: what next\")",
        ),
        (
            "motivation: commenting",
            "motivation: commenting\n\tcolour: red",
            "front matter: invalid YAML at line 8: found character '\\t' that cannot start any token (indent with spaces, not tabs)",
        ),
        ("Body.\n", "", "body: is empty (write the annotation's text below the closing '---')"),
        ("Body.\n", "   \n\n", "body: is empty (write the annotation's text below the closing '---')"),
        (
            "Body.\n",
            PLACEHOLDER_BODY,
            "body: is still the placeholder 'Write the annotation here, in Markdown. …' (write the annotation's text in its place)",
        ),
        # the values or the fields to write under it: a newcomer cannot guess them from the name alone
        (
            "motivation: commenting\n",
            "",
            "motivation: is missing (add `motivation` with one of: commenting, describing, editing, linking,"
            " questioning, classifying)",
        ),
        ("author: {name: A. Scholar}\n", "", "author: is missing (add `author` with `name` under it)"),
        ("  quote: the transfer of ideas\n", "", "target.quote: is missing (add `quote` under `target`)"),
        (
            "tags: [remittances]",
            "tags: remittances",
            "tags: must be a list, not text (write it as `tags: [remittances]`)",
        ),
        (  # the ids a comma separated, each an item of the list to write
            "tags: [remittances]",
            "tags: remittances, integration",
            "tags: must be a list, not text (write it as `tags: [remittances, integration]`)",
        ),
        (
            "quote: the transfer of ideas",
            "quote: 42",
            "target.quote: '42' is not text (put it in quotes: `quote: '42'`)",
        ),
        # YAML 1.1 read them as a number or true: the line to copy carries the words written
        (
            "quote: the transfer of ideas",
            "quote: 1.10",
            "target.quote: '1.10' is not text: YAML reads it as 1.1 (put it in quotes: `quote: '1.10'`)",
        ),
        (  # YAML's word for it, not Python's (nan, -inf)
            "quote: the transfer of ideas",
            "quote: .NaN",
            "target.quote: '.NaN' is not text: YAML reads it as .nan (put it in quotes: `quote: '.NaN'`)",
        ),
        (
            "quote: the transfer of ideas",
            "quote: -.Inf",
            "target.quote: '-.Inf' is not text: YAML reads it as -.inf (put it in quotes: `quote: '-.Inf'`)",
        ),
        (
            "author: {name: A. Scholar}",
            "author: {name: yes}",
            "author.name: 'yes' is not text: YAML reads it as true (put it in quotes: `name: 'yes'`)",
        ),
        (
            "paragraph: p3",
            "paragraph: paragraph-3",
            "target.paragraph: 'paragraph-3' is not a paragraph id (write it as shown in the URL: p3)",
        ),
        (
            "page: migration-and-transnationalism/opportunities.md",
            "page: /opportunities/",
            "target.page: '/opportunities/' is not a page path (write the path inside docs/, e.g. migration-and-transnationalism/opportunities.md)",
        ),
        (
            "author: {name: A. Scholar}",
            "author: A. Scholar",
            "author: must be a mapping of fields, not text (write `field: value` lines, indented under it)",
        ),
        (
            "author: {name: A. Scholar}",
            "author: {name: Your name}",
            "author.name: is still the placeholder 'Your name' (write your name as you wish to be credited)",
        ),
        (
            "author: {name: A. Scholar}",
            "author: {name: '  '}",
            "author.name: is blank (write some text: spaces and invisible characters alone show nothing)",
        ),
        # an invisible credit, an invisible link: a zero-width space, a soft hyphen show nothing
        (
            "author: {name: A. Scholar}",
            'author: {name: "\\u200b"}',
            "author.name: is blank (write some text: spaces and invisible characters alone show nothing)",
        ),
        (
            "created: 2026-11-22",
            'created: 2026-11-22\nreferences: [{title: "\\u200b\\u00ad", url: "https://example.org/x"}]',
            "references[0].title: is blank (write some text: spaces and invisible characters alone show nothing)",
        ),
        # a direction control shows other words than the file holds: "Scholar" read backwards
        (
            "author: {name: A. Scholar}",
            'author: {name: "A. \\u202eralohcS"}',
            "author.name: holds control characters no one can see: U+202E (delete them: a direction control (U+202A–U+202E, U+2066–U+2069) makes text read in another order than written)",
        ),
        (
            "quote: the transfer of ideas",
            'quote: "the \\u2066transfer\\u2069 of ideas"',
            "target.quote: holds control characters no one can see: U+2066, U+2069 (delete them: a direction control (U+202A–U+202E, U+2066–U+2069) makes text read in another order than written)",
        ),
        (
            "created: 2026-11-22",
            'created: 2026-11-22\nreferences: [{title: "Levitt\\u202d 1998", url: "https://example.org/x"}]',
            "references[0].title: holds control characters no one can see: U+202D (delete them: a direction control (U+202A–U+202E, U+2066–U+2069) makes text read in another order than written)",
        ),
        # an unseen line break: the credit, the quote, the reference broken in two where a space was meant
        (
            "author: {name: A. Scholar}",
            'author: {name: "A.\\u2028Scholar"}',
            "author.name: holds control characters no one can see: U+2028 (delete them: a line or paragraph separator (U+2028, U+2029) is a line break no one sees, so write a space in its place)",
        ),
        (
            "quote: the transfer of ideas",
            'quote: "the transfer\\u2029of ideas"',
            "target.quote: holds control characters no one can see: U+2029 (delete them: a line or paragraph separator (U+2028, U+2029) is a line break no one sees, so write a space in its place)",
        ),
        (
            "created: 2026-11-22",
            'created: 2026-11-22\nreferences: [{title: "Levitt\\u2028 1998"}]',
            "references[0].title: holds control characters no one can see: U+2028 (delete them: a line or paragraph separator (U+2028, U+2029) is a line break no one sees, so write a space in its place)",
        ),
        (
            "author: {name: A. Scholar}",
            'author: {name: "A.\\x07Scholar"}',
            "author.name: holds control characters no one can see: U+0007 (delete them)",
        ),
        (
            "quote: the transfer of ideas",
            "quote: ' '",
            "target.quote: is blank (write some text: spaces and invisible characters alone show nothing)",
        ),
        (
            "author: {name: A. Scholar}",
            'author: {name: A. Scholar, url: "https://orcid.org/x\\n"}',
            "author.url: 'https://orcid.org/x\\n' is not a web address (start it with https://, with no space, control character or any of \"<>\\^`{|} in it)",
        ),
        (
            "author: {name: A. Scholar}",
            "author: {name: A. Scholar, url: 'javascript:alert(1)'}",
            "author.url: 'javascript:alert(1)' is not a web address (start it with https://, with no space, control character or any of \"<>\\^`{|} in it)",
        ),
        (
            "created: 2026-11-22",
            "created: 2026-11-22\nlanguage: French",
            "language: 'French' is not a language tag as CLDR writes it (did you mean 'fr'?)",
        ),
        (
            "created: 2026-11-22",
            'created: 2026-11-22\nlanguage: "fr\\n"',
            "language: 'fr\\n' is not a language tag as CLDR writes it (did you mean 'fr'?)",
        ),
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
            "created: '2026-13-01' is not a date (no such day: the month is 1–12, not 13; write a real day as"
            " YYYY-MM-DD)",
        ),
        (
            "created: 2026-11-22",
            "created: '2024-02-30'",
            "created: '2024-02-30' is not a date (no such day: February 2024 has 29 days; write a real day as"
            " YYYY-MM-DD)",
        ),
        (
            "created: 2026-11-22",
            "created: 2026-11-22\nmodified: 2026-11-31",
            "modified: '2026-11-31' is not a date (no such day: November 2026 has 30 days; write a real day as"
            " YYYY-MM-DD)",
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
            "created: 'it's 5 May' is not a date (write it as YYYY-MM-DD, e.g. 2026-11-22)",
        ),
        (
            "created: 2026-11-22",
            "created: yesterday",
            "created: 'yesterday' is not a date (write it as YYYY-MM-DD, e.g. 2026-11-22)",
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
            "modified: '2026-11-01' is before created (a change cannot precede the annotation)",
        ),
        (
            "created: 2026-11-22",
            "created: 2026-11-22\ncolour: red",
            "colour: is not a field of an annotation (remove it or check its spelling)",
        ),
        (
            "author: {name: A. Scholar}",
            "author: {name: A. Scholar, orcid: x}",
            "author.orcid: is not a field of `author` (remove it or check its spelling)",
        ),
        (
            "motivation: commenting",
            "motivaton: commenting",
            "motivaton: is not a field: did you mean `motivation`? (rename it to `motivation`)",
        ),
        (
            "author: {name: A. Scholar}",
            "author: {nmae: A. Scholar}",
            "author.nmae: is not a field: did you mean `name`? (rename it to `name`)",
        ),
        # An explicit tag PyYAML's constructor fails on with a Python error, past every YAML handler: a traceback.
        (
            "quote: the transfer of ideas",
            'quote: !!int "x"',
            "front matter: 'x' cannot be read as !!int at line 6 (remove the '!!' tag: YAML reads a plain value as what it is written as)",
        ),
        (
            "quote: the transfer of ideas",
            'quote: !!float ""',
            "front matter: '' cannot be read as !!float at line 6 (remove the '!!' tag: YAML reads a plain value as what it is written as)",
        ),
        (
            "motivation: commenting",
            'motivation: !!bool "x"',
            "front matter: 'x' cannot be read as !!bool at line 7 (remove the '!!' tag: YAML reads a plain value as what it is written as)",
        ),
        (
            "created: 2026-11-22",
            "created: !!timestamp x",
            "front matter: 'x' cannot be read as !!timestamp at line 10 (remove the '!!' tag: YAML reads a plain value as what it is written as)",
        ),
        # ' #' ends a plain quote (a comment as linters write one, two spaces and '# ', is taken as meant)
        (
            "quote: the transfer of ideas",
            "quote: the transfer #of ideas",
            "target.quote: 'the transfer' is cut short by ' #', which YAML reads as the start of a comment (put it in"
            " quotes: `quote: 'the transfer #of ideas'`; a comment needs two spaces before its '# ')",
        ),
        # All comment: YAML reads the quote as empty, said once ("'' is cut short", then the schema's "not empty")
        (
            "quote: the transfer of ideas",
            "quote: #the transfer of ideas",
            "target.quote: is empty: YAML reads '#the transfer of ideas' as a comment (write its value, or put it in"
            " quotes if '#the transfer of ideas' is the value: `quote: '#the transfer of ideas'`)",
        ),
        # All comment in a field of ids: the comment's line, not the schema's "must be text, not empty" alone
        (
            "paragraph: p3",
            "paragraph: #p3",
            "target.paragraph: is empty: YAML reads '#p3' as a comment (write its value without the '#' YAML took"
            " for a comment's start)",
        ),
        # A `\\ud800` escape: half a character, which no UTF-8 file holds (make check and the build stopped writing it).
        (
            "quote: the transfer of ideas",
            'quote: "the \\ud800transfer"',
            "front matter: a text holds half a character (\\ud800) at line 6 (write the character itself; an emoji's two halves as one escape, \\U0001F600)",
        ),
    ],
)
def test_bad_field_is_one_line_naming_file_and_field(old: str, new: str, message: str) -> None:
    assert old in GOOD
    assert parse(GOOD.replace(old, new, 1)) == [f"{PATH}: {message}"]


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        # the taxonomy's line names the area meant, the schema's pattern line is not said too
        ("tags: [remittances]", "tags: [Remittances]", "tags: unknown policy area 'Remittances' (did you mean 'remittances'?)"),
        ("id: x", "id: X", "id: 'X' is not a valid id (write it in lowercase: 'x')"),
    ],
)  # fmt: skip
def test_an_id_in_another_case_is_one_line_with_the_id_to_write(old: str, new: str, message: str) -> None:
    assert parse(GOOD.replace(old, new, 1)) == [f"{PATH}: {message}"]


def test_a_tag_in_another_case_is_offered_in_lowercase_while_the_taxonomy_is_unread() -> None:
    """Which areas there are is not known then (`known_area_ids` is None): the schema's line is the tag's only one."""
    text = GOOD.replace("tags: [remittances]", "tags: [Remittances]", 1)
    _, _, problems = parse_annotation(PATH, text, SCHEMA, None, TODAY)
    assert [str(problem) for problem in problems] == [
        f"{PATH}: tags[0]: 'Remittances' is not a valid id (write it in lowercase: 'remittances')"
    ]


def test_the_reference_example_of_annotations_readme_passes_the_checks() -> None:
    """A newcomer copies it first: its comments must not make it fail."""
    readme = (ROOT / "annotations/README.md").read_text(encoding="utf-8")
    example = re.search(r"```markdown\n(.*?)```", readme, re.DOTALL)
    assert example
    path = "annotations/notes/social-remittances-scope.md"
    annotation, _, problems = parse_annotation(path, example.group(1), SCHEMA, {"remittances"}, TODAY)
    assert [str(problem) for problem in problems] == []
    assert annotation and annotation.quote == "so-called “social remittances.”"


SITE_PAGES = {"index.md", "migration-and-transnationalism/index.md", "migration-and-transnationalism/challenges.md"}


@pytest.mark.parametrize(
    ("page", "hint"),
    [
        # Copied from the site or a local preview: the page it leads to, not an example to work from.
        (
            "migration-and-transnationalism/challenges/",
            "write the page's path inside docs/: migration-and-transnationalism/challenges.md",
        ),
        (
            "http://127.0.0.1:8000/migration-and-transnationalism/challenges/",
            "write the page's path inside docs/: migration-and-transnationalism/challenges.md",
        ),
        (
            "migration-and-transnationalism/challenges",
            "write the page's path inside docs/: migration-and-transnationalism/challenges.md",
        ),
        (
            "/migration-and-transnationalism/#p2",
            "write the page's path inside docs/: migration-and-transnationalism/index.md",
        ),
        # the published site's, under its base path (GitHub Pages' /<repo>/): it had the generic example
        (
            "https://owner.github.io/repo/migration-and-transnationalism/challenges/#p3",
            "write the page's path inside docs/: migration-and-transnationalism/challenges.md",
        ),
        (
            "/repo/migration-and-transnationalism/",
            "write the page's path inside docs/: migration-and-transnationalism/index.md",
        ),
        (
            "Migration-and-Transnationalism/Challenges.md",
            "did you mean 'migration-and-transnationalism/challenges.md'?",
        ),
        ("nowhere/at-all/", "write the path inside docs/, e.g. migration-and-transnationalism/opportunities.md"),
    ],
)
def test_a_page_written_as_its_address_is_named_as_its_path_once_the_pages_are_known(page: str, hint: str) -> None:
    text = GOOD.replace("page: migration-and-transnationalism/opportunities.md", f"page: {json.dumps(page)}")
    _, _, problems = parse_annotation(PATH, text, SCHEMA, None, TODAY, SITE_PAGES)
    assert [str(p) for p in problems] == [f"{PATH}: target.page: {page!r} is not a page path ({hint})"]


@pytest.mark.parametrize(
    ("page", "hint"),
    [
        # the file's name alone, its folder left out: too short beside the path for spelling to find it
        ("challenges.md", "did you mean 'migration-and-transnationalism/challenges.md'?"),
        ("Challenges.md", "did you mean 'migration-and-transnationalism/challenges.md'?"),
        ("nowhere.md", "e.g."),
        # spelling took it for index.md
        ("chalenges.md", "did you mean 'migration-and-transnationalism/challenges.md'?"),
        ("annex.md", "did you mean 'migration-and-transnationalism/annex.md'?"),  # spelling took it for index.md
    ],
)
def test_a_page_written_as_its_file_name_alone_is_named_with_its_folder(page: str, hint: str) -> None:
    pages = [
        "index.md",
        "migration-and-transnationalism/annex.md",
        "migration-and-transnationalism/challenges.md",
        "migration-and-transnationalism/index.md",
        "origin-governments-and-migrant-associations/index.md",
    ]
    assert page_hint(page, pages, "e.g.") == hint


ORIGIN = "origin-governments-and-migrant-associations/index.md"


@pytest.mark.parametrize(
    ("page", "hint"),
    [
        # a page deleted (stable-links.md's example): the long folder both paths share made it 0.78 like annex.md
        ("migration-and-transnationalism/agents-and-subjects.md", "e.g."),
        ("migration-and-transnationalism/foo.md", "e.g."),  # 0.89 like annex.md
        ("migration-and-transnationalism/chalenges.md", "did you mean 'migration-and-transnationalism/challenges.md'?"),
        ("migration-and-transnationalsm/challenges.md", "did you mean 'migration-and-transnationalism/challenges.md'?"),
        ("gone/migration-and-transnationalism/annex.md", "did you mean 'migration-and-transnationalism/annex.md'?"),
        # a folder's page is named by its folder, as its address names it (a body's link to `/origin-…/`)
        ("origin-governments-and-migrant-asociations.md", f"did you mean '{ORIGIN}'?"),
        ("origin-governments-and-migrant-asociations/index.md", f"did you mean '{ORIGIN}'?"),
    ],
)
def test_a_page_is_offered_only_where_its_file_name_is_close_too(page: str, hint: str) -> None:
    """The folder a path shares with every page of its source outweighed its file's name, so a deleted page's
    annotations were told `did you mean 'migration-and-transnationalism/annex.md'?`."""
    pages = [
        "index.md",
        "migration-and-transnationalism/annex.md",
        "migration-and-transnationalism/challenges.md",
        "migration-and-transnationalism/index.md",
        ORIGIN,
    ]
    assert page_hint(page, pages, "e.g.") == hint


def test_a_file_name_two_folders_hold_is_named_with_each_path() -> None:
    """`annex.md` in two folders named neither: the example, as if the site had no annex at all."""
    pages = ["index.md", "s/annex.md", "t/annex.md", "t/index.md"]
    assert page_hint("annex.md", pages, "e.g.") == "did you mean 's/annex.md' or 't/annex.md'?"


@pytest.mark.parametrize(
    ("moves", "hint"),
    [
        # Moved into a folder under a new name: spelling took it for challenges.md.
        (
            {"s/chances.md": "s/sections/opportunities.md"},
            "mkdocs.yml's redirect_maps moved the page to s/sections/opportunities.md: write that path",
        ),
        # Moved onto its folder's landing page: deleted for good (stable-links.md), its words are nowhere to point at.
        (
            {"s/chances.md": "s/index.md"},
            "mkdocs.yml's redirect_maps retired the page onto s/index.md: point at the words elsewhere, or delete it",
        ),
        ({"s/chances/index.md": "s/index.md"}, "did you mean 's/challenges.md'?"),  # another page's move
        ({}, "did you mean 's/challenges.md'?"),
    ],
)
def test_a_target_on_a_moved_page_names_where_redirect_maps_took_it(moves: dict[str, str], hint: str) -> None:
    pages = ["s/challenges.md", "s/sections/opportunities.md", "s/index.md"]
    assert page_hint("s/chances.md", pages, "e.g.", moves) == hint


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Body only.\n", "front matter: is missing (start the file with a '---' block)"),
        ("---\nid: x\n\nBody.\n", "front matter: the opening '---' is never closed (add a '---' line)"),
        ("---\n- a\n- b\n---\nBody.\n", "front matter: is not a mapping of fields (write `field: value` lines)"),
    ],
)
def test_unreadable_front_matter(text: str, message: str) -> None:
    assert parse(text) == [f"{PATH}: {message}"]


def test_several_problems_in_one_file_are_all_reported() -> None:
    text = GOOD.replace("motivation: commenting", "motivation: praising").replace(
        "created: 2026-11-22", "created: 2999-01-01"
    )
    assert parse(text) == [
        f"{PATH}: motivation: 'praising' is not allowed (use one of: commenting, describing, editing, linking, questioning, classifying)",
        f"{PATH}: created: '2999-01-01' is in the future (write the day it was written, no later than 2026-11-23: the latest date on Earth now)",
    ]


def make_root(tmp_path: Path, files: dict[str, bytes | str]) -> Path:
    (tmp_path / "annotations/schema").mkdir(parents=True)
    (tmp_path / "annotations/notes").mkdir()
    (tmp_path / "annotations/schema/annotation.schema.json").write_bytes(SCHEMA_FILE.read_bytes())
    for name, content in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return tmp_path


def test_load_reports_files_it_would_otherwise_ignore(tmp_path: Path) -> None:
    root = make_root(
        tmp_path,
        {
            "annotations/notes/x.md": GOOD,
            "annotations/notes/y.txt": GOOD.replace("id: x", "id: y"),
            "annotations/notes/old/z.md": GOOD.replace("id: x", "id: z"),
            "annotations/notes/.draft.txt": "Hidden.\n",
            "annotations/w.md": GOOD.replace("id: x", "id: w"),
            "annotations/README.md": "# How to annotate\n",
            "annotations/notes/latin1.md": GOOD.replace("id: x", "id: latin1")
            .replace("A. Scholar", "Ana Peña")
            .encode("latin-1"),
        },
    )
    annotations, problems = load_annotations(root, {"remittances"}, TODAY)
    assert [a.id for a in annotations] == ["x"]
    assert [str(p) for p in problems] == [
        "annotations/notes/old/z.md: is in a sub-folder of notes/ and is ignored (move it to annotations/notes/z.md)",
        "annotations/notes/y.txt: is not a .md file and is ignored (rename it to annotations/notes/y.md)",
        "annotations/w.md: is outside annotations/notes/ and is ignored (move it to annotations/notes/w.md)",
        "annotations/notes/latin1.md: is not UTF-8 (byte 190) (save the file as UTF-8)",
    ]


def test_duplicate_id_is_reported_on_the_file_not_named_after_it(tmp_path: Path) -> None:
    root = make_root(tmp_path, {"annotations/notes/x.md": GOOD, "annotations/notes/a.md": GOOD})
    annotations, problems = load_annotations(root, {"remittances"}, TODAY)
    assert [a.path for a in annotations] == ["annotations/notes/x.md"]
    assert [str(p) for p in problems] == [
        "annotations/notes/a.md: id: 'x' differs from the file name 'a.md' (write `id: a`)",  # x.md is taken
        "annotations/notes/a.md: id: 'x' is also the id of annotations/notes/x.md (give each annotation its own id; ids are never reused)",
    ]


def test_a_second_read_reuses_the_checks_of_unchanged_files_only(tmp_path: Path) -> None:
    root = make_root(tmp_path, {"annotations/notes/x.md": GOOD})
    first, _ = load_annotations(root, {"remittances"}, TODAY)
    again, problems = load_annotations(root, None, TODAY)
    assert again[0] is first[0] and problems == []
    (root / "annotations/notes/x.md").write_text(GOOD.replace("tags: [remittances]", "tags: [nope]"), encoding="utf-8")
    changed, problems = load_annotations(root, {"remittances"}, TODAY)
    assert changed == () and [str(p) for p in problems] == [
        "annotations/notes/x.md: tags: unknown policy area 'nope' (use an id from annotations/policy-areas.yml)"
    ]
    (root / "annotations/notes/x.md").write_text(
        GOOD.replace("created: 2026-11-22", "created: 2026-11-30"), encoding="utf-8"
    )
    _, problems = load_annotations(root, {"remittances"}, TODAY)
    assert [str(p) for p in problems] == [
        "annotations/notes/x.md: created: '2026-11-30' is in the future (write the day it was written, no later than 2026-11-23: the latest date on Earth now)"
    ]


TEXT = (
    "Transnationalism also manifests itself in the transfer of ideas – so-called “social remittances.”4 "
    "Migrants may be engaged in social or political activism to raise awareness about their country of origin."
)
PAGES = {
    "migration-and-transnationalism/opportunities.md": PageInventory(
        paragraphs=(
            Paragraph("p1", "One cost-effective way."),
            Paragraph("p3", TEXT, words=TEXT.replace("”4", "”")),  # as the build records a paragraph with a note
            Paragraph("p6", "Last."),
        )
    ),
    "index.md": PageInventory(),
}


def annotation(**target: str):
    text = GOOD
    for field, value in target.items():
        text = text.replace(
            {
                "page": "page: migration-and-transnationalism/opportunities.md",
                "paragraph": "paragraph: p3",
                "quote": "quote: the transfer of ideas",
            }[field],
            f"{field}: {json.dumps(value)}",
        )
    result, _, problems = parse_annotation(PATH, text, SCHEMA, None, TODAY)
    assert result is not None, problems
    return result


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ({}, None),
        ({"quote": "the  transfer\nof ideas"}, None),
        (
            {"page": "migration-and-transnationalism/oportunities.md"},
            "target.page: no page 'migration-and-transnationalism/oportunities.md' (did you mean 'migration-and-transnationalism/opportunities.md'?)",
        ),
        (
            {"page": "nowhere/at-all.md"},
            "target.page: no page 'nowhere/at-all.md' (write the path inside docs/, e.g. migration-and-transnationalism/opportunities.md)",
        ),
        (
            {"paragraph": "p99"},
            "target.paragraph: no paragraph 'p99' on migration-and-transnationalism/opportunities.md (it has p1, p3, p6)",
        ),
        (
            {"quote": "the transfer of idea's"},
            "target.quote: 'the transfer of idea's' is not in p3 (closest passage: 'the transfer of ideas')",
        ),
        (
            {"quote": "so called social remittances"},
            "target.quote: 'so called social remittances' is not in p3 (closest passage: 'so-called “social remittances.”')",
        ),
        # A note number inside the passage stays: the quote is matched against the text as shown.
        (
            {"quote": "social remittances Migrants may"},
            "target.quote: 'social remittances Migrants may' is not in p3 (closest passage: '“social remittances.”4 Migrants may')",
        ),
        # Straight quote marks typed where the text has curly ones: said, with the quote to write.
        (
            {"quote": 'so-called "social remittances."'},
            "target.quote: 'so-called \"social remittances.\"' is not in p3 (only its quote marks differ from the text's: write `so-called “social remittances.”`)",
        ),
        (
            {"quote": '"'},
            "target.quote: '\"' is not in p3 (only its quote marks differ from the text's, and it occurs 2 times: write `“` with more words)",
        ),
        ({"quote": "social"}, "target.quote: 'social' occurs 2 times in p3 (quote more words, so that it occurs once)"),
        (
            {"quote": "cost-effective way"},
            "target.quote: 'cost-effective way' is not in p3 (it is in p1 of this page: annotate p1 instead,"
            " unless the page's paragraphs were renumbered: then give them back their published ids)",
        ),
        (
            {"quote": "brain drain"},
            "target.quote: 'brain drain' is not in p3 (nothing in p3 is like it: copy the words from the page, and check the paragraph's ¶ number)",
        ),
        # A long quote is cut at a word boundary in 60 characters, the ellipsis included (text.shorten).
        (
            {"quote": "igrants may be engaged in social or political activism to raise awareness about their country"},
            "target.quote: 'igrants may be engaged in social or political activism to…' starts or ends inside a word in p3"
            " (quote whole words: 'Migrants may be engaged in social or political activism to…')",
        ),
    ],
)
def test_targets(target: dict[str, str], message: str | None) -> None:
    problems = [str(p) for p in check_targets((annotation(**target),), PAGES)]
    assert problems == ([f"{PATH}: {message}"] if message else [])


@pytest.mark.parametrize(("headings", "other"), [(("x",), "a heading"), ((), "another element")])
def test_an_id_used_by_another_element_of_the_page_is_an_error(headings: tuple[str, ...], other: str) -> None:
    page = PageInventory(paragraphs=(Paragraph("p3", TEXT),), headings=headings, ids=("x", "p3", "x"))
    problems = check_targets((annotation(),), {"migration-and-transnationalism/opportunities.md": page})
    assert [str(p) for p in problems] == [
        f"{PATH}: id: 'x' is also the id of {other} on migration-and-transnationalism/opportunities.md"
        " (choose an id no heading, paragraph or note of the page uses)"
    ]


@pytest.mark.parametrize(
    ("headings", "other", "whose"), [(("x",), "a heading", "the heading"), ((), "another element", "the element")]
)
def test_a_published_id_an_element_and_an_annotation_share_asks_for_the_one_added_since(
    headings: tuple[str, ...], other: str, whose: str
) -> None:
    """The lock holds ids, not whose they were: "rename the annotation" repointed a published link at a new heading,
    or at an `<a id>` written in the page."""
    page = PageInventory(paragraphs=(Paragraph("p3", TEXT),), headings=headings, ids=("x", "p3", "x"))
    pages = {"migration-and-transnationalism/opportunities.md": page}
    problems = check_targets(
        (annotation(),), pages, published={"migration-and-transnationalism/opportunities.md": ["x"]}
    )
    assert [str(p) for p in problems] == [
        f"{PATH}: id: 'x' is also the id of {other} on migration-and-transnationalism/opportunities.md, and links to"
        f" it are published (give the one added since another id (this annotation, or {whose}): the one that had"
        " it keeps its links)"
    ]


def test_a_quote_found_but_not_highlighted_is_an_error() -> None:
    problems = check_targets((annotation(),), PAGES, highlighted={"x": 0})
    assert [str(p) for p in problems] == [
        f"{PATH}: target.quote: 'the transfer of ideas' was found in p3 but could not be highlighted (quote words on one side of any HTML in the text, such as <em>; if there is none, tell the editors)"
    ]


def test_an_invisible_character_in_a_quote_is_named() -> None:
    """Copied from a PDF, 'trans\u00adfer' looks like 'transfer' in the message: the line must say why it differs."""
    problems = check_targets((annotation(quote="the trans\u00adfer of\u200b ideas"),), PAGES)
    assert [str(p) for p in problems] == [
        f"{PATH}: target.quote: 'the trans\u00adfer of\u200b ideas' is not in p3 (it holds a soft hyphen (U+00AD),"
        " a zero-width space (U+200B), invisible here and not in the text: delete it or retype the words)"
    ]


def test_a_quote_must_start_and_end_at_word_edges() -> None:
    problems = check_targets((annotation(quote="ransfer of idea"),), PAGES)
    assert [str(p) for p in problems] == [
        f"{PATH}: target.quote: 'ransfer of idea' starts or ends inside a word in p3 (quote whole words: 'transfer of ideas')"
    ]
    words = Paragraph("p3", TEXT, words=TEXT.replace("”4", "”"))  # a note number glued to a word is no part of it
    for quote in ("“social remittances.”", "social remittances", "so-called", "Transnationalism", "origin."):
        pages = {"migration-and-transnationalism/opportunities.md": PageInventory(paragraphs=(words,))}
        assert check_targets((annotation(quote=quote),), pages) == [], quote
    assert whole_words("Migrants’ homes", "Migrants") is None and whole_words("aa ab", "a") is None


def test_find_quote_normalises_whitespace_and_counts_overlaps() -> None:
    assert find_quote("a  b\na b", "a b") == [0, 4]
    assert find_quote("aaa", "aa") == [0, 1]
    passage, likeness = closest_passage(Paragraph("p1", "one two three four"), "two thre")
    assert passage == "two three" and 0.9 < likeness < 1


@pytest.mark.parametrize(
    ("paragraph", "quote", "expected"),
    [
        (
            "x " * 40 + "the  same\nwords here " + "y " * 40,
            "the same words",
            (("x " * 40)[-32:], "the same words", (" here " + "y " * 40)[:32]),
        ),
        ("Short one.", "Short", ("", "Short", " one.")),
        ("It ends here", "ends here", ("It ", "ends here", "")),
    ],
)
def test_select_quote_takes_up_to_32_characters_of_the_paragraph_around_the_quote(
    paragraph: str, quote: str, expected: tuple[str, str, str]
) -> None:
    selector = select_quote(paragraph, quote)
    assert selector is not None
    assert (selector.prefix, selector.exact, selector.suffix) == expected


@pytest.mark.parametrize(("paragraph", "quote"), [("Same. Same.", "Same"), ("Other words.", "Same"), ("aaa", "aa")])
def test_select_quote_needs_the_quote_exactly_once_in_the_paragraph(paragraph: str, quote: str) -> None:
    assert select_quote(paragraph, quote) is None


def test_only_a_refused_target_page_has_the_annotations_read_again_with_the_sites_pages() -> None:
    assert page_refused(
        [Problem("annotations/notes/a.md", "quote", "x"), Problem("annotations/notes/b.md", "target.page", "y")]
    )
    assert not page_refused([Problem("annotations/notes/a.md", "target.paragraph", "x")])
    assert not page_refused([])


def test_the_exports_build_time_is_utc_to_the_second() -> None:
    from hooks.core.w3c import export_time

    assert export_time(dt.datetime(2023, 11, 14, 22, 13, 20, 999, tzinfo=dt.UTC)) == "2023-11-14T22:13:20Z"


def test_format_day() -> None:
    assert format_day("2026-11-02") == "2\u00a0November\u00a02026"  # a line never breaks inside it


@pytest.mark.parametrize(
    ("modified", "said"),
    [
        (None, "A. Name, 2\u00a0November\u00a02026"),
        ("2026-12-01", "A. Name, 2\u00a0November\u00a02026 (revised 1\u00a0December\u00a02026)"),
    ],
    ids=["created", "revised"],
)
def test_a_credit_says_a_revision_as_the_annotation_s_block_does(modified: str | None, said: str) -> None:
    """/annotations/ and the area pages gave the first date alone while the block said "(revised …)"."""
    assert credit("A. Name", "2026-11-02", modified) == said


def test_the_index_credits_a_revised_annotation_with_its_revision() -> None:
    from hooks.core.annotation_index import entry

    note = dataclasses.replace(annotation(), modified="2026-11-23")
    text = "".join(entry(note, {}, lambda area: None, "Opportunities").itertext())
    assert (
        "\nA. Scholar, 22\u00a0November\u00a02026 (revised 23\u00a0November\u00a02026)\u00a0· read the annotation"
        in text
    )


def test_export_reports_a_quote_that_is_not_unique_in_its_paragraph() -> None:
    from hooks.core.w3c import RenderedPage, build_collection

    note = annotation()
    paragraph = PAGES[note.page].paragraph("p3").text
    repeated = RenderedPage("https://example.org/o/", {"p3": paragraph + " " + paragraph})
    collection, problems = build_collection((note,), "https://example.org/", {note.page: repeated}, {"x": "<p>B</p>"})
    assert [str(p) for p in problems] == [
        f"{PATH}: target.quote: no context makes the quote unique in its paragraph (quote a longer passage)"
    ]
    assert collection["total"] == 0 and collection["first"]["items"] == []
    assert "last" not in collection and "modified" not in collection, "an empty collection has no page of items"
    single = RenderedPage("https://example.org/o/", {"p3": paragraph})
    collection, problems = build_collection((note,), "https://example.org/", {note.page: single}, {"x": "<p>B</p>"})
    assert problems == [] and collection["first"]["items"][0]["id"] == "https://example.org/o/#x"
    assert collection["id"] == "https://example.org/annotations.jsonld"
    assert collection["last"] == "https://example.org/annotations.jsonld#page-1"
    assert collection["modified"] == f"{note.modified or note.created}T00:00:00Z", "no build date: the newest note's"
    for built in ("2020-01-01T10:00:00Z", "2030-01-01T10:00:00Z"):  # a build before the note's day, one after it
        dated, _ = build_collection((note,), "https://example.org/", {note.page: single}, {"x": "<p>B</p>"}, built)
        assert dated["modified"] == max(built, f"{note.modified or note.created}T00:00:00Z")
    target = collection["first"]["items"][0]["target"]
    assert target == {
        "source": "https://example.org/o/",
        "selector": {
            "type": "FragmentSelector",
            "conformsTo": "http://tools.ietf.org/rfc/rfc3236",
            "value": "p3",
            "refinedBy": {"type": "TextQuoteSelector", **dataclasses.asdict(select_quote(paragraph, note.quote))},
        },
    }


def test_export_ends_the_text_with_the_references_as_the_page_lists_them() -> None:
    from hooks.core.w3c import bodies

    works = (("Levitt & <b>Lamba</b> (1998)", "https://example.org/?a=1&b=2"), ("A report without address", None))
    body = bodies(dataclasses.replace(annotation(), tags=(), references=works), "<p>B</p>", "https://example.org/")
    assert body["value"] == (
        '<p>B</p><ul class="annotation__references">'
        '<li><a href="https://example.org/?a=1&amp;b=2" rel="nofollow noopener">Levitt &amp; &lt;b&gt;Lamba&lt;/b&gt; (1998)</a></li>'
        "<li>A report without address</li></ul>"
    )
    assert bodies(dataclasses.replace(annotation(), tags=()), "<p>B</p>", "https://example.org/")["value"] == "<p>B</p>"


def test_export_tags_an_annotation_with_its_policy_areas_iris() -> None:
    from hooks.core.w3c import bodies

    note = annotation()  # commenting, tags: [remittances]
    assert bodies(note, "<p>B</p>", "https://example.org/ed/") == [
        {"type": "TextualBody", "value": "<p>B</p>", "format": "text/html", "language": "en", "purpose": "commenting"},
        {
            "type": "SpecificResource",
            "purpose": "tagging",
            "source": "https://example.org/ed/policy-areas/remittances/",
        },
    ]
    untagged = dataclasses.replace(note, tags=())
    assert bodies(untagged, "<p>B</p>", "https://example.org/ed/") == {
        "type": "TextualBody",
        "value": "<p>B</p>",
        "format": "text/html",
        "language": "en",
    }


@pytest.mark.parametrize(
    ("site_url", "page_url", "expected"),
    [
        ("https://example.org/ed/", "https://example.org/ed/o/", "https://example.org/ed/"),
        ("", "/o/", "/"),  # no site_url (a local build): rooted, as the pages' addresses (`page_address`)
    ],
)
def test_export_addresses_are_all_of_one_kind(site_url: str, page_url: str, expected: str) -> None:
    from hooks.core.w3c import RenderedPage, build_collection

    note = annotation()  # tags: [remittances]
    page = RenderedPage(page_url, {"p3": PAGES[note.page].paragraph("p3").text})
    collection, problems = build_collection((note,), site_url, {note.page: page}, {"x": "<p>B</p>"})
    item = collection["first"]["items"][0]
    assert problems == []
    assert (collection["id"], collection["last"], collection["first"]["partOf"]["id"]) == (
        f"{expected}annotations.jsonld",
        f"{expected}annotations.jsonld#page-1",
        f"{expected}annotations.jsonld",
    )
    assert (item["id"], item["target"]["source"]) == (f"{page_url}#x", page_url)
    assert item["body"][1]["source"] == f"{expected}policy-areas/remittances/"


def test_index_keeps_quotes_and_names_literal_and_orders_by_paragraph() -> None:
    import markdown

    from hooks.core.annotation_index import PageTitle, index_elements, index_intro, listed
    from hooks.mdx.annotation_index import AnnotationIndexExtension

    first = annotation(quote="the transfer of ideas")
    odd = dataclasses.replace(first, id="y", paragraph="p1", quote="*not* <b>bold</b> [x](y) { #z }", author="A_B")
    other = dataclasses.replace(first, id="z", page="other/page.md", paragraph="p2", tags=())
    pages = {
        first.page: PageTitle("Opportunities", "migration-and-transnationalism", "Migration"),
        other.page: PageTitle("Page *one*", "other", "Other"),
    }
    ordered = listed((other, first, odd), pages)
    assert [a.id for a in ordered] == ["y", "x", "z"]
    tags = {"remittances": "policy-areas/remittances.md"}
    extension = AnnotationIndexExtension(
        entries=lambda: index_elements(ordered, pages, {"remittances": "Remittances"}, tags.get)
    )
    md = markdown.Markdown(extensions=["attr_list", "md_in_html", "toc", extension])
    html = md.convert("# Annotations\n\n" + index_intro(len(ordered)))
    assert html.startswith('<h1 id="annotations">Annotations</h1>\n<p>The edition has 3 annotations,')
    # The filter, written whole (annotations.js wires it), between the introduction and the first group.
    assert (
        '<a href="../annotations.jsonld">annotations.jsonld</a>.</p>\n'
        '<div class="annotation-filter" hidden="hidden">\n<label class="annotation-filter__field">Motivation '
        '<select name="motivation"><option value="">all</option><option value="commenting">Comments</option></select>'
        "</label>\n"
    ) in html
    assert html.index('<div class="annotation-filter"') < html.index('<h2 id="migration-and-transnationalism">')
    opportunities = (
        '<a aria-label="Paragraph 1 of Opportunities" href="../migration-and-transnationalism/opportunities.md#p1">'
    )
    assert html.index(f"{opportunities}¶\u00a01</a>") < html.index("¶\u00a03")
    assert (
        ": “*not* &lt;b&gt;bold&lt;/b&gt; [x](y) { #z }”<br />\nA_B, 22\u00a0November\u00a02026"
        '<span class="annotation-entry__read">\u00a0· <a href='
    ) in html
    assert (
        '<span class="annotation-entry__area" data-area="remittances"><a href="../policy-areas/remittances.md">Remittances</a></span>'
        in html
    )
    assert '<h2 id="migration-and-transnationalism">Migration</h2>' in html
    assert '<h3 id="other-page"><a href="../other/page.md">Page *one*</a></h3>' in html
    assert [item["id"] for item in md.toc_tokens[0]["children"]] == ["migration-and-transnationalism", "other"]
    assert '<div class="annotation-entry" data-areas="" data-motivation="commenting">' in html
    unlinked = index_elements(ordered[:1], pages, {}, lambda area: None)[-1]
    assert [
        (span.get("data-area"), span.text, len(span)) for span in unlinked.iter("span") if span.get("data-area")
    ] == [("remittances", "remittances", 0)]


def test_a_page_at_the_top_of_docs_is_its_own_group_on_the_index() -> None:
    """Its group was headed `foreword.md`, with that id, as if the file were a source."""
    from hooks.core.annotation_index import PageTitle, group_of, index_elements, index_page_ids

    note = annotation(quote="the transfer of ideas")
    top = dataclasses.replace(note, id="top", page="foreword.md", paragraph="p1")
    assert group_of("foreword.md") == "foreword" and group_of(note.page) == "migration-and-transnationalism"
    pages = {
        note.page: PageTitle("Opportunities", "migration-and-transnationalism", "Migration"),
        top.page: PageTitle("Foreword", group_of(top.page), "foreword"),
    }
    headings = [
        (element.tag, element.get("id"), "".join(element.itertext()), [a.get("href") for a in element.iter("a")])
        for element in index_elements([note, top], pages, {}, lambda area: None)
        if element.tag in ("h2", "h3")
    ]
    assert headings == [
        ("h2", "migration-and-transnationalism", "Migration", []),
        (
            "h3",
            "migration-and-transnationalism-opportunities",
            "Opportunities",
            ["../migration-and-transnationalism/opportunities.md"],
        ),
        ("h2", "foreword", "Foreword", ["../foreword.md"]),
    ]
    assert index_page_ids([note, top]) == (
        "annotations",
        "migration-and-transnationalism",
        "migration-and-transnationalism-opportunities",
        "foreword",
    )


def test_body_links_name_a_page_and_an_id_it_has() -> None:
    annotation = parse_annotation(PATH, GOOD, SCHEMA, {"remittances"}, TODAY)[0]
    inventory = PageInventory(paragraphs=(Paragraph("p1", "One."), Paragraph("p2", "Two.")), ids=("a", "p1", "p2"))
    pages = {"s/a.md": inventory, "s/b.md": None}
    html = (
        '<p><a href="s/a.md#p2">fine</a> <a href="s/a.md#a">a heading</a> <a href="s/b.md#x">not rendered</a> '
        '<a href="https://example.org/s/a.md#p9">external</a> <a href="s/a.md#p9">no id</a> <a href="s/c.md">no page</a></p>'
    )
    assert [str(p) for p in check_body_links(annotation, html, pages)] == [
        f"{PATH}: body: the link 's/a.md#p9' names no id of s/a.md (link to one of its paragraphs, p1–p2, or another id"
        " the page has)",
        # s/a.md and s/b.md are as alike to it, by their folder alone: neither is offered
        f"{PATH}: body: the link 's/c.md' leads to no page (write the path inside docs/, e.g. source/page.md#p3)",
    ]


def test_body_links_copied_from_the_site_or_written_from_the_page_name_the_docs_path_to_write() -> None:
    annotation = dataclasses.replace(parse_annotation(PATH, GOOD, SCHEMA, {"remittances"}, TODAY)[0], page="s/b.md")
    here = PageInventory(paragraphs=(Paragraph("p1", "One."), Paragraph("p2", "Two.")), ids=("p1", "p2"))
    citing = PageInventory(ids=("anchors",))
    pages = {"index.md": None, "s/index.md": None, "s/a.md": None, "s/b.md": here, "about/citing.md": citing,
             "annotations/index.md": None}  # fmt: skip
    links = {
        "../a/#p3": "'../a/#p3' is a site address (it breaks in annotations.jsonld) (write the page's path inside docs/: 's/a.md#p3')",
        "/s/": "'/s/' is a site address (it breaks in annotations.jsonld) (write the page's path inside docs/: 's/index.md')",
        "http://127.0.0.1:8000/s/a/#p2": "'http://127.0.0.1:8000/s/a/#p2' is a local preview's address (write the page's"
        " path inside docs/: 's/a.md#p2')",
        "http://LOCALHOST:8000/s/a/#p2": "'http://LOCALHOST:8000/s/a/#p2' is a local preview's address (write the"
        " page's path inside docs/: 's/a.md#p2')",  # a host's case does not count, as for the published site's
        "http://[::1]:8000/s/a/": "'http://[::1]:8000/s/a/' is a local preview's address (write the page's path"
        " inside docs/: 's/a.md')",
        # a view of a page: the docs path keeps its query, which its links keep (see test_core_pages)
        "http://127.0.0.1:8000/annotations/?motivation=questioning": "'http://127.0.0.1:8000/annotations/?motivation="
        "questioning' is a local preview's address (write the page's path inside docs/:"
        " 'annotations/index.md?motivation=questioning')",
        "../gone/": "'../gone/' is a site address (it breaks in annotations.jsonld) (write the path inside docs/, e.g."
        " source/page.md#p3)",
        "a.md#p3": "'a.md#p3' leads to no page (write it from docs/: 's/a.md#p3')",
        "#p9": "'#p9' names no id of s/b.md (link to one of its paragraphs, p1–p2, or another id the page has)",
        # a view of the annotated page: its id went unchecked
        "?x=1#p9": "'?x=1#p9' names no id of s/b.md (link to one of its paragraphs, p1–p2, or another id the page has)",
        # a page without numbered paragraphs: the hint says so in words, not pasted into a sentence
        "about/citing.md#nonexistent": "'about/citing.md#nonexistent' names no id of about/citing.md"
        " (about/citing.md has no numbered paragraphs: link to another id the page has)",
        "": "'' has no address (write the address between the parentheses: [words](source/page.md#p3))",
        "S\\A.md#p1": "'S\\A.md#p1' leads to no page (did you mean 's/a.md'?)",  # Windows' case and backslash
        "//[a": "'//[a' is no address (write a whole address (https://…) or a page's path inside docs/"
        " (source/page.md#p3))",  # urlsplit refuses it: it stopped the build with a traceback
    }
    for href, expected in links.items():
        assert [str(p) for p in check_body_links(annotation, render_body(f"[x]({href})"), pages)] == [
            f"{PATH}: body: the link {expected}"
        ], href
    for fine in (
        "#p1",
        "?x=1#p2",
        "?x=1",
        "s/a.md#p1",
        "https://example.org/s/a/",
        "mailto:a@example.org",
        "annotations/index.md?area=x",
    ):
        assert check_body_links(annotation, render_body(f"[x]({fine})"), pages) == [], fine


def test_a_body_link_to_a_moved_page_names_where_redirect_maps_took_it() -> None:
    """Spelling named another page (`s/chances.md`, moved into a folder, was taken for `s/challenges.md`)."""
    annotation = parse_annotation(PATH, GOOD, SCHEMA, {"remittances"}, TODAY)[0]
    pages = {"s/challenges.md": PageInventory(), "s/sections/opportunities.md": None}
    moves = {"s/chances.md": "s/sections/opportunities.md"}
    body = render_body("[x](s/chances.md#p2)")
    assert [str(p) for p in check_body_links(annotation, body, pages, "", moves)] == [
        f"{PATH}: body: the link 's/chances.md#p2' leads to no page (mkdocs.yml's redirect_maps moved the page to"
        " s/sections/opportunities.md: write that path)"
    ]
    assert [str(p) for p in check_body_links(annotation, body, pages)] == [
        f"{PATH}: body: the link 's/chances.md#p2' leads to no page (did you mean 's/challenges.md'?)"
    ]


PUBLISHED = "the published site's address (it goes unchecked, and breaks if the page moves)"


@pytest.mark.parametrize(
    ("href", "line"),
    [
        (
            "https://owner.github.io/repo/s/a/#p2",
            f"'https://owner.github.io/repo/s/a/#p2' is {PUBLISHED} (write the page's path inside docs/: 's/a.md#p2')",
        ),
        (
            "http://OWNER.github.io/repo/s/#p1",
            f"'http://OWNER.github.io/repo/s/#p1' is {PUBLISHED} (write the page's path inside docs/: 's/index.md#p1')",
        ),
        (
            "https://owner.github.io/repo/",
            f"'https://owner.github.io/repo/' is {PUBLISHED} (write the page's path inside docs/: 'index.md')",
        ),
        (
            "https://owner.github.io/repo/s/a/index.html",
            f"'https://owner.github.io/repo/s/a/index.html' is {PUBLISHED} (write the page's path inside docs/: 's/a.md')",
        ),
        (
            "https://owner.github.io:443/repo/s/a/",
            f"'https://owner.github.io:443/repo/s/a/' is {PUBLISHED} (write the page's path inside docs/: 's/a.md')",
        ),
        (
            "https://owner.github.io/repo//s/a/",
            f"'https://owner.github.io/repo//s/a/' is {PUBLISHED} (write the page's path inside docs/: 's/a.md')",
        ),
        # a view of a page, as the README invites readers to send: skipped, though its docs path keeps the query
        (
            "https://owner.github.io/repo/annotations/?motivation=questioning",
            f"'https://owner.github.io/repo/annotations/?motivation=questioning' is {PUBLISHED} (write the page's path inside docs/: 'annotations/index.md?motivation=questioning')",
        ),
        (
            "https://owner.github.io/repo/annotations/?motivation=questioning&area=remittances#list",
            f"'https://owner.github.io/repo/annotations/?motivation=questioning&area=remittances#list' is {PUBLISHED} (write the page's path inside docs/: 'annotations/index.md?motivation=questioning&area=remittances#list')",
        ),
        # a page of the published site docs/ lacks (a typo): it passed, leading nowhere
        (
            "https://owner.github.io/repo/s/bb/#p3",
            "'https://owner.github.io/repo/s/bb/#p3' leads to no page (write the page's path inside docs/: did you mean 's/b.md#p3'?)",
        ),
        (
            "https://owner.github.io/repo/annotation/index.html?motivation=x",
            "'https://owner.github.io/repo/annotation/index.html?motivation=x' leads to no page (write the page's path inside docs/: did you mean 'annotations/index.md?motivation=x'?)",
        ),
        # not a typo of a page: no guess (difflib's default took the search's address for the glossary's)
        (
            "https://owner.github.io/repo/search/?q=x",
            "'https://owner.github.io/repo/search/?q=x' leads to no page (write the path inside docs/, e.g. source/page.md#p3)",
        ),
        (
            "https://owner.github.io/repo/withdrawn-chapter/",
            "'https://owner.github.io/repo/withdrawn-chapter/' leads to no page (write the path inside docs/, e.g. source/page.md#p3)",
        ),
        # the base path is stripped: `s/a/` is only the tail of a page the site lacks, hinted as the closest
        (
            "https://owner.github.io/repo/gone/s/a/",
            "'https://owner.github.io/repo/gone/s/a/' leads to no page (write the page's path inside docs/: did you mean 's/a.md'?)",
        ),
        # not a page of the published site: an external link, as before
        ("https://owner.github.io/repo/annotations.jsonld", None),
        ("https://owner.github.io/repo/cite/x.bib?v=2", None),
        ("https://owner.github.io/repository/s/a/", None),
        ("https://owner.github.io/s/a/", None),
        ("https://example.org/repo/s/a/", None),
    ],
)
def test_body_links_to_the_published_site_name_the_docs_path_to_write(href: str, line: str | None) -> None:
    annotation = dataclasses.replace(parse_annotation(PATH, GOOD, SCHEMA, {"remittances"}, TODAY)[0], page="s/b.md")
    pages = dict.fromkeys(("index.md", "s/index.md", "s/a.md", "s/b.md", "annotations/index.md", "glossary.md"))
    body = render_body(f"[x]({href})")
    expected = [f"{PATH}: body: the link {line}"] if line else []
    assert [str(p) for p in check_body_links(annotation, body, pages, "https://owner.github.io/repo/")] == expected
    assert check_body_links(annotation, body, pages) == [], "no site_url: no site but the local preview's is known"


def test_body_links_to_the_local_preview_are_named_once_when_it_is_the_site_url() -> None:
    annotation = dataclasses.replace(parse_annotation(PATH, GOOD, SCHEMA, {"remittances"}, TODAY)[0], page="s/b.md")
    body = render_body("[x](http://127.0.0.1:8000/s/a/#p2)")
    assert [str(p) for p in check_body_links(annotation, body, {"s/a.md": None}, "http://127.0.0.1:8000/")] == [
        f"{PATH}: body: the link 'http://127.0.0.1:8000/s/a/#p2' is a local preview's address"
        " (write the page's path inside docs/: 's/a.md#p2')"
    ]


def body_markup_lines(body: str) -> list[str]:
    """What the body check says of a valid annotation given this body."""
    annotation = dataclasses.replace(parse_annotation(PATH, GOOD, SCHEMA, {"remittances"}, TODAY)[0], body=body)
    return [str(problem) for problem in check_body_markup(annotation)]


def test_what_the_sanitiser_removes_from_a_body_is_named() -> None:
    assert removed_markup(
        "# Title\n\n![map](m.png) <script>x()</script> <b onclick='y()'>b</b> [l](javascript:z())"
    ) == [
        "a heading (<h1>)",
        "an image (<img>)",
        "<script>",
        "the attribute 'onclick' of <b>",
        "a 'javascript:' link",
    ]
    assert body_markup_lines("<u>u</u>") == [
        f"{PATH}: body: not shown on the page: <u> (write Markdown: paragraphs, *emphasis*, [links](https://…), lists,"
        " > quotes, `code`, tables; no headings, images or HTML)"
    ]


def test_a_link_whose_address_is_none_is_named_and_shown_as_words() -> None:
    """`urlsplit` refuses `//[a` and `http://[x`: the build and MkDocs' link rewriting stopped with a traceback."""
    assert removed_markup("[a](http://[oops) and [b](javascript:x)") == [
        "the link address 'http://[oops', which is none",  # the sanitiser drops it
        "a 'javascript:' link",
    ]
    html = render_body("[kept](//[a) by the sanitiser")
    assert removed_markup("[kept](//[a) by the sanitiser") == []  # the link check names it
    assert [element.tag for element in body_elements(html, lambda href: href).iter()] == ["div", "p", "span"]


def test_comments_declarations_and_instructions_in_a_body_are_named_too() -> None:
    """The sanitiser drops them, words and all: 'Visible <!-- hidden --> end.' would read 'Visible  end.'."""
    assert removed_markup("Visible <!-- hidden words --> end.") == ["an HTML comment (<!-- -->)"]
    assert removed_markup("<![CDATA[ <script>alert(1)</script> ]]> text") == ["<![CDATA[…]]>"]
    assert removed_markup("<?php echo 1; ?> text") == ["<?…?>"]
    assert removed_markup("<!DOCTYPE html> text") == ["<!DOCTYPE>"]


@pytest.mark.parametrize("body", ["***", "\u200b", "\u00ad \u200b\n"])
def test_a_body_that_shows_no_words_is_named(body: str) -> None:
    assert body_markup_lines(body) == [
        f"{PATH}: body: shows no words on the page (write the annotation's text below the closing '---')"
    ]


NO_WORDS = "shows no words on the page (write the annotation's text below the closing '---')"
LINK_WORDS = "(write the words to click between the brackets: [words](address))"
NOT_SHOWN = (
    "(write Markdown: paragraphs, *emphasis*, [links](https://…), lists, > quotes, `code`, tables;"
    " no headings, images or HTML)"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # removed markup hid the wordless link beside it until it was fixed
        (
            "<span>a</span> and [](https://example.org).",
            [
                f"not shown on the page: <span> {NOT_SHOWN}",
                f"the link to 'https://example.org' shows no words {LINK_WORDS}",
            ],
        ),
        # deleting the comment leaves a body with no words: both said at once
        ("<!-- a note -->", [f"not shown on the page: an HTML comment (<!-- -->) {NOT_SHOWN}", NO_WORDS]),
        # each wordless link, once each (the second was hidden behind the first)
        (
            "[](https://a.org), [](https://b.org) and [](https://a.org).",
            [
                f"the link to 'https://a.org' shows no words {LINK_WORDS}",
                f"the link to 'https://b.org' shows no words {LINK_WORDS}",
            ],
        ),
        # a body of a wordless link alone: one line, naming the link too
        (
            "[](https://example.org)",
            [
                "shows no words on the page, nor does its link to 'https://example.org' (write the annotation's text"
                " below the closing '---', and the link's words between its brackets: [words](address))"
            ],
        ),
        (
            "[](https://a.org) [](https://b.org)",
            [
                "shows no words on the page, nor do its links to 'https://a.org', 'https://b.org' (write the"
                " annotation's text below the closing '---', and each link's words between its brackets: [words](address))"
            ],
        ),
        # a link whose address the sanitiser removed is shown as words, no link: its line is the address's
        ("[](javascript:x()) and words", [f"not shown on the page: a 'javascript:' link {NOT_SHOWN}"]),
        # a body too long to convert still has its control characters named (they need no converting; ESC's '[' is counted)
        (
            "Pasted \x1b[0m here. " + "[" * 201,
            [
                "opens 202 brackets ('['), more than the 200 an annotation may have"
                " (write fewer links; list works under `references` instead)",
                "holds characters no one can see, which HTML does not allow: U+001B after 'Pasted' (delete them)",
            ],
        ),
    ],
)
def test_independent_body_problems_are_named_together(body: str, expected: list[str]) -> None:
    """Each line once, in one run: a contributor fixing one should not meet the next on the following build."""
    assert body_markup_lines(body) == [f"{PATH}: body: {line}" for line in expected]


def test_control_characters_in_a_body_are_named_where_they_stand() -> None:
    """Pasted from a terminal or a PDF they reach the page unseen, where HTML does not allow them."""
    body = "Colours \x1b[1mbold\x1b[0m, as printed.\n\x7fAnd a form feed\x0c and tab\t are whitespace."
    assert body_markup_lines(body) == [
        f"{PATH}: body: holds characters no one can see, which HTML does not allow: U+001B after 'Colours',"
        " U+007F at the start of a line (delete them)"
    ]
    for fine in ("Tab\tand form feed\x0c.", "Windows\r\nlines."):
        assert body_markup_lines(fine) == [], repr(fine)


def test_direction_controls_in_a_body_are_named_and_never_reach_the_page() -> None:
    """An override makes the words read in another order than written: allowed in HTML, so they reached the page."""
    body = "Paid \u202eeno derdnuh\u202c dollars, and &#x2066;isolated&#x2069; words."
    assert body_markup_lines(body) == [
        f"{PATH}: body: holds control characters no one can see: U+202E after 'Paid', U+202C after 'Paid eno"
        " derdnuh', '&#x2066;' (U+2066) after 'Paid eno derdnuh dollars, and', '&#x2069;' (U+2069) after"
        " '… dollars, and &#x2066;isolated' (delete them: a direction control (U+202A–U+202E, U+2066–U+2069) makes text read in another order than written)"
    ]
    assert not RE_CONTROL.search(render_body(body)), repr(render_body(body))


def test_line_separators_in_a_body_are_named_with_the_line_break_to_write() -> None:
    """Markdown reads no break in U+2028 or U+2029: the page ran the two paragraphs into one word ("end.Next")."""
    body = "One paragraph ends.\u2029Next one, and &#x2028; this."
    assert body_markup_lines(body) == [
        f"{PATH}: body: holds control characters no one can see: U+2029 after 'One paragraph ends.', '&#x2028;'"
        " (U+2028) after '… paragraph ends. Next one, and' (delete them: a line or paragraph separator"
        " (U+2028, U+2029) is a line break no one sees, so write a new line in its place)"
    ]


def test_control_characters_written_as_references_are_named_and_never_reach_the_page() -> None:
    """`&#2;…&#3;` came out of the sanitiser as Python-Markdown's placeholder: the page's stashed HTML took its place."""
    body = "Control &#1; here, a stash &#2;wzxhzdk:0&#x3; there, and &#65; and &#10; are fine."
    assert body_markup_lines(body) == [
        f"{PATH}: body: holds characters no one can see, which HTML does not allow: '&#1;' (U+0001) after 'Control',"
        " '&#2;' (U+0002) after 'Control &#1; here, a stash', '&#x3;' (U+0003) after '…1; here, a stash &#2;wzxhzdk:0'"
        " (delete them)"
    ]
    html = render_body(body)
    assert "wzxhzdk:0" in html and not RE_CONTROL.search(html), repr(html)
    # A dash as HTML reads 150 (Windows-1252), and a reference shown as written in code: both visible.
    assert body_markup_lines("Words &#150; here, and `a &#2; b`.") == []


@pytest.mark.parametrize("body", ["See [](https://example.org) here.", "See [\u200b](https://example.org)."])
def test_a_link_that_shows_no_words_is_named(body: str) -> None:
    assert body_markup_lines(body) == [
        f"{PATH}: body: the link to 'https://example.org' shows no words"
        " (write the words to click between the brackets: [words](address))"
    ]


def test_footnotes_in_a_body_are_named() -> None:
    """A body shows `[^1]` as written: its notes would take the page's own numbers and ids."""
    body = "As Vertovec argues[^v], and others.[^2]\n\n[^v]: Vertovec 2009.\n[^2]: See below."
    assert body_markup_lines(body) == [
        f"{PATH}: body: holds footnotes ([^v], [^2]), which an annotation shows as written"
        " (write each note in the text, e.g. in parentheses)"
    ]
    for fine in ("A character class `[^a-z]` in code.", "A caret[^ alone."):
        assert body_markup_lines(fine) == [], fine


def test_a_one_word_footnote_is_a_footnote_not_a_link() -> None:
    """`[^1]: note` is Markdown's form of a link's definition too: read as one, `note` was a site address."""
    body = "Body.[^1]\n\n[^1]: note\n"
    assert "href" not in render_body(body)
    assert "[^1]: note" in render_body(body)  # shown as written, as the footnote's line says
    annotation, _, problems = parse_annotation(PATH, GOOD.replace("Body.\n", body), SCHEMA, {"remittances"}, TODAY)
    assert problems == [] and annotation is not None
    assert body_markup_lines(body) == [
        f"{PATH}: body: holds footnotes ([^1]), which an annotation shows as written"
        " (write each note in the text, e.g. in parentheses)"
    ]
    assert check_body_links(annotation, render_body(body), {}) == []


def test_each_kind_of_body_problem_is_named_at_once() -> None:
    """A contributor fixing one should not meet the next only on the following build."""
    lines = body_markup_lines("Pasted \x1b[0m here[^1] <span>x</span>.\n\n[^1]: A note.")
    said = ("holds characters no one can see", "holds footnotes ([^1])", "not shown on the page: <span>")
    assert len(lines) == 3 and all(what in line for what, line in zip(said, lines, strict=True)), lines


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        # a front matter the schema refuses: the annotation is not built, its body is read all the same
        (
            "created: 2026-11-22\n---\n\nBody.",
            "created: 22.11.2026\n---\n\n<span>Body</span> and [](https://a.org).",
            [
                f"{PATH}: created: '22.11.2026' is not a date (write it as YYYY-MM-DD: `created: 2026-11-22`)",
                f"{PATH}: body: not shown on the page: <span> {NOT_SHOWN}",
                f"{PATH}: body: the link to 'https://a.org' shows no words {LINK_WORDS}",
            ],
        ),
        # a tag the taxonomy lacks, found after the file's own checks
        (
            "tags: [remittances]\n",
            "tags: [remitances]\n",
            [f"{PATH}: tags: unknown policy area 'remitances' (did you mean 'remittances'?)"],
        ),
        (
            "tags: [remittances]\nauthor: {name: A. Scholar}\ncreated: 2026-11-22\n---\n\nBody.",
            "tags: [remitances]\nauthor: {name: A. Scholar}\ncreated: 2026-11-22\n---\n\n<!-- note -->",
            [
                f"{PATH}: tags: unknown policy area 'remitances' (did you mean 'remittances'?)",
                f"{PATH}: body: not shown on the page: an HTML comment (<!-- -->) {NOT_SHOWN}",
                f"{PATH}: body: {NO_WORDS}",
            ],
        ),
    ],
)
def test_a_body_is_checked_beside_its_front_matter_problems(old: str, new: str, expected: list[str]) -> None:
    """The body's lines came only once the front matter was fixed: each file's problems are named together."""
    assert old in GOOD
    assert parse(GOOD.replace(old, new)) == expected


def test_markdown_a_body_may_use_is_shown_whole() -> None:
    body = "*a* **b** [c](https://x.org) <https://y.org>\n\n3. three\n4. four\n\n---\n\n> q\n\n| l | r |\n|:--|--:|\n| 1 | 2 |\n"
    assert removed_markup(body) == []
    html = render_body(body)
    assert '<ol start="3">' in html and "<hr" in html and '<th align="right">r</th>' in html
    rule = body_elements(html).find("hr")
    assert rule is not None and len(rule) == 0 and not rule.text, "a rule holds nothing: what follows it is its sibling"


def test_a_folder_named_like_a_note_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    root = make_root(tmp_path, {"annotations/notes/x.md": GOOD, "annotations/notes/box.md/inner.md": GOOD})
    annotations, problems = load_annotations(root, {"remittances"}, TODAY)
    assert [a.id for a in annotations] == ["x"]
    assert (
        "annotations/notes/box.md: is a folder, not an annotation file (move its files into annotations/notes/ and remove the folder)"
        in [str(p) for p in problems]
    )


def schema_nodes(node: object, place: str) -> Iterator[tuple[str, dict]]:
    """Every mapping of a schema, `$defs` and `allOf` included, with where it stands (`glossary…/items/term`)."""
    if isinstance(node, dict):
        yield place, node
        for key, value in node.items():
            yield from schema_nodes(value, f"{place}/{key}")
    elif isinstance(node, list):
        for number, value in enumerate(node):
            yield from schema_nodes(value, f"{place}/{number}")


def every_schema_node() -> list[tuple[str, dict]]:
    """The mappings of every schema the edition validates with."""
    schemas = sorted((ROOT / "annotations/schema").glob("*.schema.json"))
    assert len(schemas) == 4, schemas
    return [
        found for path in schemas for found in schema_nodes(json.loads(path.read_text(encoding="utf-8")), path.name)
    ]


def every_schema_field() -> list[tuple[str, dict]]:
    """The fields of every schema (a mapping that gives a type), not the parts of one (an `allOf`'s)."""
    return [(place, node) for place, node in every_schema_node() if "type" in node]


def node_patterns(node: dict) -> set[str]:
    """The patterns a schema's field asks for: its own and its `allOf`'s."""
    return {part["pattern"] for part in [node, *node.get("allOf", [])] if isinstance(part.get("pattern"), str)}


def test_every_pattern_of_the_schemas_is_explained_in_words() -> None:
    """A contributor reads what a value must look like, never the schema's regular expression.

    `PATTERNS` holds `hooks/core/text.py`'s patterns themselves: a copy in a schema that differs from
    its constant by a character (and so lets that character through unsaid) is named here by its place.
    """
    used = [(place, node["pattern"]) for place, node in every_schema_node() if isinstance(node.get("pattern"), str)]
    assert len(used) > 30
    assert [(place, pattern) for place, pattern in used if pattern not in PATTERNS] == []


def schema_id_fields() -> dict[str, dict]:
    """The schemas' id fields, read from the schemas, not from `PATTERNS`: a field named `id`, and a list of ids' items.

    A list of ids says so in its description (`Policy-area ids`, `Ids of related terms`).
    """
    nodes = dict(every_schema_node())
    found = {place: node for place, node in nodes.items() if place.endswith("/properties/id") and "pattern" in node}
    lists = {place: node for place, node in nodes.items() if "ids" in str(node.get("description", "")).lower()}
    found.update({f"{place}/items": node["items"] for place, node in lists.items() if node.get("type") == "array"})
    return found


def test_the_id_fields_are_found_in_the_schemas() -> None:
    """The rule reading them finds each id field, so that the test below cannot pass on none."""
    assert sorted(schema_id_fields()) == [
        "annotation.schema.json/properties/id",
        "annotation.schema.json/properties/tags/items",
        "glossary.schema.json/items/properties/id",
        "glossary.schema.json/items/properties/see_also/items",
        "policy-areas.schema.json/items/properties/id",
    ]


@pytest.mark.parametrize(("place", "node"), sorted(schema_id_fields().items()), ids=sorted(schema_id_fields()))
def test_every_id_field_offers_an_id_written_in_another_case_in_lowercase(place: str, node: dict) -> None:
    """Each schema's id field, as the schema writes it: `ID_PATTERNS`, which `PATTERNS`' words pick, may drift from it.

    Picking the patterns by `PATTERNS`' words, as the code does, could not see a schema's id pattern
    changed alone (its words then `does not match …`, its offer of the id in lowercase lost).
    """
    errors = [error for error in Draft202012Validator(node).iter_errors("Remittances") if error.validator == "pattern"]
    assert [describe(error) for error in errors] == [
        ("'Remittances' is not a valid id", "write it in lowercase: 'remittances'")
    ], place


def test_every_text_field_of_the_schemas_refuses_control_characters() -> None:
    """A text readers see (one asked to show something: a visible character, a letter) holds no control character.

    The check of one field's copy compares it with its constant; a field without the copy at all
    (deleted, or never written) is found here.
    """
    texts = [(place, node) for place, node in every_schema_field() if node_patterns(node) & {VISIBLE_PATTERN, "\\w"}]
    assert len(texts) > 15
    assert [place for place, node in texts if NO_CONTROL_PATTERN not in node_patterns(node)] == []


def test_every_text_field_of_the_schemas_has_a_pattern() -> None:
    """A text without one is shown unchecked: a date's `literal` and a record's `categories` took U+202E.

    Not a record's `id`: CSL's bookkeeping, which the record, the citations and the exports leave out.
    """
    texts = [place for place, node in every_schema_field() if "string" in node["type"] and not node_patterns(node)]
    assert texts == ["bibliography.schema.json/properties/id"]


def test_every_length_limit_of_the_schemas_is_a_named_one() -> None:
    """A name, title, term or attribution shown in menus and tooltips is one line: `LINE_LIMIT`, as a page's title.

    Ids keep their 80 characters (an URL's fragment); a reference as cited, authors and all, `CITATION_LIMIT`.
    """
    limits = {place: node["maxLength"] for place, node in every_schema_field() if "maxLength" in node}
    named = {80, LINE_LIMIT, CITATION_LIMIT, DESCRIPTION_LIMIT, TEXT_LIMIT, QUOTE_LIMIT, URL_LIMIT}
    assert set(limits.values()) <= named, limits
    shown = [place for place, node in every_schema_field() if PLAIN_TEXT in node_patterns(node)]  # menus, tooltips
    assert shown and [place for place in shown if limits.get(place) != LINE_LIMIT] == []


def test_every_text_of_the_schemas_has_a_length_limit() -> None:
    """A record's `publisher` or `note`, an area's description and a quote took any length: a page pasted in passed.

    One line (`LINE_LIMIT`) unless it is one of the texts of a few paragraphs named here.
    """
    texts = {
        place: node.get("maxLength")
        for place, node in every_schema_field()
        if NO_CONTROL_PATTERN in node_patterns(node)
    }
    longer = {
        "annotation.schema.json/properties/target/properties/quote": QUOTE_LIMIT,
        "annotation.schema.json/properties/references/items/properties/title": CITATION_LIMIT,
        "bibliography.schema.json/$defs/text": TEXT_LIMIT,
        "policy-areas.schema.json/items/properties/description": DESCRIPTION_LIMIT,
    }
    assert len(texts) > 15
    assert {place: limit for place, limit in texts.items() if limit != LINE_LIMIT} == longer


def test_every_web_address_of_the_schemas_is_checked_as_one_and_has_its_length_limit() -> None:
    """A record's `URL` was any line of 300 characters, never checked as an address; an annotation's `url` any length.

    A web address is one line, but no name: `URL_LIMIT`, not `LINE_LIMIT`, and `URL_PATTERN` (https://, no space).
    """
    addresses = {place: node for place, node in every_schema_field() if place.lower().endswith("/url")}
    assert set(addresses) == {
        "annotation.schema.json/properties/author/properties/url",
        "annotation.schema.json/properties/references/items/properties/url",
        "bibliography.schema.json/properties/URL",
    }
    assert {place: (node["pattern"], node.get("maxLength")) for place, node in addresses.items()} == dict.fromkeys(
        addresses, (URL_PATTERN, URL_LIMIT)
    )
    assert [place for place, node in every_schema_field() if URL_PATTERN in node_patterns(node)] == list(addresses)


def test_every_plain_text_field_of_the_schemas_has_its_own_hint() -> None:
    """The hint for '<' or '>' spoke of "the site's navigation or tooltips" for every field, an author's name too.

    Each field that refuses markup says where it would be read as HTML; a new one without its place is named here.
    """
    fields = {
        place.removesuffix("/items").rsplit("/", 1)[-1]
        for place, node in every_schema_field()
        if PLAIN_TEXT in node_patterns(node)
    }
    assert fields == {"name", "term", "aliases", "attribution", "title"}
    assert fields <= set(PLAIN_TEXT_PLACES)


def test_only_a_records_texts_of_a_few_paragraphs_take_more_than_one_line() -> None:
    """The record's one `text` definition served `publisher` and `abstract` alike: split, each has its limit."""
    schema = json.loads((ROOT / "annotations/schema/bibliography.schema.json").read_text(encoding="utf-8"))
    refs = {name: node["$ref"] for name, node in schema["properties"].items() if "$ref" in node}
    assert {name for name, ref in refs.items() if ref == "#/$defs/text"} == {"abstract", "annote", "note", "references"}
    assert {ref for ref in refs.values()} == {"#/$defs/text", "#/$defs/line", "#/$defs/names", "#/$defs/date"}


def test_a_quote_longer_than_a_passage_is_one_line_and_every_paragraph_can_be_quoted_whole() -> None:
    """A page pasted in as the quote took minutes to compare with its paragraph for the closest passage."""
    text = GOOD.replace("quote: the transfer of ideas", f"quote: {'the transfer of ideas ' * 100}")
    _, _, problems = parse_annotation(PATH, text, SCHEMA, None, TODAY)
    assert [str(problem) for problem in problems] == [
        f"{PATH}: target.quote: is 2,199 characters long, more than the 2,000 it may have"
        " (shorten it to 2,000 characters or fewer)"
    ]
    from hooks.cli.config_values import configured_extensions
    from hooks.cli.pages import read_pages, render_pages
    from hooks.cli.site_files import published_pages

    pages = published_pages(ROOT)
    found = render_pages(configured_extensions(ROOT), (), pages, read_pages(ROOT, pages)[0])
    longest = max(len(text) for inventory in found.inventories.values() for text in inventory.texts().values())
    assert 1000 < longest <= QUOTE_LIMIT


def test_a_pattern_without_words_still_says_what_it_asks() -> None:
    """A pattern added to a schema before its words: the regex, as the last resort, not a crash on its braces."""
    schema = Schema(json.dumps({"properties": {"year": {"type": "string", "pattern": "^[0-9]{4}$"}}}))
    assert [str(p) for p in validate({"year": "2k"}, schema, "x.yml")] == [
        "x.yml: year: '2k' does not match ^[0-9]{4}$"
    ]


def test_the_export_credits_an_organization_and_names_the_body_s_language() -> None:
    from hooks.core.w3c import bodies, creator

    assert creator(annotation())["type"] == "Person"
    assert creator(dataclasses.replace(annotation(), author_type="organization"))["type"] == "Organization"
    spanish = dataclasses.replace(annotation(), tags=(), language="es")
    assert bodies(spanish, "<p>B</p>", "https://example.org/")["language"] == "es"


@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("https://orcid.org/0000-0002-1825-0097", "id"),
        ("https://example.org/~z?x=orcid.org/1", "homepage"),  # names orcid.org, but is no ORCID iD
        ("https://orcid.org/signin", "homepage"),
        ("https://example.org/people/ana", "homepage"),
    ],
)
def test_only_an_orcid_id_is_exported_as_the_creator_s_id(url: str, field: str) -> None:
    from hooks.core.w3c import creator

    agent = creator(dataclasses.replace(annotation(), author_url=url))
    assert agent[field] == url and len(agent) == 3


@pytest.mark.parametrize(
    ("quote", "taken", "fresh"),
    [
        ("the transfer  of\nideas", (), "the-transfer-of-ideas"),
        ("Opportunities", ("opportunities",), "opportunities-2"),  # the page heading's id
        ("opportunities", ("opportunities", "opportunities-2"), "opportunities-3"),
        ("P5", (), "p5-2"),  # a paragraph's form
        ("¶ …", (), "annotation"),
    ],
)
def test_a_fresh_annotation_id_is_none_taken(quote: str, taken: tuple[str, ...], fresh: str) -> None:
    assert fresh_annotation_id(quote, taken) == fresh


def test_only_the_bodies_of_refused_notes_a_line_names_are_read_for_their_links(tmp_path: Path) -> None:
    """A refused note's links are checked beside its other lines; a valid one's are the build's as before."""
    files = {
        "annotations/notes/x.md": GOOD,  # valid: its links are checked with the annotations built
        "annotations/notes/field.md": GOOD.replace("id: x", "id: field\nmood: fine").replace("Body.", "See [a](b.md)."),
        "annotations/notes/yaml.md": GOOD.replace("id: x", "id: [yaml").replace("Body.", "See [a](b.md)."),
        "annotations/notes/blank.md": GOOD.replace("id: x", "id: blank\nmood: fine").replace("Body.", ""),
        "annotations/notes/conflict.md": "<<<<<<< HEAD\n" + GOOD,
        "annotations/notes/unnamed.md": GOOD.replace("id: x", "id: unnamed\nmood: fine"),  # no line names it
    }
    root = make_root(tmp_path, files)
    annotations, problems = load_annotations(root, {"remittances"}, TODAY)
    named = [problem for problem in problems if "unnamed" not in problem.path]
    page = "migration-and-transnationalism/opportunities.md"
    assert refused_bodies(root, named, annotations) == (
        RefusedBody("annotations/notes/field.md", page, "See [a](b.md).\n"),
        RefusedBody("annotations/notes/yaml.md", "", "See [a](b.md).\n"),  # below YAML that does not load: no page
    )
    assert refused_bodies(root, [], annotations) == ()  # a build without errors reads no file
