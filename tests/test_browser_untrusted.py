"""Contributed text that Material's tooltips read as HTML stays text, even where the strict build refuses it.

With `content.tooltips`, Material shows a `title` by inserting it into the page as HTML. The strict
build names markup in a body's link or abbreviation title, but `mkdocs serve` shows a pull
request's annotation beside its warnings: a reviewer previewing it must not run what it holds.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from browser import SiteServer, search_results, serve_build
from conftest import copy_project
from playwright.sync_api import Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.slow]

OPPORTUNITIES = "migration-and-transnationalism/opportunities/"
PAYLOAD = "<img src=x onerror=window.__pwned=1>"
NOTE = """---
id: tooltip-probe
target:
  page: migration-and-transnationalism/opportunities.md
  paragraph: p3
  quote: 'the transfer of ideas'
motivation: commenting
tags: []
author:
  name: A. Reviewer
created: 2026-12-05
---

A [source](https://example.org/ "{payload}") on the work of the IOM.

*[IOM]: {payload}
"""

PAGE_PROBE = """
See [the probe link](https://example.org/probe "{payload}") and PROBEABBR.

*[PROBEABBR]: {payload}
"""

AREA = """
- id: probe-area
  title: "Probe area {payload}"
  description: A policy area whose title holds markup.
"""


@pytest.fixture(scope="module")
def previewed_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    """The site with an annotation whose link and abbreviation titles hold a script, built as a preview."""
    root = tmp_path_factory.mktemp("untrusted")
    project = copy_project(root / "project")
    (project / "annotations/notes/tooltip-probe.md").write_text(NOTE.format(payload=PAYLOAD), encoding="utf-8")
    areas = project / "annotations/policy-areas.yml"  # a title and an unknown tag, refused but previewed
    areas.write_text(areas.read_text(encoding="utf-8") + AREA.format(payload=PAYLOAD), encoding="utf-8")
    opportunities = project / "docs" / OPPORTUNITIES.rstrip("/")
    page_text = opportunities.with_suffix(".md").read_text(encoding="utf-8")
    page_text = page_text.replace("tags: [", f"tags: [probe-area, '{PAYLOAD}', ", 1)
    opportunities.with_suffix(".md").write_text(page_text, encoding="utf-8")
    guide = project / "docs/about/reading-guide.md"  # a page's own titles, which no check refuses
    guide.write_text(guide.read_text(encoding="utf-8") + PAGE_PROBE.format(payload=PAYLOAD), encoding="utf-8")
    with serve_build(project, root / "site", strict=False) as site:
        yield site


@pytest.mark.parametrize("target", ["a[href='https://example.org/']", "abbr"])
def test_a_title_holding_markup_is_shown_as_text_and_never_run(
    page: Page, previewed_site: SiteServer, target: str
) -> None:
    previewed_site.open(page, OPPORTUNITIES)
    element = page.locator(f"#tooltip-probe {target}")
    element.hover()
    tooltip = page.locator(".md-tooltip2--active .md-tooltip2__inner")
    expect(tooltip).to_have_text(PAYLOAD)
    expect(tooltip.locator("img")).to_have_count(0)
    assert page.evaluate("window.__pwned") is None


@pytest.mark.parametrize("target", ["a[href='https://example.org/probe']", "abbr:text('PROBEABBR')"])
def test_a_page_s_own_title_holding_markup_is_shown_as_text(
    page: Page, previewed_site: SiteServer, target: str
) -> None:
    """A page documenting HTML in a link's title or an abbreviation builds: its tooltip must not run it."""
    previewed_site.open(page, "about/reading-guide/")
    page.locator(f"article {target}").first.hover()
    tooltip = page.locator(".md-tooltip2--active .md-tooltip2__inner")
    expect(tooltip).to_have_text(PAYLOAD)
    expect(tooltip.locator("img")).to_have_count(0)  # an image's onerror runs later: __pwned alone proves nothing yet
    assert page.evaluate("window.__pwned") is None


def test_a_search_results_policy_area_chips_show_markup_as_text_and_never_run_it(
    page: Page, previewed_site: SiteServer
) -> None:
    """Material writes each tag under a search result with `innerHTML`: an area's title or an unknown tag with
    markup, which the strict build refuses but the preview shows, ran its `onerror` when a reader searched."""
    search_results(page, previewed_site, "Opportunities")
    chips = page.locator(".md-search-result .md-tag")
    expect(chips.filter(has_text=f"Probe area {PAYLOAD}").first).to_be_attached()
    expect(chips.filter(has_text=PAYLOAD).first).to_be_attached()
    expect(page.locator(".md-search-result .md-tag img")).to_have_count(0)
    assert page.evaluate("window.__pwned") is None
