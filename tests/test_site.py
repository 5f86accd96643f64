"""End-to-end: the real site builds strictly and every source page is numbered as DESIGN.md says."""

from __future__ import annotations

import json
import re
from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup
from conftest import ROOT, edit, parse, run_build
from edition_pages import DOCS, RE_SCREEN_ONLY, built_path, source_pages

from hooks.core.bibliography_checks import bibliography_schema, check_bibliography
from hooks.core.policy_index import check_removed
from hooks.core.short_code import SHORT_CODE_CLASS, is_short_text

SCHEMA = bibliography_schema(ROOT)[0]
SECTIONS = [
    "introduction",
    "agents-and-subjects",
    "opportunities",
    "challenges",
    "policy-considerations",
    "conclusion",
    "annex",
]
SOURCE_IDS = ["migration-and-transnationalism", "origin-governments-and-migrant-associations"]
RE_HEADING_ID = re.compile(r"^#{1,6} .*\{ #([\w-]+) \}\s*$", re.MULTILINE)


def all_source_pages() -> list[Path]:
    return [page for source in SOURCE_IDS for page in source_pages(source)]


def text_paragraphs(article):
    """Paragraphs of the text: direct children of the article or of a block quote in it."""
    return [p for p in article.find_all("p") if p.parent.name in ("article", "blockquote")]


def test_every_section_page_exists_in_order(site: Path) -> None:
    pages = source_pages("migration-and-transnationalism")
    assert [page.stem for page in pages] == ["index", *SECTIONS]
    for page in pages:
        assert built_path(site, page).is_file(), page


@pytest.mark.parametrize("page", all_source_pages(), ids=lambda p: str(p.relative_to(DOCS)))
def test_every_paragraph_has_a_unique_pn_id(site: Path, page: Path) -> None:
    article = parse(built_path(site, page)).find("article")
    ids = [p.get("id") for p in text_paragraphs(article)]
    assert all(pid and re.fullmatch(r"p[1-9][0-9]*", pid) for pid in ids), ids
    assert len(ids) == len(set(ids))
    assert ids == [f"p{n}" for n in range(1, len(ids) + 1)], "paragraphs are numbered in reading order"


@pytest.mark.parametrize("page", all_source_pages(), ids=lambda p: str(p.relative_to(DOCS)))
def test_headings_keep_the_ids_written_in_markdown(site: Path, page: Path) -> None:
    written = RE_HEADING_ID.findall(page.read_text(encoding="utf-8"))
    article = parse(built_path(site, page)).find("article")
    generated = {"cite-this-page"}  # the build-time "Cite this page" section (hooks/adapters/citation.py)
    rendered = [h.get("id") for h in article.find_all(re.compile(r"^h[1-6]$")) if h.get("id") not in generated]
    assert written and rendered == written


@pytest.mark.parametrize("page", all_source_pages(), ids=lambda p: p.relative_to(DOCS).as_posix())
def test_a_source_pages_title_is_its_heading(site: Path, page: Path) -> None:
    # The browser tab, the Cite dialog and the lists on other pages name a page by its front-matter
    # title: it must be the heading the reader sees (the chapter's once differed in its capitals).
    soup = parse(built_path(site, page))
    heading = soup.select_one("article h1")
    for permalink in heading.select("a.headerlink"):
        permalink.decompose()
    title = soup.title.get_text().rsplit(" - ", 1)[0]
    words = heading.get_text(" ", strip=True)
    assert title == words or (words.isupper() and title.casefold() == words.casefold())  # the source's "ANNEX"


def test_every_heading_permalink_is_named_by_its_section(site: Path) -> None:
    """toc's `¶` was named by its text, "pilcrow": named by its section on every page, generated ones too."""
    named = 0
    for built in site.rglob("*.html"):
        for permalink in parse(built).select("article a.headerlink"):
            heading = permalink.parent
            name = permalink.get("aria-label", "")
            permalink.decompose()
            assert name.startswith("Link to this section: "), (built, name)
            # A section whose name another shares says the one it is under (`Migration, under Pages`).
            section = name.removeprefix("Link to this section: ").split(", under ")[0]
            assert section in heading.get_text(" ", strip=True), (built, name)
            named += 1
    assert named > 100


def test_footnotes_keep_the_source_numbers_and_say_their_text_is_missing(site: Path) -> None:
    numbers = {}
    for page in source_pages("migration-and-transnationalism"):
        article = parse(built_path(site, page)).find("article")
        for ref in article.select("a.footnote-ref"):
            note = article.find("li", id=ref["href"][1:])
            numbers[ref.get_text()] = note.get_text()
    assert sorted(numbers) == ["2", "3", "4", "5", "6"]
    assert all("missing from the source" in text for text in numbers.values())


def test_footnotes_stay_with_the_text_above_the_cite_section_and_are_searchable(site: Path) -> None:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    for page in source_pages("migration-and-transnationalism"):
        article = parse(built_path(site, page)).find("article")
        notes = article.select_one("div.footnote")
        if notes is None:
            continue
        cite = article.find(id="cite-this-page")
        assert notes in cite.find_all_previous("div"), f"{page.name}: the notes come before 'Cite this page'"
        words = " ".join(notes.find("li").get_text().split()[:6])
        url = built_path(site, page).parent.relative_to(site).as_posix() + "/"
        assert any(doc["location"].startswith(url) and words in doc["text"] for doc in index["docs"]), words


def test_restored_hyphen_is_visible(site: Path) -> None:
    page = built_path(site, DOCS / "migration-and-transnationalism" / "opportunities.md")
    mark = parse(page).select_one("#p1 ins.editorial")
    assert mark.get_text() == "-" and "restored" in mark["title"]


def test_annex_definitions_are_quotations_with_attributions(site: Path) -> None:
    article = parse(built_path(site, DOCS / "migration-and-transnationalism" / "annex.md")).find("article")
    quotes = article.find_all("blockquote")
    assert len(quotes) == 4
    for quote in quotes:
        paragraphs = quote.find_all("p")
        assert len(paragraphs) == 2 and "attribution" in paragraphs[-1].get("class", [])


def test_chapter_page_has_no_cookie_banner_or_furniture(site: Path) -> None:
    text = parse(built_path(site, DOCS / SOURCE_IDS[1] / "index.md")).find("article").get_text(" ")
    assert "We use cookies" not in text and "Accept all cookies" not in text
    for field in ("Book chapter", "International Organization for Migration", "285", "Sending states"):
        assert field in text


def test_bibliography_record_lists_what_is_unknown(site: Path) -> None:
    for source in SOURCE_IDS:
        record = parse(built_path(site, DOCS / source / "index.md")).find("article").find("dl", recursive=False)
        terms = [dt.get_text() for dt in parse(built_path(site, DOCS / source / "index.md")).select("article dt")]
        assert "Title" in terms and "Not known to the edition" in terms, (source, terms, record)


def test_bibliography_record_sets_the_titles_it_names_in_italics(site: Path) -> None:
    article = parse(built_path(site, DOCS / SOURCE_IDS[0] / "index.md")).find("article")
    unknown = next(dt for dt in article.find_all("dt") if dt.get_text() == "Not known to the edition").find_next("dd")
    assert [em.get_text() for em in unknown.find_all("em")] == ["International Dialogue on Migration No. 17"]
    assert "*" not in unknown.get_text()


def built_record_value(project: Path, field: str, written: str):
    """The record's value cell for `field`, once the first source's record has it and the site is built clean."""
    landing = DOCS.relative_to(ROOT) / SOURCE_IDS[0] / "index.md"
    edit(project, landing, "  language: en\n", f"  language: en\n  {field}: '{written}'\n")
    result = run_build(project, project / "site")
    assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr
    record = parse(built_path(project / "site", DOCS / SOURCE_IDS[0] / "index.md"))
    return record.select_one("article .bibliographic-record dl").find("dt", string=field).find_next_sibling("dd")


def test_a_source_s_address_on_its_record_is_a_link_to_it(broken_project: Path) -> None:
    """The record showed `URL` as plain text; a link now, whose address no Markdown in it (`_`, `*`, `[…](…)`, `~~`,
    `&`) changes, in its text or its `href`."""
    url = "https://example.org/report_2010*draft*/[1](2)?a=1&b=~~x~~&lt=3#top"
    value = built_record_value(broken_project, "URL", url)
    assert [(a["href"], a.get_text()) for a in value.find_all("a")] == [(url, url)]
    assert value.get_text() == url


def test_a_source_s_doi_on_its_record_is_a_link_at_doi_org(broken_project: Path) -> None:
    """The record showed `DOI` as plain text; a link now to https://doi.org/ and the DOI, whose Markdown (`_`, `*`,
    `[…](…)`, `<…>`) is shown as written, in its text and its `href`."""
    doi = "10.1002/(SICI)1097_4571*x*[1](2)49:8<693::AID-ASI4>3.0.CO;2-0"
    value = built_record_value(broken_project, "DOI", doi)
    href = "https://doi.org/10.1002/(SICI)1097_4571%2Ax%2A%5B1%5D(2)49:8%3C693::AID-ASI4%3E3.0.CO;2-0"
    assert [(a["href"], a.get_text()) for a in value.find_all("a")] == [(href, doi)]
    assert value.get_text() == doi


def record_fields(site: Path, source: str) -> dict[str, str]:
    """A source's record as a reader reads it: each term and its value's text (what is unknown left out)."""
    record = parse(built_path(site, DOCS / source / "index.md")).select_one("article .bibliographic-record dl")
    fields = {dt.get_text(): dt.find_next_sibling("dd").get_text(" ", strip=True) for dt in record.find_all("dt")}
    return {term: value for term, value in fields.items() if term != "Not known to the edition"}


def test_bibliography_records_read_as_a_catalogue_writes_them(site: Path) -> None:
    """Dates as readers write them (the event's was `2010-03-09 – 2010-03-10`), names labelled by their number."""
    assert record_fields(site, SOURCE_IDS[0]) == {
        "Type": "Report",
        "Genre": "Background paper",
        "Title": "Migration and transnationalism: Opportunities and challenges",
        "Author": "International Organization for Migration",
        "Event": "International Dialogue on Migration intersessional workshop"
        " “Migration and Transnationalism: Opportunities and Challenges”",
        "Event place": "International Conference Center Geneva (CICG)",
        "Event date": "9–10 March 2010",
        "Publisher": "International Organization for Migration",
        "Place": "Geneva",
        "Issued": "2010",
        "Language": "English",
    }
    assert record_fields(site, SOURCE_IDS[1]) == {
        "Type": "Book chapter",
        "Title": "Perspectives from governments of countries of origin and migrant associations",
        "Editors": "Stephen Castles; Raúl Delgado Wise",
        "In": "Migration and development: Perspectives from the South",
        "Publisher": "International Organization for Migration",
        "Place": "Geneva",
        "Issued": "2008",
        "Pages": "285–304",
        "ISBN": "978-92-9068-417-6",
        "Keywords": "Sending states; migrant associations; transnationalism; integration; south-south; networks",
        "Language": "English",
    }


def test_not_found_page_says_how_addresses_work_and_where_to_go(site: Path) -> None:
    page = parse(site / "404.html")
    assert page.find("h1").get_text(strip=True) == "Page not found"
    assert page.find("title").get_text() == "Page not found - Migration and Transnationalism — an annotated edition"
    content = page.find("article")
    assert "#p7" in content.get_text()
    links = {a["href"] for a in content.find_all("a", href=True)}
    assert {"/glossary/", "/about/citing/"} <= links, "absolute from the site's root: the page is served at any address"


MOVED_TO_STABLE_LINKS = [
    "id-gone",
    "lock-conflict",
    "lock-grows",
    "new-ids",
    "no-move-onto-a-page",
    "one-id-twice",
    "page-moves",
    "page-retired",
    "page-written-twice",
    "paragraph-words",
]


def test_the_citing_pages_editors_parts_moved_to_their_own_page_and_their_old_links_follow(site: Path) -> None:
    """Readers who came to cite were buried in the editors' steps: those moved, their published ids redirected."""
    lock = json.loads((ROOT / "anchors.lock.json").read_text(encoding="utf-8"))
    citing = parse(site / "about" / "citing" / "index.html")
    editors = parse(site / "about" / "stable-links" / "index.html")
    gone = sorted(set(lock["/about/citing/"]) - {element["id"] for element in citing.select("[id]")})
    assert gone == MOVED_TO_STABLE_LINKS
    data = json.loads(citing.select_one("div.edition-citation-data")["data-json"])
    assert data["redirects"] == {name: f"/about/stable-links/#{name}" for name in gone}
    assert [name for name in gone if editors.select_one(f"article h2#{name}") is None] == []
    anchors = citing.select_one("article h2#anchors")
    assert anchors.find_next("a", href="../stable-links/") is not None, "the reader's section points editors on"


RECORD_RULES = [
    "Titles in sentence case",
    "date-parts",
    "BCP 47",
    "Only what the sources confirm",
    "edition:bibliography",
]


def test_the_record_rules_moved_from_the_citing_page_to_the_editors_page(site: Path) -> None:
    """Readers who came to cite met 80 lines on writing a record: the rules moved to a page for editors."""
    citing = parse(site / "about" / "citing" / "index.html")
    records = parse(site / "about" / "source-records" / "index.html")
    nav = {link["href"] for link in citing.select("nav.md-nav--primary a[href]")}
    assert "../source-records/" in nav
    rules = records.select_one("article").get_text(" ", strip=True)
    assert [rule for rule in RECORD_RULES if rule not in rules] == []
    assert [name for name in ("required", "dates", "unknown", "language") if not records.select(f"h2#{name}")] == []
    formats = citing.select_one("article h2#formats")
    said = " ".join(element.get_text(" ", strip=True) for element in formats.find_next_siblings())
    assert [rule for rule in RECORD_RULES if rule in said] == [], "the Citing page keeps what readers get"
    assert formats.find_next("a", href="../source-records/") is not None, "the Formats section points editors on"
    assert records.find("a", href="../citing/#formats") is not None, "and the editors' page points back"


def test_a_bad_records_line_names_the_editors_page_and_its_section(site: Path) -> None:
    """A misspelt type's line says where the record's rules are, at an id the built page has."""
    (line,) = [str(p) for p in check_bibliography("docs/s/index.md", {"type": "reprot", "title": "T"}, SCHEMA)]
    assert line.endswith("(did you mean 'report'? see docs/about/source-records.md#required)")
    guide = re.search(r"docs/(\S+)\.md#([\w-]+)", line)
    assert parse(site / guide[1] / "index.html").select_one(f"article h2#{guide[2]}") is not None


# A reader's guide → its editors' page, and the ids of the sections that moved there.
MOVED_FROM_READERS_GUIDES = {
    "glossary-guide": (
        "glossary-terms",
        ["a-definition-names-its-term", "adding-a-term", "how-many-uses", "linking-every-occurrence"],
    ),
    "policy-areas-guide": ("tagging", ["checks", "tag-a-page", "tag-a-paragraph", "tag-an-annotation", "the-list"]),
}


@pytest.mark.parametrize("guide", sorted(MOVED_FROM_READERS_GUIDES))
def test_a_readers_guides_editors_parts_moved_to_their_own_page_and_their_old_links_follow(
    site: Path, guide: str
) -> None:
    """Readers who came to learn the glossary or the areas met YAML and error lines: those moved, their ids redirected."""
    editors_page, moved = MOVED_FROM_READERS_GUIDES[guide]
    lock = json.loads((ROOT / "anchors.lock.json").read_text(encoding="utf-8"))
    readers = parse(site / "about" / guide / "index.html")
    editors_path = site / "about" / editors_page / "index.html"
    assert editors_path.is_file(), f"/about/{editors_page}/ is built"
    editors = parse(editors_path)
    gone = sorted(set(lock[f"/about/{guide}/"]) - {element["id"] for element in readers.select("[id]")})
    assert gone == moved
    data = json.loads(readers.select_one("div.edition-citation-data")["data-json"])
    assert data["redirects"] == {name: f"/about/{editors_page}/#{name}" for name in moved}
    assert [name for name in moved if editors.select_one(f"article h2#{name}") is None] == []
    assert set(moved) <= set(lock[f"/about/{editors_page}/"]), "the lock records the ids at their new place"
    moved_entries = {
        entry["id"]: entry["moved_to"]
        for entry in json.loads((site / "anchors.json").read_text(encoding="utf-8"))
        if entry["page"] == f"/about/{guide}/" and entry["kind"] == "moved"
    }
    assert moved_entries == {name: f"http://127.0.0.1:8000/about/{editors_page}/#{name}" for name in moved}
    assert f"../{editors_page}/" in {link["href"] for link in readers.select("nav.md-nav--primary a[href]")}
    assert readers.select_one("article").find("a", href=f"../{editors_page}/") is not None, (
        "the guide points editors on"
    )
    assert editors.select_one("article").find("a", href=f"../{guide}/") is not None, "and the editors' page points back"


@pytest.mark.parametrize("guide", sorted(MOVED_FROM_READERS_GUIDES))
def test_a_readers_guide_speaks_of_no_test_the_editors_page_does(site: Path, guide: str) -> None:
    """The glossary guide told readers that a browser test searches every term and a new term may fail it.

    That is for whoever adds a term: it stands among the steps of adding one.
    """
    readers = parse(site / "about" / guide / "index.html").select_one("article").get_text(" ")
    assert re.findall(r"[^.]*\btests?\b[^.]*", readers) == []
    adding = parse(site / "about" / "glossary-terms" / "index.html").select_one("article h2#adding-a-term")
    section = []
    for element in adding.find_next_siblings():
        if element.name == "h2":
            break
        section.append(element.get_text(" "))
    assert "searches for every term and alias" in " ".join(" ".join(section).split())


def test_a_published_areas_line_names_the_editors_page_and_its_section(site: Path) -> None:
    """The line for a published area taken out of the file says where the rule is, at an id the built page has."""
    (line,) = [str(p) for p in check_removed([], ["south-south"])]
    guide = re.search(r"docs/(\S+)\.md#([\w-]+)", line)
    assert guide is not None, line
    assert parse(site / guide[1] / "index.html").select_one(f"article h2#{guide[2]}") is not None


def test_the_navigation_groups_each_text_and_the_pages_across_them(site: Path) -> None:
    """A page listed after a section read as that section's last entry (Glossary under "Policy areas")."""
    nav = parse(site / "glossary" / "index.html").select_one("nav.md-nav--primary > ul")
    sections = {}
    for item in nav.find_all("li", class_="md-nav__item--section", recursive=False):
        title = item.find(class_="md-nav__link").get_text(" ", strip=True)
        entries = item.select("nav[data-md-level='1'] > ul > li")
        sections[title] = [entry.find(class_="md-nav__link").get_text(" ", strip=True) for entry in entries]
    items = nav.find_all("li", recursive=False)
    pages = [item.get_text(" ", strip=True) for item in items if "md-nav__item--section" not in item["class"]]
    assert pages == ["Home"], "no page of its own beside the sections, where it would read as the one above's"
    chapter = parse(built_path(site, DOCS / SOURCE_IDS[1] / "index.md")).select_one("article h1").get_text(strip=True)
    assert list(sections) == ["Migration and Transnationalism", chapter.rstrip("¶"), "Across the texts", "About"]
    assert sections["Across the texts"] == ["Glossary", "Policy areas", "Annotations"]
    assert nav.find("a", string=re.compile("Across the texts")) is None, "the group's title leads nowhere"


def test_bibliography_record_names_the_language_and_the_tags_keep_its_code(site: Path) -> None:
    for source in SOURCE_IDS:
        page = parse(built_path(site, DOCS / source / "index.md"))
        language = next(dt for dt in page.select("article dt") if dt.get_text() == "Language").find_next("dd")
        assert language.get_text() == "English"
        codes = {
            tag["name"]: tag["content"]
            for tag in page.select('meta[name="DC.language"], meta[name="citation_language"]')
        }
        assert codes == {"DC.language": "en", "citation_language": "en"}
        assert json.loads((site / "cite" / f"{source}.json").read_text(encoding="utf-8"))[0]["language"] == "en"


def test_bibliography_record_says_it_is_the_editions_normalised_record(site: Path) -> None:
    """On the chapter's page it follows the publisher's details, whose fields it repeats, normalised (285–304)."""
    for source in SOURCE_IDS:
        heading = parse(built_path(site, DOCS / source / "index.md")).select_one("article h2#bibliography")
        record = heading.find_next_sibling()
        assert "bibliographic-record" in record["class"], record
        intro = record.find("p", recursive=False)
        assert intro.get_text(" ", strip=True).startswith("The edition's normalised record of the work"), intro
        assert intro.find("a")["href"] == "../about/citing/#formats"
        assert intro.find_next_sibling().name == "dl"


def printed_words(element) -> str:
    """An element's words as print shows them: without what `.on-screen` leaves to screens (edition.css)."""
    for screen_only in element.select(".on-screen"):
        screen_only.decompose()
    return " ".join(element.get_text().split())


def test_the_home_page_leaves_screen_instructions_out_of_print(site: Path) -> None:
    """Printed, it said "point at one (or tap it)" of the term links, and named the header's button."""
    article = parse(site / "index.html").find("article")
    assert RE_SCREEN_ONLY.search(article.get_text()), "the screen still says how"
    words = printed_words(article)
    assert RE_SCREEN_ONLY.findall(words) == []
    assert "Terms the texts define are underlined. The glossary quotes every definition" in words
    assert "Cite a paragraph by its ¶ number; reference managers" in words


def test_the_cite_block_leaves_the_cite_action_out_of_print(site: Path) -> None:
    """The printed "Cite this page" sent the reader to a Cite action paper does not have."""
    block = parse(site / "migration-and-transnationalism" / "opportunities" / "index.html").select_one(
        ".edition-cite-page"
    )
    assert "JavaScript" in block.get_text()
    words = printed_words(block)
    assert RE_SCREEN_ONLY.findall(words) == []
    expected = "To cite one paragraph, use its paragraph number (the margin's ¶ N): add para. N to the citation"
    assert f"{expected} and #pN to the link." in words
    # Said in words: "its ¶ number" was read "its pilcrow number", the ¶ left to show what to look for.
    assert "¶ number" not in block.get_text()


RE_RUN_IN_ITEM = re.compile(r"\n[ \t]*(?:[-*+]|\d+\.)[ \t]")
RE_LIST_LINE = re.compile(r"^( *)(?:[-*+]|\d+[.)]) ")  # a list item's line, by its leading spaces


@pytest.mark.parametrize("page", sorted((DOCS / "about").glob("*.md")), ids=lambda page: page.name)
def test_the_about_pages_lists_are_not_run_into_a_paragraph(site: Path, page: Path) -> None:
    """A list item right under an indented paragraph, with no blank line, was shown as that paragraph's text.

    The glossary guide's step 5 then read as a new '1.', and Citing's step 6 and the worked example's steps
    ran on inside the step above them, their `- ` and `6. ` printed as words.
    """
    article = parse(built_path(site, page)).select_one("article")
    run_in = [p.get_text()[:80] for p in article.find_all("p") if RE_RUN_IN_ITEM.search(p.decode_contents())]
    assert run_in == [], f"{page.name}: a list item is part of a paragraph (put a blank line before it)"


@pytest.mark.parametrize("name", ["README.md", "CONTRIBUTING.md", "annotations/README.md"])
def test_the_repository_s_guides_lists_are_lists_in_python_markdown_too(name: str) -> None:
    """GitHub lets an item follow a paragraph line; Python-Markdown (and other renderers) ran it into the paragraph."""
    html = markdown.markdown((ROOT / name).read_text(encoding="utf-8"), extensions=["fenced_code", "tables"])
    paragraphs = BeautifulSoup(html, "html.parser").find_all("p")
    run_in = [p.get_text()[:80] for p in paragraphs if RE_RUN_IN_ITEM.search(p.decode_contents())]
    assert run_in == [], f"{name}: a list item is part of a paragraph (put a blank line before it)"


@pytest.mark.parametrize("name", ["README.md", "CONTRIBUTING.md", "annotations/README.md"])
def test_the_repository_s_guides_nest_lists_by_four_spaces_as_python_markdown_reads_them(name: str) -> None:
    """GitHub nests an item indented by two spaces; Python-Markdown (MkDocs) read it as its parent's sibling.

    Each item indented by a multiple of four is nested in Python-Markdown's reading, as on GitHub;
    the lines of code blocks (superfences, as mkdocs.yml has it: a fence inside an item) are not items.
    """
    text = (ROOT / name).read_text(encoding="utf-8")
    html = markdown.markdown(text, extensions=["pymdownx.superfences", "tables"])
    soup = BeautifulSoup(html, "html.parser")
    code = {line.strip() for block in soup.find_all("pre") for line in block.get_text().split("\n")}
    items = [
        (len(m[1]), line) for line in text.split("\n") if (m := RE_LIST_LINE.match(line)) and line.strip() not in code
    ]
    assert [line for indent, line in items if indent % 4] == [], f"{name}: indent nested items by 4 spaces a level"
    nested = [item for item in soup.find_all("li") if item.find_parent("li")]
    assert len(nested) == sum(1 for indent, _ in items if indent), f"{name}: an indented item is not nested"


def test_no_line_of_the_site_starts_with_the_dot_between_items(site: Path) -> None:
    """A plain space before ` · ` let a narrow screen break before the dot (`· Edition editors`); a no-break one
    (ITEM_SEPARATOR) ends the line with it, as a comma would, on every generated line of items."""
    plain = {}
    for path in sorted(site.rglob("*.html")):
        texts = parse(path).find_all(string=re.compile(r"(?:^|[^\S\u00a0])\u00b7"))
        if texts:
            plain[path.relative_to(site).as_posix()] = sorted({text.parent.name for text in texts})
    assert plain == {}


def test_the_search_still_reads_the_words_either_side_of_the_dot(site: Path) -> None:
    """Material's search splits text at its `separator` (mkdocs.yml), whose `\\s` takes the no-break space."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    separator = re.compile(re.search(r"separator: '(.*)'", config)[1])
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    docs = {doc["location"]: doc["text"] for doc in index["docs"]}
    for location, words in [
        ("migration-and-transnationalism/annex/#illustrative-definitions", ["transnationalism", "·", "transnational"]),
        ("migration-and-transnationalism/opportunities/", ["Editorial", "note", "·", "Edition", "editors", "·"]),
        ("policy-areas/#remittances", ["2", "pages", "·", "3", "paragraphs", "·"]),
        ("glossary/#diaspora", ["4", "·"]),
    ]:
        tokens = [
            token for token in separator.split(BeautifulSoup(docs[location], "html.parser").get_text(" ")) if token
        ]
        assert any(tokens[i : i + len(words)] == words for i in range(len(tokens))), (location, docs[location])


def test_every_short_code_span_of_the_site_is_marked_to_stay_whole_wherever_it_was_made(site: Path) -> None:
    """Code made outside the Markdown (the Cite block's, the not-found page's) is marked by the extension's rule too.

    The Cite block is put in after the tree is walked, the not-found page is a template: their short spans,
    unmarked, could end a line inside `#pN` or `/<text>/<section>/` as the guides' did inside `2026-12-05`.
    """
    pages = sorted(site.rglob("*.html"))
    spans = [
        (page.relative_to(site).as_posix(), code)
        for page in pages
        for code in parse(page).select("code")
        if not code.find_parent("pre")
    ]
    wrong = [
        f"{where}: {text!r} {'unmarked' if short else 'marked'}"
        for where, code in spans
        if (short := is_short_text(text := " ".join(code.get_text().split())))
        != (SHORT_CODE_CLASS in code.get("class", []))
    ]
    assert len(spans) > 500, len(spans)
    assert not wrong, "\n".join(wrong)
