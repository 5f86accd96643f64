"""What the policy-area core's tests share: two areas and their ids, an annotation's credit, a tagged page, elements as HTML."""

from __future__ import annotations

from xml.etree import ElementTree as etree

from markdown.serializers import to_html_string

from hooks.core.policy_areas import PolicyArea
from hooks.core.policy_index import TaggedPage

KNOWN = {"remittances", "integration"}
REMITTANCES = PolicyArea("remittances", "Remittances", "Money and ideas sent home.")
INTEGRATION = PolicyArea("integration", "Integration", "Settling in.")
MT = "migration-and-transnationalism"
BY = ("Ada Writer", "2026-11-22")  # an annotation's author and `created`


def page(name: str, *tags: str, source: str = MT, title: str = "") -> TaggedPage:
    return TaggedPage(f"{source}/{name}.md", title or name.title(), source, tags)


def html_of(elements: list[etree.Element]) -> str:
    """The generated elements as HTML, the way the site's serializer writes them (they come laid out)."""
    return "".join(to_html_string(element) for element in elements)
