"""What the hook adapters share during one build (not a hook itself).

MkDocs loads hook modules once and keeps them across `mkdocs serve` rebuilds, so the state is
replaced in `on_config` by `markdown_pipeline.py`, the first hook listed in mkdocs.yml.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, InclusionLevel

from hooks.core import bibliography_checks
from hooks.core.anchor_recording import BuildLock
from hooks.core.draft_pages import rendered_pages
from hooks.core.generated_pages import in_nav
from hooks.core.paragraphs import PageInventory
from hooks.core.problems import Problem, ordered_lines
from hooks.core.schemas import Schema

if TYPE_CHECKING:
    from typing import Any

    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

    from hooks.adapters.after_pages import AfterPages
    from hooks.core.annotations import Annotation, RefusedTags, RefusedTarget
    from hooks.core.raw_links import RawLink

log = get_plugin_logger("edition")


@dataclass
class BuildState:
    """Per-build facts gathered by the adapters: page inventories, keyed by source path.

    `annotations` are the valid annotations, once the annotations adapter has loaded them (None
    until then, or when it is not listed): the policy-area pages list them without reading every
    file a second time. `unreadable` pages are not checked field by field: MkDocs renders a front
    matter it cannot read as text, so every field would be "missing" and its lines a paragraph; a
    merge conflict's markers would be paragraphs and headings without ids.
    """

    current_page: str | None = None
    inventories: dict[str, PageInventory] = field(default_factory=dict)
    links: dict[str, list[str]] = field(default_factory=dict)  # each page's links, as MkDocs validates them
    # its raw HTML's, which MkDocs does not: a page's own
    raw_links: dict[str, list[RawLink]] = field(default_factory=dict)
    annotations: tuple[Annotation, ...] | None = None
    # the targets of the notes refused for other fields (`refused_targets`): checked with the others (`after_pages`)
    refused_targets: tuple[RefusedTarget, ...] = ()
    # the tags of the notes refused for a field (`refused_tags`): they use their areas, listed on no page
    refused_tags: tuple[RefusedTags, ...] = ()
    # each annotation's highlight as its page rendered (1: its quote marked): which stand (`after_pages`), for
    # /annotations/, the area pages and the export alike
    highlighted: dict[str, int] = field(default_factory=dict)
    reported: set[str] = field(default_factory=set)  # the build's own lines said: any fails it (`errors_stand`)
    # the drafts `mkdocs serve` renders (`docs/…`), and the lines said of them: no error of the build, which leaves
    # them out, so neither holds back a published page's line (`make anchors` records it all the same)
    drafts: frozenset[str] = frozenset()
    draft_lines: set[str] = field(default_factory=set)
    # the reported lines, a draft's too (a note's line on a draft folds by it); the lost ids' causes: `published_lines`
    reported_lines: set[Problem] = field(default_factory=set)
    unprinted: list[Problem] = field(default_factory=list)  # the lines `report` took, printed at the build's end
    unreadable: set[str] = field(default_factory=set)  # front matter misread, or a merge conflict (reported)
    # the ids a generated page has only for the drafts `mkdocs serve` renders, by its path: no build publishes them
    draft_ids: dict[str, set[str]] = field(default_factory=dict)
    lock_file: tuple[dict[str, list[str]], list[Problem]] | None = None  # `read_lock`'s: the file as load_lock read it
    build_lock: BuildLock | None = None  # `build_lock`'s: the lock as this build goes on with it
    bibliography_schema: tuple[Schema | None, list[Problem]] | None = None  # `bibliography_schema`'s, read once
    pages: tuple[frozenset[str], frozenset[str]] | None = None  # `site_pages`'s, once every file is in
    after_pages: AfterPages | None = None  # `after_pages.after_pages`'s: the notes' targets checked, once a build
    # `extra_css` and `extra_javascript` as mkdocs.yml lists them, before `read_entries`: a line names an entry's place
    extra_entries: dict[str, object] = field(default_factory=dict)
    # the places of those entries `extra_file_problems` named in `on_config`: left to their line, worked out once
    extra_named: dict[str, frozenset[int]] = field(default_factory=dict)

    def record_inventory(self, inventory: PageInventory) -> None:
        """Receive the inventory of the page being rendered."""
        if self.current_page is not None:
            self.inventories[self.current_page] = inventory

    def record_links(self, urls: list[str]) -> None:
        """Receive the links of the page being rendered (`hooks.mdx.page_links`)."""
        if self.current_page is not None:
            self.links[self.current_page] = urls

    def record_raw_links(self, links: list[RawLink]) -> None:
        """Receive the links of the raw HTML of the page being rendered, if it has any (`hooks.mdx.page_links`)."""
        if self.current_page is not None:
            self.raw_links[self.current_page] = links


STATE = BuildState()
# Whether this run renders `draft_docs`' pages (`mkdocs serve`): MkDocs says so only in `on_startup`, once a
# run, so it outlives `reset()`; `on_shutdown` ends it (markdown_pipeline.py). False for a build no `on_startup`
# started (a test's in-process build), after a `mkdocs serve` in the same process too.
DRAFTS_RENDERED = False


def reset() -> BuildState:
    """Start a new build with empty state."""
    global STATE
    STATE = BuildState()
    return STATE


def bibliography_schema(root: Path) -> tuple[Schema | None, list[Problem]]:
    """The sources' record schema as `bibliography_checks.bibliography_schema` reads it, read once a build.

    The citations read each source's record with it, and each landing page's record is checked against
    it again: a schema read and checked per landing page. Kept in the build's state, not the module, so
    the next build (`mkdocs serve` after an edit to it, a test's other project) reads it afresh.
    """
    if STATE.bibliography_schema is None:
        STATE.bibliography_schema = bibliography_checks.bibliography_schema(root)
    return STATE.bibliography_schema


def watch(config: MkDocsConfig, *paths: Path) -> None:
    """Have `mkdocs serve` rebuild when one of these changes; MkDocs refuses to watch a path that does not exist."""
    for path in paths:
        if path.exists() and str(path) not in config.watch:
            config.watch.append(str(path))


def generated_page(config: MkDocsConfig, path: str, content: str) -> File:
    """A page the hooks generate, in the navigation or left out of it as `in_nav` says, as `make check` expects it."""
    inclusion = InclusionLevel.UNDEFINED if in_nav(path) else InclusionLevel.NOT_IN_NAV
    return File.generated(config, path, content=content, inclusion=inclusion)


def run_pages(pages: Iterable[str], files: Files) -> tuple[frozenset[str], frozenset[str]]:
    """`pages` with the drafts this run renders (`mkdocs serve`), and the drafts it leaves out (`rendered_pages`).

    What points at a page (a glossary definition, an annotation's target or link) finds a draft under
    `mkdocs serve`, and is named as pointing at a draft by the build.
    """
    return rendered_pages(pages, docs_drafts(files), DRAFTS_RENDERED)


def site_pages(files: Files) -> tuple[frozenset[str], frozenset[str]]:
    """`run_pages` of every page of `files`, once a build: asked once the hooks have added their pages (`on_files`)."""
    if STATE.pages is None:
        STATE.pages = run_pages((file.src_uri for file in files.documentation_pages()), files)
    return STATE.pages


def docs_drafts(files: Files) -> frozenset[str]:
    """The pages of docs/ `draft_docs` names: `mkdocs serve` renders them, `mkdocs build` leaves them out."""
    return frozenset(file.src_uri for file in files.documentation_pages(inclusion=is_draft))


def rendered_drafts(files: Files) -> dict[str, str]:
    """Each draft this run renders (`mkdocs serve`) by its title, once it has rendered; none in a build.

    A note on one stands there (its page rendered): /annotations/ and the area pages list it by the page's title,
    read once a build (`after_pages.after_pages`).
    """
    if not DRAFTS_RENDERED:
        return {}
    drafts = files.documentation_pages(inclusion=is_draft)
    return {file.src_uri: file.page.title or file.src_uri for file in drafts if file.page is not None}


def note_drafts(files: Files) -> None:
    """Note the drafts this run renders (`mkdocs serve`; none in a build): `report` says their lines as warnings.

    A draft's line is what the build will say once it is published, not an error of this build, which a published
    page's line would otherwise wait on (the lost ids summed up, "fix the other lines first").
    """
    STATE.drafts = frozenset(f"docs/{page}" for page in docs_drafts(files)) if DRAFTS_RENDERED else frozenset()


def is_draft(level: InclusionLevel) -> bool:
    """A draft's level, neither in the built site nor excluded from `mkdocs serve`."""
    return level is InclusionLevel.DRAFT


def left_out(files: Iterable[File]) -> dict[File, str]:
    """The files this run leaves out of the site, each `"draft"` or `"excluded"`: drafts are shown under serve.

    In `missing_extra_files`' and `check_raw_links`' words, which name a link to one so, not as no file.
    """
    shown = InclusionLevel.is_in_serve if DRAFTS_RENDERED else InclusionLevel.is_included
    return {file: "draft" if is_draft(file.inclusion) else "excluded" for file in files if not shown(file.inclusion)}


def redirect_maps(config: MkDocsConfig) -> dict[str, str]:
    """mkdocs-redirects' `redirect_maps` (`old.md: new.md`), none if the plugin is not listed."""
    plugin = config.plugins.get("redirects")
    return dict(getattr(plugin, "config", {}).get("redirect_maps") or {}) if plugin else {}


def page_metas(files: Files, *, drafts: bool = False) -> dict[str, dict[str, Any]]:
    """Every published page's front matter by its path (`docs/…`), after every page is read (`on_env`).

    Not a misread page's (its own line is the one to fix), nor a generated page's (its words are its
    data file's, checked there, as make check does): the pages the source-page checks read. With `drafts`,
    the drafts this run renders too (`rendered_files`), for the checks of each page's own fields.
    """
    return {
        f"docs/{file.src_uri}": file.page.meta
        for file in (rendered_files(files) if drafts else files.documentation_pages())
        if file.page is not None and file.src_uri not in STATE.unreadable and file.generated_by is None
    }


def rendered_files(files: Files) -> list[File]:
    """The pages this run renders (`site_pages`): the published, and under `mkdocs serve` the drafts.

    A draft's own front matter and tags are checked there as a published page's, in the build's words: its
    writer sees the draft and what the build will refuse once it is published. The build leaves it out.
    """
    rendered = site_pages(files)[0]
    served = files.documentation_pages(inclusion=InclusionLevel.is_in_serve)  # a build's drafts too: not rendered
    return [file for file in served if file.src_uri in rendered]


def fold(problems: Collection[Problem]) -> None:
    """Keep lines another line says (`lone_ids.restated_targets`) among the causes of lost ids, never shown."""
    STATE.reported_lines.update(problems)
    STATE.reported.update(str(problem) for problem in problems)


def report(problems: list[Problem]) -> None:
    """Take each problem once per build, to be logged as one warning line with the others (`print_reported`).

    Asked with none several times a page (each adapter's page checks): that returns at once.
    """
    if not problems:
        return
    STATE.reported_lines.update(problems)
    for problem in problems:
        line = str(problem)
        told = STATE.draft_lines if problem.path in STATE.drafts else STATE.reported  # a draft's: no error of the build
        if line not in told:
            told.add(line)
            STATE.unprinted.append(problem)


def print_reported() -> None:
    """Log the lines taken so far in make check's order, by file, then line (`ordered_lines`); `--strict` fails on any.

    Logged as each hook found them, the taxonomy's came before the notes'. `mkdocs build -q` hides warnings,
    and `--strict` counts only the lines it lets through: quietened, they are logged as errors, shown and counted.
    """
    level = logging.WARNING if log.isEnabledFor(logging.WARNING) else logging.ERROR
    for line in ordered_lines(STATE.unprinted):
        log.log(level, line)
    STATE.unprinted.clear()


def published_lines() -> set[Problem]:
    """The reported lines but a draft's (`report`): the causes a published id's loss may have (`lost_ids_named`).

    The build leaves a draft out, and every id of it with it, whatever its lines: fixing one brings no id back.
    """
    return {problem for problem in STATE.reported_lines if problem.path not in STATE.drafts}


def published_misread() -> set[str]:
    """The misread pages (`unreadable`) but the drafts: a draft's tags give the area pages no group to wait on."""
    return {page for page in STATE.unreadable if f"docs/{page}" not in STATE.drafts}


def said(line: str) -> bool:
    """Whether this build's adapters logged the line already (`report`), of a published page or of a draft."""
    return line in STATE.reported or line in STATE.draft_lines
