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
