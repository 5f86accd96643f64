"""The policy-area pages (hooks/core/policy_pages.py): the tag links, the overview, an area's header and its lists.

And where a link to an area page's vanished group lands (`vanished_group_redirects`, hooks/core/policy_addresses.py).
"""

from __future__ import annotations

import markdown
import pytest
from bs4 import BeautifulSoup
from markdown.serializers import to_html_string
from policy_helpers import BY, INTEGRATION, MT, REMITTANCES, html_of, page

from hooks.core.annotation_refs import AnnotationRef
from hooks.core.paragraphs import Paragraph
from hooks.core.policy_addresses import vanished_group_redirects
from hooks.core.policy_areas import PolicyArea
from hooks.core.policy_index import TaggedParagraph, index_areas, tagged_page
from hooks.core.policy_page_ids import area_page_ids, overview_ids
from hooks.core.policy_pages import (
    SiteFacts,
    area_sections,
    area_titles,
    page_tags,
    render_area_header,
    render_overview,
    tag_nav,
)


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


def test_area_titles_are_escaped_for_material_s_search_chips_which_it_writes_as_html() -> None:
    """Material's search writes each tag with `innerHTML`: an unknown id or a title with markup, refused by the
    strict build but shown by `mkdocs serve`'s preview of a pull request, ran its `onerror` under the results."""
    areas = {"probe": PolicyArea("probe", "Probe <img src=x onerror=alert(1)> & co", "")}
    assert area_titles(["probe", '"><img src=x onerror=alert(2)>'], areas) == [
        "Probe &lt;img src=x onerror=alert(1)&gt; &amp; co",
        '"&gt;&lt;img src=x onerror=alert(2)&gt;',
    ]


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


def test_an_area_page_s_ids_are_the_ones_its_header_and_lists_render_with() -> None:
    """make check checks a link's `#id` on an area page without building it: they must be the page's, group by group."""
    challenges, chapter = page("challenges", "remittances"), page("index", "remittances", source="origin")
    paragraphs = [TaggedParagraph(challenges, Paragraph("p2", "Pensions.", ("remittances",)))]
    note = AnnotationRef("n1", f"{MT}/challenges.md", "p2", "Pensions", "commenting", *BY, ("remittances",))
    for notes in ([], [note]):
        (entry,) = index_areas([REMITTANCES], [challenges, chapter], paragraphs, notes)
        header = markdown.markdown(render_area_header(entry), extensions=["attr_list"])
        html = header + html_of(area_sections(entry, SiteFacts()))
        rendered = [element["id"] for element in BeautifulSoup(html, "lxml").find_all(id=True)]
        groups = ["annotations", f"annotations-{MT}"] if notes else ["annotations"]
        expected = ["remittances", "pages", f"pages-{MT}", "pages-origin", "paragraphs", f"paragraphs-{MT}", *groups]
        assert rendered == area_page_ids(entry) == expected


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


@pytest.mark.parametrize(("meta", "tags"), [({"tags": ["integration", 7]}, ["integration", "7"]), ({}, None),
                                            ({"tags": "integration"}, None)])  # fmt: skip
def test_a_pages_tags_are_its_list_as_text(meta: dict, tags: list[str] | None) -> None:
    assert page_tags(meta) == tags
