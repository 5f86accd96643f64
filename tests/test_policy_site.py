"""End-to-end: the policy-area pages of the real site, checked against the tags in the sources.

The expected tags are read here independently of the hooks: page tags from the front matter
(python-frontmatter), paragraph tags from the Markdown text, annotation tags from the notes.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import frontmatter
import pytest
import yaml
from conftest import parse
from edition_pages import DOCS, ROOT, built_path

from hooks.core.text import nest_quotes

AREAS = yaml.safe_load((ROOT / "annotations" / "policy-areas.yml").read_text(encoding="utf-8"))
AREA_IDS = [area["id"] for area in AREAS]
RE_PARAGRAPH_TAGS = re.compile(r'^\{ #(p[0-9]+)\b[^}]*\bdata-policy-areas="([^"]*)"[^}]*\}$', re.MULTILINE)


def page_url(source: Path) -> str:
    """The site-relative URL of a docs page."""
    relative = source.relative_to(DOCS).with_suffix("").as_posix()
    return relative.removesuffix("index") if relative.endswith("index") else f"{relative}/"


def tagged_pages() -> dict[str, list[str]]:
    """Docs page URL → its front-matter tags, for every page with tags."""
    tags = {}
    for path in sorted(DOCS.rglob("*.md")):
        page_tags = frontmatter.load(path).get("tags")
        if page_tags:
            tags[page_url(path)] = page_tags
    return tags


def tagged_paragraphs() -> dict[str, list[str]]:
    """`url#pN` → the paragraph's tags, read from the attr_list lines of the source pages' Markdown."""
    tags = {}
    for path in sorted(DOCS.rglob("*.md")):
        if "source" not in frontmatter.load(path):
            continue  # the guide shows tags in code examples
        for pid, value in RE_PARAGRAPH_TAGS.findall(path.read_text(encoding="utf-8")):
            tags[f"{page_url(path)}#{pid}"] = value.split()
    return tags


def tagged_annotations() -> dict[str, list[str]]:
    """Annotation id → its tags."""
    notes = sorted((ROOT / "annotations" / "notes").glob("*.md"))
    return {note.stem: frontmatter.load(note).get("tags") or [] for note in notes}


def expected_counts(area_id: str) -> dict[str, int]:
    """How many pages, paragraphs and annotations the sources tag with an area."""
    return {
        name: sum(area_id in tags for tags in found.values())
        for name, found in (
            ("pages", tagged_pages()),
            ("paragraphs", tagged_paragraphs()),
            ("annotations", tagged_annotations()),
        )
    }


def area_article(site: Path, area_id: str):
    return parse(site / "policy-areas" / area_id / "index.html").find("article")


def resolve(site: Path, base_url: str, href: str) -> tuple[str, str]:
    """A relative link on the page at `base_url` → (site-relative URL, fragment)."""
    path, _, fragment = href.partition("#")
    parts = (base_url + path).split("/")
    resolved: list[str] = []
    for part in parts:
        if part == "..":
            resolved.pop()
        elif part not in ("", "."):
            resolved.append(part)
    return "/".join(resolved) + "/" if resolved else "", fragment


def built_ids(site: Path, url: str) -> set[str]:
    return {element["id"] for element in parse(site / url / "index.html").find_all(id=True)}


def section_links(article, section_id: str) -> list:
    """The links in the list items between the section's `h2` and the next `h2`."""
    links = []
    for element in article.find(id=section_id).find_next_siblings():
        if element.name == "h2":
            break
        links += [li.find("a") for li in element.find_all("li")] if element.name == "ul" else []
    return links


def test_the_sources_use_every_area_and_only_known_ones() -> None:
    used = [tag for found in (tagged_pages(), tagged_paragraphs()) for tags in found.values() for tag in tags]
    assert set(used) == set(AREA_IDS)


def test_every_paragraph_of_policy_considerations_is_tagged() -> None:
    text = (DOCS / "migration-and-transnationalism" / "policy-considerations.md").read_text(encoding="utf-8")
    ids = re.findall(r"^\{ #(p[0-9]+)\b", text, re.MULTILINE)
    tagged = [key.split("#")[1] for key in tagged_paragraphs() if "policy-considerations" in key]
    assert ids and tagged == ids


def test_overview_lists_every_area_with_description_and_counts(site: Path) -> None:
    article = parse(site / "policy-areas" / "index.html").find("article")
    assert article.find("h1")["id"] == "policy-areas"
    assert [h2["id"] for h2 in article.find_all("h2")] == AREA_IDS
    for area in AREAS:
        heading = article.find("h2", id=area["id"])
        assert heading.get_text().rstrip("¶") == area["title"]
        description, counts = heading.find_next_siblings("p", limit=2)
        assert description.get_text() == " ".join(area["description"].split())
        link = counts.find("a", class_="policy-area-counts")
        assert link["href"] == f"{area['id']}/"
        found = {name: int(link[f"data-{name}"]) for name in ("pages", "paragraphs", "annotations")}
        assert found == expected_counts(area["id"]), area["id"]


def test_the_overview_sends_readers_to_the_guide_and_editors_to_tagging(site: Path) -> None:
    """Its opening named one guide for how the areas are defined and applied, a readers' guide that no longer says it.

    What the areas are is the readers' guide's; how they are defined and applied, the editors' page's.
    """
    opening = parse(site / "policy-areas" / "index.html").select_one("article h1").find_next_sibling("p")
    links = {a.get_text(): resolve(site, "policy-areas/", a["href"]) for a in opening.find_all("a")}
    assert links == {
        "policy areas guide": ("about/policy-areas-guide/", ""),
        "Tagging with policy areas": ("about/tagging/", ""),
    }
    assert "what the areas are" in opening.get_text()
    assert "how editors define and apply them" in opening.get_text()
    for url, _ in links.values():
        assert (site / url / "index.html").is_file(), url


def test_the_annotations_filter_offers_the_areas_in_the_overview_s_order(site: Path) -> None:
    """The filter on /annotations/ sorted the areas by name, the overview lists them in the taxonomy's
    order: a reader going from one to the other found an area elsewhere. The build writes the options
    (test_browser_annotation_index checks them as the reader gets them), each area the list has once."""
    overview = [h2["id"] for h2 in parse(site / "policy-areas" / "index.html").select("article h2")]
    index = parse(site / "annotations" / "index.html")
    offered = [option["value"] for option in index.select("article .annotation-filter select[name=area] option")]
    used = {chip["data-area"] for chip in index.select("article .annotation-entry [data-area]")}
    assert overview == AREA_IDS
    assert offered[0] == "" and len(offered) > 5
    assert offered[1:] == [area for area in overview if area in used]


@pytest.mark.parametrize("area_id", AREA_IDS)
def test_area_page_lists_what_is_tagged_and_every_excerpt_links_to_an_existing_anchor(site: Path, area_id: str) -> None:
    article = area_article(site, area_id)
    base = f"policy-areas/{area_id}/"
    assert article.find("h1")["id"] == area_id
    assert [h2["id"] for h2 in article.find_all("h2")] == ["pages", "paragraphs", "annotations"]

    pages = [resolve(site, base, a["href"])[0] for a in section_links(article, "pages")]
    assert sorted(pages) == sorted(url for url, tags in tagged_pages().items() if area_id in tags)

    excerpts = section_links(article, "paragraphs")
    assert all("policy-area-excerpt" in a["class"] for a in excerpts)
    targets = [resolve(site, base, a["href"]) for a in excerpts]
    expected = sorted(key for key, tags in tagged_paragraphs().items() if area_id in tags)
    assert sorted(f"{url}#{fragment}" for url, fragment in targets) == expected
    for (url, fragment), link in zip(targets, excerpts, strict=True):
        target = parse(site / url / "index.html").find(id=fragment)
        assert target is not None, (url, fragment)
        for note_number in target.select("sup:has(> a.footnote-ref)"):
            note_number.decompose()  # an excerpt reads "remittances.” Migrants", not "remittances.”4 Migrants"
        for margin in target.select("a.paragraph-link"):
            margin.decompose()  # the margin's ¶ N, first in the paragraph: not its words
        excerpt = link.get_text().strip("“”").removesuffix("…")
        shown = nest_quotes(" ".join(target.get_text().split()))  # quoted: its own “…” are ‘…’ in the excerpt
        assert shown.startswith(excerpt), (url, fragment)

    notes = section_links(article, "annotations")
    assert len(notes) <= expected_counts(area_id)["annotations"]
    for link in notes:
        url, fragment = resolve(site, base, link["href"])
        assert fragment in built_ids(site, url)
    if expected_counts(area_id)["annotations"] == 0:
        assert article.find(id="annotations").find_next_sibling("p").get_text() == "No annotations yet."


@pytest.mark.parametrize("area_id", sorted({tag for tags in tagged_annotations().values() for tag in tags}))
def test_an_area_s_annotation_says_its_kind_author_and_date_as_its_block_does(site: Path, area_id: str) -> None:
    """Listed with its id in code (`transfer-of-ideas`), a note said nothing to a policy officer.

    The item reads as the annotation's own block does: its motivation's label as the block shows it, then
    who wrote it and when as `/annotations/` credits it, and its quote links to the annotation itself.
    """
    base = f"policy-areas/{area_id}/"
    links = section_links(area_article(site, area_id), "annotations")
    assert len(links) == expected_counts(area_id)["annotations"]
    for link in links:
        item = link.find_parent("li")
        assert item.find("code") is None, item
        url, note_id = resolve(site, base, link["href"])
        assert note_id in tagged_annotations(), link["href"]  # the annotation, not only its paragraph
        block = parse(site / url / "index.html").select_one(f"details.annotation#{note_id}")
        label = block.select_one(".annotation__motivation").get_text()
        author = block.select_one(".annotation__author").get_text()
        time = block.select_one("summary time")  # and "(revised …)" after it, where the note says so
        credit = f"{author}, {time.get_text()}{time.next_sibling or ''}"
        index_entry = parse(site / "annotations" / "index.html").find("a", href=re.compile(f"#{note_id}$"))
        assert credit in index_entry.find_parent("p").get_text()  # the words /annotations/ credits it with
        assert item.get_text().endswith(f"{link.get_text()}\u00a0— {label}\u00a0· {credit}"), item.get_text()
        # Out of the item (a links list), its name says it leads to an annotation, and where; its kind follows it.
        shown = re.fullmatch("(.+), ¶\u00a0([0-9]+): ", item.select_one('span[aria-hidden="true"]').get_text())
        assert link["aria-label"] == f"{shown[1]}, annotation on paragraph {shown[2]}: {link.get_text()}"


@pytest.mark.parametrize("url", sorted(tagged_pages()))
def test_tagged_pages_show_their_areas_as_links_under_the_title(site: Path, url: str) -> None:
    article = parse(site / url / "index.html").find("article")
    nav = article.find("h1").find_next_sibling()
    assert nav.name == "nav" and "policy-area-tags" in nav["class"]
    links = [resolve(site, url, a["href"])[0] for a in nav.find_all("a", class_="policy-area-tag")]
    assert links == [f"policy-areas/{tag}/" for tag in tagged_pages()[url]]
    titles = {area["id"]: area["title"] for area in AREAS}
    assert [a.get_text() for a in nav.find_all("a", class_="policy-area-tag")] == [
        titles[tag] for tag in tagged_pages()[url]
    ]


def test_search_results_begin_with_the_text_not_the_area_links(site: Path) -> None:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    docs = {doc["location"]: doc for doc in index["docs"]}
    titles = {area["id"]: area["title"] for area in AREAS}
    for url, tags in tagged_pages().items():
        page = docs[url]  # the page's first section: its title and the text before the first heading
        assert not page["text"].startswith("Policy areas"), url
        # Still found by its areas, and a result's chips name them as the area pages do, not by id.
        assert page["tags"] == [titles[tag] for tag in tags], url
    opportunities = docs["migration-and-transnationalism/opportunities/"]
    assert opportunities["text"].startswith("<p>Transformations, particularly")


def test_untagged_pages_show_no_area_links(site: Path) -> None:
    page = built_path(site, DOCS / "migration-and-transnationalism" / "index.md")
    assert parse(page).find("nav", class_="policy-area-tags") is None


def test_the_overview_is_in_the_navigation_and_leads_to_every_area_page(site: Path) -> None:
    nav = parse(site / "index.html").select_one("nav.md-nav--primary")
    hrefs = {a["href"] for a in nav.find_all("a", href=True)}
    assert "policy-areas/" in hrefs
    # The area pages stay out of the sidebar (it would list fifteen of them beside the texts) ...
    assert not hrefs & {f"policy-areas/{area_id}/" for area_id in AREA_IDS}
    # ... and are one click away: from the overview, and back to it from each of them.
    overview = parse(site / "policy-areas" / "index.html").select_one("article")
    assert {f"{area_id}/" for area_id in AREA_IDS} <= {a["href"] for a in overview.find_all("a", href=True)}
    for area_id in AREA_IDS:
        links = area_article(site, area_id).find_all("a", string="All policy areas")
        assert "../" in {a["href"] for a in links}


def test_area_pages_are_found_by_the_search_through_the_overview(site: Path) -> None:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    docs = {doc["location"]: doc for doc in index["docs"]}
    titles = {area["id"]: area["title"] for area in AREAS}
    # Every area's title and description are indexed on the overview, whose section links to the area page.
    for area_id in AREA_IDS:
        assert docs[f"policy-areas/#{area_id}"]["title"] == titles[area_id]
    # The area pages themselves (their lists repeat the source pages' passages) are not indexed.
    assert not [location for location in docs if location.startswith(tuple(f"policy-areas/{a}/" for a in AREA_IDS))]


def test_nothing_generated_is_committed() -> None:
    assert not (DOCS / "policy-areas").exists()


def test_a_line_never_ends_between_the_pilcrow_and_its_number(site: Path) -> None:
    """As in the margin and on the glossary: the area pages and /annotations/ join ¶ and N by a no-break space."""
    for page in ("policy-areas/remittances/index.html", "annotations/index.html"):
        pilcrows = re.findall(r"¶.", parse(site / page).select_one("article").get_text())
        assert pilcrows and set(pilcrows) == {"¶\u00a0"}, page
