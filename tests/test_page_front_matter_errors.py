"""A page's front matter and text, broken: a bad field, a YAML misreading, a hidden character, one line in build and check."""

from __future__ import annotations

from pathlib import Path

import pytest
from broken_project_helpers import OPPORTUNITIES, assert_build_and_check_say, assert_pages_say, edition_lines
from conftest import edit, parse, run_build, run_check

from hooks.core.text import DIRECTION_HINT


def test_paragraph_without_id_and_bad_front_matter_are_reported_together(broken_project: Path) -> None:
    edit(broken_project, OPPORTUNITIES, "\n{ #p4 }", "")
    edit(broken_project, Path("docs/migration-and-transnationalism/challenges.md"), "order: 4", "order: four")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert (
        "docs/migration-and-transnationalism/opportunities.md: paragraph: 'Lastly, migrants and their families may…'"
        " has no id (end it with '{ #p4 }' if it is the paragraph published as p4, or '{ #p6 }' if it is new)"
        in result.stderr
    )
    assert "docs/migration-and-transnationalism/challenges.md: order: must be a whole number ≥ 0, not 'four'" in (
        result.stderr
    )


def test_malformed_front_matter_is_named_once(broken_project: Path) -> None:
    """Not followed by a "missing" line per field, nor by its own lines taken for a paragraph without id."""
    edit(broken_project, OPPORTUNITIES, "title: Opportunities", "title: [Opportunities")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    page_lines = [line for line in edition_lines(result.stderr) if line.startswith(OPPORTUNITIES.as_posix())]
    assert len(page_lines) == 1, page_lines
    assert page_lines[0].startswith("docs/migration-and-transnationalism/opportunities.md: front matter: invalid YAML")


def test_a_page_that_is_not_utf8_is_one_line_in_the_build_and_in_check(broken_project: Path) -> None:
    """MkDocs itself stops on such a page with a traceback."""
    page = broken_project / "docs/migration-and-transnationalism/annex.md"
    page.write_bytes(page.read_text(encoding="utf-8").replace("Vertovec", "Vertovéc", 1).encode("latin-1", "replace"))
    line = "docs/migration-and-transnationalism/annex.md: is not UTF-8 (byte "
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert [text for text in result.stderr.splitlines() if line in text], result.stderr
    assert "no page 'migration-and-transnationalism/annex.md'" not in result.stderr  # its definitions are still read
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr
    assert [text for text in check.stdout.splitlines() if text.startswith(line)] == check.stdout.splitlines()[:1]


def test_a_page_saved_with_windows_line_ends_builds_as_mkdocs_reads_it(broken_project: Path) -> None:
    """MkDocs reads pages in text mode ('\\r\\n' becomes '\\n'); read as bytes, the front matter was not found."""
    page = broken_project / OPPORTUNITIES
    page.write_bytes(page.read_bytes().replace(b"\n", b"\r\n"))
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0 and not edition_lines(result.stderr), result.stderr
    built = (broken_project / "site/migration-and-transnationalism/opportunities/index.html").read_text(
        encoding="utf-8"
    )
    assert "<title>Opportunities" in built and 'id="p5"' in built and "\r" not in built
    assert run_check(broken_project).returncode == 0


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        # Every list and link showing the title needs text (the policy-area and annotation pages crashed).
        ("title: Opportunities", "title: 2010", "title: '2010' is not text (put it in quotes: `title: '2010'`)"),
        # YAML 1.1 read `yes` as true: the line offered was `title: 'True'`, not the word written
        (
            "title: Opportunities",
            "title: yes",
            "title: 'yes' is not text: YAML reads it as true (put it in quotes: `title: 'yes'`)",
        ),
        # A set of sources and the order check stopped the build ('unhashable type').
        (
            "source: migration-and-transnationalism",
            "source: [migration-and-transnationalism]",
            "source: [migration-and-transnationalism] is not text (write `source: migration-and-transnationalism`)",
        ),
    ],
    ids=["title", "title-yes", "source"],
)
def test_a_field_yaml_reads_as_other_than_text_is_one_line(broken_project: Path, old: str, new: str, line: str) -> None:
    edit(broken_project, OPPORTUNITIES, old, new)
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert edition_lines(result.stderr) == [f"{OPPORTUNITIES.as_posix()}: {line}"]


@pytest.mark.parametrize(
    ("new", "line"),
    [
        ("title: [Opportunities, abroad]", "title: [Opportunities, abroad] is a list, not text"
         " (write the title as one text: `title: Opportunities abroad`)"),
        ("description: [Remittances, ideas]", "description: [Remittances, ideas] is a list, not text"
         " (write the description as one text: `description: Remittances ideas`)"),
    ],
    ids=["title", "description"],
)  # fmt: skip
def test_a_title_written_as_a_list_is_offered_its_words_as_one_text(broken_project: Path, new: str, line: str) -> None:
    """It was offered `title: '[''Opportunities'', ''abroad'']'`: Python's way of showing a list, in YAML's quotes."""
    edit(
        broken_project, OPPORTUNITIES, "title: Opportunities", f"title: Opportunities\n{new}" if "desc" in new else new
    )
    path = OPPORTUNITIES.as_posix()
    assert_pages_say(broken_project, f"{path}: {new.split(':')[0]}:", [f"{path}: {line}"])


def test_texts_yaml_reads_as_true_or_a_number_are_offered_as_written_in_the_build_and_in_check(
    broken_project: Path,
) -> None:
    """YAML 1.1 read `on`, `yes` and `2010` as true and a number: "put the text in quotes" left the line to guess,
    and a page's description was not checked at all (its meta description read "1.0")."""
    edit(broken_project, "annotations/glossary.yml", "  term: transnational identity", "  term: on")
    edit(broken_project, "annotations/policy-areas.yml", "title: Families and those left behind", "title: 2010")
    edit(broken_project, "annotations/notes/chain-migration-and-cities.md", "name: Edition editors", "name: yes")
    edit(broken_project, "docs/migration-and-transnationalism/index.md", "publisher: International", "publisher: no\n#")
    edit(broken_project, OPPORTUNITIES, "title: Opportunities", "title: Opportunities\ndescription: 1.0")
    assert_pages_say(  # not the lock's line on the annotation's id, left out while its error stands
        broken_project,
        ("annotations/", "docs/"),
        [
            "annotations/glossary.yml: transnational-identity.term: 'on' is not text: YAML reads it as true"
            " (put it in quotes: `term: 'on'`)",
            "annotations/policy-areas.yml: families-left-behind.title: '2010' is not text"
            " (put it in quotes: `title: '2010'`)",
            "annotations/notes/chain-migration-and-cities.md: author.name: 'yes' is not text: YAML reads it as true"
            " (put it in quotes: `name: 'yes'`)",
            "docs/migration-and-transnationalism/index.md: bibliography.publisher: 'no' is not text: YAML reads it as"
            " false (put it in quotes: `publisher: 'no'`; see docs/about/source-records.md#text-fields)",
            f"{OPPORTUNITIES.as_posix()}: description: '1.0' is not text (put it in quotes: `description: '1.0'`)",
        ],
    )


UNKNOWN = "see docs/about/source-records.md#unknown"  # the editors' page's section on `unknown:`


def test_a_landing_pages_unknown_item_yaml_reads_as_true_or_a_number_is_offered_as_written(
    broken_project: Path,
) -> None:
    """`unknown:` is checked by its own code, not the schema: `- yes` was "must be a list of texts", no line to copy."""
    landing = "docs/origin-governments-and-migrant-associations/index.md"
    edit(broken_project, landing, "unknown:\n", "unknown:\n  - yes\n  - 2010\n")
    assert_pages_say(broken_project, f"{landing}: unknown", [
        f"{landing}: unknown[0]: 'yes' is not text: YAML reads it as true (put it in quotes: `- 'yes'`; {UNKNOWN})",
        f"{landing}: unknown[1]: '2010' is not text (put it in quotes: `- '2010'`; {UNKNOWN})",
    ])  # fmt: skip


def test_make_check_names_a_source_pages_fields_as_the_build_does(broken_project: Path) -> None:
    """An editor changing a page's front matter learns in a second what the build would refuse."""
    folder = Path("docs/migration-and-transnationalism")
    edit(broken_project, OPPORTUNITIES, "title: Opportunities", "title: 2010")
    edit(broken_project, folder / "challenges.md", "order: 4", "order: four")
    edit(broken_project, folder / "conclusion.md", "order: 6", "order: 5")
    edit(broken_project, folder / "introduction.md", "order: 1\n", "")
    edit(broken_project, folder / "policy-considerations.md", "title:", "titel:")  # one line, not "title is missing"
    expected = [
        f"{folder.as_posix()}/challenges.md: order: must be a whole number ≥ 0, not 'four' (e.g. `order: 3`)",
        f"{folder.as_posix()}/introduction.md: order: is missing (add `order` to the front matter)",
        f"{OPPORTUNITIES.as_posix()}: title: '2010' is not text (put it in quotes: `title: '2010'`)",
        f"{folder.as_posix()}/policy-considerations.md: order: 5 is also the order of {folder.as_posix()}/conclusion.md"
        " (give each page of a source its own position)",
        f"{folder.as_posix()}/policy-considerations.md: titel: is not a field: did you mean `title`? (rename it to `title`)",
    ]
    assert_build_and_check_say(broken_project, expected)


def test_a_title_with_markup_is_one_line_in_build_and_check(broken_project: Path) -> None:
    """`<b>` in a title reached Material's navigation, on every page, as markup."""
    edit(broken_project, OPPORTUNITIES, "title: Opportunities", 'title: "Opportunities <b>bold</b>"')
    expected = [
        f"{OPPORTUNITIES.as_posix()}: title: 'Opportunities <b>bold</b>' has '<' or '>' (write plain text:"
        " the site's navigation would read markup here as HTML)"
    ]
    assert_build_and_check_say(broken_project, expected)


def test_fields_material_writes_as_they_are_are_shown_as_written_and_run_nothing(broken_project: Path) -> None:
    """Material writes a page's `description`, `author`, `subtitle`, `status` and dates into the page unescaped:
    `">` ended `<meta content="…">` or `class="md-status--…"`, and the `<img onerror>` after it was an element of
    the published page, the subtitle and status in every page's navigation (the build and make check said nothing)."""
    written = '"><img src=x onerror=alert(1)> & more'
    fields = ["description", "author", "subtitle", "status", "revision_date", "git_creation_date_localized"]
    added = "".join(f"{field}: '{written}'\n" for field in fields)
    edit(broken_project, OPPORTUNITIES, "title: Opportunities\n", f"title: Opportunities\n{added}")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0 and not edition_lines(result.stderr), result.stderr
    site = broken_project / "site"
    built = parse(site / "migration-and-transnationalism/opportunities/index.html")
    for name in ("description", "author"):
        assert [meta["content"] for meta in built.find_all("meta", attrs={"name": name})] == [written]
    assert built.select_one(".md-nav__link small").get_text() == written  # the subtitle, in the navigation
    for page in ("migration-and-transnationalism/opportunities/index.html", "about/citing/index.html"):
        assert not parse(site / page).select("[onerror]"), page


def test_a_template_or_icon_in_a_pages_front_matter_is_one_line_and_the_page_is_laid_out_as_any(
    broken_project: Path,
) -> None:
    """`template: redirect.html` made the page a script sending readers to its `location` (a `javascript:` one
    ran), and the strict build passed it; a missing `icon` stopped the build on a traceback and make check said OK."""
    added = "template: redirect.html\nlocation: 'javascript:alert(1)'\nicon: material/no-such-icon\n"
    edit(broken_project, OPPORTUNITIES, "title: Opportunities\n", f"title: Opportunities\n{added}")
    expected = [
        f"{OPPORTUNITIES.as_posix()}: icon: 'material/no-such-icon' is not for the edition's pages (remove it:"
        " the navigation shows no icons, and one Material does not have stops the build)",
        f"{OPPORTUNITIES.as_posix()}: template: 'redirect.html' is not for the edition's pages (remove it:"
        " Material would lay the page out with that template instead, redirect.html's script sending readers"
        " to the page's `location`)",
    ]
    assert_build_and_check_say(broken_project, expected)
    result = run_build(broken_project, broken_project / "site", "--no-strict")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    built = parse(broken_project / "site/migration-and-transnationalism/opportunities/index.html")
    assert built.select_one("#p3") is not None and "location.replace" not in str(built)


def test_front_matter_ended_by_yamls_own_marker_is_read_by_make_check_as_by_the_build(broken_project: Path) -> None:
    """MkDocs ends front matter at `...` too; python-frontmatter did not, and `make check` passed the page unread."""
    page = Path("docs/migration-and-transnationalism/conclusion.md")
    edit(broken_project, page, "countries-of-origin]\n---\n", "countries-of-origin, remitances]\n...\n")
    line = f"{page.as_posix()}: tags: unknown policy area 'remitances' (did you mean 'remittances'?)"
    assert_build_and_check_say(broken_project, [line])


def test_a_date_that_is_no_day_is_one_line_in_the_build_and_in_check(broken_project: Path) -> None:
    """YAML reads `2024-02-30` as a date and Python refuses it: a traceback in both, not a YAML error."""
    edit(
        broken_project,
        "docs/about/reading-guide.md",
        "title: Reading guide\n",
        "title: Reading guide\nreviewed: 2024-02-30\n",
    )
    line = (
        "docs/about/reading-guide.md: front matter: '2024-02-30' is no day of the calendar (February 2024 has 29"
        " days) at line 3 (write a real day as YYYY-MM-DD, month first, or put the text in quotes)"
    )
    assert_build_and_check_say(broken_project, [line])


def test_fields_written_without_their_dashes_are_one_line_in_the_build_and_in_check(broken_project: Path) -> None:
    """MkDocs reads them as MultiMarkdown metadata, every value text: the build and make check disagreed."""
    page = Path("docs/migration-and-transnationalism/conclusion.md")
    text = (broken_project / page).read_text(encoding="utf-8")
    (broken_project / page).write_text(text.replace("---\n", "", 1).replace("\n---\n", "\n\n", 1), encoding="utf-8")
    line = (
        f"{page.as_posix()}: front matter: the page starts with 'title: Conclusion', which MkDocs takes for a field,"
        " not for text (put fields between two lines '---'; start the text with a heading or a blank line)"
    )
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert [found for found in edition_lines(result.stderr) if not found.startswith("anchors.lock.json")] == [line]
    check = run_check(broken_project)
    assert check.returncode == 1 and check.stdout.splitlines() == [line], check.stdout


def test_a_field_written_twice_in_a_pages_front_matter_is_one_line_in_the_build_and_in_check(
    broken_project: Path,
) -> None:
    """MkDocs' YAML keeps the last value without a word: here the page would silently lose two of its areas."""
    edit(broken_project, OPPORTUNITIES, "order: 3\n", "order: 3\ntags: [remittances]\n")
    line = (
        f"{OPPORTUNITIES.as_posix()}: front matter: `tags` is written twice at line 6"
        " (keep one of the two: YAML would silently keep the last)"
    )
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert edition_lines(result.stderr) == [line]
    check = run_check(broken_project)
    assert check.returncode == 1 and check.stdout.splitlines()[:1] == [line], check.stdout


def test_a_control_character_in_a_pages_text_is_one_line_in_the_build_and_make_check(broken_project: Path) -> None:
    """Both passed it: an escape code no reader sees, or a direction override reversing how the words read."""
    edit(broken_project, OPPORTUNITIES, "Migrants in countries", "Migrants\x1b[2K in countries")
    edit(broken_project, OPPORTUNITIES, "considered in tailoring", "considered \u202ein tailoring")
    page = OPPORTUNITIES.as_posix()
    expected = [
        f"{page}: line 10: holds control characters no one can see: U+001B (delete them)",
        f"{page}: line 22: holds control characters no one can see: U+202E (delete them: {DIRECTION_HINT})",
    ]
    assert_pages_say(broken_project, f"{page}: line ", expected)
