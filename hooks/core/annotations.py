"""An annotation: the record of one valid file, with its motivation and dates as readers see them.

Also what a new annotation starts with, which the Contributing page's form (docs/assets/annotate-file.js)
mirrors: an id made of the quote's first words, in the form `RE_ID` allows, and the placeholders
a published annotation may not keep. Reading a file's front matter is `annotation_front_matter.py`'s,
checking one file `annotation_checks.py`'s, loading the folder `annotation_folder.py`'s.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Container
from dataclasses import dataclass

from hooks.core.csl_dates import format_csl_date
from hooks.core.paragraphs import first_free, paragraph_number
from hooks.core.text import no_break

# What `make annotate` and the Contributing page's form (docs/assets/annotate-file.js) write below the
# front matter until the contributor writes the annotation; published as it is, it would say nothing.
PLACEHOLDER_BODY = (
    "Write the annotation here, in Markdown."
    " Link other paragraphs as migration-and-transnationalism/introduction.md#p3.\n"
)
# What `make annotate` writes as `author.name` when no AUTHOR is given; published, it would credit no one.
PLACEHOLDER_AUTHOR = "Your name"
# The class of an annotation's block beside its paragraph (`<details class="annotation …" id="…">`).
BLOCK_CLASS = "annotation"
MOTIVATION_LABELS = {
    "commenting": "Comment",
    "describing": "Description",
    "editing": "Editorial note",
    "linking": "Link",
    "questioning": "Question",
    "classifying": "Classification",
}
# Each motivation's annotations together, as the filter of /annotations/ offers them (annotation_filter.py):
# "Questions", "Editorial notes". Every label takes a plain -s; one that did not would be written out here.
MOTIVATION_PLURALS = {motivation: f"{label}s" for motivation, label in MOTIVATION_LABELS.items()}
# A motivation's verb is its -ing form's stem, a final e dropped before -ing (describe, describing).
VERB_ENDING = "ing"
RE_ID = re.compile(r"(?!p[0-9]+\Z)[a-z0-9]+(-[a-z0-9]+)*\Z")
RE_NOT_SLUG = re.compile(r"[^a-z0-9]+")
SLUG_WORDS = 5  # docs/assets/annotate-file.js makes the same id in the browser


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
        return (paragraph_number(self.paragraph), *self.sort_key)


@dataclass(frozen=True)
class RefusedBody:
    """The body of a file no annotation was built from: its links are checked all the same, in the same run."""

    path: str
    page: str  # its `target.page` as written, '' where it has none: a link relative to it is offered from there
    body: str


@dataclass(frozen=True)
class RefusedTags:
    """The tags of a file no annotation was built from: the areas they name are used all the same.

    A new area tagged only by a note refused for its date was named unused ("or remove the area") until the
    date was fixed. Only a list's text items, as the file's tag check reads them; the note stays refused.
    """

    path: str
    tags: tuple[str, ...]


@dataclass(frozen=True)
class RefusedTarget:
    """The target of a file refused for its other fields: its quote is sought all the same, in the same run.

    A refused tag or date hid the quote's line, and its id's on an element of the page, until it was fixed.
    Only a target whose own fields were taken as written (`annotation_folder.refused_targets`); the note
    stays refused: it is neither shown nor exported, so its quote has no highlight and its id no block on
    the page: one element with the id is another's. `id` is '' where a line refused it (its own line).
    """

    path: str
    page: str
    paragraph: str
    quote: str
    id: str = ""


@functools.lru_cache(maxsize=4096)  # an annotation's date is shown twice, and many share one
def format_day(day: str) -> str:
    """`2026-11-22` as `22 November 2026`, as the bibliographic record writes its dates (CLDR's words).

    Joined by no-break spaces, as `¶ 7` is: on a phone an annotation's first line ended `· 21` and the
    next began `November 2026`. Only the shown date: the W3C export keeps `created` as ISO 8601.
    """
    return no_break(format_csl_date({"date-parts": [[int(part) for part in day.split("-")]]}))


def revision(modified: str | None) -> str:
    """` (revised 9 May 2026)` after an annotation's date, or nothing: its block and its listings say it alike."""
    return f" (revised {format_day(modified)})" if modified else ""


def credit(author: str, created: str, modified: str | None = None) -> str:
    """Who wrote an annotation and when, as `/annotations/` and the policy-area pages say it.

    `A. Name, 2 May 2026 (revised 9 May 2026)`: the dates its block beside the paragraph shows, so
    that a reader comparing them is told one story.
    """
    return f"{author}, {format_day(created)}{revision(modified)}"


def meant_motivation(written: str) -> str | None:
    """The one motivation a word names without doubt, case and spaces aside; None for any other word.

    Its label or plural as the pages show them (`Question`, `Editorial notes`), or its verb (`comment`,
    `describe`). Not the motivation spelt most alike: `correcting` is nearest `commenting`, not meant.
    """
    key = squeezed(written)
    named = [
        motivation
        for motivation, label in MOTIVATION_LABELS.items()
        if key in (squeezed(label), squeezed(MOTIVATION_PLURALS[motivation]))
        or motivation in (f"{key}{VERB_ENDING}", f"{key.removesuffix('e')}{VERB_ENDING}")
    ]
    return named[0] if len(named) == 1 else None


def squeezed(words: str) -> str:
    """Words compared without their case or spaces: `Editorial note` and `editorialnote` alike."""
    return "".join(words.split()).casefold()


def fresh_annotation_id(quote: str, taken: Container[str]) -> str:
    """An id made of the quote's first words, numbered while `taken` has it (ids are never reused).

    `taken` holds the other annotations' ids and every id the page has or has published: a new
    annotation must not share its page heading's `opportunities`, nor take back a removed one's.
    """
    words = RE_NOT_SLUG.sub("-", " ".join(quote.split()).lower()).strip("-").split("-")
    base = "-".join(words[:SLUG_WORDS]) or "annotation"
    return first_free(base, taken, base_allowed=bool(RE_ID.match(base)))  # `p7`, a paragraph's form, is no annotation's
