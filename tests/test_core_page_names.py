"""A page's file name (hooks/core/page_names.py): refused where its address would write %-codes, offered plain."""

from __future__ import annotations

import pytest

from hooks.core.page_names import name_to_write, page_name_problem


@pytest.mark.parametrize(
    ("src", "line"),
    [
        ("about/a b.md", "docs/about/a b.md: holds a space, which the page's address would write as %-codes: /about/a%20b/"
         " (rename it without spaces, with letters, digits and '-' only, e.g. 'docs/about/a-b.md')"),
        ("a b/Café #1.md", "docs/a b/Café #1.md: holds a space, 'é', '#', which the page's address would write as %-codes:"
         " /a%20b/Caf%C3%A9%20%231/ (rename it without spaces, with letters, digits and '-' only, e.g. 'docs/a-b/cafe-1.md')"),
        ("x/50%?.md", "docs/x/50%?.md: holds '%', '?', which the page's address would write as %-codes: /x/50%25%3F/"
         " (rename it with letters, digits and '-' only, e.g. 'docs/x/50.md')"),
        ("x/東京.md", "docs/x/東京.md: holds '東', '京', which the page's address would write as %-codes:"
         " /x/%E6%9D%B1%E4%BA%AC/ (rename it with letters, digits and '-' only, e.g. 'docs/x/page.md')"),
        ("Notes/README.md", None), ("a/b_c.d~e.md", None), ("index.md", None),  # an address keeps these as written
    ],
    ids=["space", "accent-folder", "percent-query", "no-ascii", "uppercase", "safe-punctuation", "home"],
)  # fmt: skip
def test_a_page_name_its_address_writes_in_percent_codes_is_its_one_line(src: str, line: str | None) -> None:
    """make check keyed `a b.md` as '/a b/', the build as '/a%20b/': and a citation of either is easy to break."""
    problem = page_name_problem(src)
    assert (str(problem) if problem else None) == line


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("s/page.md", "s/page.md"),
        ("s/page.markdown", "s/page.md"),
        ("s/Page Two.md", "s/page-two.md"),
        # Addresses, which page_hints weighs beside pages: no page's file, so no name to offer (was StopIteration).
        ("/policy-areas/remittances/", "/policy-areas/remittances/"),
        ("/policy-areas/remitances/#x", "/policy-areas/remitances/#x"),
    ],
)
def test_the_name_offered_a_page_is_its_md_name_and_an_address_is_left_as_it_is(name: str, written: str) -> None:
    assert name_to_write(name) == written
