"""make check reads `INHERIT` and `theme:` as MkDocs does: a parent merged in, a theme MkDocs refuses named."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from broken_project_helpers import assert_build_and_check_say
from conftest import edit, run_build, run_check

from hooks.cli import annotate, check

PARENT_HINT = "write the parent file's path from mkdocs.yml's folder (`INHERIT: base.yml`), or remove `INHERIT`"
THEME_HINT = "write it as the edition's: `theme:` with `name: material` and `custom_dir: overrides` below it"


def folder_hint(example: str) -> str:
    """The fix of an `INHERIT` naming a folder, the parent file offered in it (`example`)."""
    return f"name the parent YAML file, not its folder (`INHERIT: {example}`), or remove `INHERIT`"


def lines(project: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    """make check's exit status and printed lines on `project`."""
    status = check.main(["--root", str(project)])
    return status, capsys.readouterr().out.splitlines()


def move_all_to_parent(project: Path) -> None:
    """Every setting in mkdocs.base.yml, mkdocs.yml only naming it: the build takes it."""
    (project / "mkdocs.base.yml").write_text((project / "mkdocs.yml").read_text(encoding="utf-8"), encoding="utf-8")
    (project / "mkdocs.yml").write_text("INHERIT: mkdocs.base.yml\n", encoding="utf-8")


def replace_theme(project: Path, written: str) -> None:
    """mkdocs.yml's whole `theme:` block (to the next top-level line) replaced by `written`."""
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    start = text.index("\ntheme:\n") + 1
    end = re.compile(r"^\S", re.MULTILINE).search(text, text.index("\n", start) + 1).start()
    (project / "mkdocs.yml").write_text(f"{text[:start]}{written}\n{text[end:]}", encoding="utf-8")


@pytest.mark.parametrize(
    ("inherit", "message"),
    [
        ("nothere.yml", f"'nothere.yml' is no file ({PARENT_HINT})"),  # the build: "… 'nothere.yml' does not exist"
        ("5", f"must be text, not 5 ({PARENT_HINT})"),  # the build: a traceback
        # the build: an IsADirectoryError traceback (MkDocs' `os.path.exists` is true); make check said "is no file"
        ("overrides", f"'overrides' is a folder, not a file ({folder_hint('overrides/base.yml')})"),
        ("docs/", f"'docs/' is a folder, not a file ({folder_hint('docs/base.yml')})"),
        # the build: IsADirectoryError on mkdocs.yml's folder; make check said "must be text, not ''", which it is
        ('""', f"'' names no file ({PARENT_HINT})"),
    ],
)
def test_an_inherit_naming_no_file_is_one_line(
    broken_project: Path, capsys: pytest.CaptureFixture[str], inherit: str, message: str
) -> None:
    """make check said OK to a parent the build stops on."""
    edit(broken_project, "mkdocs.yml", "\nnav:", f"\nINHERIT: {inherit}\nnav:")
    assert lines(broken_project, capsys) == (1, [f"mkdocs.yml: INHERIT: {message}"])


def test_a_parent_holding_every_setting_is_read(broken_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """make check said `site_name` was missing, while the build, merging the parent, passed."""
    move_all_to_parent(broken_project)
    status, said = lines(broken_project, capsys)
    assert (status, said[0][:4]) == (0, "OK: "), said


def test_a_parents_settings_are_checked(broken_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A name MkDocs warns of in the parent (`features:` at its top) stopped the build; make check said OK."""
    (broken_project / "config").mkdir()
    (broken_project / "config" / "base.yml").write_text("features: [x]\n", encoding="utf-8")
    edit(broken_project, "mkdocs.yml", "\nnav:", "\nINHERIT: config/base.yml\nnav:")
    status, said = lines(broken_project, capsys)
    assert status == 1
    assert [line for line in said if "features" in line] == [
        "mkdocs.yml: features: is no setting of MkDocs, which warns of it (the strict build fails)"
        " (write it under `theme:`)"
    ]


def test_a_childs_settings_win_over_the_parents(broken_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """As `mergedeep.merge(parent, child)`: the child's `use_directory_urls: true` over the parent's 5."""
    (broken_project / "base.yml").write_text("use_directory_urls: 5\ncopyright: x\n", encoding="utf-8")
    edit(broken_project, "mkdocs.yml", "\nnav:", "\nINHERIT: base.yml\nuse_directory_urls: true\nnav:")
    status, said = lines(broken_project, capsys)
    assert (status, said[0][:4]) == (0, "OK: "), said


@pytest.mark.parametrize(
    ("theme", "message"),
    [
        ("theme: 5", "Invalid type <class 'int'>. Expected a string or key/value pairs."),
        ("theme:\n  name: materiall", "Unrecognised theme name: 'materiall'. The available installed themes are: "),
        ("theme:\n  custom_dir: overrides", "No theme name set."),
        # MkDocs: "Invalid type <class 'mkdocs.utils.yaml.ConfigDirPlaceholder'>"
        ("theme: !relative $config_dir/x", "`!relative $config_dir/x` is a path, where MkDocs wants text"),
        ("theme: !relative nope", "`!relative nope`: MkDocs' `!relative` takes a value only after"),
    ],
)
def test_a_theme_mkdocs_refuses_is_its_one_line(
    broken_project: Path, capsys: pytest.CaptureFixture[str], theme: str, message: str
) -> None:
    """The build stopped on the theme; make check's only line was a misleading `search` has no option `fields`."""
    replace_theme(broken_project, theme)
    status, said = lines(broken_project, capsys)
    assert status == 1
    assert len(said) == 1, said
    assert said[0].startswith(f"mkdocs.yml: theme: {message}"), said
    assert said[0].endswith(f"({THEME_HINT})") or "nope" in theme, said  # `nope`: the tag's own fix


FOLDER_FIX = "write a folder's path from mkdocs.yml's folder, e.g. `custom_dir: overrides`, or remove it"
TEMPLATES_FIX = "write a list of the templates' names, e.g. `static_templates: [404.html]`, or remove it"
THEME_SHAPES = {
    # MkDocs' check stops on a TypeError at each (`os.path.isabs(None)`, a list in a set, `set.update(5)`): the build
    # on its traceback before any hook, make check and make annotate on theirs
    "custom-dir-null": ("custom_dir: overrides", "custom_dir: null",
                        f"mkdocs.yml: theme.custom_dir: must be a folder's path, not null ({FOLDER_FIX})"),
    "custom-dir-number": ("custom_dir: overrides", "custom_dir: 5",
                          f"mkdocs.yml: theme.custom_dir: must be a folder's path, not 5 ({FOLDER_FIX})"),
    "name-a-list": ("name: material", "name: [material]",
                    "mkdocs.yml: theme.name: must be a theme's name, not [material]"
                    " (write the theme's name as text, e.g. `name: material`)"),
    "static-templates-number": ("custom_dir: overrides", "custom_dir: overrides\n  static_templates: 5",
                                f"mkdocs.yml: theme.static_templates: must be a list of templates' names, not 5"
                                f" ({TEMPLATES_FIX})"),
    # a shape not foreseen: MkDocs' words, not its traceback
    "option-a-number": ("custom_dir: overrides", "custom_dir: overrides\n  5: x",
                        f"mkdocs.yml: theme: keywords must be strings ({THEME_HINT})"),
}  # fmt: skip


@pytest.mark.parametrize(("old", "new", "line"), THEME_SHAPES.values(), ids=THEME_SHAPES.keys())
def test_a_theme_value_mkdocs_meets_with_a_traceback_is_one_line(
    broken_project: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, line: str
) -> None:
    """make check and make annotate stopped on MkDocs' TypeError; the field, what is wrong and the fix instead."""
    edit(broken_project, "mkdocs.yml", f"  {old}\n", f"  {new}\n")
    assert lines(broken_project, capsys) == (1, [line])
    url = "/migration-and-transnationalism/opportunities/#p3"
    assert annotate.main(["--root", str(broken_project), "--url", url, "--quote", "raise funds"]) == 1
    assert capsys.readouterr().out.splitlines() == [line]


def test_a_custom_dir_that_is_no_folder_is_named(broken_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The build stopped on "The path set in custom_dir … does not exist"; make check said OK."""
    edit(broken_project, "mkdocs.yml", "custom_dir: overrides", "custom_dir: nowhere")
    path = broken_project / "nowhere"
    message = f"The path set in custom_dir ('{path}') does not exist."
    assert lines(broken_project, capsys) == (1, [f"mkdocs.yml: theme: {message} ({THEME_HINT})"])


@pytest.mark.parametrize(
    "custom_dir", ["!relative $config_dir/overrides", "!relative $docs_dir/../overrides", "!relative"]
)
def test_a_relative_custom_dir_is_read_as_mkdocs_reads_it(
    broken_project: Path, capsys: pytest.CaptureFixture[str], custom_dir: str
) -> None:
    """The build took each; make check refused the folder `$config_dir/overrides` (the tag as written, a name).

    `!relative` alone is docs/ to MkDocs' check of `theme:` (no page renders yet), a folder: the build passes.
    """
    edit(broken_project, "mkdocs.yml", "custom_dir: overrides", f"custom_dir: {custom_dir}")
    status, said = lines(broken_project, capsys)
    assert (status, said[0][:4]) == (0, "OK: "), said


def test_a_relative_custom_dir_naming_no_folder_is_mkdocs_line(
    broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The folder MkDocs looks for, worked out from the tag: not `$config_dir/nowhere` under mkdocs.yml's folder."""
    edit(broken_project, "mkdocs.yml", "custom_dir: overrides", "custom_dir: !relative $config_dir/nowhere")
    message = f"The path set in custom_dir ('{broken_project / 'nowhere'}') does not exist."
    assert lines(broken_project, capsys) == (1, [f"mkdocs.yml: theme: {message} ({THEME_HINT})"])


def test_a_relative_custom_dirs_files_are_the_sites(broken_project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """An extra file in a `!relative` custom_dir is copied by the build; make check looked in no folder for it."""
    (broken_project / "overrides" / "extra.css").write_text("p {}\n", encoding="utf-8")
    edit(broken_project, "mkdocs.yml", "custom_dir: overrides", "custom_dir: !relative $config_dir/overrides")
    edit(broken_project, "mkdocs.yml", "extra_css:\n", "extra_css:\n  - extra.css\n")
    status, said = lines(broken_project, capsys)
    assert (status, said[0][:4]) == (0, "OK: "), said


STATIC_FIX = "name a template the theme or `custom_dir` has, or remove it"


@pytest.mark.parametrize(
    ("templates", "said"),
    [
        ("[nope.html]", ["`nope.html` is no template of the theme or `custom_dir`"]),
        ("[404.htm, main.html]", ["`404.htm` is no template of the theme or `custom_dir`"]),
        ("[404.html, partials/footer.html]", []),  # `custom_dir`'s and Material's
        ("[]", []),
    ],
)
def test_a_static_template_the_theme_lacks_is_one_line(
    broken_project: Path, capsys: pytest.CaptureFixture[str], templates: str, said: list[str]
) -> None:
    """MkDocs warned "Template skipped: 'nope.html' not found in theme directories" and the strict build failed."""
    edit(
        broken_project,
        "mkdocs.yml",
        "  custom_dir: overrides\n",
        f"  custom_dir: overrides\n  static_templates: {templates}\n",
    )
    status, printed = lines(broken_project, capsys)
    if not said:
        assert (status, printed[0][:4]) == (0, "OK: "), printed
        return
    fix = "did you mean `404.html`?" if "404.htm," in templates else STATIC_FIX
    warns = ": MkDocs skips it and warns (the strict build fails)"
    assert (status, printed) == (1, [f"mkdocs.yml: theme.static_templates: {said[0]}{warns} ({fix})"])


def test_a_theme_option_at_the_top_of_a_theme_named_as_text_offers_the_mapping(
    broken_project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """To `theme: material` nothing can be written under (the line said so): the settings it needs are offered."""
    replace_theme(broken_project, "theme: material\nfeatures: [content.code.copy]")
    status, said = lines(broken_project, capsys)
    assert status == 1
    assert [line for line in said if line.startswith("mkdocs.yml: features:")] == [
        "mkdocs.yml: features: is no setting of MkDocs, which warns of it (the strict build fails)"
        " (write `theme:` as settings, `theme: {name: material, features: …}`, and it under them)"
    ]


@pytest.mark.slow
def test_check_and_build_agree_on_inherit_and_custom_dir(tmp_path: Path) -> None:
    """The real `make check` and strict build, on a parent holding everything, a missing parent, a bad custom_dir."""
    from conftest import copy_project

    inherited = copy_project(tmp_path / "inherited")
    move_all_to_parent(inherited)
    assert run_check(inherited).returncode == 0
    built = run_build(inherited, tmp_path / "site")
    assert built.returncode == 0, built.stderr[-2000:]
    assert (tmp_path / "site" / "index.html").is_file()

    missing = copy_project(tmp_path / "missing")
    (missing / "mkdocs.yml").write_text("INHERIT: nothere.yml\n", encoding="utf-8")
    checked, built = run_check(missing), run_build(missing, tmp_path / "site-missing")
    assert checked.returncode == 1, checked.stdout
    assert checked.stdout.splitlines() == [f"mkdocs.yml: INHERIT: 'nothere.yml' is no file ({PARENT_HINT})"]
    assert built.returncode != 0
    assert "Inherited config file 'nothere.yml' does not exist" in built.stderr

    for inherit, line in [
        ("overrides", f"'overrides' is a folder, not a file ({folder_hint('overrides/base.yml')})"),
        ('""', f"'' names no file ({PARENT_HINT})"),
    ]:
        (missing / "mkdocs.yml").write_text(f"INHERIT: {inherit}\n", encoding="utf-8")
        checked, built = run_check(missing), run_build(missing, tmp_path / "site-missing")
        assert checked.stdout.splitlines() == [f"mkdocs.yml: INHERIT: {line}"], checked.stdout
        assert (checked.returncode, built.returncode != 0) == (1, True)
        assert "IsADirectoryError" in built.stderr, built.stderr[-2000:]

    custom = copy_project(tmp_path / "custom")
    edit(custom, "mkdocs.yml", "custom_dir: overrides", "custom_dir: nowhere")
    checked, built = run_check(custom), run_build(custom, tmp_path / "site-custom")
    assert checked.returncode == 1
    assert checked.stdout.splitlines()[0].startswith("mkdocs.yml: theme: The path set in custom_dir"), checked.stdout
    assert built.returncode != 0
    assert "The path set in custom_dir" in built.stderr


@pytest.mark.slow
def test_check_and_build_agree_on_a_relative_custom_dir_and_static_templates(tmp_path: Path) -> None:
    """A `!relative` custom_dir (with an extra file in it): both pass. A missing static template: one line, both."""
    from conftest import copy_project

    relative = copy_project(tmp_path / "relative")
    (relative / "overrides" / "extra.css").write_text("p {}\n", encoding="utf-8")
    edit(relative, "mkdocs.yml", "custom_dir: overrides", "custom_dir: !relative $docs_dir/../overrides")
    edit(relative, "mkdocs.yml", "extra_css:\n", "extra_css:\n  - extra.css\n")
    checked, built = run_check(relative), run_build(relative, tmp_path / "site")
    assert checked.returncode == 0, checked.stdout
    assert built.returncode == 0, built.stderr[-2000:]
    assert (tmp_path / "site" / "extra.css").is_file()

    static = copy_project(tmp_path / "static")
    edit(
        static, "mkdocs.yml", "  custom_dir: overrides\n", "  custom_dir: overrides\n  static_templates: [nope.html]\n"
    )
    checked, built = run_check(static), run_build(static, tmp_path / "site-static")
    line = (
        "mkdocs.yml: theme.static_templates: `nope.html` is no template of the theme or `custom_dir`: MkDocs skips it"
        f" and warns (the strict build fails) ({STATIC_FIX})"
    )
    assert (checked.returncode, checked.stdout.splitlines()) == (1, [line])
    assert built.returncode != 0
    assert f"edition: {line}" in built.stderr
    assert "Template skipped" not in built.stderr  # the name left out after its line: said once, not twice
    assert "Aborted with 1 warnings" in built.stdout, built.stderr[-2000:]


@pytest.mark.slow
@pytest.mark.parametrize(("written", "shown"), [("[5]", "[5]"), ("nope.html", "'nope.html'")])
def test_check_and_build_agree_on_static_templates_in_a_shape_of_their_own(
    tmp_path: Path, written: str, shown: str
) -> None:
    """`[5]` stopped our hook on a TypeError (sorted); text was read letter by letter (18 warnings): one line, both."""
    from conftest import copy_project

    static = copy_project(tmp_path / "static")
    edit(static, "mkdocs.yml", "  custom_dir: overrides\n", f"  custom_dir: overrides\n  static_templates: {written}\n")
    checked, built = run_check(static), run_build(static, tmp_path / "site")
    line = f"mkdocs.yml: theme.static_templates: must be a list of templates' names, not {shown} ({TEMPLATES_FIX})"
    assert (checked.returncode, checked.stdout.splitlines()) == (1, [line])
    assert built.returncode != 0
    assert f"edition: {line}" in built.stderr, built.stderr[-2000:]
    assert "Traceback" not in built.stderr and "Template skipped" not in built.stderr
    assert "Aborted with 1 warnings" in built.stdout, built.stderr[-2000:]


@pytest.mark.slow
def test_check_and_build_agree_on_material_s_theme_from_a_parent(tmp_path: Path) -> None:
    """`name: material` in the parent, mkdocs.yml's `theme:` holding `custom_dir` alone: Material's search builds.

    The build read mkdocs.yml's `theme:` alone, said "material/search … needs its theme" and left search out.
    """
    from conftest import copy_project

    inherited = copy_project(tmp_path / "inherited")
    (inherited / "base.yml").write_text("theme:\n  name: material\n", encoding="utf-8")
    edit(inherited, "mkdocs.yml", "  name: material\n", "")
    edit(inherited, "mkdocs.yml", "  - search:\n", "  - material/search:\n")
    text = (inherited / "mkdocs.yml").read_text(encoding="utf-8")
    (inherited / "mkdocs.yml").write_text(f"INHERIT: base.yml\n{text}", encoding="utf-8")
    checked, built = run_check(inherited), run_build(inherited, tmp_path / "site")
    assert checked.returncode == 0, checked.stdout
    assert built.returncode == 0, built.stderr[-2000:]
    assert (tmp_path / "site" / "search" / "search_index.json").is_file()


@pytest.mark.slow
def test_check_and_build_name_a_parent_s_theme_alike(tmp_path: Path) -> None:
    """`theme: {name: mkdocs}` in the parent, `material/search` listed: one hint in both, the theme as written.

    The build read mkdocs.yml's `theme:` (none) and offered `theme: material`; make check, `name: material`.
    """
    from conftest import copy_project

    inherited = copy_project(tmp_path / "inherited")
    (inherited / "base.yml").write_text("theme:\n  name: mkdocs\n", encoding="utf-8")
    replace_theme(inherited, "INHERIT: base.yml")
    edit(inherited, "mkdocs.yml", "  - search:\n", "  - material/search:\n")
    checked, built = run_check(inherited), run_build(inherited, tmp_path / "site")
    line = (
        "mkdocs.yml: plugins: material/search: is Material for MkDocs' plugin, which needs its theme"
        " (write `search`, or use Material's theme, `name: material` under `theme:`)"
    )
    assert line in checked.stdout.splitlines(), checked.stdout
    assert f"edition: {line}" in built.stderr, built.stderr[-2000:]


@pytest.mark.slow
@pytest.mark.parametrize("plugin", ["search", "material/search"])
def test_a_search_field_is_named_under_the_plugin_as_a_parent_names_it(plugin: str, broken_project: Path) -> None:
    """The plugins listed in the parent: the build named the plugin as MkDocs loaded it, `material/search` of `search`."""
    move_all_to_parent(broken_project)
    edit(broken_project, "mkdocs.base.yml", "  - search:\n", f"  - {plugin}:\n")
    edit(broken_project, "mkdocs.base.yml", "tags: {boost: 1000}", "tags: {boost: many}")
    line = (
        f"mkdocs.yml: plugins.{plugin}.fields.tags.boost: must be a number, not 'many'"
        " (a number, e.g. 2, or remove it for Material's default)"
    )
    assert_build_and_check_say(broken_project, [line])
