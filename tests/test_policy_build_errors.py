"""Broken policy-area tagging fails the strict build with one line per problem, all together."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import edit, parse, run_build, run_check

from hooks.core.problems import line_order

CHALLENGES = Path("docs/migration-and-transnationalism/challenges.md")
TAXONOMY = Path("annotations/policy-areas.yml")


def policy_lines(stderr: str) -> list[str]:
    """The build's policy-area problem lines, once each (other features may add lines of their own)."""
    lines = [line.split("edition: ", 1)[1] for line in stderr.splitlines() if "edition: " in line]
    wanted = [line for line in lines if "policy-areas.yml" in line or " tags: " in line or "data-policy-areas" in line]
    return list(dict.fromkeys(wanted))


def policy_lines_of(stdout: str) -> list[str]:
    """make check's policy-area lines, picked as `policy_lines` picks the build's."""
    return policy_lines("".join(f"edition: {line}\n" for line in stdout.splitlines()))


def append(project: Path, relative: Path, text: str) -> None:
    path = project / relative
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_unknown_tags_on_a_page_and_a_paragraph_a_misplaced_tag_and_an_unused_area(broken_project: Path) -> None:
    edit(broken_project, CHALLENGES, "tags: [families-left-behind,", "tags: [familes-left-behind, integration,")
    edit(
        broken_project,
        CHALLENGES,
        '{ #p2 data-policy-areas="social-protection" }',
        '{ #p2 data-policy-areas="pensions" }',
    )
    edit(
        broken_project,
        CHALLENGES,
        "# Challenges { #challenges }",
        '# Challenges { #challenges data-policy-areas="integration" }',
    )
    append(broken_project, TAXONOMY, "- {id: housing, title: Housing, description: Somewhere to live.}\n")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert policy_lines(result.stderr) == [
        "annotations/policy-areas.yml: id: 'housing' is used by no page, paragraph or annotation"
        " (tag a page, paragraph or annotation with it, or remove the area)",
        "docs/migration-and-transnationalism/challenges.md: #p2 data-policy-areas: unknown policy area 'pensions'"
        " (use an id from annotations/policy-areas.yml)",
        "docs/migration-and-transnationalism/challenges.md: data-policy-areas: on 'h1#challenges', which is not a"
        " numbered paragraph (write the tags on a paragraph's '{ #pN … }' line)",
        "docs/migration-and-transnationalism/challenges.md: tags: 'integration' is listed 2 times (list each area once)",
        "docs/migration-and-transnationalism/challenges.md: tags: unknown policy area 'familes-left-behind'"
        " (did you mean 'families-left-behind'?)",
    ]
    check = run_check(broken_project)  # the unused area too: make check said OK to a new area nothing used
    assert check.returncode == 1 and set(policy_lines(result.stderr)) <= set(check.stdout.splitlines()), check.stdout


def test_duplicate_area_and_area_without_title(broken_project: Path) -> None:
    append(
        broken_project,
        TAXONOMY,
        "- {id: remittances, title: Money sent home, description: Again.}\n- {id: housing, description: Homes.}\n",
    )
    edit(broken_project, CHALLENGES, "tags: [families-left-behind,", "tags: [housing, families-left-behind,")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert policy_lines(result.stderr) == [
        "annotations/policy-areas.yml: [14].id: 'remittances' is used twice: first at [9] on line 49"
        " (give each area its own id)",
        "annotations/policy-areas.yml: housing: `title` is missing (add `title`)",
    ]


@pytest.mark.parametrize(
    ("title", "line"),
    [
        (
            "Families <img src=x onerror=alert(1)>",
            "has '<' or '>' (write plain text: the site's navigation would read markup here as HTML)",
        ),
        # `&ltimg` is `<img` to a browser: Material's header tooltip ran it when the long title overflowed
        (
            "Families &ltimg src=x&gt",
            "writes a character as an HTML reference (&…;) (write the character itself, & for &amp;: the page would"
            " show the character the reference stands for)",
        ),
    ],
)
def test_markup_in_an_area_title_is_refused(broken_project: Path, title: str, line: str) -> None:
    """Material writes a page title into every page's navigation as it is: markup there would run."""
    edit(broken_project, TAXONOMY, "title: Families and those left behind", f"title: '{title}'")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert policy_lines(result.stderr) == [
        f"annotations/policy-areas.yml: families-left-behind.title: '{title}' {line}"
    ]
    assert "docs/policy-areas/" not in result.stderr, "the generated page's title is the taxonomy's line, not a second"


def test_annotations_tagged_with_an_area_are_counted_and_listed(broken_project: Path) -> None:
    notes = broken_project / "annotations" / "notes"
    shutil.rmtree(notes, ignore_errors=True)
    notes.mkdir(parents=True)
    (notes / "pension-portability.md").write_text(
        "---\nid: pension-portability\n"
        "target:\n  page: migration-and-transnationalism/challenges.md\n  paragraph: p2\n"
        "  quote: access to pensions and health insurance\n"
        "motivation: commenting\ntags: [social-protection]\nauthor: {name: Test}\ncreated: 2026-01-01\n---\n"
        "A note.\n",
        encoding="utf-8",
    )
    result = run_build(broken_project, broken_project / "site")
    assert "Traceback" not in result.stderr
    site = broken_project / "site"
    counts = parse(site / "policy-areas" / "index.html").select_one("#social-protection ~ p > a.policy-area-counts")
    assert counts["data-annotations"] == "1"
    article = parse(site / "policy-areas" / "social-protection" / "index.html").find("article")
    link = article.select_one("a.policy-area-annotation")
    assert link.get_text() == "“access to pensions and health insurance”"
    assert link["href"].startswith("../../migration-and-transnationalism/challenges/#")


def test_a_taxonomy_that_does_not_load_is_its_own_line_not_every_tag_unknown(broken_project: Path) -> None:
    """Without the taxonomy no tag can be checked; the ids its pages lose are its line's, not summed up in one more."""
    edit(broken_project, TAXONOMY, "- id: families-left-behind", "- id: [families-left-behind")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    lines = [line.split("edition: ", 1)[1] for line in result.stderr.splitlines() if "edition: " in line]
    assert "unknown policy area" not in result.stderr
    assert len(lines) == 1, lines
    assert lines[0].startswith("annotations/policy-areas.yml: invalid YAML at line")
    check = run_check(broken_project)  # the same line: the overview's ids, known here, are the taxonomy's too
    assert check.returncode == 1 and check.stdout.splitlines() == sorted(lines, key=line_order), check.stdout


def test_a_tag_in_another_case_is_named_while_the_taxonomy_cannot_be_read(broken_project: Path) -> None:
    """`Integration` is no area's id whatever the taxonomy holds: its line, the same for a page, a paragraph and a note.

    A note's tag was named by its schema's pattern while a page's and a paragraph's waited on the taxonomy's
    fix, to be found only in the next run; the taxonomy stays one line, and no tag is called unknown.
    """
    (broken_project / TAXONOMY).write_bytes("- id: integration\n  title: Intégration\n".encode("latin-1"))
    edit(broken_project, CHALLENGES, "social-protection, integration,", "social-protection, Integration,")
    edit(
        broken_project, CHALLENGES, '{ #p4 data-policy-areas="integration" }', '{ #p4 data-policy-areas="Integration" }'
    )
    note = Path("annotations/notes/chain-migration-and-cities.md")
    edit(broken_project, note, "tags: [local-cooperation,", "tags: [Integration, local-cooperation,")
    lowercase = "'Integration' is not a valid id (write it in lowercase: 'integration')"
    expected = [
        f"{note.as_posix()}: tags[0]: {lowercase}",
        "annotations/policy-areas.yml: is not UTF-8 (byte 30) (save the file as UTF-8)",
        f"{CHALLENGES.as_posix()}: #p4 data-policy-areas: {lowercase}",
        f"{CHALLENGES.as_posix()}: tags: {lowercase}",
    ]
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    built = [line.split("edition: ", 1)[1] for line in result.stderr.splitlines() if "edition: " in line]
    assert sorted(built) == expected, result.stderr
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr
    assert check.stdout.splitlines() == expected, check.stdout


def test_a_published_area_taken_out_of_the_taxonomy_is_the_same_lines_in_make_check(broken_project: Path) -> None:
    """The ids lost with it are its line's in both: make check knows the overview's ids, the area's among them.

    So are the tags naming it: the annotation tagged with it is not refused (its id was summed up, the one
    line on anchors), nor is an "unknown policy area" line added per tag: the area must come back.
    """
    taxonomy = (broken_project / TAXONOMY).read_text(encoding="utf-8")
    start = taxonomy.index("- id: local-cooperation\n")
    edit(broken_project, TAXONOMY, taxonomy[start : taxonomy.index("- id: ", start + 1)], "")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    lines = [line.split("edition: ", 1)[1] for line in result.stderr.splitlines() if "edition: " in line]
    assert any("'local-cooperation' is published (/policy-areas/local-cooperation/)" in line for line in lines), lines
    assert lines == [line for line in lines if line.startswith("annotations/policy-areas.yml: ")], lines
    check = run_check(broken_project)
    assert check.returncode == 1 and check.stdout.splitlines() == sorted(lines, key=line_order), check.stdout


def test_without_the_anchors_hook_a_published_area_taken_out_is_still_named(broken_project: Path) -> None:
    """Every hook reads the build's one lock (`lock_state.build_lock`), listed or not: it read no lock without the anchors one."""
    edit(broken_project, Path("mkdocs.yml"), "  - hooks/adapters/anchors.py\n", "")
    taxonomy = (broken_project / TAXONOMY).read_text(encoding="utf-8")
    start = taxonomy.index("- id: local-cooperation\n")
    edit(broken_project, TAXONOMY, taxonomy[start : taxonomy.index("- id: ", start + 1)], "")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    lines = policy_lines(result.stderr)  # without the lock, its tags were 4 lines "unknown policy area"
    assert any("'local-cooperation' is published (/policy-areas/local-cooperation/)" in line for line in lines), lines
    assert lines == [line for line in lines if line.startswith("annotations/policy-areas.yml: ")], lines


def test_while_the_lock_does_not_load_an_unused_area_is_not_offered_for_removal(broken_project: Path) -> None:
    """The lock alone says whether its page was published; removing a published area is refused (its line)."""
    append(broken_project, TAXONOMY, "- {id: housing, title: Housing, description: Somewhere to live.}\n")
    (broken_project / "anchors.lock.json").write_text("{", encoding="utf-8")
    unused = (
        "annotations/policy-areas.yml: id: 'housing' is used by no page, paragraph or annotation (tag a page,"
        " paragraph or annotation with it; whether the area may be removed is known once anchors.lock.json loads:"
        " a published area stays)"
    )
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert policy_lines(result.stderr) == [unused], result.stderr
    check = run_check(broken_project)
    assert check.returncode == 1 and policy_lines_of(check.stdout) == [unused], check.stdout


@pytest.mark.parametrize("area_id", ["../../escaped", "\\0"])
def test_an_area_id_no_page_can_be_named_by_writes_nothing_outside_the_site(broken_project: Path, area_id: str) -> None:
    """The build wrote `../../escaped/index.html` beside the site (a pull request's file), or stopped on a NUL."""
    edit(broken_project, TAXONOMY, "- id: families-left-behind\n", f'- id: "{area_id}"\n')
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert not (broken_project / "escaped").exists()
    shown = "'\\x00'" if area_id == "\\0" else f"'{area_id}'"
    line = f"annotations/policy-areas.yml: [0].id: {shown} is not a valid id (use lowercase letters, digits and '-')"
    assert line in policy_lines(result.stderr)


def test_an_area_title_that_looks_like_an_attribute_list_is_shown_as_written(broken_project: Path) -> None:
    """The strict build failed naming each tagged page ('no element took it': its areas' links) while check said OK."""
    title = "Families and those left behind { #z }"
    edit(broken_project, TAXONOMY, "title: Families and those left behind\n", f"title: '{title}'\n")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode == 0 and "WARNING" not in result.stderr, result.stderr
    assert run_check(broken_project).returncode == 0
    page = parse(broken_project / "site" / CHALLENGES.parent.name / "challenges" / "index.html")
    assert title in [a.get_text() for a in page.select("nav.policy-area-tags a.policy-area-tag")]


def remove_area(project: Path, area_id: str) -> None:
    """Take an area's entry out of the taxonomy."""
    taxonomy = (project / TAXONOMY).read_text(encoding="utf-8")
    start = taxonomy.index(f"- id: {area_id}\n")
    edit(project, TAXONOMY, taxonomy[start : taxonomy.index("- id: ", start + 1)], "")


def use_areas_only_on_a_paragraph_and_an_annotation(project: Path) -> None:
    """Three new areas: one used by a paragraph's tags alone, one by an annotation's alone, one by nothing.

    Only the last is unused: an index of make check's own that missed paragraphs or annotations would name
    the others too, where the build does not.
    """
    for area in ("pensions", "care-work", "housing"):
        append(project, TAXONOMY, f"- {{id: {area}, title: {area.capitalize()}, description: A use.}}\n")
    tagged = '{ #p2 data-policy-areas="social-protection" }'
    edit(project, CHALLENGES, tagged, tagged.replace("social-protection", "social-protection pensions"))
    note, tags = Path("annotations/notes/chain-migration-and-cities.md"), "tags: [local-cooperation, migrant-networks"
    edit(project, note, tags, f"{tags}, care-work")


BAD_TAGS = {
    "unknown page tag": lambda p: edit(p, CHALLENGES, "tags: [families-left-behind,", "tags: [familes-left-behind,"),
    "unknown paragraph tag": lambda p: edit(
        p, CHALLENGES, '{ #p2 data-policy-areas="social-protection" }', '{ #p2 data-policy-areas="pensions pensions" }'
    ),
    "tag on a heading": lambda p: edit(
        p, CHALLENGES, "# Challenges { #challenges }", '# Challenges { #challenges data-policy-areas="integration" }'
    ),
    "unused area": lambda p: append(p, TAXONOMY, "- {id: housing, title: Housing, description: Somewhere to live.}\n"),
    "areas used only on a paragraph or an annotation, and one unused": use_areas_only_on_a_paragraph_and_an_annotation,
    "published area taken out, still used": lambda p: remove_area(p, "local-cooperation"),
    "taxonomy that does not load": lambda p: edit(p, TAXONOMY, "- id: families-left-behind", "- id: [families-left-"),
    "tags in another case while the taxonomy does not load": lambda p: (
        edit(p, TAXONOMY, "- id: families-left-behind", "- id: [families-left-"),
        edit(p, CHALLENGES, "social-protection, integration,", "social-protection, Integration,"),
        edit(p, CHALLENGES, '{ #p4 data-policy-areas="integration" }', '{ #p4 data-policy-areas="Integration" }'),
    ),
    "tags not a list on an about page": lambda p: edit(
        p, "docs/about/citing.md", "title: Citing the edition\n", "title: Citing the edition\ntags: remittances\n"
    ),
}


@pytest.mark.parametrize("bad", BAD_TAGS)
def test_make_check_names_the_builds_tag_problems_line_for_line(broken_project: Path, bad: str) -> None:
    """One core rule (`tag_problems`) for both: make check's tag lines are the build's, no more, no fewer."""
    BAD_TAGS[bad](broken_project)
    result = run_build(broken_project, broken_project / "site")
    check = run_check(broken_project)
    assert result.returncode != 0 and check.returncode == 1, (result.stderr, check.stdout)
    assert "Traceback" not in result.stderr + check.stderr
    build_lines = policy_lines(result.stderr)
    assert build_lines, result.stderr
    assert sorted(build_lines) == policy_lines_of(check.stdout), check.stdout
