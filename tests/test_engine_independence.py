"""The per-page features run in a plain Python-Markdown pipeline, as Zensical would run them.

Zensical (Material's successor) runs Python-Markdown extensions listed by dotted path but no
MkDocs hooks; each extension must therefore work from its own configuration alone.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup
from conftest import copy_project, edit

from hooks.core.glossary import Glossary
from hooks.core.problems import Problem
from hooks.mdx import annotation_files
from hooks.mdx.annotations import AnnotationsExtension
from hooks.mdx.glossary import GlossaryExtension
from hooks.mdx.project_files import say_wrong_options

ROOT = Path(__file__).resolve().parent.parent
OPPORTUNITIES = "migration-and-transnationalism/opportunities.md"


def render(extensions: list[str], configs: dict[str, dict[str, object]] | None = None, page: str = OPPORTUNITIES):
    text = (ROOT / "docs" / page).read_text(encoding="utf-8").split("---\n", 2)[2]
    html = markdown.markdown(
        text, extensions=["attr_list", "footnotes", "md_in_html", *extensions], extension_configs=configs or {}
    )
    return BeautifulSoup(html, "lxml")


def test_source_footnotes_by_dotted_path() -> None:
    assert render(["hooks.mdx.source_footnotes"]).select_one("a.footnote-ref").get_text() == "4"


GLOSSARY = {"hooks.mdx.glossary": {"root": str(ROOT), "docs_dir": "docs"}}
ANNEX = "migration-and-transnationalism/annex.md"


def test_glossary_by_dotted_path_links_terms_with_tooltips_relative_to_the_page() -> None:
    """No hook names the page: its text does, so a link from a page in a folder climbs out of it."""
    link = render(["hooks.mdx.glossary"], GLOSSARY).select_one("a.glossary-term")
    assert link["href"] == "../glossary.md#transnationalism" and link["title"]


def test_glossary_by_dotted_path_shows_the_definition_the_pages_source_gives() -> None:
    """The choice of definition is the extension's, not an adapter's: a page known by its text gets it too."""
    soup = render(["hooks.mdx.glossary"], GLOSSARY, page="migration-and-transnationalism/introduction.md")
    title = soup.select_one("#p2 a.glossary-term")["title"]
    assert title.startswith("What is transnationalism?") and title.endswith("(one of 4 definitions: see the glossary)")


def test_glossary_by_dotted_path_leaves_a_pages_definitions_unlinked_and_says_what_they_define() -> None:
    soup = render(["hooks.mdx.glossary"], GLOSSARY, page=ANNEX)
    defines = soup.select_one("#p1 + .glossary-defines")
    assert defines is not None and "transnationalism" in [a["href"].split("#")[1] for a in defines.select("a")]
    assert not soup.select("#p1 a.glossary-term")


def test_a_text_that_is_no_page_of_the_docs_links_terms_from_the_docs_root() -> None:
    html = markdown.markdown("Transnationalism matters.", extensions=["hooks.mdx.glossary"], extension_configs=GLOSSARY)
    assert BeautifulSoup(html, "lxml").select_one("a.glossary-term")["href"] == "glossary.md#transnationalism"


def test_annotations_by_dotted_path_know_their_page_by_its_text() -> None:
    soup = render(["hooks.mdx.annotations"], {"hooks.mdx.annotations": {"root": str(ROOT)}})
    assert soup.select_one("#p3 mark").get_text() == "the transfer of ideas"
    assert soup.select_one("details#transfer-of-ideas")
    elsewhere = render(["hooks.mdx.annotations"], {"hooks.mdx.annotations": {"root": str(ROOT)}}, page=ANNEX)
    assert not elsewhere.select("mark, details.annotation")


def test_annotations_by_dotted_path_take_the_page_they_are_told() -> None:
    config = {"hooks.mdx.annotations": {"root": str(ROOT), "page": OPPORTUNITIES}}
    soup = render(["hooks.mdx.annotations"], config)
    assert soup.select_one("#p3 mark").get_text() == "the transfer of ideas"


def test_permalinks_by_dotted_path() -> None:
    soup = render(["hooks.mdx.permalinks"])
    assert [a["href"] for a in soup.select("a.paragraph-link")] == [f"#p{n}" for n in range(1, 6)]


def test_policy_tags_by_dotted_path_leave_tagged_paragraphs_alone() -> None:
    soup = render(["hooks.mdx.policy_tags"], page="migration-and-transnationalism/policy-considerations.md")
    assert soup.select_one("#p1")["data-policy-areas"]


def test_a_page_edited_while_the_engine_runs_is_still_known_by_its_text(tmp_path) -> None:
    """A server converts a page after its edit: the index of texts is read again, not kept stale."""
    root = tmp_path / "project"
    for name in ("docs", "annotations"):
        shutil.copytree(ROOT / name, root / name)
    config = {"hooks.mdx.annotations": {"root": str(root), "docs_dir": "docs"}}
    page = root / "docs" / OPPORTUNITIES

    def highlights() -> int:
        text = page.read_text(encoding="utf-8").split("---\n", 2)[2]
        html = markdown.markdown(
            text, extensions=["attr_list", "footnotes", "md_in_html", "hooks.mdx.annotations"], extension_configs=config
        )
        return len(BeautifulSoup(html, "lxml").select("mark"))

    before = highlights()
    page.write_text(
        page.read_text(encoding="utf-8").replace("\n{ #p1 ", " An added sentence.\n{ #p1 ", 1), encoding="utf-8"
    )
    assert before > 0 and highlights() == before


NOWHERE = "/nonexistent-project"
GLOSSARY_FOLDER = "give the project's folder, which holds annotations/glossary.yml"
NOTES_FOLDER = "give the project's folder, which holds annotations/notes/"
PAGES_FOLDER = "give the folder of the pages, relative to root or absolute: `docs_dir: docs`"


@pytest.mark.parametrize(
    ("extension", "options", "line"),
    [
        (
            "hooks.mdx.glossary",
            {"docs_dir": "nope"},
            f"hooks.mdx.glossary: docs_dir: 'nope' is not a folder under root '{ROOT}' ({PAGES_FOLDER})",
        ),
        (
            "hooks.mdx.glossary",
            {"root": NOWHERE},
            f"hooks.mdx.glossary: root: '{NOWHERE}' is not a folder ({GLOSSARY_FOLDER})",
        ),
        (  # root wrong and docs_dir below it: root's line alone, docs_dir is no second mistake
            "hooks.mdx.glossary",
            {"root": NOWHERE, "docs_dir": "nope"},
            f"hooks.mdx.glossary: root: '{NOWHERE}' is not a folder ({GLOSSARY_FOLDER})",
        ),
        (
            "hooks.mdx.glossary",
            {"root": str(ROOT / "docs")},
            f"hooks.mdx.glossary: root: '{ROOT / 'docs'}' holds no annotations/glossary.yml ({GLOSSARY_FOLDER})",
        ),
        (
            "hooks.mdx.glossary",
            {"link": "some"},
            "hooks.mdx.glossary: link: unknown link mode 'some' (write 'first' (the first occurrence per page) or 'all')",
        ),
        (
            "hooks.mdx.annotations",
            {"root": NOWHERE},
            f"hooks.mdx.annotations: root: '{NOWHERE}' is not a folder ({NOTES_FOLDER})",
        ),
        (  # a page given: the annotations still come from root
            "hooks.mdx.annotations",
            {"root": NOWHERE, "page": OPPORTUNITIES},
            f"hooks.mdx.annotations: root: '{NOWHERE}' is not a folder ({NOTES_FOLDER})",
        ),
        (
            "hooks.mdx.annotations",
            {"root": str(ROOT / "docs")},
            f"hooks.mdx.annotations: root: '{ROOT / 'docs'}' holds no annotations/notes/ ({NOTES_FOLDER})",
        ),
        (
            "hooks.mdx.annotations",
            {"docs_dir": "nope"},
            f"hooks.mdx.annotations: docs_dir: 'nope' is not a folder under root '{ROOT}' ({PAGES_FOLDER})",
        ),
        (
            "hooks.mdx.annotations",
            {"docs_dir": str(ROOT / "nope")},
            f"hooks.mdx.annotations: docs_dir: '{ROOT / 'nope'}' is not a folder ({PAGES_FOLDER})",
        ),
    ],
)
def test_a_wrong_option_is_one_line_naming_it(
    extension: str, options: dict[str, object], line: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Not a line per glossary definition whose page is "not found", nor every annotation left out unsaid."""
    text = (ROOT / "docs" / OPPORTUNITIES).read_text(encoding="utf-8").split("---\n", 2)[2]
    markdown.markdown(
        text, extensions=["attr_list", extension], extension_configs={extension: {"root": str(ROOT), **options}}
    )
    assert caplog.messages == [line]


@pytest.mark.parametrize(
    ("extension", "options"),
    [
        ("hooks.mdx.glossary", {"root": NOWHERE}),
        ("hooks.mdx.glossary", {"docs_dir": "nope"}),
        ("hooks.mdx.glossary", {"link": "some"}),
        ("hooks.mdx.annotations", {"root": NOWHERE}),
        ("hooks.mdx.annotations", {"docs_dir": "nope"}),
    ],
)
def test_a_wrong_option_is_said_once_not_once_a_page(
    extension: str, options: dict[str, object], caplog: pytest.LogCaptureFixture
) -> None:
    """An engine making a Markdown per page checks the options a page: the line is said the first time only."""
    configs = {extension: {"root": str(ROOT), **options}}
    for _ in range(3):
        markdown.Markdown(extensions=["attr_list", extension], extension_configs=configs).convert("Transnationalism.")
    assert len(caplog.messages) == 1


def test_a_wrong_option_is_said_again_once_its_folder_changed_or_it_was_right_meanwhile(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """As a file's problem: a server converting pages after the folder changed says whether it is still wrong."""
    root = tmp_path / "project"
    configs = {"hooks.mdx.annotations": {"root": str(root)}}

    def convert() -> list[str]:
        caplog.clear()
        markdown.Markdown(extensions=["hooks.mdx.annotations"], extension_configs=configs).convert("x")
        return caplog.messages

    missing = [f"hooks.mdx.annotations: root: '{root}' is not a folder ({NOTES_FOLDER})"]
    assert convert() == missing and convert() == []
    (root / "annotations").mkdir(parents=True)
    holds_none = [f"hooks.mdx.annotations: root: '{root}' holds no annotations/notes/ ({NOTES_FOLDER})"]
    assert convert() == holds_none and convert() == []
    shutil.rmtree(root)
    copy_project(root)
    assert convert() == [] and convert() == []
    shutil.rmtree(root)
    assert convert() == missing and convert() == []


def test_no_wrong_option_s_line_is_dropped_for_want_of_its_option_or_beside_another(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A line whose field is no option checked, or a second line on one option, was dropped unsaid."""
    log = logging.getLogger("test.say_wrong_options")
    options = {"root": "/a"}
    first, second = Problem("ext", "root", "first", "fix"), Problem("ext", "root", "second", "fix")
    stray = Problem("ext", "glossary_page", "is no page", "fix")

    def say() -> list[str]:
        caplog.clear()
        say_wrong_options("ext", options, [first, second, stray], (), log)
        return caplog.messages

    assert say() == [str(stray), str(first), str(second)]
    assert say() == [str(stray)]  # an option's lines once while it stays wrong; a stray one each time


def test_a_wrong_option_is_said_again_when_set_back_to_it_after_a_right_value(caplog: pytest.LogCaptureFixture) -> None:
    """The option was right meanwhile, with another value: set back to the wrong one, it went unsaid."""

    def convert(root: str) -> list[str]:
        caplog.clear()
        configs = {"hooks.mdx.annotations": {"root": root}}
        markdown.Markdown(extensions=["hooks.mdx.annotations"], extension_configs=configs).convert("x")
        return caplog.messages

    wrong = [f"hooks.mdx.annotations: root: '{NOWHERE}' is not a folder ({NOTES_FOLDER})"]
    assert convert(NOWHERE) == wrong and convert(NOWHERE) == []
    assert convert(str(ROOT)) == []
    assert convert(NOWHERE) == wrong and convert(NOWHERE) == []


def test_a_relative_root_is_named_with_the_folder_it_was_read_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.chdir(tmp_path)
    markdown.markdown(
        "x", extensions=["hooks.mdx.annotations"], extension_configs={"hooks.mdx.annotations": {"root": "."}}
    )
    assert caplog.messages == [
        f"hooks.mdx.annotations: root: '.' in {tmp_path} holds no annotations/notes/ ({NOTES_FOLDER})"
    ]


@pytest.mark.parametrize(
    ("extension", "options"),
    [
        ("hooks.mdx.glossary", {"root": str(ROOT), "docs_dir": "docs"}),
        ("hooks.mdx.glossary", {"root": str(ROOT), "docs_dir": str(ROOT / "docs"), "link": "all"}),
        ("hooks.mdx.annotations", {"root": str(ROOT)}),
        # told its page, it needs no docs_dir: one not there is not named (a body's `.md` links go unchecked)
        ("hooks.mdx.annotations", {"root": str(ROOT), "page": OPPORTUNITIES, "docs_dir": "nope"}),
    ],
)
def test_a_right_configuration_says_nothing(
    extension: str, options: dict[str, object], caplog: pytest.LogCaptureFixture
) -> None:
    markdown.markdown("Transnationalism matters.", extensions=[extension], extension_configs={extension: options})
    assert caplog.messages == []


def test_extensions_handed_their_data_check_no_folder(caplog: pytest.LogCaptureFixture) -> None:
    """Under MkDocs the adapters hand over the data and name the page: root and docs_dir are never read."""
    extensions = [
        GlossaryExtension(glossary=Glossary(), current_page=lambda: OPPORTUNITIES, root=NOWHERE, docs_dir="nope"),
        AnnotationsExtension(annotations=(), current_page=lambda: OPPORTUNITIES, root=NOWHERE, docs_dir="nope"),
    ]
    markdown.markdown("Transnationalism matters.", extensions=extensions)
    assert caplog.messages == []


def test_a_wrong_docs_dir_prints_one_line_where_no_logging_is_set_up() -> None:
    """As an engine that sets up no logging shows it: Python's last-resort handler, on standard error."""
    code = (
        "import markdown; markdown.markdown('Transnationalism matters.', extensions=['hooks.mdx.glossary'],"
        " extension_configs={'hooks.mdx.glossary': {'root': '.', 'docs_dir': 'nope'}})"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert run.stderr.splitlines() == [
        f"hooks.mdx.glossary: docs_dir: 'nope' is not a folder under root '.' in {ROOT} ({PAGES_FOLDER})"
    ]


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


def test_a_body_link_to_a_page_mkdocs_yml_leaves_out_is_its_make_check_line_and_plain_words(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """`exclude_docs` and `draft_docs` leave a page of docs/ out of the site: a link to it leads to no page.

    Read from root's mkdocs.yml, as make check reads it (`hooks/cli/site_files.py`): all of docs/ was taken.
    """
    root = copy_project(tmp_path / "project")
    edit(root, "mkdocs.yml", "\nvalidation:", f"\nexclude_docs: |\n  {ANNEX}\n\nvalidation:")
    edit(root, IDEAS, f"[data]{LINKED}", f"[the annex]({ANNEX}#p1)")
    body = render_in(root).select_one("details#transfer-of-ideas .annotation__body")
    assert not body.select("a") and [words.get_text() for words in body.select("span")] == ["the annex"]
    lines = checked_lines(root, IDEAS)
    assert len(lines) == 1 and f"the link '{ANNEX}#p1' leads to no page" in lines[0]
    assert caplog.messages == lines
    caplog.clear()
    edit(root, "mkdocs.yml", f"\nexclude_docs: |\n  {ANNEX}\n", "")  # read again once it changed, as a server does
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
