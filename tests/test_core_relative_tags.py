"""MkDocs' `!relative` tag read without MkDocs (hooks/core/relative_tags.py): MkDocs' own rule, and its folders.

make check took any value after the tag, where the build stops on `!relative nope` and `!relative $nope/x`; and it
handed a Markdown extension the path as written, where MkDocs hands it the folder the tag names.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from mkdocs.exceptions import ConfigurationError
from mkdocs.utils.yaml import ConfigDirPlaceholder, RelativeDirPlaceholder, get_yaml_loader

from hooks.adapters.markdown_pipeline import tags_as_written
from hooks.core.config_file import config_and_problems
from hooks.core.extra_files import extra_setting_problems
from hooks.core.relative_tags import RelativeTag, placed, tag_fault

WRITTEN = ["", "$config_dir", "$config_dir/x", "$docs_dir/a/b.css", "$docs_dir/", "nope", "a/b", "$nope/x", "$", "$/x",
           "$config_dirx/y", "$Config_dir/x"]  # fmt: skip


def mkdocs_reads(written: str, page: str = "", folder: str = "/p") -> str | None:
    """What MkDocs' loader makes of `!relative written`: its path while `page` renders, or None if it refuses it."""
    page_now = SimpleNamespace(file=SimpleNamespace(src_path=page))
    config = SimpleNamespace(config_file_path=f"{folder}/mkdocs.yml", docs_dir=f"{folder}/docs", _current_page=page_now)
    try:
        value = yaml.load(f"v: !relative {written}", Loader=get_yaml_loader(config=config))["v"]  # noqa: S506
    except ConfigurationError:
        return None
    return os.fspath(value)


@pytest.mark.parametrize("written", WRITTEN)
def test_a_relative_tag_is_refused_as_mkdocs_refuses_it(written: str) -> None:
    """MkDocs' rule, copied: no value but after `$config_dir` or `$docs_dir`; a test holds the copy to it."""
    assert (tag_fault(written) is None) == (mkdocs_reads(written) is not None)


@pytest.mark.parametrize("written", [w for w in WRITTEN if mkdocs_reads(w) is not None])
@pytest.mark.parametrize("page", ["", "index.md", "about/citing.md"])
def test_a_relative_tag_names_the_folder_mkdocs_names(written: str, page: str) -> None:
    """`$config_dir`: mkdocs.yml's folder; `$docs_dir`: docs/; alone: the folder of the page rendering."""
    assert os.fspath(placed(RelativeTag(written), "/p", "/p/docs", page)) == mkdocs_reads(written, page)


def test_two_placed_paths_of_one_folder_are_one_option() -> None:
    """Equal and of one hash (`read_passages` keeps one Markdown per set of options); its `str` the path."""
    one, same = (placed(RelativeTag("x"), "/p", "/p/docs", page) for page in ("a/one.md", "a/two.md"))
    assert one == same and hash(one) == hash(same) and len({one, same}) == 1
    assert one != placed(RelativeTag("x"), "/p", "/p/docs", "b/one.md") and one != "/p/docs/a/x"
    assert str(one) == os.fspath(one) == "/p/docs/a/x"


def test_placed_reaches_every_option_and_leaves_the_rest() -> None:
    options = {"base_path": [RelativeTag(""), "x"], "n": 2, "deep": {"a": RelativeTag("$config_dir/a")}}
    found = placed(options, "/p", "/p/docs", "about/citing.md")
    assert [os.fspath(found["base_path"][0]), found["base_path"][1], found["n"]] == ["/p/docs/about/", "x", 2]
    assert os.fspath(found["deep"]["a"]) == "/p/a" and str(found["deep"]["a"]) == "/p/a"  # as MkDocs' `str` is


MKDOCS_FOLDERS = "MkDocs' `!relative` takes a value only after `$config_dir` or `$docs_dir`"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("extra:\n  probe: !relative nope\n",
         f"mkdocs.yml: extra.probe: `!relative nope`: {MKDOCS_FOLDERS}, and the build stops on it"
         " (write `!relative $config_dir/nope` for a path from mkdocs.yml's folder, `!relative $docs_dir/nope` from docs/)"),
        ("extra:\n  probe: !relative $nope/x\n",
         "mkdocs.yml: extra.probe: `!relative $nope/x`: '$nope' is no folder MkDocs knows, and the build stops on it"
         " (write `!relative $config_dir/x` for a path from mkdocs.yml's folder, `!relative $docs_dir/x` from docs/)"),
        ("extra:\n  probe: !relative $config_dr/x\n",
         "mkdocs.yml: extra.probe: `!relative $config_dr/x`: '$config_dr' is no folder MkDocs knows, and the build stops"
         " on it (did you mean `!relative $config_dir/x`?)"),
        ("markdown_extensions:\n  - toc\n  - pymdownx.snippets:\n      base_path: [x, !relative here]\n",
         f"mkdocs.yml: markdown_extensions[1].pymdownx.snippets.base_path[1]: `!relative here`: {MKDOCS_FOLDERS}, and"
         " the build stops on it (write `!relative $config_dir/here` for a path from mkdocs.yml's folder,"
         " `!relative $docs_dir/here` from docs/)"),
    ],
)  # fmt: skip
def test_a_relative_tag_mkdocs_refuses_is_one_line_naming_its_setting(tmp_path: Path, text: str, line: str) -> None:
    """The build stopped ("'!relative' tag does not expect any value", "Unknown prefix '$nope'"); make check said OK."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text(f"site_name: x\n{text}", encoding="utf-8")
    assert [str(problem) for problem in config_and_problems(tmp_path)[1]] == [line]


CSS_HINT = "write the path of a file in docs/, e.g. `- assets/x.css`, or a whole address"
JS_HINT = "write the path of a file in docs/, e.g. `- assets/x.js`, or a whole address"


def test_a_relative_tag_is_one_line_in_the_build_and_make_check(tmp_path: Path) -> None:
    """`- !relative`: the build named it `!relative`, make check `null`, a value no one wrote; one function names both."""
    (tmp_path / "docs").mkdir()
    text = "site_name: x\nextra_css:\n  - !relative\nextra_javascript:\n  - !relative $config_dir/a.js\n"
    (tmp_path / "mkdocs.yml").write_text(text, encoding="utf-8")
    placeholders = {
        "extra_css": [RelativeDirPlaceholder(None)],
        "extra_javascript": [ConfigDirPlaceholder(None, "a.js")],
    }
    built = {setting: tags_as_written(entries) for setting, entries in placeholders.items()}  # as the build reads them
    lines = [  # the value written after the tag too: the build's line dropped it
        f"mkdocs.yml: extra_css[0]: !relative names no file ({CSS_HINT})",
        f"mkdocs.yml: extra_javascript[0]: must be a path or a script's options, not !relative $config_dir/a.js ({JS_HINT})",
    ]
    assert [str(problem) for problem in extra_setting_problems("mkdocs.yml", built)] == lines
    assert [str(problem) for problem in config_and_problems(tmp_path)[1]] == lines
