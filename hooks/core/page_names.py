"""A page's file name the edition refuses, and the plain name every line offers in its place.

Apart from the lock, which only keys pages by the address MkDocs gives them: here a name is judged
(`x.markdown`, one its address writes as %-codes) and a plain one offered, which the lines about
navigation, a source's Contents and page hints offer too, so that no line undoes another's fix.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

from hooks.core.anchor_lock import url_key
from hooks.core.page_files import MARKDOWN_SUFFIXES, page_url
from hooks.core.problems import Problem, named_value

RE_UNSAFE_RUN = re.compile(r"[^A-Za-z0-9._~-]+")  # what `quote` writes as %-codes, but `/`


def page_name_problem(src_path: str, docs: str = "docs", directory_urls: bool = True) -> Problem | None:
    """A page named other than `name.md`, or whose address must write its name as %-codes (a space, `é`, `#`, `?`).

    Its citation URL would read `/a%20b/` and `/caf%C3%A9/`; one copied unquoted, or the name saved
    in another Unicode form (macOS writes `é` as two characters), leads to no page. MkDocs publishes
    `x.markdown` too, but annotations, glossary definitions and page moves name a page by its `.md`.
    """
    if src_path.endswith(".md") and quote(src_path) == src_path:  # every page, every build: the characters
        return None  # are looked at only for a line
    unsafe = list(dict.fromkeys(char for char in src_path if quote(char) != char))
    if not src_path.endswith(".md"):
        suffix = next(suffix for suffix in MARKDOWN_SUFFIXES if src_path.endswith(suffix))
        message = f"ends in '{suffix}': annotations, the glossary and page moves name a page by its '.md' file"
        return Problem(f"{docs}/{src_path}", "", message, f"rename it to {docs}/{name_to_write(src_path)}, in nav: too")
    what = ", ".join("a space" if char == " " else named_value(char) for char in unsafe)
    address = url_key(page_url(src_path, directory_urls))
    message = f"holds {what}, which the page's address would write as %-codes: {address}"
    spaces = "without spaces, " if " " in unsafe else ""
    hint = f"rename it {spaces}with letters, digits and '-' only, e.g. '{docs}/{name_to_write(src_path)}'"
    return Problem(f"{docs}/{src_path}", "", message, hint)


def name_to_write(src_path: str) -> str:
    """The name `page_name_problem` offers a page (its own when it refuses none), so other lines offer it too.

    `x.markdown` becomes `x.md`; a name its address writes as %-codes, a plain one (`plain_name`). Anything
    else, an address (`/policy-areas/remittances/#x`, which `page_hints` weighs beside pages), is no page's file:
    it is returned as it is.
    """
    suffix = next((suffix for suffix in MARKDOWN_SUFFIXES if src_path.endswith(suffix)), None)
    if suffix is None:
        return src_path
    if suffix == ".md" and quote(src_path) == src_path:
        return src_path
    if suffix == ".md" or any(quote(char) != char for char in src_path):
        return plain_name(src_path)
    return src_path.removesuffix(suffix) + ".md"


def rename_hint(src_path: str, docs: str = "docs") -> str:
    """The fix of a line naming a misnamed page by the name its own line asks for: rename the file, not the name.

    A line that offered `x.markdown` back (*did you mean*, a Contents line to add) would undo that fix.
    """
    return f"rename {docs}/{src_path} to {docs}/{name_to_write(src_path)}, as its own line says"


def plain_name(src_path: str) -> str:
    """A lowercase `.md` name like `src_path` an address keeps as written: accents dropped, other runs one `-`.

    A folder's README.md keeps its name: MkDocs makes it the folder's page, and `readme.md` would not be.
    """
    folder, _, name = src_path.rpartition("/")
    stem = name.removesuffix(next((suffix for suffix in MARKDOWN_SUFFIXES if name.endswith(suffix)), ""))
    path = f"{folder}/{stem}" if folder else stem
    ascii_path = unicodedata.normalize("NFKD", path).encode("ascii", "ignore").decode()
    stems = [RE_UNSAFE_RUN.sub("-", part).strip("-").lower() or "page" for part in ascii_path.split("/")]
    if stem == "README":
        stems[-1] = stem
    return "/".join(stems) + ".md"
