"""In a real browser (Chromium via Playwright): the annotation toggle and the index filter."""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator

import pytest
from conftest import ROOT, run_build

playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright is in requirements-dev.txt")
CHROMIUM = os.environ.get("CHROMIUM") or next(
    filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"))), None
)
OPPORTUNITIES = "migration-and-transnationalism/opportunities/"


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The site built for, and served at, one HTTP origin (instant navigation only follows links
    within the site's own `site_url`; localStorage needs a real origin)."""
    site = tmp_path_factory.mktemp("browser-site")
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    url = f"http://127.0.0.1:{server.server_port}/"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SITE_URL", url)
        result = run_build(ROOT, site)
    assert result.returncode == 0, result.stderr
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield url
    server.shutdown()
    server.server_close()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (stdlib signature)
        pass


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if CHROMIUM is None:
        pytest.skip("no Chromium found: install the 'chromium' package or set CHROMIUM=/path/to/chrome")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()


def test_without_javascript_every_annotation_is_visible(browser, base_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + OPPORTUNITIES)
    blocks = page.locator("details.annotation")
    assert blocks.count() == 3
    assert all(blocks.nth(i).is_visible() for i in range(3))
    assert page.locator(".annotation-toggle").count() == 0
    context.close()


def test_toggle_hides_all_and_is_remembered_across_instant_navigation(browser, base_url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(base_url + OPPORTUNITIES)
    toggle = page.locator(".annotation-toggle")
    assert toggle.get_attribute("aria-pressed") == "false"
    assert page.locator("details.annotation").first.is_visible()
    toggle.click()
    assert toggle.get_attribute("aria-pressed") == "true"
    assert not page.locator("details.annotation").first.is_visible()
    assert not page.locator("a.annotation-ref").first.is_visible()
    assert page.locator("#p1").inner_text().startswith("Transformations")  # the text itself stays
    page.evaluate("window.__sameDocument = true")
    page.locator(".md-nav__link", has_text="Challenges").first.click()
    page.wait_for_url("**/challenges/")
    page.wait_for_selector(".annotation-toggle")
    assert page.evaluate("window.__sameDocument === true"), "instant navigation kept the document"
    assert page.locator(".annotation-toggle").count() == 1
    assert page.locator(".annotation-toggle").get_attribute("aria-pressed") == "true"
    assert not page.locator("details.annotation").first.is_visible()
    page.goto(base_url + OPPORTUNITIES)  # a full load reads the remembered choice
    assert not page.locator("details.annotation").first.is_visible()
    page.locator(".annotation-toggle").click()
    assert page.locator("details.annotation").first.is_visible()
    context.close()


def test_index_filter_by_motivation_and_area(browser, base_url: str) -> None:
    page = browser.new_page()
    page.goto(base_url + "annotations/")
    entries = page.locator(".annotation-entry")
    total = entries.count()
    status = page.locator(".annotation-filter__status")
    assert status.inner_text() == f"{total} of {total} annotations shown"
    page.select_option("select[name=motivation]", "editing")
    assert status.inner_text() == f"6 of {total} annotations shown"
    page.select_option("select[name=motivation]", "")
    page.select_option("select[name=area]", "integration")
    shown = [entries.nth(i) for i in range(total) if entries.nth(i).is_visible()]
    assert shown and all("integration" in entry.get_attribute("data-areas") for entry in shown)
    page.close()
