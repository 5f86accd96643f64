"""A page moved, renamed or retired: with the steps stable-links.md lists it builds, a step left out is one line."""

from __future__ import annotations

import json
import re
from pathlib import Path

from broken_project_helpers import MT, edition_lines, failed_with
from conftest import declare_redirects, edit, parse, run_build, run_check

from hooks.core.problems import line_order


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


def test_a_renamed_page_s_group_on_annotations_points_to_the_page_move_before_it_is_declared(
    broken_project: Path,
) -> None:
    """An editor's walkthrough: renamed, every step but the move. The group's line offered a redirect the docs forbid.

    stable-links.md: nothing goes into anchors.redirects.yml, the move carries the group. Its line points to the move.
    """
    old, new = "migration-and-transnationalism/opportunities.md", "migration-and-transnationalism/chances.md"
    (broken_project / "docs" / old).rename(broken_project / "docs" / new)
    edit(broken_project, Path("mkdocs.yml"), f"      - {old}\n", f"      - {new}\n")  # the nav
    edit(broken_project, Path("docs/migration-and-transnationalism/index.md"), "(opportunities.md)", "(chances.md)")
    for path in [broken_project / "annotations/glossary.yml", *(broken_project / "annotations/notes").glob("*.md")]:
        path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    group = "/annotations/#migration-and-transnationalism-opportunities"
    lines = [
        line
        for line in run_check(broken_project).stdout.splitlines()
        if line.startswith(f"anchors.lock.json: {group}:")
    ]
    assert lines == [
        f"anchors.lock.json: {group}: published id is gone (no element has id 'migration-and-transnationalism-opportunities')"
        f" (it is the group of {old}, a page gone: declare the page's move in mkdocs.yml as that page's lines say, and the"
        " move carries its group (write no line for it in anchors.redirects.yml); a page deleted for good is asked for its"
        " group's line once its move is declared)"
    ]


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
        (line for line in edition_lines(result.stderr) if "published id is gone" in line), key=line_order
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
    # Step 5: each line as the message shows it between backticks: the page's ids go to the landing page's
    # Contents (`fn:3` too), its group on /annotations/ to its source's group there.
    shown = [re.search(r"with the line `(.+)`\)$", line) for line in check.stdout.splitlines()]
    lines = [m[1] for m in shown if m]
    assert len(lines) == len(gone), check.stdout
    assert f"{group}: /annotations/#migration-and-transnationalism" in lines, check.stdout
    assert all(line.endswith(f": {source_url}#contents") for line in lines if group not in line), check.stdout
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
    source_group = parse(broken_project / "site/annotations/index.html").find(id="migration-and-transnationalism")
    assert source_group is not None and source_group.name == "h2"  # the group offered is the source's, as built


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


RENAMED = (
    "if the page was renamed, declare its move in mkdocs.yml's redirect_maps"
    " (docs/about/stable-links.md#page-moves), then write its new path"
)


def test_a_page_renamed_without_its_move_is_told_to_declare_it_by_each_line_in_the_build_and_make_check(
    broken_project: Path,
) -> None:
    """A newcomer's walkthrough of stable-links.md's page move, the move (step 2) skipped, steps 4 to 6 not done yet.

    The notes, whose example is the renamed page, were told to declare its move; the glossary and a body's
    link were offered their examples (`…annex.md#p1`), another page to write. The lock says the page was
    published: each line asks for its move, once; a body's link written as the page's address too.
    """
    old, new = f"{MT}/opportunities.md", f"{MT}/chances.md"
    (broken_project / "docs" / old).rename(broken_project / "docs" / new)
    edit(broken_project, Path("mkdocs.yml"), f"      - {old}\n", f"      - {new}\n")  # the nav
    edit(broken_project, Path(f"docs/{MT}/index.md"), "(opportunities.md)", "(chances.md)")
    note = broken_project / "annotations/notes/missing-note-5.md"  # on challenges.md, its body linking the page
    site_url, address = "https://owner.github.io/repo/", f"{MT}/opportunities/"  # the page's, as the site shows it
    links = f"See [ideas]({old}#p3), [more]({site_url}{address}#p4) and [again](/{address}).\n"
    note.write_text(note.read_text(encoding="utf-8").rstrip() + f"\n\n{links}", encoding="utf-8")
    hint = f"({RENAMED})"
    addresses = [  # its address, the published site's or a root path: as its docs/ path, not the example
        f"annotations/notes/missing-note-5.md: body: the link '{site_url}{address}#p4' leads to no page {hint}",
        f"annotations/notes/missing-note-5.md: body: the link '/{address}' is a site address"
        f" (it breaks in annotations.jsonld) {hint}",
    ]
    expected = [
        f"annotations/glossary.yml: social-remittances.definitions[0].anchor: no page '{old}' {hint}",
        f"annotations/notes/missing-note-5.md: body: the link '{old}#p3' leads to no page {hint}",
        *(
            f"annotations/notes/{name}.md: target.page: no page '{old}' {hint}"
            for name in ("missing-note-4", "restored-hyphen-cost-effective", "transfer-of-ideas")
        ),
    ]
    build = run_build(broken_project, broken_project / "site", env={"SITE_URL": site_url})
    built = edition_lines(build.stderr)
    assert build.returncode != 0 and "Traceback" not in build.stderr
    assert [line for line in expected + addresses if line not in built] == [], build.stderr
    check = run_check(broken_project, env={"SITE_URL": site_url})
    lines = check.stdout.splitlines()
    links = [  # make check's own lines for the pages' links; the build's are MkDocs' words
        f"docs/about/{page}.md: link: '../{old}#{pid}' leads to {old}, which is not among the site's files"
        f" (MkDocs warns, the strict build fails) {hint}"
        for page, pid in (("contributing", "p3"), ("editorial-principles", "p1"))
    ]
    assert [line for line in expected + links + addresses if line not in lines] == [], check.stdout
    # one line per mistake: the lock's lines are summed up while these stand, none said twice
    naming = [line for line in lines if f"'{old}" in line or f"/{old}" in line]
    assert sorted(naming) == sorted(expected + links), check.stdout
    assert len(set(lines)) == len(lines) and len(set(built)) == len(built), (check.stdout, build.stderr)
