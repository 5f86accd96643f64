"""The code spans kept on one line (`hooks.core.short_code`): one rule for Markdown's spans and the build's HTML."""

from __future__ import annotations

import pytest

from hooks.core.short_code import SHORT_CODE_LENGTH, code_span, is_short_text, shown_width


@pytest.mark.parametrize(("text", "width"), [("p-12", 4), ("移民", 4), ("２０２６", 8), ("é", 1), ("", 0)])
def test_a_wide_character_takes_two_columns(text: str, width: int) -> None:
    assert shown_width(text) == width


@pytest.mark.parametrize(("text", "short"), [
    ("a" * SHORT_CODE_LENGTH, True),
    ("a" * (SHORT_CODE_LENGTH + 1), False),
    ("移" * 12, True),
    ("移" * 13, False),
    ("", False),  # nothing to keep whole
])  # fmt: skip
def test_a_span_is_short_up_to_the_columns_a_phone_s_narrowest_column_holds(text: str, short: bool) -> None:
    assert is_short_text(text) is short


@pytest.mark.parametrize(("text", "html"), [
    ("#pN", '<code class="short-code">#pN</code>'),
    ("/<text>/<section>/", '<code class="short-code">/&lt;text&gt;/&lt;section&gt;/</code>'),
    ("a & b", '<code class="short-code">a &amp; b</code>'),
    ("…/migration-and-transnationalism/#p3", "<code>…/migration-and-transnationalism/#p3</code>"),
    # Spaces count as shown: a run of them is one.
    ("a" * 12 + " " * 13 + "b" * 11, '<code class="short-code">' + "a" * 12 + " " * 13 + "b" * 11 + "</code>"),
])  # fmt: skip
def test_a_span_written_as_html_is_marked_as_a_markdown_span_would_be(text: str, html: str) -> None:
    assert code_span(text) == html
