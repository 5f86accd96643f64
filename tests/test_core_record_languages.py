"""A source's record's language: a tag named in English, or a malformed one named in one line with the form to write."""

from __future__ import annotations

import pytest
from record_check_helpers import bibliography_lines, seeing

from hooks.core.bibliography import format_value
from hooks.core.languages import language_name


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("en", "English"),
        ("EN", "English"),  # case carries no meaning in a tag
        ("pt-BR", "Portuguese (Brazil)"),
        ("zh-Hant", "Chinese (Traditional)"),
        ("es-419", "Spanish (Latin America)"),
        ("ca-ES-valencia", "Catalan (Spain, Valencian)"),
        ("grc", "Ancient Greek"),  # a language CLDR names though no locale speaks it
        ("en-US-u-ca-gregory", "English (United States)"),  # an extension is not named
        ("en-x-edition", "English"),  # nor a private-use part
        ("zh-yue", "Cantonese"),  # an extended language subtag is the language
        ("x-klingon", None),  # a private-use tag: well-formed, shown as written
        ("en-QQ", None),  # a private-use region
        ("xx", None),
        ("english", None),
        ("en_GB", None),  # a locale's underscore, not a tag's hyphen
        ("", None),
    ],
)
def test_a_language_tag_is_named_in_english(tag: str, expected: str | None) -> None:
    assert language_name(tag) == expected


@pytest.mark.parametrize(
    ("tag", "shown"),
    [
        ("pt-br", "Portuguese (Brazil)"),
        ("en-US-u-ca-gregory", "English (United States)"),
        ("yue-HK", "Cantonese (Hong Kong SAR China)"),
        ("x-klingon", "x-klingon"),
        ("en-QM", "en-QM"),  # a private-use region
        ("qaa", "qaa"),  # a private-use language: it "named no language CLDR knows"
        ("qtz-Latn-x-edition", "qtz-Latn-x-edition"),
    ],
)
def test_a_well_formed_tag_is_named_or_shown_as_written(tag: str, shown: str) -> None:
    assert bibliography_lines({"type": "report", "title": "T", "language": tag}) == []
    assert format_value("language", tag) == shown


MALFORMED = "is not a BCP 47 language tag (write a language's tag, with a script, region or variants after it if need be: fr, es-419, pt-BR, zh-Hant, ca-ES-valencia)"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("English", "'English' is not a language tag as CLDR writes it (did you mean 'en'?)"),
        ("eng", "'eng' is not a language tag as CLDR writes it (did you mean 'en'?)"),
        ("fre", "'fre' is not a language tag as CLDR writes it (did you mean 'fr'?)"),
        ("eng-GB", "'eng-GB' is not a language tag as CLDR writes it (did you mean 'en-GB'?)"),
        # a locale's underscore, a stray space: the hint was the generic one
        ("en_GB", "'en_GB' is not a language tag as CLDR writes it (did you mean 'en-GB'?)"),
        ("EN_gb", "'EN_gb' is not a language tag as CLDR writes it (did you mean 'en-GB'?)"),
        ("en ", "'en ' is not a language tag as CLDR writes it (did you mean 'en'?)"),
        ("en-", f"'en-' {MALFORMED}"),
        ("en-US-u", f"'en-US-u' {MALFORMED}"),
        ("Klingon language", f"'Klingon language' {MALFORMED}"),
        ("en-UK", "'en-UK' is not a language tag as CLDR writes it (did you mean 'en-GB'?)"),  # CLDR's alias
        # an extended-language form: BCP 47 writes it as its extended subtag, and what follows it
        ("zh-yue", "'zh-yue' is not a language tag as CLDR writes it (did you mean 'yue'?)"),
        ("sgn-ase-US", "'sgn-ase-US' is not a language tag as CLDR writes it (did you mean 'ase-US'?)"),
        # both: the hint was the extended form, which is refused in its turn
        ("zh_yue", "'zh_yue' is not a language tag as CLDR writes it (did you mean 'yue'?)"),
        ("sgn_ase_US", "'sgn_ase_US' is not a language tag as CLDR writes it (did you mean 'ase-US'?)"),
        # the extended subtag is the language, the last of several (zh-min-nan: nan), written as CLDR writes it
        # (zh-cmn-Hans: zh-Hans, as `cmn` alone): 'min-nan' was offered and refused in turn, zh-cmn-Hans named unknown
        ("zh-min-nan", "'zh-min-nan' is not a language tag as CLDR writes it (did you mean 'nan'?)"),
        ("zh-cmn-Hans", "'zh-cmn-Hans' is not a language tag as CLDR writes it (did you mean 'zh-Hans'?)"),
        ("ms_zsm", "'ms_zsm' is not a language tag as CLDR writes it (did you mean 'ms'?)"),
        ("en_UK", "'en_UK' is not a language tag as CLDR writes it (did you mean 'en-GB'?)"),
        (
            "xx",
            "'xx' names no language CLDR knows (write a language's tag, with a script, region or variants after it if need be: fr, es-419, pt-BR, zh-Hant, ca-ES-valencia)",
        ),  # a slip, not a tag
        (
            "qua",
            "'qua' names no language CLDR knows (write a language's tag, with a script, region or variants after it if need be: fr, es-419, pt-BR, zh-Hant, ca-ES-valencia)",
        ),  # beside private use's qaa–qtz
    ],
)
def test_the_language_is_a_well_formed_tag(language: str, expected: str) -> None:
    assert bibliography_lines({"type": "report", "title": "T", "language": language}) == [
        f"docs/s/index.md: bibliography.language: {seeing(expected, 'language')}"
    ]
