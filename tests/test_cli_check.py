"""make check reads the site as the build does: its address, extensions, policy areas, terms, published pages."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, edit, run_build

from hooks.cli import check, site_files
from hooks.cli.config_values import configured_extensions, configured_site_url
from hooks.core import extra_files


def test_make_check_reads_site_url_as_the_build_does(monkeypatch: pytest.MonkeyPatch) -> None:
    """`!ENV [SITE_URL, default]`: the published site's address, so make check knows a body's links to it."""
    monkeypatch.delenv("SITE_URL", raising=False)
    assert configured_site_url(ROOT) == ("http://127.0.0.1:8000/", [])
    monkeypatch.setenv("SITE_URL", "https://owner.github.io/repo/")
    assert configured_site_url(ROOT) == ("https://owner.github.io/repo/", [])


def test_check_names_unrecorded_terms_and_unknown_page_tags_as_the_build_does(broken_project: Path) -> None:
    glossary = broken_project / "annotations/glossary.yml"
    glossary.write_text(
        glossary.read_text(encoding="utf-8")
        + "- id: new-term\n  term: transnational lens\n  definitions:\n"
        + "    - anchor: migration-and-transnationalism/annex.md#p1\n      attribution: IOM.\n",
        encoding="utf-8",
    )
    page = broken_project / "docs/migration-and-transnationalism/opportunities.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("tags: [", "tags: [familes-left-behind, ", 1), encoding="utf-8")
    problems, _ = check.run_checks(broken_project, dt.date.today())
    lines = [str(problem) for problem in problems]
    unrecorded = "anchors.lock.json: /glossary/: 1 published id(s) not recorded: new-term"
    assert (
        f"{unrecorded} (fix the other lines first, then run 'make anchors': it records nothing while the build fails)"
        in lines
    )
    assert (
        "docs/migration-and-transnationalism/opportunities.md: tags: unknown policy area 'familes-left-behind'"
        " (did you mean 'families-left-behind'?)"
    ) in lines


def test_check_knows_the_policy_areas_the_build_knows(monkeypatch: pytest.MonkeyPatch) -> None:
    """`known_area_ids` for both: a taxonomy read without a line yet with no area knows no tag, so each is named.

    make check had its own rule (no areas: no tag checked), which said nothing where the build named every tag.
    """
    monkeypatch.setattr(check, "load_policy_areas", lambda root: ((), []))
    problems, _ = check.run_checks(ROOT, dt.date.today())
    assert [p for p in problems if p.path.startswith("annotations/notes/") and "unknown policy area" in p.message]


def test_check_reads_mkdocs_extensions_with_their_options() -> None:
    names, configs = configured_extensions(ROOT)
    assert "attr_list" in names and "pymdownx.caret" in names
    assert configs["toc"] == {"permalink": True}


def test_check_reads_only_the_pages_the_build_publishes(broken_project: Path) -> None:
    """A draft the build leaves out (hidden, templates/, exclude_docs) failed make check, and so every commit."""
    docs = broken_project / "docs"
    for page in (".draft.md", "templates/page.md", "drafts/wip.md"):
        (docs / page).parent.mkdir(parents=True, exist_ok=True)
        (docs / page).write_text("# Work in progress\n\nNot yet numbered.\n", encoding="utf-8")
    config = broken_project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "exclude_docs: |\n  drafts/\n", encoding="utf-8")
    assert run_build(broken_project, broken_project / "site").returncode == 0
    assert check.main(["--root", str(broken_project)]) == 0
    (docs / "drafts/wip.md").rename(docs / "about/wip.md")  # published now: the build and make check name it
    assert check.main(["--root", str(broken_project)]) == 1


@pytest.mark.parametrize(
    "changed",
    [
        "annotations/notes/x.md",
        "annotations/glossary.yml",
        "docs/about/citing.md",
        "docs/about/notes.markdown",  # MkDocs publishes it: make check names it to be renamed
        "mkdocs.yml",
        "anchors.lock.json",  # an id taken out by hand: make check compares the lock with its history
        "anchors.redirects.yml",  # a moved id's redirect, its only change
        "anchors.words.json",
    ],
)
def test_the_pre_commit_hook_runs_make_check_on_every_file_it_checks(changed: str) -> None:
    """The hook ran `make check` only for annotations, `docs/**.md`, `mkdocs.yml` and hooks: a commit of a redirect
    alone, of the lock or of a `.markdown` page was never checked, though annotations/README.md says it runs
    before each commit."""
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    (hook,) = [hook for repo in config["repos"] for hook in repo["hooks"] if hook["entry"] == "make check"]
    assert re.search(hook.get("files", ""), changed), f"{changed} does not run make check before a commit"


def test_make_check_works_out_the_extra_files_entries_lines_once_a_run(
    broken_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each read of mkdocs.yml worked them out again (a score a run), and the extra files' check once more."""
    edit(broken_project, "mkdocs.yml", "extra_css:\n", f"# {broken_project}\nextra_css:\n")  # a text no run has read
    read = extra_files.extra_file_problems
    settings: list[str] = []
    monkeypatch.setattr(extra_files, "extra_file_problems", lambda *args: settings.append(args[1]) or read(*args))
    check.run_checks(broken_project, dt.date.today())
    assert sorted(settings) == ["extra_css", "extra_javascript"]


@pytest.mark.parametrize("text", ["# nothing\n", "", "~\n"])
def test_make_check_names_a_mkdocs_yml_of_no_settings_in_one_line(
    broken_project: Path, text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Comments alone, an empty file, `~`: one line, not a traceback (the extra files' check read the text as None)."""
    (broken_project / "mkdocs.yml").write_text(text, encoding="utf-8")
    assert check.main(["--root", str(broken_project)]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "mkdocs.yml: holds no settings, not even `site_name`, on which the build stops"
        " (restore it: git restore mkdocs.yml)"
    ]
    assert err.splitlines()[-1] == "1 problem(s) found."


@pytest.mark.parametrize("text", ["# nothing\n", "", "~\n", "[a, b]\n", "just words\n"])
def test_the_extra_files_check_holds_back_on_a_mkdocs_yml_of_no_settings(broken_project: Path, text: str) -> None:
    """`unstopped_extra_files` reads a file of no settings as naming no entry, never a traceback."""
    (broken_project / "mkdocs.yml").write_text(text, encoding="utf-8")
    assert site_files.unstopped_extra_files(broken_project, []) == []
