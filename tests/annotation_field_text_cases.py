"""A note's fields as YAML reads them: the bad text, blank or invisible values, addresses and languages, one line each.

Rows `(old, new, message)` of `test_core_annotation_field_errors.py`: `new` replaces `old` once in the good note.
"""

from __future__ import annotations

from hooks.core.annotations import PLACEHOLDER_BODY

TEXT_CASES = [
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
]
# an explicit tag, a comment, half a character: what YAML reads a value as, or cannot read
YAML_READING_CASES = [
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
]
