"""Contributed text that Material's tooltips read as HTML stays text, even where the strict build refuses it.

With `content.tooltips`, Material shows a `title` by inserting it into the page as HTML. The strict
build names markup in a body's link or abbreviation title, but `mkdocs serve` shows a pull
request's annotation beside its warnings: a reviewer previewing it must not run what it holds.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from browser import SiteServer, serve_build
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


@pytest.fixture(scope="module")
def previewed_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    """The site with an annotation whose link and abbreviation titles hold a script, built as a preview."""
    root = tmp_path_factory.mktemp("untrusted")
    project = copy_project(root / "project")
    (project / "annotations/notes/tooltip-probe.md").write_text(NOTE.format(payload=PAYLOAD), encoding="utf-8")
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
