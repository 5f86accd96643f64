"""Browser fixtures (a pytest plugin loaded by conftest.py): the built site in Debian's Chromium.

How to add a browser test for a feature, in `tests/test_browser_<feature>.py`:

    pytestmark = [pytest.mark.browser, pytest.mark.slow]

    def test_reader_sees_x(page: Page, served_site: SiteServer) -> None:
        served_site.open(page, "migration-and-transnationalism/opportunities/#p3")
        expect(page.locator("#p3")).to_be_visible()
        screenshot(page, "x-on-opportunities")

`served_site` is a strict build of the real site served over http on 127.0.0.1 (a free port);
`page` is a fresh light-mode page (`new_page(color_scheme="dark")` for another one). A feature
that needs a changed copy of the project serves it with `serve_build(project, site_dir)` in a
module-scoped fixture of its own; every test shares the one Playwright driver and browser here. Requests to
any other host are aborted, so a test never waits for the network. Uncaught JavaScript errors fail
the test. Pages may use the clipboard: `read_clipboard(page)` returns what a "copy" button copied.
Screenshots land in `test-artifacts/screenshots/` for a reviewer to look at; a failing test adds
`FAILED-<test>-<n>.png` of each of its pages.

What a test waits for before it reads the page (Material's close of the search and the drawer after each
address it follows, which `SiteServer.open` and `instant_navigation` wait for; `set_viewport`,
`wait_until_still`…) is in `browser_waits.py`: import it from here, as before (each is imported here `as`
itself, which says it is this module's too).

What a screen reader is given, where the keyboard's focus goes and how colours contrast are measured in
`browser_accessibility_helpers.py` (`chromium_name_and_description`, `tab_to`, `contrast_ratios`…): import them
from there.
"""

from __future__ import annotations

import contextlib
import functools
import re
import shutil
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from browser_waits import TIMEOUT_MS as TIMEOUT_MS
from browser_waits import instant_navigation as instant_navigation
from browser_waits import next_frame as next_frame
from browser_waits import set_viewport as set_viewport
from browser_waits import wait_for_material as wait_for_material
from browser_waits import wait_for_navigation_closes as wait_for_navigation_closes
from browser_waits import wait_for_transitions as wait_for_transitions
from browser_waits import wait_until_still as wait_until_still
from conftest import copy_project, edit
from playwright.sync_api import Browser, Page, Playwright, expect, sync_playwright
from quality_tools import REPORTS, ROOT, require

SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORT = {"width": 1280, "height": 900}
RE_FOREIGN_URL = re.compile(r"^(?!https?://127\.0\.0\.1[:/])[a-z]+://")


class _QuietHandler(SimpleHTTPRequestHandler):
    """Serves files without logging every request to stderr."""

    def log_message(self, format: str, *args: object) -> None:
        """Stay silent: pytest output is for test results."""


@dataclass(frozen=True)
class SiteServer:
    """The built site served over http; `url("about/")` and `open(page, "about/")` use it."""

    root: Path
    base_url: str

    def url(self, path: str = "") -> str:
        """The absolute URL of a site path such as `about/` or `opportunities/#p3`."""
        return self.base_url + path.lstrip("/")

    def open(self, page: Page, path: str = "") -> Page:
        """Load a site path and wait until Material's JavaScript has set the page up."""
        page.goto(self.url(path), wait_until="load")
        wait_for_material(page)
        return page


def screenshot(page: Page, name: str, *, full_page: bool = False) -> Path:
    """Save a screenshot of the page as `test-artifacts/screenshots/<name>.png` for reviewers."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{re.sub(r'[^A-Za-z0-9_.-]+', '-', name)}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path


def read_clipboard(page: Page) -> str:
    """What the page last copied to the clipboard (for "copy link" buttons)."""
    return page.evaluate("navigator.clipboard.readText()")


# Each result Material lists for a query: its page's links (the page, then its best sections), without `?h=…`.
RESULTS = """() => [...document.querySelectorAll('.md-search-result__list > .md-search-result__item')]
  .map(item => [...item.querySelectorAll('a')].map(a => { const u = new URL(a.href); return u.pathname + u.hash; }))"""


def search_results(page: Page, served_site: SiteServer, query: str) -> list[list[str]]:
    """The results for `query` (each a page's links, best first), never a shorter query's: Material searches what
    the field holds on a key's release, on focus (a moment later) and once its index is loaded, so a query filled
    in part could be searched in between. The whole query is filled in at once, and a key (End) released."""
    served_site.open(page, "")
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").fill(query)
    page.keyboard.press("End")
    expect(page.locator(".md-search-result__list > .md-search-result__item").first).to_be_attached()
    return page.evaluate(RESULTS)


@contextlib.contextmanager
def serve_build(project: Path, root: Path, *, strict: bool = True, under: str = "") -> Iterator[SiteServer]:
    """Build `project` strictly into `root` for the address it is then served on, and serve it.

    `SITE_URL` is that address, as in production: Material's instant navigation only intercepts
    links listed in sitemap.xml, whose addresses keep the port. For a variant of the site (a
    changed copy of the project) in a feature's own module-scoped fixture; `served_site` is the real one.
    `strict=False` builds it as `mkdocs serve` shows a pull request's bad input: with its warnings.
    `under` (`a/b/`) publishes it below the server's root, as a project's site is (`owner.github.io/repo/`).
    """
    from conftest import run_build  # conftest loads this plugin, so import it late

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(root)))
    server.daemon_threads = True
    base_url = f"http://127.0.0.1:{server.server_address[1]}/{under}"
    thread = threading.Thread(target=server.serve_forever, name="site-server", daemon=True)
    try:
        site_dir = root / under
        result = run_build(project, site_dir, *([] if strict else ["--no-strict"]), env={"SITE_URL": base_url})
        assert result.returncode == 0 and (not strict or "WARNING" not in result.stderr), result.stderr
        thread.start()
        yield SiteServer(site_dir, base_url)
    finally:
        if thread.is_alive():
            server.shutdown()
            thread.join(timeout=5)
        server.server_close()


@pytest.fixture(scope="session")
def served_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    """The real site, built strictly for and served on http://127.0.0.1:<free port>/."""
    with serve_build(ROOT, tmp_path_factory.mktemp("served-site")) as site:
        yield site


@pytest.fixture(scope="session")
def short_lists_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SiteServer]:
    """A copy of the site whose glossary page lists 2 uses per term (`extra.glossary.used_in: 2`), so that
    *Show all* writes the rest: built once for the glossary's tests and the names' (test_browser_names.py)."""
    root = tmp_path_factory.mktemp("short-used-in")
    project = copy_project(root / "project")
    edit(project, "mkdocs.yml", "used_in: 12", "used_in: 2")
    with serve_build(project, root / "site") as site:
        yield site


@pytest.fixture(scope="session")
def playwright_driver() -> Iterator[Playwright]:
    """Playwright's driver process, once per session."""
    require("chromium")
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)
    driver = sync_playwright().start()
    try:
        yield driver
    finally:
        driver.stop()


@pytest.fixture(scope="session")
def browser(playwright_driver: Playwright) -> Iterator[Browser]:
    """Debian's Chromium, headless; Playwright never downloads a browser of its own."""
    instance = playwright_driver.chromium.launch(executable_path=str(require("chromium")), args=LAUNCH_ARGS)
    try:
        yield instance
    finally:
        instance.close()


@pytest.fixture
def new_page(browser: Browser, request: pytest.FixtureRequest) -> Iterator[Callable[..., Page]]:
    """A factory of fresh pages (own context, own storage): `new_page(color_scheme="dark")`.

    When the test fails, each of its pages is saved as `FAILED-<test>-<n>.png` beside the screenshots.
    """
    contexts = []
    pages: list[Page] = []
    errors: list[str] = []

    def make(color_scheme: str = "light", **options: object) -> Page:
        """Open a page in a new context that only reaches 127.0.0.1."""
        context = browser.new_context(
            viewport=options.pop("viewport", VIEWPORT),
            color_scheme=color_scheme,
            reduced_motion="reduce",
            permissions=["clipboard-read", "clipboard-write"],
            **options,
        )
        context.set_default_timeout(TIMEOUT_MS)
        context.route(RE_FOREIGN_URL, lambda route: route.abort())
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}"))
        pages.append(page)
        return page

    yield make
    call = request.node.stash.get(REPORTS, {}).get("call")
    if call is not None and call.failed:
        for number, page in enumerate(pages, start=1):
            screenshot(page, f"FAILED-{request.node.name}-{number}")
    for context in contexts:
        context.close()
    assert not errors, "uncaught JavaScript errors:\n" + "\n".join(errors)


@pytest.fixture
def page(new_page: Callable[..., Page]) -> Page:
    """A fresh page in light mode, 1280×900."""
    return new_page()
