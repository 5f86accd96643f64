"""What the browser tests of reading share: the page they open, Opportunities, with its annotations."""

from __future__ import annotations

OPPORTUNITIES = "migration-and-transnationalism/opportunities/"
