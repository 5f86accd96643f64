"""`reads_no_address`: the one rule for a link no browser reads, asked of every link of every page."""

from __future__ import annotations

import html
import itertools

import pytest

from hooks.core import site_addresses
from hooks.core.site_addresses import reads_no_address, split_url

PIECES = ("", "/", "//", "\\", "/\\", "a", "a b", ":", ":99999", "[", "?", "#", "%zz", " ", "x.md", "http:", "@", "<")


def asked_of_nh3(href: str) -> bool:
    """The rule without its shortcut: every address put to the sanitiser."""
    if (parts := split_url(href)) is None:
        return True
    cleaned = site_addresses._reader(parts.scheme).clean(f'<a href="{html.escape(href)}">x</a>')
    return cleaned == "<a>x</a>"


@pytest.mark.parametrize("href", ["../x.md#p3", "a b.md", "#p1", "?q=1", "/abs/page.md", "x/y//z.md", "a\\b.md"])
def test_a_link_that_can_name_no_host_is_read_without_asking_the_sanitiser(
    href: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page's links are nearly all paths and fragments: nh3 is asked only of one naming a scheme or `//`."""
    reads_no_address.cache_clear()
    monkeypatch.setattr(site_addresses, "_reader", lambda scheme: pytest.fail(f"nh3 asked of {href!r}"))
    assert reads_no_address(href) is False


def test_the_shortcut_answers_as_the_sanitiser_does() -> None:
    """Every address of three pieces: the shortcut never passes over one nh3 would drop."""
    reads_no_address.cache_clear()
    addresses = {"".join(parts) for parts in itertools.product(PIECES, repeat=3)}
    differ = [href for href in addresses if "\x00" not in href and reads_no_address(href) != asked_of_nh3(href)]
    assert differ == []
    assert any(reads_no_address(href) for href in addresses)  # the grid holds addresses no browser reads


HOST_FIX = "copy the whole address from the browser's address bar"


@pytest.mark.parametrize(
    ("href", "why", "fix"),
    [
        # a browser reads all after the host's first ':' as the port: `1:2` is none, and `https://a:65536/` no fix
        ("https://a:1:2/", "is no address: its port, '1:2', is no number from 0 to 65535", "write https://a/, or the port's number"),
        ("https://a:65536:1/", "is no address: its port, '65536:1', is no number from 0 to 65535", "write https://a/, or the port's number"),
        # a host's `%xx` is read as the character it writes: `%20` is a space, `%61` an `a` (no line)
        ("http://a%20b/", "is no address: its host, 'a%20b', holds a space (written '%20')", HOST_FIX),
        ("https://a%2Fb.org/", "is no address: its host, 'a%2Fb.org', holds '/' (written '%2F')", HOST_FIX),
        ("https://%zz.org/", "is no address: its host, '%zz.org', holds '%'", HOST_FIX),
        ("https://%61.org:99999/", "is no address: its port, '99999', is no number from 0 to 65535", "write https://%61.org/, or the port's number"),
        # an IPv6 zone is a machine's own: no browser reads one
        ("https://[fe80::1%25eth0]:8080/x", "is no address: its host, '[fe80::1%25eth0]', names an IPv6 zone, '%25eth0', which no browser reads", "write https://[fe80::1]:8080/x"),
        ("https://[fe80::1%25eth0]:/x", "is no address: its host, '[fe80::1%25eth0]', names an IPv6 zone, '%25eth0', which no browser reads", "write https://[fe80::1]:/x"),
        # spaces before it, as in `<a href=" //a:99999/">`, are no part of it: the fix is a whole address still
        (" //a:99999/", "is no address: its port, '99999', is no number from 0 to 65535", "write https://a/, or the port's number"),
    ],
)  # fmt: skip
def test_unread_address_names_what_a_browser_reads_and_a_fix_it_reads(href: str, why: str, fix: str) -> None:
    """The line's why and fix (`unread_address`) as the WHATWG standard reads the address, the fix one it reads."""
    assert reads_no_address(href)
    assert site_addresses.unread_address(href) == (why, fix)
    assert not reads_no_address(fix.removeprefix("write ").split(",")[0]) or fix == HOST_FIX


PORT = "its port, '99999', is no number from 0 to 65535"


@pytest.mark.parametrize(
    ("href", "why", "fix"),
    [
        # the host's half in its own words, then the port's: fixing the host alone, a run later, named the port
        ("http://a b:99999/", f"is no address: its host, 'a b', holds a space, and {PORT}", HOST_FIX),
        ("https://a%20b.org:99999/", f"is no address: its host, 'a%20b.org', holds a space (written '%20'), and {PORT}", HOST_FIX),
        ("https://u@a%25.org:65536:1/p", "is no address: its host, 'a%25.org', holds '%' (written '%25'), and its port,"
         " '65536:1', is no number from 0 to 65535", HOST_FIX),
        ("//a b:abc/", "is no address: its host, 'a b', holds a space, and its port, 'abc', is no number from 0 to 65535", HOST_FIX),
        # the zone's fix left the port: `write https://[fe80::1]:99999/x`, itself no address
        ("https://[fe80::1%25eth0]:99999/x", "is no address: its host, '[fe80::1%25eth0]', names an IPv6 zone, '%25eth0',"
         f" which no browser reads, and {PORT}", "write https://[fe80::1]/x, or the port's number"),
        # a host a browser cannot read, no character of it named: the port's fix, `write https://999.1.1.1/`, was none
        ("https://999.1.1.1:99999/", f"is no address: its host, '999.1.1.1', cannot be read, and {PORT}", None),
        ("https://a\uff1cb.org:99999/", f"is no address: its host, 'a\uff1cb.org', cannot be read, and {PORT}", None),
    ],
)  # fmt: skip
def test_a_bad_host_and_a_bad_port_are_named_in_one_line(href: str, why: str, fix: str | None) -> None:
    """`http://a b:99999/` named its host alone, and its port only in the next run, after the host was fixed."""
    assert reads_no_address(href)
    assert site_addresses.unread_address(href) == (why, fix)
    if fix and fix != HOST_FIX:
        assert not reads_no_address(fix.removeprefix("write ").split(",")[0])


@pytest.mark.parametrize(
    "href", ["https://%61.org/", "https://exämple.org/", "http://a:/", "https://a:0/", "https://😀.org/"]
)
def test_an_address_a_browser_reads_is_no_line(href: str) -> None:
    """An encoded `a`, an IDN host, an empty port (the scheme's) and port 0 are read by browsers (WHATWG URL)."""
    assert not reads_no_address(href)
