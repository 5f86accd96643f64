"""The citeproc memos (hooks/core/citeproc_cache.py) answer exactly as citeproc-py's unpatched methods do."""

from __future__ import annotations

import pytest
from citation_helpers import CHAPTER, REPORT, item, styled_paragraphs
from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter, model
from citeproc.source import VariableError
from citeproc.source.json import CiteProcJSON

from hooks.core import citeproc_cache
from hooks.core.citation_styles import STYLES, citeproc_item, clear_templates, load_style, page_citations


def original_answer(method: str, *args: object, **kwargs: object) -> object:
    """What citeproc-py's own lookup returns (None for its IndexError)."""
    try:
        return citeproc_cache.ORIGINAL[method](*args, **kwargs)
    except IndexError:
        return None


@pytest.mark.parametrize("style", [style for style, _ in STYLES])
def test_citeproc_cache_answers_exactly_as_citeproc_does(style: str) -> None:
    root = load_style(style).root
    for element in root.iter():
        if isinstance(element, model.Parent) and not type(element).__dict__.get("calls_variable"):
            assert element.calls_variable() is original_answer("parent_calls_variable", element)
        if isinstance(element, model.Text):
            assert element.calls_variable() is original_answer("text_calls_variable", element)
            if element.get("macro"):
                assert element.get_macro(element.get("macro")) is original_answer(
                    "get_macro", element, element.get("macro")
                )
        layout = original_answer("get_layout", element) if isinstance(element, model.CitationStylesElement) else None
        if layout is not None:
            assert element.get_layout() is layout
    for locale in root.locales:
        for method, argument in [
            *(("get_date", form) for form in ("text", "numeric", "none")),
            *(("get_option", name) for name in model.Locale._default_options),
        ]:
            expected = original_answer(method, locale, argument)
            if expected is None:
                with pytest.raises(IndexError):
                    getattr(locale, method)(argument)
            else:
                assert getattr(locale, method)(argument) == expected
    terms = [(locale, term) for locale in root.locales for term in locale.terms.iterchildren()]
    assert terms
    for locale, term in terms:
        for form in (term.get("form"), "no-such-form"):
            expected = original_answer("get_term", locale, term.get("name"), form)
            if expected is None:
                with pytest.raises(IndexError):
                    locale.get_term(term.get("name"), form)
            else:
                assert locale.get_term(term.get("name"), form) is expected


XPATHS = (
    "./ancestor::*[self::cs:citation or self::cs:bibliography][1]",
    "./ancestor::*[self::cs:bibliography]",
    "./ancestor::cs:locale[1]",
    "./cs:substitute[1]",
    './cs:date-part[@name="year"]',
    "./following-sibling::cs:et-al[1]",
    "./parent::cs:names[1]",
)


@pytest.mark.parametrize("style", [style for style, _ in STYLES])
def test_citeproc_xpath_memo_finds_the_same_elements_and_hands_out_copies(style: str) -> None:
    root = load_style(style).root
    elements = [e for e in root.iter() if isinstance(e, model.CitationStylesElement)]
    elements += [e for locale in root.locales for e in locale.iter() if isinstance(e, model.CitationStylesElement)]
    found = 0
    for element in elements:
        for expression in XPATHS:
            expected = citeproc_cache.ORIGINAL["xpath_search"](element, expression)
            for _ in range(2):  # the first answer is computed, the second comes from the memo
                answer = element.xpath_search(expression)
                assert len(answer) == len(expected)
                assert all(a is b for a, b in zip(answer, expected, strict=True))
            found += len(expected)
            answer.append(None)  # a caller changing the list does not change the memo
            assert len(element.xpath_search(expression)) == len(expected)
    assert found


def test_cited_item_lookup_is_citeprocs() -> None:
    data = citeproc_item(item(REPORT), "https://example.org/a/")
    cited = CitationItem(data["id"])
    with pytest.raises(VariableError):
        _ = cited.reference
    bibliography = CitationStylesBibliography(load_style("apa"), CiteProcJSON([data]), formatter.plain)
    bibliography.register(Citation([cited]))
    assert cited.reference is citeproc_cache.ORIGINAL["citation_item_reference"].fget(cited)
    assert cited.reference is bibliography.source[data["id"]]


@pytest.mark.parametrize("style", [style for style, _ in STYLES])
def test_citeproc_sort_of_several_cites_is_citeprocs(style: str, monkeypatch: pytest.MonkeyPatch) -> None:
    items = [citeproc_item(item(source), "https://example.org/") for source in (REPORT, CHAPTER)]

    def cited() -> str:
        bibliography = CitationStylesBibliography(load_style(style), CiteProcJSON(items), formatter.plain)
        citation = Citation([CitationItem(data["id"]) for data in items])
        bibliography.register(citation)
        return str(bibliography.cite(citation, lambda _item: None))

    cached = cited()
    monkeypatch.setattr(model.Sort, "sort", citeproc_cache.ORIGINAL["sort"])
    assert cited() == cached


# Items that take other branches of the styles than the edition's two sources: other types, no
# date, et al., editors, volume and issue, a DOI, an access date, a title that ends with "?".
OTHER_ITEMS = [
    {
        "id": "b",
        "type": "book",
        "title": "A book?",
        "editor": [{"family": "Ed", "given": "A."}],
        "edition": "2",
        "issued": {"date-parts": [[1999, 4]]},
        "publisher": "P",
        "publisher-place": "Geneva",
    },
    {
        "id": "j",
        "type": "article-journal",
        "title": "An article",
        "author": [{"family": f"Author{n}", "given": "B."} for n in range(4)],
        "container-title": "Journal",
        "volume": "12",
        "issue": "3",
        "page": "45-67",
        "DOI": "10.1000/xyz",
        "issued": {"date-parts": [[2020, 1, 2]]},
    },
    {
        "id": "w",
        "type": "webpage",
        "title": "A page",
        "author": [{"literal": "An Office"}],
        "accessed": {"date-parts": [[2024, 5, 6]]},
    },
    {
        "id": "t",
        "type": "thesis",
        "title": "A thesis",
        "author": [{"family": "Student", "given": "C."}, {"family": "Other", "given": "D."}],
        "genre": "PhD thesis",
        "publisher": "University",
    },
]


@pytest.mark.parametrize("data", [REPORT, CHAPTER, *OTHER_ITEMS], ids=lambda d: d if isinstance(d, str) else d["type"])
def test_citations_with_the_citeproc_cache_equal_citeproc_alone(
    data: str | dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    def formatted() -> list:
        clear_templates()
        source = item(data) if isinstance(data, str) else {**data, "URL": "https://example.org/o/"}
        url = "https://example.org/a/"
        return [
            (citations, styled_paragraphs(citations.style, source, url, [3, 12], section))
            for section in ("Annex section", None)
            for citations in page_citations(source, url, section)
        ]

    cached = formatted()
    originals = list(citeproc_cache.ORIGINAL.values())
    patched = citeproc_cache.patches()
    assert len(patched) == len(originals)
    for (owner, attribute, _), original in zip(patched, originals, strict=True):
        monkeypatch.setattr(owner, attribute, original)
    assert formatted() == cached
