"""A good note read into an annotation: its fields kept, its language tag, its date, the schema in force."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from annotation_helpers import GOOD, PATH, SCHEMA, TODAY, parse
from conftest import ROOT

from hooks.core.annotation_checks import latest_today, parse_annotation
from hooks.core.schemas import Schema


def test_an_edited_schema_is_applied_to_a_file_already_checked() -> None:
    """`mkdocs serve` keeps the checks' cache across rebuilds; a schema saved in between must count."""
    assert parse(GOOD) == []
    narrower = Schema(SCHEMA.text.replace('"commenting", ', ""))
    _, _, problems = parse_annotation(PATH, GOOD, narrower, {"remittances"}, TODAY)
    assert [str(problem) for problem in problems] == [
        f"{PATH}: motivation: 'commenting' is not allowed (use one of: describing, editing, linking, questioning, classifying)"
    ]
    assert parse(GOOD) == []


def test_a_date_already_begun_east_of_utc_is_not_in_the_future() -> None:
    """At 10:30 UTC it is already the next day in Auckland: its contributor's note, dated so, passes."""
    today = latest_today(dt.datetime(2026, 12, 4, 10, 30, tzinfo=dt.UTC))
    assert today == dt.date(2026, 12, 5)
    assert parse_annotation(PATH, GOOD.replace("2026-11-22", "2026-12-05"), SCHEMA, {"remittances"}, today)[2] == []
    assert parse_annotation(PATH, GOOD.replace("2026-11-22", "2026-12-06"), SCHEMA, {"remittances"}, today)[2]


def test_a_good_file_becomes_an_annotation() -> None:
    annotation, claimed, problems = parse_annotation(PATH, GOOD, SCHEMA, {"remittances"}, TODAY)
    assert problems == [] and claimed == "x"
    assert annotation is not None
    assert (annotation.page, annotation.paragraph, annotation.quote) == (
        "migration-and-transnationalism/opportunities.md",
        "p3",
        "the transfer of ideas",
    )
    assert (annotation.motivation, annotation.tags, annotation.author, annotation.created) == (
        "commenting",
        ("remittances",),
        "A. Scholar",
        "2026-11-22",
    )
    assert annotation.body == "Body.\n"
    assert (annotation.author_type, annotation.language) == ("person", None)  # the defaults: a person, in English


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("fr", "fr"),
        ("es-419", "es-419"),
        ("en-gb", "en-GB"),
        ("PT-br", "pt-BR"),
        ("zh-hant", "zh-Hant"),
        ("zh-Hant-TW", "zh-Hant-TW"),
        ("sr-latn", "sr-Latn"),
        ("yue-Hant-HK", "yue-Hant-HK"),
        ("ca-ES-Valencia", "ca-ES-valencia"),
        ("de-ch-1996", "de-CH-1996"),
        ("qaa", "qaa"),
        ("QTZ-Latn", "qtz-Latn"),  # private use: it "named no language CLDR knows"
    ],
)
def test_a_language_tag_is_taken_in_any_case_and_kept_in_its_usual_one(written: str, kept: str) -> None:
    """BCP 47 tags ignore case (RFC 5646 § 2.1.1); written one way, screen readers and the export compare them equal."""
    text = GOOD.replace("created: 2026-11-22", f"created: 2026-11-22\nlanguage: {written}")
    annotation, _, problems = parse_annotation(PATH, text, SCHEMA, {"remittances"}, TODAY)
    assert problems == [] and annotation is not None and annotation.language == kept


@pytest.mark.parametrize("written", ["pt_BR", "english", "e", "fr-", "zh-Hant-TWN", "'fr '"])
def test_what_is_no_language_tag_is_named(written: str) -> None:
    text = GOOD.replace("created: 2026-11-22", f"created: 2026-11-22\nlanguage: {written}")
    assert [line.split(": ", 2)[1] for line in parse(text)] == ["language"]


@pytest.mark.parametrize(
    ("written", "line"),
    [
        ("eng", "'eng' is not a language tag as CLDR writes it (did you mean 'en'?)"),
        ("en-UK", "'en-UK' is not a language tag as CLDR writes it (did you mean 'en-GB'?)"),
        # an extended-language form, which BCP 47 writes as its extended subtag: it passed as written
        ("zh-yue", "'zh-yue' is not a language tag as CLDR writes it (did you mean 'yue'?)"),
        (
            "xx",
            "'xx' names no language CLDR knows (write a language's tag, with a script, region or variants after it if need be: fr, es-419, pt-BR, zh-Hant, ca-ES-valencia)",
        ),
        # a locale's underscore, a stray space: the hint was the generic one
        ("EN_gb", "'EN_gb' is not a language tag as CLDR writes it (did you mean 'en-GB'?)"),
        ("'en '", "'en ' is not a language tag as CLDR writes it (did you mean 'en'?)"),
        (
            "en-",
            "'en-' is not a BCP 47 language tag (write a language's tag, with a script, region or variants after it if need be: fr, es-419, pt-BR, zh-Hant, ca-ES-valencia)",
        ),
    ],
)
def test_a_tag_screen_readers_would_not_know_is_refused_as_in_a_record(written: str, line: str) -> None:
    """The schema's pattern takes them: an old code, CLDR's alias of a region, a slip; `lang="xx"` was published."""
    text = GOOD.replace("created: 2026-11-22", f"created: 2026-11-22\nlanguage: {written}")
    assert parse(text) == [f"{PATH}: language: {line}"]


@pytest.mark.parametrize("written", ["x-klingon", "en-GB-x-foo", "yue-HK", "en-US-u-ca-gregory", "qaa", "ZH-hant-TW"])
def test_an_annotation_takes_every_tag_a_source_s_record_takes(written: str) -> None:
    """The annotation schema's pattern took language, script, region and variants only: `x-klingon` and
    `en-US-u-ca-gregory`, which a record takes and names, were "not a tag an annotation takes"."""
    text = GOOD.replace("created: 2026-11-22", f"created: 2026-11-22\nlanguage: {written}")
    assert parse(text) == []


def test_an_organization_s_note_in_another_language_says_so() -> None:
    text = GOOD.replace("author: {name: A. Scholar}", "author: {name: Edition editors, type: organization}")
    annotation, _, problems = parse_annotation(PATH, text, SCHEMA, {"remittances"}, TODAY)
    assert problems == [] and annotation is not None and annotation.author_type == "organization"
    text = GOOD.replace("created: 2026-11-22", "created: 2026-11-22\nlanguage: pt-BR")
    annotation, _, problems = parse_annotation(PATH, text, SCHEMA, {"remittances"}, TODAY)
    assert problems == [] and annotation is not None and annotation.language == "pt-BR"


def test_the_reference_example_of_annotations_readme_passes_the_checks() -> None:
    """A newcomer copies it first: its comments must not make it fail."""
    readme = (ROOT / "annotations/README.md").read_text(encoding="utf-8")
    example = re.search(r"```markdown\n(.*?)```", readme, re.DOTALL)
    assert example
    path = "annotations/notes/social-remittances-scope.md"
    annotation, _, problems = parse_annotation(path, example.group(1), SCHEMA, {"remittances"}, TODAY)
    assert [str(problem) for problem in problems] == []
    assert annotation and annotation.quote == "so-called “social remittances.”"
