"""Which pages, paragraphs and annotations are tagged with which policy area, and tag checks."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from hooks.core.anchor_lock import LOCK_FILE
from hooks.core.annotation_refs import AnnotationRef
from hooks.core.annotations import RefusedTags
from hooks.core.links import source_folder
from hooks.core.paragraphs import PARAGRAPH_TAGS_ATTRIBUTE, Paragraph
from hooks.core.policy_areas import POLICY_AREAS_FILE, PolicyArea, check_tags
from hooks.core.problems import Problem

T = TypeVar("T")


@dataclass(frozen=True)
class TaggedPage:
    """A page with its front-matter `tags`."""

    path: str
    title: str
    source: str
    tags: tuple[str, ...]


@dataclass(frozen=True)
class TaggedParagraph:
    """A numbered paragraph tagged with `data-policy-areas`, and the page it is on."""

    page: TaggedPage
    paragraph: Paragraph

    @property
    def source(self) -> str:
        """The source (folder) of the paragraph's page."""
        return self.page.source


@dataclass(frozen=True)
class AreaEntry:
    """Everything tagged with one area, in reading order."""

    area: PolicyArea
    pages: tuple[TaggedPage, ...] = ()
    paragraphs: tuple[TaggedParagraph, ...] = ()
    annotations: tuple[AnnotationRef, ...] = ()
    refused: tuple[RefusedTags, ...] = ()  # the notes refused for a field (a date): uses, listed on no page

    @property
    def used(self) -> bool:
        """Whether anything at all is tagged with the area, a note refused for another field too."""
        return bool(self.pages or self.paragraphs or self.annotations or self.refused)


def tagged_page(path: str, meta: Mapping[str, Any], title: str | None = None) -> TaggedPage:
    """A page's title, source (its `source`, else its folder) and well-formed tags, from its front matter."""
    tags = meta.get("tags")
    tags = tuple(tag for tag in tags if isinstance(tag, str)) if isinstance(tags, list) else ()
    source = meta.get("source") if isinstance(meta.get("source"), str) else source_folder(path)
    return TaggedPage(path=path, title=title or path, source=source.split("/")[0], tags=tags)


def index_areas(
    areas: Sequence[PolicyArea],
    pages: Iterable[TaggedPage],
    paragraphs: Iterable[TaggedParagraph],
    annotations: Iterable[AnnotationRef],
    refused: Iterable[RefusedTags] = (),
) -> tuple[AreaEntry, ...]:
    """Collect, for every area in taxonomy order, what is tagged with it (unknown tags are ignored).

    `refused`: the tags of the notes refused for a field (`annotation_folder.refused_tags`), which use their
    areas (`check_unused`) though no page lists them.
    """
    ids = [area.id for area in areas]
    by_page = _file_by_tag(pages, lambda page: page.tags, ids)
    by_paragraph = _file_by_tag(paragraphs, lambda item: item.paragraph.tags, ids)
    by_note = _file_by_tag(annotations, lambda note: note.tags, ids)
    by_refused = _file_by_tag(refused, lambda note: note.tags, ids)
    return tuple(
        AreaEntry(
            area,
            tuple(by_page[area.id]),
            tuple(by_paragraph[area.id]),
            tuple(by_note[area.id]),
            tuple(by_refused[area.id]),
        )
        for area in areas
    )


def listed_notes(entries: Iterable[AreaEntry], shown: Container[str]) -> tuple[AreaEntry, ...]:
    """The entries with only the notes `shown` beside their paragraphs, as the area pages list them.

    A refused note (its page a draft the site leaves out, its quote not found) links to nothing: /annotations/
    leaves it out, and its group on an area page was an id the lock was asked to record. Its tags still count
    for `check_unused`, which reads the whole index: its own line is the one to fix. So do those of a note
    refused for a field (`AreaEntry.refused`), which no page lists.
    """
    return tuple(
        dataclasses.replace(entry, annotations=tuple(note for note in entry.annotations if note.id in shown))
        for entry in entries
    )


def _file_by_tag(items: Iterable[T], tags_of: Callable[[T], Sequence[str]], ids: Iterable[str]) -> dict[str, list[T]]:
    """Each item under every listed area it is tagged with, in the items' order: one pass, not one per area."""
    filed: dict[str, list[T]] = {area_id: [] for area_id in ids}
    for item in items:
        for tag in set(tags_of(item)):  # a tag listed twice files the item once
            if tag in filed:
                filed[tag].append(item)
    return filed


def group_by_source(items: Iterable[T], source_of: Callable[[T], str]) -> list[tuple[str, list[T]]]:
    """Group items by source, keeping the order in which sources and items first appear."""
    groups: dict[str, list[T]] = {}
    for item in items:
        groups.setdefault(source_of(item), []).append(item)
    return list(groups.items())


def check_page_tags(path: str, tags: object, known: set[str] | None) -> list[Problem]:
    """A page's `tags`: known area ids, each listed once (the list type is checked with the page)."""
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        return []
    return check_tags(path, "tags", tags, known) + _repeated(path, "tags", tags)


def check_paragraph_tags(path: str, paragraphs: Iterable[Paragraph], known: set[str] | None) -> list[Problem]:
    """Every paragraph's `data-policy-areas`: known area ids, each listed once."""
    problems = []
    for paragraph in paragraphs:
        if not paragraph.tags:
            continue
        field = f"#{paragraph.id} {PARAGRAPH_TAGS_ATTRIBUTE}"
        problems += check_tags(path, field, list(paragraph.tags), known) + _repeated(path, field, paragraph.tags)
    return problems


def check_stray_tags(path: str, places: Iterable[str]) -> list[Problem]:
    """Tags on something other than a numbered paragraph (a heading, a list item) would count for nothing."""
    hint = "write the tags on a paragraph's '{ #pN … }' line"
    return [
        Problem(path, PARAGRAPH_TAGS_ATTRIBUTE, f"on '{place}', which is not a numbered paragraph", hint)
        for place in places
    ]


def check_unused(entries: Iterable[AreaEntry], published: Container[str] | None = ()) -> list[Problem]:
    """An area nothing is tagged with is a warning: tag the text with it, or drop it if it was never published.

    `published` are the ids of the areas whose page the anchor lock holds: removing one would leave
    its address, cited or linked, answering 404, and no page move can point a generated page elsewhere.
    None: a lock that did not load says nothing of which were, and removing is not offered then.
    """
    problems = []
    for entry in entries:
        if entry.used:
            continue
        hint = "tag a page, paragraph or annotation with it, or remove the area"
        if published is None:
            hint = (
                "tag a page, paragraph or annotation with it; whether the area may be removed is known once"
                f" {LOCK_FILE} loads: a published area stays"
            )
        elif entry.area.id in published:
            hint = "tag a page, paragraph or annotation with it: its page is published, so the area stays"
        message = f"'{entry.area.id}' is used by no page, paragraph or annotation"
        problems.append(Problem(POLICY_AREAS_FILE, "id", message, hint))
    return problems


def check_removed(entries: Iterable[AreaEntry], published: Iterable[str]) -> list[Problem]:
    """A published area missing from the taxonomy: one line here, where the fix is, not one per id of its page.

    Its page is generated, so no page move in `redirect_maps` can send its address elsewhere.
    """
    present = {entry.area.id for entry in entries}
    hint = (
        "put the area back, and tag a page, paragraph or annotation with it: a published area is never removed,"
        " see docs/about/tagging.md#the-list"
    )
    return [
        Problem(
            POLICY_AREAS_FILE,
            "id",
            f"'{area}' is published (/policy-areas/{area}/) and no longer in the file: its address would answer 404",
            hint,
        )
        for area in sorted(published)
        if area not in present
    ]


def _repeated(path: str, field: str, tags: Sequence[str]) -> list[Problem]:
    """One problem per tag listed more than once."""
    if len(set(tags)) == len(tags):
        return []
    counts = Counter(tags)
    return [
        Problem(path, field, f"'{tag}' is listed {count} times", "list each area once")
        for tag, count in counts.items()
        if count > 1
    ]
