"""The glossary file's bad inputs: each one line naming the file, the term and the field; all at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from glossary_helpers import GOOD, PAGES, project

from hooks.core.glossary import load_glossary
from hooks.core.glossary_definitions import resolve_definitions
from hooks.core.page_files import site_files


def problems_of(tmp_path: Path, text: str) -> list[str]:
    """The lines for `text`, a refused anchor's hint naming the pages of tmp_path's docs/ as MkDocs picks them."""
    glossary, problems = load_glossary(project(tmp_path, text), lambda: site_files(tmp_path / "docs", {})[1])
    _, more = resolve_definitions(glossary, PAGES, [*PAGES, "source/index.md"])
    return [str(problem) for problem in problems + more]


def test_a_passage_listed_twice_under_a_term_is_reported_and_shown_once(tmp_path: Path) -> None:
    """It was shown twice on /glossary/, without a word."""
    twice = "    - anchor: source/annex.md#p1\n      attribution: IOM 2008, page 500.\n"
    text = GOOD.replace(twice, twice * 2)
    assert text.count(twice) == 2
    assert problems_of(tmp_path, text) == [
        "annotations/glossary.yml: transnationalism.definitions[1].anchor: 'source/annex.md#p1' is already"
        " this term's definition on line 4 (list each passage once; one 'sentences:' can name all its sentences)"
    ]
    glossary, _ = load_glossary(tmp_path)
    assert [d.anchor for d in glossary.get("transnationalism").definitions] == ["source/annex.md#p1"]


def test_a_term_whose_id_is_taken_is_reported_and_left_out(tmp_path: Path) -> None:
    """Shown twice, its stand-in for the used-in list was filled twice, and MkDocs blamed the glossary page's links."""
    glossary, problems = load_glossary(project(tmp_path, GOOD.replace("- id: diaspora", "- id: transnationalism")))
    assert "'transnationalism' is already the id of the term 'transnationalism' on line 1" in [
        problem.message for problem in problems
    ]
    assert [term.term for term in glossary.terms] == ["transnationalism"]


def test_an_entry_pasted_twice_is_one_line_about_its_id(tmp_path: Path) -> None:
    """The copy, left out, was also said to repeat its own term, with the fix 'remove it' (the `term:` field).

    The entry holding the id first is named as an editor finds it, by its term and line: "term [1]",
    counted from 0, was the second entry.
    """
    entry = GOOD[GOOD.index("- id: diaspora") :]
    assert problems_of(tmp_path, GOOD + entry) == [
        "annotations/glossary.yml: [2].id: 'diaspora' is already the id of the term 'diaspora' on line 7"
        " (give each term its own id)"
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
        "annotations/glossary.yml: [1].id: 'transnationalism' is already the id of the term 'transnationalism'"
        " on line 1 (give each term its own id)",
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
        " (remove it here or from the aliases of 'diaspora': a term or alias belongs to one term only)",
    ),
    # "a term or alias belongs to one term only" said the rule, not which one to change
    "term-claimed-twice": (
        GOOD + "- id: diaspora-2\n  term: Diaspora\n  definitions:\n"
        "    - {anchor: source/annex.md#p3, attribution: V.}\n",
        "annotations/glossary.yml: diaspora-2.term: 'Diaspora' is also claimed by term 'diaspora'"
        " (merge the two entries into one: a term or alias belongs to one term only)",
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
    # the field it stands for written beside it: only the fields left out were offered
    "schema-misspelt-field-beside-itself": (
        GOOD.replace("      sentences: [2]", "      sentences: [2]\n      sentences_: [2]"),
        "annotations/glossary.yml: diaspora.definitions[0].sentences_: is not a field: did you mean `sentences`?"
        " (`sentences` is written too: keep one of the two)",
    ),
    # a field written one level off its place: said to be no field at all, with nowhere to put it
    "sentences-one-level-too-high": (
        GOOD.replace("      sentences: [2]\n", "").replace(
            "  aliases: [diasporas]\n", "  aliases: [diasporas]\n  sentences: [2]\n"
        ),
        "annotations/glossary.yml: diaspora.sentences: is not a field here: `sentences` belongs in each item of"
        " `definitions` (move it under `diaspora.definitions[0]`)",
    ),
    "misspelt-sentences-one-level-too-high": (
        GOOD.replace("      sentences: [2]\n", "").replace(
            "  aliases: [diasporas]\n", "  aliases: [diasporas]\n  sentences_: [2]\n"
        ),
        "annotations/glossary.yml: diaspora.sentences_: is not a field: did you mean `sentences`? It belongs in each"
        " item of `definitions` (move it under `diaspora.definitions[0]`, as `sentences`)",
    ),
    "sentences-too-high-beside-two-definitions": (  # which definition it narrows is the editor's to say
        GOOD.replace("  term: transnationalism\n", "  term: transnationalism\n  sentences: [1]\n").replace(
            "      attribution: IOM 2008, page 500.\n",
            "      attribution: IOM 2008, page 500.\n    - anchor: source/annex.md#p2\n      attribution: IOM.\n",
        ),
        "annotations/glossary.yml: transnationalism.sentences: is not a field here: `sentences` belongs in each item"
        " of `definitions` (move it under the item of `transnationalism.definitions` it is for)",
    ),
    "aliases-one-level-too-low": (
        GOOD.replace("  aliases: [diasporas]\n", "").replace(
            "      sentences: [2]\n", "      sentences: [2]\n      aliases: [diasporas]\n"
        ),
        "annotations/glossary.yml: diaspora.definitions[0].aliases: is not a field here: `aliases` belongs one level"
        " up (move it up to `diaspora`, beside `definitions`)",
    ),
    "sentences-on-the-term-and-in-its-definition": (  # moving it would write it twice: which value stays is said
        GOOD.replace("  aliases: [diasporas]\n", "  aliases: [diasporas]\n  sentences: [3]\n"),
        "annotations/glossary.yml: diaspora.sentences: is not a field here: `sentences` belongs in each item of"
        " `definitions`, where `diaspora.definitions[0].sentences` is [2], not [3] (keep the value meant in"
        " `diaspora.definitions[0].sentences` and remove this one)",
    ),
    "misspelt-sentences-on-the-term-and-in-its-definition": (  # misspelt too: which value stays, not "remove it"
        GOOD.replace("  aliases: [diasporas]\n", "  aliases: [diasporas]\n  sentences_: [3]\n"),
        "annotations/glossary.yml: diaspora.sentences_: is not a field: did you mean `sentences`? It belongs in each"
        " item of `definitions`, where `diaspora.definitions[0].sentences` is [2], not [3] (keep the value meant in"
        " `diaspora.definitions[0].sentences` and remove this one)",
    ),
    "sentences-on-the-term-and-in-each-definition": (  # two definitions, each with its own: no value to compare
        GOOD.replace("  term: transnationalism\n", "  term: transnationalism\n  sentences: [1]\n").replace(
            "      attribution: IOM 2008, page 500.\n",
            "      attribution: IOM 2008, page 500.\n      sentences: [1]\n"
            "    - anchor: source/annex.md#p2\n      attribution: IOM.\n      sentences: [2]\n",
        ),
        "annotations/glossary.yml: transnationalism.sentences: is not a field here: `sentences` belongs in each item"
        " of `definitions`, where each has its own (remove this one)",
    ),
    "attribution-one-level-too-high": (  # one mistake, one line: not "`attribution` is missing" too
        GOOD.replace("      attribution: Vertovec 2005.\n", "").replace(
            "  aliases: [diasporas]\n", "  aliases: [diasporas]\n  attribution: Vertovec 2005.\n"
        ),
        "annotations/glossary.yml: diaspora.attribution: is not a field here: `attribution` belongs in each item of"
        " `definitions` (move it under `diaspora.definitions[0]`)",
    ),
    "misspelt-attribution-one-level-too-high": (  # one mistake, one line: not "`attribution` is missing" too
        GOOD.replace("      attribution: Vertovec 2005.\n", "").replace(
            "  aliases: [diasporas]\n", "  aliases: [diasporas]\n  attributon: Vertovec 2005.\n"
        ),
        "annotations/glossary.yml: diaspora.attributon: is not a field: did you mean `attribution`? It belongs in"
        " each item of `definitions` (move it under `diaspora.definitions[0]`, as `attribution`)",
    ),
    "misspelt-term-one-level-too-low": (  # `tmer`: letters swapped in a short field, not also "`term` is missing"
        GOOD.replace("  term: diaspora\n", "").replace(
            "      attribution: Vertovec 2005.\n", "      attribution: Vertovec 2005.\n      tmer: diaspora\n"
        ),
        "annotations/glossary.yml: diaspora.definitions[0].tmer: is not a field: did you mean `term`? It belongs one"
        " level up (move it up to `diaspora`, beside `definitions`, as `term`)",
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
        " (remove it: it is that term's headword, and a term or alias belongs to one term only)",
        "annotations/glossary.yml: transnationalism.see_also[0]: unknown term 'nothing'"
        " (use the id of a term in annotations/glossary.yml)",
        "annotations/glossary.yml: transnationalism.definitions[0].anchor: no paragraph 'p99' on source/annex.md"
        " (it has p1–p3) (fix the paragraph id)",
    ]


def test_an_alias_that_is_another_terms_headword_is_the_one_reported(tmp_path: Path) -> None:
    text = GOOD.replace("aliases: [diasporas]", "aliases: [diasporas, Transnationalism]")
    assert problems_of(tmp_path, text) == [
        "annotations/glossary.yml: diaspora.aliases[1]: 'Transnationalism' is also claimed by term 'transnationalism'"
        " (remove it: it is that term's headword, and a term or alias belongs to one term only)"
    ]
