"""Where a source's record stands: its landing page only, and the one line for one written or asked for elsewhere.

A record is read from its source's landing page (`landing_source`): a folder's `index.md` naming
that folder as its `source`. On any other page its fields, its `unknown:` or its marker line are
one line saying where they belong (`placement_problem`), none where the page's `source` line is
the fix (`placed_by_source`); on a folder's `index.md`, offering that `source:` line first, plainly
where the anchor lock shows the page was its source's landing page (`published_landing`). What is
known of the page is gathered once (`describe_page`), as the build and make check both hold it. What
the fields say is `bibliography_checks.py`'s.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import KW_ONLY, dataclass
from typing import Any

from hooks.core.anchor_lock import LOCK_FILE, page_key
from hooks.core.bibliography_checks import CSL_FIELDS
from hooks.core.heading_ids import CITE_ID
from hooks.core.landing_pages import index_folder, landing_source
from hooks.core.problems import Problem
from hooks.core.record_guide import see_guide
from hooks.core.record_marker import RECORD_MARKER
from hooks.core.source_page_checks import missing_page_fields
from hooks.core.text import in_series
from hooks.core.yaml_lines import in_backticks, keys_path, line_to_write

# Where a record is read from (`landing_source`), as the lines on one written elsewhere name it.
LANDING_PAGE = f"docs/<source>/index.md, the page with {in_backticks('source: <source>')}"
READ_THERE_ONLY = "is read from a source's landing page only"  # a `bibliography:` or `unknown:` elsewhere


@dataclass(frozen=True)
class RecordPage:
    """What is known of a page, as where a record stands asks it: gathered once (`describe_page`), read by one rule.

    The build and make check gather it with the one function from what both hold, so neither can word
    a line otherwise for a fact it gathered its own way; a new fact is a field here, not one more
    keyword at every call.
    """

    path: str  # the page from the project's root (`docs/s/index.md`), as its line names it
    meta: Mapping[str, Any]  # its front matter
    _: KW_ONLY
    marker: bool  # it has the record's marker line (`has_record_marker`): it asks for a record
    landing: bool = False  # it is its source's landing page (`landing_source`): its record stands here
    source_said: bool = False  # a folder's `index.md` whose `source` has its own line (`placed_by_source`)
    landing_published: bool = False  # the lock shows it was its source's landing page (`published_landing`)


def describe_page(
    page: str,
    meta: Mapping[str, Any],
    *,
    marker: bool,
    sources: Collection[str],
    lock: Mapping[str, Iterable[str]],
    redirects: Collection[str] = (),
) -> RecordPage:
    """What is known of `page` (in docs/) for `placement_problem`, from what the build and make check both hold.

    `sources`: `source_page_folders`' pages, by path; `lock` and `redirects`: anchors.lock.json's and
    anchors.redirects.yml's (`/page/#id` keys), which show a landing page that was published.
    """
    return RecordPage(
        f"docs/{page}",
        meta,
        marker=marker,
        landing=landing_source(page, meta.get("source")) is not None,
        source_said=placed_by_source(page, sources),
        landing_published=published_landing(page, lock, redirects),
    )


def placement_problem(page: RecordPage) -> Problem | None:
    """The one line for a record asked for or written on a page that is no source's landing page; None elsewhere.

    Its fields are read from the landing page only (`landing_source`): a record shown from another
    page's would be one no citation or download agrees with, and one written there is read by
    nothing. So the line says where it belongs, not what its fields lack. Only a page without
    `bibliography:` is told to move its marker line: the line on one is the same with or without it.
    An `unknown:` alone is told to move too: it is the landing page's, beside `bibliography:`.
    A folder's `index.md` whose `source` has its own line (`source_said`) has no line here: that line
    is the fix; made right, the page is its source's landing page. On another folder's `index.md` each
    line offers that `source:` line first (`source_first`), with no "if" where the lock shows the page
    was its source's landing page (`landing_published`).
    """
    path, meta, marker = page.path, page.meta, page.marker
    fields, unknown = "bibliography" in meta, "unknown" in meta
    if page.landing or page.source_said or not (marker or fields or unknown):
        return None
    if fields:
        field, message = "bibliography", f"{READ_THERE_ONLY}: no citation or download uses it here"
        hint = fields_hint(unknown=unknown)
    elif marker:
        field, message = "bibliography", "is missing or not a mapping"
        hint = (
            f"a source's record stands on its landing page, {LANDING_PAGE}, under {keys_path('bibliography')}:"
            f" move the line {in_backticks(RECORD_MARKER)} there, or remove it"
        )
    else:
        field, message = "unknown", f"{READ_THERE_ONLY}: no record shows it here"
        hint = f"move it to {LANDING_PAGE}, beside its {keys_path('bibliography')}, or remove it"
    shown = source_first(path, hint, lacking=lacking_fields(meta), landing_published=page.landing_published)
    return Problem(path, field, message, see_guide(shown, "placement"))


def fields_hint(*, unknown: bool = False) -> str:
    """Where a `bibliography:` off a landing page goes (`unknown`: the page has an `unknown:` too, moved with it).

    Named alone, the `unknown:` left behind was the next run's line.
    """
    what, shown, removed = (f"it and its {keys_path('unknown')}", "them", "both") if unknown else ("it", "it", "it")
    marker = in_backticks(RECORD_MARKER)
    return f"move {what} to {LANDING_PAGE}, where the line {marker} shows {shown}, or remove {removed}"


def source_first(path: str, hint: str, *, lacking: Sequence[str] = (), landing_published: bool = False) -> str:
    """`hint` for a record off a landing page; on a folder's `index.md`, first the `source:` line it may lack.

    Such a page reaches here only when no other page names its folder (`placed_by_source`): a source of
    one page whose landing page forgot its `source:` was sent to move its record to the page it is on,
    and its marker or `unknown:` alone was too. Where the lock shows the page published its Cite heading
    (`landing_published`), it was that landing page: the `source:` line is the fix, with no "if" or "else".
    The page so made is a source's landing page: the fields it would still lack (`lacking`, from `lacking_fields`:
    `order`, `tags`, the record's) were the next runs' lines, so they are named beside the `source:` line, one run.
    """
    if (folder := index_folder(path.removeprefix("docs/"))) is None:
        return hint
    named = f"name its folder as its source, {line_to_write('source', folder)}"
    if lacking:
        named += f", and add {in_series(lacking)}"
    if landing_published:
        held = f"{LOCK_FILE} holds its Cite heading, {in_backticks(CITE_ID)}"
        return f"{held}, so this is a source's landing page: {named}"
    return f"{named}, if this is a source's landing page; else {hint}"


def lacking_fields(meta: Mapping[str, Any]) -> list[str]:
    """What a page made its source's landing page by its `source:` line would still lack, as the lines naming it say.

    A source's page's fields (`check_source_page`, `source` aside: that line is offered first) by name, and the
    record's fields without a mapping under `bibliography:` (`bibliography_missing`).
    """
    fields = [keys_path(field) for field in missing_page_fields(meta) if field != "source"]
    return fields + ([] if isinstance(meta.get("bibliography"), Mapping) else [CSL_FIELDS])


def published_landing(page: str, lock: Mapping[str, Iterable[str]], redirects: Collection[str] = ()) -> bool:
    """Whether the lock shows `page` (in docs/) was a landing page: a folder's `index.md` with a Cite heading.

    The build adds that heading (`CITE_ID`) to a source's pages only, and a source page in a folder names
    that folder as its `source` (`check_source_page`): on the folder's `index.md`, it was the landing page.
    Not once `redirects` (anchors.redirects.yml's, `/page/#id` keys) send its heading elsewhere: the source
    was retired on purpose. A page the lock does not hold (new, or moved here) is not known to have been one.
    """
    key = page_key(page)
    return index_folder(page) is not None and CITE_ID in lock.get(key, ()) and f"{key}#{CITE_ID}" not in redirects


def placed_by_source(page: str, source_pages: Collection[str]) -> bool:
    """Whether `page` (in docs/) is a folder's `index.md` that `check_source_page` checks, though no landing page.

    Its `source` then has its own line (missing, or another folder's; one not text is taken for the
    folder), which is the fix for its record too. `source_pages`: `source_page_folders`' pages, by path.
    """
    return index_folder(page) is not None and f"docs/{page}" in source_pages
