"""make check reads MkDocs' `!relative` as the build does: where MkDocs wants text, and in an extension's options."""

from __future__ import annotations

from pathlib import Path

import pytest

from hooks.cli.config_plugins import plugin_and_hook_problems
from hooks.cli.mkdocs_settings import text_settings
from hooks.cli.pages import render_pages
from hooks.core.problems import Problem
from hooks.core.relative_tags import RelativeTag

WANTS_TEXT = (
    "is a path, where MkDocs wants text, and the build stops on it (write the text itself, without `!relative`)"
)


@pytest.mark.parametrize(
    ("setting", "written"),
    [("repo_url", "$config_dir/x"), ("edit_uri", "$docs_dir"), ("copyright", ""), ("site_description", "$docs_dir/a")],
)
def test_a_relative_tag_where_mkdocs_wants_text_is_one_line(tmp_path: Path, setting: str, written: str) -> None:
    """The build stops on "Expected a string" (`repo_url: !relative $config_dir/x`); make check said OK."""
    tag = RelativeTag(written)
    config = {"site_name": "x", setting: tag, "extra": {"probe": RelativeTag("$config_dir/y")}}  # `extra`: any value
    lines = [str(problem) for problem in plugin_and_hook_problems(tmp_path, config, [])]
    assert lines == [f"mkdocs.yml: {setting}: `{tag}` {WANTS_TEXT}"]


def test_a_setting_s_own_line_is_not_said_twice(tmp_path: Path) -> None:
    """`site_name: !relative` is `site_name_problems`' line, which `config_file` says: not this one too."""
    said = [Problem("mkdocs.yml", "site_name", "is not text", "")]
    assert plugin_and_hook_problems(tmp_path, {"site_name": RelativeTag("")}, said) == []


def test_the_settings_that_want_text_are_mkdocs_own() -> None:
    """Read from MkDocs' schema: its `Type(str)` and `URL` options, not `extra` or `use_directory_urls`."""
    assert {"repo_url", "edit_uri", "copyright", "site_description", "site_name", "site_url"} <= text_settings()
    assert not {"extra", "use_directory_urls", "nav", "markdown_extensions", "theme"} & text_settings()


def project_with_snippet(tmp_path: Path) -> Path:
    """A page that includes a file beside it, found through `pymdownx.snippets`' `base_path: !relative`."""
    (tmp_path / "docs/about").mkdir(parents=True)
    (tmp_path / "docs/about/part.txt").write_text("Words kept beside the page.\n{ #p1 }\n", encoding="utf-8")
    return tmp_path


def test_an_extension_s_relative_option_names_the_page_s_folder_as_mkdocs_does(tmp_path: Path) -> None:
    """make check handed `pymdownx.snippets` the path as written (''): the snippet beside the page was not found."""
    root = project_with_snippet(tmp_path)
    extensions = (["attr_list", "pymdownx.snippets"], {"pymdownx.snippets": {"base_path": RelativeTag("")}})
    texts = {"about/page.md": '# Page { #page }\n\n--8<-- "part.txt"\n'}
    found = render_pages(extensions, (), {"about/page.md"}, texts, root=root)
    assert found.inventories["about/page.md"].texts() == {"p1": "Words kept beside the page."}
