"""What readers see of a tree Python-Markdown is still building: its text, with the stand-ins put back.

Until its last steps, the tree holds codes in place of backslash escapes and placeholders for the
HTML stash (entities, inline tags). The paragraph inventory, the glossary's term links and the
quote marks all read a paragraph's words through these functions, so they agree on what a reader sees.
"""

from __future__ import annotations

import html
import re
from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.extensions.toc import strip_tags, unescape
from markdown.util import ETX, HTML_PLACEHOLDER_RE, STX

from hooks.core.paragraphs import normalise_space


def text_of(element: etree.Element, md: Markdown | None = None) -> str:
    """The visible text of an element, whitespace normalised (`md`: the text it stashed put back)."""
    return normalise_space(restored("".join(element.itertext()), md))


# A stand-in in the tree: a stashed piece of HTML (an entity, an inline tag) or a backslash escape.
RE_STAND_IN = re.compile(f"{STX}(?:wzxhzdk:)?([0-9]+){ETX}")


def stand_in_text(match: re.Match[str], md: Markdown) -> str:
    """What readers see in place of one stand-in of `RE_STAND_IN`."""
    return _stashed_text(match, md) if "wzxhzdk:" in match.group() else chr(int(match.group(1)))


def is_raw_tag(match: re.Match[str], md: Markdown) -> bool:
    """Whether a stand-in of `RE_STAND_IN` holds raw HTML markup (`<b>`, `</b>`), not an entity or an escape."""
    if "wzxhzdk:" not in match.group():
        return False
    raw = md.htmlStash.rawHtmlBlocks[int(match.group(1))]
    return not isinstance(raw, str) or raw.lstrip().startswith("<")


def shown_spans(raw: str, md: Markdown) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """The text readers see, the span of `raw` each of its characters comes from, and the spans of raw HTML tags.

    A stand-in (an entity's placeholder, a backslash escape) is shown as its words, each of which
    comes from the whole stand-in: a highlight may take it whole, never cut it. A raw HTML tag
    (`<b>`) is a stand-in of its own, apart from its end tag: a highlight must not cross one.
    """
    shown: list[str] = []
    spans: list[tuple[int, int]] = []
    tags: list[tuple[int, int]] = []
    at = 0
    for match in RE_STAND_IN.finditer(raw):
        shown.append(raw[at : match.start()])
        spans += [(i, i + 1) for i in range(at, match.start())]
        words = stand_in_text(match, md)
        shown.append(words)
        spans += [match.span()] * len(words)
        if is_raw_tag(match, md):
            tags.append(match.span())
        at = match.end()
    shown.append(raw[at:])
    spans += [(i, i + 1) for i in range(at, len(raw))]
    return "".join(shown), spans, tags


def restored(text: str, md: Markdown | None) -> str:
    r"""Text as readers see it, while the tree still holds Python-Markdown's stand-ins.

    Until its last steps, a backslash escape (`\*`) is a code between STX and ETX, and an entity
    (`&ndash;`) or an inline tag a placeholder for the HTML stash; the table of contents puts them
    back the same way for heading titles (`markdown.extensions.toc`).
    """
    if md is None or STX not in text:
        return text
    return HTML_PLACEHOLDER_RE.sub(lambda match: _stashed_text(match, md), unescape(text))


def _stashed_text(match: re.Match[str], md: Markdown) -> str:
    """The words of one stashed piece of raw HTML: an entity's character, nothing for a lone tag."""
    raw = md.htmlStash.rawHtmlBlocks[int(match.group(1))]
    return html.unescape(strip_tags(raw)) if isinstance(raw, str) else "".join(raw.itertext())


def footnote_refs(root: etree.Element) -> set[etree.Element]:
    """The page's footnote numbers (`<sup><a class="footnote-ref">4</a></sup>`), found in one walk of the tree."""
    return {sup for sup in root.iter("sup") if any(a.get("class") == "footnote-ref" for a in sup)}


def text_without(element: etree.Element, left_out: set[etree.Element], md: Markdown | None = None) -> str:
    """The visible text of an element without the text of some of its descendants, whitespace normalised."""
    parts: list[str] = []

    def walk(node: etree.Element) -> None:
        parts.append(node.text or "")
        for child in node:
            if child not in left_out:
                walk(child)
            parts.append(child.tail or "")

    walk(element)
    return normalise_space(restored("".join(parts), md))
