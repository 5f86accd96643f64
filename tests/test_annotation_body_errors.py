"""An annotation's body is untrusted: its markup is named and left off the page, its links named on the note.

Each in make check as in the build, and beside the note's other lines (its fields: test_annotation_errors.py).
"""

from __future__ import annotations

from pathlib import Path

from annotation_helpers import GOOD_NOTE, NOTES
from conftest import run_build, run_check


def test_hostile_body_is_named_and_the_page_shows_it_sanitised_with_no_traceback(broken_project: Path) -> None:
    body = (
        "Hi <script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3)) [d](data:text/html,x)"
    )
    note = GOOD_NOTE.format(id="hostile").rsplit("---\n", 1)[0] + "---\n" + body + "\n"
    (broken_project / NOTES / "hostile.md").write_text(note, encoding="utf-8")
    result = run_build(broken_project, broken_project / "site", env={"EDITION_ANCHORS": "record"})
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert (
        "edition: annotations/notes/hostile.md: body: not shown on the page: <script>, an image (<img>),"
        " a 'javascript:' link, a 'data:' link (write Markdown:"
    ) in result.stderr
    page = (broken_project / "site/migration-and-transnationalism/opportunities/index.html").read_text(encoding="utf-8")
    block = page[page.index('id="hostile"') :]
    block = block[: block.index("</details>")]
    for forbidden in ("<script", "alert", "onerror", "<img", "javascript:", "data:"):
        assert forbidden not in block
    assert "<span>click</span>" in block


def test_a_broken_link_in_a_body_is_named_on_the_annotation_not_only_on_the_page(broken_project: Path) -> None:
    """MkDocs names the page that shows the annotation; the contributor needs the file that holds the link."""
    bodies = {
        "to-no-page": "See [the annex](migration-and-transnationalism/anex.md#p3).\n",
        "to-no-id": "See [the annex](migration-and-transnationalism/annex.md#p99).\n",
        "to-a-good-id": "See [the annex](migration-and-transnationalism/annex.md#p3).\n",
        "to-no-address": "See [the annex](//[annex).\n",  # urlsplit refuses it: a traceback in the build
        "to-no-host": "See [the annex](http://[annex).\n",  # so too, and the sanitiser drops it: one wording
    }
    for name, body in bodies.items():
        (broken_project / NOTES / f"{name}.md").write_text(
            GOOD_NOTE.format(id=name).replace("Body.\n", body), encoding="utf-8"
        )
    expected = [
        "annotations/notes/to-no-address.md: body: the link '//[annex' is no address: its host, after '//', cannot"
        " be read (write a whole address (https://…) or a page's path inside docs/ (source/page.md#p3))",
        "annotations/notes/to-no-host.md: body: the link 'http://[annex' is no address: its host, after '//', cannot"
        " be read (write a whole address (https://…) or a page's path inside docs/ (source/page.md#p3))",
        "annotations/notes/to-no-id.md: body: the link 'migration-and-transnationalism/annex.md#p99' names no id of "
        "migration-and-transnationalism/annex.md (link to one of its paragraphs, p1–p8, or another id the page has)",
        "annotations/notes/to-no-page.md: body: the link 'migration-and-transnationalism/anex.md#p3' leads to no page "
        "(did you mean 'migration-and-transnationalism/annex.md'?)",
    ]
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert sorted(line.split("edition: ", 1)[1] for line in result.stderr.splitlines() if "body: " in line) == expected
    assert "anex.md" not in result.stderr.replace(expected[-1], ""), result.stderr  # MkDocs does not blame the page
    check = run_check(broken_project)
    assert check.returncode == 1
    assert sorted(line for line in check.stdout.splitlines() if "body: " in line) == expected


def test_a_refused_notes_broken_links_are_named_with_its_other_lines_in_one_run(broken_project: Path) -> None:
    """A field refused by the schema hid the body's links, in the build and make check alike: a second run found them.

    The body is known wherever the closing '---' says where it starts (even below YAML that does not load);
    a link relative to its page is offered from the folder of the page written. A valid note's links are
    named once, as before.
    """
    bodies = {
        "refused-field": ("motivation: commenting", "motivaton: commenting"),
        "refused-yaml": ("tags: [remittances]", "tags: [remittances"),
        "refused-page": ("opportunities.md", "oportunities.md"),
        "refused-date": ("created: 2026-11-22", "created: 22.11.2026"),
        "valid": ("", ""),  # its links named once, as before
    }
    link = "See [the annex](migration-and-transnationalism/anex.md#p3) and [p9](challenges.md#p9).\n"
    for name, (old, new) in bodies.items():
        text = GOOD_NOTE.format(id=name).replace(old, new, 1).replace("Body.\n", link)
        (broken_project / NOTES / f"{name}.md").write_text(text, encoding="utf-8")
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    built = sorted(
        line.split("edition: ", 1)[1] for line in result.stderr.splitlines() if "edition: annotations/" in line
    )
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr
    assert sorted(line for line in check.stdout.splitlines() if line.startswith("annotations/")) == built
    annex = (
        "body: the link 'migration-and-transnationalism/anex.md#p3' leads to no page"
        " (did you mean 'migration-and-transnationalism/annex.md'?)"
    )
    beside = "body: the link 'challenges.md#p9' leads to no page (write it from docs/: 'migration-and-transnationalism/challenges.md#p9')"
    elsewhere = "body: the link 'challenges.md#p9' leads to no page (did you mean 'migration-and-transnationalism/challenges.md'?)"
    for name in bodies:
        lines = [line.split(": ", 1)[1] for line in built if line.startswith(f"annotations/notes/{name}.md: body")]
        assert sorted(lines) == sorted([annex, elsewhere if name == "refused-yaml" else beside]), (name, built)
    assert len(built) == 2 * 5 + 4, built  # each refused note's own line too, once


def test_check_follows_links_to_the_generated_pages_and_a_broken_taxonomy_as_the_build_does(
    broken_project: Path,
) -> None:
    body = (
        "See [diaspora](glossary.md#diaspora), [the area](policy-areas/remittances.md) and [all](annotations/index.md)."
    )
    (broken_project / NOTES / "links-home.md").write_text(
        GOOD_NOTE.format(id="links-home").replace("Body.", body), encoding="utf-8"
    )
    check = run_check(broken_project)
    assert [
        line for line in check.stdout.splitlines() if "links-home" in line and "anchors.lock.json" not in line
    ] == []

    (broken_project / "annotations/policy-areas.yml").write_text("{}\n", encoding="utf-8")
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr
    assert not [line for line in check.stdout.splitlines() if "unknown policy area" in line], check.stdout
    assert "annotations/policy-areas.yml: (top level): must be a list, not a mapping of fields" in check.stdout


def test_a_link_to_a_glossary_entry_that_is_not_there_is_one_line_in_check_as_in_the_build(
    broken_project: Path,
) -> None:
    """make check was silent on it: the glossary page is generated, but its ids are the glossary's terms (the closest offered)."""
    body = "See [diaspora](glossary.md#diaspora) and [the term](glossary.md#diasporra)."
    (broken_project / NOTES / "links-home.md").write_text(
        GOOD_NOTE.format(id="links-home").replace("Body.", body), encoding="utf-8"
    )
    line = (
        "annotations/notes/links-home.md: body: the link 'glossary.md#diasporra' names no id of glossary.md"
        " (did you mean 'glossary.md#diaspora'?)"
    )
    check = run_check(broken_project)
    assert [found for found in check.stdout.splitlines() if "links-home.md" in found] == [line], check.stdout
    build = run_build(broken_project, broken_project / "site")
    assert build.returncode != 0 and f"edition: {line}" in build.stderr, build.stderr


def test_a_body_link_to_a_page_exclude_docs_leaves_out_is_plain_words_on_the_page(broken_project: Path) -> None:
    """MkDocs keeps an excluded page among its files: a live link to it would lead nowhere on the published site."""
    (broken_project / "docs/scratch.md").write_text("# Scratch\n\nAn editor's draft.\n", encoding="utf-8")
    with (broken_project / "mkdocs.yml").open("a", encoding="utf-8") as config:
        config.write("\nexclude_docs: |\n  scratch.md\n")
    note = GOOD_NOTE.format(id="to-excluded").replace("Body.\n", "See [the draft](scratch.md).\n")
    (broken_project / NOTES / "to-excluded.md").write_text(note, encoding="utf-8")
    result = run_build(broken_project, broken_project / "site", "--no-strict")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert "annotations/notes/to-excluded.md: body: the link 'scratch.md' leads to no page" in result.stderr
    page = (broken_project / "site/migration-and-transnationalism/opportunities/index.html").read_text(encoding="utf-8")
    block = page[page.index('id="to-excluded"') :]
    block = block[: block.index("</details>")]
    assert "<span>the draft</span>" in block and "scratch" not in block, block


def test_a_link_the_sanitiser_drops_fails_the_build_in_one_line_that_make_check_prints_too(
    broken_project: Path,
) -> None:
    """urlsplit reads `http://…:99999999/`, the sanitiser (as a browser) does not: the page showed words, no line."""
    body = (
        "See [the annex](http://annex.example.org:99999999/), [more](https://more\u200e.example.org/) and"
        " [notes](<https://notes .example.org/>).\n"
    )
    (broken_project / NOTES / "dropped.md").write_text(
        GOOD_NOTE.format(id="dropped").replace("Body.\n", body), encoding="utf-8"
    )
    expected = [
        "annotations/notes/dropped.md: body: the link 'http://annex.example.org:99999999/' is no address: its port,"
        " '99999999', is no number from 0 to 65535 (write http://annex.example.org/, or the port's number)",
        # a left-to-right mark, which no terminal shows, as its escape: the line named 'https://more.example.org/'
        "annotations/notes/dropped.md: body: the link 'https://more\\u200e.example.org/' is no address: its host,"
        " 'more\\u200e.example.org', cannot be read (write a whole address (https://…) or a page's path inside docs/"
        " (source/page.md#p3))",
        "annotations/notes/dropped.md: body: the link 'https://notes .example.org/' is no address: its host,"
        " 'notes .example.org', holds a space (copy the whole address from the browser's address bar)",
    ]
    result = run_build(broken_project, broken_project / "site", env={"EDITION_ANCHORS": "record"})
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    warned = [line.split("edition: ", 1)[1] for line in result.stderr.splitlines() if "WARNING" in line]
    # the strict build fails on these alone, the lock left as it is (its line first: the lines go by file, as make check's)
    assert warned[1:] == expected, result.stderr
    assert warned[0].startswith("anchors.lock.json: left as it is: no id is recorded from a build that fails")
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr
    assert [line for line in check.stdout.splitlines() if "dropped.md" in line] == expected, check.stdout
    page = (broken_project / "site/migration-and-transnationalism/opportunities/index.html").read_text(encoding="utf-8")
    block = page[page.index('id="dropped"') :]
    block = block[: block.index("</details>")]
    assert all(f"<span>{words}</span>" in block for words in ("the annex", "more", "notes"))  # words: no link


def test_a_link_from_the_page_no_browser_reads_fails_the_build_in_one_line_that_make_check_prints_too(
    broken_project: Path,
) -> None:
    """The sanitiser keeps `//…` as a relative link; a browser reads it with the page's scheme, and reads no address."""
    body = "See [the annex](//annex.example.org:99999/) and [notes](<//notes .example.org/>).\n"
    (broken_project / NOTES / "relative.md").write_text(
        GOOD_NOTE.format(id="relative").replace("Body.\n", body), encoding="utf-8"
    )
    expected = [
        "annotations/notes/relative.md: body: the link '//annex.example.org:99999/' is no address: its port,"
        " '99999', is no number from 0 to 65535 (write https://annex.example.org/, or the port's number)",
        "annotations/notes/relative.md: body: the link '//notes .example.org/' is no address: its host,"
        " 'notes .example.org', holds a space (copy the whole address from the browser's address bar)",
    ]
    result = run_build(broken_project, broken_project / "site")
    assert result.returncode != 0 and "Traceback" not in result.stderr, result.stderr
    assert [line.split("edition: ", 1)[1] for line in result.stderr.splitlines() if "relative.md" in line] == expected
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr
    assert [line for line in check.stdout.splitlines() if "relative.md" in line] == expected, check.stdout
