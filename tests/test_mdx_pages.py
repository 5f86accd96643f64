"""The page-level Markdown extensions, rendered with attr_list and toc beside them."""

from __future__ import annotations

from collections.abc import Callable
from xml.etree import ElementTree as etree

import markdown
import pytest
from bs4 import BeautifulSoup
from conftest import ROOT
from markdown.test_tools import TestCase

from hooks.cli.config_values import configured_extensions
from hooks.core.bibliography import render_record
from hooks.core.paragraphs import PageInventory
from hooks.mdx.bibliographic_record import BibliographicRecordExtension
from hooks.mdx.paragraphs import ParagraphsExtension, unnumbered_above
from hooks.mdx.source_footnotes import SourceFootnotesExtension


class TestSourceFootnotes(TestCase):
    default_kwargs = {"extensions": ["footnotes", "attr_list", "toc", SourceFootnotesExtension()]}

    def test_keeps_the_written_number(self) -> None:
        html = markdown.markdown("Text.[^6]\n{ #p1 }\n\n[^6]: Missing.", **self.default_kwargs)
        assert '<a class="footnote-ref" href="#fn:6">6</a>' in html
        assert '<li id="fn:6" value="6">' in html

    def test_leaves_named_footnotes_alone(self) -> None:
        html = markdown.markdown("Text.[^note]\n\n[^note]: A note.", **self.default_kwargs)
        assert '<a class="footnote-ref" href="#fn:note">1</a>' in html


def inventory_of(text: str) -> PageInventory:
    seen: list[PageInventory] = []
    markdown.markdown(text, extensions=["attr_list", "toc", "footnotes", ParagraphsExtension(sink=seen.append)])
    return seen[0]


def test_each_paragraph_knows_the_heading_above_it() -> None:
    inventory = inventory_of(
        "# Title { #t }\n\nFirst.\n{ #p1 }\n\n## Abstract *in short* { #abstract }\n\nSecond.\n{ #p2 }\n\n"
        "> Quoted.\n> { #p3 }\n\n### Details[^1] { #details }\n\nThird.\n{ #p4 }\n\n[^1]: A note.\n"
    )
    assert [(p.id, p.section) for p in inventory.paragraphs] == [
        ("p1", None),
        ("p2", "Abstract in short"),
        ("p3", "Abstract in short"),
        ("p4", "Details"),
    ]


def test_inventory_records_numbered_paragraphs_with_their_text() -> None:
    inventory = inventory_of("# Title { #t }\n\nOne `code`\nline.\n{ #p1 }\n\n> Quoted.\n> { #p2 }\n")
    assert [(p.id, p.text) for p in inventory.paragraphs] == [("p1", "One code line."), ("p2", "Quoted.")]
    assert inventory.headings == ("t",)
    assert inventory.ids == ("t", "p1", "p2")


def raw_ids(text: str, *extensions: object) -> tuple[str, ...]:
    seen: list[PageInventory] = []
    markdown.markdown(text, extensions=["attr_list", "md_in_html", *extensions, ParagraphsExtension(sink=seen.append)])
    return seen[0].ids


def test_ids_written_in_raw_html_are_the_page_s_too_as_mkdocs_finds_them() -> None:
    """MkDocs checks links to them, so the lock records them: an old link kept alive stays alive."""
    assert raw_ids('Kept <a id="old-anchor"></a>alive.\n{ #p1 }') == ("p1", "old-anchor")
    assert raw_ids('<a name="older"></a><span name="not-an-anchor"></span>\n\nText.\n{ #p1 }') == ("p1", "older")
    assert raw_ids('<P ID="Upper">A</P>\n\n<p id = "spaced">B</p>\n\nText &amp; more.\n{ #p1 }') == (
        "p1",
        "Upper",
        "spaced",
    )
    # A piece of stashed HTML is read alone: an inline <script>'s content never swallows the next id.
    assert raw_ids('Text <script id="s1">if (a<b) x()</script> and <a id="after"></a>.\n{ #p1 }') == (
        "p1",
        "s1",
        "after",
    )
    assert raw_ids('<!-- <a id="commented"></a> -->\n\nText.\n{ #p1 }') == ("p1",)
    assert raw_ids('<div id="block" markdown>\nInside.\n</div>\n\nText.\n{ #p1 }') == ("block", "p1"), "counted once"


def test_ids_extensions_number_in_stashed_html_are_not_the_page_s() -> None:
    """pymdownx.highlight's line anchors (`__codelineno-1-7`) renumber when a line is added above: like the theme's."""
    fence = "```python\nx = 1\ny = 2\n```\n\nText.\n{ #p1 }"
    highlight = {"pymdownx.highlight": {"anchor_linenums": True}}
    seen: list[PageInventory] = []
    markdown.markdown(
        fence,
        extensions=["attr_list", "pymdownx.highlight", "pymdownx.superfences", ParagraphsExtension(sink=seen.append)],
        extension_configs=highlight,
    )
    html = markdown.markdown(
        fence, extensions=["pymdownx.highlight", "pymdownx.superfences"], extension_configs=highlight
    )
    assert 'id="__codelineno-0-1"' in html, "the fixture must make line anchors"
    assert seen[0].ids == ("p1",)


def test_inventory_text_is_what_readers_see_not_python_markdowns_stand_ins() -> None:
    """Entities, inline HTML and backslash escapes wait in the tree as placeholders until its last steps.

    They reached the glossary, the tooltips and the export as 'wzxhzdk:4'.
    """
    inventory = inventory_of(
        "People &ndash; set up \\*ties\\* <em>across</em> AT&amp;T&#8217;s *lines*[^1].\n{ #p1 }\n\n[^1]: N."
    )
    assert inventory.paragraphs[0].text == "People – set up *ties* across AT&T’s lines1."
    assert inventory.paragraphs[0].words == "People – set up *ties* across AT&T’s lines."
    assert inventory_of("A &ndash; B\n\nUnnumbered &amp; more.").unnumbered == ("A – B", "Unnumbered & more.")


def test_inventory_keeps_footnote_numbers_in_the_text_and_leaves_them_out_of_the_words() -> None:
    """Quotes match the page as shown (with the number); an excerpt quoted elsewhere reads without it."""
    inventory = inventory_of(
        "So-called *“social remittances.”[^1]* Migrants.\n{ #p1 }\n\nNo notes.\n{ #p2 }\n\n[^1]: A note."
    )
    first, second = inventory.paragraphs
    assert first.text == "So-called “social remittances.”1 Migrants."
    assert first.reading_text == "So-called “social remittances.” Migrants."
    assert second.words is None and second.reading_text == "No notes."


def test_inventory_reads_paragraph_policy_areas() -> None:
    inventory = inventory_of('Text.\n{ #p1 data-policy-areas="remittances integration" }')
    assert inventory.paragraphs[0].tags == ("remittances", "integration")


def test_inventory_reports_stray_misnamed_and_duplicate_paragraphs() -> None:
    inventory = inventory_of("A.\n{ #p1 }\n\nB.\n{ #p1 }\n\nC.\n{ #intro }\n\nD has no id.\n\n[^1]: Not counted.")
    assert inventory.duplicates == ("p1",)
    assert inventory.misnamed == ("intro",)
    assert inventory.unnumbered == ("D has no id.",)


def test_an_unnumbered_paragraph_is_named_by_its_start_cut_between_words() -> None:
    inventory = inventory_of("Home town associations and transnationalism are discussed here at length.")
    assert inventory.unnumbered == ("Home town associations and…",)


def test_a_lone_attribute_list_takes_the_paragraph_above_out_of_the_unnumbered_ones() -> None:
    inventory = inventory_of("A.\n\n{ #p1 }\n\nB.\n\nC.\n\n{ #p3 }\n\n{ #p4 }\n\nD.")
    assert inventory.lone_attributes == (("{ #p1 }", "A."), ("{ #p3 }", "C."), ("{ #p4 }", None))
    assert inventory.unnumbered == ("B.", "D.")


def test_the_paragraph_above_a_lone_attribute_list_is_found_without_changing_the_callers_paragraphs() -> None:
    """It blanked the caller's list in place, leaving placeholders for the caller to filter out."""
    parent = etree.fromstring("<div><p>A.</p><p>{ #p1 }</p><p>{ #p2 }</p></div>")
    first, lone, second = parent
    unnumbered = {first: "A."}
    assert unnumbered_above(parent, lone, unnumbered) is first
    assert unnumbered_above(parent, second, unnumbered) is None  # the element above is no unnumbered paragraph
    assert unnumbered_above(parent, first, unnumbered) is None  # nothing above
    assert unnumbered == {first: "A."}


def test_without_a_sink_the_extension_changes_nothing() -> None:
    assert markdown.markdown("A.", extensions=[ParagraphsExtension()]) == "<p>A.</p>"


def test_inventory_ignores_raw_html_blocks() -> None:
    inventory = inventory_of("A.\n{ #p1 }\n\n<!-- a comment -->\n\n<div>raw</div>\n")
    assert inventory.unnumbered == () and [p.id for p in inventory.paragraphs] == ["p1"]


def test_inventory_names_headings_whose_id_is_not_written() -> None:
    """`toc` would derive an id from the words (after the inventory): it would change with them."""
    inventory = inventory_of("# Title { #t }\n\n## Derived *id*\n\nA.\n{ #p1 }\n")
    assert inventory.unnamed_headings == ("Derived id",)
    assert inventory.headings == ("t",)


MARKER = "<!-- edition:bibliography -->"
SHOWN = {  # how the Citing page may show editors the line: each is the code block's words
    "a ```markdown fence": f"Write:\n\n```markdown\n{MARKER}\n```\n",
    "a ~~~ fence": f"Write:\n\n~~~\n{MARKER}\n~~~\n",
    "a fence in a list item": f"- Write:\n\n    ```markdown\n    {MARKER}\n    ```\n",
    "a fence in a numbered item": f"1. Write:\n\n   ~~~markdown\n   {MARKER}\n   ~~~\n",
    "a fence in an admonition": f'!!! example "The line"\n\n    ```markdown\n    {MARKER}\n    ```\n',
    "a fence in a details block": f'??? note "The line"\n\n    ```\n    {MARKER}\n    ```\n',
}


def render_with_record(text: str, provider: object) -> BeautifulSoup:
    """The Markdown rendered with the site's extensions (mkdocs.yml) and the record's."""
    names, configs = configured_extensions(ROOT)
    extensions = [*names, BibliographicRecordExtension(provider=provider)]
    return BeautifulSoup(markdown.markdown(text, extensions=extensions, extension_configs=configs), "html.parser")


def record_maker(asked: list[str]) -> Callable[[], str]:
    """A maker that notes each call and gives a real record."""
    return lambda: asked.append("asked") or render_record({"type": "report", "title": "A work"}, [], citing=None)


@pytest.mark.parametrize("shown", SHOWN, ids=str)
def test_a_code_block_showing_the_record_marker_holds_its_words_and_no_record(shown: str) -> None:
    """The marker line in a fence was taken for a real one: a failed build, or the record placed in the code."""
    asked: list[str] = []
    maker = record_maker(asked)
    soup = render_with_record(SHOWN[shown] + f"\nThe record:\n\n{MARKER}\n", lambda: maker)
    assert [code.get_text().strip() for code in soup.select("pre code")] == [MARKER]
    (record,) = soup.select(".bibliographic-record")
    assert record.find_parent("pre") is None and record.select_one("dl dd").get_text() == "Report"
    assert asked == ["asked"], "made once, for the real line"
    asked.clear()
    alone = render_with_record(SHOWN[shown], lambda: maker)
    assert not alone.select(".bibliographic-record") and not asked, "only shown: nothing asked for"
    assert [code.get_text().strip() for code in alone.select("pre code")] == [MARKER]


def test_a_page_without_a_maker_keeps_its_marker_line_as_written() -> None:
    """A page whose text never holds the marker (the provider's None) is not read at all; nor is a refused record."""
    assert MARKER in str(render_with_record(f"Text.\n\n{MARKER}\n", lambda: None))
    assert MARKER in str(render_with_record(f"Text.\n\n{MARKER}\n", lambda: lambda: None))


def test_inventory_records_the_links_of_the_contents_list_as_written() -> None:
    """A landing page's `## Contents { #contents }` list: its links before MkDocs rewrites them, up to the next heading."""
    inventory = inventory_of(
        "# Source { #source }\n\nAbout [it](elsewhere.md).\n\n## Contents { #contents }\n\n"
        "1. [One](one.md)\n2. [Two *and* more](sub/two.md#p1)\n    - [Nested](nested.md)\n\n"
        "See also [the annex](annex.md).\n\n- [Three](three.md)\n\n## Record { #record }\n\n- [Not](not.md)\n"
    )
    assert inventory.contents == ("one.md", "sub/two.md#p1", "nested.md", "three.md")


@pytest.mark.parametrize("text", ["# Title { #t }\n\n- [One](one.md)\n", "## Contents\n\n- [One](one.md)\n"])
def test_a_page_without_a_contents_heading_has_no_contents(text: str) -> None:
    """No heading with the id `contents` (toc's id from the title is not one written): None, not an empty list."""
    assert inventory_of(text).contents is None
