"""Which CSL-JSON fields hold dates, names and an editor's words: one vocabulary for every reader of a record.

The record shown (`bibliography.py`), its checks (`bibliography_checks.py`, `record_guide.py`) and
the front matter's reading (`page_front_matter.py`: the words a ' #' may cut) each ask these lists.
"""

from __future__ import annotations

DATE_FIELDS = ("accessed", "available-date", "event-date", "issued", "original-date", "submitted")
NAME_FIELDS = ("author", "container-author", "editor", "translator", "collection-editor", "original-author")

# The record's words an editor types or copies (`yaml_comments`' rule), which a ' #' may cut: every text CSL
# shows as written, its number-like ones too, where a '#' is the number sign (`number: Working Paper #13`).
# Not `id`, `type`, `DOI`, `URL`, `language`, the dates' parts, nor an identifier or count of a fixed form
# (`WORDLESS_FIELDS`): no '#' is ever part of one, so a ' #' after one can only be a comment.
WORD_FIELDS = (
    *("title", "title-short", "container-title", "container-title-short", "collection-title", "collection-number"),
    *("volume-title", "volume-title-short", "part-title", "original-title", "reviewed-title", "reviewed-genre"),
    *("publisher", "publisher-place", "original-publisher", "original-publisher-place", "event", "event-title"),
    *("event-place", "archive", "archive_collection", "archive_location", "archive-place", "authority"),
    *("jurisdiction", "division", "genre", "medium", "dimensions", "scale", "edition", "version", "status"),
    *("number", "volume", "issue", "chapter-number", "part", "section", "supplement", "printing", "page"),
    *("locator", "keyword", "license", "source", "note", "annote", "abstract", "references"),
)
WORDLESS_FIELDS = frozenset(
    ("ISBN", "ISSN", "PMCID", "PMID", "call-number", "citation-key", "citation-label", "citation-number")
    + ("first-reference-note-number", "number-of-pages", "number-of-volumes", "page-first", "year-suffix")
)
# Every CSL name variable (the schema's `names`), and the parts of a name, all words.
NAME_VARIABLES = (
    *("author", "chair", "collection-editor", "compiler", "composer", "container-author", "contributor"),
    *("curator", "director", "editor", "editorial-director", "editor-translator", "executive-producer", "guest"),
    *("host", "illustrator", "interviewer", "narrator", "organizer", "original-author", "performer", "producer"),
    *("recipient", "reviewed-author", "script-writer", "series-creator", "translator"),
)
NAME_PARTS = ("family", "given", "literal", "suffix", "dropping-particle", "non-dropping-particle")
