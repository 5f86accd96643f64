"""What the axe-core audits share: the rules run, the violations Material causes, and one page audited.

The accessibility gate (`test_accessibility.py`) audits every page as it loads; a feature whose states
come later (the annotation form's, `test_browser_annotate.py`) audits them with the same rules and
allow-list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from playwright.sync_api import Page

# Everything axe checks by default (WCAG 2.0-2.2 A/AA and best practices, no experimental rules),
# plus WCAG 2.2's target size (2.5.8 AA), which axe leaves off by default.
AXE_OPTIONS = {"resultTypes": ["violations"], "rules": {"target-size": {"enabled": True}}}


@dataclass(frozen=True)
class Allowed:
    """A violation Material causes: axe rule id, a regex over the node's CSS selector, why, and where axe meets it."""

    rule: str
    target: str
    reason: str
    devices: tuple[str, ...] = ("desktop", "touch")


# Keep this list short and explained; an entry here is a known defect of the theme, not of ours.
MATERIAL_ALLOWED: tuple[Allowed, ...] = (
    Allowed(
        "landmark-unique",
        r'^nav\[aria-labelledby="__nav_\d+_label"\]$',
        "With navigation.sections + navigation.indexes Material labels each section's <nav> by a "
        "<label> that holds only the expand icon (partials/nav-item.html), so section navs share an empty name. "
        "On a phone they are in the navigation drawer, hidden while it is closed (accessibility.css).",
        devices=("desktop",),
    ),
)


def allowed_by(rule: str, target: str) -> Allowed | None:
    """The allow-list entry that accepts a violating node, if any."""
    return next((a for a in MATERIAL_ALLOWED if a.rule == rule and re.search(a.target, target)), None)


def audit(page: Page, axe_script: str, used: set[Allowed]) -> list[str]:
    """Run axe on the loaded page; one line per violating node that is not allowed (`used` collects the rest)."""
    page.add_script_tag(content=axe_script)
    results = page.evaluate("(options) => axe.run(document, options)", AXE_OPTIONS)
    lines = []
    for violation in results["violations"]:
        for node in violation["nodes"]:
            target = " ".join(str(part) for part in node["target"])
            if allowance := allowed_by(violation["id"], target):
                used.add(allowance)
                continue
            summary = node.get("failureSummary", "").replace("\n", " ")
            lines.append(f"{violation['id']} ({violation['impact']}) at {target}: {summary}")
    return lines
