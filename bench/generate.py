"""Generate a synthetic corpus in the edition's real format: N pages × 20 paragraphs, seeded.

    python bench/generate.py /tmp/corpus --pages 100 [--seed 8]

writes a complete project (docs/, annotations/, hooks/, overrides/, mkdocs.yml for the edition and
mkdocs.plain.yml for plain Material) that `mkdocs build -f /tmp/corpus/mkdocs.yml` builds.
The same seed and page count always give byte-identical files.
"""

from __future__ import annotations

import argparse
import datetime
import re
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from random import Random

import yaml

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.vocabulary import Term, load_vocabulary, make_terms, sentence

ROOT = Path(__file__).resolve().parent.parent
PARAGRAPHS_PER_PAGE = 20
PAGES_PER_SOURCE = 10
TERMS = 200
# Term occurrences per paragraph. The real paper has 45 occurrences of its 7 defined terms in 31
# paragraphs (≈ 1.5); 2.0 errs on the costly side.
TERM_RATE = 2.0
ANNOTATIONS_PER_PAGE = (0, 1, 1, 2, 2, 2, 2, 3, 3, 4)  # mean 2.0
TAGGED_PARAGRAPH_SHARE = 0.15
MOTIVATIONS = ("commenting", "commenting", "commenting", "describing", "questioning", "linking", "editing")
AUTHORS = ("A. Editor", "B. Scholar", "C. Officer", "D. Student")
RE_SLUG = re.compile(r"[^a-z0-9]+")
RE_WORDS = re.compile(r"[a-z]+")


@dataclass
class Paragraph:
    """One paragraph being generated: sentences of tokens, where a token may be a multi-word term."""

    sentences: list[list[str]]
    reserved: set[tuple[int, int]] = field(default_factory=set)  # term and emphasis positions
    emphasis: set[tuple[int, int]] = field(default_factory=set)
    tags: tuple[str, ...] = ()
    footnote: int | None = None


@dataclass
class Page:
    """One section page of a source."""

    source: str
    slug: str
    title: str
    order: int
    tags: list[str]
    paragraphs: list[Paragraph]
    headings: dict[int, tuple[str, str]]  # paragraph index → (text, id) of the heading before it

    @property
    def path(self) -> str:
        """Its path under docs/, as annotations and definitions name it."""
        return f"{self.source}/{self.slug}.md"


@dataclass
class Corpus:
    """Everything generated, kept in memory until written."""

    pages: list[Page]
    sources: dict[str, dict]
    terms: list[Term]
    definitions: dict[str, list[tuple[Page, int]]]
    notes: list[dict]
    occurrences: int

    def summary(self) -> dict[str, int]:
        """Sizes worth reporting next to the timings."""
        return {
            "pages": len(self.pages),
            "sources": len(self.sources),
            "paragraphs": sum(len(p.paragraphs) for p in self.pages),
            "terms": len(self.terms),
            "term_occurrences": self.occurrences,
            "annotations": len(self.notes),
        }


def slugify(text: str) -> str:
    """A heading or file id from its text."""
    return RE_SLUG.sub("-", text.lower()).strip("-")


def title_of(rng: Random, words: list[str], weights: list[int], low: int, high: int) -> str:
    """A capitalised title of real words."""
    return " ".join(sentence(rng, words, weights, rng.randint(low, high))).capitalize()


def covering_picks(rng: Random, items: list[str], count: int) -> list[str]:
    """`count` picks that use every item at least once when `count` allows (no area left untagged)."""
    order = rng.sample(items, len(items))
    return [order[i] if i < len(order) else rng.choice(items) for i in range(count)]


def make_page(
    rng: Random, vocab: tuple[list[str], list[int]], source: str, order: int, area: str, areas: list[str]
) -> Page:
    """A page of 20 paragraphs of 3–6 sentences, a heading every seven paragraphs, 1–3 areas."""
    words, weights = vocab
    title = title_of(rng, words, weights, 2, 5)
    paragraphs = [
        Paragraph([sentence(rng, words, weights, rng.randint(8, 24)) for _ in range(rng.randint(3, 6))])
        for _ in range(PARAGRAPHS_PER_PAGE)
    ]
    ids = {slugify(title)}
    headings = {}
    for index in (7, 14):
        text = title_of(rng, words, weights, 2, 4)
        hid = slugify(text)
        while hid in ids or re.fullmatch(r"p[0-9]+", hid):
            hid += "-x"
        ids.add(hid)
        headings[index] = (text, hid)
    for paragraph in rng.sample(paragraphs, 2):
        s = rng.randrange(len(paragraph.sentences))
        w = rng.randrange(1, len(paragraph.sentences[s]))
        paragraph.emphasis.add((s, w))
        paragraph.reserved.add((s, w))
    rng.choice(paragraphs).footnote = order
    tags = sorted({area, *rng.sample(areas, rng.randint(0, 2))})
    return Page(source, f"{order:02d}-{slugify(title)}", title, order, tags, paragraphs, headings)


def place_term(rng: Random, paragraph: Paragraph, form: str) -> None:
    """Write one occurrence of a term form over a free word of the paragraph."""
    for _ in range(50):
        s = rng.randrange(len(paragraph.sentences))
        w = rng.randrange(len(paragraph.sentences[s]))
        if (s, w) not in paragraph.reserved:
            paragraph.sentences[s][w] = form
            paragraph.reserved.add((s, w))
            return
    paragraph.sentences.append([form, "matters"])
    paragraph.reserved.add((len(paragraph.sentences) - 1, 0))


def place_terms(
    rng: Random, pages: list[Page], terms: list[Term], vocab: tuple[list[str], list[int]]
) -> tuple[dict[str, list[tuple[Page, int]]], int]:
    """Definitions in introductions and annexes, every form once elsewhere, then Zipf-distributed uses.

    As in the real paper (introduction and annex), a source's defining passages sit on its first
    and last pages; `definition_pages` lists them.
    """
    slots = [(page, i) for page in pages for i in range(len(page.paragraphs))]
    defining_slots = [(page, i) for page in definition_pages(pages) for i in range(len(page.paragraphs))]
    definitions: dict[str, list[tuple[Page, int]]] = {}
    for term in terms:
        definitions[term.id] = rng.sample(defining_slots, 2 if rng.random() < 0.25 else 1)
        for page, i in definitions[term.id]:
            defining = [term.term, "denotes", *sentence(rng, *vocab, rng.randint(8, 14))]
            paragraph = page.paragraphs[i]
            paragraph.sentences.insert(0, defining)
            paragraph.reserved = {(s + 1, w) for s, w in paragraph.reserved} | {(0, 0), (0, 1)}
            paragraph.emphasis = {(s + 1, w) for s, w in paragraph.emphasis}
    uses = [(term, form) for term in terms for form in term.forms]
    zipf = [1 / rank for rank in range(1, len(terms) + 1)]
    extra = max(0, round(TERM_RATE * len(slots)) - len(uses))
    for term in rng.choices(terms, weights=zipf, k=extra):
        uses.append((term, rng.choice(term.forms)))
    for term, form in uses:
        while (slot := rng.choice(slots)) in definitions[term.id]:
            pass
        place_term(rng, slot[0].paragraphs[slot[1]], form)
    for term, form in unmatched_forms(pages, terms):
        while (slot := rng.choice(slots)) in definitions[term.id]:
            pass
        slot[0].paragraphs[slot[1]].sentences.append([form, "matters"])
    return definitions, len(uses)


def definition_pages(pages: list[Page]) -> list[Page]:
    """Each source's first and last page (its introduction and its annex)."""
    first: dict[str, Page] = {}
    last: dict[str, Page] = {}
    for page in pages:
        first.setdefault(page.source, page)
        last[page.source] = page
    return [page for page in pages if page is first[page.source] or page is last[page.source]]


def unmatched_forms(pages: list[Page], terms: list[Term]) -> list[tuple[Term, str]]:
    """Forms a longest-match linker would never see (swallowed by a longer term next to them)."""
    forms = {form.lower(): term for term in terms for form in term.forms}
    seen: set[str] = set()
    for page in pages:
        for paragraph in page.paragraphs:
            words, i = RE_WORDS.findall(plain_text(paragraph).lower()), 0
            while i < len(words):  # terms have one or two words; the longer match wins
                pair = " ".join(words[i : i + 2])
                found = pair if pair in forms else words[i] if words[i] in forms else None
                seen.add(found or "")
                i += 2 if found == pair else 1
    return [(term, form) for form, term in forms.items() if form not in seen]


def plain_text(paragraph: Paragraph) -> str:
    """The paragraph's visible words, as the inventory records them (without the footnote mark)."""
    return " ".join(render_sentence(tokens, set()) for tokens in paragraph.sentences)


def render_sentence(tokens: list[str], emphasis: set[int]) -> str:
    """A sentence in Markdown: capitalised, emphasised words starred, full stop."""
    words = [f"*{token}*" if i in emphasis else token for i, token in enumerate(tokens)]
    words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words) + "."


def pick_quote(rng: Random, paragraph: Paragraph) -> str | None:
    """3–8 consecutive plain words that occur exactly once in the paragraph's text."""
    text = plain_text(paragraph)
    for _ in range(40):
        s = rng.randrange(len(paragraph.sentences))
        tokens = paragraph.sentences[s]
        length = rng.randint(3, 8)
        if len(tokens) <= length + 1:
            continue
        start = rng.randrange(1, len(tokens) - length)
        if any((s, w) in paragraph.reserved for w in range(start, start + length)):
            continue
        quote = " ".join(tokens[start : start + length])
        if text.count(quote) == 1:
            return quote
    return None


def make_notes(rng: Random, pages: list[Page], areas: list[str], vocab: tuple[list[str], list[int]]) -> list[dict]:
    """About two annotations per page, each on a paragraph, quoting words found there exactly once."""
    notes: list[dict] = []
    for page in pages:
        for _ in range(rng.choice(ANNOTATIONS_PER_PAGE)):
            index = rng.randrange(len(page.paragraphs))
            quote = pick_quote(rng, page.paragraphs[index])
            if quote is None:
                continue
            reference = f"[a reference](https://example.org/ref/{len(notes) + 1})"
            body = " ".join(render_sentence(sentence(rng, *vocab, rng.randint(8, 20)), set()) for _ in range(2))
            notes.append(
                {
                    "id": f"note-{len(notes) + 1:05d}",
                    "target": {"page": page.path, "paragraph": f"p{index + 1}", "quote": quote},
                    "motivation": rng.choice(MOTIVATIONS),
                    "tags": sorted(set(rng.sample(areas, rng.randint(0, 2)))),
                    "author": {"name": rng.choice(AUTHORS)},
                    "created": datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randrange(300)),
                    "body": f"{body}\n\nSee *{rng.choice(vocab[0])}* and {reference}.",
                }
            )
    return notes


def tag_paragraphs(rng: Random, pages: list[Page], areas: list[str]) -> None:
    """Tag 15% of paragraphs with one or two areas (every area at least once, however small the corpus)."""
    slots = [(page, i) for page in pages for i in range(len(page.paragraphs))]
    count = min(len(slots), max(len(areas), round(TAGGED_PARAGRAPH_SHARE * len(slots))))
    chosen = sorted(rng.sample(range(len(slots)), count))
    for position, area in zip(chosen, covering_picks(rng, areas, count), strict=True):
        page, i = slots[position]
        extra = rng.sample(areas, 1) if rng.random() < 0.3 else []
        page.paragraphs[i].tags = tuple(sorted({area, *extra}))


def make_sources(rng: Random, count: int, vocab: tuple[list[str], list[int]]) -> dict[str, dict]:
    """A bibliography (CSL-JSON fields) per source, alternating reports and book chapters."""
    sources = {}
    for n in range(1, count + 1):
        title = title_of(rng, *vocab, 4, 9)
        csl: dict = {"id": f"paper-{n:03d}", "type": "report" if n % 2 else "chapter", "title": title}
        csl["author"] = [{"family": title_of(rng, *vocab, 1, 1), "given": rng.choice("ABCDEFGHJKLMNPRS") + "."}]
        if csl["type"] == "chapter":
            csl["container-title"] = title_of(rng, *vocab, 3, 6)
            csl["page"] = f"{(first := rng.randint(1, 300))}-{first + rng.randint(10, 30)}"
            csl["keyword"] = ", ".join(sentence(rng, *vocab, 3))
        csl["publisher"] = "Synthetic Press"
        csl["issued"] = {"date-parts": [[rng.randint(1995, 2025)]]}
        csl["language"] = "en"
        sources[csl["id"]] = csl
    return sources


def generate(pages: int, seed: int = 8, root: Path = ROOT) -> Corpus:
    """Build the corpus in memory: deterministic for a given page count, seed and set of sources."""
    rng = Random(f"{seed}:{pages}")
    vocab = load_vocabulary(root / "sources")
    areas = [area["id"] for area in yaml.safe_load((root / "annotations/policy-areas.yml").read_text("utf-8"))]
    sources = make_sources(rng, -(-pages // PAGES_PER_SOURCE), vocab)
    source_ids = list(sources)
    page_areas = covering_picks(rng, areas, pages)
    generated = [
        make_page(rng, vocab, source_ids[n // PAGES_PER_SOURCE], n % PAGES_PER_SOURCE + 1, page_areas[n], areas)
        for n in range(pages)
    ]
    terms = make_terms(rng, TERMS)
    definitions, occurrences = place_terms(rng, generated, terms, vocab)
    tag_paragraphs(rng, generated, areas)
    notes = make_notes(rng, generated, areas, vocab)
    return Corpus(generated, sources, terms, definitions, notes, occurrences)


def main(argv: list[str] | None = None) -> int:
    """Command line: write a corpus and both configurations into a folder."""
    from bench.configs import write_project
    from bench.render import write_corpus

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dest", type=Path, help="folder to write the project into (replaced)")
    parser.add_argument("--pages", type=int, default=10)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args(argv)
    if args.dest.exists():
        shutil.rmtree(args.dest)
    corpus = generate(args.pages, args.seed)
    nav = write_corpus(args.dest, corpus)
    write_project(args.dest, nav)
    print(f"{args.dest}: {corpus.summary()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
