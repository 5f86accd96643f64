"""`/glossary.json`: every term with its definitions and every use, for machines and the page's *Show all*.

The glossary page (`glossary_page.py`) lists the first uses of each term; the export holds all of
them, as absolute URLs, so `docs/assets/glossary.js` can fill a list cut short and a reader's
tool can follow them from anywhere.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping

from hooks.core.glossary import Glossary, GlossaryTerm
from hooks.core.glossary_page import GLOSSARY_PAGE, sorted_terms
from hooks.core.glossary_used_in import PageUse
from hooks.core.site_addresses import page_address


def export_address(site_url: str | None, src_uri: str, url: str | None) -> str:
    """A page's absolute address in `/glossary.json`: its URL's, or its file's path's when the build has no page of it.

    The export names pages by their files in docs/ (uses, definitions): one with no built page
    still gets an address, rather than stopping the export with a traceback.
    """
    return page_address(site_url, url if url is not None else src_uri)


def glossary_json(
    glossary: Glossary,
    uses: Mapping[str, tuple[PageUse, ...]],
    url_of: Callable[[str], str],
    titles: Mapping[str, str] | None = None,
) -> str:
    """`/glossary.json`: every term with its definitions and every use, as absolute URLs (`url_of(src path)`).

    Compact, and encoded one term at a time: the records of a large edition's tens of thousands
    of uses are never all alive at once, which would cost the garbage collector a full pass.
    """
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    titles = titles or {}
    terms = ",".join(encode(term_data(term, uses.get(term.id, ()), url_of, titles)) for term in sorted_terms(glossary))
    return f'{{"terms":[{terms}]}}\n'


def term_data(
    term: GlossaryTerm, uses: tuple[PageUse, ...], url_of: Callable[[str], str], titles: Mapping[str, str]
) -> dict[str, object]:
    """One term in `/glossary.json`: its entry's URL, aliases, definitions, see also and uses."""
    definitions = [
        {"anchor": d.anchor, "url": f"{url_of(d.page)}#{d.paragraph}", "text": d.text, "attribution": d.attribution}
        for d in term.definitions
    ]
    return {
        "id": term.id,
        "term": term.term,
        "url": f"{url_of(GLOSSARY_PAGE)}#{term.id}",
        "aliases": list(term.aliases),
        "definitions": definitions,
        "see_also": list(term.see_also),
        "uses": [use_data(use, url_of(use.page), titles.get(use.page, use.page)) for use in uses],
    }


def use_data(use: PageUse, url: str, title: str) -> dict[str, object]:
    """One page's uses in `/glossary.json`: the page (source path, title, URL) and its paragraphs."""
    paragraphs = [{"id": pid, "url": f"{url}#{pid}"} for pid in use.paragraphs]
    return {"page": use.page, "title": title, "url": url, "paragraphs": paragraphs}
