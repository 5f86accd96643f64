"""The generated glossary page: its entries, its introduction and its *Used in* lists, in reading order."""

from __future__ import annotations

import html

import markdown
import pytest
from bs4 import BeautifulSoup

from hooks.core.glossary import Definition, Glossary, GlossaryTerm
from hooks.core.glossary_page import (
    introduction,
    render_glossary_page,
    rendered_too_early,
    rendered_yet,
    used_in_markdown,
)
from hooks.core.glossary_used_in import PageUse, UsedIn, collect_uses, first_uses, reading_order, titles_by_page
from hooks.core.glossary_uses import PageTerms
from hooks.core.text import escape_markdown, paragraph_name, spoken_place


def test_uses_are_grouped_by_page_in_site_order() -> None:
    pages = [
        PageTerms("b.md", {"t": ("p2", "p10")}),
        PageTerms("z.md", {"t": ()}),
        PageTerms("a.md", {"t": ("p4",), "u": ()}),
    ]
    uses = collect_uses(pages, ["a.md", "b.md"])
    assert [(use.page, use.paragraphs) for use in uses["t"]] == [
        ("a.md", ("p4",)),
        ("b.md", ("p2", "p10")),
        ("z.md", ()),
    ]
    assert uses["u"] == (PageUse("a.md", ()),)
    assert sorted(uses) == ["t", "u"] and uses.get("v", ()) == ()


def test_glossary_page_lists_terms_alphabetically_with_anchors_quotes_and_links() -> None:
    definition = Definition("src/annex.md", "p5", "Vertovec 2005.", text="Only a *diaspora*.")
    glossary = Glossary(
        (
            GlossaryTerm("transnationalism", "transnationalism", see_also=("diaspora",)),
            GlossaryTerm("diaspora", "diaspora", ("diasporas",), (definition,)),
        )
    )
    uses = collect_uses([PageTerms("src/intro.md", {"diaspora": ("p2",)})], ["src/intro.md"])
    page = render_glossary_page(glossary, uses, {"src/annex.md": "Annex", "src/intro.md": "Introduction"})
    assert page.index('## diaspora (also *diasporas*) { #diaspora data-toc-label="diaspora" }') < page.index(
        "## transnationalism { #transnationalism }"
    )
    assert (
        '<blockquote class="glossary-definition" markdown>\n\nOnly a \\*diaspora\\*.\n\n'
        # The dot between, hidden from screen readers (which say "middle dot"), shown and copied.
        'Vertovec 2005.<span aria-hidden="true">\u00a0·</span> [Annex, ¶\u00a05](src/annex.md#p5)'
        "{ .edition-spoken-symbols data-search-exclude }\n"
        "{ .attribution }\n\n</blockquote>"
    ) in page
    assert "**See also:** [diaspora](#diaspora)" in page
    assert (
        '<li markdown>[Introduction](src/intro.md): [¶\u00a02](src/intro.md#p2){ aria-label="Paragraph 2 of Introduction" }'
        "</li>" in page
    )  # never wrapped after ¶; named in words, not "pilcrow 2", with its page for a links list


@pytest.mark.parametrize(
    "term",
    ["diaspora", 'a "quoted" term & co', "it's {braced} *starred* [x](y)", "back\\slash | pipe ^caret^ `code`"],
)
def test_an_entry_s_table_of_contents_line_is_its_term_alone_and_its_heading_names_the_aliases(term: str) -> None:
    """`data-toc-label` (attr_list, read by the toc extension): each character shown as written in both places."""
    glossary = Glossary((GlossaryTerm("t", term, ("variant",)), GlossaryTerm("u", term + " 2")))
    md = markdown.Markdown(extensions=["attr_list", "toc", "md_in_html", "tables", "pymdownx.caret"])
    page = md.convert(render_glossary_page(glossary, {}, {}))
    headings = {h2["id"]: h2.get_text() for h2 in BeautifulSoup(page, "html.parser").find_all("h2")}
    assert headings == {"t": f"{term} (also variant)", "u": f"{term} 2"}
    names = {token["id"]: html.unescape(token["name"]) for token in md.toc_tokens[0]["children"]}  # HTML, as shown
    assert names == {"t": term, "u": f"{term} 2"}


@pytest.mark.parametrize(
    ("cut", "expected"),
    [
        (
            False,
            [
                "The concepts the texts define, each quoted from the passages that define it, in the sources' own words."
                " Under *Used in*, the paragraphs where a term occurs, in reading order.",
                "",
                "Terms in the text link here: point at one (or tap it) to read its definition.",
                "{ .on-screen }",
                "",
            ],
        ),
        (
            True,
            [
                "The concepts the texts define, each quoted from the passages that define it, in the sources' own words."
                " Under *Used in*, the first 4 paragraphs where a term occurs, in reading order.",
                "",
                "Terms in the text link here: point at one (or tap it) to read its definition."
                " Under a list cut short, *Show all* shows every use.",
                "{ .on-screen }",
                "",
            ],
        ),
    ],
)
def test_the_introduction_says_only_what_applies_and_what_a_screen_does_apart(cut: bool, expected: list[str]) -> None:
    """It explained a *Show all* button no list had, pointed machines to glossary.json and print readers at terms."""
    assert introduction(cut, 4) == expected


@pytest.mark.parametrize(("paragraphs", "show_all"), [(4, False), (5, True)])
def test_the_page_mentions_show_all_only_when_a_list_is_cut(paragraphs: int, show_all: bool) -> None:
    term = GlossaryTerm("t", "t")
    uses = {"t": (PageUse("a.md", tuple(f"p{n}" for n in range(1, paragraphs + 1))),)}
    page = render_glossary_page(Glossary((term,)), uses, {"a.md": "A"}, used_in=4)
    intro = page.split("## t", 1)[0]
    assert ("*Show all*" in intro) is show_all
    assert ("the first 4 paragraphs" in intro) is show_all
    assert "glossary.json" not in intro


A = PageUse("a.md", ("p1", "p2", "p3"))
B = PageUse("b.md", ())
C = PageUse("c.md", ("p4", "p9"))


@pytest.mark.parametrize(
    ("limit", "expected"),
    [
        (1, UsedIn((PageUse("a.md", ("p1",)),), 5, 3)),
        (3, UsedIn((A,), 3, 2)),
        (4, UsedIn((A, B), 2, 1)),
        (5, UsedIn((A, B, PageUse("c.md", ("p4",))), 1, 1)),
        (6, UsedIn((A, B, C))),
        (12, UsedIn((A, B, C))),
    ],
)
def test_the_glossary_page_shows_the_first_uses_and_counts_the_rest(limit: int, expected: UsedIn) -> None:
    assert first_uses((A, B, C), limit) == expected


def test_no_uses_shows_none() -> None:
    assert first_uses((), 12) == UsedIn(())


def test_a_long_used_in_list_ends_with_the_count_of_the_rest_and_a_link_to_glossary_json() -> None:
    glossary = Glossary((GlossaryTerm("diaspora", "diaspora"), GlossaryTerm("nation", "nation")))
    uses = {"diaspora": (A, B, C), "nation": (B,)}
    page = render_glossary_page(glossary, uses, {"a.md": "A", "b.md": "B", "c.md": "C"}, used_in=2)
    assert "the first 2 paragraphs where a term occurs" in page
    assert (
        "**Used in:**\n\n<ul data-search-exclude markdown>\n<li markdown>[A](a.md): "
        '[¶\u00a01](a.md#p1){ aria-label="Paragraph 1 of A" }, [¶\u00a02](a.md#p2){ aria-label="Paragraph 2 of A" }</li>\n'
        "</ul>\n\n"
        "…and 4 more uses on 3 pages, listed in [glossary.json](glossary.json).\n"
        '{ .glossary-more data-term="diaspora" }\n'
    ) in page
    assert page.endswith(
        "**Used in:**\n\n<ul data-search-exclude markdown>\n<li markdown>[B](b.md)</li>\n</ul>\n"
    )  # no "more"
    one_more = render_glossary_page(Glossary((GlossaryTerm("d", "d"),)), {"d": (C,)}, {}, used_in=1)
    assert "…and 1 more use on 1 page, listed in" in one_more


def test_escape_keeps_quoted_text_literal() -> None:
    assert escape_markdown("a *b* [c] <d> `e` & f") == "a \\*b\\* \\[c\\] &lt;d\\> \\`e\\` & f"


def test_pages_outside_the_navigation_follow_it_in_the_order_given() -> None:
    assert reading_order(["b.md", "a.md"], ["a.md", "c.md", "b.md", "d.md"]) == ["b.md", "a.md", "c.md", "d.md"]


def test_the_glossary_names_a_section_page_by_its_source_and_itself() -> None:
    pages = [
        ("s/index.md", "The report", "s"),
        ("s/one.md", "One", "s"),
        ("s/two.md", None, "s"),
        ("t/one.md", "Lone", "t"),  # its source has no landing page
        ("about.md", "About", None),
    ]
    assert titles_by_page(pages) == {
        "s/index.md": "The report", "s/one.md": "The report › One", "t/one.md": "Lone", "about.md": "About"
    }  # fmt: skip


@pytest.mark.parametrize(
    ("title", "spoken"),
    [("The report › One", "The report, One"), ("Lone", "Lone"), ("A›B › C", "A›B, C")],
)
def test_a_page_named_with_its_source_is_said_with_a_pause(title: str, spoken: str) -> None:
    """Its `›` is shown; screen readers read it each their own way ("single right-pointing angle quotation mark")."""
    assert spoken_place(title) == spoken
    assert paragraph_name("p3", title) == f"Paragraph 3 of {spoken}"
    marked = "{ .edition-spoken-symbols }" if " › " in title else ""  # hooks/mdx/spoken_symbols.py reads it a pause
    assert used_in_markdown(PageUse("s/one.md", ("p3",)), title) == (
        f'[{title}](s/one.md){marked}: [¶\u00a03](s/one.md#p3){{ aria-label="Paragraph 3 of {spoken}" }}'
    )


def test_a_glossary_page_rendered_before_a_source_page_is_one_line() -> None:
    assert rendered_too_early([], "hint") == []
    [problem] = rendered_too_early(["a.md", "b.md"], "add it later")
    assert (
        str(problem)
        == "glossary.md: used in: rendered before a.md, b.md, so its used-in lists miss them (add it later)"
    )


@pytest.mark.parametrize(("markdown", "generated", "rendering", "rendered"), [
    ("text", False, False, True),  # read, so rendered: its uses are in
    ("", False, False, True),  # a blank page rendered too
    (None, False, False, False),  # not read yet: its uses would be missed
    (None, True, False, True),  # a generated page has no docs/ text to wait for
    (None, False, True, True),  # the glossary page itself, the one asking
])  # fmt: skip
def test_a_page_has_rendered_before_the_glossary_once_its_markdown_is_read(
    markdown: str | None, generated: bool, rendering: bool, rendered: bool
) -> None:
    assert rendered_yet(markdown, generated=generated, rendering=rendering) is rendered
