"""A note's front matter (hooks/core/annotation_checks.py): every bad field is one line naming the file and the field."""

from __future__ import annotations

import pytest
from annotation_helpers import GOOD, PATH, SCHEMA, TODAY, parse

from hooks.core.annotation_checks import parse_annotation
from hooks.core.annotation_front_matter import split_front_matter
from hooks.core.annotations import PLACEHOLDER_BODY
from hooks.core.page_front_matter import diagnose_front_matter

MARKUP = (
    "annotations/notes/x.md: body: not shown on the page: <span> (write Markdown: paragraphs, *emphasis*,"
    " [links](https://…), lists, > quotes, `code`, tables; no headings, images or HTML)"
)
BAD_YAML = (
    "annotations/notes/x.md: front matter: invalid YAML at line 9: expected ',' or ']', but got ':'"
    " (the '[' on line 8 is not closed before line 9: add its ']')"
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
            ["annotations/notes/x.md: front matter: the opening '---' is never closed (end the block with a line '---')"],
        ),
    ],
    ids=["bad-yaml", "bad-yaml-no-body", "not-a-mapping", "never-closed"],
)  # fmt: skip
def test_a_body_is_checked_beside_front_matter_that_cannot_be_read(text: str, expected: list[str]) -> None:
    """Bad YAML hid the body's own lines: fixing it showed them one run later."""
    assert parse(text) == expected


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "tags: [remittances]",
            "tags: [remittances",
            "front matter: invalid YAML at line 9: expected ',' or ']', but got ':'"
            " (the '[' on line 8 is not closed before line 9: add its ']')",
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
        # urlsplit reads them, no browser does (`unread_address`'s words): the note's block linked a dead address
        (
            "author: {name: A. Scholar}",
            "author: {name: A. Scholar, url: 'https://orcid.org:99999/x'}",
            "author.url: 'https://orcid.org:99999/x' is no address: its port, '99999', is no number from 0 to 65535"
            " (write https://orcid.org/x, or the port's number)",
        ),
        (
            "created: 2026-11-22",
            "created: 2026-11-22\nreferences: [{title: Levitt 1998, url: 'https://a%20b.org/x'}]",
            "references[0].url: 'https://a%20b.org/x' is no address: its host, 'a%20b.org', holds a space (written '%20')"
            " (copy the whole address from the browser's address bar)",
        ),
        (
            "author: {name: A. Scholar}",
            "author: {name: A. Scholar, url: 'http://1.2.3.4.5/'}",
            "author.url: 'http://1.2.3.4.5/' is no address: its host, '1.2.3.4.5', cannot be read"
            " (copy the address from the browser's address bar, e.g. https://orcid.org/0000-0002-1825-0097)",
        ),
        (  # the schema's line alone, not ours too
            "author: {name: A. Scholar}",
            f"author: {{name: A. Scholar, url: 'https://a:99999/{'a' * 2000}'}}",
            "author.url: is 2,016 characters long, more than the 2,000 it may have (shorten it to 2,000 characters or fewer)",
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
        # a field of the level below or above, written as it is: where it belongs, in one line
        (
            "created: 2026-11-22",
            "created: 2026-11-22\ntype: person",
            "type: is not a field here: `type` belongs under `author` (move it under `author`)",
        ),
        (
            "  quote: the transfer of ideas\nmotivation: commenting",
            "  quote: the transfer of ideas\n  motivation: commenting",
            "target.motivation: is not a field here: `motivation` belongs one level up (move it up to the top level,"
            " beside `target`)",
        ),
        # written there too: where it belongs and what it holds there, not a guess at a field it resembles (`target`)
        (
            "created: 2026-11-22",
            "created: 2026-11-22\npage: migration-and-transnationalism/opportunities.md",
            "page: is not a field here: `page` belongs under `target`, where `target.page` says the same (remove this"
            " one)",
        ),
        (
            "created: 2026-11-22",
            "created: 2026-11-22\npage: migration-and-transnationalism/challenges.md",
            "page: is not a field here: `page` belongs under `target`, where `target.page` is"
            " 'migration-and-transnationalism/opportunities.md', not 'migration-and-transnationalism/challenges.md'"
            " (keep the value meant in `target.page` and remove this one)",
        ),
        (
            "created: 2026-11-22",
            "created: 2026-11-22\nname: Ana Peña",
            "name: is not a field here: `name` belongs under `author`, where `author.name` is 'A. Scholar', not"
            " 'Ana Peña' (keep the value meant in `author.name` and remove this one)",
        ),
        (
            "  quote: the transfer of ideas\n",
            "  quote: the transfer of ideas\n  motivation: commenting\n",
            "target.motivation: is not a field here: `motivation` belongs one level up, where `motivation` says the"
            " same (remove this one)",
        ),
        # misspelt and missing where it belongs: one mistake, one line, not also "`name` is missing"
        (
            "author: {name: A. Scholar}",
            "author: {type: person}\nnames: A. Scholar",
            "names: is not a field: did you mean `name`? It belongs under `author` (move it under `author`, as `name`)",
        ),
        # a short field's letters swapped or changed (`pgae`, `tgas`): told to remove it, and "`page` is missing" too
        (
            "target:\n  page: migration-and-transnationalism/opportunities.md\n",
            "pgae: migration-and-transnationalism/opportunities.md\ntarget:\n",
            "pgae: is not a field: did you mean `page`? It belongs under `target` (move it under `target`, as `page`)",
        ),
        (
            "author: {name: A. Scholar}",
            "author: {type: person}\nnmae: A. Scholar",
            "nmae: is not a field: did you mean `name`? It belongs under `author` (move it under `author`, as `name`)",
        ),
        (
            "  quote: the transfer of ideas\nmotivation: commenting\ntags: [remittances]\n",
            "  quote: the transfer of ideas\n  tgas: [remittances]\nmotivation: commenting\n",
            "target.tgas: is not a field: did you mean `tags`? It belongs one level up (move it up to the top level,"
            " beside `target`, as `tags`)",
        ),
        # misspelt beside the field where it belongs: that field's value named, as for one written as it is
        (
            "created: 2026-11-22",
            "created: 2026-11-22\npgae: migration-and-transnationalism/opportunities.md",
            "pgae: is not a field: did you mean `page`? It belongs under `target`, where `target.page` says the same"
            " (remove this one)",
        ),
        (
            "created: 2026-11-22",
            "created: 2026-11-22\nnmae: Ana Peña",
            "nmae: is not a field: did you mean `name`? It belongs under `author`, where `author.name` is 'A. Scholar',"
            " not 'Ana Peña' (keep the value meant in `author.name` and remove this one)",
        ),
        # a three- or two-letter field one slip off, where difflib's ratio is low (`ulr` 0.67, `di` 0.5): it was
        # "remove it or check its spelling", and `di` "`id` is missing" too; `references`, not written, is no place for it
        (
            "author: {name: A. Scholar}",
            "author: {name: A. Scholar}\nulr: https://orcid.org/0000-0002-1825-0097",
            "ulr: is not a field: did you mean `url`? It belongs under `author` (move it under `author`, as `url`)",
        ),
        ("id: x", "di: x", "di: is not a field: did you mean `id`? (rename it to `id`)"),
        (
            "created: 2026-11-22",
            "created: 2026-11-22\nxyz: 1",
            "xyz: is not a field of an annotation (remove it or check its spelling)",
        ),
        # a word no field is a slip of, though it shares letters with one (`note`, `quote`): no guess
        (
            "created: 2026-11-22",
            "created: 2026-11-22\nnote: see the annex",
            "note: is not a field of an annotation (remove it or check its spelling)",
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


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Body only.\n", "front matter: is missing (start the file with a '---' block)"),
        ("---\nid: x\n\nBody.\n", "front matter: the opening '---' is never closed (end the block with a line '---')"),
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


def test_an_unclosed_block_is_the_same_line_for_a_note_and_a_page() -> None:
    """A note's and a page's front matter end the same way: one line, from one place, tells both how."""
    text = "---\nid: x\n\nBody.\n"
    _, _, problems = split_front_matter("x.md", text)
    assert problems == [diagnose_front_matter("x.md", text)]
