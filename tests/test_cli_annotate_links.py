"""make annotate reads a paragraph's link: the page and paragraph it names, pasted, moved or gone."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path

import frontmatter
import pytest
from broken_project_helpers import MOVED_PARAGRAPH, merge_conclusion, move_paragraphs, retire_by_number
from conftest import ROOT, copy_project, edit

from hooks.cli import annotate, check
from hooks.cli.moved_links import gone_page_problem


@pytest.mark.parametrize(
    ("url", "page", "fragment"),
    [
        (
            "http://127.0.0.1:8000/migration-and-transnationalism/opportunities/#p3",
            "migration-and-transnationalism/opportunities.md",
            "p3",
        ),
        (
            "https://example.org/edition/migration-and-transnationalism/opportunities/#p3",
            "migration-and-transnationalism/opportunities.md",
            "p3",
        ),
        (
            "/migration-and-transnationalism/opportunities/index.html#p2",
            "migration-and-transnationalism/opportunities.md",
            "p2",
        ),
        (
            "/origin-governments-and-migrant-associations/#p1",
            "origin-governments-and-migrant-associations/index.md",
            "p1",
        ),
        ("/opportunities/#p3", None, "p3"),
        # as target.page writes it
        ("migration-and-transnationalism/opportunities.md#p3", "migration-and-transnationalism/opportunities.md", "p3"),
        (
            "origin-governments-and-migrant-associations/index.md#p1",
            "origin-governments-and-migrant-associations/index.md",
            "p1",
        ),
        # published under GitHub Pages' base path, copied with its index.html, or without its scheme
        (
            "https://owner.github.io/repo/migration-and-transnationalism/opportunities/index.html#p4",
            "migration-and-transnationalism/opportunities.md",
            "p4",
        ),
        (
            "owner.github.io/repo/origin-governments-and-migrant-associations/#p1",
            "origin-governments-and-migrant-associations/index.md",
            "p1",
        ),
        ("http://[pasted-wrongly/opportunities/#p3", None, ""),  # urlsplit refuses it: it was a traceback
        ("../README.md#p1", None, "p1"),  # outside docs/: it was read and written into target.page
        ("migration-and-transnationalism/../../README.md#p1", None, "p1"),
    ],
)
def test_find_page(url: str, page: str | None, fragment: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SITE_URL", raising=False)
    assert annotate.find_page(ROOT, url) == (page, fragment)


@pytest.mark.parametrize(
    ("url", "page"),
    [
        ("https://owner.github.io/repo/#p1", "index.md"),  # was no page: `repo` is no page's tail, nor the home page
        ("https://Owner.github.io:443/repo/migration-and-transnationalism/opportunities/#p1", "migration-and-transnationalism/opportunities.md"),
        ("https://owner.github.io/repo/gone/migration-and-transnationalism/opportunities/#p1", None),  # not the page's
        ("https://example.org/edition/migration-and-transnationalism/opportunities/#p1", "migration-and-transnationalism/opportunities.md"),
    ],
)  # fmt: skip
def test_find_page_reads_the_published_sites_addresses_from_its_root_when_site_url_is_set(
    url: str, page: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SITE_URL", "https://owner.github.io/repo/")
    assert annotate.find_page(ROOT, url) == (page, "p1")


TEXT_PAGE = "open a page of a text and copy the link of a paragraph's ¶ number: …/migration-and-transnationalism/opportunities/#p3"


@pytest.mark.parametrize(
    ("url", "quote", "message"),
    [
        # the page's name without its folder: the one page of that name is named, in a form make annotate takes
        (
            "/opportunities/#p3",
            "social",
            "URL: '/opportunities/#p3' leads to no page with numbered paragraphs"
            ' (did you mean URL="migration-and-transnationalism/opportunities.md#p3"?)',
        ),
        (
            "opportunities.md#p3",
            "social",
            "URL: 'opportunities.md#p3' leads to no page with numbered paragraphs"
            ' (did you mean URL="migration-and-transnationalism/opportunities.md#p3"?)',
        ),
        # without its paragraph: no URL ending in a bare '#', which the next run would refuse
        (
            "opportunities.md",
            "social",
            "URL: 'opportunities.md' leads to no page with numbered paragraphs"
            ' (did you mean URL="migration-and-transnationalism/opportunities.md#p3", with the number of its ¶ for 3?)',
        ),
        # its ¶ number or another id after it: not a URL the next run refuses ("it must end in #p1, #p2, …")
        (
            "opportunities.md#3",
            "social",
            "URL: 'opportunities.md#3' leads to no page with numbered paragraphs"
            ' (did you mean URL="migration-and-transnationalism/opportunities.md#p3"?)',
        ),
        (
            "opportunities.md#opportunities",
            "social",
            "URL: 'opportunities.md#opportunities' leads to no page with numbered paragraphs"
            ' (did you mean URL="migration-and-transnationalism/opportunities.md#p3", with the number of its ¶ for 3?)',
        ),
        ("/nowhere/#p3", "social", f"URL: '/nowhere/#p3' leads to no page with numbered paragraphs ({TEXT_PAGE})"),
        # the home page's address on the published site, its base path unknown (no SITE_URL): it was "no page of the edition"
        (
            "https://owner.github.io/repo/#p1",
            "social",
            f"URL: 'https://owner.github.io/repo/#p1' leads to no page with numbered paragraphs ({TEXT_PAGE})",
        ),
        ("http://127.0.0.1:8000/#p1", "social", "URL: no paragraph 'p1' on index.md (it has no numbered paragraphs)"),
        (
            "/migration-and-transnationalism/opportunities/",
            "social",
            "URL: '/migration-and-transnationalism/opportunities/' does not point at a paragraph (it must end in #p1, #p2, …)",
        ),
        (
            "/migration-and-transnationalism/opportunities/#p3",
            "social",
            "QUOTE: 'social' occurs 3 times in p3 (quote more words, so that it occurs once)",
        ),
        (
            "/migration-and-transnationalism/opportunities/#p9",
            "social",
            "URL: no paragraph 'p9' on migration-and-transnationalism/opportunities.md (it has p1–p5)",
        ),
    ],
)
def test_annotate_refuses_with_one_line(
    broken_project: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    url: str,
    quote: str,
    message: str,
) -> None:
    monkeypatch.delenv("SITE_URL", raising=False)
    assert annotate.main(["--root", str(broken_project), "--url", url, "--quote", quote]) == 1
    assert capsys.readouterr().out.strip() == message
    assert not (broken_project / "annotations/notes/social.md").exists()


def test_annotate_names_each_page_of_a_name_two_folders_hold(
    broken_project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With an annex in two folders, `annex.md#3` was answered with the example alone, as if no annex existed."""
    monkeypatch.delenv("SITE_URL", raising=False)
    docs = broken_project / "docs"
    shutil.copy(docs / "migration-and-transnationalism/annex.md", docs / "origin-governments-and-migrant-associations")
    assert annotate.main(["--root", str(broken_project), "--url", "annex.md#3", "--quote", "social"]) == 1
    assert capsys.readouterr().out.strip() == (
        "URL: 'annex.md#3' leads to no page with numbered paragraphs (did you mean"
        ' URL="migration-and-transnationalism/annex.md#p3" or URL="origin-governments-and-migrant-associations/annex.md#p3"?)'
    )


@pytest.mark.parametrize(
    "url",
    [" /migration-and-transnationalism/opportunities/#p3 ", "\t/migration-and-transnationalism/opportunities/#p3\n"],
)
def test_annotate_takes_a_link_pasted_with_spaces_around_it(
    broken_project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], url: str
) -> None:
    """A link copied from a document with a space or a line break after it 'does not point at a paragraph (it must
    end in #p1, #p2, …)', though it ends in #p3 as far as anyone can see: a browser's address bar drops them too."""
    for name, value in (("URL", url), ("QUOTE", "raise funds"), ("AUTHOR", "Ana Peña")):
        monkeypatch.setenv(name, value)
    assert annotate.main(["--root", str(broken_project)]) == 0, capsys.readouterr().out
    text = (broken_project / "annotations" / "notes" / "raise-funds.md").read_text(encoding="utf-8")
    assert "  paragraph: p3\n" in text


@pytest.mark.parametrize(
    ("url", "hint"),
    [
        # an annotation's Permalink, copied to answer it: its paragraph's link is the one to write
        (
            "/migration-and-transnationalism/opportunities/#transfer-of-ideas",
            "'#transfer-of-ideas' is the link of an annotation on p3: to annotate that paragraph, write"
            ' URL="migration-and-transnationalism/opportunities.md#p3"',
        ),
        ("/migration-and-transnationalism/opportunities/#P3", "it must end in #p1, #p2, …: did you mean #p3?"),
        # its ¶ number as its id, the page named with its folder: without it, the line offers the URL whole
        ("migration-and-transnationalism/opportunities.md#3", "it must end in #p1, #p2, …: did you mean #p3?"),
        ("/migration-and-transnationalism/opportunities/#opportunities", "it must end in #p1, #p2, …"),
    ],
)
def test_annotate_names_the_paragraph_a_link_of_another_kind_is_on(
    broken_project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], url: str, hint: str
) -> None:
    """An annotation's permalink said only 'it must end in #p1, #p2, …', and the paragraph it is on is known."""
    for name, value in (("URL", url), ("QUOTE", "raise funds"), ("AUTHOR", "Ana Peña")):
        monkeypatch.setenv(name, value)
    assert annotate.main(["--root", str(broken_project)]) == 1
    assert capsys.readouterr().out.strip() == f"URL: '{url}' does not point at a paragraph ({hint})"


MT = "migration-and-transnationalism"
MOVED_LINE = "That paragraph moved to /{place}."
FIX_MOVES = "run make check: it names the line of anchors.redirects.yml or of mkdocs.yml's redirect_maps to fix"


@pytest.fixture(scope="module")
def moved_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project with ids moved (`move_paragraphs`), as in the form's `moved_site`."""
    project = copy_project(tmp_path_factory.mktemp("moved-paragraphs") / "project")
    move_paragraphs(project)
    return project


@pytest.fixture
def moved_copy(moved_project: Path, tmp_path: Path) -> Path:
    """A copy of `moved_project` for one test to write a note in, or to change the moves of."""
    return shutil.copytree(moved_project, tmp_path / "project")


def redirect_instead(project: Path, lines: str) -> None:
    """Send Opportunities' `#p5` elsewhere than `moved_project` does: `lines` in place of its redirect."""
    edit(project, "anchors.redirects.yml", MOVED_PARAGRAPH, lines)


@pytest.mark.parametrize(
    ("url", "redirect", "quote", "page", "paragraph"),
    [
        pytest.param(
            f"http://127.0.0.1:8000/{MT}/conclusion/#p1",
            "",
            "a key factor in contemporary migration",
            f"{MT}/closing-remarks",
            "p1",
            id="page-moved",
        ),
        pytest.param(
            f"https://owner.github.io/repo/{MT}/conclusion/index.html#p1",
            "",
            "a key factor in contemporary migration",
            f"{MT}/closing-remarks",
            "p1",
            id="page-moved-published",
        ),
        pytest.param(
            f"/{MT}/opportunities/#p5",
            "",
            "A transnational perspective on migration",
            f"{MT}/introduction",
            "p3",
            id="redirected",
        ),
        # redirected to the old address of a page that moved since: the page's script, then mkdocs-redirects' stub
        pytest.param(
            f"/{MT}/opportunities/#p5",
            f"'/{MT}/opportunities/#p5': '/{MT}/conclusion/#p1'\n",
            "a key factor in contemporary migration",
            f"{MT}/closing-remarks",
            "p1",
            id="chain",
        ),
    ],
)
def test_annotate_follows_a_link_to_a_paragraph_that_moved_to_where_it_is_now(
    moved_copy: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    url: str,
    redirect: str,
    quote: str,
    page: str,
    paragraph: str,
) -> None:
    """make annotate refused an old link ("leads to no page with numbered paragraphs", "no paragraph 'p5'") that the
    site, and the site's form, follow: it says where the paragraph moved, as the form does, and writes the note there."""
    monkeypatch.delenv("SITE_URL", raising=False)
    if redirect:
        redirect_instead(moved_copy, redirect)
    arguments = ["--root", str(moved_copy), "--url", url, "--quote", quote, "--author", "Ana Peña"]
    assert annotate.main(arguments) == 0, capsys.readouterr().out
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == MOVED_LINE.format(place=f"{page}/#{paragraph}")
    assert lines[1].startswith("Wrote annotations/notes/"), lines
    written = frontmatter.loads((moved_copy / lines[1].removeprefix("Wrote ").partition(":")[0]).read_text("utf-8"))
    assert written["target"] == {"page": f"{page}.md", "paragraph": paragraph, "quote": quote}
    problems, _ = check.run_checks(moved_copy, dt.date.today())
    assert [p.field for p in problems if p.path == lines[1].removeprefix("Wrote ").partition(":")[0]] == ["body"]


def test_annotate_names_the_paragraph_a_moved_link_leads_to_when_the_quote_is_not_there(
    moved_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The quote's line is on the paragraph where it is now, which the line before it names."""
    url = f"/{MT}/opportunities/#p5"
    assert annotate.main(["--root", str(moved_copy), "--url", url, "--quote", "cost-effective"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == MOVED_LINE.format(place=f"{MT}/introduction/#p3")
    assert lines[1].startswith("QUOTE: 'cost-effective' is not in p3"), lines
    assert not list((moved_copy / "annotations" / "notes").glob("cost-effective*.md"))


@pytest.mark.parametrize(
    ("redirects", "message"),
    [
        pytest.param(
            f"'/{MT}/opportunities/#p5': '/{MT}/introduction/#introduction'\n",
            f"URL: '/{MT}/opportunities/#p5' moved to /{MT}/introduction/#introduction, which is not a paragraph"
            " (copy the link of a paragraph's ¶ number there)",
            id="onto-a-heading",
        ),
        pytest.param(
            f"'/{MT}/opportunities/#p5': '/{MT}/introduction/#p9'\n'/{MT}/introduction/#p9': '/{MT}/opportunities/#p5'\n",
            f"URL: '/{MT}/opportunities/#p5' moves in a circle (/{MT}/opportunities/#p5 → /{MT}/introduction/#p9"
            f" → /{MT}/opportunities/#p5) ({FIX_MOVES})",
            id="circle",
        ),
        pytest.param(
            f"'/{MT}/opportunities/#p5': '/{MT}/introduction/#p9'\n",
            f"URL: '/{MT}/opportunities/#p5' moved to /{MT}/introduction/#p9, which no page has ({FIX_MOVES})",
            id="nowhere",
        ),
    ],
)
def test_annotate_refuses_a_link_that_moved_onto_no_paragraph_in_one_line(
    moved_copy: Path, capsys: pytest.CaptureFixture[str], redirects: str, message: str
) -> None:
    """An id may be redirected to a heading, or (a mistake the build names) round in a circle: nothing is written."""
    redirect_instead(moved_copy, redirects)
    notes = sorted((moved_copy / "annotations" / "notes").iterdir())
    url = f"/{MT}/opportunities/#p5"
    assert annotate.main(["--root", str(moved_copy), "--url", url, "--quote", "social", "--author", "Ana"]) == 1
    assert capsys.readouterr().out.strip() == message
    assert sorted((moved_copy / "annotations" / "notes").iterdir()) == notes


GONE_PARAGRAPH = (
    f"URL: '/{MT}/conclusion/#p7': that page moved to /{MT}/closing-remarks/, which has no paragraph 'p7'"
    " (it has p1: copy the link of a paragraph's ¶ number there)"
)


def test_annotate_names_the_page_a_link_s_page_moved_to_when_it_has_no_such_paragraph(
    moved_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A page move sends every id on: one its page never had said "moved to …/closing-remarks/#p7, which no page has"
    and sent the contributor to make check, which had nothing to fix. The form's words (test_browser_annotate_links.py)."""
    notes = sorted((moved_project / "annotations" / "notes").iterdir())
    url = f"/{MT}/conclusion/#p7"
    assert annotate.main(["--root", str(moved_project), "--url", url, "--quote", "social", "--author", "Ana"]) == 1
    assert capsys.readouterr().out.strip() == GONE_PARAGRAPH
    assert sorted((moved_project / "annotations" / "notes").iterdir()) == notes


GONE_PAGE = (
    f"URL: '/{MT}/conclusion/#p7': that page is gone, and 'p7' is none of its paragraphs that moved (p1):"
    f" they went to /{MT}/introduction/ (copy the link of a paragraph's ¶ number there)"
)


RETIRED_BY_NUMBER = (
    f"URL: '/{MT}/conclusion/#p7': that page moved to /{MT}/introduction/, which has no paragraph 'p7'"
    " (it has p1–p3: copy the link of a paragraph's ¶ number there)"
)


@pytest.mark.parametrize(
    ("change", "line"),
    [(merge_conclusion, GONE_PAGE), (retire_by_number, RETIRED_BY_NUMBER)],
    ids=["renumbered", "numbers-kept"],
)
def test_annotate_says_a_link_s_page_is_gone_and_where_its_paragraphs_went(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: Callable[[Path], None], line: str
) -> None:
    """A page deleted, its ids redirected one by one: an id it never had "led to no page with numbered paragraphs",
    the form listing the old ids as the page's. Both say the page is gone and where its paragraphs went now; where
    they kept their numbers on one page, that the page moved there (the form cannot tell it from a page move)."""
    project = copy_project(tmp_path / "project")
    change(project)
    url = f"/{MT}/conclusion/#p7"
    assert annotate.main(["--root", str(project), "--url", url, "--quote", "social", "--author", "Ana"]) == 1
    assert capsys.readouterr().out.strip() == line


@pytest.mark.parametrize(
    ("ends", "line"),
    [
        ([("p1", f"/{MT}/introduction/"), ("p2", f"/{MT}/introduction/")],
         f"URL: '/{MT}/conclusion/#p7': that page is gone, and 'p7' is none of its paragraphs that moved (p1–p2):"
         f" they went to /{MT}/introduction/ (copy the link of a paragraph's ¶ number there)"),
        ([("p1", f"/{MT}/introduction/"), ("p3", f"/{MT}/challenges/")],
         f"URL: '/{MT}/conclusion/#p7': that page is gone, and 'p7' is none of its paragraphs that moved (p1, p3)"
         " (open the page a paragraph is on now and copy the link of its ¶ number)"),
        ([("p1", f"/{MT}/introduction/"), ("p2", None)],
         f"URL: '/{MT}/conclusion/#p7': that page is gone, and 'p7' is none of its paragraphs that moved (p1–p2)"
         " (open the page a paragraph is on now and copy the link of its ¶ number)"),
    ],
    ids=["one-page", "spread", "one-onto-a-heading"],
)  # fmt: skip
def test_a_gone_page_s_line_names_the_one_page_its_paragraphs_went_to(
    ends: list[tuple[str, str | None]], line: str
) -> None:
    """Its paragraphs sent to one page, that page is where to copy the link from; sent to several, or one onto
    no paragraph (a heading: `#contents`), none is named."""
    assert str(gone_page_problem(f"/{MT}/conclusion/#p7", "p7", ends)) == line
