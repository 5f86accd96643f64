"""A page's file and its place in the nav: a space or `.markdown` in its name, a README beside an index, one URL claimed twice."""

from __future__ import annotations

from pathlib import Path

from annotation_helpers import GOOD_NOTE, NOTES
from broken_project_helpers import BLOCKED, assert_build_and_check_say, edition_lines, failed_with
from conftest import edit, run_build, run_check


def test_a_page_named_with_a_space_is_one_line_and_the_same_page_key_in_the_build_and_make_check(
    broken_project: Path,
) -> None:
    """make check keyed its ids '/about/a b/', the build '/about/a%20b/': their lines differed, and the lock's keys."""
    (broken_project / "docs/about/a b.md").write_text("---\ntitle: A b\n---\n\n# A b { #ab }\n", encoding="utf-8")
    edit(broken_project, "mkdocs.yml", "      - about/quality.md\n", "      - about/quality.md\n      - about/a b.md\n")
    assert_build_and_check_say(broken_project, [
        "docs/about/a b.md: holds a space, which the page's address would write as %-codes: /about/a%20b/"
        " (rename it without spaces, with letters, digits and '-' only, e.g. 'docs/about/a-b.md')",
        f"anchors.lock.json: /about/a%20b/: 1 published id(s) not recorded: ab ({BLOCKED})",
    ])  # fmt: skip


def mkdocs_nav_warnings(stderr: str) -> set[str]:
    """The pages and nav entries MkDocs' own nav warnings name (its omitted list, one page a line below it)."""
    named, listing = set(), False
    for line in stderr.splitlines():
        if listing and line.startswith("  - "):
            named.add(line.removeprefix("  - "))
            continue
        listing = 'are not included in the "nav" configuration' in line
        if "is included in the 'nav' configuration" in line:
            named.add(line.split("'")[1])
    return named


def test_a_page_left_out_of_the_nav_and_an_entry_naming_no_page_are_named_by_make_check_as_mkdocs_warns(
    broken_project: Path,
) -> None:
    """make check said OK to both, and the strict build failed on MkDocs' own warnings.

    Generated pages are the hooks' (the glossary, left out here, is named in mkdocs.yml); a page
    `not_in_nav` lists, and each policy area's page, are in no menu and no line.
    """
    page = "---\ntitle: Notes\n---\n\nSome notes.\n"
    for name in ("new.md", "hidden.md"):
        (broken_project / "docs/about" / name).write_text(page, encoding="utf-8")
    edit(
        broken_project, "mkdocs.yml", "      - about/quality.md\n", "      - about/quality.md\n      - about/gone.md\n"
    )
    edit(broken_project, "mkdocs.yml", "      - Glossary: glossary.md\n", "")
    edit(broken_project, "mkdocs.yml", "\nnav:\n", "\nnot_in_nav: |\n  /about/hidden.md\n\nnav:\n")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert mkdocs_nav_warnings(result.stderr) == {"about/new.md", "about/gone.md", "glossary.md"}, result.stderr
    assert edition_lines(result.stderr) == []
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr, check.stderr
    assert check.stdout.splitlines() == [
        "docs/about/new.md: is not in mkdocs.yml's nav: (MkDocs warns, the strict build fails) (add `- about/new.md`"
        " to `nav` in mkdocs.yml under `About`, or list it in `not_in_nav` if no menu should show it)",
        "mkdocs.yml: nav > About: 'about/gone.md' names no file in docs/ (did you mean 'about/new.md'?)",
        "mkdocs.yml: nav: 'glossary.md', a page the hooks generate, is in no entry"
        " (add `- glossary.md` to `nav` in mkdocs.yml where it belongs)",
    ], check.stdout


def test_make_check_expects_in_the_nav_the_generated_pages_the_build_puts_there(broken_project: Path) -> None:
    """Which generated pages go in the nav was said twice, by the adapters adding them and by make check.

    Both read `in_nav` now. With every generated page out of `nav:` (two guides in their sections'
    place), the pages MkDocs warns of are the build's (each file's inclusion, as its adapter added
    it) and the lines of make check its own: an adapter adding a page its own way fails this.
    """
    edit(broken_project, "mkdocs.yml", "      - Glossary: glossary.md\n", "")
    in_place = {"policy-areas/index.md": "about/policy-areas-guide.md", "annotations/index.md": "about/contributing.md"}
    for generated, guide in in_place.items():
        edit(broken_project, "mkdocs.yml", f"      - {guide}\n", "")
        edit(broken_project, "mkdocs.yml", f"          - {generated}\n", f"          - {guide}\n")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr, check.stderr
    hooks_line = ", a page the hooks generate, is in no entry"
    checked = {line.split("'")[1] for line in check.stdout.splitlines() if hooks_line in line}
    warned = mkdocs_nav_warnings(result.stderr)
    assert warned == checked == {"glossary.md", "policy-areas/index.md", "annotations/index.md"}, (warned, checked)


def test_a_readme_beside_an_index_is_named_by_make_check_as_mkdocs_warns(broken_project: Path) -> None:
    """MkDocs keeps the folder's index.md, leaves the README.md out with a warning, and the strict build fails on it.

    make check left the README out in silence, as MkDocs does, and said OK. A README.md that
    `exclude_docs` names, or a folder's README.md without an index.md (its page), is no line.
    """
    (broken_project / "docs/about/README.md").write_text("# About\n\nFor GitHub.\n", encoding="utf-8")
    (broken_project / "docs/README.md").write_text("# Docs\n\nFor GitHub.\n", encoding="utf-8")
    edit(broken_project, "mkdocs.yml", "\nnav:\n", "\nexclude_docs: |\n  /README.md\n\nnav:\n")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    warning = "Excluding 'about/README.md' from the site because it conflicts with 'about/index.md'."
    assert result.stderr.count(warning) == 1, result.stderr  # once: the glossary's hook reads the pages too
    assert "'README.md'" not in result.stderr, result.stderr
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr, check.stderr
    assert check.stdout.splitlines() == [
        "docs/about/README.md: is left out of the site, as docs/about/index.md is the folder's page"
        " (MkDocs warns, the strict build fails) (put what it says in docs/about/index.md and delete it,"
        " or list it in exclude_docs: in mkdocs.yml)"
    ], check.stdout


def test_a_page_named_x_markdown_is_one_line_in_the_build_and_make_check(broken_project: Path) -> None:
    """MkDocs publishes it (at /about/x/), yet make check read '*.md' only: it said OK, nav included.

    The edition names pages by their `.md` file (annotation targets, glossary definitions, page
    moves): such a page is refused, with its `.md` name, and its ids are the lock's as any page's.
    """
    page = "---\ntitle: X\n---\n\n# X { #x-page }\n"
    (broken_project / "docs/about/x.markdown").write_text(page, encoding="utf-8")
    edit(
        broken_project,
        "mkdocs.yml",
        "      - about/quality.md\n",
        "      - about/quality.md\n      - about/x.markdown\n",
    )
    assert_build_and_check_say(broken_project, [
        "docs/about/x.markdown: ends in '.markdown': annotations, the glossary and page moves name a page by its '.md'"
        " file (rename it to docs/about/x.md, in nav: too)",
        f"anchors.lock.json: /about/x/: 1 published id(s) not recorded: x-page ({BLOCKED})",
    ])  # fmt: skip


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


def test_the_lines_naming_a_page_x_markdown_by_its_md_name_say_to_rename_it(broken_project: Path) -> None:
    """An annotation, `nav:` and Contents name the page by the `.md` name its own line asks for: right once renamed.

    They were answered *did you mean 'conclusion.markdown'?* and *add `6. [Conclusion](conclusion.markdown)`*,
    the name the page's own line refuses: a writer who followed them would undo the fix.
    """
    mt = "migration-and-transnationalism"
    (broken_project / f"docs/{mt}/conclusion.md").rename(broken_project / f"docs/{mt}/conclusion.markdown")
    note = GOOD_NOTE.format(id="on-conclusion").replace("opportunities.md", "conclusion.md")
    note = note.replace("paragraph: p3", "paragraph: p1").replace("the transfer of ideas", "a key factor")
    (broken_project / NOTES / "on-conclusion.md").write_text(note, encoding="utf-8")
    rename = f"rename docs/{mt}/conclusion.markdown to docs/{mt}/conclusion.md, as its own line says"
    check = run_check(broken_project)
    lines = check.stdout.splitlines()
    assert f"annotations/notes/on-conclusion.md: target.page: no page '{mt}/conclusion.md' ({rename})" in lines, lines
    nav = f"mkdocs.yml: nav > Migration and Transnationalism: '{mt}/conclusion.md' names no file in docs/ ({rename})"
    assert nav in lines, lines
    assert not [line for line in lines if "## Contents" in line or "conclusion.markdown'?" in line], lines
    build = run_build(broken_project, broken_project / "site").stderr.splitlines()
    assert (
        f"WARNING -  edition: annotations/notes/on-conclusion.md: target.page: no page '{mt}/conclusion.md' ({rename})"
        in build
    ), build
    assert not [line for line in build if "## Contents" in line], build


def test_the_build_holds_make_anchors_back_while_a_page_is_left_out_of_the_nav_as_make_check_does(
    broken_project: Path,
) -> None:
    """MkDocs' own warning fails the build, so `make anchors` records nothing: the new id's line says so in both."""
    edit(broken_project, "mkdocs.yml", "      - about/quality.md\n", "")
    path = broken_project / "docs/about/reading-guide.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n## A new part { #new-part }\n", encoding="utf-8")
    unrecorded = f"anchors.lock.json: /about/reading-guide/: 1 published id(s) not recorded: new-part ({BLOCKED})"
    check = run_check(broken_project)
    assert unrecorded in check.stdout.splitlines(), check.stdout
    result = run_build(broken_project, broken_project / "site")
    assert edition_lines(result.stderr) == [unrecorded], result.stderr
