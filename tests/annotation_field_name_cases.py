"""Rows `(old, new, message)` of a note's field names: unknown, misplaced a level up or down, or misspelt.

Each is one line saying where the field belongs (`test_core_annotation_field_errors.py` replaces `old` with `new`).
"""

from __future__ import annotations

FIELD_NAME_CASES = [
    (
        "created: 2026-11-22",
        "created: 2026-11-22\ncolour: red",
        "colour: is not a field of an annotation (remove it or check its spelling)",
    ),
    (
        "author: {name: A. Scholar}",
        "author: {name: A. Scholar, orcid: x}",
        "author.orcid: is not a field of `author` (remove it or check its spelling)",
    ),
    # a field of the level below or above, written as it is: where it belongs, in one line
    (
        "created: 2026-11-22",
        "created: 2026-11-22\ntype: person",
        "type: is not a field here: `type` belongs under `author` (move it under `author`)",
    ),
    (
        "  quote: the transfer of ideas\nmotivation: commenting",
        "  quote: the transfer of ideas\n  motivation: commenting",
        "target.motivation: is not a field here: `motivation` belongs one level up (move it up to the top level,"
        " beside `target`)",
    ),
    # written there too: where it belongs and what it holds there, not a guess at a field it resembles (`target`)
    (
        "created: 2026-11-22",
        "created: 2026-11-22\npage: migration-and-transnationalism/opportunities.md",
        "page: is not a field here: `page` belongs under `target`, where `target.page` says the same (remove this one)",
    ),
    (
        "created: 2026-11-22",
        "created: 2026-11-22\npage: migration-and-transnationalism/challenges.md",
        "page: is not a field here: `page` belongs under `target`, where `target.page` is"
        " 'migration-and-transnationalism/opportunities.md', not 'migration-and-transnationalism/challenges.md'"
        " (keep the value meant in `target.page` and remove this one)",
    ),
    (
        "created: 2026-11-22",
        "created: 2026-11-22\nname: Ana Peña",
        "name: is not a field here: `name` belongs under `author`, where `author.name` is 'A. Scholar', not"
        " 'Ana Peña' (keep the value meant in `author.name` and remove this one)",
    ),
    (
        "  quote: the transfer of ideas\n",
        "  quote: the transfer of ideas\n  motivation: commenting\n",
        "target.motivation: is not a field here: `motivation` belongs one level up, where `motivation` says the"
        " same (remove this one)",
    ),
    # misspelt and missing where it belongs: one mistake, one line, not also "`name` is missing"
    (
        "author: {name: A. Scholar}",
        "author: {type: person}\nnames: A. Scholar",
        "names: is not a field: did you mean `name`? It belongs under `author` (move it under `author`, as `name`)",
    ),
    # a short field's letters swapped or changed (`pgae`, `tgas`): told to remove it, and "`page` is missing" too
    (
        "target:\n  page: migration-and-transnationalism/opportunities.md\n",
        "pgae: migration-and-transnationalism/opportunities.md\ntarget:\n",
        "pgae: is not a field: did you mean `page`? It belongs under `target` (move it under `target`, as `page`)",
    ),
    (
        "author: {name: A. Scholar}",
        "author: {type: person}\nnmae: A. Scholar",
        "nmae: is not a field: did you mean `name`? It belongs under `author` (move it under `author`, as `name`)",
    ),
    (
        "  quote: the transfer of ideas\nmotivation: commenting\ntags: [remittances]\n",
        "  quote: the transfer of ideas\n  tgas: [remittances]\nmotivation: commenting\n",
        "target.tgas: is not a field: did you mean `tags`? It belongs one level up (move it up to the top level,"
        " beside `target`, as `tags`)",
    ),
    # misspelt beside the field where it belongs: that field's value named, as for one written as it is
    (
        "created: 2026-11-22",
        "created: 2026-11-22\npgae: migration-and-transnationalism/opportunities.md",
        "pgae: is not a field: did you mean `page`? It belongs under `target`, where `target.page` says the same"
        " (remove this one)",
    ),
    (
        "created: 2026-11-22",
        "created: 2026-11-22\nnmae: Ana Peña",
        "nmae: is not a field: did you mean `name`? It belongs under `author`, where `author.name` is 'A. Scholar',"
        " not 'Ana Peña' (keep the value meant in `author.name` and remove this one)",
    ),
    # a three- or two-letter field one slip off, where difflib's ratio is low (`ulr` 0.67, `di` 0.5): it was
    # "remove it or check its spelling", and `di` "`id` is missing" too; `references`, not written, is no place for it
    (
        "author: {name: A. Scholar}",
        "author: {name: A. Scholar}\nulr: https://orcid.org/0000-0002-1825-0097",
        "ulr: is not a field: did you mean `url`? It belongs under `author` (move it under `author`, as `url`)",
    ),
    ("id: x", "di: x", "di: is not a field: did you mean `id`? (rename it to `id`)"),
    (
        "created: 2026-11-22",
        "created: 2026-11-22\nxyz: 1",
        "xyz: is not a field of an annotation (remove it or check its spelling)",
    ),
    # a word no field is a slip of, though it shares letters with one (`note`, `quote`): no guess
    (
        "created: 2026-11-22",
        "created: 2026-11-22\nnote: see the annex",
        "note: is not a field of an annotation (remove it or check its spelling)",
    ),
    (
        "motivation: commenting",
        "motivaton: commenting",
        "motivaton: is not a field: did you mean `motivation`? (rename it to `motivation`)",
    ),
    (
        "author: {name: A. Scholar}",
        "author: {nmae: A. Scholar}",
        "author.nmae: is not a field: did you mean `name`? (rename it to `name`)",
    ),
]
