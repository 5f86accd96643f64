"""What the tests of the extensions listed by dotted path share: the project's root and the pages they render."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OPPORTUNITIES = "migration-and-transnationalism/opportunities.md"
ANNEX = "migration-and-transnationalism/annex.md"
