"""A target's page written as an address, a bare file name or a moved page: the docs path to write instead."""

from __future__ import annotations

import json

import pytest
from annotation_helpers import GOOD, PATH, SCHEMA, TODAY, annotation

from hooks.core.annotation_checks import page_refused, parse_annotation
from hooks.core.glossary import Definition, Glossary, GlossaryTerm
from hooks.core.glossary_definitions import resolve_definitions
from hooks.core.page_hints import page_hint
from hooks.core.problems import Problem
from hooks.core.quotes import check_page

SITE_PAGES = {"index.md", "migration-and-transnationalism/index.md", "migration-and-transnationalism/challenges.md"}


@pytest.mark.parametrize(
    ("page", "hint"),
    [
        # Copied from the site or a local preview: the page it leads to, not an example to work from.
        (
            "migration-and-transnationalism/challenges/",
            "write the page's path inside docs/: migration-and-transnationalism/challenges.md",
        ),
        (
            "http://127.0.0.1:8000/migration-and-transnationalism/challenges/",
            "write the page's path inside docs/: migration-and-transnationalism/challenges.md",
        ),
        (
            "migration-and-transnationalism/challenges",
            "write the page's path inside docs/: migration-and-transnationalism/challenges.md",
        ),
        (
            "/migration-and-transnationalism/#p2",
            "write the page's path inside docs/: migration-and-transnationalism/index.md",
        ),
        # the published site's, under its base path (GitHub Pages' /<repo>/): it had the generic example
        (
            "https://owner.github.io/repo/migration-and-transnationalism/challenges/#p3",
            "write the page's path inside docs/: migration-and-transnationalism/challenges.md",
        ),
        (
            "/repo/migration-and-transnationalism/",
            "write the page's path inside docs/: migration-and-transnationalism/index.md",
        ),
        (
            "Migration-and-Transnationalism/Challenges.md",
            "did you mean 'migration-and-transnationalism/challenges.md'?",
        ),
        ("nowhere/at-all/", "write the path inside docs/, e.g. migration-and-transnationalism/opportunities.md"),
    ],
)
def test_a_page_written_as_its_address_is_named_as_its_path_once_the_pages_are_known(page: str, hint: str) -> None:
    text = GOOD.replace("page: migration-and-transnationalism/opportunities.md", f"page: {json.dumps(page)}")
    _, _, problems = parse_annotation(PATH, text, SCHEMA, None, TODAY, SITE_PAGES)
    assert [str(p) for p in problems] == [f"{PATH}: target.page: {page!r} is not a page path ({hint})"]


@pytest.mark.parametrize(
    ("page", "hint"),
    [
        # the file's name alone, its folder left out: too short beside the path for spelling to find it
        ("challenges.md", "did you mean 'migration-and-transnationalism/challenges.md'?"),
        ("Challenges.md", "did you mean 'migration-and-transnationalism/challenges.md'?"),
        ("nowhere.md", "e.g."),
        # spelling took it for index.md
        ("chalenges.md", "did you mean 'migration-and-transnationalism/challenges.md'?"),
        ("annex.md", "did you mean 'migration-and-transnationalism/annex.md'?"),  # spelling took it for index.md
    ],
)
def test_a_page_written_as_its_file_name_alone_is_named_with_its_folder(page: str, hint: str) -> None:
    pages = [
        "index.md",
        "migration-and-transnationalism/annex.md",
        "migration-and-transnationalism/challenges.md",
        "migration-and-transnationalism/index.md",
        "origin-governments-and-migrant-associations/index.md",
    ]
    assert page_hint(page, pages, "e.g.") == hint


ORIGIN = "origin-governments-and-migrant-associations/index.md"


@pytest.mark.parametrize(
    ("page", "hint"),
    [
        # a page deleted (stable-links.md's example): the long folder both paths share made it 0.78 like annex.md
        ("migration-and-transnationalism/agents-and-subjects.md", "e.g."),
        ("migration-and-transnationalism/foo.md", "e.g."),  # 0.89 like annex.md
        ("migration-and-transnationalism/chalenges.md", "did you mean 'migration-and-transnationalism/challenges.md'?"),
        ("migration-and-transnationalsm/challenges.md", "did you mean 'migration-and-transnationalism/challenges.md'?"),
        ("gone/migration-and-transnationalism/annex.md", "did you mean 'migration-and-transnationalism/annex.md'?"),
        # a folder's page is named by its folder, as its address names it (a body's link to `/origin-…/`)
        ("origin-governments-and-migrant-asociations.md", f"did you mean '{ORIGIN}'?"),
        ("origin-governments-and-migrant-asociations/index.md", f"did you mean '{ORIGIN}'?"),
    ],
)
def test_a_page_is_offered_only_where_its_file_name_is_close_too(page: str, hint: str) -> None:
    """The folder a path shares with every page of its source outweighed its file's name, so a deleted page's
    annotations were told `did you mean 'migration-and-transnationalism/annex.md'?`."""
    pages = [
        "index.md",
        "migration-and-transnationalism/annex.md",
        "migration-and-transnationalism/challenges.md",
        "migration-and-transnationalism/index.md",
        ORIGIN,
    ]
    assert page_hint(page, pages, "e.g.") == hint


def test_a_file_name_two_folders_hold_is_named_with_each_path() -> None:
    """`annex.md` in two folders named neither: the example, as if the site had no annex at all."""
    pages = ["index.md", "s/annex.md", "t/annex.md", "t/index.md"]
    assert page_hint("annex.md", pages, "e.g.") == "did you mean 's/annex.md' or 't/annex.md'?"


@pytest.mark.parametrize(
    ("moves", "hint"),
    [
        # Moved into a folder under a new name: spelling took it for challenges.md.
        (
            {"s/chances.md": "s/sections/opportunities.md"},
            "mkdocs.yml's redirect_maps moved the page to s/sections/opportunities.md: write that path",
        ),
        # Moved onto its folder's landing page: deleted for good (stable-links.md), its words are nowhere to point at.
        (
            {"s/chances.md": "s/index.md"},
            "mkdocs.yml's redirect_maps retired the page onto s/index.md: point at the words elsewhere, or delete it",
        ),
        ({"s/chances/index.md": "s/index.md"}, "did you mean 's/challenges.md'?"),  # another page's move
        ({}, "did you mean 's/challenges.md'?"),
    ],
)
def test_a_target_on_a_moved_page_names_where_redirect_maps_took_it(moves: dict[str, str], hint: str) -> None:
    pages = ["s/challenges.md", "s/sections/opportunities.md", "s/index.md"]
    assert page_hint("s/chances.md", pages, "e.g.", moves) == hint


RENAMED = (
    "if the page was renamed, declare its move in mkdocs.yml's redirect_maps"
    " (docs/about/stable-links.md#page-moves), then write its new path"
)


@pytest.mark.parametrize(
    "example",
    [
        "write the path inside docs/, e.g. s/chances.md",
        "write the path below docs/, e.g. s/chances.md#p1",
        "write the path of the page you meant",  # its page in no word of it: the same line
    ],
)
def test_a_page_renamed_without_its_move_is_not_offered_as_its_own_example(example: str) -> None:
    """The annotations' example is opportunities.md, the glossary's annex.md: renamed, each offered its old path.

    The example's page is given, not read from its words: whatever they say, the line is the same.
    """
    assert page_hint("s/chances.md", ["s/index.md", "s/renamed.md"], example, example_page="s/chances.md") == RENAMED


def test_an_example_whose_words_name_the_page_is_offered_when_its_page_is_another() -> None:
    """The example's words were split to find its page: a caller's wording decided the line."""
    example = "write the path inside docs/, e.g. s/intro.md, not s/chances.md"
    assert page_hint("s/chances.md", ["s/index.md"], example, example_page="s/intro.md") == example
    assert page_hint("s/chances.md", ["s/index.md"], example) == example


# The site once the annotations' example page and the glossary's are renamed, without their moves declared.
RENAMED_SITE = {"index.md": None, "migration-and-transnationalism/renamed.md": None}


def test_an_annotation_on_its_example_page_renamed_is_not_offered_that_page() -> None:
    """check_page names its example's page, migration-and-transnationalism/opportunities.md, as the annotations' own."""
    [problem] = check_page(annotation(), RENAMED_SITE)
    assert (problem.field, problem.hint) == ("target.page", RENAMED)


def test_a_glossary_anchor_on_its_example_page_renamed_is_not_offered_that_page() -> None:
    """resolve_definition names its example's page, migration-and-transnationalism/annex.md, as the glossary's own."""
    term = GlossaryTerm(
        "migration", "migration", (), (Definition("migration-and-transnationalism/annex.md", "p1", "I."),)
    )
    _, [problem] = resolve_definitions(Glossary((term,)), {}, list(RENAMED_SITE))
    assert (problem.field, problem.hint) == ("migration.definitions[0].anchor", RENAMED)


def test_only_a_refused_target_page_has_the_annotations_read_again_with_the_sites_pages() -> None:
    assert page_refused(
        [Problem("annotations/notes/a.md", "quote", "x"), Problem("annotations/notes/b.md", "target.page", "y")]
    )
    assert not page_refused([Problem("annotations/notes/a.md", "target.paragraph", "x")])
    assert not page_refused([])
