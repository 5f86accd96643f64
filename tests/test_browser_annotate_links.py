"""In a real browser (tests/browser.py): the annotation form given a link to a paragraph that moved, to a page
that moved or is gone, or to a heading: followed where the site follows it, else refused as make annotate
refuses it."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import frontmatter
import pytest
from annotate_form_helpers import OPPORTUNITIES, STATUS, open_form
from broken_project_helpers import merge_conclusion, move_paragraphs, retire_by_number
from browser import SiteServer, screenshot, serve_build
from conftest import copy_project, run_build
from playwright.sync_api import Page, Route, expect

from hooks.cli import annotate, check

pytestmark = [pytest.mark.browser, pytest.mark.slow]

MT = "migration-and-transnationalism"


def changed_site(root: Path, change: Callable[[Path], object]) -> Iterator[tuple[SiteServer, Path]]:
    """A copy of the project with `change` made, its ids recorded as `make anchors` records them, built strictly
    and served: the site and the project, for the form and make annotate to read the same moves."""
    project = copy_project(root / "project")
    change(project)
    recorded = run_build(project, root / "recorded", env={"EDITION_ANCHORS": "record"})
    assert recorded.returncode == 0, recorded.stderr
    with serve_build(project, root / "site") as site:
        yield site, project


@pytest.fixture(scope="module")
def moved_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SiteServer, Path]]:
    """A copy of the site, and its project, where ids moved as docs/about/stable-links.md says they may.

    The Conclusion page moved to `closing-remarks.md` (a page move: its `#p1` moved with it), and
    Opportunities' last paragraph went to the Introduction (a redirect: `opportunities/#p5` is
    `introduction/#p3`); recorded as `make anchors` records them, then built strictly.
    """
    yield from changed_site(tmp_path_factory.mktemp("moved-paragraphs"), move_paragraphs)


@pytest.mark.parametrize(
    ("link", "quote", "page_url", "paragraph"),
    [
        pytest.param(
            f"{MT}/conclusion/#p1",
            "a key factor in contemporary migration",
            f"{MT}/closing-remarks",
            "p1",
            id="page-moved",
        ),
        pytest.param(
            f"{OPPORTUNITIES}#p5",
            "A transnational perspective on migration",
            f"{MT}/introduction",
            "p3",
            id="redirected",
        ),
    ],
)
def test_a_link_to_a_paragraph_that_moved_is_followed_to_where_it_is_now(
    new_page: Callable[..., Page],
    moved_site: tuple[SiteServer, Path],
    tmp_path: Path,
    link: str,
    quote: str,
    page_url: str,
    paragraph: str,
) -> None:
    """/anchors.json lists a moved id at its old address (`kind: moved`, `moved_to`): the form refused an old link
    ("leads to no page with numbered paragraphs", "no paragraph 'p5'") that the site itself still follows."""
    site, project = moved_site
    page = new_page(viewport={"width": 320, "height": 640})  # the new address, a long word, on a phone
    open_form(page, site, site.url(link), quote)
    page.fill("#annotate-author", "Ana Peña")
    page.get_by_role("button", name="Check and prepare the file").click()
    status = page.locator(STATUS)
    expect(status).to_contain_text(
        f"That paragraph moved to /{page_url}/#{paragraph}. The words are in {paragraph}, once."
    )
    expect(status).not_to_have_class(re.compile("annotate-form__status--error"))
    assert status.evaluate("(line) => line.scrollWidth <= line.clientWidth"), "the new address runs out of the line"
    screenshot(page, f"annotate-form-moved-{paragraph}")
    text = page.locator(".annotate-form__file").inner_text() + "\n"
    post = frontmatter.loads(text)
    assert post.metadata["target"] == {"page": f"{page_url}.md", "paragraph": paragraph, "quote": quote}
    checked = shutil.copytree(project, tmp_path / "project")  # the moved copy, with the file the form wrote
    (checked / "annotations" / "notes" / f"{post['id']}.md").write_text(text, encoding="utf-8")
    problems, _ = check.run_checks(checked, dt.date.today())
    assert [problem.field for problem in problems] == ["body"], problems  # the placeholder body, and only that


def test_a_moved_link_is_followed_on_a_site_built_without_a_host(
    page: Page, moved_site: tuple[SiteServer, Path]
) -> None:
    """Built with `SITE_URL=` empty, /anchors.json's addresses start at the site's root (README, "Set empty"):
    `new URL('/…/closing-remarks/#p1')` alone threw, and the form said "Could not check it: … Invalid URL"."""
    site, _ = moved_site

    def rooted(route: Route) -> None:
        entries = route.fetch().json()
        for entry in entries:
            for key in ("url", "moved_to"):
                if key in entry:
                    entry[key] = "/" + entry[key].removeprefix(site.base_url)
        assert any(e["kind"] == "moved" and e["moved_to"].startswith(f"/{MT}/") for e in entries)
        route.fulfill(json=entries)

    page.route("**/anchors.json", rooted)
    open_form(page, site, site.url(f"{MT}/conclusion/#p1"), "a key factor in contemporary migration")
    page.fill("#annotate-author", "Ana Peña")
    page.get_by_role("button", name="Check and prepare the file").click()
    expect(page.locator(STATUS)).to_contain_text(
        f"That paragraph moved to /{MT}/closing-remarks/#p1. The words are in p1"
    )


def test_a_link_to_a_paragraph_that_moved_onto_no_paragraph_is_refused(
    page: Page, moved_site: tuple[SiteServer, Path]
) -> None:
    """An id may be redirected to a heading: an annotation needs a paragraph, so the form says where it went."""
    site, _ = moved_site
    heading = site.url(f"{MT}/introduction/#introduction")

    def onto_a_heading(route: Route) -> None:
        entries = route.fetch().json()
        [moved] = [e for e in entries if (e["page"], e["id"], e["kind"]) == (f"/{OPPORTUNITIES}", "p5", "moved")]
        assert any(e["url"] == heading for e in entries), "no such heading to lead to"
        moved["moved_to"] = heading
        route.fulfill(json=entries)

    page.route("**/anchors.json", onto_a_heading)
    link = site.url(f"{OPPORTUNITIES}#p5")
    open_form(page, site, link, "social")
    page.fill("#annotate-author", "Ana Peña")
    page.get_by_role("button", name="Check and prepare the file").click()
    expect(page.locator(STATUS)).to_have_text(
        f"'{link}' moved to /{MT}/introduction/#introduction, which is not a paragraph"
        " (copy the link of a paragraph's ¶ number there)"
    )
    expect(page.locator("#annotate-paragraph")).to_be_focused()


def test_a_link_to_no_paragraph_of_a_page_that_moved_names_where_it_went_as_make_annotate_does(
    page: Page, moved_site: tuple[SiteServer, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """The form said "no paragraph 'p7' on that page", make annotate "moved to …/closing-remarks/#p7, which no page
    has": the same line now, naming the address given, where its page went and that it has no such paragraph."""
    site, project = moved_site
    link = site.url(f"{MT}/conclusion/#p7")
    open_form(page, site, link, "social")
    page.fill("#annotate-author", "Ana Peña")
    page.get_by_role("button", name="Check and prepare the file").click()
    said = (
        f"'{link}': that page moved to /{MT}/closing-remarks/, which has no paragraph 'p7'"
        " (it has p1: copy the link of a paragraph's ¶ number there)"
    )
    expect(page.locator(STATUS)).to_have_text(said)
    expect(page.locator("#annotate-paragraph")).to_be_focused()
    assert annotate.main(["--root", str(project), "--url", link, "--quote", "social", "--author", "Ana Peña"]) == 1
    assert capsys.readouterr().out.strip() == f"URL: {said}"


@pytest.fixture(scope="module")
def retired_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SiteServer, Path]]:
    """The Conclusion retired, its ¶ 1 merged into the Introduction's ¶ 2 (`merge_conclusion`: a page move onto
    the landing page, each id redirected)."""
    yield from changed_site(tmp_path_factory.mktemp("retired-page"), merge_conclusion)


@pytest.fixture(scope="module")
def renumbered_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SiteServer, Path]]:
    """The Conclusion retired, its ¶ 1 redirected to the Introduction's ¶ 1, keeping its number (`retire_by_number`)."""
    yield from changed_site(tmp_path_factory.mktemp("renumbered-page"), retire_by_number)


@pytest.mark.parametrize(
    ("built", "said"),
    [
        ("retired_site",
         "that page is gone, and 'p7' is none of its paragraphs that moved (p1):"
         f" they went to /{MT}/introduction/ (copy the link of a paragraph's ¶ number there)"),
        ("renumbered_site",
         f"that page moved to /{MT}/introduction/, which has no paragraph 'p7'"
         " (it has p1–p3: copy the link of a paragraph's ¶ number there)"),
    ],
    ids=["renumbered", "numbers-kept"],
)  # fmt: skip
def test_a_link_to_no_paragraph_of_a_gone_page_says_it_is_gone_as_make_annotate_does(
    page: Page, request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str], built: str, said: str
) -> None:
    """The form said "no paragraph 'p7' on that page (it has p1)" of a page that is no more, make annotate that it
    "moved to" the landing page: the same line now, that it is gone and where its paragraphs went. Its paragraphs
    redirected keeping their numbers, /anchors.json shows a page move there: the form said so, make annotate,
    following the link's own chain, "gone"; both say the form's line now."""
    site, project = request.getfixturevalue(built)
    link = site.url(f"{MT}/conclusion/#p7")
    open_form(page, site, link, "social")
    page.fill("#annotate-author", "Ana Peña")
    page.get_by_role("button", name="Check and prepare the file").click()
    expect(page.locator(STATUS)).to_have_text(f"'{link}': {said}")
    expect(page.locator("#annotate-paragraph")).to_be_focused()
    assert annotate.main(["--root", str(project), "--url", link, "--quote", "social", "--author", "Ana Peña"]) == 1
    assert capsys.readouterr().out.strip() == f"URL: '{link}': {said}"


def test_a_heading_that_moved_is_still_no_paragraph(page: Page, served_site: SiteServer) -> None:
    """The edition's own moves are headings (/about/citing/#page-moves): following moves leaves them refused."""
    link = served_site.url("about/citing/#page-moves")
    open_form(page, served_site, link, "social")
    page.fill("#annotate-author", "Ana Peña")
    page.get_by_role("button", name="Check and prepare the file").click()
    expect(page.locator(STATUS)).to_have_text(f"'{link}' does not point at a paragraph (it must end in #p1, #p2, …)")
