"""The glossary extension, rendered with attr_list, toc, footnotes and admonition beside it."""

from __future__ import annotations

import html
from functools import partial
from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup
from conftest import ROOT
from glossary_helpers import guide_example_term, project
from markdown.test_tools import TestCase

from hooks.cli.site_files import published_pages
from hooks.core.annotations import Annotation
from hooks.core.glossary import GLOSSARY_FILE, Definition, Glossary, GlossaryTerm, load_glossary
from hooks.core.glossary_page import USED_IN_STAND_IN, render_glossary_page
from hooks.core.glossary_used_in import PageUse
from hooks.core.glossary_uses import PageTerms
from hooks.core.paragraph_words import words_of
from hooks.core.relative_tags import RelativeTag, placed
from hooks.mdx import passages
from hooks.mdx.annotations import AnnotationsExtension
from hooks.mdx.glossary import GlossaryExtension, read_glossary
from hooks.mdx.glossary_lists import GlossaryListsExtension
from hooks.mdx.passages import read_passages, resolve_glossary

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


def test_passages_outside_the_docs_folder_are_never_read(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "src").mkdir(parents=True)
    (tmp_path / "secret.md").write_text("Outside.\n{ #p1 }\n")
    (docs / "src/page.md").write_text("Inside.\n{ #p1 }\n")
    pages = {
        "../secret.md": {"p1"},
        str(tmp_path / "secret.md"): {"p1"},
        "src/../../secret.md": {"p1"},
        "src/page.md": {"p1"},
    }
    assert list(read_passages(docs, pages, ["attr_list"])) == ["src/page.md"]


def test_passages_are_read_without_footnote_numbers(tmp_path: Path) -> None:
    (tmp_path / "page.md").write_text("---\ntitle: T\n---\n\nSo-called “x.”[^4] Next.\n{ #p1 }\n\n[^4]: Note.\n")
    inventory = read_passages(tmp_path, {"page.md": {"p1"}, "missing.md": {"p1"}}, ["attr_list", "footnotes"])
    assert list(inventory) == ["page.md"]
    assert inventory["page.md"].paragraph("p1").text == "So-called “x.” Next."


def test_passages_read_only_the_words_asked_for_and_keep_every_id(tmp_path: Path) -> None:
    (tmp_path / "page.md").write_text(
        '# Title { #title }\n\nOne *a*.\n{ #p1 }\n\nTwo *b*.\n{: id="p2" .x }\n\n> Three.\n> { #p3 }\n\n'
        'Four.\n{ #p4 data-x="p1" }\n\nUnnumbered.\n\nFive.\n{ #p5 }\n'
    )
    inventory = read_passages(tmp_path, {"page.md": {"p2", "p3"}}, ["attr_list", "toc"])["page.md"]
    assert [(p.id, p.text) for p in inventory.paragraphs] == [
        ("p1", ""),
        ("p2", "Two b."),
        ("p3", "Three."),
        ("p4", ""),
        ("p5", ""),
    ]
    assert inventory.ids == ("title", "p1", "p2", "p3", "p4", "p5")
    assert inventory.paragraph("p2") is not None and inventory.id_range() == "p1–p5"


def test_passages_in_a_block_quote_are_read_as_quoted(tmp_path: Path) -> None:
    (tmp_path / "page.md").write_text(
        'One.\n{ #p1 }\n\n> Two.\n> { #p2 }\n\n<blockquote class="definition" markdown>\n\nThree.\n{ #p3 }\n\n'
        "</blockquote>\n\n> - Four.\n>\n> Five.\n> { #p5 }\n"
    )
    inventory = read_passages(tmp_path, {"page.md": {"p1", "p2", "p3", "p5"}}, ["attr_list", "md_in_html"])["page.md"]
    assert [(p.id, p.quoted) for p in inventory.paragraphs] == [("p1", False), ("p2", True), ("p3", True), ("p5", True)]


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


def test_passages_of_the_real_definitions_are_the_words_a_full_conversion_reads() -> None:
    from conftest import ROOT

    from hooks.cli.config_values import configured_extensions
    from hooks.core.glossary import load_glossary

    glossary, _ = load_glossary(ROOT)
    names, configs = configured_extensions(ROOT)
    extensions = [name for name in names if isinstance(name, str)]
    options = partial(placed, configs, str(ROOT), str(ROOT / "docs"))  # each page's, as MkDocs hands them
    wanted = read_passages(ROOT / "docs", glossary.pages(), extensions, options)
    every = {page: {f"p{n}" for n in range(1, 200)} for page in glossary.pages()}
    full = read_passages(ROOT / "docs", every, extensions, options)
    for page, paragraphs in glossary.pages().items():
        assert wanted[page].ids == full[page].ids
        for pid in paragraphs:
            assert wanted[page].paragraph(pid) is not None
            assert wanted[page].paragraph(pid) == full[page].paragraph(pid)


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


def test_the_guides_example_term_can_be_added_as_it_is(tmp_path: Path) -> None:
    """Copied verbatim beside the real terms, the example of Adding a glossary term loads and resolves (it was 'diaspora')."""
    example = guide_example_term()
    glossary, problems = load_glossary(project(tmp_path, (ROOT / GLOSSARY_FILE).read_text(encoding="utf-8") + example))
    assert problems == []
    assert glossary.terms[-1].id not in {term.id for term in load_glossary(ROOT)[0].terms}
    assert resolve_glossary(glossary, ROOT / "docs", published_pages(ROOT), ["attr_list", "md_in_html"])[1] == []


def test_a_page_whose_split_paragraph_two_definitions_quote_is_read_again_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each definition past the paragraph's end read the whole page again: once is enough, and only on that error."""
    text = "Diaspora is one. Two follows."
    (tmp_path / "s").mkdir()
    (tmp_path / "s/a.md").write_text(f"{text}\n{{ #p1 }}\n\nDiaspora is three. Four ends it.\n{{ #p2 }}\n")
    recorded = {"/s/a/": {"p1": words_of(f"{text} Diaspora is three. Four ends it.")}}
    definitions = (Definition("s/a.md", "p1", "A.", (1, 3)),)
    glossary = Glossary(
        (GlossaryTerm("d", "diaspora", (), definitions), GlossaryTerm("e", "diaspora", (), definitions))
    )
    reads = []

    def counted(docs_dir: Path, pages: object, *args: object) -> object:
        reads.append(pages)
        return read_passages(docs_dir, pages, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(passages, "read_passages", counted)
    _, problems = resolve_glossary(glossary, tmp_path, ["s/a.md"], ["attr_list"], recorded=lambda: recorded)
    assert [problem.hint.split(", numbering")[0] for problem in problems] == [
        "point the definition at the paragraph that holds sentence 3 now, likely s/a.md#p2"
    ] * 2
    assert reads == [{"s/a.md": {"p1"}}, {"s/a.md": ["p1", "p2"]}]  # the definitions' paragraph, then the page once


LEFT_OUT = (
    "annotations/glossary.yml: diaspora.definitions[0].anchor: no page 'drafts/notes.md' (the site leaves the page"
    " out, as mkdocs.yml's exclude_docs or draft_docs do: point at a page it publishes)"
)


def draft_definition(docs: Path) -> Glossary:
    """A definition of 'diaspora' on drafts/notes.md, beside a published s/a.md."""
    for page in ("drafts/notes.md", "s/a.md"):
        (docs / page).parent.mkdir(parents=True, exist_ok=True)
        (docs / page).write_text("Diaspora is a word.\n{ #p1 }\n", encoding="utf-8")
    return Glossary((GlossaryTerm("diaspora", "diaspora", (), (Definition("drafts/notes.md", "p1", "A."),)),))


def test_a_definition_on_a_page_the_site_leaves_out_is_not_read(tmp_path: Path) -> None:
    """Read all the same, it showed on /glossary/ with a link to no page, and counted among the term's definitions."""
    resolved, problems = resolve_glossary(draft_definition(tmp_path), tmp_path, ["s/a.md"], ["attr_list"])
    assert [str(problem) for problem in problems] == [LEFT_OUT]
    assert resolved.terms[0].definitions == ()


DRAFT = (
    "annotations/glossary.yml: diaspora.definitions[0].anchor: 'drafts/notes.md' is a draft, which 'mkdocs serve'"
    " shows and the built site leaves out (point at a page the site publishes, or publish the page: take it out of"
    " mkdocs.yml's draft_docs)"
)


def test_a_definition_on_a_draft_is_read_where_drafts_render_and_named_a_draft_where_they_do_not(
    tmp_path: Path,
) -> None:
    """Under `mkdocs serve` the draft is a page of the site; a build leaves it out and says it is a draft."""
    glossary = draft_definition(tmp_path)
    served, problems = resolve_glossary(glossary, tmp_path, ["s/a.md", "drafts/notes.md"], ["attr_list"])
    assert problems == [] and [d.text for d in served.terms[0].definitions] == ["Diaspora is a word."]
    built, problems = resolve_glossary(glossary, tmp_path, ["s/a.md"], ["attr_list"], drafts=["drafts/notes.md"])
    assert [str(problem) for problem in problems] == [DRAFT]
    assert built.terms[0].definitions == ()


def test_a_left_out_page_s_hint_offers_the_closest_page_the_site_keeps(tmp_path: Path) -> None:
    """A draft beside its published page: the published one is the fix, as for any page the site lacks."""
    glossary = draft_definition(tmp_path)
    _, problems = resolve_glossary(glossary, tmp_path, ["s/a.md", "drafts/note.md"], ["attr_list"])
    assert [problem.hint for problem in problems] == ["did you mean 'drafts/note.md'?"]


@pytest.mark.parametrize(("option", "line"), [("exclude_docs", LEFT_OUT), ("draft_docs", DRAFT)])
def test_the_extension_without_mkdocs_reads_no_definition_on_a_page_mkdocs_yml_leaves_out(
    tmp_path: Path, option: str, line: str
) -> None:
    """Under Zensical the glossary linked the draft's definition too: its line is make check's (a draft named one)."""
    text = "- id: diaspora\n  term: diaspora\n  definitions:\n    - anchor: drafts/notes.md#p1\n      attribution: A.\n"
    root = project(tmp_path, text)
    draft_definition(root / "docs")
    (root / "mkdocs.yml").write_text(f"site_name: Test\n{option}: |\n  drafts/\n", encoding="utf-8")
    resolved, problems = read_glossary(root, root / "docs")
    assert [str(problem) for problem in problems] == [line]
    assert resolved.terms[0].definitions == ()


def test_each_page_is_read_with_its_own_relative_options(tmp_path: Path) -> None:
    """`base_path: !relative` names each page's folder, as MkDocs renders it: one instance read both from docs/."""
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "part.txt").write_text(f"Words of {folder}.\n{{ #p1 }}\n", encoding="utf-8")
        (tmp_path / folder / "page.md").write_text('--8<-- "part.txt"\n', encoding="utf-8")
    configs = {"pymdownx.snippets": {"base_path": RelativeTag("")}}
    options = partial(placed, configs, str(tmp_path), str(tmp_path))
    pages = {"a/page.md": {"p1"}, "b/page.md": {"p1"}}
    found = read_passages(tmp_path, pages, ["attr_list", "pymdownx.snippets"], options)
    assert {page: found[page].texts() for page in pages} == {
        "a/page.md": {"p1": "Words of a."},
        "b/page.md": {"p1": "Words of b."},
    }
