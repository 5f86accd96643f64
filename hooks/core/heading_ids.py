"""A page's headings' ids, checked: written in the Markdown, in no form the build's own take, each on one element.

`check_repeated_ids` names any id on two elements, a heading's or another's. The page's inventory,
and the checks of its paragraphs' ids, are `paragraphs.py`'s.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Container, Iterable, Sequence

from markdown.extensions.toc import slugify

from hooks.core.anchor_check import CONTENTS_ID
from hooks.core.paragraphs import NO_ID, RE_PARAGRAPH_ID, PageInventory, first_free, misnamed_problem, offer_waits
from hooks.core.problems import Problem

# The field of a page's lines about its headings' ids, and the kind of lost ids those offering them back are about
# (`Problem.offers`, read by `lost_ids.kind_of_lost_ids`), as `paragraphs.PARAGRAPH_FIELD` a paragraph's.
HEADING_FIELD = "heading"
CONTENTS_KIND = f"#{CONTENTS_ID}"  # what a Contents heading's line (no id, or another) offers: `contents` alone
CITE_ID = "cite-this-page"  # the heading the build adds to every source page, above its Cite block
ONE_PLACE = "ids are links, and a link leads to one place"
HEADING_ID_HINT = f"give the heading an id of its own: {ONE_PLACE}"
MARKUP_HINT = "reword it without '<' right before a letter (the img element, not <img>): contents and header read it"
REPEATED_ID_HINT = "give each element an id of its own: ids are links, and a link leads to the first element only"
CONTENTS_BY = "the id the build reads a source's Contents list by"
CONTENTS_HINT = f"end it with '{{ #{CONTENTS_ID} }}', {CONTENTS_BY}"


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


def fresh_heading_id(text: str, taken: Container[str]) -> str:
    """The heading's slug, numbered while the page has it or has published it (ids are never reused).

    `searching` once published and deleted with its heading stays that heading's: a new one takes `searching-2`.
    """
    return first_free(slugify(text, "-"), taken)


def check_heading_ids(
    path: str,
    inventory: PageInventory,
    published: Collection[str] = (),
    retired: Iterable[str] = (),
    *,
    lock_read: bool = True,
    landing: bool = False,
) -> list[Problem]:
    """Every heading of every page needs an id written in the Markdown, of a form no other element takes.

    A derived id would change with the heading's words and is taken after the anchor lock has
    looked, so it would be published without being recorded: the guarantee would not cover it.
    `published` are the page's ids in the lock: a heading without an id is most often one whose
    published id was deleted with it by mistake, which its hint names before a fresh one: one no
    element has, nor the lock (`retired` ones too, moved elsewhere by a redirect), nor an earlier
    heading's hint. While the lock does not load (not `lock_read`), the hint says the id offered waits on it.
    A source's `landing` page's Contents heading is offered `contents` alone (`contents_heading`), or, with another
    id (`{ #content }`, `{ #fn:1 }` too, of a refused form), told to write it in that one's place (`misnamed_contents`).
    """
    contents = contents_heading(inventory) if landing else None
    misnamed = misnamed_contents(inventory) if landing else None
    gone = [i for i in published if i not in inventory.ids and not RE_PARAGRAPH_ID.match(i)] if published else []
    gone = [i for i in gone if i != CONTENTS_ID] if contents is not None or misnamed else gone  # offered it
    problems = [misnamed_contents_problem(path, *misnamed)] if misnamed else []
    taken = {*inventory.ids, *published, *retired} if inventory.unnamed_headings else set()  # on every page: rare
    taken |= {CONTENTS_ID} if contents is not None else set()
    for place, text in enumerate(inventory.unnamed_headings):  # named in the page's order (`Problem.place`)
        offered = fresh_heading_id(text, taken)
        taken.add(offered)  # two new headings with the same words are offered two ids
        hint = CONTENTS_HINT if place == contents else offer_waits(unnamed_hint(offered, gone), lock_read=lock_read)
        offers = CONTENTS_KIND if place == contents else HEADING_FIELD  # its hint offers `contents` alone, not `gone`
        problems.append(Problem(path, HEADING_FIELD, f"'{text}' {NO_ID}", hint, place=place, offers=offers))
    # A Contents heading's `{ #fn:1 }` is its misnamed line's alone: `contents` is the one id it is to take.
    headings = (hid for hid in dict.fromkeys(inventory.headings) if not misnamed or hid != misnamed[0])
    refused = (builders_form_problem(path, hid, gone) for hid in headings)
    problems += [line for line in refused if line]
    problems += [  # Material copies a long heading's text into a tooltip it inserts as HTML, as it does a title
        Problem(
            path, HEADING_FIELD, f"'{text}' shows a '<' that opens a tag where Material shows it as HTML", MARKUP_HINT
        )
        for text in inventory.markup_headings
    ]
    return problems + check_repeated_ids(path, inventory, gone, misnamed[0] if misnamed else None)


def unnamed_hint(offered: str, gone: Sequence[str]) -> str:
    """What a heading without an id is to end with: the page's heading id gone if it is that heading, or `offered`."""
    fresh = f"'{{ #{offered} }}'"
    return gone_or_new("end it with", gone, fresh) or f"end the heading with {fresh}"


def gone_or_new(action: str, gone: Sequence[str], new: str) -> str | None:
    """The page's heading id `gone` to give back if the heading is the one published with it, else `new`; None if none.

    `action`: what is done with the id (`end it with`, `give it`). Shared by a heading without an id and one
    with an id the line refuses, so that both offer what the page lost in the same words.
    """
    if len(gone) == 1:
        return f"{action} '{{ #{gone[0]} }}' if it is the heading published as {gone[0]}, or {new} if new"
    if gone:
        return f"{action} its published id if it had one ({', '.join(gone)} are gone), or {new} if new"
    return None


def contents_heading(inventory: PageInventory) -> int | None:
    """Where a landing page's Contents heading without its id stands among the headings without one, if it has one.

    `## Contents` without `{ #contents }`: the build reads no Contents list, and said so beside the heading's line;
    that line offers `contents` alone (`CONTENTS_HINT`), and the Contents check leaves the mistake to it.
    None while another element has the id: the list is read there, and this heading is any other.
    """
    if CONTENTS_ID in inventory.ids:
        return None
    slugs = (slugify(text, "-") for text in inventory.unnamed_headings)
    return next((place for place, slug in enumerate(slugs) if slug == CONTENTS_ID), None)


def misnamed_contents(inventory: PageInventory) -> tuple[str, str] | None:
    """A Contents heading's (id, text) when its id is another than `contents` (`{ #content }`) and no element has that.

    The build reads no Contents list then, the lock misses `contents` and is asked to record `content`: three lines
    for one slip. The heading's line says them all (`misnamed_contents_problem`), the others leave it to that line.
    """
    return None if CONTENTS_ID in inventory.ids else next(iter(inventory.contents_named), None)


def misnamed_contents_problem(path: str, heading_id: str, text: str) -> Problem:
    """The line of a Contents heading with another id than `contents`: write `{ #contents }` in its place."""
    hint = f"write '{{ #{CONTENTS_ID} }}' in place of '{{ #{heading_id} }}'"
    message = f"'{text}' has the id '{heading_id}', not '{CONTENTS_ID}', {CONTENTS_BY}"
    return Problem(path, HEADING_FIELD, message, hint, offers=CONTENTS_KIND)  # not the page's other heading ids


def contents_heading_said(inventory: PageInventory) -> bool:
    """Whether a landing page's Contents heading's own line says why no Contents list is read: no id, or another."""
    return contents_heading(inventory) is not None or misnamed_contents(inventory) is not None


def asks_published(inventory: PageInventory) -> bool:
    """Whether the page's heading lines offer an id it published: a heading without an id, or with a refused one.

    Or with an id another element has (`repeated_ids`): a published heading renamed to it.
    """
    if inventory.unnamed_headings or any(builders_form(hid) for hid in inventory.headings):
        return True
    return any(i in inventory.headings for i in repeated_ids(inventory))


def builders_form_problem(path: str, heading_id: str, gone: Sequence[str] = ()) -> Problem | None:
    """The line of a heading id of a form the build gives its own elements (`builders_form`), if it has one.

    Most often a published heading renamed: the page's heading ids `gone` are offered back, as the line of a
    heading without an id does (`lost_ids.kind_of_lost_ids`), so that no summary of them repeats it.
    """
    if (form := builders_form(heading_id)) is None:
        return None
    return Problem(path, HEADING_FIELD, f"id '{heading_id}' has {form}", published_hint(gone), offers=HEADING_FIELD)


def published_hint(gone: Sequence[str], heading: str = "it") -> str:
    """What a heading whose id a line refuses is to take: the page's heading id `gone` if it is that one, or its own.

    `heading`: the one to give it, as the line names it (`it`, the heading its line is about).
    """
    hint = gone_or_new(f"give {heading}", gone, "an id of its own")
    return f"{hint}: {ONE_PLACE}" if hint else HEADING_ID_HINT


def refused_ids(path: str, inventory: PageInventory, lines: Collection[Problem]) -> set[str]:
    """The page's ids a line of `lines` refuses (a heading's `fn:4`, a paragraph's `intro`, `content`): none to record.

    Their "not recorded" line would ask `make anchors` to record what the other line asks to rename. Only
    where that line is said: a source page's paragraphs are checked, `intro` on another page is an id of its own.
    A line is known by its place and words, not its hint (a heading's offers the ids the page lost).
    """
    said = [(hid, builders_form_problem(path, hid)) for hid in inventory.headings]
    said += [(pid, misnamed_problem(path, pid)) for pid in inventory.misnamed]
    said += [(hid, misnamed_contents_problem(path, hid, text)) for hid, text in inventory.contents_named]
    told = {(line.path, line.field, line.message) for line in lines}
    return {i for i, line in said if line is not None and (line.path, line.field, line.message) in told}


def repeated_ids(inventory: PageInventory) -> dict[str, int]:
    """Each id on two elements of the page or more, with their number, in the page's order, that this module names.

    Not two paragraphs' (`check_paragraph_ids` renumbers one), nor an annotation's (its file's line, `id_taken`).
    """
    annotations = set(inventory.annotation_ids)
    counts = Counter(i for i in inventory.ids if i not in annotations)
    return {i: counts[i] for i in dict.fromkeys(inventory.ids) if counts[i] > 1 and i not in inventory.duplicates}


def check_repeated_ids(
    path: str, inventory: PageInventory, gone: Sequence[str] = (), contents_took: str | None = None
) -> list[Problem]:
    """An id on two elements of one page (a heading, a paragraph, an id in raw HTML): links reach the first only.

    The lock records ids, not elements, so it could not tell which one was published. Two
    paragraphs with one id have their own line (`check_paragraph_ids`), a heading with a footnote's
    or the theme's form of id its own (above), and an annotation's id its annotation file's
    (`id_taken`): the contributor who added it is the one to act. A heading's line offers the page's heading
    ids `gone` back (`{ #searching }` renamed `{ #texts }`), as a refused form's does, and no summary repeats them.
    The id a Contents heading took (`## Contents { #p1 }`, `contents_took`) beside one other element is the Contents
    line's (`misnamed_contents_problem`): written `{ #contents }`, the heading leaves it to that element.
    """
    problems = []
    for anchor_id, count in repeated_ids(inventory).items():
        if anchor_id in inventory.headings and builders_form(anchor_id):
            continue  # named with the form it took, above
        if anchor_id == contents_took and count == 2:
            continue
        if anchor_id in inventory.headings:
            message = f"id '{anchor_id}' is also the id of another element of the page"
            hint = published_hint(gone, "the heading that took it")
            problems.append(Problem(path, HEADING_FIELD, message, hint, offers=HEADING_FIELD))
        else:
            message = f"id '{anchor_id}' is on {count} elements of the page"
            problems.append(Problem(path, "id", message, REPEATED_ID_HINT))
    return problems
