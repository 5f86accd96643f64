"""A note body's Markdown (hooks/core/body_markup.py): what the sanitiser removes, controls, empty links, footnotes, named."""

from __future__ import annotations

import dataclasses

import pytest
from annotation_helpers import GOOD, PATH, SCHEMA, TODAY, parse

from hooks.core.annotation_checks import parse_annotation
from hooks.core.bodies import render_body
from hooks.core.body_links import check_body_links
from hooks.core.body_markup import check_body_markup, removed_markup
from hooks.core.body_tree import body_elements
from hooks.core.page_links import unreadable_link
from hooks.core.text import RE_CONTROL


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


NO_ADDRESS = "is no address: its host, after '//', cannot be read"


@pytest.mark.parametrize("href", ["//[a", "http://[::1", "https://[x/y", "//exa\uff03mple.org/"])
def test_a_link_whose_address_is_none_is_named_in_one_wording_and_shown_as_words(href: str) -> None:
    """`urlsplit` refuses each: the build and MkDocs' link rewriting stopped with a traceback.

    The sanitiser drops `http://[::1` and keeps `//[a`: one mistake was worded two ways, as markup not shown
    (`the link address …, which is none`) and as a link (`is no address`). One line now, a page's link's words.
    """
    annotation = dataclasses.replace(
        parse_annotation(PATH, GOOD, SCHEMA, {"remittances"}, TODAY)[0],
        body=f"See [kept]({href}) and [b](javascript:x).\n",
    )
    html = render_body(annotation.body)
    lines = [str(p) for p in check_body_markup(annotation) + check_body_links(annotation, html, {})]
    assert lines == [
        f"{PATH}: body: not shown on the page: a 'javascript:' link (write Markdown: paragraphs, *emphasis*,"
        " [links](https://…), lists, > quotes, `code`, tables; no headings, images or HTML)",
        f"{PATH}: body: the link '{href}' {NO_ADDRESS} (write a whole address (https://…) or a page's path inside"
        " docs/ (source/page.md#p3))",
    ]
    tags = [element.tag for element in body_elements(html, lambda address: address).iter()]
    assert tags == ["div", "p", "span", "span"]  # both links shown as their words
    page_line = unreadable_link("about/x.md", href)  # a page's link: the same words, its own fix and the build's fate
    assert page_line is not None and page_line.message == f"'{href}' {NO_ADDRESS} (the strict build fails)"


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
