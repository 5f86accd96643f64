"""Broken annotations fail the strict build, all reported together, one line each, no traceback.

Their files and fields, here; their bodies' markup and links, test_annotation_body_errors.py.
"""

from __future__ import annotations

from pathlib import Path

from annotation_helpers import GOOD_NOTE, NOTES
from conftest import edit, run_build, run_check

from hooks.core.problems import line_order

BROKEN = {
    "bad-yaml": ("tags: [remittances]", "tags: [remittances"),
    "no-body": ("Body.\n", ""),
    "no-motivation": ("motivation: commenting\n", ""),
    "wrong-type": ("tags: [remittances]", "tags: remittances"),
    "unknown-motivation": ("motivation: commenting", "motivation: praising"),
    "motivation-case": ("motivation: commenting", "motivation: Commenting"),
    "motivation-label": ("motivation: commenting", "motivation: Question"),  # the label the page shows
    "tag-case": ("tags: [remittances]", "tags: [REMITTANCES]"),
    "misspelt-motivation": ("motivation: commenting", "motivaton: commenting"),
    # misspelt and one level off (a top-level `pgae:` for `target.page`): one line, not also "`page` is missing"
    "misspelt-page-one-level-off": (
        "target:\n  page: migration-and-transnationalism/opportunities.md\n",
        "pgae: migration-and-transnationalism/opportunities.md\ntarget:\n",
    ),
    "one-word-footnote": ("Body.\n", "Body.[^1]\n\n[^1]: note\n"),  # not a link to 'note'
    "id-not-name": ("id: id-not-name", "id: something-else"),
    "unknown-page": (
        "page: migration-and-transnationalism/opportunities.md",
        "page: migration-and-transnationalism/oportunities.md",
    ),
    "page-address": (
        "page: migration-and-transnationalism/opportunities.md",
        "page: http://127.0.0.1:8000/migration-and-transnationalism/challenges/",
    ),
    "unknown-paragraph": ("paragraph: p3", "paragraph: p99"),
    "quote-absent": ("quote: the transfer of ideas", "quote: the transfer of idea's"),
    "quote-twice": ("quote: the transfer of ideas", "quote: social"),
    "unknown-tag": ("tags: [remittances]", "tags: [remitances]"),
    "date-format": ("created: 2026-11-22", "created: 22.11.2026"),
    "date-future": ("created: 2026-11-22", "created: 2999-01-01"),
    "modified-before-created": ("created: 2026-11-22", "created: 2026-11-22\nmodified: 2026-11-01"),
    # dates typed as editors type them: the line to write, or the day the calendar lacks, named
    "date-slashes": ("created: 2026-11-22", "created: 2026/11/05"),
    "date-unpadded": ("created: 2026-11-22", "created: 2026-1-05"),
    "date-in-words": ("created: 2026-11-22", "created: 5 November 2026"),
    "date-month-first": ("created: 2026-11-22", "created: 'Nov 5, 2026'"),
    "date-no-day": ("created: 2026-11-22", "created: 31/02/2026"),
    "date-no-day-iso": ("created: 2026-11-22", "created: 2026-02-31"),
    "date-no-month": ("created: 2026-11-22", "created: 2026-13-01"),
    "date-quote": ("created: 2026-11-22", "created: it's 5 May"),  # named in '…', not in Python's repr
    "date-in-french": ("created: 2026-11-22", "created: 5 novembre 2026"),  # CLDR's month names, as English's
    "opportunities": ("quote: the transfer of ideas", "quote: the transfer of ideas"),
    "nested-tags": ("tags: [remittances]", "tags: [[remittances]]"),
    "field-twice": ("motivation: commenting", "motivation: commenting\nmotivation: questioning"),
    "only-a-comment": ("Body.\n", "<!-- a note to the reviewers -->\n"),
    "only-a-rule": ("Body.\n", "***\n"),
    "quote-comment": ("quote: the transfer of ideas", "quote: the transfer #of ideas"),
    # `urlsplit` refuses both: MkDocs' link rewriting stopped the build with a traceback.
    "author-address": ("author: {name: A. Scholar}", "author: {name: A. Scholar, url: 'http://[x'}"),
    "reference-address": (
        "created: 2026-11-22\n",
        "created: 2026-11-22\nreferences: [{title: Levitt, url: 'https://[1'}]\n",
    ),
    "blank-reference": (
        "created: 2026-11-22\n",
        "created: 2026-11-22\nreferences: [{title: ' ', url: 'https://a.org'}]\n",
    ),
    "wordless-link": ("Body.\n", "See [](https://example.org) here.\n"),
    # each body problem its own line, in one run: removed markup hid the rest until it was fixed
    "wordless-link-beside-markup": ("Body.\n", "<span>See</span> [](https://example.org) here.\n"),
    "markup-and-date": ("created: 2026-11-22\n---\n\nBody.\n", "created: 22.11.2026\n---\n\n<span>Body</span>.\n"),
    # the body's own lines beside front matter that cannot be read: its closing '---' says where the body starts
    "markup-and-bad-yaml": (
        "tags: [remittances]\nauthor: {name: A. Scholar}\ncreated: 2026-11-22\n---\n\nBody.\n",
        "tags: [remittances\nauthor: {name: A. Scholar}\ncreated: 2026-11-22\n---\n\n<span>Body</span>.\n",
    ),
    "too-long-pasted": ("Body.\n", "Pasted \x1b[0m here. " + "word " * 1300 + "\n"),
    "control-reference": ("Body.\n", "Body &#2;here.\n"),
    # A character reference in a text shown as written would be read as the character (here a direction control).
    "reference-in-name": ("author: {name: A. Scholar}", "author: {name: 'A. Scholar &#x202E;x'}"),
    # Material's tooltips read a title as HTML: the name is in the highlight's, the link titles in the body's
    "markup-in-name": ("author: {name: A. Scholar}", "author: {name: 'A. Scholar <img src=x onerror=alert(1)>'}"),
    "unended-reference-in-name": ("author: {name: A. Scholar}", "author: {name: 'A. Scholar &ltimg src=x&gt'}"),
    "markup-in-link-title": ("Body.\n", 'See [the source](https://example.org "<img src=x onerror=alert(1)>").\n'),
    "markup-in-address": ("author: {name: A. Scholar}", "author: {name: A. Scholar, url: 'https://a.example/\"x'}"),
    # Untrusted Markdown that would take the build minutes, or Python's stack: refused before it is converted.
    "too-long": ("Body.\n", "word " * 1300 + "\n"),
    "too-deep": ("Body.\n", "- " * 500 + "x\n"),
    "too-many-brackets": ("Body.\n", "Words " + "[" * 5000 + "x\n"),
    # A billion laughs: each level repeats the one before ten times (a schema error's message printed every copy).
    "alias-bomb": (
        "tags: [remittances]",
        "tags:\n  - &a [x, x, x, x, x, x, x, x, x, x]\n  - &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n  - [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]",
    ),
}
EXPECTED = [
    "annotations/notes/bad-yaml.md: front matter: invalid YAML at line 9: expected ',' or ']', but got ':'"
    " (the '[' on line 8 is not closed before line 9: add its ']')",
    "annotations/notes/no-body.md: body: is empty (write the annotation's text below the closing '---')",
    "annotations/notes/no-motivation.md: motivation: is missing (add `motivation` with one of: commenting, describing, editing, linking, questioning, classifying)",
    "annotations/notes/wrong-type.md: tags: must be a list, not text (write it as `tags: [remittances]`)",
    "annotations/notes/motivation-case.md: motivation: 'Commenting' is not allowed (write it as `motivation: commenting`: the values are case-sensitive)",
    "annotations/notes/tag-case.md: tags: unknown policy area 'REMITTANCES' (did you mean 'remittances'?)",
    "annotations/notes/misspelt-motivation.md: motivaton: is not a field: did you mean `motivation`? (rename it to `motivation`)",
    "annotations/notes/misspelt-page-one-level-off.md: pgae: is not a field: did you mean `page`? It belongs under `target` (move it under `target`, as `page`)",
    "annotations/notes/one-word-footnote.md: body: holds footnotes ([^1]), which an annotation shows as written (write each note in the text, e.g. in parentheses)",
    "annotations/notes/unknown-motivation.md: motivation: 'praising' is not allowed (use one of: commenting, describing, editing, linking, questioning, classifying)",
    "annotations/notes/motivation-label.md: motivation: 'Question' is not allowed (did you mean 'questioning'? use one of: commenting, describing, editing, linking, questioning, classifying)",
    "annotations/notes/id-not-name.md: id: 'something-else' differs from the file name 'id-not-name.md' (rename the file to something-else.md or write `id: id-not-name`)",
    "annotations/notes/unknown-page.md: target.page: no page 'migration-and-transnationalism/oportunities.md' (did you mean 'migration-and-transnationalism/opportunities.md'?)",
    "annotations/notes/page-address.md: target.page: 'http://127.0.0.1:8000/migration-and-transnationalism/challenges/' is not a page path (write the page's path inside docs/: migration-and-transnationalism/challenges.md)",
    "annotations/notes/unknown-paragraph.md: target.paragraph: no paragraph 'p99' on migration-and-transnationalism/opportunities.md (it has p1–p5)",
    "annotations/notes/quote-absent.md: target.quote: 'the transfer of idea's' is not in p3 (closest passage: 'the transfer of ideas')",
    "annotations/notes/quote-twice.md: target.quote: 'social' occurs 3 times in p3 (quote more words, so that it occurs once)",
    "annotations/notes/unknown-tag.md: tags: unknown policy area 'remitances' (did you mean 'remittances'?)",
    "annotations/notes/date-format.md: created: '22.11.2026' is not a date (write it as YYYY-MM-DD: `created: 2026-11-22`)",
    "annotations/notes/date-slashes.md: created: '2026/11/05' is not a date (write it as YYYY-MM-DD: `created: 2026-11-05`)",
    "annotations/notes/date-unpadded.md: created: '2026-1-05' is not a date (write it as YYYY-MM-DD: `created: 2026-01-05`)",
    "annotations/notes/date-in-words.md: created: '5 November 2026' is not a date (write it as YYYY-MM-DD: `created: 2026-11-05`)",
    "annotations/notes/date-month-first.md: created: 'Nov 5, 2026' is not a date (write it as YYYY-MM-DD: `created: 2026-11-05`)",
    "annotations/notes/date-no-day.md: created: '31/02/2026' is not a date (no such day: February 2026 has 28 days; write a real day as YYYY-MM-DD)",
    "annotations/notes/date-no-day-iso.md: created: '2026-02-31' is not a date (no such day: February 2026 has 28 days; write a real day as YYYY-MM-DD)",
    "annotations/notes/date-no-month.md: created: '2026-13-01' is not a date (no such day: the month is 1–12, not 13; write a real day as YYYY-MM-DD)",
    "annotations/notes/date-in-french.md: created: '5 novembre 2026' is not a date (write it as YYYY-MM-DD: `created: 2026-11-05`)",
    # no day to offer: the checks' day is the example, as it is the future's limit (the day the test runs on)
    "annotations/notes/date-quote.md: created: 'it's 5 May' is not a date (write it as YYYY-MM-DD, e.g. ",
    "annotations/notes/date-future.md: created: '2999-01-01' is in the future (write the day it was written, no later than ",
    "annotations/notes/modified-before-created.md: modified: '2026-11-01' is before `created` (write a `modified` date on or after `created`: 2026-11-22, or remove `modified`)",
    # the page's heading published the id: which of the two had it, the lock cannot tell
    "annotations/notes/opportunities.md: id: 'opportunities' is also the id of a heading on migration-and-transnationalism/opportunities.md, and links to it are published (give the one added since another id (this annotation, or the heading): the one that had it keeps its links)",
    # the heading the build adds to every source page; make check adds it too
    "annotations/notes/cite-this-page.md: id: 'cite-this-page' is also the id of a heading on migration-and-transnationalism/opportunities.md (choose an id no heading, paragraph or note of the page uses)",
    # transfer-of-ideas.md exists: renaming duplicate.md to it is not offered
    "annotations/notes/duplicate.md: id: 'transfer-of-ideas' differs from the file name 'duplicate.md' (write `id: duplicate`)",
    "annotations/notes/duplicate.md: id: 'transfer-of-ideas' is also the id of annotations/notes/transfer-of-ideas.md (give each annotation its own id; ids are never reused)",
    "annotations/notes/no-front-matter.md: front matter: is missing (start the file with a '---' block)",
    "annotations/notes/latin-1.md: is not UTF-8 (byte 187) (save the file as UTF-8)",
    "annotations/notes/wrong-extension.yml: is not a .md file and is ignored (rename it to annotations/notes/wrong-extension.md)",
    "annotations/stray.md: is outside annotations/notes/ and is ignored (move it to annotations/notes/stray.md)",
    "annotations/.hidden.md: is outside annotations/notes/ and is ignored (move it to annotations/notes/hidden.md)",
    "annotations/notes/nested-tags.md: tags[0]: must be text, not a list (put the text in quotes)",
    "annotations/notes/field-twice.md: front matter: `motivation` is written twice at line 8 (keep one of the two: YAML would silently keep the last)",
    "annotations/notes/only-a-comment.md: body: not shown on the page: an HTML comment (<!-- -->) (write Markdown: paragraphs, *emphasis*, [links](https://…), lists, > quotes, `code`, tables; no headings, images or HTML)",
    "annotations/notes/only-a-comment.md: body: shows no words on the page (write the annotation's text below the closing '---')",
    "annotations/notes/only-a-rule.md: body: shows no words on the page (write the annotation's text below the closing '---')",
    "annotations/stray.yml: is a file the edition does not read (an annotation is a .md file in annotations/notes/; remove it if it is no part of the edition)",
    "annotations/notes/quote-comment.md: target.quote: 'the transfer' is cut short by ' #', which YAML reads as the start of a comment (put it in quotes: `quote: 'the transfer #of ideas'`; a comment needs two spaces before its '# ')",
    "annotations/notes/two-extensions.md.txt: is not a .md file and is ignored (rename it to annotations/notes/two-extensions.md)",
    "annotations/notes/author-address.md: author.url: 'http://[x' is no address: its host, after '//', cannot be read (copy the address from the browser's address bar, e.g. https://orcid.org/0000-0002-1825-0097)",
    "annotations/notes/reference-address.md: references[0].url: 'https://[1' is no address: its host, after '//', cannot be read (copy the address from the browser's address bar, e.g. https://orcid.org/0000-0002-1825-0097)",
    "annotations/notes/blank-reference.md: references[0].title: is blank (write some text: spaces and invisible characters alone show nothing)",
    "annotations/notes/wordless-link.md: body: the link to 'https://example.org' shows no words (write the words to click between the brackets: [words](address))",
    "annotations/notes/reference-in-name.md: author.name: 'A. Scholar &#x202E;x' writes a character as an HTML reference (&…;) (write the character itself, & for &amp;: the page would show the character the reference stands for)",
    "annotations/notes/markup-in-name.md: author.name: 'A. Scholar <img src=x onerror=alert(1)>' has '<' or '>' (write plain text: the tooltip of the passage it annotates would read markup here as HTML)",
    "annotations/notes/unended-reference-in-name.md: author.name: 'A. Scholar &ltimg src=x&gt' writes a character as an HTML reference (&…;) (write the character itself, & for &amp;: the page would show the character the reference stands for)",
    "annotations/notes/markup-in-link-title.md: body: a link's or abbreviation's title holds markup: '<img src=x onerror=alert(1)>' (write the title without '<' before a letter: tooltips would show the tags as text)",
    "annotations/notes/markup-in-address.md: author.url: 'https://a.example/\"x' is not a web address (start it with https://, with no space, control character or any of \"<>\\^`{|} in it)",
    "annotations/notes/too-long.md: body: is 6,500 characters long, more than the 6,000 an annotation may have (shorten it: a longer text belongs elsewhere, linked from the annotation's references)",
    "annotations/notes/wordless-link-beside-markup.md: body: not shown on the page: <span> (write Markdown: paragraphs, *emphasis*, [links](https://…), lists, > quotes, `code`, tables; no headings, images or HTML)",
    "annotations/notes/wordless-link-beside-markup.md: body: the link to 'https://example.org' shows no words (write the words to click between the brackets: [words](address))",
    "annotations/notes/markup-and-date.md: created: '22.11.2026' is not a date (write it as YYYY-MM-DD: `created: 2026-11-22`)",
    "annotations/notes/markup-and-date.md: body: not shown on the page: <span> (write Markdown: paragraphs, *emphasis*, [links](https://…), lists, > quotes, `code`, tables; no headings, images or HTML)",
    "annotations/notes/markup-and-bad-yaml.md: front matter: invalid YAML at line 9: expected ',' or ']', but got ':'"
    " (the '[' on line 8 is not closed before line 9: add its ']')",
    "annotations/notes/markup-and-bad-yaml.md: body: not shown on the page: <span> (write Markdown: paragraphs, *emphasis*, [links](https://…), lists, > quotes, `code`, tables; no headings, images or HTML)",
    "annotations/notes/too-long-pasted.md: body: is 6,518 characters long, more than the 6,000 an annotation may have (shorten it: a longer text belongs elsewhere, linked from the annotation's references)",
    "annotations/notes/too-long-pasted.md: body: holds characters no one can see, which HTML does not allow: U+001B after 'Pasted' (delete them)",
    "annotations/notes/too-deep.md: body: nests lists or quotes more deeply than Markdown can read (nest lists and quotes a few levels at most)",
    "annotations/notes/too-many-brackets.md: body: opens 5,000 brackets ('['), more than the 200 an annotation may have (write fewer links; list works under `references` instead)",
    "annotations/notes/linked.md: is a symbolic link (write the annotation in the file itself: a link could publish a file from outside the edition)",
    "annotations/notes/alias-bomb.md: front matter: repeats a list or mapping with an alias (*name) at line 10 (write the values out: only a text may be repeated with an alias)",
    "annotations/notes/control-reference.md: body: holds characters no one can see, which HTML does not allow: '&#2;' (U+0002) after 'Body' (delete them)",
    # 'A Note' is no id: only the rename is offered
    "annotations/notes/A Note.md: id: 'a-note' differs from the file name 'A Note.md' (rename the file to a-note.md)",
]


def test_every_bad_input_is_one_line_and_all_are_reported_together(broken_project: Path) -> None:
    notes = broken_project / NOTES
    for name, (old, new) in BROKEN.items():
        text = GOOD_NOTE.format(id=name)
        assert old in text, name
        (notes / f"{name}.md").write_text(text.replace(old, new, 1), encoding="utf-8")
    (notes / "duplicate.md").write_text(GOOD_NOTE.format(id="transfer-of-ideas"), encoding="utf-8")
    (notes / "cite-this-page.md").write_text(GOOD_NOTE.format(id="cite-this-page"), encoding="utf-8")
    (notes / "no-front-matter.md").write_text("Just a body.\n", encoding="utf-8")
    (notes / "latin-1.md").write_bytes(GOOD_NOTE.format(id="latin-1").replace("A. Scholar", "Peña").encode("latin-1"))
    (notes / "wrong-extension.yml").write_text(GOOD_NOTE.format(id="wrong-extension"), encoding="utf-8")
    (notes / "two-extensions.md.txt").write_text(GOOD_NOTE.format(id="two-extensions"), encoding="utf-8")
    (notes / "A Note.md").write_text(GOOD_NOTE.format(id="a-note"), encoding="utf-8")
    (notes / "with-bom.md").write_text("\ufeff" + GOOD_NOTE.format(id="with-bom"), encoding="utf-8")  # Notepad's: fine
    (broken_project / "outside.md").write_text(GOOD_NOTE.format(id="linked"), encoding="utf-8")
    (notes / "linked.md").symlink_to(broken_project / "outside.md")  # from a pull request: any file the build reads
    (broken_project / "annotations/stray.md").write_text(GOOD_NOTE.format(id="stray"), encoding="utf-8")
    (broken_project / "annotations/.hidden.md").write_text(
        GOOD_NOTE.format(id="hidden"), encoding="utf-8"
    )  # was skipped
    (broken_project / "annotations/.DS_Store").write_bytes(b"\0")  # a system's file, as before
    (broken_project / "annotations/stray.yml").write_text(GOOD_NOTE.format(id="stray-yaml"), encoding="utf-8")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    # The notes still render (nothing is dropped), so the anchor lock also sees their new ids.
    warnings = [
        line for line in result.stderr.splitlines() if line.startswith("WARNING") and "anchors.lock.json" not in line
    ]
    for expected in EXPECTED:
        assert any(f"edition: {expected}" in line for line in warnings), expected
    assert len(warnings) == len(EXPECTED), "\n".join(warnings)
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr
    built = [line.split("edition: ", 1)[1] for line in result.stderr.splitlines() if line.startswith("WARNING")]
    assert sorted(check.stdout.splitlines()) == sorted(built)  # the lock's "not recorded" line too


def test_a_corrected_text_that_no_longer_matches_names_the_closest_passage(broken_project: Path) -> None:
    page = broken_project / "docs/migration-and-transnationalism/opportunities.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("the transfer of ideas", "the transmission of ideas", 1), encoding="utf-8")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert (
        "annotations/notes/transfer-of-ideas.md: target.quote: 'the transfer of ideas' is not in p3"
        " (closest passage: 'the transmission of ideas')" in result.stderr
    )


def test_a_quiet_strict_build_still_shows_and_fails_on_a_broken_annotation(broken_project: Path) -> None:
    """`mkdocs build -q --strict` hides warnings and counts only what it shows: it passed in silence."""
    note = broken_project / "annotations/notes/transfer-of-ideas.md"
    note.write_text(note.read_text(encoding="utf-8").replace("paragraph: p3", "paragraph: p99"), encoding="utf-8")
    result = run_build(broken_project, broken_project / "site", "--quiet")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert "ERROR   -  edition: annotations/notes/transfer-of-ideas.md: target.paragraph: no paragraph 'p99'" in (
        result.stderr
    )


def test_a_published_note_s_slip_is_its_one_line_not_its_lost_id_summed_up_too(broken_project: Path) -> None:
    """`created: 2026/11/21` refuses a published note: its id gone from its page was an anchors.lock.json line too."""
    note = "annotations/notes/chain-migration-and-cities.md"
    edit(broken_project, note, "created: 2026-11-21", "created: 2026/11/21")
    line = f"{note}: created: '2026/11/21' is not a date (write it as YYYY-MM-DD: `created: 2026-11-21`)"
    build = run_build(broken_project, broken_project / "site")
    assert build.returncode != 0 and "Traceback" not in build.stderr
    assert [found.split("edition: ", 1)[1] for found in build.stderr.splitlines() if "edition: " in found] == [line]
    check = run_check(broken_project)
    named = [found for found in check.stdout.splitlines() if found.startswith(("annotations/", "anchors."))]
    assert check.returncode == 1 and named == [line], check.stdout


def test_a_pages_last_notes_refused_are_their_lines_not_their_group_on_the_annotations_page_summed_up_too(
    broken_project: Path,
) -> None:
    """Both notes of the introduction refused: its group on /annotations/ goes with them, and their lines are its cause."""
    lines = []
    for name, day in (("transnational-lens", "2026-11-23"), ("missing-note-2", "2026-11-20")):
        edit(broken_project, f"annotations/notes/{name}.md", f"created: {day}", f"created: {day.replace('-', '/')}")
        written = day.replace("-", "/")
        lines.append(
            f"annotations/notes/{name}.md: created: '{written}' is not a date (write it as YYYY-MM-DD: `created: {day}`)"
        )
    build = run_build(broken_project, broken_project / "site")
    assert build.returncode != 0 and "Traceback" not in build.stderr
    assert sorted(found.split("edition: ", 1)[1] for found in build.stderr.splitlines() if "edition: " in found) == (
        sorted(lines)
    ), build.stderr
    check = run_check(broken_project)
    assert check.returncode == 1 and check.stdout.splitlines() == sorted(lines, key=line_order), check.stdout


def test_a_date_in_words_with_a_superscript_digit_is_its_line_not_a_traceback(broken_project: Path) -> None:
    """`21² novembre 2026`: Python calls '²' a digit but int() refuses it; the check and the build stopped on it."""
    note = "annotations/notes/chain-migration-and-cities.md"
    edit(broken_project, note, "created: 2026-11-21", "created: 21² novembre 2026")
    line = f"{note}: created: '21² novembre 2026' is not a date (write it as YYYY-MM-DD, e.g. "  # the checks' day
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr, check.stderr
    assert any(found.startswith(line) for found in check.stdout.splitlines()), check.stdout
    build = run_build(broken_project, broken_project / "site")
    assert build.returncode != 0 and "Traceback" not in build.stderr, build.stderr
    assert f"edition: {line}" in build.stderr


def test_a_date_in_words_with_a_year_of_thousands_of_digits_is_its_line_not_a_traceback(broken_project: Path) -> None:
    """int() refuses a text of more than 4,300 digits: `created: 5 novembre 99…9` stopped make check and the build."""
    note = "annotations/notes/chain-migration-and-cities.md"
    written = f"5 novembre {'9' * 5000}"
    edit(broken_project, note, "created: 2026-11-21", f"created: {written}")
    line = f"{note}: created: '{written}' is not a date (write it as YYYY-MM-DD, e.g. "  # the checks' day
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr, check.stderr[-500:]
    assert any(found.startswith(line) for found in check.stdout.splitlines()), check.stdout[-500:]
    build = run_build(broken_project, broken_project / "site")
    assert build.returncode != 0 and "Traceback" not in build.stderr, build.stderr[-500:]
    assert f"edition: {line}" in build.stderr


def test_an_annotation_schema_that_cannot_be_read_is_its_one_line_for_every_note(broken_project: Path) -> None:
    """No note can be checked without it: said once, not once a note, nor as every note's id lost from its page.

    The build and make check stopped on it with a traceback; the notes are left out, and the build fails on the line.
    """
    schema = broken_project / "annotations/schema/annotation.schema.json"
    schema.write_text(schema.read_text(encoding="utf-8")[:500], encoding="utf-8")  # cut short: a failed save
    line = (
        "annotations/schema/annotation.schema.json: ends before its JSON does (at line 11, column 24)"
        " (restore it: git checkout -- annotations/schema/annotation.schema.json)"
    )
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert [row.split("edition: ", 1)[1] for row in result.stderr.splitlines() if "edition: " in row] == [line]
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr, check.stderr
    assert check.stdout.splitlines() == [line]
