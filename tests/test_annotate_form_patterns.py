"""The browser form (docs/assets/annotate*.js) checks with make check's patterns, limits, lines and codes."""

from __future__ import annotations

import json
import re

import pytest
from annotate_form_helpers import form_script
from conftest import ROOT

from hooks.core.schema_messages import LANGUAGE_PATTERN, PATTERNS, PLAIN_TEXT, plain_text_hint, too_long
from hooks.core.text import (
    LINE_LIMIT,
    NO_CONTROL_PATTERN,
    NO_REFERENCE_PATTERN,
    QUOTE_LIMIT,
    URL_LIMIT,
    URL_PATTERN,
    VISIBLE_PATTERN,
)


def test_the_browser_form_checks_a_language_with_the_schema_s_pattern() -> None:
    """The form keeps a copy of the pattern (JavaScript's `$` ends the text: no `(?!\\n)` needed there)."""
    schema = json.loads((ROOT / "annotations/schema/annotation.schema.json").read_text(encoding="utf-8"))
    script = form_script()
    copy = re.search(r"var LANGUAGE_TAG = /(.+)/;", script)
    assert copy is not None, "annotate*.js: LANGUAGE_TAG"
    assert copy.group(1) == schema["properties"]["language"]["pattern"].replace("(?!\\n)$", "$")
    message, hint = PATTERNS[
        LANGUAGE_PATTERN
    ]  # and says what make check says: it said "not a language tag" of x-klingon
    assert f"""' {message.removeprefix("{value} ")}", "{hint}")""" in script


def test_the_browser_form_s_language_lines_and_codes_are_make_check_s() -> None:
    """The form passed `eng`, `en-UK` and `xx`, which make check refuses: it says so now in make check's words, and
    knows a two-letter slip (`xx`) from Babel's two-letter languages and the ones CLDR writes otherwise (`iw`)."""
    from babel.core import get_global

    from hooks.core.languages import UNKNOWN, UNNAMED, english_names
    from hooks.core.schema_messages import LANGUAGE_HINT

    script = form_script()
    copies = dict(re.findall(r'^ *var (LANGUAGE_UNNAMED|LANGUAGE_UNKNOWN|LANGUAGE_HINT|TWO_LETTER_LANGUAGES) = "(.*)";$',
                             script, re.MULTILINE))  # fmt: skip
    two_letters = {code for code in [*english_names()[0], *get_global("language_aliases")] if len(code) == 2}
    assert copies == {
        "LANGUAGE_UNNAMED": UNNAMED,
        "LANGUAGE_UNKNOWN": UNKNOWN,
        "LANGUAGE_HINT": LANGUAGE_HINT,
        "TWO_LETTER_LANGUAGES": " ".join(sorted(two_letters)),
    }


def test_the_browser_form_checks_a_name_for_references_with_the_schema_s_pattern() -> None:
    """The form refused `<` and `>` only: `&lt`, `&#60` and `&amp;` went into a file make check refuses."""
    schema = json.loads((ROOT / "annotations/schema/annotation.schema.json").read_text(encoding="utf-8"))
    script = form_script()
    copy = re.search(r"var NO_REFERENCE = /(.+)/;", script)
    assert copy is not None, "annotate*.js: NO_REFERENCE"
    assert copy.group(1) == NO_REFERENCE_PATTERN
    assert {"pattern": NO_REFERENCE_PATTERN} in schema["properties"]["author"]["properties"]["name"]["allOf"]
    message, hint = PATTERNS[NO_REFERENCE_PATTERN]  # and says what make check says
    assert f"""' {message.removeprefix("{value} ")}", "{hint}")""" in script


def test_the_browser_form_says_where_a_name_s_markup_would_be_read_as_make_check_does() -> None:
    """It said a name's markup would reach the site's navigation, where no author's name is shown."""
    script = form_script()
    hint = plain_text_hint("name")
    assert "navigation" not in hint
    assert f"""' has '<' or '>'", "{hint}")""" in script


def test_the_browser_form_refuses_a_blank_name_or_one_with_control_characters_as_the_schema_does() -> None:
    """A zero-width space alone, or a direction control, went into a file make check refuses."""
    schema = json.loads((ROOT / "annotations/schema/annotation.schema.json").read_text(encoding="utf-8"))
    name = schema["properties"]["author"]["properties"]["name"]
    script = form_script()
    assert re.search(r"var VISIBLE = /(.+)/;", script).group(1) == VISIBLE_PATTERN == name["pattern"]
    assert re.search(r"var NO_CONTROL = /(.+)/;", script).group(1) == NO_CONTROL_PATTERN
    assert {"pattern": NO_CONTROL_PATTERN} in name["allOf"]
    message, hint = PATTERNS[NO_CONTROL_PATTERN]
    assert f"""' {message}", "{hint}")""" in script


@pytest.mark.parametrize(
    ("name", "constant"),
    [
        ("VISIBLE", VISIBLE_PATTERN),
        ("NO_CONTROL", NO_CONTROL_PATTERN),
        ("NO_REFERENCE", NO_REFERENCE_PATTERN),
        ("PLAIN_TEXT", PLAIN_TEXT),
        ("LANGUAGE_TAG", LANGUAGE_PATTERN.replace("(?!\\n)$", "$")),  # JavaScript's `$` ends the text: no `(?!\n)`
        ("WEB_ADDRESS", URL_PATTERN.replace("(?!\\n)$", "$").replace("/", "\\/")),  # and a literal's `/` is `\/`
        ("NAME_LIMIT", str(LINE_LIMIT)),
        ("QUOTE_LIMIT", str(QUOTE_LIMIT)),
        ("URL_LIMIT", str(URL_LIMIT)),
    ],
)
def test_the_browser_form_s_copies_are_the_constants_make_check_uses(name: str, constant: str) -> None:
    """The form checks a name and a web address with copies of text.py's constants: a copy that drifts lets through
    what the pull request's checks then refuse (a line separator, a 100 kB name), or refuses what they take."""
    script = form_script()
    copy = re.search(rf"^ *var {name} = (?:/(.+)/|([0-9]+));$", script, re.MULTILINE)
    assert copy is not None, f"annotate*.js: {name}"
    assert (copy.group(1) or copy.group(2)) == constant


@pytest.mark.parametrize(
    ("name", "field", "place"),
    [
        ("NAME_LIMIT", "author.name", ("author", "name")),
        ("QUOTE_LIMIT", "quote", ("target", "quote")),  # the form checked no quote's length: 2,001 characters passed
        ("URL_LIMIT", "author.url", ("author", "url")),
    ],
)
def test_the_browser_form_checks_each_length_the_schema_limits_as_make_check_does(
    name: str, field: str, place: tuple[str, str]
) -> None:
    """Each limit the form copies is the schema's for its field, and is checked there in make check's words.

    A 100 kB name passed the form and the schema; then a 2,001-character quote passed the form, which
    mirrored the name's limit and not the quote's, into a file the pull request's checks refused.
    """
    schema = json.loads((ROOT / "annotations/schema/annotation.schema.json").read_text(encoding="utf-8"))
    script = form_script()
    copy = re.search(rf"^ *var {name} = ([0-9]+);$", script, re.MULTILINE)
    assert copy is not None, f"annotate*.js: {name}"
    assert int(copy.group(1)) == schema["properties"][place[0]]["properties"][place[1]]["maxLength"]
    assert re.search(rf'tooLong\("{re.escape(field)}", "[^"]+", [^,]+, {name}\)', script), f"annotate*.js: {field}"


def test_the_browser_form_says_a_text_is_too_long_as_make_check_does() -> None:
    """The words of the form's length check are make check's (`too_long`), its numbers written as Python writes them."""
    message, hint = too_long("x" * 2199, QUOTE_LIMIT)
    assert (message, hint) == (
        "is 2,199 characters long, more than the 2,000 it may have",
        "shorten it to 2,000 characters or fewer",
    )
    script = form_script()
    assert 'var most = limit.toLocaleString("en");' in script
    assert '" characters long, more than the " + most + " it may have"' in script
    assert '"shorten it to " + most + " characters or fewer"' in script


def test_the_browser_form_names_an_address_no_browser_reads_with_make_check_s_rule_and_fixes() -> None:
    """The form read `author.url` by the schema's pattern alone; it asks the browser now, and says why in make check's
    words: its copies of the host's forbidden characters and of the fixes are the checks' own."""
    from hooks.core.annotation_checks import ADDRESS_HINT
    from hooks.core.host_characters import RE_ESCAPED_CHARACTER, RE_ESCAPES, RE_HOST_CHARACTER
    from hooks.core.site_addresses import HOST_FIX, NO_ADDRESS, NO_HOST

    script = form_script()
    copies = dict(re.findall(r'^ *var (HOST_FIX|ADDRESS_HINT|NO_ADDRESS|NO_HOST) = "(.*)";$', script, re.MULTILINE))
    assert copies == {"HOST_FIX": HOST_FIX, "ADDRESS_HINT": ADDRESS_HINT, "NO_ADDRESS": NO_ADDRESS, "NO_HOST": NO_HOST}
    patterns = dict(re.findall(r"^ *var (HOST_CHARACTER|ESCAPES|ESCAPED_CHARACTER) = /(.+?)/g?;", script, re.MULTILINE))
    assert patterns == {
        "HOST_CHARACTER": RE_HOST_CHARACTER.pattern,
        "ESCAPES": RE_ESCAPES.pattern,
        "ESCAPED_CHARACTER": RE_ESCAPED_CHARACTER.pattern,
    }


def test_the_browser_form_names_a_host_s_spaces_as_make_check_does() -> None:
    """JavaScript's `\\s` is not Python's (U+FEFF is one to it, U+0085 is not), and it knows no character's name: the
    form said `https://a%C2%A0b.org/` "cannot be read" where make check says it holds U+00A0 (no-break space). The
    patterns spell the spaces out, and the form's names are Unicode's, as `host_character` gives them."""
    import unicodedata

    from hooks.core.host_characters import RE_ESCAPED_CHARACTER, RE_HOST_CHARACTER

    assert "\\s" not in RE_HOST_CHARACTER.pattern + RE_ESCAPED_CHARACTER.pattern
    copy = re.search(r"^ *var SPACE_NAMES = (\{.*?\});$", form_script(), re.MULTILINE | re.DOTALL)
    assert copy is not None, "annotate*.js: SPACE_NAMES"
    spaces = [
        chr(code) for code in range(0x110000) if RE_HOST_CHARACTER.match(chr(code)) and not chr(code).isprintable()
    ]
    named = {f"{ord(char):x}": unicodedata.name(char).lower() for char in spaces if unicodedata.name(char, "")}
    assert json.loads(copy.group(1)) == named
