"""In a real browser (tests/browser.py): the Contributing page's form writes an annotation file that
`make check` accepts, opens it in GitHub's new-file form, and names what is wrong as the build would."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import shutil
import string
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import frontmatter
import pytest
from accessibility_helpers import audit
from babel.core import get_global
from broken_project_helpers import merge_conclusion, move_paragraphs, retire_by_number
from browser import SiteServer, contrast_ratios, screenshot, serve_build
from conftest import ROOT, copy_project, run_build
from playwright.sync_api import Page, Route, expect
from quality_tools import require

from hooks.cli import annotate, check
from hooks.core.languages import UNNAMED, english_names, language_problem
from hooks.core.quotes import whole_words
from hooks.core.text import shorten

pytestmark = [pytest.mark.browser, pytest.mark.slow]

OPPORTUNITIES = "migration-and-transnationalism/opportunities/"
STATUS = ".annotate-form__status"
# Quotes with characters outside the BMP, which JavaScript's strings count twice: 60 characters as
# Python counts them (code points), and 64 whose 60th is a 𝑥 (a cut inside its UTF-16 pair).
ASTRAL_FITS = "📱 💸 🏠 " * 6 + "the families left behind"
ASTRAL_CUT = "𝑥" * 30 + " remittances sent home by migrants"


def open_form(page: Page, site: SiteServer, paragraph: str, quote: str) -> None:
    """The Contributing page as a link from a paragraph would open it: the form filled in with both."""
    query = urlencode({"paragraph": paragraph, "quote": quote})
    site.open(page, f"about/contributing/?{query}#in-the-browser")
    expect(page.locator("#annotate-paragraph")).to_have_value(paragraph)


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
    steps = [
        ("#annotate-paragraph", "does not point at a paragraph", served_site.url(f"{OPPORTUNITIES}#p3")),
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


MT = "migration-and-transnationalism"


def changed_site(root: Path, change: Callable[[Path], object]) -> Iterator[tuple[SiteServer, Path]]:
    """A copy of the project with `change` made, its ids recorded as `make anchors` records them, built strictly
    and served: the site and the project, for the form and make annotate to read the same moves."""
    project = copy_project(root / "project")
    change(project)
    recorded = run_build(project, root / "recorded", env={"EDITION_ANCHORS": "record"})
    assert recorded.returncode == 0, recorded.stderr
    with serve_build(project, root / "site") as site:
        yield site, project


@pytest.fixture(scope="module")
def moved_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SiteServer, Path]]:
    """A copy of the site, and its project, where ids moved as docs/about/stable-links.md says they may.

    The Conclusion page moved to `closing-remarks.md` (a page move: its `#p1` moved with it), and
    Opportunities' last paragraph went to the Introduction (a redirect: `opportunities/#p5` is
    `introduction/#p3`); recorded as `make anchors` records them, then built strictly.
    """
    yield from changed_site(tmp_path_factory.mktemp("moved-paragraphs"), move_paragraphs)


@pytest.mark.parametrize(
    ("link", "quote", "page_url", "paragraph"),
    [
        pytest.param(
            f"{MT}/conclusion/#p1",
            "a key factor in contemporary migration",
            f"{MT}/closing-remarks",
            "p1",
            id="page-moved",
        ),
        pytest.param(
            f"{OPPORTUNITIES}#p5",
            "A transnational perspective on migration",
            f"{MT}/introduction",
            "p3",
            id="redirected",
        ),
    ],
)
def test_a_link_to_a_paragraph_that_moved_is_followed_to_where_it_is_now(
    new_page: Callable[..., Page],
    moved_site: tuple[SiteServer, Path],
    tmp_path: Path,
    link: str,
    quote: str,
    page_url: str,
    paragraph: str,
) -> None:
    """/anchors.json lists a moved id at its old address (`kind: moved`, `moved_to`): the form refused an old link
    ("leads to no page with numbered paragraphs", "no paragraph 'p5'") that the site itself still follows."""
    site, project = moved_site
    page = new_page(viewport={"width": 320, "height": 640})  # the new address, a long word, on a phone
    open_form(page, site, site.url(link), quote)
    page.fill("#annotate-author", "Ana Peña")
    page.get_by_role("button", name="Check and prepare the file").click()
    status = page.locator(STATUS)
    expect(status).to_contain_text(
        f"That paragraph moved to /{page_url}/#{paragraph}. The words are in {paragraph}, once."
    )
    expect(status).not_to_have_class(re.compile("annotate-form__status--error"))
    assert status.evaluate("(line) => line.scrollWidth <= line.clientWidth"), "the new address runs out of the line"
    screenshot(page, f"annotate-form-moved-{paragraph}")
    text = page.locator(".annotate-form__file").inner_text() + "\n"
    post = frontmatter.loads(text)
    assert post.metadata["target"] == {"page": f"{page_url}.md", "paragraph": paragraph, "quote": quote}
    checked = shutil.copytree(project, tmp_path / "project")  # the moved copy, with the file the form wrote
    (checked / "annotations" / "notes" / f"{post['id']}.md").write_text(text, encoding="utf-8")
    problems, _ = check.run_checks(checked, dt.date.today())
    assert [problem.field for problem in problems] == ["body"], problems  # the placeholder body, and only that


def test_a_moved_link_is_followed_on_a_site_built_without_a_host(
    page: Page, moved_site: tuple[SiteServer, Path]
) -> None:
    """Built with `SITE_URL=` empty, /anchors.json's addresses start at the site's root (README, "Set empty"):
    `new URL('/…/closing-remarks/#p1')` alone threw, and the form said "Could not check it: … Invalid URL"."""
    site, _ = moved_site

    def rooted(route: Route) -> None:
        entries = route.fetch().json()
        for entry in entries:
            for key in ("url", "moved_to"):
                if key in entry:
                    entry[key] = "/" + entry[key].removeprefix(site.base_url)
        assert any(e["kind"] == "moved" and e["moved_to"].startswith(f"/{MT}/") for e in entries)
        route.fulfill(json=entries)

    page.route("**/anchors.json", rooted)
    open_form(page, site, site.url(f"{MT}/conclusion/#p1"), "a key factor in contemporary migration")
    page.fill("#annotate-author", "Ana Peña")
    page.get_by_role("button", name="Check and prepare the file").click()
    expect(page.locator(STATUS)).to_contain_text(
        f"That paragraph moved to /{MT}/closing-remarks/#p1. The words are in p1"
    )


def test_a_link_to_a_paragraph_that_moved_onto_no_paragraph_is_refused(
    page: Page, moved_site: tuple[SiteServer, Path]
) -> None:
    """An id may be redirected to a heading: an annotation needs a paragraph, so the form says where it went."""
    site, _ = moved_site
    heading = site.url(f"{MT}/introduction/#introduction")

    def onto_a_heading(route: Route) -> None:
        entries = route.fetch().json()
        [moved] = [e for e in entries if (e["page"], e["id"], e["kind"]) == (f"/{OPPORTUNITIES}", "p5", "moved")]
        assert any(e["url"] == heading for e in entries), "no such heading to lead to"
        moved["moved_to"] = heading
        route.fulfill(json=entries)

    page.route("**/anchors.json", onto_a_heading)
    link = site.url(f"{OPPORTUNITIES}#p5")
    open_form(page, site, link, "social")
    page.fill("#annotate-author", "Ana Peña")
    page.get_by_role("button", name="Check and prepare the file").click()
    expect(page.locator(STATUS)).to_have_text(
        f"'{link}' moved to /{MT}/introduction/#introduction, which is not a paragraph"
        " (copy the link of a paragraph's ¶ number there)"
    )
    expect(page.locator("#annotate-paragraph")).to_be_focused()


def test_a_link_to_no_paragraph_of_a_page_that_moved_names_where_it_went_as_make_annotate_does(
    page: Page, moved_site: tuple[SiteServer, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """The form said "no paragraph 'p7' on that page", make annotate "moved to …/closing-remarks/#p7, which no page
    has": the same line now, naming the address given, where its page went and that it has no such paragraph."""
    site, project = moved_site
    link = site.url(f"{MT}/conclusion/#p7")
    open_form(page, site, link, "social")
    page.fill("#annotate-author", "Ana Peña")
    page.get_by_role("button", name="Check and prepare the file").click()
    said = (
        f"'{link}': that page moved to /{MT}/closing-remarks/, which has no paragraph 'p7'"
        " (it has p1: copy the link of a paragraph's ¶ number there)"
    )
    expect(page.locator(STATUS)).to_have_text(said)
    expect(page.locator("#annotate-paragraph")).to_be_focused()
    assert annotate.main(["--root", str(project), "--url", link, "--quote", "social", "--author", "Ana Peña"]) == 1
    assert capsys.readouterr().out.strip() == f"URL: {said}"


@pytest.fixture(scope="module")
def retired_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SiteServer, Path]]:
    """The Conclusion retired, its ¶ 1 merged into the Introduction's ¶ 2 (`merge_conclusion`: a page move onto
    the landing page, each id redirected)."""
    yield from changed_site(tmp_path_factory.mktemp("retired-page"), merge_conclusion)


@pytest.fixture(scope="module")
def renumbered_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[SiteServer, Path]]:
    """The Conclusion retired, its ¶ 1 redirected to the Introduction's ¶ 1, keeping its number (`retire_by_number`)."""
    yield from changed_site(tmp_path_factory.mktemp("renumbered-page"), retire_by_number)


@pytest.mark.parametrize(
    ("built", "said"),
    [
        ("retired_site",
         "that page is gone, and 'p7' is none of its paragraphs that moved (p1):"
         f" they went to /{MT}/introduction/ (copy the link of a paragraph's ¶ number there)"),
        ("renumbered_site",
         f"that page moved to /{MT}/introduction/, which has no paragraph 'p7'"
         " (it has p1–p3: copy the link of a paragraph's ¶ number there)"),
    ],
    ids=["renumbered", "numbers-kept"],
)  # fmt: skip
def test_a_link_to_no_paragraph_of_a_gone_page_says_it_is_gone_as_make_annotate_does(
    page: Page, request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str], built: str, said: str
) -> None:
    """The form said "no paragraph 'p7' on that page (it has p1)" of a page that is no more, make annotate that it
    "moved to" the landing page: the same line now, that it is gone and where its paragraphs went. Its paragraphs
    redirected keeping their numbers, /anchors.json shows a page move there: the form said so, make annotate,
    following the link's own chain, "gone"; both say the form's line now."""
    site, project = request.getfixturevalue(built)
    link = site.url(f"{MT}/conclusion/#p7")
    open_form(page, site, link, "social")
    page.fill("#annotate-author", "Ana Peña")
    page.get_by_role("button", name="Check and prepare the file").click()
    expect(page.locator(STATUS)).to_have_text(f"'{link}': {said}")
    expect(page.locator("#annotate-paragraph")).to_be_focused()
    assert annotate.main(["--root", str(project), "--url", link, "--quote", "social", "--author", "Ana Peña"]) == 1
    assert capsys.readouterr().out.strip() == f"URL: '{link}': {said}"


def test_a_heading_that_moved_is_still_no_paragraph(page: Page, served_site: SiteServer) -> None:
    """The edition's own moves are headings (/about/citing/#page-moves): following moves leaves them refused."""
    link = served_site.url("about/citing/#page-moves")
    open_form(page, served_site, link, "social")
    page.fill("#annotate-author", "Ana Peña")
    page.get_by_role("button", name="Check and prepare the file").click()
    expect(page.locator(STATUS)).to_have_text(f"'{link}' does not point at a paragraph (it must end in #p1, #p2, …)")


def test_a_name_is_asked_for(page: Page, served_site: SiteServer) -> None:
    open_form(page, served_site, served_site.url(f"{OPPORTUNITIES}#p3"), "transfer of ideas")
    page.get_by_role("button", name="Check and prepare the file").click()
    expect(page.locator(STATUS)).to_contain_text("your name is missing")
    expect(page.locator("#annotate-author")).to_be_focused()


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
    differs = re.search(r'var INTL_DIFFERS = "(.*)";', (ROOT / "docs/assets/annotate.js").read_text(encoding="utf-8"))
    assert differs is not None, "annotate.js: INTL_DIFFERS"
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
