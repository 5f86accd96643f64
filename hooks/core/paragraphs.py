"""What a rendered page contains: its numbered paragraphs, headings and stray paragraphs."""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Collection, Container, Iterable
from dataclasses import dataclass, field

from markdown.extensions.toc import slugify

from hooks.core.anchor_lock import LOCK_FILE
from hooks.core.problems import Problem

# The fields of a page's lines about its ids: `lost_ids.lost_ids_named` reads them as naming the ids lost
# (`kind_of_lost_ids`).
PARAGRAPH_FIELD, HEADING_FIELD = "paragraph", "heading"
NO_ID = "has no id"  # the end of the line on an element left without its id: its hint offers the id it lost
RE_PARAGRAPH_ID = re.compile(r"p([1-9][0-9]*)\Z")
CITE_ID = "cite-this-page"  # the heading the build adds to every source page, above its Cite block
PARAGRAPH_TAGS_ATTRIBUTE = "data-policy-areas"
HEADING_ID_HINT = "give the heading an id of its own: ids are links, and a link leads to one place"


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
    """Everything citable on one page, recorded while the page renders."""

    paragraphs: tuple[Paragraph, ...] = ()
    headings: tuple[str, ...] = ()
    unnamed_headings: tuple[str, ...] = ()  # their text: a heading's id must be written, not derived from it
    markup_headings: tuple[str, ...] = ()  # the text of those showing a '<' that opens a tag (`check_heading_ids`)
    labelled_headings: tuple[tuple[str, str], ...] = ()  # (id, whole title) of those the contents name otherwise
    unnumbered: tuple[str, ...] = ()
    misnamed: tuple[str, ...] = ()
    duplicates: tuple[str, ...] = field(default=())
    unknown_attributes: tuple[tuple[str, str], ...] = ()  # (paragraph id, attribute) the edition does not read
    literal_attributes: tuple[str, ...] = ()  # `{ #p6 }` left as text (attr_list did not take it), as written
    lone_attributes: tuple[tuple[str, str | None], ...] = ()  # `{ #p6 }` as a paragraph, and the one above without id
    ids: tuple[str, ...] = ()
    annotation_ids: tuple[str, ...] = ()  # of the annotation blocks beside the paragraphs, among `ids`

    def paragraph(self, paragraph_id: str) -> Paragraph | None:
        """Find a paragraph by id."""
        return next((p for p in self.paragraphs if p.id == paragraph_id), None)

    def texts(self) -> dict[str, str]:
        """Each paragraph id's text; for a duplicated id (reported on its own) the first, as `paragraph` finds it."""
        return {p.id: p.text for p in reversed(self.paragraphs)}

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


def builders_form(anchor_id: str) -> str | None:
    """The form of ids the build gives elements of its own, if `anchor_id` has it: written on a heading, two share it.

    The footnotes extension numbers a page's notes and their way back (`fn:4`, `fnref:4`), and
    Material names its controls `__drawer`, `__search`, …: the heading would be the second element with
    the id (or the first, taking a note's links), and the anchor lock would not know it.
    """
    if anchor_id.startswith(("fn:", "fnref:")):
        return "the form of a footnote's ids (fn:N, fnref:N), which the page's notes and their links take"
    if anchor_id.startswith("__"):
        return "the form of the theme's own ids (__drawer, __search, …)"
    return None


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
    """Every paragraph of a source page needs its own `pN` id, and every heading an id, written in the Markdown.

    An id derived from a heading's words would change with them, breaking the links made to it.
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
    if len(gone) == 1:
        hint = f"end it with '{{ #{gone[0]} }}' if it is the paragraph published as {gone[0]}"
        hint += f", or '{{ #{fresh} }}' if it is new"
    elif gone:
        hint = f"end it with its published id if it had one ({', '.join(gone)} are gone)"
        hint += f", or '{{ #{fresh} }}' if it is new"
    else:
        # A paragraph split in two: the published id must stay with the words links were made to.
        hint = f"end the paragraph with '{{ #{fresh} }}' on its own line; if it was split off a paragraph,"
        hint += f" the first part keeps that paragraph's id and the new part takes {fresh}"
    hint = offer_waits(hint, lock_read=lock_read)
    problems = [Problem(path, PARAGRAPH_FIELD, f"'{snippet}' {NO_ID}", hint) for snippet in inventory.unnumbered]
    problems += [
        Problem(path, PARAGRAPH_FIELD, f"id '{pid}' is not of the form pN", "paragraph ids are p1, p2, … per page")
        for pid in inventory.misnamed
    ]
    problems += [
        Problem(
            path,
            PARAGRAPH_FIELD,
            f"id '{pid}' is used twice",
            offer_waits(twice_hint(pid, published, gone, fresh), lock_read=lock_read),
        )
        for pid in inventory.duplicates
    ]
    problems += check_heading_ids(path, inventory, published, retired, lock_read=lock_read)
    for pid, name in inventory.unknown_attributes:
        close = difflib.get_close_matches(name, [PARAGRAPH_TAGS_ATTRIBUTE], n=1, cutoff=0.8)
        hint = f"did you mean '{close[0]}'?" if close else f"write only the id, a .class and {PARAGRAPH_TAGS_ATTRIBUTE}"
        problems.append(Problem(path, f"#{pid}", f"'{name}' is not an attribute the edition reads", hint))
    problems += [
        Problem(path, PARAGRAPH_FIELD, f"id '{pid}' is on something that is not a paragraph of the text", PLACE_HINT)
        for pid in dict.fromkeys(inventory.ids)
        if RE_PARAGRAPH_ID.match(pid) and pid not in built
    ]
    lone = {written for written, _ in inventory.lone_attributes}
    problems += [lone_attribute_problem(path, written, above) for written, above in inventory.lone_attributes]
    problems += [
        Problem(path, PARAGRAPH_FIELD, f"'{written}' is shown to readers as text: no element took it", PLACE_HINT)
        for written in dict.fromkeys(inventory.literal_attributes)
        if normalise_space(written) not in lone
    ]
    return problems


def lone_attribute_problem(path: str, written: str, above: str | None) -> Problem:
    """`{ #p6 }` after a blank line: a paragraph of its own that readers see, not the id of the paragraph above."""
    if above is None:
        hint = "put it on the line right after the last line of the paragraph it numbers, or delete it"
        return Problem(path, PARAGRAPH_FIELD, f"'{written}' stands alone as a paragraph: readers see it as text", hint)
    message = f"'{written}' stands alone below '{above}', which has no id: readers see it as text"
    return Problem(path, PARAGRAPH_FIELD, message, "remove the blank line between them, so that it ends that paragraph")


def first_free(base: str, taken: Container[str], *, base_allowed: bool = True) -> str:
    """`base`, else `base-2`, `base-3`…: the first id `taken` lacks (ids are never reused), `base` itself if allowed."""
    candidate, number = base, 2
    while candidate in taken or (not base_allowed and candidate == base):
        candidate, number = f"{base}-{number}", number + 1
    return candidate


def fresh_heading_id(text: str, taken: Container[str]) -> str:
    """The heading's slug, numbered while the page has it or has published it (ids are never reused).

    `searching` once published and deleted with its heading stays that heading's: a new one takes `searching-2`.
    """
    return first_free(slugify(text, "-"), taken)


LOCK_UNREAD = f"{LOCK_FILE} does not load: check the id once it does"


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


def check_heading_ids(
    path: str,
    inventory: PageInventory,
    published: Collection[str] = (),
    retired: Iterable[str] = (),
    *,
    lock_read: bool = True,
) -> list[Problem]:
    """Every heading of every page needs an id written in the Markdown, of a form no other element takes.

    A derived id would change with the heading's words and is taken after the anchor lock has
    looked, so it would be published without being recorded: the guarantee would not cover it.
    `published` are the page's ids in the lock: a heading without an id is most often one whose
    published id was deleted with it by mistake, which its hint names before a fresh one: one no
    element has, nor the lock (`retired` ones too, moved elsewhere by a redirect), nor an earlier
    heading's hint. While the lock does not load (not `lock_read`), the hint says the id offered waits on it.
    """
    gone = [i for i in published if i not in inventory.ids and not RE_PARAGRAPH_ID.match(i)] if published else []
    problems = []
    taken = {*inventory.ids, *published, *retired} if inventory.unnamed_headings else set()  # on every page: rare
    for text in inventory.unnamed_headings:
        offered = fresh_heading_id(text, taken)
        taken.add(offered)  # two new headings with the same words are offered two ids
        fresh = f"'{{ #{offered} }}'"
        hint = f"end the heading with {fresh}"
        if len(gone) == 1:
            hint = f"end it with '{{ #{gone[0]} }}' if it is the heading published as {gone[0]}, or {fresh} if new"
        elif gone:
            hint = f"end it with its published id if it had one ({', '.join(gone)} are gone), or {fresh} if new"
        problems.append(Problem(path, HEADING_FIELD, f"'{text}' {NO_ID}", offer_waits(hint, lock_read=lock_read)))
    problems += [
        Problem(path, HEADING_FIELD, f"id '{hid}' has {form}", HEADING_ID_HINT)
        for hid in dict.fromkeys(inventory.headings)
        if (form := builders_form(hid))
    ]
    problems += [  # Material copies a long heading's text into a tooltip it inserts as HTML, as it does a title
        Problem(
            path, HEADING_FIELD, f"'{text}' shows a '<' that opens a tag where Material shows it as HTML", MARKUP_HINT
        )
        for text in inventory.markup_headings
    ]
    return problems + check_repeated_ids(path, inventory)


MARKUP_HINT = "reword it without '<' right before a letter (the img element, not <img>): contents and header read it"


REPEATED_ID_HINT = "give each element an id of its own: ids are links, and a link leads to the first element only"


def check_repeated_ids(path: str, inventory: PageInventory) -> list[Problem]:
    """An id on two elements of one page (a heading, a paragraph, an id in raw HTML): links reach the first only.

    The lock records ids, not elements, so it could not tell which one was published. Two
    paragraphs with one id have their own line (`check_paragraph_ids`), a heading with a footnote's
    or the theme's form of id its own (above), and an annotation's id its annotation file's
    (`id_taken`): the contributor who added it is the one to act.
    """
    annotations = set(inventory.annotation_ids)
    counts = Counter(i for i in inventory.ids if i not in annotations)
    problems = []
    for anchor_id in (i for i in dict.fromkeys(inventory.ids) if counts[i] > 1 and i not in inventory.duplicates):
        if anchor_id in inventory.headings and builders_form(anchor_id):
            continue  # named with the form it took, above
        if anchor_id in inventory.headings:
            message = f"id '{anchor_id}' is also the id of another element of the page"
            problems.append(Problem(path, HEADING_FIELD, message, HEADING_ID_HINT))
        else:
            message = f"id '{anchor_id}' is on {counts[anchor_id]} elements of the page"
            problems.append(Problem(path, "id", message, REPEATED_ID_HINT))
    return problems


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
