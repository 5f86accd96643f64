"""What a rendered page contains: its numbered paragraphs, headings and stray paragraphs; the paragraphs' ids checked.

Its headings' ids are checked by `heading_ids.py`.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Container, Iterable
from dataclasses import dataclass, field

from hooks.core.anchor_lock import LOCK_FILE
from hooks.core.problems import Problem

# The field of a page's lines about its paragraphs' ids, and the kind of lost ids they offer (`paragraph_line`).
PARAGRAPH_FIELD = "paragraph"
NO_ID = "has no id"  # the end of the line on an element left without its id: its hint offers the id it lost
# At most six digits: a page of a million paragraphs is a mistake, and a number of thousands of digits is one
# int() refuses (a traceback where a line was owed); such an id is named as not of the form pN.
RE_PARAGRAPH_ID = re.compile(r"p([1-9][0-9]{0,5})\Z")
PARAGRAPH_TAGS_ATTRIBUTE = "data-policy-areas"


@dataclass(frozen=True)
class Paragraph:
    """A numbered paragraph: its id (`p7`), its visible text (whitespace normalised) and its policy areas.

    `text` is what the page shows, footnote numbers included: quotes and W3C selectors match it.
    `words` leaves the footnote numbers out, for excerpts quoted elsewhere ("remittances.” Migrants",
    not "remittances.”4 Migrants"); None when the paragraph has none. `section` is the text of the
    heading above it (below the page's title), None before any. `quoted`: it stands in a block quote
    (words the text quotes, such as the annex's definitions from other works), not in the text's own run.
    """

    id: str
    text: str
    tags: tuple[str, ...] = ()
    words: str | None = None
    section: str | None = None
    quoted: bool = False

    @property
    def reading_text(self) -> str:
        """The paragraph's words without footnote numbers, for excerpts."""
        return self.text if self.words is None else self.words

    @property
    def number(self) -> int:
        """The paragraph's number, as shown in the margin (¶ 7)."""
        return paragraph_number(self.id)


@dataclass(frozen=True)
class PageInventory:
    """Everything citable on one page, recorded while the page renders (and a landing page's Contents links)."""

    paragraphs: tuple[Paragraph, ...] = ()
    headings: tuple[str, ...] = ()
    unnamed_headings: tuple[str, ...] = ()  # their text: a heading's id must be written, not derived from it
    markup_headings: tuple[str, ...] = ()  # the text of those showing a '<' that opens a tag (`heading_ids.py`)
    labelled_headings: tuple[tuple[str, str], ...] = ()  # (id, whole title) of those the contents name otherwise
    unnumbered: tuple[str, ...] = ()
    misnamed: tuple[str, ...] = ()
    duplicates: tuple[str, ...] = field(default=())
    unknown_attributes: tuple[tuple[str, str], ...] = ()  # (paragraph id, attribute) the edition does not read
    literal_attributes: tuple[str, ...] = ()  # `{ #p6 }` left as text (attr_list did not take it), as written
    lone_attributes: tuple[tuple[str, str | None], ...] = ()  # `{ #p6 }` as a paragraph, and the one above without id
    ids: tuple[str, ...] = ()
    annotation_ids: tuple[str, ...] = ()  # of the annotation blocks beside the paragraphs, among `ids`
    # the links of its `## Contents { #contents }` lists as written (a source's landing page): None without one
    contents: tuple[str, ...] | None = None
    # (id, text) of the headings worded as a Contents heading (slug `contents`) whose id is another (`content`)
    contents_named: tuple[tuple[str, str], ...] = ()

    def paragraph(self, paragraph_id: str) -> Paragraph | None:
        """Find a paragraph by id."""
        return next((p for p in self.paragraphs if p.id == paragraph_id), None)

    def texts(self) -> dict[str, str]:
        """Each paragraph id's text; for a duplicated id (reported on its own) the first, as `paragraph` finds it."""
        return {p.id: p.text for p in reversed(self.paragraphs)}

    def reading_texts(self) -> dict[str, str]:
        """Each paragraph id's words as read; a duplicated id's the first's, where its links land."""
        texts: dict[str, str] = {}
        for p in self.paragraphs:
            texts.setdefault(p.id, p.reading_text)
        return texts

    def id_range(self) -> str:
        """Describe the ids for error messages: `p1–p6`, or `p1–p3, p5` where a paragraph was deleted."""
        return id_range(p.number for p in self.paragraphs)


def normalise_space(text: str) -> str:
    """Collapse runs of whitespace, so quotes match across line breaks.

    `str.split()` splits on the same characters as the regular expression it replaces (`re`'s
    whitespace class and `str.isspace` agree on every code point) and is several times faster.
    """
    return " ".join(text.split())


def paragraph_number(pid: str) -> int:
    """A paragraph id's number (`p7` → 7): the margin's ¶ 7, and ids ordered as readers count them (p2 before p10)."""
    return int(pid[1:])


def next_paragraph_id(inventory: PageInventory, published: Iterable[str] = ()) -> str:
    """The id a new paragraph on this page should take: after every built and every published one (never reused)."""
    numbers = [p.number for p in inventory.paragraphs]
    numbers += [int(match[1]) for pid in published if (match := RE_PARAGRAPH_ID.match(pid))]
    return f"p{max(numbers, default=0) + 1}"


# A paragraph id in a list item, a table cell, a note or a heading is no paragraph of the text: not
# numbered in the margin, not citable, not annotatable, yet its id would be published.
PLACE_HINT = "a paragraph id goes on its own line right after a paragraph of the text, not in a list, a table or a note"


def check_paragraph_ids(
    path: str,
    inventory: PageInventory,
    published: Iterable[str] = (),
    retired: Iterable[str] = (),
    *,
    lock_read: bool = True,
) -> list[Problem]:
    """Every paragraph of a source page needs its own `pN` id, written in the Markdown (its headings: `heading_ids`).

    `published` are the page's ids in the anchor lock, which links may already point at: a
    paragraph without an id is most often one whose published id, now on no element, was deleted
    by mistake, and a new paragraph must take a number none of them has had, nor any `retired` one
    (moved elsewhere by a redirect). While the lock does not load (not `lock_read`) the id offered may be one
    published once: its hint says so (`offer_waits`).
    """
    published, retired = tuple(published), tuple(retired)
    fresh = next_paragraph_id(inventory, published + retired)
    built = {p.id for p in inventory.paragraphs}
    gone = sorted((pid for pid in published if RE_PARAGRAPH_ID.match(pid) and pid not in built), key=paragraph_number)
    # Each paragraph its own next number, in the page's order: one offered to all would be used twice.
    first = paragraph_number(fresh)
    news = [f"p{first + n}" for n in range(len(inventory.unnumbered))]
    if gone:
        hint = (
            f"end it with '{{ #{gone[0]} }}' if it is the paragraph published as {gone[0]}"
            if len(gone) == 1
            else f"end it with its published id if it had one ({', '.join(gone)} are gone)"
        )
        hints = [f"{hint}, or '{{ #{pid} }}' if it is new" for pid in news]
    else:
        hints = [new_paragraph_hint(pid, inventory) for pid in news]
    problems = [  # in the page's order, as the ids they offer (`place`)
        paragraph_line(path, f"'{snippet}' {NO_ID}", offer_waits(hint, lock_read=lock_read), place=n)
        for n, (snippet, hint) in enumerate(zip(inventory.unnumbered, hints, strict=True))
    ]
    problems += [misnamed_problem(path, pid) for pid in inventory.misnamed]
    problems += [
        paragraph_line(
            path, f"id '{pid}' is used twice", offer_waits(twice_hint(pid, published, gone, fresh), lock_read=lock_read)
        )
        for pid in inventory.duplicates
    ]
    for pid, name in inventory.unknown_attributes:
        close = difflib.get_close_matches(name, [PARAGRAPH_TAGS_ATTRIBUTE], n=1, cutoff=0.8)
        hint = f"did you mean '{close[0]}'?" if close else f"write only the id, a .class and {PARAGRAPH_TAGS_ATTRIBUTE}"
        problems.append(Problem(path, f"#{pid}", f"'{name}' is not an attribute the edition reads", hint))
    problems += [
        paragraph_line(path, f"id '{pid}' is on something that is not a paragraph of the text", PLACE_HINT)
        for pid in dict.fromkeys(inventory.ids)
        if RE_PARAGRAPH_ID.match(pid) and pid not in built
    ]
    lone = {written for written, _ in inventory.lone_attributes}
    problems += [lone_attribute_problem(path, written, above) for written, above in inventory.lone_attributes]
    problems += [
        paragraph_line(path, f"'{written}' is shown to readers as text: no element took it", PLACE_HINT)
        for written in dict.fromkeys(inventory.literal_attributes)
        if normalise_space(written) not in lone
    ]
    return problems


def misnamed_problem(path: str, pid: str) -> Problem:
    """A paragraph's id not of the form `pN`: refused, so never to record (`heading_ids.refused_ids`)."""
    return paragraph_line(path, f"id '{pid}' is not of the form pN", "paragraph ids are p1, p2, … per page")


def lone_attribute_problem(path: str, written: str, above: str | None) -> Problem:
    """`{ #p6 }` after a blank line: a paragraph of its own that readers see, not the id of the paragraph above."""
    if above is None:
        hint = "put it on the line right after the last line of the paragraph it numbers, or delete it"
        return paragraph_line(path, f"'{written}' stands alone as a paragraph: readers see it as text", hint)
    message = f"'{written}' stands alone below '{above}', which has no id: readers see it as text"
    return paragraph_line(path, message, "remove the blank line between them, so that it ends that paragraph")


def paragraph_line(path: str, message: str, hint: str, place: int | None = None) -> Problem:
    """A line on a page's paragraph ids: a pN the page lost is its to give back (`offers`, `lost_ids.kind_of_lost_ids`).

    A paragraph left without its id, or with it misnamed, repeated, alone or as text, is where a lost pN went.
    """
    return Problem(path, PARAGRAPH_FIELD, message, hint, place=place, offers=PARAGRAPH_FIELD)


def first_free(base: str, taken: Container[str], *, base_allowed: bool = True) -> str:
    """`base`, else `base-2`, `base-3`…: the first id `taken` lacks (ids are never reused), `base` itself if allowed."""
    candidate, number = base, 2
    while candidate in taken or (not base_allowed and candidate == base):
        candidate, number = f"{base}-{number}", number + 1
    return candidate


LOCK_UNREAD = f"{LOCK_FILE} does not load: check the id once it does"


def new_paragraph_hint(pid: str, inventory: PageInventory) -> str:
    """The id a paragraph without one takes; a split's rule too, where the page has a numbered paragraph to split."""
    hint = f"end the paragraph with '{{ #{pid} }}' on its own line"
    if not inventory.paragraphs:  # a new page: no paragraph to have been split off
        return hint
    # A paragraph split in two: the published id must stay with the words links were made to.
    split = f"if it was split off a paragraph, the first part keeps that paragraph's id and the new part takes {pid}"
    return f"{hint}; {split}"


def offer_waits(hint: str, *, lock_read: bool) -> str:
    """A hint offering an id, told that the lock did not load: it holds no id then, and the one offered may be retired.

    The element's line stands (its missing id is a mistake of its own), its offer checked against no published id.
    """
    return hint if lock_read else f"{hint}; {LOCK_UNREAD}"


def twice_hint(pid: str, published: Collection[str], gone: list[str], fresh: str) -> str:
    """Which of two paragraphs keeps an id, and what the other takes: two branches that each added `p6` give it twice.

    Renumbering the published one would send its links to the other's words.
    """
    if len(gone) == 1:
        other = f"{gone[0]} if it is the paragraph published as {gone[0]}, or {fresh} if it is new"
    elif gone:
        other = f"its published id if it had one ({', '.join(gone)} are gone), or {fresh} if it is new"
    else:
        other = fresh
    if pid not in published:
        return f"renumber one: {other}" if gone else f"renumber one {fresh}"
    return (
        f"{pid} is published: it stays with the paragraph the published site shows as {pid} (the words"
        f" anchors.words.json records for it), and the other takes {other}"
    )


def id_range(numbers: Iterable[int]) -> str:
    """Paragraph numbers as error messages name them: `p1–p6`, or `p1–p3, p5` where a paragraph was deleted."""
    runs: list[list[int]] = []
    for number in sorted(set(numbers)):
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return (
        ", ".join(f"p{run[0]}–p{run[-1]}" if len(run) > 1 else f"p{run[0]}" for run in runs) or "no numbered paragraphs"
    )
