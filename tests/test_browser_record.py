"""In a real browser (tests/browser.py): the bibliographic record on a source's landing page, a
field per row (term | value) where the line is wide enough, one column on a phone; long values
wrap inside it; on paper as on a wide screen."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from browser import SiteServer, screenshot
from playwright.sync_api import Page

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SOURCES = ["migration-and-transnationalism/", "origin-governments-and-migrant-associations/"]
# Each field's term and value boxes, and whether the record or the article is wider than its box.
RECORD_LAYOUT = """() => {
  const record = document.querySelector("article .bibliographic-record dl");
  const box = (el) => el.getBoundingClientRect();
  const fields = [...record.querySelectorAll(":scope > dt")].map((dt) => {
    const dd = dt.nextElementSibling;
    return { term: dt.textContent, dt: box(dt).toJSON(), dd: box(dd).toJSON(), overflows: dd.scrollWidth > dd.clientWidth };
  });
  const article = document.querySelector("article");
  return { fields, wider: record.scrollWidth > record.clientWidth || article.scrollWidth > article.clientWidth };
}"""
LONG_VALUE = "https://doi.org/10.1007/978-3-030-" + "0123456789" * 12


def record_layout(page: Page) -> dict:
    """Where the record's terms and values stand, the title's value made a long address first."""
    page.evaluate(
        """(value) => {
          const dt = [...document.querySelectorAll("article .bibliographic-record dt")].find((t) => t.textContent === "Title");
          dt.nextElementSibling.textContent = value;
        }""",
        LONG_VALUE,
    )
    return page.evaluate(RECORD_LAYOUT)


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize(("width", "scheme"), [(1280, "light"), (1280, "dark"), (640, "light")])
def test_record_sets_each_field_on_one_row_where_it_fits(
    new_page: Callable[..., Page], served_site: SiteServer, source: str, width: int, scheme: str
) -> None:
    page = served_site.open(new_page(color_scheme=scheme, viewport={"width": width, "height": 900}), source)
    page.locator("#bibliography").scroll_into_view_if_needed()
    screenshot(page, f"record-{source.strip('/')}-{width}-{scheme}")
    layout = record_layout(page)
    assert len(layout["fields"]) >= 8 and not layout["wider"], layout
    for field in layout["fields"]:
        dt, dd = field["dt"], field["dd"]
        assert abs(dt["top"] - dd["top"]) < 2 and dd["left"] >= dt["right"], field  # side by side
        assert not field["overflows"], field
    lefts = {round(field["dd"]["left"]) for field in layout["fields"]}
    assert len(lefts) == 1, f"the values form one column: {lefts}"


@pytest.mark.parametrize("source", SOURCES)
def test_on_a_phone_the_record_is_one_column(new_page: Callable[..., Page], served_site: SiteServer, source: str) -> None:
    page = served_site.open(new_page(color_scheme="dark", viewport={"width": 375, "height": 800}), source)
    page.locator("#bibliography").scroll_into_view_if_needed()
    screenshot(page, f"record-{source.strip('/')}-phone-dark")
    layout = record_layout(page)
    assert not layout["wider"], layout
    for field in layout["fields"]:
        assert field["dd"]["top"] >= field["dt"]["bottom"] - 1 and not field["overflows"], field  # value under term


def test_printed_record_sets_each_field_on_one_row(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, SOURCES[1])
    page.emulate_media(media="print")
    layout = record_layout(page)
    assert not layout["wider"], layout
    for field in layout["fields"]:
        assert abs(field["dt"]["top"] - field["dd"]["top"]) < 2 and not field["overflows"], field
