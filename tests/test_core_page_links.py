"""A page's links against the site's files, as MkDocs' validation reads them: the lines `make check` prints."""

from __future__ import annotations

import pytest
from markdown.util import AMP_SUBSTITUTE

from hooks.core.page_files import MKDOCS_LEAVES_OUT
from hooks.core.page_links import check_page_links, left_out_links, link_levels, site_links

PAGE = "about/reading-guide.md"
FILES = {
    PAGE,
    "migration-and-transnationalism/index.md",
    "about/index.md",
    "about/glossary-guide.md",
    "index.md",
    "glossary.md",
    "migration-and-transnationalism/chances.md",
    "assets/logo.png",
}
MOVES = {
    "migration-and-transnationalism/opportunities.md": "migration-and-transnationalism/chances.md",
    "migration-and-transnationalism/agents.md": "migration-and-transnationalism/index.md",  # retired
}
DEFAULTS = link_levels(None)
EMAIL = f"{AMP_SUBSTITUTE}#109;{AMP_SUBSTITUTE}#101;"  # Markdown's `<me@x.org>`, its letters as entities
STRICT = link_levels({"absolute_links": "warn", "unrecognized_links": "warn"})


def lines(url: str, levels: dict[str, str] = DEFAULTS) -> list[str]:
    return [str(problem) for problem in check_page_links(PAGE, [url], FILES, MOVES, levels)]


@pytest.mark.parametrize(
    "url",
    [
        "glossary-guide.md",
        "glossary-guide.md#terms",
        "../glossary.md#diaspora",
        "./index.md",
        "../migration-and-transnationalism/chances.md#p3",
        "../assets/logo.png",
        "#how-to-read",
        "?view=print",
        "https://example.org/nope.md",
        "//example.org/nope.md",
        "mailto:editors@example.org",
        "glossary%2Dguide.md",
        "http://a:65535/",  # the highest port a browser reads
        "//example.org:0080/x y.md",  # a link from the page reads the page's scheme: a browser reads it
    ],
)
def test_a_link_to_a_file_of_the_site_or_outside_it_is_no_line(url: str) -> None:
    assert lines(url, STRICT) == []


@pytest.mark.parametrize(
    ("url", "line"),
    [
        (
            "nope.md",
            "docs/about/reading-guide.md: link: 'nope.md' leads to about/nope.md, which is not among the site's files"
            " (MkDocs warns, the strict build fails) (fix the link to name a file of docs/, or remove it)",
        ),
        (
            "glosary-guide.md#terms",
            "docs/about/reading-guide.md: link: 'glosary-guide.md#terms' leads to about/glosary-guide.md, which is not"
            " among the site's files (MkDocs warns, the strict build fails) (did you mean 'glossary-guide.md#terms'?)",
        ),
        (
            "../migration-and-transnationalism/opportunities.md#p3",
            "docs/about/reading-guide.md: link: '../migration-and-transnationalism/opportunities.md#p3' leads to"
            " migration-and-transnationalism/opportunities.md, which is not among the site's files (MkDocs warns,"
            " the strict build fails) (mkdocs.yml's redirect_maps moved the page to"
            " migration-and-transnationalism/chances.md: write '../migration-and-transnationalism/chances.md#p3')",
        ),
        (
            "../migration-and-transnationalism/agents.md#p2",
            "docs/about/reading-guide.md: link: '../migration-and-transnationalism/agents.md#p2' leads to"
            " migration-and-transnationalism/agents.md, which is not among the site's files (MkDocs warns,"
            " the strict build fails) (mkdocs.yml's redirect_maps retired the page onto"
            " migration-and-transnationalism/index.md: link the words elsewhere, or remove the link)",
        ),
        (
            "../../index.md",
            "docs/about/reading-guide.md: link: '../../index.md' leads to ../index.md, which is not among the site's"
            " files (MkDocs warns, the strict build fails) (did you mean '../index.md'?)",  # as from the page's address
        ),
    ],
)
def test_a_link_to_a_file_the_site_lacks_is_one_line_with_the_closest_file(url: str, line: str) -> None:
    assert lines(url) == [line]


def test_a_folder_or_an_absolute_link_is_a_line_only_where_validation_says_warn() -> None:
    assert lines("glossary-guide/") == lines("/about/") == []
    assert lines("glossary-guide/", STRICT) == [
        "docs/about/reading-guide.md: link: 'glossary-guide/' names no file: MkDocs links a page by its .md file"
        " (MkDocs warns, the strict build fails) (did you mean 'glossary-guide.md'?)"
    ]
    assert lines("/about/", STRICT) == [
        "docs/about/reading-guide.md: link: '/about/' is an absolute link (MkDocs warns, the strict build fails)"
        " (write the path from this page: did you mean 'index.md'?)"
    ]


@pytest.mark.parametrize(
    ("url", "hint"),
    [
        ("./#x", "did you mean '#x'?"),  # `.` is the page itself, not about/index.md: its `#id` alone is offered
        (".#x", "did you mean '#x'?"),
        ("./", "did you mean 'reading-guide.md'?"),
        (".", "did you mean 'reading-guide.md'?"),
        ("./?v=2", "did you mean 'reading-guide.md?v=2'?"),
        ("reading-guide#x", "did you mean '#x'?"),  # a guess that is the page itself, with an `#id`
        ("/about/reading-guide.md#x", "write the path from this page: did you mean '#x'?"),
        ("/./", "write the path from this page: did you mean '../index.md'?"),  # from docs/: not the page itself
    ],
)
def test_a_link_to_the_page_itself_is_offered_as_mkdocs_offers_it(url: str, hint: str) -> None:
    """MkDocs 1.6.1's "Did you mean" on a build of these links (`_possible_target_uris`, `path_to_url`)."""
    (problem,) = check_page_links(PAGE, [url], FILES, MOVES, STRICT)
    assert problem.hint == hint


@pytest.mark.parametrize(
    ("url", "hint"),
    [
        ("me@x.org", "did you mean 'mailto:me@x.org'?"),
        ("me@x.org?subject=Hi", "did you mean 'mailto:me@x.org?subject=Hi'?"),
        ("me@x.org#x", "did you mean 'mailto:me@x.org#x'?"),
        ("me@x.org/", "fix the link to name a file of docs/, or remove it"),  # a `/`: no address, as MkDocs reads it
        ("../x.org/me@y.md", "fix the link to name a file of docs/, or remove it"),
    ],
)
def test_a_link_reading_as_a_mail_address_is_offered_its_mailto_link(url: str, hint: str) -> None:
    """`[write](<me@x.org>)` links a file about/me@x.org: MkDocs' rule ('@' and '.' in it, no '/') and words."""
    (problem,) = check_page_links(PAGE, [url], FILES, MOVES, STRICT)
    assert problem.hint == hint


def test_a_mail_address_written_as_a_link_is_one_line_offering_its_mailto_link() -> None:
    assert lines("me@x.org") == [
        "docs/about/reading-guide.md: link: 'me@x.org' leads to about/me@x.org, which is not among the site's files"
        " (MkDocs warns, the strict build fails) (did you mean 'mailto:me@x.org'?)"
    ]


def test_levels_are_read_from_validation_links_or_its_short_form() -> None:
    assert DEFAULTS == {"not_found": "warn", "absolute_links": "info", "unrecognized_links": "info", "anchors": "info"}
    assert link_levels({"links": {"not_found": "info"}, "absolute_links": "warn", "anchors": "warn"}) == {
        "not_found": "info",
        "absolute_links": "warn",
        "unrecognized_links": "info",
        "anchors": "warn",
    }
    assert lines("nope.md", link_levels({"links": {"not_found": "info"}})) == []


def test_each_link_is_named_once_however_often_the_page_writes_it() -> None:
    assert len(check_page_links(PAGE, ["nope.md", "nope.md"], FILES, MOVES, DEFAULTS)) == 1


def test_the_links_checked_are_a_page_s_links_into_the_site_each_once() -> None:
    """What `make check`'s OK line counts: a file of the site or an `#id` is checked, an outside address is not."""
    urls = ["glossary-guide.md", "#terms", "glossary-guide.md", "?view=print", "?view=print#p1", "../assets/logo.png"]
    outside = ["https://example.org/nope.md", "//example.org/nope.md", "mailto:editors@example.org", "", EMAIL]
    assert site_links([*urls, *outside]) == ["glossary-guide.md", "#terms", "?view=print#p1", "../assets/logo.png"]


UNREADABLE = (
    " is no address: its host, after '//', cannot be read (the strict build fails)"
    " (write a whole address (https://…) or the path from this page to a file of docs/)"
)


@pytest.mark.parametrize("url", ["//[a", "http://[::1", "//[a]/x.md", "//exa\uff03mple.org/"])
def test_an_address_python_cannot_read_is_one_line_at_any_level(url: str) -> None:
    """`urlsplit` refuses it (MkDocs' `relpath` raised a traceback on it): one line, whatever the levels say."""
    line = f"docs/about/reading-guide.md: link: '{url}'{UNREADABLE}"
    assert lines(url) == lines(url, STRICT) == [line]
    assert lines(url, link_levels({"links": {"not_found": "info"}})) == [line]


def test_an_address_python_cannot_read_is_no_link_into_the_site() -> None:
    """`make check`'s OK line never counts one: its own line names it."""
    assert site_links(["//[a", "glossary-guide.md", "http://[::1#x"]) == ["glossary-guide.md"]


def port_line(url: str, port: str, fix: str) -> str:
    """The line on a link whose port is no number a browser takes, as a note body's says it (`unread_address`)."""
    return (
        f"docs/about/reading-guide.md: link: '{url}' is no address: its port, '{port}', is no number from 0 to 65535"
        f" (the strict build fails) (write {fix}, or the port's number)"
    )


def host_line(url: str, host: str, held: str = "a space") -> str:
    """The line on a link whose host holds a space (or `held`), as a note body's says it."""
    return (
        f"docs/about/reading-guide.md: link: '{url}' is no address: its host, '{host}', holds {held}"
        " (the strict build fails) (copy the whole address from the browser's address bar)"
    )


@pytest.mark.parametrize(
    ("url", "line"),
    [
        ("http://a:99999/", port_line("http://a:99999/", "99999", "http://a/")),
        ("https://a.org:65536/p#f", port_line("https://a.org:65536/p#f", "65536", "https://a.org/p#f")),
        ("//a:99999/x.md", port_line("//a:99999/x.md", "99999", "https://a/x.md")),  # read as the page's scheme
        ("https://a b.org/", host_line("https://a b.org/", "a b.org")),
        ("//a b/", host_line("//a b/", "a b")),
        ("/\\a b/", host_line("/\\a b/", "a b")),  # a browser reads a backslash as a slash on a web page
        # a character no terminal shows, named visibly: the line showed 'https://ab.org/', an address that looks fine
        (
            "https://a\u200eb.org/",
            "docs/about/reading-guide.md: link: 'https://a\\u200eb.org/' is no address: its host, 'a\\u200eb.org', cannot"
            " be read (the strict build fails) (write a whole address (https://…) or the path from this page to a file"
            " of docs/)",
        ),
        ("https://a\u00a0b.org/", host_line("https://a\\xa0b.org/", "a\\xa0b.org", "U+00A0 (no-break space)")),
        ("https://a\u200bb.org:99999/", port_line("https://a\\u200bb.org:99999/", "99999", "https://ab.org/")),
        (
            "http://1.2.3.4.5/",
            "docs/about/reading-guide.md: link: 'http://1.2.3.4.5/' is no address: its host, '1.2.3.4.5', cannot be"
            " read (the strict build fails) (write a whole address (https://…) or the path from this page to a file"
            " of docs/)",
        ),
    ],
)
def test_an_address_no_browser_reads_is_one_line_at_any_level_saying_why(url: str, line: str) -> None:
    """`urlsplit` reads it and MkDocs leaves it as is, but the published page would carry a dead link.

    The rule and the words are a note body's (`unread_address`): each address is asked of a browser's reading.
    """
    assert lines(url) == lines(url, STRICT) == lines(url, link_levels({"links": {"not_found": "info"}})) == [line]


def test_a_line_escapes_a_character_that_hides_in_the_link_and_the_file_it_names() -> None:
    """A zero-width space printed as is made the line look as if it offered the link itself."""
    assert [line.partition(" (")[0] for line in lines("glos\u200bsary.md") + lines("/glos\u200bsary.md", STRICT)] == [
        f"docs/{PAGE}: link: 'glos\\u200bsary.md' leads to about/glos\\u200bsary.md, which is not among the site's files",
        f"docs/{PAGE}: link: '/glos\\u200bsary.md' is an absolute link",
    ]
    (line,) = lines("glos\u200bsary", STRICT)
    assert line.startswith(f"docs/{PAGE}: link: 'glos\\u200bsary' names no file"), line


LEFT_OUT = {
    "drafts/notes.md": "draft",
    "private.md": "excluded",
    ".hidden/notes.txt": "excluded",
    "about/.notes.md": "excluded",
    "templates/a.html": "excluded",
}
SITE_AND_LEFT_OUT = FILES | set(LEFT_OUT)
FAILS_BUILD = "(the strict build fails)"


@pytest.mark.parametrize(
    ("url", "line"),
    [
        (
            "../drafts/notes.md#p1",
            f"docs/{PAGE}: link: '../drafts/notes.md#p1' leads to a draft, which 'mkdocs serve' shows and the built"
            f" site leaves out {FAILS_BUILD} (link to a page the site publishes, or publish the page: take it out of"
            " mkdocs.yml's draft_docs)",
        ),
        (
            "../private.md",
            f"docs/{PAGE}: link: '../private.md' leads to private.md, which mkdocs.yml's exclude_docs leaves out of the"
            f" site {FAILS_BUILD} (link to an address the site publishes, or take the file out of exclude_docs)",
        ),
        (
            "../.hidden/notes.txt",
            f"docs/{PAGE}: link: '../.hidden/notes.txt' leads to .hidden/notes.txt, which {MKDOCS_LEAVES_OUT}"
            f" {FAILS_BUILD} (rename '.hidden' without its leading dot, and link its new address)",
        ),
        (
            ".notes.md",
            f"docs/{PAGE}: link: '.notes.md' leads to about/.notes.md, which {MKDOCS_LEAVES_OUT} {FAILS_BUILD}"
            " (rename '.notes.md' without its leading dot, and link its new address)",
        ),
        (
            "../templates/a.html",
            f"docs/{PAGE}: link: '../templates/a.html' leads to templates/a.html, which {MKDOCS_LEAVES_OUT}"
            f" {FAILS_BUILD} (move it out of templates/, and link its new address)",
        ),
    ],
)
def test_a_link_to_a_file_the_built_site_leaves_out_is_its_raw_twin_s_line(url: str, line: str) -> None:
    """MkDocs only notes it (INFO: "excluded from the built site"), and the strict build passed a dead link.

    The line is the one a raw HTML link to the file gets (`raw_links.py`), as `left_out_links` gives the build.
    """
    assert [str(p) for p in check_page_links(PAGE, [url], SITE_AND_LEFT_OUT, MOVES, DEFAULTS, left_out=LEFT_OUT)] == [
        line
    ]
    assert [str(problem) for problem in left_out_links(PAGE, [url, url], LEFT_OUT, DEFAULTS)] == [line]


def test_a_link_to_a_left_out_file_is_no_line_where_validation_does_not_warn_of_one_to_no_file() -> None:
    """MkDocs' level for it is `not_found`'s, at most INFO: the edition's line follows `not_found`."""
    quiet = link_levels({"links": {"not_found": "info"}})
    assert check_page_links(PAGE, ["../private.md"], SITE_AND_LEFT_OUT, MOVES, quiet, left_out=LEFT_OUT) == []
    assert left_out_links(PAGE, ["../private.md"], LEFT_OUT, quiet) == []


def test_the_build_s_left_out_lines_leave_mkdocs_own_warnings_to_mkdocs() -> None:
    """A link to no file, absolute or to an outside address is MkDocs' line: the build adds none for it."""
    urls = ["nope.md", "/private.md", "https://example.org/private.md", "#p1", "//[a", "../private.md"]
    assert [problem.message.partition(" leads")[0] for problem in left_out_links(PAGE, urls, LEFT_OUT, STRICT)] == [
        "'../private.md'"
    ]


def test_with_absolute_links_relative_to_docs_an_absolute_link_to_a_left_out_file_is_named_so() -> None:
    """`/private.md` names docs/private.md then, which MkDocs resolves (and only notes) as a relative link."""
    levels = link_levels({"absolute_links": "relative_to_docs"})
    (line,) = left_out_links(PAGE, ["/private.md"], LEFT_OUT, levels)
    assert str(line).startswith(f"docs/{PAGE}: link: '/private.md' leads to private.md, which mkdocs.yml's"), line


@pytest.mark.parametrize("url", ["//[a\u202e", "http://[::1\x01", "//[a]\x7f/x.md", "https://\u2066[x"])
def test_a_link_urlsplit_refuses_holding_a_control_character_is_the_page_text_s_line_not_a_traceback(url: str) -> None:
    """`reads_no_address` leaves it to the check of the page's text (`control_lines`): make check raised on it."""
    assert lines(url) == lines(url, STRICT) == []
    assert left_out_links(PAGE, [url], LEFT_OUT, STRICT) == []


def test_with_absolute_links_relative_to_docs_a_link_names_the_file_mkdocs_resolves() -> None:
    """`/` is taken off before `..` is read, and `\\` is absolute too: make check passed `/../index.md` the build failed."""
    levels = link_levels({"absolute_links": "relative_to_docs"})
    fails = "(MkDocs warns, the strict build fails)"
    assert lines("/../index.md", levels) == [
        f"docs/{PAGE}: link: '/../index.md' leads to ../index.md, which is not among the site's files {fails}"
        " (fix the link to name a file of docs/, or remove it)"
    ]
    assert lines("\\nope", levels) == [  # at `not_found`'s level, not `unrecognized_links`' (info here)
        f"docs/{PAGE}: link: '\\nope' leads to about/\\nope, which is not among the site's files {fails}"
        " (fix the link to name a file of docs/, or remove it)"
    ]
    assert lines("/#x", levels) == [  # no page itself: the folder of docs/, as MkDocs names it
        f"docs/{PAGE}: link: '/#x' leads to ., which is not among the site's files {fails}"
        " (did you mean '../index.md#x'?)"
    ]
