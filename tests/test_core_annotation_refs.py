"""The notes the policy index lists (hooks/core/annotation_refs.py): the valid ones, as the annotations core reads them."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from conftest import ROOT

from hooks.core.annotation_refs import AnnotationRef, read_annotation_refs


def note_file(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_annotation_refs_are_the_valid_annotations_as_the_annotations_core_reads_them(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "annotations" / "schema", tmp_path / "annotations" / "schema")
    notes = tmp_path / "annotations" / "notes"
    note_file(
        notes,
        "good.md",
        "---\nid: good\ntarget: {page: a/b.md, paragraph: p3, quote: words}\nmotivation: commenting\n"
        "tags: [remittances]\nauthor: {name: A}\ncreated: 2026-11-01\nmodified: 2026-11-20\n---\nBody.\n",
    )
    note_file(notes, "bare.md", "---\ntags: remittances\ntarget: a/b.md\n---\n")
    note_file(notes, "broken.md", "---\nid: [broken\n---\n")
    (notes / "binary.md").write_bytes(b"\xff\xfe---")
    assert read_annotation_refs(tmp_path, dt.date(2026, 11, 23)) == (
        AnnotationRef("good", "a/b.md", "p3", "words", "commenting", "A", "2026-11-01", ("remittances",), "2026-11-20"),
    )


def test_no_notes_folder_means_no_annotations(tmp_path: Path) -> None:
    assert read_annotation_refs(tmp_path) == ()
