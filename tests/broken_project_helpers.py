"""What the tests of broken copies share: the build's and make check's lines compared, the edits that lose or retire ids."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from conftest import declare_redirects, edit, run_build, run_check

from hooks.core.anchor_lock import dump_lock
from hooks.core.problems import line_order

OPPORTUNITIES = Path("docs/migration-and-transnationalism/opportunities.md")
# the "not recorded" line's hint while another line stands: `make anchors` refuses then
BLOCKED = "fix the other lines first, then run 'make anchors': it records nothing while the build fails"


def assert_build_and_check_say(project: Path, expected: list[str]) -> None:
    """The strict build fails with exactly these lines, no traceback, and `make check` prints the same (sorted)."""
    result = run_build(project, project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert sorted(edition_lines(result.stderr)) == sorted(expected), result.stderr
    check = run_check(project)
    assert check.returncode == 1 and "Traceback" not in check.stderr, check.stderr
    assert check.stdout.splitlines() == sorted(expected, key=line_order), check.stdout


def assert_pages_say(
    project: Path, prefix: str | tuple[str, ...], expected: list[str], env: dict[str, str] | None = None
) -> tuple[subprocess.CompletedProcess[str], subprocess.CompletedProcess[str]]:
    """The strict build fails, no traceback, and it and `make check` say exactly these lines starting with `prefix`.

    Other lines (the lock's "not recorded" for the ids the edit adds) are the callers' to check; `env`
    is given to both.
    """
    result = run_build(project, project / "site", env=env)
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert sorted(line for line in edition_lines(result.stderr) if line.startswith(prefix)) == sorted(expected), (
        result.stderr
    )
    check = run_check(project, env)
    assert [line for line in check.stdout.splitlines() if line.startswith(prefix)] == sorted(
        expected, key=line_order
    ), check.stdout
    return result, check


def edition_lines(stderr: str) -> list[str]:
    """The build's own problem lines, without MkDocs' prefix."""
    return [line.split("edition: ", 1)[1] for line in stderr.splitlines() if "edition: " in line]


MT = "migration-and-transnationalism"
OPP_URL = "/migration-and-transnationalism/opportunities/"
LAST_PARAGRAPH = "These are but a few of the many opportunities"


def remove_last_paragraph(project: Path) -> None:
    path = project / OPPORTUNITIES
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


CONCLUSION = "migration-and-transnationalism/conclusion.md"
CONCLUSION_URL = "/migration-and-transnationalism/conclusion/"


def delete_conclusion(project: Path) -> None:
    (project / "docs" / CONCLUSION).unlink()
    edit(project, Path("mkdocs.yml"), f"      - {CONCLUSION}\n", "")  # the nav
    edit(project, Path("docs/migration-and-transnationalism/index.md"), "6. [Conclusion](conclusion.md)\n", "")


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


def publish_also(project: Path, url: str, *ids: str) -> None:
    """The lock holds `ids` on the page at `url` too: ids it published once and has no more."""
    lock_file = project / "anchors.lock.json"
    lock = json.loads(lock_file.read_text(encoding="utf-8"))
    lock[url] = [*lock[url], *ids]
    lock_file.write_text(dump_lock(lock), encoding="utf-8")
