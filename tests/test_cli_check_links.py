"""make check names a page's link to a file the site lacks, as the strict build's MkDocs warning does.

The links' own rules (levels, hints) are test_core_page_links.py's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from broken_project_helpers import BLOCKED, MT, edition_lines
from conftest import edit, run_build, run_check

GUIDE = Path("docs/about/reading-guide.md")
# a page, one in another folder with its id, an id of the page, a file that is no page, outside addresses
GOOD_LINKS = (
    "[a](glossary-guide.md) [b](../migration-and-transnationalism/annex.md#p2) [c](#texts)"
    " [d](../assets/edition.css) [e](https://example.org/nope.md) [f](mailto:editors@example.org)"
    " <editors@example.org>"  # Markdown writes its `mailto:` link, its letters as entities: an outside address
)


def append(project: Path, page: Path, text: str) -> None:
    """Add a paragraph at the end of a page."""
    path = project / page
    path.write_text(path.read_text(encoding="utf-8").rstrip() + f"\n\n{text}\n", encoding="utf-8")


def test_a_broken_link_is_one_line_and_fails_the_build_too(broken_project: Path) -> None:
    append(broken_project, GUIDE, f"[x](glosary-guide.md) {GOOD_LINKS} ![y](../assets/logo.png)")
    check = run_check(broken_project)
    link_lines = [line for line in check.stdout.splitlines() if ": link: " in line]
    assert check.returncode == 1 and "Traceback" not in check.stderr, check.stderr
    assert link_lines == [
        "docs/about/reading-guide.md: link: '../assets/logo.png' leads to assets/logo.png, which is not among"
        " the site's files (MkDocs warns, the strict build fails) (fix the link to name a file of docs/, or remove it)",
        "docs/about/reading-guide.md: link: 'glosary-guide.md' leads to about/glosary-guide.md, which is not among"
        " the site's files (MkDocs warns, the strict build fails) (did you mean 'glossary-guide.md'?)",
    ], check.stdout
    build = run_build(broken_project, broken_project / "site")
    warnings = [line for line in build.stderr.splitlines() if "contains a link" in line]
    assert build.returncode != 0 and len(warnings) == 2, build.stderr
    assert {"'about/glosary-guide.md'", "'assets/logo.png'"} == {w.split("the target ")[1].split()[0] for w in warnings}


def test_good_links_are_no_line(broken_project: Path) -> None:
    append(broken_project, GUIDE, GOOD_LINKS)
    check = run_check(broken_project)
    assert check.returncode == 0, check.stdout


def test_a_link_left_to_a_moved_page_comes_before_make_anchors(broken_project: Path) -> None:
    """docs/about/stable-links.md's page move with step 4 left out: the link's line, and `make anchors` held back."""
    old, new = f"{MT}/opportunities.md", f"{MT}/chances.md"
    (broken_project / "docs" / old).rename(broken_project / "docs" / new)
    edit(broken_project, Path("mkdocs.yml"), "redirect_maps: {}", f"redirect_maps:\n        {old}: {new}")
    edit(broken_project, Path("mkdocs.yml"), f"      - {old}\n", f"      - {new}\n")
    edit(broken_project, Path(f"docs/{MT}/index.md"), "(opportunities.md)", "(chances.md)")
    for path in [broken_project / "annotations/glossary.yml", *(broken_project / "annotations/notes").glob("*.md")]:
        path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    check = run_check(broken_project)
    lines = check.stdout.splitlines()
    assert (
        "docs/about/contributing.md: link: '../migration-and-transnationalism/opportunities.md#p3' leads to"
        " migration-and-transnationalism/opportunities.md, which is not among the site's files (MkDocs warns, the"
        " strict build fails) (mkdocs.yml's redirect_maps moved the page to migration-and-transnationalism/chances.md:"
        " write '../migration-and-transnationalism/chances.md#p3')"
    ) in lines, check.stdout
    unrecorded = [line for line in lines if "not recorded" in line]
    assert unrecorded and all(line.endswith(f"({BLOCKED})") for line in unrecorded), check.stdout
    build = run_build(broken_project, broken_project / "site")
    assert "contains a link '../migration-and-transnationalism/opportunities.md#p3'" in build.stderr, build.stderr


def test_a_broken_link_in_an_annotation_body_is_the_annotation_s_line_alone(broken_project: Path) -> None:
    """The build shows such a link as plain words on the page (MkDocs never sees it): one line, on the note's file."""
    append(broken_project, Path("annotations/notes/transfer-of-ideas.md"), "See [the guide](about/nope.md).")
    check = run_check(broken_project)
    assert check.stdout.splitlines() == [
        "annotations/notes/transfer-of-ideas.md: body: the link 'about/nope.md' leads to no page"
        " (write the path inside docs/, e.g. source/page.md#p3)"
    ], check.stdout
    build = run_build(broken_project, broken_project / "site")
    assert "contains a link" not in build.stderr and check.stdout.splitlines()[0] in build.stderr, build.stderr


# ids only the hooks' pages or per-page extensions make, which the strict build accepts: the glossary's terms,
# /annotations/'s groups, the overview's areas, a source page's Cite heading, an annotation, a footnote
HOOK_IDS = (
    "[g](../glossary.md#diaspora) [h](../annotations/index.md#migration-and-transnationalism-opportunities)"
    " [i](../policy-areas/index.md#remittances) [j](../policy-areas/remittances.md#pages)"
    " [o](../policy-areas/remittances.md#paragraphs-origin-governments-and-migrant-associations)"
    f" [k](../{MT}/opportunities.md#cite-this-page) [l](../{MT}/opportunities.md#transfer-of-ideas)"
    f" [m](../{MT}/opportunities.md#fn:4) [n](../{MT}/index.md#contents)"
)


def test_links_to_ids_the_hooks_make_are_no_line(broken_project: Path) -> None:
    append(broken_project, GUIDE, HOOK_IDS)
    check = run_check(broken_project)
    assert check.returncode == 0, check.stdout
    build = run_build(broken_project, broken_project / "site")
    assert build.returncode == 0, build.stderr


def test_a_link_to_an_id_its_page_lacks_is_one_line_as_the_build_warns(broken_project: Path) -> None:
    """A redirected old id fails too: MkDocs knows no anchors.redirects.yml. An area page's ids are known unbuilt.

    They were the build's alone: make check said OK, the build failed. An area page has a source's group only where
    something of that source is tagged with it (private-sector: no annotation, so no `annotations-<source>`).
    """
    links = (
        "[x](citing.md#id-gone) [y](#txets) [z](../glossary.md#diaspra) [w](../policy-areas/remittances.md#pagse)"
        f" [v](../policy-areas/private-sector.md#annotations-{MT})"
    )
    append(broken_project, GUIDE, f"{links} {HOOK_IDS}")
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stderr, check.stderr
    fails = "(MkDocs warns, the strict build fails)"
    assert check.stdout.splitlines() == [
        f"docs/about/reading-guide.md: link: '#txets' leads to about/reading-guide.md, which has no id 'txets' {fails}"
        " (did you mean '#texts'?)",
        f"docs/about/reading-guide.md: link: '../glossary.md#diaspra' leads to glossary.md, which has no id 'diaspra'"
        f" {fails} (did you mean '../glossary.md#diaspora'?)",
        f"docs/about/reading-guide.md: link: '../policy-areas/private-sector.md#annotations-{MT}' leads to"
        f" policy-areas/private-sector.md, which has no id 'annotations-{MT}' {fails} (did you mean"
        f" '../policy-areas/private-sector.md#pages-{MT}'?)",
        "docs/about/reading-guide.md: link: '../policy-areas/remittances.md#pagse' leads to policy-areas/remittances.md,"
        f" which has no id 'pagse' {fails} (did you mean '../policy-areas/remittances.md#pages'?)",
        f"docs/about/reading-guide.md: link: 'citing.md#id-gone' leads to about/citing.md, which has no id 'id-gone'"
        f" {fails} (anchors.redirects.yml sends that id to /about/stable-links/#id-gone, which MkDocs does not follow:"
        " write 'stable-links.md#id-gone')",
    ], check.stdout
    build = run_build(broken_project, broken_project / "site")
    warned = {line.split("contains a link ")[1].split(",")[0] for line in build.stderr.splitlines() if "anchor" in line}
    assert warned == {
        "'citing.md#id-gone'",
        "'#txets'",
        "'../glossary.md#diaspra'",
        "'../policy-areas/remittances.md#pagse'",
        f"'../policy-areas/private-sector.md#annotations-{MT}'",
    }


def test_links_to_the_theme_s_own_files_are_no_line_as_in_the_build(broken_project: Path) -> None:
    """MkDocs copies the theme's files (Material's, and those of `custom_dir: overrides`) beside docs/'s: a page may
    link them. make check refused them as files the site lacks; a file neither has is still one line."""
    (broken_project / "overrides/assets/images").mkdir(parents=True)
    (broken_project / "overrides/assets/images/seal.svg").write_text("<svg/>", encoding="utf-8")
    append(broken_project, GUIDE, "[f](../assets/images/favicon.png) ![s](../assets/images/seal.svg)")
    check = run_check(broken_project)
    assert check.returncode == 0, check.stdout
    build = run_build(broken_project, broken_project / "site")
    assert build.returncode == 0, build.stderr
    append(broken_project, GUIDE, "![n](../assets/images/seals.svg)")
    assert run_check(broken_project).stdout.splitlines() == [
        "docs/about/reading-guide.md: link: '../assets/images/seals.svg' leads to assets/images/seals.svg, which is not"
        " among the site's files (MkDocs warns, the strict build fails) (did you mean '../assets/images/seal.svg'?)"
    ]


def test_a_body_s_link_to_an_id_a_generated_page_lacks_is_named_with_its_closest_id_as_the_build_names_it(
    broken_project: Path,
) -> None:
    """An area page's, the areas' overview's and /annotations/' ids are known unbuilt: make check said OK, the build
    failed on the note's line. The id meant is the page's closest."""
    links = (
        f"[a](policy-areas/remittances.md#paragraphs-{MT}) [b](policy-areas/remittances.md#paragrahps)"
        f" [c](policy-areas/index.md#remitances) [d](annotations/index.md#{MT}-challenge)"
    )
    append(broken_project, Path("annotations/notes/transfer-of-ideas.md"), f"See {links}.")
    note = "annotations/notes/transfer-of-ideas.md: body: the link"
    expected = [
        f"{note} 'annotations/index.md#{MT}-challenge' names no id of annotations/index.md"
        f" (did you mean 'annotations/index.md#{MT}-challenges'?)",
        f"{note} 'policy-areas/index.md#remitances' names no id of policy-areas/index.md"
        " (did you mean 'policy-areas/index.md#remittances'?)",
        f"{note} 'policy-areas/remittances.md#paragrahps' names no id of policy-areas/remittances.md"
        " (did you mean 'policy-areas/remittances.md#paragraphs'?)",
    ]
    check = run_check(broken_project)
    assert check.stdout.splitlines() == expected, check.stdout
    build = run_build(broken_project, broken_project / "site")
    assert sorted(edition_lines(build.stderr)) == expected, build.stderr


@pytest.mark.parametrize("link", ["[x](nope.md)", "[x](#nope)"])
def test_the_build_holds_make_anchors_back_while_a_link_fails_as_make_check_does(
    broken_project: Path, link: str
) -> None:
    """`make anchors` refuses while MkDocs' warning stands: the build's "not recorded" line says so, in make check's words."""
    append(broken_project, GUIDE, f"## A new part {{ #new-part }}\n\n{link}")
    unrecorded = f"anchors.lock.json: /about/reading-guide/: 1 published id(s) not recorded: new-part ({BLOCKED})"
    check = run_check(broken_project)
    assert unrecorded in check.stdout.splitlines(), check.stdout
    build = run_build(broken_project, broken_project / "site")
    assert edition_lines(build.stderr) == [unrecorded], build.stderr


def test_a_body_s_link_to_an_id_its_page_lacks_is_the_annotation_s_line_alone(broken_project: Path) -> None:
    """MkDocs warns on the annotated page, where the link is not written: the note's line says where to fix it."""
    append(
        broken_project, Path("annotations/notes/transfer-of-ideas.md"), "See [the guide](about/reading-guide.md#txets)."
    )
    check = run_check(broken_project)
    note_line = (
        "annotations/notes/transfer-of-ideas.md: body: the link 'about/reading-guide.md#txets' names no id of"
        " about/reading-guide.md (did you mean 'about/reading-guide.md#texts'?)"
    )
    assert check.stdout.splitlines() == [note_line], check.stdout
    build = run_build(broken_project, broken_project / "site")
    assert note_line in edition_lines(build.stderr) and "does not contain an anchor '#txets'" in build.stderr


def test_a_link_of_two_slashes_and_an_id_is_an_absolute_link_not_one_to_the_page_itself(broken_project: Path) -> None:
    """`//#x` names no host and no path: MkDocs reads it as an absolute link before it asks for a path, no id checked.

    make check read it as `#x` on the page too, and named an id the build never looked for.
    """
    append(broken_project, GUIDE, "See [x](//#x).")
    expected = [
        "docs/about/reading-guide.md: link: '//#x' is no address: it names no host after '//' (the strict build fails)"
        " (write a whole address (https://…) or the path from this page to a file of docs/)"
    ]
    check = run_check(broken_project)
    assert check.returncode == 1 and check.stdout.splitlines() == expected, check.stdout
    build = run_build(broken_project, broken_project / "site")
    assert build.returncode == 1 and edition_lines(build.stderr) == expected, build.stderr
    assert "contains an absolute link '//#x'" in build.stderr and "anchor" not in build.stderr, build.stderr


def test_an_address_no_browser_reads_is_one_line_and_no_traceback(broken_project: Path) -> None:
    """`urlsplit` refuses `//[a`: make check and the strict build each name it in one line, no traceback.

    The build left it to MkDocs' `relpath`, which raised. A port out of range or a space in a host `urlsplit` reads,
    and MkDocs leaves as an outside address, but no browser does: one line too, saying why, as a note body's link's.
    """
    links = (
        "[the guide](//[a), [r](//a:99999/), ![a map](http://[::1), [t](http://a b:99999/), [p](http://a:99999999/),"
        " [q](https://a b.org/), [u](https://a\u200eb.org/)"
    )
    append(broken_project, GUIDE, f"See {links} and [s](https://example.org:65535/).")
    unreadable = " is no address: its host, after '//', cannot be read (the strict build fails) (write a whole address"
    port = "is no number from 0 to 65535 (the strict build fails)"
    expected = [
        f"docs/about/reading-guide.md: link: '//[a'{unreadable} (https://…) or the path from this page to a file of docs/)",
        f"docs/about/reading-guide.md: link: '//a:99999/' is no address: its port, '99999', {port}"
        " (write https://a/, or the port's number)",
        f"docs/about/reading-guide.md: link: 'http://[::1'{unreadable} (https://…) or the path from this page to a"
        " file of docs/)",
        # a bad host and a bad port, both in one line: the host's alone sent the contributor back for the port
        "docs/about/reading-guide.md: link: 'http://a b:99999/' is no address: its host, 'a b', holds a space, and its"
        f" port, '99999', {port} (copy the whole address from the browser's address bar)",
        f"docs/about/reading-guide.md: link: 'http://a:99999999/' is no address: its port, '99999999', {port}"
        " (write http://a/, or the port's number)",
        "docs/about/reading-guide.md: link: 'https://a b.org/' is no address: its host, 'a b.org', holds a space"
        " (the strict build fails) (copy the whole address from the browser's address bar)",
        # a left-to-right mark, which no terminal shows, as its escape: the line named 'https://ab.org/'
        "docs/about/reading-guide.md: link: 'https://a\\u200eb.org/' is no address: its host, 'a\\u200eb.org', cannot"
        " be read (the strict build fails) (write a whole address (https://…) or the path from this page to a file of"
        " docs/)",
    ]  # written in the order make check sorts its lines in: the build names them as written
    check = run_check(broken_project)
    assert check.returncode == 1 and "Traceback" not in check.stdout + check.stderr, check.stderr
    assert check.stdout.splitlines() == expected, check.stdout
    build = run_build(broken_project, broken_project / "site")
    assert build.returncode == 1 and "Traceback" not in build.stdout + build.stderr, build.stderr
    assert edition_lines(build.stderr) == expected, build.stderr
    assert [line for line in build.stderr.splitlines() if "WARNING" in line or "ERROR" in line] == [
        f"WARNING -  edition: {line}" for line in expected
    ], build.stderr


def test_a_link_to_the_page_itself_and_a_mail_address_are_offered_what_the_build_offers(broken_project: Path) -> None:
    """MkDocs' own "Did you mean": `./#x` is the page's `#x` (make check said its folder's index.md), and a mail
    address written as a link its `mailto:` link (make check said only to fix the link)."""
    append(broken_project, GUIDE, "See [the texts](./#texts) or [write](<editors@example.org>).")
    fails = "(MkDocs warns, the strict build fails)"
    check = run_check(broken_project)
    assert check.stdout.splitlines() == [
        f"docs/about/reading-guide.md: link: './#texts' names no file: MkDocs links a page by its .md file {fails}"
        " (did you mean '#texts'?)",
        "docs/about/reading-guide.md: link: 'editors@example.org' leads to about/editors@example.org, which is not"
        f" among the site's files {fails} (did you mean 'mailto:editors@example.org'?)",
    ], check.stdout
    build = run_build(broken_project, broken_project / "site")
    offered = [line.split("Did you mean ")[1] for line in build.stderr.splitlines() if "Did you mean" in line]
    assert build.returncode == 1 and offered == ["'#texts'?", "'mailto:editors@example.org'?"], build.stderr
