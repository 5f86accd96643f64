"""In a real browser (tests/browser.py): the bibliographic record on a source's landing page, and the
publisher's details on the chapter's, a field per row (term | value) where the line is wide enough,
one column on a phone; long values wrap inside it; on paper as on a wide screen."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from browser import SiteServer, screenshot
from playwright.sync_api import Page

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SOURCES = ["migration-and-transnationalism/", "origin-governments-and-migrant-associations/"]
# Each field's term and value boxes, and whether the record or the article is wider than its box.
RECORD_LAYOUT = """(selector) => {
  const record = document.querySelector(selector || "article .bibliographic-record dl");
  const box = (el) => el.getBoundingClientRect();
  const fields = [...record.querySelectorAll(":scope > dt")].map((dt) => {
    const dd = dt.nextElementSibling;
    return { term: dt.textContent, dt: box(dt).toJSON(), dd: box(dd).toJSON(), overflows: dd.scrollWidth > dd.clientWidth };
  });
  const article = document.querySelector(".md-content article");
  return { fields, wider: record.scrollWidth > record.clientWidth || article.scrollWidth > article.clientWidth };
}"""
DETAILS = "article .publisher-details dl"  # the chapter's page: the publisher's page's fields, as it gave them
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
def test_on_a_phone_the_record_is_one_column(
    new_page: Callable[..., Page], served_site: SiteServer, source: str
) -> None:
    page = served_site.open(new_page(color_scheme="dark", viewport={"width": 375, "height": 800}), source)
    page.locator("#bibliography").scroll_into_view_if_needed()
    screenshot(page, f"record-{source.strip('/')}-phone-dark")
    layout = record_layout(page)
    assert not layout["wider"], layout
    for field in layout["fields"]:
        assert field["dd"]["top"] >= field["dt"]["bottom"] - 1 and not field["overflows"], field  # value under term


@pytest.mark.parametrize(("width", "side_by_side"), [(1280, True), (640, True), (375, False)])
def test_the_publishers_details_are_laid_out_as_the_record(
    page: Page, served_site: SiteServer, width: int, side_by_side: bool
) -> None:
    """They were Material's term above an indented value at every width: four short fields over eight lines."""
    page.set_viewport_size({"width": width, "height": 900})
    served_site.open(page, SOURCES[1])
    page.locator("#details").scroll_into_view_if_needed()
    screenshot(page, f"publisher-details-{width}")
    layout = page.evaluate(RECORD_LAYOUT, DETAILS)
    assert [field["term"] for field in layout["fields"]] == ["Type", "Publisher", "Pages", "Keywords"]
    assert not layout["wider"], layout
    for field in layout["fields"]:
        dt, dd = field["dt"], field["dd"]
        if side_by_side:
            assert abs(dt["top"] - dd["top"]) < 2 and dd["left"] >= dt["right"], field
        else:
            assert dd["top"] >= dt["bottom"] - 1, field  # value under term
    if side_by_side:  # one above the other on the page: their values were two columns, ~100 px apart
        record = {round(field["dd"]["left"]) for field in page.evaluate(RECORD_LAYOUT)["fields"]}
        assert {round(field["dd"]["left"]) for field in layout["fields"]} == record
    terms = page.locator(DETAILS).locator("dt").first.evaluate("(dt) => getComputedStyle(dt).color")
    value = page.locator(DETAILS).locator("dd").first.evaluate("(dd) => getComputedStyle(dd).color")
    assert terms != value, "the term is told from its value by its colour, on a phone too"


def test_printed_record_sets_each_field_on_one_row(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, SOURCES[1])
    page.emulate_media(media="print")
    layout = record_layout(page)
    assert not layout["wider"], layout
    for field in layout["fields"]:
        assert abs(field["dt"]["top"] - field["dd"]["top"]) < 2 and not field["overflows"], field
