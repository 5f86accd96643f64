"""Annotation bodies are untrusted: Markdown rendered, then sanitised with an allowlist (nh3).

Each distinct body is converted and sanitised once, for the page and the export alike. The
sanitised HTML as elements, and its links, are `body_tree.py`'s.
"""

from __future__ import annotations

from functools import cache, lru_cache
from html import escape
from typing import Any

import markdown
import nh3

from hooks.core.text import RE_CONTROL, inert_title

# `hooks.mdx.written_footnotes`: a footnote's definition shown as written, not read as a link's (`[^1]: note`).
BODY_EXTENSIONS: tuple[str, ...] = (
    "abbr", "def_list", "tables", "sane_lists", "pymdownx.caret", "pymdownx.tilde", "hooks.mdx.written_footnotes",
)  # fmt: skip
ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "code", "dd", "del", "dl", "dt", "em", "hr", "i", "ins", "li", "ol", "p",
    "pre", "q", "s", "strong", "sub", "sup", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "ol": {"start"}, "td": {"align"}, "th": {"align"}}
# A table column's alignment as the `align` attribute the allowlist keeps, not as a `style` it removes.
BODY_EXTENSION_CONFIGS = {"tables": {"use_align_attribute": True}}
URL_SCHEMES = {"http", "https", "mailto"}
STASH_MARKERS = str.maketrans("", "", "\x02\x03")
MAX_BODY = 6_000  # characters: about 900 words, five times the longest annotation of the edition
MAX_BRACKETS = 200  # '[' in a body: each may open a link, which Markdown seeks the end of
UNREADABLE: dict[str, str] = {}  # bodies Python-Markdown could not convert, and why


def _inert_titles(tag: str, attribute: str, value: str) -> str:
    """A link's or abbreviation's title as Material's tooltips can show it: they read it as HTML."""
    return inert_title(value) if attribute == "title" else value


SANITISER_OPTIONS: dict[str, Any] = {
    "tags": ALLOWED_TAGS,
    "clean_content_tags": {"script", "style"},
    "attributes": ALLOWED_ATTRIBUTES,
    "attribute_filter": _inert_titles,
    "url_schemes": URL_SCHEMES,
    "link_rel": None,
    "strip_comments": True,
}


@cache
def _cleaner() -> nh3.Cleaner:
    """The sanitiser, its allowlist built once (`nh3.clean` builds it again for every body)."""
    return nh3.Cleaner(**SANITISER_OPTIONS)


def sanitise(html: str) -> str:
    """Keep basic formatting and safe links only: no script, no event handlers, no javascript:/data: URLs."""
    return _cleaner().clean(html)


@cache
def _converter() -> markdown.Markdown:
    """One Markdown instance, reused for every body (building one is the slow part)."""
    return markdown.Markdown(extensions=list(BODY_EXTENSIONS), extension_configs=BODY_EXTENSION_CONFIGS)


def unreadable(text: str) -> str | None:
    """Why a body is shown as its plain text instead of converted, if it is (`body_markup` names it).

    Bodies come from pull requests: some Markdown takes Python-Markdown time growing with the square
    of its length (32 KB of brackets took a minute, on every build), and lists nested hundreds deep
    exhaust Python's stack. The length is capped before converting; the depth is found converting.
    """
    if reason := _too_much(text):
        return reason
    _markdown(text)
    return UNREADABLE.get(text)


def _too_much(text: str) -> str | None:
    """What of a body is beyond the limits, before converting it: its length, or its brackets.

    Python-Markdown reads each `[` as a possible link and looks for its end: 6,000 of them took
    five seconds. Two hundred are more links and notes than an annotation needs.
    """
    if len(text) > MAX_BODY:
        return f"is {len(text):,} characters long, more than the {MAX_BODY:,} an annotation may have"
    if (brackets := text.count("[")) > MAX_BRACKETS:
        return f"opens {brackets:,} brackets ('['), more than the {MAX_BRACKETS} an annotation may have"
    return None


def _as_text(text: str) -> str:
    """A body that is not converted, shown as the words written (the build fails on it meanwhile)."""
    return f"<p>{escape(text.translate(STASH_MARKERS))}</p>"


@lru_cache(maxsize=16384)
def _markdown(text: str) -> str:
    """A body converted by Python-Markdown, not yet sanitised (kept for `render_bodies`' second stage)."""
    if _too_much(text):
        return _as_text(text)
    converter = _converter()
    converter.reset()  # forget the previous body's abbreviations and state, as a fresh instance would
    try:
        return converter.convert(text.translate(STASH_MARKERS))
    except RecursionError:
        _converter.cache_clear()  # left mid-parse, it would convert no later body: the next one gets a new one
        UNREADABLE[text] = "nests lists or quotes more deeply than Markdown can read"
        return _as_text(text)


@lru_cache(maxsize=16384)
def _render(text: str) -> str:
    r"""`render_body`, once per distinct body: the page and the export use the same HTML.

    Control characters written as references (`&#2;`) come out of the sanitiser as characters: they
    are removed, since Python-Markdown would read `\x02wzxhzdk:0\x03` as its own placeholder
    and put the page's stashed HTML in its place (`body_markup` names them to the contributor).
    """
    return RE_CONTROL.sub("", sanitise(_markdown(text)))


def unsanitised_body(text: str) -> str:
    """A body as Python-Markdown renders it, before the sanitiser: what its contributor wrote, as HTML."""
    return _markdown(text)


def render_body(text: str) -> str:
    """An annotation body as sanitised HTML (Python-Markdown's placeholder delimiters removed first)."""
    return _render(text)
