"""HTML validity gate: the Nu Html Checker (vnu.jar) over every page of the built site.

vnu.jar comes from the npm package `vnu-jar` (pinned in package.json, installed by `make test`)
and runs on Debian's Java. Zero errors are allowed from our templates, hooks and content; errors
that Material's own templates cause are listed once in MATERIAL_ALLOWED with the reason. One JVM
checks every page plus a canary file with a known error, which proves the checker really ran.
"""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from quality_tools import html_pages, require

pytestmark = pytest.mark.slow

CANARY = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>canary</title></head>
<body><p id="twice">a</p><p id="twice">b</p></body></html>
"""
CANARY_ERROR = "Duplicate ID “twice”."


@dataclass(frozen=True)
class Allowed:
    """An error Material's templates cause: vnu's message, a regex over the offending markup, why."""

    message: str
    extract: str
    reason: str


MATERIAL_ALLOWED: tuple[Allowed, ...] = (
    Allowed(
        "Attribute “autocomplete” is only allowed when the input type is “color”, “date”, “datetime-local”, "
        "“email”, “hidden”, “month”, “number”, “password”, “range”, “search”, “tel”, “text”, “time”, “url”, "
        "or “week”.",
        r'<input class="md-toggle" data-md-toggle="(drawer|search)" type="checkbox"',
        "Material's base.html puts autocomplete=off on its drawer/search checkboxes so Firefox does not "
        "restore their state on back navigation; browsers honour it although the spec does not allow it.",
    ),
    Allowed(
        "Bad value “” for attribute “tabindex” on element “label”: The empty string is not a valid integer.",
        r'<label class="md-nav__link[^"]*" for="__nav_\d+(_\d+)*" id="__nav_\d+(_\d+)*_label" tabindex="">',
        'Material\'s partials/nav-item.html writes tabindex="" on section labels when navigation.sections '
        "is on; browsers ignore the empty value.",
    ),
    Allowed(
        "The value of the “for” attribute of the “label” element must be the ID of a non-hidden form control.",
        r'<label class="md-nav__title" for="__toc">',
        "Material's partials/toc.html always writes the table-of-contents title <label for=__toc>, but "
        "partials/nav-item.html only writes the #__toc checkbox when the page has headings to list.",
    ),
)


def allowed_by(message: dict[str, object]) -> Allowed | None:
    """The allow-list entry that accepts a vnu error, if any."""
    text, extract = str(message.get("message", "")), str(message.get("extract", ""))
    return next((a for a in MATERIAL_ALLOWED if a.message == text and re.search(a.extract, extract)), None)


def validate(files: list[Path]) -> list[dict[str, object]]:
    """Run vnu.jar once over `files`; its error messages (JSON format, errors only)."""
    java, jar = require("java"), require("vnu-jar")
    command = [str(java), "-jar", str(jar), "--format", "json", "--errors-only", *map(str, files)]
    result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=300)
    assert result.returncode in (0, 1), result.stderr
    return [m for m in json.loads(result.stderr)["messages"] if m.get("type") == "error"]


def where(message: dict[str, object], site: Path) -> str:
    """`page.html:line: message` for one vnu error."""
    url = str(message.get("url", ""))
    path = url.removeprefix("file:")
    relative = Path(path).relative_to(site) if path.startswith(str(site)) else Path(path).name
    return f"{relative}:{message.get('lastLine', '?')}: {message.get('message')}  [{message.get('extract', '')!r}]"


def test_every_page_is_valid_html(site: Path, tmp_path: Path) -> None:
    canary = tmp_path / "canary.html"
    canary.write_text(CANARY, encoding="utf-8")
    pages = [site / page for page in html_pages(site)]
    errors = validate([canary, *pages])
    canary_errors = [m for m in errors if str(m.get("url", "")).endswith("canary.html")]
    assert [m["message"] for m in canary_errors] == [CANARY_ERROR], "vnu did not report the canary's error"
    ours = [where(m, site) for m in errors if m not in canary_errors and not allowed_by(m)]
    assert len(pages) > 10
    assert not ours, f"{len(ours)} HTML errors:\n" + "\n".join(ours)
    used = {allowed_by(m) for m in errors}
    stale = [a.message for a in MATERIAL_ALLOWED if a not in used]
    assert not stale, f"MATERIAL_ALLOWED entries that no page needs any more, remove them: {stale}"
