"""annotations/notes/ read whole (hooks/core/annotation_folder.py): stray files, repeated ids, checks kept between reads."""

from __future__ import annotations

from pathlib import Path

from annotation_helpers import GOOD, PAGES, SCHEMA_FILE, TODAY

from hooks.core.annotation_folder import load_annotations, refused_bodies, refused_tags, refused_targets
from hooks.core.annotations import RefusedBody, RefusedTags, RefusedTarget
from hooks.core.problems import Problem, format_problems
from hooks.core.quotes import check_targets


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


def refused_note(name: str, *edits: tuple[str, str]) -> str:
    """The good note named `name`, its tag unknown and its quote one word off, with more `(old, new)` edits."""
    text = GOOD.replace("id: x", f"id: {name}").replace("the transfer of ideas", "the transfer of notions")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def test_a_refused_notes_well_formed_target_is_checked_in_the_same_run_as_its_field_lines(tmp_path: Path) -> None:
    """Its tag's line hid its quote's until the tag was fixed; a target whose own fields are refused is not sought."""
    files = {
        "annotations/notes/x.md": GOOD,  # valid: its target is checked with the annotations built
        "annotations/notes/tag.md": refused_note("tag", ("[remittances]", "[Remitances]")),
        "annotations/notes/date.md": refused_note("date", ("2026-11-22", "22.11.2026"), ("p3", "p99")),
        "annotations/notes/paragraph.md": refused_note("paragraph", ("[remittances]", "[nope]"), ("p3", "3")),
        "annotations/notes/extra.md": refused_note("extra", ("[remittances]", "[nope]"), ("  quote", "  qoute")),
        "annotations/notes/yaml.md": refused_note("yaml", ("[remittances]", "[remittances")),
        # its id is another file's name: the id's own line, not sought on the page
        "annotations/notes/misnamed.md": refused_note("x", ("[remittances]", "[nope]")),
    }
    root = make_root(tmp_path, files)
    annotations, problems = load_annotations(root, {"remittances"}, TODAY)
    page = "migration-and-transnationalism/opportunities.md"
    refused = refused_targets(root, problems, annotations)
    assert refused == (
        RefusedTarget("annotations/notes/date.md", page, "p99", "the transfer of notions", "date"),
        RefusedTarget("annotations/notes/misnamed.md", page, "p3", "the transfer of notions", ""),
        RefusedTarget("annotations/notes/tag.md", page, "p3", "the transfer of notions", "tag"),
    )
    lines = format_problems(problems + check_targets(annotations, PAGES, refused=refused)).splitlines()
    note = "annotations/notes/{}.md: ".format
    assert [line for line in lines if line.startswith((note("tag"), note("date")))] == [
        note("date") + "created: '22.11.2026' is not a date (write it as YYYY-MM-DD: `created: 2026-11-22`)",
        note("date") + f"target.paragraph: no paragraph 'p99' on {page} (it has p1, p3, p6)",
        note("tag") + "tags: unknown policy area 'Remitances' (did you mean 'remittances'?)",
        note("tag") + "target.quote: 'the transfer of notions' is not in p3 (closest passage: 'the transfer of ideas')",
    ]
    for name in ("paragraph", "extra", "yaml"):  # their field's line (or the YAML's) alone
        assert not [line for line in lines if line.startswith(note(name)) and "target.quote" in line], lines
    assert refused_targets(root, [], annotations) == ()  # a build without errors reads no file


def test_a_refused_notes_tags_are_read_as_its_tag_check_reads_them(tmp_path: Path) -> None:
    """Its areas are used all the same: a new area tagged by it alone was named unused until its date was fixed."""
    files = {
        "annotations/notes/x.md": GOOD,  # valid: its tags are the index's already
        "annotations/notes/date.md": GOOD.replace("id: x", "id: date").replace("2026-11-22", "22.11.2026"),
        "annotations/notes/paragraph.md": refused_note(
            "paragraph", ("[remittances]", "[housing, Nope, 3]"), ("p3", "3")
        ),
        "annotations/notes/text.md": refused_note("text", ("[remittances]", "remittances")),  # no list: no tag read
        "annotations/notes/empty.md": refused_note("empty", ("[remittances]", "[]"), ("p3", "3")),
        "annotations/notes/yaml.md": refused_note("yaml", ("[remittances]", "[remittances")),
        "annotations/notes/unnamed.md": refused_note("unnamed", ("[remittances]", "[pensions]")),  # no line names it
    }
    root = make_root(tmp_path, files)
    annotations, problems = load_annotations(root, {"remittances", "housing"}, TODAY)
    named = [problem for problem in problems if "unnamed" not in problem.path]
    assert refused_tags(root, named, annotations) == (
        RefusedTags("annotations/notes/date.md", ("remittances",)),
        RefusedTags("annotations/notes/paragraph.md", ("housing", "Nope")),  # which are areas is the index's to say
    )
    assert refused_tags(root, [], annotations) == ()  # a build without errors reads no file
    schema = [Problem("annotations/schema/annotation.schema.json", "", "ends before its JSON does", "restore it")]
    assert [refused.path for refused in refused_tags(root, schema, ())] == [  # no note was checked: each is refused
        f"annotations/notes/{name}.md" for name in ("date", "paragraph", "unnamed", "x")
    ]
