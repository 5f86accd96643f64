"""Links from an annotation's body to the edition's pages must lead somewhere.

MkDocs checks them too, but names the page the annotation is shown on, where the contributor
will not find the link: this check names the annotation's file and says what the target has.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator, Mapping
from urllib.parse import urlsplit

from hooks.core.annotations import Annotation
from hooks.core.bodies import body_elements, is_docs_link
from hooks.core.paragraphs import PageInventory
from hooks.core.problems import Problem
from hooks.core.quotes import page_hint


def docs_links(body_html: str) -> Iterator[str]:
    """The links of a sanitised body that point at pages of the edition (`source/page.md#p3`).

    Such a link ends its path in `.md`, so a body without those three characters has none and is
    not parsed (most bodies, and every one of the benchmark's 2,000).
    """
    if ".md" not in body_html:
        return
    for anchor in body_elements(body_html).iter("a"):
        href = anchor.get("href")
        if href is not None and is_docs_link(href):
            yield href


def check_body_links(
    annotation: Annotation, body_html: str, pages: Mapping[str, PageInventory | None]
) -> list[Problem]:
    """Each edition link of the body names a page of the site and, after `#`, an id on that page."""
    problems = []
    for href in docs_links(body_html):
        target = urlsplit(href)
        page = posixpath.normpath(target.path)
        if page not in pages:
            hint = page_hint(page, pages, "write the path inside docs/, e.g. source/page.md#p3")
            problems.append(Problem(annotation.path, "body", f"the link '{href}' leads to no page", hint))
            continue
        inventory = pages[page]
        if target.fragment and inventory is not None and target.fragment not in inventory.ids:
            hint = f"link to one of its paragraphs, {inventory.id_range()}, or another id the page has"
            problems.append(Problem(annotation.path, "body", f"the link '{href}' names no id of {page}", hint))
    return problems
