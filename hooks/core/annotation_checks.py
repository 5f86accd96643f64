"""One annotation file checked: everything the file itself can tell, all problems at once.

Its front matter against the schema, its dates, addresses, id and name, its tags against the
taxonomy, and that its author and body are no placeholders. Whether its target exists on the page
is checked in `hooks.core.quotes`; the folder and the ids' uniqueness in `annotation_folder.py`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Collection, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from hooks.core.annotation_front_matter import split_front_matter, texts_as_written, texts_cut_by_comment
from hooks.core.annotations import PLACEHOLDER_AUTHOR, PLACEHOLDER_BODY, RE_ID, Annotation, meant_motivation
from hooks.core.body_markup import body_markup_problems, check_body_markup
from hooks.core.conflicts import merge_conflict
from hooks.core.languages import language_problems, usual_case
from hooks.core.page_hints import page_hint
from hooks.core.policy_areas import check_tags
from hooks.core.problems import Problem
from hooks.core.schema_messages import NOT_ALLOWED
from hooks.core.schemas import Schema, validate
from hooks.core.site_addresses import addressed_page, field_address_problems
from hooks.core.text import URL_PATTERN
from hooks.core.typed_dates import NOT_A_DATE, date_hint, example_day_hint, not_a_date
from hooks.core.yaml_comments import without_restated
from hooks.core.yaml_lines import in_backticks, keys_path, line_to_write

DATE_FIELDS = ("created", "modified")
RE_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z")
RE_WEB_ADDRESS = re.compile(URL_PATTERN)  # the schema's pattern: what it refuses is its line
# The fix for an address field naming no host, or one a browser cannot read (the site's form says it too).
ADDRESS_HINT = "copy the address from the browser's address bar, e.g. https://orcid.org/0000-0002-1825-0097"


def refine_schema_problem(problem: Problem) -> Problem:
    """Name a field that is none as not a field of its owner (an annotation, or the field holding it)."""
    if problem.message == "is not a field":
        owner = problem.field.rpartition(".")[0]
        where = in_backticks(owner) if owner else "an annotation"
        return Problem(problem.path, problem.field, f"is not a field of {where}", problem.hint)
    return problem


def motivation_named(problem: Problem, data: dict[str, Any]) -> Problem:
    """A motivation refused that names one without doubt (`Question`, `comment`): that one offered before the list."""
    written = data.get("motivation")
    if problem.field != "motivation" or not problem.message.endswith(NOT_ALLOWED) or not isinstance(written, str):
        return problem
    meant = meant_motivation(written)
    return dataclasses.replace(problem, hint=f"did you mean '{meant}'? {problem.hint}") if meant else problem


def date_refused(problem: Problem, data: dict[str, Any], today: dt.date) -> Problem:
    """A date the schema refused, with the day it stands for, else today's as the example (`yesterday`).

    Its day is read in the body's declared language first (`language: hr`): the schema's line reads a
    month's name as most languages do, and `listopad` is November in Polish and Czech but October in
    Croatian, which an annotation written in Croatian means.
    """
    written, language = data.get(problem.field), data.get("language")
    if problem.field not in DATE_FIELDS or not problem.message.endswith(NOT_A_DATE) or not isinstance(written, str):
        return problem
    languages = [language] if isinstance(language, str) else []
    hint = date_hint(written, [problem.field], languages) or example_day_hint(today)
    return dataclasses.replace(problem, hint=hint)


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
            hint = date_hint(data[field], [field])  # names the day the calendar lacks: `February 2026 has 28 days`
            problems.append(Problem(path, field, not_a_date(data[field]), hint))  # as the schema's `31/02/2026`
            continue
        if days[field] > today:
            # `today` is the latest date on Earth, often a day ahead of the contributor's own.
            hint = f"write the day it was written, no later than {today.isoformat()}: the latest date on Earth now"
            problems.append(Problem(path, field, f"'{data[field]}' is in the future", hint))
    if len(days) == 2 and days["modified"] < days["created"]:  # a change cannot precede the annotation
        created, modified = keys_path("created"), keys_path("modified")
        hint = f"write a {modified} date on or after {created}: {data['created']}, or remove {modified}"
        problems.append(Problem(path, "modified", f"'{data['modified']}' is before {created}", hint))
    return problems


def check_language(path: str, data: dict[str, Any], problems: list[Problem]) -> list[Problem]:
    """The body's language as a tag CLDR knows, checked as a source's record's is: one line for the field.

    The schema's pattern takes `eng`, `en-UK` and `xx`, which screen readers and the export's readers
    would not know; where it refuses a language's name (`French`), its line gains the tag to write.
    """
    return language_problems(path, "language", data.get("language"), problems)


def check_addresses(path: str, data: dict[str, Any], refused: Collection[str] = ()) -> list[Problem]:
    """Web addresses the schema's pattern lets through that no reader follows (`https:///x`, `https://a:99999/`).

    MkDocs reads every link of a page with `urlsplit`: one it refuses stopped the build; one a browser does not
    read was a dead link on the note's block. A field the schema refused (`refused`, its length) is its line alone.
    """
    author, references = data.get("author"), data.get("references")
    places = [("author.url", author.get("url"))] if isinstance(author, dict) else []
    if isinstance(references, list):
        places += [(f"references[{i}].url", r.get("url")) for i, r in enumerate(references) if isinstance(r, dict)]
    return [
        problem
        for field, url in places
        if isinstance(url, str) and RE_WEB_ADDRESS.match(url) and field not in refused
        for problem in field_address_problems(path, field, url, ADDRESS_HINT)
    ]


def parse_annotation(
    path: str,
    text: str,
    schema: Schema,
    known_tags: set[str] | None,
    today: dt.date,
    pages: Collection[str] | None = None,
) -> tuple[Annotation | None, str | None, list[Problem]]:
    """Validate one file's text: the annotation (only if nothing is wrong), the id it claims, problems.

    `pages` (the site's, inside docs/), when known, name the page a `target.page` written otherwise means.
    """
    annotation, claimed, problems, tags, page = check_file(path, text, schema, today)
    if known_tags is not None and tags is not None:
        texts = [tag for tag in tags if isinstance(tag, str)]  # the schema reports the others, once
        # An unknown tag is one line, with the id it resembles ('Remittances'), not also the schema's pattern.
        unknown = {f"tags[{index}]" for index, tag in enumerate(tags) if isinstance(tag, str) and tag not in known_tags}
        problems = tuple(problem for problem in problems if problem.field not in unknown)
        problems += tuple(check_tags(path, "tags", texts, known_tags))
    if pages is not None and page is not None:
        problems = tuple(name_page(problem, page, pages) for problem in problems)
    if problems and annotation is not None:  # refused for its tags or page alone: its body is not checked later
        problems += tuple(check_body_markup(annotation))
    if problems:
        return None, claimed, list(problems)
    return annotation, claimed, []


def page_refused(problems: Iterable[Problem]) -> bool:
    """Whether a `target.page` was refused as written: to check again once the site's pages are known.

    The pages are not known when the annotations are first read; with them, the line names the page
    meant (`name_page`). Without such a line, nothing is read twice.
    """
    return any(problem.field == "target.page" for problem in problems)


def name_page(problem: Problem, written: str, pages: Collection[str]) -> Problem:
    """The schema's line on a `target.page` it refused, naming the page meant (a site address, a path without .md).

    Its example (the schema's hint) shows a path the schema takes, so never the one refused: no `example_page`.
    """
    if problem.field != "target.page":
        return problem
    if page := addressed_page(written, pages):
        return dataclasses.replace(problem, hint=f"write the page's path inside docs/: {page}")
    return dataclasses.replace(problem, hint=page_hint(written, pages, problem.hint))


@lru_cache(maxsize=16384)
def check_file(
    path: str, text: str, schema: Schema, today: dt.date
) -> tuple[Annotation | None, str | None, tuple[Problem, ...], tuple[object, ...] | None, str | None]:
    """Every check but the tags' and the page's, once per file text: annotations and policy-area pages both read them.

    Returns the annotation if these checks pass, the id it claims, the problems, its tags if they are a list
    and its `target.page` if it is text.
    """
    if conflict := merge_conflict(path, text):
        return None, None, (conflict,), None, None
    data, body, problems = split_front_matter(path, text)
    if data is None or body is None:  # its line, and the body's own where the closing '---' says where it starts
        return None, None, (*problems, *(body_problems(path, body) if body is not None else ())), None, None
    problems = [refine_schema_problem(p) for p in validate(data, schema, path, missing_in_place=True)]
    problems = [date_refused(problem, data, today) for problem in problems]  # `5 listopad 2026` in Croatian
    problems = [motivation_named(problem, data) for problem in problems]  # `Question`: `questioning`
    refused = {problem.field for problem in problems}
    problems = check_language(path, data, problems) + check_dates(path, data, today)
    problems += check_addresses(path, data, refused)
    problems = without_restated(problems + texts_cut_by_comment(path, text, problems))  # `quote: #3`: one line
    problems = texts_as_written(path, text, problems)  # `quote: 1.0`: `quote: '1.0'`
    claimed = data.get("id") if isinstance(data.get("id"), str) else None
    stem = Path(path).stem
    if claimed is not None and RE_ID.match(claimed) and claimed != stem:
        problems.append(name_mismatch(path, claimed, rename=True))
    author = data.get("author")
    if isinstance(author, dict) and author.get("name") == PLACEHOLDER_AUTHOR:
        message = f"is still the placeholder '{PLACEHOLDER_AUTHOR}'"
        problems.append(Problem(path, "author.name", message, "write your name as you wish to be credited"))
    blank = blank_body(path, body)
    problems += blank
    tags = tuple(data["tags"]) if isinstance(data.get("tags"), list) else None
    target = data.get("target")
    page = target.get("page") if isinstance(target, dict) and isinstance(target.get("page"), str) else None
    annotation = None if problems else build_annotation(path, data, body)
    if problems and not blank:  # no annotation to check its markup later
        problems += body_markup_problems(path, body.strip() + "\n")
    return annotation, claimed, tuple(problems), tags, page


def blank_body(path: str, body: str) -> list[Problem]:
    """The body's line when it holds no text of its own: nothing, or `make annotate`'s placeholder."""
    if not body.strip():
        return [Problem(path, "body", "is empty", "write the annotation's text below the closing '---'")]
    if body.strip() == PLACEHOLDER_BODY.strip():
        message = "is still the placeholder 'Write the annotation here, in Markdown. …'"
        return [Problem(path, "body", message, "write the annotation's text in its place")]
    return []


def body_problems(path: str, body: str) -> list[Problem]:
    """Every line of a body read apart from its front matter, which no annotation is built from (bad YAML)."""
    return blank_body(path, body) or body_markup_problems(path, body.strip() + "\n")


def name_mismatch(path: str, claimed: str, rename: bool) -> Problem:
    """An id that is not the file's name; renaming the file is offered only where no other file has that name."""
    stem = Path(path).stem
    offers = [f"rename the file to {claimed}.md"] if rename else []
    if RE_ID.match(stem):  # a name like 'A Note.md' is no id to offer
        offers.append(f"write {line_to_write('id', stem)}")
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
        language=usual_case(data["language"]) if "language" in data else None,
        body=body.strip() + "\n",
    )
