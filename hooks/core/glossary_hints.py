"""Hints for the glossary entries its schema refused: the anchor or term id each one stands for.

The schema's line says only what an anchor or an id is made of; a newcomer writes a ¶ number, a
paragraph's link copied from the site or a term's words instead. These name the one meant, where it
is plain. `hooks.core.glossary` adds them to the schema's lines and offers `term_hint` for a
see-also entry naming no term of the file.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection
from dataclasses import replace
from typing import Any

from markdown.extensions.toc import slugify

from hooks.core.page_hints import either, pages_named
from hooks.core.problems import Problem
from hooks.core.schemas import entry_label
from hooks.core.site_addresses import addressed_page


def name_anchors(problems: list[Problem], data: Any, pages: Collection[str]) -> list[Problem]:
    """Anchors the schema refused, each named with the anchor it stands for, where one is plain.

    A ¶ number written as the id (`annex.md#5`) and a paragraph's link copied from the site
    (`https://…/source/annex/#p5`) are the two ways a newcomer writes it; the schema's line gives an example only.
    """
    meant = {}
    for index, item in enumerate(data if isinstance(data, list) else []):
        definitions = item.get("definitions") if isinstance(item, dict) else None
        for number, definition in enumerate(definitions if isinstance(definitions, list) else []):
            anchor = definition.get("anchor") if isinstance(definition, dict) else None
            if isinstance(anchor, str) and (hint := anchor_hint(anchor, pages)):
                meant[f"{entry_label(data, index)}.definitions[{number}].anchor"] = hint
    return [replace(problem, hint=meant.get(problem.field, problem.hint)) for problem in problems]


def name_see_also(problems: list[Problem], data: Any) -> list[Problem]:
    """See-also entries the schema refused as ids, each with the term's id it stands for where one is near.

    A term is named by its words as often as by its id (`see_also: [transnational activities]`): the
    schema's line says only what an id is made of.
    """
    entries = data if isinstance(data, list) else []
    ids = sorted({item["id"] for item in entries if isinstance(item, dict) and isinstance(item.get("id"), str)})
    meant = {}
    for index, item in enumerate(entries):
        see_also = item.get("see_also") if isinstance(item, dict) else None
        for number, other in enumerate(see_also if isinstance(see_also, list) else []):
            own = item.get("id") if isinstance(item.get("id"), str) else None
            if isinstance(other, str) and (hint := term_hint(other, ids, own)):
                meant[f"{entry_label(data, index)}.see_also[{number}]"] = hint
    return [replace(problem, hint=meant.get(problem.field, problem.hint)) for problem in problems]


SELF_HINT = "it names this term itself: a term cannot refer to itself, remove it"


def term_hint(written: str, ids: list[str], own: str | None = None) -> str | None:
    """The term id a see-also entry stands for: its words slugged as a heading's id are, else the closest id.

    The term's own id is among the candidates: a near miss of it (`transnationalisms` on
    `transnationalism`) is not the next closest id, a link to another term once written.
    """
    candidates = sorted({*ids, own} - {None})
    slug = slugify(written, "-")
    close = difflib.get_close_matches(slug or written, candidates, n=1, cutoff=0.8)
    meant = slug if slug in candidates else next(iter(close), None)
    if meant is None or meant == written:
        return None
    return SELF_HINT if meant == own else f"did you mean '{meant}'?"


def anchor_hint(anchor: str, pages: Collection[str]) -> str | None:
    """How to write an anchor that is a page's address or ends in a ¶ number; None when its page is not found.

    A path whose page is named without its folder (`annex.md#5`) gets its folder too: one fix, not two in turn.
    """
    page, _, fragment = anchor.partition("#")
    number = bool(re.fullmatch(r"[1-9][0-9]*", fragment))
    if not (number or re.fullmatch(r"p[1-9][0-9]*", fragment)):
        return None
    paragraph = f"p{fragment}" if number else fragment
    written_path = page.endswith(".md") and "://" not in page and not page.startswith("/")
    if written_path and not number:
        return None  # a path and a paragraph's id: the schema's line, if any, is not about either
    if written_path:  # its id alone is wrong, or its folder too: each page of that name, if two folders hold one
        if page in pages or not (found := pages_named(page, pages)):
            return f"write the paragraph's id as its ¶ link ends: {page}#{paragraph}"
    elif (address := addressed_page(page, pages)) is None:
        return None
    else:
        found = [address]
    return f"write the page's path below docs/ and the paragraph's id: {either([f'{p}#{paragraph}' for p in found])}"
