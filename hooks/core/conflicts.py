"""A file left with git's conflict markers after a merge is named as such, not by the errors the markers cause.

Every annotation pull request adds its ids to `anchors.lock.json`, so two of them merged one after
the other often conflict there; the markers would otherwise read as invalid JSON or YAML, as a
paragraph without an id or a heading (`=======` underlines the line above it in Markdown).
"""

from __future__ import annotations

import re

from hooks.core.problems import Problem

RE_MARKER = re.compile(r"^(<{7}|>{7})(?: |$)", re.MULTILINE)  # the lines that open and close a conflict
RESOLVE = "keep the lines that belong, then delete the lines '<<<<<<<', '=======' and '>>>>>>>'"


def merge_conflict(display: str, text: str, hint: str = RESOLVE) -> Problem | None:
    """The first conflict marker of a file's text, with its line; None for a file without one."""
    if "<<<<<<<" not in text and ">>>>>>>" not in text:
        return None  # nearly every file, decided without a regular expression
    if (marker := RE_MARKER.search(text)) is None:
        return None
    line = text.count("\n", 0, marker.start()) + 1
    return Problem(display, "", f"holds a git merge conflict ('{marker[1]}' at line {line})", hint)
