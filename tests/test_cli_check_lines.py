"""make check passes on the real edition, and names a glossary's and a page's slips in the build's lines.

What it reads as the build does (the site's address, extensions, pages) is test_cli_check.py's.
"""

from __future__ import annotations

import re
from pathlib import Path

from conftest import ROOT, run_build, run_check

VALID = "the glossary, the policy-area taxonomy, the bibliographies, the anchor lock and the nav are valid"


def checked_links(stdout: str) -> int:
    """How many of the pages' links make check's OK line says it checked."""
    found = re.match(rf"OK: \d+ annotations, \d+ pages, (\d+) links, {VALID} \(", stdout)
    assert found, stdout
    return int(found[1])


def test_check_passes_on_the_real_edition() -> None:
    result = run_check(ROOT)
    assert result.returncode == 0, result.stdout
    annotations, pages = len(list((ROOT / "annotations/notes").glob("*.md"))), len(list((ROOT / "docs").rglob("*.md")))
    assert result.stdout.startswith(f"OK: {annotations} annotations, {pages} pages, ")
    assert checked_links(result.stdout) > 0


def test_the_ok_line_counts_the_pages_links_it_checked(broken_project: Path) -> None:
    """Since it checks each page's links and their `#id`s, as MkDocs does: one more link into the site is one more.

    An outside address is not checked, a mail address Markdown writes (`<me@x.org>`) neither, and a link written
    twice on a page is checked once.
    """
    before = checked_links(run_check(broken_project).stdout)
    links = "[a](stable-links.md#the-lock) [b](stable-links.md#the-lock) [c](https://example.org/) <me@x.org>"
    page = broken_project / "docs/about/reading-guide.md"
    page.write_text(page.read_text(encoding="utf-8").rstrip() + f"\n\n{links}\n", encoding="utf-8")
    assert checked_links(run_check(broken_project).stdout) == before + 1


def test_check_reports_glossary_problems_as_the_build_does(broken_project: Path) -> None:
    glossary = broken_project / "annotations" / "glossary.yml"
    text = glossary.read_text(encoding="utf-8")
    glossary.write_text(text.replace("annex.md#p5", "annex.md#p55", 1), encoding="utf-8")
    check = run_check(broken_project)
    build = run_build(broken_project, broken_project / "site")
    line = next(line for line in check.stdout.splitlines() if "p55" in line)
    assert check.returncode == 1 and build.returncode != 0
    assert line.endswith(
        "no paragraph 'p55' on migration-and-transnationalism/annex.md (it has p1–p8) (fix the paragraph id)"
    )
    assert line in build.stderr


def test_check_names_page_tags_that_are_not_a_list_as_the_build_does(broken_project: Path) -> None:
    page = Path("docs/migration-and-transnationalism/challenges.md")
    text = (broken_project / page).read_text(encoding="utf-8")
    start = text.index("tags: [")
    (broken_project / page).write_text(
        text[:start] + "tags: remittances" + text[text.index("\n", start) :], encoding="utf-8"
    )
    line = f"{page.as_posix()}: tags: must be a list of policy-area ids (write it as `tags: [remittances]`)"
    check = run_check(broken_project)
    assert check.returncode == 1 and line in check.stdout.splitlines(), check.stdout
    build = run_build(broken_project, broken_project / "site")
    assert f"edition: {line}" in build.stderr
