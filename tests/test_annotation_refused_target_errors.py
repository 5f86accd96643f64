"""A note refused for a field still has its target checked, in the build and make check alike, in one run.

An unknown tag hid the quote's line until the tag was fixed and the contributor ran again. A note whose
target fields are themselves refused cannot be checked: its field's line alone. Either way it stays
refused: not on its page, not in the export.
"""

from __future__ import annotations

import json
from pathlib import Path

from annotation_helpers import refused_lines, write_note
from broken_project_helpers import OPPORTUNITIES
from bs4 import BeautifulSoup
from conftest import edit

NOTE = "annotations/notes/{}.md"
QUOTE_LINE = "target.quote: 'the transfer of notions' is not in p3 (closest passage: 'the transfer of ideas')"
TAG_LINE = "tags: unknown policy area 'Remitances' (did you mean 'remittances'?)"


def test_a_note_refused_for_its_tag_has_its_quote_named_in_the_same_run_by_the_build_and_check(
    broken_project: Path,
) -> None:
    """The newcomer's case: `tags: [Remitances]` and a word of the quote changed, then a bad date and a missing ¶."""
    tag = ("tags: [remittances]", "tags: [Remitances]")
    write_note(broken_project, "tag-and-quote", tag, ("the transfer of ideas", "the transfer of notions"))
    date = ("created: 2026-11-22", "created: 22.11.2026")
    write_note(broken_project, "date-and-paragraph", date, ("paragraph: p3", "paragraph: p99"))
    write_note(
        broken_project, "author-and-page", ("author: {name:", "author: {nmae:"), ("opportunities", "oportunities")
    )
    built = refused_lines(broken_project)
    page = "migration-and-transnationalism"
    assert built == [
        f"{NOTE.format('author-and-page')}: author.nmae: is not a field: did you mean `name`? (rename it to `name`)",
        f"{NOTE.format('author-and-page')}: target.page: no page '{page}/oportunities.md' (did you mean '{page}/opportunities.md'?)",
        f"{NOTE.format('date-and-paragraph')}: created: '22.11.2026' is not a date (write it as YYYY-MM-DD: `created: 2026-11-22`)",
        f"{NOTE.format('date-and-paragraph')}: target.paragraph: no paragraph 'p99' on {page}/opportunities.md (it has p1–p5)",
        f"{NOTE.format('tag-and-quote')}: {TAG_LINE}",
        f"{NOTE.format('tag-and-quote')}: {QUOTE_LINE}",
    ]
    html = (broken_project / "site" / page / "opportunities/index.html").read_text(encoding="utf-8")
    exported = (broken_project / "site/annotations.jsonld").read_text(encoding="utf-8")
    for name in ("tag-and-quote", "date-and-paragraph", "author-and-page"):  # still refused: only its lines grew
        assert f'id="{name}"' not in html and name not in exported, name
    assert json.loads(exported)["type"] == "AnnotationCollection"


def test_a_note_whose_target_field_is_refused_gets_that_line_not_a_quote_line(broken_project: Path) -> None:
    """Its paragraph is no id: the quote cannot be sought, nor named, until that field is fixed."""
    write_note(
        broken_project,
        "broken-target",
        ("tags: [remittances]", "tags: [Remitances]"),
        ("paragraph: p3", "paragraph: 3"),
        ("the transfer of ideas", "the transfer of notions"),
    )
    built = refused_lines(broken_project)
    assert [line.split(": ", 2)[1] for line in built] == ["tags", "target.paragraph"], built


def test_a_refused_notes_id_another_element_of_its_page_has_is_named_in_the_same_run(broken_project: Path) -> None:
    """Its tag's or date's line hid the id's until that was fixed: the same line as a standing note's, and still refused.

    A heading took `tag-and-id`, the note standing beside it `standing-id`, and raw HTML `date-and-id`.
    """
    headings = '## Ideas { #tag-and-id }\n\n## More ideas { #standing-id }\n\n<div id="date-and-id"></div>\n'
    edit(
        broken_project,
        OPPORTUNITIES,
        '"communication-technologies" }\n',
        f'"communication-technologies" }}\n\n{headings}',
    )
    write_note(broken_project, "tag-and-id", ("tags: [remittances]", "tags: [Remitances]"))
    write_note(broken_project, "date-and-id", ("created: 2026-11-22", "created: 22.11.2026"))
    write_note(broken_project, "standing-id")
    built = refused_lines(broken_project)
    page = "migration-and-transnationalism/opportunities.md"
    choose = "(choose an id no heading, paragraph or note of the page uses)"
    assert built == [
        f"{NOTE.format('date-and-id')}: created: '22.11.2026' is not a date (write it as YYYY-MM-DD: `created: 2026-11-22`)",
        f"{NOTE.format('date-and-id')}: id: 'date-and-id' is also the id of another element on {page} {choose}",
        f"{NOTE.format('standing-id')}: id: 'standing-id' is also the id of a heading on {page} {choose}",
        f"{NOTE.format('tag-and-id')}: id: 'tag-and-id' is also the id of a heading on {page} {choose}",
        f"{NOTE.format('tag-and-id')}: {TAG_LINE}",
    ]
    html = (broken_project / "site" / page.removesuffix(".md") / "index.html").read_text(encoding="utf-8")
    ids = [element["id"] for element in BeautifulSoup(html, "html.parser").select("[id]")]
    assert ids.count("tag-and-id") == ids.count("date-and-id") == 1  # the heading's, the div's: the notes stay refused
