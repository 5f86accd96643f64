"""A page the site lacks that the anchor lock published: renamed or deleted, so its move is to declare, whoever asks.

A newcomer renamed opportunities.md without its move: the notes (whose example is that page) were told to
declare it, the glossary and a body's link were offered their examples, another page to write.
"""

from __future__ import annotations

import pytest
from annotation_helpers import GOOD, PATH, SCHEMA, TODAY, annotation

from hooks.core.annotation_checks import parse_annotation
from hooks.core.bodies import render_body
from hooks.core.body_links import EXAMPLE as BODY_EXAMPLE
from hooks.core.body_links import EXAMPLE_PAGE as BODY_EXAMPLE_PAGE
from hooks.core.body_links import check_body_links
from hooks.core.generated_pages import locked_docs_pages
from hooks.core.glossary import Definition, Glossary, GlossaryTerm
from hooks.core.glossary_definitions import EXAMPLE_ANCHOR, resolve_definitions
from hooks.core.page_hints import page_hint
from hooks.core.page_links import check_page_links, link_levels
from hooks.core.quotes import PAGE_EXAMPLE, check_page

RENAMED = (
    "if the page was renamed, declare its move in mkdocs.yml's redirect_maps"
    " (docs/about/stable-links.md#page-moves), then write its new path"
)
LOCK = {"/": ["home"], "/s/": ["p1"], "/s/chances/": ["p1"], "/s/challenges/": ["p1"]}
PUBLISHED = locked_docs_pages(LOCK)
PAGES = ["index.md", "s/index.md", "s/challenges.md", "s/renamed.md"]  # s/chances.md renamed s/renamed.md


def test_the_files_the_lock_published_are_each_address_read_back() -> None:
    """An address is a page's `.md` or its folder's index: either, gone, was published there.

    Not the hooks' pages: a note written at `glossary.md` was told to declare that page's move.
    """
    hooks = {"/glossary/": [], "/annotations/": [], "/policy-areas/": [], "/policy-areas/taken-out/": []}
    lock = {"/": [], "/s/": [], "/s/a/": [], "/a%20b/": [], **hooks}
    assert locked_docs_pages(lock) == {
        "index.md",
        "README.md",
        "s.md",
        "s/index.md",
        "s/README.md",
        "s/a.md",
        "s/a/index.md",
        "s/a/README.md",
        "a b.md",
        "a b/index.md",
        "a b/README.md",
    }


def test_a_published_page_docs_still_holds_is_not_gone_though_the_site_leaves_it_out() -> None:
    """A page `exclude_docs` or `draft_docs` leaves out was not renamed: its lines say it is left out, not moved."""
    lock = {"/s/a/": ["p1"], "/s/b/": ["p1"]}
    assert locked_docs_pages(lock, kept=["s/a.md", "s/other.md"]) == {
        "s/a/index.md",
        "s/a/README.md",
        "s/b.md",
        "s/b/index.md",
        "s/b/README.md",
    }


@pytest.mark.parametrize(
    ("example", "example_page"),
    [
        (PAGE_EXAMPLE, "migration-and-transnationalism/opportunities.md"),  # a note's target
        (f"write the path below docs/, e.g. {EXAMPLE_ANCHOR}", "migration-and-transnationalism/annex.md"),  # glossary
        (BODY_EXAMPLE, BODY_EXAMPLE_PAGE),  # a body's link
        ("e.g.", None),
    ],
)
def test_a_published_page_gone_without_its_move_is_told_to_declare_it_whatever_the_example(
    example: str, example_page: str | None
) -> None:
    """Only the caller whose example was that very page said so: the others offered their example."""
    assert page_hint("s/chances.md", PAGES, example, published=PUBLISHED, example_page=example_page) == RENAMED


@pytest.mark.parametrize(
    ("page", "published", "hint"),
    [
        # close to a page the lock holds too: that page is its own, not the new name
        ("s/chances.md", PUBLISHED, RENAMED),
        # close to a page never published: likely its new name
        ("s/chances.md", locked_docs_pages({"/s/chances/": []}), f"{RENAMED}: did you mean 's/challenges.md'?"),
        # never published: a typo, spelling names the page meant, else the example
        ("s/chalenges.md", PUBLISHED, "did you mean 's/challenges.md'?"),
        ("s/nowhere.md", PUBLISHED, "e.g."),
        # a caller that cannot know the lock: as before
        ("s/chances.md", (), "did you mean 's/challenges.md'?"),
    ],
)
def test_only_a_page_the_lock_published_is_asked_for_its_move(page: str, published: frozenset[str], hint: str) -> None:
    assert page_hint(page, PAGES, "e.g.", published=published) == hint


def test_a_published_page_whose_move_is_declared_is_named_where_it_went() -> None:
    moves = {"s/chances.md": "s/renamed.md"}
    hint = "mkdocs.yml's redirect_maps moved the page to s/renamed.md: write that path"
    assert page_hint("s/chances.md", PAGES, "e.g.", moves, published=PUBLISHED) == hint


GONE = "migration-and-transnationalism/opportunities.md"
SITE = {
    "index.md": None,
    "migration-and-transnationalism/index.md": None,
    "migration-and-transnationalism/chances.md": None,
}
GONE_PUBLISHED = locked_docs_pages({"/migration-and-transnationalism/opportunities/": ["p1"], "/": []})


def test_each_caller_names_the_move_of_a_published_page_gone() -> None:
    """The note's target, the glossary's anchor, a body's link and a page's link: one hint for one mistake."""
    [target] = check_page(annotation(), SITE, published_pages=GONE_PUBLISHED)
    term = GlossaryTerm("migration", "migration", (), (Definition(GONE, "p1", "I."),))
    _, [anchor] = resolve_definitions(Glossary((term,)), {}, list(SITE), published_pages=GONE_PUBLISHED)
    note = parse_annotation(PATH, GOOD, SCHEMA, {"remittances"}, TODAY)[0]
    [body] = check_body_links(note, render_body(f"[x]({GONE}#p2)"), SITE, published_pages=GONE_PUBLISHED)
    url = f"../{GONE}#p3"
    [link] = check_page_links("about/guide.md", [url], {*SITE, "about/guide.md"}, {}, link_levels(None), GONE_PUBLISHED)
    assert [problem.hint for problem in (target, anchor, body, link)] == [RENAMED] * 4


def test_a_page_s_link_to_a_published_page_gone_offers_its_likely_new_name_from_the_page() -> None:
    files = {"about/guide.md", "migration-and-transnationalism/opportunity.md"}
    [link] = check_page_links("about/guide.md", [f"../{GONE}#p3"], files, {}, link_levels(None), GONE_PUBLISHED)
    assert link.hint == f"{RENAMED}: did you mean '../migration-and-transnationalism/opportunity.md#p3'?"


def test_a_caller_that_cannot_know_the_lock_keeps_its_example() -> None:
    """The extensions listed by dotted path read no lock: their lines stay as they were."""
    term = GlossaryTerm("migration", "migration", (), (Definition(GONE, "p1", "I."),))
    _, [anchor] = resolve_definitions(Glossary((term,)), {}, list(SITE))
    assert anchor.hint == f"write the path below docs/, e.g. {EXAMPLE_ANCHOR}"
    note = parse_annotation(PATH, GOOD, SCHEMA, {"remittances"}, TODAY)[0]
    [body] = check_body_links(note, render_body(f"[x]({GONE}#p2)"), SITE)
    assert body.hint == BODY_EXAMPLE


SITE_URL = "https://owner.github.io/repo/"
LANDING = "migration-and-transnationalism/index.md"
SITE_ADDRESSES = [
    f"{SITE_URL}{GONE.removesuffix('.md')}/#p3",  # the published site's full address
    f"/{GONE.removesuffix('.md')}/#p3",  # a root path
    "opportunities/#p3",  # relative to the page the note is on, its source's landing page
    f"http://127.0.0.1:8000/{GONE.removesuffix('.md')}/",  # a local preview's
]


@pytest.mark.parametrize("href", SITE_ADDRESSES)
def test_a_body_s_site_address_of_a_published_page_gone_is_asked_for_its_move(href: str) -> None:
    """Written as the site's address, the link was offered the example: its `docs/` path form asked for the move."""
    note = annotation(page=LANDING)
    [body] = check_body_links(note, render_body(f"[x]({href})"), SITE, SITE_URL, published_pages=GONE_PUBLISHED)
    assert body.hint == RENAMED


@pytest.mark.parametrize("href", SITE_ADDRESSES)
def test_a_body_s_site_address_of_a_page_moved_is_named_where_it_went(href: str) -> None:
    """As its `docs/` path form is: the page `redirect_maps` moved it to, not the example."""
    note = annotation(page=LANDING)
    new = "migration-and-transnationalism/chances.md"
    moves = {GONE: new}
    [body] = check_body_links(note, render_body(f"[x]({href})"), SITE, SITE_URL, moves, published_pages=GONE_PUBLISHED)
    assert body.hint == f"mkdocs.yml's redirect_maps moved the page to {new}: write that path"


@pytest.mark.parametrize("href", SITE_ADDRESSES)
def test_a_body_s_site_address_of_no_page_the_lock_published_keeps_its_hint(href: str) -> None:
    """A typo, or no lock read: the closest page for a published address, else the example, as before."""
    note = annotation(page=LANDING)
    [body] = check_body_links(note, render_body(f"[x]({href})"), SITE, SITE_URL)
    assert body.hint == BODY_EXAMPLE
