"""Profile one edition build of a synthetic corpus with cProfile, to see where the hooks spend time.

    python bench/profile_hooks.py [--pages 100] [--plain] [--top 15]

Prints Markdown: the build's total time under the profiler, the time spent inside the project's
`hooks/` (inclusive: every call that enters our code from MkDocs or Python-Markdown), and the
hook functions that cost most, to paste into bench/results.md.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.configs import EDITION_CONFIG, PLAIN_CONFIG
from bench.generate import ROOT
from bench.run import RECORD_ENV, measure, prepare

Function = tuple[str, int, str]


def build_in_process(project: Path, config: str, site: Path) -> None:
    """Build as `mkdocs build` does, in this process, with the project's hooks first on the path."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    os.chdir(project)
    sys.path.insert(0, str(project))
    loaded = load_config(str(project / config), site_dir=str(site))
    loaded.plugins.on_startup(command="build", dirty=False)
    try:
        build(loaded)
    finally:
        loaded.plugins.on_shutdown()


def ours(function: Function, hooks: str) -> bool:
    """Whether a profiled function is the project's code."""
    return function[0].startswith(hooks)


def entry_points(stats: pstats.Stats, hooks: str) -> dict[Function, float]:
    """Our functions called from MkDocs or Markdown, with their inclusive time (they do not overlap).

    Calls through C builtins (`tuple(genexpr)`) are attributed to the builtin, not to the Python
    caller, so builtin callers are ignored here.
    """
    table = stats.stats  # type: ignore[attr-defined]  # pstats keeps its table here
    return {
        function: row[3]
        for function, row in table.items()
        if ours(function, hooks) and any(not ours(caller, hooks) and caller[0] != "~" for caller in row[4])
    }


def describe(function: Function, hooks: str) -> str:
    """`adapters/glossary.py:12 on_env` for a table cell."""
    return f"`{function[0][len(hooks) + 1 :]}:{function[1]} {function[2]}`"


def report(stats: pstats.Stats, total: float, hooks: str, top: int) -> str:
    """Markdown summary of the profile."""
    table = stats.stats  # type: ignore[attr-defined]
    entries = entry_points(stats, hooks)
    inside = sum(entries.values())
    lines = [
        f"- Build under cProfile: {total:.2f} s; inside `hooks/` (inclusive): {inside:.3f} s "
        f"({100 * inside / total:.1f} %)",
        "",
        "| Hook function (entered from MkDocs / Markdown) | Calls | Inclusive (s) |",
        "| --- | ---: | ---: |",
    ]
    for function, cumulative in sorted(entries.items(), key=lambda item: -item[1])[:top]:
        lines.append(f"| {describe(function, hooks)} | {table[function][1]} | {cumulative:.3f} |")
    own = sorted((f for f in table if ours(f, hooks)), key=lambda f: -table[f][2])[:top]
    lines += ["", "| Hook function (own time) | Calls | Own (s) |", "| --- | ---: | ---: |"]
    lines += [f"| {describe(f, hooks)} | {table[f][1]} | {table[f][2]:.3f} |" for f in own]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line: generate, build once under the profiler, print the summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--plain", action="store_true", help="profile the plain configuration instead")
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--project", type=Path, default=ROOT, help="project whose mkdocs.yml and hooks to profile")
    parser.add_argument("--save", type=Path, help="also write the raw profile (for snakeviz, pstats)")
    args = parser.parse_args(argv)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    with tempfile.TemporaryDirectory(prefix="edition-profile-") as tmp:
        project, summary = prepare(args.pages, args.seed, Path(tmp), args.project.resolve())
        config = PLAIN_CONFIG if args.plain else EDITION_CONFIG
        if not args.plain:  # record the corpus's anchor lock first, so the profile is of a build that checks it
            measure(project, EDITION_CONFIG, Path(tmp) / "record", RECORD_ENV)
        profiler = cProfile.Profile()
        start = time.perf_counter()
        profiler.runcall(build_in_process, project, config, Path(tmp) / "site")
        total = time.perf_counter() - start
        if args.save:
            profiler.dump_stats(args.save)
        print(f"Profile of one {config} build, {summary}\n")
        print(report(pstats.Stats(profiler), total, str(project / "hooks"), args.top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
