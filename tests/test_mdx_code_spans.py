"""Short code spans marked to stay on one line (`hooks.mdx.code_spans`), with attr_list and toc beside it."""

from __future__ import annotations

import dataclasses

import markdown
import pytest
from annotation_helpers import BASE, PAGE
from bs4 import BeautifulSoup

from hooks.core.short_code import SHORT_CODE_CLASS, SHORT_CODE_LENGTH
from hooks.mdx.annotations import AnnotationsExtension
from hooks.mdx.code_spans import BREAKS_ANYWHERE_CLASS, TABLE_PIECE_LENGTH, CodeSpansExtension

EXTENSIONS = ["attr_list", "toc", "pymdownx.superfences"]
MARKED = f'<code class="{SHORT_CODE_CLASS}">'


def render(text: str, *extensions: object) -> str:
    """Render as the site's pipeline does: attr_list and toc beside the extension."""
    return markdown.markdown(text, extensions=[*EXTENSIONS, *extensions, CodeSpansExtension()])


@pytest.mark.parametrize(
    ("text", "html"),
    [
        # A date, an id, a key with its value: one word each.
        ("On `2024-05-01`.", f"<p>On {MARKED}2024-05-01</code>.</p>"),
        ("Write `issued: 2019-03`", f"<p>Write {MARKED}issued: 2019-03</code></p>"),
        # At most 24 characters as shown; one more, and it may wrap.
        ("`" + "a" * SHORT_CODE_LENGTH + "`", f"<p>{MARKED}{'a' * SHORT_CODE_LENGTH}</code></p>"),
        ("`" + "a" * (SHORT_CODE_LENGTH + 1) + "`", f"<p><code>{'a' * (SHORT_CODE_LENGTH + 1)}</code></p>"),
        ("`…/migration-and-transnationalism/#p3`", "<p><code>…/migration-and-transnationalism/#p3</code></p>"),
        # `<` and `&` count as the one character shown, not as the `&lt;` the tree holds.
        ('`<a id="old-anchor"></a>`', f'<p>{MARKED}&lt;a id="old-anchor"&gt;&lt;/a&gt;</code></p>'),
        ("`&&&&&&&&&&&&&&&&&&&&&&&&`", f"<p>{MARKED}{'&amp;' * 24}</code></p>"),
        # A wide character (CJK, fullwidth) takes two columns of the code font: 13 of them are 26 wide.
        ("`" + "移" * 12 + "`", f"<p>{MARKED}{'移' * 12}</code></p>"),
        ("`" + "移" * 13 + "`", f"<p><code>{'移' * 13}</code></p>"),
        ("`" + "２" * 13 + "`", f"<p><code>{'２' * 13}</code></p>"),
        # A span's line break is a space, as shown: `make` and `check` on two lines of the source.
        ("Run `make\ncheck`.", f"<p>Run {MARKED}make\ncheck</code>.</p>"),
        # A class of its own stays; a heading's span is marked too.
        ("`p-12`{ .x }", f'<p><code class="x {SHORT_CODE_CLASS}">p-12</code></p>'),
        ("## The `created` field", f'<h2 id="the-created-field">The {MARKED}created</code> field</h2>'),
        # Code blocks are not spans: indented or fenced, they are left as they are.
        ("    created: 2026-12-05", "<pre><code>created: 2026-12-05\n</code></pre>"),
        ("```yaml\ncreated: 2026-12-05\n```", '<div class="highlight"><pre><span></span><code>'),
    ],
)
def test_a_short_span_is_marked_and_a_long_one_or_a_block_is_not(text: str, html: str) -> None:
    assert html in render(text)


def test_a_span_of_an_annotation_s_body_is_marked_too() -> None:
    """The body's elements join the page at priority 7.5, before the spans are marked."""
    note = dataclasses.replace(BASE, body="Dated `2026-11-20`, in `annotations/notes/transfer-of-ideas.md`.\n")
    extension = AnnotationsExtension(annotations=(note,), page=PAGE, sink=lambda *_: None)
    page = BeautifulSoup(render("More cost-effective ways.\n{ #p1 }", extension), "lxml")
    body = page.select_one(".annotation__body")
    assert [(code.get_text(), code.get("class")) for code in body.select("code")] == [
        ("2026-11-20", [SHORT_CODE_CLASS]),
        ("annotations/notes/transfer-of-ideas.md", None),
    ]


def test_a_body_cannot_keep_a_long_span_whole_by_writing_the_class() -> None:
    """A body is untrusted: the sanitiser strips its `class` (its line names it), and only the build marks."""
    long = "a" * (SHORT_CODE_LENGTH + 1)
    body = f'<code class="{SHORT_CODE_CLASS}">{long}</code> and <code class="{SHORT_CODE_CLASS}">p-12</code>\n'
    note = dataclasses.replace(BASE, body=body)
    extension = AnnotationsExtension(annotations=(note,), page=PAGE, sink=lambda *_: None)
    page = BeautifulSoup(render("More cost-effective ways.\n{ #p1 }", extension), "lxml")
    body_element = page.select_one(".annotation__body")
    codes = [(code.get_text(), code.get("class")) for code in body_element.select("code")]
    assert codes == [(long, None), ("p-12", [SHORT_CODE_CLASS])]


def test_the_extension_loads_by_dotted_path() -> None:
    html = markdown.markdown("`p-12`", extensions=["hooks.mdx.code_spans"])
    assert html == f"<p>{MARKED}p-12</code></p>"


def cell_code(text: str) -> tuple[list[object], str, list[str]]:
    """A span written in a table's cell, rendered and read back by a real HTML parser: its children, text, classes."""
    table = f"| Field | Value |\n| --- | --- |\n| {text} | x |\n"
    code = BeautifulSoup(render(table, "tables"), "lxml").select_one("td code")
    return [child.name or str(child) for child in code.children], code.get_text(), code.get("class", [])


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # A line may end after `.`, `/`, `-`, `_` or `:` inside a word, and before a `<`: nowhere else.
        ("`target.page`", ["target.", "wbr", "page"]),
        ("`/cite/<source>.json`", ["/cite/", "wbr", "<source>.", "wbr", "json"]),
        ("`YYYY-MM-DD`", ["YYYY-", "wbr", "MM-", "wbr", "DD"]),
        ("`policy_areas:`", ["policy_", "wbr", "areas:"]),
        ("`issued: 2019-03`", ["issued: 2019-", "wbr", "03"]),
        ("`motivation`", ["motivation"]),
        # Not after a mark that starts the span or a word, nor between two marks: `--` stays with `strict`.
        ("`--strict`", ["--strict"]),
        ("`.md`", [".md"]),
        ("`../index.md`", ["../index.", "wbr", "md"]),
        ("`a&b.c`", ["a&b.", "wbr", "c"]),
    ],
)
def test_a_span_in_a_table_may_break_only_after_a_mark_or_before_a_bracket(text: str, pieces: list[object]) -> None:
    children, shown, _ = cell_code(text)
    assert children == pieces
    assert shown == text.strip("`")  # a `<wbr>` adds no character: the span copies as written


@pytest.mark.parametrize(
    ("text", "breaks_anywhere"),
    [
        # A piece longer than a phone's narrowest column may break inside: kept whole, its table scrolled sideways.
        ("`motivation`", False),
        ("`identities.2`", False),
        ("`" + "a" * (TABLE_PIECE_LENGTH - 1) + "1`", False),
        ("`" + "a" * TABLE_PIECE_LENGTH + "1`", True),
        ("`migration-and-transnationalism/opportunities.md`", True),
        ("`type: organization`", True),
        # Not a word of letters (a source's spelling): split inside, `costeffecti|ve`, it reads as two words, and a
        # table whose columns cannot hold it scrolls sideways instead. Ideographs part between any two without it.
        ("`costeffective`", False),
        ("`" + "a" * (TABLE_PIECE_LENGTH + 1) + "`", False),
        ("`" + "移" * 6 + "`", False),  # 12 columns wide
    ],
)
def test_a_span_in_a_table_with_a_piece_too_long_for_a_phone_s_column_is_marked(
    text: str, breaks_anywhere: bool
) -> None:
    assert (BREAKS_ANYWHERE_CLASS in cell_code(text)[2]) is breaks_anywhere


def test_a_span_outside_a_table_has_no_break_added() -> None:
    assert render("`target.page` and `/cite/<source>.json`") == (
        f"<p>{MARKED}target.page</code> and {MARKED}/cite/&lt;source&gt;.json</code></p>"
    )
