r"""mkdocs.yml's extra files' local paths: each naming a file of the built site, from the site's own folder.

MkDocs links an `extra_css` / `extra_javascript` path from every page as written, checking nothing:
`assets/missing.css` passed the strict build and make check, every page asking for a file that 404s, and
`/assets/x.css` passed until the site was published below a host's root. The entries `extra_files.py` names
(`extra_file_problems`) are its lines, not these.
"""

from __future__ import annotations

import difflib
import posixpath
from collections.abc import Collection, Mapping, Sequence
from urllib.parse import unquote, urljoin

from hooks.core.config_addresses import readable_address
from hooks.core.extra_files import FILE_HINT, Named, example_hint, unnamed_entries
from hooks.core.page_files import MKDOCS_LEAVES_OUT, own_exclusion_fix
from hooks.core.problems import Problem, named_address, visible
from hooks.core.site_addresses import path_below, split_url

LINKED = {"extra_css": ("stylesheet", (".css",)), "extra_javascript": ("script", (".js", ".mjs"))}  # offered alike
CLOSE_FILE = 0.9  # a letter or two mistyped (`assets/editon.css`); `assets/missing.css` is 0.78 to `assets/edition.css`
PROJECT_SITE = "SITE_URL=https://owner.github.io/repo/, GitHub Pages"  # the sub-path a site may be published at


def shown(address: str) -> str:
    """An address offered or named in a line, every character that prints nothing escaped (`visible`)."""
    return visible(address, address=True)


def missing_extra_files(
    path: str,
    config: object,
    site_files: Collection[str],
    folders: Sequence[str],
    site_url: str = "",
    left_out: Mapping[str, str] | None = None,
    named: Named | None = None,
) -> list[Problem]:
    """Each extra file's local path naming no file of the built site, or written from `/`, by its place.

    `site_files`: the files the built site holds, as written there (docs/'s kept, the hooks', the theme's and
    `custom_dir`'s, which MkDocs copies); `folders`, those a contributor writes them in (docs/, `custom_dir`), as
    mkdocs.yml writes them (`folder_named`). A query or fragment is no part of the file. A path from `/`
    (`rooted_problem`) is read from the host's root: a `/repo/` one from `site_url`'s path, if it has one.
    `left_out`: docs/'s files the built site leaves out, each `"draft"` or `"excluded"`, named so
    (`left_out_problem`). `named`: `named_places`, if known.
    """
    left_out = left_out or {}
    problems = []
    for setting, field, written, options in unnamed_entries(config, named):
        if not isinstance(written, str) or (file := local_file(written)) is None:
            continue  # a whole address
        file, under = site_file(written, file, site_url)
        if file not in site_files and file in left_out:
            problems.append(left_out_problem(path, field, written, left_out[file]))
        elif file not in site_files:
            kind, suffixes = LINKED[setting]
            where = " or ".join(f"{folder_named(folder)}/" for folder in folders)
            message = f"{named_address(written)} names no file in {where}, so every page links a {kind}"
            message += " that is not there"
            meant = closest_file(file, [name for name in site_files if name.endswith(suffixes)])
            hint = f"write {shown(rewritten(written, meant))}" if meant else example_hint(setting, options)
            problems.append(Problem(path, field, message, hint))
        elif rooted(written):
            problems.append(rooted_problem(path, field, written, file, site_url, under))
    return problems


def folder_named(folder: str) -> str:
    """A folder as a line names it, the build's (a relative path) and make check's (as written) alike: `./x/` is `x`."""
    return posixpath.normpath(folder.replace("\\", "/"))


def site_file(written: str, file: str, site_url: str) -> tuple[str, str | None]:
    """The site's file a path names, and the site's path when it was written from it (`/repo/x.css`), else None.

    At `https://owner.github.io/repo/`, `/repo/assets/x.css` is the site's `assets/x.css`: it was named no file.
    The site's path is compared as a server reads it (`path_below`: `/mémoire/` is `/m%C3%A9moire/`, `/a%2Fb/` no
    `/a/b/`), and shown readably.
    """
    folder = parts.path if (parts := split_url(site_url)) is not None else ""
    entry = split_url(written.replace("\\", "/"))
    if rooted(written) and folder.strip("/") and entry is not None and (rest := path_below(entry.path, folder)):
        return served_file(rest), readable_address(f"/{folder.strip('/')}/")
    return file, None


def rooted_problem(path: str, field: str, written: str, file: str, site_url: str, under: str | None) -> Problem:
    """The line of a path from `/`, which names a file of the site only where the site is published: one rule.

    The site may be published below a host's root at any time (a GitHub Pages project site): the fix is the
    path from the site's own folder. `under`: the site's path the entry was written from (`/repo/`), if so.
    """
    kind = LINKED[field.partition("[")[0]][0]
    start = f"{named_address(written)} is read from the host's root, so"
    hint = f"write {shown(rewritten(written, file))}"
    end = f"every page links a {kind} that is not there"
    if under:
        return Problem(path, field, f"{start} on a site published at another path than {under} {end}", hint)
    if (parts := split_url(site_url)) is not None and parts.path not in ("", "/"):
        linked = shown(readable_address(urljoin(site_url, written)))
        message = f"{start} on the site at {shown(readable_address(site_url))} every page links {linked}"
        return Problem(path, field, f"{message}, no file of the site", hint)
    return Problem(path, field, f"{start} on a site published below it ({PROJECT_SITE}) {end}", hint)


def left_out_problem(path: str, field: str, written: str, why: str) -> Problem:
    """The line of an entry naming a file of docs/ the built site leaves out: a draft, excluded, or hidden.

    "names no file in docs/" sent the contributor to look for a file that is there. MkDocs leaves out hidden
    files and `templates/` (`DEFAULT_EXCLUDE`) as it does what `exclude_docs` names, in the same level: named so,
    in a raw link's words (`MKDOCS_LEAVES_OUT`, `own_exclusion_fix`).
    """
    kind = LINKED[field.partition("[")[0]][0]
    end = f"so every page links a {kind} that is not there"
    if why == "draft":
        message = f"{named_address(written)} names a draft (`draft_docs`), which 'mkdocs serve' shows"
        message += " and the built site"
        return Problem(
            path, field, f"{message} leaves out, {end}", "take it out of `draft_docs` in mkdocs.yml to publish it"
        )
    if (fix := own_exclusion_fix(local_file(written) or "")) is not None:
        message = f"{named_address(written)} names a file of docs/ that {MKDOCS_LEAVES_OUT}, {end}"
        return Problem(path, field, message, f"{fix}, and write its new path")
    message = f"{named_address(written)} names a file of docs/ that `exclude_docs` leaves out of the site, {end}"
    hint = "take it out of `exclude_docs` in mkdocs.yml, or write the path of a file the site keeps"
    return Problem(path, field, message, hint)


def rooted(address: str) -> bool:
    """Whether a local path starts at the host's root (`/assets/x.css`), not at a host of its own (`//cdn…`)."""
    return address.startswith("/") and not address.startswith("//")


def local_file(address: str) -> str | None:
    r"""The site's file a path names, as a browser asks for it from a page (None for a whole address).

    MkDocs reads `\\` as `/` (and says so itself); a `%`-code is the character the server reads it as.
    """
    parts = split_url(address.replace("\\", "/"))
    if parts is None or parts.scheme or parts.netloc:
        return None
    return served_file(parts.path)


def served_file(path: str) -> str:
    """The file of the site a local path names, its `%`-codes read as the server reads them (`a%20b.css`)."""
    return posixpath.normpath(unquote(path).lstrip("/") or ".")


def closest_file(file: str, candidates: Collection[str]) -> str | None:
    """The file a mistyped path meant: the one file of its name elsewhere, else one a letter or two away; or None."""
    by_name: dict[str, list[str]] = {}
    for candidate in candidates:
        by_name.setdefault(posixpath.basename(candidate).casefold(), []).append(candidate)
    if len(same := by_name.get(posixpath.basename(file).casefold(), [])) == 1:
        return same[0]
    written = {candidate.casefold(): candidate for candidate in candidates}
    close = difflib.get_close_matches(file.casefold(), sorted(written), n=1, cutoff=CLOSE_FILE)
    return written[close[0]] if close else None


def rewritten(address: str, file: str) -> str:
    """The entry with its path replaced by `file`, from the site's own folder: its query and fragment kept."""
    slashed = address.replace("\\", "/")
    parts = split_url(slashed)
    rest = slashed[len(parts.path) :] if parts is not None and slashed.startswith(parts.path) else ""
    return f"{file}{rest}"


def separator_problems(
    path: str, config: object, site_files: Collection[str], named: Named | None = None
) -> list[Problem]:
    r"""Each entry holding a backslash no other line names, in make check: the strict build fails on MkDocs' warning.

    MkDocs links `assets\edition.css` as `assets/edition.css` and warns that the "OS-specific separator" will not
    be read so for long, which fails the strict build: that line is the build's, so the build adds none. A host
    holding one is `extra_file_problems`' line (`/` there leads to another host). The fix offered names a file of
    the site (`site_files`), or none: `\\cdn\x.css` with `/` is the host `cdn`, `x.css\` a folder.
    """
    problems = []
    for _, field, written, _ in unnamed_entries(config, named):
        if isinstance(written, str) and "\\" in written:
            message = (
                f"{named_address(written)} holds '\\', which MkDocs reads as '/' and warns of (the strict build fails)"
            )
            file = local_file(written)
            hint = f"write {shown(rewritten(written, file))}" if file in site_files else FILE_HINT
            problems.append(Problem(path, field, message, hint))
    return problems
