"""Every place that lists an annotation's motivations lists the schema's, no more and no fewer.

The reading guide left out *classifying* while the schema took it: a reader met a *Classification*
block the guide did not explain. Each list is read as Python-Markdown renders its page, from the
elements, never from the text. The form's list (`docs/assets/annotate.js`) is the browser tests'
(`test_the_form_offers_every_motivation_of_the_schema`).
"""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree as etree

import frontmatter
import markdown
import yaml
from markdown.treeprocessors import Treeprocessor

from hooks.core.annotations import MOTIVATION_LABELS, MOTIVATION_PLURALS

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "annotations/schema/annotation.schema.json").read_text(encoding="utf-8"))
MOTIVATIONS = SCHEMA["properties"]["motivation"]["enum"]


class _Keep(Treeprocessor):
    """Keep the page's element tree as Python-Markdown built it, before it is written out as HTML."""

    def run(self, root: etree.Element) -> None:
        """Hold the tree (the pages write `&nbsp;`, which no XML parser of the written HTML would read)."""
        self.root = root


def rendered(path: str) -> tuple[etree.Element, list[str]]:
    """A Markdown file's element tree as Python-Markdown builds it, and its stashed blocks (fenced code)."""
    text = frontmatter.loads((ROOT / path).read_text(encoding="utf-8")).content  # a page's front matter read apart
    md = markdown.Markdown(extensions=["attr_list", "md_in_html", "tables", "fenced_code"])
    keep = _Keep(md)
    md.treeprocessors.register(keep, "keep", 1)  # after the inline patterns (20), before unescaping (0)
    md.convert(text)
    return keep.root, [str(block) for block in md.htmlStash.rawHtmlBlocks]


def words(element: etree.Element) -> str:
    """An element's text, its children's included, its spaces as one."""
    return " ".join("".join(element.itertext()).split())


def test_every_motivation_has_its_label() -> None:
    """The word a block opens with (`Comment`): a motivation without one stopped the build with a KeyError."""
    assert sorted(MOTIVATION_LABELS) == sorted(MOTIVATIONS)


def test_every_motivation_has_its_name_in_the_index_filter() -> None:
    """The filter of /annotations/ offers each motivation by its plural (`Comments`), not by its id."""
    assert sorted(MOTIVATION_PLURALS) == sorted(MOTIVATIONS)


def test_the_reading_guide_explains_every_motivation_by_its_label() -> None:
    """The guide's list of why an annotation was written: one item per motivation, opening with its block's word."""
    guide, _ = rendered("docs/about/reading-guide.md")
    item = next(li for li in guide.iter("li") if words(li).startswith("Each says who wrote it"))
    listed = [li.find("strong") for li in item.iterfind("ul/li")]
    labels = [words(strong) for strong in listed if strong is not None]
    assert len(labels) == len(listed), "each item opens with its label in bold"
    assert sorted(labels) == sorted(MOTIVATION_LABELS[motivation] for motivation in MOTIVATIONS)


def test_the_contributing_page_lists_every_motivation() -> None:
    """The table of fields gives each value to write for `motivation`, each with what it is for."""
    page, _ = rendered("docs/about/contributing.md")
    rows = [tr.findall("td") for tr in page.iter("tr")]
    what = next(cells[1] for cells in rows if cells and words(cells[0]) == "motivation")
    values = [words(code) for code in what.iter("code")]
    assert sorted(values) == sorted(MOTIVATIONS)
    assert [value for value in values if f"{value} (" not in words(what)] == [], "say what each is for"


def test_the_format_reference_lists_every_motivation() -> None:
    """annotations/README.md's example file names the values beside `motivation:`, in a YAML comment."""
    _, blocks = rendered("annotations/README.md")
    example = next(etree.fromstring(block).findtext("code") for block in blocks if block.startswith("<pre>"))
    data = yaml.safe_load(example.split("---")[1])
    line = next(line for line in example.splitlines() if line.startswith("motivation:"))
    assert data["motivation"] in MOTIVATIONS
    assert sorted(value.strip() for value in line.partition("#")[2].split("|")) == sorted(MOTIVATIONS)
