"""The glossary: term links in source pages, the generated `/glossary/` page and `/glossary.json`.

The glossary is loaded and its anchors resolved once, in `on_config`; the Markdown extension
links terms while each source page renders and reports every occurrence back here. The glossary
page is generated last (MkDocs renders generated files after the docs), so its used-in lists see
every page; the unused-alias check waits for the barrier (`on_env`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from hooks.adapters import state
from hooks.core.glossary import Glossary, Occurrence, check_aliases_used, load_glossary, resolve_definitions
from hooks.core.glossary_page import GLOSSARY_PAGE, collect_uses, glossary_data, render_glossary_page
from hooks.core.problems import Problem
from hooks.mdx.glossary import LINK_MODES, GlossaryExtension
from hooks.mdx.passages import read_passages


@dataclass
class GlossaryBuild:
    """The glossary of the current build, the page rendering now, and the occurrences found on each page."""

    glossary: Glossary = field(default_factory=Glossary)
    current: str | None = None
    occurrences: dict[str, list[Occurrence]] = field(default_factory=dict)
    files: Files | None = None

    def record(self, page: str, occurrences: list[Occurrence]) -> None:
        """Receive a page's occurrences (a page rendered twice keeps its latest)."""
        self.occurrences[page] = occurrences

    def all_occurrences(self) -> list[Occurrence]:
        """Every occurrence on every page."""
        return [occurrence for found in self.occurrences.values() for occurrence in found]


BUILD = GlossaryBuild()


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Load the glossary, read its definitions from their pages, and add the term-linking extension."""
    global BUILD
    BUILD = GlossaryBuild()
    root = Path(config.config_file_path).parent
    glossary, problems = load_glossary(root)
    extensions = [name for name in config.markdown_extensions if isinstance(name, str)]
    passages = read_passages(Path(config.docs_dir), glossary.pages(), extensions, config.mdx_configs)
    BUILD.glossary, more = resolve_definitions(glossary, passages)
    mode, mode_problems = link_mode(config)
    state.report(problems + more + mode_problems)
    config.markdown_extensions.append(
        GlossaryExtension(glossary=BUILD.glossary, current_page=lambda: BUILD.current, sink=BUILD.record, link=mode)
    )
    return config


def link_mode(config: MkDocsConfig) -> tuple[str, list[Problem]]:
    """`extra.glossary.link` in mkdocs.yml: link the first occurrence per page (default) or all."""
    settings = config.extra.get("glossary") or {}
    mode = settings.get("link", "first") if isinstance(settings, dict) else "first"
    if mode in LINK_MODES:
        return mode, []
    hint = "write 'first' (the first occurrence per page) or 'all'"
    return "first", [Problem("mkdocs.yml", "extra.glossary.link", f"unknown link mode {mode!r}", hint)]


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the glossary page; its content is written when it renders, after every other page."""
    files.append(File.generated(config, GLOSSARY_PAGE, content="# Glossary\n"))
    return files


@event_priority(-100)
def on_page_markdown(markdown: str, page: Page, files: Files, **_: object) -> str:
    """Tell the extension which source page renders; write the glossary page when its turn comes."""
    BUILD.current = page.file.src_uri if "source" in page.meta else None
    if page.file.src_uri != GLOSSARY_PAGE:
        return markdown
    if pending := [file.src_uri for file in files.documentation_pages() if not rendered(file, page)]:
        hint = "generated pages must be added after the docs are read; see hooks/adapters/glossary.py"
        message = f"rendered before {', '.join(pending)}, so its used-in lists miss them"
        state.report([Problem(GLOSSARY_PAGE, "used in", message, hint)])
    pages = [file.src_uri for file in files.documentation_pages()]
    uses = collect_uses(BUILD.all_occurrences(), pages)
    return render_glossary_page(BUILD.glossary, uses, page_titles(files))


def rendered(file: File, glossary: Page) -> bool:
    """Whether a page from docs/ has rendered by now (generated pages hold no source text)."""
    if file.generated_by is not None or file.page is glossary:
        return True
    return file.page is not None and file.page.markdown is not None


@event_priority(100)
def on_page_content(html: str, **_: object) -> str:
    """The page has rendered: Markdown converted from now on (e.g. notes) is not a source page's text."""
    BUILD.current = None
    return html


def on_env(env: object, files: Files, **_: object) -> object:
    """At the barrier, every page has been seen: report aliases that occur nowhere."""
    BUILD.files = files
    seen = {occurrence.form for occurrence in BUILD.all_occurrences()}
    state.report(check_aliases_used(BUILD.glossary, seen))
    return env


def on_post_build(config: MkDocsConfig, **_: object) -> None:
    """Write `/glossary.json` with absolute URLs built from `site_url`."""
    files = BUILD.files
    if files is None:
        return
    base = (config.site_url or "/").rstrip("/") + "/"
    pages = [file.src_uri for file in files.documentation_pages()]

    def url_of(src_uri: str) -> str:
        """The absolute URL of a source file's page."""
        file = files.get_file_from_path(src_uri)
        return base + (file.url if file is not None else src_uri)

    data = glossary_data(BUILD.glossary, collect_uses(BUILD.all_occurrences(), pages), url_of)
    target = Path(config.site_dir) / "glossary.json"
    target.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


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
