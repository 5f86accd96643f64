"""Text the edition shows or checks: shortened or quoted where it quotes another, literal in Markdown.

Also the characters no one sees where they stand (invisible ones, control characters), which the
checks of every text field and body name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html.parser import HTMLParser
from xml.etree import ElementTree as etree

ELLIPSIS = "…"
# Between items on one line (motivation · author · date, Defines: a · b, 1 page · 2 paragraphs, CSL-JSON · BibTeX): a
# no-break space before the dot, which ends a line as a comma would and never opens one (at 375 px, `· Edition
# editors`, and under the glossary's definitions `· Annex, ¶ 5`, began a line). Search still splits words there:
# its `separator` (mkdocs.yml) reads `\s`, this space too.
ITEM_SEPARATOR = "\u00a0· "
# The separator as a page writes it: its dot hidden from screen readers (`aria-hidden`), which would say "middle
# dot" between items they already read apart; shown, copied and searched as before. As HTML, for a page's Markdown.
SEPARATOR_DOT = ITEM_SEPARATOR.rstrip()
SEPARATOR_HTML = f'<span aria-hidden="true">{SEPARATOR_DOT}</span> '
TRAILING = " ,;:–—-"  # punctuation that would dangle before the ellipsis
# A quotation inside a quotation takes single marks (CMOS 13.30, APA 6.7): curly double marks become
# single ones, and so do straight ones that pair up; a `"` after a digit is an inch mark (`5"`).
INNER_QUOTES = str.maketrans({"“": "‘", "”": "’"})
RE_STRAIGHT_QUOTE = re.compile(r'(?<![0-9])"')
# What the site's extensions read as markup and accept a backslash before (`~` and `=` they do not).
RE_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]>#|^+!])")
# Characters that show nothing where they stand, as a copy from a PDF or a word processor brings them.
INVISIBLE_NAMES = {
    "\u00ad": "soft hyphen", "\u200b": "zero-width space", "\u200c": "zero-width non-joiner",
    "\u200d": "zero-width joiner", "\u200e": "left-to-right mark", "\u200f": "right-to-left mark",
    "\u2060": "word joiner", "\ufeff": "zero-width no-break space",
}  # fmt: skip
INVISIBLE = dict.fromkeys(map(ord, INVISIBLE_NAMES))  # a `str.translate` table that deletes them
# The schemas' pattern for a text readers see: one character that is neither space (a no-break
# space is one) nor invisible. Python's `re` reads the `\uXXXX` escapes, as JSON Schema's dialect does.
VISIBLE_PATTERN = "[^\\s" + "".join(f"\\u{ord(char):04x}" for char in INVISIBLE_NAMES) + "]"
# The control characters no text of the edition may hold, as a regular expression's class written
# in escapes, which Python's `re` and JSON Schema's patterns both read. HTML's "control" characters
# but its whitespace (tab, line feed, form feed, carriage return), and its noncharacters: a parse
# error where they stand (HTML Living Standard, 13.2.3.5).
HTML_CONTROLS = "\\x00-\\x08\\x0b\\x0e-\\x1f\\x7f-\\x9f\\ufdd0-\\ufdef\\ufffe\\uffff"
# The direction controls: embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069).
# Unseen, they make text read in another order than it is written: a name, a quote or a link showing
# other words than its file holds. (The marks U+200E and U+200F, which text in two scripts needs,
# reorder nothing but neutral neighbours: they are only invisible, above.)
DIRECTION_CONTROLS = "\\u202a-\\u202e\\u2066-\\u2069"
# The line and paragraph separators (U+2028, U+2029): line breaks no one sees in a field of one line,
# which Markdown does not read as one (a paragraph written with them runs on), and which end a line
# in JavaScript before ES2019 and in many tools. A line ends with a line feed in every file here.
LINE_SEPARATORS = "\\u2028\\u2029"
CONTROLS = HTML_CONTROLS + DIRECTION_CONTROLS + LINE_SEPARATORS  # what no text of the edition may hold
RE_CONTROL = re.compile(f"[{CONTROLS}]")
RE_DIRECTION_CONTROL = re.compile(f"[{DIRECTION_CONTROLS}]")
RE_LINE_SEPARATOR = re.compile(f"[{LINE_SEPARATORS}]")
DIRECTION_HINT = "a direction control (U+202A–U+202E, U+2066–U+2069) makes text read in another order than written"
LINE_SEPARATOR_HINT = "a line or paragraph separator (U+2028, U+2029) is a line break no one sees"
NO_CONTROL_PATTERN = f"^[^{CONTROLS}]*$"  # the schemas' pattern for a text field
# The longest name, title, term or attribution (one line of text) a schema or check takes: a report's
# title with its subtitle, or an organisation's name with its department, runs to 150–250 characters;
# more is a paste gone wrong (a paragraph, a whole page), which every menu, tooltip and citation would show.
LINE_LIMIT = 300
CITATION_LIMIT = 1000  # a reference as it is cited: its authors, title, journal and pages on one line
# An area's description: a sentence or two under its title on the overview and its page (the longest has 170).
DESCRIPTION_LIMIT = 1000
# A record's abstract, annote, note or references: a few paragraphs, shown as written in the record.
TEXT_LIMIT = 5000
# A quote is words of one paragraph (the texts' longest has 1,732 characters), so a longer one cannot
# match; and one that does not is compared with every run of its paragraph's words for the closest
# passage to name, which takes seconds for a quote of 5,000 characters and minutes for a page pasted in.
QUOTE_LIMIT = 2000
# The schemas' pattern for a text field shown as written: an HTML character reference (`&#x202e;`,
# `&amp;`) in it would reach the page as markup and be read as the character it stands for; browsers
# read a number's (`&#60`) and `&lt`, `&gt`, `&amp`, `&quot` without their `;` too (a page title's
# `&ltimg …` is `<img …` to Material's tooltips). `REFERENCE_FORMS`: what follows the `&` of one.
REFERENCE_FORMS = "#[0-9]|#[xX][0-9a-fA-F]|[lL][tT]|[gG][tT]|[aA][mM][pP]|[qQ][uU][oO][tT]|[A-Za-z][A-Za-z0-9]*;"
NO_REFERENCE_PATTERN = f"^(?![\\s\\S]*&(?:{REFERENCE_FORMS}))"
# A web address: no space, control or direction character, and none of the characters RFC 3986
# leaves out of addresses (`"<>\\^`{|}`), any of which would end or break the `href` it goes in.
URL_PATTERN = '^https?://[^\\s"<>\\\\^`{|}\\x00-\\x1f\\x7f-\\x9f\\u202a-\\u202e\\u2066-\\u2069]+(?!\\n)$'
# A DOI as a record writes it (the schema's `DOI`): the directory's `10.`, a registrant's 4–9 digits, `/` and a suffix
# of any characters but spaces (`10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0` is one): not its
# address (`https://doi.org/10.…`) or `doi:10.…`, which the record's link at https://doi.org/ would repeat.
DOI_PATTERN = "^10\\.[0-9]{4,9}/\\S+(?!\\n)$"
# A well-formed BCP 47 language tag (RFC 5646 § 2.1), in any letter case: language (2–3 letters: none longer is
# registered, and `English` is no tag), extended language, script, region, variants, extensions, private use; or
# a private-use tag alone. Not the irregular tags RFC 4646 deprecated (`i-klingon`: tlh). A source's record and an
# annotation name a language alike (screen readers, reference managers and the export read both), so both take
# this; `languages.py` reads its parts by name, and then asks CLDR whether it knows the language.
LANGUAGE_TAG = (
    "(?:(?P<language>[A-Za-z]{2,3})(?:-(?P<extlang>[A-Za-z]{3}(?:-[A-Za-z]{3}){0,2}))?(?:-(?P<script>[A-Za-z]{4}))?"
    "(?:-(?P<region>[A-Za-z]{2}|[0-9]{3}))?(?P<variants>(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*)"
    "(?:-[0-9A-WYZa-wyz](?:-[A-Za-z0-9]{2,8})+)*(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?|[Xx](?:-[A-Za-z0-9]{1,8})+)"
)
# The schemas' (and the site's form's) pattern for `language`: the tag, its parts unnamed (`(?P<…>` is Python's
# alone), the whole value (`$` alone would take a trailing line feed).
LANGUAGE_PATTERN = "^" + re.sub(r"\(\?P<\w+>", "(?:", LANGUAGE_TAG) + "(?!\\n)$"
# The longest web address a schema takes. A report's address with its query, or a repository's permalink,
# runs to several hundred characters, more than a one-line text's LINE_LIMIT; browsers, servers and
# sitemaps (2,048) take about 2,000; a page pasted in is longer.
URL_LIMIT = 2000


RE_TAG_OPEN = re.compile(r"<(?=[A-Za-z/!?])")  # a `<` HTML would read as the start of a tag or comment


def inert_title(text: str) -> str:
    """A `title` attribute's value that Material's tooltips (`content.tooltips`) cannot run as markup.

    They insert a title into the page as HTML, so a `<img onerror=…>` in a contributed name or link
    title would run on hover. Each `<` that would open a tag is written `&lt;`, which they show as
    `<`; the browser's own tooltip, without JavaScript, shows the reference as written. For a
    serialiser that escapes `&` (nh3's); Python-Markdown's keeps references: `mdx/inert_titles.py`.
    """
    return RE_TAG_OPEN.sub("&lt;", text) if "<" in text else text


class _Words(HTMLParser):
    """Collect the text of a piece of HTML: its tags, comments and declarations show nothing."""

    def __init__(self) -> None:
        """Start with no words; references are read as their characters (`convert_charrefs`)."""
        super().__init__(convert_charrefs=True)
        self.words: list[str] = []

    def handle_data(self, data: str) -> None:
        """Keep the text between tags."""
        self.words.append(data)


def markup_words(text: str) -> str:
    """The words a browser shows of text written with markup (`Draft <b>notes</b>`: 'Draft notes'), spaces collapsed.

    Read by Python's HTML parser, not by looking for `<` and `>`: a `>` in a quoted attribute ends no
    tag, a `<` that opens none (`a < b`) is a character, and a reference is its character (`&amp;`: '&').
    """
    parser = _Words()
    parser.feed(text)
    parser.close()
    return " ".join("".join(parser.words).split())


def control_hint(text: str, line_break: str = "a space") -> str:
    """How to mend a text's control characters: delete them, with why where a reader would not guess.

    A line or paragraph separator stood for a break: `line_break` is what to write in its place (a
    space in a field of one line, a new line in a body).
    """
    reasons = [DIRECTION_HINT] if RE_DIRECTION_CONTROL.search(text) else []
    if RE_LINE_SEPARATOR.search(text):
        reasons.append(f"{LINE_SEPARATOR_HINT}, so write {line_break} in its place")
    return "delete them: " + "; ".join(reasons) if reasons else "delete them"


def shorten(text: str, limit: int) -> str:
    """The start of `text` cut at a word boundary to fit in `limit` characters, the ellipsis included.

    The cut looks at `limit` characters, so a word that ends just before the limit is kept
    (`one two, three` at 9 → `one two…`); a first word longer than the limit is cut inside it.
    """
    if len(text) <= limit:
        return text
    head = text[:limit]
    cut = head.rsplit(" ", 1)[0] if " " in head else head[: limit - 1]
    return cut.rstrip(TRAILING) + ELLIPSIS


def plural(count: int, noun: str) -> str:
    """`1 page`, `1,204 pages`: a count as the edition writes numbers, with its noun agreeing."""
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def escape_markdown(text: str) -> str:
    """Quote text so the site's Markdown shows it literally (titles, excerpts, quotes, records).

    `<` becomes an entity: Markdown has no backslash escape for it, so a tag would stay a tag. `&`
    stays: alone it is shown as written, and an entity in a page title (`&amp;`) stays one.
    """
    return RE_MARKDOWN_SPECIAL.sub(r"\\\1", text.replace("<", "&lt;"))


def attribute_markdown(text: str) -> str:
    """Text as an attribute list's quoted value: escaped as Markdown (which Python-Markdown undoes), `"` as `&quot;`."""
    return escape_markdown(text).replace('"', "&quot;")


def escape_text(text: str) -> str:
    """Quote plain text so the site's Markdown shows each character as written, a character reference too.

    Unlike `escape_markdown` its `&` is escaped as well: `&amp;` in a record's field is the editors'
    text, shown `&amp;`, not `&` (Markdown keeps a reference as a reference, which the browser reads).
    """
    return escape_markdown(text.replace("&", "&amp;"))


def no_break(text: str) -> str:
    """A short unit (a date) whose spaces a line may not break at; search still splits its words there."""
    return text.replace(" ", "\u00a0")


def paragraph_label(pid: str) -> str:
    """`¶ 7` for p7, joined by a no-break space as in the margin: a line never ends between ¶ and its number."""
    return f"¶\u00a0{pid[1:]}"


# A link whose symbols are said in words (`hooks/mdx/spoken_symbols.py`): its last ¶, shown, read as "paragraph"
# ("pilcrow" to a screen reader otherwise), and its page name's ` › ` as a pause (`spoken_places`), a Used in list's
# page link, which has no ¶, too. The mark, set by `attr_list` (`[Annex, ¶ 5](…){ .edition-spoken-symbols }`), is
# taken off.
SPOKEN_SYMBOLS_CLASS = "edition-spoken-symbols"
VISUALLY_HIDDEN_CLASS = "visually-hidden"  # read to a screen reader, neither shown nor copied (edition.css)
# Beside it, on a hidden mark that hugs the word before it (the comma of `Source, Section`): an inline box in the
# word's line (edition.css), where `.visually-hidden`'s is positioned, a box of its own. Chromium joins the texts of
# two boxes with a space: the name was "Source , Section", as a braille display showed it.
HIDDEN_INLINE_CLASS = "visually-hidden--inline"
# Between a source's title and its section's where a page is named by both (`Source › Section`, the glossary's
# links). Screen readers read the mark each their own way ("single right-pointing angle quotation mark", or
# nothing, the two titles run together): it is shown and hidden from them, and a comma only they read is the pause.
PLACE_MARK = "›"
PLACE_SEPARATOR = f" {PLACE_MARK} "
SPOKEN_PLACE_SEPARATOR = ", "


def separator() -> etree.Element:
    """The separator as an element: its dot in a span hidden from screen readers, its space the span's tail."""
    dot = etree.Element("span", {"aria-hidden": "true"})
    dot.text, dot.tail = SEPARATOR_DOT, " "
    return dot


def spoken_place(title: str) -> str:
    """A page's name as an attribute gives it to a screen reader (`aria-label`): `Source, Section`, no `›`."""
    return title.replace(PLACE_SEPARATOR, SPOKEN_PLACE_SEPARATOR)


def spoken_places(text: str) -> tuple[str, list[etree.Element]]:
    """Text naming a page (`Source › Section`) as a leading text and the elements after it, each ` › ` read as a pause.

    `Source<span class="visually-hidden visually-hidden--inline">,</span> <span aria-hidden="true">›</span> Section`:
    shown and copied as written (edition.css), named "Source, Section": the comma hugs its word, as a written one
    does, in Chromium's name too (`HIDDEN_INLINE_CLASS`).
    """
    first, *rest = text.split(PLACE_SEPARATOR)
    elements = []
    for words in rest:
        comma = etree.Element("span", {"class": f"{VISUALLY_HIDDEN_CLASS} {HIDDEN_INLINE_CLASS}"})
        comma.text, comma.tail = SPOKEN_PLACE_SEPARATOR.rstrip(), " "
        mark = etree.Element("span", {"aria-hidden": "true"})
        mark.text, mark.tail = PLACE_MARK, f" {words}"
        elements += [comma, mark]
    return first, elements


def paragraph_name(pid: str, page_title: str) -> str:
    """`Paragraph 7 of Opportunities`, a listed `¶ 7` link's name: a screen reader said "pilcrow 7", of no page.

    The page too, as a links list read out of context needs, its ` › ` a comma (`spoken_place`); the number shown
    stays in it (WCAG 2.5.3).
    """
    return f"Paragraph {pid[1:]} of {spoken_place(page_title)}"


def nest_quotes(text: str) -> str:
    """Text to be put in double quotation marks, its own double marks made single."""
    if "“" not in text and "”" not in text and '"' not in text:
        return text
    inner = text.translate(INNER_QUOTES)
    marks = [found.start() for found in RE_STRAIGHT_QUOTE.finditer(inner)]
    if not marks or len(marks) % 2:  # unpaired: which is which cannot be told, so they stay as written
        return inner
    chars = list(inner)
    for number, position in enumerate(marks):
        chars[position] = "’" if number % 2 else "‘"
    return "".join(chars)


def quoted(text: str) -> str:
    """`“text”`, a quotation inside it in single marks: `“so-called ‘social remittances.’”`."""
    return f"“{nest_quotes(text)}”"


def in_series(items: Sequence[str], word: str = "and") -> str:
    """Items as a line lists them: `a`, `a and b`, `a, b and c` (`word`: "or" for choices)."""
    *first, last = items
    return f"{', '.join(first)} {word} {last}" if first else last
