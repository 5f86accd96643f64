"""The `/anchors.json` export: every published id with its absolute URL, what it names and a label to choose it by.

An id that moved (a redirect, or its page's move) is listed at its old address too, as `moved`, with
the address it leads to now: a tool holding an old link runs neither the page's script nor mkdocs-redirects' stub.
"""

from __future__ import annotations

import json
from collections.abc import Container, Iterable, Mapping, Sequence
from typing import Any

from hooks.core.anchor_redirects import split_anchor
from hooks.core.annotations import MOTIVATION_LABELS, Annotation
from hooks.core.page_moves import resolve_page
from hooks.core.paragraphs import PageInventory, normalise_space
from hooks.core.site_addresses import page_address
from hooks.core.text import paragraph_label, quoted, shorten

LABEL_LENGTH = 60  # characters of a paragraph or quote in a label, ellipsis included
MOVED = "moved"  # the kind of an old address's entry, which `moved_to` leads on


def dump_anchors(entries: list[dict[str, str]]) -> str:
    """The text of `/anchors.json`, compact: generated, never diffed, so written by json's C encoder.

    With `indent`, json falls back to its pure-Python encoder, several times slower.
    """
    return json.dumps(entries, ensure_ascii=False) + "\n"


def entry_title(meta: Mapping[str, Any], page_title: str | None, url: str) -> str:
    """The page's name in its entries' labels: its front matter's title, else the one it rendered with, else its URL.

    The front matter's is the page's own, which a short label in `nav:` does not replace (MkDocs' title
    would be the label); a page with no title at all is still named, by its address, not as `None`.
    """
    return meta.get("title", page_title) or url


def annotations_by_page(annotations: Iterable[Annotation]) -> dict[str, dict[str, Annotation]]:
    """The annotations by page, then by id: `anchor_entries` labels a page's annotation ids with them."""
    by_page: dict[str, dict[str, Annotation]] = {}
    for annotation in annotations:
        by_page.setdefault(annotation.page, {})[annotation.id] = annotation
    return by_page


def anchor_kind(
    anchor_id: str, paragraphs: Container[str], headings: Container[str], annotations: Container[str] = ()
) -> str:
    """What an id names: a paragraph, a heading, a note, an annotation, or another element (a term, an area…)."""
    if anchor_id in paragraphs:
        return "paragraph"
    if anchor_id in headings:
        return "heading"
    if anchor_id.startswith(("fn:", "fnref:")):
        return "note"
    if anchor_id in annotations:
        return "annotation"
    return "element"


def anchor_entries(
    page_url: str,
    absolute_url: str,
    page_title: str,
    inventory: PageInventory,
    heading_titles: Mapping[str, str],
    annotations: Mapping[str, Annotation] | None = None,
) -> list[dict[str, str]]:
    """The `/anchors.json` entries of one page: each id with its absolute URL, kind and label.

    `annotations` are those on the page, by id: their label says what they are and which words they
    are about, as a reader choosing one from the list needs (`Opportunities, ¶ 3, annotation (comment): “…”`).
    """
    annotations = annotations or {}
    texts = {p.id: p.text for p in inventory.paragraphs}
    heading_ids = set(inventory.headings)
    heading_titles = {**heading_titles, **dict(inventory.labelled_headings)}  # whole, not as the contents name them
    entries = []
    for anchor_id in dict.fromkeys(inventory.ids):
        kind = anchor_kind(anchor_id, texts, heading_ids, annotations)
        if kind == "paragraph":
            # The number as written in the id (`p7`): a paragraph id has no leading zero (RE_PARAGRAPH_ID).
            label = f"{page_title}, {paragraph_label(anchor_id)}: {shorten(texts[anchor_id], LABEL_LENGTH)}"
        elif kind == "heading":
            label = heading_titles.get(anchor_id, anchor_id)
        elif kind == "annotation":
            annotation = annotations[anchor_id]
            what = MOTIVATION_LABELS.get(annotation.motivation, annotation.motivation).lower()
            quote = shorten(normalise_space(annotation.quote), LABEL_LENGTH)
            label = f"{page_title}, {paragraph_label(annotation.paragraph)}, annotation ({what}): {quoted(quote)}"
        else:
            label = f"{page_title}, #{anchor_id}"
        entries.append(
            {"url": f"{absolute_url}#{anchor_id}", "page": page_url, "id": anchor_id, "kind": kind, "label": label}
        )
    return entries


def moved_entries(
    entries: Sequence[Mapping[str, str]],
    lock: Mapping[str, Iterable[str]],
    redirects: Mapping[str, str],
    moves: Mapping[str, str],
    site_url: str | None,
) -> list[dict[str, str]]:
    """An entry per published id that moved: its old address, page and id, and `moved_to`, the entry it leads to now.

    `entries` are the ids the pages have (`anchor_entries`), `lock` the ids ever published and `redirects`
    the in-page moves, both by page URL; `moves` are the page moves (lock keys). The label is the new
    place's. An id still on its page, or that leads nowhere (the build names it), has no such entry.
    """
    current = {(entry["page"], entry["id"]): entry for entry in entries}
    built = {page for page, _ in current}
    olds = [(page, anchor_id) for page, ids in lock.items() for anchor_id in ids]
    olds += [anchor for old in redirects if (anchor := split_anchor(old))]
    moved = []
    for page, anchor_id in dict.fromkeys(olds):
        if (page, anchor_id) in current:
            continue
        if (place := leads_to((page, anchor_id), current, built, redirects, moves)) is None:
            continue
        url = f"{page_address(site_url, page)}#{anchor_id}"
        moved.append(moved_entry(url, page, anchor_id, current[place]))
    return moved


def moved_entry(url: str, page: str, anchor_id: str, target: Mapping[str, str]) -> dict[str, str]:
    """An old address's entry: the fields every entry has (what reads them keeps working), and `moved_to`."""
    old = {"url": url, "page": page, "id": anchor_id, "kind": MOVED}
    return {**old, "label": target["label"], "moved_to": target["url"]}


def leads_to(
    anchor: tuple[str, str],
    current: Container[tuple[str, str]],
    built: Container[str],
    redirects: Mapping[str, str],
    moves: Mapping[str, str],
) -> tuple[str, str] | None:
    """Where an old `(page, id)` lands (`sent_through`'s last place), if the pages have that id; None in a circle."""
    place = sent_through(anchor, current, built, redirects, moves)[-1]
    return place if place in current else None


def sent_through(
    anchor: tuple[str, str],
    current: Container[tuple[str, str]],
    built: Container[str],
    redirects: Mapping[str, str],
    moves: Mapping[str, str],
) -> list[tuple[str, str]]:
    """Each place an old `(page, id)` is sent to, itself first: its redirect, else its page's move, to an id there is.

    The order the reader's browser follows: the page's script sends on a redirected id, whose page
    may have moved since; an id not redirected is looked for where its page moved. The last place
    is where it lands, unless the pages lack it: nothing sent it on, or it is a place passed before (a circle).
    `make annotate` names the places to the contributor; `leads_to` needs only the last.
    """
    places = [anchor]
    while anchor not in current:
        page, anchor_id = anchor
        if (new := redirects.get(f"{page}#{anchor_id}")) is not None:
            if (target := split_anchor(new)) is None:
                break
            anchor = target
        elif (moved_to := resolve_page(page, built, moves)) != page:
            anchor = (moved_to, anchor_id)
        else:
            break
        places.append(anchor)
        if anchor in places[:-1]:
            break
    return places
