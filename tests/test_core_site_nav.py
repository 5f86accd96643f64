"""mkdocs.yml's nav against the pages, as MkDocs compares them: the lines `make check` prints for its warnings."""

from __future__ import annotations

import pytest

from hooks.core.site_nav import NavEntry, check_nav, nav_config, nav_entries, nav_level, nav_shape_problem

WARN = {"omitted_files": "warn", "not_found": "warn", "absolute_links": "warn"}
NAV = [
    {"Home": "index.md"},
    {"About": ["about/index.md", {"Citing": "about/citing.md"}]},
    {"Across": [{"Glossary": "glossary.md"}]},
]
FILES = {"index.md", "about/index.md", "about/citing.md", "glossary.md", "assets/edition.css"}


def lines(nav: object, files: set[str], pages: set[str], generated: frozenset[str] = frozenset()) -> list[str]:
    return [str(problem) for problem in check_nav(nav_entries(nav), files, pages, WARN, generated)]


def test_nav_entries_are_every_path_with_the_sections_it_is_in() -> None:
    assert nav_entries(NAV) == [
        NavEntry((), "index.md"),
        NavEntry(("About",), "about/index.md"),
        NavEntry(("About",), "about/citing.md"),
        NavEntry(("Across",), "glossary.md"),
    ]


def test_a_page_left_out_of_the_nav_is_named_with_the_section_of_its_folder() -> None:
    assert lines(NAV, FILES | {"about/new.md"}, FILES - {"assets/edition.css"} | {"about/new.md"}) == [
        "docs/about/new.md: is not in mkdocs.yml's nav: (MkDocs warns, the strict build fails) (add `- about/new.md`"
        " to `nav` in mkdocs.yml under `About`, or list it in `not_in_nav` if no menu should show it)"
    ]


@pytest.mark.parametrize(
    ("page", "entry"),
    [("about/notes.markdown", "about/notes.md"), ("about/my notes.md", "about/my-notes.md")],
)
def test_a_page_left_out_under_a_name_to_change_is_offered_under_its_new_name(page: str, entry: str) -> None:
    """Beside the line asking to rename `notes.markdown` to `notes.md`, this one offered `- about/notes.markdown`:
    done as said, the nav named a file no longer there."""
    assert lines(NAV, FILES | {page}, FILES - {"assets/edition.css"} | {page}) == [
        f"docs/{page}: is not in mkdocs.yml's nav: (MkDocs warns, the strict build fails) (add `- {entry}`"
        " to `nav` in mkdocs.yml under `About` once the file is renamed, or list it in `not_in_nav` if no menu"
        " should show it)"
    ]


def test_a_generated_page_left_out_names_mkdocs_yml_not_a_file_in_docs() -> None:
    nav = NAV[:2]
    assert lines(nav, FILES, FILES - {"assets/edition.css"}, frozenset({"glossary.md"})) == [
        "mkdocs.yml: nav: 'glossary.md', a page the hooks generate, is in no entry"
        " (add `- glossary.md` to `nav` in mkdocs.yml where it belongs)"
    ]


def test_an_entry_naming_no_file_is_named_with_its_section_and_the_page_it_likely_means() -> None:
    """A misspelt entry leaves its page out too: MkDocs warns of both, and so does make check."""
    pages = {"index.md", "about/index.md", "about/citing.md", "glossary.md"}
    nav = [*NAV[:1], {"About": ["about/index.md", "about/citng.md", "about/gone.md"]}, NAV[2]]
    assert lines(nav, FILES, pages)[1:] == [
        "mkdocs.yml: nav > About: 'about/citng.md' names no file in docs/ (did you mean 'about/citing.md'?)",
        "mkdocs.yml: nav > About: 'about/gone.md' names no file in docs/ (remove the entry, or restore the page it names)",
    ]


def test_external_links_generated_files_and_dot_paths_are_found_and_absolute_paths_are_not() -> None:
    nav = [*NAV, "https://example.org/", "./about/citing.md", "/about/index.md"]
    assert lines(nav, FILES, FILES - {"assets/edition.css"}) == [
        "mkdocs.yml: nav: '/about/index.md' is an absolute path, no page of docs/"
        " (write it without the leading '/': `about/index.md`)"
    ]


def test_levels_other_than_warn_fail_no_build_and_print_nothing() -> None:
    levels = {"omitted_files": "info", "not_found": "ignore", "absolute_links": "info"}
    assert check_nav(nav_entries(["missing.md"]), FILES, {"index.md"}, levels, frozenset()) == []


@pytest.mark.parametrize(
    ("validation", "level"),
    [
        (None, "info"),
        ({"omitted_files": "warn"}, "warn"),
        ({"omitted_files": "warn", "nav": {"omitted_files": "ignore"}}, "ignore"),
    ],
)
def test_the_levels_are_mkdocs_defaults_then_validation_then_validation_nav(validation: object, level: str) -> None:
    assert nav_level(validation, "omitted_files") == level


def test_without_a_nav_mkdocs_lists_every_page_and_nothing_is_checked() -> None:
    assert nav_config({"validation": {"omitted_files": "warn"}}) == ([], {})


@pytest.mark.parametrize(
    ("nav", "message"),
    [
        ("index.md", "a section or the nav is 'index.md', not a list of entries"),
        ([{"A": "a.md", "B": "b.md"}], "one entry holds 2 titles (A, B)"),
        ([3], "an entry is 3, not a page or a section"),
        ([{"Section": None}], "a section or the nav is null, not a list of entries"),
    ],
)
def test_a_nav_mkdocs_refuses_is_one_line(nav: object, message: str) -> None:
    problem = nav_shape_problem(nav)
    assert problem is not None and problem.path == "mkdocs.yml" and problem.message == message
    assert nav_shape_problem(NAV) is None


def test_with_absolute_links_relative_to_docs_an_absolute_entry_names_a_page_of_docs() -> None:
    """MkDocs 1.6 looks `/about/citing.md` up as `about/citing.md` then: the page is in the nav, and an
    absolute entry naming no page is its `not_found` warning (a strict build stops on it)."""
    levels = {**WARN, "absolute_links": "relative_to_docs"}
    pages = FILES - {"assets/edition.css"}
    nav = [{"Home": "index.md"}, {"About": ["/about/index.md", "about/citing.md", "/about/gone.md"]}, "glossary.md"]
    assert [str(problem) for problem in check_nav(nav_entries(nav), FILES, pages, levels, frozenset())] == [
        "mkdocs.yml: nav > About: '/about/gone.md' names no file in docs/ (remove the entry, or restore the page it names)"
    ]
