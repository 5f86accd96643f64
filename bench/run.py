"""Benchmark the edition's build against plain Material on the same synthetic corpus.

    python bench/run.py [--scales 10 100] [--runs 3] [--warmup 1]

For each scale: generate the corpus, then build it with the edition's configuration and with the
plain one, alternating (plain first in even rounds, edition first in odd ones), each build a fresh
`mkdocs build` subprocess. Reports the median wall time, the ratio, the peak resident memory of
the build process, and the growth of the added cost from 100 to 1,000 pages. Results are merged
into bench/results.json (so `SCALE=1000` adds to the small scales) and rendered as bench/results.md.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.configs import EDITION_CONFIG, PLAIN_CONFIG, write_project
from bench.generate import ROOT, generate
from bench.render import write_corpus
from bench.report import load_results, machine_info, project_commit, render_results, save_results

VARIANTS = {"plain": PLAIN_CONFIG, "edition": EDITION_CONFIG}
RE_WARNING = re.compile(r"^WARNING\b", re.MULTILINE)
# The first edition build of a new corpus records its ids in the corpus's own anchors.lock.json
# (what `make anchors` does), so the measured builds check a lock that is up to date.
RECORD_ENV = {"EDITION_ANCHORS": "record"}


@dataclass(frozen=True)
class Build:
    """One measured build: wall and CPU seconds, peak resident memory (MiB), warnings logged."""

    seconds: float
    cpu_seconds: float
    peak_mib: float
    warnings: int


def build_env(project: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
    """The child's environment: the generated project's `hooks` package first on the path."""
    quiet = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}  # Material's notice about MkDocs 2
    return {**os.environ, **quiet, "PYTHONPATH": str(project), **(extra or {})}


def measure(project: Path, config: str, site: Path, extra_env: dict[str, str] | None = None) -> Build:
    """Run one `mkdocs build` in a subprocess; time it and read its own peak RSS from wait4."""
    log = site.with_suffix(".log")
    command = [sys.executable, "-m", "mkdocs", "build", "--clean", "-f", config, "-d", str(site)]
    env = build_env(project, extra_env)
    with log.open("w") as output:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=project, env=env, stdout=output, stderr=output)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    text = log.read_text("utf-8", errors="replace")
    if process.returncode != 0:
        raise SystemExit(f"{config} failed at {project} (exit {process.returncode}):\n{text[-3000:]}")
    cpu = usage.ru_utime + usage.ru_stime
    return Build(round(seconds, 3), round(cpu, 3), round(usage.ru_maxrss / 1024, 1), len(RE_WARNING.findall(text)))


def prepare(pages: int, seed: int, workdir: Path, root: Path = ROOT) -> tuple[Path, dict[str, int]]:
    """Generate the corpus of one scale and both configurations (from `root`) into `workdir/<pages>`."""
    project = workdir / str(pages)
    corpus = generate(pages, seed, root)
    nav = write_corpus(project, corpus, root)
    write_project(project, nav, root)
    return project, corpus.summary()


def bench_scale(
    pages: int, runs: int, warmup: int, seed: int, workdir: Path, root: Path = ROOT, baseline: Path | None = None
) -> dict:
    """All builds of one scale, the configurations taking turns in every round; medians and peaks.

    With a `baseline` checkout (the project before a change), its edition is built in the same
    rounds on the same corpus, so before and after are measured under the same load.
    """
    print(f"{pages} pages: generating, then {warmup} warm-up and {runs} measured builds of each configuration")
    project, summary = prepare(pages, seed, workdir, root)
    variants = [(name, project, config) for name, config in VARIANTS.items()]
    if baseline is not None:
        before, _ = prepare(pages, seed, workdir / "baseline", baseline)
        variants.append(("baseline", before, EDITION_CONFIG))
    builds: dict[str, list[Build]] = {name: [] for name, _, _ in variants}
    for round_ in range(-1 if not warmup else 0, warmup + runs):
        recording = round_ == (0 if warmup else -1)  # the first edition builds record each corpus's anchor lock
        shift = max(round_, 0) % len(variants)
        for name, folder, config in variants[shift:] + variants[:shift]:
            if round_ < 0 and name == "plain":
                continue
            env = RECORD_ENV if recording and name != "plain" else None
            build = measure(folder, config, workdir / f"site-{pages}-{name}", env)
            counted = round_ >= warmup
            print(
                f"  {pages:>5} pages  {name:<8}  {build.seconds:7.2f} s wall  {build.cpu_seconds:7.2f} s CPU"
                f"  {build.peak_mib:7.1f} MiB" + ("" if counted else "  (warm-up)"),
                flush=True,
            )
            if counted:
                builds[name].append(build)
    result = {"corpus": summary, "runs": runs, "measured": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    if baseline is not None:
        result["baseline_commit"] = project_commit(baseline)
    for name, measured in builds.items():
        result[name] = {
            "median_s": round(statistics.median(b.seconds for b in measured), 3),
            "median_cpu_s": round(statistics.median(b.cpu_seconds for b in measured), 3),
            "peak_mib": max(b.peak_mib for b in measured),
            "warnings": max(b.warnings for b in measured),
            "runs_s": [b.seconds for b in measured],
            "runs_cpu_s": [b.cpu_seconds for b in measured],
        }
    result["load_average"] = os.getloadavg()[0]
    return result


def main(argv: list[str] | None = None) -> int:
    """Command line: measure the scales asked for, merge, print and write the results."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", nargs="+", default=["10", "100"], help="page counts (a quoted list is split)")
    parser.add_argument("--runs", type=int, default=int(os.environ.get("RUNS", 0)), help="default 5; 3 at 1,000+")
    parser.add_argument("--warmup", type=int, default=int(os.environ.get("WARMUP", 1)))
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--results", type=Path, default=ROOT / "bench", help="folder of results.json/.md")
    parser.add_argument("--project", type=Path, default=ROOT, help="project whose mkdocs.yml and hooks to measure")
    parser.add_argument(
        "--baseline",
        type=Path,
        help="another checkout (e.g. a git worktree of the commit before a change) "
        "whose edition is built in the same rounds: before and after under the same load",
    )
    args = parser.parse_args(argv)
    scales = [int(s) for item in args.scales for s in item.replace(",", " ").split()]
    stored = load_results(args.results)
    stored["machine"] = machine_info(args.project.resolve())
    project = args.project.resolve()
    with tempfile.TemporaryDirectory(prefix="edition-bench-") as tmp:
        for pages in scales:
            runs = args.runs or (5 if pages < 1000 else 3)
            baseline = args.baseline.resolve() if args.baseline else None
            result = bench_scale(pages, runs, args.warmup, args.seed, Path(tmp), project, baseline)
            stored["scales"][str(pages)] = {**result, "commit": stored["machine"]["commit"]}
    save_results(args.results, stored)
    table = render_results(args.results, stored)
    print(table.split("<!--")[0])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
