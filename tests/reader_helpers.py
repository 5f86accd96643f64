"""What the browser tests of reading share: the pages they open (Opportunities, with its annotations), by address."""

from __future__ import annotations

OPPORTUNITIES = "migration-and-transnationalism/opportunities/"
ANNEX = "migration-and-transnationalism/annex/"  # quoted paragraphs; its ¶ 2 has its Cite lifted above ¶ N
ORIGIN = "origin-governments-and-migrant-associations/"  # a chapter: head tags of their own, a long title
