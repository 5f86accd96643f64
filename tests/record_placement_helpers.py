"""What the tests of a record's placement share: the marker line, and the line on a folder's `index.md`
that names no source."""

from __future__ import annotations

MARKER = "<!-- edition:bibliography -->"


def not_read_here(folder: str, *, unknown: bool = False, page_fields: str = "") -> str:
    """The line on a folder's index.md that names no source: it may be the landing page that forgot its `source:`.

    `page_fields`: a source's page's fields the page lacks beside it (`, and add `order` and `tags``), named with it.
    """
    what, shown, removed = ("it and its `unknown`", "them", "both") if unknown else ("it", "it", "it")
    return (
        "is read from a source's landing page only: no citation or download uses it here (name its folder as its"
        f" source, `source: {folder}`{page_fields}, if this is a source's landing page; else move {what} to"
        " docs/<source>/index.md,"
        f" the page with `source: <source>`, where the line `{MARKER}` shows {shown}, or remove {removed};"
        " see docs/about/source-records.md#placement)"
    )
