"""The filter of `/annotations/`, written by the build and wired by `docs/assets/annotations.js`.

Built by the script into an empty placeholder, the filter came after the list had been painted and
pushed it down (84 px at 1280 px, 152 px on a phone). Written here, whole and `hidden`, it has its
real height at every width, a long area's name wrapping included: the stylesheet keeps its place,
unseen, while the page's scripts are coming (`html.edition-js`, set in the head by
`overrides/main.html`), and a reader without them sees neither controls that do nothing nor a gap.

It is a `<fieldset>` named by its `<legend>`: a screen reader tabbing into "Motivation" heard a select
of no stated purpose. The legend is for them alone (the fields' labels say enough on screen), and a
fieldset needs no id, which would be published and locked as the page's (`anchors.lock.json`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from xml.etree import ElementTree as etree

from hooks.core.annotations import MOTIVATION_PLURALS, Annotation
from hooks.core.text import VISUALLY_HIDDEN_CLASS

FILTER_CLASS = "annotation-filter"
GROUP_NAME = "Filter the annotations"  # the fieldset's legend: what a screen reader says on entering it


def motivation_options(annotations: Iterable[Annotation]) -> list[tuple[str, str]]:
    """(value, name) of each motivation the list has, by name: a reader looks for "Questions", not an id."""
    present = {annotation.motivation for annotation in annotations}
    names = {motivation: MOTIVATION_PLURALS.get(motivation, motivation) for motivation in present}
    return sorted(names.items(), key=lambda item: (item[1].casefold(), item[1]))


def area_options(annotations: Iterable[Annotation], area_titles: Mapping[str, str]) -> list[tuple[str, str]]:
    """(value, title) of each policy area the list has, in the taxonomy's order, as `/policy-areas/` lists them.

    A reader switching between the two pages finds each area in the same place; a tag the taxonomy
    lacks (reported by the build) comes after the others, by its id.
    """
    present = {tag for annotation in annotations for tag in annotation.tags}
    known = [(area, title) for area, title in area_titles.items() if area in present]
    return known + [(area, area) for area in sorted(present - set(area_titles))]


def _select(parent: etree.Element, name: str, label: str, options: list[tuple[str, str]]) -> None:
    """A labelled select whose first option, "all", sets no filter."""
    field = etree.SubElement(parent, "label", {"class": f"{FILTER_CLASS}__field"})
    field.text, field.tail = f"{label} ", "\n"
    control = etree.SubElement(field, "select", {"name": name})
    for value, text in [("", "all"), *options]:
        etree.SubElement(control, "option", {"value": value}).text = text


def index_filter(annotations: list[Annotation], area_titles: Mapping[str, str]) -> etree.Element:
    """The filter as the reader first sees it: its name, both selects, the count, "Show all" (hidden till a choice)."""
    block = etree.Element("fieldset", {"class": FILTER_CLASS, "hidden": "hidden"})
    block.text = block.tail = "\n"
    legend = etree.SubElement(block, "legend", {"class": VISUALLY_HIDDEN_CLASS})
    legend.text, legend.tail = GROUP_NAME, "\n"
    _select(block, "motivation", "Motivation", motivation_options(annotations))
    _select(block, "area", "Policy area", area_options(annotations, area_titles))
    status = etree.SubElement(block, "span", {"class": f"{FILTER_CLASS}__status", "role": "status"})
    status.tail = "\n"
    # The number annotations.js rewrites after each choice; the words are only here (the region is read whole).
    shown = etree.SubElement(status, "span", {"class": f"{FILTER_CLASS}__shown"})
    shown.text, shown.tail = str(len(annotations)), f" of {len(annotations)} annotations shown"
    # The choice in words, which annotations.js writes and only paper shows: " (Questions)".
    chosen = etree.SubElement(block, "span", {"class": f"{FILTER_CLASS}__chosen"})
    chosen.text, chosen.tail = "", "\n"
    reset = etree.SubElement(
        block, "button", {"type": "button", "class": f"md-button {FILTER_CLASS}__reset", "hidden": "hidden"}
    )
    reset.text, reset.tail = "Show all", "\n"
    return block
