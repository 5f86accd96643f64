"""What the two glossary adapters share during one build (not a hook itself).

`glossary_links.py` fills it (the glossary, then the terms met on each page while pages render);
`glossary_outputs.py` reads it (the glossary page, the unused-alias check, `/glossary.json`) and sets
how many uses the page lists.
Hook modules are kept across `mkdocs serve` rebuilds, so `reset()` runs in `on_config`; read
`glossary_state.BUILD` through the module, never `from … import BUILD`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.etree import ElementTree as etree

from hooks.core.glossary import Glossary
from hooks.core.glossary_page import USED_IN
from hooks.core.glossary_uses import PageTerms


@dataclass
class GlossaryBuild:
    """The glossary of the current build, the source page rendering now, and the terms met on each page."""

    glossary: Glossary = field(default_factory=Glossary)
    current: str | None = None
    pages: dict[str, PageTerms] = field(default_factory=dict)
    used_in: int = USED_IN  # paragraphs listed per term on the glossary page
    recorded: int = 0  # how many times a page reported, so what is computed from the pages' terms can be reused
    cache: dict[object, object] = field(default_factory=dict)  # results computed from the pages' terms, by key
    lists: dict[str, list[etree.Element]] = field(default_factory=dict)  # the glossary page's Used in items
    reading_order: list[str] = field(default_factory=list)  # the pages in the navigation, in its order

    def take_lists(self) -> dict[str, list[etree.Element]]:
        """The Used in lists of the glossary page being converted, handed over once (empty for other pages)."""
        lists, self.lists = self.lists, {}
        return lists

    def record(self, found: PageTerms) -> None:
        """Receive the terms met on a page (a page rendered twice keeps its latest)."""
        self.pages[found.page] = found
        self.recorded += 1

    def page(self) -> str | None:
        """The source page rendering now (None outside a source page's render)."""
        return self.current


BUILD = GlossaryBuild()


def reset() -> GlossaryBuild:
    """Start a new build with an empty glossary state."""
    global BUILD
    BUILD = GlossaryBuild()
    return BUILD
