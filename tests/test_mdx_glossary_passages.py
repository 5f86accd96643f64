"""The glossary's read-ahead (`hooks/mdx/passages.py`): the definitions' pages read before any page renders.

Only the paragraphs asked for keep their words; only the site's pages are read; each with its own options.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import markdown
import pytest
from conftest import ROOT
from glossary_helpers import guide_example_term, project

from hooks.cli.site_files import published_pages
from hooks.core.glossary import GLOSSARY_FILE, Definition, Glossary, GlossaryTerm, load_glossary
from hooks.core.paragraph_words import words_of
from hooks.core.relative_tags import RelativeTag, placed
from hooks.mdx import passages
from hooks.mdx.glossary import read_glossary
from hooks.mdx.passages import read_passages, resolve_glossary


def test_passages_outside_the_docs_folder_are_never_read(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "src").mkdir(parents=True)
    (tmp_path / "secret.md").write_text("Outside.\n{ #p1 }\n")
    (docs / "src/page.md").write_text("Inside.\n{ #p1 }\n")
    pages = {
        "../secret.md": {"p1"},
        str(tmp_path / "secret.md"): {"p1"},
        "src/../../secret.md": {"p1"},
        "src/page.md": {"p1"},
    }
    assert list(read_passages(docs, pages, ["attr_list"])) == ["src/page.md"]


def test_passages_are_read_without_footnote_numbers(tmp_path: Path) -> None:
    (tmp_path / "page.md").write_text("---\ntitle: T\n---\n\nSo-called “x.”[^4] Next.\n{ #p1 }\n\n[^4]: Note.\n")
    inventory = read_passages(tmp_path, {"page.md": {"p1"}, "missing.md": {"p1"}}, ["attr_list", "footnotes"])
    assert list(inventory) == ["page.md"]
    assert inventory["page.md"].paragraph("p1").text == "So-called “x.” Next."


def test_passages_read_only_the_words_asked_for_and_keep_every_id(tmp_path: Path) -> None:
    (tmp_path / "page.md").write_text(
        '# Title { #title }\n\nOne *a*.\n{ #p1 }\n\nTwo *b*.\n{: id="p2" .x }\n\n> Three.\n> { #p3 }\n\n'
        'Four.\n{ #p4 data-x="p1" }\n\nUnnumbered.\n\nFive.\n{ #p5 }\n'
    )
    inventory = read_passages(tmp_path, {"page.md": {"p2", "p3"}}, ["attr_list", "toc"])["page.md"]
    assert [(p.id, p.text) for p in inventory.paragraphs] == [
        ("p1", ""),
        ("p2", "Two b."),
        ("p3", "Three."),
        ("p4", ""),
        ("p5", ""),
    ]
    assert inventory.ids == ("title", "p1", "p2", "p3", "p4", "p5")
    assert inventory.paragraph("p2") is not None and inventory.id_range() == "p1–p5"


def test_passages_in_a_block_quote_are_read_as_quoted(tmp_path: Path) -> None:
    (tmp_path / "page.md").write_text(
        'One.\n{ #p1 }\n\n> Two.\n> { #p2 }\n\n<blockquote class="definition" markdown>\n\nThree.\n{ #p3 }\n\n'
        "</blockquote>\n\n> - Four.\n>\n> Five.\n> { #p5 }\n"
    )
    inventory = read_passages(tmp_path, {"page.md": {"p1", "p2", "p3", "p5"}}, ["attr_list", "md_in_html"])["page.md"]
    assert [(p.id, p.quoted) for p in inventory.paragraphs] == [("p1", False), ("p2", True), ("p3", True), ("p5", True)]


def test_passages_of_the_real_definitions_are_the_words_a_full_conversion_reads() -> None:
    from conftest import ROOT

    from hooks.cli.config_values import configured_extensions
    from hooks.core.glossary import load_glossary

    glossary, _ = load_glossary(ROOT)
    names, configs = configured_extensions(ROOT)
    extensions = [name for name in names if isinstance(name, str)]
    options = partial(placed, configs, str(ROOT), str(ROOT / "docs"))  # each page's, as MkDocs hands them
    wanted = read_passages(ROOT / "docs", glossary.pages(), extensions, options)
    every = {page: {f"p{n}" for n in range(1, 200)} for page in glossary.pages()}
    full = read_passages(ROOT / "docs", every, extensions, options)
    for page, paragraphs in glossary.pages().items():
        assert wanted[page].ids == full[page].ids
        for pid in paragraphs:
            assert wanted[page].paragraph(pid) is not None
            assert wanted[page].paragraph(pid) == full[page].paragraph(pid)


def test_the_guides_example_term_can_be_added_as_it_is(tmp_path: Path) -> None:
    """Copied verbatim beside the real terms, the example of Adding a glossary term loads and resolves (it was 'diaspora')."""
    example = guide_example_term()
    glossary, problems = load_glossary(project(tmp_path, (ROOT / GLOSSARY_FILE).read_text(encoding="utf-8") + example))
    assert problems == []
    assert glossary.terms[-1].id not in {term.id for term in load_glossary(ROOT)[0].terms}
    assert resolve_glossary(glossary, ROOT / "docs", published_pages(ROOT), ["attr_list", "md_in_html"])[1] == []


def test_a_page_whose_split_paragraph_two_definitions_quote_is_read_again_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each definition past the paragraph's end read the whole page again: once is enough, and only on that error."""
    text = "Diaspora is one. Two follows."
    (tmp_path / "s").mkdir()
    (tmp_path / "s/a.md").write_text(f"{text}\n{{ #p1 }}\n\nDiaspora is three. Four ends it.\n{{ #p2 }}\n")
    recorded = {"/s/a/": {"p1": words_of(f"{text} Diaspora is three. Four ends it.")}}
    definitions = (Definition("s/a.md", "p1", "A.", (1, 3)),)
    glossary = Glossary(
        (GlossaryTerm("d", "diaspora", (), definitions), GlossaryTerm("e", "diaspora", (), definitions))
    )
    reads = []

    def counted(docs_dir: Path, pages: object, *args: object) -> object:
        reads.append(pages)
        return read_passages(docs_dir, pages, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(passages, "read_passages", counted)
    _, problems = resolve_glossary(glossary, tmp_path, ["s/a.md"], ["attr_list"], recorded=lambda: recorded)
    assert [problem.hint.split(", numbering")[0] for problem in problems] == [
        "point the definition at the paragraph that holds sentence 3 now, likely s/a.md#p2"
    ] * 2
    assert reads == [{"s/a.md": {"p1"}}, {"s/a.md": ["p1", "p2"]}]  # the definitions' paragraph, then the page once


LEFT_OUT = (
    "annotations/glossary.yml: diaspora.definitions[0].anchor: no page 'drafts/notes.md' (the site leaves the page"
    " out, as mkdocs.yml's exclude_docs or draft_docs do: point at a page it publishes)"
)


def draft_definition(docs: Path) -> Glossary:
    """A definition of 'diaspora' on drafts/notes.md, beside a published s/a.md."""
    for page in ("drafts/notes.md", "s/a.md"):
        (docs / page).parent.mkdir(parents=True, exist_ok=True)
        (docs / page).write_text("Diaspora is a word.\n{ #p1 }\n", encoding="utf-8")
    return Glossary((GlossaryTerm("diaspora", "diaspora", (), (Definition("drafts/notes.md", "p1", "A."),)),))


def test_a_definition_on_a_page_the_site_leaves_out_is_not_read(tmp_path: Path) -> None:
    """Read all the same, it showed on /glossary/ with a link to no page, and counted among the term's definitions."""
    resolved, problems = resolve_glossary(draft_definition(tmp_path), tmp_path, ["s/a.md"], ["attr_list"])
    assert [str(problem) for problem in problems] == [LEFT_OUT]
    assert resolved.terms[0].definitions == ()


DRAFT = (
    "annotations/glossary.yml: diaspora.definitions[0].anchor: 'drafts/notes.md' is a draft, which 'mkdocs serve'"
    " shows and the built site leaves out (point at a page the site publishes, or publish the page: take it out of"
    " mkdocs.yml's draft_docs)"
)


def test_a_definition_on_a_draft_is_read_where_drafts_render_and_named_a_draft_where_they_do_not(
    tmp_path: Path,
) -> None:
    """Under `mkdocs serve` the draft is a page of the site; a build leaves it out and says it is a draft."""
    glossary = draft_definition(tmp_path)
    served, problems = resolve_glossary(glossary, tmp_path, ["s/a.md", "drafts/notes.md"], ["attr_list"])
    assert problems == [] and [d.text for d in served.terms[0].definitions] == ["Diaspora is a word."]
    built, problems = resolve_glossary(glossary, tmp_path, ["s/a.md"], ["attr_list"], drafts=["drafts/notes.md"])
    assert [str(problem) for problem in problems] == [DRAFT]
    assert built.terms[0].definitions == ()


def test_a_left_out_page_s_hint_offers_the_closest_page_the_site_keeps(tmp_path: Path) -> None:
    """A draft beside its published page: the published one is the fix, as for any page the site lacks."""
    glossary = draft_definition(tmp_path)
    _, problems = resolve_glossary(glossary, tmp_path, ["s/a.md", "drafts/note.md"], ["attr_list"])
    assert [problem.hint for problem in problems] == ["did you mean 'drafts/note.md'?"]


@pytest.mark.parametrize(("option", "line"), [("exclude_docs", LEFT_OUT), ("draft_docs", DRAFT)])
def test_the_extension_without_mkdocs_reads_no_definition_on_a_page_mkdocs_yml_leaves_out(
    tmp_path: Path, option: str, line: str
) -> None:
    """Under Zensical the glossary linked the draft's definition too: its line is make check's (a draft named one)."""
    text = "- id: diaspora\n  term: diaspora\n  definitions:\n    - anchor: drafts/notes.md#p1\n      attribution: A.\n"
    root = project(tmp_path, text)
    draft_definition(root / "docs")
    (root / "mkdocs.yml").write_text(f"site_name: Test\n{option}: |\n  drafts/\n", encoding="utf-8")
    resolved, problems = read_glossary(root, root / "docs")
    assert [str(problem) for problem in problems] == [line]
    assert resolved.terms[0].definitions == ()


def test_each_page_is_read_with_its_own_relative_options(tmp_path: Path) -> None:
    """`base_path: !relative` names each page's folder, as MkDocs renders it: one instance read both from docs/."""
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "part.txt").write_text(f"Words of {folder}.\n{{ #p1 }}\n", encoding="utf-8")
        (tmp_path / folder / "page.md").write_text('--8<-- "part.txt"\n', encoding="utf-8")
    configs = {"pymdownx.snippets": {"base_path": RelativeTag("")}}
    options = partial(placed, configs, str(tmp_path), str(tmp_path))
    pages = {"a/page.md": {"p1"}, "b/page.md": {"p1"}}
    found = read_passages(tmp_path, pages, ["attr_list", "pymdownx.snippets"], options)
    assert {page: found[page].texts() for page in pages} == {
        "a/page.md": {"p1": "Words of a."},
        "b/page.md": {"p1": "Words of b."},
    }


def read_counting_instances(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, configs: dict
) -> tuple[dict[str, dict[str, str]], int]:
    """Four pages in folders a, b, a, b, read ahead with `configs`: their words, and the Markdown instances built."""
    built = []

    class Counted(markdown.Markdown):
        def __init__(self, **kwargs: object) -> None:
            built.append(kwargs)
            super().__init__(**kwargs)

    pages = {}
    for folder, name in (("a", "one"), ("b", "one"), ("a", "two"), ("b", "two")):
        (tmp_path / folder).mkdir(exist_ok=True)
        (tmp_path / folder / "part.txt").write_text(f"Words of {folder}.\n{{ #p1 }}\n", encoding="utf-8")
        (tmp_path / folder / f"{name}.md").write_text('--8<-- "part.txt"\n', encoding="utf-8")
        pages[f"{folder}/{name}.md"] = {"p1"}
    monkeypatch.setattr(passages.markdown, "Markdown", Counted)
    options = partial(placed, configs, str(tmp_path), str(tmp_path))
    found = read_passages(tmp_path, pages, ["attr_list", "pymdownx.snippets"], options)
    return {page: found[page].texts() for page in pages}, len(built)


def test_pages_of_alternating_folders_share_one_instance_a_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With `base_path: !relative`, folders a, b, a, b built a Markdown for each page: one a folder is enough."""
    texts, instances = read_counting_instances(
        tmp_path, monkeypatch, {"pymdownx.snippets": {"base_path": RelativeTag("")}}
    )
    assert texts == {
        "a/one.md": {"p1": "Words of a."},
        "b/one.md": {"p1": "Words of b."},
        "a/two.md": {"p1": "Words of a."},
        "b/two.md": {"p1": "Words of b."},
    }
    assert instances == 2


def test_pages_read_with_one_set_of_options_share_one_instance(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The usual case: no `!relative` alone, every page's options equal, whatever its folder."""
    base = RelativeTag("$docs_dir/a")  # a folder that needs no page
    texts, instances = read_counting_instances(tmp_path, monkeypatch, {"pymdownx.snippets": {"base_path": base}})
    assert set(map(str, texts.values())) == {str({"p1": "Words of a."})}
    assert instances == 1
