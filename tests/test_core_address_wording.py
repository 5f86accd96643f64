"""One slip, one wording (hooks/core/site_addresses.py, config_addresses.py): an address is named alike wherever it is.

`https://@/` read "has no host" as `site_url`, "names no host after '//'" as a page's or a body's link or `repo_url`,
and "is not a web address" as a note's or a record's address field: three whys for one slip. The field's name and
the fix (`write SITE_URL=…`, the field's own hint) may differ; the why may not.
"""

from __future__ import annotations

import re

import pytest
from annotation_helpers import PATH

from hooks.core.body_markup import unreadable_body_links
from hooks.core.config_addresses import address_setting_problems, check_site_url
from hooks.core.page_links import WRITE_ADDRESS, unreadable_link
from hooks.core.problems import Problem
from hooks.core.site_addresses import field_address_problems, unread_address

NO_HOST = "is no address: it names no host after '//'"
NO_ADDRESS = "is no address: its host, after '//', cannot be read"


def whys(url: str) -> dict[str, str]:
    """The why each check gives `url`: its line's message without the address named before it."""
    lines: dict[str, list[Problem | None]] = {
        "site_url": [*check_site_url(url)],
        "author.url": [*field_address_problems(PATH, "author.url", url, "copy it")],
        "repo_url": [*address_setting_problems("mkdocs.yml", {"repo_url": url})],
        "page link": [unreadable_link("about/x.md", url)],
        "body link": [*unreadable_body_links(PATH, f"[x](<{url}>)")],
    }
    named = (f"'{url}' ", f"the link '{url}' ")
    return {
        check: problem.message.removeprefix(named[1]).removeprefix(named[0]).removesuffix(" (the strict build fails)")
        for check, problems in lines.items()
        for problem in problems
        if problem is not None
    }


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("https://@/", NO_HOST),  # a user and no host: `site_url` read "has no host", a field "is not a web address"
        ("https://:80/x", NO_HOST),
        ("http://@:80/", NO_HOST),
        ("http://[x", NO_ADDRESS),  # urlsplit refuses it: a field read "is not a web address"
    ],
)
def test_one_slip_has_one_why_as_site_url_a_field_repo_url_and_a_link(url: str, why: str) -> None:
    """Each check names it, each in the same words."""
    assert whys(url) == dict.fromkeys(["site_url", "author.url", "repo_url", "page link", "body link"], why)


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("https://a%20b.org:99999/", "is no address: its host, 'a%20b.org', holds a space (written '%20'), and its port,"
         " '99999', is no number from 0 to 65535"),
        ("https://[fe80::1%25eth0]:99999/", "is no address: its host, '[fe80::1%25eth0]', names an IPv6 zone, '%25eth0',"
         " which no browser reads, and its port, '99999', is no number from 0 to 65535"),
    ],
)  # fmt: skip
def test_a_bad_host_and_a_bad_port_have_one_why_everywhere(url: str, why: str) -> None:
    """Both faults in one line, each check's: the host's alone sent the contributor back for the port."""
    assert whys(url) == dict.fromkeys(["site_url", "author.url", "repo_url", "page link", "body link"], why)


@pytest.mark.parametrize(
    ("url", "line"),
    [
        # urlsplit names no host where a browser reads one (`https:///x` is `https://x/`): the field is refused still,
        # for the exports and MkDocs read it as urlsplit does, in the words of the slip it is
        ("https:///x", f"{PATH}: author.url: 'https:///x' {NO_HOST} (copy it)"),
        ("https://a@/x", f"{PATH}: author.url: 'https://a@/x' {NO_HOST} (copy it)"),
        ("http://[x", f"{PATH}: author.url: 'http://[x' {NO_ADDRESS} (copy it)"),
    ],
)
def test_a_field_naming_no_host_is_named_in_a_link_s_words(url: str, line: str) -> None:
    assert [str(problem) for problem in field_address_problems(PATH, "author.url", url, "copy it")] == [line]


@pytest.mark.parametrize(
    ("href", "why"),
    [
        ("javascript://a:99999/x", "is no address: its port, '99999', is no number from 0 to 65535"),
        ("mailto://a:99999", "is no address: its port, '99999', is no number from 0 to 65535"),
        ("ftp://a:99999/x", "is no address: its port, '99999', is no number from 0 to 65535"),
        ("mailto://[fe80::1%25eth0]/", "is no address: its host, '[fe80::1%25eth0]', names an IPv6 zone, '%25eth0',"
         " which no browser reads"),
        ("mailto://a b/", "is no address: its host, 'a b', holds a space"),
        ("mailto://a b:99999", "is no address: its host, 'a b', holds a space, and its port, '99999', is no number"
         " from 0 to 65535"),
    ],
)  # fmt: skip
def test_a_link_of_another_scheme_than_the_web_s_is_offered_no_address_of_its_own(href: str, why: str) -> None:
    """`write javascript://a/x` was offered: no web address, and not what was meant; the caller's general fix is."""
    assert unread_address(href) == (why, None)
    assert [str(problem) for problem in [unreadable_link("about/x.md", href)]] == [
        f"docs/about/x.md: link: '{href}' {why} (the strict build fails) ({WRITE_ADDRESS})"
    ]


def test_a_body_s_mailto_link_naming_a_port_is_offered_the_general_fix() -> None:
    assert [str(problem) for problem in unreadable_body_links(PATH, "[x](mailto://a:99999)")] == [
        f"{PATH}: body: the link 'mailto://a:99999' is no address: its port, '99999', is no number from 0 to 65535"
        " (write a whole address (https://…) or a page's path inside docs/ (source/page.md#p3))"
    ]


@pytest.mark.parametrize(
    ("href", "fix"),
    [
        ("https://a:99999/x", "write https://a/x, or the port's number"),
        ("//a:99999/x", "write https://a/x, or the port's number"),  # the page's scheme, a web one
        ("HTTP://a:99999/x", "write http://a/x, or the port's number"),
    ],
)
def test_a_web_address_keeps_its_own_fix(href: str, fix: str) -> None:
    assert unread_address(href)[1] == fix


@pytest.mark.parametrize(
    ("href", "fixed"),
    [
        # a character that shows nothing, percent-encoded in a path, a query or a fragment (as a browser sends it)
        ("https://a.org:99999/x\u200by", "https://a.org/x%E2%80%8By"),
        ("https://a.org:99999/x?q=\u00a0#f\u3000g", "https://a.org/x?q=%C2%A0#f%E3%80%80g"),
        ("https://a.org:99999/x y", "https://a.org/x%20y"),  # a space too: the `url` pattern refuses one
        ("https://u\u200b@a.org:99999/", "https://u%E2%80%8B@a.org/"),
        # dropped from a host, where a browser maps it to nothing (`a\u200bb.org` is `ab.org`)
        ("https://a\u200bb.org:99999/", "https://ab.org/"),
        ("https://a\u00adb.org:99999/p\u200e", "https://ab.org/p%E2%80%8E"),
        ("https://[fe80::1%25eth0]:99999/x\u200by", "https://[fe80::1]/x%E2%80%8By"),
        ("https://例え.jp:99999/ä", "https://例え.jp/ä"),  # what shows, as written
    ],
)
def test_an_offered_address_works_when_pasted(href: str, fixed: str) -> None:
    """`write https://a.org/x\\u200by` pasted into YAML was a backslash, which the `url` pattern refuses: the fix
    offered is an address as it is typed, and a browser (nh3, as `reads_no_address` asks) reads it."""
    from hooks.core.site_addresses import reads_no_address
    from hooks.core.text import URL_PATTERN

    assert unread_address(href)[1] == f"write {fixed}, or the port's number"
    assert not reads_no_address(fixed) and re.match(URL_PATTERN, fixed)
