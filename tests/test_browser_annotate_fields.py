"""In a real browser (tests/browser.py): the annotation form's fields (the contributor, the language, whose
every line is make check's, the motivations and policy areas it offers), and the form on paper, without
JavaScript, under axe and from the keyboard."""

from __future__ import annotations

import itertools
import json
import re
import string
from collections.abc import Callable

import pytest
from accessibility_helpers import audit
from annotate_form_helpers import OPPORTUNITIES, STATUS, form_script, open_form
from babel.core import get_global
from browser import SiteServer, screenshot
from browser_accessibility_helpers import contrast_ratios
from conftest import ROOT
from playwright.sync_api import Page, expect
from quality_tools import require

from hooks.core.languages import UNNAMED, english_names, language_problem

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        (
            "#annotate-url",
            "orcid.org/0000-0002-1825-0097",
            "is not a web address (write it in full, starting with https://)",
        ),
        ("#annotate-language", "en-", "'en-' is not a BCP 47 language tag (write a language's tag"),
        (
            "#annotate-author",
            "Ana <b>Peña</b>",
            "'Ana <b>Peña</b>' has '<' or '>' (write plain text: the tooltip of the passage it annotates would read markup here as HTML)",
        ),
        ("#annotate-author", "\u200b", "your name is missing"),  # a zero-width space alone: blank, as the schema says
        ("#annotate-author", "Ana\u202ePeña", "holds control characters no one can see (delete them)"),
        (
            "#annotate-author",
            "Ana\u2028Peña",
            "holds control characters no one can see (delete them)",
        ),  # a line break unseen
        (
            "#annotate-author",
            "Ana " * 100,
            "your name is 399 characters long, more than the 300 it may have (shorten it to 300",
        ),
        (  # the form mirrored the name's limit, not the quote's: a page pasted in went to the pull request
            "#annotate-quote",
            "ideas " * 400,
            "the quote is 2,399 characters long, more than the 2,000 it may have (shorten it to 2,000 characters or fewer)",
        ),
        (  # the schema's pattern took both, and the pull request's checks refused them: no browser reads them
            "#annotate-url",
            "https://orcid.org:99999/x",
            "'https://orcid.org:99999/x' is no address: its port, '99999', is no number from 0 to 65535 "
            "(write https://orcid.org/x, or the port's number)",
        ),
        (
            "#annotate-url",
            "https://a%20b.org/",
            "'https://a%20b.org/' is no address: its host, 'a%20b.org', holds a space (written '%20') "
            "(copy the whole address from the browser's address bar)",
        ),
        (
            "#annotate-url",
            "https://example.org/" + "a" * 2000,
            "the address is 2,020 characters long, more than the 2,000 it may have (shorten it to 2,000",
        ),
        # character references, which make check refused in the file the form wrote
        (
            "#annotate-author",
            "Ana &lt",
            "'Ana &lt' writes a character as an HTML reference (&…;) (write the character itself",
        ),
        ("#annotate-author", "Ana &#60b", "'Ana &#60b' writes a character as an HTML reference (&…;)"),
        ("#annotate-author", "Ana &amp; Bo", "'Ana &amp; Bo' writes a character as an HTML reference (&…;)"),
    ],
)
def test_a_page_about_the_contributor_and_a_language_must_be_what_the_schema_asks(
    page: Page, served_site: SiteServer, field: str, value: str, message: str
) -> None:
    """The schema's patterns for `author.name`, `author.url` and `language`: caught here, not by the pull request's checks."""
    open_form(page, served_site, served_site.url(f"{OPPORTUNITIES}#p3"), "the transfer of ideas")
    page.fill("#annotate-author", "Ana Peña")
    page.fill(field, value)
    page.get_by_role("button", name="Check and prepare the file").click()
    expect(page.locator(STATUS)).to_contain_text(message)
    expect(page.locator(field)).to_be_focused()


@pytest.mark.parametrize(
    "address", ["https://orcid.org/0000-0002-1825-0097", "https://example.org/a/b?c=1#d", "https://bücher.de/über"]
)
def test_a_page_about_the_contributor_a_browser_reads_is_taken(
    page: Page, served_site: SiteServer, address: str
) -> None:
    """An ORCID iD, an address with a path and query, an IDN host: the browser reads them, and so do the checks."""
    open_form(page, served_site, served_site.url(f"{OPPORTUNITIES}#p3"), "the transfer of ideas")
    page.fill("#annotate-author", "Ana Peña")
    page.fill("#annotate-url", address)
    page.get_by_role("button", name="Check and prepare the file").click()
    expect(page.locator(STATUS)).to_contain_text("The words are in p3, once.")
    expect(page.locator(".annotate-form__file")).to_contain_text(f'url: "{address}"')


@pytest.mark.parametrize("written", ["eng", "en-UK", "xx", "zh-yue", "pt_BR", "iw", "en_UK", "zh_yue"])
def test_a_language_make_check_refuses_is_refused_in_its_words(
    page: Page, served_site: SiteServer, written: str
) -> None:
    """`eng`, `en-UK` and `xx` passed the form, which checked the tag's shape only, and then failed make check."""
    found = language_problem(written)
    assert found is not None, written
    open_form(page, served_site, served_site.url(f"{OPPORTUNITIES}#p3"), "the transfer of ideas")
    page.fill("#annotate-author", "Ana Peña")
    page.fill("#annotate-language", written)
    page.get_by_role("button", name="Check and prepare the file").click()
    expect(page.locator(STATUS)).to_have_text("{} ({})".format(*found))
    expect(page.locator("#annotate-language")).to_be_focused()


@pytest.mark.parametrize("written", ["qaa", "x-klingon", "pt-br", "grc", "tl", "yue-HK", "hy-arevela"])
def test_a_language_make_check_takes_is_taken(page: Page, served_site: SiteServer, written: str) -> None:
    """Tags this browser's Intl rewrites or cannot name (`tl`: `fil`; `grc`, `qaa`) but make check takes."""
    assert language_problem(written) is None, written
    open_form(page, served_site, served_site.url(f"{OPPORTUNITIES}#p3"), "the transfer of ideas")
    page.fill("#annotate-author", "Ana Peña")
    page.fill("#annotate-language", written)
    page.get_by_role("button", name="Check and prepare the file").click()
    expect(page.locator(STATUS)).to_contain_text("The words are in p3, once.")


def languages_to_compare() -> list[str]:
    """Every two- and three-letter language, CLDR's aliases, and a language with each region, script and variant."""
    _, scripts, places, _ = english_names()
    values = ["".join(code) for size in (2, 3) for code in itertools.product(string.ascii_lowercase, repeat=size)]
    values += [alias.replace("_", "-") for alias in get_global("language_aliases")]
    values += [f"en-{region}" for region in [*get_global("territory_aliases"), *places] if len(region) in (2, 3)]
    values += [f"sr-{script}" for script in [*scripts, "Qaai"]]
    values += [
        f"{lang}-{variant.lower()}" for lang in ("en", "hy", "sv", "sl") for variant in places if len(variant) > 3
    ]
    values += ["zh-yue", "zh-cmn", "sgn-ase-US", "EN_gb", "en_UK", "art-lojban", "en-US-u-ca-gregory"]
    return values + [value.replace("-", "_") for value in values if "-" in value]  # a locale's `en_UK`, `zh_yue`


def test_the_form_s_language_lines_are_make_check_s_or_none(page: Page, served_site: SiteServer) -> None:
    """Chromium's CLDR (Intl) is not Babel's: it writes `tl` as `fil`, `hy-arevela` as `hy`, and names no `grc`. Of
    every tag compared, the form says what make check says or nothing (make check remains the authority)."""
    served_site.open(page, "about/contributing/")
    values = languages_to_compare()
    verdicts = page.evaluate("values => values.map(value => window.edition.languageProblem(value))", values)
    said = {value: tuple(verdict) for value, verdict in zip(values, verdicts, strict=True) if verdict}
    assert {value: line for value, line in said.items() if line != language_problem(value)} == {}
    assert {"eng", "en-UK", "xx", "zh-yue", "iw", "fre", "mo", "in", "en-DD"} <= said.keys()
    # A locale's underscore with a tag it names otherwise: the form said only "not a BCP 47 language tag".
    assert {"en_UK", "zh_yue", "en_DD", "EN_gb"} <= said.keys()
    differs = re.search(r'var INTL_DIFFERS = "(.*)";', form_script())
    assert differs is not None, "annotate*.js: INTL_DIFFERS"
    rewritten = page.evaluate("codes => codes.map(code => Intl.getCanonicalLocales(code)[0])", differs[1].split())
    for code, written in zip(differs[1].split(), rewritten, strict=True):  # each one needed: Intl and Babel differ
        assert written != code and language_problem(code) != (f"'{code}' {UNNAMED}", f"did you mean '{written}'?")


def test_the_form_offers_every_motivation_of_the_schema(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, "about/contributing/")
    schema = json.loads((ROOT / "annotations" / "schema" / "annotation.schema.json").read_text(encoding="utf-8"))
    options = page.locator("#annotate-motivation option")
    expect(options).to_have_count(len(schema["properties"]["motivation"]["enum"]))  # the form is built after a fetch
    offered = options.evaluate_all("options => options.map(o => o.value)")
    assert sorted(offered) == sorted(schema["properties"]["motivation"]["enum"])


# Each policy area's label: its name, how many lines its words take, the left edges of those lines, and the
# checkbox's right edge (a hanging indent: one left edge, right of the box).
AREA_LINES = """() => [...document.querySelectorAll(".annotate-form__area")].map((label) => {
  const range = document.createRange();
  range.selectNodeContents(label);
  range.setStartAfter(label.querySelector("input"));
  const boxes = [...range.getClientRects()].filter((box) => box.width > 1);
  const lines = new Set(boxes.map((box) => Math.round(box.top))).size;
  const lefts = [...new Set(boxes.map((box) => Math.round(box.left)))];
  return [label.textContent.trim(), lines, lefts, Math.round(label.querySelector("input").getBoundingClientRect().right)];
})"""


def test_a_policy_area_s_wrapped_name_hangs_beside_its_checkbox(
    new_page: Callable[..., Page], served_site: SiteServer
) -> None:
    """On a phone an area's long name wrapped under its checkbox: its second line began left of its first's words."""
    page = served_site.open(new_page(viewport={"width": 320, "height": 740}), "about/contributing/")
    expect(page.locator(".annotate-form__area").first).to_be_visible()
    areas = page.evaluate(AREA_LINES)
    assert [name for name, lines, _, _ in areas if lines > 1], "no area's name wraps at 320 px: the test checks nothing"
    hanging = [(name, lefts, box) for name, _, lefts, box in areas if len(lefts) != 1 or lefts[0] < box]
    assert not hanging, hanging
    page.locator(".annotate-form__areas").scroll_into_view_if_needed()
    screenshot(page, "annotate-form-areas-phone")


def test_a_printed_contributing_page_keeps_the_instructions_not_the_form(page: Page, served_site: SiteServer) -> None:
    served_site.open(page, "about/contributing/")
    form = page.locator(".annotate-form")
    expect(form).to_be_visible()
    page.emulate_media(media="print")
    expect(form).to_be_hidden()
    expect(page.locator("#worked-example")).to_be_visible()


def test_without_javascript_the_form_stays_out_of_the_way(
    new_page: Callable[..., Page], served_site: SiteServer
) -> None:
    page = new_page(java_script_enabled=False)
    page.goto(served_site.url("about/contributing/"))
    expect(page.locator(".annotate-form")).to_be_hidden()
    expect(page.locator("#in-the-browser ~ p").first).to_contain_text("GitHub account")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_form_its_file_and_its_errors_pass_axe(
    new_page: Callable[..., Page], served_site: SiteServer, scheme: str
) -> None:
    """The accessibility gate audits pages as they load; the form's states come after, so here."""
    axe_script = require("axe-core").read_text(encoding="utf-8")
    page = new_page(color_scheme=scheme)
    open_form(page, served_site, served_site.url(f"{OPPORTUNITIES}#p3"), "social")
    page.fill("#annotate-author", "Ana Peña")
    page.get_by_role("button", name="Check and prepare the file").click()
    expect(page.locator(STATUS)).to_contain_text("occurs 3 times")
    problems = audit(page, axe_script, set())
    assert not problems, "\n".join(problems)
    page.fill("#annotate-quote", "the transfer of ideas")
    page.get_by_role("button", name="Check and prepare the file").click()
    expect(page.locator(".annotate-form__file")).to_be_visible()
    screenshot(page, f"annotate-form-{scheme}", full_page=True)
    problems = audit(page, axe_script, set())
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_each_field_of_the_form_shows_where_the_keyboard_is(
    new_page: Callable[..., Page], served_site: SiteServer, scheme: str
) -> None:
    """Material's reset takes the outline off every `input`: Tab through the form's fields and checkboxes showed
    no ring, only a text field's caret (WCAG 2.4.7). Each is ringed at 3:1 against the page, or more."""
    page = new_page(color_scheme=scheme)
    open_form(page, served_site, served_site.url(f"{OPPORTUNITIES}#p3"), "post-conflict reconstruction")
    fields = page.locator(".annotate-form :is(input, textarea, select):visible")
    assert fields.count() > 15
    page.locator("#annotate-paragraph").focus()
    problems = []
    for _ in range(fields.count()):
        focused = page.locator(":focus")
        name = focused.evaluate("(el) => el.id || el.value")
        ring = focused.evaluate(
            "(el) => [getComputedStyle(el).outlineStyle, parseFloat(getComputedStyle(el).outlineWidth)]"
        )
        [(_, ratio)] = contrast_ratios(page, ":focus", "outlineColor")
        if ring[0] == "none" or ring[1] < 1:
            problems.append(f"{name}: no ring ({ring[0]} {ring[1]} px)")
        elif ring[0] != "auto" and ratio < 3:  # `auto`: Chromium's ring, two colours, one of them seen
            problems.append(f"{name}: its ring at {ratio:.2f}:1")
        page.keyboard.press("Tab")
    page.locator("#annotate-author").focus()
    screenshot(page, f"annotate-form-focus-{scheme}")
    assert not problems, "\n".join(problems)
