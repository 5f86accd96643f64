"""The annotations extension, rendered with attr_list, toc, footnotes and caret beside it."""

from __future__ import annotations

import dataclasses
import random
import re
from functools import partial

import markdown
import nh3
import pytest
from annotation_helpers import BASE, PAGE
from bs4 import BeautifulSoup
from markdown.test_tools import TestCase

from hooks.core.annotations import Annotation
from hooks.core.bodies import BODY_EXTENSIONS, SANITISER_OPTIONS, STASH_MARKERS, render_body, sanitise
from hooks.core.body_tree import body_elements, render_bodies, rewrite_links
from hooks.core.links import absolute_link
from hooks.core.paragraphs import PageInventory, normalise_space
from hooks.mdx.annotations import AnnotationsExtension
from hooks.mdx.paragraphs import ParagraphsExtension
from hooks.mdx.quote_marks import raw_position


def render(text: str, *annotations: Annotation, sink: dict[str, int] | None = None, **config: object) -> str:
    extension = AnnotationsExtension(
        annotations=annotations, page=PAGE, sink=(sink if sink is not None else {}).__setitem__, **config
    )
    return markdown.markdown(text, extensions=["attr_list", "toc", "footnotes", "pymdownx.caret", extension])


class TestAnnotationBlock(TestCase):
    maxDiff = None

    def test_block_follows_its_paragraph_with_mark_and_reference(self) -> None:
        self.assertMarkdownRenders(
            "More cost-effective ways.\n{ #p1 }\n\nNext.\n{ #p2 }",
            '<p id="p1">More <mark class="annotation-quote" data-annotation="a1" data-motivation="editing">cost-effective</mark>'
            '<a aria-label="Annotation 1 on paragraph 1" class="annotation-ref" href="#a1" title="Editorial note by Edition editors"></a> ways.</p>\n'
            '<details class="annotation annotation--editing" data-areas="" data-motivation="editing"'
            ' id="a1" open="open"><summary><span class="annotation__motivation">Editorial note</span>\u00a0· '
            '<span class="annotation__author">Edition editors</span>\u00a0· <time datetime="2026-11-20">20\u00a0November\u00a02026</time>'
            '</summary><p class="annotation__quote" data-search-exclude="">On “cost-effective”</p>'
            '<div class="annotation__body"><p>Restored.</p></div><div class="annotation__footer" data-search-exclude="">'
            '<a class="annotation__permalink" href="#a1" title="Link to this annotation">Permalink</a></div></details>\n'
            '<p id="p2">Next.</p>',
            extensions=["attr_list", "toc", AnnotationsExtension(annotations=(BASE,), page=PAGE)],
        )


def test_quote_across_an_inline_element_is_marked_piece_by_piece() -> None:
    html = render("More cost^^-^^effective ways.\n{ #p1 }", BASE)
    assert (
        '<p id="p1">More <mark class="annotation-quote" data-annotation="a1" data-motivation="editing">cost</mark>'
        '<ins><mark class="annotation-quote" data-annotation="a1" data-motivation="editing">-</mark></ins>'
        '<mark class="annotation-quote" data-annotation="a1" data-motivation="editing">effective</mark>'
        '<a aria-label="Annotation 1 on paragraph 1" class="annotation-ref" href="#a1" title="Editorial note by Edition editors"></a> ways.</p>'
    ) in html


def test_quote_ending_in_a_footnote_reference_puts_the_link_after_it() -> None:
    note = dataclasses.replace(BASE, quote="identities.1 With")
    html = render("Acts and identities.[^2] With respect.\n{ #p1 }\n\n[^2]: Missing.", note)
    assert (
        '<mark class="annotation-quote" data-annotation="a1" data-motivation="editing">identities.</mark><sup id="fnref:2">'
        in html
    )
    assert (
        '<a class="footnote-ref" href="#fn:2"><mark class="annotation-quote" data-annotation="a1" data-motivation="editing">1</mark></a></sup>'
        in html
    )
    assert (
        '</sup><mark class="annotation-quote" data-annotation="a1" data-motivation="editing"> With</mark><a aria-label='
        in html
    )


def test_quote_across_an_entity_and_an_escape_is_marked_with_them_whole() -> None:
    """The tree holds stand-ins for them until the end: the quote, in the words readers see, was not highlighted."""
    found: dict[str, int] = {}
    note = dataclasses.replace(BASE, quote="policymaking – traditionally *firmly* in")
    html = render("Then policymaking &ndash; traditionally \\*firmly\\* in hand.\n{ #p1 }", note, sink=found)
    assert found == {"a1": 1}
    assert (
        '<p id="p1">Then <mark class="annotation-quote" data-annotation="a1" data-motivation="editing">policymaking &ndash; traditionally *firmly*'
        " in</mark><a aria-label="
    ) in html
    assert render("One&nbsp;cost-effective way.\n{ #p1 }", BASE).count("<mark") == 1


def test_a_highlight_that_would_cross_a_raw_html_tag_is_not_made() -> None:
    """`<b>in</mark></b>` would be broken HTML: the quote is reported as found but not highlighted instead."""
    found: dict[str, int] = {}
    note = dataclasses.replace(BASE, quote="firmly in")
    html = render("Then firmly <b>in</b> hand.\n{ #p1 }", note, sink=found)
    assert found == {"a1": 0} and "<mark" not in html and "<b>in</b>" in html


def test_quote_with_different_whitespace_in_a_blockquote_and_in_code() -> None:
    note = dataclasses.replace(BASE, quote="the   x\nvalue", motivation="commenting")
    html = render("> Quoted: the `x`\n> value here.\n> { #p1 }", note)
    assert (
        '<blockquote>\n<p id="p1">Quoted: <mark class="annotation-quote" data-annotation="a1" data-motivation="commenting">the </mark>'
        in html
    )
    assert (
        '<code><mark class="annotation-quote" data-annotation="a1" data-motivation="commenting">x</mark></code>' in html
    )
    assert "</blockquote>" in html and html.index('id="a1"') < html.index("</blockquote>")


def test_annotations_on_one_paragraph_come_in_the_order_of_their_highlights_then_by_date() -> None:
    """A reader meets the highlights in the text's order; the blocks below followed the dates instead."""
    first = dataclasses.replace(BASE, id="b-first", created="2026-11-22", quote="More")
    last = dataclasses.replace(BASE, id="z-last", created="2026-11-01", quote="ways")
    same_later = dataclasses.replace(BASE, id="c-same", created="2026-11-21")  # cost-effective, as a1
    html = render("More cost-effective ways.\n{ #p1 }", last, BASE, same_later, first)
    order = [html.index(f'id="{note}"') for note in ("b-first", "a1", "c-same", "z-last")]
    assert order == sorted(order)


ANA = dataclasses.replace(BASE, id="ana", motivation="commenting", author="Ana Peña", created="2026-11-21")
EDITORS = dataclasses.replace(BASE, id="editors", motivation="describing", created="2026-11-22")
TEXT = "More cost-effective ways of *working* together.\n{ #p1 }"


def references_and_blocks(html: str) -> tuple[list[str], list[str]]:
    """The annotations the paragraph's links lead to, in their order, and the blocks below it, in theirs."""
    soup = BeautifulSoup(html, "html.parser")
    references = [link["href"].removeprefix("#") for link in soup.select("p#p1 a.annotation-ref")]
    return references, [block["id"] for block in soup.select("details.annotation")]


@pytest.mark.parametrize(
    ("quotes", "expected"),
    [
        ({"ana": "cost-effective", "editors": "cost-effective"}, ["ana", "editors"]),  # same words: by date
        ({"ana": "cost-effective ways", "editors": "cost-effective"}, ["ana", "editors"]),  # same start: longer first
        ({"ana": "cost-effective", "editors": "cost-effective ways"}, ["editors", "ana"]),
        ({"ana": "effective", "editors": "More cost-effective ways"}, ["editors", "ana"]),  # one inside the other
        ({"ana": "More cost-effective ways", "editors": "effective"}, ["ana", "editors"]),
        ({"ana": "working", "editors": "ways of working together"}, ["editors", "ana"]),  # outer split by the <em>
        ({"ana": "ways of working together", "editors": "working"}, ["ana", "editors"]),
        ({"ana": "cost-effective ways", "editors": "More cost"}, ["editors", "ana"]),  # overlapping
        ({"ana": "together", "editors": "More"}, ["editors", "ana"]),
    ],
)
def test_the_nth_reference_link_of_a_paragraph_leads_to_its_nth_annotation_block(
    quotes: dict[str, str], expected: list[str]
) -> None:
    """Links after the same words came last-dated first, the blocks below first-dated first.

    Blocks follow where their highlights begin (the longer first, then by date); each link in the
    paragraph follows its highlight, and the link before it in that order, so the n-th leads to the n-th.
    """
    ana, editors = (dataclasses.replace(note, quote=quotes[note.id]) for note in (ANA, EDITORS))
    for given in ((ana, editors), (editors, ana)):
        assert references_and_blocks(render(TEXT, *given)) == (expected, expected)


def test_a_highlight_inside_another_keeps_the_outer_one_whole_with_both_links_after_it() -> None:
    """The outer quote is marked first, so the inner one's mark nests in it and its link cannot split it."""
    outer = dataclasses.replace(ANA, quote="More cost-effective ways", created="2026-11-23")
    html = render(TEXT, outer, dataclasses.replace(EDITORS, quote="effective"))
    assert (
        '<p id="p1"><mark class="annotation-quote" data-annotation="ana" data-motivation="commenting">More cost-'
        '<mark class="annotation-quote" data-annotation="editors" data-motivation="describing">effective</mark> ways</mark>'
        '<a aria-label="Annotation 1 on paragraph 1" class="annotation-ref" href="#ana" title="Comment by Ana Peña"></a>'
        '<a aria-label="Annotation 2 on paragraph 1" class="annotation-ref" href="#editors"'
        ' title="Description by Edition editors"></a> of <em>working</em> together.</p>'
    ) in html


def test_quote_not_found_leaves_text_alone_but_shows_the_annotation() -> None:
    found: dict[str, int] = {}
    html = render("Other words.\n{ #p1 }", BASE, sink=found)
    assert "<mark" not in html and 'id="a1"' in html
    assert found == {"a1": 0}


def test_quote_found_is_reported_and_other_pages_are_untouched() -> None:
    found: dict[str, int] = {}
    render("A cost-effective way.\n{ #p1 }", BASE, sink=found)
    assert found == {"a1": 1}
    elsewhere = dataclasses.replace(BASE, page="other.md")
    assert "annotation" not in render("A cost-effective way.\n{ #p1 }", elsewhere)


def test_inventory_sees_the_annotation_ids_and_unchanged_paragraph_text() -> None:
    seen: list[PageInventory] = []
    extensions = [
        "attr_list",
        "toc",
        AnnotationsExtension(annotations=(BASE,), page=PAGE),
        ParagraphsExtension(sink=seen.append),
    ]
    markdown.markdown("# T { #t }\n\nMore cost-effective ways.\n{ #p1 }", extensions=extensions)
    assert seen[0].ids == ("t", "p1", "a1")
    assert seen[0].annotation_ids == ("a1",)
    assert [(p.id, p.text) for p in seen[0].paragraphs] == [("p1", "More cost-effective ways.")]


def test_body_is_sanitised() -> None:
    body = (
        "Hi <script>alert(1)</script><b onclick='x()'>bold</b> <img src=x onerror=alert(1)>\n\n"
        "[js](javascript:alert(1)) [data](data:text/html,hi) [ext](https://example.org) "
        "[page](other/page.md#p2) <iframe src='https://evil'></iframe>"
    )
    html = render("More cost-effective ways.\n{ #p1 }", dataclasses.replace(BASE, body=body))
    block = html[html.index("<details") :]
    for forbidden in ("<script", "alert", "onclick", "onerror", "<img", "javascript:", "data:", "<iframe"):
        assert forbidden not in block
    assert "<b>bold</b>" in block
    assert '<a href="https://example.org" rel="nofollow noopener">ext</a>' in block
    assert '<a href="../other/page.md#p2">page</a>' in block
    assert "<span>js</span>" in block and "<span>data</span>" in block


def test_a_body_shows_a_reference_it_writes_out_as_words_not_as_the_character() -> None:
    """`&amp;#x202e;` is the words `&#x202e;`: Python-Markdown's serializer would write them back as the control."""
    body = "RLO &amp;#x202e;reversed, AT&T and [a](https://a.example/?a=1&b=2) &lt;i&gt;"
    html = render("More cost-effective ways.\n{ #p1 }", dataclasses.replace(BASE, body=body))
    shown = BeautifulSoup(html, "lxml").select_one("div.annotation__body")
    assert "\u202e" not in shown.get_text() and "&#x202e;reversed" in shown.get_text()
    assert "AT&T" in shown.get_text() and "<i>" in shown.get_text()
    assert shown.select_one("a")["href"] == "https://a.example/?a=1&b=2"
    assert shown.get_text() == BeautifulSoup(render_body(body), "lxml").get_text()  # as in the export


def test_a_link_whose_address_was_removed_keeps_its_words_without_an_empty_link() -> None:
    body = render_body("[click](javascript:alert(1)) and [data](data:text/html,x) and [ok](https://example.org)")
    root = body_elements(body)
    assert [a.get("href") for a in root.iter("a")] == ["https://example.org"]
    assert [span.text for span in root.iter("span")] == ["click", "data"]


def test_author_link_tags_and_references() -> None:
    note = dataclasses.replace(
        BASE,
        author_url="https://orcid.org/0000-0002-1825-0097",
        tags=("remittances", "integration"),
        references=(("Levitt 1998", None), ("A site", "https://example.org/")),
        modified="2026-11-21",
    )
    html = render(
        "More cost-effective ways.\n{ #p1 }",
        note,
        tag_link=lambda area: "policy-areas/remittances.md" if area == "remittances" else None,
        area_titles={"remittances": "Remittances"},
    )
    assert (
        '<a class="annotation__author" href="https://orcid.org/0000-0002-1825-0097" rel="nofollow noopener">Edition editors</a>'
        in html
    )
    assert '<time datetime="2026-11-20">20\u00a0November\u00a02026</time> (revised 21\u00a0November\u00a02026)' in html
    assert '<a class="annotation__tag" href="../policy-areas/remittances.md">Remittances</a>' in html
    assert '<span class="annotation__tag">integration</span>' in html
    assert '<li>Levitt 1998</li><li><a href="https://example.org/" rel="nofollow noopener">A site</a></li>' in html
    assert 'data-areas="remittances integration"' in html


def test_a_body_in_another_language_says_so_and_only_the_body() -> None:
    """Screen readers read the body in its language; the quote above it stays in the text's."""
    soup = BeautifulSoup(
        render("More cost-effective ways.\n{ #p1 }", dataclasses.replace(BASE, language="fr")), "html.parser"
    )
    assert soup.select_one("details .annotation__body")["lang"] == "fr"
    assert [element.name for element in soup.select("[lang]")] == ["div"]
    english = BeautifulSoup(render("More cost-effective ways.\n{ #p1 }", BASE), "html.parser")
    assert english.select("[lang]") == []


def test_listed_by_dotted_path_with_a_root_holding_no_annotations_says_so(tmp_path, caplog) -> None:
    """Every annotation missing from the page is one line naming the option, not silence."""
    html = markdown.markdown(
        "A cost-effective way.\n{ #p1 }",
        extensions=["attr_list", "hooks.mdx.annotations"],
        extension_configs={"hooks.mdx.annotations": {"root": str(tmp_path), "page": PAGE}},
    )
    assert "<mark" not in html
    hint = "give the project's folder, which holds annotations/notes/"
    assert caplog.messages == [f"hooks.mdx.annotations: root: '{tmp_path}' holds no annotations/notes/ ({hint})"]


def test_listed_by_dotted_path_with_the_edition_root_places_real_annotations() -> None:
    from pathlib import Path

    import frontmatter

    root = Path(__file__).resolve().parent.parent
    page = "migration-and-transnationalism/opportunities.md"
    text = frontmatter.loads((root / "docs" / page).read_text(encoding="utf-8")).content
    html = markdown.markdown(
        text,
        extensions=["attr_list", "footnotes", "pymdownx.caret", "hooks.mdx.annotations"],
        extension_configs={"hooks.mdx.annotations": {"root": str(root), "page": page}},
    )
    assert 'id="restored-hyphen-cost-effective"' in html and 'data-annotation="transfer-of-ideas"' in html


BODIES = [
    "*[IOM]: International Organization for Migration\n\nThe IOM report.",
    "The IOM again, with no abbreviation defined here.",
    "Term\n:   Its definition.\n\n| a | b |\n| --- | --- |\n| 1 | 2 |",
    "^^inserted^^ ~~deleted~~ H~2~O \x02x\x03 <script>alert(1)</script> [link](page.md#p3)",
    "*[IOM]: International Organization for Migration\n\nThe IOM report.",
]


def test_reused_body_renderer_equals_a_fresh_markdown_instance_each_time() -> None:
    expected = [
        sanitise(markdown.markdown(body.translate(STASH_MARKERS), extensions=list(BODY_EXTENSIONS))) for body in BODIES
    ]
    assert [render_body(body) for body in BODIES] == expected
    assert "<abbr" not in expected[1] and "<abbr" in expected[0]


HOSTILE = [
    "<p>Hi <script>alert(1)</script><b onclick='x()'>bold</b> <img src=x onerror=alert(1)></p>",
    '<a href="javascript:alert(1)">js</a> <a href="data:text/html,hi" title="t">data</a> <a href="https://e.org" rel="x">e</a>',
    "<iframe src='https://evil'></iframe><style>p{}</style><!-- note --><td align=left>cell</td><abbr title=T>T</abbr>",
    "<table><tr><th align=right>h</th></tr></table><q>quoted</q> &amp; &nbsp; <unknown>words</unknown>",
]


def test_reused_sanitiser_equals_nh3_clean_with_the_same_allowlist() -> None:
    expected = [nh3.clean(html, **SANITISER_OPTIONS) for html in HOSTILE]
    assert [sanitise(html) for html in HOSTILE] == expected
    assert "alert" not in "".join(expected) and "<b>bold</b>" in expected[0]


def test_bodies_rendered_ahead_equal_bodies_rendered_one_by_one() -> None:
    """All converted first, then sanitised and parsed: no body's abbreviations or links leak into another's."""
    bodies = [f"{body}\n\nRendered ahead." for body in BODIES]
    expected = [
        sanitise(markdown.markdown(body.translate(STASH_MARKERS), extensions=list(BODY_EXTENSIONS))) for body in bodies
    ]
    render_bodies(reversed(bodies))
    assert [render_body(body) for body in bodies] == expected


def positions_char_by_char(raw: str) -> tuple[str, list[int]]:
    """The normalised text and each of its characters' position in the raw text, one character at a time: the reference."""
    chars: list[str] = []
    positions: list[int] = []
    for index, char in enumerate(raw):
        if re.match(r"\s", char):
            if chars and chars[-1] != " ":
                chars.append(" ")
                positions.append(index)
        else:
            chars.append(char)
            positions.append(index)
    if chars and chars[-1] == " ":
        chars.pop()
        positions.pop()
    return "".join(chars), positions


def test_raw_position_equals_the_character_by_character_way() -> None:
    rng = random.Random(8)
    alphabet = "ab \n\t\u00a0\u2009\u3000\x1c.¶"
    texts = [
        "",
        " ",
        "a",
        " a ",
        "a  b\n\tc ",
        *("".join(rng.choices(alphabet, k=rng.randint(0, 40))) for _ in range(500)),
    ]
    for text in texts:
        normalised, positions = positions_char_by_char(text)
        assert normalise_space(text) == normalised, repr(text)
        for index, char in enumerate(normalised):
            if char != " ":
                assert raw_position(text, normalised, index) == positions[index], (repr(text), index)


def test_a_duplicated_paragraph_id_gets_the_annotation_once_beside_its_first_paragraph() -> None:
    """The duplicate is reported on its own; a second block would repeat the annotation's id as well."""
    html = render("More cost-effective ways.\n{ #p1 }\n\nAlso cost-effective.\n{ #p1 }", BASE)
    assert html.count('id="a1"') == 1
    assert html.index('id="a1"') < html.index("Also")


def test_a_body_link_to_a_page_the_site_lacks_is_plain_words() -> None:
    """The build names it on the annotation's file; MkDocs would name the page that shows it."""
    body = "See [the annex](source/annex.md#p1) and [this page](source/page.md#p1).\n"
    annotation = dataclasses.replace(BASE, body=body)
    html = render("More cost-effective ways.\n{ #p1 }", annotation, page_exists=lambda path: path == "source/page.md")
    assert "<span>the annex</span>" in html
    assert '<a href="page.md#p1">this page</a>' in html


def test_a_body_link_to_a_view_of_a_page_keeps_its_query_beside_the_paragraph_and_in_the_export() -> None:
    """`annotations/index.md?motivation=questioning` passed the checks but led to the whole, unfiltered list."""
    body = "The [questions](annotations/index.md?motivation=questioning&area=remittances#list) on remittances.\n"
    html = render(
        "More cost-effective ways.\n{ #p1 }", dataclasses.replace(BASE, body=body), page_exists=lambda path: True
    )
    shown = BeautifulSoup(html, "lxml").select_one("div.annotation__body a")
    assert shown["href"] == "../annotations/index.md?motivation=questioning&area=remittances#list"  # MkDocs keeps it
    export_link = partial(absolute_link, page_url={"annotations/index.md": "https://example.org/annotations/"}.get)
    exported = rewrite_links(render_body(body), export_link)  # as the build writes annotations.jsonld
    assert 'href="https://example.org/annotations/?motivation=questioning&amp;area=remittances#list"' in exported


def test_a_body_link_written_as_a_site_address_is_plain_words_on_the_page() -> None:
    """Its annotation's check names it with the docs path to write; MkDocs would blame the page."""
    body = "See [the annex](../annex/#p1), [above](#p1) and [elsewhere](https://example.org/a/).\n"
    annotation = dataclasses.replace(BASE, body=body)
    html = render("More cost-effective ways.\n{ #p1 }", annotation, page_exists=lambda path: True)
    assert "<span>the annex</span>" in html
    assert '<a href="#p1">above</a>' in html and 'href="https://example.org/a/"' in html


def test_every_body_is_rendered_in_one_pass_when_the_first_page_shows_one(monkeypatch) -> None:
    """Not page by page: the same work spread between pages costs twice as much in a build."""
    passes: list[list[str]] = []
    monkeypatch.setattr("hooks.mdx.annotations.render_bodies", lambda texts: passes.append(list(texts)))
    other = dataclasses.replace(BASE, id="a2", page="source/other.md", body="Elsewhere.\n")
    extension = AnnotationsExtension(annotations=(BASE, other), page="source/nothing.md")
    markdown.markdown("A cost-effective way.\n{ #p1 }", extensions=["attr_list", extension])
    assert passes == []  # a page without annotations asks for no body
    for _ in range(2):
        extension.setConfig("page", PAGE)
        html = markdown.markdown("A cost-effective way.\n{ #p1 }", extensions=["attr_list", extension])
        assert "<p>Restored.</p>" in html
    assert passes == [["Restored.\n", "Elsewhere.\n"]]


def test_body_elements_are_a_new_copy_each_time() -> None:
    """The page's copy is changed further by MkDocs and the glossary; the export's must not see that."""
    html = render_body("See [the page](source/page.md#p2) and [the site](https://example.org).")
    first = body_elements(html, lambda href: "../" + href)
    first.find("p").text = "changed"
    second = body_elements(html)
    assert second.find("p").text == "See "
    assert [a.get("href") for a in second.iter("a")] == ["source/page.md#p2", "https://example.org"]
    assert [a.get("href") for a in first.iter("a")] == ["../source/page.md#p2", "https://example.org"]


def test_a_link_to_an_id_of_the_annotated_page_gets_the_pages_address_where_the_body_is_shown_elsewhere() -> None:
    """`[p1](#p1)` works beside its paragraph; in annotations.jsonld it would lead nowhere without the page."""
    html = render_body("See [the first paragraph](#p1) and [another](source/other.md#p2).")
    absolute = "https://example.org/{}".format
    assert [a.get("href") for a in body_elements(html, absolute).iter("a")] == ["#p1", absolute("source/other.md#p2")]
    exported = body_elements(html, absolute, here="source/page.md")
    assert [a.get("href") for a in exported.iter("a")] == [
        absolute("source/page.md#p1"),
        absolute("source/other.md#p2"),
    ]
    assert 'href="https://example.org/source/page.md#p1"' in rewrite_links(html, absolute, here="source/page.md")


def test_a_link_to_a_view_of_the_annotated_page_gets_the_pages_address_as_a_bare_id_does() -> None:
    """`?x=1#p5` passed the check but was exported as written, relative to whoever read annotations.jsonld."""
    html = render_body("See [the view](?x=1#p5).")
    urls = {"source/page.md": "https://example.org/source/page/"}
    exported = rewrite_links(html, partial(absolute_link, page_url=urls.get), here="source/page.md")
    assert 'href="https://example.org/source/page/?x=1#p5"' in exported
    assert [a.get("href") for a in body_elements(html, lambda href: "../" + href).iter("a")] == ["?x=1#p5"]  # beside it


def test_the_export_keeps_escaped_the_words_the_sanitiser_left_outside_any_element() -> None:
    """`<div>` is not allowed: its content stays as text, whose `&lt;script&gt;` must not become a tag."""
    html = render_body("<div>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</div>")
    assert html == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"
    assert rewrite_links(html, str) == html
    assert rewrite_links("<p>A &lt;b&gt;</p>\n", str) == "<p>A &lt;b&gt;</p>\n"
