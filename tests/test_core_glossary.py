"""The glossary core: the term matcher, loading and checking the file, resolving definitions."""

from __future__ import annotations

import functools
import html
import json
import re
import shutil
import textwrap
import unicodedata
from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup
from conftest import ROOT

from hooks.core.glossary import (
    GLOSSARY_FILE,
    GLOSSARY_SCHEMA,
    Definition,
    Glossary,
    GlossaryTerm,
    load_glossary,
)
from hooks.core.glossary_definitions import resolve_definitions, select_sentences, split_sentences
from hooks.core.glossary_export import export_address, glossary_json
from hooks.core.glossary_page import (
    USED_IN,
    introduction,
    render_glossary_page,
    rendered_too_early,
    rendered_yet,
)
from hooks.core.glossary_settings import link_mode, settings_problems, used_in_setting
from hooks.core.glossary_used_in import PageUse, UsedIn, collect_uses, first_uses, reading_order, titles_by_page
from hooks.core.glossary_uses import (
    PageTerms,
    build_tooltips,
    check_aliases_used,
    forms_met,
    page_terms,
    shown_definition,
    tooltip,
)
from hooks.core.links import source_folder
from hooks.core.page_files import site_files
from hooks.core.paragraphs import PageInventory, Paragraph
from hooks.core.term_matcher import TermMatcher, combining_sequences, fold, form_key, form_pattern, names_one_of
from hooks.core.text import escape_markdown

MATCHER = TermMatcher(
    {
        "transnationalism": "transnationalism",
        "transnational community": "transnational-community",
        "transnational communities": "transnational-community",
        "diaspora": "diaspora",
        "diasporas": "diaspora",
        "chain migration": "chain-migration",
    }
)


def found(text: str) -> list[tuple[str, str]]:
    return [(match.text, match.term_id) for match in MATCHER.finditer(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Transnationalism creates", [("Transnationalism", "transnationalism")]),
        ("TRANSNATIONALISM", [("TRANSNATIONALISM", "transnationalism")]),
        ("a transnational community.", [("transnational community", "transnational-community")]),
        ("the transnational communities arise", [("transnational communities", "transnational-community")]),
        ("not all diasporas are", [("diasporas", "diaspora")]),
        ("a diaspora's members", [("diaspora", "diaspora")]),
        ("“chain migration,”", [("chain migration", "chain-migration")]),
        ("chain\n  migration", [("chain\n  migration", "chain-migration")]),
        ("transnational communitys", []),
        ("diasporic ties", []),
        ("subtransnationalism", []),
        ("transnational ties", []),
        ("the chain of migration", []),
        (
            "diaspora and transnationalism in a transnational community",
            [
                ("diaspora", "diaspora"),
                ("transnationalism", "transnationalism"),
                ("transnational community", "transnational-community"),
            ],
        ),
    ],
    ids=[
        "case",
        "upper-case",
        "longest-wins",
        "plural-alias",
        "plural-alias-single-word",
        "possessive",
        "punctuation",
        "line-break",
        "no-partial-word",
        "no-prefix",
        "no-suffix",
        "no-first-word-only",
        "words-in-order",
        "several",
    ],
)
def test_matcher(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_longest_form_wins_over_a_shorter_term_at_the_same_place() -> None:
    matcher = TermMatcher({"migration": "migration", "chain migration": "chain-migration", "chain": "chain"})
    assert [m.term_id for m in matcher.finditer("chain migration, chain, migration")] == [
        "chain-migration",
        "chain",
        "migration",
    ]


def test_matcher_is_one_compiled_pattern_and_escapes_forms() -> None:
    matcher = TermMatcher({"a.b (c)": "x", "diaspora": "diaspora"})
    assert isinstance(matcher.pattern, re.Pattern)
    assert [m.term_id for m in matcher.finditer("see a.b (c) and aXb (c)")] == ["x"]
    assert not TermMatcher({})
    assert list(TermMatcher({}).finditer("anything")) == []


GOOD = """\
- id: transnationalism
  term: transnationalism
  definitions:
    - anchor: source/annex.md#p1
      attribution: IOM 2008, page 500.
  see_also: [diaspora]
- id: diaspora
  term: diaspora
  aliases: [diasporas]
  definitions:
    - anchor: source/annex.md#p3
      sentences: [2]
      attribution: Vertovec 2005.
"""

PAGES = {
    "source/annex.md": PageInventory(
        paragraphs=(
            Paragraph("p1", "Transnationalism: the process."),
            Paragraph("p2", "IOM 2008."),
            Paragraph(
                "p3", "When exchanges take place, a community. Else there is only a diaspora. Hence diasporic ties."
            ),
        ),
        headings=("annex",),
        ids=("annex", "p1", "p2", "p3"),
    ),
    "source/index.md": PageInventory(headings=("anchors",), ids=("anchors",)),  # a page of no numbered paragraphs
}


def project(tmp_path: Path, text: str) -> Path:
    (tmp_path / "annotations" / "schema").mkdir(parents=True)
    shutil.copy(ROOT / GLOSSARY_SCHEMA, tmp_path / GLOSSARY_SCHEMA)
    (tmp_path / GLOSSARY_FILE).write_text(textwrap.dedent(text), encoding="utf-8")
    return tmp_path


def problems_of(tmp_path: Path, text: str) -> list[str]:
    """The lines for `text`, a refused anchor's hint naming the pages of tmp_path's docs/ as MkDocs picks them."""
    glossary, problems = load_glossary(project(tmp_path, text), lambda: site_files(tmp_path / "docs", {})[1])
    _, more = resolve_definitions(glossary, PAGES, [*PAGES, "source/index.md"])
    return [str(problem) for problem in problems + more]


def test_the_real_glossary_is_valid() -> None:
    glossary, problems = load_glossary(ROOT)
    assert problems == []
    assert {
        "transnationalism",
        "transnational-identity",
        "transnational-activities",
        "transnational-community",
        "diaspora",
        "chain-migration",
        "social-remittances",
    } <= {term.id for term in glossary.terms}


def test_text_written_over_several_lines_or_paragraphs_is_one_line(tmp_path: Path) -> None:
    """A `|` block with a blank line split the glossary page's quote and showed a literal `{ .attribution }`."""
    text = GOOD.replace(
        "      attribution: IOM 2008, page 500.\n", "      attribution: |\n        IOM 2008,\n\n        page 500.\n"
    )
    text = text.replace("  term: diaspora\n", "  term: >\n    dia\n\n    spora\n")
    glossary, problems = load_glossary(project(tmp_path, text))
    assert problems == []
    assert glossary.get("transnationalism").definitions[0].attribution == "IOM 2008, page 500."
    assert glossary.get("diaspora").term == "dia spora"
    resolved, _ = resolve_definitions(glossary, PAGES)
    page = render_glossary_page(resolved, {}, {"source/annex.md": "Annex"})
    assert (
        '\n\nTransnationalism: the process.\n\nIOM 2008, page 500.<span aria-hidden="true">\u00a0·</span> [Annex,'
        in page
    )


def test_a_passage_listed_twice_under_a_term_is_reported_and_shown_once(tmp_path: Path) -> None:
    """It was shown twice on /glossary/, without a word."""
    twice = "    - anchor: source/annex.md#p1\n      attribution: IOM 2008, page 500.\n"
    text = GOOD.replace(twice, twice * 2)
    assert text.count(twice) == 2
    assert problems_of(tmp_path, text) == [
        "annotations/glossary.yml: transnationalism.definitions[1].anchor: 'source/annex.md#p1' is already"
        " definition [0] of this term (list each passage once; one 'sentences:' can name all its sentences)"
    ]
    glossary, _ = load_glossary(tmp_path)
    assert [d.anchor for d in glossary.get("transnationalism").definitions] == ["source/annex.md#p1"]


def test_a_term_whose_id_is_taken_is_reported_and_left_out(tmp_path: Path) -> None:
    """Shown twice, its stand-in for the used-in list was filled twice, and MkDocs blamed the glossary page's links."""
    glossary, problems = load_glossary(project(tmp_path, GOOD.replace("- id: diaspora", "- id: transnationalism")))
    assert "'transnationalism' is already the id of term [0]" in [problem.message for problem in problems]
    assert [term.term for term in glossary.terms] == ["transnationalism"]


def test_a_good_file_resolves_its_definitions_from_the_pages(tmp_path: Path) -> None:
    glossary, problems = load_glossary(project(tmp_path, GOOD))
    resolved, more = resolve_definitions(glossary, PAGES)
    assert problems == more == []
    assert resolved.get("transnationalism").definitions[0].text == "Transnationalism: the process."
    assert resolved.get("diaspora").definitions[0].text == "… Else there is only a diaspora. …"
    assert resolved.defined_in() == {
        ("source/annex.md", "p1"): ("transnationalism",),
        ("source/annex.md", "p3"): ("diaspora",),
    }


NUMBERED_WRONG = (
    "annotations/glossary.yml: diaspora.definitions[0].sentences: sentence 2 is beyond the 1 sentence of"
    " source/annex.md#p3 (number its sentences from 1)"
)
SPLIT_HINT = (
    "annotations/glossary.yml: diaspora.definitions[0].sentences: sentence {n} is beyond the 1 sentence of"
    " source/annex.md#p3: the paragraph changed since anchors.words.json recorded its words (split or shortened)"
    " (point the definition at the paragraph that holds {which} now, numbering its sentences from 1 there{drop})"
)


@pytest.mark.parametrize(
    ("sentences", "recorded", "expected"),
    [
        # A paragraph split in two keeps its id on the first part: "number its sentences from 1" sent the editor
        # counting sentences again in a paragraph that has lost them.
        (
            [1, 2],
            "when exchanges take place … else there is only a diaspora",
            SPLIT_HINT.format(n=2, which="sentence 2", drop=", or drop it: `sentences: [1]`"),
        ),
        (
            [2, 3],
            "when exchanges take place … else there is only a diaspora",
            SPLIT_HINT.format(n=3, which="sentences 2, 3", drop=""),
        ),
        # Its recorded words its own, or none recorded: a number written wrong.
        ([1, 2], "when exchanges take place a community", NUMBERED_WRONG),
        ([1, 2], None, NUMBERED_WRONG),
    ],
    ids=["split-off", "all-split-off", "unchanged", "not-recorded"],
)
def test_a_sentence_past_a_paragraph_that_changed_says_so(
    sentences: list[int], recorded: str | None, expected: str
) -> None:
    pages = {"source/annex.md": PageInventory(paragraphs=(Paragraph("p3", "When exchanges take place, a community."),))}
    term = GlossaryTerm("diaspora", "community", (), (Definition("source/annex.md", "p3", "V.", tuple(sentences)),))
    words = {"/source/annex/": {"p3": recorded}} if recorded else {}
    _, problems = resolve_definitions(Glossary((term,)), pages, recorded=lambda: words)
    assert [str(problem) for problem in problems] == [expected]


def test_a_sentence_split_off_names_the_paragraph_that_ends_with_the_recorded_closing_words() -> None:
    """The line said "the paragraph that holds sentence 2 now" and left the editor to find it: p6 ends as p3 did."""
    paragraphs = (
        Paragraph("p3", "When exchanges take place, a community."),
        Paragraph("p4", "A paragraph of its own, which ends elsewhere."),
        Paragraph("p6", "Else there is only a diaspora."),
    )
    term = GlossaryTerm("diaspora", "community", (), (Definition("source/annex.md", "p3", "V.", (1, 2)),))
    words = {"/source/annex/": {"p3": "when exchanges take place … else there is only a diaspora"}}
    pages = {"source/annex.md": PageInventory(paragraphs=paragraphs)}
    _, problems = resolve_definitions(Glossary((term,)), pages, recorded=lambda: words)
    assert [str(problem) for problem in problems] == [
        "annotations/glossary.yml: diaspora.definitions[0].sentences: sentence 2 is beyond the 1 sentence of"
        " source/annex.md#p3: the paragraph changed since anchors.words.json recorded its words (split: its closing"
        " words end p6 now) (point the definition at the paragraph that holds sentence 2 now, likely"
        " source/annex.md#p6, numbering its sentences from 1 there, or drop it: `sentences: [1]`)"
    ]


BAD_INPUTS = {
    "unknown-page": (
        GOOD.replace("source/annex.md#p1", "source/anex.md#p1"),
        "annotations/glossary.yml: transnationalism.definitions[0].anchor: no page 'source/anex.md'"
        " (did you mean 'source/annex.md'?)",
    ),
    "unknown-page-like-none": (
        GOOD.replace("source/annex.md#p1", "elsewhere/chapter-two.md#p1"),
        "annotations/glossary.yml: transnationalism.definitions[0].anchor: no page 'elsewhere/chapter-two.md'"
        " (write the path below docs/, e.g. migration-and-transnationalism/annex.md#p1)",
    ),
    # the ¶ number in the margin written as the id: the id it stands for
    "number-for-id": (
        GOOD.replace("source/annex.md#p1", "source/annex.md#1"),
        "annotations/glossary.yml: transnationalism.definitions[0].anchor: 'source/annex.md#1' is not a page path"
        " with an id (write the paragraph's id as its ¶ link ends: source/annex.md#p1)",
    ),
    "unknown-paragraph": (
        GOOD.replace("annex.md#p1", "annex.md#p99"),
        "annotations/glossary.yml: transnationalism.definitions[0].anchor: no paragraph 'p99' on source/annex.md"
        " (it has p1–p3) (fix the paragraph id)",
    ),
    "anchor-not-a-paragraph": (
        GOOD.replace("annex.md#p1", "annex.md#annex"),
        "annotations/glossary.yml: transnationalism.definitions[0].anchor: 'annex' on source/annex.md is not a"
        " paragraph (point at the paragraph that holds the definition: p1–p3)",
    ),
    "anchor-to-a-page-without-paragraphs": (
        GOOD.replace("source/annex.md#p1", "source/index.md#anchors"),
        "annotations/glossary.yml: transnationalism.definitions[0].anchor: 'anchors' on source/index.md is not a"
        " paragraph (source/index.md has no numbered paragraphs: point at the paragraph of the texts that holds the"
        " definition)",
    ),
    "paragraph-on-a-page-without-paragraphs": (
        GOOD.replace("source/annex.md#p1", "source/index.md#p1"),
        "annotations/glossary.yml: transnationalism.definitions[0].anchor: no paragraph 'p1' on source/index.md"
        " (source/index.md has no numbered paragraphs: point at the paragraph of the texts that holds the definition)",
    ),
    "anchor-without-paragraph": (
        GOOD.replace("source/annex.md#p1", "source/annex.md"),
        "annotations/glossary.yml: transnationalism.definitions[0].anchor: 'source/annex.md' is not a page path"
        " with an id (write the page's path below docs/ and the paragraph's id, e.g."
        " migration-and-transnationalism/annex.md#p1)",
    ),
    "anchor-above-docs": (
        GOOD.replace("source/annex.md#p1", "../docs/source/annex.md#p1"),
        "annotations/glossary.yml: transnationalism.definitions[0].anchor: '../docs/source/annex.md#p1' is not a page"
        " path with an id (write the page's path below docs/ and the paragraph's id, e.g."
        " migration-and-transnationalism/annex.md#p1)",
    ),
    "absolute-anchor": (
        GOOD.replace("source/annex.md#p1", "/srv/edition/docs/source/annex.md#p1"),
        "annotations/glossary.yml: transnationalism.definitions[0].anchor: '/srv/edition/docs/source/annex.md#p1' is"
        " not a page path with an id (write the page's path below docs/ and the paragraph's id, e.g."
        " migration-and-transnationalism/annex.md#p1)",
    ),
    "duplicate-id": (
        GOOD.replace("- id: diaspora", "- id: transnationalism"),
        "annotations/glossary.yml: [1].id: 'transnationalism' is already the id of term [0]"
        " (give each term its own id)",
    ),
    "alias-repeats-its-term": (
        GOOD.replace("aliases: [diasporas]", "aliases: [diasporas, Diaspora]"),
        "annotations/glossary.yml: diaspora.aliases[1]: 'Diaspora' repeats the term or one of its aliases"
        " (remove it: forms match whatever their case or apostrophe)",
    ),
    "alias-repeats-another-with-its-other-apostrophe": (
        GOOD.replace("aliases: [diasporas]", "aliases: [diaspora's, diaspora’s]"),
        "annotations/glossary.yml: diaspora.aliases[1]: 'diaspora’s' repeats the term or one of its aliases"
        " (remove it: forms match whatever their case or apostrophe)",
    ),
    "alias-claimed-twice": (
        GOOD + "- id: diasporic\n  term: diasporic\n  aliases: [Diasporas]\n  definitions:\n"
        "    - {anchor: source/annex.md#p3, attribution: V.}\n",
        "annotations/glossary.yml: diasporic.aliases[0]: 'Diasporas' is also claimed by term 'diaspora'"
        " (a term or alias belongs to one term only)",
    ),
    "unknown-see-also": (
        GOOD.replace("see_also: [diaspora]", "see_also: [diaspora, chain-migration]"),
        "annotations/glossary.yml: transnationalism.see_also[1]: unknown term 'chain-migration'"
        " (use the id of a term in annotations/glossary.yml)",
    ),
    # Named by its words: the schema's line said what an id is made of, not which one was meant
    "see-also-by-its-words": (
        GOOD.replace("see_also: [diaspora]", "see_also: [Diaspora]"),
        "annotations/glossary.yml: transnationalism.see_also[0]: 'Diaspora' is not a valid id"
        " (did you mean 'diaspora'?)",
    ),
    "see-also-by-its-words-misspelt": (
        GOOD.replace("see_also: [diaspora]", "see_also: [Diasporas]"),
        "annotations/glossary.yml: transnationalism.see_also[0]: 'Diasporas' is not a valid id"
        " (did you mean 'diaspora'?)",
    ),
    "see-also-by-words-of-no-term": (
        GOOD.replace("see_also: [diaspora]", "see_also: [chain migration]"),
        "annotations/glossary.yml: transnationalism.see_also[0]: 'chain migration' is not a valid id"
        " (use lowercase letters, digits and '-')",
    ),
    "see-also-misspelt": (
        GOOD.replace("see_also: [diaspora]", "see_also: [diasproa]"),
        "annotations/glossary.yml: transnationalism.see_also[0]: unknown term 'diasproa' (did you mean 'diaspora'?)",
    ),
    # The term's own words or a near miss of its own id: not the next closest id, a wrong link once written
    "see-also-by-its-own-words": (
        GOOD.replace("see_also: [diaspora]", "see_also: [Transnationalism]"),
        "annotations/glossary.yml: transnationalism.see_also[0]: 'Transnationalism' is not a valid id"
        " (it names this term itself: a term cannot refer to itself, remove it)",
    ),
    "see-also-near-its-own-id": (
        GOOD.replace("see_also: [diaspora]", "see_also: [transnationalisms]").replace(
            "- id: diaspora", "- id: transnationalist"
        ),
        "annotations/glossary.yml: transnationalism.see_also[0]: unknown term 'transnationalisms'"
        " (it names this term itself: a term cannot refer to itself, remove it)",
    ),
    "invalid-yaml": (
        GOOD.replace("attribution: IOM 2008, page 500.", "attribution: IOM 2008: page 500."),
        "annotations/glossary.yml: invalid YAML at line 5: mapping values are not allowed here"
        " (write a value with ': ' in it in quotes, e.g. \"Policy: what next\")",
    ),
    # YAML ends a plain value at ' #': the term was 'Goal' and the attribution 'Working Paper', in silence
    "term-cut-by-a-comment": (
        GOOD.replace("  term: diaspora", "  term: diaspora #2"),
        "annotations/glossary.yml: diaspora.term: 'diaspora' is cut short by ' #', which YAML reads as the start of a"
        " comment (put it in quotes: `term: 'diaspora #2'`; a comment needs two spaces before its '# ')",
    ),
    "term-all-comment": (  # said once: not "'' is cut short" and the schema's "must be text, not empty" beside it
        GOOD.replace("  term: diaspora", "  term: #diaspora"),
        "annotations/glossary.yml: diaspora.term: is empty: YAML reads '#diaspora' as a comment"
        " (write its value, or put it in quotes if '#diaspora' is the value: `term: '#diaspora'`)",
    ),
    # YAML 1.1 reads on/no as true/false: the line to copy carries the word written, not 'True'
    "term-yaml-reads-as-true": (
        GOOD.replace("  term: diaspora", "  term: on"),
        "annotations/glossary.yml: diaspora.term: 'on' is not text: YAML reads it as true"
        " (put it in quotes: `term: 'on'`)",
    ),
    "alias-yaml-reads-as-false": (
        GOOD.replace("  aliases: [diasporas]", "  aliases: [diasporas, no]"),
        "annotations/glossary.yml: diaspora.aliases[1]: 'no' is not text: YAML reads it as false"
        " (put it in quotes: `aliases: [diasporas, 'no']`)",
    ),
    "attribution-yaml-reads-as-a-number": (
        GOOD.replace("attribution: Vertovec 2005.", "attribution: 2005"),
        "annotations/glossary.yml: diaspora.definitions[0].attribution: '2005' is not text"
        " (put it in quotes: `attribution: '2005'`)",
    ),
    "anchor-all-comment": (  # a field of paths: only the schema's "not empty" was said, not why
        GOOD.replace("    - anchor: source/annex.md#p3", "    - anchor: #p3"),
        "annotations/glossary.yml: diaspora.definitions[0].anchor: is empty: YAML reads '#p3' as a comment"
        " (write its value without the '#' YAML took for a comment's start)",
    ),
    "alias-cut-by-a-comment": (
        GOOD.replace("  aliases: [diasporas]", "  aliases:\n    - diasporas\n    - diaspora #2"),
        "annotations/glossary.yml: diaspora.aliases[1]: 'diaspora' is cut short by ' #', which YAML reads as the start"
        " of a comment (put it in quotes: `- 'diaspora #2'`; a comment needs two spaces before its '# ')",
    ),
    "attribution-cut-by-a-comment": (
        GOOD.replace("attribution: Vertovec 2005.", "attribution: Working Paper #13, Vertovec 2005."),
        "annotations/glossary.yml: diaspora.definitions[0].attribution: 'Working Paper' is cut short by ' #', which"
        " YAML reads as the start of a comment (put it in quotes: `attribution: 'Working Paper #13, Vertovec 2005.'`;"
        " a comment needs two spaces before its '# ')",
    ),
    "alias-in-brackets-cut-by-a-comment": (  # the comment hides the ']': invalid YAML, but PyYAML's words say nothing of it
        GOOD.replace("aliases: [diasporas]", "aliases: [diasporas, diaspora #2]"),
        "annotations/glossary.yml: invalid YAML at line 10: expected ',' or ']', but got '<scalar>' (the ' #' on line 9"
        " starts a comment, which hides the rest of its line: write the value holding it in quotes, e.g."
        " [goals, 'Goal #3'])",
    ),
    "schema-missing-field": (
        GOOD.replace("      attribution: Vertovec 2005.\n", ""),
        "annotations/glossary.yml: diaspora.definitions[0]: `attribution` is missing (add `attribution`)",
    ),
    "schema-unknown-field": (
        GOOD.replace("  aliases: [diasporas]", "  alias: [diasporas]"),
        "annotations/glossary.yml: diaspora.alias: is not a field: did you mean `aliases`? (rename it to `aliases`)",
    ),
    "schema-misspelt-required-field": (
        GOOD.replace("  term: diaspora", "  trem: diaspora"),
        "annotations/glossary.yml: diaspora.trem: is not a field: did you mean `term`? (rename it to `term`)",
    ),
    "schema-unknown-field-like-none": (
        GOOD.replace("  aliases: [diasporas]", "  aliases: [diasporas]\n  colour: red"),
        "annotations/glossary.yml: diaspora.colour: is not a field (remove it or check its spelling)",
    ),
    "heading-id": (
        GOOD.replace("- id: diaspora", "- id: glossary").replace("see_also: [diaspora]", "see_also: [glossary]"),
        "annotations/glossary.yml: [1].id: 'glossary' is the id of the glossary page's heading (choose another id)",
    ),
    # Material's tooltips read a term link's title, and the glossary's contents its headings, as HTML
    "schema-markup-in-term": (
        GOOD.replace("  term: diaspora", "  term: 'diaspora <img src=x onerror=alert(1)>'"),
        "annotations/glossary.yml: diaspora.term: 'diaspora <img src=x onerror=alert(1)>' has '<' or '>'"
        " (write plain text: the glossary's contents and every link's tooltip would read markup here as HTML)",
    ),
    "schema-markup-in-attribution": (
        GOOD.replace("attribution: Vertovec 2005.", "attribution: 'Vertovec <b>2005</b>.'"),
        "annotations/glossary.yml: diaspora.definitions[0].attribution: 'Vertovec <b>2005</b>.' has '<' or '>'"
        " (write plain text: the tooltip of every link to the term would read markup here as HTML)",
    ),
    "schema-unended-reference-in-attribution": (
        GOOD.replace("attribution: Vertovec 2005.", "attribution: 'Vertovec &lt2005.'"),
        "annotations/glossary.yml: diaspora.definitions[0].attribution: 'Vertovec &lt2005.' writes a character as an"
        " HTML reference (&…;) (write the character itself, & for &amp;: the page would show the character the"
        " reference stands for)",
    ),
    "schema-bad-id": (
        GOOD.replace("- id: diaspora", "- id: Diaspora"),
        "annotations/glossary.yml: [1].id: 'Diaspora' is not a valid id (write it in lowercase: 'diaspora')",
    ),
    "sentence-out-of-range": (
        GOOD.replace("sentences: [2]", "sentences: [2, 7]"),
        "annotations/glossary.yml: diaspora.definitions[0].sentences: sentence 7 is beyond the 3 sentences of"
        " source/annex.md#p3 (number its sentences from 1)",
    ),
    "sentence-zero": (
        GOOD.replace("sentences: [2]", "sentences: [0]"),
        "annotations/glossary.yml: diaspora.definitions[0].sentences[0]: 0 is less than the minimum of 1 (use 1 or more)",
    ),
    "sentence-with-a-decimal-point": (  # JSON Schema counts 5.0 as an integer: it stopped the build in select_sentences
        GOOD.replace("sentences: [2]", "sentences: [2.0]"),
        "annotations/glossary.yml: diaspora.definitions[0].sentences[0]: must be a whole number, not 2.0"
        " (write it without a decimal point: 2)",
    ),
    "blank-attribution": (
        GOOD.replace("attribution: Vertovec 2005.", "attribution: ' '"),
        "annotations/glossary.yml: diaspora.definitions[0].attribution: is blank"
        " (write some text: spaces and invisible characters alone show nothing)",
    ),
    "attribution-with-a-direction-control": (
        GOOD.replace("attribution: Vertovec 2005.", 'attribution: "Vertovec \\u202e5002."'),
        "annotations/glossary.yml: diaspora.definitions[0].attribution: holds control characters no one can see:"
        " U+202E (delete them: a direction control (U+202A–U+202E, U+2066–U+2069) makes text read in another order than written)",
    ),
    "term-with-a-line-separator": (  # a break in the tooltip and the glossary's heading, where a space was meant
        GOOD.replace("  term: diaspora", '  term: "dia\\u2028spora"'),
        "annotations/glossary.yml: diaspora.term: holds control characters no one can see: U+2028 (delete them: a line or paragraph separator (U+2028, U+2029) is a line break no one sees, so write a space in its place)",
    ),
    "attribution-too-long": (  # a paragraph pasted in: every tooltip of the term showed it
        GOOD.replace("attribution: Vertovec 2005.", f"attribution: {'Vertovec ' * 40}"),
        "annotations/glossary.yml: diaspora.definitions[0].attribution: is 359 characters long, more than the 300 it"
        " may have (shorten it to 300 characters or fewer)",
    ),
    "sentence-twice": (
        GOOD.replace("sentences: [2]", "sentences: [2, 2]"),
        "annotations/glossary.yml: diaspora.definitions[0].sentences: 2 is listed 2 times"
        " (list each one once: `sentences: [2]`)",
    ),
}


BEFORE = "Patterns changed: today, migration is short. Through so-called “chain migration,” migrants move. While not new, it is one conduit."
AFTER = BEFORE.replace("changed: today", "changed. Today")  # one more sentence before the definition: it shifts
CHAIN = GlossaryTerm("chain-migration", "chain migration", ("chain migrations",))
SLIPPED = (
    "annotations/glossary.yml: chain-migration.definitions[0].sentences: sentence 2 of a.md#p1, where the quotation"
    " starts, does not name 'chain migration' (or an alias) (sentence 3 names it: start at sentence 1 or at one that"
    " names it; a change of punctuation renumbers the sentences)"
)
NOT_NAMED = (
    "annotations/glossary.yml: chain-migration.definitions[0].anchor: a.md#p1 does not name 'chain migration'"
    " (or an alias){} (point at the paragraph that defines 'chain migration', or add the form it writes to `aliases`)"
)


@pytest.mark.parametrize(
    ("text", "sentences", "section", "expected"),
    [
        (BEFORE, (2, 3), None, None),
        (AFTER, (2, 3), None, SLIPPED),
        (
            AFTER,
            (4,),
            None,
            "annotations/glossary.yml: chain-migration.definitions[0].sentences: sentences [4] of a.md#p1 do not name"
            " 'chain migration' (or an alias) (sentence 3 names it: start at sentence 1 or at one that names it;"
            " a change of punctuation renumbers the sentences)",
        ),
        ("Chain Migration here. And chain migrations there. Else.", (1, 3), None, None),
        ("So-called. Then a CHAIN MIGRATIONS move.", (1, 2), None, None),  # from sentence 1: nothing before it moves
        (BEFORE, (), None, None),
        (
            "Migrants move from one town to one town.",
            (),
            None,
            NOT_NAMED.format(", nor does the heading of its section"),
        ),
        ("Migrants move from one town to one town.", (), "Definitions of chain migration", None),
        ("Migrants move from one town to one town.", (1,), "Definitions of chain migration", NOT_NAMED.format("")),
        ("A chain of migration.", (), "Migration", NOT_NAMED.format(", nor does the heading of its section")),
    ],
    ids=[
        "names-it",
        "shifted-by-a-full-stop",
        "shifted-off-it",
        "case-and-alias",
        "from-sentence-1",
        "whole-paragraph",
        "whole-paragraph-not-naming-it",
        "named-by-its-section",
        "quotation-not-by-its-section",
        "words-not-the-form",
    ],
)
def test_a_definition_must_name_its_term(
    text: str, sentences: tuple[int, ...], section: str | None, expected: str | None
) -> None:
    """A full stop added before a definition shifted it onto other sentences; nothing said so."""
    pages = {"a.md": PageInventory(paragraphs=(Paragraph("p1", text, section=section),), ids=("p1",))}
    term = GlossaryTerm(CHAIN.id, CHAIN.term, CHAIN.aliases, (Definition("a.md", "p1", "IOM 2010.", sentences),))
    resolved, problems = resolve_definitions(Glossary((term,)), pages)
    assert [str(problem) for problem in problems] == ([expected] if expected else [])
    assert len(resolved.get("chain-migration").definitions) == (0 if expected else 1)


def test_a_number_anchor_on_a_file_name_two_folders_hold_names_each_path(tmp_path: Path) -> None:
    """`annex.md#5` with an annex in two folders was offered `annex.md#p5`: still no page path, a fix to refuse."""
    for folder in ("source", "other"):
        (tmp_path / "docs" / folder).mkdir(parents=True)
        (tmp_path / "docs" / folder / "annex.md").write_text("# Annex\n", encoding="utf-8")
    [line] = problems_of(tmp_path, GOOD.replace("source/annex.md#p1", "annex.md#5"))
    assert line == (
        "annotations/glossary.yml: transnationalism.definitions[0].anchor: 'annex.md#5' is not a page path with an id"
        " (write the page's path below docs/ and the paragraph's id: other/annex.md#p5 or source/annex.md#p5)"
    )


def test_the_anchors_hints_read_the_pages_the_caller_has_once_a_check(tmp_path: Path) -> None:
    """docs/ was walked by the glossary itself, once per ¶ number: make check and the build know the pages already."""
    asked = []
    text = GOOD.replace("source/annex.md#p1", "annex.md#1").replace("source/annex.md#p3", "annex.md#3")
    _, problems = load_glossary(project(tmp_path, text), lambda: asked.append(1) or {"source/annex.md"})
    assert [problem.hint for problem in problems] == [
        "write the page's path below docs/ and the paragraph's id: source/annex.md#p1",
        "write the page's path below docs/ and the paragraph's id: source/annex.md#p3",
    ]  # no docs/ here: the pages given were read
    assert asked == [1]


@pytest.mark.parametrize(
    ("anchor", "hint"),
    [
        # the paragraph's link copied from the site: the page's path below docs/ it stands for
        (
            "https://example.org/edition/source/annex/#p1",
            "write the page's path below docs/ and the paragraph's id: source/annex.md#p1",
        ),
        ("/source/annex/#1", "write the page's path below docs/ and the paragraph's id: source/annex.md#p1"),
        ("https://example.org/nowhere/#p1", "write the page's path below docs/ and the paragraph's id, e.g."),
        # the ¶ number, on a page named without its folder (Adding a glossary term's example): both fixed in one line
        ("annex.md#1", "write the page's path below docs/ and the paragraph's id: source/annex.md#p1)"),
        ("nowhere.md#1", "write the paragraph's id as its ¶ link ends: nowhere.md#p1)"),
    ],
)
def test_an_anchor_copied_from_the_site_is_named_with_the_path_to_write(tmp_path: Path, anchor: str, hint: str) -> None:
    (tmp_path / "docs/source").mkdir(parents=True)
    (tmp_path / "docs/source/annex.md").write_text("# Annex\n", encoding="utf-8")
    [line] = problems_of(tmp_path, GOOD.replace("source/annex.md#p1", anchor))
    assert line.startswith(f"annotations/glossary.yml: transnationalism.definitions[0].anchor: '{anchor}' is not a")
    assert f"({hint}" in line


@pytest.mark.parametrize("case", BAD_INPUTS, ids=list(BAD_INPUTS))
def test_each_bad_input_is_one_line_naming_file_term_and_field(tmp_path: Path, case: str) -> None:
    text, message = BAD_INPUTS[case]
    problems = problems_of(tmp_path, text)
    assert message in problems
    if case != "duplicate-id":  # renaming 'diaspora' also leaves a see-also without its term
        assert problems == [message]


def test_bad_inputs_are_reported_together(tmp_path: Path) -> None:
    text = (
        GOOD.replace("annex.md#p1", "annex.md#p99")
        .replace("see_also: [diaspora]", "see_also: [nothing]")
        .replace("aliases: [diasporas]", "aliases: [diasporas, transnationalism]")
    )
    assert problems_of(tmp_path, text) == [
        "annotations/glossary.yml: diaspora.aliases[1]: 'transnationalism' is also claimed by term 'transnationalism'"
        " (a term or alias belongs to one term only)",
        "annotations/glossary.yml: transnationalism.see_also[0]: unknown term 'nothing'"
        " (use the id of a term in annotations/glossary.yml)",
        "annotations/glossary.yml: transnationalism.definitions[0].anchor: no paragraph 'p99' on source/annex.md"
        " (it has p1–p3) (fix the paragraph id)",
    ]


def test_a_missing_file_is_one_problem(tmp_path: Path) -> None:
    glossary, problems = load_glossary(tmp_path)
    assert glossary.terms == ()
    assert [str(p) for p in problems] == [
        "annotations/glossary.yml: file not found (create it or fix the path)",
        # its schema, missing too, said at once: the next run would stop on it
        "annotations/schema/glossary.schema.json: file not found"
        " (restore it from git: git checkout -- annotations/schema/glossary.schema.json)",
    ]


def test_an_alias_that_occurs_nowhere_is_reported() -> None:
    term = GlossaryTerm("diaspora", "diaspora", ("diasporas", "diasporae"))
    problems = check_aliases_used(Glossary((term,)), {"diaspora", "diasporas"})
    assert [str(p) for p in problems] == [
        "annotations/glossary.yml: diaspora.aliases[1]: alias 'diasporae' occurs nowhere in the texts"
        " (check its spelling or remove it)"
    ]


def test_the_forms_met_are_the_keys_of_every_form_written_on_any_page() -> None:
    pages = [
        PageTerms("a.md", {}, frozenset({"Diaspora", "home  town"})),
        PageTerms("b.md", {}, frozenset({"DIASPORAS"})),
    ]
    assert forms_met(pages) == {"diaspora", "home town", "diasporas"}
    assert forms_met([]) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One. Two? Three!", ["One.", "Two?", "Three!"]),
        ("so-called “social remittances.” Migrants may.", ["so-called “social remittances.”", "Migrants may."]),
        ("“chain migration,” migrants move.", ["“chain migration,” migrants move."]),
        ("A (b.) C.", ["A (b.)", "C."]),
        ("Vertovec, S. 2004 “Trends”. Next.", ["Vertovec, S. 2004 “Trends”.", "Next."]),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("numbers", "expected"),
    [((), "A. B. C. D."), ((1,), "A. …"), ((2, 3), "… B. C. …"), ((1, 3), "A. … C. …"), ((4,), "… D.")],
)
def test_select_sentences_marks_what_is_left_out(numbers: tuple[int, ...], expected: str) -> None:
    assert select_sentences("A. B. C. D.", numbers) == expected


def test_tooltip_is_the_first_definition_with_its_attribution() -> None:
    term = GlossaryTerm("t", "t", definitions=(Definition("a.md", "p1", "IOM 2008.", text="The process."),))
    assert tooltip(term) == "The process. — IOM 2008."


# Transnationalism as the edition defines it: three quotations in the annex, then the text's own words.
QUOTED_1 = Definition("mt/annex.md", "p1", "IOM 2008.", text="Identity.", quoted=True)
QUOTED_3 = Definition("mt/annex.md", "p3", "Vertovec 2004.", text="Connections.", quoted=True)
OWN = Definition("mt/introduction.md", "p1", "IOM 2010.", text="What is it?")
OTHER = Definition("og/index.md", "p4", "Castles 2008.", text="Ties.", quoted=True)
TRANSNATIONALISM = GlossaryTerm("t", "transnationalism", definitions=(QUOTED_1, QUOTED_3, OWN))


@pytest.mark.parametrize(
    ("definitions", "source", "expected"),
    [
        ((QUOTED_1, QUOTED_3, OWN), "mt", OWN),  # the source's own words before the quotations it gives
        ((QUOTED_1, QUOTED_3, OWN), "og", QUOTED_1),  # a source that gives none: the first
        ((QUOTED_1, QUOTED_3, OWN), "", QUOTED_1),  # a page outside every source (or unknown)
        ((OTHER, QUOTED_3, QUOTED_1), "mt", QUOTED_3),  # only quotations in the source: its first
        ((OTHER, QUOTED_3), "og", OTHER),
        ((OWN,), "og", OWN),
        ((), "mt", None),
    ],
)
def test_shown_definition_is_the_pages_source_s_own_else_one_it_quotes_else_the_first(
    definitions: tuple[Definition, ...], source: str, expected: Definition | None
) -> None:
    assert shown_definition(GlossaryTerm("t", "t", definitions=definitions), source) == expected


@pytest.mark.parametrize(
    ("page", "source"), [("mt/introduction.md", "mt"), ("mt/sub/page.md", "mt"), ("index.md", ""), ("", "")]
)
def test_source_of_a_page_is_its_folder(page: str, source: str) -> None:
    assert source_folder(page) == source


def test_tooltip_of_a_term_with_several_definitions_says_how_many() -> None:
    assert tooltip(TRANSNATIONALISM, "mt") == "What is it? — IOM 2010. (one of 3 definitions: see the glossary)"
    assert tooltip(TRANSNATIONALISM) == "Identity. — IOM 2008. (one of 3 definitions: see the glossary)"
    assert tooltip(GlossaryTerm("t", "bare")) == "bare"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("W" * 220, "W" * 220),
        ("word " * 44 + "end.", "word " * 43 + "word…"),  # 224 characters: cut at a word
        ("word " * 43 + "end. …", "word " * 43 + "end. …"),  # fits but for the closing ellipsis: kept
        ("word " * 44 + "end. …", "word " * 43 + "word…"),
    ],
)
def test_a_definition_too_long_for_a_tooltip_is_cut_at_a_word_and_keeps_its_closing_ellipsis(
    text: str, expected: str
) -> None:
    """Cut before its closing " …", a quotation of whole sentences read "…and identities.…"."""
    term = GlossaryTerm("t", "t", definitions=(Definition("a.md", "p1", "X.", text=text),))
    assert tooltip(term) == f"{expected} — X."


def test_tooltips_are_computed_once_per_term_and_kept_per_source_only_where_they_differ() -> None:
    one = GlossaryTerm("one", "one", definitions=(OTHER,))
    tooltips = build_tooltips(Glossary((TRANSNATIONALISM, one)))
    assert tooltips.default == {
        "t": "Identity. — IOM 2008. (one of 3 definitions: see the glossary)",
        "one": "Ties. — Castles 2008.",
    }
    assert tooltips.by_source == {"mt": {"t": "What is it? — IOM 2010. (one of 3 definitions: see the glossary)"}}
    assert tooltips.for_source("og") == {} and tooltips.for_source("mt")["t"].startswith("What is it?")


def test_a_definition_in_a_block_quote_is_resolved_as_quoted() -> None:
    term = GlossaryTerm("t", "t", definitions=(Definition("a.md", "p1", "X."), Definition("a.md", "p2", "Y.")))
    inventory = PageInventory((Paragraph("p1", "A t."), Paragraph("p2", "The t.", quoted=True)))
    resolved, problems = resolve_definitions(Glossary((term,)), {"a.md": inventory})
    assert problems == []
    assert [(d.text, d.quoted) for d in resolved.terms[0].definitions] == [("A t.", False), ("The t.", True)]


def test_a_page_records_each_terms_paragraphs_in_number_order_and_the_forms_as_written() -> None:
    found = page_terms("a.md", {"t": {"p10", "p2", "p9"}, "u": set()}, ["Diaspora", "diaspora", "Diaspora"])
    assert found == PageTerms("a.md", {"t": ("p2", "p9", "p10"), "u": ()}, frozenset({"Diaspora", "diaspora"}))


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
        "{ .edition-spoken-pilcrow data-search-exclude }\n"
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


def test_glossary_json_has_absolute_urls() -> None:
    definition = Definition("src/annex.md", "p5", "V.", text="Text.")
    glossary = Glossary((GlossaryTerm("diaspora", "diaspora", ("diasporas",), (definition,)),))
    uses = collect_uses([PageTerms("src/intro.md", {"diaspora": ("p2",)})], [])
    text = glossary_json(
        glossary, uses, lambda src: "https://x.org/" + src.removesuffix(".md") + "/", {"src/intro.md": "Intro"}
    )
    term = json.loads(text)["terms"][0]
    assert term["url"] == "https://x.org/glossary/#diaspora"
    assert term["definitions"][0]["url"] == "https://x.org/src/annex/#p5"
    assert term["uses"] == [
        {
            "page": "src/intro.md",
            "title": "Intro",
            "url": "https://x.org/src/intro/",
            "paragraphs": [{"id": "p2", "url": "https://x.org/src/intro/#p2"}],
        }
    ]


@pytest.mark.parametrize("count", [0, 1, 3])
def test_glossary_json_encoded_term_by_term_is_the_compact_encoding_of_the_whole(count: int) -> None:
    terms = tuple(GlossaryTerm(f"t{n}", f"émigré {n}", (f"“t{n}”",), see_also=("t0",)) for n in range(count))
    uses = {"t1": (PageUse("a.md", ("p1", "p2")), PageUse("b.md", ()))}
    text = glossary_json(Glossary(terms), uses, lambda src: "/" + src, {"a.md": 'Ä \\ "q"'})
    assert text == json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":")) + "\n"
    assert len(json.loads(text)["terms"]) == count


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


def test_an_alias_that_is_another_terms_headword_is_the_one_reported(tmp_path: Path) -> None:
    text = GOOD.replace("aliases: [diasporas]", "aliases: [diasporas, Transnationalism]")
    assert problems_of(tmp_path, text) == [
        "annotations/glossary.yml: diaspora.aliases[1]: 'Transnationalism' is also claimed by term 'transnationalism'"
        " (a term or alias belongs to one term only)"
    ]


def flat_matches(forms: dict[str, str], text: str) -> list[tuple[int, int, str]]:
    """The abbr-style flat alternation, longest form first: what the trie-shaped pattern must equal."""
    keys = sorted({form_key(form) for form in forms}, key=lambda key: (-len(key), key))
    pattern = re.compile(rf"(?<!\w)(?:{'|'.join(map(form_pattern, keys))})(?!\w)", re.IGNORECASE)
    return [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "chain migrations and chain-migration, chain  migration; CHAIN\tMIGRATION chains",
        "migrant migrants migration migrations remittance-migration",
        "a.b (c) a.b (cd) a.b  (c)x a.b",
        "diasporas diaspora’s transnational  communities transnational communityx",
        "",
    ],
)
def test_trie_pattern_finds_what_the_flat_alternation_finds(text: str) -> None:
    forms = {
        "chain": "chain", "chain migration": "chain-migration", "migration": "migration", "migrant": "migrant",
        "migrants": "migrant", "a.b (c)": "x", "a.b": "ab", "diaspora": "diaspora", "diasporas": "diaspora",
        "transnational community": "tc", "transnational communities": "tc", "transnational": "transnational",
    }  # fmt: skip
    matcher = TermMatcher(forms)
    assert [(m.start, m.end, m.text) for m in matcher.finditer(text)] == flat_matches(forms, text)


@pytest.mark.parametrize(
    "text",
    [
        "xchain migration, Chain  Migration; CHAIN-migration chainmigration migrationx",
        "a.b (c)a.b (c) xa.b (c) _diaspora diaspora_ 1diaspora diaspora1 Diasporas.",
        "transnational\ncommunities and TRANSNATIONAL COMMUNITY",
        "migrants’ migrant migrants",  # not ASCII: case-folded, not lowered
    ],
)
def test_text_is_matched_as_the_case_insensitive_flat_alternation_does(text: str) -> None:
    forms = {
        "chain": "chain", "chain migration": "chain-migration", "migration": "migration", "migrant": "migrant",
        "migrants": "migrant", "a.b (c)": "x", "diaspora": "diaspora", "diasporas": "diaspora",
        "transnational community": "tc", "transnational communities": "tc",
    }  # fmt: skip
    expected = flat_matches(forms, text)
    assert [(m.start, m.end, m.text) for m in TermMatcher(forms).finditer(text)] == expected
    assert expected


def test_forms_beyond_ascii_are_matched_ignoring_case() -> None:
    matcher = TermMatcher({"kısmet": "kismet", "émigré": "emigre"})
    assert [m.term_id for m in matcher.finditer("Kısmet, ÉMIGRÉ, émigrés")] == ["kismet", "emigre"]


def test_the_longest_form_wins_only_where_it_ends_a_word() -> None:
    matcher = TermMatcher({"chain": "chain", "chain migration": "chain-migration", "migration": "migration"})
    assert [(m.text, m.term_id) for m in matcher.finditer("chain migrations, chain migration")] == [
        ("chain", "chain"),
        ("chain migration", "chain-migration"),
    ]


def test_matching_folds_case_as_casefold_does_the_forms_it_compares() -> None:
    # `re`'s IGNORECASE would find `KISMET` for `kısmet` (dotless i), while the forms' keys, which decide
    # which forms repeat each other, say `KISMET` is `kismet`: one rule for both.
    matcher = TermMatcher({"kısmet": "kismet"})
    assert [(m.text, m.term_id) for m in matcher.finditer("KISMET and kısmet")] == [("kısmet", "kismet")]
    assert form_key("KISMET") != form_key("kısmet")


NFD = functools.partial(unicodedata.normalize, "NFD")


@pytest.mark.parametrize(
    ("forms", "text", "expected"),
    [
        (["Straße"], "every Straße, STRASSE and strasse", ["Straße", "STRASSE", "strasse"]),
        (["strasse"], "the Straße, and Straßen", ["Straße"]),
        (["İstanbul"], "every İstanbul quarter", ["İstanbul"]),
        (["finance"], "ﬁnance and Finance, not ﬁnances", ["ﬁnance", "Finance"]),
        (["naïve"], NFD("a naïve view, naïvely"), [NFD("naïve")]),
        ([NFD("naïve")], "a naïve view", ["naïve"]),
        (["émigré"], NFD("ÉMIGRÉ émigrés ") + "émigré", [NFD("ÉMIGRÉ"), "émigré"]),
        (["migrant's"], "the migrant’s and the migrant's", ["migrant’s", "migrant's"]),
        (["migrant’s"], "the migrant's and the migrant’s", ["migrant's", "migrant’s"]),
        (["ss"], "ß and ss", ["ß", "ss"]),
        (["i"], "İ and i", ["i"]),
    ],
    ids=["sharp-s", "sharp-s-in-text", "dotted-capital-i", "ligature", "nfd-text", "nfd-form", "nfd-upper",
         "curly-apostrophe-in-text", "straight-apostrophe-in-text", "whole-character", "not-half-a-character"],
)  # fmt: skip
def test_forms_match_whatever_their_case_unicode_form_and_apostrophe(
    forms: list[str], text: str, expected: list[str]
) -> None:
    matches = list(TermMatcher(dict.fromkeys(forms, "x")).finditer(text))
    assert [m.text for m in matches] == expected
    assert all(text[m.start : m.end] == m.text for m in matches)  # offsets in the text as written


def test_a_match_after_a_character_that_folds_to_two_keeps_its_offsets() -> None:
    matcher = TermMatcher({"diaspora": "diaspora", "İstanbul": "istanbul"})
    text = "Straße ﬁ İstanbul’s diaspora"
    assert [(m.start, m.end, m.term_id) for m in matcher.finditer(text)] == [(9, 17, "istanbul"), (20, 28, "diaspora")]
    assert form_key("İstanbul’s") == form_key(NFD("İSTANBUL's"))


@pytest.mark.parametrize(
    "text", ["Straße und İstanbul", "ßß", "aß", "ßa", "ﬁnance’s ß " * 50, "İ", "naïve Straße", "na\u0308ive Straße"]
)
def test_text_that_folds_longer_is_mapped_back_as_a_character_at_a_time_would(text: str) -> None:
    """NFC text with `ß` or `ﬁ` looks only at those characters: the same folded text and offsets as the slow path."""
    pieces, offsets = [], []
    for start, sequence in combining_sequences(text):
        piece = unicodedata.normalize("NFC", sequence).casefold().replace("\u2019", "'")
        pieces.append(piece)
        offsets += [start] * len(piece)
    assert fold(text) == ("".join(pieces), [*offsets, len(text)])


@pytest.mark.parametrize(
    "text",
    [
        "Chain migration matters.",
        "chain\nmigration",
        "chainmigration",
        "Chain migrations",
        "a Chain-migration",
        "STRASSE and Straße",
        "the migrant’s way",
        "non-migrant",
        "",
        "migration chain",
        "_chain migration",
    ],
)
def test_names_one_of_finds_a_form_where_the_matcher_would(text: str) -> None:
    """The definition check asks one term's forms without compiling them: it must agree with term links."""
    forms = ["chain migration", "Straße", "migrant's"]
    matcher = TermMatcher(dict.fromkeys(forms, "t"))
    assert names_one_of({form_key(form) for form in forms}, text) == (next(matcher.finditer(text), None) is not None)


@pytest.mark.parametrize(("extra", "mode", "lines"), [
    ({}, "first", []),
    ({"glossary": None}, "first", []),
    ({"glossary": {"link": "all"}}, "all", []),
    ({"glossary": ["link"]}, "first", []),
    ({"glossary": {"link": "some"}}, "first",
     ["mkdocs.yml: extra.glossary.link: unknown link mode 'some' (write 'first' (the first occurrence per page) or 'all')"]),
])  # fmt: skip
def test_the_link_mode_setting(extra: dict, mode: str, lines: list[str]) -> None:
    found, problems = link_mode(extra)
    assert (found, [str(problem) for problem in problems]) == (mode, lines)


@pytest.mark.parametrize(("extra", "used_in", "shown"), [
    ({}, USED_IN, None), ({"glossary": {"used_in": 3}}, 3, None), ({"glossary": "x"}, USED_IN, None),
    ({"glossary": {"used_in": 0}}, USED_IN, "0"), ({"glossary": {"used_in": True}}, USED_IN, "true"),
    ({"glossary": {"used_in": "2"}}, USED_IN, "'2'"),
])  # fmt: skip
def test_the_used_in_setting_is_a_whole_number_of_at_least_one(extra: dict, used_in: int, shown: str | None) -> None:
    found, problems = used_in_setting(extra)
    expected = [] if shown is None else [
        f"mkdocs.yml: extra.glossary.used_in: must be a whole number ≥ 1, not {shown}"
        f" (the number of paragraphs listed per term, e.g. `used_in: {USED_IN}`)"
    ]  # fmt: skip
    assert (found, [str(problem) for problem in problems]) == (used_in, expected)


@pytest.mark.parametrize(("extra", "lines"), [
    ({}, []), ({"glossary": None}, []), ({"glossary": {"link": "all", "used_in": 3}}, []),
    ({"glossary": "all"}, ["mkdocs.yml: extra.glossary: must be settings, not 'all'"
                           " (write each setting on its own line below `glossary:`, indented 2 spaces more: `link: first`)"]),
    ({"glossary": {"usedin": 5}}, ["mkdocs.yml: extra.glossary.usedin: is no glossary setting (did you mean `used_in`?)"]),
    ({"glossary": {None: 5}}, ["mkdocs.yml: extra.glossary.null: is no glossary setting"
                               " (the glossary's settings: `link`, `used_in`)"]),
    ({"glossary": {"link": "some", "used_in": 0}}, [
        "mkdocs.yml: extra.glossary.link: unknown link mode 'some' (write 'first' (the first occurrence per page) or 'all')",
        "mkdocs.yml: extra.glossary.used_in: must be a whole number ≥ 1, not 0"
        f" (the number of paragraphs listed per term, e.g. `used_in: {USED_IN}`)",
    ]),
])  # fmt: skip
def test_the_glossary_settings_problems_are_each_settings_and_any_unknown_one(extra: dict, lines: list[str]) -> None:
    """One list for the build and make check: the values' lines, the shape's, a misspelt setting's."""
    assert [str(problem) for problem in settings_problems(extra)] == lines


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


def test_the_glossary_export_names_a_page_the_build_lacks_by_its_files_address() -> None:
    assert export_address("https://example.org/ed/", "a/b.md", "a/b/") == "https://example.org/ed/a/b/"
    assert export_address("https://example.org/ed/", "a/b.md", None) == "https://example.org/ed/a/b.md"
    assert export_address(None, "a/b.md", None) == "/a/b.md"
