"""Unit tests of a date as an editor types it: the line naming it refused, and the day it stands for."""

from __future__ import annotations

import pytest

from hooks.core.typed_dates import not_a_date


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("22/11/2026", "'22/11/2026' is not a date"),
        # Python's repr switched to double quotes around a value holding a quote: every other line names it in '…'
        ("it's 5 May", "'it's 5 May' is not a date"),
        ('the "5th"', "'the \"5th\"' is not a date"),
    ],
)
def test_a_date_refused_is_named_as_written_in_the_project_s_quotes(written: str, message: str) -> None:
    assert not_a_date(written) == message
