"""What CSL asks of a processor and citeproc-py 0.11 does not do, for the two styles the edition uses.

Each fix follows the CSL 1.0.2 specification and is tested on the output it corrects:

- **Substitution** ("Substitute"). A work without an author is listed under whoever stands in
  for one: for the edition's chapter, the book's editors. A `cs:names` without a `cs:name` in
  `cs:substitute` takes the name options of the `cs:names` it stands in for, and a variable that
  stood in is left out of the rest of the entry. citeproc-py passes the options only to a direct
  child of `cs:substitute`, but Chicago author-date (18th edition) puts the editors in a
  `cs:choose` there, so they came out in citeproc-py's defaults ("S. Castles, R. Delgado Wise.
  2008." where Chicago writes "Castles, Stephen, and Raúl Delgado Wise, eds. 2008."); and it
  leaves out only `cs:text` variables, so both styles named the editors twice ("… In S. Castles
  & R. Delgado Wise (eds.), …"). `names_process` is citeproc-py's `Names.process` with the two
  rules added. A work with neither author nor editor is listed under its title, which likewise
  came again where the styles write the title (`substitute_render`).
- **`initialize="false"`** ("Name-part Formatting"): given names stay whole although the style
  sets `initialize-with` (Chicago: "Castles, Stephen", not "Castles, S."). citeproc-py ignores
  the attribute. (A given name holding an initial, "James T", keeps it as written.)
- **Title case of labels** ("Text-case"): a label is a term of the style's locale, so `text-case="title"`
  applies when that locale is English (APA: "(Eds.)"); citeproc-py asks the label for the
  item's language, never passes one, and so never title-cases a label.
- **`punctuation-in-quote`** ("Locale Options"): the en-US locale puts a period or comma that
  follows a quoted title inside the closing quote (“Title.” In …). citeproc-py reads the
  option and does nothing with it; `punctuation_in_quote` moves them in the formatted text.
- **Quotes within quotes** ("Quotes"): a title the style puts in quotation marks has its own
  double marks made single (“Sending States and ‘Homeland’ Ties”); citeproc-py left them double.
- **Capitals after a quotation mark or a bracket** ("Text-case"): title case capitalises a word's
  first letter, which for `“homeland”` or `(a` is the letter after the mark; citeproc-py upper-cased
  the mark and left the word as it was ("Sending States and “homeland” Ties"). Each part of a
  hyphenated word is still left as written (`South-south`).
- **Punctuation that meets punctuation** ("Punctuation", Appendix V): a period the style adds
  after a title ending in `?` or `!` is dropped ("Why Migrate? Review", not "Why Migrate?.
  Review"); citeproc-py keeps both.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from citeproc import model
from citeproc.source import VariableError
from citeproc.string import MixedString, String

from hooks.core.text import nest_quotes

ORIGINAL = {
    "names_process": model.Names.process,
    "name_option": model.Name.get_option,
    "label_markup": model.Label.markup,
    "text_variable": model.Text._variable,
    "substitute_render": model.Substitute.render,
    "quote": model.Quoted.quote,
    "capitalize_first": String.capitalize_first,
}
SUBSTITUTED = "names"  # the key of `layout.repressed` under which stood-in name variables are kept
# The key of `layout.repressed` under which the text variables a substitute is rendering are
# collected (None outside a substitute); the layout's `repressed` is reset for every entry.
SUBSTITUTING = "substituting"
ENCLOSING_NAMES = "./ancestor::cs:substitute[1]/parent::cs:names[1]"


def install() -> None:
    """Put the fixed methods in place of citeproc-py's (idempotent: the class attributes are set, not wrapped)."""
    model.Names.process = names_process
    model.Name.get_option = name_option
    model.Label.markup = label_markup
    model.Substitute.render = substitute_render
    model.Text._variable = text_variable
    model.Quoted.quote = quote
    String.capitalize_first = capitalize_first


def name_option(self: model.Name, name: str, context: Any = None, sort_options: Any = None) -> Any:
    """A name's option, where `initialize="false"` turns the inherited `initialize-with` off."""
    if name == "initialize-with" and self.get("initialize") == "false":
        return None
    return ORIGINAL["name_option"](self, name, context, sort_options)


def label_markup(self: model.Label, text: Any) -> Any:
    """citeproc-py's `Label.markup`, with the locale's language for `text-case`."""
    if not text:
        return None
    return self.wrap(self.format(self.case(self.strip_periods(text), locale_language(self.get_root()))))


@cache
def locale_language(root: Any) -> str:
    """The two-letter language of the locale a style's terms come from (`en` unless it says otherwise)."""
    return str(root.get("default-locale") or "en-US")[:2]


# A period after `?` or `!`, past any closing tags and quotes between them (`<i>Why?</i>.`, `?”.`).
RE_PERIOD_AFTER_MARK = re.compile(r"([?!]((?:</[a-z]+>|[”’\"'])*))\.")


def punctuation_in_quote(style: Any, text: str) -> str:
    """A formatted citation with a period or comma after a closing quote moved inside it, if the locale says so.

    A period that meets a title's own `?` or `!` is dropped first, as CSL's punctuation rules ask.
    """
    text = RE_PERIOD_AFTER_MARK.sub(r"\1", text) if "?" in text or "!" in text else text
    moved = quote_punctuation(style.root)
    return text if moved is None else moved[0].sub(moved[1], text)


@cache
def quote_punctuation(root: Any) -> tuple[re.Pattern[str], str] | None:
    """What moves where in a style's locale, asked once per style: None when punctuation stays outside."""
    if root.get_locale_option("punctuation-in-quote").lower() != "true":
        return None
    close = str(root.get_single_term(name="close-quote"))
    return re.compile(f"{re.escape(close)}([.,])"), rf"\1{close}"


def standing_in_for(names: model.Names) -> model.Names | None:
    """The `cs:names` whose options a shorthand `cs:names` in its `cs:substitute` takes, at any depth."""
    if names.name is not None:
        return None
    found = names.xpath_search(ENCLOSING_NAMES)
    return found[0] if found else None


def names_process(
    self: model.Names, item: Any, names_context: model.Names | None = None, context: Any = None, **kwargs: Any
) -> Any:
    """citeproc-py 0.11.1's `Names.process`, with the specification's two rules of substitution."""
    if context is None:
        context = self
    if names_context is None:  # rule 1: the options of the names stood in for
        names_context = standing_in_for(self)
        names_context = self if names_context is None else names_context
    repressed = context.get_layout().repressed
    # Rule 2: a variable that stood in for an author is not named again.
    roles = [role for role in self.get("variable").split() if role not in repressed.get(SUBSTITUTED, ())]
    try:
        ed_trans = (
            set(roles) == {"editor", "translator"}
            and item.reference.editor == item.reference.translator
            and self.get_term("editortranslator").getchildren()
        )
        if ed_trans:
            roles = ["editor"]
    except VariableError:
        ed_trans = False

    output = []
    rendered = []
    for role in roles:
        if role in item.reference:
            name_elem = names_context.name
            if name_elem is None:
                name_elem = model.Name()
                names_context.insert(0, name_elem)
            text = name_elem.render(item, role, context=context, **kwargs)
            plural = len(item.reference[role]) > 1
            rendered.append(role)
            try:
                if ed_trans:
                    role = "editortranslator"
                label_element = names_context.label
                label = label_element.render(item, role, plural, **kwargs)
                if label is not None:
                    if label_element is names_context.getchildren()[0]:
                        text = label + text
                    else:
                        text = text + label
            except AttributeError:
                pass
            output.append(text)

    text = None
    if output:
        try:
            total = sum(output)
        except TypeError:
            is_int = False
        else:
            is_int = isinstance(total, int)
        if is_int:
            text = str(total) if total > 0 else None
        else:
            text = self.join(output, self.get_parent_delimiter(context))
        if text and names_context is not self:  # rule 2: these names stood in for others
            repressed.setdefault(SUBSTITUTED, []).extend(rendered)
    else:
        substitute = self.substitute()
        if substitute is not None:
            text = substitute.render(item, context=context, **kwargs)
        else:
            raise VariableError
    return text


def substitute_render(self: model.Substitute, item: Any, context: Any = None, **kwargs: Any) -> Any:
    """citeproc-py 0.11.1's `Substitute.render`, which also leaves out the text variables that stood in.

    With neither author nor editor, both styles put the title in the author's place, and CSL says
    a substituted variable is then left out of the rest of the entry; citeproc-py repressed only a
    `cs:text` that names its variable itself, not one in a macro or `cs:choose` (APA and Chicago
    printed the title twice). The variables a child renders are collected while it renders.
    """
    repressed = context.get_layout().repressed
    outer = repressed.get(SUBSTITUTING)
    text = None
    try:
        for child in self.getchildren():
            repressed[SUBSTITUTING] = []
            try:
                if isinstance(child, model.Names) and child.name is None:
                    names = self.xpath_search("./parent::cs:names[1]")[0]
                    text = child.render(item, names_context=names, context=context, **kwargs)
                else:
                    text = child.render(item, context=context, **kwargs)
            except VariableError:
                continue
            if text:
                self.add_to_repressed_list(child, context)
                for tag, variable in repressed[SUBSTITUTING]:
                    repressed.setdefault(tag, []).append(variable)
                if outer is not None:
                    outer.extend(repressed[SUBSTITUTING])
                break
    finally:
        repressed[SUBSTITUTING] = outer
    return text


def text_variable(self: model.Text, item: Any, context: Any) -> Any:
    """citeproc-py's `Text._variable`, noting a variable it renders inside a substitute (`substitute_render`)."""
    text = ORIGINAL["text_variable"](self, item, context)
    if text:
        substituting = context.get_layout().repressed.get(SUBSTITUTING)
        if substituting is not None:
            substituting.append((self.tag, self.get("variable")))
    return text


def quote(self: Any, string: Any) -> Any:
    """citeproc-py's `Quoted.quote`, with the quoted text's own double marks made single first."""
    if self.get("quotes", "false").lower() == "true":
        if isinstance(string, MixedString):
            string = MixedString([type(part)(nest_quotes(part)) if isinstance(part, str) else part for part in string])
        elif isinstance(string, str):
            string = type(string)(nest_quotes(string))
    return ORIGINAL["quote"](self, string)


# A word's first letter past opening quotation marks and brackets only: `&lt;b&gt;` or `&amp;` (the
# item's text is escaped for HTML before it is formatted) is left as written, as citeproc-py left it.
RE_FIRST_LETTER = re.compile(r"\A[“‘\"'(\[]*([^\W_])")


def capitalize_first(self: String) -> String:
    """citeproc-py's `String.capitalize_first`, upper-casing the first letter past any opening marks."""
    found = RE_FIRST_LETTER.match(self)
    if found is None:
        return ORIGINAL["capitalize_first"](self)
    start = found.start(1)
    return self.__class__(self[:start] + self[start].upper() + self[start + 1 :])
