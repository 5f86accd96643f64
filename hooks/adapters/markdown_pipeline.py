"""Wire the edition's Markdown extensions into MkDocs and tell them which page is rendering.

The extensions live in `hooks/mdx/` and do not depend on MkDocs; here they get their data.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from material.plugins.search.plugin import SearchPlugin
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority, get_plugins
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.yaml import ConfigDirPlaceholder, DocsDirPlaceholder, RelativeDirPlaceholder

from hooks.adapters import state
from hooks.core.config_addresses import address_setting_problems, usable_site_url
from hooks.core.config_file import merged_settings
from hooks.core.datafiles import repeated_setting
from hooks.core.draft_pages import renders_drafts
from hooks.core.extra_file_paths import missing_extra_files
from hooks.core.extra_files import EXTRA_FILES, entry_problems, named_places, read_entries
from hooks.core.material_plugins import material_plugin_problems, material_plugins_needing_theme
from hooks.core.nested_values import mapped_leaves
from hooks.core.page_links import unreadable_links
from hooks.core.project_folders import CONFIG
from hooks.core.relative_tags import RelativeTag
from hooks.core.search_fields import plugin_as_written, search_field_problems, written_plugin_names
from hooks.core.site_name import site_name_problems
from hooks.core.theme_templates import rendered_templates
from hooks.mdx.code_spans import CodeSpansExtension
from hooks.mdx.heading_links import HeadingLinksExtension
from hooks.mdx.inert_titles import InertTitlesExtension
from hooks.mdx.page_links import PageLinksExtension
from hooks.mdx.paragraphs import ParagraphsExtension
from hooks.mdx.project_files import listed_option_problems
from hooks.mdx.source_footnotes import SourceFootnotesExtension
from hooks.mdx.spoken_symbols import SpokenSymbolsExtension


def on_startup(command: str, **_: object) -> None:
    """Remember whether this run renders drafts (`mkdocs serve`), which MkDocs says only here, once a run.

    Not in `on_config`: `mkdocs serve` starts up once for all its rebuilds.
    """
    state.DRAFTS_RENDERED = renders_drafts(command)


def on_shutdown() -> None:
    """The run is over: a build after it in this process that no start-up begins renders no draft."""
    state.DRAFTS_RENDERED = False


@event_priority(100)  # before the plugins' own: Material's search reads its `fields` in its `on_config`
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Reset the build state and append the edition's extensions, once per build.

    And name a setting mkdocs.yml writes twice, as `make check` does: MkDocs keeps the last in silence;
    a `site_name` that shows nothing or a ' #' cut short, which MkDocs takes (one missing or not
    text it stops on before any hook); a `repo_url` or `edit_uri` no browser reads (`address_setting_problems`);
    an extra file's entry naming no file or an address no browser reads (`entry_problems`, worked out once a build:
    the file is left out, `http://[x/y.js` stopped MkDocs on a traceback); and a search field Material cannot read
    (`read_search_fields`); a `static_templates` name the theme's folders lack, or a `static_templates` in a shape of
    its own (`[5]`, text), in make check's line, each left out after it: MkDocs skips none, so its own "Template
    skipped" warning is never printed. `mkdocs serve` watches `custom_dir` too: an extra file added there clears its
    line. `theme:` and the plugins' names are read as make check reads them, `INHERIT`ed parents merged in
    (`merged_settings`, once).
    """
    build = state.reset()
    settings = Path(config.config_file_path or CONFIG)
    text = settings.read_text(encoding="utf-8") if settings.is_file() else ""
    twice = repeated_setting(text, settings.name)
    state.report(([twice] if twice else []) + site_name_problems(settings.name, config, text, os.environ))
    state.report(address_setting_problems(settings.name, config))  # `repo_url`, `edit_uri`, as make check reads them
    listed = {setting: tags_as_written(config[setting]) for setting in EXTRA_FILES}  # `!relative x` named as written
    found = entry_problems(settings.name, listed)  # the extra files' entries, as make check reads them: once a build
    state.report([problem for problems in found.values() for _, problem in problems])
    build.extra_named = named_places(found)
    merged = merged_settings(settings.parent, text)  # as written, parents merged in, as make check reads them
    theme = merged.get("theme")
    kept, problems = rendered_templates(theme, config.theme.static_templates, config.theme.get_env())
    config.theme.static_templates = kept  # each name left out after its line: MkDocs warns of none again
    state.report(problems)
    for setting in EXTRA_FILES:
        build.extra_entries[setting] = listed[setting]  # as listed: `on_nav` names a missing file by its place
        config[setting] = read_entries(config[setting], setting, build.extra_named[setting])
    if config.theme.custom_dir:  # MkDocs watches the theme only with `--watch-theme`: a file added there was unseen
        state.watch(config, Path(config.theme.custom_dir))  # not Material's own folder, which no contributor edits
    leave_out_material_plugins(config, settings.name, theme)
    read_search_fields(config, written_plugin_names(merged))
    listed = [name for name in config.markdown_extensions if isinstance(name, str)]
    state.report(listed_option_problems(listed, config.mdx_configs))  # an extension by dotted path logs no MkDocs line
    for name in listed:
        quieten_reported(logging.getLogger(name))
    config.markdown_extensions.extend(
        [
            SourceFootnotesExtension(),
            ParagraphsExtension(sink=build.record_inventory),
            InertTitlesExtension(),
            HeadingLinksExtension(),
            SpokenSymbolsExtension(),
            CodeSpansExtension(),
            # whether MkDocs warns of a link (`make anchors` refuses then); the raw HTML's, which MkDocs does not check
            PageLinksExtension(sink=build.record_links, raw_sink=build.record_raw_links),
        ]
    )
    return config


def tags_as_written(entries: object) -> object:
    """An extra files' setting with MkDocs' `!relative` placeholders as the core reads the tag, `RelativeTag`.

    So a line names the value written after the tag (`!relative $config_dir/x.css`), as make check's does: the
    build's said `!relative` alone. A script's `path:` too.
    """
    return mapped_leaves(entries, tag_as_written, lambda key: key == "path")


def tag_as_written(value: object) -> object:
    """One of MkDocs' placeholders as the core's `RelativeTag`, so the build's line names the tag as make check's does.

    MkDocs keeps the folder as the placeholder's class and the rest as its `suffix`: both rejoined as written.
    """
    if isinstance(value, (ConfigDirPlaceholder, DocsDirPlaceholder)):
        folder = "$config_dir" if isinstance(value, ConfigDirPlaceholder) else "$docs_dir"
        return RelativeTag(f"{folder}/{value.suffix}".rstrip("/"))
    return RelativeTag("") if isinstance(value, RelativeDirPlaceholder) else value


def leave_out_material_plugins(config: MkDocsConfig, path: str, theme: object) -> None:
    """Name `material/search` under MkDocs' own theme and disable it, before its `on_config` reads Material's theme.

    It stopped the build on a traceback (`TemplateNotFound: 'partials/language.html'`): here it is make check's
    line, and the strict build fails with every other line said too. The theme MkDocs read decides; `theme`, as
    written with its parents merged in (make check's), names the fix.
    """
    listed, installed = list(config.plugins), list(get_plugins())
    for name in material_plugins_needing_theme(listed, installed, config.theme.name):
        plugin = config.plugins[name]
        if "enabled" in plugin.config:  # Material's plugins each stop at once when disabled
            plugin.config.enabled = False
    state.report(material_plugin_problems(path, theme, listed, installed, config.theme.name))


def read_search_fields(config: MkDocsConfig, written: list[str]) -> None:
    """Name each search field Material cannot read and leave it out, before Material's `on_config` reads it.

    Its own check of them raised a traceback (`boost: many`) after MkDocs had checked every option: here
    it is one line, as make check's, and the build goes on with Material's default for that field, so the
    strict build fails with every other line said too. `written`: the plugins as mkdocs.yml (or a parent) names them.
    """
    for name, plugin in config.plugins.items():
        if isinstance(plugin, SearchPlugin) and plugin.config.enabled:
            usable, problems = search_field_problems(plugin_as_written(name, written), plugin.config.fields)
            plugin.config.fields = usable
            state.report(problems)


@event_priority(-100)  # after every hook's and plugin's own: the lines of the whole build, `anchors.py`'s last
def on_post_build(config: MkDocsConfig) -> None:
    """Print the build's lines together, in make check's order, before MkDocs counts them for `--strict`."""
    state.print_reported()


def on_build_error(error: Exception) -> None:
    """Print the lines taken before a build stopped (a file it cannot read): they were said as found."""
    state.print_reported()


def quieten_reported(logger: logging.Logger) -> None:
    """Leave out of an extension's own log a line the build reported already: said once, the build's, counted."""
    if not any(isinstance(each, ReportedFilter) for each in logger.filters):
        logger.addFilter(ReportedFilter())


class ReportedFilter(logging.Filter):
    """Drops a record whose line this build's adapters reported (`state.report`)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Whether the line is still unsaid."""
        return not state.said(record.getMessage())


def on_files(files: Files, **_: object) -> Files:
    """Note the drafts `mkdocs serve` renders, before any page is read: their lines are no error of the build."""
    state.note_drafts(files)
    return files


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    """Name each extra file's path that no file of the site has: every hook has added its files by now.

    MkDocs links it from every page unchecked. The site's files are those it writes (`dest_uri`): docs/'s,
    the theme's and `custom_dir`'s, the hooks'; a draft's only under `mkdocs serve`, which shows drafts.
    """
    left = state.left_out(files)
    site = {file.dest_uri for file in files if file not in left}
    left_out = {file.dest_uri: why for file, why in left.items()}
    settings = Path(config.config_file_path or CONFIG).resolve()
    written = [config.docs_dir, *([config.theme.custom_dir] if config.theme.custom_dir else [])]
    folders = [Path(os.path.relpath(folder, settings.parent)).as_posix() for folder in written]
    site_url = usable_site_url(config.site_url)[0]  # one refused is its own line
    entries, named = state.STATE.extra_entries, state.STATE.extra_named  # as `on_config` read them
    state.report(missing_extra_files(settings.name, entries, site, folders, site_url, left_out, named))
    return nav


def on_page_markdown(markdown: str, page: Page, **_: object) -> str:
    """Note which page renders next, so its inventory is filed under its path."""
    state.STATE.current_page = page.file.src_uri
    return markdown


def on_page_content(html: str, page: Page, **_: object) -> str:
    """Name each link of the page that is no address (`//[a`), left as its words: MkDocs raised a traceback on it."""
    path = page.file.src_uri
    state.report(unreadable_links(path, state.STATE.links.get(path, [])))
    return html
