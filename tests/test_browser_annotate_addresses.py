"""In a real browser (tests/browser.py): the annotation form's line for an address no browser reads is make
check's, word for word (docs/assets/annotate-addresses.js against hooks/core/site_addresses.py)."""

from __future__ import annotations

import pytest
from browser import SiteServer
from playwright.sync_api import Page

from hooks.core.annotation_checks import check_addresses

pytestmark = [pytest.mark.browser, pytest.mark.slow]


# Addresses the schema's pattern takes: what browsers read, and what they do not (a port, a host), each way.
ADDRESSES = [
    *("https://orcid.org/0000-0002-1825-0097", "https://例え.jp/", "https://a.org:65535/", "https://a%41.org/"),
    *("https://a*b.org/", "https://a%2Ab.org/", "https://[::1]/", "https://a:/", "https://u@a.org/"),
    *("https://orcid.org:99999/x", "https://a:65536/", "https://a:abc/", "https://u@a:99999/p?q#f"),
    *("https://[::1]:99999/", "https://a%20b.org/", "https://a%zz.org/", "https://a%25.org:99999/"),
    *("https://1.2.3.4.5/", "https://999.1.1.1/", "https://a＜b.org/", "https://:80/x", "https://[x/", "https://@/x"),
    *(
        "https://a:65536:1/",
        "https://%61.org:99999/",
        "https://a%2Fb.org/",
        "https://[fe80::1%25eth0]/",
        "https://a:9999999/x?",
        "https:///x",
        "https://u@[::1/",
    ),
    # a bad host and a bad port, named in one line (`http://a b:99999/` is the pattern's: it holds a space)
    *("https://a%20b.org:99999/", "https://[fe80::1%25eth0]:99999/x", "https://999.1.1.1:99999/"),
    # a character no one sees, named as its escape: `'https://ab.org/'` looked like an address a browser reads
    *("https://a\u200eb.org/", "https://a\u200bb.org:99999/"),
    # a space past ASCII written as its escape is named as one, as the checks' `\s` reads it (the form said "cannot be
    # read"); U+FEFF, which JavaScript's `\s` matches and Python's does not, is no space to either
    *(
        "https://a%C2%A0b.org/",
        "https://a%E3%80%80b.org/",
        "https://a%C2%85b.org/",
        "https://a\ufeffb.org:99999/",
    ),
    # the fix offered works when pasted: a character that shows nothing percent-encoded in a path, left out of a host
    *(
        "https://a.org:99999/x\u200by?q=\u200e#f\u200c",
        "https://u\u200b@a\u200bb.org:99999/",
        "https://[::1%25x]/\u200b",
    ),
]


def test_the_form_s_address_lines_are_make_check_s(page: Page, served_site: SiteServer) -> None:
    """The form judged `author.url` by the schema's pattern alone: a port past 65535 or a `%` in the host passed it
    and failed the pull request's checks. Now the browser reads it, and of each address here the form says what
    make check says, word for word, or nothing where make check takes it."""
    served_site.open(page, "about/contributing/")
    said = page.evaluate(
        "values => values.map(value => { const p = window.edition.addressProblem('author.url', value);"
        " return p ? [[p.message, p.hint]] : []; })",
        ADDRESSES,
    )
    build = {url: check_addresses("x.md", {"author": {"url": url}}) for url in ADDRESSES}
    lines = [[[found.message, found.hint] for found in build[url]] for url in ADDRESSES]
    assert {url: line for url, line, want in zip(ADDRESSES, said, lines, strict=True) if line != want} == {}
    assert [bool(line) for line in lines] == [False] * 9 + [True] * 33, "the table's taken, then its refused ones"
