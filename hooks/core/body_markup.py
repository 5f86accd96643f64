"""What the sanitiser removes from a body is named to its contributor, never dropped in silence.

Bodies come from pull requests, so `bodies.sanitise` keeps an allowlist of tags, attributes and
link schemes. A heading, an image, raw HTML or a `javascript:` link would otherwise vanish from
the page without a word; this reads the body as Python-Markdown renders it, before sanitising
(with Python's HTML parser), and names each thing that will not be shown, comments included.
A body left with no words (only a rule, a comment, a zero-width space) is named too, and so are
control characters (pasted from a terminal or a PDF): invisible, and not allowed in HTML; and
footnotes, which a body cannot have (their numbers would be the page's own). A link that is no address a
browser reads is named in a page's link's words, with why (a port past 65535, a space in the host), whether the
sanitiser dropped it (`http://a:99999/`) or kept it (`//[a`, or `//a:99999/`, which it takes for a relative link).
"""

from __future__ import annotations

import html
import re
from functools import cache, lru_cache
from html.parser import HTMLParser

import markdown
from markdown.extensions.footnotes import FootnoteExtension

from hooks.core.annotations import Annotation
from hooks.core.bodies import (
    ALLOWED_ATTRIBUTES,
    ALLOWED_TAGS,
    MAX_BODY,
    URL_SCHEMES,
    render_body,
    unreadable,
    unsanitised_body,
)
from hooks.core.body_tree import body_hrefs, shows_words, wordless_links
from hooks.core.problems import Problem, visible
from hooks.core.site_addresses import reads_no_address, split_url, unread_address
from hooks.core.text import RE_CONTROL, RE_DIRECTION_CONTROL, RE_LINE_SEPARATOR, RE_TAG_OPEN, control_hint, shorten
from hooks.core.yaml_lines import keys_path

NAMED = {"img": "an image", **{f"h{level}": "a heading" for level in range(1, 7)}}
FIX = (
    "write Markdown: paragraphs, *emphasis*, [links](https://…), lists, > quotes, `code`, tables; "
    "no headings, images or HTML"
)

ADDRESS_FIX = "write a whole address (https://…) or a page's path inside docs/ (source/page.md#p3)"
TITLE_FIX = "write the title without '<' before a letter: tooltips would show the tags as text"
# A numeric character reference (`&#1;`, `&#x7f;`): the character it writes is checked as a typed one.
RE_CHARACTER_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));")


class _Removed(HTMLParser):
    """Collect, in order and once each, the tags, attributes and link schemes outside the allowlist."""

    def __init__(self) -> None:
        """Start with nothing found."""
        super().__init__(convert_charrefs=True)
        self.found: dict[str, None] = {}
        self.titles: dict[str, None] = {}  # shown, as text: named apart from what is removed
        self.unreadable: dict[str, None] = {}  # no address a browser reads: `unreadable_body_links`

    def handle_comment(self, data: str) -> None:
        """Note an HTML comment: a note to reviewers belongs in the pull request."""
        self.found["an HTML comment (<!-- -->)"] = None

    def handle_decl(self, decl: str) -> None:
        """Note a declaration (`<!DOCTYPE …>`)."""
        self.found[f"<!{decl.split()[0] if decl.split() else ''}>"] = None

    def unknown_decl(self, data: str) -> None:
        """Note a marked section (`<![CDATA[…]]>`)."""
        self.found["<![CDATA[…]]>"] = None

    def handle_pi(self, data: str) -> None:
        """Note a processing instruction (`<?php …?>`)."""
        self.found["<?…?>"] = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Note a tag the allowlist lacks, or an attribute or address it would remove from an allowed tag."""
        if tag not in ALLOWED_TAGS:
            self.found[f"{NAMED[tag]} (<{tag}>)" if tag in NAMED else f"<{tag}>"] = None
            return
        for name, value in attrs:
            if name not in ALLOWED_ATTRIBUTES.get(tag, ()):
                self.found[f"the attribute '{name}' of <{tag}>"] = None
            elif name == "href" and (parts := split_url(value or "")) is None:
                self.unreadable[value or ""] = None
            elif name == "href" and parts.scheme not in ("", *URL_SCHEMES):
                self.found[f"a '{parts.scheme}:' link"] = None
            elif name == "href" and reads_no_address(value or ""):  # `http://a:99999/`, `//a:99999/`
                self.unreadable[value or ""] = None
            elif name == "title" and RE_TAG_OPEN.search(value or ""):  # shown as text (`text.inert_title`)
                self.titles[shorten(value or "", 40)] = None


@lru_cache(maxsize=256)
def _read(text: str) -> _Removed | None:
    """The body's rendered Markdown read for what sanitising changes; None when it changes nothing."""
    written = unsanitised_body(text)
    if render_body(text) == written:  # the common case, decided without parsing (both are cached)
        return None
    parser = _Removed()
    parser.feed(written)
    parser.close()
    return parser


def removed_markup(text: str) -> list[str]:
    """What of a body's rendered Markdown the page will not show; nothing when sanitising changes nothing."""
    return list(found.found) if (found := _read(text)) else []


def unreadable_body_links(path: str, text: str) -> list[Problem]:
    """Each link of a body that is no address, once, with why (`unread_address`), whether the sanitiser kept it or not.

    One rule, a page's links' too (`reads_no_address`): `urlsplit` refuses `//[a`, which the sanitiser keeps,
    and `http://[::1`, which it drops; it takes `http://a:99999/` and `https://a b.org/`, which the sanitiser,
    reading as a browser does, drops (the page shows their words), and `//a:99999/`, which it keeps as relative,
    though a browser reads it with the page's scheme, and reads no address. Each named in a page's link's words.
    """
    if found := _read(text):
        hrefs = list(found.unreadable)
    elif "<a" in (rendered := render_body(text)):  # nothing dropped: the links as written
        hrefs = list(dict.fromkeys(href for href in body_hrefs(rendered) if reads_no_address(href)))
    else:
        return []
    return [_no_address(path, href) for href in hrefs]


def _no_address(path: str, href: str) -> Problem:
    """The line on a body's link that is no address: why, and its own fix or the general one."""
    why, fix = unread_address(href)
    return Problem(path, "body", f"the link '{visible(href, address=True)}' {why}", fix or ADDRESS_FIX)


def marked_titles(text: str) -> list[str]:
    """The link and abbreviation titles of a body that hold markup, which the page shows as text (shortened)."""
    return list(found.titles) if (found := _read(text)) else []


def control_characters(path: str, text: str) -> Problem | None:
    """The invisible control characters of a body, typed or written as references, each named once and placed.

    References are read where Python-Markdown left them (`&#2;` in code is shown as written), and
    as HTML reads them (`&#150;` is a dash: HTML takes 128–159 as Windows-1252 characters). A
    direction control is allowed in HTML, but reorders the words readers see; a line or paragraph
    separator is too, but Markdown reads no break in it (a paragraph runs on): each named with why.
    """
    found: dict[str, tuple[int, int]] = {}  # how the character is named -> (where, its code)
    for match in RE_CONTROL.finditer(text):
        found.setdefault(f"U+{ord(match.group()):04X}", (match.start(), ord(match.group())))
    for reference, code in _control_references(text) if "&#" in text else ():
        found.setdefault(f"'{reference}' (U+{code:04X})", (max(text.find(reference), 0), code))
    if not found:
        return None
    ordered = sorted(found.items(), key=lambda item: item[1][0])
    named = ", ".join(f"{char} {_place(text, at)}" for char, (at, _) in ordered)
    codes = "".join(chr(code) for _, code in found.values())
    if RE_DIRECTION_CONTROL.search(codes) or RE_LINE_SEPARATOR.search(codes):
        message = f"holds control characters no one can see: {named}"
        return Problem(path, "body", message, control_hint(codes, line_break="a new line"))
    return Problem(path, "body", f"holds characters no one can see, which HTML does not allow: {named}", "delete them")


def _control_references(text: str) -> list[tuple[str, int]]:
    """The character references of a rendered body that write a control character or nothing, with their codes."""
    found = []
    for match in RE_CHARACTER_REFERENCE.finditer(unsanitised_body(text)):
        char = html.unescape(match.group())
        if not char or RE_CONTROL.search(char):
            found.append((match.group(), int(match.group(1), 16) if match.group(1) else int(match.group(2))))
    return found


def _place(text: str, at: int) -> str:
    """Where a character stands, by the words before it on its line (its last 30 characters, controls left out).

    A direction control quoted in the line would reorder the line itself in the contributor's terminal;
    a line separator, which stood for a break, is a space there.
    """
    line = RE_CONTROL.sub("", RE_LINE_SEPARATOR.sub(" ", text[:at].rsplit("\n", 1)[-1])).strip()
    return f"after '…{line[-30:]}'" if len(line) > 30 else f"after '{line}'" if line else "at the start of a line"


@cache
def _footnote_reader() -> tuple[markdown.Markdown, FootnoteExtension]:
    """A converter that knows footnotes, to find the ones a body defines (bodies are rendered without)."""
    extension = FootnoteExtension()
    return markdown.Markdown(extensions=[extension]), extension


def footnotes(path: str, text: str) -> Problem | None:
    """Footnotes a body defines: shown as written (`[^1]`), since a body's notes would share the page's numbers."""
    if "[^" not in text:
        return None  # the common case, decided without converting
    converter, extension = _footnote_reader()
    converter.reset()
    converter.convert(text)
    if not extension.footnotes:
        return None
    labels = ", ".join(f"[^{label}]" for label in extension.footnotes)
    hint = "write each note in the text, e.g. in parentheses"
    return Problem(path, "body", f"holds footnotes ({labels}), which an annotation shows as written", hint)


def check_body_markup(annotation: Annotation) -> list[Problem]:
    """What a body holds that the page will not show as written, each kind once, all together.

    The checks are independent: markup the sanitiser removes does not hide a link with no words
    beside it, nor a body left with none (a comment alone). A body too long or too deep to convert
    is named alone but for its control characters: the other checks read the converted body.
    """
    return body_markup_problems(annotation.path, annotation.body)


def body_markup_problems(path: str, body: str) -> list[Problem]:
    """`check_body_markup` of a body alone: read too when its front matter is refused and no annotation is built."""
    if reason := unreadable(body):  # not converted: what the other checks read is not there
        return [Problem(path, "body", reason, _unreadable_hint(reason, body)), *_found(control_characters(path, body))]
    problems = _found(control_characters(path, body), footnotes(path, body))
    if titles := marked_titles(body):
        shown = ", ".join(f"'{title}'" for title in titles)
        problems.append(Problem(path, "body", f"a link's or abbreviation's title holds markup: {shown}", TITLE_FIX))
    if removed := removed_markup(body):
        problems.append(Problem(path, "body", f"not shown on the page: {', '.join(removed)}", FIX))
    return problems + unreadable_body_links(path, body) + wordless(path, render_body(body))


def _found(*problems: Problem | None) -> list[Problem]:
    """The problems a check found (a check that found none gives None)."""
    return [problem for problem in problems if problem]


def _unreadable_hint(reason: str, body: str) -> str:
    """How to make a body the build refused to convert one it converts."""
    if "bracket" in reason:
        return f"write fewer links; list works under {keys_path('references')} instead"
    if len(body) <= MAX_BODY:
        return "nest lists and quotes a few levels at most"
    return "shorten it: a longer text belongs elsewhere, linked from the annotation's references"


def wordless(path: str, html: str) -> list[Problem]:
    """A sanitised body that shows no words, and each link that shows none, once each.

    A body with no words has none in its links either: one line says both, since writing the
    link's words may be all the fix needs.
    """
    links = list(dict.fromkeys(wordless_links(html))) if "<a" in html else []
    if not shows_words(html):
        hint = "write the annotation's text below the closing '---'"
        if not links:
            return [Problem(path, "body", "shows no words on the page", hint)]
        named = ", ".join(f"'{href}'" for href in links)
        one = len(links) == 1
        nor = f"nor does its link to {named}" if one else f"nor do its links to {named}"
        hint += f", and {'the link' if one else 'each link'}'s words between its brackets: [words](address)"
        return [Problem(path, "body", f"shows no words on the page, {nor}", hint)]
    hint = "write the words to click between the brackets: [words](address)"
    return [Problem(path, "body", f"the link to '{href}' shows no words", hint) for href in links]
