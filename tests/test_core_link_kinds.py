"""A page's link as MkDocs first reads it (`path_to_url`): the one step the link checks share."""

from __future__ import annotations

import pytest
from markdown.util import AMP_SUBSTITUTE

from hooks.core.link_kinds import LinkKind, read_link
from hooks.core.page_links import link_levels

PAGE = "about/reading-guide.md"
DEFAULTS = link_levels(None)
EMAIL = f"{AMP_SUBSTITUTE}#109;{AMP_SUBSTITUTE}#97;"  # Markdown's `<me@x.org>`, its letters as entities
FROM_DOCS = link_levels({"absolute_links": "relative_to_docs"})


@pytest.mark.parametrize(
    ("url", "levels", "kind", "path", "file"),
    [
        ("a.md", DEFAULTS, LinkKind.FILE, "a.md", "about/a.md"),
        ("../b.md#x", DEFAULTS, LinkKind.FILE, "../b.md", "b.md"),
        ("a%20b.md", DEFAULTS, LinkKind.FILE, "a b.md", "about/a b.md"),  # read unquoted, as MkDocs does
        ("../../c.md", DEFAULTS, LinkKind.FILE, "../../c.md", "../c.md"),  # above docs/: no file of the site
        ("#id", DEFAULTS, LinkKind.OWN_PAGE, "", None),
        ("?q=1", DEFAULTS, LinkKind.OWN_PAGE, "", None),
        ("https://x.org/a.md", DEFAULTS, LinkKind.OUTSIDE, "", None),
        ("//host/a", DEFAULTS, LinkKind.OUTSIDE, "", None),
        ("mailto:a@x.org", DEFAULTS, LinkKind.OUTSIDE, "", None),
        ("/a.md", DEFAULTS, LinkKind.AS_WRITTEN, "/a.md", None),  # MkDocs leaves it as written
        ("\\a.md", DEFAULTS, LinkKind.AS_WRITTEN, "\\a.md", None),
        # absolute before own page, as `path_to_url` reads it: `//` with no host is a path, `/` alone, and no path
        ("//#x", DEFAULTS, LinkKind.AS_WRITTEN, "", None),
        ("//?q=1", DEFAULTS, LinkKind.AS_WRITTEN, "", None),
        ("\\#x", DEFAULTS, LinkKind.AS_WRITTEN, "\\", None),
        (EMAIL, DEFAULTS, LinkKind.EMAIL, "", None),  # left as written, before its `#`s are read as an id
        ("//#x", FROM_DOCS, LinkKind.FILE, "", "about"),  # `_target_uri`: the page's folder, which is no file
        ("/#x", FROM_DOCS, LinkKind.FILE, "/", "."),
        ("/../a.md", FROM_DOCS, LinkKind.FILE, "/../a.md", "../a.md"),  # above docs/: `/` is taken off first
        ("/a.md", FROM_DOCS, LinkKind.FILE, "/a.md", "a.md"),  # `absolute_links: relative_to_docs`: docs/a.md
        ("/a%20b.md#x", FROM_DOCS, LinkKind.FILE, "/a b.md", "a b.md"),
        ("//[a", DEFAULTS, LinkKind.NO_ADDRESS, "", None),  # `urlsplit` refuses it: `unreadable_link`'s line
    ],
)
def test_a_link_is_read_as_outside_the_page_itself_absolute_as_written_or_a_file(
    url: str, levels: dict[str, str], kind: LinkKind, path: str, file: str | None
) -> None:
    link = read_link(PAGE, url, levels)
    assert (link.kind, link.path, link.file) == (kind, path, file)
    assert (link.parts is None) == (kind is LinkKind.NO_ADDRESS)


def test_a_link_keeps_its_parts_for_the_hint_that_rewrites_it() -> None:
    """The query and `#id` a hint writes back (`relative`) are the link's own."""
    parts = read_link(PAGE, "../b.md?v=2#x", DEFAULTS).parts
    assert parts is not None and (parts.path, parts.query, parts.fragment) == ("../b.md", "v=2", "x")
