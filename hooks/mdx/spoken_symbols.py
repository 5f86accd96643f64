"""Say a marked link's symbols in words: its ¶ the word "paragraph" (a screen reader says "pilcrow"), its `›` a pause.

```html
<a href="../annex/#p5">Annex, <span class="visually-hidden">paragraph </span><span aria-hidden="true">¶ </span>5</a>
```

A link marked `{ .edition-spoken-symbols }` (`hooks.core.text.SPOKEN_SYMBOLS_CLASS`, set by `attr_list`)
keeps showing `¶ 5`; its name, computed from its text, is "Annex, paragraph 5". The word is in the
text, not an `aria-label`, whose words would have to hold what is shown (axe: label in name); it
comes first, so the ¶ stays glued to its no-break space and number; that space is hidden with the ¶, so
that the name holds single spaces ("paragraph 5", where Chromium said "paragraph \u00a05"), written as the character or,
as prose writes it, as an entity (`¶&nbsp;5`, which Python-Markdown stashes). The mark is taken off.

A page named with its source, `Migration and Transnationalism › Annex`, is named
"Migration and Transnationalism, Annex" alike: its `›` hidden from screen readers (which read it each
their own way), a hidden comma before it (`hooks.core.text.spoken_places`).

The spans are built here, after the inline patterns, not written as raw HTML in the Markdown: a
glossary's hundreds of passage links sent its page through Python-Markdown's HTML stash, which
cost 0.4 G instructions at 100 pages (`bench/results.md`).
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Sequence
from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import HTML_PLACEHOLDER_RE, AtomicString

from hooks.core.text import PLACE_SEPARATOR, SPOKEN_SYMBOLS_CLASS, VISUALLY_HIDDEN_CLASS, spoken_places

PILCROW = "¶"
NO_BREAK_SPACE = "\u00a0"


def text_slots(element: etree.Element) -> Iterator[tuple[etree.Element, etree.Element | None]]:
    """The element's texts in reading order: `(element, None)` for its own, `(element, child)` for a child's tail."""
    yield element, None
    for child in element:
        yield from text_slots(child)
        yield element, child


def leading_spaces(text: str, stash: Sequence[object]) -> int:
    """How long the run of spaces opening `text` is, an entity of a no-break space (`&nbsp;`, `&#160;`) among them.

    Python-Markdown's `entity` pattern stashes an entity and leaves a placeholder in the text, which its postprocessor
    puts back as written: the entity read as the character it stands for decides, not its spelling.
    """
    at = 0
    while at < len(text):
        if text[at].isspace():
            at += 1
            continue
        placeholder = HTML_PLACEHOLDER_RE.match(text, at)
        if placeholder is None:
            break
        index = int(placeholder.group(1))
        stashed = stash[index] if index < len(stash) else None
        if not isinstance(stashed, str) or html.unescape(stashed) != NO_BREAK_SPACE:
            break  # another entity (`&amp;`) or raw HTML, shown and read
        at = placeholder.end()
    return at


def speak_pilcrow(link: etree.Element, stash: Sequence[object]) -> None:
    """Put the hidden word and an `aria-hidden` ¶ in place of the last ¶ of the link's text, code's left as written.

    The ¶ may follow an element of the title (`[*Annex*, ¶ 5]`) or stand in one (`[Annex, *¶ 5*]`). The space after
    it is hidden with it: Chromium puts a space after the hidden word's box and kept the no-break space too, a name
    of "paragraph \u00a05"; shown, the ¶ keeps its no-break space and number on one line all the same. The word
    ends with a space of its own, which Chromium folds into its box's: a name read from the text alone, as the
    accessible name's rules read inline boxes, is "paragraph 5" too, not "paragraph5". `stash` is the page's
    stashed HTML, where an entity written for that space (`¶&nbsp;5`) is.
    """
    for parent, child in reversed(list(text_slots(link))):
        text = parent.text if child is None else child.tail
        if not text or isinstance(text, AtomicString) or PILCROW not in text:
            continue
        before, _, after = text.rpartition(PILCROW)
        word = etree.Element("span", {"class": VISUALLY_HIDDEN_CLASS})
        word.text = "paragraph "
        shown = etree.Element("span", {"aria-hidden": "true"})
        spaces = leading_spaces(after, stash)
        shown.text, shown.tail = PILCROW + after[:spaces], after[spaces:]
        if child is None:
            parent.text, at = before, 0
        else:
            child.tail, at = before, list(parent).index(child) + 1
        parent[at:at] = [word, shown]
        return


def speak_places(link: etree.Element) -> None:
    """Put a hidden comma and an `aria-hidden` `›` in place of each ` › ` of the link's text, code's left as written."""
    for parent, child in list(text_slots(link)):
        text = parent.text if child is None else child.tail
        if not text or isinstance(text, AtomicString) or PLACE_SEPARATOR not in text:
            continue
        before, spoken = spoken_places(text)
        if child is None:
            parent.text, at = before, 0
        else:
            child.tail, at = before, list(parent).index(child) + 1
        parent[at:at] = spoken


def unmark(link: etree.Element) -> bool:
    """Take the mark off the link's classes (and the attribute when none is left); whether it was marked."""
    written = link.get("class")
    if not written or SPOKEN_SYMBOLS_CLASS not in written:  # most links: no class, or a term link's
        return False
    classes = written.split()
    if SPOKEN_SYMBOLS_CLASS not in classes:  # a class whose name holds the mark's: `edition-spoken-symbols-x`
        return False
    kept = " ".join(name for name in classes if name != SPOKEN_SYMBOLS_CLASS)
    if kept:
        link.set("class", kept)
    else:
        del link.attrib["class"]
    return True


class SpokenSymbolsTreeprocessor(Treeprocessor):
    """Speak the ¶ and the `›` of every marked link."""

    def run(self, root: etree.Element) -> None:
        """One walk over the page's links."""
        for link in root.iter("a"):
            if unmark(link):
                speak_places(link)
                speak_pilcrow(link, self.md.htmlStash.rawHtmlBlocks)


class SpokenSymbolsExtension(Extension):
    """A marked link's symbols said in words: its ¶ read as "paragraph", its `›` as a pause."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown API)
        """Register `edition-spoken-symbols` at priority 7.95: after `attr_list` (8), which sets the mark.

        Before the edition's other additions (7.9 and below), which add no marked link.
        """
        md.treeprocessors.register(SpokenSymbolsTreeprocessor(md), "edition-spoken-symbols", 7.95)


def makeExtension(**kwargs: object) -> SpokenSymbolsExtension:  # noqa: N802 (Python-Markdown API)
    """Entry point for `markdown_extensions: [hooks.mdx.spoken_symbols]`."""
    return SpokenSymbolsExtension(**kwargs)
