"""In a real browser (tests/browser.py): the Contributing page's form writes an annotation file that
`make check` accepts, opens it in GitHub's new-file form, and names what is wrong as the build would."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import frontmatter
import pytest
from annotate_form_helpers import OPPORTUNITIES, STATUS, open_form
from browser import SiteServer, screenshot
from conftest import copy_project
from playwright.sync_api import Page, Route, expect

from hooks.cli import annotate, check
from hooks.core.quotes import whole_words
from hooks.core.text import shorten

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# Quotes with characters outside the BMP, which JavaScript's strings count twice: 60 characters as
# Python counts them (code points), and 64 whose 60th is a 𝑥 (a cut inside its UTF-16 pair).
ASTRAL_FITS = "📱 💸 🏠 " * 6 + "the families left behind"
ASTRAL_CUT = "𝑥" * 30 + " remittances sent home by migrants"


def test_the_form_writes_a_file_make_check_accepts_and_opens_it_on_github(
    page: Page, served_site: SiteServer, tmp_path: Path
) -> None:
    quote = "raise funds to\nsupport communities"
    open_form(page, served_site, served_site.url(f"{OPPORTUNITIES}#p3"), quote)
    page.fill("#annotate-author", "Ana Peña")
    page.fill("#annotate-url", "https://orcid.org/0000-0002-1825-0097")
    page.select_option("#annotate-motivation", "questioning")
    page.get_by_label("Remittances and economic exchange").check()
    page.fill(
        "#annotate-body",
        'Which funds? "Home" is [the Introduction](migration-and-transnationalism/introduction.md#p3).',
    )
    page.fill("#annotate-language", "no")  # Norwegian: YAML reads it as false unless quoted
    page.get_by_role("button", name="Check and prepare the file").click()
    expect(page.locator(STATUS)).to_contain_text("The words are in p3, once.")
    expect(page.locator(STATUS)).to_contain_text("commit it, then choose Create pull request")  # GitHub's own step
    screenshot(page, "annotate-form-ready")
    text = page.locator(".annotate-form__file").inner_text() + "\n"

    project = copy_project(tmp_path / "project")
    annotation_id = annotate.fresh_id(project, quote)  # the CLI's id for the same words
    assert annotation_id == "raise-funds-to-support-communities"
    github = urlsplit(page.locator("a.annotate-form__github").get_attribute("href") or "")
    new_file = page.locator(".annotate-form").get_attribute("data-new-file")
    assert f"{github.scheme}://{github.netloc}{github.path}" == new_file
    query = parse_qs(github.query)
    assert query["filename"] == [f"annotations/notes/{annotation_id}.md"]
    assert query["value"][0].strip() == text.strip()

    (project / "annotations" / "notes" / f"{annotation_id}.md").write_text(text, encoding="utf-8")
    post = frontmatter.loads(text)
    assert post.metadata["target"] == {
        "page": "migration-and-transnationalism/opportunities.md",
        "paragraph": "p3",
        "quote": "raise funds to support communities",
    }
    assert (post["motivation"], post["tags"], post["author"]) == (
        "questioning",
        ["remittances"],
        {"name": "Ana Peña", "url": "https://orcid.org/0000-0002-1825-0097"},
    )
    assert str(post["created"]) == dt.date.today().isoformat()
    assert post["language"] == "no"
    assert post.content.startswith('Which funds? "Home" is [the Introduction]')
    problems, _ = check.run_checks(project, dt.date.today())
    assert [str(problem) for problem in problems] == [
        "anchors.lock.json: /migration-and-transnationalism/opportunities/: 1 published id(s) not recorded:"
        f" {annotation_id} (run 'make anchors')"
    ], "valid: only the editor's step, recording its permanent link, is left"


SELECT_IN_P3 = """(words) => {
    const walker = document.createTreeWalker(document.getElementById("p3"), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const start = node.data.indexOf(words);
        if (start < 0) continue;
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + words.length);
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        return true;
    }
    return false;
}"""


def test_a_paragraph_s_cite_dialog_leads_to_the_form_with_the_selected_words(
    page: Page, served_site: SiteServer
) -> None:
    served_site.open(page, f"{OPPORTUNITIES}#p3")
    assert page.evaluate(SELECT_IN_P3, "raise funds to support communities")
    page.locator("#p3 .paragraph-cite").click()
    link = page.locator("dialog[open] a.edition-cite-annotate")
    expect(link).to_have_text("annotate ¶ 3")
    expect(page.locator("dialog[open]")).to_contain_text(
        "Comment on “raise funds to support communities” through a pull request"
    )
    screenshot(page, "annotate-from-cite-dialog")
    link.click()
    page.wait_for_url("**/about/contributing/?*#in-the-browser")
    expect(page.locator("#annotate-quote")).to_have_value("raise funds to support communities")
    expect(page.locator("#annotate-paragraph")).to_have_value(
        re.compile(r"/migration-and-transnationalism/opportunities/#p3$")
    )
    page.fill("#annotate-author", "Ana Peña")
    page.get_by_role("button", name="Check and prepare the file").click()
    expect(page.locator(STATUS)).to_contain_text("The words are in p3, once.")


def test_words_yaml_would_misread_unquoted_are_written_safely(
    page: Page, served_site: SiteServer, tmp_path: Path
) -> None:
    """`transnationalism: the process` unquoted is a mapping in YAML; the form writes strings as JSON strings."""
    quote = "Transnational identity / transnationalism: the process"
    open_form(page, served_site, served_site.url("migration-and-transnationalism/annex/#p1"), quote)
    page.fill("#annotate-author", 'Ana "Anita" Peña: editor # 1')
    page.get_by_role("button", name="Check and prepare the file").click()
    text = page.locator(".annotate-form__file").inner_text() + "\n"
    post = frontmatter.loads(text)
    assert (post["target"]["quote"], post["author"]["name"]) == (quote, 'Ana "Anita" Peña: editor # 1')
    project = copy_project(tmp_path / "project")
    (project / "annotations" / "notes" / f"{post['id']}.md").write_text(text, encoding="utf-8")
    problems, _ = check.run_checks(project, dt.date.today())
    # The body was left empty: the form wrote make annotate's placeholder, which make check refuses
    # (and only that: the file is otherwise valid; its id is checked against the lock once it is).
    assert [problem.field for problem in problems] == ["body"], problems


def test_the_form_remembers_the_contributor_for_the_next_annotation(page: Page, served_site: SiteServer) -> None:
    open_form(page, served_site, served_site.url(f"{OPPORTUNITIES}#p3"), "the transfer of ideas")
    expect(page.locator("#annotate-author")).to_have_value("")
    page.fill("#annotate-author", "Ana Peña")
    page.fill("#annotate-url", "https://orcid.org/0000-0002-1825-0097")
    page.get_by_role("button", name="Check and prepare the file").click()
    expect(page.locator(".annotate-form__file")).to_be_visible()
    open_form(page, served_site, served_site.url(f"{OPPORTUNITIES}#p2"), "")
    expect(page.locator("#annotate-author")).to_have_value("Ana Peña")
    expect(page.locator("#annotate-url")).to_have_value("https://orcid.org/0000-0002-1825-0097")


def test_an_id_the_edition_has_published_is_not_reused(page: Page, served_site: SiteServer) -> None:
    open_form(page, served_site, served_site.url(f"{OPPORTUNITIES}#p3"), "transfer of ideas")
    page.fill("#annotate-author", "Ana Peña")
    page.get_by_role("button", name="Check and prepare the file").click()
    expect(page.locator(".annotate-form__file")).to_contain_text("id: transfer-of-ideas-2\n")


@pytest.mark.parametrize(
    ("link", "quote", "message", "focused"),
    [
        ("#p9", "social", "no paragraph 'p9' on that page (it has p1–p5)", "#annotate-paragraph"),
        ("", "social", "does not point at a paragraph (it must end in #p1, #p2, …)", "#annotate-paragraph"),
        (
            "nowhere/#p3",
            "social",
            "leads to no page with numbered paragraphs (open a page of a text",
            "#annotate-paragraph",
        ),
        (
            "#p3",
            "social",
            "'social' occurs 3 times in p3 (quote more words, so that it occurs once)",
            "#annotate-quote",
        ),
        (
            "#p3",
            "Transformations, particularly",
            "is not in p3 (it is in p1 of this page: annotate p1 instead)",
            "#annotate-quote",
        ),
        ("#p3", "words nobody wrote", "'words nobody wrote' is not in p3 (copy the words exactly", "#annotate-quote"),
        (
            "#p3",
            "the transfer of idea",
            "'the transfer of idea' starts or ends inside a word in p3 (quote whole words: 'the transfer of ideas')",
            "#annotate-quote",
        ),
        (  # a long quote cut after a whole word in 60 characters, as text.shorten cuts it in the build's line
            "#p3",
            "igrants may be engaged in social or political activism to raise awareness about their country",
            "'igrants may be engaged in social or political activism to…' starts or ends inside a word in p3"
            " (quote whole words: 'Migrants may be engaged in social or political activism to…')",
            "#annotate-quote",
        ),
        # emoji and 𝑥 count as one character each, as Python's shorten counts them
        *[
            pytest.param("#p3", quote, f"'{shorten(quote, 60)}' is not in p3 (copy", "#annotate-quote", id=name)
            for name, quote in (("astral-fits", ASTRAL_FITS), ("astral-cut", ASTRAL_CUT))
        ],
    ],
)
def test_the_form_names_what_is_wrong_as_the_build_would(
    page: Page, served_site: SiteServer, link: str, quote: str, message: str, focused: str
) -> None:
    base = served_site.url(OPPORTUNITIES)
    open_form(
        page, served_site, base.removesuffix(OPPORTUNITIES) + link if link.startswith("nowhere") else base + link, quote
    )
    page.fill("#annotate-author", "Ana Peña")
    page.get_by_role("button", name="Check and prepare the file").click()
    status = page.locator(STATUS)
    expect(status).to_contain_text(message)
    expect(status).to_have_class("annotate-form__status annotate-form__status--error")
    expect(page.locator(focused)).to_be_focused()
    expect(page.locator(focused)).to_have_attribute("aria-invalid", "true")
    expect(page.locator(focused)).to_have_accessible_description(re.compile(re.escape(message)))
    expect(page.locator(".annotate-form__result")).to_be_hidden()


@pytest.mark.parametrize("width", [1280, 390], ids=["desktop", "phone"])
def test_the_form_says_what_is_wrong_under_the_field_it_focuses(
    new_page: Callable[..., Page], served_site: SiteServer, width: int
) -> None:
    """The message stood under the form's button, some 600 px below the field that took the focus (the
    name, the one wrong field here): a reader saw the focus move to it, out of sight of a word of why. A next check
    that passes leaves its line under the form again."""
    page = new_page(viewport={"width": width, "height": 844})
    open_form(page, served_site, served_site.url(f"{OPPORTUNITIES}#p3"), "transfer of ideas")
    page.get_by_role("button", name="Check and prepare the file").click()
    status = page.locator(STATUS)
    expect(status).to_contain_text("your name is missing")
    expect(page.locator("#annotate-author")).to_be_focused()
    expect(status).to_be_in_viewport(ratio=1)
    assert page.evaluate(
        "() => document.querySelector('#annotate-author').closest('p').nextElementSibling.matches('.annotate-form__status')"
    ), "the message follows the name's field"
    screenshot(page, f"annotate-message-under-its-field-{width}")
    page.fill("#annotate-author", "Ana Peña")
    page.get_by_role("button", name="Check and prepare the file").click()
    expect(status).to_contain_text("The file is ready")
    assert page.evaluate(
        "() => document.querySelector('.annotate-form form').nextElementSibling.matches('.annotate-form__status')"
    ), "the message is under the form"


def test_the_form_names_the_first_wrong_field_first_in_the_order_it_shows_them(
    page: Page, served_site: SiteServer
) -> None:
    """The name was checked first: an empty form sent the reader to its third field, past the two above it
    that were wrong too. Each check now names the first wrong field from the top, under that field."""
    served_site.open(page, "about/contributing/")
    button = page.get_by_role("button", name="Check and prepare the file")
    status = page.locator(STATUS)
    link_missing = "the paragraph link is missing (copy the link of the ¶ number of the paragraph the words are from)"
    steps = [  # each empty field said missing, as make annotate says URL is ('' did "not point at a paragraph")
        ("#annotate-paragraph", link_missing, served_site.url(f"{OPPORTUNITIES}#p3")),
        ("#annotate-quote", "the words are missing", "words nobody wrote"),
        ("#annotate-quote", "'words nobody wrote' is not in p3", "the transfer of ideas"),
        ("#annotate-author", "your name is missing", "Ana Peña"),
    ]
    for field, message, value in steps:
        button.click()
        expect(status).to_contain_text(message)
        expect(page.locator(field)).to_be_focused()
        assert page.evaluate(
            "field => document.querySelector(field).closest('p').nextElementSibling.matches('.annotate-form__status')",
            field,
        ), f"the message follows {field}'s field"
        page.fill(field, value)
    button.click()
    expect(status).to_contain_text("The file is ready")


def test_the_form_widens_a_quote_cut_inside_a_word_of_astral_letters_as_python_does(
    page: Page, served_site: SiteServer
) -> None:
    """A word of letters outside the BMP (𝑥𝑦𝑧: two UTF-16 units each) is one word to `quotes.whole_words`."""
    word, text = "𝑥𝑦𝑧", "transfer of ideas"  # in p3 (and in the annotations that quote it)

    def with_astral_word(route: Route) -> None:
        if route.request.resource_type != "fetch":
            route.continue_()
            return
        route.fulfill(body=route.fetch().text().replace(text, f"transfer of {word}"), content_type="text/html")

    page.route(f"**/{OPPORTUNITIES}", with_astral_word)
    quote = "the transfer of 𝑥𝑦"
    widened = whole_words("Transnationalism also manifests itself in the transfer of 𝑥𝑦𝑧 – so-called", quote)
    assert widened == "the transfer of 𝑥𝑦𝑧"
    open_form(page, served_site, served_site.url(f"{OPPORTUNITIES}#p3"), quote)
    page.fill("#annotate-author", "Ana Peña")
    page.get_by_role("button", name="Check and prepare the file").click()
    expect(page.locator(STATUS)).to_contain_text(
        f"'{quote}' starts or ends inside a word in p3 (quote whole words: '{widened}')"
    )


def test_the_form_names_the_gap_a_deleted_paragraph_left_as_the_build_does(page: Page, served_site: SiteServer) -> None:
    """'It has p1–p5' when p4 is gone would send the contributor to a paragraph that is not there."""

    def without_p4(route: Route) -> None:
        entries = route.fetch().json()
        kept = [e for e in entries if not (e["page"] == f"/{OPPORTUNITIES}" and e["id"] == "p4")]
        assert len(kept) == len(entries) - 1, "the served anchors.json has no p4 on the page to leave out"
        route.fulfill(json=kept)

    page.route("**/anchors.json", without_p4)
    open_form(page, served_site, served_site.url(f"{OPPORTUNITIES}#p9"), "social")
    page.fill("#annotate-author", "Ana Peña")
    page.get_by_role("button", name="Check and prepare the file").click()
    expect(page.locator(STATUS)).to_contain_text("no paragraph 'p9' on that page (it has p1–p3, p5)")


def test_a_name_is_asked_for(page: Page, served_site: SiteServer) -> None:
    open_form(page, served_site, served_site.url(f"{OPPORTUNITIES}#p3"), "transfer of ideas")
    page.get_by_role("button", name="Check and prepare the file").click()
    expect(page.locator(STATUS)).to_contain_text("your name is missing")
    expect(page.locator("#annotate-author")).to_be_focused()
