"""Check source pages: well-formed front matter, an explicit `pN` id on every paragraph, each linked from Contents."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from hooks.adapters import lock_state, state
from hooks.core.anchor_lock import page_key
from hooks.core.anchor_redirects import REDIRECTS_FILE, load_redirects, published_ids
from hooks.core.page_fields import corrected_front_matter
from hooks.core.page_front_matter import decode_page, read_page_text, said_with_comments
from hooks.core.page_moves import lock_moves
from hooks.core.problems import Problem
from hooks.core.source_contents import check_contents
from hooks.core.source_page_checks import check_source_pages, check_source_paragraphs
from hooks.core.yaml_as_written import read_otherwise
from hooks.core.yaml_comments import NOT_EMPTY


def on_page_read_source(page: Page, config: MkDocsConfig) -> str | None:
    """Read a page as MkDocs would, but one that is not UTF-8 is a line of the report, not MkDocs' traceback.

    Named here too, where the page's text is still whole: a merge conflict left in it, front matter
    MkDocs cannot read (it would render it as text) or reads wrongly (a field written twice: the
    last wins). Such a page's other checks wait until it is fixed: its lines would be their noise.
    A control character in its Markdown is named with its line (the page's other checks still run).
    """
    if page.file.abs_src_path is None:
        return None  # a generated page: MkDocs reads the content it was given
    read = read_page_text(Path(page.file.abs_src_path).read_bytes(), _docs_path(page))
    if read.misread:
        state.STATE.unreadable.add(page.file.src_uri)
    state.report(list(read.problems))
    return read.text


def on_page_markdown(markdown: str, page: Page, **_: object) -> str:
    """A title or `source` that is not text, a `template`: named, and corrected for every later hook (one line)."""
    folder = page.file.src_uri.partition("/")[0]
    corrected, problems = corrected_front_matter(_docs_path(page), page.meta, folder, partial(_source_text, page))
    if page.file.generated_by is None:  # a generated page's title is its data file's, named there (no docs/ file)
        state.report(problems)
    page.meta.clear()  # a field left out (`template`) is gone, not kept as written
    page.meta.update(corrected)
    return markdown


def _source_text(page: Page) -> str:
    """A page's text as written, for a title YAML did not read as text ('' for a generated page: no file)."""
    path = page.file.abs_src_path
    return decode_page(Path(path).read_bytes(), _docs_path(page))[0] if path else ""


def on_env(env: object, config: MkDocsConfig, files: Files, **_: object) -> object:
    """After every page rendered: validate source pages' fields and paragraph ids, and each source's Contents list.

    The fields and ids of the drafts `mkdocs serve` renders too, as the build names them once a draft is published.
    """
    metas, served = state.page_metas(files), state.page_metas(files, drafts=True)
    inventories = state.STATE.inventories
    check_ids = partial(check_source_paragraphs, inventories=inventories, published=partial(_published, config))
    lock_read = not lock_state.build_lock(Path(config.config_file_path).parent).problems  # unread: an offer waits on it
    paragraphs = check_ids(metas, lock_read=lock_read)
    if drafts := served.keys() - metas.keys():  # a draft's ids, its source's pages told as once it is published
        paragraphs += check_ids(served, lock_read=lock_read, only=drafts)
    fields = check_source_pages(served)  # a draft's too, as once it is published
    problems = fields + paragraphs + check_contents(metas, inventories)
    state.report(_said_with_comments(problems, Path(config.config_file_path).parent))
    return env


def _said_with_comments(problems: list[Problem], root: Path) -> list[Problem]:
    """`problems` as `said_with_comments` words them (`title: #Goal`, `title: 'yes'`); a page read again only then."""
    said = {problem.path for problem in problems if problem.message.endswith(NOT_EMPTY) or read_otherwise(problem)}
    for path in sorted(said):
        problems = said_with_comments(path, (root / path).read_text(encoding="utf-8", errors="replace"), problems)
    return problems


def _published(config: MkDocsConfig, src_uri: str) -> tuple[list[str], list[str]]:
    """The page's ids in the lock, those a redirect moved elsewhere apart (read only when an element lacks its id).

    The lock the build goes on with (`lock_state.build_lock`): `make anchors` merges one left in conflict, whose
    unmerged file holds no id, and an id offered from it could be one published once.
    """
    root = Path(config.config_file_path).parent
    lock = lock_state.build_lock(root).lock  # as `make anchors` merges it; a broken one is the anchors adapter's line
    redirects, _ = load_redirects(root / REDIRECTS_FILE)
    # a page moved here: its ids are not offered either
    return published_ids(lock, redirects, page_key(src_uri), lock_moves(state.redirect_maps(config)))


def _docs_path(page: Page) -> str:
    """The page's path as a contributor sees it in the repository."""
    return f"docs/{page.file.src_uri}"
