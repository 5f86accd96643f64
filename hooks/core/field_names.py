"""Which field a misspelt name stands for: difflib's closest, or, for a short name, the one a single slip away.

difflib's ratio weighs a slip by the name's length: one letter off a three-letter field (`ulr` for `url`)
is 0.67, two letters of `id` swapped 0.5, so a short field's slip went unnamed ("remove it or check its
spelling"), where a longer one's was offered. A slip counts for what it is, one letter swapped, changed,
added or dropped, whatever the length; a word two slips off (`lru`), or none alike (`xyz`), gets no guess.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

# The shortest field a letter changed, added or dropped is still a slip of: in `id`, one changed is any two-letter
# word (`in`, `is`), so a two-letter field's slip is its letters swapped only (`di`).
SHORTEST_EDITED = 3


def closest_field(written: str, fields: Iterable[str], cutoff: float) -> str | None:
    """The field `written` is a misspelling of: difflib's closest at `cutoff`, else one a single slip away; or None."""
    fields = list(fields)
    if close := difflib.get_close_matches(written, fields, n=1, cutoff=cutoff):
        return close[0]
    return next((field for field in fields if one_slip(written, field)), None)


def one_slip(written: str, field: str) -> bool:
    """Whether `written` is `field` with two neighbouring letters swapped, or one changed, added or dropped.

    The last three only for a field of `SHORTEST_EDITED` letters or more.
    """
    if written == field or abs(len(written) - len(field)) > 1:
        return False
    if len(written) == len(field):
        differ = [at for at, (a, b) in enumerate(zip(written, field, strict=True)) if a != b]
        swapped = len(differ) == 2 and differ[1] == differ[0] + 1 and written[differ[0]] == field[differ[1]]
        if swapped and written[differ[1]] == field[differ[0]]:
            return True
        return len(differ) == 1 and len(field) >= SHORTEST_EDITED
    if len(field) < SHORTEST_EDITED:
        return False
    shorter, longer = sorted((written, field), key=len)
    return any(longer[:at] + longer[at + 1 :] == shorter for at in range(len(longer)))
