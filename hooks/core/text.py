"""Short text for places that quote a longer one: tooltips, excerpts, quotes in lists."""

from __future__ import annotations

ELLIPSIS = "…"
TRAILING = " ,;:–—-"  # punctuation that would dangle before the ellipsis


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
