"""A paragraph's id left below a blank line: the page's one line, not restated by the annotations on that paragraph.

attr_list reads `{ #p1 }` only on a paragraph's last line: below a blank line it is a paragraph of its
own, and the paragraph above has no id. The page's line names both (`paragraphs.lone_attribute_problem`);
a note on p1 then found no paragraph 'p1', a second line for the same mistake, gone once it is fixed.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping

from markdown.extensions.attr_list import AttrListTreeprocessor, get_attrs_and_remainder

from hooks.core.annotations import Annotation, RefusedTarget
from hooks.core.paragraphs import PageInventory, lone_attribute_problem
from hooks.core.problems import Problem
from hooks.core.quotes import no_paragraph

RE_ATTRIBUTE_LIST = re.compile(AttrListTreeprocessor.BASE_RE)  # attr_list's own: `{ #p1 }`, `{: #p1 .x }`


def written_ids(written: str) -> set[str]:
    """The ids an attribute list written as text would give its element, read as attr_list reads them."""
    if (match := RE_ATTRIBUTE_LIST.fullmatch(written.strip())) is None:
        return set()
    return {value for name, value in get_attrs_and_remainder(match[1])[0] if name == "id"}


def restated_targets(
    lines: Collection[Problem],
    annotations: Iterable[Annotation | RefusedTarget],
    pages: Mapping[str, PageInventory | None],
) -> set[Problem]:
    """The notes' "no paragraph 'pN'" lines (a refused note's target's too) a page's line among `lines` explains.

    Only where that line is said (the source pages' checks say it): a note's line is never left out unexplained.
    The callers keep them among the lines a lost id is named by (the note's id, gone from the page), unshown.
    """
    folded = set()
    for annotation in annotations:
        inventory = pages.get(annotation.page)
        if inventory is None or inventory.paragraph(annotation.paragraph) is not None:
            continue
        alone = (
            lone_attribute_problem(f"docs/{annotation.page}", written, above)
            for written, above in inventory.lone_attributes
            if annotation.paragraph in written_ids(written)
        )
        if any(line in lines for line in alone):
            folded.add(no_paragraph(annotation, inventory))
    return folded
