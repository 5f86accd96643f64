"""In a real browser (tests/browser.py): what the edition itself offers for copying copies as it is shown: an
annotation, the Cite dialog's references and heading, the Cite block's addresses parted by `<wbr>`s (with and
without JavaScript), a definition's passage link; a word said to a screen reader but not shown (a ¶'s
"paragraph") is not copied (clipboard_helpers.py copies)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from browser import SiteServer
from clipboard_helpers import SELECT_ELEMENTS, copy_selection, drag_over
from playwright.sync_api import Page, expect
from reader_helpers import OPPORTUNITIES

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_an_annotation_and_the_cite_dialog_s_references_still_copy(page: Page, served_site: SiteServer) -> None:
    """An annotation copies when the selection starts in it, also after one that passed over it from the text."""
    served_site.open(page, OPPORTUNITIES)
    body = "#restored-hyphen-cost-effective .annotation__body"
    assert "The source reads" not in drag_over(page, "#p1", "#p2")
    page.locator("article h1").click()  # ends that selection: a press inside it would drag its text instead
    copied = drag_over(page, f"{body} > p", f"{body} > p")
    assert copied.startswith("The source reads “costeffective”: the hyphen was lost"), copied
    page.locator("#p3 .paragraph-cite").click()
    dialog = page.locator("dialog.edition-cite-dialog")
    expect(dialog).to_be_visible()
    link = dialog.locator(".edition-cite-row > :first-child").first
    page.evaluate(SELECT_ELEMENTS, [link.element_handle()] * 2)
    assert copy_selection(page).strip() == link.inner_text().strip() == served_site.url(f"{OPPORTUNITIES}#p3")
    # the reference's address is parted by `<wbr>`s (citation-addresses.js), which add nothing to what is copied
    reference = dialog.locator("p.reference").first
    assert reference.locator("wbr").count() > 3
    page.evaluate(SELECT_ELEMENTS, [reference.element_handle()] * 2)
    assert copy_selection(page).strip() == (
        "International Organization for Migration. (2010). Migration and transnationalism: Opportunities and"
        f" challenges [Background paper]. {served_site.url(OPPORTUNITIES)}"
    )


@pytest.mark.parametrize("javascript", [True, False], ids=["with-javascript", "without-javascript"])
def test_the_cite_block_s_parted_addresses_copy_as_written(
    new_page: Callable[..., Page], served_site: SiteServer, javascript: bool
) -> None:
    """The block's permanent link and references are parted by `<wbr>`s (hooks/core/word_breaks.py), which add nothing
    to a copy: Chromium's own, or the one a selection in the page's text is copied by (annotations-quoting.js)."""
    page = new_page(viewport={"width": 320, "height": 900}, java_script_enabled=javascript)
    if javascript:
        served_site.open(page, OPPORTUNITIES)
    else:
        page.goto(served_site.url(OPPORTUNITIES), wait_until="load")
    block = page.locator(".edition-cite-page")
    link, reference = block.locator("p > a:not([download])"), block.locator("p.reference").last
    assert link.locator("wbr").count() > 5 and reference.locator("wbr").count() > 5
    expect(link).to_have_accessible_name(served_site.url(OPPORTUNITIES))  # read as one address, not its pieces
    page.evaluate(SELECT_ELEMENTS, [link.element_handle()] * 2)
    assert copy_selection(page) == served_site.url(OPPORTUNITIES)
    page.evaluate(SELECT_ELEMENTS, [reference.element_handle()] * 2)
    assert copy_selection(page).strip() == (
        "International Organization for Migration. 2010. Migration and Transnationalism: Opportunities and Challenges."
        f" Background paper. International Organization for Migration. {served_site.url(OPPORTUNITIES)}."
    )


GLOSSARY = "glossary/"
DIASPORA = "#diaspora + blockquote.glossary-definition"
# A definition's passage link as shown, its ¶ and number joined by a no-break space (or a space, as Chromium's
# own copy writes one): the word "paragraph" read to a screen reader before the ¶ is not shown, so not copied.
PASSAGE_LINK = re.compile(r"Migration and Transnationalism › Annex, ¶\s5")


def test_a_definition_s_passage_link_copies_as_shown(new_page: Callable[..., Page], served_site: SiteServer) -> None:
    """A passage link reads its ¶ as the word "paragraph", a visually hidden word (hooks.mdx.spoken_symbols): copied over,
    it gave "Annex, paragraph¶ 5" by Select all (Chromium's own copy) and "Annex, \nparagraph\n¶ 5" by a quotation
    dragged from the definition (annotations-quoting.js's, read by innerText)."""
    page = new_page(viewport={"width": 1280, "height": 2400})
    served_site.open(page, GLOSSARY)
    copied = drag_over(page, f"{DIASPORA} > p:first-child", f"{DIASPORA} > p.attribution")
    assert copied.startswith("… When such exchanges do not take place"), copied
    assert PASSAGE_LINK.search(copied) and copied.endswith("5"), copied
    page.locator("article h1").click()
    page.keyboard.press("Control+a")
    copied = copy_selection(page)
    assert PASSAGE_LINK.search(copied), copied
    assert not re.search(r"paragraph\s*¶", copied), copied


def test_the_cite_dialog_s_heading_copies_as_shown(page: Page, served_site: SiteServer) -> None:
    """The heading shows "Cite ¶ 3 of “…”" and reads its ¶ as the word "paragraph", hidden: copied, it gave
    "Cite ¶paragraph 3 of …"."""
    served_site.open(page, OPPORTUNITIES)
    page.locator("#p3 .paragraph-cite").click()
    heading = page.locator("dialog.edition-cite-dialog h2")
    expect(heading).to_be_visible()
    page.evaluate(SELECT_ELEMENTS, [heading.element_handle()] * 2)
    assert copy_selection(page).strip() == "Cite ¶ 3 of “Opportunities”"
