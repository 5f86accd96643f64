"""Where a line may end inside words with no space: a table's code span, the Cite block's addresses."""

from __future__ import annotations

import pytest

from hooks.core.word_breaks import break_points, part_addresses, parted_addresses, parted_html, word_pieces


@pytest.mark.parametrize(("text", "pieces"), [
    ("http://127.0.0.1:8000/a-b/", ["http://", "127.", "0.", "0.", "1:", "8000/", "a-", "b/"]),
    ("/cite/<source>.json", ["/cite/", "<source>.", "json"]),
    ("target.page", ["target.", "page"]),
    ("--strict .md", ["--strict .md"]),  # a run that starts a word, and the space, part nothing
    ("opportunities/.", ["opportunities/."]),  # nor one that ends the text
    ("https://doi.org/10.1000/x_y", ["https://", "doi.", "org/", "10.", "1000/", "x_", "y"]),
    ("costeffective", ["costeffective"]),
    ("", [""]),
])  # fmt: skip
def test_a_text_is_cut_where_its_words_part(text: str, pieces: list[str]) -> None:
    assert word_pieces(text) == pieces
    assert break_points(text) == [len("".join(pieces[:n])) for n in range(1, len(pieces))]


def test_a_parted_text_is_escaped_between_its_wbrs() -> None:
    assert parted_html("https://e.org/a&b/<c>") == "https://<wbr />e.<wbr />org/<wbr />a&amp;b/<wbr />&lt;c&gt;"


@pytest.mark.parametrize(("text", "expected"), [
    ("See https://e.org/a. Then", "See https://<wbr />e.<wbr />org/<wbr />a. Then"),
    ("A & B. ftp://x.y and https://z.w.", "A &amp; B. ftp://<wbr />x.<wbr />y and https://<wbr />z.<wbr />w."),
    ("No address: a.b/c", "No address: a.b/c"),
])  # fmt: skip
def test_only_a_text_s_addresses_are_parted(text: str, expected: str) -> None:
    assert parted_addresses(text) == expected


def test_a_reference_s_addresses_are_parted_and_its_markup_and_attributes_kept() -> None:
    """citeproc's HTML: its tags as written, an address in an attribute left whole, `&amp;` still escaped."""
    reference = 'Org. <i>A &amp; B</i>. <a href="https://e.org/a.b">https://e.org/a.b</a>. https://doi.org/10.1/x.'
    assert part_addresses(reference) == (
        'Org. <i>A &amp; B</i>. <a href="https://e.org/a.b">https://<wbr />e.<wbr />org/<wbr />a.<wbr />b</a>.'
        " https://<wbr />doi.<wbr />org/<wbr />10.<wbr />1/<wbr />x."
    )
    assert part_addresses("<b>no address</b><br/>") == "<b>no address</b><br/>"
