"""A marked link's symbols said in words, built as elements: its ¶ the word "paragraph" (a screen reader said
"pilcrow"), its `›` a pause."""

from __future__ import annotations

import markdown
import pytest
from bs4 import BeautifulSoup

from hooks.core.text import SPOKEN_SYMBOLS_CLASS
from hooks.mdx.spoken_symbols import SpokenSymbolsExtension

# The hidden word, and the ¶ shown with the space after it (its `</span>` follows), hidden from screen readers.
SPOKEN = '<span class="visually-hidden">paragraph </span><span aria-hidden="true">¶'


def render(text: str) -> str:
    """Render with `attr_list` (which sets the mark) and the extension, as the site's pipeline does."""
    return markdown.markdown(text, extensions=["attr_list", SpokenSymbolsExtension()])


@pytest.mark.parametrize(
    ("text", "html"),
    [
        # The mark goes; the hidden word comes first, so the ¶ stays glued to its no-break space and number, the space
        # hidden with it: Chromium's name was "paragraph \u00a05", a space after the hidden word's box and that one.
        (
            f"[Annex, ¶\u00a05](annex.md#p5){{ .{SPOKEN_SYMBOLS_CLASS} data-search-exclude }}",
            f'<p><a data-search-exclude href="annex.md#p5">Annex, {SPOKEN}\u00a0</span>5</a></p>',
        ),
        # Another class stays; escaped Markdown in the title stays literal.
        (
            f"[R\\*D \\[1\\], ¶\u00a012](a.md#p12){{ .x .{SPOKEN_SYMBOLS_CLASS} }}",
            f'<p><a class="x" href="a.md#p12">R*D [1], {SPOKEN}\u00a0</span>12</a></p>',
        ),
        # The last ¶ is the place's; a ¶ in a title is shown and read as it is.
        (
            f"[¶ marks, ¶\u00a03](a.md#p3){{ .{SPOKEN_SYMBOLS_CLASS} }}",
            f'<p><a href="a.md#p3">¶ marks, {SPOKEN}\u00a0</span>3</a></p>',
        ),
        # The ¶ after an element of the title, or inside one: the last ¶ of the link's text, wherever it stands.
        (
            f"[¶ *x*, ¶\u00a05](a.md#p5){{ .{SPOKEN_SYMBOLS_CLASS} }}",
            f'<p><a href="a.md#p5">¶ <em>x</em>, {SPOKEN}\u00a0</span>5</a></p>',
        ),
        (
            f"[Annex, *¶\u00a05*](a.md#p5){{ .{SPOKEN_SYMBOLS_CLASS} }}",
            f'<p><a href="a.md#p5">Annex, <em>{SPOKEN}\u00a0</span>5</em></a></p>',
        ),
        # A ¶ in code is shown as written.
        (
            f"[¶ `¶`](a.md#p5){{ .{SPOKEN_SYMBOLS_CLASS} }}",
            f'<p><a href="a.md#p5">{SPOKEN} </span><code>¶</code></a></p>',
        ),
    ],
    ids=["marked", "escaped-title-other-class", "pilcrow-in-title", "after-an-element", "in-an-element", "code"],
)
def test_a_marked_links_pilcrow_is_read_as_a_word(text: str, html: str) -> None:
    assert render(text) == html


@pytest.mark.parametrize(
    ("space", "shown"),
    [
        # CONTRIBUTING has prose write `¶&nbsp;N`: Python-Markdown stashes the entity, and the placeholder left in the
        # text stood outside the hidden span, a name of "paragraph \u00a05" again. Hidden, it is written as it was.
        ("&nbsp;", "&nbsp;"),
        ("&#160;", "&#160;"),
        ("&#xa0;", "&#xa0;"),
        ("&NonBreakingSpace;", "&NonBreakingSpace;"),
        # A space before the entity goes with it.
        (" &nbsp;", " &nbsp;"),
    ],
    ids=["named", "decimal", "hex", "long-name", "space-then-entity"],
)
def test_a_no_break_space_written_as_an_entity_is_hidden_with_the_pilcrow(space: str, shown: str) -> None:
    html = render(f"[Annex, ¶{space}5](a.md#p5){{ .{SPOKEN_SYMBOLS_CLASS} }}")
    assert html == f'<p><a href="a.md#p5">Annex, {SPOKEN}{shown}</span>5</a></p>'


@pytest.mark.parametrize(
    ("text", "html"),
    [
        # Another entity after the ¶ is no space: it stays shown and read, after the hidden ¶.
        (
            f"[Annex, ¶&amp;5](a.md#p5){{ .{SPOKEN_SYMBOLS_CLASS} }}",
            f'<p><a href="a.md#p5">Annex, {SPOKEN}</span>&amp;5</a></p>',
        ),
        (
            f"[Annex, ¶&#8288;5](a.md#p5){{ .{SPOKEN_SYMBOLS_CLASS} }}",
            f'<p><a href="a.md#p5">Annex, {SPOKEN}</span>&#8288;5</a></p>',
        ),
        # Raw HTML after the ¶ is stashed too, and is no space.
        (
            f"[Annex, ¶<b>5</b>](a.md#p5){{ .{SPOKEN_SYMBOLS_CLASS} }}",
            f'<p><a href="a.md#p5">Annex, {SPOKEN}</span><b>5</b></a></p>',
        ),
        # A no-break space that follows the number is the number's, not the ¶'s.
        (
            f"[Annex, ¶ 5&nbsp;a](a.md#p5){{ .{SPOKEN_SYMBOLS_CLASS} }}",
            f'<p><a href="a.md#p5">Annex, {SPOKEN} </span>5&nbsp;a</a></p>',
        ),
    ],
    ids=["ampersand", "word-joiner", "raw-html", "entity-after-the-number"],
)
def test_other_stashed_text_after_the_pilcrow_stays_shown(text: str, html: str) -> None:
    assert render(text) == html


def test_unmarked_links_and_marked_links_without_a_pilcrow_are_left_as_written() -> None:
    html = render(f"[¶\u00a05](a.md#p5) and [Annex](a.md){{ .{SPOKEN_SYMBOLS_CLASS} }}")
    assert html == '<p><a href="a.md#p5">¶\u00a05</a> and <a href="a.md">Annex</a></p>'


def test_a_class_holding_the_mark_s_name_is_no_mark() -> None:
    html = render(f"[Annex, ¶\u00a05](a.md#p5){{ .{SPOKEN_SYMBOLS_CLASS}-x }}")
    assert html == f'<p><a class="{SPOKEN_SYMBOLS_CLASS}-x" href="a.md#p5">Annex, ¶\u00a05</a></p>'


def test_the_name_a_screen_reader_computes_holds_the_word_and_the_text_shown_the_pilcrow() -> None:
    link = BeautifulSoup(render(f"[Annex, ¶\u00a05](a.md#p5){{ .{SPOKEN_SYMBOLS_CLASS} }}"), "html.parser").a
    hidden = link.select_one(".visually-hidden")
    shown = link.select_one("[aria-hidden=true]")
    assert (hidden.get_text(), shown.get_text()) == ("paragraph ", "¶\u00a0")
    assert link.get_text() == "Annex, paragraph ¶\u00a05"


def test_by_dotted_path() -> None:
    html = markdown.markdown(
        f"[A, ¶\u00a01](a.md#p1){{ .{SPOKEN_SYMBOLS_CLASS} }}", extensions=["attr_list", "hooks.mdx.spoken_symbols"]
    )
    assert SPOKEN in html


PAUSE = '<span class="visually-hidden visually-hidden--inline">,</span> <span aria-hidden="true">›</span>'


@pytest.mark.parametrize(
    ("text", "html"),
    [
        # A page named with its source: a comma only screen readers read, hugging its word, the `›` only shown.
        (
            f"[Migration › Annex, ¶\u00a05](annex.md#p5){{ .{SPOKEN_SYMBOLS_CLASS} }}",
            f'<p><a href="annex.md#p5">Migration{PAUSE} Annex, {SPOKEN}\u00a0</span>5</a></p>',
        ),
        # A Used in list's page link, without a ¶; each separator, in an element of the title too.
        (
            f"[A › *B* › C](a.md){{ .{SPOKEN_SYMBOLS_CLASS} }}",
            f'<p><a href="a.md">A{PAUSE} <em>B</em>{PAUSE} C</a></p>',
        ),
        (f"[*A › B*](a.md){{ .{SPOKEN_SYMBOLS_CLASS} }}", f'<p><a href="a.md"><em>A{PAUSE} B</em></a></p>'),
        # Code, an unmarked link and a `›` without its spaces are left as written.
        (f"[`A › B`](a.md){{ .{SPOKEN_SYMBOLS_CLASS} }}", '<p><a href="a.md"><code>A › B</code></a></p>'),
        ("[A › B](a.md)", '<p><a href="a.md">A › B</a></p>'),
        (f"[A›B](a.md){{ .{SPOKEN_SYMBOLS_CLASS} }}", '<p><a href="a.md">A›B</a></p>'),
    ],
    ids=["with-a-pilcrow", "page-link", "in-an-element", "code", "unmarked", "no-spaces"],
)
def test_a_marked_links_place_separator_is_read_as_a_pause(text: str, html: str) -> None:
    """Screen readers read `›` each their own way ("single right-pointing angle quotation mark" in some)."""
    assert render(text) == html
