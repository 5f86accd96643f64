"""A broken glossary or glossary setting: one line each, the build's and make check's alike, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from broken_project_helpers import edition_lines
from conftest import edit, run_build, run_check
from site_glossary_helpers import GLOSSARY_YML, MT, article

from hooks.core.problems import line_order


@pytest.mark.parametrize("value", ["0", "many", "true"])
def test_used_in_must_be_a_whole_number(broken_project: Path, value: str) -> None:
    edit(broken_project, "mkdocs.yml", "used_in: 12", f"used_in: {value}")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    shown = {"0": "0", "many": "'many'", "true": "true"}[value]
    assert (
        f"mkdocs.yml: extra.glossary.used_in: must be a whole number ≥ 1, not {shown}"
        " (the number of paragraphs listed per term, e.g. `used_in: 12`)"
    ) in result.stderr


@pytest.mark.parametrize(
    ("anchor", "hint"),
    [
        (
            f"../docs/{MT}/annex.md#p1",
            f"write the page's path below docs/ and the paragraph's id, e.g. {MT}/annex.md#p1",
        ),
        # a path from the root of the machine: the page it names is known
        (
            f"/srv/edition/docs/{MT}/annex.md#p1",
            f"write the page's path below docs/ and the paragraph's id: {MT}/annex.md#p1",
        ),
    ],
)
def test_an_anchor_outside_docs_is_one_line_in_the_build_and_in_check(
    broken_project: Path, anchor: str, hint: str
) -> None:
    """It was read all the same; the build then failed on MkDocs' warning about the generated glossary.md."""
    edit(broken_project, GLOSSARY_YML, f"anchor: {MT}/annex.md#p1", f"anchor: {anchor}")
    line = f"annotations/glossary.yml: transnationalism.definitions[0].anchor: '{anchor}' is not a page path with an id ({hint})"
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert line in result.stderr and "glossary.md' contains a link" not in result.stderr, result.stderr
    check = run_check(broken_project)  # the glossary's line alone, as in the build
    assert check.returncode == 1 and check.stdout.splitlines() == sorted(
        edition_lines(result.stderr), key=line_order
    ), check.stdout


def test_an_anchor_s_hint_names_the_pages_the_site_publishes_in_the_build_and_in_check(broken_project: Path) -> None:
    """The build's hint named a draft's page of the same name too, which make check (its published pages) did not."""
    (broken_project / "docs/drafts").mkdir()
    (broken_project / "docs/drafts/annex.md").write_text("# Annex\n\nWords. { #p1 }\n", encoding="utf-8")
    edit(broken_project, "mkdocs.yml", "\nnav:\n", "\ndraft_docs: |\n  drafts/\n\nnav:\n")
    edit(broken_project, GLOSSARY_YML, f"anchor: {MT}/annex.md#p1", "anchor: annex.md#1")
    line = (
        "annotations/glossary.yml: transnationalism.definitions[0].anchor: 'annex.md#1' is not a page path with an id"
        f" (write the page's path below docs/ and the paragraph's id: {MT}/annex.md#p1)"
    )
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert line in edition_lines(result.stderr), result.stderr
    check = run_check(broken_project)
    assert check.returncode == 1 and line in check.stdout.splitlines(), check.stdout


def test_an_anchor_to_a_page_the_site_lacks_names_the_closest_as_an_annotation_would(broken_project: Path) -> None:
    """It said 'write the path below docs/', which it already was (a page renamed, a typo)."""
    edit(broken_project, GLOSSARY_YML, f"anchor: {MT}/opportunities.md#p3", f"anchor: {MT}/oportunities.md#p3")
    line = (
        f"annotations/glossary.yml: social-remittances.definitions[0].anchor: no page '{MT}/oportunities.md'"
        f" (did you mean '{MT}/opportunities.md'?)"
    )
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert line in result.stderr, result.stderr
    check = run_check(broken_project)
    assert check.returncode == 1 and line in check.stdout.splitlines(), check.stdout


LEFT_OUT_LINES = {
    "exclude_docs": "no page 'drafts/notes.md' (the site leaves the page out, as mkdocs.yml's exclude_docs or"
    " draft_docs do: point at a page it publishes)",
    # `mkdocs serve` shows a draft, and reads its definitions (test_glossary_drafts.py): the build names it one
    "draft_docs": "'drafts/notes.md' is a draft, which 'mkdocs serve' shows and the built site leaves out (point at a"
    " page the site publishes, or publish the page: take it out of mkdocs.yml's draft_docs)",
}


@pytest.mark.parametrize("option", ["exclude_docs", "draft_docs"])
def test_an_anchor_to_a_page_the_site_leaves_out_is_one_line_in_the_build_and_in_check(
    broken_project: Path, option: str
) -> None:
    """Its words were read all the same: /glossary/ quoted the left-out page with a link to no page, and counted it.

    A draft's line said no page, which the writer had just seen under `mkdocs serve`.
    """
    (broken_project / "docs/drafts").mkdir()
    (broken_project / "docs/drafts/notes.md").write_text(
        "# Notes\n\nTransnationalism is a draft's word.\n{ #p1 }\n", encoding="utf-8"
    )
    edit(broken_project, "mkdocs.yml", "\nnav:\n", f"\n{option}: |\n  drafts/\n\nnav:\n")
    edit(broken_project, GLOSSARY_YML, f"anchor: {MT}/annex.md#p1", "anchor: drafts/notes.md#p1")
    line = f"annotations/glossary.yml: transnationalism.definitions[0].anchor: {LEFT_OUT_LINES[option]}"
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert line in edition_lines(result.stderr), result.stderr
    check = run_check(broken_project)  # the glossary's line alone, as in the build
    assert check.returncode == 1 and check.stdout.splitlines() == sorted(
        edition_lines(result.stderr), key=line_order
    ), check.stdout


def test_a_definition_shifted_by_a_change_of_punctuation_fails_the_build_and_check(broken_project: Path) -> None:
    """The build passed and /glossary/ quoted 'Today, migration…' for chain migration, without 'While not a new…'."""
    edit(broken_project, Path(f"docs/{MT}/introduction.md"), "changed: today,", "changed. Today,")
    line = (
        f"annotations/glossary.yml: chain-migration.definitions[0].sentences: sentence 5 of {MT}/introduction.md#p3,"
        " where the quotation starts, does not name 'chain migration' (sentence 6 names it: start at sentence 1 or at"
        " one that names it; a change of punctuation renumbers the sentences)"
    )
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert [text for text in result.stderr.splitlines() if "edition: " in text] == [f"WARNING -  edition: {line}"]
    check = run_check(broken_project)
    assert check.returncode == 1 and check.stdout.splitlines() == [line], check.stdout
    edit(broken_project, GLOSSARY_YML, "sentences: [5, 6]", "sentences: [6, 7]")  # the fix the line asks for
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr
    entry = article(broken_project / "site", "glossary").find(id="chain-migration").find_next("blockquote")
    assert "While not a new phenomenon, it is one conduit of transnationalism." in entry.get_text()


def test_bad_glossary_input_fails_the_build_with_one_line_each(broken_project: Path) -> None:
    path = broken_project / GLOSSARY_YML
    text = path.read_text(encoding="utf-8")
    text = text.replace("annex.md#p7", "annex.md#p70").replace("annex.md#p3\n", "annex.md#illustrative-definitions\n")
    text = text.replace(
        "see_also: [transnationalism]\n\n- id: transnational-activities",
        "see_also: [nation]\n\n- id: transnational-activities",
    )
    text = text.replace("aliases: [diasporas]", "aliases: [diasporas, transnational communities]")
    path.write_text(text, encoding="utf-8")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    for line in (
        "annotations/glossary.yml: transnationalism.definitions[2].anchor: no paragraph 'p70' on"
        f" {MT}/annex.md (it has p1–p8) (fix the paragraph id)",
        "annotations/glossary.yml: transnationalism.definitions[1].anchor: 'illustrative-definitions' on"
        f" {MT}/annex.md is not a paragraph (point at the paragraph that holds the definition: p1–p8)",
        "annotations/glossary.yml: transnational-identity.see_also[0]: unknown term 'nation'"
        " (use the id of a term in annotations/glossary.yml)",
        "annotations/glossary.yml: diaspora.aliases[1]: 'transnational communities' is also claimed by term"
        " 'transnational-community' (remove it here or from the aliases of 'transnational-community': a term or"
        " alias belongs to one term only)",
    ):
        assert line in result.stderr


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        (
            "aliases: [diasporas]",
            "aliases: [diasporas, diasporae]",
            "annotations/glossary.yml: diaspora.aliases[1]: alias 'diasporae' occurs nowhere in the texts"
            " (check its spelling or remove it)",
        ),
        (
            "  term: diaspora\n",
            "  term: [diaspora\n",
            "annotations/glossary.yml: invalid YAML at line",
        ),
    ],
    ids=["unused-alias", "invalid-yaml"],
)
def test_glossary_warnings_fail_the_strict_build(broken_project: Path, old: str, new: str, line: str) -> None:
    path = broken_project / GLOSSARY_YML
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert line in result.stderr


def test_a_glossary_that_does_not_load_is_one_line_not_one_per_lost_id(broken_project: Path) -> None:
    """Its terms' ids, gone with it, were summed up in a second line that alarmed and said nothing more."""
    edit(broken_project, GLOSSARY_YML, "  term: diaspora\n", "  term: [diaspora\n")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    lines = [line.split("edition: ", 1)[1] for line in result.stderr.splitlines() if "edition: " in line]
    assert len(lines) == 1, lines
    assert lines[0].startswith("annotations/glossary.yml: invalid YAML at line")
    check = run_check(broken_project)  # the same line: make check knows the glossary's ids
    assert check.returncode == 1 and check.stdout.splitlines() == lines, check.stdout
    page = "docs/migration-and-transnationalism/opportunities.md"
    paragraph = (broken_project / page).read_text(encoding="utf-8").split("\n\n")[-2]  # p5, its words and its id
    assert paragraph.endswith("{ #p5 }"), paragraph
    edit(broken_project, page, f"\n\n{paragraph}", "")
    result = run_build(broken_project, broken_project / "site")  # an id lost elsewhere: the summary counts it alone
    lines = [line.split("edition: ", 1)[1] for line in result.stderr.splitlines() if "edition: " in line]
    assert [line for line in lines if line.startswith("anchors.lock.json: ")] == [
        "anchors.lock.json: 1 anchor problem(s) not listed one by one while the other errors stand (the first:"
        " /migration-and-transnationalism/opportunities/#p5: published id is gone (no element has id 'p5')) (fix the"
        " other lines first; the next build checks every published id again)"
    ], lines
    assert run_check(broken_project).stdout.splitlines() == sorted(lines, key=line_order)
