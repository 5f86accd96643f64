"""The policy-area lists treeprocessor: generated elements join the page as if written in Markdown."""

from __future__ import annotations

from xml.etree import ElementTree as etree

import markdown
from markdown.test_tools import TestCase

from hooks.mdx.policy_lists import PageElements, PolicyListsExtension


def lists() -> PageElements:
    """An area page's lists, laid out as `prettify` lays out blocks (it has run when they are added)."""
    heading = etree.Element("h2", {"id": "pages"})
    heading.text = "Pages *not emphasised* {: .no-attributes }"
    listing = etree.Element("ul")
    listing.text = "\n"
    item = etree.SubElement(listing, "li")
    item.text = "Page, ¶ 2: "
    link = etree.SubElement(item, "a", {"href": "../a/b.md#p2", "class": "policy-area-excerpt"})
    link.text = "“[not a link](x) & <b>”"
    heading.tail = listing.tail = item.tail = "\n"
    return PageElements(at_end=(heading, listing))


def links() -> PageElements:
    nav = etree.Element("nav", {"class": "policy-area-tags"})
    nav.text = "\n"
    etree.SubElement(nav, "a", {"href": "../policy-areas/index.md"}).text = "Policy areas"
    nav[-1].tail = nav.tail = "\n"
    return PageElements(after_title=(nav,))


class TestPolicyLists(TestCase):
    def test_elements_are_appended_as_they_are_and_seen_by_toc(self) -> None:
        md = markdown.Markdown(extensions=["attr_list", "toc", PolicyListsExtension(provider=lists)])
        html = md.convert("# Area { #area }\n\n[All policy areas](index.md)")
        assert html == (
            '<h1 id="area">Area</h1>\n<p><a href="index.md">All policy areas</a></p>\n'
            '<h2 id="pages">Pages *not emphasised* {: .no-attributes }</h2>\n'
            '<ul>\n<li>Page, ¶ 2: <a class="policy-area-excerpt" href="../a/b.md#p2">'
            "“[not a link](x) &amp; &lt;b&gt;”</a></li>\n</ul>"
        )
        assert [entry["id"] for entry in md.toc_tokens[0]["children"]] == ["pages"]

    def test_area_links_go_right_after_the_title_or_first(self) -> None:
        nav = '<nav class="policy-area-tags">\n<a href="../policy-areas/index.md">Policy areas</a>\n</nav>'
        self.assertMarkdownRenders(
            "Intro\n\n# Title { #t }\n\nText\n{ #p1 }",
            f'<p>Intro</p>\n<h1 id="t">Title</h1>\n{nav}\n<p id="p1">Text</p>',
            extensions=["attr_list", PolicyListsExtension(provider=links)],
        )
        self.assertMarkdownRenders(
            "## Not a title\n\nText",
            f"{nav}\n<h2>Not a title</h2>\n<p>Text</p>",
            extensions=[PolicyListsExtension(provider=links)],
        )

    def test_a_page_without_lists_is_unchanged(self) -> None:
        self.assertMarkdownRenders(
            "Text\n{ #p1 }",
            '<p id="p1">Text</p>',
            extensions=["attr_list", PolicyListsExtension(provider=PageElements)],
        )

    def test_without_a_provider_the_extension_does_nothing(self) -> None:
        self.assertMarkdownRenders("Text", "<p>Text</p>", extensions=["hooks.mdx.policy_lists"])
