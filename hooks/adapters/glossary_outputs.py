"""The glossary's outputs: the generated `/glossary/` page, the unused-alias check, `/glossary.json`.

The glossary page is added in `on_files` and written when its turn to render comes: MkDocs
renders generated files after the pages of docs/, so by then every source page has reported its
term occurrences. The unused-alias check waits for the barrier (`on_env`).
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from hooks.adapters import glossary_state, state
from hooks.core.glossary import check_aliases_used
from hooks.core.glossary_page import GLOSSARY_PAGE, collect_uses, glossary_data, render_glossary_page
from hooks.core.problems import Problem


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the glossary page; its content is written when it renders, after every other page."""
    files.append(File.generated(config, GLOSSARY_PAGE, content="# Glossary\n"))
    return files


def on_page_markdown(markdown: str, page: Page, files: Files, **_: object) -> str:
    """Write the glossary page from the occurrences every source page reported."""
    if page.file.src_uri != GLOSSARY_PAGE:
        return markdown
    if pending := [file.src_uri for file in files.documentation_pages() if not rendered(file, page)]:
        hint = "generated pages must be added after the docs are read; see hooks/adapters/glossary_outputs.py"
        message = f"rendered before {', '.join(pending)}, so its used-in lists miss them"
        state.report([Problem(GLOSSARY_PAGE, "used in", message, hint)])
    build = glossary_state.BUILD
    uses = collect_uses(build.all_occurrences(), [file.src_uri for file in files.documentation_pages()])
    return render_glossary_page(build.glossary, uses, page_titles(files))


def on_env(env: object, files: Files, **_: object) -> object:
    """At the barrier, every page has been seen: report aliases that occur nowhere."""
    build = glossary_state.BUILD
    build.files = files
    state.report(check_aliases_used(build.glossary, {occurrence.form for occurrence in build.all_occurrences()}))
    return env


def on_post_build(config: MkDocsConfig, **_: object) -> None:
    """Write `/glossary.json`, with absolute URLs built from `site_url`."""
    files = glossary_state.BUILD.files
    if files is None:
        return
    base = (config.site_url or "/").rstrip("/") + "/"

    def url_of(src_uri: str) -> str:
        """The absolute URL of a source file's page."""
        file = files.get_file_from_path(src_uri)
        return base + (file.url if file is not None else src_uri)

    build = glossary_state.BUILD
    uses = collect_uses(build.all_occurrences(), [file.src_uri for file in files.documentation_pages()])
    data = glossary_data(build.glossary, uses, url_of)
    target = Path(config.site_dir) / "glossary.json"
    target.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def rendered(file: File, glossary: Page) -> bool:
    """Whether a page from docs/ has rendered by now (generated pages hold no source text)."""
    if file.generated_by is not None or file.page is glossary:
        return True
    return file.page is not None and file.page.markdown is not None


def page_titles(files: Files) -> dict[str, str]:
    """How the glossary names a page: `Source › Section`, from the titles the pages rendered with."""
    titles = {}
    for file in files.documentation_pages():
        page = file.page
        if page is None or page.title is None:
            continue
        source = page.meta.get("source")
        index = files.get_file_from_path(f"{source}/index.md") if source else None
        parent = index.page.title if index is not None and index.page is not None and index is not file else None
        titles[file.src_uri] = f"{parent} › {page.title}" if parent else str(page.title)
    return titles
