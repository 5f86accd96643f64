"""The project's files broken under a plain Python-Markdown pipeline (an annotation, the taxonomy, the glossary,
a schema, a body's links): each problem is make check's line, said once while the files stay, the rest still shown."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup
from conftest import copy_project, edit
from engine_helpers import ANNEX, OPPORTUNITIES, ROOT

from hooks.mdx import annotation_files

NOTE = "annotations/notes/praising.md"
BROKEN_NOTES = {  # what an invalid file does to the one line make check prints for it
    "unknown motivation": ("motivation: describing", "motivation: praising"),
    "bad YAML": ("tags: [remittances, migrant-networks]", "tags: [remittances, migrant-networks"),
    "missing field": ("motivation: describing\n", ""),
    "unknown policy area": ("tags: [remittances, migrant-networks]", "tags: [remitances, migrant-networks]"),
    "page written as its address": (  # the line names the page of docs_dir it means
        "page: migration-and-transnationalism/opportunities.md",
        "page: http://127.0.0.1:8000/migration-and-transnationalism/challenges/",
    ),
}


def annotated_project(tmp_path: Path, old: str, new: str) -> Path:
    """A copy of the edition with one more annotation, broken by replacing `old` with `new` in it."""
    root = copy_project(tmp_path / "project")
    text = (root / "annotations/notes/transfer-of-ideas.md").read_text(encoding="utf-8")
    text = text.replace("id: transfer-of-ideas", "id: praising")
    assert old in text
    (root / NOTE).write_text(text.replace(old, new, 1), encoding="utf-8")
    return root


def render_in(root: Path, page: str = OPPORTUNITIES) -> BeautifulSoup:
    """One page of `root` rendered by dotted path, as Zensical does: a Markdown of its own for the page."""
    text = (root / "docs" / page).read_text(encoding="utf-8").split("---\n", 2)[2]
    extensions = ["attr_list", "footnotes", "md_in_html", "hooks.mdx.annotations"]
    configs = {"hooks.mdx.annotations": {"root": str(root)}}
    return BeautifulSoup(markdown.markdown(text, extensions=extensions, extension_configs=configs), "lxml")


def checked_lines(root: Path, path: str) -> list[str]:
    """What `make check` prints about one file of the project."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "hooks.cli.check", "--root", str(root)]
    run = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, check=False)
    assert "Traceback" not in run.stderr, run.stderr
    return [line for line in run.stdout.splitlines() if line.startswith(f"{path}: ")]


@pytest.mark.parametrize(("old", "new"), BROKEN_NOTES.values(), ids=BROKEN_NOTES)
def test_an_invalid_annotation_is_its_make_check_line_and_the_others_still_show(
    tmp_path: Path, old: str, new: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Not silence: without MkDocs' hooks no check names it, and the annotation would just be missing."""
    root = annotated_project(tmp_path, old, new)
    soup = render_in(root)
    assert soup.select_one("details#transfer-of-ideas") and not soup.select("details#praising")
    lines = checked_lines(root, NOTE)
    assert len(lines) == 1 and caplog.messages == lines


def test_an_invalid_annotation_is_named_once_while_its_file_stays_as_it_is(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """An engine making a Markdown per page would repeat the line a page; edited, the file is read and named again."""
    root = annotated_project(tmp_path, "motivation: describing", "motivation: praising")
    render_in(root)
    render_in(root, ANNEX)
    render_in(root)
    allowed = "(use one of: commenting, describing, editing, linking, questioning, classifying)"
    assert caplog.messages == [f"{NOTE}: motivation: 'praising' is not allowed {allowed}"]
    caplog.clear()
    edit(root, NOTE, "motivation: praising", "motivation: praise")
    render_in(root)
    render_in(root)
    assert caplog.messages == [f"{NOTE}: motivation: 'praise' is not allowed {allowed}"]
    caplog.clear()
    edit(root, NOTE, "motivation: praise", "motivation: commenting")
    assert render_in(root).select_one("details#praising") and caplog.messages == []


TAXONOMY = "annotations/policy-areas.yml"


def test_an_unknown_tag_is_named_once_while_the_files_stay_and_known_once_the_taxonomy_has_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Checked against the taxonomy as it stands: an area added there is read with it, and the annotation shows."""
    root = annotated_project(tmp_path, "tags: [remittances, migrant-networks]", "tags: [new-area]")
    for page in (OPPORTUNITIES, ANNEX, OPPORTUNITIES):
        assert not render_in(root, page).select("details#praising")
    lines = checked_lines(root, NOTE)
    assert caplog.messages == lines == [f"{NOTE}: tags: unknown policy area 'new-area' (use an id from {TAXONOMY})"]
    caplog.clear()
    added = "- id: new-area\n  title: A new area\n  description: What a new area covers.\n"
    (root / TAXONOMY).write_text((root / TAXONOMY).read_text(encoding="utf-8") + added, encoding="utf-8")
    assert render_in(root).select_one("details#praising") and caplog.messages == []


def test_an_annotations_area_chips_show_the_taxonomys_titles_as_plain_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Named as under MkDocs, by title; no link, as only a hook makes the area pages it would lead to.

    The taxonomy is the one the tags are checked with: read once while the files stay, again once edited.
    """
    root = copy_project(tmp_path / "project")
    reads: list[Path] = []
    load = annotation_files.load_policy_areas
    monkeypatch.setattr(annotation_files, "load_policy_areas", lambda folder: reads.append(folder) or load(folder))

    def chips() -> list[tuple[str, str]]:
        return [(chip.name, chip.get_text()) for chip in render_in(root).select("#transfer-of-ideas .annotation__tag")]

    remittances, networks = "Remittances and economic exchange", "Migrant networks, associations and diasporas"
    assert chips() == [("span", remittances), ("span", networks)]
    render_in(root, ANNEX)
    assert chips() == [("span", remittances), ("span", networks)] and len(reads) == 1
    edit(root, TAXONOMY, f"title: {remittances}", "title: Remittances")
    assert chips() == [("span", "Remittances"), ("span", networks)] and len(reads) == 2
    assert caplog.messages == []


def test_a_taxonomy_that_does_not_load_is_its_make_check_line_and_no_tag_is_called_unknown(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Which areas exist is not known then: its one line, as make check's, not one more per tag of every note."""
    root = copy_project(tmp_path / "project")
    edit(root, TAXONOMY, "- id: migrant-networks\n", "- id: migrant-networks\n  - broken\n")
    render_in(root)
    render_in(root, ANNEX)
    lines = checked_lines(root, TAXONOMY)
    assert len(lines) == 1 and caplog.messages == lines


@pytest.mark.parametrize("path", [TAXONOMY, "anchors.lock.json"])
def test_a_taxonomy_or_lock_that_is_a_folder_is_its_make_check_line_not_a_traceback(
    tmp_path: Path, path: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Read for the tags by dotted path too: a folder of its name (`mkdir` for `touch`) was an IsADirectoryError."""
    root = copy_project(tmp_path / "project")
    (root / path).unlink()
    (root / path).mkdir()
    assert render_in(root).select_one("details#transfer-of-ideas")
    lines = checked_lines(root, path)
    assert len(lines) == 1 and "cannot be read" in lines[0] and caplog.messages == lines


def test_glossary_problems_are_one_line_each_as_make_check_prints_them_once_while_the_files_stay(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """As the annotations': a line per problem through the module's logger, not a block under a heading."""
    root = copy_project(tmp_path / "project")
    edit(root, "annotations/glossary.yml", "annex.md#p1\n", "annex.md#p99\n")
    edit(root, "annotations/glossary.yml", "see_also: [transnationalism]", "see_also: [nothing]")
    configs = {"hooks.mdx.glossary": {"root": str(root), "docs_dir": "docs"}}
    for page in (OPPORTUNITIES, ANNEX, OPPORTUNITIES):
        page_text = (root / "docs" / page).read_text(encoding="utf-8").split("---\n", 2)[2]
        markdown.markdown(page_text, extensions=["attr_list", "hooks.mdx.glossary"], extension_configs=configs)
    lines = checked_lines(root, "annotations/glossary.yml")
    assert len(lines) == 2 and caplog.messages == lines


@pytest.mark.parametrize(
    ("extension", "schema", "shown"),
    [
        ("hooks.mdx.glossary", "glossary.schema.json", "a.glossary-term"),
        ("hooks.mdx.annotations", "annotation.schema.json", "details#transfer-of-ideas"),
    ],
    ids=["glossary", "annotations"],
)
def test_a_schema_that_cannot_be_read_is_its_make_check_line_until_it_is_put_back(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, extension: str, schema: str, shown: str
) -> None:
    """A traceback on every page; put back while the engine runs, the schema is read again, as the files it checks."""
    root = copy_project(tmp_path / "project")
    path = root / "annotations/schema" / schema
    kept = path.read_text(encoding="utf-8")
    path.unlink()
    text = (root / "docs" / OPPORTUNITIES).read_text(encoding="utf-8").split("---\n", 2)[2]
    extensions, configs = ["attr_list", "footnotes", "md_in_html", extension], {extension: {"root": str(root)}}
    for _ in range(2):
        soup = BeautifulSoup(markdown.markdown(text, extensions=extensions, extension_configs=configs), "lxml")
        assert not soup.select(shown)
    assert caplog.messages == checked_lines(root, f"annotations/schema/{schema}") and len(caplog.messages) == 1
    caplog.clear()
    path.write_text(kept, encoding="utf-8")
    soup = BeautifulSoup(markdown.markdown(text, extensions=extensions, extension_configs=configs), "lxml")
    assert soup.select(shown) and caplog.messages == []


IDEAS = "annotations/notes/transfer-of-ideas.md"
LINKED = "(migration-and-transnationalism/policy-considerations.md#p2)"  # the link its body ends with
BROKEN_LINKS = (
    "(policy-considerations.md#p2), [a copied address](../challenges/#p2),"
    " [a typo](migration-and-transnationalism/challenge.md#p1), [an id](migration-and-transnationalism/annex.md#p99),"
    " [the glossary](glossary.md#diaspora) and [an area](policy-areas/remittances.md)"
)


def test_a_body_link_leading_nowhere_is_its_make_check_line_said_once_and_the_annotation_still_shows(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Only the build's hooks named it: without them a link copied from the site or mistyped went unsaid.

    The pages of docs/ and those the hooks generate are known here; which ids they have is not: that
    line is the build's and make check's, which render every page before they check.
    """
    root = copy_project(tmp_path / "project")
    edit(root, IDEAS, LINKED, BROKEN_LINKS)
    for page in (OPPORTUNITIES, ANNEX, OPPORTUNITIES):
        soup = render_in(root, page)
    assert soup.select_one("details#transfer-of-ideas")
    lines = checked_lines(root, IDEAS)
    unknown_id = f"{IDEAS}: body: the link 'migration-and-transnationalism/annex.md#p99' names no id of {ANNEX} ("
    assert caplog.messages == [line for line in lines if not line.startswith(unknown_id)]
    assert len(caplog.messages) == 3 and len(lines) == 4


def test_a_refused_notes_body_links_are_named_beside_its_line_as_make_check_names_them(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """In one run, as the build's: not in the next, once the field that refused the note is fixed."""
    root = annotated_project(tmp_path, "motivation: describing", "motivation: praising")
    edit(root, NOTE, LINKED, "(policy-considerations.md#p2)")
    render_in(root)
    lines = checked_lines(root, NOTE)
    assert len(lines) == 2 and "'policy-considerations.md#p2' leads to no page" in lines[0]
    assert caplog.messages == lines


def test_told_its_page_without_a_docs_dir_a_body_is_still_checked_where_no_page_is_needed(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Told its page, the extension needs no docs_dir: without one, a copied site address and an image went unsaid.

    Neither needs the pages: only whether a `.md` link leads to one does, and that link is left alone.
    """
    root = copy_project(tmp_path / "project")
    body = "(../challenges/#p2), ![a map](map.png) and [the annex](migration-and-transnationalism/annex.md#p1)"
    edit(root, IDEAS, LINKED, body)
    text = (root / "docs" / OPPORTUNITIES).read_text(encoding="utf-8").split("---\n", 2)[2]
    shutil.rmtree(root / "docs")
    configs = {"hooks.mdx.annotations": {"root": str(root), "page": OPPORTUNITIES}}
    html = markdown.markdown(
        text, extensions=["attr_list", "md_in_html", "hooks.mdx.annotations"], extension_configs=configs
    )
    assert BeautifulSoup(html, "lxml").select_one("details#transfer-of-ideas")
    assert [message.split(": ", 2)[:2] for message in caplog.messages] == [[IDEAS, "body"]] * 2, caplog.messages
    assert "the link '../challenges/#p2' is a site address" in caplog.text and "an image" in caplog.text


def test_a_body_link_to_a_page_no_engine_builds_here_is_plain_words_as_the_build_shows_one_the_site_lacks(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """As the build's adapter shows a link to a page the site lacks (`page_exists`): a live link led nowhere.

    A mistyped page's, and those only the hooks generate (the glossary, an area's, `/annotations/`),
    which an engine without them does not make: the words stay, without the link. The typo is its
    make check line; the generated pages are the site's, so no line names them. A page of docs/
    stays a link, relative to the page.
    """
    root = copy_project(tmp_path / "project")
    links = (
        "[a typo](migration-and-transnationalism/challenge.md#p1), [the glossary](glossary.md#diaspora),"
        " [an area](policy-areas/remittances.md), [the list](annotations/index.md?motivation=questioning)"
        " and [the annex](migration-and-transnationalism/annex.md#p1)"
    )
    edit(root, IDEAS, f"[data]{LINKED}", links)
    body = render_in(root).select_one("details#transfer-of-ideas .annotation__body")
    assert [link["href"] for link in body.select("a")] == ["annex.md#p1"]
    assert [words.get_text() for words in body.select("span")] == ["a typo", "the glossary", "an area", "the list"]
    assert (
        len(caplog.messages) == 1 and "'migration-and-transnationalism/challenge.md#p1' leads to no page" in caplog.text
    )


@pytest.mark.parametrize(
    ("option", "said"),
    [
        ("exclude_docs", "leads to no page"),
        ("draft_docs", "leads to a draft, which 'mkdocs serve' shows and the built site leaves out"),
    ],
)
def test_a_body_link_to_a_page_mkdocs_yml_leaves_out_is_its_make_check_line_and_plain_words(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, option: str, said: str
) -> None:
    """`exclude_docs` and `draft_docs` leave a page of docs/ out of the site: a link to it leads to no page.

    Read from root's mkdocs.yml, as make check reads it (`hooks/cli/site_files.py`): all of docs/ was taken.
    A draft, which `mkdocs serve` shows, is said to be one, as make check says it.
    """
    root = copy_project(tmp_path / "project")
    edit(root, "mkdocs.yml", "\nvalidation:", f"\n{option}: |\n  {ANNEX}\n\nvalidation:")
    edit(root, IDEAS, f"[data]{LINKED}", f"[the annex]({ANNEX}#p1)")
    body = render_in(root).select_one("details#transfer-of-ideas .annotation__body")
    assert not body.select("a") and [words.get_text() for words in body.select("span")] == ["the annex"]
    lines = checked_lines(root, IDEAS)
    assert len(lines) == 1 and f"the link '{ANNEX}#p1' {said}" in lines[0]
    assert caplog.messages == lines
    caplog.clear()
    edit(root, "mkdocs.yml", f"\n{option}: |\n  {ANNEX}\n", "")  # read again once it changed, as a server does
    body = render_in(root).select_one("details#transfer-of-ideas .annotation__body")
    assert [link["href"] for link in body.select("a")] == ["annex.md#p1"] and caplog.messages == []


LEFT_OUT = {  # a copy of the annex where the site does not keep it, and the lines of mkdocs.yml that leave it out
    "exclude_docs": ("drafts/annex.md", "exclude_docs: |\n  drafts/\n"),
    "draft_docs": ("drafts/annex.md", "draft_docs: |\n  drafts/\n"),
    "hidden folder": (".drafts/annex.md", ""),
    "templates": ("templates/annex.md", ""),
}


@pytest.mark.parametrize(("copy", "lines"), LEFT_OUT.values(), ids=LEFT_OUT)
def test_a_glossary_anchors_hint_names_only_the_pages_the_site_keeps_as_make_check_does(
    tmp_path: Path, copy: str, lines: str, caplog: pytest.LogCaptureFixture
) -> None:
    """`annex.md#5` is offered the annex the site publishes, not a copy mkdocs.yml or MkDocs itself leaves out.

    The pages are picked as the annotations' are (`site_pages`), root's mkdocs.yml read again once it changed.
    """
    root = copy_project(tmp_path / "project")
    (root / "docs" / copy).parent.mkdir(parents=True)
    shutil.copy2(root / "docs" / ANNEX, root / "docs" / copy)
    if lines:
        edit(root, "mkdocs.yml", "\nvalidation:", f"\n{lines}\nvalidation:")
    edit(root, "annotations/glossary.yml", f"anchor: {ANNEX}#p3\n", "anchor: annex.md#3\n")
    configs = {"hooks.mdx.glossary": {"root": str(root), "docs_dir": "docs"}}
    text = (root / "docs" / OPPORTUNITIES).read_text(encoding="utf-8").split("---\n", 2)[2]
    markdown.markdown(text, extensions=["attr_list", "hooks.mdx.glossary"], extension_configs=configs)
    checked = checked_lines(root, "annotations/glossary.yml")
    assert len(checked) == 1 and f"write the page's path below docs/ and the paragraph's id: {ANNEX}#p3" in checked[0]
    assert caplog.messages == checked
    if lines:
        caplog.clear()
        edit(root, "mkdocs.yml", f"\n{lines}", "")  # the copy is a page of the site now: named too
        markdown.markdown(text, extensions=["attr_list", "hooks.mdx.glossary"], extension_configs=configs)
        assert len(caplog.messages) == 1 and all(f"{page}#p3" in caplog.messages[0] for page in (ANNEX, copy))
        assert caplog.messages == checked_lines(root, "annotations/glossary.yml")
