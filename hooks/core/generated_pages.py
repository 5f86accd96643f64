"""The pages the hooks generate, none of them in docs/: which there are, and which the navigation shows.

The glossary, `/annotations/`, the policy areas' overview and one page per area. The build adds them
(`hooks/adapters/state.py`, `generated_page`); `make check` knows them to check `nav:` and the links
to them (`hooks/cli/site_files.py`, `hooks/cli/check.py`), as the annotations extension listed by
dotted path does a body's links (`hooks/mdx/annotation_files.py`). What they hold is made elsewhere:
`glossary_page.py`, `annotation_index.py`, `policy_site.py`; `make check` asks those modules for the ids the
pages will have (`hook_page_ids`, an area page's `policy_page_ids.py`), to check a link's `#id` there and the
anchor lock without building them.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from urllib.parse import unquote

from hooks.core.anchor_lock import page_key
from hooks.core.annotation_index import INDEX_PAGE, index_page_ids
from hooks.core.annotations import Annotation
from hooks.core.glossary_page import EXPORT_FILE as GLOSSARY_EXPORT
from hooks.core.glossary_page import GLOSSARY_PAGE
from hooks.core.policy_addresses import OVERVIEW_PATH, area_path
from hooks.core.policy_areas import PolicyArea
from hooks.core.policy_index import AreaEntry, listed_notes
from hooks.core.policy_page_ids import area_page_ids, overview_ids
from hooks.core.w3c import EXPORT_FILE as ANNOTATIONS_EXPORT


def area_pages(areas: Iterable[PolicyArea]) -> dict[str, PolicyArea | None]:
    """The source path of every policy-area page: the overview (None), then one page per area."""
    generated: dict[str, PolicyArea | None] = {OVERVIEW_PATH: None}
    generated.update({area_path(area.id): area for area in areas})
    return generated


def hook_pages(areas: Iterable[PolicyArea]) -> list[str]:
    """The source path of every page the hooks generate, none in docs/: the glossary, `/annotations/`, the areas'.

    A body may link to them (`glossary.md#diaspora`): `make check` and the extension listed by dotted
    path, which render no such page, know them from here, their ids from `hook_page_ids`.
    """
    return [GLOSSARY_PAGE, INDEX_PAGE, *area_pages(areas)]


def hook_page_ids(
    listed: Sequence[Annotation], areas: Sequence[PolicyArea], entries: Iterable[AreaEntry]
) -> dict[str, tuple[str, ...]]:
    """The ids `/annotations/`, the areas' overview and each area's page will have, by the functions that write them.

    `listed`: the notes that stand, which `/annotations/` and the area pages list (`anchored`); `entries`: the
    areas' index (`index_site`), whose sources give an area's page its groups. The glossary's are `glossary_page_ids`.
    """
    shown = {annotation.id for annotation in listed}
    ids = {INDEX_PAGE: index_page_ids(listed), OVERVIEW_PATH: tuple(overview_ids(areas))}
    return ids | {area_path(entry.area.id): tuple(area_page_ids(entry)) for entry in listed_notes(entries, shown)}


def hook_files(areas: Iterable[PolicyArea]) -> list[str]:
    """Every file the hooks add to the site's files (`on_files`): their pages and the exports a page may link to.

    Not what they write after the build (`anchors.json`): MkDocs does not know it, and a link to it fails.
    """
    return [*hook_pages(areas), GLOSSARY_EXPORT, ANNOTATIONS_EXPORT]


def in_nav(page: str) -> bool:
    """Whether a page the hooks generate goes in the navigation: the glossary, `/annotations/`, the areas' overview.

    Not an area's page: the overview leads to them, as Material's tags index leads to its tag pages;
    fifteen more entries would make the sidebar twice as long as the texts it is there to show, and
    every page renders the whole navigation. The build adds each page so (`generated_page` in
    `hooks/adapters/state.py`) and `make check` asks `nav:` for these (`check_configured_nav`).
    """
    return page in (GLOSSARY_PAGE, INDEX_PAGE, OVERVIEW_PATH)


def locked_docs_pages(lock: Iterable[str], kept: Collection[str] = ()) -> frozenset[str]:
    """The files of docs/ whose page the anchor lock published (its keys read back): `page_hint`'s `published`.

    An address is a page's `.md` file or its folder's `index.md` (or `README.md`): one of them published it.
    The hooks' pages are none (the glossary, `/annotations/`, the areas', one taken out of the taxonomy too):
    a note or a link at one is not at a page of docs/ renamed without its move. `kept`: the files docs/ still
    holds, those `exclude_docs` or `draft_docs` leave out too: such a page was not renamed, and its line says
    that the site leaves it out, not that its move is missing.
    """
    hooks = page_key(GLOSSARY_PAGE), page_key(INDEX_PAGE), page_key(OVERVIEW_PATH)
    files = set()
    for key in lock:
        if key == hooks[0] or key.startswith(hooks[1:]):
            continue
        path = unquote(key).strip("/")
        if path.endswith(".html"):  # a key of `use_directory_urls: false`, which its own line refuses
            files.add(f"{path.removesuffix('.html')}.md")
            continue
        folder = f"{path}/" if path else ""
        files.update({f"{folder}index.md", f"{folder}README.md", *([f"{path}.md"] if path else [])})
    return frozenset(files.difference(kept))
