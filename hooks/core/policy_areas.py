"""The controlled taxonomy of policy areas (`annotations/policy-areas.yml`)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from hooks.core.datafiles import load_yaml, validate
from hooks.core.problems import Problem

POLICY_AREAS_FILE = "annotations/policy-areas.yml"
POLICY_AREAS_SCHEMA = "annotations/schema/policy-areas.schema.json"


@dataclass(frozen=True)
class PolicyArea:
    """One area of the taxonomy."""

    id: str
    title: str
    description: str


def load_policy_areas(root: Path) -> tuple[tuple[PolicyArea, ...], list[Problem]]:
    """Load and validate the taxonomy; returns the valid areas and every problem found."""
    data, problems = load_yaml(root / POLICY_AREAS_FILE, POLICY_AREAS_FILE)
    if problems:
        return (), problems
    problems = validate(data, root / POLICY_AREAS_SCHEMA, POLICY_AREAS_FILE)
    if problems:
        return (), problems
    areas, seen = [], set()
    for index, item in enumerate(data):
        if item["id"] in seen:
            message = f"'{item['id']}' is used twice"
            problems.append(Problem(POLICY_AREAS_FILE, f"[{index}].id", message, "give each area its own id"))
            continue
        seen.add(item["id"])
        areas.append(PolicyArea(item["id"], item["title"].strip(), item["description"].strip()))
    return tuple(areas), problems


def check_tags(display: str, field: str, tags: object, known: set[str]) -> list[Problem]:
    """Every tag must be an id of the taxonomy."""
    if not isinstance(tags, list):
        return [Problem(display, field, "must be a list of policy-area ids", "e.g. [remittances]")]
    hint = "use an id from annotations/policy-areas.yml"
    return [Problem(display, field, f"unknown policy area {tag!r}", hint) for tag in tags if tag not in known]
