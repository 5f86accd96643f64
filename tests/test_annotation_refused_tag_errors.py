"""A note refused for another field still uses the areas it is tagged with, in the build and make check alike.

A new area tagged only by a note with a bad date was named "used by no page, paragraph or annotation
(… or remove the area)" until the date was fixed: the contributor was told to remove the area just used.
A tag that is no area's id is its own line, once, and uses no area. The note stays refused: not on its
page, nor on the area's page.
"""

from __future__ import annotations

from pathlib import Path

from annotation_helpers import annotation_lines, write_note
from conftest import parse, run_build, run_check

from hooks.core.problems import line_order

TAXONOMY = Path("annotations/policy-areas.yml")
NEW_AREAS = "".join(
    f"- {{id: {area}, title: {area.title()}, description: New.}}\n" for area in ("housing", "pensions", "transport")
)
NOTE = "annotations/notes/{}.md: ".format


def test_a_refused_notes_areas_are_used_and_its_unknown_tag_named_once(broken_project: Path) -> None:
    """`housing` and `pensions` are each tagged by a refused note only; `Transport` is no area's id."""
    taxonomy = broken_project / TAXONOMY
    taxonomy.write_text(taxonomy.read_text(encoding="utf-8") + NEW_AREAS, encoding="utf-8")
    housing = ("tags: [remittances]", "tags: [housing]")
    write_note(broken_project, "date-and-area", ("created: 2026-11-22", "created: 22.11.2026"), housing)
    pensions = ("tags: [remittances]", "tags: [pensions, remittances]")
    write_note(broken_project, "paragraph-and-area", ("paragraph: p3", "paragraph: 3"), pensions)
    write_note(broken_project, "tag-and-area", ("tags: [remittances]", "tags: [Transport]"))
    build = run_build(broken_project, broken_project / "site")
    assert build.returncode != 0 and "Traceback" not in build.stderr, build.stderr
    built = sorted(annotation_lines(build.stderr), key=line_order)  # the taxonomy's lines come first there
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr, check.stderr
    assert annotation_lines(check.stdout) == built  # line for line
    assert built == [
        NOTE("date-and-area") + "created: '22.11.2026' is not a date (write it as YYYY-MM-DD: `created: 2026-11-22`)",
        NOTE("paragraph-and-area") + "target.paragraph: must be text, not a number (write p3)",
        NOTE("tag-and-area") + "tags: unknown policy area 'Transport' (did you mean 'transport'?)",
        "annotations/policy-areas.yml: id: 'transport' is used by no page, paragraph or annotation"
        " (tag a page, paragraph or annotation with it, or remove the area)",
    ]
    site = broken_project / "site"
    opportunities = parse(site / "migration-and-transnationalism/opportunities/index.html")
    for name in ("date-and-area", "paragraph-and-area", "tag-and-area"):  # still refused: on no page
        assert opportunities.find(id=name) is None, name
    for area in ("housing", "pensions"):  # their pages list no note
        assert not parse(site / f"policy-areas/{area}/index.html").select('article a[href*="/opportunities/"]'), area
