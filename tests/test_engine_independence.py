"""The per-page features run in a plain Python-Markdown pipeline, as Zensical would run them.

Zensical (Material's successor) runs Python-Markdown extensions listed by dotted path but no
MkDocs hooks; each extension must therefore work from its own configuration alone.
"""

from __future__ import annotations

import shutil

import markdown
from bs4 import BeautifulSoup
from engine_helpers import ANNEX, OPPORTUNITIES, ROOT


def render(extensions: list[str], configs: dict[str, dict[str, object]] | None = None, page: str = OPPORTUNITIES):
    text = (ROOT / "docs" / page).read_text(encoding="utf-8").split("---\n", 2)[2]
    html = markdown.markdown(
        text, extensions=["attr_list", "footnotes", "md_in_html", *extensions], extension_configs=configs or {}
    )
    return BeautifulSoup(html, "lxml")


def test_source_footnotes_by_dotted_path() -> None:
    assert render(["hooks.mdx.source_footnotes"]).select_one("a.footnote-ref").get_text() == "4"


GLOSSARY = {"hooks.mdx.glossary": {"root": str(ROOT), "docs_dir": "docs"}}


def test_glossary_by_dotted_path_links_terms_with_tooltips_relative_to_the_page() -> None:
    """No hook names the page: its text does, so a link from a page in a folder climbs out of it."""
    link = render(["hooks.mdx.glossary"], GLOSSARY).select_one("a.glossary-term")
    assert link["href"] == "../glossary.md#transnationalism" and link["title"]


def test_glossary_by_dotted_path_shows_the_definition_the_pages_source_gives() -> None:
    """The choice of definition is the extension's, not an adapter's: a page known by its text gets it too."""
    soup = render(["hooks.mdx.glossary"], GLOSSARY, page="migration-and-transnationalism/introduction.md")
    title = soup.select_one("#p2 a.glossary-term")["title"]
    assert title.startswith("What is transnationalism?") and title.endswith("(one of 4 definitions: see the glossary)")


def test_glossary_by_dotted_path_leaves_a_pages_definitions_unlinked_and_says_what_they_define() -> None:
    soup = render(["hooks.mdx.glossary"], GLOSSARY, page=ANNEX)
    defines = soup.select_one("#p1 + .glossary-defines")
    assert defines is not None and "transnationalism" in [a["href"].split("#")[1] for a in defines.select("a")]
    assert not soup.select("#p1 a.glossary-term")


def test_a_text_that_is_no_page_of_the_docs_links_terms_from_the_docs_root() -> None:
    html = markdown.markdown("Transnationalism matters.", extensions=["hooks.mdx.glossary"], extension_configs=GLOSSARY)
    assert BeautifulSoup(html, "lxml").select_one("a.glossary-term")["href"] == "glossary.md#transnationalism"


def test_annotations_by_dotted_path_know_their_page_by_its_text() -> None:
    soup = render(["hooks.mdx.annotations"], {"hooks.mdx.annotations": {"root": str(ROOT)}})
    assert soup.select_one("#p3 mark").get_text() == "the transfer of ideas"
    assert soup.select_one("details#transfer-of-ideas")
    elsewhere = render(["hooks.mdx.annotations"], {"hooks.mdx.annotations": {"root": str(ROOT)}}, page=ANNEX)
    assert not elsewhere.select("mark, details.annotation")


def test_annotations_by_dotted_path_take_the_page_they_are_told() -> None:
    config = {"hooks.mdx.annotations": {"root": str(ROOT), "page": OPPORTUNITIES}}
    soup = render(["hooks.mdx.annotations"], config)
    assert soup.select_one("#p3 mark").get_text() == "the transfer of ideas"


def test_permalinks_by_dotted_path() -> None:
    soup = render(["hooks.mdx.permalinks"])
    assert [a["href"] for a in soup.select("a.paragraph-link")] == [f"#p{n}" for n in range(1, 6)]


def test_policy_tags_by_dotted_path_leave_tagged_paragraphs_alone() -> None:
    soup = render(["hooks.mdx.policy_tags"], page="migration-and-transnationalism/policy-considerations.md")
    assert soup.select_one("#p1")["data-policy-areas"]


def test_a_page_edited_while_the_engine_runs_is_still_known_by_its_text(tmp_path) -> None:
    """A server converts a page after its edit: the index of texts is read again, not kept stale."""
    root = tmp_path / "project"
    for name in ("docs", "annotations"):
        shutil.copytree(ROOT / name, root / name)
    config = {"hooks.mdx.annotations": {"root": str(root), "docs_dir": "docs"}}
    page = root / "docs" / OPPORTUNITIES

    def highlights() -> int:
        text = page.read_text(encoding="utf-8").split("---\n", 2)[2]
        html = markdown.markdown(
            text, extensions=["attr_list", "footnotes", "md_in_html", "hooks.mdx.annotations"], extension_configs=config
        )
        return len(BeautifulSoup(html, "lxml").select("mark"))

    before = highlights()
    page.write_text(
        page.read_text(encoding="utf-8").replace("\n{ #p1 ", " An added sentence.\n{ #p1 ", 1), encoding="utf-8"
    )
    assert before > 0 and highlights() == before
