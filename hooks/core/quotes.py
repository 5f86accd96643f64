"""Anchor an annotation in a page: the page, the paragraph, and its quote occurring exactly once."""

from __future__ import annotations

import difflib
from collections.abc import Collection, Container, Iterable, Mapping
from dataclasses import dataclass
from itertools import accumulate

from hooks.core.annotations import Annotation, RefusedTarget
from hooks.core.draft_pages import draft_hint, draft_message
from hooks.core.heading_ids import CITE_ID
from hooks.core.page_hints import page_hint
from hooks.core.paragraphs import PageInventory, Paragraph, normalise_space
from hooks.core.problems import Problem
from hooks.core.text import INVISIBLE_NAMES, shorten
from hooks.core.word_edges import is_letter, word_edges
from hooks.core.yaml_lines import value_to_write

CONTEXT = 32
LIKE = 0.6  # below this similarity the closest passage is noise, not a suggestion
EXAMPLE_PAGE = "migration-and-transnationalism/opportunities.md"  # the page a `target.page`'s line shows
PAGE_EXAMPLE = f"write the path inside docs/, e.g. {EXAMPLE_PAGE}"
MESSAGE_QUOTE = 60  # characters of a quote an error line repeats, ellipsis included: the line stays readable


@dataclass(frozen=True)
class QuoteSelector:
    """A W3C TextQuoteSelector: the exact words and some context, within one paragraph."""

    exact: str
    prefix: str
    suffix: str


def find_quote(text: str, quote: str) -> list[int]:
    """Where the quote starts in the text, both whitespace normalised (overlaps count)."""
    text, quote = normalise_space(text), normalise_space(quote)
    starts, index = [], text.find(quote) if quote else -1
    while index != -1:
        starts.append(index)
        index = text.find(quote, index + 1)
    return starts


def whole_words(text: str, quote: str) -> str | None:
    """The quote widened to whole words when it starts or ends inside one (`ransfer of idea` → `transfer of ideas`).

    A highlight that cuts a word in two reads as a slip (a combining accent is its letter's, `is_letter`); None
    when the quote's edges are word edges, or when it does not occur exactly once (other checks name that).
    """
    text, quote = normalise_space(text), normalise_space(quote)
    starts = find_quote(text, quote)
    if len(starts) != 1:
        return None
    start = starts[0]
    end = start + len(quote)
    while start > 0 and is_letter(text[start]) and is_letter(text[start - 1]):
        start -= 1
    while end < len(text) and is_letter(text[end - 1]) and is_letter(text[end]):
        end += 1
    widened = text[start:end]
    return widened if widened != quote else None


def closest_passage(paragraph: Paragraph, quote: str) -> tuple[str, float]:
    """The run of words in the paragraph most like the quote, as the quote to write, and how alike (0 to 1).

    Each run is offered as `word_edges` trims it, read with the paragraph around it (a `’` closing a `‘` opened
    before the run is left off with it), and only one that occurs once in the paragraph: copied
    into `quote:`, the offer is a quote the check accepts (a run occurring twice would be refused next).
    """
    words, ends, wanted = paragraph_words(paragraph), word_ends(paragraph), normalise_space(quote)
    text = " ".join(words)
    offsets = list(accumulate((len(word) + 1 for word in words), initial=0))  # where each word starts in `text`
    size = max(1, len(wanted.split(" ")))
    best, best_ratio = "", -1.0
    for width in {max(1, size - 1), size, size + 1}:
        for start in range(max(1, len(words) - width + 1)):
            end = min(start + width, len(words))
            run = " ".join([*words[start : end - 1], ends[end - 1]])
            candidate = word_edges(run, text[: offsets[start]], text[offsets[start] + len(run) :])
            if not candidate:
                continue
            ratio = difflib.SequenceMatcher(None, wanted, candidate, autojunk=False).ratio()
            if ratio > best_ratio and len(find_quote(paragraph.text, candidate)) == 1:
                best, best_ratio = candidate, ratio
    return best, best_ratio


def paragraph_words(paragraph: Paragraph) -> list[str]:
    """The paragraph's words as its text has them, note numbers glued on (`remittances.”4`)."""
    return normalise_space(paragraph.text).split(" ")


def word_ends(paragraph: Paragraph) -> list[str]:
    """Each word as a quote may end on it: without a note number glued to it (`remittances.”4` → `remittances.”`).

    Copied with the number, a quote's highlight takes it in. Inside a quote the number stays, as it
    stands between two words of the text; a number standing apart (`word 4`) leaves the words unpaired.
    """
    shown, read = paragraph_words(paragraph), normalise_space(paragraph.reading_text).split(" ")
    if len(read) != len(shown):
        return shown
    return [own if word.startswith(own) else word for word, own in zip(shown, read, strict=True)]


# Quote marks as typed on a keyboard, for each the text may have: a quote differing only in them is told so.
STRAIGHT_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "‘": "'", "’": "'", "‚": "'", "‛": "'"})


def with_text_marks(text: str, quote: str) -> tuple[str, int] | None:
    """The quote with the text's quote marks, when only they differ (`"a"` → `“a”`), and how often; else None.

    The matcher compares characters as written, so `"` does not find `“`.
    """
    text, quote = normalise_space(text), normalise_space(quote)
    starts = find_quote(text.translate(STRAIGHT_MARKS), quote.translate(STRAIGHT_MARKS))
    return (text[starts[0] : starts[0] + len(quote)], len(starts)) if starts else None


def quote_hint(inventory: PageInventory, paragraph: Paragraph, quote: str) -> str:
    """What to do about a quote its paragraph lacks: its invisible characters, where it is, or the closest words."""
    if hidden := sorted({char for char in quote if char in INVISIBLE_NAMES}):
        names = ", ".join(f"a {INVISIBLE_NAMES[char]} (U+{ord(char):04X})" for char in hidden)
        return f"it holds {names}, invisible here and not in the text: delete it or retype the words"
    elsewhere = [p.id for p in inventory.paragraphs if p is not paragraph and find_quote(p.text, quote)]
    if elsewhere:
        # Either the contributor counted wrong, or the page's paragraphs were renumbered, which the
        # hint alone must not complete: a published pN keeps its words.
        return (
            f"it is in {', '.join(elsewhere)} of this page: annotate {elsewhere[0]} instead, unless the page's"
            " paragraphs were renumbered: then give them back their published ids"
        )
    if marked := with_text_marks(paragraph.text, quote):
        words, count = marked
        if count > 1:  # written with the text's marks, it would be named next as occurring that often
            differ = f"only its quote marks differ from the text's, and it occurs {count} times"
            return f"{differ}: write {value_to_write(words)} with more words"
        return f"only its quote marks differ from the text's: write {value_to_write(words)}"
    passage, likeness = closest_passage(paragraph, quote)
    if likeness >= LIKE:
        return f"closest passage: '{passage}'"
    return f"nothing in {paragraph.id} is like it: copy the words from the page, and check the paragraph's ¶ number"


def check_page(
    annotation: Annotation | RefusedTarget,
    pages: Mapping[str, PageInventory | None],
    moves: Mapping[str, str] | None = None,
    drafts: Collection[str] = (),
    published_pages: Container[str] = (),
) -> list[Problem]:
    """The page must be a page of the site; `moves` (`file_moves`) name where a moved one went.

    `drafts`: the pages of `draft_docs` the run leaves out (`rendered_pages`; under `mkdocs serve` they are
    among `pages`): the writer saw the annotation there, so its line says the page is a draft, not none.
    `published_pages`: the files the anchor lock published (`locked_docs_pages`): one gone is asked for its move.
    """
    if annotation.page in pages:
        return []
    if annotation.page in drafts:
        hint = page_hint(annotation.page, pages, draft_hint("annotate"), moves)
        return [Problem(annotation.path, "target.page", draft_message(annotation.page), hint)]
    hint = page_hint(annotation.page, pages, PAGE_EXAMPLE, moves, example_page=EXAMPLE_PAGE, published=published_pages)
    return [Problem(annotation.path, "target.page", f"no page '{annotation.page}'", hint)]


def id_taken(
    annotation: Annotation | RefusedTarget, inventory: PageInventory, published: Container[str] = ()
) -> Problem:
    """An annotation's id that another element of its page has too: a link to it leads to the first only.

    Once the id is published (in the lock), the lock cannot tell whether the other element (a
    heading, an `<a id>` written in the page) or the annotation had it: renaming the one that had it
    would send its links to the other without a word, so the line asks for the one added since. The
    build's own Cite heading is never the one added since.
    """
    heading = annotation.id in inventory.headings
    other = "a heading" if heading else "another element"
    if annotation.id in published and annotation.id != CITE_ID:
        message = f"'{annotation.id}' is also the id of {other} on {annotation.page}, and links to it are published"
        whose = "the heading" if heading else "the element"
        hint = f"give the one added since another id (this annotation, or {whose}): the one that had it keeps its links"
        return Problem(annotation.path, "id", message, hint)
    hint = "choose an id no heading, paragraph or note of the page uses"
    return Problem(annotation.path, "id", f"'{annotation.id}' is also the id of {other} on {annotation.page}", hint)


def check_target(
    annotation: Annotation | RefusedTarget,
    pages: Mapping[str, PageInventory | None],
    highlighted: Mapping[str, int] | None = None,
    published: Container[str] = (),
    moves: Mapping[str, str] | None = None,
    drafts: Collection[str] = (),
    published_pages: Container[str] = (),
) -> list[Problem]:
    """Page exists, paragraph exists on it, quote occurs there exactly once (and was highlighted).

    `published` are the page's ids in the anchor lock; `moves` the page moves (`file_moves`); `drafts` the
    drafts the run leaves out and `published_pages` the files the lock published (`check_page`). A refused
    note's target (`RefusedTarget`) is not rendered: no highlight to check, and no block of its own with its
    id, so that one element of the page with the id is another's, named in the same line as a standing note's.
    """
    if problems := check_page(annotation, pages, moves, drafts, published_pages):
        return problems
    inventory = pages[annotation.page] or PageInventory()
    paragraph = inventory.paragraph(annotation.paragraph)
    path, pid = annotation.path, annotation.paragraph
    if paragraph is None:
        return [no_paragraph(annotation, inventory)]
    rendered = isinstance(annotation, Annotation)
    if annotation.id and inventory.ids.count(annotation.id) > int(rendered):  # a standing note's block has it too
        return [id_taken(annotation, inventory, published)]
    found = len(find_quote(paragraph.text, annotation.quote))
    quote = shorten(normalise_space(annotation.quote), MESSAGE_QUOTE)
    if found == 0:
        hint = quote_hint(inventory, paragraph, annotation.quote)
        return [Problem(path, "target.quote", f"'{quote}' is not in {pid}", hint)]
    if found > 1:
        hint = "quote more words, so that it occurs once"
        return [Problem(path, "target.quote", f"'{quote}' occurs {found} times in {pid}", hint)]
    if widened := whole_words(paragraph.reading_text, annotation.quote):  # a note number is no part of a word
        hint = f"quote whole words: '{shorten(widened, MESSAGE_QUOTE)}'"
        return [Problem(path, "target.quote", f"'{quote}' starts or ends inside a word in {pid}", hint)]
    if rendered and highlighted is not None and highlighted.get(annotation.id) != 1:
        # A highlight never crosses HTML written in the text (`<em>…</em>`): the mark would break it.
        hint = "quote words on one side of any HTML in the text, such as <em>; if there is none, tell the editors"
        return [Problem(path, "target.quote", f"'{quote}' was found in {pid} but could not be highlighted", hint)]
    return []


def no_paragraph(annotation: Annotation | RefusedTarget, inventory: PageInventory) -> Problem:
    """The line of a note whose paragraph its page lacks, naming the ids the page has (`lone_ids` folds it)."""
    message = f"no paragraph '{annotation.paragraph}' on {annotation.page}"
    return Problem(annotation.path, "target.paragraph", message, f"it has {inventory.id_range()}")


def check_targets(
    annotations: tuple[Annotation, ...],
    pages: Mapping[str, PageInventory | None],
    highlighted: Mapping[str, int] | None = None,
    published: Mapping[str, Container[str]] | None = None,
    moves: Mapping[str, str] | None = None,
    drafts: Collection[str] = (),
    refused: Iterable[RefusedTarget] = (),
    published_pages: Container[str] = (),
) -> list[Problem]:
    """Every annotation's target, all problems together; `published`: each page's ids in the lock; `moves`: pages'.

    `drafts`: the drafts the run leaves out, named as such, and `published_pages` the files the lock published,
    a gone one asked for its move (`check_page`). `refused`: the targets of notes refused for other fields
    (`annotation_folder.refused_targets`), named beside those fields' lines.
    """
    published = published or {}
    return [
        problem
        for annotation in (*annotations, *refused)
        for problem in check_target(
            annotation, pages, highlighted, published.get(annotation.page, ()), moves, drafts, published_pages
        )
    ]


def select_quote(paragraph_text: str, quote: str) -> QuoteSelector | None:
    """Exact words plus up to `CONTEXT` characters of the paragraph on each side, if the quote occurs there once.

    The selector refines the paragraph's FragmentSelector, so it only has to be unique in the paragraph,
    and a quote that occurs once is unique with any context (W3C Web Annotation model, §4.2.9).
    """
    paragraph = normalise_space(paragraph_text)
    starts = find_quote(paragraph, quote)
    if len(starts) != 1:
        return None
    start, end = starts[0], starts[0] + len(normalise_space(quote))
    prefix, suffix = paragraph[max(0, start - CONTEXT) : start], paragraph[end : end + CONTEXT]
    return QuoteSelector(paragraph[start:end], prefix, suffix)
