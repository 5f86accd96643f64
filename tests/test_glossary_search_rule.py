"""The rule the glossary's search test applies (`search_misrank`): which results lead a reader to a term's entry."""

from __future__ import annotations

import pytest
from glossary_helpers import search_misrank

G = "/glossary/"
NAMES = {
    "transnational": ["transnational", "transnationally"],
    "transnational-activities": ["transnational activities"],
    "transnational-community": ["transnational community", "transnational communities"],
}
OTHER = ["/migration-and-transnationalism/"]


@pytest.mark.parametrize(
    ("results", "term_id", "name", "why"),
    [
        (
            [[G, f"{G}#transnational-activities", f"{G}#transnational"], OTHER],
            "transnational-activities",
            "transnational activities",
            "",
        ),
        # A term all of whose words the name holds may come just before: its heading scores one typed word twice.
        (
            [[G, f"{G}#transnational", f"{G}#transnational-activities"], OTHER],
            "transnational-activities",
            "Transnational Activities",
            "",
        ),
        # Not a term the name holds: a ranking defect.
        (
            [[G, f"{G}#transnational-community", f"{G}#transnational-activities"], OTHER],
            "transnational-activities",
            "transnational activities",
            "entry ranked 1, first: ['/glossary/', '/glossary/#transnational-community']",
        ),
        # The entry third: a defect, whatever comes first.
        (
            [[G, f"{G}#transnational", f"{G}#transnational-community", f"{G}#transnational-activities"]],
            "transnational-activities",
            "transnational activities",
            "entry ranked 1, first: ['/glossary/', '/glossary/#transnational']",
        ),
        # The shorter term's own search: its entry first, no one before it.
        (
            [[G, f"{G}#transnational-activities", f"{G}#transnational"]],
            "transnational",
            "transnational",
            "entry ranked 1, first: ['/glossary/', '/glossary/#transnational-activities']",
        ),
        # Another page first: a defect, even with the entry right after the contained term's.
        (
            [OTHER, [G, f"{G}#transnational", f"{G}#transnational-activities"]],
            "transnational-activities",
            "transnational activities",
            "entry ranked 2, first: ['/migration-and-transnationalism/']",
        ),
        (
            [[G, f"{G}#transnational"]],
            "transnational-activities",
            "transnational activities",
            "entry ranked None, first: ['/glossary/', '/glossary/#transnational']",
        ),
    ],
)
def test_a_search_leads_to_the_entry_first_or_just_after_a_term_the_name_holds(
    results: list[list[str]], term_id: str, name: str, why: str
) -> None:
    assert search_misrank(results, G, term_id, name, NAMES) == why
