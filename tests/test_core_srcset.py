"""A `srcset`'s URLs as a browser reads them (the HTML standard's "parse a srcset attribute"): each is checked as `src`.

A URL runs to the first whitespace; the commas ending it are dropped, one inside it (`data:…;base64,…`) kept; a
descriptor (`2x`, `100w`) follows it, and a comma outside parentheses ends the candidate.
"""

from __future__ import annotations

import pytest

from hooks.core.srcset import srcset_urls


@pytest.mark.parametrize(
    ("srcset", "urls"),
    [
        ("", []),
        ("  ,, ", []),
        ("wide.png", ["wide.png"]),
        ("wide.png 2x", ["wide.png"]),
        ("narrow.png 1x, wide.png 2x", ["narrow.png", "wide.png"]),
        ("narrow.png 480w,wide.png 960w", ["narrow.png", "wide.png"]),  # the descriptor ends at the comma
        ("narrow.png, wide.png 2x", ["narrow.png", "wide.png"]),  # a URL's trailing comma ends its candidate
        ("narrow.png,, wide.png", ["narrow.png", "wide.png"]),
        ("narrow.png,wide.png 2x", ["narrow.png,wide.png"]),  # a comma not followed by whitespace is the URL's
        ("data:image/png;base64,iVBO 1x, b.png 2x", ["data:image/png;base64,iVBO", "b.png"]),
        ("\tnarrow.png\n1x,\fwide.png\r2x ", ["narrow.png", "wide.png"]),  # ASCII whitespace, any of it
        ("a.png 1x (a, b), b.png 2x", ["a.png", "b.png"]),  # a comma inside parentheses is the descriptor's
        ("a.png 1x (a, b.png 2x", ["a.png"]),  # an unclosed parenthesis runs to the end
        ("a.png 1x  2x, b.png", ["a.png", "b.png"]),  # descriptors are skipped, not judged
        ("../../x y.png 2x", ["../../x"]),  # a space ends the URL: `y.png` is a descriptor
    ],
)
def test_each_candidate_s_url_in_order(srcset: str, urls: list[str]) -> None:
    assert srcset_urls(srcset) == urls
