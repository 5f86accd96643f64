"""What the lock history's tests share: git run in a copy of the project as a test author, and the lock read and written.

And the page whose ids they take out, a lock in conflict, the hint to merge one by hand, ids added as `make anchors` adds them.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from hooks.core.anchor_lock import dump_lock

OPP = "/migration-and-transnationalism/opportunities/"
CONFLICT = '{\n<<<<<<< HEAD\n "/a/": ["x"]\n=======\n "/a/": ["y"]\n>>>>>>> b\n}\n'
MERGE_BY_HAND = (
    "keep every id of both sides, delete the lines '<<<<<<<', '=======' and '>>>>>>>', then run 'make anchors'"
)


def git(repo: Path, *args: str, check: bool = True) -> str:
    """Run git in `repo` as a test author, whatever the machine's git configuration says."""
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.org",
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": os.devnull,
    }
    command = ["git", "-C", str(repo), "-c", "commit.gpgsign=false", *args]
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert not check or result.returncode == 0, result.stderr
    return result.stdout.strip()


def commit_all(repo: Path, message: str) -> str:
    """Commit every change in `repo`; its full hash."""
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)
    return git(repo, "rev-parse", "HEAD")


def write_lock(project: Path, lock: dict[str, list[str]]) -> None:
    (project / "anchors.lock.json").write_text(dump_lock(lock), encoding="utf-8")


def read_lock(project: Path) -> dict[str, list[str]]:
    return json.loads((project / "anchors.lock.json").read_text(encoding="utf-8"))


def add_ids(project: Path, page: str, *ids: str) -> None:
    """What `make anchors` does to the lock when a page gained ids: append them to its list."""
    lock = read_lock(project)
    write_lock(project, {**lock, page: [*lock[page], *ids]})
