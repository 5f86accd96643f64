"""Accessibility gate: axe-core on every page of the built site, light and dark palette, zero violations.

axe-core comes from the npm registry (pinned in package.json, installed by `make test`) and is
injected into each page after Material's JavaScript has run. Violations caused by Material itself
and not fixable from this project are listed in MATERIAL_ALLOWED (accessibility_helpers.py) with
the reason; everything else fails the test, with every violation of every page listed together.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from accessibility_helpers import MATERIAL_ALLOWED, Allowed, audit
from browser import SiteServer, screenshot, wait_for_transitions
from playwright.sync_api import Page, expect
from quality_tools import html_pages, page_url_path, require

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# A phone: its narrow layout, and no hover, so what the desktop shows on hover is always shown.
TOUCH = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("device", ["desktop", "touch"])
def test_every_page_has_no_axe_violations(
    new_page: Callable[..., Page], served_site: SiteServer, scheme: str, device: str
) -> None:
    axe_script = require("axe-core").read_text(encoding="utf-8")
    page = new_page(color_scheme=scheme, **(TOUCH if device == "touch" else {}))
    problems: list[str] = []
    used: set[Allowed] = set()
    pages = html_pages(served_site.root)
    for built in pages:
        served_site.open(page, page_url_path(built))
        expected = "slate" if scheme == "dark" else "default"
        assert page.evaluate("document.body.dataset.mdColorScheme") == expected, built
        assert page.evaluate("matchMedia('(hover: none)').matches") == (device == "touch"), built
        problems += [f"{page_url_path(built) or '/'}: {line}" for line in audit(page, axe_script, used)]
        prefix = "page" if device == "desktop" else "page-touch"
        screenshot(page, f"{prefix}-{scheme}-{page_url_path(built).strip('/') or 'home'}")
    assert len(pages) > 10, pages
    assert not problems, f"{len(problems)} accessibility violations ({scheme} palette, {device}):\n" + "\n".join(
        problems
    )
    stale = [a.rule for a in MATERIAL_ALLOWED if device in a.devices and a not in used]
    assert not stale, f"MATERIAL_ALLOWED entries that no page needs any more, remove them: {stale}"


# (window, what is open, palette) where the header's menu or search button is shown: accessibility.js
# puts a button in place of each of Material's labels and makes the open drawer modal (the rest inert).
HEADER_STATES = [
    ("touch", "nothing", "light"),
    ("touch", "Navigation", "light"),
    ("touch", "Navigation", "dark"),
    ("touch", "Search", "light"),
    ("touch", "Search", "dark"),
    ("1024", "nothing", "light"),
    ("1024", "Navigation", "light"),
]


@pytest.mark.parametrize(
    ("device", "opened", "scheme"), HEADER_STATES, ids=["-".join(state) for state in HEADER_STATES]
)
def test_the_header_s_buttons_and_what_they_open_have_no_axe_violations(
    new_page: Callable[..., Page], served_site: SiteServer, device: str, opened: str, scheme: str
) -> None:
    axe_script = require("axe-core").read_text(encoding="utf-8")
    page = new_page(
        color_scheme=scheme, **(TOUCH if device == "touch" else {"viewport": {"width": 1024, "height": 768}})
    )
    served_site.open(page, "migration-and-transnationalism/opportunities/")
    if opened != "nothing":
        page.get_by_role("button", name=opened, exact=True).click()
        expect(page.get_by_role("button", name=opened, exact=True, expanded=True)).to_have_count(1)
        wait_for_transitions(page)  # the drawer's slide: axe would see its colours and targets halfway
    problems = audit(page, axe_script, set())
    screenshot(page, f"header-{device}-{opened}-{scheme}")
    assert not problems, "\n".join(problems)


def test_axe_reports_what_is_inaccessible(page: Page) -> None:
    axe_script = require("axe-core").read_text(encoding="utf-8")
    page.set_content('<!DOCTYPE html><html lang="en"><title>t</title><main><h1>t</h1><img src="x.png"></main></html>')
    lines = audit(page, axe_script, set())
    assert [line.split(" ")[0] for line in lines] == ["image-alt"], lines
