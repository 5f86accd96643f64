"""What an annotation becomes: its credit and day, its entry on /annotations/, its W3C export, a fresh id."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from annotation_helpers import PAGES, PATH, annotation

from hooks.core.annotations import credit, format_day, fresh_annotation_id
from hooks.core.quotes import select_quote


def test_the_exports_build_time_is_utc_to_the_second() -> None:
    from hooks.core.w3c import export_time

    assert export_time(dt.datetime(2023, 11, 14, 22, 13, 20, 999, tzinfo=dt.UTC)) == "2023-11-14T22:13:20Z"


def test_format_day() -> None:
    assert format_day("2026-11-02") == "2\u00a0November\u00a02026"  # a line never breaks inside it


@pytest.mark.parametrize(
    ("modified", "said"),
    [
        (None, "A. Name, 2\u00a0November\u00a02026"),
        ("2026-12-01", "A. Name, 2\u00a0November\u00a02026 (revised 1\u00a0December\u00a02026)"),
    ],
    ids=["created", "revised"],
)
def test_a_credit_says_a_revision_as_the_annotation_s_block_does(modified: str | None, said: str) -> None:
    """/annotations/ and the area pages gave the first date alone while the block said "(revised …)"."""
    assert credit("A. Name", "2026-11-02", modified) == said


def test_the_index_credits_a_revised_annotation_with_its_revision() -> None:
    from hooks.core.annotation_index import entry

    note = dataclasses.replace(annotation(), modified="2026-11-23")
    text = "".join(entry(note, {}, lambda area: None, "Opportunities").itertext())
    assert (
        "\nA. Scholar, 22\u00a0November\u00a02026 (revised 23\u00a0November\u00a02026)\u00a0· read the annotation"
        in text
    )


def test_export_reports_a_quote_that_is_not_unique_in_its_paragraph() -> None:
    from hooks.core.w3c import RenderedPage, build_collection

    note = annotation()
    paragraph = PAGES[note.page].paragraph("p3").text
    repeated = RenderedPage("https://example.org/o/", {"p3": paragraph + " " + paragraph})
    collection, problems = build_collection((note,), "https://example.org/", {note.page: repeated}, {"x": "<p>B</p>"})
    assert [str(p) for p in problems] == [
        f"{PATH}: target.quote: no context makes the quote unique in its paragraph (quote a longer passage)"
    ]
    assert collection["total"] == 0 and collection["first"]["items"] == []
    assert "last" not in collection and "modified" not in collection, "an empty collection has no page of items"
    single = RenderedPage("https://example.org/o/", {"p3": paragraph})
    collection, problems = build_collection((note,), "https://example.org/", {note.page: single}, {"x": "<p>B</p>"})
    assert problems == [] and collection["first"]["items"][0]["id"] == "https://example.org/o/#x"
    assert collection["id"] == "https://example.org/annotations.jsonld"
    assert collection["last"] == "https://example.org/annotations.jsonld#page-1"
    assert collection["modified"] == f"{note.modified or note.created}T00:00:00Z", "no build date: the newest note's"
    for built in ("2020-01-01T10:00:00Z", "2030-01-01T10:00:00Z"):  # a build before the note's day, one after it
        dated, _ = build_collection((note,), "https://example.org/", {note.page: single}, {"x": "<p>B</p>"}, built)
        assert dated["modified"] == max(built, f"{note.modified or note.created}T00:00:00Z")
    target = collection["first"]["items"][0]["target"]
    assert target == {
        "source": "https://example.org/o/",
        "selector": {
            "type": "FragmentSelector",
            "conformsTo": "http://tools.ietf.org/rfc/rfc3236",
            "value": "p3",
            "refinedBy": {"type": "TextQuoteSelector", **dataclasses.asdict(select_quote(paragraph, note.quote))},
        },
    }


def test_export_ends_the_text_with_the_references_as_the_page_lists_them() -> None:
    from hooks.core.w3c import bodies

    works = (("Levitt & <b>Lamba</b> (1998)", "https://example.org/?a=1&b=2"), ("A report without address", None))
    body = bodies(dataclasses.replace(annotation(), tags=(), references=works), "<p>B</p>", "https://example.org/")
    assert body["value"] == (
        '<p>B</p><ul class="annotation__references">'
        '<li><a href="https://example.org/?a=1&amp;b=2" rel="nofollow noopener">Levitt &amp; &lt;b&gt;Lamba&lt;/b&gt; (1998)</a></li>'
        "<li>A report without address</li></ul>"
    )
    assert bodies(dataclasses.replace(annotation(), tags=()), "<p>B</p>", "https://example.org/")["value"] == "<p>B</p>"


def test_export_tags_an_annotation_with_its_policy_areas_iris() -> None:
    from hooks.core.w3c import bodies

    note = annotation()  # commenting, tags: [remittances]
    assert bodies(note, "<p>B</p>", "https://example.org/ed/") == [
        {"type": "TextualBody", "value": "<p>B</p>", "format": "text/html", "language": "en", "purpose": "commenting"},
        {
            "type": "SpecificResource",
            "purpose": "tagging",
            "source": "https://example.org/ed/policy-areas/remittances/",
        },
    ]
    untagged = dataclasses.replace(note, tags=())
    assert bodies(untagged, "<p>B</p>", "https://example.org/ed/") == {
        "type": "TextualBody",
        "value": "<p>B</p>",
        "format": "text/html",
        "language": "en",
    }


@pytest.mark.parametrize(
    ("site_url", "page_url", "expected"),
    [
        ("https://example.org/ed/", "https://example.org/ed/o/", "https://example.org/ed/"),
        ("", "/o/", "/"),  # no site_url (a local build): rooted, as the pages' addresses (`page_address`)
    ],
)
def test_export_addresses_are_all_of_one_kind(site_url: str, page_url: str, expected: str) -> None:
    from hooks.core.w3c import RenderedPage, build_collection

    note = annotation()  # tags: [remittances]
    page = RenderedPage(page_url, {"p3": PAGES[note.page].paragraph("p3").text})
    collection, problems = build_collection((note,), site_url, {note.page: page}, {"x": "<p>B</p>"})
    item = collection["first"]["items"][0]
    assert problems == []
    assert (collection["id"], collection["last"], collection["first"]["partOf"]["id"]) == (
        f"{expected}annotations.jsonld",
        f"{expected}annotations.jsonld#page-1",
        f"{expected}annotations.jsonld",
    )
    assert (item["id"], item["target"]["source"]) == (f"{page_url}#x", page_url)
    assert item["body"][1]["source"] == f"{expected}policy-areas/remittances/"


def test_index_keeps_quotes_and_names_literal_and_orders_by_paragraph() -> None:
    import markdown

    from hooks.core.annotation_index import PageTitle, index_elements, index_intro, listed
    from hooks.mdx.annotation_index import AnnotationIndexExtension

    first = annotation(quote="the transfer of ideas")
    odd = dataclasses.replace(first, id="y", paragraph="p1", quote="*not* <b>bold</b> [x](y) { #z }", author="A_B")
    other = dataclasses.replace(first, id="z", page="other/page.md", paragraph="p2", tags=())
    pages = {
        first.page: PageTitle("Opportunities", "migration-and-transnationalism", "Migration"),
        other.page: PageTitle("Page *one*", "other", "Other"),
    }
    ordered = listed((other, first, odd), pages)
    assert [a.id for a in ordered] == ["y", "x", "z"]
    tags = {"remittances": "policy-areas/remittances.md"}
    extension = AnnotationIndexExtension(
        entries=lambda: index_elements(ordered, pages, {"remittances": "Remittances"}, tags.get)
    )
    md = markdown.Markdown(extensions=["attr_list", "md_in_html", "toc", extension])
    html = md.convert("# Annotations\n\n" + index_intro(len(ordered)))
    assert html.startswith('<h1 id="annotations">Annotations</h1>\n<p>The edition has 3 annotations,')
    # The filter, written whole (annotations.js wires it), between the introduction and the first group.
    assert (
        '<a href="../annotations.jsonld">annotations.jsonld</a>.</p>\n'
        '<fieldset class="annotation-filter" hidden="hidden">\n<legend class="visually-hidden">Filter the annotations'
        '</legend>\n<label class="annotation-filter__field">Motivation '
        '<select name="motivation"><option value="">all</option><option value="commenting">Comments</option></select>'
        "</label>\n"
    ) in html
    assert html.index('<fieldset class="annotation-filter"') < html.index('<h2 id="migration-and-transnationalism">')
    opportunities = (
        '<a aria-label="Paragraph 1 of Opportunities" href="../migration-and-transnationalism/opportunities.md#p1">'
    )
    assert html.index(f"{opportunities}¶\u00a01</a>") < html.index("¶\u00a03")
    assert (
        ": “*not* &lt;b&gt;bold&lt;/b&gt; [x](y) { #z }”<br />\nA_B, 22\u00a0November\u00a02026"
        '<span class="annotation-entry__read"><span aria-hidden="true">\u00a0·</span> <a href='
    ) in html
    assert (
        '<span class="annotation-entry__area" data-area="remittances"><a href="../policy-areas/remittances.md">Remittances</a></span>'
        in html
    )
    assert '<h2 id="migration-and-transnationalism">Migration</h2>' in html
    assert '<h3 id="other-page"><a href="../other/page.md">Page *one*</a></h3>' in html
    assert [item["id"] for item in md.toc_tokens[0]["children"]] == ["migration-and-transnationalism", "other"]
    assert '<div class="annotation-entry" data-areas="" data-motivation="commenting">' in html
    unlinked = index_elements(ordered[:1], pages, {}, lambda area: None)[-1]
    assert [
        (span.get("data-area"), span.text, len(span)) for span in unlinked.iter("span") if span.get("data-area")
    ] == [("remittances", "remittances", 0)]


def test_a_page_at_the_top_of_docs_is_its_own_group_on_the_index() -> None:
    """Its group was headed `foreword.md`, with that id, as if the file were a source."""
    from hooks.core.annotation_index import PageTitle, group_of, index_elements, index_page_ids

    note = annotation(quote="the transfer of ideas")
    top = dataclasses.replace(note, id="top", page="foreword.md", paragraph="p1")
    assert group_of("foreword.md") == "foreword" and group_of(note.page) == "migration-and-transnationalism"
    pages = {
        note.page: PageTitle("Opportunities", "migration-and-transnationalism", "Migration"),
        top.page: PageTitle("Foreword", group_of(top.page), "foreword"),
    }
    headings = [
        (element.tag, element.get("id"), "".join(element.itertext()), [a.get("href") for a in element.iter("a")])
        for element in index_elements([note, top], pages, {}, lambda area: None)
        if element.tag in ("h2", "h3")
    ]
    assert headings == [
        ("h2", "migration-and-transnationalism", "Migration", []),
        (
            "h3",
            "migration-and-transnationalism-opportunities",
            "Opportunities",
            ["../migration-and-transnationalism/opportunities.md"],
        ),
        ("h2", "foreword", "Foreword", ["../foreword.md"]),
    ]
    assert index_page_ids([note, top]) == (
        "annotations",
        "migration-and-transnationalism",
        "migration-and-transnationalism-opportunities",
        "foreword",
    )


def test_the_export_credits_an_organization_and_names_the_body_s_language() -> None:
    from hooks.core.w3c import bodies, creator

    assert creator(annotation())["type"] == "Person"
    assert creator(dataclasses.replace(annotation(), author_type="organization"))["type"] == "Organization"
    spanish = dataclasses.replace(annotation(), tags=(), language="es")
    assert bodies(spanish, "<p>B</p>", "https://example.org/")["language"] == "es"


@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("https://orcid.org/0000-0002-1825-0097", "id"),
        ("https://example.org/~z?x=orcid.org/1", "homepage"),  # names orcid.org, but is no ORCID iD
        ("https://orcid.org/signin", "homepage"),
        ("https://example.org/people/ana", "homepage"),
    ],
)
def test_only_an_orcid_id_is_exported_as_the_creator_s_id(url: str, field: str) -> None:
    from hooks.core.w3c import creator

    agent = creator(dataclasses.replace(annotation(), author_url=url))
    assert agent[field] == url and len(agent) == 3


@pytest.mark.parametrize(
    ("quote", "taken", "fresh"),
    [
        ("the transfer  of\nideas", (), "the-transfer-of-ideas"),
        ("Opportunities", ("opportunities",), "opportunities-2"),  # the page heading's id
        ("opportunities", ("opportunities", "opportunities-2"), "opportunities-3"),
        ("P5", (), "p5-2"),  # a paragraph's form
        ("¶ …", (), "annotation"),
    ],
)
def test_a_fresh_annotation_id_is_none_taken(quote: str, taken: tuple[str, ...], fresh: str) -> None:
    assert fresh_annotation_id(quote, taken) == fresh
