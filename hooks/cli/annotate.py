"""`make annotate URL="<a paragraph's link>" QUOTE="<its words>"`: write a valid skeleton annotation file.

The paragraph link is what a reader copies from the ¶ number; an old one, to a paragraph that moved,
is followed to where it is now, as the site's form follows it (`moved_links.py`). The quote is
checked against the rendered paragraph, and the quote and the name against the schema, before
anything is written, with the same messages as the build. A plugin not installed and a hook's file
missing are refused first, in make check's lines, as a mkdocs.yml the build refuses is: the note
would be written against a site that cannot build.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
from collections.abc import Container, Iterable
from pathlib import Path
from typing import Any

import yaml

from hooks.cli.config_plugins import check_plugins_and_hooks
from hooks.cli.config_values import configured_site_url
from hooks.cli.moved_links import (
    Moved,
    RenderedIds,
    follow_link,
    gone_page_ends,
    gone_page_line,
    moved_line,
    read_moves,
)
from hooks.cli.site_files import published_pages
from hooks.core.anchor_lock import LOCK_FILE, load_lock, page_key
from hooks.core.annotation_folder import NOTES_DIR, SCHEMA_FILE, load_annotations
from hooks.core.annotations import PLACEHOLDER_AUTHOR, PLACEHOLDER_BODY, Annotation, fresh_annotation_id
from hooks.core.config_file import ConfigError
from hooks.core.page_hints import either, pages_named
from hooks.core.paragraphs import PageInventory, normalise_space
from hooks.core.problems import Problem, format_problems
from hooks.core.quotes import check_target, find_quote
from hooks.core.schemas import Schema, load_schema, validate
from hooks.core.site_addresses import addressed_page, is_local, published_address, split_url


def find_page(root: Path, url: str, pages: Container[str] | None = None) -> tuple[str | None, str]:
    """The docs page and paragraph id a site URL points at (any host or base path); no page for no address.

    The page's path as an annotation's `target.page` writes it (`source/page.md#p3`) is taken too.
    `pages`: the files looked among, the published pages unless given (the old files of pages that moved too).
    An address of the site `SITE_URL` names is read from its root, its base path known: the tails
    of another's path are tried, which cannot tell `https://owner.github.io/repo/` from a page `repo/`.
    """
    if (parts := split_url(url)) is None:
        return None, ""
    pages = published_pages(root) if pages is None else pages
    site_url, _ = configured_site_url(root)  # one MkDocs refuses is make check's line
    if site_url and not is_local(site_url) and (address := published_address(url, site_url)) is not None:
        return addressed_page(address, pages, from_root=True), parts.fragment
    return addressed_page(url, pages), parts.fragment


def file_name(url: str) -> str:
    """The file a one-segment address or path names (`/opportunities/#p3`, `opportunities.md#p3`: `opportunities.md`).

    '' for any other: only a page named without its folder is looked for by its name.
    """
    parts = split_url(url)
    path = parts.path.strip("/") if parts else ""
    if not path or "/" in path:
        return ""
    return path if path.endswith(".md") else f"{path}.md"


def fresh_id(root: Path, quote: str, page_ids: Iterable[str] = ()) -> str:
    """A fresh id for the quote: no annotation's, none of `page_ids` (the page's), none the lock holds."""
    lock, _ = load_lock(root / LOCK_FILE)  # a lock that does not load is make check's line
    taken = {path.stem for path in (root / NOTES_DIR).glob("*.md")} | set(page_ids)
    taken.update(anchor_id for ids in lock.values() for anchor_id in ids)  # as the browser form avoids /anchors.json's
    return fresh_annotation_id(quote, taken)


def skeleton(annotation_id: str, page: str, paragraph: str, quote: str, author: str, today: dt.date) -> str:
    """The file's text: front matter the schema accepts, and a placeholder body."""
    data = {
        "id": annotation_id,
        "target": {"page": page, "paragraph": paragraph, "quote": normalise_space(quote)},
        "motivation": "commenting",
        "tags": [],
        "author": {"name": author},
        "created": today.isoformat(),
    }
    front = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    header = "# yaml-language-server: $schema=../schema/annotation.schema.json\n"
    return f"---\n{header}{front}---\n\n{PLACEHOLDER_BODY}"


INPUTS = {"target.page": "URL", "target.paragraph": "URL", "target.quote": "QUOTE", "author.name": "AUTHOR"}
EXAMPLE_URL = "…/migration-and-transnationalism/opportunities/#p3"


def locate(
    root: Path, url: str, quote: str, author: str, today: dt.date
) -> tuple[Annotation | None, PageInventory | None, Moved | None, list[Problem]]:
    """Resolve the link and check the quote on the rendered page, as the build would; the page's inventory too.

    A link whose paragraph moved (a page move, a redirect) is followed to where it is now, as the reader's
    browser and the site's form follow it (`follow_link`): the note is for that paragraph, which comes back too.
    The quote and the author's name are checked against the schema as well, whatever the link: every
    mistake in the input is one line, shown together (a quote the schema refuses, that line alone).
    """
    named = check_typed(root, quote, author)
    refused = {problem.path for problem in named}
    published = published_pages(root)
    moves = read_moves(root, published)
    page, paragraph = find_page(root, url, published | moves.gone_pages())
    if page is None:  # the home page's address too, when its base path is not known: it has no paragraphs either
        return None, None, None, [no_page(url, paragraph, published), *named]
    if not re.fullmatch(r"p[1-9][0-9]*", paragraph):
        hint = other_link_hint(root, page, paragraph, today)
        return None, None, None, [Problem("URL", "", f"'{url}' does not point at a paragraph", hint), *named]
    current = RenderedIds(root, moves.files)  # the pages the link's chain of moves passes through, rendered once
    moved, problems = follow_link(url, page, paragraph, moves, current)
    gone = not moved and page not in published
    locked = load_lock(root / LOCK_FILE)[0].get(page_key(page), []) if gone else []  # its ids, as /anchors.json has
    ends = gone_page_ends(page, moves, current, locked) if gone else []
    if ends and paragraph not in dict(ends):  # an id a page deleted for good never sent on: the form's line
        problems = [gone_page_line(url, paragraph, ends, current)]
    elif gone and not problems:  # a page gone, whose id nothing sends on
        problems = [no_page(url, paragraph, published)]
    if problems:
        return None, None, None, [*problems, *named]
    page, paragraph = (moved.page, moved.paragraph) if moved else (page, paragraph)
    inventory = current.inventory(page_key(page))
    annotation_id = fresh_id(root, quote, inventory.ids if inventory else ())
    path = f"{NOTES_DIR}/{annotation_id}.md"
    annotation = Annotation(annotation_id, path, page, paragraph, quote, "commenting", (), author, None,
                            today.isoformat(), PLACEHOLDER_BODY)  # fmt: skip
    targeted = [as_input(problem) for problem in check_target(annotation, {page: inventory})]
    return annotation, inventory, moved, [*(problem for problem in targeted if problem.path not in refused), *named]


def no_page(url: str, paragraph: str, published: set[str]) -> Problem:
    """The line for a link to no published page: the page named without its folder, else how to copy a link."""
    hint = f"open a page of a text and copy the link of a paragraph's ¶ number: {EXAMPLE_URL}"
    if meant := pages_named(file_name(url), published):
        hint = meant_url(meant, paragraph)
    return Problem("URL", "", f"'{url}' leads to no page with numbered paragraphs", hint)


def other_link_hint(root: Path, page: str, fragment: str, today: dt.date) -> str:
    """How to point at a paragraph from a link to something else: an annotation's permalink names its paragraph."""
    if re.fullmatch(r"P?[1-9][0-9]*", fragment):  # `#P3`, or its ¶ number, `#3`: the id is `p3`
        return f"it must end in #p1, #p2, …: did you mean #p{fragment.removeprefix('P')}?"
    annotations, _ = load_annotations(root, None, today)  # invalid files are make check's lines
    if on := next((note for note in annotations if (note.id, note.page) == (fragment, page)), None):
        url = f'URL="{page}#{on.paragraph}"'
        return f"'#{fragment}' is the link of an annotation on {on.paragraph}: to annotate that paragraph, write {url}"
    return "it must end in #p1, #p2, …"


def meant_url(pages: list[str], paragraph: str) -> str:
    """The URL to offer for a page named without its folder (each page of that name), ending as the next run reads.

    A ¶ number (`#3`) as its id (`#p3`); no paragraph, or an id of no paragraph (`#`, `#toc`), as an example
    to number: a URL the next run would refuse ("it must end in #p1, #p2, …") is one fix after another.
    """
    numbered = re.fullmatch(r"p?[1-9][0-9]*", paragraph)
    fragment = f"p{paragraph.removeprefix('p')}" if numbered else "p3"
    urls = either([f'URL="{page}#{fragment}"' for page in pages])
    return f"did you mean {urls}?" if numbered else f"did you mean {urls}, with the number of its ¶ for 3?"


def check_typed(root: Path, quote: str, author: str) -> list[Problem]:
    """The schema's lines on the quote and the name as the file would hold them, named QUOTE and AUTHOR.

    make check would refuse the file written with them: a name with `<b>`, either with `&lt` or a
    control character (one the page shows is found in the paragraph, and would be written).
    """
    schema, problems = load_schema(root / SCHEMA_FILE, SCHEMA_FILE)
    if schema is None:  # make check's line: no file could be checked, nor written as one that passes
        return problems
    typed = {"target": {"quote": normalise_space(quote)}, "author": {"name": author}}
    for field, value in typed.items():
        written = {key: rule for key, rule in field_rules(schema, field).items() if key != "required"}
        problems += validate(value, Schema(json.dumps(written)), field, prefix=field)  # the rest is not written yet
    return [as_input(problem) for problem in problems]


def field_rules(schema: Schema, field: str) -> dict[str, Any]:
    """What the schema says of one of an annotation's fields; nothing where it says nothing (an edited schema)."""
    data = json.loads(schema.text)
    rules = data.get("properties", {}).get(field) if isinstance(data, dict) else None
    return rules if isinstance(rules, dict) else {}


def as_input(problem: Problem) -> Problem:
    """A problem named by what the contributor typed (URL, QUOTE, AUTHOR), not by a file that was never written."""
    typed = INPUTS.get(problem.field)
    return Problem(typed, "", problem.message, problem.hint) if typed else problem


def missing_inputs(url: str, quote: str) -> str:
    """Which of URL and QUOTE is not given, in words; '' when both are: the usage line alone does not say which."""
    missing = [name for name, value in (("URL", url.strip()), ("QUOTE", normalise_space(quote))) if not value]
    if len(missing) == 2:
        return "URL and QUOTE are missing (the link of a paragraph's ¶ number, and words copied from that paragraph)"
    if missing == ["URL"]:
        return "URL is missing (copy the link of the ¶ number of the paragraph that QUOTE's words are from)"
    if missing == ["QUOTE"]:
        return "QUOTE is missing or blank (copy the words you annotate from the paragraph URL links)"
    return ""


def given_author(typed: str) -> str:
    """The name to write: a blank AUTHOR (`AUTHOR=""`) is none given, the placeholder the docs promise without it."""
    return typed if typed.strip() else PLACEHOLDER_AUTHOR


def main(argv: list[str] | None = None) -> int:
    """Write the skeleton, or explain in one line why not."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=os.environ.get("URL", ""), help="the paragraph's link (…/source/page/#p3)")
    parser.add_argument("--quote", default=os.environ.get("QUOTE", ""), help="words copied from that paragraph")
    parser.add_argument("--author", default=os.environ.get("AUTHOR", PLACEHOLDER_AUTHOR), help="your name as credited")
    parser.add_argument("--root", type=Path, default=Path.cwd())
    args = parser.parse_args(argv)
    if missing := missing_inputs(args.url, args.quote):
        example = f'URL="{EXAMPLE_URL}" QUOTE="words from that paragraph" [AUTHOR="Your name"]'
        print(f"make annotate: {missing}", file=sys.stderr)
        print(f"usage: make annotate {example}", file=sys.stderr)
        return 2
    root, today = args.root.resolve(), dt.date.today()
    args.author = given_author(args.author)
    args.url = args.url.strip()  # pasted with a space after it, as an address bar drops it: `#p3 ` is #p3
    try:
        check_plugins_and_hooks(root)  # make check's lines, before anything is read or written
        annotation, inventory, moved, problems = locate(root, args.url, args.quote, args.author, today)
    except ConfigError as error:  # the build stops on it: no page can be rendered to check the quote on
        print(format_problems(error.problems))
        return 1
    if moved:  # first, as the form's status line says it: the lines below are on the paragraph where it is now
        print(moved_line(moved))
    if problems or annotation is None or inventory is None:
        print(format_problems(problems))
        return 1
    text = skeleton(annotation.id, annotation.page, annotation.paragraph, args.quote, args.author, today)
    (root / annotation.path).write_text(text, encoding="utf-8")
    print(f"Wrote {annotation.path}: write your text below the front matter, set motivation and tags,", end="")
    print(" then run make check; once the id is final, make anchors records its permanent link.")
    if others := annotating_the_same(root, annotation, inventory, today):
        them = "it" if len(others) == 1 else "them"
        print(f"These words are annotated already, by {', '.join(others)}:", end="")
        print(f" read {them} first; yours is shown beside {them}.")
    return 0


def annotating_the_same(root: Path, new: Annotation, inventory: PageInventory, today: dt.date) -> list[str]:
    """The annotations whose quoted words share any with the new one's, in its paragraph.

    A second note on words already annotated is welcome (a reply, a disagreement), but written
    without reading the first it often repeats it. Compared as spans of the paragraph's text (the
    quotes were checked to occur there once), so words around them and overlaps count too.
    """
    paragraph = inventory.paragraph(new.paragraph)
    if paragraph is None:
        return []
    annotations, _ = load_annotations(root, None, today)  # invalid files are make check's lines
    ours = quote_span(paragraph.text, new.quote)
    return [
        other.id
        for other in annotations
        if (other.page, other.paragraph) == (new.page, new.paragraph)
        and other.id != new.id
        and ours
        and (theirs := quote_span(paragraph.text, other.quote))
        and theirs[0] < ours[1]
        and ours[0] < theirs[1]
    ]


def quote_span(text: str, quote: str) -> tuple[int, int] | None:
    """Where a quote stands in the paragraph's text, whitespace normalised; None if it is not there once."""
    starts = find_quote(text, quote)
    return (starts[0], starts[0] + len(normalise_space(quote))) if len(starts) == 1 else None


if __name__ == "__main__":
    sys.exit(main())
