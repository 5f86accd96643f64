"""Unit tests of the policy-area core: loading the taxonomy, tag checks, the index and its pages."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import posixpath
import shutil
from html import escape
from pathlib import Path
from xml.etree import ElementTree as etree

import markdown
import pytest
from bs4 import BeautifulSoup
from markdown.serializers import to_html_string

from hooks.cli.config_values import configured_extensions
from hooks.core.annotation_refs import AnnotationRef, read_annotation_refs
from hooks.core.datafiles import load_yaml
from hooks.core.generated_pages import area_pages, hook_pages, in_nav
from hooks.core.links import relative_link
from hooks.core.paragraphs import PageInventory, Paragraph
from hooks.core.policy_areas import AREA_ID_SCHEMA, PolicyArea, check_tags, known_area_ids, load_policy_areas
from hooks.core.policy_index import (
    TaggedPage,
    TaggedParagraph,
    check_page_tags,
    check_paragraph_tags,
    check_removed,
    check_stray_tags,
    check_unused,
    group_by_source,
    index_areas,
    tagged_page,
)
from hooks.core.policy_pages import (
    SiteFacts,
    area_sections,
    area_titles,
    overview_ids,
    page_tags,
    published_areas,
    render_area_header,
    render_overview,
    tag_nav,
    vanished_group_redirects,
)
from hooks.core.policy_site import (
    PageTagSources,
    generated_clash,
    generated_content,
    generated_stub,
    index_site,
    page_order,
    tag_problems,
)
from hooks.core.problems import Problem
from hooks.core.text import escape_markdown

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "annotations" / "schema" / "policy-areas.schema.json"
KNOWN = {"remittances", "integration"}
REMITTANCES = PolicyArea("remittances", "Remittances", "Money and ideas sent home.")
INTEGRATION = PolicyArea("integration", "Integration", "Settling in.")
MT = "migration-and-transnationalism"
BY = ("Ada Writer", "2026-11-22")  # an annotation's author and `created`


def write_taxonomy(root: Path, text: str) -> Path:
    (root / "annotations" / "schema").mkdir(parents=True)
    shutil.copy(SCHEMA, root / "annotations" / "schema" / SCHEMA.name)
    (root / "annotations" / "policy-areas.yml").write_text(text, encoding="utf-8")
    return root


def test_the_real_taxonomy_loads_without_problems() -> None:
    areas, problems = load_policy_areas(ROOT)
    assert problems == []
    assert len(areas) == 14
    assert len({area.id for area in areas}) == 14
    assert all(area.title and area.description for area in areas)


@pytest.mark.parametrize(
    ("text", "ids", "messages"),
    [
        (
            "- {id: remittances, title: Remittances, description: Money.}\n",
            ["remittances"],
            [],
        ),
        (
            "- {id: remittances, title: Remittances, description: Money.}\n"
            "- {id: remittances, title: Again, description: Money again.}\n",
            ["remittances"],
            ["annotations/policy-areas.yml: [1].id: 'remittances' is used twice (give each area its own id)"],
        ),
        (
            "- {id: remittances, description: Money.}\n",
            ["remittances"],
            ["annotations/policy-areas.yml: remittances: `title` is missing (add `title`)"],
        ),
        (  # YAML read a number: the line to copy, as written
            "- {id: remittances, title: 2010, description: Money.}\n",
            ["remittances"],
            ["annotations/policy-areas.yml: remittances.title: '2010' is not text (put it in quotes: `title: '2010'`)"],
        ),
        (
            "- {id: remittances, title: Remittances, description: yes}\n",
            ["remittances"],
            [
                "annotations/policy-areas.yml: remittances.description: 'yes' is not text: YAML reads it as true"
                " (put it in quotes: `description: 'yes'`)"
            ],
        ),
        (
            "- {id: remittances, title: '', description: Money.}\n",
            ["remittances"],
            ["annotations/policy-areas.yml: remittances.title: '' should be non-empty (write some text)"],
        ),
        (
            # shown as the id, an empty description, an invisible heading: each is one line
            "- {id: remittances, title: ' ', description: Money.}\n- {id: money, title: Money, description: ' '}\n"
            '- {id: aid, title: Aid, description: "\\u00a0"}\n- {id: care, title: "\\u200b", description: Care.}\n',
            ["remittances", "money", "aid", "care"],
            [
                "annotations/policy-areas.yml: remittances.title: is blank (write some text: spaces and invisible characters alone show nothing)",
                "annotations/policy-areas.yml: money.description: is blank (write some text: spaces and invisible characters alone show nothing)",
                "annotations/policy-areas.yml: aid.description: is blank (write some text: spaces and invisible characters alone show nothing)",
                "annotations/policy-areas.yml: care.title: is blank (write some text: spaces and invisible characters alone show nothing)",
            ],
        ),
        (
            '- {id: remittances, title: "Remittances \\u202eevil", description: "Money\\u2066."}\n',
            ["remittances"],
            [
                "annotations/policy-areas.yml: remittances.description: holds control characters no one can see: U+2066 (delete them: a direction control (U+202A–U+202E, U+2066–U+2069) makes text read in another order than written)",
                "annotations/policy-areas.yml: remittances.title: holds control characters no one can see: U+202E (delete them: a direction control (U+202A–U+202E, U+2066–U+2069) makes text read in another order than written)",
            ],
        ),
        (
            f'- {{id: remittances, title: "Remit\\u2029tances", description: Money.}}\n- {{id: aid, title: {"Aid " * 80}, description: Aid.}}\n',
            ["remittances", "aid"],
            [
                "annotations/policy-areas.yml: remittances.title: holds control characters no one can see: U+2029 (delete them: a line or paragraph separator (U+2028, U+2029) is a line break no one sees, so write a space in its place)",
                "annotations/policy-areas.yml: aid.title: is 319 characters long, more than the 300 it may have (shorten it to 300 characters or fewer)",
            ],
        ),
        (
            f'- {{id: remittances, title: Remittances, description: "{"Money sent home. " * 60}"}}\n',
            ["remittances"],
            [
                "annotations/policy-areas.yml: remittances.description: is 1,020 characters long, more than the 1,000 it may"
                " have (shorten it to 1,000 characters or fewer)",
            ],
        ),
        # No area, so no page: the build wrote '../x/index.html' outside the site and stopped on the NUL with a traceback.
        *(
            (
                f'- {{id: "{written}", title: R, description: Money.}}\n',
                [],
                [
                    f"annotations/policy-areas.yml: [0].id: {shown} is not a valid id (use lowercase letters, digits and '-')"
                ],
            )
            for written, shown in [("../../x", "'../../x'"), ("a/b", "'a/b'"), ("\\0", "'\\x00'"), ("", "''")]
        ),
        (
            "- {id: Remittances, title: R, description: Money.}\n",
            ["Remittances"],
            [
                "annotations/policy-areas.yml: [0].id: 'Remittances' is not a valid id"
                " (write it in lowercase: 'remittances')"
            ],
        ),
        (
            "- {id: a, title: A, description: D.}\n- {id: a, description: D.}\n- {title: T, description: D.}\n",
            ["a"],
            [
                "annotations/policy-areas.yml: [1]: `title` is missing (add `title`)",
                "annotations/policy-areas.yml: [2]: `id` is missing (add `id`)",
                "annotations/policy-areas.yml: [1].id: 'a' is used twice (give each area its own id)",
            ],
        ),
        (
            "- {id: remittances, titel: Remittances, description: Money., colour: red}\n",
            ["remittances"],
            [
                "annotations/policy-areas.yml: remittances.titel: is not a field: did you mean `title`? (rename it to `title`)",
                "annotations/policy-areas.yml: remittances.colour: is not a field (remove it or check its spelling)",
            ],
        ),
        (
            "- {id: remittances, title: Remittances, description: D.}\n- {id: money, title: remittances, description: D.}\n",
            ["remittances", "money"],
            [
                "annotations/policy-areas.yml: money.title: 'remittances' is also the title of 'remittances'"
                " (give each area its own title: readers tell the areas apart by it)"
            ],
        ),
        (
            "- {id: index, title: Index, description: D.}\n",
            [],
            [
                "annotations/policy-areas.yml: [0].id: 'index' is the name of the areas' overview page (choose another id)"
            ],
        ),
        (
            # Each would be the id of two headings: the area's and one the generated pages have.
            "- {id: policy-areas, title: A, description: D.}\n- {id: paragraphs, title: P, description: D.}\n"
            "- {id: annotations-migration-and-transnationalism, title: N, description: D.}\n"
            "- {id: pages-of-history, title: H, description: D.}\n- {id: annotation, title: O, description: D.}\n",
            ["annotation"],
            [
                "annotations/policy-areas.yml: [0].id: 'policy-areas' is the id of the overview's heading (choose another id)",
                "annotations/policy-areas.yml: [1].id: 'paragraphs' is the id of a section of every area's page"
                " (pages, paragraphs, annotations) (choose another id)",
                "annotations/policy-areas.yml: [2].id: 'annotations-migration-and-transnationalism' has the form of"
                " a source's heading on every area's page ('annotations-<source>') (choose another id)",
                "annotations/policy-areas.yml: [3].id: 'pages-of-history' has the form of a source's heading"
                " on every area's page ('pages-<source>') (choose another id)",
            ],
        ),
        (
            "- id: [remittances\n",
            [],
            [
                "annotations/policy-areas.yml: invalid YAML at line 2: expected ',' or ']', but got '<stream end>'"
                " (fix the YAML syntax)"
            ],
        ),
    ],
    ids=[
        "valid",
        "duplicate id",
        "no title",
        "number title",
        "yes description",
        "empty title",
        "blank text",
        "direction controls",
        "line separator, long title",
        "long description",
        "path id ../",
        "path id /",
        "NUL id",
        "empty id",
        "bad id",
        "all together",
        "misspelt field",
        "same title",
        "reserved id",
        "ids of headings",
        "invalid YAML",
    ],  # fmt: skip
)
def test_loading_reports_every_problem_at_once(tmp_path: Path, text: str, ids: list[str], messages: list[str]) -> None:
    areas, problems = load_policy_areas(write_taxonomy(tmp_path, text))
    assert [area.id for area in areas] == ids
    assert [str(problem) for problem in problems] == messages


def test_an_areas_direction_controls_are_left_out_until_fixed(tmp_path: Path) -> None:
    areas, _ = load_policy_areas(write_taxonomy(tmp_path, '- {id: a, title: "A\\u202eB", description: "D\\u2069."}\n'))
    assert [(area.title, area.description) for area in areas] == [("AB", "D.")]


def test_an_area_without_title_is_still_known_by_its_id(tmp_path: Path) -> None:
    areas, _ = load_policy_areas(write_taxonomy(tmp_path, "- {id: remittances, description: Money.}\n"))
    assert areas == (PolicyArea("remittances", "remittances", "Money."),)


PAGE = "docs/migration-and-transnationalism/challenges.md"


@pytest.mark.parametrize(
    ("tags", "messages"),
    [
        (["remittances", "integration"], []),
        ([], []),
        (
            ["remitances"],
            [f"{PAGE}: tags: unknown policy area 'remitances' (did you mean 'remittances'?)"],
        ),
        (["remittances", "remittances"], [f"{PAGE}: tags: 'remittances' is listed 2 times (list each area once)"]),
        ("remittances", []),  # not a list: the page's front-matter check reports it
    ],
    ids=["known", "empty", "unknown", "repeated", "not a list"],
)
def test_page_tags(tags: object, messages: list[str]) -> None:
    assert [str(problem) for problem in check_page_tags(PAGE, tags, KNOWN)] == messages


def test_paragraph_tags_name_the_paragraph_and_the_attribute() -> None:
    paragraphs = [
        Paragraph("p1", "One.", ("remittances",)),
        Paragraph("p2", "Two.", ("pensions", "integration")),
        Paragraph("p3", "Three."),
        Paragraph("p4", "Four.", ("integration", "integration")),
    ]
    assert [str(problem) for problem in check_paragraph_tags(PAGE, paragraphs, KNOWN)] == [
        f"{PAGE}: #p2 data-policy-areas: unknown policy area 'pensions' (use an id from annotations/policy-areas.yml)",
        f"{PAGE}: #p4 data-policy-areas: 'integration' is listed 2 times (list each area once)",
    ]


def test_misplaced_tags_name_the_element() -> None:
    assert [str(problem) for problem in check_stray_tags(PAGE, ["h2#details", "li"])] == [
        f"{PAGE}: data-policy-areas: on 'h2#details', which is not a numbered paragraph"
        " (write the tags on a paragraph's '{ #pN … }' line)",
        f"{PAGE}: data-policy-areas: on 'li', which is not a numbered paragraph"
        " (write the tags on a paragraph's '{ #pN … }' line)",
    ]


def page(name: str, *tags: str, source: str = MT, title: str = "") -> TaggedPage:
    return TaggedPage(f"{source}/{name}.md", title or name.title(), source, tags)


def test_index_collects_pages_paragraphs_and_annotations_per_area() -> None:
    challenges = page("challenges", "integration")
    chapter = page("index", "remittances", source="origin")
    paragraphs = [
        TaggedParagraph(challenges, Paragraph("p2", "Pensions.", ("remittances",))),
        TaggedParagraph(challenges, Paragraph("p4", "Integrate.", ("integration", "unknown"))),
    ]
    notes = [AnnotationRef("n1", f"{MT}/challenges.md", "p2", "Pensions", "commenting", *BY, ("remittances", "nope"))]
    remittances, integration = index_areas([REMITTANCES, INTEGRATION], [challenges, chapter], paragraphs, notes)
    assert remittances.pages == (chapter,)
    assert [item.paragraph.id for item in remittances.paragraphs] == ["p2"]
    assert remittances.annotations == tuple(notes)
    assert integration.pages == (challenges,)
    assert [item.paragraph.id for item in integration.paragraphs] == ["p4"]
    assert integration.annotations == ()


def test_index_lists_an_item_once_per_area_in_the_order_given() -> None:
    first, second, third = page("a", "integration", "remittances", "integration"), page("b"), page("c", "integration")
    twice = TaggedParagraph(first, Paragraph("p1", "One.", ("remittances", "remittances")))
    remittances, integration = index_areas([REMITTANCES, INTEGRATION], [first, second, third], [twice], [])
    assert remittances.pages == (first,)
    assert remittances.paragraphs == (twice,)
    assert integration.pages == (first, third)
    assert integration.paragraphs == ()


def test_unused_areas_are_named() -> None:
    entries = index_areas([REMITTANCES, INTEGRATION], [page("challenges", "integration")], [], [])
    assert [str(problem) for problem in check_unused(entries)] == [
        "annotations/policy-areas.yml: id: 'remittances' is used by no page, paragraph or annotation"
        " (tag a page, paragraph or annotation with it, or remove the area)"
    ]


def test_a_published_area_is_not_offered_for_removal() -> None:
    """No page move can point a generated page elsewhere: removing a published area would leave its address a 404."""
    entries = index_areas([REMITTANCES, INTEGRATION], [page("challenges", "integration")], [], [])
    published = published_areas({"/policy-areas/remittances/": ["remittances"], "/policy-areas/": ["remittances"]})
    assert published == {"remittances"}
    assert [str(problem) for problem in check_unused(entries, published)] == [
        "annotations/policy-areas.yml: id: 'remittances' is used by no page, paragraph or annotation"
        " (tag a page, paragraph or annotation with it: its page is published, so the area stays)"
    ]


def test_while_the_lock_does_not_load_an_unused_area_is_not_offered_for_removal() -> None:
    """Which areas were published is the lock's to say: the area may be published, and then it stays."""
    entries = index_areas([REMITTANCES, INTEGRATION], [page("challenges", "integration")], [], [])
    assert [str(problem) for problem in check_unused(entries, None)] == [
        "annotations/policy-areas.yml: id: 'remittances' is used by no page, paragraph or annotation"
        " (tag a page, paragraph or annotation with it; whether the area may be removed is known once"
        " anchors.lock.json loads: a published area stays)"
    ]
    pages = [PageTagSources("docs/challenges.md", {"tags": ["integration"]})]
    assert [str(p) for p in tag_problems([REMITTANCES, INTEGRATION], pages, entries, {}, lock_read=False)] == [
        str(problem) for problem in check_unused(entries, None)
    ]


def test_a_published_area_taken_out_of_the_taxonomy_is_one_line_naming_the_file() -> None:
    """Not the anchor lock's lines, one per id of its page, asking for a page move no generated page can have."""
    entries = index_areas([INTEGRATION], [page("challenges", "integration")], [], [])
    published = published_areas({"/policy-areas/remittances/": ["remittances"], "/policy-areas/integration/": []})
    assert [str(problem) for problem in check_removed(entries, published)] == [
        "annotations/policy-areas.yml: id: 'remittances' is published (/policy-areas/remittances/) and no longer in"
        " the file: its address would answer 404 (put the area back, and tag a page, paragraph or annotation with"
        " it: a published area is never removed, see docs/about/tagging.md#the-list)"
    ]
    assert check_removed(entries, {"integration"}) == []


def test_grouping_keeps_first_appearance_order() -> None:
    items = [("b", 1), ("a", 2), ("b", 3), ("c", 4), ("a", 5)]
    assert group_by_source(items, lambda item: item[0]) == [
        ("b", [("b", 1), ("b", 3)]),
        ("a", [("a", 2), ("a", 5)]),
        ("c", [("c", 4)]),
    ]


def note_file(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_annotation_refs_are_the_valid_annotations_as_the_annotations_core_reads_them(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "annotations" / "schema", tmp_path / "annotations" / "schema")
    notes = tmp_path / "annotations" / "notes"
    note_file(
        notes,
        "good.md",
        "---\nid: good\ntarget: {page: a/b.md, paragraph: p3, quote: words}\nmotivation: commenting\n"
        "tags: [remittances]\nauthor: {name: A}\ncreated: 2026-11-01\nmodified: 2026-11-20\n---\nBody.\n",
    )
    note_file(notes, "bare.md", "---\ntags: remittances\ntarget: a/b.md\n---\n")
    note_file(notes, "broken.md", "---\nid: [broken\n---\n")
    (notes / "binary.md").write_bytes(b"\xff\xfe---")
    assert read_annotation_refs(tmp_path, dt.date(2026, 11, 23)) == (
        AnnotationRef("good", "a/b.md", "p3", "words", "commenting", "A", "2026-11-01", ("remittances",), "2026-11-20"),
    )


def test_no_notes_folder_means_no_annotations(tmp_path: Path) -> None:
    assert read_annotation_refs(tmp_path) == ()


@pytest.mark.parametrize(
    ("source", "target", "link"),
    [
        ("policy-areas/remittances.md", f"{MT}/challenges.md", f"../{MT}/challenges.md"),
        ("policy-areas/index.md", "policy-areas/remittances.md", "remittances.md"),
        (f"{MT}/challenges.md", "policy-areas/index.md", "../policy-areas/index.md"),
        ("index.md", "policy-areas/index.md", "policy-areas/index.md"),
        ("a/b/c.md", "a/d/e.md", "../d/e.md"),
        ("a/b/c.md", "index.md", "../../index.md"),
        ("policy-areas/x.md", "policy-areas/x.md", "x.md"),
    ],
)
def test_relative_link(source: str, target: str, link: str) -> None:
    assert relative_link(source, target) == link


def test_relative_link_is_what_relpath_gives_for_docs_paths() -> None:
    folders = ["a", "b", "policy-areas"]
    paths = [
        "/".join([*combo, name])
        for depth in range(3)
        for combo in itertools.product(folders, repeat=depth)
        for name in ("x.md", "index.md")
    ]
    expected = {(s, t): posixpath.relpath(t, posixpath.dirname(s) or ".") for s in paths for t in paths}
    assert {(s, t): relative_link(s, t) for s in paths for t in paths} == expected


@pytest.mark.parametrize("target", ["./a/x.md", "a/../b/x.md", "a//x.md", "../outside.md", "a/b/../../../up.md"])
def test_relative_link_normalises_as_relpath_does(target: str) -> None:
    # Annotation bodies link to docs paths written by hand: dots and double slashes are tidied the
    # way relpath tidies them, and a path that leaves the docs folder gets relpath's own answer.
    for source in ("index.md", "a/index.md", "b/c/x.md"):
        assert relative_link(source, target) == posixpath.relpath(target, posixpath.dirname(source) or ".")


def test_escape_markdown_keeps_text_literal() -> None:
    assert escape_markdown("a *b* [c](d) <e> {f} & g") == r"a \*b\* \[c\](d) &lt;e\> \{f\} & g"


def test_escaped_text_is_shown_as_written_by_the_sites_markdown() -> None:
    names, configs = configured_extensions(ROOT)
    md = markdown.Markdown(extensions=names, extension_configs=configs)
    text = 'Families <img src=x onerror="alert(1)"> & *carers* `a` [b](c) {d} _e_ #f |g| ^h^ ~~i~~ ==j== +k !l >m \\n'
    html = md.convert(escape_markdown(text))
    assert html == f"<p>{escape(text, quote=False)}</p>"


def test_tag_links_name_the_known_areas() -> None:
    areas = {"remittances": REMITTANCES, "integration": INTEGRATION}
    nav = tag_nav(f"{MT}/challenges.md", ["remittances", "unknown", "integration"], areas)
    assert nav is not None
    assert to_html_string(nav) == (
        '<nav aria-label="Policy areas" class="policy-area-tags" data-search-exclude="">\n'
        '<a class="policy-area-tags__label" href="../policy-areas/index.md">Policy areas</a> '
        '<a class="policy-area-tag" href="../policy-areas/remittances.md">Remittances</a> '
        '<a class="policy-area-tag" href="../policy-areas/integration.md">Integration</a>\n</nav>\n'
    )
    assert tag_nav("x.md", ["unknown"], areas) is None


def test_area_titles_name_known_areas_and_keep_unknown_ids_for_the_check() -> None:
    areas = {"remittances": REMITTANCES, "integration": INTEGRATION}
    assert area_titles(["integration", "unknown", "remittances"], areas) == ["Integration", "unknown", "Remittances"]


def test_overview_gives_every_area_its_heading_description_and_counts() -> None:
    entries = index_areas([REMITTANCES, INTEGRATION], [page("challenges", "integration")], [], [])
    text = render_overview(entries)
    assert "# Policy areas { #policy-areas }" in text
    assert (
        "The [policy areas guide](../about/policy-areas-guide.md) says what the areas are, and "
        "[Tagging with policy areas](../about/tagging.md) how editors define and apply them." in text
    ), "the readers' guide no longer says how the areas are defined and applied: the editors' page does"
    assert "## [Remittances](remittances.md) { #remittances }\n\nMoney and ideas sent home.\n" in text, (
        "the heading leads to the page"
    )
    assert (
        '[1 page\u00a0· 0 paragraphs\u00a0· 0 annotations](integration.md){ .policy-area-counts data-pages="1" '
        'data-paragraphs="0" data-annotations="0" aria-label="1 page, 0 paragraphs, 0 annotations tagged with '
        'Integration" }' in text
    ), "the counts' link named with its area: two areas with the same counts were one name in a links list"


def test_the_overviews_ids_are_the_ones_its_markdown_renders_with() -> None:
    """make check compares them with the lock without building the page: they must be the page's."""
    areas = [REMITTANCES, INTEGRATION]
    html = markdown.markdown(render_overview(index_areas(areas, [], [], [])), extensions=["attr_list"])
    rendered = [element["id"] for element in BeautifulSoup(html, "lxml").find_all(id=True)]
    assert rendered == overview_ids(areas) == ["policy-areas", "remittances", "integration"]


def html_of(elements: list[etree.Element]) -> str:
    """The generated elements as HTML, the way the site's serializer writes them (they come laid out)."""
    return "".join(to_html_string(element) for element in elements)


def test_area_page_header_is_markdown_with_the_way_back() -> None:
    (entry,) = index_areas([REMITTANCES], [], [], [])
    assert render_area_header(entry) == (
        "# Remittances { #remittances }\n\nMoney and ideas sent home.\n\n[All policy areas](index.md)\n"
    )


def test_area_page_groups_by_source_and_says_when_there_are_no_annotations() -> None:
    challenges = page("challenges", "remittances")
    chapter = page("index", "remittances", source="origin", title="The *chapter* <b>")
    paragraphs = [TaggedParagraph(challenges, Paragraph("p2", "Pensions and " + "words " * 40, ("remittances",)))]
    (entry,) = index_areas([REMITTANCES], [challenges, chapter], paragraphs, [])
    html = html_of(area_sections(entry, SiteFacts(source_titles={MT: "Migration", "origin": "Origin"})))
    assert html.startswith(
        '<h2 id="pages">Pages</h2>\n<h3 id="pages-migration-and-transnationalism">Migration</h3>\n'
        f'<ul>\n<li><a href="../{MT}/challenges.md">Challenges</a></li>\n</ul>\n<h3 id="pages-origin">Origin</h3>\n'
    )
    assert '<li><a href="../origin/index.md">The *chapter* &lt;b&gt;</a></li>' in html
    # The place shown is hidden from screen readers (its ¶ was read "pilcrow"); the link says it in words.
    assert (
        '<li><span aria-hidden="true">Challenges, ¶\u00a02: </span><a aria-label="Challenges, paragraph 2: “Pensions'
        in html
    )
    assert f'class="policy-area-excerpt" href="../{MT}/challenges.md#p2">“Pensions and words words' in html
    assert html.endswith('words…”</a></li>\n</ul>\n<h2 id="annotations">Annotations</h2>\n<p>No annotations yet.</p>\n')


PLACE = '<span aria-hidden="true">Challenges, ¶\u00a02: </span>'  # read in the link's name, ¶ in words
# Out of its item (a links list), the link says it leads to an annotation, as the highlight's link does
# ("Annotation 1 on paragraph 2"); its kind, in the words after it, is not read twice.
NAME = "Challenges, annotation on paragraph 2: “Pensions”"
# What kind of note, who wrote it and when: the label beside a paragraph, the credit of /annotations/.
# After a dash, not in brackets: a revised note's "(revised …)" would stand in brackets within brackets. The dot
# between them hidden from screen readers, which said "middle dot".
CREDIT = '\u00a0— Comment<span aria-hidden="true">\u00a0·</span> Ada Writer, 22\u00a0November\u00a02026'
REVISED = f"{CREDIT} (revised 1\u00a0December\u00a02026)"


@pytest.mark.parametrize(
    ("ids", "modified", "expected"),
    [
        (
            {"p2", "n1"},
            None,
            f'<li>{PLACE}<a aria-label="{NAME}" class="policy-area-annotation"'
            f' href="../{MT}/challenges.md#n1">“Pensions”</a>{CREDIT}</li>',
        ),
        (
            {"p2"},
            None,
            f'<li>{PLACE}<a aria-label="{NAME}" class="policy-area-annotation"'
            f' href="../{MT}/challenges.md#p2">“Pensions”</a>{CREDIT}</li>',
        ),
        (set(), None, f"<li>Challenges, ¶\u00a02: “Pensions”{CREDIT}</li>"),
        # Revised, it says so as its block beside the paragraph does.
        (
            {"p2", "n1"},
            "2026-12-01",
            f'<li>{PLACE}<a aria-label="{NAME}" class="policy-area-annotation"'
            f' href="../{MT}/challenges.md#n1">“Pensions”</a>{REVISED}</li>',
        ),
    ],
    ids=["annotation shown", "paragraph only", "target missing", "revised"],
)
def test_annotations_say_what_kind_who_and_when_and_link_to_what_exists(
    ids: set[str], modified: str | None, expected: str
) -> None:
    """Its id in code (`<code>n1</code>`) told a reader nothing; the kind, author and date read as elsewhere."""
    note = AnnotationRef("n1", f"{MT}/challenges.md", "p2", "Pensions", "commenting", *BY, ("remittances",), modified)
    (entry,) = index_areas([REMITTANCES], [], [], [note])
    site = SiteFacts(
        source_titles={MT: "Migration"},
        page_titles={f"{MT}/challenges.md": "Challenges"},
        anchors={f"{MT}/challenges.md": frozenset(ids)},
    )
    html = html_of(area_sections(entry, site))
    assert '<h2 id="paragraphs">Paragraphs</h2>\n<p>No paragraph is tagged with this area yet.</p>' in html
    assert '<h3 id="annotations-migration-and-transnationalism">Migration</h3>' in html
    assert expected in html
    assert "<code>" not in html


def test_an_annotation_on_no_numbered_paragraph_is_still_named_an_annotation() -> None:
    """A paragraph id of no number (`intro`) has no `paragraph N` to say; the link still says what it leads to."""
    note = AnnotationRef("n1", f"{MT}/challenges.md", "intro", "Pensions", "commenting", *BY, ("remittances",))
    (entry,) = index_areas([REMITTANCES], [], [], [note])
    site = SiteFacts(
        source_titles={MT: "Migration"},
        page_titles={f"{MT}/challenges.md": "Challenges"},
        anchors={f"{MT}/challenges.md": frozenset({"n1"})},
    )
    html = html_of(area_sections(entry, site))
    assert '<li><span aria-hidden="true">Challenges: </span><a aria-label="Challenges, annotation: “Pensions”"' in html


def test_an_empty_taxonomy_file_is_named_in_plain_words(tmp_path: Path) -> None:
    _, problems = load_policy_areas(write_taxonomy(tmp_path, ""))
    assert [str(problem) for problem in problems] == [
        "annotations/policy-areas.yml: (top level): must be a list, not empty"
        " (write it as `[a, b]` or as lines starting with '- ')"
    ]


@pytest.mark.parametrize(
    ("tag", "hint"),
    [
        ("remitances", "did you mean 'remittances'?"),
        ("REMITTANCES", "did you mean 'remittances'?"),  # another case, which difflib counts as no letter alike
        ("remittances,integration", "separate the ids with spaces, not commas"),
        # `data-policy-areas="remittances, integration"`, split at its space: the comma stays on the first
        ("remittances,", "separate the ids with spaces, not commas"),
        ("pensions", "use an id from annotations/policy-areas.yml"),
    ],
)
def test_an_unknown_tag_gets_the_hint_that_fits_it(tag: str, hint: str) -> None:
    assert [p.hint for p in check_tags("docs/x.md", "tags", [tag], {"remittances", "integration"})] == [hint]


@pytest.mark.parametrize(
    ("tags", "lines"),
    [
        (["integration", "pensions"], []),  # an id's form: whether an area has it waits on the taxonomy's fix
        (["Integration"], ["docs/x.md: tags: 'Integration' is not a valid id (write it in lowercase: 'integration')"]),
        (
            ["social protection"],
            ["docs/x.md: tags: 'social protection' is not a valid id (use lowercase letters, digits and '-')"],
        ),
    ],
)
def test_while_no_id_is_known_a_tag_is_checked_for_its_form_only(tags: list[object], lines: list[str]) -> None:
    """As an annotation's schema names its tags: `Integration` is no area's id, whatever the taxonomy holds."""
    assert [str(p) for p in check_tags("docs/x.md", "tags", tags, None)] == lines


def test_a_tag_s_form_is_the_schemas_own() -> None:
    """`malformed_tags` checks a copy of the id pattern: the areas' schema and the annotations' tags must agree with it.

    Changed in a schema alone, a page's tag would be refused while no taxonomy is known and taken once it is.
    """
    schemas = ROOT / "annotations/schema"
    areas = json.loads((schemas / "policy-areas.schema.json").read_text(encoding="utf-8"))
    notes = json.loads((schemas / "annotation.schema.json").read_text(encoding="utf-8"))
    written = {areas["items"]["properties"]["id"]["pattern"], notes["properties"]["tags"]["items"]["pattern"]}
    assert written == {json.loads(AREA_ID_SCHEMA.text)["pattern"]}


def test_a_field_written_twice_in_a_data_file_is_an_error_not_the_last_one_silently(tmp_path: Path) -> None:
    path = tmp_path / "glossary.yml"
    path.write_text("- id: a\n  term: first\n  term: second\n- <<: {id: b}\n  term: merged keys still work\n")
    assert load_yaml(path, "annotations/glossary.yml") == (
        None,
        [
            Problem(
                "annotations/glossary.yml",
                "",
                "`term` is written twice at line 3",
                "keep one of the two: YAML would silently keep the last",
            )
        ],
    )
    path.write_text("- <<: {id: b}\n  term: merged keys still work\n")
    assert load_yaml(path, "annotations/glossary.yml") == ([{"id": "b", "term": "merged keys still work"}], [])


def test_a_sources_group_gone_from_an_area_page_is_sent_to_its_section_and_nothing_else_is() -> None:
    area, other = "/policy-areas/remittances/", "/annotations/"
    lock = {
        area: ["remittances", "annotations", "annotations-mt", "pages-mt", "paragraphs-gone"],
        other: ["annotations", "annotations-mt"],
    }
    built = {area: ["remittances", "annotations", "pages-mt"], other: ["annotations"]}
    assert vanished_group_redirects(lock, built) == {f"{area}#annotations-mt": f"{area}#annotations"}


def test_a_page_at_the_top_of_docs_is_under_other_pages_in_every_section() -> None:
    """Its annotations were headed `foreword.md` (`#annotations-foreword-md`) while its page and paragraphs were not."""
    page = tagged_page("foreword.md", {"tags": ["remittances"]}, "Foreword")
    paragraph = TaggedParagraph(page, Paragraph("p1", "Words.", ("remittances",)))
    note = AnnotationRef("n1", "foreword.md", "p1", "Words", "commenting", *BY, ("remittances",))
    (entry,) = index_areas([REMITTANCES], [page], [paragraph], [note])
    site = SiteFacts(
        source_titles={}, page_titles={"foreword.md": "Foreword"}, anchors={"foreword.md": frozenset({"p1"})}
    )
    headings = [(element.get("id"), element.text) for element in area_sections(entry, site) if element.tag == "h3"]
    assert headings == [
        ("pages-other", "Other pages"),
        ("paragraphs-other", "Other pages"),
        ("annotations-other", "Other pages"),
    ]


def test_the_generated_pages_are_the_overview_then_one_per_area_in_taxonomy_order() -> None:
    generated = area_pages([REMITTANCES, INTEGRATION])
    assert generated == {
        "policy-areas/index.md": None, "policy-areas/remittances.md": REMITTANCES, "policy-areas/integration.md": INTEGRATION
    }  # fmt: skip
    assert "search:\n  exclude: true" not in generated_stub(None)
    assert generated_stub(REMITTANCES) == '---\ntitle: "Remittances"\nsearch:\n  exclude: true\n---\n'
    assert str(generated_clash("policy-areas/index.md")) == str(
        Problem("docs/policy-areas/index.md", "", "is generated by the build", "remove the file")
    )


def test_the_generated_pages_in_the_navigation_are_the_glossary_the_annotations_and_the_overview() -> None:
    pages = hook_pages([REMITTANCES, INTEGRATION])
    assert [page for page in pages if in_nav(page)] == ["glossary.md", "annotations/index.md", "policy-areas/index.md"]
    assert not in_nav("policy-areas/remittances.md")


def test_a_taxonomy_that_did_not_load_knows_no_tags_one_that_loaded_with_problems_its_ids() -> None:
    broken = [Problem("annotations/policy-areas.yml", "", "is not valid YAML", "fix it")]
    assert known_area_ids((), broken) is None
    assert known_area_ids([REMITTANCES], broken) == {"remittances"}
    assert known_area_ids([REMITTANCES, INTEGRATION], []) == KNOWN


@pytest.mark.parametrize(("meta", "tags"), [({"tags": ["integration", 7]}, ["integration", "7"]), ({}, None),
                                            ({"tags": "integration"}, None)])  # fmt: skip
def test_a_pages_tags_are_its_list_as_text(meta: dict, tags: list[str] | None) -> None:
    assert page_tags(meta) == tags


def test_the_tag_checks_name_each_pages_tags_and_the_areas_unused_or_taken_out() -> None:
    pages = [
        PageTagSources("docs/a.md", {"tags": ["integration", "pensions"]}, [Paragraph("p1", "One.", ("migration",))]),
        PageTagSources("docs/b.md", {"title": "B"}, strays=["h2"]),
    ]
    entries = index_areas([REMITTANCES, INTEGRATION], [page("a", "integration")], [], [])
    found = tag_problems([REMITTANCES, INTEGRATION], pages, entries, {"/policy-areas/pensions/": []})
    lines = [f"{problem.path}: {problem.field}: {problem.message}" for problem in found]
    assert sorted(lines) == [
        "annotations/policy-areas.yml: id: 'pensions' is published (/policy-areas/pensions/) and no longer in the file:"
        " its address would answer 404",
        "annotations/policy-areas.yml: id: 'remittances' is used by no page, paragraph or annotation",
        "docs/a.md: #p1 data-policy-areas: unknown policy area 'migration'",  # not 'pensions': put back, it is right
        "docs/b.md: data-policy-areas: on 'h2', which is not a numbered paragraph",
    ]


def test_while_the_lock_does_not_load_no_tag_is_unknown_for_it_may_name_a_published_area_taken_out() -> None:
    """Which areas were published is the lock's to say: its line stands alone, and the next build names the rest."""
    assert known_area_ids([REMITTANCES, INTEGRATION], [], None) is None
    pages = [
        PageTagSources("docs/a.md", {"tags": ["pensions", "pensions"]}, [Paragraph("p1", "One.", ("migration",))]),
        PageTagSources("docs/b.md", {"title": "B"}, strays=["h2"]),
    ]
    entries = index_areas([REMITTANCES, INTEGRATION], [page("a", "integration"), page("b", "remittances")], [], [])
    assert [
        str(problem) for problem in tag_problems([REMITTANCES, INTEGRATION], pages, entries, {}, lock_read=False)
    ] == [
        "docs/a.md: tags: 'pensions' is listed 2 times (list each area once)",  # the other tag checks stand
        "docs/b.md: data-policy-areas: on 'h2', which is not a numbered paragraph (write the tags on a paragraph's"
        " '{ #pN … }' line)",
    ]


def test_tags_that_are_not_a_list_are_named_on_any_page_not_only_a_sources() -> None:
    """The build dropped `tags: remittances` on an about page in silence (`make check` named it)."""
    pages = [PageTagSources("docs/about/citing.md", {"title": "Citing", "tags": "remittances"})]
    entries = index_areas([REMITTANCES], [page("a", "remittances")], [], [])
    assert [str(problem) for problem in tag_problems([REMITTANCES], pages, entries, {})] == [
        "docs/about/citing.md: tags: must be a list of policy-area ids (write it as `tags: [remittances]`)"
    ]


def test_tags_read_as_text_on_a_misread_page_are_the_misreadings_line_not_a_second() -> None:
    """Fields without their dashes: MkDocs reads every value as text, and the page's own line says why."""
    pages = [PageTagSources("docs/a.md", {"title": "A", "tags": "[remittances]"}, misread=True)]
    entries = index_areas([REMITTANCES], [page("a", "remittances")], [], [])
    assert tag_problems([REMITTANCES], pages, entries, {}) == []


def test_no_tag_is_unknown_while_the_taxonomy_has_no_areas() -> None:
    """A taxonomy that does not load is its own one line, not one more per tag of every page, nor a published area gone.

    What is wrong whatever it holds is named in the same run: a tag on a heading, a tag in another case.
    """
    pages = [PageTagSources("docs/a.md", {"tags": ["pensions", "Pensions"]}, strays=["h2"])]
    assert [str(problem) for problem in tag_problems((), pages, (), {"/policy-areas/pensions/": []})] == [
        "docs/a.md: tags: 'Pensions' is not a valid id (write it in lowercase: 'pensions')",
        "docs/a.md: data-policy-areas: on 'h2', which is not a numbered paragraph (write the tags on a paragraph's"
        " '{ #pN … }' line)",
    ]


@pytest.mark.parametrize(("meta", "order"), [({"order": 3}, 3), ({}, 1_000_000), ({"order": True}, 1_000_000),
                                             ({"order": "2"}, 1_000_000)])  # fmt: skip
def test_a_page_without_a_whole_number_order_comes_last(meta: dict, order: int) -> None:
    assert page_order(meta) == order


def test_the_site_index_orders_pages_within_their_source_and_names_what_area_pages_cite() -> None:
    rendered = [
        (f"{MT}/b.md", {"source": MT, "order": 2, "tags": ["remittances"]}, "B"),
        (f"{MT}/index.md", {"source": MT, "tags": ["remittances"]}, "The report"),
        (f"{MT}/a.md", {"source": MT, "order": 1, "tags": ["remittances"]}, "A"),
        (f"{MT}/c.md", {"source": MT, "order": 1}, "C"),
    ]
    tagged = Paragraph("p1", "Money.", tags=("remittances",))
    inventories = {f"{MT}/c.md": PageInventory(paragraphs=(tagged, Paragraph("p2", "No tag.")), ids=("p1", "p2"))}
    note = AnnotationRef("n", f"{MT}/c.md", "p1", "Money", "commenting", *BY, ("remittances",))
    (remittances, integration), site = index_site([REMITTANCES, INTEGRATION], rendered, inventories, [note])
    assert [page.path for page in remittances.pages] == [f"{MT}/a.md", f"{MT}/b.md", f"{MT}/index.md"]
    assert [(item.page.path, item.paragraph.id) for item in remittances.paragraphs] == [(f"{MT}/c.md", "p1")]
    assert remittances.annotations == (note,) and not integration.pages
    assert site.source_titles == {MT: "The report"} and site.page_titles[f"{MT}/c.md"] == "C"
    assert site.anchors == {f"{MT}/c.md": frozenset({"p1", "p2"})}


def test_a_generated_page_is_the_overview_or_an_areas_header_with_its_lists() -> None:
    entries = index_areas([REMITTANCES], [page("a", "remittances")], [], [])
    assert generated_content(None, entries, SiteFacts()) == (render_overview(entries), ())
    header, lists = generated_content(REMITTANCES, entries, SiteFacts())
    assert header == render_area_header(entries[0])
    assert html_of(list(lists)) == html_of(area_sections(entries[0], SiteFacts()))
