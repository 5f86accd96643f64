"""BCP 47 language tags as readers know them: named, and checked, through the Unicode CLDR (Babel).

A source's record (`bibliography.language`) and an annotation (`language`) both name the language
their text is in; screen readers, reference managers and the Web Annotation export read the tag, so
a tag they would not know (`eng`, `en-UK`, `xx`) is refused with the one to write. A language for
private use (`qaa`–`qtz`, `x-klingon`) is a reader's own agreement, and passes.
"""

from __future__ import annotations

import functools
import re

from babel import Locale
from babel.core import get_global

from hooks.core.problems import Problem, named_value
from hooks.core.schema_messages import LANGUAGE_HINT
from hooks.core.text import LANGUAGE_TAG

MALFORMED = "is not a BCP 47 language tag"
UNNAMED = "is not a language tag as CLDR writes it"
UNKNOWN = "names no language CLDR knows"
RE_LANGUAGE_TAG = re.compile(LANGUAGE_TAG, re.ASCII)  # the schemas' LANGUAGE_PATTERN, its parts named


@functools.cache
def english_names() -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    """CLDR's English names (through Babel) of languages, scripts, regions and variants; and tags by other spellings.

    The last maps a language's name (`english`) and each code CLDR replaces (`eng`, `fre`, `iw`:
    its language aliases) to the tag CLDR writes.
    """
    english = Locale("en")
    languages = {code: name for code, name in english.languages.items() if "_" not in code}
    aliases = {alias: tag.replace("_", "-") for alias, tag in get_global("language_aliases").items()}
    by_name = {name.lower(): code for code, name in languages.items()}
    return languages, dict(english.scripts), {**english.territories, **english.variants}, {**aliases, **by_name}


def language_name(tag: str) -> str | None:
    """A BCP 47 tag as readers know it, in English (`pt-BR`: Portuguese (Brazil)); None for a tag CLDR cannot name.

    Named part by part, as Babel's `Locale.get_display_name` writes it, so that a language no
    locale speaks (`grc`: Ancient Greek) is named too; extensions and private use are not named.
    """
    match = RE_LANGUAGE_TAG.fullmatch(tag)
    if not match or not match["language"]:
        return None  # not a tag, or one wholly for private use
    languages, scripts, places, _ = english_names()
    language = (match["extlang"] or match["language"]).lower()  # `zh-yue` is `yue`
    details = [scripts.get(match["script"].title())] if match["script"] else []
    details += [places.get(subtag.upper()) for subtag in (match["region"], *match["variants"].split("-")) if subtag]
    if language not in languages or None in details:
        return None
    return f"{languages[language]} ({', '.join(map(str, details))})" if details else languages[language]


def suggested_tag(value: str) -> str | None:
    """The tag CLDR names for what was written as a language's name, an older code or a locale's name.

    `English`: en, `eng-GB`: en-GB (CLDR's language aliases); `en-UK`: en-GB (its territory aliases);
    `EN_gb`, `"en "`: en-GB, en (a locale's underscore, a stray space, in the usual case); `zh-yue`, `zh_yue`: yue,
    `zh-cmn-Hans`: zh-Hans (never a tag that would be refused in its turn).
    """
    tags = english_names()[3]
    written = value.strip().replace("_", "-")
    if written != value and language_name(written) and not is_extended(written):
        return usual_case(written)
    language, _, rest = written.partition("-")
    tag = tags.get(written.lower()) or (f"{tags[language.lower()]}-{rest}" if language.lower() in tags else "")
    match = RE_LANGUAGE_TAG.fullmatch(written)
    if not tag and match and match["extlang"]:  # `zh-yue` is `yue`; `zh-min-nan` `nan`; `zh-cmn-Hans` CLDR's `zh-Hans`
        extended = written[match.end("extlang") - 3 :]  # the last extended subtag and what follows it
        tag = extended if language_name(extended) else suggested_tag(extended) or ""
    if not tag and match and match["region"]:
        if regions := get_global("territory_aliases").get(match["region"].upper()):
            start, end = match.span("region")
            tag = f"{written[:start]}{regions[0]}{written[end:]}"
    return usual_case(tag) if tag and language_name(tag) else None


def usual_case(tag: str) -> str:
    """A well-formed tag as it is usually written (`EN-gb` → `en-GB`, `zh-hant` → `zh-Hant`), to suggest it so."""
    if not (match := RE_LANGUAGE_TAG.fullmatch(tag)):
        return tag
    cased = tag.lower()
    for group, case in (("script", str.title), ("region", str.upper)):
        if match[group]:
            start, end = match.span(group)
            cased = cased[:start] + case(cased[start:end]) + cased[end:]
    return cased


def is_extended(tag: str) -> bool:
    """A tag with an extended language subtag (`zh-yue`), which BCP 47 (RFC 5646, 4.5) prefers written as that subtag.

    CLDR's language aliases (Babel's `language_aliases`) hold no such form: the tag to write is the
    extended subtag and what follows it, as every one of them is registered (`Preferred-Value`).
    """
    return bool((match := RE_LANGUAGE_TAG.fullmatch(tag)) and match["extlang"])


def is_private_language(language: str) -> bool:
    """A language subtag BCP 47 leaves for private use (`qaa`–`qtz`): no registry names it, by design."""
    return len(language) == 3 and "qaa" <= language.lower() <= "qtz"


def language_problem(value: str) -> tuple[str, str] | None:
    """What is wrong with a language tag and how to write it; None for a well-formed tag of a language CLDR knows.

    A language's name or a code CLDR writes otherwise (`English`, `eng`, `fre`, `en-UK`), or an
    extended-language form BCP 47 writes shorter (`zh-yue`: `yue`), is asked for the tag it stands
    for; a value that is no tag, or a language CLDR does not know (`xx`, a slip), for a tag. A tag
    for private use (`x-klingon`, `qaa`–`qtz`) passes.
    """
    if language_name(value) and not is_extended(value):
        return None
    if tag := suggested_tag(value):
        return f"{named_value(value)} {UNNAMED}", f"did you mean '{tag}'?"
    if not (match := RE_LANGUAGE_TAG.fullmatch(value)):
        return f"{named_value(value)} {MALFORMED}", LANGUAGE_HINT
    language = (match["extlang"] or match["language"] or "").lower()
    if language and language not in english_names()[0] and not is_private_language(language):
        return f"{named_value(value)} {UNKNOWN}", LANGUAGE_HINT
    return None


def language_problems(path: str, field: str, value: object, problems: list[Problem]) -> list[Problem]:
    """`problems` with the language's line in CLDR's words, for a record and an annotation alike.

    The schemas' pattern refuses what is no tag (`English`, `en_GB`): its line becomes this one, with
    the tag to write where there is one; a well-formed tag of a language CLDR does not know, or by an
    older code (`xx`, `eng`, `en-UK`), which the pattern takes, gains its line.
    """
    if not isinstance(value, str):
        return problems  # the schema names a value that is no text
    if (found := language_problem(value)) is None:
        return problems
    line = Problem(path, field, *found)
    if not any(problem.field == field for problem in problems):
        return [*problems, line]
    return [line if problem.field == field else problem for problem in problems]  # one line per value
