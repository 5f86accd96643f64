"""A source's bibliography (CSL-JSON) exported as the files reference managers import: CSL-JSON, BibTeX, RIS."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from hooks.core.bibliography import family_part

BIBTEX_TYPES = {
    "report": "techreport",
    "chapter": "incollection",
    "book": "book",
    "article-journal": "article",
    "article-magazine": "article",
    "article-newspaper": "article",
    "paper-conference": "inproceedings",
    "thesis": "phdthesis",  # `mastersthesis` where the genre says so (`bibtex_type`)
}
RIS_TYPES = {
    "report": "RPRT",
    "chapter": "CHAP",
    "book": "BOOK",
    "article-journal": "JOUR",
    "article-magazine": "MGZN",
    "article-newspaper": "NEWS",
    "paper-conference": "CPAPER",
    "thesis": "THES",
    "webpage": "ELEC",
}
BIBTEX_SPECIAL = {
    "\\": r"\textbackslash{}",
    # BibTeX counts a brace even when escaped: a lone one ends the field early or runs on to the file's
    # end. The invisible \vphantom of its partner balances it (Zotero's BibTeX export writes braces so too).
    "{": r"\{\vphantom{\}}",
    "}": r"\vphantom{\{}\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
RE_BIBTEX_SPECIAL = re.compile("|".join(re.escape(char) for char in BIBTEX_SPECIAL))
RE_PAGE_RANGE = re.compile(r"\s*(\w+)\s*[-–—]+\s*(\w+)\s*\Z")


def export_item(csl: Mapping[str, Any], source_id: str, url: str) -> dict[str, Any]:
    """The CSL-JSON item of a source as exported: its front-matter fields, its id and its URL in the edition.

    A text variable written as a number (`container-title: 1843`, `volume: 32`: CSL-JSON allows
    either) is made text here, once, for every format and page that reads it.
    """
    item = {key: as_text(value) for key, value in csl.items() if key != "id"}
    return {"id": source_id, **item, "URL": url}


def as_text(value: Any) -> Any:
    """A number as text; names, dates and text as they are."""
    return str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value


def to_csl_json(item: Mapping[str, Any]) -> str:
    """A CSL-JSON file: an array holding the one item."""
    return json.dumps([item], ensure_ascii=False, indent=2) + "\n"


def name_text(name: Mapping[str, str]) -> str:
    """A CSL name as `van der Berg, Jan, Jr.` (RIS, Highwire, Dublin Core, COinS), or the literal (corporate) name.

    Particles stay with the name (a non-dropping one before the family name, a dropping one after
    the given name, as CSL sorts them), the suffix last.
    """
    if name.get("literal"):
        return name["literal"]
    family, given = family_part(name), " ".join(filter(None, (name.get("given"), name.get("dropping-particle"))))
    return ", ".join(filter(None, (family, given, name.get("suffix"))))


def bibtex_name(name: Mapping[str, str]) -> str:
    """One name in BibTeX's `von Last, Jr, First` form; a corporate name braced so BibTeX does not split it."""
    if name.get("literal"):
        return f"{{{bibtex_escape(name['literal'])}}}"
    given = " ".join(filter(None, (name.get("given"), name.get("dropping-particle"))))
    return bibtex_escape(", ".join(part for part in (family_part(name), name.get("suffix"), given) if part))


def date_parts(item: Mapping[str, Any]) -> list[int]:
    """The first date of the item's `issued` as [year, month, day] (as many as known)."""
    parts = (item.get("issued") or {}).get("date-parts") or [[]]
    return [int(part) for part in parts[0]]


def page_range(item: Mapping[str, Any]) -> tuple[str, str]:
    """First and last page of a CSL `page` field (`285-304`); a single page is both."""
    page = str(item.get("page", "")).strip()
    if match := RE_PAGE_RANGE.match(page):
        return match.group(1), match.group(2)
    return page, page


def keywords(item: Mapping[str, Any]) -> list[str]:
    """CSL `keyword` (one string, `;`-separated) as a list."""
    return [word.strip() for word in str(item.get("keyword", "")).split(";") if word.strip()]


def bibtex_escape(text: str) -> str:
    """Escape LaTeX's special characters; Unicode stays (biber and bibtexparser read UTF-8)."""
    return RE_BIBTEX_SPECIAL.sub(lambda match: BIBTEX_SPECIAL[match.group(0)], text)


def bibtex_names(names: list[Mapping[str, str]]) -> str:
    """Names joined by `and`."""
    return " and ".join(bibtex_name(name) for name in names)


def bibtex_fields(item: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The BibTeX fields of a CSL item, in the order reference managers show them."""
    fields: list[tuple[str, str]] = []
    names = {"author": "author", "editor": "editor"}
    for csl_field, bib_field in names.items():
        if item.get(csl_field):
            fields.append((bib_field, bibtex_names(item[csl_field])))
    fields.append(("title", "{" + bibtex_escape(item["title"]) + "}"))
    kind = item.get("type")
    if item.get("container-title"):
        fields.append(("booktitle" if kind == "chapter" else "journal", bibtex_escape(item["container-title"])))
    if item.get("collection-title"):
        fields.append(("series", bibtex_escape(item["collection-title"])))
    if item.get("genre"):
        fields.append(("type", bibtex_escape(item["genre"])))
    if item.get("publisher"):
        fields.append(("institution" if kind == "report" else "publisher", bibtex_escape(item["publisher"])))
    if item.get("publisher-place"):
        fields.append(("address", bibtex_escape(item["publisher-place"])))
    issued = date_parts(item)
    if issued:
        fields.append(("year", str(issued[0])))
    if item.get("page"):
        first, last = page_range(item)
        fields.append(("pages", f"{first}--{last}" if first != last else first))
    number = "number" if kind == "report" else "issue"  # a report's number; a journal's issue
    for csl_field, bib_field in (("volume", "volume"), (number, "number"), ("ISBN", "isbn"), ("ISSN", "issn")):
        if item.get(csl_field):
            fields.append((bib_field, bibtex_escape(str(item[csl_field]))))
    for csl_field, bib_field in (("DOI", "doi"), ("URL", "url")):  # verbatim fields: biblatex reads no LaTeX there
        if item.get(csl_field):
            fields.append((bib_field, str(item[csl_field])))
    if item.get("language"):
        fields.append(("language", bibtex_escape(str(item["language"]))))
    if keywords(item):
        fields.append(("keywords", bibtex_escape(", ".join(keywords(item)))))
    return fields + bibtex_notes(item)


def bibtex_notes(item: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The record's `abstract` and `note` on one line each, in fields reference managers import and no style prints.

    `abstract` is Zotero's abstract (and biblatex's field of that name). The `note` is written as `annote`,
    not BibTeX's `note`: plain.bst and biblatex's standard styles print `note` at the end of the reference,
    which the edition's own citations (APA, Chicago) leave out, while `annote` is what Zotero's BibTeX
    import reads as the item's note (as it does `note`, and as its export writes notes), what JabRef shows,
    and what only annotated-bibliography styles print: the RIS file's N1 in BibTeX's words.
    """
    return [
        (name, bibtex_escape(" ".join(str(item[field]).split())))
        for field, name in (("abstract", "abstract"), ("note", "annote"))
        if item.get(field)
    ]


def to_bibtex(item: Mapping[str, Any]) -> str:
    """One BibTeX entry, keyed by the source id."""
    entry_type = BIBTEX_TYPES.get(item.get("type", ""), "misc")
    if entry_type == "phdthesis" and "master" in str(item.get("genre", "")).casefold():
        entry_type = "mastersthesis"
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in bibtex_fields(item))
    return f"@{entry_type}{{{item['id']},\n{body}\n}}\n"


def ris_lines(item: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The RIS tags of a CSL item (the RIS type first, as the format requires); each value on one line."""
    lines = _ris_lines(item)
    return [(tag, " ".join(value.split())) for tag, value in lines]


def _ris_lines(item: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The RIS tags of a CSL item, values as written.

    The record's `note` is RIS's N1 (Notes), which Zotero, EndNote and Mendeley import as the item's
    note, as they export it (a markup-free one as written; Zotero reads one holding a tag as its note's HTML).
    Its `abstract` is AB, the abstract to Zotero's RIS import, EndNote and Mendeley.
    """
    kind = item.get("type", "")
    lines = [("TY", RIS_TYPES.get(kind, "GEN")), ("TI", item["title"])]
    lines += [("AU", name_text(name)) for name in item.get("author", [])]
    lines += [("A2" if kind == "chapter" else "ED", name_text(name)) for name in item.get("editor", [])]
    # A report's series is its secondary title (T2), as Zotero and EndNote read it; elsewhere the tertiary one.
    series = "T2" if kind == "report" and not item.get("container-title") else "T3"
    optional = (("container-title", "T2"), ("collection-title", series), ("genre", "M3"), ("publisher", "PB"))
    lines += [(tag, str(item[field])) for field, tag in optional if item.get(field)]
    if item.get("publisher-place"):
        lines.append(("CY", item["publisher-place"]))
    issued = date_parts(item)
    if issued:
        lines.append(("PY", str(issued[0])))
        date = "/".join([f"{issued[0]:04d}", *(f"{part:02d}" for part in issued[1:])])
        lines.append(("DA", date + "/" * (4 - len(issued))))  # YYYY/MM/DD/other: every slash written
    if item.get("page"):
        first, last = page_range(item)
        lines += [("SP", first), ("EP", last)]
    numbered = kind == "report" and bool(item.get("number"))  # a report's number is its SN, as Zotero reads it
    number = ("number", "SN") if kind == "report" else ("issue", "IS")
    for field, tag in (("volume", "VL"), number, ("ISBN", "SN"), ("ISSN", "SN")):
        if not item.get(field):
            continue
        if numbered and field in ("ISBN", "ISSN"):  # most readers keep one SN: the ISBN goes to a note
            lines.append(("N1", f"{field} {item[field]}"))
        else:
            lines.append((tag, str(item[field])))
    for field, tag in (("DOI", "DO"), ("URL", "UR"), ("language", "LA"), ("abstract", "AB"), ("note", "N1")):
        if item.get(field):
            lines.append((tag, str(item[field])))
    lines += [("KW", word) for word in keywords(item)]
    return lines


def to_ris(item: Mapping[str, Any]) -> str:
    """One RIS record (`TAG  - value` lines, ending with `ER  - `)."""
    return "".join(f"{tag}  - {value}\n" for tag, value in [*ris_lines(item), ("ER", "")])
