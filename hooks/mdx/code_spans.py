"""Mark each short code span (a date, an id, a key, a file's name) to be kept on one line.

```html
<code class="short-code">2024-05-01</code>
```

A browser may end a line after a hyphen or a slash, in code as in prose: on a phone the Source
records guide showed `2026-` at a line's end and `12-05` on the next. A no-break space or hyphen
written in the page would be copied into a contributor's YAML, and CSS cannot tell a short span
from a long one: `white-space: nowrap` on every span would push a long address or error line past
the phone's edge (no `overflow-wrap` breaks a span that may not wrap), and an inline-block, which
wraps only when it must, lets a line break between the span and the comma or bracket after it.
So the build marks each span of at most `SHORT_CODE_LENGTH` columns as shown (a wide character two: the rule is
`hooks/core/short_code.py`'s, which the Cite block's HTML follows too), and `docs/assets/edition.css` keeps the
marked ones whole; a longer span wraps as before.
"""

from __future__ import annotations

import html
from xml.etree import ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from hooks.core.short_code import SHORT_CODE_CLASS, is_short_text


def shown_text(code: etree.Element) -> str:
    """The span's words as the reader sees them: references decoded, each run of spaces or line breaks one space.

    Python-Markdown keeps a code span's `<` and `&` as `&lt;` and `&amp;` in the tree, as an
    annotation's body keeps its `&`.
    """
    return " ".join(html.unescape("".join(code.itertext())).split())


def is_short(code: etree.Element) -> bool:
    """Whether the span is short enough for any column of the page to hold it on one line."""
    return is_short_text(shown_text(code))


def mark_short(code: etree.Element) -> None:
    """Add the class, after any the span has (`attr_list`'s)."""
    written = code.get("class")
    code.set("class", f"{written} {SHORT_CODE_CLASS}" if written else SHORT_CODE_CLASS)


class CodeSpansTreeprocessor(Treeprocessor):
    """Mark the page's short code spans; a code block's `code` is left as it is."""

    def run(self, root: etree.Element) -> None:
        """One walk over the page's `code` elements, those of blocks (`pre > code`) set aside first."""
        in_blocks = {id(child) for pre in root.iter("pre") for child in pre}
        for code in root.iter("code"):
            if id(code) not in in_blocks and is_short(code):
                mark_short(code)


class CodeSpansExtension(Extension):
    """Short code spans marked to stay on one line."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown API)
        """Register `edition-code-spans` at priority 2.

        After the edition's treeprocessors that add elements holding code (an annotation's body at
        7.5, the annotation index at 7.45, the glossary's and policy areas' lists), so theirs are
        marked too.
        """
        md.treeprocessors.register(CodeSpansTreeprocessor(md), "edition-code-spans", 2)


def makeExtension(**kwargs: object) -> CodeSpansExtension:  # noqa: N802 (Python-Markdown API)
    """Entry point for `markdown_extensions: [hooks.mdx.code_spans]`."""
    return CodeSpansExtension(**kwargs)
