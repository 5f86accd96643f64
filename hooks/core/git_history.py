"""The versions of a project file that git holds: every committed one, and the two sides of a merge conflict.

Plain Python around the `git` command, without MkDocs: `make anchors` (the anchors adapter) and
`make check` read the anchor lock's versions here. Where git or the checkout is missing (a copy of
the files, an archive) the functions say so in a note or return None; they never raise.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterable
from pathlib import Path

OURS, THEIRS = 2, 3  # the index stages of a file git left in conflict: `git show :2:<file>` is ours


def run_git(root: Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes] | None:
    """Run git in `root`, capturing its output; None when git is not installed."""
    try:
        return subprocess.run(["git", "-C", str(root), *args], input=stdin, capture_output=True, check=False)
    except OSError:
        return None


def conflict_sides(root: Path, name: str) -> tuple[str, str] | None:
    """Both sides of a file git left in conflict (ours, theirs); None when git keeps no such two (no merge is on)."""
    sides = []
    for stage in (OURS, THEIRS):
        result = run_git(root, "show", f":{stage}:./{name}")
        if result is None or result.returncode != 0:
            return None
        sides.append(result.stdout.decode("utf-8", errors="replace"))
    return sides[0], sides[1]


def committed_versions(root: Path, name: str) -> tuple[list[tuple[str, str]], list[str]]:
    """Every committed text of a file, newest first, as (commit, text); and notes on what could not be read.

    One `git log` and one `git cat-file --batch` read them all, however long the history. Outside a
    git checkout there are no versions and one note; a shallow clone (CI's default) holds its last
    commits only, and its note says so.
    """
    log = run_git(root, "log", "--full-history", "--format=%H", "--", name)  # a merge that kept one side too
    if log is None or log.returncode != 0:
        reason = "git is not installed" if log is None else _first_line(log.stderr).removeprefix("fatal: ")
        return [], [f"{name}: not compared with its committed versions: {reason}"]
    commits = log.stdout.decode().split()
    prefix = _stdout(run_git(root, "rev-parse", "--show-prefix"))  # the blob paths are from the checkout's top
    batch = run_git(root, "cat-file", "--batch", stdin="".join(f"{c}:{prefix}{name}\n" for c in commits).encode())
    texts = _batch_texts(batch.stdout if batch else b"")
    versions = [(commit, text) for commit, text in zip(commits, texts, strict=False) if text is not None]
    notes = []
    if _stdout(run_git(root, "rev-parse", "--is-shallow-repository")) == "true":
        held = f"the {len(versions)} version(s) a shallow clone holds"
        notes.append(f"{name}: compared with {held} only (git fetch --unshallow fetches the others)")
    return versions, notes


def tracked_texts(root: Path, names: Iterable[str]) -> dict[str, str]:
    """Each file's text as git's index holds it, else as HEAD does (`git rm` took it out of the index), by name.

    A file deleted from the working files is still in git until the deletion is committed: a deleted note says
    there which paragraph it annotated. One `git cat-file --batch` reads them all; a file git holds in neither
    is left out, and without git or a checkout, every one.
    """
    names = list(names)
    if not names:
        return {}
    prefix = _stdout(run_git(root, "rev-parse", "--show-prefix"))  # the blob paths are from the checkout's top
    specs = "".join(f"{where}{prefix}{name}\n" for name in names for where in (":", "HEAD:"))
    batch = run_git(root, "cat-file", "--batch", stdin=specs.encode())
    if batch is None or batch.returncode != 0:
        return {}
    texts = _batch_texts(batch.stdout)
    pairs = zip(names, texts[0::2], texts[1::2], strict=False)  # git answers each spec, in order
    found = {name: staged if staged is not None else head for name, staged, head in pairs}
    return {name: text for name, text in found.items() if text is not None}


# Where the working files hold another line of history than HEAD's, whose ids are in no commit of HEAD's.
UNDER_WAY = ("MERGE_HEAD", "CHERRY_PICK_HEAD", "REVERT_HEAD", "REBASE_HEAD")


def whole_history(root: Path) -> bool:
    """Whether HEAD's history is all there is to the working files: git there, no shallow clone, no merge under way.

    Only then does "no commit holds it" say that only a command run on this copy wrote a line of a file.
    """
    if _stdout(run_git(root, "rev-parse", "--is-shallow-repository")) != "false":  # not git, or shallow
        return False
    return not any(_stdout(run_git(root, "rev-parse", "-q", "--verify", ref)) for ref in UNDER_WAY)


def _batch_texts(output: bytes) -> list[str | None]:
    """The blobs `git cat-file --batch` printed, in order; None for a commit without the file (it was deleted)."""
    texts: list[str | None] = []
    position = 0
    while position < len(output):
        end = output.index(b"\n", position)
        header = output[position:end].split()
        position = end + 1
        if header[-1] == b"missing":
            texts.append(None)
            continue
        size = int(header[2])
        texts.append(output[position : position + size].decode("utf-8", errors="replace"))
        position += size + 1  # the blob, then the newline git adds after it
    return texts


def _stdout(result: subprocess.CompletedProcess[bytes] | None) -> str:
    """A git command's output, stripped; empty when it failed."""
    return result.stdout.decode().strip() if result is not None and result.returncode == 0 else ""


def _first_line(text: bytes) -> str:
    """The first line of git's error output, for a note."""
    return (text.decode(errors="replace").strip().splitlines() or ["git failed"])[0]
