"""A target's paragraph and quote (hooks/core/quotes.py): found once, at word edges, highlightable, never too long."""

from __future__ import annotations

import pytest
from annotation_helpers import GOOD, PAGES, PATH, SCHEMA, TEXT, TODAY, annotation
from conftest import ROOT

from hooks.core.annotation_checks import parse_annotation
from hooks.core.annotations import RefusedTarget
from hooks.core.paragraphs import PageInventory, Paragraph
from hooks.core.quotes import check_targets, closest_passage, find_quote, select_quote, whole_words
from hooks.core.text import QUOTE_LIMIT
from hooks.core.word_edges import word_edges


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ({}, None),
        ({"quote": "the  transfer\nof ideas"}, None),
        (
            {"page": "migration-and-transnationalism/oportunities.md"},
            "target.page: no page 'migration-and-transnationalism/oportunities.md' (did you mean 'migration-and-transnationalism/opportunities.md'?)",
        ),
        (
            {"page": "nowhere/at-all.md"},
            "target.page: no page 'nowhere/at-all.md' (write the path inside docs/, e.g. migration-and-transnationalism/opportunities.md)",
        ),
        (
            {"paragraph": "p99"},
            "target.paragraph: no paragraph 'p99' on migration-and-transnationalism/opportunities.md (it has p1, p3, p6)",
        ),
        (
            {"quote": "the transfer of idea's"},
            "target.quote: 'the transfer of idea's' is not in p3 (closest passage: 'the transfer of ideas')",
        ),
        (
            {"quote": "so called social remittances"},
            "target.quote: 'so called social remittances' is not in p3 (closest passage: 'so-called “social remittances.”')",
        ),
        # A note number inside the passage stays: the quote is matched against the text as shown.
        (
            {"quote": "social remittances Migrants may"},
            "target.quote: 'social remittances Migrants may' is not in p3 (closest passage: '“social remittances.”4 Migrants may')",
        ),
        # Straight quote marks typed where the text has curly ones: said, with the quote to write.
        (
            {"quote": 'so-called "social remittances."'},
            "target.quote: 'so-called \"social remittances.\"' is not in p3 (only its quote marks differ from the text's: write `so-called “social remittances.”`)",
        ),
        (
            {"quote": '"'},
            "target.quote: '\"' is not in p3 (only its quote marks differ from the text's, and it occurs 2 times: write `“` with more words)",
        ),
        ({"quote": "social"}, "target.quote: 'social' occurs 2 times in p3 (quote more words, so that it occurs once)"),
        (
            {"quote": "cost-effective way"},
            "target.quote: 'cost-effective way' is not in p3 (it is in p1 of this page: annotate p1 instead,"
            " unless the page's paragraphs were renumbered: then give them back their published ids)",
        ),
        (
            {"quote": "brain drain"},
            "target.quote: 'brain drain' is not in p3 (nothing in p3 is like it: copy the words from the page, and check the paragraph's ¶ number)",
        ),
        # A long quote is cut at a word boundary in 60 characters, the ellipsis included (text.shorten).
        (
            {"quote": "igrants may be engaged in social or political activism to raise awareness about their country"},
            "target.quote: 'igrants may be engaged in social or political activism to…' starts or ends inside a word in p3"
            " (quote whole words: 'Migrants may be engaged in social or political activism to…')",
        ),
    ],
)
def test_targets(target: dict[str, str], message: str | None) -> None:
    problems = [str(p) for p in check_targets((annotation(**target),), PAGES)]
    assert problems == ([f"{PATH}: {message}"] if message else [])


@pytest.mark.parametrize(("headings", "other"), [(("x",), "a heading"), ((), "another element")])
def test_an_id_used_by_another_element_of_the_page_is_an_error(headings: tuple[str, ...], other: str) -> None:
    page = PageInventory(paragraphs=(Paragraph("p3", TEXT),), headings=headings, ids=("x", "p3", "x"))
    problems = check_targets((annotation(),), {"migration-and-transnationalism/opportunities.md": page})
    assert [str(p) for p in problems] == [
        f"{PATH}: id: 'x' is also the id of {other} on migration-and-transnationalism/opportunities.md"
        " (choose an id no heading, paragraph or note of the page uses)"
    ]


@pytest.mark.parametrize(
    ("headings", "other", "whose"), [(("x",), "a heading", "the heading"), ((), "another element", "the element")]
)
def test_a_published_id_an_element_and_an_annotation_share_asks_for_the_one_added_since(
    headings: tuple[str, ...], other: str, whose: str
) -> None:
    """The lock holds ids, not whose they were: "rename the annotation" repointed a published link at a new heading,
    or at an `<a id>` written in the page."""
    page = PageInventory(paragraphs=(Paragraph("p3", TEXT),), headings=headings, ids=("x", "p3", "x"))
    pages = {"migration-and-transnationalism/opportunities.md": page}
    problems = check_targets(
        (annotation(),), pages, published={"migration-and-transnationalism/opportunities.md": ["x"]}
    )
    assert [str(p) for p in problems] == [
        f"{PATH}: id: 'x' is also the id of {other} on migration-and-transnationalism/opportunities.md, and links to"
        f" it are published (give the one added since another id (this annotation, or {whose}): the one that had"
        " it keeps its links)"
    ]


def test_a_quote_found_but_not_highlighted_is_an_error() -> None:
    problems = check_targets((annotation(),), PAGES, highlighted={"x": 0})
    assert [str(p) for p in problems] == [
        f"{PATH}: target.quote: 'the transfer of ideas' was found in p3 but could not be highlighted (quote words on one side of any HTML in the text, such as <em>; if there is none, tell the editors)"
    ]


def test_a_refused_notes_target_is_checked_as_written_but_not_its_highlight() -> None:
    """A refused note is not rendered: no highlight of its quote to count."""
    page = PageInventory(paragraphs=(Paragraph("p3", TEXT),), ids=("p3",))
    pages = {"migration-and-transnationalism/opportunities.md": page}
    found = RefusedTarget(PATH, "migration-and-transnationalism/opportunities.md", "p3", "the transfer of ideas", "x")
    assert check_targets((), pages, highlighted={}, refused=(found,)) == []
    absent = RefusedTarget(PATH, "migration-and-transnationalism/opportunities.md", "p3", "the transfer of idea's", "x")
    assert [str(p) for p in check_targets((), pages, highlighted={}, refused=(found, absent))] == [
        f"{PATH}: target.quote: 'the transfer of idea's' is not in p3 (closest passage: 'the transfer of ideas')"
    ]


@pytest.mark.parametrize(
    ("headings", "other", "published", "hint"),
    [
        (("x",), "a heading", (), " (choose an id no heading, paragraph or note of the page uses)"),
        ((), "another element", (), " (choose an id no heading, paragraph or note of the page uses)"),
        (
            ("x",),
            "a heading",
            ("x",),
            ", and links to it are published (give the one added since another id (this annotation, or the heading):"
            " the one that had it keeps its links)",
        ),
    ],
)
def test_a_refused_notes_id_one_element_of_its_page_has_is_the_line_a_standing_notes_would_be(
    headings: tuple[str, ...], other: str, published: tuple[str, ...], hint: str
) -> None:
    """Not rendered, it has no block of its own: one element with its id is another's, named in the same run.

    A refused tag hid the id's line until it was fixed; an id a line refused ('') is that line's alone.
    """
    page = PageInventory(paragraphs=(Paragraph("p3", TEXT),), headings=headings, ids=("x", "p3"))
    pages, target = {"migration-and-transnationalism/opportunities.md": page}, ("p3", "the transfer of ideas")
    refused = RefusedTarget(PATH, "migration-and-transnationalism/opportunities.md", *target, "x")
    lock = {"migration-and-transnationalism/opportunities.md": published}
    assert [str(p) for p in check_targets((), pages, published=lock, refused=(refused,))] == [
        f"{PATH}: id: 'x' is also the id of {other} on migration-and-transnationalism/opportunities.md{hint}"
    ]
    unnamed = RefusedTarget(PATH, "migration-and-transnationalism/opportunities.md", *target, "")
    assert check_targets((), pages, published=lock, refused=(unnamed,)) == []


def test_an_invisible_character_in_a_quote_is_named() -> None:
    """Copied from a PDF, 'trans\u00adfer' looks like 'transfer' in the message: the line must say why it differs."""
    problems = check_targets((annotation(quote="the trans\u00adfer of\u200b ideas"),), PAGES)
    assert [str(p) for p in problems] == [
        f"{PATH}: target.quote: 'the trans\u00adfer of\u200b ideas' is not in p3 (it holds a soft hyphen (U+00AD),"
        " a zero-width space (U+200B), invisible here and not in the text: delete it or retype the words)"
    ]


def test_a_quote_must_start_and_end_at_word_edges() -> None:
    problems = check_targets((annotation(quote="ransfer of idea"),), PAGES)
    assert [str(p) for p in problems] == [
        f"{PATH}: target.quote: 'ransfer of idea' starts or ends inside a word in p3 (quote whole words: 'transfer of ideas')"
    ]
    words = Paragraph("p3", TEXT, words=TEXT.replace("”4", "”"))  # a note number glued to a word is no part of it
    for quote in ("“social remittances.”", "social remittances", "so-called", "Transnationalism", "origin."):
        pages = {"migration-and-transnationalism/opportunities.md": PageInventory(paragraphs=(words,))}
        assert check_targets((annotation(quote=quote),), pages) == [], quote
    assert whole_words("Migrants’ homes", "Migrants") is None and whole_words("aa ab", "a") is None


def test_find_quote_normalises_whitespace_and_counts_overlaps() -> None:
    assert find_quote("a  b\na b", "a b") == [0, 4]
    assert find_quote("aaa", "aa") == [0, 1]
    passage, likeness = closest_passage(Paragraph("p1", "one two three four"), "two thre")
    assert passage == "two three" and 0.9 < likeness < 1


@pytest.mark.parametrize(
    ("paragraph", "quote", "expected"),
    [
        (
            "x " * 40 + "the  same\nwords here " + "y " * 40,
            "the same words",
            (("x " * 40)[-32:], "the same words", (" here " + "y " * 40)[:32]),
        ),
        ("Short one.", "Short", ("", "Short", " one.")),
        ("It ends here", "ends here", ("It ", "ends here", "")),
    ],
)
def test_select_quote_takes_up_to_32_characters_of_the_paragraph_around_the_quote(
    paragraph: str, quote: str, expected: tuple[str, str, str]
) -> None:
    selector = select_quote(paragraph, quote)
    assert selector is not None
    assert (selector.prefix, selector.exact, selector.suffix) == expected


@pytest.mark.parametrize(("paragraph", "quote"), [("Same. Same.", "Same"), ("Other words.", "Same"), ("aaa", "aa")])
def test_select_quote_needs_the_quote_exactly_once_in_the_paragraph(paragraph: str, quote: str) -> None:
    assert select_quote(paragraph, quote) is None


def test_a_quote_longer_than_a_passage_is_one_line_and_every_paragraph_can_be_quoted_whole() -> None:
    """A page pasted in as the quote took minutes to compare with its paragraph for the closest passage."""
    text = GOOD.replace("quote: the transfer of ideas", f"quote: {'the transfer of ideas ' * 100}")
    _, _, problems = parse_annotation(PATH, text, SCHEMA, None, TODAY)
    assert [str(problem) for problem in problems] == [
        f"{PATH}: target.quote: is 2,199 characters long, more than the 2,000 it may have"
        " (shorten it to 2,000 characters or fewer)"
    ]
    from hooks.cli.config_values import configured_extensions
    from hooks.cli.pages import read_pages, render_pages
    from hooks.cli.site_files import published_pages

    pages = published_pages(ROOT)
    found = render_pages(configured_extensions(ROOT), (), pages, read_pages(ROOT, pages)[0], root=ROOT)
    longest = max(len(text) for inventory in found.inventories.values() for text in inventory.texts().values())
    assert 1000 < longest <= QUOTE_LIMIT


REAL = (  # words of the origin governments' abstract: commas, semicolons and quoted words between them
    "It contrasts the changing perspectives of governments and migrant associations, and their relationship;"
    " the former encourage investment in the “homeland”. These include strengthening “south-south” linkages"
    " – on migration issues – and the paths of settlement, integration and transnationalism."
)


@pytest.mark.parametrize(
    ("paragraph", "quote", "passage"),
    [
        # the window's last word carries a comma, a semicolon, or is a dash standing apart: left off
        (REAL, "governments and migrant asociations", "governments and migrant associations"),
        (REAL, "and their relationships", "and their relationship"),
        (REAL, "linkages - on migration issues -", "linkages – on migration issues"),
        (REAL, "paths of setlement", "paths of settlement"),
        # a dash or an opening mark before the first word: left off; one closed in the passage is kept
        (REAL, "- on migration", "on migration"),
        (REAL, "in the homeland These", "in the “homeland”. These"),
        (REAL, "strengthening south south", "strengthening “south-south”"),
        # a sentence's final full stop is kept, and a closing mark only with the one it closes
        (REAL, "integration and transnationalsm", "integration and transnationalism."),
        ("So-called “social remittances.” Migrants act.", "social remitances", "“social remittances.”"),
        ("It ends “on social remittances.” Migrants act.", "social remitances", "social remittances."),
        ("A parenthesis (of sorts), then more.", "parenthesis of sort", "parenthesis (of sorts)"),
        # the passage offered occurs once: `data` alone occurs three times, `data.` once
        ("Data, more data; and data.", "dta", "data."),
        # a possessive's apostrophe is the word's: `the migrants` was offered, words the paragraph does not have
        ("Remittances reach the migrants’ families.", "reach the migrnts", "reach the migrants’"),
        ("Remittances reach the migrants' families.", "reach the migrnts", "reach the migrants'"),
    ],
)
def test_the_closest_passage_starts_and_ends_on_a_word_and_is_a_quote_the_check_accepts(
    paragraph: str, quote: str, passage: str
) -> None:
    """A passage ending on `,`, `;`, a dash or an opening mark was offered, to be copied into `quote:` as it was."""
    pages = {"migration-and-transnationalism/opportunities.md": PageInventory(paragraphs=(Paragraph("p3", paragraph),))}
    problems = [str(p) for p in check_targets((annotation(quote=quote),), pages)]
    assert problems == [f"{PATH}: target.quote: '{quote}' is not in p3 (closest passage: '{passage}')"]
    assert check_targets((annotation(quote=passage),), pages) == [], "the offered passage is a quote the check accepts"


@pytest.mark.parametrize(
    ("run", "trimmed"),
    [
        ("“a b”,", "“a b”"),  # a whole quotation, its comma left off
        ("“a b,", "a b"),  # an opening mark not closed in the run
        ("a b.”", "a b."),  # a closing mark not opened in it: the full stop stays
        ('"a b".', '"a b".'),  # a straight mark opens and closes alike
        ("(a (b)", "a (b)"),
        ("– a –", "a"),
        ("– … –", ""),  # no word: no passage
        ("'a b',", "'a b'"),  # a straight single mark too
    ],
)
def test_word_edges_keep_a_final_stop_and_marks_paired_in_the_run(run: str, trimmed: str) -> None:
    assert word_edges(run) == trimmed


@pytest.mark.parametrize(
    ("run", "trimmed"),
    [
        ("cafe\u0301,", "cafe\u0301"),  # a combining accent (`café` decomposed) is its letter's: `cafe` misquoted it
        ("भाषा में लिखी", "भाषा में लिखी"),  # a vowel sign ends a Devanagari word: `लिख` was another word
        ("by 10%,", "by 10%"),  # a per cent is the number's: `by 10` said another thing
        ("$5 a day", "$5 a day"),  # so is a currency's sign
        ("+44 (0)", "+44 (0)"),
        ("20 °C;", "20 °C"),
    ],
)
def test_word_edges_keep_what_a_word_or_number_is_written_with(run: str, trimmed: str) -> None:
    """Only punctuation is left off a passage's edges: a mark, a per cent or a sign written with a word is its own."""
    assert word_edges(run) == trimmed


@pytest.mark.parametrize(
    ("run", "trimmed"),
    [
        # no quotation opened in the passage: the word's own apostrophe, a possessive (`the migrants` was not the text)
        ("the migrants’", "the migrants’"),
        ("the migrants',", "the migrants'"),
        ("of the migrants’.", "of the migrants’."),
        ("“the migrants’", "the migrants’"),  # a `“` closed by no `”` is still left off
        # a quotation opened in the passage: its closing mark, kept with its opening one as before
        ("‘the migrants’", "‘the migrants’"),
        ("'the migrants',", "'the migrants'"),
        ("‘a b.’", "‘a b.’"),
        ("a b.’", "a b."),  # after a stop, a closing mark, not a word's: unopened, left off
        # an apostrophe inside a word (`don’t`) neither opens nor closes a quotation
        ("‘don’t go’,", "‘don’t go’"),
        ("'don't go',", "'don't go'"),
        ("don’t go’", "don’t go’"),
    ],
)
def test_word_edges_keep_an_apostrophe_that_ends_a_word(run: str, trimmed: str) -> None:
    """A possessive's apostrophe (`the migrants’`) was left off as if it closed a quotation the passage never opened."""
    assert word_edges(run) == trimmed


@pytest.mark.parametrize(
    ("run", "trimmed"),
    [
        # an elision's apostrophe before the first word, closed by no mark in the passage: the word's own
        ("’90s,", "’90s"),
        ("’tis the season", "’tis the season"),
        ("'til the end;", "'til the end"),
        ("(’90s)", "(’90s)"),  # kept, and the bracket around it with its partner
        ("– ’tis", "’tis"),  # a dash before it is still left off
        ("’tis the migrants’", "’tis the migrants’"),  # a possessive after it is kept as before
        # not an elision: a mark apart from the word, or an opening mark, unchanged
        ("’ the migrants", "the migrants"),
        ("‘the migrants", "the migrants"),
        ("‘the migrants’", "‘the migrants’"),
        ("'the migrants',", "'the migrants'"),
        ("’…", ""),
    ],
)
def test_word_edges_keep_an_apostrophe_that_starts_a_word(run: str, trimmed: str) -> None:
    """An elision's apostrophe (`’90s`, `'til`) was left off as an unpaired mark: `90s` is not the source's word."""
    assert word_edges(run) == trimmed


def test_the_closest_passage_keeps_an_elision_s_apostrophe() -> None:
    """`90s remittances grew` was offered for the source's `’90s`: copied into `quote:`, words it does not have."""
    paragraph = Paragraph("p3", "In the ’90s remittances grew; 'til then they fell.")
    assert closest_passage(paragraph, "90s remittances grew")[0] == "’90s remittances grew"
    assert closest_passage(paragraph, "til then they fel")[0] == "'til then they fell."


@pytest.mark.parametrize(
    ("before", "run", "after", "trimmed"),
    [
        # a `’` closes the quotation open before it, here opened before the run: left off with it
        ("He wrote of ‘the ", "great migration’", " in 1990.", "great migration"),
        ("He wrote of 'the ", "great migration'", " in 1990.", "great migration"),
        ("He wrote of ‘the ", "migrants’’", " homes.", "migrants’"),  # the word's, then the closing one
        # no quotation open before it: the word's own, a possessive
        ("Of ‘remittances’ to ", "the migrants’", " homes.", "the migrants’"),
        ("In the ’90s ", "the migrants’", " homes.", "the migrants’"),  # an elision opens nothing
        ("The workers' pay and ", "the migrants'", " homes.", "the migrants'"),  # nor does a possessive
        # an opening mark closed after the run is half a quotation too: not an elision's `'til`
        ("He wrote ", "'the great", " migration' in 1990.", "the great"),
        ("Times were hard ", "'til then", " they fell.", "'til then"),
    ],
)
def test_word_edges_read_a_quotation_mark_with_the_paragraph_around_the_run(
    before: str, run: str, after: str, trimmed: str
) -> None:
    """`great migration’` was offered for `‘the great migration’`: the `’` closes a `‘` the run leaves out."""
    assert word_edges(run, before, after) == trimmed


@pytest.mark.parametrize(
    ("run", "trimmed"),
    [
        ("‘the migrants’ rights", "‘the migrants’ rights"),  # the `’` closes the `‘` open before it: a pair, whole
        ("‘the migrants’ rights’", "‘the migrants’ rights’"),  # then a possessive
        ("‘‘the migrants’", "‘the migrants’"),  # one `’` closes one `‘`: the other was kept by the same one
        ("((a)", "(a)"),
        ("“““a””", "““a””"),
        # marks after a word beyond the quotations open: the first is the word's, the last close (`the migrants’’`)
        ("‘the migrants’’", "‘the migrants’’"),
        ("‘the migrants’’,", "‘the migrants’’"),
        ("the migrants’’", "the migrants’"),  # none open: the word's, and a lone mark left off
        ("'the migrants''", "'the migrants''"),
    ],
)
def test_word_edges_pair_each_closing_mark_with_one_opening_mark(run: str, trimmed: str) -> None:
    """`‘‘the migrants’` kept both `‘` for one `’`, and `‘the migrants’’` lost the mark closing its quotation."""
    assert word_edges(run) == trimmed


def test_the_closest_passage_leaves_off_a_quotation_mark_opened_before_it() -> None:
    """`great migration’` was offered, half a quotation: the `‘` opening it stands before the passage."""
    assert closest_passage(Paragraph("p1", "He wrote of ‘the great migration’ in 1990."), "great migratio")[0] == (
        "great migration"
    )
    assert closest_passage(Paragraph("p1", "He wrote of 'the great migration' in 1990."), "great migratio")[0] == (
        "great migration"
    )
    assert closest_passage(Paragraph("p1", "They met ‘the migrants’’ families."), "migrnts")[0] == "migrants’"
    assert closest_passage(Paragraph("p1", "They met ‘the migrants’’ families."), "‘the migrnts’’")[0] == (
        "‘the migrants’’"
    )


def test_the_closest_passage_keeps_a_number_s_per_cent_and_a_word_s_accent() -> None:
    """`remittances grew by 10` was offered for `grew by 10%`: copied into `quote:`, a quote of another number."""
    assert closest_passage(Paragraph("p3", "Remittances grew by 10%, then fell."), "grew by 10 %")[0] == "grew by 10%"
    assert closest_passage(Paragraph("p3", "Ask the cafe\u0301, then go."), "the cafe")[0] == "the cafe\u0301"


def test_a_quote_ending_before_a_combining_mark_ends_inside_its_letter() -> None:
    """`cafe` of `café` written decomposed leaves its accent out of the highlight: widened as a word cut short."""
    assert whole_words("Ask the cafe\u0301, then go.", "the cafe") == "the cafe\u0301"
    assert whole_words("Ask the cafe\u0301, then go.", "\u0301, then") == "cafe\u0301, then"
