"""End-to-end: the real annotations on the real pages, the index page, and the W3C export."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from conftest import SOURCE_DATE_EPOCH, parse
from jsonschema import Draft4Validator, FormatChecker
from mkdocs.utils.yaml import yaml_load
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from hooks.core.annotation_folder import load_annotations
from hooks.core.annotation_index import INDEX_HEADING_ID

ROOT = Path(__file__).resolve().parent.parent
W3C = Path(__file__).resolve().parent / "w3c-annotation-schemas"
W3C_BASE = "https://w3c-annotation-tests.invalid/"
OPPORTUNITIES = "migration-and-transnationalism/opportunities/index.html"
OPTIONAL_FEATURES = [
    "annotations/3.3.1-annotationCreatedImplemented.json",
    "annotations/3.3.1-annotationSingleCreatorImplemented.json",
    "annotations/3.3.2-annotationCreatorAgentTypeImplemented.json",
    "annotations/3.3.5-annotationMotivationImplemented.json",
    "annotations/bodiesTargets/3.2.1-bodyFormat.json",
    "annotations/bodiesTargets/3.2.1-bodyLanguage.json",
    "annotations/bodiesTargets/3.2.4-bodyETBTypeTextualBody.json",
    "annotations/specificResource/4.2-selectorFound.json",
    "annotations/specificResource/4.2.1-fragmentSelector.json",
    "annotations/specificResource/4.3.3-refinedBy.json",
]
# What the tagged annotations implement besides: bodies with a purpose, the tags as SpecificResources.
TAGGED_FEATURES = [
    "annotations/bodiesTargets/3.3.5-bodyPurpose.json",
    "annotations/bodiesTargets/4-bodySpecificResource.json",
]
QUOTE_SELECTOR_TESTS = [
    "annotations/specificResource/4.2.4-textQuoteSelector.json",
    "annotations/specificResource/4.2.4-textQuoteSelectorValid.json",
]


def w3c_registry() -> Registry:
    """Every vendored schema, under its own (flat) id, as the test suite's harness loads them."""
    resources = []
    for path in sorted(W3C.rglob("*.json")):
        if path.name == "package.json":
            continue
        schema = json.loads(path.read_text(encoding="utf-8"))
        resources.append(
            (W3C_BASE + schema.get("id", path.name), Resource.from_contents(schema, default_specification=DRAFT4))
        )
    return Registry().with_resources(resources)


def assertions(test_file: str) -> list[str]:
    return json.loads((W3C / test_file).read_text(encoding="utf-8"))["assertions"]


def format_checker() -> FormatChecker:
    """The suite checks ids, sources, conformsTo and dates only as `format`: without a checker any string passes.

    jsonschema checks `uri` and `date-time` only when rfc3986-validator and rfc3339-validator are installed
    (requirements-dev.txt); without them every W3C test fails here rather than passing on unchecked formats.
    """
    checker = Draft4Validator.FORMAT_CHECKER
    missing = sorted({"uri", "date-time"} - set(checker.checkers))
    if missing:
        pytest.fail(f"jsonschema cannot check the formats {missing}: pip install -r requirements-dev.txt")
    return checker


def failures(instance: object, names: list[str], registry: Registry) -> list[str]:
    checker = format_checker()
    failed = []
    for name in names:
        schema = json.loads((W3C / name).read_text(encoding="utf-8"))
        validator = Draft4Validator({"$ref": W3C_BASE + schema["id"]}, registry=registry, format_checker=checker)
        if validator.is_valid(instance) != (schema["expectedResult"] == "valid"):
            failed.append(f"{name}: {schema.get('errorMessage', '')}")
    return failed


@pytest.fixture(scope="module")
def export(site: Path) -> dict:
    return json.loads((site / "annotations.jsonld").read_text(encoding="utf-8"))


def test_every_annotation_is_exported(export: dict) -> None:
    annotations, problems = load_annotations(ROOT, None, dt.date.today())
    assert problems == []
    items = export["first"]["items"]
    assert export["total"] == len(items) == len(annotations) >= 12
    assert sorted(item["id"].rsplit("#", 1)[1] for item in items) == sorted(a.id for a in annotations)


def test_collection_and_page_meet_the_w3c_musts(export: dict) -> None:
    registry = w3c_registry()
    assert failures(export, assertions("collections/collectionMusts.test"), registry) == []
    assert failures(export, assertions("collections/pages/pageMusts.test"), registry) == []
    assert failures(export["first"], assertions("collections/pages/pageMusts.test"), registry) == []
    assert isinstance(export["first"]["partOf"], dict)


def test_the_collection_names_its_last_page_and_when_it_last_changed(export: dict) -> None:
    """The model's optional `last` and `modified`: a harvester polling the export compares the date.

    The build's date (the tests' SOURCE_DATE_EPOCH, 2023), or a later annotation's: a deleted
    annotation or an edit without `modified:` changes the file without a date of its own.
    """
    registry = w3c_registry()
    optional = [
        "collections/5.1-collectionLastImplemented.json",
        "collections/3.3.1-collectionModifiedImplemented.json",
    ]
    assert failures(export, optional, registry) == []
    assert export["last"] == export["first"]["id"]
    built = dt.datetime.fromtimestamp(SOURCE_DATE_EPOCH, dt.UTC)
    dates = [item.get("modified", item["created"]) for item in export["first"]["items"]]
    assert export["modified"] == max([*dates, built.strftime("%Y-%m-%dT%H:%M:%SZ")])


def test_every_item_meets_the_w3c_musts_and_our_optional_features(export: dict) -> None:
    registry = w3c_registry()
    musts = assertions("annotations/annotationMusts.test")
    assert len(musts) > 40
    for item in export["first"]["items"]:
        assert failures(item, musts + OPTIONAL_FEATURES, registry) == [], item["id"]


def test_policy_areas_are_exported_as_tags_naming_the_area_pages(export: dict) -> None:
    annotations, problems = load_annotations(ROOT, None, dt.date.today())
    assert problems == []
    registry = w3c_registry()
    items = {item["id"].rsplit("#", 1)[1]: item for item in export["first"]["items"]}
    tagged = [a for a in annotations if a.tags]
    assert len(tagged) >= 5
    for note in annotations:
        body = items[note.id]["body"]
        if not note.tags:
            assert body["type"] == "TextualBody", note.id
            continue
        text, *tags = body
        assert text["type"] == "TextualBody" and text["purpose"] == note.motivation, note.id
        assert [tag["source"] for tag in tags] == [f"http://127.0.0.1:8000/policy-areas/{t}/" for t in note.tags]
        assert {(tag["type"], tag["purpose"]) for tag in tags} == {("SpecificResource", "tagging")}
        assert failures(items[note.id], TAGGED_FEATURES, registry) == [], note.id


def test_every_refining_selector_is_a_valid_w3c_text_quote_selector(export: dict) -> None:
    """The suite's schemas look for TextQuoteSelectors at the top of a target: test the refinement there."""
    registry = w3c_registry()
    musts = assertions("annotations/annotationMusts.test")
    for item in export["first"]["items"]:
        refined = {**item, "target": {**item["target"], "selector": item["target"]["selector"]["refinedBy"]}}
        assert failures(refined, musts + QUOTE_SELECTOR_TESTS, registry) == [], item["id"]


def test_the_validation_really_rejects_a_broken_item(export: dict) -> None:
    broken = json.loads(json.dumps(export["first"]["items"][0]))
    broken["@context"] = "http://example.org/other.jsonld"
    broken["target"]["selector"]["refinedBy"].pop("exact")
    failed = failures(broken, assertions("annotations/annotationMusts.test"), w3c_registry())
    assert any("3.1-annotationContextValidated" in line for line in failed)
    assert any("4.3.3-refinedByValidated" in line for line in failed)


def test_the_format_checker_checks_uris_and_dates() -> None:
    checker = format_checker()
    assert checker.conforms("http://127.0.0.1:8000/about/#p1", "uri")
    assert not checker.conforms("not a uri at all", "uri")
    assert checker.conforms("2026-11-20T00:00:00Z", "date-time")
    assert not checker.conforms("yesterday", "date-time")


@pytest.mark.parametrize(
    ("place", "value", "failing"),
    [
        (("id",), "not a uri at all", "3.1-annotationIdValidated"),
        (("created",), "yesterday", "3.3.1-annotationCreatedValidated"),
        (("created",), "2026-11-20", "3.3.1-annotationCreatedValidated"),
        (("modified",), "yesterday", "3.3.1-annotationModifiedValidated"),
        (("target", "source"), "not a uri at all", "3.2-targetObjectsRecognized"),
        (("target", "selector", "conformsTo"), "RFC 3986", "4.2-fragmentCssXPathSelectorValid"),
    ],
)
def test_the_validation_rejects_a_malformed_uri_or_date(
    export: dict, place: tuple[str, ...], value: str, failing: str
) -> None:
    """The suite's schemas say `format: uri` / `format: date-time`; an item must fail on a value that is neither."""
    registry = w3c_registry()
    musts = assertions("annotations/annotationMusts.test")
    item = export["first"]["items"][0]
    assert failures(item, musts + OPTIONAL_FEATURES, registry) == []
    broken = json.loads(json.dumps(item))
    *parents, field = place
    holder = broken
    for key in parents:
        holder = holder[key]
    holder[field] = value
    assert any(failing in line for line in failures(broken, musts + OPTIONAL_FEATURES, registry))


def test_item_fields(export: dict) -> None:
    item = next(i for i in export["first"]["items"] if i["id"].endswith("#restored-hyphen-cost-effective"))
    page = "http://127.0.0.1:8000/migration-and-transnationalism/opportunities/"
    assert item["id"] == page + "#restored-hyphen-cost-effective"
    assert item["type"] == "Annotation" and item["motivation"] == "editing"
    assert item["creator"] == {"type": "Organization", "name": "Edition editors"}  # author.type: organization
    assert item["created"] == "2026-11-20T00:00:00Z"
    assert item["body"]["type"] == "TextualBody" and item["body"]["format"] == "text/html"
    assert item["body"]["language"] == "en"
    assert 'href="http://127.0.0.1:8000/about/editorial-principles/#what-we-did"' in item["body"]["value"]
    fragment = item["target"]["selector"]
    assert item["target"]["source"] == page
    assert fragment["type"] == "FragmentSelector" and fragment["value"] == "p1"
    assert fragment["refinedBy"]["type"] == "TextQuoteSelector"
    assert fragment["refinedBy"]["exact"] == "cost-effective"


@pytest.mark.parametrize(("author_type", "agent"), [("person", "Person"), ("organization", "Organization")])
def test_an_organization_s_note_in_another_language_meets_the_w3c_musts(author_type: str, agent: str) -> None:
    """`author.type` and `language` reach the item as the model's agent type and body language, and it stays valid."""
    from hooks.core.annotations import Annotation
    from hooks.core.w3c import RenderedPage, web_annotation

    note = Annotation(
        id="nota",
        path="annotations/notes/nota.md",
        page="o.md",
        paragraph="p3",
        quote="remesas sociales",
        motivation="commenting",
        tags=("remittances",),
        author="Equipo editorial",
        author_url=None,
        created="2026-11-22",
        body="",
        author_type=author_type,
        language="es-419",
    )
    page = RenderedPage("https://example.org/o/", {"p3": "Las llamadas remesas sociales circulan."})
    item, problems = web_annotation(note, page, "<p>Una nota.</p>", "https://example.org/")
    assert problems == [] and item is not None
    assert item["creator"] == {"type": agent, "name": "Equipo editorial"}
    assert item["body"][0]["language"] == "es-419"
    musts = assertions("annotations/annotationMusts.test")
    assert failures(item, musts + OPTIONAL_FEATURES + TAGGED_FEATURES, w3c_registry()) == []


def test_the_export_carries_the_references_the_page_shows(site: Path, export: dict) -> None:
    item = next(i for i in export["first"]["items"] if i["id"].endswith("#transfer-of-ideas"))
    text = next(body for body in item["body"] if body["type"] == "TextualBody")
    shown = parse(site / "migration-and-transnationalism/opportunities/index.html").find(id="transfer-of-ideas")
    listed = shown.find("ul", class_="annotation__references")
    assert listed is not None and "Levitt, Peggy (1998). Social Remittances" in listed.get_text()
    assert str(listed) in text["value"]


def test_each_quote_selector_finds_its_words_exactly_once_in_its_paragraph(site: Path, export: dict) -> None:
    for item in export["first"]["items"]:
        url = item["target"]["source"].removeprefix("http://127.0.0.1:8000/")
        article = parse(site / url / "index.html").find("article")
        fragment = item["target"]["selector"]
        quote = fragment["refinedBy"]
        whole = quote.get("prefix", "") + quote["exact"] + quote.get("suffix", "")
        assert len(article.find_all(id=fragment["value"])) == 1, item["id"]
        paragraph = re.sub(r"\s+", " ", article.find(id=fragment["value"]).get_text())
        assert paragraph.count(whole) == 1 and paragraph.count(quote["exact"]) == 1, item["id"]
        marked = "".join(
            m.get_text() for m in article.find_all("mark", attrs={"data-annotation": item["id"].split("#")[1]})
        )
        assert re.sub(r"\s+", " ", marked) == quote["exact"], item["id"]


def test_real_annotations_render_beside_their_paragraphs(site: Path) -> None:
    article = parse(site / OPPORTUNITIES).find("article")
    p1 = article.find(id="p1")
    marks = p1.find_all("mark", attrs={"data-annotation": "restored-hyphen-cost-effective"})
    assert "".join(m.get_text() for m in marks) == "cost-effective"
    assert p1.find("a", class_="annotation-ref")["href"] == "#restored-hyphen-cost-effective"
    block = p1.find_next_sibling()
    assert block.name == "details" and block["id"] == "restored-hyphen-cost-effective" and block.has_attr("open")
    assert "Editorial note" in block.summary.get_text() and "20\u00a0November\u00a02026" in block.summary.get_text()
    blocks = [el["id"] for el in article.find(id="p3").find_next_siblings() if el.name == "details"][:2]
    assert blocks == ["transfer-of-ideas", "missing-note-4"], "in the order of their highlights in ¶ 3"
    heads = [article.find(id=note).select_one("p.annotation__quote").get_text() for note in blocks]
    assert heads == ["On “the transfer of ideas”", "On “so-called ‘social remittances.’”"]


def test_every_highlight_carries_its_annotation_s_motivation_without_javascript(site: Path) -> None:
    """annotations.css colours a highlight by it: written by the build, it is there from the first paint."""
    marks = 0
    for path in sorted(site.rglob("index.html")):
        for mark in parse(path).select("article mark.annotation-quote"):
            marks += 1
            block = mark.find_parent("article").find("details", id=mark["data-annotation"])
            assert block is not None and mark.get("data-motivation") == block["data-motivation"], (path, mark)
    assert marks >= 14, "every real annotation's quote is highlighted"


def test_index_page_lists_every_annotation_with_a_link_to_its_paragraph(site: Path) -> None:
    soup = parse(site / "annotations/index.html")
    entries = soup.select(".annotation-entry")
    annotations, _ = load_annotations(ROOT, None, dt.date.today())
    assert len(entries) == len(annotations)
    hyphen = next(e for e in entries if "cost-effective" in e.get_text())
    assert hyphen["data-motivation"] == "editing"
    hrefs = [a["href"] for a in hyphen.find_all("a")]
    assert "../migration-and-transnationalism/opportunities/#p1" in hrefs
    assert "../migration-and-transnationalism/opportunities/#restored-hyphen-cost-effective" in hrefs
    assert [h.get_text(strip=True) for h in soup.select("article h2")][:1] == ["Migration and Transnationalism¶"]
    # the place a group gone is offered where its source's group is gone too (`index_group_places`)
    assert soup.select_one("article h1")["id"] == INDEX_HEADING_ID == "annotations"
    assert soup.select_one(".annotation-filter") is not None
    note = next(e for e in entries if "social remittances" in e.get_text())
    assert ": “so-called ‘social remittances.’”" in note.get_text(), "a quotation inside a quotation takes single marks"


def test_annotations_are_searched_on_their_pages_not_on_the_index(site: Path) -> None:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [doc["location"] for doc in index["docs"] if doc["location"].startswith("annotations/")]
    page = "migration-and-transnationalism/opportunities/"
    text = " ".join(doc["text"] for doc in index["docs"] if doc["location"].startswith(page))
    assert "Editorial note" in text, "an annotation's block is indexed with the page it annotates"
    assert "Permalink" not in text, "the permalink's label is not indexed (data-search-exclude)"
    footers = parse(site / page / "index.html").select("details.annotation .annotation__footer")
    areas = {tag.get_text() for footer in footers for tag in footer.select(".annotation__tag")}
    assert "Remittances and economic exchange" in areas, "the fixture: an annotation of the page has areas"
    assert not [area for area in areas if area in text], "a result reads the annotation's words, not its areas' names"


def test_the_contributing_form_opens_the_repository_s_new_file_form_on_its_branch(site: Path) -> None:
    """The form's GitHub address is written in the page; it must follow `repo_url` and `edit_uri`."""
    config = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    branch = config["edit_uri"].removeprefix("edit/").split("/")[0]
    form = parse(site / "about" / "contributing" / "index.html").select_one("div.annotate-form[hidden]")
    assert form is not None, "the form's placeholder (hidden until annotate.js fills it in)"
    expected = f"{config['repo_url']}/new/{branch}"
    assert form["data-new-file"] == expected, f'set data-new-file="{expected}" in docs/about/contributing.md'
