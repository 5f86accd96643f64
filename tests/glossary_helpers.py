"""What the glossary core's tests share: a good glossary file, the pages it points at, a project holding it."""

from __future__ import annotations

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
