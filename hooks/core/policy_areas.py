"""The controlled taxonomy of policy areas (`annotations/policy-areas.yml`)."""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import yaml

from hooks.core.datafiles import load_yaml
from hooks.core.problems import Problem, named_value
from hooks.core.schema_messages import ID_PATTERN, describe
from hooks.core.schemas import Schema, entry_field, entry_label, load_schema, validate
from hooks.core.text import RE_CONTROL
from hooks.core.yaml_as_written import written_as_text
from hooks.core.yaml_comments import cut_problems, emptied_problems, without_restated
from hooks.core.yaml_nodes import EACH, node_at

POLICY_AREAS_FILE = "annotations/policy-areas.yml"
OVERVIEW_ID = "policy-areas"  # the overview heading's id
# The ids of an area page's sections, in their order; `<section>-<source>` below each.
PAGES_SECTION, PARAGRAPHS_SECTION, ANNOTATIONS_SECTION = "pages", "paragraphs", "annotations"
SECTION_IDS = (PAGES_SECTION, PARAGRAPHS_SECTION, ANNOTATIONS_SECTION)
POLICY_AREAS_SCHEMA = "annotations/schema/policy-areas.schema.json"
# What an area's page may be named by, its schema's form (`Remittances` too, its case wrong): one name, no path.
RE_PAGE_NAME = re.compile(r"[\w-]+")
# An area's id as its schema and the annotations' `tags` write it: what no taxonomy can hold is known without one.
AREA_ID_SCHEMA = Schema(json.dumps({"type": "string", "pattern": ID_PATTERN}))


@dataclass(frozen=True)
class PolicyArea:
    """One area of the taxonomy."""

    id: str
    title: str
    description: str


def load_policy_areas(root: Path) -> tuple[tuple[PolicyArea, ...], list[Problem]]:
    """Load and validate the taxonomy; returns the areas and every problem found, all at once.

    A problem names an area by its id (`housing.title`), by its place (`[15]`) only where the id is
    missing, malformed or shared, or is what the line is about (`[14].id: 'remittances' is used twice:
    first at [9] on line 49`, the entry holding it first named by its place and line).

    An entry with a schema problem still counts as an area when it has an id, so the tags that
    use it are not reported as unknown on top of the real mistake (the build fails on it anyway);
    not an id no page can be named by (`../x`, `a/b`, a NUL), which the build wrote outside the site.
    """
    data, problems = load_yaml(root / POLICY_AREAS_FILE, POLICY_AREAS_FILE)
    schema, schema_problems = load_schema(root / POLICY_AREAS_SCHEMA, POLICY_AREAS_SCHEMA)
    if problems or schema is None:  # no area is known: a tag is not checked (`known_area_ids`), the build fails
        return (), problems + schema_problems
    problems = validate(data, schema, POLICY_AREAS_FILE, name=partial(entry_field, data))
    text = (root / POLICY_AREAS_FILE).read_text(encoding="utf-8")
    problems = without_restated(problems + cut_texts(text, data, problems))
    problems = written_as_text(POLICY_AREAS_FILE, text, problems, name=partial(entry_field, data))  # `title: '2010'`
    if not isinstance(data, list):
        return (), problems
    areas, seen = [], {}  # each id -> the place of the entry holding it first
    titles: dict[str, str] = {}  # casefolded title -> the id of the area that has it first
    for index, item in enumerate(data):
        area_id = item.get("id") if isinstance(item, dict) else None
        if not isinstance(area_id, str) or not RE_PAGE_NAME.fullmatch(area_id):  # the schema's line names it
            continue
        if area_id in seen:
            message = f"'{area_id}' is used twice: first at {first_place(text, seen[area_id])}"
            problems.append(Problem(POLICY_AREAS_FILE, f"[{index}].id", message, "give each area its own id"))
            continue
        if reserved := reserved_id(area_id):
            problems.append(Problem(POLICY_AREAS_FILE, f"[{index}].id", reserved, "choose another id"))
            continue
        seen[area_id] = index
        title = _text(item.get("title"))
        if title and (other := titles.setdefault(title.casefold(), area_id)) != area_id:
            message = f"'{title}' is also the title of '{other}'"
            hint = "give each area its own title: readers tell the areas apart by it"
            problems.append(Problem(POLICY_AREAS_FILE, f"{entry_label(data, index)}.title", message, hint))
        areas.append(PolicyArea(area_id, title or area_id, _text(item.get("description"))))
    return tuple(areas), problems


def first_place(text: str, index: int) -> str:
    """The entry holding an id first, by its place and its id's line (`[9] on line 49`): an editor finds it by the line.

    Composed only for a line that names one: a file that loaded composes.
    """
    try:
        node = node_at(yaml.compose(text, Loader=yaml.SafeLoader), (index, "id"))
    except yaml.YAMLError:
        node = None
    return f"[{index}] on line {node.start_mark.line + 1}" if node is not None else f"[{index}]"


def titles_by_id(areas: Iterable[PolicyArea]) -> dict[str, str]:
    """Each area's title by its id: what an annotation's area chip and `/annotations/` name an area by."""
    return {area.id: area.title for area in areas}


# The words an editor types (`yaml_comments`' rule); the id is a page's name, with no space.
TEXT_FIELDS = ((EACH, "title"), (EACH, "description"))


def cut_texts(text: str, data: object, problems: list[Problem] | None = None) -> list[Problem]:
    """A title or description YAML cut at ' #' (`title: Goal #3` read as 'Goal'), one Problem each.

    Every page's navigation would name the area by half its title, without a word. Any field of
    `problems` the schema called empty that a comment emptied (`id: #3`) is said as such too.
    """
    name = partial(entry_field, data)
    cuts = cut_problems(POLICY_AREAS_FILE, text, TEXT_FIELDS, name=name)
    return cuts + emptied_problems(POLICY_AREAS_FILE, text, [*(problems or []), *cuts], name=name)


def known_area_ids(
    areas: Iterable[PolicyArea], problems: Sequence[Problem], published: Iterable[str] | None = ()
) -> set[str] | None:
    """The ids an annotation's tags are checked against; None when the taxonomy did not load, or the lock.

    A taxonomy that did not load says nothing about which tags exist: its own error is the one line,
    not one more per annotation tag. One that loaded with problems still knows the ids it has, and
    the `published` ones (`published_areas`) it lost: their taxonomy line (`check_removed`, said while
    it has areas) says to put them back, so a tag naming one is not wrong, and a line per tag would
    send the editor to the wrong fix. `published` is None when the anchor lock did not load: which
    areas were published is not known, so a tag naming one the taxonomy lacks waits on the lock's line
    (the build after its fix names it: an area to put back, or a typo), as the ids lost do.
    """
    areas = tuple(areas)
    if (problems and not areas) or published is None:
        return None
    return {area.id for area in areas} | (set(published) if areas else set())


def reserved_id(area_id: str) -> str | None:
    """Why an id cannot name an area: its page would replace the overview, or its heading share an id.

    An area's id is the id of its heading on the overview (beside the page's own, `policy-areas`)
    and on its page (beside the sections' and their sources' headings): two elements with one id.
    """
    if area_id == "index":  # its page would be policy-areas/index.md
        return "'index' is the name of the areas' overview page"
    if area_id == OVERVIEW_ID:
        return f"'{area_id}' is the id of the overview's heading"
    if area_id in SECTION_IDS:
        return f"'{area_id}' is the id of a section of every area's page ({', '.join(SECTION_IDS)})"
    if section := next((name for name in SECTION_IDS if area_id.startswith(f"{name}-")), None):
        return f"'{area_id}' has the form of a source's heading on every area's page ('{section}-<source>')"
    return None


def _text(value: object) -> str:
    """A text field, stripped; '' when it is missing or not text (the schema reports that).

    Its control characters are left out meanwhile, as a body's are: the schema names them.
    """
    return RE_CONTROL.sub("", value).strip() if isinstance(value, str) else ""


def check_tags(display: str, field: str, tags: object, known: set[str] | None) -> list[Problem]:
    """Every tag must be an id of the taxonomy; None: which ids are known is not (`known_area_ids`), only their form."""
    if not isinstance(tags, list):
        return [Problem(display, field, "must be a list of policy-area ids", "e.g. [remittances]")]
    if known is None:
        return malformed_tags(display, field, tags)
    unknown = [tag for tag in tags if tag not in known]
    return [Problem(display, field, f"unknown policy area {named_value(tag)}", tag_hint(tag, known)) for tag in unknown]


def malformed_tags(display: str, field: str, tags: Iterable[object]) -> list[Problem]:
    """Tags no taxonomy can hold (`Integration`), in the words an annotation's schema gives its own such tags.

    Named while which ids exist is not known (the taxonomy or the lock unread, their one line standing for
    the rest): the fix, lowercase, is the same whatever the taxonomy holds, and is not left to the next run.
    """
    validator = AREA_ID_SCHEMA.validator
    return [Problem(display, field, *describe(error)) for tag in tags for error in validator.iter_errors(tag)]


def tag_hint(tag: object, known: set[str]) -> str:
    """What to write instead of an unknown tag: the id it resembles, or where the ids are."""
    text = str(tag)
    parts = [part.strip() for part in text.split(",")]
    if "," in text and all(part in known for part in parts if part):  # 'a,b', or 'a,' of "a, b"
        return "separate the ids with spaces, not commas"
    if close := [area for area in sorted(known) if area.casefold() == text.casefold()]:
        return f"did you mean '{close[0]}'?"  # `REMITTANCES`, in which difflib finds no letter alike
    if close := difflib.get_close_matches(text, sorted(known), n=1, cutoff=0.8):
        return f"did you mean '{close[0]}'?"
    return "use an id from annotations/policy-areas.yml"
