"""The CSL rules citeproc-py 0.11 misses (hooks/core/citeproc_fixes.py): each fix, and what its absence printed.

The expected entries are the styles' own: APA 7 lists an edited work without an author under
its editors, "(Eds.)", and does not name them again; Chicago author-date 18 writes "Castles,
Stephen, and Raúl Delgado Wise, eds." and puts the period inside the quotation marks.
"""

from __future__ import annotations

import importlib.metadata

import frontmatter
import pytest
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter, model
from citeproc.source.json import CiteProcJSON
from citeproc.string import String
from edition_pages import DOCS

from hooks.core import citeproc_cache, citeproc_fixes
from hooks.core.citation_formats import export_item
from hooks.core.citation_styles import CSL_DIR, cite, clear_templates, html_to_text, load_style, reference

CHAPTER = "origin-governments-and-migrant-associations"
APA_CHAPTER = (
    "Castles, S., & Delgado Wise, R. (Eds.). (2008). Perspectives from governments of countries of origin and "
    "migrant associations. In Migration and development: Perspectives from the South (pp. 285–304). "
    "International Organization for Migration. https://example.org/c/"
)
CHICAGO_CHAPTER = (
    "Castles, Stephen, and Raúl Delgado Wise, eds. 2008. “Perspectives from Governments of Countries of Origin "
    "and Migrant Associations.” In Migration and Development: Perspectives from the South. International "
    "Organization for Migration. https://example.org/c/."
)


def chapter() -> dict:
    csl = frontmatter.load(DOCS / CHAPTER / "index.md")["bibliography"]
    return {**export_item(csl, CHAPTER, "https://example.org/c/"), "id": CHAPTER}


def entry(style: str, data: dict | None = None) -> str:
    return html_to_text(reference(style, data or chapter()))


def fresh_entry(style: str, data: dict) -> str:
    """An entry from a newly parsed style: running citeproc-py's own methods may change the tree it runs on."""
    parsed = CitationStylesStyle(str(CSL_DIR / f"{style}.csl"), validate=False)
    citeproc_cache.index_macros(parsed.root)
    bibliography = CitationStylesBibliography(parsed, CiteProcJSON([data]), formatter.plain)
    bibliography.register(Citation([CitationItem(data["id"])]))
    return str(bibliography.bibliography()[0])


def test_an_edited_chapter_without_author_is_listed_under_its_editors_once() -> None:
    assert entry("apa") == APA_CHAPTER
    assert entry("chicago-author-date") == CHICAGO_CHAPTER
    assert cite("apa", chapter(), 3) == "(Castles & Delgado Wise, 2008, para. 3)"
    assert cite("chicago-author-date", chapter(), 3) == "(Castles and Delgado Wise 2008, para. 3)"


@pytest.mark.parametrize(
    ("method", "owner", "attribute", "style", "wrong"),
    [
        # Chicago's editors stand in from inside a cs:choose: citeproc-py's default name options.
        ("names_process", model.Names, "process", "chicago-author-date", "S. Castles, R. Delgado Wise. 2008."),
        # ... and, not left out of the rest of the entry, the editors come again after "In".
        ("names_process", model.Names, "process", "apa", "In S. Castles & R. Delgado Wise"),
        ("name_option", model.Name, "get_option", "chicago-author-date", "Castles, S., and R. Delgado Wise, eds."),
        ("label_markup", model.Label, "markup", "apa", "R. (eds.). (2008)"),
    ],
)
def test_without_each_fix_the_entry_is_wrong(
    method: str, owner: type, attribute: str, style: str, wrong: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = chapter()
    assert wrong not in fresh_entry(style, data)
    monkeypatch.setattr(owner, attribute, citeproc_fixes.ORIGINAL[method])
    assert wrong in fresh_entry(style, data)


@pytest.mark.parametrize("style", ["apa", "chicago-author-date"])
def test_a_work_without_author_or_editor_is_listed_under_its_title_once(
    style: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The title stood in for the author and was printed again where the style writes a title."""
    load_style(style)  # installs the fixes
    data = {key: value for key, value in chapter().items() if key != "editor"}
    listed = fresh_entry(style, data).casefold()
    title = "perspectives from governments of countries of origin and migrant associations"
    assert listed.lstrip("“").startswith(title) and listed.count(title) == 1
    assert "in migration and development" in listed and "castles" not in listed
    monkeypatch.setattr(model.Substitute, "render", citeproc_fixes.ORIGINAL["substitute_render"])
    assert fresh_entry(style, data).casefold().count(title) == 2


def test_a_quoted_title_s_own_quotation_takes_single_marks_and_its_words_capitals(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    load_style("chicago-author-date")  # installs the fixes
    data = {**chapter(), "title": "Sending states and “homeland” ties (a review)"}
    assert "“Sending States and ‘Homeland’ Ties (A Review).”" in entry("chicago-author-date", data)
    with monkeypatch.context() as patched:
        patched.setattr(String, "capitalize_first", citeproc_fixes.ORIGINAL["capitalize_first"])
        assert "“Sending States and ‘homeland’ Ties (a Review)" in fresh_entry("chicago-author-date", data)
    monkeypatch.setattr(model.Quoted, "quote", citeproc_fixes.ORIGINAL["quote"])
    assert "“Sending States and “Homeland” Ties" in fresh_entry("chicago-author-date", data)


def test_punctuation_moves_inside_the_closing_quote_only_where_the_locale_says_so() -> None:
    american = load_style("chicago-author-date")
    assert citeproc_fixes.punctuation_in_quote(american, "“A Title”. In “B”, 3") == "“A Title.” In “B,” 3"
    assert citeproc_fixes.punctuation_in_quote(american, "the migrants’. Next") == "the migrants’. Next"
    british = CitationStylesStyle(str(CSL_DIR / "chicago-author-date.csl"), locale="en-GB", validate=False)
    assert citeproc_fixes.punctuation_in_quote(british, "“A Title”. In") == "“A Title”. In"


def test_names_with_their_own_name_element_keep_it_inside_a_substitute() -> None:
    root = load_style("apa").root
    inside = root.xpath_search("//cs:substitute//cs:names")
    own = [names for names in inside if names.name is not None]
    shorthand = [names for names in inside if names.name is None]
    assert own and shorthand
    assert all(citeproc_fixes.standing_in_for(names) is None for names in own)
    assert all(citeproc_fixes.standing_in_for(names).get("variable") == "composer" for names in shorthand[:3])


def test_an_edited_book_names_its_editor_in_full_in_chicago_and_once_in_apa() -> None:
    clear_templates()
    book = {
        "id": "b",
        "type": "book",
        "title": "A Book",
        "editor": [{"family": "Editor", "given": "Anna"}],
        "issued": {"date-parts": [[1999]]},
        "publisher": "P",
    }
    assert entry("chicago-author-date", book).startswith("Editor, Anna, ed. 1999. A Book. P.")
    apa = entry("apa", book)
    assert apa.startswith("Editor, A. (Ed.). (1999). A Book. P.")
    assert apa.count("Editor") == 1


def test_the_copied_method_is_of_the_pinned_citeproc_py() -> None:
    # names_process and substitute_render are citeproc-py 0.11.1's Names.process and Substitute.render
    # with the substitution rules added: on an upgrade, compare
    # it with the new version's (and check whether the new version fixed what citeproc_fixes fixes).
    assert importlib.metadata.version("citeproc-py") == "0.11.1"
