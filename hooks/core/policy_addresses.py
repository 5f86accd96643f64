"""Where the policy-area pages are, and what of them the anchor lock holds.

Their paths and URLs, the areas the lock says were published, and where a link to an area page's
vanished group lands. Known without rendering a page: the generated pages' list, the W3C export,
the anchor check, the annotations' checks and `make check` import them from here, not from what
the pages show (`policy_pages.py`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from hooks.core.policy_areas import SECTION_IDS

FOLDER = "policy-areas"
OVERVIEW_PATH = f"{FOLDER}/index.md"


def area_path(area_id: str) -> str:
    """The source path of an area's generated page (its URL is `area_url(area_id)`)."""
    return f"{FOLDER}/{area_id}.md"


def area_url(area_id: str) -> str:
    """An area page's URL from the site's root: `policy-areas/<id>/`, the area's published IRI."""
    return f"{FOLDER}/{area_id}/"


def is_area_page(key: str) -> bool:
    """Whether a lock key (`/policy-areas/<id>/`) is an area's own page: not the overview, `/policy-areas/`."""
    return key.startswith(f"/{FOLDER}/") and key.count("/") == 3


def published_areas(lock: Mapping[str, list[str]]) -> set[str]:
    """The ids of the areas whose page the anchor lock holds (`/policy-areas/<id>/`)."""
    return {key.split("/")[2] for key in lock if is_area_page(key)}


def published_or_unknown(lock: Mapping[str, list[str]], problems: Sequence[object]) -> set[str] | None:
    """`published_areas`, or None while the lock has problems (did not load): which were published is not known."""
    return None if problems else published_areas(lock)


def vanished_group_redirects(lock: Mapping[str, list[str]], built: Mapping[str, list[str]]) -> dict[str, str]:
    """Send a source's group on an area page, gone with its last tagged item, to the section it was in.

    Retagging is editing data: when nothing of a source is tagged with an area any more, its group
    (`#annotations-<source>`) goes with it, and a link to it lands on the section (`#annotations`),
    which every area page keeps, instead of failing the build until someone declares the move.
    """
    redirects = {}
    for page, ids in lock.items():
        if not page.startswith(f"/{FOLDER}/") or page not in built:
            continue
        present = set(built[page])
        for anchor_id in ids:
            section = anchor_id.partition("-")[0]
            if anchor_id != section and section in SECTION_IDS and section in present and anchor_id not in present:
                redirects[f"{page}#{anchor_id}"] = f"{page}#{section}"
    return redirects
