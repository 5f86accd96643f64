"""The annotations folder: every file in notes/ read and checked, the ids compared, stray files named.

A file is read only if it is a UTF-8 file of its own (no link, no folder); each is checked by
`annotation_checks.py`, and an id claimed by two files is a problem of the one not named after it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Iterator
from functools import lru_cache
from pathlib import Path, PurePosixPath

from hooks.core.annotation_checks import blank_body, name_mismatch, parse_annotation
from hooks.core.annotation_front_matter import split_front_matter
from hooks.core.annotations import Annotation, RefusedBody, RefusedTags, RefusedTarget
from hooks.core.conflicts import merge_conflict
from hooks.core.glossary import GLOSSARY_FILE
from hooks.core.policy_areas import POLICY_AREAS_FILE
from hooks.core.problems import Problem
from hooks.core.schemas import Schema, load_schema

NOTES_DIR = "annotations/notes"
ANNOTATIONS_DIR = "annotations"
SCHEMA_FILE = "annotations/schema/annotation.schema.json"
ALLOWED_OUTSIDE_NOTES = {"annotations/README.md"}
DATA_FILES = {GLOSSARY_FILE, POLICY_AREAS_FILE}  # read by their own modules
SCHEMA_DIR = "annotations/schema"


def read_text(path: Path, display: str) -> tuple[str | None, list[Problem]]:
    """Read a file as UTF-8 (with or without the BOM Windows editors add); anything else is a Problem.

    A symbolic link is not read: from a pull request it could publish any file the build can read.
    """
    if path.is_symlink():
        hint = "write the annotation in the file itself: a link could publish a file from outside the edition"
        return None, [Problem(display, "", "is a symbolic link", hint)]
    try:
        return path.read_text(encoding="utf-8-sig"), []
    except UnicodeDecodeError as error:
        return None, [Problem(display, "", f"is not UTF-8 (byte {error.start})", "save the file as UTF-8")]
    except IsADirectoryError:
        hint = f"move its files into {NOTES_DIR}/ and remove the folder"
        return None, [Problem(display, "", "is a folder, not an annotation file", hint)]


def find_stray_files(root: Path) -> list[Problem]:
    """Files that look like annotations but would be ignored: outside notes/ or not `.md`."""
    problems = []
    folder, notes = root / ANNOTATIONS_DIR, (root / NOTES_DIR).parts
    for path in sorted(folder.rglob("*"), key=lambda path: path.parts) if folder.is_dir() else []:
        if path.suffix == ".md" and path.parts[:-1] == notes:
            continue  # an annotation file (or a folder), nearly every path: told apart without a system call
        display = path.relative_to(root).as_posix()
        hidden = path.name.startswith(".") and path.suffix != ".md"  # `.gitkeep`, `.DS_Store`; `.note.md` is a note
        if path.is_dir() or hidden or display in ALLOWED_OUTSIDE_NOTES:
            continue
        if display.startswith(NOTES_DIR + "/"):
            if path.parent != root / NOTES_DIR:
                hint = f"move it to {NOTES_DIR}/{path.name}"
                problems.append(Problem(display, "", "is in a sub-folder of notes/ and is ignored", hint))
            elif path.suffix != ".md":
                hint = f"rename it to {NOTES_DIR}/{path.stem.removesuffix('.md')}.md"  # a-note.md.txt too
                problems.append(Problem(display, "", "is not a .md file and is ignored", hint))
        elif path.suffix == ".md":
            hint = f"move it to {NOTES_DIR}/{path.name.lstrip('.')}"
            problems.append(Problem(display, "", "is outside annotations/notes/ and is ignored", hint))
        elif display not in DATA_FILES and path.parent != root / SCHEMA_DIR:
            hint = f"an annotation is a .md file in {NOTES_DIR}/; remove it if it is no part of the edition"
            problems.append(Problem(display, "", "is a file the edition does not read", hint))
    return problems


def load_annotations(
    root: Path, known_tags: set[str] | None, today: dt.date, pages: Collection[str] | None = None
) -> tuple[tuple[Annotation, ...], list[Problem]]:
    """Read and check every annotation file; returns the valid ones and every problem found.

    `pages`, the site's inside docs/, when known: a `target.page` written as an address is named as its page.
    """
    problems = find_stray_files(root)
    parsed: list[tuple[str, Annotation | None, str | None]] = []
    paths = sorted((root / NOTES_DIR).glob("*.md"), key=lambda path: path.name)  # one folder: by name
    schema, schema_problems = load_schema(root / SCHEMA_FILE, SCHEMA_FILE) if paths else (Schema("{}"), [])
    if schema is None:  # no file can be checked: the schema's line says so, once
        return (), problems + schema_problems
    for path in paths:
        display = f"{NOTES_DIR}/{path.name}"
        text, read_problems = read_text(path, display)
        if text is None:
            problems += read_problems
            continue
        annotation, claimed, file_problems = parse_annotation(display, text, schema, known_tags, today, pages)
        problems += file_problems
        parsed.append((display, annotation, claimed))
    problems += check_unique_ids([(display, claimed) for display, _, claimed in parsed])
    for display, _, claimed in parsed:  # the name the id asks for is taken: renaming would overwrite that file
        if claimed and claimed != Path(display).stem and (root / NOTES_DIR / f"{claimed}.md").is_file():
            offered = name_mismatch(display, claimed, rename=True)
            problems = [name_mismatch(display, claimed, rename=False) if p == offered else p for p in problems]
    return tuple(annotation for _, annotation, _ in parsed if annotation is not None), problems


def check_unique_ids(claims: list[tuple[str, str | None]]) -> list[Problem]:
    """An id belongs to the file named after it (or the first claimant); every other claim is a Problem."""
    owners: dict[str, str] = {}
    for display, claimed in sorted(claims, key=lambda claim: Path(claim[0]).stem != claim[1]):
        if claimed is not None:
            owners.setdefault(claimed, display)
    hint = "give each annotation its own id; ids are never reused"
    return [
        Problem(display, "id", f"'{claimed}' is also the id of {owners[claimed]}", hint)
        for display, claimed in claims
        if claimed is not None and owners[claimed] != display
    ]


def refused_note_pages(root: Path, lines: Collection[Problem], pages: Collection[str]) -> dict[str, str]:
    """The page each note a line is about was written for, by its file's name, where the file still says which.

    A refused note's id leaves that page only (`lost_ids.lost_ids_named` holds it back there). A file
    whose `target.page` cannot be read (not UTF-8, a merge conflict, broken YAML) or is no page of `pages`
    (docs/ paths) is left out: its id is held back on every page. Only the files the lines name are read
    (every note, when a line is the annotation schema's: none was checked), so a build without errors reads none.
    """
    found = {}
    for display, data, _ in note_front_matters(root, refused_notes(root, lines)):
        if (page := written_page(data)) in pages:
            found[PurePosixPath(display).stem] = page
    return found


def refused_bodies(root: Path, lines: Collection[Problem], built: Iterable[Annotation]) -> tuple[RefusedBody, ...]:
    """The bodies of the notes the lines refused, whose links the build and make check name beside those lines.

    A refused field hid them until it was fixed, the next run naming them. Only the files the lines name
    and no annotation was `built` from are read (a build without errors reads none); a body is known
    wherever the closing '---' says where it starts, below YAML that does not load too, and is left out
    where blank (its own line says so). Its markup is named with the file's other lines (`check_file`).
    """
    valid = {annotation.path for annotation in built}
    named = named_notes(lines) - valid
    found = []
    for display, data, body in note_front_matters(root, named):
        if body is None or blank_body(display, body):
            continue
        found.append(RefusedBody(display, written_page(data) or "", body.strip() + "\n"))
    return tuple(found)


def refused_targets(root: Path, lines: Collection[Problem], built: Iterable[Annotation]) -> tuple[RefusedTarget, ...]:
    """The targets of the notes the lines refused for other fields, which the build and make check seek in one run.

    A note refused for its tag or date had its quote, and its id taken by a heading, named only once that was
    fixed, the next run naming them. A target is taken only where its page, paragraph and quote are text and
    no line is about `target` or a field of it: one refused as written (`paragraph: 3`, a misspelt `qoute`) is
    its own line, to fix first. Its id likewise, where no line is about `id` (not the file's name, another
    note's). As `refused_bodies`, only the files the lines name and no annotation was `built` from are read.
    """
    valid = {annotation.path for annotation in built}
    broken = {line.path for line in lines if line.field == "target" or line.field.startswith("target.")}
    misnamed = {line.path for line in lines if line.field == "id"}
    found = []
    for display, data, _ in note_front_matters(root, named_notes(lines) - valid - broken):
        target = data.get("target") if isinstance(data, dict) else None
        fields = [target.get(key) for key in ("page", "paragraph", "quote")] if isinstance(target, dict) else []
        if fields and all(isinstance(value, str) for value in fields):
            written = data.get("id") if display not in misnamed else None
            found.append(RefusedTarget(display, *fields, written if isinstance(written, str) else ""))
    return tuple(found)


def refused_tags(root: Path, lines: Collection[Problem], built: Iterable[Annotation]) -> tuple[RefusedTags, ...]:
    """The tags of the notes the lines refused: the areas they name are used all the same (`index_areas`).

    A new area tagged only by a note refused for its date was named unused, "or remove the area", until the
    date was fixed. Only a list's text items, as the file's tag check reads them: which are areas is the index's
    to say (a tag no area has is the file's own line, and uses none). Every note's while a line is the schema's
    (`refused_notes`); as `refused_bodies`, no file an annotation was `built` from is read.
    """
    valid = {annotation.path for annotation in built}
    found = []
    for display, data, _ in note_front_matters(root, refused_notes(root, lines) - valid):
        tags = data.get("tags") if isinstance(data, dict) else None
        if isinstance(tags, list) and (texts := tuple(tag for tag in tags if isinstance(tag, str))):
            found.append(RefusedTags(display, texts))
    return tuple(found)


def refused_notes(root: Path, lines: Collection[Problem]) -> set[str]:
    """The note files the lines refused: those they name, or every one while a line is the schema's (none checked)."""
    named = named_notes(lines)
    if any(line.path == SCHEMA_FILE for line in lines):
        named |= {f"{NOTES_DIR}/{path.name}" for path in (root / NOTES_DIR).glob("*.md")}
    return named


def named_notes(lines: Iterable[Problem]) -> set[str]:
    """The note files (`annotations/notes/x.md`) the lines are about."""
    return {line.path for line in lines if PurePosixPath(line.path).parent.as_posix() == NOTES_DIR}


def written_page(data: object) -> str | None:
    """A refused note's `target.page` where its front matter still says one as text: its page as written."""
    target = data.get("target") if isinstance(data, dict) else None
    page = target.get("page") if isinstance(target, dict) else None
    return page if isinstance(page, str) else None


def note_front_matters(root: Path, named: Iterable[str]) -> Iterator[tuple[str, object, str | None]]:
    """Each note file named that can be read: its front matter as loaded (None for YAML that does not), and body.

    The refused notes' pages, bodies, targets and tags are read by four callers, at three moments of a build:
    each file's YAML is parsed once (`_front_matter`, by its text, so an edited file is read afresh).
    """
    for display, text in note_texts(root, named):
        data, body = _front_matter(display, text)
        yield display, data, body


@lru_cache(maxsize=256)
def _front_matter(display: str, text: str) -> tuple[object, str | None]:
    """A note file's front matter and body (`split_front_matter`), its lines left to the file's own check."""
    data, body, _ = split_front_matter(display, text)
    return data, body


def note_texts(root: Path, named: Iterable[str]) -> Iterator[tuple[str, str]]:
    """The text of each note file named (`annotations/notes/x.md`) that can be read and holds no merge conflict."""
    for display in sorted(named):
        file = root / display
        text, _ = read_text(file, display) if display.endswith(".md") and file.is_file() else (None, [])
        if text is not None and not merge_conflict(display, text):
            yield display, text
