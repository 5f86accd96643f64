"""A page's links written in raw HTML, which MkDocs neither checks nor rewrites: each gets its Markdown twin's line.

A browser reads such a link from the page's address (`/about/reading-guide/`), not from its file, so the fixes
offered are addresses (`../citing/`), never `.md` files. How the address is read: test_core_raw_link_addresses.py.
"""

from __future__ import annotations

import pytest
from raw_link_helpers import FAILS, FILES, MOVES, PAGE, PRESENT, REDIRECTS, WARN, hrefs, lines

from hooks.core.page_files import MKDOCS_LEAVES_OUT
from hooks.core.page_links import check_page_links, link_levels
from hooks.core.raw_links import RawLink, RawLinkSite, check_raw_links


def test_an_address_no_browser_reads_is_its_markdown_twin_s_line() -> None:
    twin = [str(problem) for problem in check_page_links(PAGE, ["http://a:99999/"], FILES, MOVES, WARN)]
    assert twin and lines("http://a:99999/") == twin
    assert lines("//[a", levels=link_levels(None)) == [
        str(problem) for problem in check_page_links(PAGE, ["//[a"], FILES, MOVES, link_levels(None))
    ]


@pytest.mark.parametrize(
    ("url", "address", "hint"),
    [
        ("../nowhere/", "/about/nowhere/", "fix the link to lead to an address of the site, or remove it"),
        ("../../../../nowhere/", "/nowhere/", "fix the link to lead to an address of the site, or remove it"),
        ("..\\nowhere\\", "/about/nowhere/", "fix the link to lead to an address of the site, or remove it"),
        ("../citng/", "/about/citng/", "did you mean '../citing/'?"),
        ("../../glossry/#diaspora", "/glossry/", "did you mean '../../glossary/#diaspora'?"),
        # written from the page's file, as a Markdown link is: the address read from the file's folder
        ("../glossary/#diaspora", "/about/glossary/", "did you mean '../../glossary/#diaspora'?"),
        (
            "../../migration-and-transnationalism/opportunities/#p3",
            "/migration-and-transnationalism/opportunities/",
            "mkdocs.yml's redirect_maps moved the page to migration-and-transnationalism/chances.md:"
            " write '../../migration-and-transnationalism/chances/#p3'",
        ),
    ],
)
def test_a_raw_link_to_no_address_of_the_site_is_one_line_offering_the_address_meant(
    url: str, address: str, hint: str
) -> None:
    assert lines(url) == [
        f"docs/{PAGE}: link: '{url}' leads to {address}, which is not among the site's files {FAILS} ({hint})"
    ]


def test_a_md_file_in_raw_html_is_no_address_and_its_page_s_address_is_offered() -> None:
    """MkDocs rewrites `citing.md` in the Markdown alone: in raw HTML the browser asks for a file the site lacks."""
    assert lines("citing.md", "../citing.md#formats") == [
        f"docs/{PAGE}: link: 'citing.md' leads to /about/reading-guide/citing.md, which is not among the site's files"
        f" {FAILS} (MkDocs rewrites no .md link in raw HTML: write the page's address, '../citing/')",
        f"docs/{PAGE}: link: '../citing.md#formats' leads to /about/citing.md, which is not among the site's files"
        f" {FAILS} (MkDocs rewrites no .md link in raw HTML: write the page's address, '../citing/#formats')",
    ]


def test_a_raw_link_to_an_id_its_page_lacks_is_offered_the_closest_id() -> None:
    assert lines("../citing/#formts", "#txets", "../citing/#id-gone") == [
        f"docs/{PAGE}: link: '../citing/#formts' leads to about/citing.md, which has no id 'formts' {FAILS}"
        " (did you mean '../citing/#formats'?)",
        f"docs/{PAGE}: link: '#txets' leads to about/reading-guide.md, which has no id 'txets' {FAILS}"
        " (did you mean '#texts'?)",
        f"docs/{PAGE}: link: '../citing/#id-gone' leads to about/citing.md, which has no id 'id-gone' {FAILS}"
        " (anchors.redirects.yml sends that id to /about/stable-links/#id-gone, which MkDocs does not follow:"
        " write '../stable-links/#id-gone')",
    ]


def test_an_absolute_raw_link_is_its_markdown_twin_s_line_offering_the_address_from_the_page() -> None:
    assert lines("/about/citing/#formats", "/nope/") == [
        f"docs/{PAGE}: link: '/about/citing/#formats' is an absolute link {FAILS}"
        " (write the path from this page: did you mean '../citing/#formats'?)",
        f"docs/{PAGE}: link: '/nope/' is an absolute link {FAILS}"
        " (fix the link to lead to an address of the site, or remove it)",
    ]


def test_a_page_the_lock_published_gone_with_no_move_is_asked_for_its_move() -> None:
    (line,) = lines("../vanished/", published=frozenset({"about/vanished.md"}))
    assert line.endswith(
        "(if the page was renamed, declare its move in mkdocs.yml's redirect_maps"
        " (docs/about/stable-links.md#page-moves), then write its new path)"
    ), line


def test_each_check_only_at_its_markdown_twin_s_level_warn() -> None:
    quiet = link_levels({"not_found": "info"})
    assert lines("../nowhere/", "../citing/#nope", "/about/citing/", levels=quiet) == []


def test_a_raw_link_to_a_draft_or_an_excluded_file_is_named_so() -> None:
    """The build leaves them out: the raw link leads nowhere there (a Markdown link to one, which MkDocs only notes,
    gets the same line: test_core_page_links.py).
    """
    left_out = {"drafts/notes.md": "draft", "private.md": "excluded"}
    site = RawLinkSite(FILES | set(left_out), MOVES, WARN, PRESENT, REDIRECTS, left_out=left_out)
    assert [
        str(problem) for problem in check_raw_links(PAGE, hrefs("../../drafts/notes/#p1", "../../private/"), site)
    ] == [
        f"docs/{PAGE}: link: '../../drafts/notes/#p1' leads to a draft, which 'mkdocs serve' shows and the built site"
        f" leaves out {FAILS} (link to a page the site publishes, or publish the page: take it out of mkdocs.yml's"
        " draft_docs)",
        f"docs/{PAGE}: link: '../../private/' leads to private.md, which mkdocs.yml's exclude_docs leaves out of the"
        f" site {FAILS} (link to an address the site publishes, or take the file out of exclude_docs)",
    ]


def test_a_line_escapes_a_character_that_hides_in_the_link_the_address_and_the_id() -> None:
    """A zero-width space printed as is made the line look as if it offered the link itself."""
    assert [line.partition(f" {FAILS}")[0] for line in lines("../nowh\u200bere/", "#tex\u200bts", "/x\u200b/")] == [
        f"docs/{PAGE}: link: '../nowh\\u200bere/' leads to /about/nowh\\u200bere/, which is not among the site's files",
        f"docs/{PAGE}: link: '#tex\\u200bts' leads to about/reading-guide.md, which has no id 'tex\\u200bts'",
        f"docs/{PAGE}: link: '/x\\u200b/' is an absolute link",
    ]


def test_each_bad_srcset_candidate_is_one_line_naming_the_attribute() -> None:
    """A browser asks for a candidate as for `src`: checked alike, the line's field its attribute, each url once."""
    links = [
        RawLink("../../assets/edition.css", "srcset"),
        RawLink("../nowhere.png", "srcset"),
        RawLink("../citng/", "srcset"),
        RawLink("../nowhere.png", "src"),  # the same address again: its one line
    ]
    site = RawLinkSite(FILES, MOVES, WARN, PRESENT, REDIRECTS)
    assert [str(problem) for problem in check_raw_links(PAGE, links, site)] == [
        f"docs/{PAGE}: srcset: '../nowhere.png' leads to /about/nowhere.png, which is not among the site's files"
        f" {FAILS} (fix the link to lead to an address of the site, or remove it)",
        f"docs/{PAGE}: srcset: '../citng/' leads to /about/citng/, which is not among the site's files {FAILS}"
        " (did you mean '../citing/'?)",
    ]


@pytest.mark.parametrize(
    ("file", "url", "fix"),
    [
        (".hidden/notes.md", "../../.hidden/notes/", "rename '.hidden' without its leading dot"),
        ("assets/.x.png", "../../assets/.x.png", "rename '.x.png' without its leading dot"),
        ("templates/x.png", "../../templates/x.png", "move it out of templates/"),
    ],
)
def test_a_raw_link_to_a_file_mkdocs_itself_leaves_out_names_why_not_exclude_docs(
    file: str, url: str, fix: str
) -> None:
    """MkDocs never copies a hidden file or folder, nor templates/: `exclude_docs` is not why, and no fix."""
    left_out = {file: "excluded"}
    site = RawLinkSite(FILES | set(left_out), MOVES, WARN, PRESENT, REDIRECTS, left_out=left_out)
    assert [str(problem) for problem in check_raw_links(PAGE, hrefs(url), site)] == [
        f"docs/{PAGE}: link: '{url}' leads to {file}, which {MKDOCS_LEAVES_OUT} {FAILS} ({fix}, and link its new"
        " address)"
    ]
