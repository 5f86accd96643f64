"""Every sentence of both sources appears on the site, in order, with only the recorded edits."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT, parse
from edition_pages import built_path, source_pages

SOURCES = ROOT / "sources"
RE_SENTENCE_END = re.compile(r"(?<=[.?!;:”])\s+")
# The recorded editorial interventions, as (source form, edition form).
RESTORED = [("costeffective", "cost-effective")]
QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
CHAPTER_JUNK = (
    "Cookies on this website",
    "We use cookies",
    "More information Download",
    "Publication Date",
    "Total pages",
)


def normalise(text: str) -> str:
    """Whitespace and typographic quotes are not differences."""
    return re.sub(r"\s+", " ", text.translate(QUOTES)).strip()


def sentences(text: str) -> list[str]:
    """Split normalised text into sentences (and headings, which stand alone on their lines)."""
    return [s for s in RE_SENTENCE_END.split(normalise(text)) if s]


def paper_sentences() -> list[str]:
    """The paper's sentences, with the restored hyphen applied."""
    text = (SOURCES / "000_99d1d47df4730aa8.txt").read_text(encoding="utf-8")
    for source_form, edition_form in RESTORED:
        text = text.replace(source_form, edition_form)
    return sentences(text)


def chapter_sentences() -> list[str]:
    """The chapter page's sentences without the cookie banner and page furniture."""
    lines = (SOURCES / "001_273e8a84fef8a228.txt").read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if line.strip() and not line.startswith(CHAPTER_JUNK)]
    return [sentence for line in kept for sentence in sentences(line)]


def rendered_text(site: Path, source: str) -> str:
    """The article text of a source's pages in reading order, without editorial furniture."""
    parts = []
    for page in source_pages(source):
        article = parse(built_path(site, page)).find("article")
        for furniture in article.select(
            ".headerlink, .footnote, .admonition, details.annotation, .paragraph-link, .edition-cite-page"
        ):
            furniture.decompose()
        for ref in article.select("sup"):
            ref.unwrap()
        parts.append(" ".join(block.get_text("") for block in article.find_all(["h1", "h2", "p", "dt", "dd", "li"])))
    return normalise(" ".join(parts))


def assert_in_order(expected: list[str], text: str) -> None:
    """Find each sentence after the previous one; report the first that is missing or moved."""
    position = 0
    for sentence in expected:
        found = text.find(sentence, position)
        if found < 0:
            elsewhere = "appears earlier (out of order)" if sentence in text else "is missing"
            pytest.fail(f"sentence {elsewhere}: {sentence!r}\nafter: {text[max(0, position - 80) : position]!r}")
        position = found + len(sentence)


def test_every_sentence_of_the_paper_is_on_the_site_in_order(site: Path) -> None:
    expected = paper_sentences()
    assert len(expected) > 100
    assert_in_order(expected, rendered_text(site, "migration-and-transnationalism"))


def test_every_sentence_of_the_chapter_page_is_on_the_site_in_order(site: Path) -> None:
    expected = chapter_sentences()
    assert expected[0].startswith("This paper draws on the oral presentations")
    assert_in_order(expected, rendered_text(site, "origin-governments-and-migrant-associations"))


def test_junk_is_not_reproduced(site: Path) -> None:
    text = rendered_text(site, "origin-governments-and-migrant-associations")
    assert "We use cookies" not in text
