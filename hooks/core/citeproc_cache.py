"""Answer citeproc-py's repeated questions about a CSL style once: the style never changes while it renders.

citeproc-py 0.11 asks the parsed style the same things again and again while it formats one item:
the same XPath queries (the enclosing `cs:bibliography`, a name's options, a `cs:substitute`),
which macro has a name (an XPath query per lookup), whether a group's children call a variable
(a recursive walk of the subtree, 70 % of the calls), which layout encloses an element and which
locale term has a name and form (an XPath query each). The answers depend only on the style's
elements, never on the item, so they are kept here, per element, the first time they are asked.
Each replacement returns the very object citeproc-py's own method returns (tested in
`tests/test_core_citeproc_cache.py` against the unpatched methods).

The same holds for what it reads from an element while it renders: its root (asked at every
formatting step), which conditions a `cs:if` tests and how it combines them, the types or
variables it names, and whether it has any font or alignment attribute (an element without one
leaves the text as it is; five attribute reads and five root lookups a call otherwise). A
`cs:sort` of a single cite leaves it in place without rendering each key's macro.

The memos key on the element objects, which keeps lxml's proxies alive: the same element is then
always the same Python object, as citeproc-py already assumes (it keeps state on the layout).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from citeproc import model
from citeproc.source import CitationItem, VariableError

MACROS: dict[int, dict[str, Any]] = {}  # id of a style's root element -> its macros by name
CALLS_VARIABLE: dict[Any, bool] = {}
LAYOUTS: dict[Any, Any] = {}
TERMS: dict[tuple[Any, str, str | None, bool], Any] = {}
LOCALE_ANSWERS: dict[tuple[str, Any, str], Any] = {}  # (method, locale, argument) -> date format or option
XPATHS: dict[tuple[Any, str], list[Any]] = {}  # (element, expression) -> the elements the query found
ROOTS: dict[Any, Any] = {}  # element -> the root of its style or locale
CONDITIONS: dict[Any, tuple[tuple[str, ...], str | None]] = {}  # cs:if -> (its test methods, its `match`)
NAMES: dict[tuple[Any, str], list[str]] = {}  # (cs:if, attribute) -> the types or variables it names
PLAIN: dict[Any, bool] = {}  # element -> it has no font or alignment attribute
# The tests of `cs:if` in the order citeproc-py's `If.render` makes them: (attribute, method).
IF_TESTS = (
    ("type", "_type"),
    ("variable", "_variable"),
    ("is-numeric", "_is_numeric"),
    ("is-uncertain-date", "_is_uncertain_date"),
    ("locator", "_locator"),
    ("position", "_position"),
)
# What `Formatted.format` reads, with the value that leaves the text as it is.
PLAIN_FORMAT = (
    ("font-style", "normal"),
    ("font-variant", "normal"),
    ("font-weight", "normal"),
    ("text-decoration", "none"),
    ("vertical-align", "baseline"),
)
MISSING = object()  # a term the locale does not have (citeproc-py raises IndexError)
ORIGINAL: dict[str, Callable[..., Any]] = {
    "xpath_search": model.CitationStylesElement.xpath_search,
    "get_macro": model.CitationStylesElement.get_macro,
    "get_layout": model.CitationStylesElement.get_layout,
    "parent_calls_variable": model.Parent.calls_variable,
    "text_calls_variable": model.Text.calls_variable,
    "get_term": model.Locale.get_term,
    "get_date": model.Locale.get_date,
    "get_option": model.Locale.get_option,
    "citation_item_reference": CitationItem.__dict__["reference"],  # a property
    "get_root": model.CitationStylesElement.get_root,
    "if_render": model.If.render,
    "if_type": model.If._type,
    "if_variable": model.If._variable,
    "sort": model.Sort.sort,
    "format": model.Formatted.format,
}


def index_macros(root: model.CitationStylesElement) -> None:
    """Index a parsed style's macros by name; the first macro of a name wins, as in `cs:macro[@name=...][1]`."""
    macros = root.xpath_search("cs:macro")
    MACROS[id(root)] = {macro.get("name"): macro for macro in reversed(macros)}


def install() -> None:
    """Put the cached lookups in place of citeproc-py's (idempotent: the class attributes are set, not wrapped)."""
    for owner, attribute, replacement in patches():
        setattr(owner, attribute, replacement)


def patches() -> list[tuple[type, str, Callable[..., Any]]]:
    """Which citeproc-py method each cached lookup replaces: (class, attribute, replacement)."""
    return [
        (model.CitationStylesElement, "xpath_search", xpath_search),
        (model.CitationStylesElement, "get_macro", get_macro),
        (model.CitationStylesElement, "get_layout", get_layout),
        (model.Parent, "calls_variable", parent_calls_variable),
        (model.Text, "calls_variable", text_calls_variable),
        (model.Locale, "get_term", get_term),
        (model.Locale, "get_date", get_date),
        (model.Locale, "get_option", get_locale_option),
        (CitationItem, "reference", property(citation_item_reference)),
        (model.CitationStylesElement, "get_root", get_root),
        (model.If, "render", if_render),
        (model.If, "_type", if_type),
        (model.If, "_variable", if_variable),
        (model.Sort, "sort", sort),
        (model.Formatted, "format", format_text),
    ]


def xpath_search(self: model.CitationStylesElement, expression: str) -> list[Any]:
    """An XPath query's answer (ancestors, `cs:substitute`, `cs:date-part`...), asked once per element.

    The queries citeproc-py makes look at the style's and locales' elements and their names, which
    it never changes once parsed. A copy of the list is returned, so a caller cannot alter the memo.
    """
    key = (self, expression)
    found = XPATHS.get(key)
    if found is None:
        found = XPATHS[key] = ORIGINAL["xpath_search"](self, expression)
    return list(found)


def get_macro(self: model.CitationStylesElement, name: str) -> model.CitationStylesElement:
    """The style's macro of that name, from the index instead of an XPath query."""
    macros = MACROS.get(id(self.get_root()))
    if macros is None or name not in macros:
        return ORIGINAL["get_macro"](self, name)
    return macros[name]


def get_layout(self: model.CitationStylesElement) -> model.CitationStylesElement:
    """The `cs:layout` enclosing an element, found once per element."""
    layout = LAYOUTS.get(self)
    if layout is None:
        layout = LAYOUTS[self] = ORIGINAL["get_layout"](self)
    return layout


def parent_calls_variable(self: model.CitationStylesElement) -> bool:
    """Whether a container's subtree calls a variable (what makes a `cs:group` vanish), walked once."""
    called = CALLS_VARIABLE.get(self)
    if called is None:
        called = CALLS_VARIABLE[self] = ORIGINAL["parent_calls_variable"](self)
    return called


def text_calls_variable(self: model.CitationStylesElement) -> bool:
    """Whether a `cs:text` calls a variable, directly or through its macro, decided once."""
    called = CALLS_VARIABLE.get(self)
    if called is None:
        called = CALLS_VARIABLE[self] = ORIGINAL["text_calls_variable"](self)
    return called


def get_term(self: model.Locale, name: str, form: str | None = None, zero_padded: bool = False) -> Any:
    """A locale's term of that name and form, looked up once (IndexError when it has none, as before)."""
    return _kept_answer(
        TERMS,
        (self, name, form, zero_padded),
        lambda: ORIGINAL["get_term"](self, name, form, zero_padded=zero_padded),
        name,
    )


def get_date(self: model.Locale, form: str) -> Any:
    """A locale's date format (`text`, `numeric`), looked up once (IndexError when it has none)."""
    return _locale_answer("get_date", self, form)


def get_locale_option(self: model.Locale, name: str) -> Any:
    """A locale's style option (`punctuation-in-quote`...), read once (IndexError when it has none)."""
    return _locale_answer("get_option", self, name)


def _locale_answer(method: str, locale: model.Locale, argument: str) -> Any:
    """citeproc-py's answer to a locale question, kept."""
    return _kept_answer(
        LOCALE_ANSWERS, (method, locale, argument), lambda: ORIGINAL[method](locale, argument), argument
    )


def _kept_answer(memo: dict[Any, Any], key: Any, ask: Callable[[], Any], missing: str) -> Any:
    """`ask()`'s answer, asked once per key; its IndexError (no such term or option) is kept and raised again."""
    answer = memo.get(key)
    if answer is None:
        try:
            answer = ask()
        except IndexError:
            answer = MISSING
        memo[key] = answer
    if answer is MISSING:
        raise IndexError(missing)
    return answer


def citation_item_reference(self: CitationItem) -> Any:
    """The cited item's record: citeproc-py asks for it at every variable, through three `__getattr__` hops.

    The same lookup (`self.citation.bibliography.source[self.key]`) made on the dicts directly;
    a cite not yet in a citation raises `VariableError`, as before.
    """
    try:
        bibliography = dict.__getitem__(dict.__getitem__(self, "citation"), "bibliography")
        key = dict.__getitem__(self, "key")
    except KeyError:
        raise VariableError from None
    return bibliography.source[key]


def get_root(self: model.CitationStylesElement) -> model.CitationStylesElement:
    """The style or locale an element belongs to, found once per element (an element tree and its root per call)."""
    root = ROOTS.get(self)
    if root is None:
        root = ROOTS[self] = ORIGINAL["get_root"](self)
    return root


def if_render(
    self: model.If, item: CitationItem, context: Any = None, delimiter: str = "", **kwargs: Any
) -> str | None:
    """`cs:if` (and `cs:else-if`) as citeproc-py renders it, with its tests and `match` read once per element."""
    conditions = CONDITIONS.get(self)
    if conditions is None:
        tests = tuple(method for attribute, method in IF_TESTS if attribute in self.attrib)
        conditions = CONDITIONS[self] = (tests, self.get("match"))
    tests, match = conditions
    results: list[bool] = []
    for method in tests:
        results += self._position(item, context) if method == "_position" else getattr(self, method)(item)
    if match == "any":
        passed = any(results)
    elif match == "none":
        passed = not any(results)
    else:
        passed = all(results)
    if not passed:
        raise model.ConditionFailed
    return self.render_children(item, context=context, delimiter=delimiter, **kwargs)


def if_type(self: model.If, item: CitationItem) -> list[bool]:
    """Whether the item is of each type the condition names (split and lower-cased once per element)."""
    names = _names(self, "type", str.lower)
    kind = item.reference.type if names else None
    return [name == kind for name in names]


def if_variable(self: model.If, item: CitationItem) -> list[bool]:
    """Whether the item has each variable the condition names (split once per element)."""
    return [
        "locator" in item if name == "locator" else name in item.reference
        for name in _names(self, "variable", lambda name: name.replace("-", "_"))
    ]


def _names(element: model.If, attribute: str, normalise: Callable[[str], str]) -> list[str]:
    """The space-separated names of a condition's attribute, as citeproc-py normalises them."""
    names = NAMES.get((element, attribute))
    if names is None:
        names = NAMES[element, attribute] = [normalise(name) for name in element.get(attribute).split()]
    return names


def sort(self: model.Sort, items: list[Any], context: Any) -> list[Any]:
    """A `cs:sort`'s order; one cite (what a citation of one source holds) is in order already.

    citeproc-py renders every key's macro to compare the items; `Layout.render_citation` clears
    what that leaves on the layout before it renders each cite.
    """
    if len(items) < 2:
        return list(items)
    return ORIGINAL["sort"](self, items, context)


def format_text(self: model.CitationStylesElement, string: Any) -> Any:
    """The element's font and alignment applied; without any such attribute the text is left as it is."""
    plain = PLAIN.get(self)
    if plain is None:
        plain = PLAIN[self] = all(self.get(attribute, default) == default for attribute, default in PLAIN_FORMAT)
    if not plain:
        return ORIGINAL["format"](self, string)
    return str(string) if isinstance(string, (int, float)) else string
