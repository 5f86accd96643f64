"""Validate the front matter of the edition's pages against the data contract in DESIGN.md."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import yaml

from hooks.core.bibliography import DATE_FIELDS, NAME_PARTS, NAME_VARIABLES, WORD_FIELDS
from hooks.core.conflicts import merge_conflict
from hooks.core.datafiles import NO_DAY, describe_yaml_error, parse_yaml, refuse_unreadable_scalars
from hooks.core.heading_ids import check_heading_ids
from hooks.core.paragraphs import PageInventory, check_paragraph_ids
from hooks.core.problems import Problem, named_value
from hooks.core.record_guide import guided
from hooks.core.schema_messages import (
    PATTERNS,
    PLAIN_TEXT,
    control_characters,
    plain_text_hint,
    stand_ins,
    too_long,
    written_items,
)
from hooks.core.text import LINE_LIMIT, NO_REFERENCE_PATTERN, RE_CONTROL, VISIBLE_PATTERN
from hooks.core.typed_dates import csl_day_hint
from hooks.core.yaml_comments import (
    EACH,
    NOT_EMPTY,
    child,
    cut_problems,
    emptied_problems,
    not_text,
    read_otherwise,
    without_restated,
    written_as_text,
    written_scalar,
)
from hooks.core.yaml_lines import FIELD_LINES, flow_line_to_write, in_backticks, keys_path, line_to_write

SOURCE_PAGE_FIELDS = ("title", "source", "order", "tags")
BLANK_TITLE, TITLE_EXAMPLE = "must be a non-empty text", f"e.g. {line_to_write('title', 'Opportunities')}"
# MkDocs' MultiMarkdown metadata (mkdocs.utils.meta.META_RE): what it reads from a page without `---`.
RE_MULTIMARKDOWN_FIELD = re.compile(r"[ ]{0,3}[A-Za-z0-9_-]+:")
# MkDocs' own delimiters (mkdocs.utils.meta.YAML_RE): `---` opens; `---` or `...` closes.
RE_FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)


class PageLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """MkDocs' reading of a page's front matter (a field written twice keeps its last value), in YAML errors only.

    MkDocs passes over any error (`2024-02-30`, `!!int "x"`) and keeps the block as text: so does `split_page`.
    """


refuse_unreadable_scalars(PageLoader)


def split_page(text: str) -> tuple[str, dict[str, Any]]:
    """A page's Markdown and front matter, split where MkDocs splits them (for what runs without it).

    A block that is not YAML, or not a mapping of fields, stays part of the text, as in MkDocs
    (`diagnose_front_matter` names it); a field written twice keeps its last value, as in MkDocs
    (named there too).
    """
    if not (match := RE_FRONT_MATTER.match(text)):
        return text, {}
    try:
        data = yaml.load(match.group(1), Loader=PageLoader)  # noqa: S506 (a SafeLoader)
    except yaml.YAMLError:
        return text, {}
    if not isinstance(data, dict):
        return text, {}
    return text[match.end() :].lstrip("\n"), data


def decode_page(data: bytes, display: str) -> tuple[str, Problem | None]:
    r"""A page's text as MkDocs reads it; one in another encoding is read anyway, and named.

    As MkDocs' text-mode read: UTF-8, a BOM dropped, Windows' and old Macs' line ends made `\n`
    (its front matter must start with `---\n`). MkDocs itself stops on a page that is not UTF-8
    with a traceback.
    """
    try:
        text, problem = data.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        problem = Problem(display, "", f"is not UTF-8 (byte {error.start})", "save the file as UTF-8")
        text = data.decode("utf-8-sig", errors="replace")
    return (text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text), problem


def tags_problem(path: str, meta: Mapping[str, Any]) -> Problem | None:
    """`tags` written as anything but a list of ids (`tags: remittances`, `tags:`, `tags: [1]`)."""
    tags = meta.get("tags")
    if "tags" not in meta or (isinstance(tags, list) and all(isinstance(tag, str) for tag in tags)):
        return None
    written = written_items(tags) if isinstance(tags, str) else []
    hint = (
        f"write it as {flow_line_to_write('tags', written)}"
        if written
        else f"e.g. {in_backticks('tags: [remittances]')}"
    )
    return Problem(path, "tags", "must be a list of policy-area ids", hint)


def title_problem(path: str, title: object, written: str | None = None) -> Problem | None:
    """A title YAML read as something other than text (`title: 2010`, a number): the pages showing it need text.

    Named and offered in quotes as `written` (`yes`, not YAML's True), with YAML's reading where it differs.

    Or one blank, with a control character, longer than a line of text, with `<` or `>`, or a
    character reference (`&#x202e;`), refused as a policy area's title is: Material's navigation
    shows every page's title on every page as it is written, so markup in it would be markup there.
    """
    if title is None:
        return None
    if not isinstance(title, str):
        return not_text_problem(path, "title", title, written)
    if not re.search(VISIBLE_PATTERN, title):  # '', '\u00a0', '\u200b': MkDocs shows it, an empty link in every menu
        return Problem(path, "title", BLANK_TITLE, TITLE_EXAMPLE)
    if RE_CONTROL.search(title):  # '\u202e' turns the words after it in every menu around
        return Problem(path, "title", *control_characters(title))
    if len(title) > LINE_LIMIT:  # a paragraph pasted in: every menu and the page's tab would show it
        return Problem(path, "title", *too_long(title, LINE_LIMIT))
    for pattern in (PLAIN_TEXT, NO_REFERENCE_PATTERN):
        if not re.search(pattern, title):
            message, hint = PATTERNS[pattern]
            hint = plain_text_hint("title") if pattern == PLAIN_TEXT else hint
            return Problem(path, "title", message.format(value=named_value(title)), hint)
    return None


def description_problem(path: str, description: object, written: str | None = None) -> Problem | None:
    """A description YAML read as something other than text (`description: 1.0`), offered in quotes as `written`.

    The page's `<meta name="description">`, the snippet search results show, would read "1.0" or "True".
    """
    if description is None or isinstance(description, str):
        return None
    return not_text_problem(path, "description", description, written)


def not_text_problem(path: str, field: str, value: object, written: str | None) -> Problem:
    """A field YAML did not read as text, named and offered in quotes as `written` (`yes`, not YAML's True).

    A list or a mapping (`title: [Goal, 3]`) is offered its words as one text (`title: Goal 3`): in
    quotes as Python shows it, `title: '[''Goal'', 3]'`, it was a line no one would write.
    """
    if isinstance(value, list | dict):
        shown = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=LINE_LIMIT * 4).strip()
        kind = "a list" if isinstance(value, list) else "a mapping"
        hint = f"write the {field} as one text: {line_to_write(field, one_text(value))}"
        return Problem(path, field, f"{shown} is {kind}, not text", hint)
    written = str(value) if written is None else written
    return Problem(path, field, not_text(written, value), f"put it in quotes: {line_to_write(field, written)}")


def one_text(value: object) -> str:
    """The words of a list or mapping as one text, joined by a space (`[Goal, 3]`: 'Goal 3'); a value as text."""
    if isinstance(value, dict):
        return " ".join(part for key, item in value.items() for part in (one_text(key), one_text(item)) if part)
    if isinstance(value, list):
        return " ".join(part for item in value if (part := one_text(item)))
    return "" if value is None else str(value)


def source_problem(path: str, meta: Mapping[str, Any], folder: str) -> Problem | None:
    """A `source` YAML read as something other than text (`source: [x]`): every lookup by it needs text."""
    if "source" not in meta or isinstance(meta["source"], str):
        return None
    message = f"{named_value(meta['source'])} is not text"
    return Problem(path, "source", message, f"write {line_to_write('source', folder)}")


def source_as_read(meta: Mapping[str, Any], folder: str) -> object:
    """A page's `source` as every hook reads it: one that is not text (`source_problem`'s line) taken for its folder.

    For what reads a page's front matter before the build corrects it (`corrected_front_matter`): the
    citations read each landing page's in `on_files`, and left out a source whose record the page showed.
    """
    return folder if source_problem("", meta, folder) else meta.get("source")


def corrected_front_matter(
    path: str, meta: Mapping[str, Any], folder: str, page_text: Callable[[], str] = str
) -> tuple[dict[str, Any], list[Problem]]:
    """A title, description or `source` that is not text, or a title with markup, named; and the front matter read.

    The title and description made text as written (`yes`, not True), the title's `<` and `>` left
    out (every list and link that shows it needs text), the source taken to be the page's folder
    (every lookup by it needs text): so that each mistake is the one line. `page_text` is called
    only for a title or description YAML did not read as text: nearly every page is not read again.
    """
    unread = [field for field in ("title", "description") if not isinstance(meta.get(field), str | None)]
    text = page_text() if unread else ""
    written = {field: field_as_written(text, field) for field in unread}
    title = title_problem(path, meta.get("title"), written.get("title"))
    description = description_problem(path, meta.get("description"), written.get("description"))
    source = source_problem(path, meta, folder)
    corrected = dict(meta)
    if title:  # as text, without the markup meanwhile (a reference's `&` too: it would read as the character)
        shown = written.get("title") or one_text(meta["title"])
        corrected["title"] = shown.replace("<", "").replace(">", "").replace("&", "and")
    if description:
        corrected["description"] = written.get("description") or one_text(meta["description"])
    if source:
        corrected["source"] = folder
    return corrected, [problem for problem in (title, description, source) if problem]


def field_as_written(text: str, key: str) -> str | None:
    """A page's top-level field as its front matter writes it (`yes`), from its composed node; None if not one."""
    match = RE_FRONT_MATTER.match(text)
    return written_scalar(match.group(1), key) if match else None


def diagnose_front_matter(path: str, text: str) -> Problem | None:
    """Explain why a page's `---` block did not parse, which MkDocs itself passes over silently.

    Also a field written twice, which MkDocs' YAML reads without a word (the last one wins); and
    fields written without the `---` lines, which MkDocs reads as MultiMarkdown metadata: every
    value text (`order: '3'`), and a first line such as `Note: …` taken from the page.
    """
    if not text.startswith("---"):
        if RE_MULTIMARKDOWN_FIELD.match(text):
            first = text.split("\n", 1)[0].strip()
            message = f"the page starts with '{first[:60]}', which MkDocs takes for a field, not for text"
            hint = "put fields between two lines '---'; start the text with a heading or a blank line"
            return Problem(path, "front matter", message, hint)
        return None
    lines = text.split("\n")
    try:
        end = next(i for i, line in enumerate(lines[1:], start=1) if line.rstrip() in ("---", "..."))
    except StopIteration:
        return Problem(path, "front matter", "the opening '---' is never closed", "end the block with a line '---'")
    try:
        data = parse_yaml("\n".join(lines[1:end]))
    except yaml.YAMLError as error:
        message, hint = describe_yaml_error(error, first_line=2)
        if NO_DAY in message and (record_date := record_date_at("\n".join(lines[1:end]), error)):
            field, written, raw = record_date  # CSL's date-parts, not the YYYY-MM-DD of a page's own field
            hint = csl_day_hint(field, written, raw=raw)
        return Problem(path, "front matter", message, hint or "fix the YAML between the '---' lines")
    if not isinstance(data, dict):
        return Problem(path, "front matter", "is not a mapping of fields", FIELD_LINES)
    if not RE_FRONT_MATTER.match(text):  # `---` not alone on its line, or no line break after the last one
        message = "is not read by MkDocs: it must open with a line '---' and close with '---' and a line break"
        return Problem(path, "front matter", message, "write '---' alone on the first and the closing line")
    return None


def record_date_at(text: str, error: yaml.YAMLError) -> tuple[str, str, bool] | None:
    """The bibliography's date field whose value YAML stopped on (`issued`, its text, whether its `raw`); None if none.

    The front matter composes (the calendar stopped it later, building the value): its nodes say where.
    """
    if (mark := getattr(error, "problem_mark", None)) is None:
        return None
    try:
        record = child(yaml.compose(text, Loader=yaml.SafeLoader), "bibliography")
    except yaml.YAMLError:
        return None
    for field in DATE_FIELDS:
        for node, raw in ((value := child(record, field), False), (child(value, "raw"), True)):
            if isinstance(node, yaml.ScalarNode) and node.start_mark.pointer == mark.pointer:
                return field, node.value, raw
    return None


def control_lines(path: str, text: str) -> list[Problem]:
    """One line per line of a page's Markdown that holds a control character, by its line number in the file.

    Its words are published: an escape code no reader sees, or a direction override that makes
    them read in another order than written, would be published too. (Its front matter's fields
    are checked as fields, and a block YAML cannot read is `diagnose_front_matter`'s line.)
    """
    start = match.end() if (match := RE_FRONT_MATTER.match(text)) else 0
    if not RE_CONTROL.search(text, start):  # every page, every build: one scan, lines counted only for a find
        return []
    first, body = text[:start].count("\n") + 1, text[start:]  # the body's first line in the file
    return [
        Problem(path, f"line {number}", *control_characters(line, line_break="a new line"))
        for number, line in enumerate(body.split("\n"), start=first)  # not splitlines: \x0b and \x1c end no line
        if RE_CONTROL.search(line)
    ]


# A page's words an editor types (`yaml_comments`' rule): its title and description, its source's record
# (`bibliography.WORD_FIELDS`, every name's parts, a date written as words) and what the record does not know
# (`unknown`). Not `source`, `order` or `tags`: ids and numbers.
PAGE_TEXT_FIELDS = (
    ("title",),
    ("description",),
    ("unknown", EACH),
    *(("bibliography", field) for field in WORD_FIELDS),
    *(("bibliography", field, EACH, part) for field in NAME_VARIABLES for part in NAME_PARTS),
    *(("bibliography", field, "literal") for field in DATE_FIELDS),
    ("bibliography", "categories", EACH),
)


def texts_cut_by_comment(path: str, text: str, problems: list[Problem] | None = None) -> list[Problem]:
    """A title, description or record's text that YAML cut at ' #' (`title: Goal #3` read as 'Goal'), one line each.

    Every menu would show half the title, every citation half the record, without a word. Read on
    every page: one search of its front matter decides nearly all of them without a second parse.
    """
    end = text.find("\n---", 3)  # the closing line or one below it: the front matter is above it
    end = len(text) if end < 0 else end
    if not text.startswith("---") or (text.find(" #", 0, end) < 0 and text.find("\t#", 0, end) < 0):
        return []  # nearly every page: a few finds, no pattern (the Markdown's `{ #p3 }` is below the block)
    if not (match := RE_FRONT_MATTER.match(text)):
        return []
    cuts = cut_problems(path, match.group(1), PAGE_TEXT_FIELDS)
    return guided(cuts + emptied_problems(path, match.group(1), [*(problems or []), *cuts]))  # `ISBN: #13`


def said_with_comments(path: str, text: str, problems: list[Problem]) -> list[Problem]:
    """`problems` with a field a comment emptied (`number: #13`) said as such, in one line, not the schema's.

    The schema's "not empty" says only that a value is wanted. So is a text YAML read as true, false
    or a number (`publisher: yes`): offered as written (`written_as_text`). The page's text is searched
    again only when such a line is among the problems.
    """
    if any(problem.path == path and read_otherwise(problem) for problem in problems):
        match = RE_FRONT_MATTER.match(text)
        problems = written_as_text(path, match.group(1), problems) if match else problems
    if not any(problem.message.endswith(NOT_EMPTY) for problem in problems):
        return problems
    return without_restated(problems + texts_cut_by_comment(path, text, problems))


def unreadable_page(path: str, text: str) -> Problem | None:
    """What makes a page's other checks noise: a merge conflict left in it, or front matter MkDocs misreads."""
    return merge_conflict(path, text) or diagnose_front_matter(path, text)


@dataclass(frozen=True)
class PageText:
    """A page's text as MkDocs reads it, the lines about it, and whether its other checks must wait (`misread`)."""

    text: str
    problems: tuple[Problem, ...]
    misread: bool


def read_page_text(data: bytes, path: str) -> PageText:
    """Read a page's file as the build and make check both do: its text, its lines, and whether it is misread.

    A page that is not UTF-8 is misread too, as one with a merge conflict or front matter MkDocs
    misreads: decoded with replacement characters, its fields and words are not the ones written,
    so their lines would be noise beside the encoding's. Its control characters are named anyway;
    so is, on a page read right, a front matter's text that YAML cut short at ' #'.
    """
    text, undecoded = decode_page(data, path)
    unreadable = unreadable_page(path, text)
    problems = [found for found in (undecoded, unreadable) if found] + control_lines(path, text)
    if not undecoded and not unreadable:  # a misread page's fields are not the ones written: its own line first
        problems += texts_cut_by_comment(path, text)
    return PageText(text, tuple(problems), misread=bool(undecoded or unreadable))


def check_source_page(path: str, meta: Mapping[str, Any], folder: str) -> list[Problem]:
    """Check a source page's `title`, `source`, `order` and `tags` (ids are checked elsewhere)."""
    missing = [field for field in SOURCE_PAGE_FIELDS if field not in meta]
    misspelt = misspelt_page_fields(meta, missing)
    problems = [
        Problem(path, written, f"is not a field: did you mean {keys_path(field)}?", f"rename it to {keys_path(field)}")
        for written, field in misspelt.items()
    ]
    problems += [
        Problem(path, field, "is missing", f"add {missing_line(field, folder)} to the front matter")
        for field in missing
        if field not in misspelt.values()
    ]
    title, source, order = (meta.get(field) for field in ("title", "source", "order"))
    if "title" in meta and title is None:  # a blank text is `title_problem`'s line, on every page
        # Worded as the schema's "not empty" line (NOT_EMPTY): `title: #Goal`'s comment line stands for it.
        problems.append(Problem(path, "title", f"must be text{NOT_EMPTY}", TITLE_EXAMPLE))
    if "source" in meta and source != folder:
        fix = f"write {line_to_write('source', folder)}"
        message = f"is {named_value(source)} but the page lives in {named_value(folder)}"
        problems.append(Problem(path, "source", message, fix))
    if "order" in meta and (isinstance(order, bool) or not isinstance(order, int) or order < 0):
        hint = f"e.g. {in_backticks('order: 3')}"
        problems.append(Problem(path, "order", f"must be a whole number ≥ 0, not {named_value(order)}", hint))
    if problem := tags_problem(path, meta):
        problems.append(problem)
    return problems


def missing_line(field: str, folder: str) -> str:
    """What to add for a missing field: `source`'s whole line (its value is the page's folder), any other's name."""
    return line_to_write("source", folder) if field == "source" else keys_path(field)


def misspelt_page_fields(meta: Mapping[str, Any], missing: list[str]) -> dict[str, str]:
    """Fields of a page that stand for a missing one (`titel` for `title`): one line each, not "`title` is missing".

    A page may have fields of its own (Material's `subtitle`, `hide`), so only a close likeness counts,
    as the schemas' `misspelt_fields` reads an annotation's.
    """
    fields = (key for key in meta if isinstance(key, str) and key not in SOURCE_PAGE_FIELDS)
    return stand_ins(fields, missing, cutoff=0.8)


def source_page_folders(metas: Mapping[str, Mapping[str, Any]]) -> dict[str, str]:
    """Which pages are source pages, and their folders: `metas` maps `docs/<folder>/<page>.md` to front matter.

    A page is one when it names a `source`, or lives in the folder another page names as its
    source (so that a page which forgot its `source:` is checked, not passed over).
    """
    folders = {path: path.split("/")[1] for path in metas}
    sources = {meta["source"] for meta in metas.values() if isinstance(meta.get("source"), str)}
    return {path: folder for path, folder in folders.items() if "source" in metas[path] or folder in sources}


def check_source_pages(metas: Mapping[str, Mapping[str, Any]]) -> list[Problem]:
    """Every source page's fields, and no two pages of a source in one position (the build's and `make check`'s)."""
    folders = source_page_folders(metas)
    problems = [problem for path, folder in folders.items() for problem in check_source_page(path, metas[path], folder)]
    return problems + check_orders({path: metas[path] for path in folders})


def check_source_paragraphs(
    metas: Mapping[str, Mapping[str, Any]],
    inventories: Mapping[str, PageInventory],
    published: Callable[[str], tuple[list[str], list[str]]],
    *,
    lock_read: bool = True,
) -> list[Problem]:
    """Every source page's paragraph and heading ids, and every other page's heading ids (build and `make check`).

    `inventories` are by page below docs/; `published(page)`, the page's ids in the lock (those a
    redirect moved elsewhere apart: `anchor_redirects.published_ids`), is asked only of a page
    with a paragraph that lacks its id or shares one. The other pages (about/, the home page)
    have no numbered paragraphs, but their headings are cited as much as any. While the lock does not
    load (not `lock_read`), an id offered waits on it: it may be one published once.
    """
    problems = []
    sources = source_page_folders(metas)
    for path in sources:
        page = path.removeprefix("docs/")
        if inventory := inventories.get(page):
            asked = inventory.unnumbered or inventory.unnamed_headings or inventory.duplicates  # read for hints only
            ids = published(page) if asked else ()
            problems += check_paragraph_ids(path, inventory, *ids, lock_read=lock_read)
            problems += check_heading_ids(path, inventory, *ids, lock_read=lock_read)
    for path in metas.keys() - sources.keys():
        if inventory := inventories.get(page := path.removeprefix("docs/")):
            ids = published(page) if inventory.unnamed_headings else ()
            problems += check_heading_ids(path, inventory, *ids, lock_read=lock_read)
    return problems


def check_orders(pages: Mapping[str, Mapping[str, Any]]) -> list[Problem]:
    """Two pages of one source must not claim the same position (`order`) in it.

    `pages` maps each source page's path (`docs/<source>/<page>.md`) to its front matter; pages
    whose `order` is missing or malformed are reported by `check_source_page`.
    """
    seen: dict[tuple[Any, int], str] = {}
    problems = []
    for path, meta in sorted(pages.items()):
        order = meta.get("order")
        if isinstance(order, bool) or not isinstance(order, int):
            continue
        key = (meta.get("source"), order)
        if key in seen:
            hint = "give each page of a source its own position"
            problems.append(Problem(path, "order", f"{order} is also the order of {seen[key]}", hint))
        else:
            seen[key] = path
    return problems
