"""`/glossary.json`: absolute URLs, encoded compactly, and a page the build lacks named by its file's address."""

from __future__ import annotations

import json

import pytest

from hooks.core.glossary import Definition, Glossary, GlossaryTerm
from hooks.core.glossary_export import export_address, glossary_json
from hooks.core.glossary_used_in import PageUse, collect_uses
from hooks.core.glossary_uses import PageTerms


def test_glossary_json_has_absolute_urls() -> None:
    definition = Definition("src/annex.md", "p5", "V.", text="Text.")
    glossary = Glossary((GlossaryTerm("diaspora", "diaspora", ("diasporas",), (definition,)),))
    uses = collect_uses([PageTerms("src/intro.md", {"diaspora": ("p2",)})], [])
    text = glossary_json(
        glossary, uses, lambda src: "https://x.org/" + src.removesuffix(".md") + "/", {"src/intro.md": "Intro"}
    )
    term = json.loads(text)["terms"][0]
    assert term["url"] == "https://x.org/glossary/#diaspora"
    assert term["definitions"][0]["url"] == "https://x.org/src/annex/#p5"
    assert term["uses"] == [
        {
            "page": "src/intro.md",
            "title": "Intro",
            "url": "https://x.org/src/intro/",
            "paragraphs": [{"id": "p2", "url": "https://x.org/src/intro/#p2"}],
        }
    ]


@pytest.mark.parametrize("count", [0, 1, 3])
def test_glossary_json_encoded_term_by_term_is_the_compact_encoding_of_the_whole(count: int) -> None:
    terms = tuple(GlossaryTerm(f"t{n}", f"émigré {n}", (f"“t{n}”",), see_also=("t0",)) for n in range(count))
    uses = {"t1": (PageUse("a.md", ("p1", "p2")), PageUse("b.md", ()))}
    text = glossary_json(Glossary(terms), uses, lambda src: "/" + src, {"a.md": 'Ä \\ "q"'})
    assert text == json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":")) + "\n"
    assert len(json.loads(text)["terms"]) == count


def test_the_glossary_export_names_a_page_the_build_lacks_by_its_files_address() -> None:
    assert export_address("https://example.org/ed/", "a/b.md", "a/b/") == "https://example.org/ed/a/b/"
    assert export_address("https://example.org/ed/", "a/b.md", None) == "https://example.org/ed/a/b.md"
    assert export_address(None, "a/b.md", None) == "/a/b.md"
