"""The glossary extension's term links, rendered with attr_list, toc, footnotes and admonition beside it.

Its read-ahead of the definitions' pages: test_mdx_glossary_passages.py.
"""

from __future__ import annotations

import html

import markdown
import pytest
from bs4 import BeautifulSoup
from conftest import ROOT
from markdown.test_tools import TestCase

from hooks.core.annotations import Annotation
from hooks.core.glossary import Definition, Glossary, GlossaryTerm
from hooks.core.glossary_page import USED_IN_STAND_IN, render_glossary_page
from hooks.core.glossary_used_in import PageUse
from hooks.core.glossary_uses import PageTerms
from hooks.mdx.annotations import AnnotationsExtension
from hooks.mdx.glossary import GlossaryExtension
from hooks.mdx.glossary_lists import GlossaryListsExtension

GLOSSARY = Glossary(
    (
        GlossaryTerm(
            "transnationalism",
            "transnationalism",
            definitions=(Definition("src/annex.md", "p1", "IOM 2008.", text="The process whereby people connect."),),
        ),
        GlossaryTerm(
            "transnational-community",
            "transnational community",
            ("transnational communities",),
            (Definition("src/annex.md", "p2", "Vertovec 2005.", text="A diaspora with exchanges."),),
        ),
        GlossaryTerm(
            "diaspora",
            "diaspora",
            ("diasporas",),
            (Definition("src/annex.md", "p2", "Vertovec 2005.", text="Only identification."),),
        ),
    )
)


def render(text: str, page: str | None = "src/page.md", link: str = "first") -> tuple[BeautifulSoup, list[PageTerms]]:
    seen: list[PageTerms] = []
    extension = GlossaryExtension(glossary=GLOSSARY, current_page=lambda: page, sink=seen.append, link=link)
    extensions = ["attr_list", "toc", "footnotes", "admonition", "md_in_html", extension]
    return BeautifulSoup(markdown.markdown(text, extensions=extensions), "html.parser"), seen


def links(soup: BeautifulSoup) -> list[tuple[str, str]]:
    return [(a.get_text(), a["href"]) for a in soup.select("a.glossary-term")]


def test_first_occurrence_per_page_links_to_the_entry_with_a_tooltip() -> None:
    soup, _ = render("Transnationalism here, transnationalism again.\n{ #p1 }\n\nAnd transnationalism.\n{ #p2 }")
    assert links(soup) == [("Transnationalism", "../glossary.md#transnationalism")]
    assert soup.a["title"] == "The process whereby people connect. — IOM 2008."
    assert soup.p.get_text() == "Transnationalism here, transnationalism again."


def test_link_all_links_every_occurrence() -> None:
    soup, _ = render("Transnationalism, transnationalism.\n{ #p1 }\n\nA diaspora.\n{ #p2 }", link="all")
    assert [text for text, _ in links(soup)] == ["Transnationalism", "transnationalism", "diaspora"]


def test_longest_term_and_aliases_in_text_and_tails() -> None:
    soup, _ = render("*Not all* diasporas are **transnational communities**, nor transnationalism.\n{ #p1 }")
    assert links(soup) == [
        ("diasporas", "../glossary.md#diaspora"),
        ("transnational communities", "../glossary.md#transnational-community"),
        ("transnationalism", "../glossary.md#transnationalism"),
    ]
    assert soup.p.get_text() == "Not all diasporas are transnational communities, nor transnationalism."


def test_terms_written_with_an_entity_are_linked_as_readers_see_them() -> None:
    """`&nbsp;` is a stand-in in the tree until the end: the words around it were never found."""
    text = "Two transnational&nbsp;communities, \\*transnationalism\\*, not dia&shy;sporas.\n{ #p1 }"
    soup, seen = render(text, link="all")
    assert links(soup) == [
        ("transnational\u00a0communities", "../glossary.md#transnational-community"),
        ("transnationalism", "../glossary.md#transnationalism"),
    ]  # a soft hyphen inside a word is no form of it: the words readers see are matched, not guessed at
    assert soup.p.get_text() == "Two transnational\u00a0communities, *transnationalism*, not dia\u00adsporas."
    assert "transnational\u00a0communities" in seen[0].written


@pytest.mark.parametrize("text", ["<em>transnational</em> communities", "trans<b>nationalism</b>"])
def test_a_term_across_inline_html_is_not_linked(text: str) -> None:
    """The link would end inside the element (`<em><a>transnational</em> communities</a>`): broken HTML."""
    soup, _ = render(f"Two {text} here.\n{{ #p1 }}", link="all")
    assert links(soup) == []


@pytest.mark.parametrize(
    "text",
    [
        "# Transnationalism { #t }",
        "[transnationalism](https://example.org)",
        "The `transnationalism` code.",
        "    transnationalism in a code block",
        "Text.[^1]\n\n[^1]: A note on transnationalism.",
        '!!! note "Note"\n\n    About transnationalism.',
        "IOM 2008 “transnationalism”.\n{ #p9 .attribution }",
        "<div markdown>\nTransnationalism in a div.\n</div>",
    ],
    ids=["heading", "link", "code-span", "code-block", "footnote", "admonition", "attribution", "div"],
)
def test_never_linked_inside(text: str) -> None:
    soup, _ = render(text)
    assert links(soup) == []


def test_the_defining_passage_is_not_linked_and_says_what_it_defines() -> None:
    soup, seen = render(
        "Transnationalism: the process.\n{ #p1 }\n\nA diaspora and transnationalism.\n{ #p2 }", page="src/annex.md"
    )
    assert links(soup) == [("transnationalism", "../glossary.md#transnationalism")]
    defines = soup.select("div.glossary-defines")
    assert [d.get_text() for d in defines] == [
        "Defines: transnationalism",
        "Defines: transnational community\u00a0· diaspora",
    ]
    assert defines[0].find_previous_sibling("p")["id"] == "p1"
    assert [a["href"] for a in defines[1].select("a")] == [
        "../glossary.md#transnational-community",
        "../glossary.md#diaspora",
    ]
    assert seen == [
        PageTerms(
            "src/annex.md",
            {"transnationalism": ("p2",)},
            frozenset({"Transnationalism", "diaspora", "transnationalism"}),
        )
    ]


def test_every_term_met_is_recorded_with_its_paragraphs_and_forms() -> None:
    _, seen = render("Diaspora, diasporas.\n{ #p1 }\n\n> A transnational community.\n> { #p2 }\n\n- transnationalism")
    assert seen == [
        PageTerms(
            "src/page.md",
            {"diaspora": ("p1",), "transnational-community": ("p2",), "transnationalism": ()},
            frozenset({"Diaspora", "diasporas", "transnational community", "transnationalism"}),
        )
    ]


@pytest.mark.parametrize("quoted", [False, True], ids=["top-level", "in-a-block-quote"])
def test_annotations_are_never_linked_nor_counted_as_uses(quoted: bool) -> None:
    """In a block quote (the Annex), the annotation block sits inside the quote, where terms are searched."""
    note = Annotation(
        id="n1", path="annotations/notes/n1.md", page="src/page.md", paragraph="p1", quote="border-crossing",
        motivation="commenting", tags=(), author="Diaspora Research Group", author_url=None, created="2026-11-20",
        body="Compare diasporas; see also transnationalism.\n",
    )  # fmt: skip
    text = "Sustained, border-crossing connections.\n{ #p1 }"
    if quoted:
        text = "> " + text.replace("\n", "\n> ")
    seen: list[PageTerms] = []
    glossary = GlossaryExtension(glossary=GLOSSARY, current_page=lambda: "src/page.md", sink=seen.append)
    notes = AnnotationsExtension(annotations=(note,), page="src/page.md")
    html = markdown.markdown(text, extensions=["attr_list", "toc", "md_in_html", notes, glossary])
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one("details#n1 .annotation__author").get_text() == "Diaspora Research Group"
    assert links(soup) == []
    assert seen == [PageTerms("src/page.md", {}, frozenset())]


def test_a_page_that_is_not_a_source_page_is_left_alone() -> None:
    soup, seen = render("Transnationalism.", page=None)
    assert links(soup) == [] and seen == []


def test_links_are_relative_to_the_page_source() -> None:
    soup, _ = render("Transnationalism.", page="index.md")
    assert links(soup) == [("Transnationalism", "glossary.md#transnationalism")]


def test_standalone_extension_loads_the_glossary_itself() -> None:
    html = markdown.markdown(
        "Chain migration and diasporas.",
        extensions=["attr_list", GlossaryExtension(root=str(ROOT), docs_dir="docs", glossary_page="/glossary/")],
    )
    soup = BeautifulSoup(html, "html.parser")
    assert links(soup) == [("Chain migration", "/glossary/#chain-migration"), ("diasporas", "/glossary/#diaspora")]
    assert "there is only a diaspora" in soup.select("a")[1]["title"]


def test_unknown_link_mode_is_one_line_and_links_the_first_occurrence(caplog: pytest.LogCaptureFixture) -> None:
    """Not a traceback: the line names the option, and the terms are linked as by default."""
    extension = GlossaryExtension(glossary=GLOSSARY, current_page=lambda: "src/page.md", link="some")
    html = markdown.markdown("Transnationalism, transnationalism.", extensions=[extension])
    hint = "write 'first' (the first occurrence per page) or 'all'"
    assert caplog.messages == [f"hooks.mdx.glossary: link: unknown link mode 'some' ({hint})"]
    assert len(BeautifulSoup(html, "html.parser").select("a.glossary-term")) == 1


def test_a_term_link_shows_the_definition_its_pages_source_gives() -> None:
    """The annex quotes other works' definitions; the text's own, in another of its pages, is the one it means."""
    term = GlossaryTerm(
        "transnationalism",
        "transnationalism",
        definitions=(
            Definition(
                "src/annex.md", "p1", "IOM 2008.", text="Transnational identity / transnationalism.", quoted=True
            ),
            Definition("src/introduction.md", "p1", "IOM 2010.", text="What is transnationalism?"),
        ),
    )
    glossary = Glossary((term,))
    titles = {}
    for page in ("src/introduction.md", "src/page.md", "other/page.md", None):
        extension = GlossaryExtension(glossary=glossary, current_page=lambda page=page: page)
        html = markdown.markdown("Transnationalism.\n{ #p2 }", extensions=["attr_list", extension])
        link = BeautifulSoup(html, "html.parser").a
        titles[page] = link["title"] if link else None
    own = "What is transnationalism? — IOM 2010. (one of 2 definitions: see the glossary)"
    first = "Transnational identity / transnationalism. — IOM 2008. (one of 2 definitions: see the glossary)"
    assert titles == {"src/introduction.md": own, "src/page.md": own, "other/page.md": first, None: None}


class TestGlossaryRenders(TestCase):
    """Exact output beside attr_list and toc: existing ids kept, code spans untouched, nested blocks walked."""

    def setUp(self) -> None:
        extension = GlossaryExtension(glossary=GLOSSARY, current_page=lambda: "src/page.md", link="all")
        self.default_kwargs = {"extensions": ["attr_list", "toc", extension]}

    def test_paragraph_with_id_code_and_emphasis(self) -> None:
        self.assertMarkdownRenders(
            "A *diaspora* `diaspora`\n{ #p4 }",
            '<p id="p4">A <em><a class="glossary-term" href="../glossary.md#diaspora" '
            'title="Only identification. — Vertovec 2005.">diaspora</a></em> <code>diaspora</code></p>',
        )

    def test_nested_quote_and_list(self) -> None:
        self.assertMarkdownRenders(
            "> - one diaspora",
            '<blockquote>\n<ul>\n<li>one <a class="glossary-term" href="../glossary.md#diaspora" '
            'title="Only identification. — Vertovec 2005.">diaspora</a></li>\n</ul>\n</blockquote>',
        )


def glossary_page_html(lists: dict | None, titles: dict[str, str]) -> str:
    """The glossary page converted with the site's extensions, Used in lists as Markdown or as elements."""
    glossary = Glossary(
        (GlossaryTerm("diaspora", "diaspora"), GlossaryTerm("nation", "nation"), GlossaryTerm("x", "x"))
    )
    uses = {
        "diaspora": (PageUse("a.md", ("p1", "p2", "p3")), PageUse("b.md", ()), PageUse("c.md", ("p4", "p9"))),
        "nation": (PageUse("b.md", ()),),
    }
    text = render_glossary_page(glossary, uses, titles, used_in=4, lists=lists)
    extensions = [
        "attr_list",
        "md_in_html",
        "toc",
        "pymdownx.caret",
        "hooks.mdx.spoken_symbols",  # a page named `Source › Section` is marked for it in the Markdown
        GlossaryListsExtension(provider=lambda: lists or {}),
    ]
    return markdown.markdown(text, extensions=extensions)


@pytest.mark.parametrize(
    "titles",
    [
        {"a.md": "Annex › Terms", "b.md": "B", "c.md": "C"},
        {"a.md": "A *star* & [b] <i> `c` _d_ \\e", "b.md": "x &amp; y > z"},  # quoted literally either way
        {"a.md": 'Say "so" { #x }', "b.md": "it's"},  # in the ¶ links' names too (an attribute list's quotes)
    ],
)
def test_used_in_lists_built_as_elements_are_the_markdown_lists(titles: dict[str, str]) -> None:
    lists: dict = {}
    as_elements = glossary_page_html(lists, titles)
    assert sorted(lists) == [f"{USED_IN_STAND_IN}diaspora", f"{USED_IN_STAND_IN}nation"]
    assert USED_IN_STAND_IN not in as_elements
    assert as_elements == glossary_page_html(None, titles)
    assert [ul.attrs for ul in BeautifulSoup(as_elements, "html.parser").select("ul")] == [
        {"data-search-exclude": "data-search-exclude"}
    ] * 2
    items = BeautifulSoup(as_elements, "html.parser").select("ul > li")
    a, b = html.unescape(titles["a.md"]), html.unescape(titles["b.md"])  # an entity in a title stays one
    for hidden in BeautifulSoup(as_elements, "html.parser").select(".visually-hidden"):
        assert hidden.get_text() == ",", "only the pause a `›` is read as"
    shown = [item.get_text() for item in items]
    assert [text.replace(", ›", " ›") for text in shown] == [f"{a}: ¶\u00a01, ¶\u00a02, ¶\u00a03", b, b]
    names = [link["aria-label"] for link in items[0].select("a[aria-label]")]
    spoken = a.replace(" › ", ", ")  # the `›` read as a pause, not "single right-pointing angle quotation mark"
    assert names == [f"Paragraph {n} of {spoken}" for n in (1, 2, 3)]  # "pilcrow 1" named in words, with its page
    assert [mark.get_text() for mark in items[0].select("[aria-hidden=true]")] == ["›"] * a.count(" › ")
