"""In a real browser (tests/browser.py): the head's citation tags and the COinS span after instant navigation
(DESIGN.md "Known trap"), and old addresses sent where they moved (anchors.redirects.yml): a moved `#id`, an
editors' part of a guide."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from browser import SiteServer, instant_navigation, screenshot, serve_build, wait_for_material
from conftest import copy_project
from playwright.sync_api import Page, expect
from reader_helpers import OPPORTUNITIES, ORIGIN

from hooks.core.anchor_lock import dump_lock

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def moved_id_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    """A copy of the site whose anchors.redirects.yml moves `/about/#old-about` to `/about/citing/#anchors`."""
    root = tmp_path_factory.mktemp("moved-id")
    project = copy_project(root / "project")
    redirects = project / "anchors.redirects.yml"  # the edition's own redirects stay: their ids are gone too
    redirects.write_text(
        f"{redirects.read_text(encoding='utf-8')}'/about/#old-about': '/about/citing/#anchors'\n", "utf-8"
    )
    lock = json.loads((project / "anchors.lock.json").read_text(encoding="utf-8"))
    lock["/about/"].append("old-about")  # published once: a redirect from an id never published is refused
    (project / "anchors.lock.json").write_text(dump_lock(lock), encoding="utf-8")
    with serve_build(project, root / "site") as site:
        yield site


def test_head_tags_follow_instant_navigation(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, OPPORTUNITIES)
    expect(page.locator("article span.Z3988")).to_have_attribute("title", re.compile(r"rft\.genre=report"))
    page.evaluate("window.__sameDocument = true")
    with instant_navigation(page):
        page.locator(f".md-sidebar--primary a.md-nav__link[href$='/{ORIGIN}']").click()
    page.wait_for_url(f"**/{ORIGIN}")
    assert page.evaluate("window.__sameDocument === true"), "the link was followed by instant navigation"

    def meta(name: str) -> list[str]:
        """The contents of the head's <meta name=...> tags."""
        return page.eval_on_selector_all(f"head meta[name='{name}']", "(tags) => tags.map((t) => t.content)")

    expect(page.locator("head meta[name='citation_title']")).to_have_attribute(
        "content", "Perspectives from governments of countries of origin and migrant associations"
    )
    assert meta("citation_title") == ["Perspectives from governments of countries of origin and migrant associations"]
    assert meta("citation_inbook_title") == ["Migration and development: Perspectives from the South"]
    assert meta("citation_technical_report_institution") == []
    expect(page.locator("link[rel=canonical]")).to_have_attribute("href", served_site.url(ORIGIN))
    # The report's COinS span went with its page (the chapter, without an author, has none: Zotero reads the tags).
    expect(page.locator("article span.Z3988")).to_have_count(0)


def test_moved_id_is_sent_to_its_new_place(page: Page, moved_id_site: SiteServer) -> None:
    moved_id_site.open(page, "about/#old-about")
    page.wait_for_url("**/about/citing/#anchors")
    wait_for_material(page)
    expect(page.locator("#anchors")).to_be_in_viewport()
    screenshot(page, "citation-moved-id")


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("about/citing/#page-moves", "about/stable-links/#page-moves"),
        ("about/glossary-guide/#adding-a-term", "about/glossary-terms/#adding-a-term"),
        ("about/policy-areas-guide/#tag-a-paragraph", "about/tagging/#tag-a-paragraph"),
    ],
)
def test_an_old_link_to_an_editors_part_of_a_guide_lands_where_it_moved(
    page: Page, served_site: SiteServer, old: str, new: str
) -> None:
    """Editors' parts of the Citing page and the readers' guides moved to pages of their own (anchors.redirects.yml)."""
    served_site.open(page, old)
    page.wait_for_url(f"**/{new}")
    wait_for_material(page)
    expect(page.locator(new[new.index("#") :])).to_be_in_viewport()
