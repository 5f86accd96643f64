"""In a real browser (tests/browser.py): the names Chromium gives screen readers on the generated pages.

The annotations filter is one group, named, around its two selects; the glossary's links name their page
with a pause where `›` is shown (read "single right-pointing angle quotation mark" by some screen readers),
in the build's lists and in those *Show all* writes from `glossary.json`: "Source, Section", the comma
hugging its word in Chromium's own name (by CDP), as a braille display shows it.
"""

from __future__ import annotations

import re

import pytest
from browser import SiteServer
from browser_accessibility_helpers import chromium_name_and_description, chromium_spoken_symbols
from playwright.sync_api import Locator, Page, expect

pytestmark = [pytest.mark.browser, pytest.mark.slow]

MT = "Migration and Transnationalism"
GROUP_NAME = "Filter the annotations"  # the filter's legend
# What Chromium computes from a link's contents, and what it shows: the hidden comma not shown, the `›` not read.
SHOWN = """link => Array.from(link.childNodes, (node) =>
  node.nodeType === Node.ELEMENT_NODE && node.classList.contains("visually-hidden") ? "" : node.textContent
).join("")"""


# The hidden words of a link that take room on its line (wider than a pixel), as `[text, width]`.
HIDDEN_WIDTHS = """link => Array.from(link.querySelectorAll(".visually-hidden"), (hidden) =>
  [hidden.textContent, hidden.getBoundingClientRect().width]
).filter(([, width]) => width > 1)"""


def chromium_name(page: Page, scope: str, link: Locator) -> str:
    """The name Chromium's own tree gives `link`, the first under `scope` with its address (Playwright's
    `get_by_role` computes names its own way), as it is: a passage link's was "…, paragraph \u00a05", Chromium's
    space after the positioned hidden *paragraph* and the no-break space shown before the number."""
    name, _ = chromium_name_and_description(page, f'{scope} a[href="{link.get_attribute("href")}"]')
    return name


def test_the_annotation_filter_is_a_group_named_for_what_it_does(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, "annotations/")
    group = page.get_by_role("group", name=GROUP_NAME, exact=True)
    expect(group).to_be_visible()
    expect(group.get_by_role("combobox")).to_have_count(2)
    expect(group.get_by_role("combobox", name="Motivation", exact=True)).to_be_visible()
    expect(group.get_by_role("combobox", name="Policy area", exact=True)).to_be_visible()
    assert chromium_name_and_description(page, ".annotation-filter") == (GROUP_NAME, "")
    # Unseen: the legend takes no room, and the fields stay on one line at 1280 px.
    expect(page.locator(".annotation-filter legend")).to_have_text(GROUP_NAME)
    box = page.locator(".annotation-filter legend").bounding_box()
    assert box is not None and box["width"] <= 1 and box["height"] <= 1
    tops = page.locator(".annotation-filter select").evaluate_all(
        "selects => selects.map(select => select.getBoundingClientRect().top)"
    )
    assert len(set(tops)) == 1, tops
    # It filters as before.
    group.get_by_role("combobox", name="Motivation").select_option("questioning")
    expect(page.locator(".annotation-filter__status")).to_contain_text(re.compile(r"^\d+ of \d+ annotations shown"))
    assert "motivation=questioning" in page.url


@pytest.mark.parametrize(
    ("scope", "name", "shown"),
    [
        ("article", f"{MT}, Annex, paragraph 5", f"{MT} › Annex, ¶\u00a05"),
        ("article h2#transnationalism ~ ul", f"{MT}, Introduction", f"{MT} › Introduction"),
        ("article h2#transnationalism ~ ul", f"Paragraph 2 of {MT}, Introduction", "¶\u00a02"),
    ],
    ids=["definition", "used-in-page", "used-in-paragraph"],
)
def test_a_glossary_link_names_its_page_with_a_pause_not_the_mark(
    page: Page, served_site: SiteServer, scope: str, name: str, shown: str
) -> None:
    served_site.open(page, "glossary/")
    link = page.locator(scope).first.get_by_role("link", name=name, exact=True).first
    expect(link).to_be_visible()
    assert chromium_name(page, scope, link) == name, "Chromium's own name, as a braille display shows it"
    assert link.evaluate(SHOWN) == shown, "the mark is still shown"
    assert link.evaluate(HIDDEN_WIDTHS) == [], "the hidden comma takes no room: `Source › Section` as written"
    assert chromium_spoken_symbols(page, "article", "›") == []


def test_show_all_names_its_pages_as_the_build_does(page: Page, short_lists_site: SiteServer) -> None:
    short_lists_site.open(page, "glossary/")
    more = page.locator("article p.glossary-more[data-term='transnationalism']")
    more.get_by_role("button", name="Show all").click()
    expect(more).to_have_count(0)
    items = page.locator("article ul.glossary-uses-all").first
    link = items.get_by_role("link", name=f"{MT}, Introduction", exact=True)
    expect(link).to_have_count(1)
    assert chromium_name(page, "article ul.glossary-uses-all", link) == f"{MT}, Introduction"
    paragraph = items.get_by_role("link", name=f"Paragraph 2 of {MT}, Introduction", exact=True)
    expect(paragraph).to_have_text("¶\u00a02")
    assert items.locator("a").first.evaluate(SHOWN) == f"{MT} › Introduction"
    assert link.evaluate(HIDDEN_WIDTHS) == []
    assert chromium_spoken_symbols(page, "article", "›") == []
