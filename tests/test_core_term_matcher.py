"""The term matcher: one pattern for every form, longest first, whatever the case, Unicode form or apostrophe."""

from __future__ import annotations

import functools
import re
import unicodedata

import pytest

from hooks.core.term_matcher import TermMatcher, combining_sequences, fold, form_key, form_pattern, names_one_of

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
