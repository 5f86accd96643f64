"""What the two glossary adapters share during one build (not a hook itself).

`glossary_links.py` fills it (the glossary, then each page's term occurrences while pages render);
`glossary_outputs.py` reads it (the glossary page, the unused-alias check, `/glossary.json`) and sets
how many uses the page lists.
Hook modules are kept across `mkdocs serve` rebuilds, so `reset()` runs in `on_config`; read
`glossary_state.BUILD` through the module, never `from … import BUILD`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.etree import ElementTree as etree

from hooks.core.glossary import Glossary, Occurrence
from hooks.core.glossary_page import USED_IN


@dataclass
class GlossaryBuild:
    """The glossary of the current build, the source page rendering now, and the occurrences on each page."""

    glossary: Glossary = field(default_factory=Glossary)
    current: str | None = None
    occurrences: dict[str, list[Occurrence]] = field(default_factory=dict)
    used_in: int = USED_IN  # paragraphs listed per term on the glossary page
    recorded: int = 0  # how many times a page reported, so what is computed from the occurrences can be reused
    cache: dict[object, object] = field(default_factory=dict)  # results computed from the occurrences, by key
    lists: dict[str, list[etree.Element]] = field(default_factory=dict)  # the glossary page's Used in items

    def take_lists(self) -> dict[str, list[etree.Element]]:
        """The Used in lists of the glossary page being converted, handed over once (empty for other pages)."""
        lists, self.lists = self.lists, {}
        return lists

    def record(self, page: str, occurrences: list[Occurrence]) -> None:
        """Receive a page's occurrences (a page rendered twice keeps its latest)."""
        self.occurrences[page] = occurrences
        self.recorded += 1

    def all_occurrences(self) -> list[Occurrence]:
        """Every occurrence on every page."""
        return [occurrence for found in self.occurrences.values() for occurrence in found]

    def page(self) -> str | None:
        """The source page rendering now (None outside a source page's render)."""
        return self.current


BUILD = GlossaryBuild()


def reset() -> GlossaryBuild:
    """Start a new build with an empty glossary state."""
    global BUILD
    BUILD = GlossaryBuild()
    return BUILD
