"""The ids the policy-area pages have: the overview's, an area page's sections and its sources' groups.

Known from the taxonomy and the areas' index alone, without rendering a page: the pages are written with them
(`policy_pages.py`), and `make check` checks a link's `#id` there and the anchor lock against them
(`hook_page_ids` in `generated_pages.py`), so both read one table of the sections and one rule for a group's id.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from hooks.core.policy_areas import ANNOTATIONS_SECTION, OVERVIEW_ID, PAGES_SECTION, PARAGRAPHS_SECTION, PolicyArea
from hooks.core.policy_index import AreaEntry, group_by_source

RE_NOT_ID = re.compile(r"[^a-z0-9-]+")

SECTIONS = (  # an area page's lists: title, id, and what an empty one says
    ("Pages", PAGES_SECTION, "No page is tagged with this area yet."),
    ("Paragraphs", PARAGRAPHS_SECTION, "No paragraph is tagged with this area yet."),
    ("Annotations", ANNOTATIONS_SECTION, "No annotations yet."),
)


def overview_ids(areas: Sequence[PolicyArea]) -> list[str]:
    """The ids `render_overview` gives `/policy-areas/`: the taxonomy's alone, so `make check` knows them unbuilt."""
    return [OVERVIEW_ID, *(area.id for area in areas)]


def area_page_ids(entry: AreaEntry) -> list[str]:
    """The ids `render_area_header` and `area_sections` give an area's page, which `make check` checks against."""
    ids = [entry.area.id]
    for (_, section_id, _), groups in zip(SECTIONS, area_groups(entry), strict=True):
        ids += [section_id, *(group_id(section_id, source) for source, _ in groups)]
    return ids


def area_groups(entry: AreaEntry) -> tuple[list[tuple[str, list[Any]]], ...]:
    """What each of `SECTIONS` lists, by source in order of appearance: its items, and its groups' ids."""
    return (
        group_by_source(entry.pages, lambda page: page.source),
        group_by_source(entry.paragraphs, lambda item: item.source),
        group_by_source(entry.annotations, lambda note: note.source),
    )


def group_id(section_id: str, source: str) -> str:
    """The id of a source's group in a section of an area page: `annotations-<source>`."""
    return f"{section_id}-{RE_NOT_ID.sub('-', source.lower()) or 'other'}"
