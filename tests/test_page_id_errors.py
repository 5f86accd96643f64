"""A page's paragraph and heading ids, broken: each missing, repeated, misplaced or misspelt one a line in build and check."""

from __future__ import annotations

from pathlib import Path

import pytest
from broken_project_helpers import OPPORTUNITIES, assert_build_and_check_say, assert_pages_say, edition_lines
from conftest import edit, parse, run_build, run_check

from hooks.core.problems import line_order


def test_a_duplicated_paragraph_id_is_one_line_not_blamed_on_the_annotations_of_the_page(broken_project: Path) -> None:
    page = Path("docs/migration-and-transnationalism/agents-and-subjects.md")
    edit(broken_project, page, "{ #p2 data-policy-areas=", "{ #p1 data-policy-areas=")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    lines = edition_lines(result.stderr)
    assert (
        f"{page.as_posix()}: paragraph: id 'p1' is used twice (p1 is published: it stays with the paragraph the"
        " published site shows as p1 (the words anchors.words.json records for it), and the other takes p2 if it is"
        " the paragraph published as p2, or p4 if it is new)"
    ) in lines
    assert not [line for line in lines if line.startswith("annotations/")], lines


def test_a_heading_showing_a_tag_is_one_line_in_build_and_check(broken_project: Path) -> None:
    """Material copies a long heading's shown text into a tooltip it inserts as HTML: a code span's `<img …>` ran."""
    guide = "docs/about/reading-guide.md"
    edit(broken_project, guide, "## The texts { #texts }", "## The `<img src=x onerror=alert(1)>` texts { #texts }")
    expected = [
        f"{guide}: heading: 'The <img src=x onerror=alert(1)> texts' shows a '<' that opens a tag where Material shows"
        " it as HTML (reword it without '<' right before a letter (the img element, not <img>): contents and header"
        " read it)"
    ]
    assert_build_and_check_say(broken_project, expected)


def test_make_check_names_paragraph_ids_and_tags_as_the_build_does(broken_project: Path) -> None:
    """Editors of the texts learn in a second what the build would refuse: ids, misplaced or unknown tags."""
    challenges = Path("docs/migration-and-transnationalism/challenges.md")
    (broken_project / OPPORTUNITIES).write_text(
        (broken_project / OPPORTUNITIES).read_text(encoding="utf-8") + "\nA paragraph added without its id.\n",
        encoding="utf-8",
    )
    edit(
        broken_project,
        challenges,
        '{ #p2 data-policy-areas="social-protection" }',
        '{ #p2 data-policy-area="social-protection" }',
    )
    edit(
        broken_project,
        challenges,
        '{ #p3 data-policy-areas="integration',
        '{ #p3 data-policy-areas="pensions integration',
    )
    expected = [
        f"{challenges.as_posix()}: #p2: 'data-policy-area' is not an attribute the edition reads"
        " (did you mean 'data-policy-areas'?)",
        f"{challenges.as_posix()}: #p3 data-policy-areas: unknown policy area 'pensions'"
        " (use an id from annotations/policy-areas.yml)",
        f"{OPPORTUNITIES.as_posix()}: paragraph: 'A paragraph added without its id.' has no id"
        " (end the paragraph with '{ #p6 }' on its own line; if it was split off a paragraph,"
        " the first part keeps that paragraph's id and the new part takes p6)",
    ]
    assert_build_and_check_say(broken_project, expected)


def test_a_heading_left_without_its_published_id_is_its_one_line_not_a_summed_up_one_too(broken_project: Path) -> None:
    """The heading's line offers the id it lost (end it with '{ #searching }'): the summary of it said nothing more.

    The build summed the id up too, beside the heading's line; make check did not: both say the one line.
    """
    edit(broken_project, "docs/about/reading-guide.md", "{ #searching }", "")
    assert_build_and_check_say(broken_project, [
        "docs/about/reading-guide.md: heading: 'Searching' has no id (end it with '{ #searching }' if it is the heading published as"
        " searching, or '{ #searching-2 }' if new)",
    ])  # fmt: skip


def test_a_contents_heading_left_without_its_id_is_one_line_offering_contents(broken_project: Path) -> None:
    """`## Contents` without `{ #contents }`: the heading's line and "## Contents: is missing", for one mistake.

    The heading's line stays (it names the lost `contents`), offering the one id the Contents list is read by.
    """
    landing = "docs/migration-and-transnationalism/index.md"
    edit(broken_project, landing, "## Contents { #contents }", "## Contents")
    assert_build_and_check_say(broken_project, [
        f"{landing}: heading: 'Contents' has no id (end it with '{{ #contents }}', the id the build reads a source's"
        " Contents list by)",
    ])  # fmt: skip


@pytest.mark.parametrize("bibliography", ["", "## Bibliographic record { #record }"], ids=["deleted", "renamed"])
def test_a_contents_heading_left_without_its_id_names_no_other_heading_id_the_page_lost(
    broken_project: Path, bibliography: str
) -> None:
    """`## Contents` without `{ #contents }` and `## Bibliographic record { #bibliography }` deleted (or renamed): the
    Contents line alone, offering `contents`, while nothing said `bibliography` was gone: it held back every heading id.

    The Contents line names `contents`; the summary of the ids gone names `bibliography`, as without the Contents slip.
    """
    landing = "docs/migration-and-transnationalism/index.md"
    edit(broken_project, landing, "## Contents { #contents }", "## Contents")
    edit(broken_project, landing, "## Bibliographic record { #bibliography }", bibliography)
    contents = (
        f"{landing}: heading: 'Contents' has no id (end it with '{{ #contents }}', the id the build reads a source's"
        " Contents list by)"
    )
    result = run_build(broken_project, broken_project / "site")
    lines = edition_lines(result.stderr)
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    check = run_check(broken_project).stdout.splitlines()
    for said in (lines, check):
        assert contents in said, said
        gone = [line for line in said if line.startswith("anchors.lock.json:") and "bibliography" in line]
        assert len(gone) == 1 and "#contents" not in gone[0], said


def test_a_contents_heading_with_a_misspelt_id_is_one_line_offering_contents(broken_project: Path) -> None:
    """`## Contents { #content }`: "## Contents: is missing", a summary saying `contents` is gone, and "not recorded:
    content", three lines for one slip, none saying to write `{ #contents }`.
    """
    landing = "docs/migration-and-transnationalism/index.md"
    edit(broken_project, landing, "## Contents { #contents }", "## Contents { #content }")
    assert_build_and_check_say(broken_project, [
        f"{landing}: heading: 'Contents' has the id 'content', not 'contents', the id the build reads a source's"
        " Contents list by (write '{ #contents }' in place of '{ #content }')",
    ])  # fmt: skip


def test_a_contents_heading_with_a_refused_form_of_id_is_one_line_offering_contents(broken_project: Path) -> None:
    """`## Contents { #fn:1 }`: the refused form's line (give it an id of its own) and the Contents line, two for one slip.

    The Contents heading's id is `contents`, whatever form the other has: the one line says to write it, as for
    `{ #content }`, in the build and make check.
    """
    landing = "docs/migration-and-transnationalism/index.md"
    edit(broken_project, landing, "## Contents { #contents }", "## Contents { #fn:1 }")
    assert_build_and_check_say(broken_project, [
        f"{landing}: heading: 'Contents' has the id 'fn:1', not 'contents', the id the build reads a source's"
        " Contents list by (write '{ #contents }' in place of '{ #fn:1 }')",
    ])  # fmt: skip


def test_a_contents_heading_with_the_id_of_another_element_is_one_line_offering_contents(broken_project: Path) -> None:
    """`## Contents { #p1 }` beside a paragraph `{ #p1 }`: the Contents line and "'p1' is also the id of another element".

    Written `{ #contents }`, as the Contents line says, the heading leaves `p1` to the paragraph: one line, in the build
    and make check, as for `{ #fn:1 }`.
    """
    landing = "docs/migration-and-transnationalism/index.md"
    edit(broken_project, landing, "## Contents { #contents }", "## Contents { #p1 }")
    edit(
        broken_project,
        landing,
        "## Bibliographic record",
        "A paragraph of the landing page.\n{ #p1 }\n\n## Bibliographic record",
    )
    assert_build_and_check_say(broken_project, [
        f"{landing}: heading: 'Contents' has the id 'p1', not 'contents', the id the build reads a source's"
        " Contents list by (write '{ #contents }' in place of '{ #p1 }')",
    ])  # fmt: skip


def test_a_heading_id_renamed_to_a_refused_form_is_one_line_offering_the_published_id(broken_project: Path) -> None:
    """`{ #searching }` renamed `{ #fn:4 }`: the refused id's line, and "1 anchor problem(s) … searching" summed up.

    The line names the id to give back, all the summary added: it is the one line, in the build and make check.
    """
    edit(broken_project, "docs/about/reading-guide.md", "{ #searching }", "{ #fn:4 }")
    assert_build_and_check_say(broken_project, [
        "docs/about/reading-guide.md: heading: id 'fn:4' has the form of a footnote's ids (fn:N, fnref:N), which the"
        " page's notes and their links take (give it '{ #searching }' if it is the heading published as searching, or"
        " an id of its own if new: ids are links, and a link leads to one place)",
    ])  # fmt: skip


def test_a_heading_id_renamed_to_one_the_page_has_is_one_line_offering_the_published_id(broken_project: Path) -> None:
    """`{ #searching }` renamed `{ #texts }`, the id of another heading: its line, and "… searching is gone" summed up.

    The line offers the id to give back, as the refused-id line does: the one line, in the build and make check.
    """
    edit(broken_project, "docs/about/reading-guide.md", "{ #searching }", "{ #texts }")
    assert_build_and_check_say(broken_project, [
        "docs/about/reading-guide.md: heading: id 'texts' is also the id of another element of the page (give the"
        " heading that took it '{ #searching }' if it is the heading published as searching, or an id of its own if"
        " new: ids are links, and a link leads to one place)",
    ])  # fmt: skip


def test_while_the_lock_does_not_load_the_id_offered_to_a_heading_waits_on_it(broken_project: Path) -> None:
    """Unread, the lock held no id: `searching`, published and deleted with its heading, was offered as if new."""
    edit(broken_project, "docs/about/reading-guide.md", "{ #searching }", "")
    (broken_project / "anchors.lock.json").write_text("{", encoding="utf-8")
    assert_build_and_check_say(broken_project, [
        "anchors.lock.json: is not valid JSON (Expecting property name enclosed in double quotes: line 1 column 2"
        " (char 1)) (restore it from git, then run 'make anchors')",
        "docs/about/reading-guide.md: heading: 'Searching' has no id (end the heading with '{ #searching }';"
        " anchors.lock.json does not load: check the id once it does)",
    ])  # fmt: skip


def test_a_heading_may_not_take_the_id_of_a_paragraph_or_of_another_heading(broken_project: Path) -> None:
    """Two elements with one id: a link to it leads to the first only (and the HTML is invalid)."""
    edit(broken_project, OPPORTUNITIES, "\n{ #p4 }", "\n{ #p4 }\n\n## Extra { #p3 }\n\nMore words.\n{ #p6 }")
    challenges = Path("docs/migration-and-transnationalism/challenges.md")
    edit(
        broken_project,
        challenges,
        '{ #p2 data-policy-areas="social-protection" }\n',
        "{ #p2 }\n\n## Again { #challenges }\n",
    )
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    hint = "(give the heading an id of its own: ids are links, and a link leads to one place)"
    lines = edition_lines(result.stderr)
    assert f"{OPPORTUNITIES.as_posix()}: heading: id 'p3' is also the id of another element of the page {hint}" in lines
    assert (
        f"{challenges.as_posix()}: heading: id 'challenges' is also the id of another element of the page {hint}"
        in (lines)
    )


def test_an_id_repeated_in_raw_html_is_named_wherever_it_is(broken_project: Path) -> None:
    """A raw `<a id>` equal to a heading's, a paragraph's or another raw id: links reach the first only, unreported."""
    edit(
        broken_project,
        OPPORTUNITIES,
        "{ #p4 }",
        '{ #p4 }\n\nKept <a id="p2"></a><a id="old"></a> and <a id="old"></a>.\n{ #p6 }',
    )
    about = Path("docs/about/citing.md")
    edit(broken_project, about, "## Formats { #formats }", '## Formats { #formats }\n\n<span id="formats"></span>')
    hint = "(give each element an id of its own: ids are links, and a link leads to the first element only)"
    heading_hint = "(give the heading an id of its own: ids are links, and a link leads to one place)"
    lines = [
        f"{OPPORTUNITIES.as_posix()}: id: id 'p2' is on 2 elements of the page {hint}",
        f"{OPPORTUNITIES.as_posix()}: id: id 'old' is on 2 elements of the page {hint}",
        f"{about.as_posix()}: heading: id 'formats' is also the id of another element of the page {heading_hint}",
    ]
    assert_pages_say(broken_project, "docs/", lines)  # each repeated id once, on its page's line


def test_a_new_heading_with_a_published_annotations_id_is_not_blamed_on_the_annotation_alone(
    broken_project: Path,
) -> None:
    """ "Rename the annotation" sent its published link to the new heading, without a word."""
    edit(
        broken_project,
        OPPORTUNITIES,
        '"communication-technologies" }\n',
        '"communication-technologies" }\n\n## Ideas { #transfer-of-ideas }\n',
    )
    assert_build_and_check_say(
        broken_project,
        [
            "annotations/notes/transfer-of-ideas.md: id: 'transfer-of-ideas' is also the id of a heading on"
            " migration-and-transnationalism/opportunities.md, and links to it are published (give the one added since"
            " another id (this annotation, or the heading): the one that had it keeps its links)"
        ],
    )


def test_a_heading_may_not_take_a_footnotes_or_the_themes_form_of_id(broken_project: Path) -> None:
    """`fn:4` is the page's note 4, `__drawer` Material's menu: the page held two elements with the id, unreported."""
    headings = "#### Another { #fn:4 }\n\n## Third { #fnref:4 }\n\n## Other { #__drawer }\n\nWords.\n{ #fn:9 }\n"
    edit(
        broken_project,
        OPPORTUNITIES,
        '"communication-technologies" }\n',
        f'"communication-technologies" }}\n\n{headings}',
    )
    page, hint = (
        OPPORTUNITIES.as_posix(),
        "(give the heading an id of its own: ids are links, and a link leads to one place)",
    )
    footnote = "has the form of a footnote's ids (fn:N, fnref:N), which the page's notes and their links take"
    expected = [
        f"{page}: heading: id 'fn:4' {footnote} {hint}",
        f"{page}: heading: id 'fnref:4' {footnote} {hint}",
        f"{page}: heading: id '__drawer' has the form of the theme's own ids (__drawer, __search, …) {hint}",
        f"{page}: paragraph: id 'fn:9' is not of the form pN (paragraph ids are p1, p2, … per page)",
    ]
    result, check = assert_pages_say(broken_project, page, expected)
    assert set(check.stdout.splitlines()) == set(edition_lines(result.stderr)) == set(expected)
    # not "4 published id(s) not recorded: __drawer, fn:4, fn:9, fnref:4" too: ids refused are none to record


def test_a_paragraph_id_of_thousands_of_digits_is_named_not_a_traceback(broken_project: Path) -> None:
    """`int()` refuses a number of over 4,300 digits: the build and make check stopped with a traceback."""
    huge = "p" + "2" * 5000
    edit(broken_project, OPPORTUNITIES, "{ #p2 ", f"{{ #{huge} ")
    page = OPPORTUNITIES.as_posix()
    expected = [
        f"{page}: data-policy-areas: on 'p#{huge}', which is not a numbered paragraph"
        " (write the tags on a paragraph's '{ #pN … }' line)",
        f"{page}: paragraph: id '{huge}' is not of the form pN (paragraph ids are p1, p2, … per page)",
    ]
    assert_pages_say(broken_project, page, expected)


def test_a_paragraph_id_outside_the_text_s_paragraphs_is_named(broken_project: Path) -> None:
    """In a table cell or a note it was published (kind `element`) but neither numbered nor annotatable;
    after a list item it was shown to readers as `{ #p6 }`."""
    blocks = "| a |\n| - |\n| cell { #p7 } |\n\n!!! note\n    Inside.\n    { #p8 }\n\n- An item { #p6 }\n"
    edit(
        broken_project,
        OPPORTUNITIES,
        '"communication-technologies" }\n',
        f'"communication-technologies" }}\n\n{blocks}',
    )
    page = OPPORTUNITIES.as_posix()
    hint = "(a paragraph id goes on its own line right after a paragraph of the text, not in a list, a table or a note)"
    expected = [
        f"{page}: paragraph: id 'p7' is on something that is not a paragraph of the text {hint}",
        f"{page}: paragraph: id 'p8' is on something that is not a paragraph of the text {hint}",
        f"{page}: paragraph: '{{ #p6 }}' is shown to readers as text: no element took it {hint}",
    ]
    result, check = assert_pages_say(broken_project, page, expected)
    assert set(check.stdout.splitlines()) == set(edition_lines(result.stderr))  # the lock's "not recorded" line too


def test_a_paragraph_id_after_a_blank_line_is_one_line_naming_the_paragraph_above(broken_project: Path) -> None:
    """`{ #p5 }` below a blank line is a paragraph of its own: it had a line for having no id, one for being shown
    as text, and the paragraph above a third; after a numbered paragraph it had the first two."""
    edit(broken_project, OPPORTUNITIES, "and destination.\n{ #p5 }", "and destination.\n\n{ #p5 }")
    edit(
        broken_project, OPPORTUNITIES, '"communication-technologies" }\n', '"communication-technologies" }\n\n{ #p7 }\n'
    )
    page = OPPORTUNITIES.as_posix()
    expected = [
        f"{page}: paragraph: '{{ #p5 }}' stands alone below 'These are but a few of the many…', which has no id:"
        " readers see it as text (remove the blank line between them, so that it ends that paragraph)",
        f"{page}: paragraph: '{{ #p7 }}' stands alone as a paragraph: readers see it as text (put it on the line right"
        " after the last line of the paragraph it numbers, or delete it)",
    ]
    assert_pages_say(broken_project, page, expected)


def test_an_attribute_list_in_an_annotations_body_is_its_text_not_the_pages_problem(broken_project: Path) -> None:
    """A body takes no attribute lists, so `{ #p3 }` is its words: the build and make check blamed the page beside it."""
    note = "annotations/notes/transfer-of-ideas.md"
    edit(broken_project, note, "alongside money.", "alongside money.\n{ #p3 }")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0, result.stderr
    check = run_check(broken_project)
    assert check.returncode == 0, check.stdout
    page = parse(broken_project / "site/migration-and-transnationalism/opportunities/index.html")
    assert "alongside money. { #p3 }" in " ".join(page.find(id="transfer-of-ideas").get_text().split())


def test_a_page_left_blank_has_lost_its_ids_not_gone(broken_project: Path) -> None:
    """Python-Markdown renders a blank text without the extensions: the lines said the page was gone, to move it."""
    (broken_project / "docs/about/citing.md").write_text("---\ntitle: Citing\n---\n\n", encoding="utf-8")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    lines = edition_lines(result.stderr)
    gone = (
        "anchors.lock.json: /about/citing/#citing: published id is gone (no element has id 'citing') (restore it, or"
        " declare its new place in anchors.redirects.yml with the line `/about/citing/#citing: /about/citing/#new-id`)"
    )
    assert gone in lines, lines
    assert not [line for line in lines if "page is gone" in line], lines
    check = run_check(broken_project)  # make check renders no blank page either: the same lines, not "page is gone"
    lost = sorted((line for line in lines if line.startswith("anchors.lock.json: /about/citing/")), key=line_order)
    assert [line for line in check.stdout.splitlines() if line.startswith("anchors.lock.json: /about/")] == lost


def test_a_misspelt_attribute_on_a_paragraphs_id_line_is_named(broken_project: Path) -> None:
    """`data-policy-area` (singular) was ignored: the paragraph silently left its area's page."""
    challenges = Path("docs/migration-and-transnationalism/challenges.md")
    edit(
        broken_project,
        challenges,
        '{ #p2 data-policy-areas="social-protection" }',
        '{ #p2 data-policy-area="social-protection" }',
    )
    edit(
        broken_project,
        challenges,
        '{ #p4 data-policy-areas="integration" }',
        '{ #p4 data-policy-areas="integration" lang="fr" }',
    )
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    lines = edition_lines(result.stderr)
    assert (
        f"{challenges.as_posix()}: #p2: 'data-policy-area' is not an attribute the edition reads (did you mean 'data-policy-areas'?)"
        in lines
    )
    assert (
        f"{challenges.as_posix()}: #p4: 'lang' is not an attribute the edition reads (write only the id, a .class and data-policy-areas)"
        in lines
    )


def test_a_heading_without_its_id_is_named_on_every_page_not_only_the_sources(broken_project: Path) -> None:
    """A derived id is taken after the anchor lock has looked: it would be published and never recorded."""
    quality = broken_project / "docs/about/quality.md"
    quality.write_text(quality.read_text(encoding="utf-8") + "\n## A new subheading\n\nText.\n", encoding="utf-8")
    expected = [
        "docs/about/quality.md: heading: 'A new subheading' has no id (end the heading with '{ #a-new-subheading }')"
    ]
    assert_build_and_check_say(broken_project, expected)


def test_an_id_used_twice_is_not_also_said_to_have_changed_its_words(broken_project: Path) -> None:
    """A link to p1 lands on the first paragraph with the id, whose words are p1's: the second's were compared.

    The line said p1's words were now the second paragraph's and asked to record them with `make anchors`,
    which would have moved p1's recorded words onto the paragraph its links do not land on.
    """
    page = "docs/migration-and-transnationalism/agents-and-subjects.md"
    edit(broken_project, page, "{ #p2 data-policy-areas=", "{ #p1 data-policy-areas=")
    assert_build_and_check_say(broken_project, [
        f"{page}: paragraph: id 'p1' is used twice (p1 is published: it stays with the paragraph the published site"
        " shows as p1 (the words anchors.words.json records for it), and the other takes p2 if it is the paragraph"
        " published as p2, or p4 if it is new)"
    ])  # fmt: skip


def test_paragraphs_without_their_ids_are_named_in_the_pages_order_in_build_and_check(broken_project: Path) -> None:
    """Sorted by their words, the lines offered p9, p10, p6, p7, p8: a newcomer numbered the paragraphs in that order."""
    page = broken_project / OPPORTUNITIES
    text = page.read_text(encoding="utf-8")
    page.write_text("\n".join(line for line in text.splitlines() if not line.startswith("{ #p")) + "\n", "utf-8")
    gone = "end it with its published id if it had one (p1, p2, p3, p4, p5 are gone)"
    starts = ["Transformations, particularly in the…", "Transnational connections created by…"]
    starts += ["Transnationalism also manifests itself…", "Lastly, migrants and their families may…"]
    starts += ["These are but a few of the many…"]
    expected = [
        f"{OPPORTUNITIES.as_posix()}: paragraph: '{start}' has no id ({gone}, or '{{ #p{n} }}' if it is new)"
        for n, start in enumerate(starts, start=6)
    ]
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert [line for line in edition_lines(result.stderr) if line.startswith(OPPORTUNITIES.as_posix())] == expected
    check = run_check(broken_project)
    assert [line for line in check.stdout.splitlines() if line.startswith(OPPORTUNITIES.as_posix())] == expected


def test_a_paragraph_id_below_a_blank_line_is_not_named_again_by_the_annotations_on_that_paragraph(
    broken_project: Path,
) -> None:
    """`{ #p1 }` below a blank line: the page's line says it; a note on p1 said "no paragraph 'p1'" too, one mistake.

    A page's link to p1 is MkDocs' warning in the build, which make check prints as its own line, as it does
    every link MkDocs warns of (`link_anchors.py`): the build fails on it too.
    """
    edit(broken_project, OPPORTUNITIES, '\n{ #p1 data-policy-areas="communication-technologies" }', "\n\n{ #p1 }")
    line = (
        f"{OPPORTUNITIES.as_posix()}: paragraph: '{{ #p1 }}' stands alone below 'Transformations, particularly in"
        " the…', which has no id: readers see it as text (remove the blank line between them, so that it ends that"
        " paragraph)"
    )
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert edition_lines(result.stderr) == [line], result.stderr  # the note's id, gone from the page, is its line's
    assert "'../migration-and-transnationalism/opportunities.md#p1'" in result.stderr  # MkDocs' own warning
    link = (
        "docs/about/editorial-principles.md: link: '../migration-and-transnationalism/opportunities.md#p1' leads to"
        " migration-and-transnationalism/opportunities.md, which has no id 'p1' (MkDocs warns, the strict build"
        " fails) (link an id the page has, or leave out '#p1')"
    )
    check = run_check(broken_project)
    assert check.returncode == 1 and check.stdout.splitlines() == [link, line], check.stdout
