"""Write a generated corpus as the edition's files: pages, source indexes, glossary, annotations."""

from __future__ import annotations

import shutil
from pathlib import Path
from random import Random

import yaml

from bench.generate import ROOT, Corpus, Page, Paragraph, render_sentence, slugify
from bench.vocabulary import Term

DATA_FOLDER = "annotations"
GENERATED_DATA = ("glossary.yml", "notes")  # everything else in annotations/ (taxonomy, schemas) is copied


def dump_yaml(data: object) -> str:
    """YAML as a contributor would write it: keys in order, Unicode as is."""
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)


def render_paragraph(number: int, paragraph: Paragraph) -> str:
    """A paragraph with its id (and policy areas) on its last line, as DESIGN.md prescribes."""
    sentences = [
        render_sentence(tokens, {w for s, w in paragraph.emphasis if s == index})
        for index, tokens in enumerate(paragraph.sentences)
    ]
    text = " ".join(sentences) + (f"[^{paragraph.footnote}]" if paragraph.footnote else "")
    tags = f' data-policy-areas="{" ".join(paragraph.tags)}"' if paragraph.tags else ""
    return f"{text}\n{{ #p{number}{tags} }}\n"


def render_page(page: Page) -> str:
    """A section page: front matter, title, 20 numbered paragraphs with two headings, a footnote."""
    meta = {"title": page.title, "source": page.source, "order": page.order, "tags": page.tags}
    blocks = [f"---\n{dump_yaml(meta)}---\n", f"# {page.title} {{ #{slugify(page.title)} }}\n"]
    for index, paragraph in enumerate(page.paragraphs):
        if index in page.headings:
            text, hid = page.headings[index]
            blocks.append(f"## {text} {{ #{hid} }}\n")
        blocks.append(render_paragraph(index + 1, paragraph))
    blocks.append(f"[^{page.order}]: The note's text is synthetic, like the page. *(Editorial note.)*\n")
    return "\n".join(blocks)


def render_source_index(csl: dict, pages: list[Page]) -> str:
    """A source's landing page: bibliography in front matter, contents, the record marker."""
    meta = {"title": csl["title"], "source": csl["id"], "order": 0, "tags": [], "bibliography": csl}
    meta["unknown"] = ["a DOI or other persistent identifier"]
    contents = "\n".join(f"{page.order}. [{page.title}]({page.slug}.md)" for page in pages)
    return (
        f"---\n{dump_yaml(meta)}---\n\n# {csl['title']} {{ #{csl['id']} }}\n\n"
        '!!! info "About this text"\n\n    A synthetic source generated for the build benchmark.\n\n'
        f"## Contents {{ #contents }}\n\n{contents}\n\n"
        "## Bibliographic record { #bibliography }\n\n<!-- edition:bibliography -->\n"
    )


def glossary_entries(corpus: Corpus) -> list[dict]:
    """`annotations/glossary.yml`: definitions point at generated paragraphs, never copy them."""
    rng = Random(len(corpus.pages))
    ids = [term.id for term in corpus.terms]
    entries = []
    for term in corpus.terms:
        definitions = []
        for page, index in corpus.definitions[term.id]:
            csl = corpus.sources[page.source]
            attribution = f"{csl['author'][0]['family']} ({csl['issued']['date-parts'][0][0]})"
            definitions.append({"anchor": f"{page.path}#p{index + 1}", "attribution": attribution})
        see_also = sorted(set(rng.sample(ids, rng.randint(0, 2))) - {term.id})
        entries.append(glossary_entry(term, definitions, see_also))
    return entries


def glossary_entry(term: Term, definitions: list[dict], see_also: list[str]) -> dict:
    """One term as the glossary file lists it."""
    fields = {"id": term.id, "term": term.term, "aliases": list(term.aliases), "definitions": definitions}
    return {**fields, "see_also": see_also}


def render_note(note: dict) -> str:
    """An annotation file: YAML front matter, then the Markdown body."""
    meta = {key: value for key, value in note.items() if key != "body"}
    return f"---\n{dump_yaml(meta)}---\n\n{note['body']}\n"


def write_corpus(dest: Path, corpus: Corpus, root: Path = ROOT) -> list:
    """Write docs/ and annotations/ under `dest`; return the nav (Home, then one section per source)."""
    docs = dest / "docs"
    nav: list = [{"Home": "index.md"}]
    for source_id, csl in corpus.sources.items():
        pages = [page for page in corpus.pages if page.source == source_id]
        (docs / source_id).mkdir(parents=True, exist_ok=True)
        (docs / source_id / "index.md").write_text(render_source_index(csl, pages), "utf-8")
        for page in pages:
            (docs / page.path).write_text(render_page(page), "utf-8")
        nav.append({csl["title"]: [f"{source_id}/index.md", *(page.path for page in pages)]})
    links = "\n".join(f"- [{csl['title']}]({sid}/index.md)" for sid, csl in corpus.sources.items())
    (docs / "index.md").write_text(f"# Synthetic corpus {{ #synthetic-corpus }}\n\n{links}\n", "utf-8")
    write_annotations(dest, corpus, root)
    return nav


def write_annotations(dest: Path, corpus: Corpus, root: Path) -> None:
    """The project's data files (taxonomy, schemas) copied; the glossary and annotations generated."""
    ignore = shutil.ignore_patterns(*GENERATED_DATA, "__pycache__")
    shutil.copytree(root / DATA_FOLDER, dest / DATA_FOLDER, ignore=ignore, dirs_exist_ok=True)
    header = "# yaml-language-server: $schema=schema/glossary.schema.json\n# Generated by bench/generate.py.\n"
    (dest / "annotations/glossary.yml").write_text(header + dump_yaml(glossary_entries(corpus)), "utf-8")
    notes = dest / "annotations/notes"
    notes.mkdir(parents=True, exist_ok=True)
    for note in corpus.notes:
        (notes / f"{note['id']}.md").write_text(render_note(note), "utf-8")
