"""The glossary as the texts use it: the forms met on each page, aliases met nowhere, a term link's tooltip."""

from __future__ import annotations

import pytest

from hooks.core.glossary import Definition, Glossary, GlossaryTerm
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


def test_a_page_records_each_terms_paragraphs_in_number_order_and_the_forms_as_written() -> None:
    found = page_terms("a.md", {"t": {"p10", "p2", "p9"}, "u": set()}, ["Diaspora", "diaspora", "Diaspora"])
    assert found == PageTerms("a.md", {"t": ("p2", "p9", "p10"), "u": ()}, frozenset({"Diaspora", "diaspora"}))
