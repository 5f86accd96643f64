"""A definition's words: its sentences split and picked, naming its term, past a paragraph that changed."""

from __future__ import annotations

import pytest

from hooks.core.glossary import Definition, Glossary, GlossaryTerm
from hooks.core.glossary_definitions import resolve_definitions, select_sentences, split_sentences
from hooks.core.paragraphs import PageInventory, Paragraph

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
            "annotations/glossary.yml: chain-migration.definitions[0].sentences: sentence 4 of a.md#p1 does not name"
            " 'chain migration' (or an alias) (sentence 3 names it: quote it too, starting at sentence 1 or at one that"
            " names it; a change of punctuation renumbers the sentences)",
        ),
        # "start at sentence 1" alone was no fix for sentences that start there: the fix is to quote sentence 3
        (
            AFTER,
            (1, 2),
            None,
            "annotations/glossary.yml: chain-migration.definitions[0].sentences: sentences [1, 2] of a.md#p1 do not"
            " name 'chain migration' (or an alias) (sentence 3 names it: quote it too, starting at sentence 1 or at one"
            " that names it; a change of punctuation renumbers the sentences)",
        ),
        (AFTER, (1, 2, 3), None, None),
        (AFTER, (3, 4), None, None),
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
        "starting-at-1-not-reaching-it",
        "fixed-by-quoting-it-from-1",
        "fixed-by-starting-at-it",
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


def test_a_definition_in_a_block_quote_is_resolved_as_quoted() -> None:
    term = GlossaryTerm("t", "t", definitions=(Definition("a.md", "p1", "X."), Definition("a.md", "p2", "Y.")))
    inventory = PageInventory((Paragraph("p1", "A t."), Paragraph("p2", "The t.", quoted=True)))
    resolved, problems = resolve_definitions(Glossary((term,)), {"a.md": inventory})
    assert problems == []
    assert [(d.text, d.quoted) for d in resolved.terms[0].definitions] == [("A t.", False), ("The t.", True)]
