"""How a page's raw HTML links are read as a browser reads them, from the page's address: dot segments, %-codes,
backslashes and empty segments, spaces around the link, another host's address (their lines: test_core_raw_links.py).
"""

from __future__ import annotations

import pytest
from raw_link_helpers import FAILS, PAGE, lines

from hooks.core.raw_links import address_link, dot_segments, file_address


@pytest.mark.parametrize(
    ("file", "address"),
    [
        ("index.md", "/"),
        ("about/citing.md", "/about/citing/"),
        ("migration-and-transnationalism/index.md", "/migration-and-transnationalism/"),
        ("about/README.md", "/about/"),
        ("assets/edition.css", "/assets/edition.css"),
    ],
)
def test_a_file_is_served_at_its_address(file: str, address: str) -> None:
    assert file_address(file) == address


@pytest.mark.parametrize(
    ("file", "written"),
    [
        ("about/citing.md", "../citing/"),
        (PAGE, "./"),
        ("index.md", "../../"),
        ("glossary.md", "../../glossary/"),
        ("assets/edition.css", "../../assets/edition.css"),
    ],
)
def test_a_file_is_linked_from_the_page_s_address(file: str, written: str) -> None:
    assert address_link(PAGE, file) == written


@pytest.mark.parametrize(
    "url",
    [
        "../citing/",
        "../citing/#formats",
        "../citing",  # the server adds the slash
        "../citing/index.html#zotero",
        "./",
        "#texts",
        "../../",
        "../../glossary/#diaspora",
        "../../assets/edition.css",
        "../../migration-and-transnationalism/chances/?view=print#p3",
        "../../policy-areas/remittances/#anything",  # its ids are the build's to check
        "https://example.org/nope.md",
        "//example.org/nope/",
        "mailto:editors@example.org",
        "?view=print",
        "../../../../about/citing/",  # `..` above the root stays at the root, as a browser reads it
        "../../../about/citing/#formats",
        "../../../..",
        "../../..",
        " ../citing/ ",  # spaces around an href: a browser strips them, as the WHATWG URL parser does
        "\t../citing/#formats \n",
        "../cit\ning/",  # a tab or newline inside too
        "..\\citing\\",  # a backslash is a slash in an http(s) page's path
        "..\\citing\\#formats",
        ".\\",
    ],
)
def test_a_raw_link_to_an_address_of_the_site_or_outside_it_is_no_line(url: str) -> None:
    assert lines(url) == []


def test_a_raw_link_is_read_and_quoted_without_the_spaces_around_it() -> None:
    assert lines(" ../nowhere/\n", "../nowhere/") == lines("../nowhere/")


@pytest.mark.parametrize(
    ("encoded", "plain"),
    [
        ("%2e%2e/citing/", "../citing/"),
        ("%2E%2e/%2e./.%2E/citing/", "../../../citing/"),
        ("./%2e/x/%2e%2e/", "././x/../"),
        ("a%2eb/%2e%2e%2e/", "a%2eb/%2e%2e%2e/"),  # not a dot segment: left to be read as a name
        ("%2e%2e", ".."),
        ("/%2e%2e/a", "/../a"),
    ],
)
def test_an_encoded_dot_segment_is_the_dot_segment_a_browser_reads(encoded: str, plain: str) -> None:
    """WHATWG URL: a path segment `%2e`, any case, is `.`; `%2e%2e`, `.%2e` and `%2e.` are `..`."""
    assert dot_segments(encoded) == plain


@pytest.mark.parametrize(
    ("encoded", "plain"),
    [
        ("%2e%2e/nowhere/", "../nowhere/"),
        ("%2E%2E/%2e%2e/%2e%2e/%2e%2e/nowhere/", "../../../../nowhere/"),  # above the root: stays there
        (".%2e/citng/", "../citng/"),
        ("%2e./%2e%2e/glossry/#diaspora", "../../glossry/#diaspora"),
    ],
)
def test_a_raw_link_with_encoded_dot_segments_gets_the_dot_spelling_s_line(encoded: str, plain: str) -> None:
    """A browser reads `%2e%2e` as `..`: the link leads where the `..` spelling does, and gets its line."""
    (line,) = lines(encoded)
    assert line == lines(plain)[0].replace(f"'{plain}'", f"'{encoded}'", 1)


@pytest.mark.parametrize("url", ["%2e%2e/citing/#formats", "%2E%2E/%2E%2E/%2e%2e/%2e%2e/about/citing/", "%2e/"])
def test_a_raw_link_with_encoded_dot_segments_to_an_address_of_the_site_is_no_line(url: str) -> None:
    assert lines(url) == []


@pytest.mark.parametrize(
    ("url", "meant"),
    [
        ("/a/../about/citing/#formats", "../citing/#formats"),
        ("/about/./citing/", "../citing/"),
        ("/about/%2e%2e/glossary/", "../../glossary/"),
        ("\\about\\..\\about\\citing\\", "../citing/"),
        ("/../../about/citing/", "../citing/"),  # `..` at the root stays there
    ],
)
def test_an_absolute_raw_link_is_read_with_its_dot_segments_as_a_relative_one_is(url: str, meant: str) -> None:
    """A browser resolves `/a/../about/citing/` to `/about/citing/`: the address from the page is offered for it."""
    assert lines(url) == [
        f"docs/{PAGE}: link: '{url}' is an absolute link {FAILS} (write the path from this page: did you mean"
        f" '{meant}'?)"
    ]


@pytest.mark.parametrize("url", ["\\\\example.org\\about\\citing\\", "/\\example.org/about/citing/", "\\/example.org/"])
def test_a_raw_link_a_browser_reads_as_another_host_s_is_no_line(url: str) -> None:
    """On an http(s) page a backslash is a slash: `\\\\host\\x` is `//host/x`, an outside address, no absolute link."""
    assert lines(url) == []


@pytest.mark.parametrize(
    ("url", "address"),
    [
        ("%2F%2Fhost/x", "/about/reading-guide/%2F%2Fhost/x"),  # a browser decodes no %2F into a separator
        ("x%2fy/", "/about/reading-guide/x%2fy/"),
        (".\\\\host", "/about/reading-guide//host"),  # `\` is `/` in an http(s) path: an empty segment stays
        ("./\\host", "/about/reading-guide//host"),
        ("a//b/", "/about/reading-guide/a//b/"),
        ("..//x/", "/about//x/"),
        ("a/./../b/.", "/about/reading-guide/b/"),
        ("a%20b/", "/about/reading-guide/a b/"),
        ("../../../x/../y", "/y"),
    ],
)
def test_a_raw_link_s_line_shows_the_address_a_browser_asks_for(url: str, address: str) -> None:
    """The WHATWG URL parser keeps empty segments and `%2F`: urljoin and unquote dropped or decoded them."""
    (line,) = lines(url)
    assert f"'{url}' leads to {address}, which" in line
