"""Count the instructions of plain and edition builds under callgrind: a measure the machine's drift cannot move.

    python bench/instructions.py --pages 1000 [--baseline /path/to/other/checkout] [--corpus DIR]

Wall and CPU time on a shared machine drift by tens of per cent within an hour; the number of
instructions a build executes does not (valgrind's callgrind counts the same total for the same
build whatever else runs). The builds run side by side, one valgrind process each, so the cores
are used; each is about 40 times slower than a normal build (about 30 to 60 minutes at 1,000
pages). Instructions are not time: the garbage collector's and the memory's costs weigh more in
seconds than in instructions, so the timed benchmark (`run.py`) stays the reference.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.configs import EDITION_CONFIG, PLAIN_CONFIG
from bench.generate import ROOT
from bench.run import RECORD_ENV, build_env, measure, prepare

RE_COLLECTED = re.compile(r"^==\d+== Collected : (\d+)$", re.MULTILINE)


def collected(log: str) -> int:
    """The instruction count callgrind prints when the program ends."""
    match = RE_COLLECTED.search(log)
    if match is None:
        raise SystemExit(f"callgrind reported no instruction count:\n{log[-2000:]}")
    return int(match.group(1))


def callgrind_command(config: str, site: Path) -> list[str]:
    """One `mkdocs build` under callgrind, its profile discarded: only the total is read."""
    build = [sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", config, "-d", str(site)]
    return ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *build]


def ensure_corpus(pages: int, seed: int, where: Path, root: Path) -> Path:
    """The corpus of `root` at this scale, generated and its anchor lock recorded the first time."""
    project = where / str(pages)
    if not (project / EDITION_CONFIG).exists():
        where.mkdir(parents=True, exist_ok=True)
        project, _ = prepare(pages, seed, where, root)
        measure(project, EDITION_CONFIG, where / "record", RECORD_ENV)
    return project


def count_all(builds: dict[str, tuple[Path, str]], sites: Path) -> dict[str, int]:
    """Run every build under callgrind at once and return each one's instruction count."""
    running = {}
    for name, (project, config) in builds.items():
        command = callgrind_command(config, sites / name)
        running[name] = subprocess.Popen(
            command, cwd=project, env=build_env(project), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
    counts = {}
    for name, process in running.items():
        log, _ = process.communicate()
        if process.returncode != 0:
            raise SystemExit(f"{name} build failed under callgrind (exit {process.returncode}):\n{log[-2000:]}")
        counts[name] = collected(log)
    return counts


def report(pages: int, counts: dict[str, int]) -> str:
    """Markdown lines: each edition's instructions as a ratio to plain's."""
    plain = counts["plain"]
    lines = [f"Instructions of one build at {pages:,} pages (callgrind):", ""]
    lines += [f"- {name}: {count / 1e9:.2f} G, {count / plain:.3f}× plain" for name, count in counts.items()]
    return "\n".join(lines)


def counting_parser(description: str) -> argparse.ArgumentParser:
    """The options every instruction count takes: the scale, the seed, the checkout, where corpora are kept."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--project", type=Path, default=ROOT, help="checkout whose edition to count")
    parser.add_argument("--corpus", type=Path, help="keep the generated corpora here (reused when present)")
    return parser


def plain_and_edition(args: argparse.Namespace, where: Path) -> tuple[Path, dict[str, tuple[Path, str]]]:
    """The corpus (generated or reused) and its plain and edition builds; fails early without valgrind."""
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    project = ensure_corpus(args.pages, args.seed, where / "edition", args.project.resolve())
    return project, {"plain": (project, PLAIN_CONFIG), "edition": (project, EDITION_CONFIG)}


def main(argv: list[str] | None = None) -> int:
    """Command line: generate (or reuse) the corpora, count, print."""
    parser = counting_parser(__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, help="another checkout whose edition is counted beside it")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="edition-instructions-") as tmp:
        where = args.corpus or Path(tmp)
        _, builds = plain_and_edition(args, where)
        if args.baseline is not None:
            before = ensure_corpus(args.pages, args.seed, where / "baseline", args.baseline.resolve())
            builds["baseline"] = (before, EDITION_CONFIG)
        print(report(args.pages, count_all(builds, Path(tmp) / "sites")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
