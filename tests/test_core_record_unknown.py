"""A source's record's unknown items: a list of texts, each showing something, listed apart from the known fields."""

from __future__ import annotations

import pytest
from record_check_helpers import seeing

from hooks.core.bibliography import render_record
from hooks.core.bibliography_checks import check_unknown


@pytest.mark.parametrize(
    ("unknown", "lines"),
    [
        (["a DOI"], []),
        ("a DOI", ["unknown: must be a list of texts (write each on a line starting with '- ')"]),
        # YAML's reading of `- yes`, `- 2010`: the schema's line for a text field, which the callers offer as written
        (
            ["a DOI", True, 2010],
            [
                "unknown[1]: must be text, not true or false (put the text in quotes)",
                "unknown[2]: must be text, not a number (put the text in quotes)",
            ],
        ),
        (["a DOI", None], ["unknown: must be a list of texts (write each on a line starting with '- ')"]),
        # an empty '- ' in the record's Markdown: the item above it became a heading, which failed the build alone
        *(
            (["a DOI", blank], ["unknown[1]: is blank (say what is not known, or remove it)"])
            for blank in ("", " ", "\x85", "\u00a0", "\u200b")
        ),
        (["a\x00DOI"], ["unknown[0]: holds control characters no one can see: U+0000 (delete them)"]),
        # a dash alone says nothing: a dash in the list of dashes
        *(
            (["a DOI", mark], [f"unknown[1]: {mark!r} has no letter or digit (say what is not known, or remove it)"])
            for mark in ("-", "---", "…", "?")
        ),
        (
            ["a\u2028DOI"],
            [
                "unknown[0]: holds control characters no one can see: U+2028 (delete them: a line or paragraph separator (U+2028, U+2029) is a line break no one sees, so write a space in its place)"
            ],
        ),
    ],
)
def test_what_is_unknown_is_a_list_of_texts_each_showing_something(unknown: object, lines: list[str]) -> None:
    expected = [f"docs/s/index.md: {seeing(line, 'unknown')}" for line in lines]
    assert [str(p) for p in check_unknown("docs/s/index.md", unknown)] == expected


def test_record_shows_known_fields_and_lists_unknown_ones() -> None:
    record = render_record(
        {"type": "chapter", "title": "T", "editor": [{"family": "Castles", "given": "Stephen"}], "page": "285-304"},
        ["the author"],
        citing="../about/citing.md#formats",
    )
    assert "Type\n:   Book chapter" in record
    assert "Editor\n:   Stephen Castles\n" in record  # one editor
    assert "Pages\n:   285–304" in record
    assert "Not known to the edition\n:   - the author" in record
    assert record.startswith(
        '<div class="bibliographic-record" markdown>\n\n'
        "The edition's normalised record of the work, from which its citations and downloads are made "
        "([Citing the edition](../about/citing.md#formats)).\n\nType\n"
    )
    assert record.endswith("</div>")
    assert "made.\n\nType" in render_record({"type": "report"}, [], citing=None)  # a site without the Citing page
