"""The few annotation fields the policy-area pages need.

The annotations core owns the format, its parsing and its validation; the policy-area pages only
need to know which annotation is tagged with which area and where it points.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from hooks.core.annotation_folder import load_annotations
from hooks.core.annotations import Annotation
from hooks.core.links import source_folder


@dataclass(frozen=True)
class AnnotationRef:
    """Where an annotation points, what kind it is, who wrote it when (and revised it), and its policy areas."""

    id: str
    page: str
    paragraph: str
    quote: str
    motivation: str
    author: str
    created: str  # ISO 8601, as the file gives it
    tags: tuple[str, ...] = ()
    modified: str | None = None  # ISO 8601, where the file gives it

    @property
    def source(self) -> str:
        """The source (folder) of the annotated page; none for a page at the top of docs/, as `tagged_page` says."""
        return source_folder(self.page)


def read_annotation_refs(root: Path, today: dt.date | None = None) -> tuple[AnnotationRef, ...]:
    """The valid annotations, read by the annotations core (the one parser of the format), ordered by id.

    Invalid files are left out here: the annotations adapter reports them and fails the build.
    """
    annotations, _ = load_annotations(root, None, today or dt.date.today())
    return refs_from(annotations)


def refs_from(annotations: Iterable[Annotation]) -> tuple[AnnotationRef, ...]:
    """Project annotations on the fields the policy-area pages need."""
    refs = (
        AnnotationRef(a.id, a.page, a.paragraph, a.quote, a.motivation, a.author, a.created, a.tags, a.modified)
        for a in annotations
    )
    return tuple(sorted(refs, key=lambda ref: ref.id))
