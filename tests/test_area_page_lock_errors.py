"""An area's own page against the lock: `make check` says the build's lines, from the ids `area_page_ids` gives it.

It left them to the build: a new group on an area's page, a locked id gone from one, a redirect into or out of one
that cannot hold, each failed the build while `make check` said OK.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from broken_project_helpers import assert_build_and_check_say, publish_also
from conftest import declare_redirects, edit, run_build, run_check

SOUTH = "/policy-areas/south-south/"
DATA = "/policy-areas/data-and-research/"
GUIDE = "/about/reading-guide/"
ANNEX = Path("docs/migration-and-transnationalism/annex.md")
OGMA = Path("docs/origin-governments-and-migrant-associations/index.md")
OGMA_GROUP = "paragraphs-origin-governments-and-migrant-associations"  # its p1 alone is tagged data-and-research


def untag_ogma_paragraph(project: Path) -> None:
    """Its p1 loses `data-and-research`: the area's page loses its group of that source (`OGMA_GROUP`)."""
    edit(project, OGMA, ' data-and-research" }', '" }')


def test_a_paragraph_tagged_into_a_new_group_is_the_builds_not_recorded_line_in_make_check(
    broken_project: Path,
) -> None:
    """The first paragraph of a source tagged with an area gives its page a group: an id `make anchors` records."""
    edit(broken_project, ANNEX, "\n{ #p1 }", '\n{ #p1 data-policy-areas="south-south" }')
    assert_build_and_check_say(broken_project, [
        f"anchors.lock.json: {SOUTH}: 1 published id(s) not recorded: paragraphs-migration-and-transnationalism"
        " (run 'make anchors')",
    ])  # fmt: skip


def test_a_locked_id_gone_from_an_area_page_is_the_same_line_in_make_check_and_none_once_redirected(
    broken_project: Path,
) -> None:
    """An id the lock holds and the page no longer has (a lock merged from a branch that published it)."""
    publish_also(broken_project, SOUTH, "notes")
    assert_build_and_check_say(broken_project, [
        f"anchors.lock.json: {SOUTH}#notes: published id is gone (no element has id 'notes') (restore it, or declare"
        f" its new place in anchors.redirects.yml with the line `{SOUTH}#notes: {SOUTH}#new-id`)",
    ])  # fmt: skip
    declare_redirects(broken_project, f"{SOUTH}#notes: {SOUTH}#annotations\n")
    build, check = run_build(broken_project, broken_project / "site"), run_check(broken_project)
    assert build.returncode == 0 and "WARNING" not in build.stderr, build.stderr
    assert check.returncode == 0 and check.stdout.startswith("OK: "), check.stdout


def test_a_group_gone_with_its_last_tag_goes_to_its_section_in_make_check_too(broken_project: Path) -> None:
    """The build sends it to its section (`vanished_group_redirects`): no line in either."""
    untag_ogma_paragraph(broken_project)
    build, check = run_build(broken_project, broken_project / "site"), run_check(broken_project)
    assert build.returncode == 0 and "WARNING" not in build.stderr, build.stderr
    assert check.returncode == 0 and check.stdout.startswith("OK: "), check.stdout


@pytest.mark.parametrize(
    ("redirect", "line"),
    [
        (f"{SOUTH}#annotations: {GUIDE}#searching", f"{SOUTH}#annotations: the id still exists, so the redirect would"
         " never be used (remove the redirect, or the id it moves away from)"),
        (f"{GUIDE}#searching-old: {SOUTH}#nowhere", f"{GUIDE}#searching-old: points to '{SOUTH}#nowhere', which does"
         " not exist (point it at an existing '/page-url/#id'; the built site's /anchors.json lists them)"),
        (f"{GUIDE}#searching-old: {DATA}#{OGMA_GROUP}", f"{GUIDE}#searching-old: points to '{DATA}#{OGMA_GROUP}',"
         f" which is itself redirected to '{DATA}#paragraphs' (point it at '{DATA}#paragraphs' directly, with the"
         f" line `{GUIDE}#searching-old: {DATA}#paragraphs`)"),
    ],
    ids=["from-an-id-still-there", "to-no-id", "to-a-group-gone"],
)  # fmt: skip
def test_a_redirect_into_or_out_of_an_area_page_that_cannot_hold_is_one_line_in_the_build_and_in_check(
    broken_project: Path, redirect: str, line: str
) -> None:
    """make check printed OK: it left an area page's ids, and the redirects there, to the build."""
    if redirect.startswith(f"{GUIDE}#searching-old:"):  # a published id, which a redirect may move
        publish_also(broken_project, GUIDE, "searching-old")
    untag_ogma_paragraph(broken_project)
    declare_redirects(broken_project, f"{redirect}\n")
    assert_build_and_check_say(broken_project, [f"anchors.redirects.yml: {line}"])


def test_a_draft_tagged_with_an_area_gives_its_page_no_id_in_the_build_nor_in_check(broken_project: Path) -> None:
    """The build leaves a draft out, and its tags with it: no group on the area's page, no id to record."""
    draft = "migration-and-transnationalism/draft-notes.md"
    edit(broken_project, "mkdocs.yml", "\nnav:\n", f"\ndraft_docs: |\n  {draft}\n\nnav:\n")
    (broken_project / "docs" / draft).write_text(
        "---\ntitle: Draft notes\nsource: migration-and-transnationalism\norder: 12\ntags: [south-south]\n---\n\n"
        '# Draft notes { #draft-notes }\n\nA draft\'s paragraph.\n{ #p1 data-policy-areas="south-south" }\n',
        encoding="utf-8",
    )
    build, check = run_build(broken_project, broken_project / "site"), run_check(broken_project)
    assert build.returncode == 0 and "WARNING" not in build.stderr, build.stderr
    assert check.returncode == 0 and check.stdout.startswith("OK: "), check.stdout


GONE = (  # an id the lock holds that an area's page has not: its line once every page reads
    f"anchors.lock.json: {SOUTH}#notes: published id is gone (no element has id 'notes') (restore it, or declare"
    f" its new place in anchors.redirects.yml with the line `{SOUTH}#notes: {SOUTH}#new-id`)"
)
OPP = Path("docs/migration-and-transnationalism/opportunities.md")
MISREAD = {  # a title's quote left open: the page's one line, the area pages' ids wait on it (its tags are unread)
    OGMA: ("title: Perspectives", f"{OGMA.as_posix()}: front matter: invalid YAML at line 10: expected <block end>,"
           " but found '<scalar>' (fix the YAML between the '---' lines)"),
    OPP: ("title: Opportunities", f"{OPP.as_posix()}: front matter: invalid YAML at line 5: found unexpected end of"
          " stream (fix the YAML between the '---' lines)"),
}  # fmt: skip


def lose_notes(project: Path) -> str:
    """The lock holds `notes` on south-south's page, which has none: its line."""
    publish_also(project, SOUTH, "notes")
    return GONE


def redirect_out_of_an_area_page(project: Path) -> str:
    """A redirect from an id the area's page still has: its line."""
    declare_redirects(project, f"{SOUTH}#annotations: {GUIDE}#searching\n")
    return (
        f"anchors.redirects.yml: {SOUTH}#annotations: the id still exists, so the redirect would never be used"
        " (remove the redirect, or the id it moves away from)"
    )


def redirect_into_an_area_page(project: Path) -> str:
    """A redirect from a published id to one the area's page has not: its line."""
    publish_also(project, GUIDE, "searching-old")
    declare_redirects(project, f"{GUIDE}#searching-old: {SOUTH}#nowhere\n")
    return (
        f"anchors.redirects.yml: {GUIDE}#searching-old: points to '{SOUTH}#nowhere', which does not exist (point it"
        " at an existing '/page-url/#id'; the built site's /anchors.json lists them)"
    )


@pytest.mark.parametrize(
    ("misread", "break_area_page"),
    [
        (OGMA, lose_notes),
        (OPP, lose_notes),
        (OGMA, redirect_out_of_an_area_page),
        (OGMA, redirect_into_an_area_page),
    ],
    ids=["gone-tagging-page-misread", "gone-other-page-misread", "redirect-out-of", "redirect-into"],
)
def test_a_page_misread_holds_back_an_area_pages_lock_line_in_the_build_as_in_check_until_it_reads(
    broken_project: Path, misread: Path, break_area_page: Callable[[Path], str]
) -> None:
    """While a page's front matter is misread its tags are unknown, and so are the area pages' groups: make check
    leaves their ids to the next build, and the build held them back from its summing-up line too (it summed up
    "1 anchor problem(s) not listed one by one…" of south-south's page, which make check did not say).

    Once the page reads, both name the area page's line, the same.
    """
    line = break_area_page(broken_project)
    field, misread_line = MISREAD[misread]
    value = field.split(": ", 1)[1]
    edit(broken_project, misread, field, f'{field.split(": ")[0]}: "{value}')
    assert_build_and_check_say(broken_project, [misread_line])
    edit(broken_project, misread, f'"{value}', value)
    assert_build_and_check_say(broken_project, [line])
