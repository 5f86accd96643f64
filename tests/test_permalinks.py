"""The ¶ permalinks extension, rendered with attr_list, toc and the paragraph inventory beside it."""

from __future__ import annotations

import markdown
from markdown.test_tools import TestCase

from hooks.core.paragraphs import PageInventory
from hooks.mdx.paragraphs import ParagraphsExtension
from hooks.mdx.permalinks import PermalinksExtension

ACTIONS = (
    '<span class="paragraph-actions" data-search-exclude="">'
    '<a class="paragraph-link" href="#p{n}" title="Link to paragraph {n}">¶\u00a0{n}</a>'
    '<a class="paragraph-cite" data-paragraph="p{n}" href="#cite-this-page" role="button" title="Cite paragraph {n}">'
    "Cite</a></span>"
)


class TestPermalinks(TestCase):
    default_kwargs = {"extensions": ["attr_list", "toc", "footnotes", PermalinksExtension()]}

    def test_numbered_paragraph_gets_its_link_and_cite_action(self) -> None:
        self.assertMarkdownRenders("Some *text*.\n{ #p7 }", f'<p id="p7">Some <em>text</em>.{ACTIONS.format(n=7)}</p>')

    def test_quoted_paragraph_too(self) -> None:
        self.assertMarkdownRenders("> Quoted.\n> { #p2 }", f'<blockquote>\n<p id="p2">Quoted.{ACTIONS.format(n=2)}</p>\n</blockquote>')

    def test_other_paragraphs_headings_and_code_are_left_alone(self) -> None:
        self.assertMarkdownRenders(
            "# Title { #title }\n\nNo id.\n\nOther id.\n{ #intro }\n\n    { #p3 }\n",
            '<h1 id="title">Title</h1>\n<p>No id.</p>\n<p id="intro">Other id.</p>\n<pre><code>{ #p3 }\n</code></pre>',
        )

    def test_without_cite_only_the_link(self) -> None:
        html = markdown.markdown("A.\n{ #p1 }", extensions=["attr_list", PermalinksExtension(cite=False)])
        assert "paragraph-link" in html and "paragraph-cite" not in html


def test_inventory_text_stays_free_of_the_margin_furniture() -> None:
    seen: list[PageInventory] = []
    extensions = ["attr_list", "toc", ParagraphsExtension(sink=seen.append), PermalinksExtension()]
    markdown.markdown("One line.\n{ #p1 }", extensions=extensions)
    assert seen[0].paragraphs[0].text == "One line." and seen[0].ids == ("p1",)


def test_works_by_dotted_path_with_config() -> None:
    html = markdown.markdown(
        "A.\n{ #p1 }", extensions=["attr_list", "hooks.mdx.permalinks"], extension_configs={"hooks.mdx.permalinks": {"cite": False}}
    )
    assert '<a class="paragraph-link" href="#p1"' in html
