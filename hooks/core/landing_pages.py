"""Which page is a source's landing page: the one page whose front matter its record is read from.

The build's record and citations, the placement checks and the lost-ids summary all ask it of a
page's path (and its `source:`), before any other page is read.
"""

from __future__ import annotations


def index_folder(page: str) -> str | None:
    """The top folder whose `index.md` this is (`<folder>/index.md`, in docs/), None for any other page.

    Only such a page can be a landing page: the one test for which pages' front matter is read for a record.
    """
    folder, _, name = page.partition("/")
    return folder if folder and name == "index.md" else None


def landing_source(page: str, source: object) -> str | None:
    """The source whose landing page this is: a folder's `index.md` naming that folder as its `source`; else None.

    A source's bibliography is read from its landing page's front matter only. Deeper `index.md`
    files are sections of their source, and a folder's index naming no source (`about/index.md`) is
    no source's. `source` is the page's own: every source page names it (`check_source_page`), and
    it is known while the page renders, before any other page has been read.
    """
    folder = index_folder(page)
    return folder if folder is not None and source == folder else None
