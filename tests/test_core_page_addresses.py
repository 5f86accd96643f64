"""Addresses (hooks/core/site_addresses.py, links.py): a site's address read back to its page in docs, a docs link."""

from __future__ import annotations

import itertools
import posixpath
from urllib.parse import urljoin

import pytest
from policy_helpers import MT

from hooks.core.links import absolute_link, relative_link, relative_to_page
from hooks.core.site_addresses import addressed_page, page_address, published_address


@pytest.mark.parametrize(
    ("address", "page"),
    [
        ("/a/b/", "a/b.md"),
        ("a/b", "a/b.md"),
        ("http://127.0.0.1:8000/a/", "a/index.md"),
        ("/extra/#p1", "extra/README.md"),  # a folder's README.md, published as its index
        ("/", "index.md"),
        ("/nowhere/", None),
        # published under a base path (GitHub Pages' /<repo>/), on any host: it was found by no check
        ("https://owner.github.io/repo/a/b/#p3", "a/b.md"),
        ("https://owner.github.io/repo/extra/", "extra/README.md"),
        ("/repo/a/b/index.html", "a/b.md"),
        ("owner.github.io/repo/a/", "a/index.md"),  # pasted without its scheme
        ("a/b.md#p3", "a/b.md"),  # as target.page writes it
        ("https://owner.github.io/repo/", None),  # the base path is no page: the home page is not guessed
    ],
)
def test_an_address_of_the_site_names_its_page_in_docs(address: str, page: str | None) -> None:
    """`make check` and the build name the page an address means; a folder's README.md was never found."""
    assert addressed_page(address, {"a/b.md", "a/index.md", "extra/README.md", "index.md"}) == page


@pytest.mark.parametrize(
    ("address", "page"),
    [
        ("/a/b/#p3", "a/b.md"),
        ("/", "index.md"),
        ("/gone/a/b/", None),  # its base path is gone already: `/gone/` is no page's, and `a/b` not this one
        ("/repo/a/", None),
    ],
)
def test_an_address_read_from_the_site_root_names_its_page_by_its_whole_path(address: str, page: str | None) -> None:
    """`published_address` strips the base path: trying the tails again named a page the address did not."""
    assert addressed_page(address, {"a/b.md", "a/index.md", "index.md"}, "/s/x/", from_root=True) == page


@pytest.mark.parametrize(
    ("address", "page"),
    [
        ("../b/#p3", "a/b.md"),
        ("../../", "index.md"),
        ("../nowhere/b/", None),  # read from the page: `b/` is not tried as the tail of an unknown base path
        ("https://owner.github.io/repo/a/b/", "a/b.md"),  # a whole address still may have one
    ],
)
def test_an_address_relative_to_a_page_is_read_from_that_page(address: str, page: str | None) -> None:
    assert addressed_page(address, {"a/b.md", "b.md", "b/index.md", "index.md"}, "/a/x/") == page


@pytest.mark.parametrize(
    ("href", "page", "relative", "absolute"),
    [
        ("a/b.md#p3", "s/c.md", "../a/b.md#p3", "https://example.org/a/b/#p3"),
        ("index.md", "s/c.md", "../index.md", "https://example.org/"),
        # a view of a page: its query was dropped, and the export kept the docs path unconverted
        ("annotations/index.md?motivation=questioning", "s/c.md", "../annotations/index.md?motivation=questioning",
         "https://example.org/annotations/?motivation=questioning"),
        ("annotations/index.md?motivation=questioning&area=remittances#list", "index.md",
         "annotations/index.md?motivation=questioning&area=remittances#list",
         "https://example.org/annotations/?motivation=questioning&area=remittances#list"),
        ("gone.md?x=1#p1", "index.md", "gone.md?x=1#p1", "gone.md?x=1#p1"),  # no page: left as written
    ],
)  # fmt: skip
def test_a_docs_link_is_rewritten_for_where_it_is_shown_with_its_query_and_fragment(
    href: str, page: str, relative: str, absolute: str
) -> None:
    urls = {"a/b.md": "https://example.org/a/b/", "index.md": "https://example.org/",
            "annotations/index.md": "https://example.org/annotations/"}  # fmt: skip
    assert relative_to_page(href, page) == relative
    assert absolute_link(href, urls.get) == absolute


@pytest.mark.parametrize(
    ("address", "site_url", "read"),
    [
        ("https://owner.github.io/repo/a/b/#p3", "https://owner.github.io/repo/", "/a/b/#p3"),
        ("http://Owner.GitHub.io/repo/a/?q=1", "https://owner.github.io/repo/", "/a/?q=1"),  # scheme, host's case
        ("https://owner.github.io/repo", "https://owner.github.io/repo/", "/"),
        ("https://example.org/a/#p1", "https://example.org", "/a/#p1"),  # at the host's root
        # the host as urlsplit names it, as is_local compares it: a scheme's own port and a user@ aside
        ("https://owner.github.io:443/repo/a/", "https://owner.github.io/repo/", "/a/"),
        ("http://owner.github.io:80/repo/a/", "https://owner.github.io/repo/", "/a/"),
        ("https://reader@owner.github.io/repo/a/", "https://owner.github.io/repo/", "/a/"),
        ("https://owner.github.io:8443/repo/a/", "https://owner.github.io/repo/", None),  # another server
        ("https://owner.github.io:x/repo/a/", "https://owner.github.io/repo/", None),  # a port that is none
        ("https://owner.github.io/repo//a/b/", "https://owner.github.io/repo/", "/a/b/"),  # not `//a/b/`: the host a
        ("https://owner.github.io/repository/a/", "https://owner.github.io/repo/", None),  # another base path
        ("https://owner.github.io/a/", "https://owner.github.io/repo/", None),
        ("https://example.org/repo/a/", "https://owner.github.io/repo/", None),
        ("ftp://owner.github.io/repo/a/", "https://owner.github.io/repo/", None),
        ("/repo/a/", "https://owner.github.io/repo/", None),  # rooted: the site address check's
        ("https://owner.github.io/repo/a/", "", None),
        ("http://[pasted-wrongly/repo/", "https://owner.github.io/repo/", None),
        # a %-coded base path read as a browser sends it (`/mémoire/` is `/m%C3%A9moire/`): it was another site's
        ("https://example.org/mémoire/a/#p1", "https://example.org/m%C3%A9moire/", "/a/#p1"),
        ("https://example.org/m%c3%a9moire/a/", "https://example.org/m%C3%A9moire/", "/a/"),
        ("https://example.org/m%C3%A9moire/a/", "https://example.org/mémoire/", "/a/"),
        ("https://example.org/memoire/a/", "https://example.org/m%C3%A9moire/", None),
        # only the base path's %-codes are read, to compare, each once: the rest is returned as written
        ("https://h/repo/a%3Fb/", "https://h/repo/", "/a%3Fb/"),  # read, a query
        ("https://h/repo/a%23b/#p1", "https://h/repo/", "/a%23b/#p1"),  # read, a fragment
        ("https://h/repo/guides%2Fciting/", "https://h/repo/", "/guides%2Fciting/"),  # read, another page
        ("https://h/repo/a%2541/", "https://h/repo/", "/a%2541/"),  # read, then read again as `/aA/`
        ("https://h/a/b/x/", "https://h/a%2Fb/", None),  # a server reads `/a%2Fb/` as one folder, not `/a/b/`
        ("https://h/a%2fb/x/", "https://h/a%2Fb/", "/x/"),
        ("https://h/a%41/x/", "https://h/a%2541/", None),  # `%25` is `%`, its `%41` no `A`
        ("https://h/a%2541/x/", "https://h/a%2541/", "/x/"),
        ("https://h/%C4/x/", "https://h/%C3/", None),  # two bytes no UTF-8 reads are two bytes, not both '\ufffd'
    ],
)
def test_an_address_of_the_published_site_is_read_from_its_root(address: str, site_url: str, read: str | None) -> None:
    assert published_address(address, site_url) == read


@pytest.mark.parametrize(
    ("site_url", "url", "address"),
    [
        (
            "https://owner.github.io/repo/",
            "migration-and-transnationalism/opportunities/",
            "https://owner.github.io/repo/migration-and-transnationalism/opportunities/",
        ),
        (
            "https://owner.github.io/repo/",
            "/migration-and-transnationalism/opportunities/",
            "https://owner.github.io/repo/migration-and-transnationalism/opportunities/",
        ),
        ("https://owner.github.io/repo/", "./", "https://owner.github.io/repo/"),  # the home page, as a file's URL
        ("https://owner.github.io/repo/", "/", "https://owner.github.io/repo/"),  # and as the lock's key
        ("https://example.org/", "about/", "https://example.org/about/"),
        ("http://127.0.0.1:8000/", "a/b/", "http://127.0.0.1:8000/a/b/"),  # mkdocs.yml's default
        # No site_url: rooted at the site, whichever form the URL has (urljoin("", "a/b/") kept it relative).
        ("", "a/b/", "/a/b/"),
        ("", "/a/b/", "/a/b/"),
        ("", "./", "/"),
        (None, "a/b/", "/a/b/"),
    ],
)
def test_a_page_s_public_address_is_site_url_and_its_url(site_url: str | None, url: str, address: str) -> None:
    assert page_address(site_url, url) == address
    if site_url:  # what the annotation export wrote, with MkDocs' site_url (it always ends in `/`)
        assert page_address(site_url, url.removeprefix("/")) == urljoin(site_url, url.removeprefix("/"))


@pytest.mark.parametrize(
    ("source", "target", "link"),
    [
        ("policy-areas/remittances.md", f"{MT}/challenges.md", f"../{MT}/challenges.md"),
        ("policy-areas/index.md", "policy-areas/remittances.md", "remittances.md"),
        (f"{MT}/challenges.md", "policy-areas/index.md", "../policy-areas/index.md"),
        ("index.md", "policy-areas/index.md", "policy-areas/index.md"),
        ("a/b/c.md", "a/d/e.md", "../d/e.md"),
        ("a/b/c.md", "index.md", "../../index.md"),
        ("policy-areas/x.md", "policy-areas/x.md", "x.md"),
    ],
)
def test_relative_link(source: str, target: str, link: str) -> None:
    assert relative_link(source, target) == link


def test_relative_link_is_what_relpath_gives_for_docs_paths() -> None:
    folders = ["a", "b", "policy-areas"]
    paths = [
        "/".join([*combo, name])
        for depth in range(3)
        for combo in itertools.product(folders, repeat=depth)
        for name in ("x.md", "index.md")
    ]
    expected = {(s, t): posixpath.relpath(t, posixpath.dirname(s) or ".") for s in paths for t in paths}
    assert {(s, t): relative_link(s, t) for s in paths for t in paths} == expected


@pytest.mark.parametrize("target", ["./a/x.md", "a/../b/x.md", "a//x.md", "../outside.md", "a/b/../../../up.md"])
def test_relative_link_normalises_as_relpath_does(target: str) -> None:
    # Annotation bodies link to docs paths written by hand: dots and double slashes are tidied the
    # way relpath tidies them, and a path that leaves the docs folder gets relpath's own answer.
    for source in ("index.md", "a/index.md", "b/c/x.md"):
        assert relative_link(source, target) == posixpath.relpath(target, posixpath.dirname(source) or ".")
