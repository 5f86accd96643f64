"""The YAML lines messages offer to copy: each, copied as shown between its backticks, reads back as the mapping meant."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from hooks.core.anchor_check import check_anchors, gone_page_hint, lost_id_hint
from hooks.core.anchor_redirects import address_hint, load_redirects
from hooks.core.annotation_checks import name_mismatch
from hooks.core.bibliography_checks import FIELD_HINTS
from hooks.core.config_shapes import MAPS_HINT, shape_problems
from hooks.core.datafiles import SafeLoader
from hooks.core.glossary_settings import used_in_setting
from hooks.core.lock_history import lost_ids
from hooks.core.page_fields import source_problem, title_problem
from hooks.core.page_moves import follow_moves
from hooks.core.schema_messages import TYPE_HINTS
from hooks.core.site_nav import check_nav, nav_entries, nav_shape_problem, omitted_problem
from hooks.core.source_page_checks import check_source_page
from hooks.core.yaml_comments import cut_problem, values_cut_by_comment
from hooks.core.yaml_lines import FIELD_LINES, line_to_write, yaml_line
from hooks.core.yaml_nodes import EACH

NEW_PLACE = "/new-page/#new-id"  # where a gone id went, until the contributor knows
# What a message sets off as the line to write: `line`, or `` line `` when the line holds a backtick.
RE_SHOWN = re.compile(r"`` (.+?) ``|`([^`]+)`")
# A place named by its keys, each in backticks (`yaml_lines.keys_path`): two or more, or one after `under`, `to`
# or `in` (under `/a/`, to `nav`, list it in `not_in_nav`).
RE_KEYS_PATH = re.compile(r"`[^`]+`(?: → `[^`]+`)+|(?:(?<=under )|(?<= to )|(?<= in ))`[^`]+`")
# A YAML line in prose quotes: `'order: 3'`, `'- search'`.
RE_QUOTED_LINE = re.compile(r"'(?:- [^'\s]|[\w{][^' ]*: )")


def shown_lines(text: str) -> list[object]:
    """Each line or value a message sets off, as YAML reads it when copied without its backticks.

    Not the keys naming where it goes (`redirects` → `redirect_maps`): a place, not a line to copy.
    """
    text = RE_KEYS_PATH.sub("", text)
    return [yaml.safe_load(double or single) for double, single in RE_SHOWN.findall(text)]


@pytest.mark.parametrize(
    ("key", "value", "line"),
    [
        ("/a/#p5", "/a/#p4", "/a/#p5: /a/#p4"),
        ("/a/#fn:3", "/b/#fn:3", "/a/#fn:3: /b/#fn:3"),  # ':' before a character is words to YAML
        ("/a/#fn:", "/b/#fn:", "'/a/#fn:': '/b/#fn:'"),  # ': ' or a ':' at the end would be a mapping's
        ("/a/#it's", "/a/#p1", "/a/#it's: /a/#p1"),
        ("s/a.md", "s/index.md", "s/a.md: s/index.md"),
        ("s/a.md", "---", "s/a.md: '---'"),
        ("/a/#a`b", "/a/#p1", "/a/#a`b: /a/#p1"),
        ("/a/#a\tb", "/a/#p1", '"/a/#a\\tb": /a/#p1'),
        ("/a/#a\nb", "/a/#p1", '"/a/#a\\nb": /a/#p1'),
        ("/a/#a\u2028b", "/a/#p1", '"/a/#a\\Lb": /a/#p1'),
    ],
)
def test_a_line_to_write_is_yaml_that_reads_back_as_the_mapping(key: str, value: str, line: str) -> None:
    assert yaml_line(key, value) == line
    assert yaml.safe_load(line) == {key: value}
    assert shown_lines(line_to_write(key, value)) == [{key: value}]


def test_a_long_address_is_still_one_line() -> None:
    """PyYAML writes a mapping's key of 128 characters or more as `? key` on a line of its own."""
    key = f"/policy-areas/temporary-and-circular-migration/#{'origin-governments-and-migrant-associations-' * 3}"
    line = yaml_line(key, NEW_PLACE)
    assert "\n" not in line and yaml.safe_load(line) == {key: NEW_PLACE}


@pytest.mark.parametrize("anchor_id", ["p5", "fn:3", "fn:", "it's"])
def test_the_line_a_gone_id_offers_reads_back_as_its_redirect(anchor_id: str) -> None:
    """The line was shown in prose quotes: copied with them, YAML read it as one quoted text and mapped nothing."""
    anchor = f"/a/#{anchor_id}"
    assert shown_lines(lost_id_hint(anchor, [])) == [{anchor: NEW_PLACE}]
    assert shown_lines(lost_id_hint(anchor, ["p9"])) == [{anchor: "/a/#p9"}]
    (problem,) = lost_ids({"/a/": []}, [("1" * 40, {"/a/": [anchor_id]})], {}, {"/a/"})
    assert shown_lines(problem.hint) == [{anchor: "/a/#new-id"}]  # the page is built: its own address


def test_the_line_of_a_gone_page_reads_back_as_its_page_moves() -> None:
    assert shown_lines(gone_page_hint("/s/a/")) == [{"s/a.md": "<its new file>.md"}, {"s/a.md": "s/index.md"}]


def test_the_lines_a_redirect_problem_offers_read_back_as_the_redirects_to_write() -> None:
    """A chain (p3 to p2, p2 to p1), a typo (p99 for p9), a page left without a move: each offers its line."""
    lock = {"/a/": ["a", "fn:1", "p9"]}
    built = {"/a/": ["a", "p1"], "/b/": ["b", "p1"]}
    redirects = {"/a/#fn:1": "/a/#p2", "/a/#p2": "/a/#p1", "/a/#p99": "/a/#p1", "/c/#p1": "/b/#p1"}
    hints = {p.field: p.hint for p in check_anchors({**lock, "/c/": ["c", "p1"]}, built, redirects, {}).problems}
    assert shown_lines(hints["/a/#fn:1"]) == [{"/a/#fn:1": "/a/#p1"}]
    assert shown_lines(hints["/a/#p99"]) == [{"/a/#p9": "/a/#p1"}]
    assert shown_lines(hints["/c/"]) == [{"c.md": "b.md"}]


def test_the_line_of_a_chain_of_page_moves_and_the_maps_hint_read_back_as_page_moves() -> None:
    _, (problem,) = follow_moves({"a.md": "b.md", "b.md": "c.md"})
    assert shown_lines(problem.hint) == [{"a.md": "c.md"}]
    assert shown_lines(MAPS_HINT) == [{"old.md": "new.md"}]
    assert MAPS_HINT.endswith("under `redirects` → `redirect_maps`")  # its place as keys, not as a line to copy


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("- term: Goal #3\n", {"term": "Goal #3"}),
        ("- term: Goal's #3\n", {"term": "Goal's #3"}),  # an apostrophe: PyYAML doubles it in single quotes
        ("- term: Policy #2: what next\n", {"term": "Policy #2: what next"}),  # a colon after the cut
        ("- term: the `x` #1\n", {"term": "the `x` #1"}),  # a backtick: set off in two
        ("- term: #13\n", {"term": "#13"}),  # all comment
        # a list's item: its list's line (flow), or its own line, dash and all (block)
        ("- term: x\n  aliases: [a, Goal's #3\n    ]\n", {"aliases": ["a", "Goal's #3"]}),
        ("- term: x\n  aliases:\n    - Goal #3  # why\n", ["Goal #3"]),  # a comment meant after it stays one
    ],
)
def test_the_line_a_value_cut_by_a_comment_offers_reads_back_as_the_whole_value(text: str, whole: object) -> None:
    """The ' #' line showed its fix in no backticks, as words of the hint: now as PyYAML writes it, set off."""
    root = yaml.compose(text, Loader=SafeLoader)  # noqa: S506 (a SafeLoader)
    fields = ((EACH, "term"), (EACH, "aliases", EACH))
    (cut,) = values_cut_by_comment(root, fields)
    assert shown_lines(cut_problem("g.yml", "f", cut).hint) == [whole]


def test_the_lines_front_matter_and_annotation_problems_offer_read_back_as_the_fields_meant() -> None:
    """A title that is no text, a source naming no folder, an id unlike the file's name: each line reads back."""
    assert shown_lines(title_problem("docs/s/a.md", 2010).hint) == [{"title": "2010"}]
    assert shown_lines(title_problem("docs/s/a.md", ["Goal's", 3]).hint) == [{"title": "Goal's 3"}]  # its words
    assert shown_lines(source_problem("docs/s/a.md", {"source": ["x"]}, "s").hint) == [{"source": "s"}]
    assert shown_lines(name_mismatch("annotations/notes/a-1.md", "b", rename=False).hint) == [{"id": "a-1"}]


def test_the_addresses_and_nav_entries_offered_read_back_as_the_values_meant() -> None:
    assert shown_lines(address_hint("docs/s/page.md#fn:")) == ["/s/page/#fn:"]
    (absolute,) = check_nav(nav_entries(["/a.md"]), {"a.md"}, {"a.md"}, {"absolute_links": "warn"}, frozenset())
    assert shown_lines(absolute.hint) == ["a.md"]
    # a name the edition asks to change is offered as it will be (page_name_problem's line beside it)
    assert shown_lines(omitted_problem("about/#1 notes.md", [], generated=False).hint) == [["about/1-notes.md"]]


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("'/a/#p5: /a/#p4'\n", "write the line `/a/#p5: /a/#p4`, without quotes around it"),
        ("# moves\n`/a/#p5: /a/#p4`\n", "remove the backticks around line 2: they set the line off in a message"),
    ],
)
def test_a_line_copied_with_what_set_it_off_is_named(tmp_path: Path, text: str, hint: str) -> None:
    path = tmp_path / "anchors.redirects.yml"
    path.write_text(text, encoding="utf-8")
    redirects, (problem,) = load_redirects(path)
    assert redirects == {} and problem.hint == hint


def shape_hint(config: dict[str, object]) -> str:
    """The hint of the one line mkdocs.yml's `config` gets from the CLIs."""
    [problem] = shape_problems(config)
    return problem.hint


def example_hints() -> list[str]:
    """Every fixed example a hint offers to copy into front matter, a bibliography or mkdocs.yml."""
    page = check_source_page("docs/x.md", {"source": "x", "title": None, "order": "3", "tags": "remittances"}, "x")
    return [
        *(problem.hint for problem in page),
        FIELD_LINES,
        *TYPE_HINTS.values(),
        *FIELD_HINTS.values(),
        used_in_setting({"glossary": {"used_in": 0}})[1][0].hint,
        nav_shape_problem([{"A": "a.md", "B": "b.md"}]).hint,
        *map(shape_hint, [{"exclude_docs": ["a.md"]}, {"markdown_extensions": [{"toc": 5}]}]),
        *map(shape_hint, [{"plugins": "search"}, {"plugins": [5]}]),
    ]


def test_each_example_line_reads_back_as_yaml_fields_or_items() -> None:
    """Shown in prose quotes, `'order: 3'` was copied with them, and YAML read one quoted text: none is quoted."""
    for hint in example_hints():
        assert not RE_QUOTED_LINE.search(hint), hint
    examples = [example for hint in example_hints() for example in shown_lines(hint)]
    assert len(examples) >= 15
    assert all(isinstance(example, dict | list) for example in examples), examples
    assert {"circa": True} in examples and {"order": 3} in examples and {"title": "Opportunities"} in examples
