"""End-to-end: what a screen reader is given on the generated pages, read from the built HTML.

The annotations filter's two selects had no shared name: a reader tabbing into "Motivation" did not hear
that it filters the list. The glossary's links named their page `Migration and Transnationalism › Annex`,
and screen readers read the `›` each their own way ("single right-pointing angle quotation mark" in some):
it stays shown, hidden from them, and a comma nobody sees makes the pause.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import Tag
from conftest import parse

MT = "Migration and Transnationalism"
GROUP_NAME = "Filter the annotations"  # the filter's legend
GENERATED = ["glossary", "annotations", "policy-areas", "policy-areas/remittances"]


def spoken_name(link: Tag) -> str:
    """A link's name as the browser computes it from the markup: its `aria-label`, else its text but for what is
    `aria-hidden` (a visually hidden word is read)."""
    if label := link.get("aria-label"):
        return " ".join(str(label).split())
    words = [
        str(text)
        for text in link.find_all(string=True)
        if not any(parent.get("aria-hidden") == "true" for parent in text.parents if isinstance(parent, Tag))
    ]
    return " ".join("".join(words).split())


def shown_text(link: Tag) -> str:
    """A link's text as shown: the visually hidden words left out."""
    words = [str(text) for text in link.find_all(string=True) if not text.find_parent(class_="visually-hidden")]
    return " ".join("".join(words).replace("\u00a0", " ").split())


def test_the_annotation_filter_s_selects_are_one_named_group(site: Path) -> None:
    """A fieldset named by its legend, holding both selects (and the count and "Show all" it speaks of)."""
    article = parse(site / "annotations" / "index.html").find("article")
    [group] = article.select(".annotation-filter")
    assert group.name == "fieldset" and group.get("hidden") == "hidden"  # annotations.js still shows it
    legend = group.find(True)
    assert legend.name == "legend" and legend.get_text() == GROUP_NAME
    assert "visually-hidden" in legend["class"], "the fields' own labels are what a sighted reader needs"
    assert [select["name"] for select in group.select("select")] == ["motivation", "area"]
    assert group.select(".annotation-filter__status, .annotation-filter__reset")


@pytest.mark.parametrize("path", GENERATED)
def test_no_generated_link_is_named_with_the_angle_mark(site: Path, path: str) -> None:
    article = parse(site / path / "index.html").find("article")
    said = [spoken_name(link) for link in article.find_all("a") if "›" in spoken_name(link)]
    assert said == []


@pytest.mark.parametrize(
    ("href", "name", "shown"),
    [
        # A definition's passage, its ¶ read "paragraph" as before.
        (r"/annex/#p5$", f"{MT}, Annex, paragraph 5", f"{MT} › Annex, ¶ 5"),
        # A Used in list's page, and its paragraphs (named by an aria-label).
        (r"/introduction/$", f"{MT}, Introduction", f"{MT} › Introduction"),
        (r"/introduction/#p2$", f"Paragraph 2 of {MT}, Introduction", "¶ 2"),
    ],
    ids=["definition", "used-in-page", "used-in-paragraph"],
)
def test_a_glossary_link_names_its_page_with_a_pause_and_shows_the_mark(
    site: Path, href: str, name: str, shown: str
) -> None:
    article = parse(site / "glossary" / "index.html").find("article")
    links = [link for link in article.find_all("a", href=re.compile(href)) if shown_text(link) == shown]
    assert links, f"no link to {href} shown as {shown!r}"
    assert {spoken_name(link) for link in links} == {name}
    # The comma kept in its word's line: positioned, Chromium named the link "Transnationalism , Annex".
    commas = [hidden for link in links for hidden in link.select(".visually-hidden") if hidden.get_text() == ","]
    assert all("visually-hidden--inline" in comma["class"] for comma in commas), "a box of its own (edition.css)"
