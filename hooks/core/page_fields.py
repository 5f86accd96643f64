"""Every page's own fields as menus, search and citations show them: `title`, `description`, `tags`, `source`.

A title, description or `source` YAML did not read as text, or a title with markup, is named and
corrected for every later hook (`corrected_front_matter`), so that each mistake is one line.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Callable, Mapping
from typing import Any

import yaml

from hooks.core.page_front_matter import field_as_written
from hooks.core.problems import Problem, named_value
from hooks.core.schema_messages import (
    PATTERNS,
    PLAIN_TEXT,
    control_characters,
    plain_text_hint,
    too_long,
    written_items,
)
from hooks.core.text import (
    LINE_LIMIT,
    NO_REFERENCE_PATTERN,
    RE_CONTROL,
    RE_LINE_SEPARATOR,
    RE_TAG_OPEN,
    REFERENCE_FORMS,
    VISIBLE_PATTERN,
    markup_words,
)
from hooks.core.yaml_as_written import not_text
from hooks.core.yaml_lines import flow_line_to_write, in_backticks, line_to_write

RE_REFERENCE_START = re.compile(f"&(?={REFERENCE_FORMS})")  # the `&` of what a menu would read as a reference

BLANK_TITLE, TITLE_EXAMPLE = "must be a non-empty text", f"e.g. {line_to_write('title', 'Opportunities')}"
TAGS_EXAMPLE = in_backticks("tags: [remittances]")  # a page's tags as written: a list of policy-area ids


def tags_problem(path: str, meta: Mapping[str, Any]) -> Problem | None:
    """`tags` written as anything but a list of ids (`tags: remittances`, `tags:`, `tags: [1]`)."""
    tags = meta.get("tags")
    if "tags" not in meta or (isinstance(tags, list) and all(isinstance(tag, str) for tag in tags)):
        return None
    written = written_items(tags) if isinstance(tags, str) else []
    hint = f"write it as {flow_line_to_write('tags', written)}" if written else f"e.g. {TAGS_EXAMPLE}"
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


# The fields Material's templates write into the page as they are (MkDocs' Jinja does not escape): the
# `<meta>` description and author, the navigation's subtitle and status (`class="md-status--…"`) on every
# page, the last update's dates, and the address `template: redirect.html` writes into a script.
TEMPLATE_TEXT_FIELDS = (
    "description",
    "author",
    "subtitle",
    "status",
    "revision_date",
    "git_revision_date_localized",
    "git_creation_date_localized",
    "location",
)


def escaped_template_fields(meta: Mapping[str, Any]) -> dict[str, str]:
    """Each field Material writes as it is, escaped: a pull request's `"><img onerror=…>` is shown, never run.

    A value that is not text is escaped as Jinja would write it (a list as Python shows it); one the
    templates' `{% if %}` skips (empty, false) is left as it is.
    """
    return {
        field: html.escape(value if isinstance(value, str) else str(value))
        for field in TEMPLATE_TEXT_FIELDS
        if (value := meta.get(field))
    }


# Fields by which a page would choose its layout from Material, which the edition's pages never do.
LAYOUT_FIELDS = {
    "icon": "the navigation shows no icons, and one Material does not have stops the build",
    "template": "Material would lay the page out with that template instead, redirect.html's script sending"
    " readers to the page's `location`",
}


def layout_problems(path: str, meta: Mapping[str, Any]) -> list[Problem]:
    """A `template` or `icon` in a page's front matter, one line each: the page is laid out as any other."""
    return [
        Problem(path, field, f"{named_value(meta[field])} is not for the edition's pages", f"remove it: {why}")
        for field, why in LAYOUT_FIELDS.items()
        if field in meta
    ]


def readable_title(path: str, title: str) -> str:
    """A refused title as every later hook is to read it: the words it shows, none of them markup meanwhile.

    `Draft <b>notes</b>` is 'Draft notes' (`markup_words`), in `make serve`'s menus and in the Contents line
    offering the page, which read 'Draft bnotes/b'. A reference left once read (`&amp;lt;`, which a browser
    shows as '&lt;') is read as the character meant, and the words read again as a menu would read them:
    'andlt; notes' were words no reader sees, and `&lt;b&gt;` is a tag there. A `<` or `>` that is text
    stays (`Ages < 18`: 'Ages 18' was not the title). What would still be markup in a menu goes: a `<`
    before a letter, `/`, `!` or `?` (`a <b`, which would open a tag), a control character (a line
    separator a space); the `&` of a reference form nothing reads (`&Amp`) is written 'and', every other
    `&` kept (`R&D`). A title that shows nothing (`<br>`, `' '`) is the page's file's name, as the Contents
    line names a page without a title: an empty link in every menu, and an empty line to copy, otherwise.
    """
    words = menu_words(title)
    words = RE_CONTROL.sub("", RE_LINE_SEPARATOR.sub(" ", words))
    while (inert := RE_REFERENCE_START.sub("and", RE_TAG_OPEN.sub("", words))) != words:  # each drops a `<` or `&`
        words = inert  # `<&Amp` is `<andAmp` once, whose `<` would open a tag
    words = " ".join(words.split())
    return words if re.search(VISIBLE_PATTERN, words) else posixpath.splitext(posixpath.basename(path))[0]


def menu_words(title: str) -> str:
    """The words a title shows, read by HTML's rules until a menu, reading them as HTML too, shows them alike.

    Each reading takes tags off and references read (`&amp;lt;b&amp;gt;` → `&lt;b&gt;` → `<b>` → ''), or
    collapses spaces: never longer, and at the same length only once, so it ends.
    """
    words = read_references(markup_words(title))
    while (read := read_references(markup_words(words))) != words:
        words = read
    return words


def read_references(text: str) -> str:
    """The characters a text's references stand for, read until none is left: `&amp;lt;` twice read is '<'."""
    while (read := html.unescape(text)) != text:  # each reading shortens the text: it ends
        text = read
    return text


def corrected_front_matter(
    path: str, meta: Mapping[str, Any], folder: str, page_text: Callable[[], str] = str
) -> tuple[dict[str, Any], list[Problem]]:
    """A title, description or `source` that is not text, or a title with markup, named; and the front matter read.

    The title and description made text as written (`yes`, not True), a refused title the words it shows
    (`readable_title`: every list and link that shows it needs text), the fields Material writes as they are escaped
    (`escaped_template_fields`), a `template` or `icon` left out, the source taken to be the page's folder
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
    if title:
        corrected["title"] = readable_title(path, written.get("title") or one_text(meta["title"]))
    if description:
        corrected["description"] = written.get("description") or one_text(meta["description"])
    corrected.update(escaped_template_fields(corrected))
    layout = layout_problems(path, meta)
    for problem in layout:
        del corrected[problem.field]
    if source:
        corrected["source"] = folder
    return corrected, [*(problem for problem in (title, description, source) if problem), *layout]
