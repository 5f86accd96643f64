"""mkdocs.yml's extra files (hooks/core/extra_files.py): each `extra_css` / `extra_javascript` entry, by its place.

MkDocs takes `https://cdn.example.org:99999/x.css` and `assets/missing.css` alike, checking nothing: every page
loaded a stylesheet or script that was not there, and neither the build nor make check said so.
"""

from __future__ import annotations

from pathlib import PurePosixPath

import pytest

from hooks.core.extra_file_paths import missing_extra_files, separator_problems
from hooks.core.extra_files import extra_setting_problems, read_entries
from hooks.core.page_files import MKDOCS_LEAVES_OUT
from hooks.core.relative_tags import RelativeTag

CSS_HINT = "write the path of a file in docs/, e.g. `- assets/x.css`, or a whole address"
JS_HINT = "write the path of a file in docs/, e.g. `- assets/x.js`, or a whole address"
PATH_HINT = "write the path of a file in docs/, e.g. `path: assets/x.js`, or a whole address"
AS_TEXT = "write the path of docs/ it names as text, without `!relative`:"
FILE_HINT = "copy the file's whole address from the browser's address bar, or write the path of a file in docs/"
LIST_CSS = "write each path on its own line below `extra_css:`, e.g. `- assets/x.css`"
LIST_JS = "write each path on its own line below `extra_javascript:`, e.g. `- assets/x.js`"


@pytest.mark.parametrize(
    ("settings", "lines"),
    [
        ({"extra_css": ["assets/x.css", "https://cdn.example.org/x.css", "//cdn.example.org/x.css"],
          "extra_javascript": ["assets/x.js", "x.mjs", {"path": "https://cdn.example.org/x.js", "defer": True}]}, []),
        ({"extra_css": ["assets/x.css", "https://cdn.example.org:99999/x.css"]}, ["mkdocs.yml: extra_css[1]: 'https://cdn.example.org:99999/x.css' is no address: its port, '99999', is no number from 0 to 65535 (write https://cdn.example.org/x.css, or the port's number)"]),
        ({"extra_javascript": ["assets/x.js", "https://a b.org/x.js"]}, ["mkdocs.yml: extra_javascript[1]: 'https://a b.org/x.js' is no address: its host, 'a b.org', holds a space (copy the whole address from the browser's address bar)"]),
        # a script written with its options: its `path:` is the address
        ({"extra_javascript": [{"path": "//a:99999/x.js", "defer": True}]}, ["mkdocs.yml: extra_javascript[0].path: '//a:99999/x.js' is no address: its port, '99999', is no number from 0 to 65535 (write https://a/x.js, or the port's number)"]),
        # urlsplit refuses it: the build stopped on MkDocs' traceback
        ({"extra_javascript": ["http://[x/y.js"]}, [f"mkdocs.yml: extra_javascript[0]: 'http://[x/y.js' is no address: its host, after '//', cannot be read ({FILE_HINT})"]),
        ({"extra_css": ["http://1.2.3.4.5/x.css"]}, [f"mkdocs.yml: extra_css[0]: 'http://1.2.3.4.5/x.css' is no address: its host, '1.2.3.4.5', cannot be read ({FILE_HINT})"]),
        # a backslash in the host: MkDocs warns ("OS-specific separator"), and its fix, `/`, leads to the host `cdn`
        ({"extra_css": ["https://cdn\\example.org/x.css"], "extra_javascript": [{"path": "https://git\\hub.com/x.js"}]}, [
            f"mkdocs.yml: extra_css[0]: 'https://cdn\\example.org/x.css' is no address: its host, 'cdn\\example.org', holds '\\' ({FILE_HINT})",
            f"mkdocs.yml: extra_javascript[0].path: 'https://git\\hub.com/x.js' is no address: its host, 'git\\hub.com', holds '\\' ({FILE_HINT})"]),
        # MkDocs' own lines: a backslash in a path (its "OS-specific separator" warning), a shape its check refuses
        ({"extra_css": ["assets\\x.css", "https://cdn.example.org/a\\x.css"]}, []),
        # no list: MkDocs stops on "Expected type: <class 'list'>" before any hook, make check said OK; bytes
        # (`!!binary eA==`) were read as a list of numbers, "extra_css[0]: 120 names no file"
        ({"extra_css": "https://a:99999/x.css", "extra_javascript": {"path": "https://a:99999/x.js"}}, [
            f"mkdocs.yml: extra_css: must be a list of paths, not 'https://a:99999/x.css' ({LIST_CSS})",
            f"mkdocs.yml: extra_javascript: must be a list of paths, not a mapping ({LIST_JS})"]),
        ({"extra_css": b"x", "extra_javascript": None}, [f"mkdocs.yml: extra_css: must be a list of paths, not binary data (!!binary) ({LIST_CSS})"]),
        # MkDocs stops on its own config error ("Expected a key-value mapping", "Sub-option 'path': Required
        # configuration not provided", "Expected type: <class 'str'>"): make check said OK, and now says it
        ({"extra_javascript": [5, None, {"path": 5}, ["x.js"], {"path": None, "defer": True}, {"path": ["a.js"]}]}, [
            f"mkdocs.yml: extra_javascript[0]: must be a path or a script's options, not 5 ({JS_HINT})",
            f"mkdocs.yml: extra_javascript[1]: must be a path or a script's options, not null ({JS_HINT})",
            f"mkdocs.yml: extra_javascript[2].path: must be text, not 5 ({PATH_HINT})",
            f"mkdocs.yml: extra_javascript[3]: must be a path or a script's options, not a list ({JS_HINT})",
            f"mkdocs.yml: extra_javascript[4].path: is empty ({PATH_HINT})",
            f"mkdocs.yml: extra_javascript[5].path: must be text, not a list ({PATH_HINT})"]),
        ({"extra_javascript": {"path": "https://a:99999/x.js"}}, [f"mkdocs.yml: extra_javascript: must be a list of paths, not a mapping ({LIST_JS})"]),
        # an entry naming no file: MkDocs stopped on a traceback (`5`, a mapping), or linked the page itself (`.`)
        ({"extra_css": [5, {"path": "https://a:99999/x.css"}, None, ""]}, [
            "mkdocs.yml: extra_css[0]: 5 names no file (write the path of a file in docs/, e.g. `- assets/x.css`, or a whole address)",
            f"mkdocs.yml: extra_css[1]: must be a path, not a mapping (only a script, in extra_javascript, takes options) ({CSS_HINT})",
            "mkdocs.yml: extra_css[2]: null names no file (write the path of a file in docs/, e.g. `- assets/x.css`, or a whole address)",
            "mkdocs.yml: extra_css[3]: '' names no file (write the path of a file in docs/, e.g. `- assets/x.css`, or a whole address)"]),
        ({"extra_javascript": ["", {"type": "module"}, {"path": "", "defer": True}]}, [
            "mkdocs.yml: extra_javascript[0]: '' names no file (write the path of a file in docs/, e.g. `- assets/x.js`, or a whole address)",
            # MkDocs' `ExtraScriptValue` gives the build `path: ''` for none: one line for both, true of each
            f"mkdocs.yml: extra_javascript[1]: has no `path:`, or an empty one, so it names no file ({PATH_HINT})",
            f"mkdocs.yml: extra_javascript[2]: has no `path:`, or an empty one, so it names no file ({PATH_HINT})"]),
        # MkDocs' `!relative` in a mapping: `{'path': PurePosixPath('a')}` was the line's Python
        ({"extra_css": [{"path": PurePosixPath("a")}]}, [
            f"mkdocs.yml: extra_css[0]: must be a path, not a mapping (only a script, in extra_javascript, takes options) ({CSS_HINT})"]),
        # MkDocs' `!relative` through docs/: offered as the path of docs/ it names, as text (the tag is refused
        # wherever it points, `$docs_dir` too); one from elsewhere, the general fix
        ({"extra_css": [RelativeTag("$config_dir/docs/assets/fonts.css"), RelativeTag("$docs_dir/a.css"),
                        RelativeTag("$config_dir/./docs/b.css"), RelativeTag("$config_dir/overrides/c.css"),
                        RelativeTag("$config_dir/docs"), RelativeTag("")],
          "extra_javascript": [{"path": RelativeTag("$docs_dir/assets/x.js"), "defer": True},
                               RelativeTag("$docs_dir/assets/y.js")]}, [
            f"mkdocs.yml: extra_css[0]: !relative $config_dir/docs/assets/fonts.css names no file ({AS_TEXT} `- assets/fonts.css`)",
            f"mkdocs.yml: extra_css[1]: !relative $docs_dir/a.css names no file ({AS_TEXT} `- a.css`)",
            f"mkdocs.yml: extra_css[2]: !relative $config_dir/./docs/b.css names no file ({AS_TEXT} `- b.css`)",
            f"mkdocs.yml: extra_css[3]: !relative $config_dir/overrides/c.css names no file ({CSS_HINT})",
            f"mkdocs.yml: extra_css[4]: !relative $config_dir/docs names no file ({CSS_HINT})",
            f"mkdocs.yml: extra_css[5]: !relative names no file ({CSS_HINT})",
            f"mkdocs.yml: extra_javascript[0].path: must be text, not !relative $docs_dir/assets/x.js ({AS_TEXT} `path: assets/x.js`)",
            f"mkdocs.yml: extra_javascript[1]: must be a path or a script's options, not !relative $docs_dir/assets/y.js ({AS_TEXT} `- assets/y.js`)"]),
        # a rest that starts with `/` is an absolute path to MkDocs, outside docs/: `- /assets/fonts.css` was offered,
        # which has its own refusal
        ({"extra_css": [RelativeTag("$docs_dir//assets/fonts.css"), RelativeTag("$config_dir//docs/a.css")]}, [
            f"mkdocs.yml: extra_css[0]: !relative $docs_dir//assets/fonts.css names no file ({CSS_HINT})",
            f"mkdocs.yml: extra_css[1]: !relative $config_dir//docs/a.css names no file ({CSS_HINT})"]),
        # only spaces: `href=" "` linked the page itself, as `''` did
        ({"extra_css": [" ", "\t"], "extra_javascript": [" ", {"path": "  ", "defer": True}]}, [
            f"mkdocs.yml: extra_css[0]: ' ' names no file ({CSS_HINT})",
            f"mkdocs.yml: extra_css[1]: '\\t' names no file ({CSS_HINT})",  # escaped, as every line's control character
            f"mkdocs.yml: extra_javascript[0]: ' ' names no file ({JS_HINT})",
            f"mkdocs.yml: extra_javascript[1].path: '  ' names no file ({PATH_HINT})"]),
    ],
)  # fmt: skip
def test_a_stylesheet_or_script_address_no_browser_reads_is_one_line(settings: object, lines: list[str]) -> None:
    """MkDocs took them, which `urlsplit` reads: every page loaded a dead stylesheet or script, said by no line."""
    assert [str(problem) for problem in extra_setting_problems("mkdocs.yml", settings)] == lines


@pytest.mark.parametrize(
    ("entries", "kept"),
    [
        (["assets/x.js", "https://a b.org/x.js", {"path": "http://[x/y.js"}, {"path": "https://a.org/y.js"}],
         ["assets/x.js", {"path": "https://a.org/y.js"}]),
        ([5, {"path": 5}, {"type": "module"}, " ", "x.js"], ["x.js"]),  # MkDocs stops on the first two before any hook
        (["https://git\\hub.com/x.js", "assets\\x.js"], ["assets\\x.js"]),  # MkDocs' `/` would lead to the host `git`
    ],
)  # fmt: skip
def test_the_build_goes_on_without_the_scripts_no_browser_reads(entries: list[object], kept: list[object]) -> None:
    """`http://[x/y.js` stopped the build on MkDocs' traceback, after the line: left out, the build says every line."""
    assert read_entries(entries, "extra_javascript") == kept


def test_the_build_goes_on_without_the_stylesheets_naming_no_file() -> None:
    """`extra_css: [5]` stopped the build on MkDocs' traceback (a number is no path): left out, after its line."""
    assert read_entries(["a.css", 5, {"path": "b.css"}, "https://a b.org/x.css", ""], "extra_css") == ["a.css"]


# the built site's files: docs/'s, a file of overrides/ (`custom_dir`), Material's own, a hook's export
SITE = {"assets/edition.css", "assets/edition.js", "assets/glossary.js", "assets/my file.css", "x.css",
        "assets/stylesheets/main.min.css", "index.html", "glossary.json"}  # fmt: skip
FOLDERS = ("docs", "overrides")
SEPARATOR = "holds '\\', which MkDocs reads as '/' and warns of (the strict build fails)"
NO_CSS = "names no file in docs/ or overrides/, so every page links a stylesheet that is not there"
NO_JS = "names no file in docs/ or overrides/, so every page links a script that is not there"


@pytest.mark.parametrize(
    ("settings", "lines"),
    [
        ({"extra_css": ["assets/edition.css", "x.css", "assets/stylesheets/main.min.css", "https://cdn.example.org/x.css",
                        "//cdn.example.org/x.css", "assets/edition.css?v=2", "./assets/edition.css#x",
                        "assets/../assets/edition.css", "assets/my%20file.css", "assets/my file.css"],
          "extra_javascript": ["assets/edition.js", {"path": "assets/glossary.js", "defer": True}, "data:text/javascript,1"]}, []),
        ({"extra_css": ["assets/missing.css"]}, [f"mkdocs.yml: extra_css[0]: 'assets/missing.css' {NO_CSS} ({CSS_HINT})"]),
        # a misspelling, a folder left out, a letter's case (the server's files are case-sensitive): the file meant
        ({"extra_css": ["assets/edition.css", "assets/editon.css?v=2"]}, [f"mkdocs.yml: extra_css[1]: 'assets/editon.css?v=2' {NO_CSS} (write assets/edition.css?v=2)"]),
        ({"extra_css": ["edition.css", "/assets/Edition.css"]}, [
            f"mkdocs.yml: extra_css[0]: 'edition.css' {NO_CSS} (write assets/edition.css)",
            f"mkdocs.yml: extra_css[1]: '/assets/Edition.css' {NO_CSS} (write assets/edition.css)"]),  # no `/`: below
        ({"extra_javascript": ["assets/edition.js", {"path": "assets/glosary.js", "defer": True}, "assets/x.mjs"]}, [
            f"mkdocs.yml: extra_javascript[1].path: 'assets/glosary.js' {NO_JS} (write assets/glossary.js)",
            f"mkdocs.yml: extra_javascript[2]: 'assets/x.mjs' {NO_JS} (write the path of a file in docs/, e.g. `- assets/x.js`, or a whole address)"]),
        # a script with its options is named at its `path:`, as its other lines name it, and offered one
        ({"extra_javascript": [{"path": "assets/missing.js", "defer": True}]}, [
            f"mkdocs.yml: extra_javascript[0].path: 'assets/missing.js' {NO_JS} ({PATH_HINT})"]),
        # outside the site, the page itself: no file of it
        ({"extra_css": ["../x.css", "?v=2", "assets"]}, [
            f"mkdocs.yml: extra_css[0]: '../x.css' {NO_CSS} (write x.css)",
            f"mkdocs.yml: extra_css[1]: '?v=2' {NO_CSS} ({CSS_HINT})",
            f"mkdocs.yml: extra_css[2]: 'assets' {NO_CSS} ({CSS_HINT})"]),
        # the other lines' entries (`extra_file_problems`), MkDocs' own, and shapes: not named twice
        ({"extra_css": [5, "https://a b.org/x.css", "", "http://[x/y.css"], "extra_javascript": [{"type": "module"}, None]}, []),
        ({"extra_css": "assets/missing.css", "extra_javascript": {"path": "assets/missing.js"}}, []),
    ],
)  # fmt: skip
def test_a_stylesheet_or_script_naming_no_file_of_the_site_is_one_line(settings: object, lines: list[str]) -> None:
    """`extra_css: [assets/missing.css]` passed the strict build and make check: every page linked a file that 404s."""
    assert [str(problem) for problem in missing_extra_files("mkdocs.yml", settings, SITE, FOLDERS)] == lines


def test_the_folders_named_are_those_mkdocs_copies_from() -> None:
    """No `custom_dir`: docs/ alone; the settings not a mapping: the shapes' own line."""
    line = (
        "mkdocs.yml: extra_css[0]: 'a.css' names no file in docs/, so every page links a stylesheet that is not there"
    )
    assert [
        str(problem) for problem in missing_extra_files("mkdocs.yml", {"extra_css": ["a.css"]}, SITE, ("docs",))
    ] == [f"{line} ({CSS_HINT})"]
    assert missing_extra_files("mkdocs.yml", ["extra_css"], SITE, FOLDERS) == []


def test_an_extra_file_s_path_is_named_as_an_address_is() -> None:
    """A no-break space in a path shows as its escape, as in a link's line: in words it is kept as written."""
    settings = {"extra_css": ["assets/a\xa0b.css"], "extra_javascript": ["assets\\a\u00a0b.js"]}
    lines = [str(problem) for problem in missing_extra_files("mkdocs.yml", settings, SITE, ("docs",))]
    lines += [str(problem) for problem in separator_problems("mkdocs.yml", settings, SITE)]
    assert lines and all("\\xa0" in line and "\xa0" not in line for line in lines), lines


def test_a_folder_is_named_as_the_build_names_it() -> None:
    """`custom_dir: ./mytheme/`: the build said `docs/ or mytheme/`, make check `./mytheme/`; both normalise it."""
    problems = missing_extra_files("mkdocs.yml", {"extra_css": ["a.css"]}, SITE, ("./docs/", "./mytheme/", "a//b/"))
    assert [problem.message.split(", so")[0] for problem in problems] == [
        "'a.css' names no file in docs/ or mytheme/ or a/b/"
    ]


@pytest.mark.parametrize(
    ("settings", "lines"),
    [
        ({"extra_css": ["assets\\edition.css", "assets/x.css", "https://cdn.example.org/a\\x.css?v=2"],
          "extra_javascript": [{"path": "assets\\edition.js", "defer": True}]}, [
            f"mkdocs.yml: extra_css[0]: 'assets\\edition.css' {SEPARATOR} (write assets/edition.css)",
            f"mkdocs.yml: extra_css[2]: 'https://cdn.example.org/a\\x.css?v=2' {SEPARATOR} ({FILE_HINT})",
            f"mkdocs.yml: extra_javascript[0].path: 'assets\\edition.js' {SEPARATOR} (write assets/edition.js)"]),
        # a fix is offered only where it names a file of the site: `//cdn/x.css` is another host, `…css/` a folder
        ({"extra_css": ["\\\\cdn\\x.css", "assets/edition.css\\", "assets\\edition.css?v=2", "assets\\missing.css"]}, [
            f"mkdocs.yml: extra_css[0]: '\\\\cdn\\x.css' {SEPARATOR} ({FILE_HINT})",
            f"mkdocs.yml: extra_css[1]: 'assets/edition.css\\' {SEPARATOR} (write assets/edition.css)",
            f"mkdocs.yml: extra_css[2]: 'assets\\edition.css?v=2' {SEPARATOR} (write assets/edition.css?v=2)",
            f"mkdocs.yml: extra_css[3]: 'assets\\missing.css' {SEPARATOR} ({FILE_HINT})"]),
        # a host's backslash is `extra_file_problems`' line; no text, no list: other lines'
        ({"extra_css": ["https://cdn\\example.org/x.css", 5], "extra_javascript": "a\\b.js"}, []),
        (["extra_css"], []),
    ],
)  # fmt: skip
def test_a_path_holding_a_backslash_is_make_check_s_line_for_mkdocs_own_warning(
    settings: object, lines: list[str]
) -> None:
    """The strict build failed on MkDocs' "uses OS-specific separator" warning; make check said OK."""
    assert [str(problem) for problem in separator_problems("mkdocs.yml", settings, SITE)] == lines


PUBLISHED = "https://owner.github.io/repo/"
ROOTED = "is read from the host's root, so on the site at https://owner.github.io/repo/ every page links"
AT_ROOT = (
    "is read from the host's root, so on a site published below it (SITE_URL=https://owner.github.io/repo/, GitHub"
)
AT_REPO = "is read from the host's root, so on a site published at another path than /repo/ every page links a"


@pytest.mark.parametrize(
    ("settings", "site_url", "lines"),
    [
        # at the host's root it works until the site is published below it: one line wherever it is published
        ({"extra_css": ["/assets/edition.css", "//cdn.example.org/x.css", "assets/edition.css"]}, "https://example.org/", [
            f"mkdocs.yml: extra_css[0]: '/assets/edition.css' {AT_ROOT} Pages) every page links a stylesheet that is not"
            " there (write assets/edition.css)"]),
        ({"extra_css": ["/assets/edition.css?v=2"]}, "", [
            f"mkdocs.yml: extra_css[0]: '/assets/edition.css?v=2' {AT_ROOT} Pages) every page links a stylesheet that is"
            " not there (write assets/edition.css?v=2)"]),
        ({"extra_css": ["/assets/edition.css", "//cdn.example.org/x.css", "assets/edition.css"],
          "extra_javascript": [{"path": "/assets/edition.js?v=2", "defer": True}]}, PUBLISHED, [
            f"mkdocs.yml: extra_css[0]: '/assets/edition.css' {ROOTED} https://owner.github.io/assets/edition.css,"
            " no file of the site (write assets/edition.css)",
            f"mkdocs.yml: extra_javascript[0].path: '/assets/edition.js?v=2' {ROOTED} https://owner.github.io/assets/edition.js?v=2,"
            " no file of the site (write assets/edition.js?v=2)"]),
        # from site_url's path: a file of the site (it was "names no file"), until the site moves
        ({"extra_css": ["/repo/assets/edition.css"]}, PUBLISHED, [
            f"mkdocs.yml: extra_css[0]: '/repo/assets/edition.css' {AT_REPO} stylesheet that is not there"
            " (write assets/edition.css)"]),
        ({"extra_css": ["/repo/assets/Edition.css"]}, PUBLISHED, [
            f"mkdocs.yml: extra_css[0]: '/repo/assets/Edition.css' {NO_CSS} (write assets/edition.css)"]),
        # a file missing too: its line offers the path from the site's own folder
        ({"extra_css": ["/assets/Edition.css"]}, PUBLISHED, [f"mkdocs.yml: extra_css[0]: '/assets/Edition.css' {NO_CSS} (write assets/edition.css)"]),
        # the hint names the path as the line does: a zero-width space escaped in both
        ({"extra_css": ["/assets/a\u200bb.css"]}, "", [
            f"mkdocs.yml: extra_css[0]: '/assets/a\\u200bb.css' {AT_ROOT} Pages) every page links a stylesheet that is"
            " not there (write assets/a\\u200bb.css)"]),
    ],
)  # fmt: skip
def test_a_path_from_the_host_s_root_is_one_line_wherever_the_site_is_published(
    settings: object, site_url: str, lines: list[str]
) -> None:
    """`/assets/x.css` passed, and 404s once published below the root (GitHub Pages); `/repo/…` was "no file"."""
    problems = missing_extra_files("mkdocs.yml", settings, SITE | {"assets/a\u200bb.css"}, FOLDERS, site_url=site_url)
    assert [str(problem) for problem in problems] == lines


# docs/'s files the built site leaves out, by why: `exclude_docs`, `draft_docs`, MkDocs' own rule (a hidden file)
LEFT_OUT = {"assets/old.css": "excluded", "assets/draft.js": "draft", ".hidden/x.css": "excluded", "templates/x.css": "excluded"}  # fmt: skip
NOT_THERE = "so every page links a stylesheet that is not there"


@pytest.mark.parametrize(
    ("settings", "lines"),
    [
        ({"extra_css": ["assets/old.css?v=2", ".hidden/x.css", "/templates/x.css"], "extra_javascript": ["assets/draft.js"]}, [
            f"mkdocs.yml: extra_css[0]: 'assets/old.css?v=2' names a file of docs/ that `exclude_docs` leaves out of the site, {NOT_THERE}"
            " (take it out of `exclude_docs` in mkdocs.yml, or write the path of a file the site keeps)",
            f"mkdocs.yml: extra_css[1]: '.hidden/x.css' names a file of docs/ that {MKDOCS_LEAVES_OUT}, {NOT_THERE}"
            " (rename '.hidden' without its leading dot, and write its new path)",
            f"mkdocs.yml: extra_css[2]: '/templates/x.css' names a file of docs/ that {MKDOCS_LEAVES_OUT}, {NOT_THERE}"
            " (move it out of templates/, and write its new path)",
            "mkdocs.yml: extra_javascript[0]: 'assets/draft.js' names a draft (`draft_docs`), which 'mkdocs serve' shows and the"
            " built site leaves out, so every page links a script that is not there (take it out of `draft_docs` in mkdocs.yml"
            " to publish it)"]),
        ({"extra_css": ["assets/edition.css", "assets/missing.css"]}, [f"mkdocs.yml: extra_css[1]: 'assets/missing.css' {NO_CSS} ({CSS_HINT})"]),
    ],
)  # fmt: skip
def test_a_file_of_docs_the_site_leaves_out_is_named_so(settings: object, lines: list[str]) -> None:
    """`exclude_docs` and `draft_docs` leave the file out: "names no file in docs/" sent the contributor to a file there."""
    problems = missing_extra_files("mkdocs.yml", settings, SITE, FOLDERS, left_out=LEFT_OUT)
    assert [str(problem) for problem in problems] == lines
