"""make check names the pages MkDocs 1.6 publishes, and by its addresses: checked against MkDocs' own File and get_files."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import File, InclusionLevel, get_files, set_exclusions

from hooks.adapters.glossary_links import docs_pages
from hooks.adapters.state import docs_drafts
from hooks.cli.site_files import check_configured_nav, conflict_problems, draft_pages, published_pages, site_files
from hooks.core.anchor_lock import directory_urls_problem, moved_url_key, page_key, url_key
from hooks.core.config_file import ConfigError, read_config
from hooks.core.page_files import (
    built_and_left_out,
    conflicts,
    dest_path,
    dropped_files,
    is_page,
    own_exclusion_fix,
    page_url,
)
from hooks.core.page_names import page_name_problem, plain_name

NAMES = [
    "index.md", "README.md", "a.md", "s/index.md", "s/README.md", "s/readme.md", "s/README-first.md", "s/a.md",
    "s/a.markdown", "s/b.mdown", "s/c.mkdn", "s/d.mkd", "s/README.markdown", "s/a b.md", "s/café.md", "s/a#b.md",
    "s/100%.md", "s/a.md.txt", "s/a.html", "s/image.png", "s/t/x.MD", "s/.mkd",
]  # fmt: skip


@pytest.mark.parametrize("directory_urls", [True, False])
@pytest.mark.parametrize("src", NAMES)
def test_pages_and_their_addresses_are_mkdocs_own(src: str, directory_urls: bool) -> None:
    """`x.markdown` is a page to MkDocs; and without directory URLs a folder's README.md is its index.html."""
    file = File(src, "docs", "site", use_directory_urls=directory_urls)
    assert is_page(src) == file.is_documentation_page()
    assert dest_path(src, directory_urls) == file.dest_uri
    if file.is_documentation_page():
        assert page_url(src, directory_urls) == file.url
        assert moved_url_key(src, directory_urls) == url_key(file.url)  # a page moved in redirect_maps
        if directory_urls:
            assert page_key(src) == url_key(file.url)


@pytest.mark.parametrize(("old", "directory_urls", "key"), [
    ("x/README.md", False, "/x/index.html"), ("README.md", False, "/index.html"), ("x/README.md", True, "/x/"),
    ("x/a.markdown", True, "/x/a/"), ("x/a.markdown", False, "/x/a.html"),
])  # fmt: skip
def test_a_moved_readme_or_markdown_file_is_keyed_by_the_address_mkdocs_gave_it(
    old: str, directory_urls: bool, key: str
) -> None:
    """Without directory URLs `x/README.md` was keyed '/x/README.html', a page the site never had."""
    assert moved_url_key(old, directory_urls) == key


def test_a_page_names_problem_quotes_the_address_the_site_gives_it() -> None:
    """Without directory URLs the line quoted '/about/a%20b/', an address the site does not have."""
    problem = page_name_problem("about/a b.md", directory_urls=False)
    assert str(problem).startswith("docs/about/a b.md: holds a space, which the page's address would write as %-codes:"
                                   " /about/a%20b.html (")  # fmt: skip
    assert str(page_name_problem("about/a b.md")).split(" (")[0].endswith(": /about/a%20b/")


@pytest.mark.parametrize(("src", "line"), [
    ("about/x.markdown", "docs/about/x.markdown: ends in '.markdown': annotations, the glossary and page moves name"
     " a page by its '.md' file (rename it to docs/about/x.md, in nav: too)"),
    ("About/Notes.mkd", "docs/About/Notes.mkd: ends in '.mkd': annotations, the glossary and page moves name a page by"
     " its '.md' file (rename it to docs/About/Notes.md, in nav: too)"),
    ("a b/Café.mdown", "docs/a b/Café.mdown: ends in '.mdown': annotations, the glossary and page moves name a page by"
     " its '.md' file (rename it to docs/a-b/cafe.md, in nav: too)"),
])  # fmt: skip
def test_a_page_named_other_than_md_is_one_line_naming_its_md_name(src: str, line: str) -> None:
    """MkDocs publishes it; no annotation, glossary definition or page move could name it (they name '.md' files)."""
    assert str(page_name_problem(src)) == line


@pytest.mark.parametrize(("src", "plain"), [
    ("a b/Café #1.md", "a-b/cafe-1.md"), ("About/My Page.md", "about/my-page.md"), ("A B/README.md", "a-b/README.md"),
    ("x/東京.md", "x/page.md"), ("x/Y Z.markdown", "x/y-z.md"),
])  # fmt: skip
def test_the_plain_name_offered_is_lowercase_and_hyphenated_a_readme_kept(src: str, plain: str) -> None:
    """It kept uppercase ('Cafe-1.md'): the edition's names are lowercase; a README stays its folder's page."""
    assert plain_name(src) == plain


def project(tmp_path: Path, settings: str, files: dict[str, str]) -> Path:
    """A small project: mkdocs.yml with `settings`, and these files in docs/."""
    (tmp_path / "mkdocs.yml").write_text(f"site_name: T\n{settings}", encoding="utf-8")
    for name, text in files.items():
        (tmp_path / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "docs" / name).write_text(text, encoding="utf-8")
    return tmp_path


FILES = {
    "index.md": "", "a.markdown": "", "b.mdown": "", "s/index.md": "", "s/README.md": "", "t/index.md": "",
    "t/README.md": "", "u/README.md": "", "u/index.md": "", "v/x.md": "", "v/x.markdown": "", "v/x.html": "",
    "w/index.html": "", "w/index.md": "", "d/draft.md": "", ".hidden.md": "", "templates/t.md": "",
}  # fmt: skip


SETTINGS = [
    "", "exclude_docs: |\n  /t/index.md\n  /u/README.md\ndraft_docs: |\n  d/\n",
    "exclude_docs: |\n  /s/README.md\ndraft_docs: |\n  /t/index.md\n  /v/x.md\n",
]  # fmt: skip


@pytest.mark.parametrize("directory_urls", [True, False])
@pytest.mark.parametrize("settings", SETTINGS)
def test_of_two_files_with_one_address_mkdocs_drops_and_warns_of_the_same_ones(
    tmp_path: Path, settings: str, directory_urls: bool, caplog: pytest.LogCaptureFixture
) -> None:
    """A README.md beside an excluded index.md is the folder's page; `x.markdown` beside `x.md` is dropped."""
    root = project(tmp_path, f"{settings}use_directory_urls: {str(directory_urls).lower()}\n", FILES)
    config = load_config(str(root / "mkdocs.yml"))
    every = [File(name, config.docs_dir, config.site_dir, directory_urls) for name in FILES]
    set_exclusions(every, config)
    with caplog.at_level(logging.WARNING, logger="mkdocs.structure.files"):
        kept = {file.src_uri for file in get_files(config)}
    included = {file.src_uri: file.inclusion.is_included() for file in every}
    dropped, warned = dropped_files(conflicts(FILES, directory_urls), included)
    assert set(FILES) - dropped == kept
    assert [f"Excluding '{a}' from the site because it conflicts with '{b}'." for a, b in warned] == caplog.messages


@pytest.mark.parametrize("settings", SETTINGS)
def test_make_check_reads_the_files_and_pages_mkdocs_get_files_keeps(tmp_path: Path, settings: str) -> None:
    """`.markdown` pages were not read, and a README.md beside an excluded index.md (then MkDocs' page) was dropped."""
    root = project(tmp_path, settings, FILES)
    files = get_files(load_config(str(root / "mkdocs.yml")))
    kept, pages, _ = site_files(root)
    assert kept == {file.src_uri for file in files}
    assert pages == {file.src_uri for file in files.documentation_pages()} == published_pages(root)


@pytest.mark.parametrize("settings", [*SETTINGS, "exclude_docs: |\n  d/x.js\ndraft_docs: |\n  d/\n"])  # both: excluded
def test_make_check_reads_the_files_mkdocs_leaves_out_as_mkdocs_marks_them(tmp_path: Path, settings: str) -> None:
    """An extra file naming one is said to be a draft or excluded, not "no file in docs/": as MkDocs' own levels say."""
    root = project(tmp_path, settings, {**FILES, "assets/x.css": "", "d/x.js": "", ".x.css": ""})
    files = get_files(load_config(str(root / "mkdocs.yml")))
    left_out = {file.dest_uri: file.inclusion.name.lower() for file in files if not file.inclusion.is_included()}
    built = {file.dest_uri for file in files if file.inclusion.is_included()}
    assert built_and_left_out(root / "docs", read_config(root)) == (built, left_out)  # one reading of docs/ for both


@pytest.mark.parametrize("settings", SETTINGS)
def test_the_build_reads_definitions_from_the_pages_make_check_reads(tmp_path: Path, settings: str) -> None:
    """The glossary hook picks them from the files MkDocs read; a page a hook adds has no text in docs/ to quote."""
    root = project(tmp_path, settings, FILES)
    config = load_config(str(root / "mkdocs.yml"))
    files = get_files(config)
    generated = File("glossary.md", None, config.site_dir, config.use_directory_urls)
    generated.generated_by = "hooks/adapters/glossary_outputs.py"  # as `File.generated` names its hook in a build
    files.append(generated)
    assert docs_pages(files) == published_pages(root)


def test_a_readme_beside_an_excluded_index_is_the_folders_page_in_the_nav_and_no_line(tmp_path: Path) -> None:
    """make check said the nav's entry for it named no file, and left it out of its pages."""
    nav = "nav:\n  - index.md\n  - s/README.md\n  - t/README.md\n"
    settings = f"exclude_docs: |\n  /s/index.md\ndraft_docs: |\n  /t/index.md\n{nav}"
    root = project(tmp_path, settings, {"index.md": "", "s/index.md": "", "s/README.md": "", "t/index.md": "",
                                        "t/README.md": ""})  # fmt: skip
    assert published_pages(root) == {"index.md", "s/README.md", "t/README.md"}
    assert conflict_problems(root) == []
    assert check_configured_nav(root, set()) == []


def test_a_markdown_page_left_out_of_the_nav_is_named_as_any_page(tmp_path: Path) -> None:
    """It escaped the nav check: make check said OK, and MkDocs warned (the strict build failed)."""
    settings = "validation:\n  nav:\n    omitted_files: warn\nnav:\n  - index.md\n"
    root = project(tmp_path, settings, {"index.md": "", "about/x.markdown": "", "about/x.md": ""})
    assert [str(problem) for problem in check_configured_nav(root, set())] == [
        "docs/about/x.md: is not in mkdocs.yml's nav: (MkDocs warns, the strict build fails)"
        " (add `- about/x.md` to `nav` in mkdocs.yml where it belongs, or list it in `not_in_nav` if no menu should show it)"
    ]
    assert [str(problem) for problem in conflict_problems(root)] == [
        "docs/about/x.markdown: is left out of the site, as docs/about/x.md has its address (MkDocs warns, the strict"
        " build fails) (put what it says in docs/about/x.md and delete it, or list it in exclude_docs: in mkdocs.yml)"
    ]
    (root / "docs/about/x.md").unlink()
    assert [str(problem).split(" (")[0] for problem in check_configured_nav(root, set())] == [
        "docs/about/x.markdown: is not in mkdocs.yml's nav:"
    ]


@pytest.mark.parametrize(("value", "line"), [
    ("false", "mkdocs.yml: use_directory_urls: false: every page would move from '/folder/page/', where the anchor"
     " lock and published links have it (remove use_directory_urls, or set it to true)"),
    ("'no'", "mkdocs.yml: use_directory_urls: must be true or false, not 'no' (write true)"),
])  # fmt: skip
def test_make_check_refuses_use_directory_urls_it_does_not_read(tmp_path: Path, value: str, line: str) -> None:
    """With `false` the build keys the lock '/a.html' and failed on every page; make check keyed '/a/' and said OK."""
    root = project(tmp_path, f"use_directory_urls: {value}\n", {"index.md": ""})
    with pytest.raises(ConfigError) as error:
        published_pages(root)
    assert str(error.value.problem) == line


def test_only_use_directory_urls_false_moves_every_page() -> None:
    """The one line stands for every page's lost ids; with directory URLs there is nothing to say."""
    assert directory_urls_problem(True) is None
    problem = directory_urls_problem(False)
    assert problem is not None and (problem.path, problem.field) == ("mkdocs.yml", "use_directory_urls")


@pytest.mark.parametrize("settings", SETTINGS)
def test_make_check_s_drafts_are_the_pages_mkdocs_serve_renders_and_build_leaves_out(
    tmp_path: Path, settings: str
) -> None:
    """A glossary anchor to a draft is named as a draft by make check and the build alike."""
    root = project(tmp_path, settings, FILES)
    files = get_files(load_config(str(root / "mkdocs.yml")))
    served = {file.src_uri for file in files.documentation_pages(inclusion=InclusionLevel.is_in_serve)}
    built = {file.src_uri for file in files.documentation_pages()}
    assert draft_pages(root) == served - built == docs_drafts(files)


@pytest.mark.parametrize(
    "path",
    [
        ".hidden.md",
        "a/.b/c.md",
        "a/.x.png",
        "templates/t.md",
        "a/templates/t.md",
        "a/b.md",
        "a.b/c.md",
        "templatesx/a.md",
    ],
)
def test_the_files_mkdocs_itself_leaves_out_are_its_own_default_exclusion(path: str) -> None:
    """A hidden file or folder, or templates/: the fix a line offers is for the rule MkDocs applies, no copy of it."""
    from mkdocs.structure.files import _default_exclude

    assert (own_exclusion_fix(path) is not None) == _default_exclude.match_file(path)
