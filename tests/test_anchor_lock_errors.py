"""The anchor lock: new ids stale it until make anchors records them; an unreadable lock or a failing build records nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from broken_project_helpers import OPP_URL, OPPORTUNITIES, failed_with
from conftest import edit, parse, run_build, run_check


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
    edit(broken_project, OPPORTUNITIES, "{ #p5 }", '{ #p5 }\n\nKept <a id="old-anchor"></a>alive.\n{ #p6 }')
    line = f"anchors.lock.json: {OPP_URL}: 2 published id(s) not recorded: old-anchor, p6 (run 'make anchors')"
    failed_with(run_build(broken_project, broken_project / "site"), line)
    assert run_check(broken_project).stdout.splitlines() == [line]
    monkeypatch.setenv("EDITION_ANCHORS", "record")
    assert run_build(broken_project, broken_project / "site").returncode == 0
    monkeypatch.delenv("EDITION_ANCHORS")
    edit(broken_project, OPPORTUNITIES, 'Kept <a id="old-anchor"></a>alive.', "Kept alive.")
    failed_with(
        run_build(broken_project, broken_project / "site"),
        f"anchors.lock.json: {OPP_URL}#old-anchor: published id is gone (no element has id 'old-anchor')",
    )


def test_new_ids_make_the_lock_stale_until_make_anchors_records_them(
    broken_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    edit(broken_project, OPPORTUNITIES, "{ #p5 }", "{ #p5 }\n\n## Further { #further }\n\nA new paragraph.\n{ #p6 }")
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
    edit(broken_project, OPPORTUNITIES, "{ #p4 }", "{ #p4 }\n\nA paragraph added later.\n{ #p6 }")
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
        "anchors.lock.json: left as it is: it could not be read, so no id was recorded (fix it as its other line says,"
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
        "anchors.lock.json: left as it is: no id is recorded from a build that fails (fix the other lines first, then"
        " run 'make anchors' again)"
    )
    failed_with(run_build(broken_project, broken_project / "site", env={"EDITION_ANCHORS": "record"}), line)
    assert lock.read_text(encoding="utf-8") == before
    edit(broken_project, challenges, "{ #chalenges }", "{ #challenges }\n\n[Nowhere](nowhere.md)\n{ #p9 }")
    failed_with(run_build(broken_project, broken_project / "site", env={"EDITION_ANCHORS": "record"}), line)
    assert lock.read_text(encoding="utf-8") == before, "a warning of MkDocs' own fails the strict build too"
    edit(broken_project, challenges, "\n\n[Nowhere](nowhere.md)\n{ #p9 }", "")
    assert run_build(broken_project, broken_project / "site").returncode == 0


def test_make_anchors_refusal_is_true_wherever_the_sorted_lines_put_it(broken_project: Path) -> None:
    """The lines are printed by file: `anchors.lock.json` before `docs/…`, so "the errors above" pointed at none."""
    (broken_project / "docs/private.md").write_text("# Private\n", encoding="utf-8")
    edit(broken_project, "mkdocs.yml", "\nnav:", "\nexclude_docs: private.md\nnav:")
    edit(
        broken_project,
        Path("docs/migration-and-transnationalism/challenges.md"),
        "\n{ #p2",
        " [Notes](../private.md)\n{ #p2",
    )
    result = run_build(broken_project, broken_project / "site", env={"EDITION_ANCHORS": "record"})
    edition = [text.split("edition: ", 1)[1] for text in result.stderr.splitlines() if "edition: " in text]
    refused = "anchors.lock.json: left as it is: no id is recorded from a build that fails (fix the other lines first,"
    at = next(n for n, text in enumerate(edition) if text.startswith(refused))
    assert any(text.startswith("docs/") for text in edition[at + 1 :]), result.stderr  # the error it points to


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
