"""Annotation files (`annotations/notes/<id>.md`): read, validate against the schema, and check.

Everything here is what the file itself can tell: its front matter, its name, its body, its
dates and its tags. Whether its target exists on the page is checked in `hooks.core.quotes`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from frontmatter.default_handlers import YAMLHandler

from hooks.core.conflicts import merge_conflict
from hooks.core.datafiles import (
    FastSafeLoader,
    SafeLoader,
    describe_yaml_error,
    refuse_repeated_collections,
)
from hooks.core.glossary import GLOSSARY_FILE
from hooks.core.links import split_url
from hooks.core.policy_areas import POLICY_AREAS_FILE, check_tags
from hooks.core.problems import Problem
from hooks.core.schemas import Schema, validate
from hooks.core.text import URL_PATTERN

NOTES_DIR = "annotations/notes"
ANNOTATIONS_DIR = "annotations"
SCHEMA_FILE = "annotations/schema/annotation.schema.json"
DATE_FIELDS = ("created", "modified")
# What `make annotate` and the Contributing page's form (docs/assets/annotate.js) write below the
# front matter until the contributor writes the annotation; published as it is, it would say nothing.
PLACEHOLDER_BODY = (
    "Write the annotation here, in Markdown."
    " Link other paragraphs as migration-and-transnationalism/introduction.md#p3.\n"
)
# What `make annotate` writes as `author.name` when no AUTHOR is given; published, it would credit no one.
PLACEHOLDER_AUTHOR = "Your name"
ALLOWED_OUTSIDE_NOTES = {"annotations/README.md"}
DATA_FILES = {GLOSSARY_FILE, POLICY_AREAS_FILE}  # read by their own modules
SCHEMA_DIR = "annotations/schema"
MOTIVATION_LABELS = {
    "commenting": "Comment",
    "describing": "Description",
    "editing": "Editorial note",
    "linking": "Link",
    "questioning": "Question",
    "classifying": "Classification",
}
RE_ID = re.compile(r"(?!p[0-9]+\Z)[a-z0-9]+(-[a-z0-9]+)*\Z")
RE_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
RE_WEB_ADDRESS = re.compile(URL_PATTERN)  # the schema's pattern: what it refuses is its line
MONTHS = "January February March April May June July August September October November December".split()


class TextDateLoader(SafeLoader):
    """SafeLoader that keeps dates as the text written, so the schema and our checks see them."""


class FastTextDateLoader(FastSafeLoader):
    """`TextDateLoader` on libyaml's parser (several times faster); errors are re-read by the Python one."""


TextDateLoader.yaml_implicit_resolvers = FastTextDateLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class AnnotationYAMLHandler(YAMLHandler):
    """python-frontmatter's YAML handler, with dates kept as text."""

    def load(self, fm: str, **kwargs: object) -> Any:
        """Parse the front matter with `TextDateLoader`; invalid YAML raises the pure-Python parser's error.

        The messages (and the line numbers in them) are PyYAML's own, whichever parser is installed.
        """
        refuse_repeated_collections(fm)
        try:
            return yaml.load(fm, Loader=FastTextDateLoader)  # noqa: S506 (a SafeLoader subclass)
        except yaml.YAMLError:
            return yaml.load(fm, Loader=TextDateLoader)  # noqa: S506 (a SafeLoader subclass)


@dataclass(frozen=True)
class Annotation:
    """One valid annotation, as the file states it."""

    id: str
    path: str
    page: str
    paragraph: str
    quote: str
    motivation: str
    tags: tuple[str, ...]
    author: str
    author_url: str | None
    created: str
    body: str
    modified: str | None = None
    references: tuple[tuple[str, str | None], ...] = ()
    author_type: str = "person"  # or "organization": "Edition editors" is no person
    language: str | None = None  # the body's, when not the edition's (a BCP 47 tag)

    @property
    def sort_key(self) -> tuple[str, str]:
        """Annotations on one paragraph stack by date, then id."""
        return (self.created, self.id)

    @property
    def place_key(self) -> tuple[int, str, str]:
        """Where its block stands on its page: paragraph number, then the stacking of `sort_key`."""
        return (int(self.paragraph[1:]), *self.sort_key)


def format_day(day: str) -> str:
    """`2026-11-22` as `22 November 2026`, as readers see dates."""
    year, month, date = day.split("-")
    return f"{int(date)} {MONTHS[int(month) - 1]} {year}"


def split_front_matter(path: str, text: str) -> tuple[dict[str, Any] | None, str, list[Problem]]:
    """Separate YAML front matter from the Markdown body; bad YAML is a Problem."""
    handler = AnnotationYAMLHandler()
    if not handler.detect(text):
        return None, text, [Problem(path, "front matter", "is missing", "start the file with a '---' block")]
    try:
        front, body = handler.split(text)
    except ValueError:
        return None, text, [Problem(path, "front matter", "the opening '---' is never closed", "add a '---' line")]
    try:
        data = handler.load(front)
    except yaml.YAMLError as error:
        message, hint = describe_yaml_error(error)  # numbered as in the file (its text starts after line 1)
        return None, body, [Problem(path, "front matter", message, hint or "fix the YAML")]
    if not isinstance(data, dict):
        return None, body, [Problem(path, "front matter", "is not a mapping of fields", "write 'field: value' lines")]
    return data, body, []


# A plain (unquoted) `quote:` value with ' #' in it: YAML ends the value there and reads a comment.
RE_COMMENTED_QUOTE = re.compile(r"^[ \t]*quote:[ \t]*[^'\"\s][^\n]*[ \t]#", re.MULTILINE)


def quote_cut_by_comment(path: str, text: str) -> Problem | None:
    """A quote that YAML cut at ' #': the words after it would be left out of the highlight without a word."""
    if not RE_COMMENTED_QUOTE.search(text):
        return None  # nearly every file: decided without parsing it again
    try:
        root = yaml.compose(AnnotationYAMLHandler().split(text)[0], Loader=SafeLoader)  # noqa: S506 (a SafeLoader)
    except (ValueError, yaml.YAMLError):
        return None  # reported as the front matter's own problem
    quote = child(child(root, "target"), "quote")
    if not isinstance(quote, yaml.ScalarNode) or quote.style is not None:
        return None
    rest = quote.end_mark.buffer[quote.end_mark.pointer :].split("\n", 1)[0]
    if not rest.lstrip().startswith("#"):
        return None
    whole = f"{quote.value}{rest}".strip().replace("'", "''")
    message = f"'{quote.value}' is cut short by ' #', which YAML reads as the start of a comment"
    return Problem(path, "target.quote", message, f"put the quote in quotes: quote: '{whole}'")


def child(node: yaml.Node | None, key: str) -> yaml.Node | None:
    """The value of `key` in a mapping node; None when the node is no mapping or lacks it."""
    if not isinstance(node, yaml.MappingNode):
        return None
    return next((value for name, value in node.value if isinstance(name, yaml.ScalarNode) and name.value == key), None)


def refine_schema_problem(problem: Problem) -> Problem:
    """Name a field that is none as not a field of its owner (an annotation, or the field holding it)."""
    if problem.message == "is not a field":
        owner = problem.field.rpartition(".")[0]
        where = f"'{owner}'" if owner else "an annotation"
        return Problem(problem.path, problem.field, f"is not a field of {where}", problem.hint)
    return problem


LATEST_ZONE = dt.timezone(dt.timedelta(hours=14))  # Kiribati's Line Islands: the first to start each day


def latest_today(now: dt.datetime | None = None) -> dt.date:
    """The date where it is latest (UTC+14): a day already begun for a contributor is never "in the future".

    `make annotate` and the browser form write the contributor's own date, which east of CI's UTC is
    often a day ahead of it.
    """
    return (now or dt.datetime.now(dt.UTC)).astimezone(LATEST_ZONE).date()


def check_dates(path: str, data: dict[str, Any], today: dt.date) -> list[Problem]:
    """Dates must be real days, not in the future; `modified` not before `created`."""
    problems, days = [], {}
    for field in DATE_FIELDS:
        if not isinstance(data.get(field), str) or not RE_DATE.match(data[field]):
            continue  # the schema reports it
        try:
            days[field] = dt.date.fromisoformat(data[field])
        except ValueError:
            hint = "no such day in the calendar: write a real day as YYYY-MM-DD, month 01–12 first"
            problems.append(Problem(path, field, f"'{data[field]}' is not a valid date", hint))
            continue
        if days[field] > today:
            hint = f"today is {today.isoformat()}: write the day it was written"
            problems.append(Problem(path, field, f"'{data[field]}' is in the future", hint))
    if len(days) == 2 and days["modified"] < days["created"]:
        hint = "a change cannot precede the annotation"
        problems.append(Problem(path, "modified", f"'{data['modified']}' is before created", hint))
    return problems


def check_addresses(path: str, data: dict[str, Any]) -> list[Problem]:
    """Web addresses the schema's pattern lets through but that name no host (`http://[x`, `https:///x`).

    MkDocs reads every link of a page with `urlsplit`: one it refuses stopped the build.
    """
    author, references = data.get("author"), data.get("references")
    places = [("author.url", author.get("url"))] if isinstance(author, dict) else []
    if isinstance(references, list):
        places += [(f"references[{i}].url", r.get("url")) for i, r in enumerate(references) if isinstance(r, dict)]
    hint = "copy the address from the browser's address bar, e.g. https://orcid.org/0000-0002-1825-0097"
    return [
        Problem(path, field, f"'{url}' is not a web address", hint)
        for field, url in places
        if isinstance(url, str) and RE_WEB_ADDRESS.match(url) and not _names_a_host(url)
    ]


def _names_a_host(url: str) -> bool:
    """Whether an address can be read and names the host to ask."""
    parts = split_url(url)
    return parts is not None and bool(parts.hostname)


def parse_annotation(
    path: str, text: str, schema: Schema, known_tags: set[str] | None, today: dt.date
) -> tuple[Annotation | None, str | None, list[Problem]]:
    """Validate one file's text: the annotation (only if nothing is wrong), the id it claims, problems."""
    annotation, claimed, problems, tags = check_file(path, text, schema, today)
    if known_tags is not None and tags is not None:
        texts = [tag for tag in tags if isinstance(tag, str)]  # the schema reports the others, once
        # An unknown tag is one line, with the id it resembles ('Remittances'), not also the schema's pattern.
        unknown = {f"tags[{index}]" for index, tag in enumerate(tags) if isinstance(tag, str) and tag not in known_tags}
        problems = tuple(problem for problem in problems if problem.field not in unknown)
        problems += tuple(check_tags(path, "tags", texts, known_tags))
    if problems:
        return None, claimed, list(problems)
    return annotation, claimed, []


@lru_cache(maxsize=16384)
def check_file(
    path: str, text: str, schema: Schema, today: dt.date
) -> tuple[Annotation | None, str | None, tuple[Problem, ...], tuple[object, ...] | None]:
    """Every check but the tags', once per file text: the annotations and the policy-area pages both read the files.

    Returns the annotation if these checks pass, the id it claims, the problems, and its tags if they are a list.
    """
    if conflict := merge_conflict(path, text):
        return None, None, (conflict,), None
    data, body, problems = split_front_matter(path, text)
    if data is None:
        return None, None, tuple(problems), None
    problems = [refine_schema_problem(p) for p in validate(data, schema, path, missing_in_place=True)]
    problems += check_dates(path, data, today) + check_addresses(path, data)
    if cut := quote_cut_by_comment(path, text):
        problems.append(cut)
    claimed = data.get("id") if isinstance(data.get("id"), str) else None
    stem = Path(path).stem
    if claimed is not None and RE_ID.match(claimed) and claimed != stem:
        problems.append(name_mismatch(path, claimed, rename=True))
    author = data.get("author")
    if isinstance(author, dict) and author.get("name") == PLACEHOLDER_AUTHOR:
        message = f"is still the placeholder '{PLACEHOLDER_AUTHOR}'"
        problems.append(Problem(path, "author.name", message, "write your name as you wish to be credited"))
    if not body.strip():
        problems.append(Problem(path, "body", "is empty", "write the annotation's text below the closing '---'"))
    elif body.strip() == PLACEHOLDER_BODY.strip():
        message = "is still the placeholder 'Write the annotation here, in Markdown. …'"
        problems.append(Problem(path, "body", message, "write the annotation's text in its place"))
    tags = tuple(data["tags"]) if isinstance(data.get("tags"), list) else None
    annotation = None if problems else build_annotation(path, data, body)
    return annotation, claimed, tuple(problems), tags


def name_mismatch(path: str, claimed: str, rename: bool) -> Problem:
    """An id that is not the file's name; renaming the file is offered only where no other file has that name."""
    stem = Path(path).stem
    offers = [f"rename the file to {claimed}.md"] if rename else []
    if RE_ID.match(stem):  # a name like 'A Note.md' is no id to offer
        offers.append(f"write 'id: {stem}'")
    hint = " or ".join(offers) or "choose a new id and name the file after it"
    return Problem(path, "id", f"'{claimed}' differs from the file name '{stem}.md'", hint)


def build_annotation(path: str, data: dict[str, Any], body: str) -> Annotation:
    """The record of a file that passed every check."""
    target, author = data["target"], data["author"]
    return Annotation(
        id=data["id"],
        path=path,
        page=target["page"],
        paragraph=target["paragraph"],
        quote=target["quote"],
        motivation=data["motivation"],
        tags=tuple(data["tags"]),
        author=author["name"].strip(),
        author_url=author.get("url"),
        author_type=author.get("type", "person"),
        created=data["created"],
        modified=data.get("modified"),
        references=tuple((ref["title"], ref.get("url")) for ref in data.get("references", [])),
        language=data.get("language"),
        body=body.strip() + "\n",
    )


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
        if path.is_dir() or path.name.startswith(".") or display in ALLOWED_OUTSIDE_NOTES:
            continue
        if display.startswith(NOTES_DIR + "/"):
            if path.parent != root / NOTES_DIR:
                hint = f"move it to {NOTES_DIR}/{path.name}"
                problems.append(Problem(display, "", "is in a sub-folder of notes/ and is ignored", hint))
            elif path.suffix != ".md":
                hint = f"rename it to {NOTES_DIR}/{path.stem.removesuffix('.md')}.md"  # a-note.md.txt too
                problems.append(Problem(display, "", "is not a .md file and is ignored", hint))
        elif path.suffix == ".md":
            hint = f"move it to {NOTES_DIR}/{path.name}"
            problems.append(Problem(display, "", "is outside annotations/notes/ and is ignored", hint))
        elif display not in DATA_FILES and path.parent != root / SCHEMA_DIR:
            hint = f"an annotation is a .md file in {NOTES_DIR}/; remove it if it is no part of the edition"
            problems.append(Problem(display, "", "is a file the edition does not read", hint))
    return problems


def load_annotations(
    root: Path, known_tags: set[str] | None, today: dt.date
) -> tuple[tuple[Annotation, ...], list[Problem]]:
    """Read and check every annotation file; returns the valid ones and every problem found."""
    problems = find_stray_files(root)
    parsed: list[tuple[str, Annotation | None, str | None]] = []
    paths = sorted((root / NOTES_DIR).glob("*.md"), key=lambda path: path.name)  # one folder: by name
    schema = Schema.read(root / SCHEMA_FILE) if paths else Schema("{}")  # nothing to check, no schema needed
    for path in paths:
        display = f"{NOTES_DIR}/{path.name}"
        text, read_problems = read_text(path, display)
        if text is None:
            problems += read_problems
            continue
        annotation, claimed, file_problems = parse_annotation(display, text, schema, known_tags, today)
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


RE_NOT_SLUG = re.compile(r"[^a-z0-9]+")
SLUG_WORDS = 5  # docs/assets/annotate.js makes the same id in the browser


def fresh_annotation_id(quote: str, taken: Container[str]) -> str:
    """An id made of the quote's first words, numbered while `taken` has it (ids are never reused).

    `taken` holds the other annotations' ids and every id the page has or has published: a new
    annotation must not share its page heading's `opportunities`, nor take back a removed one's.
    """
    words = RE_NOT_SLUG.sub("-", " ".join(quote.split()).lower()).strip("-").split("-")
    base = "-".join(words[:SLUG_WORDS]) or "annotation"
    candidate, number = base, 2
    while candidate in taken or not RE_ID.match(candidate):  # `p7`, a paragraph's form, is no annotation's id
        candidate, number = f"{base}-{number}", number + 1
    return candidate
