"""Broken copies of the project: removed ids, bad redirects, missing bibliographies, clashing URLs, a stale lock."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from broken_project_helpers import assert_build_and_check_say, edition_lines
from conftest import declare_redirects, edit, parse, run_build
from test_annotation_errors import run_check

MT = "migration-and-transnationalism"
OPP = Path(f"docs/{MT}/opportunities.md")
OPP_URL = "/migration-and-transnationalism/opportunities/"
LAST_PARAGRAPH = "These are but a few of the many opportunities"


def remove_last_paragraph(project: Path) -> None:
    path = project / OPP
    text = path.read_text(encoding="utf-8")
    start = text.index(LAST_PARAGRAPH)
    end = text.index("{ #p5 }", start) + len("{ #p5 }")
    path.write_text(text[:start] + text[end:], encoding="utf-8")


MOVED_PARAGRAPH = f"'/{MT}/opportunities/#p5': '/{MT}/introduction/#p3'\n"  # Opportunities' last paragraph, redirected


def move_paragraphs(project: Path) -> None:
    """Move ids as docs/about/stable-links.md says they may: a page move and a redirected paragraph.

    The Conclusion page moved to `closing-remarks.md` (a page move: its `#p1` moved with it), and
    Opportunities' last paragraph went to the Introduction (a redirect: `opportunities/#p5` is `introduction/#p3`).
    """
    old, new = f"{MT}/conclusion.md", f"{MT}/closing-remarks.md"
    (project / "docs" / old).rename(project / "docs" / new)
    edit(project, "mkdocs.yml", "redirect_maps: {}", f"redirect_maps:\n        {old}: {new}")
    edit(project, "mkdocs.yml", f"{old}\n", f"{new}\n")
    edit(project, f"docs/{MT}/index.md", "(conclusion.md)", "(closing-remarks.md)")
    remove_last_paragraph(project)
    declare_redirects(project, MOVED_PARAGRAPH)


def failed_with(result, line: str) -> None:
    assert result.returncode != 0, result.stderr
    assert "Traceback" not in result.stderr
    assert line in result.stderr, result.stderr


def test_removed_id_fails_naming_page_and_id_then_passes_with_a_redirect(broken_project: Path) -> None:
    remove_last_paragraph(broken_project)
    result = run_build(broken_project, broken_project / "site")
    failed_with(
        result,
        f"anchors.lock.json: {OPP_URL}#p5: published id is gone (no element has id 'p5') (restore it, or declare its "
        f"new place in anchors.redirects.yml with the line `{OPP_URL}#p5: /new-page/#new-id`)",
    )
    declare_redirects(broken_project, f"'{OPP_URL}#p5': '{OPP_URL}#p4'\n")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0, result.stderr
    page = parse(broken_project / "site" / OPP_URL.strip("/") / "index.html")
    data = json.loads(page.select_one("div.edition-citation-data")["data-json"])
    assert data["redirects"] == {"p5": f"{OPP_URL}#p4"}


def test_redirect_to_a_missing_id_fails(broken_project: Path) -> None:
    remove_last_paragraph(broken_project)
    declare_redirects(broken_project, f"'{OPP_URL}#p5': '{OPP_URL}#p99'\n")
    failed_with(
        run_build(broken_project, broken_project / "site"),
        f"anchors.redirects.yml: {OPP_URL}#p5: points to '{OPP_URL}#p99', which does not exist (point it at an "
        "existing '/page-url/#id'; the built site's /anchors.json lists them)",
    )


def test_a_redirects_file_that_does_not_load_is_one_line_in_make_check_too(broken_project: Path) -> None:
    """The file's comment shows lines to add; left beside them, the shipped '{}' made the YAML invalid."""
    path = broken_project / "anchors.redirects.yml"
    path.write_text(path.read_text(encoding="utf-8") + f"{{}}\n'{OPP_URL}#p5': '{OPP_URL}#p4'\n", encoding="utf-8")
    check = run_check(broken_project)
    build = run_build(broken_project, broken_project / "site")
    line = next(line for line in check.stdout.splitlines() if line.startswith("anchors.redirects.yml: "))
    assert check.returncode == 1 and "remove the '{}'" in line, check.stdout
    failed_with(build, line)


def test_moved_page_keeps_its_ids_through_mkdocs_redirects(broken_project: Path) -> None:
    old, new = "migration-and-transnationalism/conclusion.md", "migration-and-transnationalism/closing-remarks.md"
    (broken_project / "docs" / old).rename(broken_project / "docs" / new)
    edit(broken_project, Path("mkdocs.yml"), "redirect_maps: {}", f"redirect_maps:\n        {old}: {new}")
    edit(broken_project, Path("mkdocs.yml"), f"{old}\n", f"{new}\n")
    edit(
        broken_project, Path("docs/migration-and-transnationalism/index.md"), "(conclusion.md)", "(closing-remarks.md)"
    )
    locked = json.loads((broken_project / "anchors.lock.json").read_text(encoding="utf-8"))
    count = len(locked["/migration-and-transnationalism/conclusion/"])
    result = run_build(broken_project, broken_project / "site")
    assert "published id is gone" not in result.stderr, result.stderr
    expected = (
        f"anchors.lock.json: /migration-and-transnationalism/closing-remarks/: {count} published id(s) not recorded"
    )
    assert expected in result.stderr
    redirect = (broken_project / "site/migration-and-transnationalism/conclusion/index.html").read_text(
        encoding="utf-8"
    )
    assert "../closing-remarks/" in redirect and "window.location.hash" in redirect


def test_a_renamed_page_whose_ids_are_redirected_still_needs_its_page_move(broken_project: Path) -> None:
    """The script that follows an in-page redirect runs on the old page: without a page move, no page is left there."""
    old, new = "migration-and-transnationalism/conclusion.md", "migration-and-transnationalism/closing.md"
    (broken_project / "docs" / old).rename(broken_project / "docs" / new)
    edit(broken_project, Path("mkdocs.yml"), f"{old}\n", f"{new}\n")
    edit(broken_project, Path("docs/migration-and-transnationalism/index.md"), "(conclusion.md)", "(closing.md)")
    old_url, new_url = "/migration-and-transnationalism/conclusion/", "/migration-and-transnationalism/closing/"
    lines = "".join(f"{old_url}#{i}: {new_url}#{i}\n" for i in ("conclusion", "p1", "cite-this-page"))
    declare_redirects(broken_project, lines)
    result = run_build(broken_project, broken_project / "site", env={"EDITION_ANCHORS": "record"})  # make anchors
    failed_with(
        result,
        f"anchors.redirects.yml: {old_url}: the page is gone and no page move says where: its address and every link "
        "to it would answer 404 (declare the page's move in mkdocs.yml under `redirects` → `redirect_maps` with the line "
        f"`{old}: {new}`)",
    )
    # That line and the lock left as it is: no line per redirected id.
    assert result.stderr.count("WARNING") == 2 and "no id is recorded from a build that fails" in result.stderr
    edit(broken_project, Path("mkdocs.yml"), "redirect_maps: {}", f"redirect_maps:\n        {old}: {new}")
    result = run_build(broken_project, broken_project / "site", env={"EDITION_ANCHORS": "record"})
    assert result.returncode == 0, result.stderr
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0, result.stderr
    assert (broken_project / "site/migration-and-transnationalism/conclusion/index.html").exists()


def test_a_moved_page_with_annotations_passes_with_the_steps_stable_links_md_lists(broken_project: Path) -> None:
    """docs/about/stable-links.md, "A page that moves": every step, and no redirect to declare by hand.

    Its group on /annotations/ has an id made from its file (`#migration-and-transnationalism-opportunities`):
    the page move implies that redirect.
    """
    old, new = "migration-and-transnationalism/opportunities.md", "migration-and-transnationalism/chances.md"
    (broken_project / "docs" / old).rename(broken_project / "docs" / new)
    edit(broken_project, Path("mkdocs.yml"), "redirect_maps: {}", f"redirect_maps:\n        {old}: {new}")
    edit(broken_project, Path("mkdocs.yml"), f"      - {old}\n", f"      - {new}\n")  # the nav
    edit(broken_project, Path("docs/migration-and-transnationalism/index.md"), "(opportunities.md)", "(chances.md)")
    for path in [
        broken_project / "annotations/glossary.yml",
        *(broken_project / "annotations/notes").glob("*.md"),
        *(broken_project / "docs/about").glob("*.md"),
    ]:  # definitions, target.page, Markdown links
        path.write_text(
            path.read_text(encoding="utf-8").replace(f"{old}#", f"{new}#").replace(f"page: {old}", f"page: {new}"),
            encoding="utf-8",
        )
    result = run_build(broken_project, broken_project / "site", env={"EDITION_ANCHORS": "record"})
    assert result.returncode == 0, result.stderr
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr
    index = parse(broken_project / "site/annotations/index.html")
    data = json.loads(index.select_one("div.edition-citation-data")["data-json"])
    assert data["redirects"] == {
        "migration-and-transnationalism-opportunities": "/annotations/#migration-and-transnationalism-chances"
    }
    assert "../chances/" in (broken_project / "site/migration-and-transnationalism/opportunities/index.html").read_text(
        encoding="utf-8"
    )
    # A tool holding an old link runs no stub nor script: /anchors.json leads each of the page's ids to the new page.
    lock = json.loads((broken_project / "anchors.lock.json").read_text(encoding="utf-8"))
    entries = json.loads((broken_project / "site/anchors.json").read_text(encoding="utf-8"))
    moved = {e["url"]: e["moved_to"] for e in entries if e["kind"] == "moved"}
    site = "http://127.0.0.1:8000"
    page, group = "/migration-and-transnationalism/", "/annotations/#migration-and-transnationalism-"
    ids = lock[f"{page}opportunities/"]
    assert {f"{site}{page}opportunities/#{i}": f"{site}{page}chances/#{i}" for i in ids}.items() <= moved.items()
    assert moved[f"{site}{group}opportunities"] == f"{site}{group}chances"


def test_targets_left_on_a_page_moved_into_a_folder_are_named_with_its_declared_move(broken_project: Path) -> None:
    """Steps 1 to 4 of stable-links.md's page move done, 5 and 6 not: the lines name the new file `redirect_maps` declares.

    Picked by spelling, the hint named another page (`…/chances.md` was taken for `…/challenges.md`).
    """
    old, new = "migration-and-transnationalism/chances.md", "migration-and-transnationalism/sections/opportunities.md"
    first = "migration-and-transnationalism/opportunities.md"
    (broken_project / "docs/migration-and-transnationalism/sections").mkdir()
    (broken_project / "docs" / first).rename(broken_project / "docs" / new)
    moves = f"redirect_maps:\n        {first}: {new}\n        {old}: {new}"  # renamed before (stable-links.md: a chain)
    edit(broken_project, Path("mkdocs.yml"), "redirect_maps: {}", moves)
    edit(broken_project, Path("mkdocs.yml"), f"      - {first}\n", f"      - {new}\n")
    edit(
        broken_project,
        Path("docs/migration-and-transnationalism/index.md"),
        "(opportunities.md)",
        "(sections/opportunities.md)",
    )
    for path in [broken_project / "annotations/glossary.yml", *(broken_project / "annotations/notes").glob("*.md")]:
        path.write_text(path.read_text(encoding="utf-8").replace(first, old), encoding="utf-8")
    for path in (broken_project / "docs/about").glob("*.md"):
        path.write_text(path.read_text(encoding="utf-8").replace(f"{first}#", f"{new}#"), encoding="utf-8")
    hint = f"(mkdocs.yml's redirect_maps moved the page to {new}: write that path)"
    expected = [
        f"annotations/glossary.yml: social-remittances.definitions[0].anchor: no page '{old}' {hint}",
        *(
            f"annotations/notes/{name}.md: target.page: no page '{old}' {hint}"
            for name in ("missing-note-4", "restored-hyphen-cost-effective", "transfer-of-ideas")
        ),
    ]
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert [line for line in expected if line not in result.stderr] == [], result.stderr
    check = run_check(broken_project)
    assert check.returncode == 1 and [line for line in check.stdout.splitlines() if "no page" in line] == expected


def test_a_definition_quoting_a_sentence_split_off_its_paragraph_says_the_paragraph_changed(
    broken_project: Path,
) -> None:
    """`social-remittances` quotes sentences 1 and 2 of opportunities' p3; p3 split after its first sentence.

    The line said to number the sentences from 1, as for a number written wrong.
    """
    split = "“social remittances.”[^4] Migrants"
    edit(broken_project, OPP, split, split.replace(" Migrants", "\n{ #p3 }\n\nMigrants"))
    edit(broken_project, OPP, '{ #p3 data-policy-areas="remittances political-participation" }', "{ #p6 }")
    line = (
        "annotations/glossary.yml: social-remittances.definitions[0].sentences: sentence 2 is beyond the 1 sentence of"
        " migration-and-transnationalism/opportunities.md#p3: the paragraph changed since anchors.words.json recorded"
        " its words (split: its closing words end p6 now) (point the definition at the paragraph that holds sentence"
        " 2 now, likely migration-and-transnationalism/opportunities.md#p6, numbering its sentences from 1 there, or"
        " drop it: `sentences: [1]`)"
    )
    failed_with(run_build(broken_project, broken_project / "site"), line)
    check = run_check(broken_project)
    assert check.returncode == 1 and line in check.stdout.splitlines(), check.stdout


def test_a_page_retired_with_the_steps_stable_links_md_lists_builds_and_its_old_links_still_lead_somewhere(
    broken_project: Path,
) -> None:
    """docs/about/stable-links.md, "A page deleted for good": deleted, moved onto its source's landing page, its ids redirected."""
    old, landing = "migration-and-transnationalism/agents-and-subjects.md", "migration-and-transnationalism/index.md"
    old_url, source_url = "/migration-and-transnationalism/agents-and-subjects/", "/migration-and-transnationalism/"
    (broken_project / "docs" / old).unlink()
    edit(broken_project, Path("mkdocs.yml"), f"      - {old}\n", "")  # the nav
    edit(
        broken_project,
        Path(f"docs/{landing}"),
        "2. [Agents and subjects of transnationalism](agents-and-subjects.md)\n",
        "",
    )
    for note in ("missing-note-3", "those-who-stay-behind"):  # the annotations on the page, deleted
        (broken_project / f"annotations/notes/{note}.md").unlink()
    result = run_build(broken_project, broken_project / "site")
    failed_with(result, f"deleted for good, it moves onto its source's landing page: `{old}: {landing}`")
    edit(broken_project, Path("mkdocs.yml"), "redirect_maps: {}", f"redirect_maps:\n        {old}: {landing}")
    result = run_build(broken_project, broken_project / "site")
    gone = sorted(line.split(": ", 2)[1] for line in edition_lines(result.stderr) if "published id is gone" in line)
    check = run_check(broken_project)  # step 5 says either names them, in the same lines
    assert [line for line in check.stdout.splitlines() if "published id is gone" in line] == sorted(
        line for line in edition_lines(result.stderr) if "published id is gone" in line
    ), check.stdout
    group = "/annotations/#migration-and-transnationalism-agents-and-subjects"
    assert gone == sorted(
        [
            group,
            *(
                f"{old_url}#{i}"
                for i in (
                    "agents-and-subjects-of-transnationalism",
                    "fn:3",
                    "fnref:3",
                    "missing-note-3",
                    "p1",
                    "p2",
                    "p3",
                    "those-who-stay-behind",
                )
            ),
        ]
    ), result.stderr
    # Step 5: each line as the message shows it between backticks: the page's ids already go to the landing
    # page's Contents (`fn:3` too); the group's new place is filled in.
    shown = [re.search(r"with the line `(.+)`\)$", line) for line in check.stdout.splitlines()]
    lines = [m[1] for m in shown if m and group not in m[1]]
    assert lines and all(line.endswith(f": {source_url}#contents") for line in lines), check.stdout
    lines.append(f"{group}: /annotations/#migration-and-transnationalism")
    assert len(lines) == len(gone), check.stdout
    path = broken_project / "anchors.redirects.yml"
    path.write_text(path.read_text(encoding="utf-8") + "\n".join(lines) + "\n", encoding="utf-8")
    result = run_build(broken_project, broken_project / "site", env={"EDITION_ANCHORS": "record"})  # make anchors
    assert result.returncode == 0 and "recorded 0 new id(s)" in result.stderr, result.stderr
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr
    assert run_check(broken_project).returncode == 0
    stub = (broken_project / "site" / old_url.strip("/") / "index.html").read_text(encoding="utf-8")
    assert "../" in stub and "window.location.hash" in stub  # the old address forwards to the landing page, #id kept
    data = json.loads(
        parse(broken_project / "site/migration-and-transnationalism/index.html").select_one(
            "div.edition-citation-data"
        )["data-json"]
    )
    assert data["redirects"]["p2"] == f"{source_url}#contents"  # where the landing page's script sends #p2
    assert parse(broken_project / "site/migration-and-transnationalism/index.html").find(id="contents") is not None


def test_retagging_an_annotation_sends_its_sources_group_on_the_area_page_to_the_section(broken_project: Path) -> None:
    """The only annotation tagged `remittances` loses the tag: its group's heading goes, links to it land on the section."""
    edit(broken_project, Path("annotations/notes/transfer-of-ideas.md"), "tags: [remittances, ", "tags: [")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr
    area = parse(broken_project / "site/policy-areas/remittances/index.html")
    assert area.select_one("#annotations") and not area.select_one("#annotations-migration-and-transnationalism")
    data = json.loads(area.select_one("div.edition-citation-data")["data-json"])
    assert data["redirects"] == {"annotations-migration-and-transnationalism": "/policy-areas/remittances/#annotations"}


def test_a_moved_page_whose_name_ends_in_index_keeps_its_ids_too(broken_project: Path) -> None:
    """`…/annex-index.md` is served at `…/annex-index/`, not at its folder's address (only `index.md` is)."""
    old, new = "migration-and-transnationalism/conclusion-index.md", "migration-and-transnationalism/conclusion.md"
    lock = broken_project / "anchors.lock.json"
    ids = json.loads(lock.read_text(encoding="utf-8"))
    ids["/migration-and-transnationalism/conclusion-index/"] = ids["/migration-and-transnationalism/conclusion/"]
    lock.write_text(json.dumps(ids, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    edit(broken_project, Path("mkdocs.yml"), "redirect_maps: {}", f"redirect_maps:\n        {old}: {new}")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0 and "published id is gone" not in result.stderr, result.stderr


def test_make_check_names_the_generated_pages_new_ids_as_the_build_does(broken_project: Path) -> None:
    """A page's first annotation opens its group on /annotations/; the glossary's heading is an id too."""
    notes = broken_project / "annotations" / "notes"
    note = (notes / "transfer-of-ideas.md").read_text(encoding="utf-8")
    note = note.replace("id: transfer-of-ideas", "id: first-on-conclusion").replace("opportunities.md", "conclusion.md")
    note = note.replace("paragraph: p3", "paragraph: p1").replace("'the transfer of ideas'", "key factor")
    (notes / "first-on-conclusion.md").write_text(note, encoding="utf-8")
    lock = json.loads((broken_project / "anchors.lock.json").read_text(encoding="utf-8"))
    lock["/glossary/"].remove("glossary")
    (broken_project / "anchors.lock.json").write_text(json.dumps(lock, indent=1), encoding="utf-8")
    build = run_build(broken_project, broken_project / "site")
    built = sorted(line.split("edition: ", 1)[1] for line in build.stderr.splitlines() if "not recorded" in line)
    assert built == [
        "anchors.lock.json: /annotations/: 1 published id(s) not recorded: migration-and-transnationalism-conclusion (run 'make anchors')",
        "anchors.lock.json: /glossary/: 1 published id(s) not recorded: glossary (run 'make anchors')",
        "anchors.lock.json: /migration-and-transnationalism/conclusion/: 1 published id(s) not recorded: first-on-conclusion (run 'make anchors')",
    ], build.stderr
    check = run_check(broken_project)
    assert sorted(line for line in check.stdout.splitlines() if "not recorded" in line) == built, check.stdout


def test_an_id_written_in_raw_html_is_published_and_kept_like_any_other(
    broken_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`<a id="old-anchor"></a>`, the usual way to keep an old link alive, was published (MkDocs checks
    links to it) but never recorded, so deleting it later broke those links without a word."""
    edit(broken_project, OPP, "{ #p5 }", '{ #p5 }\n\nKept <a id="old-anchor"></a>alive.\n{ #p6 }')
    line = f"anchors.lock.json: {OPP_URL}: 2 published id(s) not recorded: old-anchor, p6 (run 'make anchors')"
    failed_with(run_build(broken_project, broken_project / "site"), line)
    assert run_check(broken_project).stdout.splitlines() == [line]
    monkeypatch.setenv("EDITION_ANCHORS", "record")
    assert run_build(broken_project, broken_project / "site").returncode == 0
    monkeypatch.delenv("EDITION_ANCHORS")
    edit(broken_project, OPP, 'Kept <a id="old-anchor"></a>alive.', "Kept alive.")
    failed_with(
        run_build(broken_project, broken_project / "site"),
        f"anchors.lock.json: {OPP_URL}#old-anchor: published id is gone (no element has id 'old-anchor')",
    )


def test_new_ids_make_the_lock_stale_until_make_anchors_records_them(
    broken_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    edit(broken_project, OPP, "{ #p5 }", "{ #p5 }\n\n## Further { #further }\n\nA new paragraph.\n{ #p6 }")
    line = f"anchors.lock.json: {OPP_URL}: 2 published id(s) not recorded: further, p6 (run 'make anchors')"
    failed_with(run_build(broken_project, broken_project / "site"), line)
    check = run_check(broken_project)  # the same line before the push, not only from CI's build
    assert check.returncode == 1 and check.stdout.splitlines() == [line], check.stdout
    monkeypatch.setenv("EDITION_ANCHORS", "record")
    assert run_build(broken_project, broken_project / "site").returncode == 0
    lock = json.loads((broken_project / "anchors.lock.json").read_text(encoding="utf-8"))
    assert lock[OPP_URL][-1] == "p6"
    monkeypatch.delenv("EDITION_ANCHORS")
    assert run_build(broken_project, broken_project / "site").returncode == 0


def test_a_paragraph_added_later_takes_the_next_number_as_the_reading_guide_says(broken_project: Path) -> None:
    """Ids are never renumbered, so the margin is not a count: the guide must not say it is."""
    edit(broken_project, OPP, "{ #p4 }", "{ #p4 }\n\nA paragraph added later.\n{ #p6 }")
    assert run_build(broken_project, broken_project / "site", env={"EDITION_ANCHORS": "record"}).returncode == 0
    page = parse(broken_project / "site" / OPP_URL.strip("/") / "index.html")
    assert [a.get_text() for a in page.select("a.paragraph-link")][3:] == ["¶\u00a04", "¶\u00a06", "¶\u00a05"]
    guide = parse(broken_project / "site/about/reading-guide/index.html").select_one("#paragraph-numbers")
    section = " ".join(guide.find_next_sibling("p").find_next_sibling("p").get_text().split())
    assert "takes the next number not yet used on its page" in section and "¶ 4, ¶ 6, ¶ 5" in section, section


def test_an_unreadable_lock_is_one_line_and_make_anchors_leaves_it_as_it_is(broken_project: Path) -> None:
    """Recording into an unreadable lock would keep today's ids only and forget every published id that is gone."""
    lock = broken_project / "anchors.lock.json"
    broken = lock.read_text(encoding="utf-8")[:200]
    lock.write_text(broken, encoding="utf-8")
    result = run_build(broken_project, broken_project / "site")
    failed_with(result, "anchors.lock.json: is not valid JSON (")
    assert result.stderr.count("WARNING") == 1, result.stderr
    result = run_build(broken_project, broken_project / "site", env={"EDITION_ANCHORS": "record"})
    failed_with(
        result,
        "anchors.lock.json: left as it is: it could not be read, so no id was recorded (fix it as the line above says,"
        " keeping the ids of both sides of a conflict, then run 'make anchors')",
    )
    assert lock.read_text(encoding="utf-8") == broken


def test_make_anchors_records_nothing_from_a_build_that_fails(broken_project: Path) -> None:
    """A misspelt heading id recorded would be published in the lock for ever: fixed, it asked for a redirect."""
    challenges = Path("docs/migration-and-transnationalism/challenges.md")
    lock = broken_project / "anchors.lock.json"
    before = lock.read_text(encoding="utf-8")
    edit(broken_project, challenges, "# Challenges { #challenges }", "# Challenges { #chalenges }")
    line = (
        "anchors.lock.json: left as it is: no id is recorded from a build that fails (fix the errors above, then run "
        "'make anchors' again)"
    )
    failed_with(run_build(broken_project, broken_project / "site", env={"EDITION_ANCHORS": "record"}), line)
    assert lock.read_text(encoding="utf-8") == before
    edit(broken_project, challenges, "{ #chalenges }", "{ #challenges }\n\n[Nowhere](nowhere.md)\n{ #p9 }")
    failed_with(run_build(broken_project, broken_project / "site", env={"EDITION_ANCHORS": "record"}), line)
    assert lock.read_text(encoding="utf-8") == before, "a warning of MkDocs' own fails the strict build too"
    edit(broken_project, challenges, "\n\n[Nowhere](nowhere.md)\n{ #p9 }", "")
    assert run_build(broken_project, broken_project / "site").returncode == 0


def assert_lock_refused(project: Path, text: str, line: str) -> None:
    """The build, `make anchors` and `make check` all refuse the lock with `line`, and the lock stays as written."""
    failed_with(run_build(project, project / "site"), line)
    failed_with(run_build(project, project / "site", env={"EDITION_ANCHORS": "record"}), line)
    assert (project / "anchors.lock.json").read_text(encoding="utf-8") == text
    check = run_check(project)
    assert check.returncode != 0 and line in check.stdout.splitlines(), check.stdout


def test_a_page_written_twice_in_the_lock_is_one_line_and_nothing_is_recorded(broken_project: Path) -> None:
    """JSON keeps a key's last list: the ids of the first would be forgotten without a word, then rewritten away."""
    lock = broken_project / "anchors.lock.json"
    ids = json.loads(lock.read_text(encoding="utf-8"))[OPP_URL]
    second = json.dumps([i for i in ids if i != "transfer-of-ideas"])
    written_twice = lock.read_text(encoding="utf-8").rstrip().removesuffix("}") + f', "{OPP_URL}": {second}\n}}\n'
    lock.write_text(written_twice, encoding="utf-8")
    (broken_project / "annotations/notes/transfer-of-ideas.md").unlink()
    line = (
        f"anchors.lock.json: {OPP_URL}: is written twice, and JSON would keep only the last list (merge the two lists "
        "under one key, keeping every id of both)"
    )
    assert_lock_refused(broken_project, written_twice, line)


def test_a_lock_key_that_is_no_page_address_is_one_line_and_nothing_is_recorded(broken_project: Path) -> None:
    """Its later lines named no file one could fix ('declare its move in mkdocs.yml: '\u2028.md: …'')."""
    lock = broken_project / "anchors.lock.json"
    ids = json.loads(lock.read_text(encoding="utf-8"))
    text = json.dumps({**ids, "/\u2028/": ["p1"]}, indent=1, ensure_ascii=False)
    lock.write_text(text, encoding="utf-8")
    line = (
        "anchors.lock.json: '/\\u2028/': is not a page's address (write it '/folder/page/', as the lock writes a"
        " page's address (the home page '/'), or restore it from git)"
    )
    assert_lock_refused(broken_project, text, line)


def test_source_without_bibliography_is_one_line_on_its_landing_page(broken_project: Path) -> None:
    """Not one line per page of the source: the fix is in one place."""
    index = Path("docs/migration-and-transnationalism/index.md")
    text = (broken_project / index).read_text(encoding="utf-8")
    start, end = text.index("bibliography:"), text.index("unknown:")
    (broken_project / index).write_text(text[:start] + text[end:], encoding="utf-8")
    result = run_build(broken_project, broken_project / "site")
    failed_with(
        result,
        "docs/migration-and-transnationalism/index.md: bibliography: is missing or not a mapping "
        "(add CSL-JSON fields under `bibliography`; see docs/about/source-records.md#required)",
    )
    assert result.stderr.count("WARNING") == 1, result.stderr


@pytest.mark.parametrize("field", ["title", "type"])
def test_bibliography_missing_title_or_type_is_one_line(broken_project: Path, field: str) -> None:
    index = Path("docs/origin-governments-and-migrant-associations/index.md")
    line = {
        "title": "  title: Perspectives from governments of countries of origin and migrant associations\n",
        "type": "  type: chapter\n",
    }[field]
    edit(broken_project, index, line, "")
    result = run_build(broken_project, broken_project / "site")
    expected = (
        f"docs/origin-governments-and-migrant-associations/index.md: bibliography.{field}: is missing"
        f" (add `{field}` under `bibliography`; see docs/about/source-records.md#required)"
    )
    failed_with(result, expected)
    assert result.stderr.count("WARNING") == 1, result.stderr


def test_a_language_the_record_cannot_name_is_one_line(broken_project: Path) -> None:
    index = Path("docs/migration-and-transnationalism/index.md")
    edit(broken_project, index, "  language: en\n", "  language: English\n")
    result = run_build(broken_project, broken_project / "site")
    failed_with(
        result,
        f"{index}: bibliography.language: 'English' is not a language tag as CLDR writes it (did you mean 'en'?"
        " see docs/about/source-records.md#language)",
    )
    assert result.stderr.count("WARNING") == 1, result.stderr


def test_a_well_formed_tag_with_an_extension_is_named_and_kept_as_written(broken_project: Path) -> None:
    """`en-US-u-ca-gregory` failed the build with "write a BCP 47 tag", though it is one."""
    edit(
        broken_project,
        "docs/migration-and-transnationalism/index.md",
        "  language: en\n",
        "  language: en-US-u-ca-gregory\n",
    )
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0, result.stderr
    page = parse(broken_project / "site" / "migration-and-transnationalism" / "index.html")
    assert (
        next(dt for dt in page.select("article dt") if dt.get_text() == "Language").find_next("dd").get_text()
        == "English (United States)"
    )
    assert page.select_one('meta[name="DC.language"]')["content"] == "en-US-u-ca-gregory"


def test_a_bibliography_field_citeproc_cannot_read_is_one_line_not_a_traceback(broken_project: Path) -> None:
    """`issued: 2010` and `author: <text>` stopped the build in the citation formats."""
    index = Path("docs/migration-and-transnationalism/index.md")
    edit(broken_project, index, "issued: {date-parts: [[2010]]}", "issued: 2010")
    edit(broken_project, index, "unknown:\n", "unknown: the DOI\nnot-unknown:\n")
    result = run_build(broken_project, broken_project / "site")
    failed_with(result, f"{index.as_posix()}: bibliography.issued: must be a mapping of fields, not a number")
    assert f"{index.as_posix()}: unknown: must be a list of texts" in result.stderr
    check = run_check(broken_project)  # make check says the same
    assert check.returncode == 1 and [line.split(":")[1] for line in check.stdout.splitlines()] == [
        " bibliography.issued",
        " unknown",
    ], check.stdout


DATES = "see docs/about/source-records.md#dates"  # the editors' page's section on a record's dates


def test_a_date_typed_as_text_in_a_bibliography_gets_its_date_parts_or_its_missing_day(broken_project: Path) -> None:
    """`issued: 2026/12/05`, YAML's own date, a `raw` one and `[[2026, 2, 31]]` got the generic example, not their day."""
    index = Path("docs/migration-and-transnationalism/index.md")
    dates = (
        "issued: 2010/03/09\n  accessed: 2026-12-01\n  original-date: {raw: 'Mar 9, 2010'}\n"
        "  submitted: {date-parts: [[2026, 2, 31]]}\n  available-date: '31/04/2026'"
    )
    edit(broken_project, index, "issued: {date-parts: [[2010]]}", dates)
    fields = f"{index.as_posix()}: bibliography"
    assert_build_and_check_say(
        broken_project,
        [
            f"{fields}.issued: must be a mapping of fields, not text (write it as CSL date-parts:"
            f" `issued: {{date-parts: [[2010, 3, 9]]}}`; {DATES})",
            f"{fields}.accessed: must be a mapping of fields, not a date (write it as CSL date-parts:"
            f" `accessed: {{date-parts: [[2026, 12, 1]]}}`; {DATES})",
            f"{fields}.original-date.raw: is not a field (write the date as date-parts: `date-parts: [[2010, 3, 9]]`:"
            f" a date under `raw` is not read; {DATES})",
            f"{fields}.submitted: [2026, 2, 31] is no day of the calendar (February 2026 has 28 days: write a real day;"
            f" {DATES})",
            f"{fields}.available-date: must be a mapping of fields, not text (no such day: April 2026 has 30 days;"
            f" write a CSL date, e.g. `{{date-parts: [[2010, 3, 9]]}}`; {DATES})",
        ],
    )


def test_a_date_in_words_in_a_bibliography_is_read_in_the_records_language(broken_project: Path) -> None:
    """`listopada` is November to most languages, October to Croatian: the record's `language: hr` decides."""
    index = Path("docs/migration-and-transnationalism/index.md")
    edit(
        broken_project,
        index,
        "issued: {date-parts: [[2010]]}\n  language: en",
        "issued: 5 listopada 2010\n  language: hr",
    )
    assert_build_and_check_say(
        broken_project,
        [
            f"{index.as_posix()}: bibliography.issued: must be a mapping of fields, not text (write it as CSL"
            f" date-parts: `issued: {{date-parts: [[2010, 10, 5]]}}`; {DATES})"
        ],
    )


def test_a_day_yaml_reads_but_the_calendar_lacks_in_a_bibliography_is_one_line_naming_it(broken_project: Path) -> None:
    """YAML reads an unquoted `2026-02-31` as a date, and Python refuses it inside PyYAML: never a traceback."""
    index = Path("docs/migration-and-transnationalism/index.md")
    edit(broken_project, index, "issued: {date-parts: [[2010]]}", "issued: 2026-02-31")
    line = (
        f"{index.as_posix()}: front matter: '2026-02-31' is no day of the calendar (February 2026 has 28 days) at line"
        " 18 (write a real day as CSL date-parts, e.g. `issued: {date-parts: [[2026, 2, 28]]}`)"
    )
    # no second line saying its bibliography is missing, nor its lost citation block's id summed up (the build's
    # alone: make check leaves a misread page's ids to the build): they wait on the line, as in make check
    assert_build_and_check_say(broken_project, [line])


def test_a_source_landing_page_that_is_not_utf8_is_one_line(broken_project: Path) -> None:
    """Its bibliography was read before the page checks, with MkDocs' strict decoding: a traceback."""
    index = broken_project / "docs/migration-and-transnationalism/index.md"
    index.write_bytes(index.read_bytes().replace(b"Geneva", "Genève".encode("latin-1"), 1))
    result = run_build(broken_project, broken_project / "site")
    failed_with(result, "docs/migration-and-transnationalism/index.md: is not UTF-8 (byte ")


def test_two_pages_claiming_one_url_fail(broken_project: Path) -> None:
    folder = broken_project / "docs/migration-and-transnationalism/opportunities"
    folder.mkdir()
    (folder / "index.md").write_text("# Other { #other }\n", encoding="utf-8")
    failed_with(
        run_build(broken_project, broken_project / "site"),
        "docs/migration-and-transnationalism/opportunities/index.md: claims the URL "
        "'/migration-and-transnationalism/opportunities/' that docs/migration-and-transnationalism/opportunities.md "
        "has (rename or move one of the two pages)",
    )


def test_markup_and_quotes_in_a_bibliography_are_shown_as_written(broken_project: Path) -> None:
    """Editors' CSL fields reach HTML through citeproc-py, which escapes nothing, and an attribute Material writes."""
    index = Path("docs/origin-governments-and-migrant-associations/index.md")
    written = 'Perspectives from "governments" of <b>countries</b> & migrant associations'
    edit(broken_project, index, "  title: Perspectives from governments", "  title: 'Perspectives from governments")
    edit(broken_project, index, "migrant associations\n  container", "migrant associations'\n  container")
    edit(
        broken_project,
        index,
        "'Perspectives from governments of countries of origin and migrant associations'",
        repr(written),
    )
    edit(
        broken_project,
        index,
        "publisher: International Organization for Migration",
        "publisher: 'International Organization for <i>Migration</i> & Co'",
    )
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    soup = parse(broken_project / "site/origin-governments-and-migrant-associations/index.html")
    made = soup.select(".edition-cite-page b") + [i for i in soup.select("i") if i.get_text() == "Migration"]
    assert not made, "markup from the bibliography became markup"
    references = [p.get_text() for p in soup.select(".edition-cite-page p.reference")]
    assert len(references) == 2, references
    assert all(
        "<b>countries</b> & migrant" in text.lower() and "<i>migration</i>" in text.lower() for text in references
    )
    description = soup.select_one('meta[name="description"]')["content"]
    shown = written.replace('"governments"', "‘governments’")  # quoted in the description: its own quotes single
    assert shown in description and not soup.select("meta[autofocus], meta[onfocus]")


CONCLUSION = "migration-and-transnationalism/conclusion.md"
CONCLUSION_URL = "/migration-and-transnationalism/conclusion/"
RESTORE = "restore it, or declare its new place in anchors.redirects.yml"
BLOCKED = "fix the other lines first, then run 'make anchors': it records nothing while the build fails"


def rename_heading(project: Path) -> None:
    edit(project, OPP, "# Opportunities { #opportunities }", "# Opportunities { #chances }")


def delete_conclusion(project: Path) -> None:
    (project / "docs" / CONCLUSION).unlink()
    edit(project, Path("mkdocs.yml"), f"      - {CONCLUSION}\n", "")  # the nav
    edit(project, Path("docs/migration-and-transnationalism/index.md"), "6. [Conclusion](conclusion.md)\n", "")


def delete_annotation(project: Path) -> None:
    (project / "annotations/notes/transfer-of-ideas.md").unlink()


def retire_conclusion(project: Path) -> str:
    """stable-links.md's "A page deleted for good": moved onto its source's landing page, its ids redirected there.

    Not the Cite heading's: the landing page has one too, where links to it land.
    """
    landing = "migration-and-transnationalism/index.md"
    edit(project, Path("mkdocs.yml"), "redirect_maps: {}", f"redirect_maps:\n        {CONCLUSION}: {landing}")
    return "".join(f"'{CONCLUSION_URL}#{i}': /migration-and-transnationalism/#contents\n" for i in ("conclusion", "p1"))


def merge_conclusion(project: Path) -> None:
    """The Conclusion retired (`retire_conclusion`), its ¶ 1 merged into the Introduction: redirected to its ¶ 2."""
    delete_conclusion(project)
    retire_conclusion(project)
    declare_redirects(
        project, f"'{CONCLUSION_URL}#p1': '/{MT}/introduction/#p2'\n'{CONCLUSION_URL}#conclusion': '/{MT}/#contents'\n"
    )


def retire_by_number(project: Path) -> None:
    """The Conclusion retired (`retire_conclusion`), its ¶ 1 redirected to the Introduction's ¶ 1, the number kept."""
    delete_conclusion(project)
    retire_conclusion(project)
    declare_redirects(
        project, f"'{CONCLUSION_URL}#p1': '/{MT}/introduction/#p1'\n'{CONCLUSION_URL}#conclusion': '/{MT}/#contents'\n"
    )


GONE_PAGE = (
    "published id is gone (page is gone) (restore the page, or declare its move in mkdocs.yml under"
    f" `redirects` → `redirect_maps` with the line `{CONCLUSION}: <its new file>.md`; deleted for good, it moves onto its source's"
    f" landing page: `{CONCLUSION}: migration-and-transnationalism/index.md`)"
)


@pytest.mark.parametrize(
    ("change", "lines", "redirects"),
    [
        (remove_last_paragraph,
         [f"anchors.lock.json: {OPP_URL}#p5: published id is gone (no element has id 'p5') ({RESTORE} with"
          f" the line `{OPP_URL}#p5: /new-page/#new-id`)"],
         f"'{OPP_URL}#p5': '{OPP_URL}#p4'\n"),
        (rename_heading,
         [f"anchors.lock.json: {OPP_URL}#opportunities: published id is gone (no element has id 'opportunities')"
          f" ({RESTORE}; the page has one new id, chances: if that is where its words went (check),"
          f" write the line `{OPP_URL}#opportunities: {OPP_URL}#chances`)",
          f"anchors.lock.json: {OPP_URL}: 1 published id(s) not recorded: chances ({BLOCKED})"],
         f"'{OPP_URL}#opportunities': '{OPP_URL}#chances'\n"),
        (delete_conclusion,
         [f"anchors.lock.json: {CONCLUSION_URL}#{i}: {GONE_PAGE}" for i in ("conclusion", "p1", "cite-this-page")],
         retire_conclusion),
        (delete_annotation,
         [f"anchors.lock.json: {OPP_URL}#transfer-of-ideas: published id is gone (no element has id"
          f" 'transfer-of-ideas') ({RESTORE} with the line `{OPP_URL}#transfer-of-ideas: /new-page/#new-id`)"],
         f"'{OPP_URL}#transfer-of-ideas': '{OPP_URL}#p3'\n"),
    ],
    ids=["deleted-paragraph", "renamed-heading", "deleted-page", "deleted-annotation"],
)  # fmt: skip
def test_a_lost_published_id_is_the_same_line_in_make_check_and_none_once_redirected(
    broken_project: Path, change, lines: list[str], redirects
) -> None:
    """make check printed OK while the build failed on the most common anchor mistake; a redirect excuses it in both."""
    change(broken_project)
    assert_build_and_check_say(broken_project, lines)
    declared = redirects(broken_project) if callable(redirects) else redirects
    declare_redirects(broken_project, declared)
    build, check = run_build(broken_project, broken_project / "site"), run_check(broken_project)
    still = [line for line in lines if "published id is gone" not in line]  # a renamed heading's new id is new
    still = [line.replace(f"({BLOCKED})", "(run 'make anchors')") for line in still]  # alone, make anchors records it
    assert sorted(edition_lines(build.stderr)) == still and (build.returncode == 0) == (not still), build.stderr
    assert check.stdout.splitlines() == still if still else check.stdout.startswith("OK: "), check.stdout


def test_a_paragraph_left_without_its_id_is_its_one_line_in_make_check_and_the_build(broken_project: Path) -> None:
    """`{ #p5 }` deleted: the paragraph's line is the one to fix, and names p5; a summary of p5 lost said no more."""
    edit(broken_project, OPP, "\n{ #p5 }", "")
    assert_build_and_check_say(broken_project, [
        f"{OPP.as_posix()}: paragraph: 'These are but a few of the many…' has no id (end it with '{{ #p5 }}' if it is"
        " the paragraph published as p5, or '{ #p6 }' if it is new)",
    ])  # fmt: skip
