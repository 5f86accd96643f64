"""The glossary's outputs: the generated `/glossary/` page, the unused-alias check, `/glossary.json`.

The glossary page is added in `on_files` and written when its turn to render comes: MkDocs
renders generated files after the pages of docs/, so by then every source page has reported its
terms. The unused-alias check and `/glossary.json` wait for the barrier (`on_env`);
the export is a generated file too, so the glossary page's link to it is checked like any other.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from hooks.adapters import glossary_state, state
from hooks.core.glossary_export import export_address, glossary_json
from hooks.core.glossary_page import (
    EXPORT_FILE,
    GLOSSARY_PAGE,
    page_stub,
    render_glossary_page,
    rendered_too_early,
    rendered_yet,
)
from hooks.core.glossary_settings import used_in_setting
from hooks.core.glossary_used_in import PageUse, collect_uses, reading_order, titles_by_page
from hooks.core.glossary_uses import check_aliases_used, forms_met
from hooks.mdx.glossary_lists import GlossaryListsExtension

EARLY_HINT = "generated pages must be added after the docs are read; see hooks/adapters/glossary_outputs.py"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Read how many uses per term the glossary page lists (after `glossary_links` reset the state).

    A value it does not take is `glossary_links`' line, with the other settings'. The page's Used in
    lists are built as elements, which `GlossaryListsExtension` puts in place.
    """
    glossary_state.BUILD.used_in, _ = used_in_setting(config.extra)
    config.markdown_extensions.append(GlossaryListsExtension(provider=lambda: glossary_state.BUILD.take_lists()))
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the glossary page (written when it renders, after every other page) and its export (at the barrier).

    The page's front matter is read before its turn: Material's search boost goes in with it.
    """
    files.append(state.generated_page(config, GLOSSARY_PAGE, page_stub()))
    files.append(File.generated(config, EXPORT_FILE, content="{}"))
    return files


def on_nav(nav: Navigation, **_: object) -> Navigation:
    """Keep the reading order: the Used in lists follow it (the files' order is alphabetical)."""
    glossary_state.BUILD.reading_order = [page.file.src_uri for page in nav.pages if isinstance(page, Page)]
    return nav


def on_page_markdown(markdown: str, page: Page, files: Files, **_: object) -> str:
    """Write the glossary page from the terms every source page reported."""
    if page.file.src_uri != GLOSSARY_PAGE:
        return markdown
    pending = [file.src_uri for file in files.documentation_pages() if not rendered(file, page)]
    state.report(rendered_too_early(pending, EARLY_HINT))
    build = glossary_state.BUILD
    build.lists = {}
    return render_glossary_page(build.glossary, all_uses(files), page_titles(files), build.used_in, build.lists)


def on_env(env: object, config: MkDocsConfig, files: Files, **_: object) -> object:
    """At the barrier, every page has been seen: report aliases that occur nowhere, fill `/glossary.json`."""
    build = glossary_state.BUILD
    state.report(check_aliases_used(build.glossary, forms_met(build.pages.values())))
    export = files.get_file_from_path(EXPORT_FILE)
    if export is not None:
        export.content_string = export_json(config, files)
    build.cache.clear()  # the export was the last reader of the uses: not kept through the writing of every page
    return env


def all_uses(files: Files) -> dict[str, tuple[PageUse, ...]]:
    """Every term's uses, pages in reading order, from the terms every source page reported.

    Reading order is the navigation's; a page left out of it comes after, in the files' order. The
    glossary page and `/glossary.json` both need them: computed once unless a page reported since.
    """
    build = glossary_state.BUILD
    page_order = reading_order(build.reading_order, [file.src_uri for file in files.documentation_pages()])
    key = ("uses", build.recorded, tuple(page_order))
    if key not in build.cache:
        build.cache.clear()
        build.cache[key] = collect_uses(build.pages.values(), page_order)
    return build.cache[key]  # type: ignore[return-value]


def export_json(config: MkDocsConfig, files: Files) -> str:
    """`/glossary.json` with absolute URLs built from `site_url`."""
    urls: dict[str, str] = {}

    def url_of(src_uri: str) -> str:
        """The absolute URL of a source file's page (looked up once per page: a term's uses repeat pages)."""
        if (url := urls.get(src_uri)) is None:
            file = files.get_file_from_path(src_uri)
            url = urls[src_uri] = export_address(config.site_url, src_uri, file.url if file is not None else None)
        return url

    return glossary_json(glossary_state.BUILD.glossary, all_uses(files), url_of, page_titles(files))


def rendered(file: File, glossary: Page) -> bool:
    """Whether a page from docs/ has rendered by now, read from its MkDocs file (`rendered_yet` says why)."""
    markdown = file.page.markdown if file.page is not None else None
    return rendered_yet(markdown, generated=file.generated_by is not None, rendering=file.page is glossary)


def page_titles(files: Files) -> dict[str, str]:
    """How the glossary names each page (`Source › Section`), from the titles the pages rendered with."""
    pages = [file.page for file in files.documentation_pages() if file.page is not None]
    return titles_by_page((page.file.src_uri, page.title, page.meta.get("source")) for page in pages)
