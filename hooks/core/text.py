"""Text for places that quote another: shortened (tooltips, excerpts) or shown literally in Markdown."""

from __future__ import annotations

import re

ELLIPSIS = "…"
TRAILING = " ,;:–—-"  # punctuation that would dangle before the ellipsis
# What the site's extensions read as markup and accept a backslash before (`~` and `=` they do not).
# A quotation inside a quotation takes single marks (CMOS 13.30, APA 6.7): curly double marks become
# single ones; a straight `"` opens where a word starts (after a space, a bracket or a dash) and closes elsewhere.
INNER_QUOTES = str.maketrans({"“": "‘", "”": "’"})
RE_STRAIGHT_OPENING = re.compile(r'(?<![^\s(\[{—–-])"')
RE_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]>#|^+!])")


def shorten(text: str, limit: int) -> str:
    """The start of `text` cut at a word boundary to fit in `limit` characters, the ellipsis included.

    The cut looks at `limit` characters, so a word that ends just before the limit is kept
    (`one two, three` at 9 → `one two…`); a first word longer than the limit is cut inside it.
    """
    if len(text) <= limit:
        return text
    head = text[:limit]
    cut = head.rsplit(" ", 1)[0] if " " in head else head[: limit - 1]
    return cut.rstrip(TRAILING) + ELLIPSIS


def escape_markdown(text: str) -> str:
    """Quote text so the site's Markdown shows it literally (titles, excerpts, quotes, records).

    `<` becomes an entity: Markdown has no backslash escape for it, so a tag would stay a tag. `&`
    stays: alone it is shown as written, and an entity in a page title (`&amp;`) stays one.
    """
    return RE_MARKDOWN_SPECIAL.sub(r"\\\1", text.replace("<", "&lt;"))


def paragraph_label(pid: str) -> str:
    """`¶ 7` for p7, joined by a no-break space as in the margin: a line never ends between ¶ and its number."""
    return f"¶\u00a0{pid[1:]}"


def nest_quotes(text: str) -> str:
    """Text to be put in double quotation marks, its own double marks made single."""
    if "“" not in text and "”" not in text and '"' not in text:
        return text
    inner = text.translate(INNER_QUOTES)
    return RE_STRAIGHT_OPENING.sub("‘", inner).replace('"', "’") if '"' in inner else inner


def quoted(text: str) -> str:
    """`“text”`, a quotation inside it in single marks: `“so-called ‘social remittances.’”`."""
    return f"“{nest_quotes(text)}”"
