"""The ¶ permalinks and the "Cite this page" block extensions, rendered with attr_list, toc and the inventory beside them."""

from __future__ import annotations

import markdown
from markdown.test_tools import TestCase

from hooks.core.paragraphs import PageInventory
from hooks.mdx.cite_block import CiteBlockExtension
from hooks.mdx.paragraphs import ParagraphsExtension
from hooks.mdx.permalinks import PermalinksExtension

LINK = (
    '<a aria-label="Paragraph {n}" class="paragraph-link" data-search-exclude="" href="#p{n}" title="Link to paragraph {n}">'
    "¶\u00a0{n}</a>"
)
BLOCK = '<div class="edition-cite-page" data-search-exclude>\n<p>Cite <a href="../x.bib" download>it</a>.</p>\n</div>\n'


class TestPermalinks(TestCase):
    default_kwargs = {"extensions": ["attr_list", "toc", "footnotes", PermalinksExtension()]}

    def test_numbered_paragraph_gets_one_link_element(self) -> None:
        """Named "Paragraph 7", not "¶ 7" (a screen reader's "pilcrow 7"): the symbol's meaning, then the number shown."""
        self.assertMarkdownRenders("Some *text*.\n{ #p7 }", f'<p id="p7">{LINK.format(n=7)}Some <em>text</em>.</p>')

    def test_quoted_paragraph_too(self) -> None:
        self.assertMarkdownRenders(
            "> Quoted.\n> { #p2 }", f'<blockquote>\n<p id="p2">{LINK.format(n=2)}Quoted.</p>\n</blockquote>'
        )

    def test_other_paragraphs_headings_and_code_are_left_alone(self) -> None:
        self.assertMarkdownRenders(
            "# Title { #title }\n\nNo id.\n\nOther id.\n{ #intro }\n\n    { #p3 }\n",
            '<h1 id="title">Title</h1>\n<p>No id.</p>\n<p id="intro">Other id.</p>\n<pre><code>{ #p3 }\n</code></pre>',
        )

    def test_link_comes_first_where_a_paragraph_opens_with_markup(self) -> None:
        """First in the paragraph as in the margin: Tab reaches it before the paragraph's own links."""
        self.assertMarkdownRenders(
            "[A link](x.md) and *more*.\n{ #p3 }",
            f'<p id="p3">{LINK.format(n=3)}<a href="x.md">A link</a> and <em>more</em>.</p>',
        )

    def test_a_second_run_adds_nothing(self) -> None:
        md = markdown.Markdown(extensions=["attr_list", PermalinksExtension()])
        root = md.parser.parseDocument(["A.", "{ #p1 }"]).getroot()
        for processor in md.treeprocessors:
            root = processor.run(root) or root
        md.treeprocessors["edition-permalinks"].run(root)
        assert [child.get("class") for child in root[0]] == ["paragraph-link"]

    def test_no_cite_action_in_the_built_page(self) -> None:
        html = markdown.markdown("A.\n{ #p1 }", extensions=["attr_list", PermalinksExtension()])
        assert "paragraph-link" in html and "paragraph-cite" not in html and "paragraph-actions" not in html


def test_inventory_text_stays_free_of_the_margin_furniture() -> None:
    seen: list[PageInventory] = []
    extensions = ["attr_list", "toc", ParagraphsExtension(sink=seen.append), PermalinksExtension()]
    markdown.markdown("One line.\n{ #p1 }", extensions=extensions)
    assert seen[0].paragraphs[0].text == "One line." and seen[0].ids == ("p1",)


def test_works_by_dotted_path() -> None:
    html = markdown.markdown("A.\n{ #p1 }", extensions=["attr_list", "hooks.mdx.permalinks"])
    assert html.startswith(f'<p id="p1">{LINK.format(n=1)}A.')


class TestCiteBlock(TestCase):
    default_kwargs = {"extensions": ["attr_list", "toc", "footnotes", "md_in_html", CiteBlockExtension(lambda: BLOCK)]}

    def test_block_goes_under_its_heading_verbatim_and_the_notes_stay_above_it(self) -> None:
        self.assertMarkdownRenders(
            "Text.[^1]\n\n[^1]: Note.\n\n## Cite this page { #cite-this-page data-search-exclude }\n",
            '<p>Text.<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup></p>\n'
            '<div class="footnote">\n<hr />\n<ol>\n<li id="fn:1">\n'
            '<p>Note.&#160;<a class="footnote-backref" href="#fnref:1" title="Jump back to footnote 1 in the text">'
            "&#8617;</a></p>\n</li>\n</ol>\n</div>\n"
            '<h2 data-search-exclude id="cite-this-page">Cite this page</h2>\n'
            f"{BLOCK.rstrip()}",
        )

    def test_notes_stay_above_the_heading_of_a_page_not_citable_yet(self) -> None:
        html = markdown.markdown(
            "Text.[^1]\n\n[^1]: Note.\n\n## Cite this page { #cite-this-page }\n\nNot citable yet.\n",
            extensions=["attr_list", "footnotes", CiteBlockExtension(lambda: None)],
        )
        assert html.index('class="footnote"') < html.index('id="cite-this-page"') < html.index("Not citable yet.")

    def test_block_equals_the_same_html_written_in_the_markdown(self) -> None:
        heading = "## Cite this page { #cite-this-page }\n"
        plain = markdown.markdown(f"A.\n\n{heading}\n{BLOCK}", extensions=["attr_list", "toc", "md_in_html"])
        assert (
            markdown.markdown(f"A.\n\n{heading}", extensions=["attr_list", "toc", CiteBlockExtension(lambda: BLOCK)])
            == plain
        )

    def test_block_equals_raw_html_in_the_markdown_beside_other_raw_html(self) -> None:
        text = "A.\n\n<!-- a comment -->\n\n<div>Raw</div>\n\n## Cite this page { #cite-this-page }\n"
        plain = markdown.markdown(f"{text}\n{BLOCK}", extensions=["attr_list", "toc", "md_in_html"])
        assert markdown.markdown(text, extensions=["attr_list", "toc", CiteBlockExtension(lambda: BLOCK)]) == plain

    def test_block_leaves_the_html_stash_empty(self) -> None:
        md = markdown.Markdown(extensions=["attr_list", "toc", CiteBlockExtension(lambda: BLOCK)])
        assert BLOCK.rstrip() in md.convert("A.\n\n## Cite this page { #cite-this-page }\n")
        assert md.htmlStash.html_counter == 0

    def test_nothing_without_the_heading_or_a_block(self) -> None:
        self.assertMarkdownRenders("## Other { #other }", '<h2 id="other">Other</h2>')
        html = markdown.markdown(
            "## Cite this page { #cite-this-page }", extensions=["attr_list", CiteBlockExtension(lambda: None)]
        )
        assert html == '<h2 id="cite-this-page">Cite this page</h2>'


def test_cite_block_inventory_records_the_heading_only() -> None:
    seen: list[PageInventory] = []
    extensions = ["attr_list", "toc", ParagraphsExtension(sink=seen.append), CiteBlockExtension(lambda: BLOCK)]
    markdown.markdown("A.\n{ #p1 }\n\n## Cite this page { #cite-this-page }\n", extensions=extensions)
    assert seen[0].ids == ("p1", "cite-this-page") and not seen[0].unnumbered
