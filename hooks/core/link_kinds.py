"""A page's link as MkDocs first reads it (`path_to_url` in `mkdocs/structure/pages.py`), before it looks for a file.

The one step every check of a page's Markdown links shares (`page_links.py`'s files, `link_anchors.py`'s `#id`s):
an outside address, an e-mail address Markdown wrote (`<me@x.org>`, its letters as entities) and a link to the
page itself are passed over, an absolute link is left as written (unless `absolute_links: relative_to_docs`), and
the rest names a file of docs/ from the page's file. The rule is here alone: `hooks/mdx/page_links.py` hands on
every link. The tests go in `path_to_url`'s order: `//#x` (no host, no path) is an absolute link there, not the
page itself.
"""

from __future__ import annotations

import posixpath
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from urllib.parse import SplitResult, unquote

from markdown.util import AMP_SUBSTITUTE

from hooks.core.site_addresses import split_url

# `validation: (nav:) absolute_links: relative_to_docs`: a link or nav entry `/a.md` names docs/a.md
RELATIVE_TO_DOCS = "relative_to_docs"


class LinkKind(Enum):
    """What a link is to MkDocs: only a `FILE` one leads to a file of docs/ it checks."""

    NO_ADDRESS = "no address"  # `urlsplit` refuses it (`//[a`): `unreadable_link`'s line, or the page text's
    OUTSIDE = "outside"  # a scheme or a host: another site's, left as written
    OWN_PAGE = "own page"  # no path (`#id`, `?q=1`): the page itself
    AS_WRITTEN = "absolute as written"  # `/a.md`, `//#x`: from the host's root, left as written
    EMAIL = "e-mail"  # Markdown's `<me@x.org>`, its letters as entities (`AMP_SUBSTITUTE`): left as written
    FILE = "file"  # a path to a file of docs/, from the page's file


@dataclass(frozen=True)
class ReadLink:
    """A link as read: its kind, its parts (None: no address), its path unquoted, and for a `FILE` its file."""

    kind: LinkKind
    parts: SplitResult | None = None
    path: str = ""
    file: str | None = None


def read_link(page: str, url: str, levels: Mapping[str, str]) -> ReadLink:
    """What a link of `page` (its path in docs/) is, at `levels` (`link_levels`): the rule in one place."""
    if (parts := split_url(url)) is None:
        return ReadLink(LinkKind.NO_ADDRESS)
    if parts.scheme or parts.netloc:
        return ReadLink(LinkKind.OUTSIDE, parts)
    path = unquote(parts.path)
    if url.startswith(("/", "\\")):  # before the page itself: `//#x` has no path, and is absolute
        if levels["absolute_links"] != RELATIVE_TO_DOCS:
            return ReadLink(LinkKind.AS_WRITTEN, parts, path)
    elif AMP_SUBSTITUTE in url:
        return ReadLink(LinkKind.EMAIL, parts)
    elif not path:
        return ReadLink(LinkKind.OWN_PAGE, parts)
    return ReadLink(LinkKind.FILE, parts, path, target_file(page, path))


def target_file(page: str, path: str) -> str:
    """The file of docs/ a link names, as MkDocs resolves it from the page's file (`_target_uri`).

    `/` is taken off before `..` is resolved, as there: `/../a.md` names ../a.md, above docs/, not docs/a.md.
    """
    return posixpath.normpath(posixpath.join(posixpath.dirname(page), path).lstrip("/"))
