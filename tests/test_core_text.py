"""Shortened text: tooltips, excerpts and quotes in lists."""

from __future__ import annotations

import re
from html import escape

import markdown
import pytest
from bs4 import BeautifulSoup
from conftest import ROOT

from hooks.cli.config_values import configured_extensions
from hooks.core.text import (
    NO_REFERENCE_PATTERN,
    escape_markdown,
    escape_text,
    in_series,
    inert_title,
    plural,
    quoted,
    shorten,
)


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("Nine char", 9, "Nine char"),
        ("one two three four", 9, "one two…"),
        ("one two, three", 9, "one two…"),  # the word ends just before the limit: kept, its comma not
        ("one – two three", 9, "one…"),  # no dash (or space) left dangling before the ellipsis
        ("the process whereby people establish", 21, "the process whereby…"),
        ("Transnationalism", 9, "Transnat…"),  # one long word: cut inside it, still within the limit
    ],
)
def test_shorten_cuts_at_a_word_and_fits_the_limit(text: str, limit: int, expected: str) -> None:
    assert shorten(text, limit) == expected
    assert len(shorten(text, limit)) <= limit


@pytest.mark.parametrize(
    ("count", "expected"),
    [(0, "0 pages"), (1, "1 page"), (2, "2 pages"), (999, "999 pages"), (1204, "1,204 pages")],
)
def test_plural_agrees_and_writes_thousands_with_a_comma(count: int, expected: str) -> None:
    assert plural(count, "page") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain words", "“plain words”"),
        ("so-called “social remittances.”", "“so-called ‘social remittances.’”"),
        ('"Being neither here nor there": ties', "“‘Being neither here nor there’: ties”"),
        ('the ("x") and —"y"', "“the (‘x’) and —‘y’”"),
        ("the migrants’ ties", "“the migrants’ ties”"),
        ('a 5" screen', '“a 5" screen”'),  # an inch mark, not a quotation
        ('…"word" and 12"', '“…‘word’ and 12"”'),
        ('one " alone', '“one " alone”'),  # unpaired: which is which cannot be told
    ],
)
def test_a_quotation_inside_a_quotation_takes_single_marks(text: str, expected: str) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Comment by A. Scholar", "Comment by A. Scholar"),
        ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)>"),
        ("a </b> <!-- c --> <?x?>", "a &lt;/b> &lt;!-- c --> &lt;?x?>"),
        ("a < b, <18, <", "a < b, <18, <"),  # no tag opens: shown as written, with or without JavaScript
    ],
)
def test_a_title_opens_no_tag_when_material_s_tooltip_inserts_it_as_html(title: str, expected: str) -> None:
    assert inert_title(title) == expected


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("Chall&#x202e;enges", True),
        ("State &ltimg src=x&gt", True),  # browsers read &lt without its ';' as '<' too
        ("&#60img", True),
        ("&#x3Cimg", True),
        ("A &LT; B", True),
        ("AT&T, R&D, fine & dandy", False),  # an '&' that writes no character is shown as written
    ],
)
def test_the_schemas_refuse_a_character_written_as_a_reference_with_or_without_its_semicolon(
    text: str, refused: bool
) -> None:
    assert (re.search(NO_REFERENCE_PATTERN, text) is None) is refused


@pytest.mark.parametrize(
    "text", ["A &amp; B", "&lt;i&gt; &#65; &#x41; &copy;", "&amp R&D & co", "<b>*x*</b> `c` \\&amp;"]
)
def test_escaped_text_reads_as_written_through_markdown(text: str) -> None:
    """A record's `&amp;` was shown `&`: Markdown keeps a reference, and the browser reads it."""
    html = markdown.markdown(escape_text(text))
    assert BeautifulSoup(html, "html.parser").get_text() == text


@pytest.mark.parametrize(
    ("items", "word", "expected"),
    [
        (["a"], "and", "a"),
        (["a", "b"], "and", "a and b"),
        (["a", "b", "c"], "and", "a, b and c"),
        (["a", "b", "c"], "or", "a, b or c"),
    ],
)
def test_in_series_lists_items_as_a_line_does(items: list[str], word: str, expected: str) -> None:
    assert in_series(items, word) == expected


def test_escape_markdown_keeps_text_literal() -> None:
    assert escape_markdown("a *b* [c](d) <e> {f} & g") == r"a \*b\* \[c\](d) &lt;e\> \{f\} & g"


def test_escaped_text_is_shown_as_written_by_the_sites_markdown() -> None:
    names, configs = configured_extensions(ROOT)
    md = markdown.Markdown(extensions=names, extension_configs=configs)
    text = 'Families <img src=x onerror="alert(1)"> & *carers* `a` [b](c) {d} _e_ #f |g| ^h^ ~~i~~ ==j== +k !l >m \\n'
    html = md.convert(escape_markdown(text))
    assert html == f"<p>{escape(text, quote=False)}</p>"
