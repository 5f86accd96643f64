"""The few annotation fields the policy-area pages need, read tolerantly.

The annotations feature owns the format and its validation; this reader only needs to know
which annotation is tagged with which area and where it points. A file it cannot read is
skipped here (the annotations check reports it), so the policy-area pages never fail on it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import frontmatter

NOTES_FOLDER = "annotations/notes"


@dataclass(frozen=True)
class AnnotationRef:
    """Where an annotation points and which policy areas it is tagged with."""

    id: str
    page: str
    paragraph: str
    quote: str
    motivation: str
    tags: tuple[str, ...] = ()

    @property
    def source(self) -> str:
        """The source (folder) of the annotated page."""
        return self.page.split("/")[0]


def read_annotation_refs(root: Path) -> tuple[AnnotationRef, ...]:
    """Read every `annotations/notes/*.md`, ordered by id; unreadable files are left out."""
    folder = root / NOTES_FOLDER
    if not folder.is_dir():
        return ()
    refs = [ref for path in sorted(folder.glob("*.md")) if (ref := read_annotation_ref(path)) is not None]
    return tuple(sorted(refs, key=lambda ref: ref.id))


def read_annotation_ref(path: Path) -> AnnotationRef | None:
    """One annotation's id, target, motivation and tags, or None when the file cannot be read."""
    try:
        metadata = frontmatter.load(str(path)).metadata
    except Exception:  # noqa: BLE001 (any unreadable file is the annotations check's to report)
        return None
    target = metadata.get("target")
    target = target if isinstance(target, Mapping) else {}
    tags = metadata.get("tags")
    return AnnotationRef(
        id=_text(metadata.get("id")) or path.stem,
        page=_text(target.get("page")),
        paragraph=_text(target.get("paragraph")),
        quote=_text(target.get("quote")),
        motivation=_text(metadata.get("motivation")),
        tags=tuple(tag for tag in tags if isinstance(tag, str)) if isinstance(tags, list) else (),
    )


def _text(value: Any) -> str:
    """A string field, or '' when it is missing or of another type."""
    return value.strip() if isinstance(value, str) else ""
