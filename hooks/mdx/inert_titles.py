r"""Every `title` of a page as Material's tooltips can show it: they insert a title into the page as HTML.

With `content.tooltips`, a title is shown by inserting it as HTML, so `<img …>` in one would run on
hover: a link's or an abbreviation's title written in a page (`[x](url "…")`, `*[IOM]: …`, an
attribute list's `title="…"`), a term link's definition, a highlight's *Comment by* and its
author's name, a body's link title. Each `<` that would open a tag is made `&lt;` in the value the
browser reads (`text.inert_title`), which the tooltip shows as `<`.

Python-Markdown writes an attribute's `&` as it is when it starts a reference (`&lt;` stays
`&lt;`, which the browser reads as `<`), so the value is read as the browser will (references
decoded) and its every `&` written `&amp;`. Registered after Python-Markdown's `unescape` (0),
which puts escaped characters (`\<`) back into attributes too.
"""

from __future__ import annotations

import html
from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from hooks.core.text import RE_TAG_OPEN, inert_title


def inert_value(value: str) -> str | None:
    """The attribute value to set for a title that would open a tag in the browser; None for one that would not."""
    shown = html.unescape(value) if "&" in value else value
    if not RE_TAG_OPEN.search(shown):
        return None
    return inert_title(shown).replace("&", "&amp;")


class InertTitlesTreeprocessor(Treeprocessor):
    """Rewrite the titles that would open a tag."""

    def run(self, root: etree.Element) -> None:
        """One walk of the page; nearly every title holds neither `<` nor `&` and is left as it is."""
        for element in root.iter():
            if (title := element.get("title")) and ("<" in title or "&" in title) and (value := inert_value(title)):
                element.set("title", value)


class InertTitlesExtension(Extension):
    """Titles Material's tooltips cannot run as markup."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown API)
        """Register `edition-inert-titles` at priority -1: after every title is set and `unescape` (0) has run."""
        md.treeprocessors.register(InertTitlesTreeprocessor(md), "edition-inert-titles", -1)


def makeExtension(**kwargs: object) -> InertTitlesExtension:  # noqa: N802 (Python-Markdown API)
    """Entry point for `markdown.Markdown(extensions=["hooks.mdx.inert_titles"])`."""
    return InertTitlesExtension(**kwargs)
