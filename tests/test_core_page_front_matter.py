"""A page's front matter and text as MkDocs reads them: fields checked and made text, misreadings named."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ROOT

from hooks.core.page_fields import corrected_front_matter
from hooks.core.page_front_matter import control_lines, diagnose_front_matter, read_page_text, split_page
from hooks.core.page_identity import identify, index_pages
from hooks.core.problems import Problem
from hooks.core.source_page_checks import check_orders, check_source_page, source_page_folders
from hooks.core.text import DIRECTION_HINT, LINE_SEPARATOR_HINT

GOOD = {"title": "Opportunities", "source": "src", "order": 3, "tags": []}


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        (GOOD, []),
        ({**GOOD, "title": None}, ["docs/x.md: title: must be text, not empty (e.g. `title: Opportunities`)"]),
        ({**GOOD, "title": ""}, []),  # a blank text is title_problem's line, on every page (not twice here)
        (
            {**GOOD, "source": "other"},
            ["docs/x.md: source: is 'other' but the page lives in 'src' (write `source: src`)"],
        ),
        ({**GOOD, "order": "3"}, ["docs/x.md: order: must be a whole number ≥ 0, not '3' (e.g. `order: 3`)"]),
        ({**GOOD, "tags": "a, b"}, ["docs/x.md: tags: must be a list of policy-area ids (write it as `tags: [a, b]`)"]),
        (
            {"title": "T", "source": "src", "order": 1},
            # the line to copy: `tags` alone, added as it says, was refused next as no list
            [
                "docs/x.md: tags: is missing (add `tags: []` to the front matter, listing the policy areas"
                " the page discusses: `tags: [remittances]`)"
            ],
        ),
        (  # its value is the page's folder: the line to copy (it said "add `source`")
            {"title": "T", "order": 1, "tags": []},
            ["docs/x.md: source: is missing (add `source: src` to the front matter)"],
        ),
        # a misspelt field is one line naming what it stands for, not "`title` is missing"
        (
            {**GOOD, "titel": "T"},
            [],
        ),  # a page may have fields of its own: only one standing for a missing field is named
        (
            {"titel": "T", "source": "src", "order": 1, "tags": []},
            ["docs/x.md: titel: is not a field: did you mean `title`? (rename it to `title`)"],
        ),
        (
            {"title": "T", "source": "src", "ordre": 1, "tags": [], "subtitle": "S"},
            ["docs/x.md: ordre: is not a field: did you mean `order`? (rename it to `order`)"],
        ),
        (  # two letters swapped in a four-letter field: difflib's 0.75, under the pages' 0.8
            {"title": "T", "source": "src", "order": 1, "tgas": []},
            ["docs/x.md: tgas: is not a field: did you mean `tags`? (rename it to `tags`)"],
        ),
        (
            {**GOOD, "tags": "remittances"},
            ["docs/x.md: tags: must be a list of policy-area ids (write it as `tags: [remittances]`)"],
        ),
    ],
)
def test_check_source_page(meta: dict, expected: list[str]) -> None:
    assert [str(p) for p in check_source_page("docs/x.md", meta, "src")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("---\ntitle: ok\n---\nbody", None),
        ("no front matter", None),
        ("---\ntitle: [unclosed\n---\n", "docs/x.md: front matter: invalid YAML at line 2: "),
        (
            "---\ntitle: ok\n---",  # no line break after the block: MkDocs shows it as text
            "docs/x.md: front matter: is not read by MkDocs: it must open with a line '---' and close with '---'"
            " and a line break (write '---' alone on the first and the closing line)",
        ),
        (
            "http://example.org opens the page.\n",
            "docs/x.md: front matter: the page starts with 'http://example.org opens the page.', which MkDocs takes"
            " for a field, not for text (put fields between two lines '---'; start the text with a heading or a blank line)",
        ),
        ("---\n---\nBody.\n", "docs/x.md: front matter: is not a mapping of fields"),
        (
            "---\ntitle: x\n",
            "docs/x.md: front matter: the opening '---' is never closed (end the block with a line '---')",
        ),
        ("---\n- a list\n---\n", "docs/x.md: front matter: is not a mapping of fields (write `field: value` lines)"),
        (
            "---\ntitle: A\norder: 1\ntitle: B\n---\n",
            "docs/x.md: front matter: `title` is written twice at line 4 (keep one of the two: YAML would silently keep",
        ),
        (  # a record's date is CSL's date-parts, not the YYYY-MM-DD of a page's own field
            "---\ntitle: T\nbibliography:\n  id: x\n  issued: 2026-02-31\n---\n",
            "docs/x.md: front matter: '2026-02-31' is no day of the calendar (February 2026 has 28 days) at line 5"
            " (write a real day as CSL date-parts, e.g. `issued: {date-parts: [[2026, 2, 28]]}`)",
        ),
        (
            "---\ntitle: T\nbibliography:\n  accessed: {raw: 2026-04-31}\n---\n",
            "docs/x.md: front matter: '2026-04-31' is no day of the calendar (April 2026 has 30 days) at line 4"
            " (write a real day as date-parts, e.g. `date-parts: [[2026, 4, 30]]`: a date under `raw` is not read)",
        ),
        (
            "---\nbibliography:\n  issued: 2026-13-01\n---\n",
            "docs/x.md: front matter: '2026-13-01' is no day of the calendar (the month is 1–12, not 13) at line 3"
            " (write a real day as CSL date-parts, e.g. `issued: {date-parts: [[2026]]}`)",
        ),
        (  # not a record's date: YAML's own form, as for any field
            "---\ntitle: T\nbibliography:\n  note: 2026-02-31\n---\n",
            "docs/x.md: front matter: '2026-02-31' is no day of the calendar (February 2026 has 28 days) at line 4"
            " (write a real day as YYYY-MM-DD, month first, or put the text in quotes)",
        ),
    ],
)
def test_diagnose_front_matter(text: str, expected: str | None) -> None:
    problem = diagnose_front_matter("docs/x.md", text)
    if expected is None:
        assert problem is None
    else:
        assert str(problem).startswith(expected)


def test_two_pages_of_a_source_cannot_share_a_position() -> None:
    pages = {
        "docs/s/a.md": {"source": "s", "order": 1},
        "docs/s/b.md": {"source": "s", "order": 1},
        "docs/t/c.md": {"source": "t", "order": 1},
        "docs/s/d.md": {"source": "s", "order": "one"},
    }
    assert [str(p) for p in check_orders(pages)] == [
        "docs/s/b.md: order: 1 is also the order of docs/s/a.md (give each page of a source its own position)"
    ]


def test_a_page_in_a_sources_folder_is_a_source_page_even_without_its_source_field() -> None:
    """So that the page which forgot `source:` is named, not passed over; other pages are not source pages."""
    metas = {
        "docs/s/index.md": {"source": "s"},
        "docs/s/forgot.md": {"title": "T"},
        "docs/about/help.md": {"title": "Help"},
        "docs/t/named.md": {"source": "t"},
        "docs/index.md": {"title": "Home"},
    }
    assert source_page_folders(metas) == {"docs/s/index.md": "s", "docs/s/forgot.md": "s", "docs/t/named.md": "t"}


@pytest.mark.parametrize(
    ("meta", "corrected", "lines"),
    [
        (GOOD, GOOD, []),
        (
            {"title": 2010},
            {"title": "2010"},
            ["docs/x.md: title: '2010' is not text (put it in quotes: `title: '2010'`)"],
        ),
        (
            {**GOOD, "source": ["src"]},
            GOOD,
            ["docs/x.md: source: [src] is not text (write `source: src`)"],
        ),
        ({"title": None}, {"title": None}, []),  # `title:` left empty: check_source_page's line
        # MkDocs showed them: an empty or invisible link in every menu, or the words after it turned around
        *(  # named by the page's file, as its Contents line names a page without a title: no empty link
            (
                {"title": title},
                {"title": "x"},
                ["docs/x.md: title: must be a non-empty text (e.g. `title: Opportunities`)"],
            )
            for title in ("", " ", "\u00a0", "\u200b")
        ),
        (
            {"title": "Chall\u202eenges"},
            {"title": "Challenges"},  # the hint offering it would turn the words after it around too
            [f"docs/x.md: title: holds control characters no one can see: U+202E (delete them: {DIRECTION_HINT})"],
        ),
        (
            {"title": "Chall\x00enges"},
            {"title": "Challenges"},
            ["docs/x.md: title: holds control characters no one can see: U+0000 (delete them)"],
        ),
        # an unseen line break in every menu; a paragraph pasted in as the title, shown in every menu and tab
        (
            {"title": "Chall\u2029enges"},
            {"title": "Chall enges"},  # a space in its place, as its line says
            [
                "docs/x.md: title: holds control characters no one can see: U+2029 (delete them: a line or paragraph separator (U+2028, U+2029) is a line break no one sees, so write a space in its place)"
            ],
        ),
        (
            {"title": "Challenges " * 30},
            {"title": ("Challenges " * 30).strip()},
            [
                "docs/x.md: title: is 330 characters long, more than the 300 it may have (shorten it to 300 characters or fewer)"
            ],
        ),
        # Material's navigation showed it as markup on every page, as a policy area's title would be
        (
            {"title": "Opportunities <b>bold</b>"},
            {"title": "Opportunities bold"},
            [
                "docs/x.md: title: 'Opportunities <b>bold</b>' has '<' or '>' (write plain text:"
                " the site's navigation would read markup here as HTML)"
            ],
        ),
        (
            {"title": "Chall&#x202e;enges"},
            {"title": "Challenges"},
            [
                "docs/x.md: title: 'Chall&#x202e;enges' writes a character as an HTML reference (&…;) (write the"
                " character itself, & for &amp;: the page would show the character the reference stands for)"
            ],
        ),
        # without its ';': Material's header shows it as '<img …>', which its tooltip reads as HTML
        (
            {"title": "Challenges &ltimg src=x&gt"},
            {"title": "Challenges"},  # the `<img>` read, which a menu would show as an image
            [
                "docs/x.md: title: 'Challenges &ltimg src=x&gt' writes a character as an HTML reference (&…;) (write"
                " the character itself, & for &amp;: the page would show the character the reference stands for)"
            ],
        ),
    ],
)
def test_a_title_or_source_that_is_not_text_is_named_once_and_made_text(
    meta: dict, corrected: dict, lines: list
) -> None:
    fixed, problems = corrected_front_matter("docs/x.md", meta, "src")
    assert fixed == corrected and [str(p) for p in problems] == lines
    assert fixed is not meta  # the caller's front matter is not changed behind its back


@pytest.mark.parametrize(
    ("title", "readable"),
    [
        ("Draft <b>notes</b>", "Draft notes"),  # was 'Draft bnotes/b' in the Contents line offering the page
        ('<span class="x">Draft</span> <em>notes</em>', "Draft notes"),
        ('Draft <a title="a > b">notes</a>', "Draft notes"),  # a `>` in a quoted attribute ends no tag
        ("Draft <!-- to do --> notes", "Draft notes"),
        ("R&amp;D <b>notes</b>", "R&D notes"),  # a reference is its character, as the title's line asks
        # a `<` or `>` that opens or closes no tag is text, in every menu too: 'Ages 18' was offered
        ("Ages < 18", "Ages < 18"),
        ("Ages > 18 <b>notes</b>", "Ages > 18 notes"),
        ("Ages <18 & up", "Ages <18 & up"),
        ("a <b", "a b"),  # a `<` a menu would read as a tag's start still goes
        ("<<b>notes", "notes"),  # and one that comes to stand before a letter once a tag is read
        ("<&amp;Amp notes", "andAmp notes"),
        # a tag written as references is read as a menu reads the title offered, a tag: 'bnotes/b' were no words
        ("&lt;b&gt;notes&lt;/b&gt;", "notes"),
        # a reference left once read (a browser shows '&lt;') is read as the character meant, as above:
        # its `&` written out offered 'andlt; notes' to the Contents line, words no reader sees
        ("&amp;lt; notes", "< notes"),
        ("R&amp;amp;D <b>notes</b>", "R&D notes"),
        ("&amp;eacute;t&amp;eacute; notes", "été notes"),
        ("&amp;#x202e;notes", "notes"),  # a control character written twice as a reference still goes
        # a reference form nothing reads (`&Amp`, no such name): its own `&` written out, not every `&` of the title
        ("R&D &amp;Amp <b>notes</b>", "R&D andAmp notes"),
        # nothing left to show: named by the page's file, as its Contents line names a page without a title
        ("<br>", "x"),
        ("<!-- draft -->", "x"),
        ("<b> </b>", "x"),
        ("&#x200b;<i></i>", "x"),
    ],
)
def test_a_title_refused_for_its_markup_is_corrected_to_the_words_it_shows(title: str, readable: str) -> None:
    """Every later hook reads the corrected title: `make serve`'s menus, the Contents line offering the page."""
    fixed, problems = corrected_front_matter("docs/src/x.md", {"title": title}, "src")
    assert [problem.field for problem in problems] == ["title"] and fixed["title"] == readable


@pytest.mark.parametrize(
    ("written", "line"),
    [
        # YAML 1.1 read them as true, false or a number: the line to copy carries the words written, not 'True'
        ("yes", "title: 'yes' is not text: YAML reads it as true (put it in quotes: `title: 'yes'`)"),
        ("No", "title: 'No' is not text: YAML reads it as false (put it in quotes: `title: 'No'`)"),
        ("on", "title: 'on' is not text: YAML reads it as true (put it in quotes: `title: 'on'`)"),
        ("1_000", "title: '1_000' is not text: YAML reads it as 1000 (put it in quotes: `title: '1_000'`)"),
        ("1.0", "title: '1.0' is not text (put it in quotes: `title: '1.0'`)"),
        ("2010", "title: '2010' is not text (put it in quotes: `title: '2010'`)"),
    ],
)
def test_a_title_that_is_not_text_is_offered_as_written(written: str, line: str) -> None:
    text = f"---\ntitle: {written}\nsource: src\n---\nBody.\n"
    fixed, problems = corrected_front_matter("docs/x.md", split_page(text)[1], "src", lambda: text)
    assert [str(problem) for problem in problems] == [f"docs/x.md: {line}"]
    assert fixed["title"] == written  # every menu shows the words written


@pytest.mark.parametrize(
    ("written", "line"),
    [
        # Not checked at all: the page's <meta name="description"> read "1.0" and "True"
        ("1.0", "description: '1.0' is not text (put it in quotes: `description: '1.0'`)"),
        ("yes", "description: 'yes' is not text: YAML reads it as true (put it in quotes: `description: 'yes'`)"),
        ("1_000", "description: '1_000' is not text: YAML reads it as 1000 (put it in quotes: `description: '1_000'`)"),
    ],
)
def test_a_description_that_is_not_text_is_offered_as_written(written: str, line: str) -> None:
    text = f"---\ntitle: T\ndescription: {written}\n---\nBody.\n"
    fixed, problems = corrected_front_matter("docs/x.md", split_page(text)[1], "src", lambda: text)
    assert [str(problem) for problem in problems] == [f"docs/x.md: {line}"]
    assert fixed["description"] == written  # the page's meta description, as written


@pytest.mark.parametrize(
    ("written", "line"),
    [
        ("[a, b]", "description: [a, b] is a list, not text (write the description as one text: `description: a b`)"),
        ("{x: 1}", "title: {x: 1} is a mapping, not text (write the title as one text: `title: x 1`)"),
    ],
)
def test_a_title_or_description_written_as_a_list_or_mapping_is_not_offered_as_python_shows_it(
    written: str, line: str
) -> None:
    """Quoting `['a', 'b']`, Python's form of it, is no fix: the line to copy would be words nobody wrote."""
    field = line.partition(":")[0]
    fields = {"title": "T", field: written}
    text = "---\n" + "".join(f"{key}: {value}\n" for key, value in fields.items()) + "---\nBody.\n"
    _, problems = corrected_front_matter("docs/x.md", split_page(text)[1], "src", lambda: text)
    assert [str(problem) for problem in problems] == [f"docs/x.md: {line}"]


def test_a_description_is_made_safe_for_the_attribute_material_writes_it_into_as_it_is() -> None:
    """Material's `<meta name="description" content="{{ page.meta.description }}">` is not escaped: a pull
    request's `"><img onerror=…>` ended the attribute and put an element with a script in every reader's page."""
    text = "---\ntitle: T\ndescription: 'Ideas \"><img src=x onerror=alert(1)> & <b>more</b>'\n---\nBody.\n"
    fixed, problems = corrected_front_matter("docs/x.md", split_page(text)[1], "src", lambda: text)
    assert problems == []  # shown as written: nothing to refuse
    assert fixed["description"] == "Ideas &quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b&gt;more&lt;/b&gt;"


@pytest.mark.parametrize(
    "field",
    [
        "author",
        "subtitle",
        "status",
        "revision_date",
        "git_revision_date_localized",
        "git_creation_date_localized",
        "location",
    ],
)
def test_every_field_material_writes_as_it_is_is_escaped(field: str) -> None:
    """Material's templates also write these as they are: `<meta name="author">`, the navigation's subtitle and
    status (on every page), the last update's dates, a redirect's address (`template: redirect.html`)."""
    meta = {"title": "T", field: '"><img src=x onerror=alert(1)>', "hide": ["toc"]}
    fixed, problems = corrected_front_matter("docs/x.md", meta, "src")
    assert problems == [] and fixed["hide"] == ["toc"]
    assert fixed[field] == "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"


def test_a_field_material_writes_as_it_is_that_is_a_list_is_escaped_as_jinja_shows_it() -> None:
    """Jinja writes a list as Python shows it, markup and all."""
    fixed, _ = corrected_front_matter("docs/x.md", {"title": "T", "subtitle": ["<b>x</b>"], "status": False}, "src")
    assert fixed["subtitle"] == "[&#x27;&lt;b&gt;x&lt;/b&gt;&#x27;]"
    assert fixed["status"] is False  # the templates' `{% if %}` skips it: not made the text 'False'


@pytest.mark.parametrize(
    ("field", "value", "line"),
    [
        (
            "template",
            "redirect.html",
            "docs/x.md: template: 'redirect.html' is not for the edition's pages (remove it: Material would lay the"
            " page out with that template instead, redirect.html's script sending readers to the page's `location`)",
        ),
        (
            "icon",
            "material/../x",
            "docs/x.md: icon: 'material/../x' is not for the edition's pages (remove it: the navigation shows no"
            " icons, and one Material does not have stops the build)",
        ),
    ],
)
def test_a_field_that_changes_materials_layout_is_one_line_and_left_out(field: str, value: str, line: str) -> None:
    """`template: redirect.html` with `location: 'javascript:…'` ran a pull request's script on the published
    page, strict build and all; a missing `icon` stopped the build on Jinja's traceback."""
    fixed, problems = corrected_front_matter("docs/x.md", {"title": "T", field: value}, "src")
    assert [str(problem) for problem in problems] == [line]
    assert field not in fixed


def test_a_page_is_read_again_once_for_a_title_and_a_description_that_are_not_text() -> None:
    text = "---\ntitle: yes\ndescription: 2010\n---\nBody.\n"
    reads = []
    fixed, problems = corrected_front_matter("docs/x.md", split_page(text)[1], "src", lambda: reads.append(1) or text)
    assert [problem.field for problem in problems] == ["title", "description"] and len(reads) == 1
    assert (fixed["title"], fixed["description"]) == ("yes", "2010")


@pytest.mark.parametrize(
    "text",
    [
        *(path.read_text(encoding="utf-8") for path in sorted((ROOT / "docs").rglob("*.md"))),
        "---\ntitle: T\n...\nBody.\n",  # YAML's own end marker: python-frontmatter missed it
        "---\ntitle: T\n---",  # no line end after the block: no front matter for MkDocs
        "----\ntitle: T\n----\nBody.\n",
        "---\n- a list\n---\nBody.\n",
        "---\ntitle: [T\n---\nBody.\n",
        "---\ntitle: T\nreviewed: 2024-02-30\n---\nBody.\n",  # a ValueError, not a YAML error
        *(
            f"---\ntitle: T\nreviewed: {tagged}\n---\nBody.\n"
            for tagged in ('!!int "x"', '!!bool "x"', "!!timestamp x")
        ),
        "---\ntitle: A\ntitle: B\n---\n\n\nBody.\n",
        "---  \ntitle: T\n---\t\nBody.\n",
        "No front matter.\n",
    ],
)
def test_pages_are_split_where_mkdocs_splits_them(text: str) -> None:
    """`make check` and the glossary's passages run without MkDocs, and must read what the build reads."""
    from mkdocs.utils.meta import get_data  # the reference: only where the block starts with ---

    assert split_page(text) == get_data(text)


def test_a_page_is_known_by_its_text_and_a_text_two_pages_share_names_neither(tmp_path: Path) -> None:
    """How an extension finds its page where no MkDocs hook names it (hooks/core/page_identity.py)."""
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.md").write_text("---\ntitle: One\n---\n\n# One\n\nText.  \n", encoding="utf-8")
    (tmp_path / "two.md").write_text("# Two\n", encoding="utf-8")
    (tmp_path / "copy.md").write_text("# Two\n", encoding="utf-8")
    index = index_pages(tmp_path)
    assert identify(index, "# One\r\n\r\nText.\r\n") == "a/one.md"
    assert identify(index, "# Two") is None
    assert identify(index, "# Three") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the line in the file, counted past the front matter, whose own check names it (YAML refuses it unescaped)
        ("---\ntitle: A\x1b\n---\n\n# A\n\nOne \x1b[2Kword.\n", [("line 7", "U+001B", "delete them")]),
        ("# A\n\nread \u202eesrever\n", [("line 3", "U+202E", f"delete them: {DIRECTION_HINT}")]),
        ("# A\n\nan \x0bend and \x1c\x1c\nnone\n", [("line 3", "U+000B, U+001C", "delete them")]),  # no line ends there
        ("# A\n\ntab\tand form feed\x0c\n", []),  # HTML's whitespace
        # a paragraph separator in a page stood for a new paragraph: a space would run the two together
        (
            "# A\n\nend.\u2029Next\n",
            [("line 3", "U+2029", f"delete them: {LINE_SEPARATOR_HINT}, so write a new line in its place")],
        ),
    ],
    ids=["escape", "override", "no-line-end", "whitespace", "separator"],
)
def test_a_control_character_in_a_pages_markdown_is_named_with_its_line(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """They passed both checks: published words no reader sees, or that read in another order than written."""
    assert control_lines("docs/a/b.md", text) == [
        Problem("docs/a/b.md", line, f"holds control characters no one can see: {codes}", hint)
        for line, codes, hint in expected
    ]


@pytest.mark.parametrize(("data", "lines", "misread"), [
    (b"---\ntitle: A\n---\n\nWords.\n", [], False),
    ("---\ntitle: Caf\u00e9\n---\n\nWords.\n".encode("latin-1"), ["is not UTF-8 (byte 14)"], True),
    (b"---\ntitle: A\n---\n\n<<<<<<< ours\nWords.\n=======\nOther.\n>>>>>>> theirs\n", ["holds a git merge"], True),
    (b"---\ntitle: A\n---\n\nWords.\x1b\n", ["line 5"], False),
])  # fmt: skip
def test_a_page_that_is_not_utf8_is_misread_as_one_with_a_merge_conflict(
    data: bytes, lines: list[str], misread: bool
) -> None:
    """Decoded with replacement characters, its fields are not the ones written: their checks wait, as the build's."""
    read = read_page_text(data, "docs/a/b.md")
    said = [str(problem).removeprefix("docs/a/b.md: ") for problem in read.problems]
    assert len(said) == len(lines) and all(line.startswith(start) for line, start in zip(said, lines, strict=True))
    assert read.misread is misread
