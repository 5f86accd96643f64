"""What the glossary core's tests share: a good glossary file, the pages it points at, a project holding it."""

from __future__ import annotations

import json
import re
import shutil
import textwrap
from pathlib import Path

from conftest import ROOT

from hooks.core.glossary import GLOSSARY_FILE, GLOSSARY_SCHEMA
from hooks.core.paragraphs import PageInventory, Paragraph

GOOD = """\
- id: transnationalism
  term: transnationalism
  definitions:
    - anchor: source/annex.md#p1
      attribution: IOM 2008, page 500.
  see_also: [diaspora]
- id: diaspora
  term: diaspora
  aliases: [diasporas]
  definitions:
    - anchor: source/annex.md#p3
      sentences: [2]
      attribution: Vertovec 2005.
"""

PAGES = {
    "source/annex.md": PageInventory(
        paragraphs=(
            Paragraph("p1", "Transnationalism: the process."),
            Paragraph("p2", "IOM 2008."),
            Paragraph(
                "p3", "When exchanges take place, a community. Else there is only a diaspora. Hence diasporic ties."
            ),
        ),
        headings=("annex",),
        ids=("annex", "p1", "p2", "p3"),
    ),
    "source/index.md": PageInventory(headings=("anchors",), ids=("anchors",)),  # a page of no numbered paragraphs
}


def project(tmp_path: Path, text: str) -> Path:
    (tmp_path / "annotations" / "schema").mkdir(parents=True)
    shutil.copy(ROOT / GLOSSARY_SCHEMA, tmp_path / GLOSSARY_SCHEMA)
    (tmp_path / GLOSSARY_FILE).write_text(textwrap.dedent(text), encoding="utf-8")
    return tmp_path


def guide_example_term() -> str:
    """The example term of docs/about/glossary-terms.md, as an editor copies it into annotations/glossary.yml."""
    guide = (ROOT / "docs/about/glossary-terms.md").read_text(encoding="utf-8")
    return re.search(r"```yaml\n(- id: .*?)```", guide, re.DOTALL).group(1)


def add_guide_example_term(project: Path) -> str:
    """Add the guide's example term to a copy of the project, its id recorded as `make anchors` records it; its id."""
    example = guide_example_term()
    with (project / GLOSSARY_FILE).open("a", encoding="utf-8") as glossary:
        glossary.write("\n" + example)
    term_id = re.match(r"- id: ([a-z0-9-]+)", example).group(1)
    lock_path = project / "anchors.lock.json"
    lock = json.loads(lock_path.read_text(encoding="utf-8"))
    lock["/glossary/"].append(term_id)
    lock_path.write_text(json.dumps(lock, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return term_id


def search_misrank(
    results: list[list[str]], glossary: str, term_id: str, name: str, names: dict[str, list[str]]
) -> str:
    """Why a search for `name` (of `term_id`) does not lead to its entry, or "" when it does.

    `results` are the search's results (each a page's links, best first: the page, then its sections), `glossary`
    the glossary page's path, `names` every term's names by id. The glossary comes first, and its first section is
    the term's entry, or its second just after the entry of a term all of whose words the searched name holds
    (*transnational* before *transnational activities*): Material searches each word as the start of a word
    and adds up every title word it starts, so the entry whose heading holds *transnational (also transnationally)*
    scores that word twice, and no heading can outweigh that while it lists the alias, which its own search needs
    (without it, *transnationally* found no entry, and *transnational* came after *transnational community (also
    transnational communities)*). The reader still gets the glossary first, its first entry a term they typed and
    the one they typed under Material's "more on this page"; any other entry before it is a ranking defect.
    """
    entry = f"{glossary}#{term_id}"
    rank = next((n for n, links in enumerate(results, 1) if entry in links), None)
    first = results[0][:2] if results else []
    if first == [glossary, entry]:
        return ""
    if first[:1] == [glossary] and results[0][2:3] == [entry] and first[1].startswith(f"{glossary}#"):
        words = set(name.casefold().split())
        shorter = names.get(first[1].removeprefix(f"{glossary}#"), [])
        if any(set(other.casefold().split()) < words for other in shorter):
            return ""
    return f"entry ranked {rank}, first: {first}"
