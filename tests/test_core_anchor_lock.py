"""The anchor lock and the redirects file (hooks/core/anchor_lock.py, anchor_redirects.py): read and checked."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
import yaml
from conftest import ROOT
from mkdocs.structure.files import File

from hooks.core.anchor_lock import RE_PAGE_KEY, load_lock, page_key, parse_lock
from hooks.core.anchor_redirects import load_redirects
from hooks.core.page_moves import page_source


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{}", []),
        ("'/a/#x': '/b/#y'\n", []),
        (
            "'/a/#x': b\n",
            [
                "anchors.redirects.yml: /a/#x: 'b' is not a page URL with an id (write it as '/page-url/#id', e.g. '/migration-and-transnationalism/opportunities/#p3')"
            ],
        ),
        (
            "[1, 2]\n",
            ["anchors.redirects.yml: must map 'old-page#id' to 'new-page#id' (see docs/about/stable-links.md#id-gone)"],
        ),
        # the line the lock's message offers, copied with its quotes: one text, which YAML maps to nothing
        (
            "'/a/#p5: /a/#p4'\n",
            [
                "anchors.redirects.yml: '/a/#p5: /a/#p4' is one quoted text, not a redirect (write the line"
                " `/a/#p5: /a/#p4`, without quotes around it)"
            ],
        ),
        # a page's docs/ path, as annotations and the glossary write it: the address it has is known, so the line is
        (
            "s/page.md#p5: /s/#p4\n/s/page/#p6: docs/s/index.md#p4\ns/a.md#p1: s/b.md#p2\ns/c.md#p1: b\n",
            [
                "anchors.redirects.yml: s/page.md#p5: 's/page.md#p5' is not a page URL with an id (write the line"
                " `/s/page/#p5: /s/#p4`: each address from the site's root, '/page-url/#id')",
                "anchors.redirects.yml: /s/page/#p6: 'docs/s/index.md#p4' is not a page URL with an id (write the"
                " line `/s/page/#p6: /s/#p4`: each address from the site's root, '/page-url/#id')",
                # both written so: one line, both named, the whole line to write
                "anchors.redirects.yml: s/a.md#p1: 's/a.md#p1' and 's/b.md#p2' are not page URLs with an id (write the line"
                " `/s/a/#p1: /s/b/#p2`: each address from the site's root, '/page-url/#id')",
                # the other address is unknown: only this one's can be given; both are named
                "anchors.redirects.yml: s/c.md#p1: 's/c.md#p1' and 'b' are not page URLs with an id (write each as"
                " '/page-url/#id': 's/c.md#p1' as `/s/c/#p1`, 'b' from the site's root, e.g."
                " '/migration-and-transnationalism/opportunities/#p3')",
            ],
        ),
        # neither address can be read: both named, the form shown once
        (
            "a#x: b\n",
            [
                "anchors.redirects.yml: a#x: 'a#x' and 'b' are not page URLs with an id (write each as"
                " '/page-url/#id', e.g. '/migration-and-transnationalism/opportunities/#p3')"
            ],
        ),
        (
            "a: [\n",
            [
                "anchors.redirects.yml: invalid YAML at line 2: expected the node content, but found '<stream end>' (fix the YAML syntax)"
            ],
        ),
        ("", []),
        ("# comments only\n", []),
        (
            "# no redirects yet\n{}\n/a/#x: /b/#y\n",
            [
                "anchors.redirects.yml: invalid YAML at line 3: expected '<document start>', but found '<block mapping start>' "
                "(remove the '{}' on line 2: a file of comments alone declares no redirects)"
            ],
        ),
    ],
)
def test_load_redirects(tmp_path: Path, text: str, expected: list[str]) -> None:
    path = tmp_path / "anchors.redirects.yml"
    path.write_text(text, encoding="utf-8")
    assert [str(p) for p in load_redirects(path)[1]] == expected


def test_the_shipped_redirects_file_takes_the_line_its_comment_shows(tmp_path: Path) -> None:
    """Its comment says to add `/old-page-url/#old-id: /new-page-url/#new-id` lines: one added so must load."""
    shipped = (ROOT / "anchors.redirects.yml").read_text(encoding="utf-8")
    declared, problems = load_redirects(ROOT / "anchors.redirects.yml")
    assert problems == [] and "/about/citing/#page-moves" in declared  # the Citing page's editors' parts moved
    example = "/migration-and-transnationalism/opportunities/#p6: /migration-and-transnationalism/opportunities/#p5"
    assert f"#   {example}\n" in shipped
    path = tmp_path / "anchors.redirects.yml"
    path.write_text(f"{shipped}{example}\n", encoding="utf-8")
    assert load_redirects(path) == ({**declared, **dict([example.split(": ")])}, [])


def test_the_shipped_redirects_file_shows_a_page_move_as_mkdocs_yml_takes_it() -> None:
    """A whole page's move goes in mkdocs.yml: its comment shows the lines to write there, not `redirects: redirect_maps:`.

    That prose line, copied, is one YAML mapping with an empty value, not the `redirects` plugin's option.
    """
    shipped = (ROOT / "anchors.redirects.yml").read_text(encoding="utf-8").splitlines()
    assert not any("redirects: redirect_maps:" in line for line in shipped)
    start = shipped.index("#   plugins:")
    lines = itertools.takewhile(lambda line: line.startswith("#   "), shipped[start:])  # up to the blank comment line
    block = "\n".join(line.removeprefix("#   ") for line in lines)
    config = yaml.safe_load(block)
    moves = config["plugins"][0]["redirects"]["redirect_maps"]
    assert moves and all(old.endswith(".md") and new.endswith(".md") for old, new in moves.items())


def test_page_key_is_the_url_mkdocs_gives_every_page() -> None:
    """`make check` runs without MkDocs: its page keys must still be the lock's."""
    docs = ROOT / "docs"
    examples = ["README.md", "notes/README.md", "notes/readme.md", "notes/README-first.md", "notes/index.md"]
    # names MkDocs quotes (make check's key was '/notes/a b/'; refused, yet their keys agree): `page_name_problem`
    examples += ["notes/a b.md", "notes/café.md", "notes/a#b.md", "notes/a?b.md", "notes/100%.md", "a b/index.md"]
    for src in [path.relative_to(docs).as_posix() for path in docs.rglob("*.md")] + examples + ["Notes/Upper.md"]:
        url = File(src, str(docs), "", use_directory_urls=True).url
        assert page_key(src) == "/" + url.removeprefix("./"), src  # the adapter's key: "/" for the home page
    assert page_source(page_key("notes/a b.md")) == "notes/a b.md"  # a move's file, from its key


def test_load_lock_reports_broken_json(tmp_path: Path) -> None:
    path = tmp_path / "anchors.lock.json"
    path.write_text('{"/": ["a"', encoding="utf-8")
    (problem,) = load_lock(path)[1]
    assert str(problem).startswith("anchors.lock.json: is not valid JSON (")


@pytest.mark.parametrize(
    ("key", "shown"),
    [("", "''"), ("no-slash", "'no-slash'"), ("/../", "'/../'"), ("//x/", "'//x/'"), ("/x/#y", "'/x/#y'"),
     ("/x", "'/x'"), ("/a b/", "'/a b/'"), ("/\u2028/", "'/\\u2028/'"), ("/x\x1b/", "'/x\\x1b/'")],
)  # fmt: skip
def test_a_lock_key_that_is_no_page_address_is_its_one_line(key: str, shown: str) -> None:
    """Its later lines would name a page no file makes ('declare its move in mkdocs.yml: U+2028.md')."""
    lock, problems = parse_lock(json.dumps({"/": ["home"], key: ["p1"]}))
    assert lock == {}
    assert [str(problem) for problem in problems] == [
        f"anchors.lock.json: {shown}: is not a page's address (write it '/folder/page/', as the lock writes a page's"
        " address (the home page '/'), or restore it from git)"
    ]


def test_every_key_page_key_makes_is_a_page_address() -> None:
    for src in (
        "index.md",
        "a.md",
        "a/index.md",
        "a/README.md",
        "a/b.md",
        "a/b/c.md",
        "a/..b.md",
        "ü/ß.md",
        "a b.md",
        "a#?.md",
    ):
        assert RE_PAGE_KEY.fullmatch(page_key(src)), src
    assert RE_PAGE_KEY.fullmatch("/a/b.html")  # the build's key without directory URLs
