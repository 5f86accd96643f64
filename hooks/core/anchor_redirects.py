"""The declared moves of in-page ids, `anchors.redirects.yml`: `old-page-url#old-id` → `new-page-url#new-id`.

Reading the file, and what the redirects mean for one page: the ids a paragraph may no longer
claim, and the ones its script sends on. Whether each redirect holds is `redirect_checks.py`'s.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from hooks.core.anchor_lock import page_key
from hooks.core.datafiles import load_yaml
from hooks.core.page_moves import resolve_page
from hooks.core.problems import Problem, named_address
from hooks.core.yaml_lines import line_to_write, value_to_write

REDIRECTS_FILE = "anchors.redirects.yml"
REDIRECTS_GUIDE = "docs/about/stable-links.md#id-gone"  # the editors' page, where the file's lines are explained
NEW_PLACE = "/new-page/#new-id"  # where a gone id went, in the line a message offers until the contributor knows


def split_anchor(anchor: str) -> tuple[str, str] | None:
    """`/page/#id` as (`/page/`, `id`); None when it is not of that form."""
    page, hash_sign, anchor_id = anchor.partition("#")
    if not hash_sign or not anchor_id or not page.startswith("/"):
        return None
    return page, anchor_id


def load_redirects(path: Path) -> tuple[dict[str, str], list[Problem]]:
    """Read the declared moves of in-page ids; an absent file, or one of comments alone, declares none."""
    if not path.exists():
        return {}, []
    data, problems = load_yaml(path, REDIRECTS_FILE)
    if problems:
        text = path.read_text(encoding="utf-8", errors="replace")
        return {}, [beside_backticks(beside_empty_mapping(problem, text), text) for problem in problems]
    if data is None:  # comments only: no redirects yet
        return {}, []
    if isinstance(data, str) and ": " in data:  # the line a message offers, copied with quotes around it
        hint = f"write the line {line_to_write(*data.split(': ', 1))}, without quotes around it"
        return {}, [Problem(REDIRECTS_FILE, "", f"'{data}' is one quoted text, not a redirect", hint)]
    if not isinstance(data, dict):
        return {}, [Problem(REDIRECTS_FILE, "", "must map 'old-page#id' to 'new-page#id'", f"see {REDIRECTS_GUIDE}")]
    redirects = {}
    for old, new in data.items():
        wrong = [value for value in (old, new) if not isinstance(value, str) or split_anchor(value) is None]
        if not wrong:
            redirects[old] = new
            continue
        problems.append(Problem(REDIRECTS_FILE, str(old), not_addresses(wrong), redirect_hint(old, new, wrong)))
    return redirects, problems


def not_addresses(wrong: list[object]) -> str:
    """The message naming each address of a line that is not `/page-url/#id`: both, when old and new are."""
    if len(wrong) == 1:
        return f"{named_address(wrong[0])} is not a page URL with an id"
    return f"{' and '.join(named_address(value) for value in wrong)} are not page URLs with an id"


def redirect_hint(old: object, new: object, wrong: list[object]) -> str:
    """The whole line to write when each address is one or a page's docs/ path; else how to write the wrong ones."""
    if (old_address := site_address(old)) and (new_address := site_address(new)):
        line = line_to_write(old_address, new_address)
        return f"write the line {line}: each address from the site's root, '/page-url/#id'"
    if len(wrong) == 1:
        return address_hint(wrong[0])
    if not any(map(site_address, wrong)):  # neither known: the form, shown once
        return f"write each as '/page-url/#id', e.g. {EXAMPLE_ADDRESS}"
    each = [
        f"{named_address(value)} as {value_to_write(address)}"
        if (address := site_address(value))
        else f"{named_address(value)} from the site's root, e.g. {EXAMPLE_ADDRESS}"
        for value in wrong
    ]
    return f"write each as '/page-url/#id': {', '.join(each)}"


def site_address(value: object) -> str | None:
    """An address as '/page-url/#id': as written, or a page's docs/ path's (`s/page.md#p3`); None if it is neither."""
    if isinstance(value, str) and split_anchor(value):
        return value
    page, _, anchor_id = str(value).partition("#")
    page = page.removeprefix("docs/")
    if anchor_id and page.endswith(".md") and not page.startswith("/"):
        return f"{page_key(page)}#{anchor_id}"
    return None


def address_hint(value: object) -> str:
    """How to write an address that is not `/page-url/#id`: a page's docs/ path (`s/page.md#p3`) has a known one."""
    if address := site_address(value):
        return f"write it as '/page-url/#id': {value_to_write(address)}"
    return f"write it as '/page-url/#id', e.g. {EXAMPLE_ADDRESS}"


EXAMPLE_ADDRESS = "'/migration-and-transnationalism/opportunities/#p3'"


def beside_empty_mapping(problem: Problem, text: str) -> Problem:
    """A YAML error in a file that still holds `{}` beside entries: the `{}` is the mistake, so name it.

    An older `anchors.redirects.yml` ended with `{}` (no redirects); an entry added below it, as its
    comment says, makes two YAML documents run together, which PyYAML reports as a missing document start.
    """
    lines = [line.split(" #")[0].strip() for line in text.splitlines()]
    entries = [line for line in lines if line and not line.startswith("#") and line != "{}"]
    if not problem.message.startswith("invalid YAML") or "{}" not in lines or not entries:
        return problem
    hint = f"remove the '{{}}' on line {lines.index('{}') + 1}: a file of comments alone declares no redirects"
    return replace(problem, hint=hint)


def beside_backticks(problem: Problem, text: str) -> Problem:
    """A YAML error in a file with a line in backticks: copied with those a message sets its line off with."""
    lines = [number for number, line in enumerate(text.splitlines(), 1) if line.lstrip().startswith("`")]
    if not problem.message.startswith("invalid YAML") or not lines:
        return problem
    return replace(problem, hint=f"remove the backticks around line {lines[0]}: they set the line off in a message")


def published_ids(
    lock: Mapping[str, list[str]], redirects: Mapping[str, str], key: str, moves: Mapping[str, str]
) -> tuple[list[str], list[str]]:
    """A page's ids in the lock: those no redirect moved elsewhere, and those one did, or a page moved here had.

    The first are those a paragraph or heading without its id may have had; the second are retired
    (a new element taking one would make its redirect useless, which the build refuses): neither is
    offered to a new element. The ids of a page that `moves` (lock keys, `redirect_maps`) sent here
    are retired too: mkdocs-redirects' stub keeps the `#id`, so a new `p1` here takes `/old/#p1`'s links.
    """
    ids = lock.get(key, ())
    moved_here = [old for old in lock if old != key and resolve_page(old, (), moves) == key]
    moved_in = [i for old in moved_here for i in lock[old]]
    retired = [i for i in ids if f"{key}#{i}" in redirects] + [i for i in moved_in if i not in ids]
    return [i for i in ids if f"{key}#{i}" not in redirects], list(dict.fromkeys(retired))


def page_redirects(page: str, redirects: Mapping[str, str], moves: Mapping[str, str]) -> dict[str, str]:
    """The in-page redirects a page's script needs: `{old-id: new-page#new-id}` for ids that were on it."""
    moved_here = {old for old, new in moves.items() if new == page}
    result = {}
    for old, new in redirects.items():
        old_page, old_id = split_anchor(old) or ("", "")
        if old_page == page or old_page in moved_here:
            result[old_id] = new
    return result
