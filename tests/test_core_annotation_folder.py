"""annotations/notes/ read whole (hooks/core/annotation_folder.py): stray files, repeated ids, checks kept between reads."""

from __future__ import annotations

from pathlib import Path

from annotation_helpers import GOOD, SCHEMA_FILE, TODAY

from hooks.core.annotation_folder import load_annotations, refused_bodies
from hooks.core.annotations import RefusedBody


def make_root(tmp_path: Path, files: dict[str, bytes | str]) -> Path:
    (tmp_path / "annotations/schema").mkdir(parents=True)
    (tmp_path / "annotations/notes").mkdir()
    (tmp_path / "annotations/schema/annotation.schema.json").write_bytes(SCHEMA_FILE.read_bytes())
    for name, content in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return tmp_path


def test_load_reports_files_it_would_otherwise_ignore(tmp_path: Path) -> None:
    root = make_root(
        tmp_path,
        {
            "annotations/notes/x.md": GOOD,
            "annotations/notes/y.txt": GOOD.replace("id: x", "id: y"),
            "annotations/notes/old/z.md": GOOD.replace("id: x", "id: z"),
            "annotations/notes/.draft.txt": "Hidden.\n",
            "annotations/w.md": GOOD.replace("id: x", "id: w"),
            "annotations/README.md": "# How to annotate\n",
            "annotations/notes/latin1.md": GOOD.replace("id: x", "id: latin1")
            .replace("A. Scholar", "Ana Peña")
            .encode("latin-1"),
        },
    )
    annotations, problems = load_annotations(root, {"remittances"}, TODAY)
    assert [a.id for a in annotations] == ["x"]
    assert [str(p) for p in problems] == [
        "annotations/notes/old/z.md: is in a sub-folder of notes/ and is ignored (move it to annotations/notes/z.md)",
        "annotations/notes/y.txt: is not a .md file and is ignored (rename it to annotations/notes/y.md)",
        "annotations/w.md: is outside annotations/notes/ and is ignored (move it to annotations/notes/w.md)",
        "annotations/notes/latin1.md: is not UTF-8 (byte 190) (save the file as UTF-8)",
    ]


def test_duplicate_id_is_reported_on_the_file_not_named_after_it(tmp_path: Path) -> None:
    root = make_root(tmp_path, {"annotations/notes/x.md": GOOD, "annotations/notes/a.md": GOOD})
    annotations, problems = load_annotations(root, {"remittances"}, TODAY)
    assert [a.path for a in annotations] == ["annotations/notes/x.md"]
    assert [str(p) for p in problems] == [
        "annotations/notes/a.md: id: 'x' differs from the file name 'a.md' (write `id: a`)",  # x.md is taken
        "annotations/notes/a.md: id: 'x' is also the id of annotations/notes/x.md (give each annotation its own id; ids are never reused)",
    ]


def test_a_second_read_reuses_the_checks_of_unchanged_files_only(tmp_path: Path) -> None:
    root = make_root(tmp_path, {"annotations/notes/x.md": GOOD})
    first, _ = load_annotations(root, {"remittances"}, TODAY)
    again, problems = load_annotations(root, None, TODAY)
    assert again[0] is first[0] and problems == []
    (root / "annotations/notes/x.md").write_text(GOOD.replace("tags: [remittances]", "tags: [nope]"), encoding="utf-8")
    changed, problems = load_annotations(root, {"remittances"}, TODAY)
    assert changed == () and [str(p) for p in problems] == [
        "annotations/notes/x.md: tags: unknown policy area 'nope' (use an id from annotations/policy-areas.yml)"
    ]
    (root / "annotations/notes/x.md").write_text(
        GOOD.replace("created: 2026-11-22", "created: 2026-11-30"), encoding="utf-8"
    )
    _, problems = load_annotations(root, {"remittances"}, TODAY)
    assert [str(p) for p in problems] == [
        "annotations/notes/x.md: created: '2026-11-30' is in the future (write the day it was written, no later than 2026-11-23: the latest date on Earth now)"
    ]


def test_a_folder_named_like_a_note_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    root = make_root(tmp_path, {"annotations/notes/x.md": GOOD, "annotations/notes/box.md/inner.md": GOOD})
    annotations, problems = load_annotations(root, {"remittances"}, TODAY)
    assert [a.id for a in annotations] == ["x"]
    assert (
        "annotations/notes/box.md: is a folder, not an annotation file (move its files into annotations/notes/ and remove the folder)"
        in [str(p) for p in problems]
    )


def test_only_the_bodies_of_refused_notes_a_line_names_are_read_for_their_links(tmp_path: Path) -> None:
    """A refused note's links are checked beside its other lines; a valid one's are the build's as before."""
    files = {
        "annotations/notes/x.md": GOOD,  # valid: its links are checked with the annotations built
        "annotations/notes/field.md": GOOD.replace("id: x", "id: field\nmood: fine").replace("Body.", "See [a](b.md)."),
        "annotations/notes/yaml.md": GOOD.replace("id: x", "id: [yaml").replace("Body.", "See [a](b.md)."),
        "annotations/notes/blank.md": GOOD.replace("id: x", "id: blank\nmood: fine").replace("Body.", ""),
        "annotations/notes/conflict.md": "<<<<<<< HEAD\n" + GOOD,
        "annotations/notes/unnamed.md": GOOD.replace("id: x", "id: unnamed\nmood: fine"),  # no line names it
    }
    root = make_root(tmp_path, files)
    annotations, problems = load_annotations(root, {"remittances"}, TODAY)
    named = [problem for problem in problems if "unnamed" not in problem.path]
    page = "migration-and-transnationalism/opportunities.md"
    assert refused_bodies(root, named, annotations) == (
        RefusedBody("annotations/notes/field.md", page, "See [a](b.md).\n"),
        RefusedBody("annotations/notes/yaml.md", "", "See [a](b.md).\n"),  # below YAML that does not load: no page
    )
    assert refused_bodies(root, [], annotations) == ()  # a build without errors reads no file
