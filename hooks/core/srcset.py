"""A `srcset`'s URLs as a browser reads them: each candidate's is asked for from the page's address, as `src` is.

The HTML standard's "parse a srcset attribute", its candidates' part: whitespace and commas between candidates;
a URL runs to the next whitespace, the commas ending it dropped (a comma inside it, `data:…;base64,…`, or one not
followed by whitespace, `a.png,b.png`, is the URL's); then its descriptors (`2x`, `480w`) up to a comma outside
parentheses. The descriptors are skipped, not judged: a URL is checked whatever they say.
"""

from __future__ import annotations

ASCII_WHITESPACE = "\t\n\f\r "


def srcset_urls(srcset: str) -> list[str]:
    """Each candidate's URL, in order: `"narrow.png 1x, wide.png 2x"` is `["narrow.png", "wide.png"]`."""
    urls: list[str] = []
    position, end = 0, len(srcset)
    while True:
        while position < end and (srcset[position] in ASCII_WHITESPACE or srcset[position] == ","):
            position += 1
        if position >= end:
            return urls
        start = position
        while position < end and srcset[position] not in ASCII_WHITESPACE:
            position += 1
        url = srcset[start:position]
        urls.append(url.rstrip(","))
        if not url.endswith(","):  # a URL ending in a comma has no descriptors: the candidate ends with it
            position = after_descriptors(srcset, position)


def after_descriptors(srcset: str, position: int) -> int:
    """Where a candidate's descriptors end: past the first comma outside parentheses, or the attribute's end."""
    in_parens = False
    while position < len(srcset):
        char = srcset[position]
        position += 1
        if in_parens:
            in_parens = char != ")"
        elif char == "(":
            in_parens = True
        elif char == ",":
            return position
    return position
