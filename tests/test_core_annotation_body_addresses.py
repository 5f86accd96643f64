"""A note body's link no browser reads though `urlsplit` does (hooks/core/body_markup.py): named, with why.

nh3 reads an address as browsers do (the WHATWG URL standard) and drops one it cannot read: a port past
65535, a space in the host. The page showed the link's words and no link, and no line said so. It keeps `//a:99999/`
as a relative link, which a browser reads with the page's scheme, and reads no address: named too.
"""

from __future__ import annotations

import pytest
from annotation_helpers import PATH

from hooks.core.bodies import render_body, sanitise
from hooks.core.body_markup import body_markup_problems, unreadable_body_links
from hooks.core.body_tree import body_elements, body_hrefs
from hooks.core.problems import visible
from hooks.core.site_addresses import split_url

ADDRESS_FIX = "(write a whole address (https://…) or a page's path inside docs/ (source/page.md#p3))"
HOST_FIX = "(copy the whole address from the browser's address bar)"


def port(href: str, value: str, fix: str) -> str:
    """The line on a link whose port is no number a browser takes."""
    return f"the link '{href}' is no address: its port, '{value}', is no number from 0 to 65535 (write {fix}, or the port's number)"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("[x](http://a:99999999/)", port("http://a:99999999/", "99999999", "http://a/")),
        ("[x](http://[::1]:99999/)", port("http://[::1]:99999/", "99999", "http://[::1]/")),
        ("[x](https://u@a.org:65536/p?q#f)", port("https://u@a.org:65536/p?q#f", "65536", "https://u@a.org/p?q#f")),
        ("[x](https://a.org:abc/)", port("https://a.org:abc/", "abc", "https://a.org/")),
        ("[x](https://a b.org/)", f"the link 'https://a b.org/' is no address: its host, 'a b.org', holds a space {HOST_FIX}"),
        ("<https://a b>", f"the link 'https://a b' is no address: its host, 'a b', holds a space {HOST_FIX}"),
        ("[x](https:/a b)", f"the link 'https:/a b' is no address: its host, 'a b', holds a space {HOST_FIX}"),
        ("[x](http://a%20b/)", f"the link 'http://a%20b/' is no address: its host, 'a%20b', holds a space (written '%20') {HOST_FIX}"),
        ("[x](http://a|b/)", f"the link 'http://a|b/' is no address: its host, 'a|b', holds '|' {HOST_FIX}"),
        ("[x](http://1.2.3.4.5/)", f"the link 'http://1.2.3.4.5/' is no address: its host, '1.2.3.4.5', cannot be read {ADDRESS_FIX}"),
        ("[x](http://:80/)", f"the link 'http://:80/' is no address: it names no host after '//' {ADDRESS_FIX}"),
        # a character no terminal shows, named visibly: 'https://ab.org/' looked like an address a browser reads
        ('<a href="https://a\u200eb.org/">x</a>', f"the link 'https://a\\u200eb.org/' is no address: its host, 'a\\u200eb.org', cannot be read {ADDRESS_FIX}"),
        ('<a href="https://a\u00a0b.org/">x</a>', f"the link 'https://a\\xa0b.org/' is no address: its host, 'a\\xa0b.org', holds U+00A0 (no-break space) {HOST_FIX}"),
        ("[x](https://a\u200bb.org:99999/)", port("https://a\\u200bb.org:99999/", "99999", "https://ab.org/")),
    ],
)  # fmt: skip
def test_a_link_the_sanitiser_drops_is_named_with_why_and_the_fix(body: str, expected: str) -> None:
    """One line each, on the note's file: the page shows the link's words as plain words."""
    assert [str(problem) for problem in body_markup_problems(PATH, body)] == [f"{PATH}: body: {expected}"]
    html = render_body(body)
    assert list(body_hrefs(html)) == []  # the sanitiser did drop it: the line is not about a link it kept
    assert [element.tag for element in body_elements(html).iter()] == ["div", "p", "span"]


HREFS = [
    "https://example.org/a b?q=1 2#f g",  # spaces in a path, a query, a fragment: kept
    "http://a.org:0080/",
    "http://a_b.org/",
    "https://ex\u00e4mple.org/\u00e4",
    "//a.org:80/",
    "mailto:a@example.org",
    "http://a:65535/",
    "http://a:65536/",
    "http://a.org\u00a0/",
    "http://xn--zz/",
    "http://999.1.1.1/",
    "http://a%2Fb/",
    "http://[1:2]/",  # urlsplit refuses it too: the line of an address that is none
    "http://[::1",
    "mailto://a:99999",
    "http://@/",
]


@pytest.mark.parametrize("href", HREFS)
def test_every_link_the_sanitiser_drops_gets_one_line_and_every_one_it_keeps_none(href: str) -> None:
    """Not a list of special cases: whether the sanitiser keeps the address decides, and the line says why."""
    kept = list(body_hrefs(sanitise(f'<a href="{href}">x</a>'))) == [href]
    lines = [str(problem) for problem in unreadable_body_links(PATH, f"[x](<{href}>)")]
    if kept and split_url(href) is not None:
        assert lines == []
    else:
        assert len(lines) == 1 and lines[0].startswith(
            f"{PATH}: body: the link '{visible(href, address=True)}' is no address: "
        ), lines


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("[x](//a:99999/)", port("//a:99999/", "99999", "https://a/")),
        ("[x](<//a b/>)", f"the link '//a b/' is no address: its host, 'a b', holds a space {HOST_FIX}"),
        ("[x](<///a b/p>)", f"the link '///a b/p' is no address: its host, 'a b', holds a space {HOST_FIX}"),
        ("[x](//@/)", f"the link '//@/' is no address: it names no host after '//' {ADDRESS_FIX}"),
        # beside markup the sanitiser removes, read by its other path
        ("[x](//a:99999/) <kbd>k</kbd>", port("//a:99999/", "99999", "https://a/")),
    ],
)  # fmt: skip
def test_a_link_from_the_page_the_sanitiser_keeps_but_no_browser_reads_is_named(body: str, expected: str) -> None:
    """The sanitiser keeps `//a:99999/` as relative; a browser reads it with the page's scheme, and reads no address."""
    lines = [str(problem) for problem in unreadable_body_links(PATH, body)]
    assert lines == [f"{PATH}: body: {expected}"]


@pytest.mark.parametrize("href", ["//a.org:80/", "//a:65535/x y", "//a_b.org/", "x y.md#p3", "?q=1", "#f", "../a.md"])
def test_a_link_from_the_page_a_browser_reads_is_no_line(href: str) -> None:
    assert unreadable_body_links(PATH, f"[x](<{href}>)") == []


def test_an_empty_address_the_sanitiser_keeps_is_left_to_the_link_check() -> None:
    """`<a href>` is read with no value and kept as `href=""`: no address to explain (`body_links` names it)."""
    assert unreadable_body_links(PATH, "<a href>x</a> and <a href=''>y</a>, <i>z</i>") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a scheme the allowlist lacks is named as one, once: not as an address
        ("[x](javascript:x) [t](tel:1)", "not shown on the page: a 'javascript:' link, a 'tel:' link"),
        # an image is named whole, its address with it
        ("See ![map](http://a:99999/) here.", "not shown on the page: an image (<img>)"),
        # a control character in an address is named where it stands, not printed in a second line
        ("[x](http://a\x07b:99999/)", "holds characters no one can see, which HTML does not allow: U+0007"),
    ],
)
def test_a_link_or_image_named_otherwise_gets_no_second_line(body: str, expected: str) -> None:
    lines = [str(problem) for problem in body_markup_problems(PATH, body)]
    assert len(lines) == 1 and lines[0].startswith(f"{PATH}: body: {expected} "), lines
